//! Hostile PDFs (issue 22): files built to overflow the stack, loop, or
//! unpack to gigabytes. Each must end, within a wall-clock guard and an
//! address-space limit, with a Swedish message naming the limit — and a
//! folder run must report the good paper beside them.

use std::io::Write;
use std::path::Path;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use lopdf::{Document, Object, Stream, dictionary};

/// Generous for a debug build on a shared 2-core machine; release figures
/// are in docs/limits.md.
const GUARD: Duration = Duration::from_secs(90);
/// Address space per run, KiB (the bound is 1 GiB resident; the
/// allocator and thread stacks reserve address space beyond that).
const MEMORY_LIMIT_KIB: u64 = 3 << 20;

fn zlib(data: &[u8]) -> Vec<u8> {
    let mut e = flate2::write::ZlibEncoder::new(Vec::new(), flate2::Compression::fast());
    e.write_all(data).unwrap();
    e.finish().unwrap()
}

/// `megabytes` of zeros, deflated twice (a kilobyte-sized bomb).
fn double_zlib_zeros(megabytes: usize) -> Vec<u8> {
    let mut inner = flate2::write::ZlibEncoder::new(Vec::new(), flate2::Compression::fast());
    let chunk = vec![0u8; 1 << 20];
    for _ in 0..megabytes {
        inner.write_all(&chunk).unwrap();
    }
    zlib(&inner.finish().unwrap())
}

/// A one-page document: `content` on a page with `resources`; `tweak` may
/// change the objects before saving.
fn one_page(
    content: Stream,
    resources: lopdf::Dictionary,
    tweak: impl FnOnce(&mut Document, lopdf::ObjectId),
) -> Vec<u8> {
    let mut doc = Document::with_version("1.7");
    let pages_id = doc.new_object_id();
    let content_id = doc.add_object(content);
    let page_id = doc.add_object(dictionary! {
        "Type" => "Page",
        "Parent" => pages_id,
        "MediaBox" => vec![0.into(), 0.into(), 595.into(), 842.into()],
        "Contents" => content_id,
        "Resources" => resources,
    });
    doc.objects.insert(
        pages_id,
        Object::Dictionary(dictionary! {
            "Type" => "Pages",
            "Kids" => vec![page_id.into()],
            "Count" => 1,
        }),
    );
    let catalog = doc.add_object(dictionary! { "Type" => "Catalog", "Pages" => pages_id });
    doc.trailer.set("Root", catalog);
    tweak(&mut doc, page_id);
    let mut bytes = Vec::new();
    doc.save_to(&mut bytes).unwrap();
    bytes
}

fn font() -> lopdf::Dictionary {
    dictionary! {
        "Font" => dictionary! {
            "F1" => dictionary! { "Type" => "Font", "Subtype" => "Type1", "BaseFont" => "Helvetica" },
        },
    }
}

fn text_content(text: &str) -> Stream {
    Stream::new(
        dictionary! {},
        format!("BT /F1 12 Tf 72 720 Td ({text}) Tj ET").into_bytes(),
    )
}

/// A form XObject that draws itself.
fn self_drawing_form() -> Vec<u8> {
    one_page(text_content("Hej"), font(), |doc, page| {
        let form_id = doc.new_object_id();
        let form = Stream::new(
            dictionary! {
                "Type" => "XObject", "Subtype" => "Form",
                "BBox" => vec![0.into(), 0.into(), 10.into(), 10.into()],
                "Resources" => dictionary! { "XObject" => dictionary! { "X0" => form_id } },
            },
            b"/X0 Do".to_vec(),
        );
        doc.objects.insert(form_id, Object::Stream(form));
        let page = doc.get_dictionary_mut(page).unwrap();
        page.set(
            "Resources",
            dictionary! { "XObject" => dictionary! { "X0" => form_id } },
        );
        let content_id = page.get(b"Contents").unwrap().as_reference().unwrap();
        if let Ok(Object::Stream(s)) = doc.get_object_mut(content_id) {
            s.set_content(b"/X0 Do".to_vec());
        }
    })
}

/// Forms that each draw the next ten times, twelve deep: 10^12 drawings.
fn fanning_forms() -> Vec<u8> {
    one_page(
        Stream::new(dictionary! {}, b"/X0 Do".to_vec()),
        font(),
        |doc, page| {
            let ids: Vec<_> = (0..13).map(|_| doc.new_object_id()).collect();
            for (level, id) in ids.iter().enumerate() {
                let (content, resources) = match ids.get(level + 1) {
                    Some(next) => (
                        "/X0 Do ".repeat(10).into_bytes(),
                        dictionary! { "XObject" => dictionary! { "X0" => *next } },
                    ),
                    None => (b"BT /F1 1 Tf (a) Tj ET".to_vec(), font()),
                };
                let form = Stream::new(
                    dictionary! { "Type" => "XObject", "Subtype" => "Form", "Resources" => resources },
                    content,
                );
                doc.objects.insert(*id, Object::Stream(form));
            }
            doc.get_dictionary_mut(page).unwrap().set(
                "Resources",
                dictionary! { "XObject" => dictionary! { "X0" => ids[0] } },
            );
        },
    )
}

/// A page that is its own `/Parent` and inherits nothing.
fn own_parent() -> Vec<u8> {
    one_page(text_content("Hej"), font(), |doc, page| {
        let dict = doc.get_dictionary_mut(page).unwrap();
        dict.remove(b"Resources");
        dict.remove(b"MediaBox");
        dict.set("Parent", page);
    })
}

/// A content stream that unpacks to 600 MB through two layers of deflate.
fn flate_bomb() -> Vec<u8> {
    let stream = Stream::new(
        dictionary! { "Filter" => vec![Object::from("FlateDecode"), Object::from("FlateDecode")] },
        double_zlib_zeros(600),
    )
    .with_compression(false);
    one_page(stream, font(), |_, _| {})
}

/// A million text runs, each at its own place.
fn million_runs() -> Vec<u8> {
    let mut content = String::with_capacity(40_000_000);
    for i in 0..1_000_000u32 {
        content.push_str(&format!(
            "BT /F1 1 Tf {} {} Td (a) Tj ET\n",
            i % 500,
            i / 500
        ));
    }
    let stream = Stream::new(
        dictionary! { "Filter" => "FlateDecode" },
        zlib(content.as_bytes()),
    )
    .with_compression(false);
    one_page(stream, font(), |_, _| {})
}

/// A predictor row of 2^40 pixels.
fn wide_predictor() -> Vec<u8> {
    let stream = Stream::new(
        dictionary! {
            "Filter" => "FlateDecode",
            "DecodeParms" => dictionary! { "Predictor" => 12, "Columns" => 1_099_511_627_776i64 },
        },
        zlib(b"\x00\x00\x00"),
    )
    .with_compression(false);
    one_page(stream, font(), |_, _| {})
}

fn good_paper() -> Vec<u8> {
    one_page(
        text_content("Dnr SON 2026-118 Beslut om avtal"),
        font(),
        |_, _| {},
    )
}

struct Run {
    code: Option<i32>,
    stderr: String,
    took: Duration,
}

fn lint(dir: &Path, target: &str) -> Run {
    let started = Instant::now();
    let mut child = Command::new("sh")
        .arg("-c")
        .arg(format!("ulimit -v {MEMORY_LIMIT_KIB}; exec \"$0\" \"$@\""))
        .arg(env!("CARGO_BIN_EXE_beslut"))
        // Reviewed copies too: the annotator reads what the reader read.
        .args([
            "lint",
            "--fail-on",
            "never",
            "--annotate",
            "granskat",
            target,
        ])
        .current_dir(dir)
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .expect("beslut starts");
    let mut pipe = child.stderr.take().unwrap();
    let reader = std::thread::spawn(move || {
        let mut text = String::new();
        let _ = std::io::Read::read_to_string(&mut pipe, &mut text);
        text
    });
    let code = loop {
        if let Some(status) = child.try_wait().unwrap() {
            break status.code();
        }
        if started.elapsed() > GUARD {
            let _ = child.kill();
            panic!("lint {target}: still running after {GUARD:?}");
        }
        std::thread::sleep(Duration::from_millis(20));
    };
    Run {
        code,
        stderr: reader.join().unwrap(),
        took: started.elapsed(),
    }
}

#[test]
fn hostile_pdfs_end_with_a_message_naming_the_limit() {
    let dir = tempfile::tempdir().unwrap();
    let papers = dir.path().join("papers");
    std::fs::create_dir(&papers).unwrap();
    let empty = one_page(Stream::new(dictionary! {}, Vec::new()), font(), |_, _| {});
    let mut crowded = good_paper();
    crowded.extend_from_slice(
        b"\n9999 0 obj << /Type /ObjStm /N 2000000 /First 0 /Length 0 >> stream\nendstream endobj\n",
    );
    let mut objstm_bomb = good_paper();
    let packed = zlib(&vec![b' '; 40 << 20]);
    objstm_bomb.extend_from_slice(
        format!(
            "\n9998 0 obj << /Type /ObjStm /N 1 /First 0 /Filter /FlateDecode /Length {} >> stream\n",
            packed.len()
        )
        .as_bytes(),
    );
    objstm_bomb.extend_from_slice(&packed);
    objstm_bomb.extend_from_slice(b"\nendstream endobj\n");
    let cases: [(&str, Vec<u8>, &str); 9] = [
        ("objstm-bomb.pdf", objstm_bomb, "objektström"),
        ("crowded.pdf", crowded, "objekt"),
        // Not a scan: OCR would not help.
        ("empty.pdf", empty, "ingen text att läsa"),
        ("self-drawing.pdf", self_drawing_form(), "ritar sig självt"),
        ("fan-out.pdf", fanning_forms(), "gånger"),
        ("own-parent.pdf", own_parent(), "går i cirkel"),
        ("flate-bomb.pdf", flate_bomb(), "MiB"),
        ("million-runs.pdf", million_runs(), "MiB innehåll"),
        ("wide-predictor.pdf", wide_predictor(), "/Columns"),
    ];
    for (name, bytes, _) in &cases {
        std::fs::write(papers.join(name), bytes).unwrap();
    }
    std::fs::write(papers.join("good.pdf"), good_paper()).unwrap();
    // Set to keep the files for a look by hand.
    if let Ok(keep) = std::env::var("BESLUT_KEEP_HOSTILE") {
        for (name, bytes, _) in &cases {
            std::fs::write(Path::new(&keep).join(name), bytes).unwrap();
        }
    }
    for (name, _, expected) in &cases {
        let run = lint(dir.path(), &format!("papers/{name}"));
        assert_eq!(run.code, Some(2), "{name}: {}", run.stderr);
        assert!(
            run.stderr.contains(expected) && !run.stderr.contains("panicked"),
            "{name} ({:?}): {}",
            run.took,
            run.stderr
        );
    }
    // The folder run reads every file, reports each hostile one, and lints
    // the good one.
    let run = lint(dir.path(), "papers");
    assert_eq!(run.code, Some(2), "{}", run.stderr);
    for (name, _, _) in &cases {
        assert!(
            run.stderr.contains(name),
            "{name} not reported: {}",
            run.stderr
        );
    }
    assert!(!run.stderr.contains("good.pdf:"), "{}", run.stderr);
    assert!(
        dir.path().join("granskat/good.pdf").exists(),
        "{}",
        run.stderr
    );
}

/// One page and an outline of `entries` items, each opening the page.
fn outline_heavy(entries: usize) -> Vec<u8> {
    one_page(text_content("Bilaga"), font(), |doc, page| {
        let root = doc.new_object_id();
        let ids: Vec<_> = (0..entries).map(|_| doc.new_object_id()).collect();
        for (i, id) in ids.iter().enumerate() {
            let mut item = dictionary! {
                "Title" => Object::string_literal(format!("Avsnitt {i}")),
                "Parent" => root,
                "Dest" => vec![page.into(), "XYZ".into(), 0.into(), 0.into(), 0.into()],
            };
            if i > 0 {
                item.set("Prev", ids[i - 1]);
            }
            if let Some(next) = ids.get(i + 1) {
                item.set("Next", *next);
            }
            doc.objects.insert(*id, Object::Dictionary(item));
        }
        doc.objects.insert(
            root,
            Object::Dictionary(dictionary! {
                "Type" => "Outlines", "First" => ids[0], "Last" => ids[entries - 1],
                "Count" => entries as i64,
            }),
        );
        doc.catalog_mut().unwrap().set("Outlines", root);
    })
}

#[test]
fn a_bilaga_with_a_huge_outline_is_joined() {
    use beslut::meeting::packet::{Part, join};
    let bilaga = outline_heavy(200_000);
    let part = |bytes| Part {
        bytes,
        title: "Bilaga".into(),
        parent: None,
        label: "s. ".into(),
    };
    let started = Instant::now();
    let packet = join(&[part(&good_paper()), part(&bilaga)], "Handlingar").unwrap();
    eprintln!("joined in {:?}", started.elapsed());
    let joined = Document::load_mem(&packet).unwrap();
    assert_eq!(joined.get_pages().len(), 2);
    // The bilaga's own outline is not carried into the packet's.
    assert!(packet.len() < bilaga.len() / 10, "{} bytes", packet.len());
}
