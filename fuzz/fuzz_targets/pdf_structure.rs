//! A PDF whose page tree, parents, form XObjects, filters and text the
//! fuzzer's bytes choose: read as a paper, linted, joined into a packet.
#![no_main]
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    beslut::fuzzing::pdf_structure(data);
});
