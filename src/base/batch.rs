//! Streaming batches: work runs in parallel over a sliding window of inputs and
//! results are handed on in input order, so memory depends on the number of
//! threads, not on the number of papers, and output is the same in every run.

use crate::base::interrupt;

/// Typst's layout recurses deeply: a long paper overflows the 2 MiB stack
/// that threads get by default. Every thread that may render runs with this.
pub const RENDER_STACK_BYTES: usize = 64 << 20;

/// Gives rayon's global pool (which Typst also uses for its own parallel
/// work) large stacks. Call before any parallel work; later calls do
/// nothing. A command that renders calls it at start-up (its pool's threads
/// start while it loads its configuration); [`ordered_windows`] calls it
/// before it first uses the pool.
pub fn configure_threads() {
    let _ = rayon::ThreadPoolBuilder::new()
        .stack_size(RENDER_STACK_BYTES)
        .build_global();
}

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
    if let [item] = items {
        return only_one(item, &work, done);
    }
    configure_threads();
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

/// One item (a one-file `beslut lint`, an editor's save): worked on by one
/// thread of its own with the pool's stack, while the caller waits, without
/// the pool. Starting the pool's threads and waking one for a single item
/// took 0.5–1.5 ms of a 15 ms process, more than the thread saves.
fn only_one<T: Sync, R: Send>(
    item: &T,
    work: &(impl Fn(&T) -> R + Sync),
    mut done: impl FnMut(R),
) -> usize {
    if interrupt::requested() {
        return 0;
    }
    let result = std::thread::scope(|scope| {
        std::thread::Builder::new()
            .name("beslut-worker".into())
            .stack_size(RENDER_STACK_BYTES)
            .spawn_scoped(scope, || work(item))
            .map(|worker| worker.join())
    });
    match result {
        Ok(Ok(result)) => done(result),
        // The work panicked: as a pool thread's panic would, on the caller.
        Ok(Err(panic)) => std::panic::resume_unwind(panic),
        // No thread to be had: the caller's own stack has to do.
        Err(_) => done(work(item)),
    }
    1
}

/// A window that keeps every thread busy without holding many results.
/// Starts the pool (with [`configure_threads`]) if it has not started.
pub fn default_window() -> usize {
    configure_threads();
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
    fn one_item_is_worked_on_a_thread_with_the_pools_stack() {
        let mut seen = Vec::new();
        let count = ordered_windows(
            &[3u32],
            16,
            |&i| {
                // A frame the default 2 MiB stack would not hold.
                let frame = std::hint::black_box([i as u8; 8 << 20]);
                (std::thread::current().name().map(str::to_owned), frame[17])
            },
            |r| seen.push(r),
        );
        assert_eq!(count, 1);
        assert_eq!(seen, [(Some("beslut-worker".to_owned()), 3)]);
    }

    #[test]
    fn a_panic_in_the_only_item_reaches_the_caller() {
        let caught = std::panic::catch_unwind(|| {
            ordered_windows(&[1u32], 16, |_| -> u32 { panic!("kaputt") }, |_| {})
        });
        assert!(caught.is_err());
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
