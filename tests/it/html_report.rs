//! `beslut lint --format html`: one self-contained page, every finding once
//! and in order, each linked to its highlighted words; the same bytes for
//! the same input; and, where Debian's chromium is installed, the page as a
//! browser renders it.

use std::path::Path;

use scraper::{Html, Selector};

use crate::common::{beslut, repo};

const PAPERS: [&str; 2] = ["hedeby-skolskjuts.txt", "hedeby-skolskjuts.docx"];

fn scratch() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("beslut.toml"), "").unwrap();
    for name in PAPERS {
        std::fs::copy(
            repo().join("tests/fixtures/annotate").join(name),
            dir.path().join(name),
        )
        .unwrap();
    }
    dir
}

fn lint(dir: &Path, format: &str) -> Vec<u8> {
    let mut args = vec!["lint", "--format", format];
    args.extend(PAPERS);
    beslut(dir, &args).stdout
}

fn select(selector: &str) -> Selector {
    Selector::parse(selector).unwrap()
}

/// The codes of the findings as the page lists them, in order.
fn listed_codes(page: &Html) -> Vec<String> {
    page.select(&select("li.finding"))
        .map(|li| li.value().attr("data-code").unwrap().to_owned())
        .collect()
}

#[test]
fn every_finding_is_listed_once_in_order_and_linked_to_its_words() {
    let dir = scratch();
    let page = Html::parse_document(&String::from_utf8(lint(dir.path(), "html")).unwrap());
    let findings: Vec<serde_json::Value> =
        serde_json::from_slice(&lint(dir.path(), "json")).unwrap();
    let codes: Vec<String> = findings
        .iter()
        .map(|f| f["code"].as_str().unwrap().to_owned())
        .collect();
    assert_eq!(listed_codes(&page), codes);
    assert_eq!(
        page.root_element().value().attr("lang"),
        Some("sv"),
        "the page is in Swedish"
    );
    // Each finding's words carry an anchor, and the words link back.
    for li in page.select(&select("li.finding")) {
        let id = li.value().attr("id").unwrap();
        let anchor = select(&format!("[id=\"{id}-t\"]"));
        assert_eq!(page.select(&anchor).count(), 1, "{id} is marked once");
        let back = select(&format!(".text a[href=\"#{id}\"]"));
        assert!(page.select(&back).count() >= 1, "{id}'s words link to it");
        let message = li.text().collect::<String>();
        assert!(!message.trim().is_empty());
    }
    // Both papers, their text as read, no script and nothing fetched.
    assert_eq!(page.select(&select("section")).count(), 2);
    assert_eq!(page.select(&select("script")).count(), 0);
    assert_eq!(page.select(&select("[src], link[href]")).count(), 0);
    let text: String = page
        .select(&select(".text"))
        .next()
        .unwrap()
        .text()
        .collect();
    assert!(text.contains("barn 0-20 år"));
    // The summary counts every finding of every rule.
    let summed: usize = page
        .select(&select("td.n"))
        .map(|td| td.text().collect::<String>().parse::<usize>().unwrap())
        .sum();
    assert_eq!(summed, codes.len());
    for id in ["visa-fel", "visa-varning", "visa-info"] {
        assert_eq!(page.select(&select(&format!("input#{id}"))).count(), 1);
    }
}

#[test]
fn the_same_papers_give_the_same_bytes() {
    let dir = scratch();
    assert_eq!(lint(dir.path(), "html"), lint(dir.path(), "html"));
}

#[test]
fn chromium_renders_the_page_when_present() {
    let Ok(version) = std::process::Command::new("chromium")
        .arg("--version")
        .output()
    else {
        eprintln!("chromium not installed: skipped");
        return;
    };
    assert!(version.status.success());
    let dir = scratch();
    let page = dir.path().join("granskning.html");
    std::fs::write(&page, lint(dir.path(), "html")).unwrap();
    let shots = repo().join("target/html-report");
    std::fs::create_dir_all(&shots).unwrap();
    let headless = |extra: &[&str]| {
        std::process::Command::new("chromium")
            .args([
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--window-size=1400,1600",
            ])
            .args(extra)
            .arg(&page)
            .env("HOME", dir.path())
            .output()
            .unwrap()
    };
    let screenshot = format!("--screenshot={}", shots.join("granskning.png").display());
    assert!(headless(&[&screenshot]).status.success());
    assert!(shots.join("granskning.png").exists());
    let dom = headless(&["--dump-dom"]);
    let rendered = Html::parse_document(&String::from_utf8_lossy(&dom.stdout));
    let findings: Vec<serde_json::Value> =
        serde_json::from_slice(&lint(dir.path(), "json")).unwrap();
    assert_eq!(listed_codes(&rendered).len(), findings.len());
}
