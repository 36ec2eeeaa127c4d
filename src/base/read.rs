//! Reading input files: bounded in size, UTF-8 with a message that says
//! where the text stops being UTF-8.

use std::io::Read;
use std::path::Path;

/// The file's bytes, refusing files larger than `max` bytes and anything
/// that is not a regular file: a FIFO would block and a device (`/dev/zero`)
/// never end. A file that grows while it is read is cut at `max` + 1 bytes
/// and refused.
pub fn read_bounded(path: &Path, max: u64) -> Result<Vec<u8>, String> {
    let io = |e: std::io::Error| {
        format!(
            "kan inte läsa filen: {}",
            crate::base::swedish::io_error(&e)
        )
    };
    let metadata = std::fs::metadata(path).map_err(io)?;
    if !metadata.is_file() {
        return Err(if metadata.is_dir() {
            "är en mapp, inte en fil".into()
        } else {
            "är ingen vanlig fil (en enhet, en FIFO eller en socket) och läses inte".into()
        });
    }
    let too_large = |size: u64| format!("filen är {size} byte; högst {max} byte läses");
    if metadata.len() > max {
        return Err(too_large(metadata.len()));
    }
    let mut bytes = Vec::with_capacity(metadata.len() as usize);
    std::fs::File::open(path)
        .and_then(|file| file.take(max + 1).read_to_end(&mut bytes))
        .map_err(io)?;
    if bytes.len() as u64 > max {
        return Err(too_large(bytes.len() as u64));
    }
    Ok(bytes)
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
