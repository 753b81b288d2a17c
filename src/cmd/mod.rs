//! The command line: global options, one file a command, and the mapping
//! of results to exit codes. Commands are glue: load, compute (one library
//! call), render.

mod absorb;
mod annex;
mod args;
mod assess;
mod check;
mod completions;
mod context;
mod evaluate;
mod export;
mod fmt;
mod help;
mod history;
mod import;
mod init;
mod lifecycle;
mod list;
mod merge_driver;
mod register;
mod report;
mod serve;
mod show;
mod tally;
mod usage;

use std::process::ExitCode;

use clap::{CommandFactory, FromArgMatches, Parser, Subcommand};
use dvk::i18n::{self, Lang};

pub(crate) use context::{Context, GlobalArgs, print_lines, print_problems};

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
    Import(import::ImportArgs),
    Absorb(absorb::AbsorbArgs),
    Show(show::ShowArgs),
    List(list::ListArgs),
    Tally(tally::TallyArgs),
    Export(export::ExportArgs),
    Report(report::ReportArgs),
    Annex(annex::AnnexArgs),
    Check(check::CheckArgs),
    Fmt(fmt::FmtArgs),
    Propose(lifecycle::ProposeArgs),
    Recognize(lifecycle::RecognizeArgs),
    Reject(lifecycle::RejectArgs),
    Commend(lifecycle::CommendArgs),
    Replicate(lifecycle::ReplicateArgs),
    Stop(lifecycle::StopArgs),
    Revoke(lifecycle::RevokeArgs),
    Assess(assess::AssessArgs),
    Evaluate(evaluate::EvaluateArgs),
    History(history::HistoryArgs),
    Serve(serve::ServeArgs),
    MergeDriver(merge_driver::MergeDriverArgs),
    Completions(completions::CompletionsArgs),
    Man(completions::ManArgs),
}

/// What a command that ran concludes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Exit {
    /// Done.
    Done,
    /// Done, and the answer is "no".
    No,
}

pub(crate) fn main() -> ExitCode {
    let args = negated_terms(std::env::args_os().collect());
    i18n::set(language(&args));
    let cli = match help::command()
        .try_get_matches_from(&args)
        .and_then(|matches| Cli::from_arg_matches(&matches))
    {
        Ok(cli) => cli,
        Err(error) => return usage::exit(&error, &args),
    };
    let result = Context::new(&cli.global).and_then(|ctx| match cli.command {
        Command::Init(args) => init::run(&ctx, args),
        Command::Register(args) => register::run(&ctx, args),
        Command::Show(args) => show::run(&ctx, &args),
        Command::List(args) => list::run(&ctx, &args),
        Command::Check(args) => check::run(&ctx, &args),
        Command::Fmt(args) => fmt::run(&ctx, &args),
        Command::Propose(args) => lifecycle::run(&ctx, &lifecycle::Verb::propose(&args)),
        Command::Recognize(args) => lifecycle::run(&ctx, &lifecycle::Verb::recognize(&args)),
        Command::Reject(args) => lifecycle::run(&ctx, &lifecycle::Verb::reject(&args)),
        Command::Commend(args) => lifecycle::run(&ctx, &lifecycle::Verb::commend(&args)),
        Command::Replicate(args) => lifecycle::run(&ctx, &lifecycle::Verb::replicate(&args)),
        Command::Stop(args) => lifecycle::run(&ctx, &lifecycle::Verb::stop(&args)),
        Command::Revoke(args) => lifecycle::run(&ctx, &lifecycle::Verb::revoke(&args)),
        Command::Assess(args) => assess::run(&ctx, &args),
        Command::Evaluate(args) => evaluate::run(&ctx, &args),
        Command::History(args) => history::run(&ctx, &args),
        Command::Serve(args) => serve::run(&ctx, &args),
        Command::MergeDriver(args) => merge_driver::run(&ctx, &args),
        Command::Completions(args) => completions::completions(&args),
        Command::Man(args) => completions::man(&args),
        Command::Tally(args) => tally::run(&ctx, &args),
        Command::Export(args) => export::run(&ctx, &args),
        Command::Report(args) => report::run(&ctx, &args),
        Command::Annex(args) => annex::run(&ctx, &args),
        Command::Import(args) => import::run(&ctx, &args),
        Command::Absorb(args) => absorb::run(&ctx, &args),
    });
    match result {
        Ok(Exit::Done) => ExitCode::SUCCESS,
        Ok(Exit::No) => ExitCode::from(1),
        Err(error) if is_broken_pipe(&error) => ExitCode::SUCCESS,
        Err(error) => {
            context::print_error(&error, &cli.global);
            ExitCode::from(2)
        }
    }
}

/// The language of the run: `--lang` (when its value is one dvk speaks;
/// otherwise clap refuses it, naming the choices, in the language of the
/// environment), else the environment's.
fn language(args: &[std::ffi::OsString]) -> Lang {
    let mut iter = args.iter().skip(1).map(|a| a.to_str().unwrap_or_default());
    while let Some(arg) = iter.next() {
        let value = match arg {
            "--" => break,
            "--lang" => iter.next(),
            _ => arg.strip_prefix("--lang="),
        };
        if let Some(lang) = value.and_then(Lang::parse) {
            return lang;
        }
    }
    Lang::from_env(|name| std::env::var(name).ok())
}

/// A closed pipe (dvk list | head) is not an error.
fn is_broken_pipe(error: &anyhow::Error) -> bool {
    error.chain().any(|cause| {
        cause
            .downcast_ref::<std::io::Error>()
            .is_some_and(|e| e.kind() == std::io::ErrorKind::BrokenPipe)
    })
}

/// Rewrites query terms negated with - (`-field:kinh_te`, `-lúa`) as
/// not: terms, so that the parser does not take them for options. Option
/// values (the word after --note, say) are left as they are.
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
