//! A Word or OpenDocument package whose numbering levels, headers, styles
//! and nesting the fuzzer's bytes choose: read as a paper and linted.
#![no_main]
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    beslut::fuzzing::office_structure(data);
});
