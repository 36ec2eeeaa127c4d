//! `beslut inspect`: what the reader understood of papers.

use super::*;

/// `text`: print the text as read; `scan`: print what the scanner found.
pub(super) fn inspect(
    config: &Config,
    papers: &[PathBuf],
    format: InspectFormat,
    (text, scan): (bool, bool),
) -> ExitCode {
    let mut inspections = Vec::new();
    let mut failed = false;
    if scan {
        for path in papers {
            match crate::paper::structure::read_text_paper(path, &config.lint.section_names) {
                Ok(paper) => print_out(&format!("{}\n{:#?}\n", path.display(), paper.scan)),
                Err(e) => {
                    eprintln!("{e}");
                    failed = true;
                }
            }
        }
        return ExitCode::from(if failed { exit::USAGE } else { exit::OK });
    }
    if text {
        for path in papers {
            match crate::reader::read_paper(path) {
                Ok(raw) => print_out(&raw.text),
                Err(e) => {
                    eprintln!("{e}");
                    failed = true;
                }
            }
        }
        return ExitCode::from(if failed { exit::USAGE } else { exit::OK });
    }
    for path in papers {
        match crate::inspect::inspect_file(path, &config.lint) {
            Ok(i) => inspections.push(i),
            Err(e) => {
                eprintln!("{e}");
                failed = true;
            }
        }
    }
    match format {
        InspectFormat::Human => {
            for i in &inspections {
                print_out(&crate::inspect::human(i));
            }
        }
        InspectFormat::Json => {
            print_out(&serde_json::to_string_pretty(&inspections).expect("inspection serialises"))
        }
    }
    ExitCode::from(if failed { exit::USAGE } else { exit::OK })
}
