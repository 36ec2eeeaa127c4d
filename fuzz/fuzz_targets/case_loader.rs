//! Any bytes as a case file: parse, validate and lint, never panic.
#![no_main]
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    beslut::fuzzing::case_loader(data);
});
