//! A meeting file whose items, dates and references the fuzzer's bytes
//! choose: parsed and linted.
#![no_main]
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    beslut::fuzzing::meeting_structure(data);
});
