// mimalloc: Typst allocates and frees many small objects from every thread;
// glibc's malloc spent ~13 % of a batch in malloc/free and lock traffic.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> std::process::ExitCode {
    no_transparent_huge_pages();
    beslut::cli::run()
}

/// Where the kernel backs memory with transparent huge pages by default,
/// mimalloc's arenas are faulted in 2 MiB at a time: a one-file `lint`
/// held ~49 MiB and zeroed most of it. A command here lives for
/// milliseconds to seconds and measured no faster with them, so the
/// process asks for ordinary pages.
fn no_transparent_huge_pages() {
    #[cfg(target_os = "linux")]
    // SAFETY: PR_SET_THP_DISABLE takes plain integers and changes only how
    // this process's future page faults are served.
    unsafe {
        libc::prctl(libc::PR_SET_THP_DISABLE, 1, 0, 0, 0);
    }
}
