//! The `dvk` command: parse the arguments, run the command, exit with its
//! code (0 done, 1 the answer is "no", 2 could not do it).

// The doc comments of the command line are its --help text, not rustdoc:
// code names in them are written as the user types them, without backticks.
#![allow(clippy::doc_markdown)]

mod cmd;

// Reading a register allocates many small strings; mimalloc does that
// faster than the system allocator (measured by bench/run.sh).
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> std::process::ExitCode {
    cmd::main()
}
