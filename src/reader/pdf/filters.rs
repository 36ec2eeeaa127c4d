//! The stream filters that can make a PDF stream larger than it is —
//! Flate (zlib, or raw deflate as lopdf falls back to), LZW, and ASCII85
//! between them — as readers stacked in `/Filter` order, so that what a
//! stream unpacks to is counted as it comes and never held.

use std::io::{self, BufRead, BufReader, Read};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Filter {
    Flate,
    Lzw,
    Ascii85,
}

impl Filter {
    /// The filter a `/Filter` name (full or abbreviated) names, of those
    /// that can make a stream larger than it is.
    pub(super) fn named(name: &[u8]) -> Option<Filter> {
        match name {
            b"FlateDecode" | b"Fl" => Some(Filter::Flate),
            b"LZWDecode" | b"LZW" => Some(Filter::Lzw),
            b"ASCII85Decode" | b"A85" => Some(Filter::Ascii85),
            _ => None,
        }
    }
}

/// How many bytes `data` decodes to through `filters`, counted up to
/// `limit` (a stream that fails part way counts what it gave).
pub(super) fn decoded_len(data: &[u8], filters: &[Filter], limit: u64) -> u64 {
    let mut reader: Box<dyn BufRead + '_> = Box::new(data);
    for filter in filters {
        reader = match filter {
            Filter::Flate => Box::new(BufReader::new(inflater(reader))),
            Filter::Lzw => Box::new(BufReader::new(Lzw::new(reader))),
            // ASCII85 makes four bytes of five: it cannot blow up, and the
            // layer after it needs its output.
            Filter::Ascii85 => Box::new(io::Cursor::new(ascii85(reader, limit))),
        };
    }
    count(reader, limit)
}

/// A zlib stream, or (as the loader falls back to) raw deflate after the
/// two header bytes.
fn inflater<'a>(mut inner: Box<dyn BufRead + 'a>) -> Box<dyn Read + 'a> {
    let head = inner.fill_buf().map(<[u8]>::to_vec).unwrap_or_default();
    let zlib = head.len() >= 2
        && head[0] & 0x0f == 8
        && (u16::from(head[0]) * 256 + u16::from(head[1])) % 31 == 0;
    if zlib {
        Box::new(flate2::bufread::ZlibDecoder::new(inner))
    } else {
        inner.consume(head.len().min(2));
        Box::new(flate2::bufread::DeflateDecoder::new(inner))
    }
}

fn count(mut reader: impl Read, limit: u64) -> u64 {
    let mut buffer = [0u8; 64 * 1024];
    let mut total = 0u64;
    while total < limit {
        match reader.read(&mut buffer) {
            Ok(0) | Err(_) => break,
            Ok(n) => total += n as u64,
        }
    }
    total
}

fn ascii85(mut reader: impl Read, limit: u64) -> Vec<u8> {
    let mut input = Vec::new();
    let _ = (&mut reader).take(limit).read_to_end(&mut input);
    let mut out = Vec::with_capacity(input.len());
    let mut group: u64 = 0;
    let mut n = 0;
    for &c in &input {
        match c {
            b'~' => break,
            b'z' if n == 0 => out.extend_from_slice(&[0; 4]),
            b'!'..=b'u' => {
                group = group * 85 + u64::from(c - b'!');
                n += 1;
                if n == 5 {
                    out.extend_from_slice(&(group as u32).to_be_bytes());
                    (group, n) = (0, 0);
                }
            }
            _ => {}
        }
    }
    out
}

/// LZW (as PDF writes it: MSB first, early change) as a reader, so that
/// what it gives is counted as it comes.
struct Lzw<'a> {
    inner: Box<dyn BufRead + 'a>,
    decoder: weezl::decode::Decoder,
    done: bool,
}

impl<'a> Lzw<'a> {
    fn new(inner: Box<dyn BufRead + 'a>) -> Self {
        Lzw {
            inner,
            decoder: weezl::decode::Decoder::with_tiff_size_switch(weezl::BitOrder::Msb, 8),
            done: false,
        }
    }
}

impl Read for Lzw<'_> {
    fn read(&mut self, out: &mut [u8]) -> io::Result<usize> {
        while !self.done {
            let input = self.inner.fill_buf()?;
            let at_end = input.is_empty();
            let result = self.decoder.decode_bytes(input, out);
            self.inner.consume(result.consumed_in);
            match result.status {
                Ok(weezl::LzwStatus::Ok) if result.consumed_out > 0 => {
                    return Ok(result.consumed_out);
                }
                Ok(weezl::LzwStatus::Ok) if !at_end && result.consumed_in > 0 => {}
                Ok(_) | Err(_) => {
                    self.done = true;
                    return Ok(result.consumed_out);
                }
            }
        }
        Ok(0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::Write;

    fn zlib(data: &[u8]) -> Vec<u8> {
        let mut e = flate2::write::ZlibEncoder::new(Vec::new(), flate2::Compression::best());
        e.write_all(data).unwrap();
        e.finish().unwrap()
    }

    #[test]
    fn stacked_filters_are_counted_layer_by_layer() {
        let once = zlib(&vec![0u8; 1_000_000]);
        let twice = zlib(&once);
        assert_eq!(
            decoded_len(&twice, &[Filter::Flate, Filter::Flate], u64::MAX),
            1_000_000
        );
        // Counting stops at the limit.
        assert_eq!(decoded_len(&once, &[Filter::Flate], 1000), 64 * 1024);
    }
}
