//! Reading input files: bounded in size, UTF-8 with a message that says
//! where the text stops being UTF-8.

use std::path::Path;

/// The file's bytes, refusing files larger than `max` bytes.
pub fn read_bounded(path: &Path, max: u64) -> Result<Vec<u8>, String> {
    let size = std::fs::metadata(path)
        .map_err(|e| {
            format!(
                "kan inte läsa filen: {}",
                crate::base::swedish::io_error(&e)
            )
        })?
        .len();
    if size > max {
        return Err(format!("filen är {size} byte; högst {max} byte läses"));
    }
    std::fs::read(path).map_err(|e| {
        format!(
            "kan inte läsa filen: {}",
            crate::base::swedish::io_error(&e)
        )
    })
}

/// The bytes as UTF-8 text.
pub fn utf8(bytes: Vec<u8>) -> Result<String, String> {
    String::from_utf8(bytes).map_err(|e| {
        format!(
            "filen är inte UTF-8 (ogiltig byte vid position {})",
            e.utf8_error().valid_up_to()
        )
    })
}
