//! The `dvk` command: parse the arguments, run the command, exit with its
//! code (0 done, 1 the answer is "no", 2 could not do it).

// The doc comments of the command line are its --help text, not rustdoc:
// code names in them are written as the user types them, without backticks.
#![allow(clippy::doc_markdown)]

mod cmd;

fn main() -> std::process::ExitCode {
    cmd::main()
}
