//! The `dvk` command: parse the arguments, run the command, exit with its
//! code (0 done, 1 the answer is "no", 2 could not do it).

mod cmd;

fn main() -> std::process::ExitCode {
    cmd::main()
}
