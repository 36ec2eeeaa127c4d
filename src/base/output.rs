//! Atomic output: a file, or a set of files, written whole or not at all.

use std::io::Write;
use std::path::{Path, PathBuf};

/// Writes `bytes` to `path` atomically: a temporary file in the same folder,
/// flushed, then renamed over `path`. Readers see the old file or the new
/// one, never a partial one; on error the temporary file is removed.
pub fn write_atomic(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    write_set_atomic(&[(path.to_owned(), bytes)])
}

/// Writes a set of files (a case's PDF and DOCX) so that afterwards either
/// all of them are new or all are as they were: [`stage_set`] then
/// [`StagedSet::commit`].
pub fn write_set_atomic(files: &[(PathBuf, &[u8])]) -> std::io::Result<()> {
    stage_set(files)?.commit()
}

/// Writes every file of a set to a temporary file beside its target; nothing
/// is in place yet. Dropping the [`StagedSet`] removes the temporary files.
///
/// Staging and committing are separate so a batch can render the next cases
/// while an earlier case's files are flushed to disk: flushing waits for the
/// device and was a seventh of a batch's time when rendering waited for it.
pub fn stage_set(files: &[(PathBuf, &[u8])]) -> std::io::Result<StagedSet> {
    let mut staged = Vec::with_capacity(files.len());
    for (path, bytes) in files {
        let temp = write_temporary(path, bytes).map_err(|e| failed_at(path, e))?;
        staged.push((temp, path.clone()));
    }
    Ok(StagedSet { staged })
}

/// One file written to a temporary file beside its place, not yet flushed
/// nor in place: [`commit`](Self::commit) it alone, or [`Batch::push`] it
/// with others. Dropping it removes the temporary file.
#[derive(Debug)]
pub struct StagedFile {
    temp: Option<tempfile::TempPath>,
    target: PathBuf,
}

/// Writes `bytes` to a temporary file beside `path` (closed again: a batch
/// of thousands must not hold thousands of files open).
pub fn stage_file(path: &Path, bytes: &[u8]) -> std::io::Result<StagedFile> {
    let temp = write_temporary(path, bytes).map_err(|e| failed_at(path, e))?;
    Ok(StagedFile {
        temp: Some(temp.into_temp_path()),
        target: path.to_owned(),
    })
}

impl StagedFile {
    /// Where the file will be.
    pub fn target(&self) -> &Path {
        &self.target
    }

    /// Flushes the file and renames it into place.
    pub fn commit(self) -> std::io::Result<()> {
        let mut batch = Batch::default();
        batch.push(self);
        batch.finish().pop().map_or(Ok(()), |(_, result)| result)
    }

    /// Renames the (flushed) file into place.
    fn persist(mut self) -> std::io::Result<()> {
        let Some(temp) = self.temp.take() else {
            return Ok(());
        };
        forget_temporary(&temp);
        temp.persist(&self.target)
            .map_err(|e| failed_at(&self.target, e.error))
    }
}

impl Drop for StagedFile {
    fn drop(&mut self) {
        if let Some(temp) = &self.temp {
            forget_temporary(temp);
        }
    }
}

/// Many independent files written as one batch (a run's reviewed copies):
/// each staged as it comes ([`stage_file`], on any thread), then all
/// flushed to disk at once and renamed into place ([`finish`](Self::finish)).
/// One flush of the file system instead of one per file: a flush waits for
/// the disk's journal, and a hundred of them were a third of what a hundred
/// copies cost. No file is in place before every file is on disk, so a
/// power cut leaves old files or whole new ones, never a half-written one.
/// Dropping an unfinished batch removes its temporary files.
#[derive(Debug, Default)]
pub struct Batch {
    staged: Vec<StagedFile>,
}

impl Batch {
    /// Adds a staged file to the batch.
    pub fn push(&mut self, file: StagedFile) {
        self.staged.push(file);
    }

    /// Flushes every staged file, then renames each into place; the result
    /// of each, in the order staged.
    pub fn finish(self) -> Vec<(PathBuf, std::io::Result<()>)> {
        let flushed = flush_files(self.staged.iter().filter_map(|f| f.temp.as_deref()));
        self.staged
            .into_iter()
            .map(|file| {
                let path = file.target.clone();
                let result = match &flushed {
                    Ok(()) => file.persist(),
                    Err(e) => Err(failed_at(
                        &path,
                        std::io::Error::new(e.kind(), e.to_string()),
                    )),
                };
                (path, result)
            })
            .collect()
    }
}

/// Puts `files` on disk: one file by its own flush; several, on Linux,
/// by one `syncfs` per folder they are in (a batch's folders are on one
/// file system, mostly one folder), elsewhere one flush per file.
fn flush_files<'a>(files: impl Iterator<Item = &'a Path>) -> std::io::Result<()> {
    let files: Vec<&Path> = files.collect();
    let flush_each = |files: &[&Path]| -> std::io::Result<()> {
        for file in files {
            std::fs::OpenOptions::new()
                .write(true)
                .open(file)?
                .sync_all()?;
        }
        Ok(())
    };
    if files.len() <= 1 || !cfg!(target_os = "linux") {
        return flush_each(&files);
    }
    #[cfg(target_os = "linux")]
    {
        use std::os::fd::AsRawFd;
        let mut folders: Vec<&Path> = files
            .iter()
            .map(|f| {
                f.parent()
                    .filter(|p| !p.as_os_str().is_empty())
                    .unwrap_or(Path::new("."))
            })
            .collect();
        folders.sort();
        folders.dedup();
        for folder in folders {
            let dir = std::fs::File::open(folder)?;
            // SAFETY: syncfs takes an open file descriptor, which `dir`
            // holds until the call returns.
            if unsafe { libc::syncfs(dir.as_raw_fd()) } != 0 {
                return Err(std::io::Error::last_os_error());
            }
        }
    }
    Ok(())
}

/// An error writing one file of a set: which file, and the system's reason
/// without the temporary file's name (which the user never asked for).
#[derive(Debug)]
struct FailedAt {
    target: PathBuf,
    reason: std::io::Error,
}

impl std::fmt::Display for FailedAt {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        self.reason.fmt(f)
    }
}

impl std::error::Error for FailedAt {}

fn failed_at(target: &Path, error: std::io::Error) -> std::io::Error {
    let reason = match error.raw_os_error() {
        Some(code) => std::io::Error::from_raw_os_error(code),
        None => std::io::Error::from(error.kind()),
    };
    std::io::Error::new(
        error.kind(),
        FailedAt {
            target: target.to_owned(),
            reason,
        },
    )
}

/// The file of a set whose writing failed, when the error says.
pub fn failed_target(error: &std::io::Error) -> Option<&Path> {
    error
        .get_ref()?
        .downcast_ref::<FailedAt>()
        .map(|f| f.target.as_path())
}

/// A set of files written to temporary files, waiting for [`commit`](Self::commit).
#[derive(Debug)]
pub struct StagedSet {
    staged: Vec<(tempfile::NamedTempFile, PathBuf)>,
}

impl Drop for StagedSet {
    fn drop(&mut self) {
        // The temporary files go with their NamedTempFile.
        for (temp, _) in &self.staged {
            forget_temporary(temp.path());
        }
    }
}

/// Temporary files being written now, so that a second Ctrl-C (which ends
/// the process at once, without unwinding) can remove them. A set: a batch
/// of reviewed copies holds one per paper until the run ends.
static IN_FLIGHT: std::sync::Mutex<Option<std::collections::HashSet<PathBuf>>> =
    std::sync::Mutex::new(None);

/// Records a temporary file that must not outlive an abrupt exit.
pub fn remember_temporary(path: &Path) {
    if let Ok(mut files) = IN_FLIGHT.lock() {
        files.get_or_insert_default().insert(path.to_owned());
    }
}

/// The temporary file is in place or removed.
pub fn forget_temporary(path: &Path) {
    if let Ok(mut files) = IN_FLIGHT.lock()
        && let Some(files) = files.as_mut()
    {
        files.remove(path);
    }
}

/// Removes every temporary file still being written (at an abrupt exit).
pub fn remove_temporaries() {
    if let Ok(files) = IN_FLIGHT.lock()
        && let Some(files) = files.as_ref()
    {
        for path in files {
            let _ = std::fs::remove_file(path);
        }
    }
}

impl StagedSet {
    /// Where the files will be.
    pub fn targets(&self) -> impl Iterator<Item = &Path> {
        self.staged.iter().map(|(_, path)| path.as_path())
    }

    /// Flushes every temporary file to disk, then renames them into place.
    /// If a rename fails, the files already replaced get their old content
    /// back (kept as hard links until the set is complete). On error every
    /// temporary file is removed.
    pub fn commit(self) -> std::io::Result<()> {
        for (temp, target) in &self.staged {
            temp.as_file()
                .sync_all()
                .map_err(|e| failed_at(target, e))?;
        }
        self.place()
    }

    /// Flushes the temporary files of many sets to disk at once — on Linux
    /// one `syncfs` instead of a flush per file (see [`Batch`]); each set
    /// is then put in place by [`place`](Self::place).
    pub fn flush_all(sets: &[&StagedSet]) -> std::io::Result<()> {
        flush_files(
            sets.iter()
                .flat_map(|set| set.staged.iter().map(|(temp, _)| temp.path())),
        )
    }

    /// Renames the (flushed) files into place, as [`commit`](Self::commit)
    /// does after flushing them.
    pub fn place(mut self) -> std::io::Result<()> {
        let targets: Vec<PathBuf> = self.staged.iter().map(|(_, path)| path.clone()).collect();
        // One file's rename is atomic by itself: a failed rename leaves the
        // old file as it was, so only a set of several needs backups (a hard
        // link per file that exists, which a batch of reviewed copies
        // written again over the last run's would pay for every copy).
        let backups: Vec<Option<tempfile::TempPath>> = if targets.len() > 1 {
            targets.iter().map(|path| backup(path)).collect()
        } else {
            vec![None]
        };
        let staged = std::mem::take(&mut self.staged);
        let mut staged = staged.into_iter().enumerate();
        while let Some((index, (temp, path))) = staged.next() {
            let temporary = temp.path().to_owned();
            let persisted = temp.persist(&path);
            forget_temporary(&temporary);
            if let Err(e) = persisted {
                for (_, (rest, _)) in staged.by_ref() {
                    forget_temporary(rest.path());
                }
                restore(&targets[..index], &backups);
                return Err(failed_at(&path, e.error));
            }
        }
        Ok(())
    }
}

fn write_temporary(path: &Path, bytes: &[u8]) -> std::io::Result<tempfile::NamedTempFile> {
    let dir = path
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    let mut builder = tempfile::Builder::new();
    builder.prefix(".beslut-").suffix(".tmp");
    // Temporary files are private (0600); a finished paper is an ordinary file.
    #[cfg(unix)]
    builder.permissions(std::os::unix::fs::PermissionsExt::from_mode(0o644));
    let mut temp = builder.tempfile_in(dir)?;
    remember_temporary(temp.path());
    if let Err(e) = temp.write_all(bytes) {
        forget_temporary(temp.path());
        return Err(e);
    }
    Ok(temp)
}

/// A hard link to the file now at `path`, removed when dropped; `None` when
/// there is no old file or the file system has no hard links.
fn backup(path: &Path) -> Option<tempfile::TempPath> {
    if !path.is_file() {
        return None;
    }
    let dir = path.parent().filter(|p| !p.as_os_str().is_empty())?;
    let name = tempfile::Builder::new()
        .prefix(".beslut-")
        .suffix(".old")
        .make_in(dir, |name| std::fs::hard_link(path, name))
        .ok()?;
    Some(name.into_temp_path())
}

/// Puts back the old content of the files already replaced, and removes
/// those that did not exist before.
fn restore(replaced: &[PathBuf], backups: &[Option<tempfile::TempPath>]) {
    for (path, backup) in replaced.iter().zip(backups) {
        match backup {
            // The backup's own name disappears with the rename; dropping the
            // TempPath then finds nothing to remove.
            Some(old) => {
                let _ = std::fs::rename(old, path);
            }
            None => {
                let _ = std::fs::remove_file(path);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn temporaries_are_known_until_they_are_in_place() {
        let dir = tempfile::tempdir().unwrap();
        let target = dir.path().join("a.pdf");
        let staged = stage_set(&[(target.clone(), &b"x"[..])]).unwrap();
        let temporary: Vec<PathBuf> = staged
            .staged
            .iter()
            .map(|(t, _)| t.path().to_owned())
            .collect();
        let known = |p: &PathBuf| {
            IN_FLIGHT
                .lock()
                .unwrap()
                .as_ref()
                .is_some_and(|f| f.contains(p))
        };
        assert!(known(&temporary[0]));
        staged.commit().unwrap();
        assert!(!known(&temporary[0]));
        assert!(target.is_file());
    }

    #[test]
    fn atomic_write_leaves_no_temporary_file() {
        let dir = tempfile::tempdir().unwrap();
        let target = dir.path().join("a.pdf");
        write_atomic(&target, b"one").unwrap();
        write_atomic(&target, b"two").unwrap();
        assert_eq!(std::fs::read(&target).unwrap(), b"two");
        assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 1);
    }

    #[test]
    fn a_set_is_written_whole_or_not_at_all() {
        let dir = tempfile::tempdir().unwrap();
        let pdf = dir.path().join("a.pdf");
        let docx = dir.path().join("a.docx");
        write_set_atomic(&[(pdf.clone(), b"old pdf"), (docx.clone(), b"old docx")]).unwrap();
        // The second target cannot be replaced (it is a non-empty folder), so
        // the first keeps its old content.
        let blocked = dir.path().join("b");
        std::fs::create_dir(&blocked).unwrap();
        std::fs::write(blocked.join("x"), "x").unwrap();
        let err = write_set_atomic(&[(pdf.clone(), b"new pdf"), (blocked.clone(), b"new")]);
        assert!(err.is_err());
        assert_eq!(std::fs::read(&pdf).unwrap(), b"old pdf");
        assert_eq!(std::fs::read(&docx).unwrap(), b"old docx");
        let names: Vec<String> = std::fs::read_dir(dir.path())
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .collect();
        assert_eq!(
            names.len(),
            3,
            "no temporary or backup files left: {names:?}"
        );
    }

    #[test]
    fn a_batch_puts_every_file_in_place_and_leaves_no_temporary() {
        let dir = tempfile::tempdir().unwrap();
        let mut batch = Batch::default();
        for name in ["a.docx", "b.docx"] {
            batch.push(stage_file(&dir.path().join(name), name.as_bytes()).unwrap());
        }
        assert!(
            !dir.path().join("a.docx").exists(),
            "nothing in place before finish"
        );
        let results = batch.finish();
        assert!(results.iter().all(|(_, r)| r.is_ok()));
        let mut names: Vec<String> = std::fs::read_dir(dir.path())
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .collect();
        names.sort();
        assert_eq!(names, ["a.docx", "b.docx"]);
        assert_eq!(std::fs::read(dir.path().join("b.docx")).unwrap(), b"b.docx");
    }

    #[test]
    fn a_dropped_batch_leaves_nothing() {
        let dir = tempfile::tempdir().unwrap();
        let mut batch = Batch::default();
        batch.push(stage_file(&dir.path().join("a.docx"), b"a").unwrap());
        drop(batch);
        assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 0);
    }

    #[test]
    fn a_new_file_in_a_failed_set_is_removed() {
        let dir = tempfile::tempdir().unwrap();
        let pdf = dir.path().join("n.pdf");
        let blocked = dir.path().join("b");
        std::fs::create_dir(&blocked).unwrap();
        std::fs::write(blocked.join("x"), "x").unwrap();
        assert!(write_set_atomic(&[(pdf.clone(), b"new"), (blocked, b"new")]).is_err());
        assert!(!pdf.exists());
    }
}
