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
    let config_dir = sources
        .config
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(Path::new("."))
        .to_owned();
    let mut watched = Vec::new();
    for path in paths.iter().chain([&sources.templates]) {
        if path.exists()
            && debouncer
                .watcher()
                .watch(path, RecursiveMode::Recursive)
                .is_ok()
        {
            watched.push(path.display().to_string());
        }
    }
    let _ = debouncer
        .watcher()
        .watch(&config_dir, RecursiveMode::NonRecursive);
    eprintln!(
        "bevakar {} och {} (avsluta med Ctrl-C)",
        watched.join(", "),
        sources.config.display()
    );
    let key = |p: &Path| p.canonicalize().unwrap_or_else(|_| p.to_owned());
    let out_dir = key(&options.out_dir);
    let config_file = key(&sources.config);
    let templates_dir = key(&sources.templates);
    while !crate::base::interrupt::requested() {
        let Ok(Ok(batch)) = events.recv_timeout(std::time::Duration::from_millis(200)) else {
            continue;
        };
        let changed: Vec<PathBuf> = batch
            .into_iter()
            .map(|event| event.path)
            .filter(|path| {
                let name = path
                    .file_name()
                    .and_then(|n| n.to_str())
                    .unwrap_or_default();
                !name.starts_with(".beslut-") && !key(path).starts_with(&out_dir)
            })
            .collect();
        let everything = changed
            .iter()
            .any(|p| key(p) == config_file || key(p).starts_with(&templates_dir));
        let cases: Vec<PathBuf> = if everything {
            paths.to_vec()
        } else {
            let mut cases: Vec<PathBuf> = changed
                .into_iter()
                .filter(|p| p.is_file() && crate::paper::structure::is_case_file(p))
                .collect();
            cases.sort();
            cases.dedup();
            cases
        };
        if cases.is_empty() {
            continue;
        }
        let names: Vec<String> = cases.iter().map(|p| p.display().to_string()).collect();
        eprintln!("ändrat: {} – bygger om", names.join(", "));
        rebuild(&cases);
    }
    ExitCode::from(exit::OK)
}
