//! Where a message points: `path:line:column`, as compilers and linters
//! write it, so editors and terminals make it a link. Case errors, input
//! errors and lint findings all name their place through [`place`].

use std::fmt;
use std::path::Path;

/// `path:line:column`, or `path` alone when the line is not known.
pub fn place(path: &Path, line_column: Option<(usize, usize)>) -> Place<'_> {
    Place {
        path: path
            .to_str()
            .map_or_else(|| PathText::Lossy(path), PathText::Str),
        line_column,
    }
}

/// [`place`]'s value: formats without allocating.
pub struct Place<'a> {
    path: PathText<'a>,
    line_column: Option<(usize, usize)>,
}

enum PathText<'a> {
    Str(&'a str),
    Lossy(&'a Path),
}

impl fmt::Display for Place<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.path {
            PathText::Str(path) => f.write_str(path)?,
            PathText::Lossy(path) => write!(f, "{}", path.display())?,
        }
        if let Some((line, column)) = self.line_column {
            write!(f, ":{line}:{column}")?;
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_place_is_path_line_column() {
        let path = Path::new("cases/a.yaml");
        assert_eq!(place(path, Some((3, 14))).to_string(), "cases/a.yaml:3:14");
        assert_eq!(place(path, None).to_string(), "cases/a.yaml");
    }
}
