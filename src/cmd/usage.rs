//! Usage errors (an unknown option, a missing value) and the help and
//! version pages clap answers with, in the language of the run.
//!
//! English is clap's own rendering. Any other language is rendered here
//! from the error's kind and context, laid out as clap lays it out: the
//! message, the possible values, the tips, the usage line and where to read
//! more.

use std::ffi::OsString;
use std::io::{IsTerminal, Write};
use std::process::ExitCode;

use clap::error::{ContextKind, ContextValue, ErrorKind};
use dvk::i18n::{self, Lang};
use dvk::tr;

/// clap's indentation of the lines under the message.
const TAB: &str = "  ";

/// Prints clap's answer and gives the exit code: 0 for help and version,
/// 2 for a usage error.
pub(crate) fn exit(error: &clap::Error, args: &[OsString]) -> ExitCode {
    let code = error.exit_code();
    let clap_own = matches!(
        error.kind(),
        // Help pages are already in the language of the run.
        ErrorKind::DisplayHelp
            | ErrorKind::DisplayVersion
            | ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand
    );
    if i18n::lang() == Lang::En || clap_own {
        let _ = error.print();
    } else {
        let color = std::io::stderr().is_terminal()
            && std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty());
        let label = tr!("usage-error");
        let label = if color {
            format!("\x1b[1;31m{label}\x1b[0m")
        } else {
            label
        };
        let text = render(error, &command_path(args));
        let _ = write!(std::io::stderr(), "{label} {text}");
    }
    ExitCode::from(u8::try_from(code).unwrap_or(2))
}

/// The usage line in the language of the run: clap's, with its heading
/// and its placeholders for options and commands translated.
pub(crate) fn localize_usage(usage: &str) -> String {
    let usage = usage.strip_prefix("Usage:").map_or_else(
        || usage.to_owned(),
        |rest| format!("{}{rest}", tr!("help-usage")),
    );
    usage
        .replace("[OPTIONS]", &tr!("usage-options"))
        .replace("<COMMAND>", &tr!("usage-command"))
        .replace("[COMMAND]", &tr!("usage-optional-command"))
}

/// The error after the `error:` label, with its last newline.
fn render(error: &clap::Error, path: &str) -> String {
    let mut out = message(error);
    let mut suggested = false;
    for (kind, what) in [
        (ContextKind::SuggestedSubcommand, Similar::Subcommand),
        (ContextKind::SuggestedArg, Similar::Argument),
        (ContextKind::SuggestedValue, Similar::Value),
    ] {
        if let Some(names) = strings(error.get(kind)) {
            if names.is_empty() {
                continue;
            }
            out.push('\n');
            if !suggested {
                out.push('\n');
                suggested = true;
            }
            out.push_str(TAB);
            out.push_str(&similar(what, &names));
        }
    }
    if let Some(ContextValue::StyledStrs(tips)) = error.get(ContextKind::Suggested) {
        if !tips.is_empty() && !suggested {
            out.push('\n');
        }
        for tip in tips {
            out.push('\n');
            out.push_str(TAB);
            out.push_str(&self::tip(&tip.to_string()));
        }
    }
    if let Some(ContextValue::StyledStr(usage)) = error.get(ContextKind::Usage) {
        out.push_str("\n\n");
        out.push_str(&localize_usage(&usage.to_string()));
    }
    out.push_str("\n\n");
    out.push_str(&tr!("usage-more", command = path));
    out.push('\n');
    out
}

/// The message proper, from the kind of error and its context.
fn message(error: &clap::Error) -> String {
    let arg = string(error.get(ContextKind::InvalidArg));
    let value = string(error.get(ContextKind::InvalidValue)).map(|v| dvk::text::printable(v));
    let number = |kind| match error.get(kind) {
        Some(ContextValue::Number(n)) => Some(i64::try_from(*n).unwrap_or(i64::MAX)),
        _ => None,
    };
    let generic = || tr!("usage-invalid");
    match error.kind() {
        ErrorKind::UnknownArgument => {
            arg.map_or_else(generic, |arg| tr!("usage-unknown-argument", arg = arg))
        }
        ErrorKind::InvalidSubcommand => string(error.get(ContextKind::InvalidSubcommand))
            .map_or_else(generic, |name| {
                tr!(
                    "usage-unknown-subcommand",
                    name = dvk::text::printable(name)
                )
            }),
        ErrorKind::InvalidValue => match (arg, value) {
            (Some(arg), Some(value)) => {
                let mut out = if value.is_empty() {
                    tr!("usage-value-required", arg = arg)
                } else {
                    tr!("usage-invalid-value", value = value, arg = arg)
                };
                list(&mut out, error.get(ContextKind::ValidValue), |values| {
                    tr!("usage-possible-values", values = values)
                });
                out
            }
            _ => generic(),
        },
        ErrorKind::MissingRequiredArgument => match strings(error.get(ContextKind::InvalidArg)) {
            Some(missing) => {
                let mut out = tr!("usage-missing-required");
                for name in missing {
                    out.push('\n');
                    out.push_str(TAB);
                    out.push_str(name);
                }
                out
            }
            None => generic(),
        },
        ErrorKind::MissingSubcommand => match string(error.get(ContextKind::InvalidSubcommand)) {
            Some(name) => {
                let mut out = tr!("usage-missing-subcommand", name = name);
                list(
                    &mut out,
                    error.get(ContextKind::ValidSubcommand),
                    |values| tr!("usage-subcommands", values = values),
                );
                out
            }
            None => generic(),
        },
        ErrorKind::ArgumentConflict => conflict(error),
        ErrorKind::NoEquals => arg.map_or_else(generic, |arg| tr!("usage-no-equals", arg = arg)),
        ErrorKind::TooManyValues => match (arg, value) {
            (Some(arg), Some(value)) => tr!("usage-too-many-values", value = value, arg = arg),
            _ => generic(),
        },
        ErrorKind::TooFewValues => match (
            arg,
            number(ContextKind::ActualNumValues),
            number(ContextKind::MinValues),
        ) {
            (Some(arg), Some(count), Some(min)) => {
                tr!("usage-too-few-values", arg = arg, count = count, min = min)
            }
            _ => generic(),
        },
        ErrorKind::WrongNumberOfValues => match (
            arg,
            number(ContextKind::ActualNumValues),
            number(ContextKind::ExpectedNumValues),
        ) {
            (Some(arg), Some(count), Some(expected)) => tr!(
                "usage-wrong-number-of-values",
                arg = arg,
                count = count,
                expected = expected
            ),
            _ => generic(),
        },
        ErrorKind::ValueValidation => match (arg, value) {
            (Some(arg), Some(value)) => refused(error, arg, &value),
            _ => generic(),
        },
        ErrorKind::InvalidUtf8 => tr!("usage-invalid-utf8"),
        _ => generic(),
    }
}

/// The list under a message (possible values, subcommands), when any.
fn list(out: &mut String, values: Option<&ContextValue>, line: impl Fn(String) -> String) {
    if let Some(values) = strings(values).filter(|v| !v.is_empty()) {
        out.push('\n');
        out.push_str(TAB);
        out.push_str(&line(values.join(", ")));
    }
}

/// A value its parser refused, with the parser's reason.
fn refused(error: &clap::Error, arg: &str, value: &str) -> String {
    match std::error::Error::source(error) {
        Some(reason) => tr!(
            "usage-invalid-value-because",
            value = value,
            arg = arg,
            reason = self::reason(reason)
        ),
        None => tr!("usage-invalid-value", value = value, arg = arg),
    }
}

/// An argument (or a subcommand) given with one it excludes, or twice.
fn conflict(error: &clap::Error) -> String {
    let mut prior = error.get(ContextKind::PriorArg);
    let subject = if let Some(arg) = string(error.get(ContextKind::InvalidArg)) {
        if prior.is_some_and(|p| string(Some(p)) == Some(arg)) {
            return tr!("usage-repeated", arg = arg);
        }
        tr!("usage-the-argument", arg = arg)
    } else if let Some(name) = string(error.get(ContextKind::InvalidSubcommand)) {
        tr!("usage-the-subcommand", name = name)
    } else {
        prior = None;
        tr!("usage-invalid")
    };
    match prior {
        Some(ContextValue::Strings(others)) => {
            let mut out = tr!("usage-conflict-list", subject = subject);
            for other in others {
                out.push('\n');
                out.push_str(TAB);
                out.push_str(other);
            }
            out
        }
        Some(ContextValue::String(other)) => {
            tr!("usage-conflict", subject = subject, other = other.as_str())
        }
        Some(_) => tr!("usage-conflict-others", subject = subject),
        None => subject,
    }
}

/// Why a value was refused: our value parsers' messages are already in
/// the language of the run; clap's for numbers are worded here.
fn reason(source: &(dyn std::error::Error + 'static)) -> String {
    if let Some(error) = source.downcast_ref::<std::num::ParseIntError>() {
        return match error.kind() {
            std::num::IntErrorKind::PosOverflow | std::num::IntErrorKind::NegOverflow => {
                tr!("usage-number-too-large")
            }
            _ => tr!("usage-not-a-number"),
        };
    }
    let text = source.to_string();
    // clap's ranged integers: "VALUE is not in A..=B".
    // i18n: clap's English, recognised to be reworded
    if let Some((value, range)) = text.split_once(" is not in ") {
        return tr!("usage-not-in-range", value = value, range = range);
    }
    text
}

#[derive(Clone, Copy)]
enum Similar {
    Subcommand,
    Argument,
    Value,
}

/// "did you mean" for the names clap found close to what was typed.
fn similar(what: Similar, names: &[&str]) -> String {
    let quoted: Vec<String> = names.iter().map(|n| format!("'{n}'")).collect();
    let names = quoted.join(&tr!("usage-or"));
    match what {
        Similar::Subcommand => tr!("usage-similar-subcommand", names = names),
        Similar::Argument => tr!("usage-similar-argument", names = names),
        Similar::Value => tr!("usage-similar-value", names = names),
    }
}

/// clap's tips, which it words in English, recognised and reworded.
fn tip(text: &str) -> String {
    let quoted = |s: &str| -> Vec<String> {
        s.split('\'')
            .skip(1)
            .step_by(2)
            .map(str::to_owned)
            .collect()
    };
    let parts = quoted(text);
    // i18n: clap's English tips, recognised to be reworded
    if text.starts_with("to pass '") && parts.len() == 2 {
        return tr!(
            "usage-tip-as-value",
            arg = parts[0].as_str(),
            example = parts[1].as_str()
        );
    }
    // i18n: clap's English tips, recognised to be reworded
    if text.starts_with("subcommand '") && parts.len() == 2 {
        return tr!("usage-tip-remove-dashes", name = parts[0].as_str());
    }
    // i18n: clap's English tips, recognised to be reworded
    if text.ends_with("' exists") && parts.len() == 1 {
        return tr!("usage-tip-exists", example = parts[0].as_str());
    }
    tr!("usage-tip", text = text)
}

fn string(value: Option<&ContextValue>) -> Option<&str> {
    match value {
        Some(ContextValue::String(s)) => Some(s),
        _ => None,
    }
}

fn strings(value: Option<&ContextValue>) -> Option<Vec<&str>> {
    match value {
        Some(ContextValue::String(s)) => Some(vec![s.as_str()]),
        Some(ContextValue::Strings(v)) => Some(v.iter().map(String::as_str).collect()),
        _ => None,
    }
}

/// The command the arguments name, `dvk` or `dvk NAME`, for "see also".
fn command_path(args: &[OsString]) -> String {
    let root = super::help::command();
    let takes_value = |token: &str| {
        root.get_arguments().any(|arg| {
            let named = match token.strip_prefix("--") {
                Some(long) => arg.get_long() == Some(long),
                None => token.len() == 2 && arg.get_short() == token.chars().nth(1),
            };
            named && arg.get_action().takes_values()
        })
    };
    let mut iter = args.iter().skip(1).map(|a| a.to_str().unwrap_or_default());
    while let Some(token) = iter.next() {
        if token == "--" {
            break;
        }
        if token.starts_with('-') {
            if !token.contains('=') && takes_value(token) {
                iter.next();
            }
            continue;
        }
        if token != "help" && root.find_subcommand(token).is_some() {
            // i18n: a command line, the same in every language
            return format!("dvk {token}");
        }
        break;
    }
    "dvk".to_owned()
}
