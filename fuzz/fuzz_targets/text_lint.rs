//! Any text as a finished paper: letterhead, sections, every lint rule.
#![no_main]
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    beslut::fuzzing::text_lint(data);
});
