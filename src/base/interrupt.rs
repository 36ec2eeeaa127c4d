//! Ctrl-C and SIGTERM: a batch stops between cases instead of dying in the
//! middle of one. The first signal sets a flag that the batch checks before
//! it starts each case; cases in flight finish (or are discarded whole) and
//! their temporary files are removed. A second signal exits at once.

use std::sync::atomic::{AtomicBool, Ordering};

static REQUESTED: AtomicBool = AtomicBool::new(false);

/// Exit code after an interruption (128 + SIGINT, as shells report it).
pub const EXIT_INTERRUPTED: u8 = 130;

/// Installs the handler for SIGINT, SIGTERM and SIGHUP. Call once, at start.
pub fn install() {
    let _ = ctrlc::set_handler(|| {
        if REQUESTED.swap(true, Ordering::SeqCst) {
            // No unwinding: the temporary files being written are removed
            // here, or they would stay beside the output.
            crate::base::output::remove_temporaries();
            std::process::exit(i32::from(EXIT_INTERRUPTED));
        }
    });
}

/// Whether the user asked the batch to stop.
pub fn requested() -> bool {
    REQUESTED.load(Ordering::Relaxed)
}

/// Asks the batch to stop, as a signal would (for tests).
pub fn request() {
    REQUESTED.store(true, Ordering::SeqCst);
}
