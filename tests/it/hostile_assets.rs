//! Hostile house files (issue 22): a logo that hangs a renderer, a logo
//! that is a FIFO, a device. Only the commands that render read them; a
//! bad one fails `build` with a message naming the file, before any case.

use crate::common::{MINIMAL_CASE, beslut, files_in, scratch_project};

const BLUR: &str = r#"<svg xmlns="http://www.w3.org/2000/svg" width="200" height="50"><filter id="b" x="-1e6" y="-1e6" width="2e6" height="2e6"><feGaussianBlur stdDeviation="1e6"/></filter><rect width="200" height="50" filter="url(#b)"/></svg>"#;

fn with_logo(project: &std::path::Path, logo: &str) {
    let config = std::fs::read_to_string(project.join("beslut.toml")).unwrap();
    let config = if config.contains("[style]") {
        config.replace("[style]", &format!("[style]\nlogo = \"{logo}\""))
    } else {
        format!("{config}\n[style]\nlogo = \"{logo}\"\n")
    };
    std::fs::write(project.join("beslut.toml"), config).unwrap();
}

#[test]
fn a_blurred_svg_logo_fails_build_alone_and_never_touches_other_commands() {
    let project = scratch_project(&[("ok.yaml", MINIMAL_CASE)]);
    std::fs::write(project.path().join("blur.svg"), BLUR).unwrap();
    with_logo(project.path(), "blur.svg");
    for args in [&["schema"][..], &["rules"], &["lint", "cases"]] {
        let out = beslut(project.path(), args);
        assert!(
            out.status.code() != Some(2),
            "{args:?}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
    }
    let out = beslut(project.path(), &["build", "cases", "-o", "out"]);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(2), "{stderr}");
    assert!(
        stderr.contains("blur.svg") && stderr.contains("filter"),
        "{stderr}"
    );
    assert!(files_in(&project.path().join("out")).is_empty());
}

#[cfg(unix)]
#[test]
fn a_logo_that_is_a_fifo_or_a_device_is_refused_not_read() {
    let project = scratch_project(&[("ok.yaml", MINIMAL_CASE)]);
    let fifo = project.path().join("logo.png");
    let made = std::process::Command::new("mkfifo").arg(&fifo).status();
    if !made.is_ok_and(|s| s.success()) {
        return; // no mkfifo here
    }
    with_logo(project.path(), "logo.png");
    let out = beslut(project.path(), &["build", "cases", "-o", "out"]);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(2), "{stderr}");
    assert!(stderr.contains("ingen vanlig fil"), "{stderr}");
    with_logo(project.path(), "/dev/zero");
    std::fs::write(
        project.path().join("beslut.toml"),
        std::fs::read_to_string(project.path().join("beslut.toml"))
            .unwrap()
            .replace("logo = \"logo.png\"\n", ""),
    )
    .unwrap();
    let out = beslut(project.path(), &["build", "cases", "-o", "out"]);
    assert_eq!(out.status.code(), Some(2));
}
