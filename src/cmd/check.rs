//! `dvk check`: every problem in the register, at its line and column.

use std::io::Write;

use anyhow::Result;
use clap::Args;

use dvk::problem::{Problem, Severity};
use dvk::workspace::Workspace;

use super::{Context, Outcome};

/// Check every file of the register and report every problem, each as
/// PATH:LINE:COL: error|warning: MESSAGE with the offending line under it.
///
/// Exits 1 when there are errors (warnings alone exit 0).
/// Example: dvk check -C data-sample
#[derive(Debug, Args)]
pub(crate) struct CheckArgs {}

pub(crate) fn run(ctx: &Context, _args: &CheckArgs) -> Result<Outcome> {
    let workspace = Workspace::load(&ctx.registers)?;
    let mut problems: Vec<&Problem> = workspace.problems().collect();
    problems.sort_by(|a, b| {
        a.path
            .cmp(&b.path)
            .then_with(|| line(a).cmp(&line(b)))
            .then_with(|| a.severity.cmp(&b.severity))
    });
    let mut out = std::io::stdout().lock();
    for problem in &problems {
        write_problem(problem, ctx.color, &mut out)?;
    }
    let errors = problems.iter().filter(|p| p.is_error()).count();
    let warnings = problems.len() - errors;
    let files = workspace.registers.iter().map(|r| r.model_files).sum();
    writeln!(out, "{}", summary(errors, warnings, files))?;
    Ok(if errors > 0 {
        Outcome::No
    } else {
        Outcome::Done
    })
}

fn line(p: &Problem) -> (usize, usize) {
    p.location.as_ref().map_or((0, 0), |l| (l.line, l.column))
}

fn plural(n: usize, word: &str) -> String {
    if n == 1 {
        format!("{n} {word}")
    } else {
        format!("{n} {word}s")
    }
}

fn summary(errors: usize, warnings: usize, files: usize) -> String {
    format!(
        "{}, {} in {}",
        plural(errors, "error"),
        plural(warnings, "warning"),
        plural(files, "model file")
    )
}

/// PATH:LINE:COL: error: MESSAGE, then the line with a caret under the
/// column.
fn write_problem(p: &Problem, color: bool, out: &mut dyn Write) -> std::io::Result<()> {
    let (severity, bold, reset) = match (color, p.severity) {
        (false, s) => (s.to_string(), "", ""),
        (true, Severity::Error) => ("\x1b[1;31merror\x1b[0m".to_owned(), "\x1b[1m", "\x1b[0m"),
        (true, Severity::Warning) => ("\x1b[1;33mwarning\x1b[0m".to_owned(), "\x1b[1m", "\x1b[0m"),
    };
    let path = p.path.display();
    match &p.location {
        Some(l) => {
            writeln!(
                out,
                "{bold}{path}:{}:{}{reset}: {severity}: {}",
                l.line, l.column, p.message
            )?;
            let gutter = l.line.to_string();
            writeln!(out, "{gutter} | {}", l.line_text)?;
            let pad: String = l
                .line_text
                .chars()
                .take(l.column.saturating_sub(1))
                .map(|c| if c == '\t' { '\t' } else { ' ' })
                .collect();
            writeln!(out, "{} | {pad}^", " ".repeat(gutter.len()))
        }
        None => writeln!(out, "{bold}{path}{reset}: {severity}: {}", p.message),
    }
}
