//! Meeting packet: `cargo bench --bench meeting [-- ITEMS]`.
//!
//! Writes a meeting of ITEMS case items (default 30; the example contract
//! case with its own Dnr each), every item with one 5-page bilaga PDF, and
//! runs `beslut meeting` over it through the CLI path: each case's lint,
//! the meeting lint, every paper's PDF and DOCX, the kallelse (rendered
//! until its page numbers settle), the joined handlingar and the atomic
//! write of every file. Prints the wall time of three runs and the packet's
//! page count.

use std::path::Path;
use std::time::Instant;

use lopdf::content::{Content, Operation};
use lopdf::{Document, Object, Stream, dictionary};

// The same allocator as the `beslut` binary, so the figures are the binary's.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() {
    let items: usize = std::env::args()
        .skip(1)
        .find_map(|a| a.parse().ok())
        .unwrap_or(30);
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let scratch = tempfile::tempdir().expect("scratch folder");
    let dir = scratch.path();
    std::fs::copy(root.join("beslut.toml"), dir.join("beslut.toml")).unwrap();
    std::fs::create_dir_all(dir.join("cases")).unwrap();
    std::fs::create_dir_all(dir.join("bilagor")).unwrap();
    let example =
        std::fs::read_to_string(root.join("cases/avtalsforlangning-solrosgruppen.yaml")).unwrap();
    let bilaga = five_page_pdf();
    let mut meeting = String::from(
        "board: Social- och omsorgsnämnden\ndate: 2026-03-18\ntime: \"13.00\"\nplace: Kommunhuset\nchair: Kim Ordförande\nsecretary: Robin Sekreterare\nkallelse: 2026-03-06\nitems:\n",
    );
    for i in 0..items {
        let case = example.replace(
            "dnr: SON 2026-118",
            &format!("dnr: SON 2026-{:03}", 300 + i),
        );
        std::fs::write(dir.join(format!("cases/c{i:03}.yaml")), case).unwrap();
        std::fs::write(
            dir.join(format!("bilagor/uppfoljningsrapport-{i:03}.pdf")),
            &bilaga,
        )
        .unwrap();
        meeting.push_str(&format!(
            "  - case: cases/c{i:03}.yaml\n    foredragande: Handläggare {i}\n    bilagor: [bilagor/uppfoljningsrapport-{i:03}.pdf]\n"
        ));
    }
    std::fs::write(dir.join("m.yaml"), meeting).unwrap();
    std::env::set_current_dir(dir).unwrap();
    println!(
        "beslut meeting benchmark: {items} case items, {items} bilagor of 5 pages, {} threads",
        std::thread::available_parallelism().map_or(1, |n| n.get())
    );
    for run in 1..=3 {
        let _ = std::fs::remove_dir_all(dir.join("out"));
        let started = Instant::now();
        let code = beslut::cli::run_from(
            ["beslut", "meeting", "m.yaml", "-o", "out"]
                .iter()
                .map(Into::into)
                .collect(),
        );
        let seconds = started.elapsed().as_secs_f64();
        let packet = std::fs::read(dir.join("out/handlingar.pdf")).expect("the packet was written");
        let pages = Document::load_mem(&packet).unwrap().get_pages().len();
        println!("run {run}: {seconds:.2} s, {pages} pages in handlingar.pdf, {code:?}");
    }
}

/// A plain 5-page PDF with a few lines of text per page, as another tool
/// would write it (standard font, not made by beslut).
fn five_page_pdf() -> Vec<u8> {
    let mut doc = Document::with_version("1.5");
    let pages_id = doc.new_object_id();
    let font_id = doc.add_object(dictionary! {
        "Type" => "Font", "Subtype" => "Type1", "BaseFont" => "Helvetica",
    });
    let resources_id = doc.add_object(dictionary! { "Font" => dictionary! { "F1" => font_id } });
    let mut kids = Vec::new();
    for page in 1..=5 {
        let mut operations = vec![
            Operation::new("BT", vec![]),
            Operation::new("Tf", vec!["F1".into(), 11.into()]),
            Operation::new("TL", vec![14.into()]),
            Operation::new("Td", vec![72.into(), 770.into()]),
        ];
        for line in 0..40 {
            operations.push(Operation::new(
                "'",
                vec![Object::string_literal(format!(
                    "Uppfoljningsrapport sida {page}, rad {line}: verksamheten foljer avtalet."
                ))],
            ));
        }
        operations.push(Operation::new("ET", vec![]));
        let content = Content { operations };
        let content_id = doc.add_object(Stream::new(dictionary! {}, content.encode().unwrap()));
        kids.push(Object::Reference(doc.add_object(dictionary! {
            "Type" => "Page", "Parent" => pages_id, "Contents" => content_id,
            "Resources" => resources_id, "MediaBox" => vec![0.into(), 0.into(), 595.into(), 842.into()],
        })));
    }
    doc.objects.insert(
        pages_id,
        Object::Dictionary(dictionary! { "Type" => "Pages", "Kids" => kids, "Count" => 5 }),
    );
    let catalog_id = doc.add_object(dictionary! { "Type" => "Catalog", "Pages" => pages_id });
    doc.trailer.set("Root", catalog_id);
    let mut bytes = Vec::new();
    doc.save_to(&mut bytes).unwrap();
    bytes
}
