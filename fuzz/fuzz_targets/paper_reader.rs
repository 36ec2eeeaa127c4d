//! Any bytes as a paper in each format the reader knows (the first byte
//! chooses the format), then linted.
#![no_main]
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    beslut::fuzzing::paper_reader(data);
});
