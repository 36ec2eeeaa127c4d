//! Streaming batches: work runs in parallel over a sliding window of inputs and
//! results are handed on in input order, so memory depends on the number of
//! threads, not on the number of papers, and output is the same in every run.

use crate::base::interrupt;

/// Runs `work` over `items` in parallel, one window of `window` items at a
/// time, and hands each result to `done` in input order, on the calling
/// thread. Memory is bounded by the window, not by the number of items, and
/// the order of `done` calls is the same in every run. The next window is
/// worked on while `done` handles the last one, so a `done` that waits (for
/// a disk flush, say) costs no rendering time. Once a stop is requested no
/// new item starts; the return value is the number of items done.
pub fn ordered_windows<T: Sync, R: Send>(
    items: &[T],
    window: usize,
    work: impl Fn(&T) -> R + Sync,
    mut done: impl FnMut(R),
) -> usize {
    use rayon::prelude::*;
    let work = &work;
    // One finished window may wait while the next is worked on.
    let (sender, receiver) = std::sync::mpsc::sync_channel::<Vec<Option<R>>>(1);
    std::thread::scope(|scope| {
        scope.spawn(move || {
            for chunk in items.chunks(window.max(1)) {
                if interrupt::requested() {
                    break;
                }
                let results: Vec<Option<R>> = chunk
                    .par_iter()
                    .map(|item| (!interrupt::requested()).then(|| work(item)))
                    .collect();
                // The receiver is gone only if `done` panicked: stop.
                if sender.send(results).is_err() {
                    break;
                }
            }
        });
        let mut count = 0;
        for result in receiver.into_iter().flatten().flatten() {
            count += 1;
            done(result);
        }
        count
    })
}

/// A window that keeps every thread busy without holding many results.
pub fn default_window() -> usize {
    rayon::current_num_threads() * 16
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn results_arrive_in_input_order_and_all_are_counted() {
        let items: Vec<u32> = (0..1000).collect();
        let mut seen = Vec::new();
        let count = ordered_windows(&items, 7, |&i| i * 2, |r| seen.push(r));
        assert_eq!(count, 1000);
        assert_eq!(seen, items.iter().map(|i| i * 2).collect::<Vec<_>>());
    }

    #[test]
    fn the_next_window_is_worked_on_while_done_waits() {
        use std::sync::atomic::{AtomicUsize, Ordering};
        let started = AtomicUsize::new(0);
        let items: Vec<u32> = (0..8).collect();
        let mut started_while_first_done = None;
        ordered_windows(
            &items,
            4,
            |_| started.fetch_add(1, Ordering::SeqCst),
            |r| {
                if r == 0 {
                    // Give the worker time to take up the second window.
                    for _ in 0..200 {
                        if started.load(Ordering::SeqCst) == 8 {
                            break;
                        }
                        std::thread::sleep(std::time::Duration::from_millis(5));
                    }
                    started_while_first_done = Some(started.load(Ordering::SeqCst));
                }
            },
        );
        assert_eq!(started_while_first_done, Some(8));
    }
}
