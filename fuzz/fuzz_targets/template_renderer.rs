//! Any text as case prose, title and proposals: rendered through the
//! templates into the document model and the DOCX backend.
#![no_main]
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    beslut::fuzzing::template_renderer(data);
});
