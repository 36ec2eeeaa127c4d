//! `beslut build --watch`: rebuild what changes.

use super::*;

/// What `build --watch` reloads when it changes.
pub(super) struct WatchSources {
    pub(super) config: PathBuf,
    pub(super) config_given: bool,
    pub(super) templates: PathBuf,
}

/// How long a burst of changes (an editor saving through a temporary
/// file) may last before the rebuild starts.
pub(super) const WATCH_DEBOUNCE: std::time::Duration = std::time::Duration::from_millis(200);
/// How often the watched files are looked at without an event.
const WATCH_LOOK_EVERY: std::time::Duration = std::time::Duration::from_secs(1);
/// Most files looked at per watched folder: a watch of a whole disk by
/// mistake stays cheap.
const WATCH_MAX_FILES: usize = 100_000;

/// A watched folder or file, armed again when it appears or is replaced.
struct Root {
    path: PathBuf,
    mode: notify_debouncer_mini::notify::RecursiveMode,
    /// The identity it was armed with (device and inode), if armed.
    armed: Option<(u64, u64)>,
}

impl Root {
    fn new(path: &Path, mode: notify_debouncer_mini::notify::RecursiveMode) -> Self {
        Root {
            path: path.to_owned(),
            mode,
            armed: None,
        }
    }

    /// Watches the path if it exists and is not the one already watched.
    fn arm(&mut self, watcher: &mut dyn notify_debouncer_mini::notify::Watcher) {
        let identity = identity(&self.path);
        if identity == self.armed {
            return;
        }
        if self.armed.is_some() {
            let _ = watcher.unwatch(&self.path);
        }
        self.armed = identity.filter(|_| watcher.watch(&self.path, self.mode).is_ok());
    }
}

#[cfg(unix)]
fn identity(path: &Path) -> Option<(u64, u64)> {
    use std::os::unix::fs::MetadataExt;
    std::fs::metadata(path).ok().map(|m| (m.dev(), m.ino()))
}

#[cfg(not(unix))]
fn identity(path: &Path) -> Option<(u64, u64)> {
    path.exists().then_some((0, 0))
}

/// Every watched file's modification time and size.
#[derive(Default)]
struct Snapshot(std::collections::HashMap<PathBuf, (Option<std::time::SystemTime>, u64)>);

impl Snapshot {
    fn of(paths: &[PathBuf], templates: &Path, config: &Path, out_dir: &Path) -> Snapshot {
        let mut files = std::collections::HashMap::new();
        for root in paths
            .iter()
            .map(PathBuf::as_path)
            .chain([templates, config])
        {
            let walk = walkdir::WalkDir::new(root)
                .into_iter()
                // The output folder (its writes are no change), checked on
                // folders only: few, so canonicalising them is cheap.
                .filter_entry(|e| {
                    !e.file_type().is_dir()
                        || e.path()
                            .canonicalize()
                            .map_or(true, |p| !p.starts_with(out_dir))
                })
                .filter_map(Result::ok)
                .filter(|e| e.file_type().is_file())
                .filter(|e| !e.file_name().to_string_lossy().starts_with(".beslut-"))
                .take(WATCH_MAX_FILES);
            for entry in walk {
                if let Ok(meta) = entry.metadata() {
                    files.insert(entry.into_path(), (meta.modified().ok(), meta.len()));
                }
            }
        }
        Snapshot(files)
    }

    /// Files new or different since `before`, sorted.
    fn changed_since(&self, before: &Snapshot) -> Vec<PathBuf> {
        let mut changed: Vec<PathBuf> = self
            .0
            .iter()
            .filter(|(path, seen)| before.0.get(*path) != Some(seen))
            .map(|(path, _)| path.clone())
            .collect();
        changed.sort();
        changed
    }
}

/// Builds `paths`, then rebuilds whatever changes until Ctrl-C: a changed
/// case alone, everything when beslut.toml or a template changes.
pub(super) fn watch_build(
    sources: &WatchSources,
    paths: &[PathBuf],
    options: BuildOptions,
    run: BatchRun,
) -> ExitCode {
    use notify_debouncer_mini::notify::RecursiveMode;
    let rebuild = |only: &[PathBuf]| {
        let config = match Config::load_with_assets(&sources.config, sources.config_given) {
            Ok(config) => config,
            Err(e) => {
                eprintln!("fel: {e}");
                return;
            }
        };
        let templates = Templates::new(Some(&sources.templates));
        let run = BatchRun {
            manifest: run.manifest,
            quiet: true,
            verbose: run.verbose,
            shard: run.shard,
        };
        let _ = build(config, templates, only, options.clone(), run);
    };
    rebuild(paths);
    let (sender, events) = std::sync::mpsc::channel();
    let mut debouncer = match notify_debouncer_mini::new_debouncer(WATCH_DEBOUNCE, sender) {
        Ok(debouncer) => debouncer,
        Err(e) => {
            eprintln!("fel: kan inte bevaka filerna: {e}");
            return ExitCode::from(exit::USAGE);
        }
    };
    let key = |p: &Path| p.canonicalize().unwrap_or_else(|_| p.to_owned());
    let out_dir = key(&options.out_dir);
    let config_file = key(&sources.config);
    let templates_dir = key(&sources.templates);
    // What is watched: the cases, the templates and beslut.toml's folder
    // (editors replace a file by renaming, which only its folder sees).
    let config_dir = sources
        .config
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(Path::new("."))
        .to_owned();
    let mut roots: Vec<Root> = paths
        .iter()
        .chain([&sources.templates])
        .map(|path| Root::new(path, RecursiveMode::Recursive))
        .chain([Root::new(&config_dir, RecursiveMode::NonRecursive)])
        .collect();
    for root in &mut roots {
        root.arm(debouncer.watcher());
    }
    let listed: Vec<String> = paths
        .iter()
        .chain([&sources.templates])
        .filter(|p| p.exists())
        .map(|p| p.display().to_string())
        .collect();
    eprintln!(
        "bevakar {} och {} (avsluta med Ctrl-C)",
        listed.join(", "),
        sources.config.display()
    );
    // A change is a file whose modification time or size differs from the
    // last look: reading a file (the build does) or writing the output is
    // none. Looked at after every event and every second, so that folders
    // created, replaced or missed by the watcher are seen all the same.
    let look = || Snapshot::of(paths, &sources.templates, &sources.config, &out_dir);
    let mut last = look();
    while !crate::base::interrupt::requested() {
        let event = events.recv_timeout(WATCH_LOOK_EVERY);
        if crate::base::interrupt::requested() {
            break;
        }
        if matches!(event, Ok(Ok(_))) {
            // One look for a burst (the debouncer has let it settle).
            while events.try_recv().is_ok() {}
        }
        for root in &mut roots {
            root.arm(debouncer.watcher());
        }
        let now = look();
        let changed = now.changed_since(&last);
        last = now;
        let everything = changed
            .iter()
            .any(|p| key(p) == config_file || key(p).starts_with(&templates_dir));
        let cases: Vec<PathBuf> = if everything {
            paths.to_vec()
        } else {
            changed
                .into_iter()
                .filter(|p| crate::paper::structure::is_case_file(p))
                .collect()
        };
        if cases.is_empty() {
            continue;
        }
        let names: Vec<String> = cases.iter().map(|p| p.display().to_string()).collect();
        eprintln!("ändrat: {} – bygger om", names.join(", "));
        rebuild(&cases);
        // The build's own reads and writes are no change.
        last = look();
    }
    ExitCode::from(exit::OK)
}
