//! The logo a project prints in its letterheads, read and checked once per
//! batch: the file as the PDF embeds it, and a raster for Word.

use std::path::{Path, PathBuf};
use std::sync::Arc;

/// Largest logo read. A letterhead logo is a few KiB to a few hundred.
pub const MAX_LOGO_BYTES: u64 = 4 << 20;
/// Most pixels of a PNG or JPEG logo, or of an image inside an SVG one (a
/// 300 dpi logo 180 mm wide is some 2 100 pixels across). Checked from the
/// header before anything is decoded: a 1.5 MB PNG can be 20 000 × 20 000.
pub const MAX_LOGO_PIXELS: u64 = 16_000_000;
/// Resolution of the PNG a Word file gets for an SVG logo.
const SVG_RASTER_DPI: f32 = 300.0;

/// A logo image and what each backend needs of it.
#[derive(Debug, Clone)]
pub struct Logo {
    /// As read: what the PDF embeds (vector stays vector).
    pub bytes: Arc<[u8]>,
    pub format: ImageFormat,
    /// PNG or JPEG bytes for Word: the file itself, or an SVG rasterised at
    /// 300 dpi for the printed width (Word's SVG support needs a PNG
    /// fallback anyway).
    pub raster: Arc<[u8]>,
    pub raster_format: ImageFormat,
    /// Width ÷ height.
    pub aspect: f64,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ImageFormat {
    Png,
    Jpeg,
    Svg,
}

impl ImageFormat {
    pub fn extension(self) -> &'static str {
        match self {
            ImageFormat::Png => "png",
            ImageFormat::Jpeg => "jpeg",
            ImageFormat::Svg => "svg",
        }
    }

    pub fn mime(self) -> &'static str {
        match self {
            ImageFormat::Png => "image/png",
            ImageFormat::Jpeg => "image/jpeg",
            ImageFormat::Svg => "image/svg+xml",
        }
    }

    /// The format a file name says.
    pub fn of(path: &Path) -> Option<ImageFormat> {
        let extension = path.extension()?.to_str()?.to_ascii_lowercase();
        match extension.as_str() {
            "png" => Some(ImageFormat::Png),
            "jpg" | "jpeg" => Some(ImageFormat::Jpeg),
            "svg" => Some(ImageFormat::Svg),
            _ => None,
        }
    }
}

/// A house file could not be used.
#[derive(Debug, thiserror::Error)]
#[error("{path}: {message}")]
pub struct AssetError {
    pub path: PathBuf,
    pub message: String,
}

impl Logo {
    /// Reads and checks a logo; `width_mm` is the printed width, which sets
    /// the raster size of an SVG for Word.
    pub fn load(path: &Path, width_mm: f64) -> Result<Logo, AssetError> {
        let error = |message: String| AssetError {
            path: path.to_owned(),
            message,
        };
        let format = ImageFormat::of(path).ok_or_else(|| {
            error("logotypen ska vara en SVG-, PNG- eller JPEG-fil (.svg, .png, .jpg)".into())
        })?;
        let bytes = crate::base::read::read_bounded(path, MAX_LOGO_BYTES).map_err(error)?;
        Logo::from_bytes(bytes, format, width_mm).map_err(error)
    }

    /// Checks `bytes` and prepares the Word raster.
    pub fn from_bytes(bytes: Vec<u8>, format: ImageFormat, width_mm: f64) -> Result<Logo, String> {
        let (raster, raster_format, aspect) = match format {
            ImageFormat::Svg => rasterise_svg(&bytes, width_mm)?,
            ImageFormat::Png | ImageFormat::Jpeg => {
                let (width, height) = raster_size(&bytes, format)?;
                decodes(&bytes, format)?;
                (bytes.clone(), format, f64::from(width) / f64::from(height))
            }
        };
        Ok(Logo {
            bytes: bytes.into(),
            format,
            raster: raster.into(),
            raster_format,
            aspect,
        })
    }
}

/// A reader of a PNG or JPEG logo's bytes.
fn image_reader(bytes: &[u8], format: ImageFormat) -> image::ImageReader<std::io::Cursor<&[u8]>> {
    let format = match format {
        ImageFormat::Png => image::ImageFormat::Png,
        _ => image::ImageFormat::Jpeg,
    };
    image::ImageReader::with_format(std::io::Cursor::new(bytes), format)
}

fn raster_size(bytes: &[u8], format: ImageFormat) -> Result<(u32, u32), String> {
    let (width, height) = image_reader(bytes, format).into_dimensions().map_err(|_| {
        "bilden kan inte läsas: filen är ingen giltig bild i det formatet".to_owned()
    })?;
    if width == 0 || height == 0 {
        return Err("bilden har ingen storlek".into());
    }
    if u64::from(width) * u64::from(height) > MAX_LOGO_PIXELS {
        return Err(format!(
            "bilden är {width} × {height} bildpunkter; en logotyp får ha högst {MAX_LOGO_PIXELS} (t.ex. 4000 × 4000)"
        ));
    }
    Ok((width, height))
}

/// Decodes the image once, so that a broken file is named here and not
/// blamed on the layout of every case that prints it.
fn decodes(bytes: &[u8], format: ImageFormat) -> Result<(), String> {
    let mut reader = image_reader(bytes, format);
    let mut limits = image::Limits::default();
    limits.max_alloc = Some(MAX_LOGO_PIXELS * 8);
    reader.limits(limits);
    reader
        .decode()
        .map(drop)
        .map_err(|_| "bilden är trasig och kan inte visas".to_owned())
}

/// An SVG as PNG at [`SVG_RASTER_DPI`] for `width_mm`.
fn rasterise_svg(bytes: &[u8], width_mm: f64) -> Result<(Vec<u8>, ImageFormat, f64), String> {
    // Text in the SVG is set with the bundled fonts, as Typst sets it.
    let mut options = resvg::usvg::Options::default();
    let fonts = options.fontdb_mut();
    for font in crate::render::fonts::BUNDLED_FONTS {
        fonts.load_font_data(font.to_vec());
    }
    fonts.set_sans_serif_family(crate::document::DEFAULT_FONT);
    // An image inside the SVG comes from the SVG itself (a data: URL), never
    // from a file or the network, as in Typst.
    // An image inside it is a PNG or JPEG within the logo's pixel limit; an
    // SVG inside an SVG is not drawn.
    let default_data = resvg::usvg::ImageHrefResolver::default_data_resolver();
    options.image_href_resolver = resvg::usvg::ImageHrefResolver {
        resolve_data: Box::new(move |mime, data, options| {
            let small = image::ImageReader::new(std::io::Cursor::new(&data[..]))
                .with_guessed_format()
                .ok()?
                .into_dimensions()
                .is_ok_and(|(w, h)| u64::from(w) * u64::from(h) <= MAX_LOGO_PIXELS);
            if small && mime != "image/svg+xml" {
                default_data(mime, data, options)
            } else {
                None
            }
        }),
        resolve_string: Box::new(|_, _| None),
    };
    let tree = resvg::usvg::Tree::from_data(bytes, &options)
        .map_err(|_| "SVG-filen kan inte läsas: den är ingen giltig SVG".to_owned())?;
    // A filter's cost grows with its region and blur radius, not with the
    // file: 277 bytes of blur hung every command. A logo needs none.
    if !tree.filters().is_empty() {
        return Err(
            "SVG-logotypen använder filter (oskärpa, skuggor): ta bort dem; en logotyp i ett brevhuvud behöver inga"
                .into(),
        );
    }
    let size = tree.size();
    if size.width() <= 0.0 || size.height() <= 0.0 {
        return Err("SVG-filen har ingen storlek".into());
    }
    let width_px = ((width_mm / 25.4) as f32 * SVG_RASTER_DPI).clamp(16.0, 4096.0);
    let scale = width_px / size.width();
    let height_px = (size.height() * scale).clamp(1.0, 4096.0);
    let mut pixmap = resvg::tiny_skia::Pixmap::new(width_px as u32, height_px as u32)
        .ok_or("SVG-filen kan inte ritas i den storleken")?;
    resvg::render(
        &tree,
        resvg::tiny_skia::Transform::from_scale(scale, scale),
        &mut pixmap.as_mut(),
    );
    let png = pixmap
        .encode_png()
        .map_err(|_| "SVG-filen kan inte göras om till PNG".to_owned())?;
    let aspect = f64::from(size.width()) / f64::from(size.height());
    Ok((png, ImageFormat::Png, aspect))
}

#[cfg(test)]
mod tests {
    use super::*;

    const SVG: &str = r##"<svg xmlns="http://www.w3.org/2000/svg" width="200" height="50"><rect width="200" height="50" fill="#1d4f91"/></svg>"##;

    #[test]
    fn svg_logo_gets_a_png_for_word_with_its_aspect() {
        let logo = Logo::from_bytes(SVG.as_bytes().to_vec(), ImageFormat::Svg, 40.0).unwrap();
        assert_eq!(logo.raster_format, ImageFormat::Png);
        assert!(logo.raster.starts_with(b"\x89PNG"));
        assert!((logo.aspect - 4.0).abs() < 1e-6);
    }

    #[test]
    fn an_svg_cannot_pull_in_other_files() {
        let dir = tempfile::tempdir().unwrap();
        let png = Logo::from_bytes(SVG.as_bytes().to_vec(), ImageFormat::Svg, 40.0).unwrap();
        std::fs::write(dir.path().join("inner.png"), &*png.raster).unwrap();
        let svg = format!(
            r#"<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="200" height="50"><image width="200" height="50" xlink:href="{}"/></svg>"#,
            dir.path().join("inner.png").display()
        );
        let logo = Logo::from_bytes(svg.into_bytes(), ImageFormat::Svg, 40.0).unwrap();
        // Nothing was drawn: the raster is one flat transparent image,
        // smaller than the blue one the SVG named (with the file read it is
        // a copy of it).
        assert!(
            logo.raster.len() < png.raster.len(),
            "{}",
            logo.raster.len()
        );
    }

    /// A PNG of the given size whose pixel data is `idat` (not valid).
    fn png_header(width: u32, height: u32, idat: &[u8]) -> Vec<u8> {
        let chunk = |kind: &[u8], data: &[u8]| {
            let mut crc = flate2::Crc::new();
            crc.update(kind);
            crc.update(data);
            let mut out = (data.len() as u32).to_be_bytes().to_vec();
            out.extend_from_slice(kind);
            out.extend_from_slice(data);
            out.extend_from_slice(&crc.sum().to_be_bytes());
            out
        };
        let mut ihdr = width.to_be_bytes().to_vec();
        ihdr.extend_from_slice(&height.to_be_bytes());
        ihdr.extend_from_slice(&[8, 6, 0, 0, 0]);
        let mut png = b"\x89PNG\r\n\x1a\n".to_vec();
        png.extend(chunk(b"IHDR", &ihdr));
        png.extend(chunk(b"IDAT", idat));
        png.extend(chunk(b"IEND", b""));
        png
    }

    #[test]
    fn huge_broken_and_filtered_logos_are_refused_before_drawing() {
        let huge =
            Logo::from_bytes(png_header(20_000, 20_000, b"x"), ImageFormat::Png, 40.0).unwrap_err();
        assert!(huge.contains("20000 × 20000 bildpunkter"), "{huge}");
        let broken =
            Logo::from_bytes(png_header(100, 40, b"not zlib"), ImageFormat::Png, 40.0).unwrap_err();
        assert!(broken.contains("trasig"), "{broken}");
        let blur = r#"<svg xmlns="http://www.w3.org/2000/svg" width="200" height="50"><filter id="b" x="-1e6" y="-1e6" width="2e6" height="2e6"><feGaussianBlur stdDeviation="1e6"/></filter><rect width="200" height="50" filter="url(#b)"/></svg>"#;
        let blur = Logo::from_bytes(blur.as_bytes().to_vec(), ImageFormat::Svg, 40.0).unwrap_err();
        assert!(blur.contains("filter"), "{blur}");
    }

    #[test]
    fn broken_images_are_clear_errors() {
        let error = Logo::from_bytes(b"<svg".to_vec(), ImageFormat::Svg, 40.0).unwrap_err();
        assert!(error.contains("SVG-filen kan inte läsas"), "{error}");
        let error = Logo::from_bytes(b"nope".to_vec(), ImageFormat::Png, 40.0).unwrap_err();
        assert!(error.contains("bilden kan inte läsas"), "{error}");
    }
}
