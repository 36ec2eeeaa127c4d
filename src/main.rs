// mimalloc: Typst allocates and frees many small objects from every thread;
// glibc's malloc spent ~13 % of a batch in malloc/free and lock traffic.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> std::process::ExitCode {
    beslut::cli::run()
}
