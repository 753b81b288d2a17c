//! The command line: global options, one file a command, and the mapping
//! of results to exit codes. Commands are glue: load, compute (one library
//! call), render.

mod check;
mod context;
mod fmt;
mod import;
mod init;
mod list;
mod register;
mod show;

use std::process::ExitCode;

use clap::{CommandFactory, Parser, Subcommand};

pub(crate) use context::{Context, GlobalArgs};

/// Keep the register of "Dân vận khéo" models (sổ theo dõi mô hình Dân vận
/// khéo) as a folder of TOML files, one model a file.
#[derive(Debug, Parser)]
#[command(name = "dvk", version, propagate_version = true, max_term_width = 100)]
struct Cli {
    #[command(flatten)]
    global: GlobalArgs,
    #[command(subcommand)]
    command: Command,
}

// Parsed once per run: the size of the largest variant does not matter.
#[allow(clippy::large_enum_variant)]
#[derive(Debug, Subcommand)]
enum Command {
    Init(init::InitArgs),
    Register(register::RegisterArgs),
    Show(show::ShowArgs),
    List(list::ListArgs),
    Check(check::CheckArgs),
    Fmt(fmt::FmtArgs),
    Import(import::ImportArgs),
}

/// What a command that ran concludes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Outcome {
    /// Done.
    Done,
    /// Done, and the answer is "no".
    No,
}

pub(crate) fn main() -> ExitCode {
    let cli = Cli::parse_from(negated_terms(std::env::args_os().collect()));
    let result = Context::new(&cli.global).and_then(|ctx| match cli.command {
        Command::Init(args) => init::run(&ctx, args),
        Command::Register(args) => register::run(&ctx, args),
        Command::Show(args) => show::run(&ctx, &args),
        Command::List(args) => list::run(&ctx, &args),
        Command::Check(args) => check::run(&ctx, &args),
        Command::Fmt(args) => fmt::run(&ctx, &args),
        Command::Import(args) => import::run(&ctx, &args),
    });
    match result {
        Ok(Outcome::Done) => ExitCode::SUCCESS,
        Ok(Outcome::No) => ExitCode::from(1),
        Err(error) if is_broken_pipe(&error) => ExitCode::SUCCESS,
        Err(error) => {
            context::print_error(&error, &cli.global);
            ExitCode::from(2)
        }
    }
}

/// A closed pipe (`dvk list | head`) is not an error.
fn is_broken_pipe(error: &anyhow::Error) -> bool {
    error.chain().any(|cause| {
        cause
            .downcast_ref::<std::io::Error>()
            .is_some_and(|e| e.kind() == std::io::ErrorKind::BrokenPipe)
    })
}

/// Rewrites query terms negated with `-` (`-field:kinh_te`, `-lúa`) as
/// `not:` terms, so that the parser does not take them for options. Option
/// values (the word after `--note`, say) are left as they are.
fn negated_terms(args: Vec<std::ffi::OsString>) -> Vec<std::ffi::OsString> {
    let root = Cli::command();
    let mut command = &root;
    let takes_value = |cmd: &clap::Command, token: &str| {
        cmd.get_arguments().chain(root.get_arguments()).any(|arg| {
            let named = match token.strip_prefix("--") {
                Some(long) => arg.get_long() == Some(long),
                None => token.len() == 2 && arg.get_short() == token.chars().nth(1),
            };
            named && arg.get_action().takes_values()
        })
    };
    let is_option = |cmd: &clap::Command, token: &str| {
        token.len() == 2
            && cmd
                .get_arguments()
                .chain(root.get_arguments())
                .any(|arg| arg.get_short() == token.chars().nth(1))
            || matches!(token, "-h" | "-V")
    };
    let mut out = Vec::with_capacity(args.len());
    let mut iter = args.into_iter();
    out.extend(iter.next());
    let mut value_next = false;
    while let Some(arg) = iter.next() {
        let Some(token) = arg.to_str() else {
            out.push(arg);
            continue;
        };
        if value_next {
            value_next = false;
        } else if token == "--" {
            out.push(arg);
            out.extend(iter.by_ref());
            break;
        } else if token.starts_with("--") {
            value_next = !token.contains('=') && takes_value(command, token);
        } else if let Some(rest) = token.strip_prefix('-') {
            if is_option(command, token) {
                value_next = takes_value(command, token);
            } else if rest.starts_with(|c: char| c.is_alphabetic() || c == '_' || c == '"') {
                out.push(format!("not:{rest}").into());
                continue;
            }
        } else if let Some(sub) = command.find_subcommand(token) {
            command = sub;
        }
        out.push(arg);
    }
    out
}
