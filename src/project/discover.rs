//! Finding the inputs of a batch: files named on the command line, and the
//! files of the right kind in folders named there, recursively.

use std::collections::HashMap;
use std::path::{Path, PathBuf};

/// What a walk found: the files, sorted, each once; and the folders or
/// entries that could not be read, which the batch reports and counts as
/// failures without stopping.
#[derive(Debug, Default)]
pub struct Found {
    pub files: Vec<PathBuf>,
    pub unreadable: Vec<Unreadable>,
    /// (alias, the file it is): a file reached a second time under another
    /// name (a symbolic link), taken once and named here.
    pub aliases: Vec<(PathBuf, PathBuf)>,
}

/// A folder entry that could not be read.
#[derive(Debug, Clone)]
pub struct Unreadable {
    pub path: PathBuf,
    /// Why, in Swedish.
    pub reason: String,
}

impl std::fmt::Display for Unreadable {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}: {}", self.path.display(), self.reason)
    }
}

/// Case files under `paths`: files as given, folders walked for
/// `.yaml`/`.yml`.
pub fn discover_cases(paths: &[PathBuf]) -> Result<Found, String> {
    discover_files(paths, crate::paper::structure::is_case_file)
}

/// Files under `paths` that `accept` takes: files named directly are always
/// taken, folders are walked recursively (following symbolic links; a link
/// loop is reported, not followed). Sorted, and each file once even when it
/// is reached by two spellings (`cases` and `./cases`). A path that does not
/// exist is an error; an unreadable entry inside a folder is not.
pub fn discover_files(paths: &[PathBuf], accept: impl Fn(&Path) -> bool) -> Result<Found, String> {
    let mut found = Found::default();
    let mut through_links = false;
    for path in paths {
        if path.is_file() {
            found.files.push(path.clone());
        } else if path.is_dir() {
            through_links |= walk(path, &accept, &mut found);
        } else {
            return Err(format!("{} finns inte", path.display()));
        }
    }
    found.files.sort();
    found.files.dedup();
    // Only two roots or a followed link can reach one file twice; a batch of
    // 100 000 files in one folder need not hold their canonical paths.
    if paths.len() > 1 || through_links {
        let mut seen: HashMap<PathBuf, PathBuf> = HashMap::new();
        let mut aliases = Vec::new();
        found.files.retain(|file| {
            let canonical = std::fs::canonicalize(file).unwrap_or_else(|_| file.clone());
            match seen.get(&canonical) {
                Some(first) => {
                    // Another name for it (a link `b.yaml` to `a.yaml`) would
                    // have had outputs of its own: say so. The same name
                    // reached twice (`cases` and `./cases`) is no news.
                    if file.file_name() != first.file_name() {
                        aliases.push((file.clone(), first.clone()));
                    }
                    false
                }
                None => {
                    seen.insert(canonical, file.clone());
                    true
                }
            }
        });
        found.aliases = aliases;
    }
    Ok(found)
}

/// Walks `dir`; whether it followed a symbolic link on the way.
fn walk(dir: &Path, accept: &impl Fn(&Path) -> bool, found: &mut Found) -> bool {
    let mut through_links = false;
    let entries = walkdir::WalkDir::new(dir)
        .follow_links(true)
        .sort_by_file_name();
    for entry in entries {
        match entry {
            Ok(entry) => {
                through_links |= entry.path_is_symlink();
                if entry.file_type().is_file() && accept(entry.path()) {
                    found.files.push(entry.into_path());
                }
            }
            Err(e) => found.unreadable.push(unreadable_message(&e, dir)),
        }
    }
    through_links
}

fn unreadable_message(error: &walkdir::Error, dir: &Path) -> Unreadable {
    let reason = if error.loop_ancestor().is_some() {
        "hoppar över en symbolisk länk som pekar tillbaka uppåt i mappen".to_owned()
    } else {
        match error.io_error() {
            Some(io) if io.kind() == std::io::ErrorKind::PermissionDenied => {
                "kan inte läsas (behörighet saknas); hoppar över".to_owned()
            }
            Some(io) => format!("kan inte läsas ({io}); hoppar över"),
            None => "kan inte läsas; hoppar över".to_owned(),
        }
    };
    Unreadable {
        path: error.path().unwrap_or(dir).to_owned(),
        reason,
    }
}

/// The name of a project's settings file.
pub const CONFIG_FILE: &str = "beslut.toml";

/// The project settings the inputs belong to, found as cargo and ruff find
/// theirs: the nearest `beslut.toml` in each input's folder or above (for
/// no inputs, the working folder or above). Shown relative to the working
/// folder when it is there (`beslut.toml`), otherwise as a full path.
/// `Ok(None)` when there is none; an error when the inputs belong to two
/// projects, which one run cannot build with one set of settings.
pub fn find_config(inputs: &[PathBuf]) -> Result<Option<PathBuf>, String> {
    let cwd = std::env::current_dir().and_then(|d| d.canonicalize()).ok();
    let starts: Vec<(PathBuf, &Path)> = if inputs.is_empty() {
        cwd.iter().map(|d| (d.clone(), Path::new("."))).collect()
    } else {
        inputs
            .iter()
            .filter_map(|input| Some((folder_of(input)?, input.as_path())))
            .collect()
    };
    let mut found: Vec<(PathBuf, &Path)> = Vec::new();
    for (start, input) in starts {
        let Some(dir) = start.ancestors().find(|d| d.join(CONFIG_FILE).is_file()) else {
            continue;
        };
        if !found.iter().any(|(d, _)| d == dir) {
            found.push((dir.to_owned(), input));
        }
    }
    match found.as_slice() {
        [] => Ok(None),
        [(dir, _)] if cwd.as_deref() == Some(dir.as_path()) => Ok(Some(PathBuf::from(CONFIG_FILE))),
        [(dir, _)] => Ok(Some(dir.join(CONFIG_FILE))),
        [(a, first), (b, second), ..] => Err(format!(
            "{} hör till projektet i {} men {} till projektet i {}: kör dem var för sig, eller ange --config",
            first.display(),
            a.display(),
            second.display(),
            b.display()
        )),
    }
}

/// The folder an input stands in (itself, for a folder), with links and
/// `..` resolved; `None` for a path that does not exist.
fn folder_of(input: &Path) -> Option<PathBuf> {
    let path = input.canonicalize().ok()?;
    if path.is_dir() {
        Some(path)
    } else {
        path.parent().map(Path::to_owned)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn two_spellings_of_one_folder_give_each_file_once() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join("a.yaml"), "x").unwrap();
        let plain = dir.path().to_owned();
        let dotted = dir.path().join(".");
        let found = discover_cases(&[plain, dotted]).unwrap();
        assert_eq!(found.files.len(), 1, "{:?}", found.files);
    }

    #[cfg(unix)]
    #[test]
    fn symlinked_case_files_are_found_and_loops_reported() {
        let dir = tempfile::tempdir().unwrap();
        let real = dir.path().join("real");
        std::fs::create_dir(&real).unwrap();
        std::fs::write(real.join("a.yaml"), "x").unwrap();
        let cases = dir.path().join("cases");
        std::fs::create_dir(&cases).unwrap();
        std::os::unix::fs::symlink(real.join("a.yaml"), cases.join("b.yaml")).unwrap();
        std::os::unix::fs::symlink(&cases, cases.join("loop")).unwrap();
        let found = discover_cases(&[cases]).unwrap();
        assert_eq!(found.files.len(), 1, "{:?}", found.files);
        assert!(found.files[0].ends_with("b.yaml"));
        assert_eq!(found.unreadable.len(), 1, "{:?}", found.unreadable);
    }

    #[cfg(unix)]
    #[test]
    fn a_link_under_another_name_is_taken_once_and_named() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join("a.yaml"), "x").unwrap();
        std::os::unix::fs::symlink(dir.path().join("a.yaml"), dir.path().join("b.yaml")).unwrap();
        let found = discover_cases(&[dir.path().to_owned()]).unwrap();
        assert_eq!(found.files.len(), 1, "{:?}", found.files);
        assert_eq!(found.aliases.len(), 1, "{:?}", found.aliases);
        assert!(found.aliases[0].0.ends_with("b.yaml"));
    }
}
