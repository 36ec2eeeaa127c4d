//! Plain-text encodings: UTF-8 with or without BOM, UTF-16 LE/BE (with a
//! BOM, or recognised by its zero bytes), and Windows-1252 for everything
//! else — old archive exports are Windows-1252 or ISO-8859-1, and
//! Windows-1252 is a superset of ISO-8859-1's printable characters.

use encoding_rs::{Encoding, UTF_16BE, UTF_16LE, WINDOWS_1252};

/// The text and the name of the encoding it was read as.
pub fn decode(bytes: &[u8]) -> Result<(String, &'static str), String> {
    if let Some((encoding, bom)) = Encoding::for_bom(bytes) {
        let text = decode_strict(encoding, &bytes[bom..])?;
        return Ok((text, name(encoding, true)));
    }
    if let Ok(text) = std::str::from_utf8(bytes) {
        if looks_binary(text) {
            return Err("filen är inte text (den innehåller binära data)".into());
        }
        return Ok((text.to_owned(), "UTF-8"));
    }
    if let Some(encoding) = utf16_without_bom(bytes) {
        let text = decode_strict(encoding, bytes)?;
        return Ok((text, name(encoding, false)));
    }
    if bytes.iter().filter(|&&b| b == 0).count() > 0 {
        return Err("filen är inte text (den innehåller NUL-byte)".into());
    }
    Ok(mixed(bytes))
}

/// UTF-8 where the bytes are UTF-8, Windows-1252 for each byte that is
/// not: a paper saved as UTF-8 with one stray Latin-1 byte keeps its
/// text with one odd character, instead of turning into mojibake whole.
/// An old Windows-1252 file (no UTF-8 sequence at all) reads the same as
/// decoding it whole.
fn mixed(bytes: &[u8]) -> (String, &'static str) {
    let mut text = String::with_capacity(bytes.len() + bytes.len() / 8);
    let mut utf8_sequences = false;
    for chunk in bytes.utf8_chunks() {
        utf8_sequences |= !chunk.valid().is_ascii();
        text.push_str(chunk.valid());
        for byte in chunk.invalid() {
            let one = [*byte];
            let (decoded, _) = WINDOWS_1252.decode_without_bom_handling(&one);
            text.push_str(&decoded);
        }
    }
    let name = if utf8_sequences {
        "UTF-8 (med enstaka windows-1252-tecken)"
    } else {
        "windows-1252"
    };
    (text, name)
}

fn name(encoding: &'static Encoding, bom: bool) -> &'static str {
    match (encoding.name(), bom) {
        ("UTF-8", true) => "UTF-8 (BOM)",
        ("UTF-16LE", true) => "UTF-16LE (BOM)",
        ("UTF-16BE", true) => "UTF-16BE (BOM)",
        ("UTF-16LE", false) => "UTF-16LE",
        ("UTF-16BE", false) => "UTF-16BE",
        (other, _) => other,
    }
}

fn decode_strict(encoding: &'static Encoding, bytes: &[u8]) -> Result<String, String> {
    let (text, malformed) = encoding.decode_without_bom_handling(bytes);
    if malformed {
        return Err(format!(
            "filen är inte giltig {} (trasiga tecken)",
            encoding.name()
        ));
    }
    Ok(text.into_owned())
}

/// UTF-16 without a BOM: an even length and most of the bytes on one side
/// of each pair zero (Latin text).
fn utf16_without_bom(bytes: &[u8]) -> Option<&'static Encoding> {
    if bytes.len() < 4 || !bytes.len().is_multiple_of(2) {
        return None;
    }
    let pairs = bytes.len() / 2;
    let zeros_at = |offset: usize| {
        bytes
            .iter()
            .skip(offset)
            .step_by(2)
            .filter(|&&b| b == 0)
            .count()
    };
    let (even, odd) = (zeros_at(0), zeros_at(1));
    if odd * 10 >= pairs * 7 && even * 10 <= pairs {
        Some(UTF_16LE)
    } else if even * 10 >= pairs * 7 && odd * 10 <= pairs {
        Some(UTF_16BE)
    } else {
        None
    }
}

/// Valid UTF-8 that is still no text: NUL bytes.
fn looks_binary(text: &str) -> bool {
    text.contains('\0')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn utf8_with_and_without_bom() {
        assert_eq!(
            decode("Nämnden".as_bytes()).unwrap(),
            ("Nämnden".into(), "UTF-8")
        );
        let mut bom = vec![0xEF, 0xBB, 0xBF];
        bom.extend_from_slice("Ärende".as_bytes());
        assert_eq!(decode(&bom).unwrap(), ("Ärende".into(), "UTF-8 (BOM)"));
    }

    #[test]
    fn utf16_with_and_without_bom() {
        let text = "Dnr SON 2026-118, Ärende";
        let le: Vec<u8> = text.encode_utf16().flat_map(u16::to_le_bytes).collect();
        let be: Vec<u8> = text.encode_utf16().flat_map(u16::to_be_bytes).collect();
        let mut le_bom = vec![0xFF, 0xFE];
        le_bom.extend_from_slice(&le);
        let mut be_bom = vec![0xFE, 0xFF];
        be_bom.extend_from_slice(&be);
        assert_eq!(decode(&le_bom).unwrap(), (text.into(), "UTF-16LE (BOM)"));
        assert_eq!(decode(&be_bom).unwrap(), (text.into(), "UTF-16BE (BOM)"));
        assert_eq!(decode(&le).unwrap(), (text.into(), "UTF-16LE"));
        assert_eq!(decode(&be).unwrap(), (text.into(), "UTF-16BE"));
    }

    #[test]
    fn windows_1252_is_the_fallback() {
        // "Förslag – 5 €" in Windows-1252: ö = F6, en dash = 96, euro = 80.
        let bytes = b"F\xf6rslag \x96 5 \x80";
        assert_eq!(
            decode(bytes).unwrap(),
            ("Förslag – 5 €".into(), "windows-1252")
        );
    }

    #[test]
    fn a_stray_latin1_byte_is_one_character_not_the_whole_file() {
        let bytes = b"Socialn\xc3\xa4mnden beslutade 2026-03-02 \xe5 n\xc3\xa4mnd";
        assert_eq!(
            decode(bytes).unwrap(),
            (
                "Socialnämnden beslutade 2026-03-02 å nämnd".into(),
                "UTF-8 (med enstaka windows-1252-tecken)"
            )
        );
    }

    #[test]
    fn binary_is_refused() {
        assert!(decode(b"abc\0\xff\xfe\x00\x01xyz").is_err());
        assert!(decode(b"abc\0def").is_err());
    }
}
