//! The `phr` binary: parse arguments, run, turn the outcome into an exit code.
fn main() -> std::process::ExitCode {
    phr::run(std::env::args_os())
}
