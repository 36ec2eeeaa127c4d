fn main() -> std::process::ExitCode {
    beslut::cli::run()
}
