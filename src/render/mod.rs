//! The backends: a [`crate::document::Document`] as PDF (Typst, embedded)
//! and as DOCX (WordprocessingML). They know nothing of case files or the
//! project; the house files they print (logo, Word template) come as
//! [`assets::Assets`]. The PDF and DOCX parts never import each other.

pub mod assets;
pub mod docx;
pub mod fonts;
pub mod logo;
pub mod pdf;
