//! The `dvk` command: parse the arguments, run the command, exit with its
//! code (0 done, 1 the answer is "no", 2 could not do it).

mod cmd;

// Reading a register allocates many small strings; mimalloc does that
// faster than the system allocator (measured by bench/run.sh).
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> std::process::ExitCode {
    cmd::main()
}
