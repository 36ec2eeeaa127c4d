//! Streaming batches: work runs in parallel over a sliding window of inputs and
//! results are handed on in input order, so memory depends on the number of
//! threads, not on the number of papers, and output is the same in every run.

use crate::interrupt;

/// Runs `work` over `items` in parallel, one window of `window` items at a
/// time, and hands each result to `done` in input order. Memory is bounded by
/// the window, not by the number of items, and the order of `done` calls is
/// the same in every run. Once a stop is requested no new item starts; the
/// return value is the number of items done.
pub fn ordered_windows<T: Sync, R: Send>(
    items: &[T],
    window: usize,
    work: impl Fn(&T) -> R + Sync,
    mut done: impl FnMut(R),
) -> usize {
    use rayon::prelude::*;
    let mut count = 0;
    for chunk in items.chunks(window.max(1)) {
        if interrupt::requested() {
            break;
        }
        let results: Vec<Option<R>> = chunk
            .par_iter()
            .map(|item| (!interrupt::requested()).then(|| work(item)))
            .collect();
        for result in results.into_iter().flatten() {
            count += 1;
            done(result);
        }
    }
    count
}

/// A window that keeps every thread busy without holding many results.
pub fn default_window() -> usize {
    rayon::current_num_threads() * 16
}
