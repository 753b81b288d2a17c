//! The command line in the language of the run: every text clap shows
//! (about, each argument's help, the examples, the headings) comes from the
//! catalogue's `cli` part, looked up by the command's and argument's names.
//!
//! The keys: `dvk-about` and `dvk-after` for the program; `cmd-NAME-about`,
//! `cmd-NAME-long-about` and `cmd-NAME-after` for a command; an argument's
//! help is `cmd-NAME-ARG` when the command words it its own way, else the
//! shared `arg-ARG`; `-long` after either gives its long help.
//! `tests/dvk/i18n.rs` walks the tree and fails on a text missing in either
//! language.

use clap::builder::{Arg, Command, PossibleValue};

use dvk::i18n;
use dvk::tr;

/// The command tree, built, with every text from the catalogue.
///
/// Texts are set twice: before the build, for clap to see which commands
/// have a long help (it decides once, when it builds: the `-h` and `--help`
/// layouts and the help flag's own text follow from it), and after it, for
/// the arguments the build adds (`--help`, `--version`, the global options
/// in every command) and the long help that only shows the default and the
/// possible values.
pub(crate) fn command() -> Command {
    let root = <super::Cli as clap::CommandFactory>::command();
    let mut root = localize(root, None, Stage::Unbuilt);
    root.build();
    localize(root, None, Stage::Built)
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Stage {
    Unbuilt,
    Built,
}

fn localize(command: Command, parent: Option<&str>, stage: Stage) -> Command {
    let name = command.get_name().to_owned();
    let prefix = match parent {
        None => "dvk".to_owned(),
        // `dvk help` and its own subcommands are clap's: one text each.
        Some(_) if name == "help" => "cmd-help".to_owned(),
        Some(_) => format!("cmd-{name}"),
    };
    let shape = command_shape(&command);
    let mut command = command;
    // clap's usage line is in English: its placeholders translated.
    let usage = (stage == Stage::Built && i18n::lang() != i18n::Lang::En).then(|| {
        let usage = super::usage::localize_usage(&command.render_usage().to_string());
        let heading = tr!("help-usage");
        let usage = usage.strip_prefix(heading.as_str()).unwrap_or(&usage);
        wrap_usage(&heading, usage.trim_start())
    });
    let mut command = command
        .about(text(&format!("{prefix}-about")))
        .help_template(template(&shape, usage.as_deref()))
        .mut_args(|arg| localize_arg(arg, &prefix, stage));
    if let Some(long) = optional(&format!("{prefix}-long-about")) {
        command = command.long_about(long);
    }
    if let Some(after) = optional(&format!("{prefix}-after")) {
        command = command.after_help(after);
    }
    if parent.is_none() {
        command = command.mut_subcommands(|sub| localize(sub, Some("dvk"), stage));
    } else if name == "help" {
        // Its subcommands are clap's copies of the commands, made by the
        // build with their about; `help help` is its own.
        command = command.mut_subcommands(|sub| {
            let sub = if sub.get_name() == "help" {
                sub.about(tr!("cmd-help-about"))
            } else {
                sub
            };
            sub.help_template(template(&command_shape(&Command::new("")), None))
        });
    }
    command
}

/// The usage line after its heading, broken between words where it would
/// pass the width clap wraps the help at, the lines after the first
/// aligned under it (clap leaves the line it renders itself unbroken, and
/// the English one fits).
fn wrap_usage(heading: &str, usage: &str) -> String {
    let width = std::env::var("COLUMNS")
        .ok()
        .and_then(|c| c.parse().ok())
        .or_else(|| comfy_table::Table::new().width().map(usize::from))
        .unwrap_or(MAX_WIDTH)
        .min(MAX_WIDTH);
    let indent = heading.chars().count() + 1;
    let mut out = String::new();
    let mut column = indent;
    for word in words(usage) {
        let length = word.chars().count();
        if column > indent && column + 1 + length > width {
            out.push('\n');
            out.push_str(&" ".repeat(indent));
            column = indent;
        } else if column > indent {
            out.push(' ');
            column += 1;
        }
        out.push_str(word);
        column += length;
    }
    out
}

/// The words of a usage line; a bracketed one (`[TÙY CHỌN]`) is one word.
fn words(usage: &str) -> Vec<&str> {
    let (mut words, mut start, mut depth) = (Vec::new(), 0, 0_i32);
    for (at, c) in usage.char_indices() {
        match c {
            '[' | '<' => depth += 1,
            ']' | '>' => depth -= 1,
            ' ' if depth <= 0 => {
                words.push(&usage[start..at]);
                start = at + 1;
            }
            _ => {}
        }
    }
    words.push(&usage[start..]);
    words.retain(|w| !w.is_empty());
    words
}

/// clap's `max_term_width` (cmd/mod.rs).
const MAX_WIDTH: usize = 100;

/// Which sections a command's help has.
struct Shape {
    positionals: bool,
    options: bool,
    subcommands: bool,
}

fn command_shape(command: &Command) -> Shape {
    Shape {
        positionals: command.get_positionals().any(|a| !a.is_hide_set()),
        options: command
            .get_arguments()
            .any(|a| !a.is_positional() && !a.is_hide_set()),
        subcommands: command.has_subcommands(),
    }
}

/// clap's own layout, with the headings in the language of the run and,
/// when given, the usage line.
fn template(shape: &Shape, usage: Option<&str>) -> String {
    let mut out = format!(
        "{{before-help}}{{about-with-newline}}\n{} {}",
        tr!("help-usage"),
        usage.unwrap_or("{usage}")
    );
    let sections = [
        (shape.subcommands, tr!("help-commands"), "{subcommands}"),
        (shape.positionals, tr!("help-arguments"), "{positionals}"),
        (shape.options, tr!("help-options"), "{options}"),
    ];
    for (present, heading, list) in sections {
        if present {
            out.push_str("\n\n");
            out.push_str(&heading);
            out.push_str(":\n");
            out.push_str(list);
        }
    }
    out.push_str("{after-help}");
    out
}

fn localize_arg(arg: Arg, prefix: &str, stage: Stage) -> Arg {
    let arg = localize_value_names(arg);
    let id = arg.get_id().as_str().to_owned();
    let own = format!("{prefix}-{id}");
    let key = if arg.is_global_set() || !i18n::has(&own) {
        format!("arg-{id}")
    } else {
        own
    };
    let help = text(&key);
    let mut brackets = Vec::new();
    let defaults: Vec<String> = arg
        .get_default_values()
        .iter()
        .map(|v| v.to_string_lossy().into_owned())
        // Quoted when it holds a space, as clap shows it.
        .map(|v| {
            if v.contains(char::is_whitespace) {
                format!("{v:?}")
            } else {
                v
            }
        })
        .collect();
    let takes_values = arg.get_action().takes_values();
    if !defaults.is_empty() && !arg.is_hide_default_value_set() && takes_values {
        brackets.push(tr!("help-default", value = defaults.join(", ")));
    }
    let values: Vec<PossibleValue> = arg.get_possible_values();
    let shown: Vec<&str> = values
        .iter()
        .filter(|v| !v.is_hide_set())
        .map(PossibleValue::get_name)
        .collect();
    if !shown.is_empty() && !arg.is_hide_possible_values_set() && takes_values {
        brackets.push(tr!("help-possible", values = shown.join(", ")));
    }
    // As clap lays them out: after the text on one line in the short help,
    // a paragraph of their own in the long one.
    let short = std::iter::once(help.clone())
        .chain(brackets.iter().cloned())
        .collect::<Vec<_>>()
        .join(" ");
    let long = optional(&format!("{key}-long"));
    if stage == Stage::Unbuilt {
        return match long {
            Some(long) => arg.help(short).long_help(long),
            None => arg.help(short),
        };
    }
    let mut arg = arg
        .help(short)
        .hide_default_value(true)
        .hide_possible_values(true);
    if long.is_some() || !brackets.is_empty() {
        let mut text = long.unwrap_or(help);
        if !brackets.is_empty() {
            text.push_str("\n\n");
            text.push_str(&brackets.join("\n"));
        }
        arg = arg.long_help(text);
    }
    arg
}

/// The placeholders of an argument's values (`<DIR>`, `[QUERY]...`) in
/// the language of the run: `arg-value-NAME`, NAME the placeholder in
/// kebab case (`KEY[,KEY...]` is `key-key-more`). English keeps clap's.
fn localize_value_names(arg: Arg) -> Arg {
    if i18n::lang() == i18n::Lang::En {
        return arg;
    }
    let Some(names) = arg.get_value_names().filter(|n| !n.is_empty()) else {
        return arg;
    };
    let names: Vec<String> = names
        .iter()
        .map(|name| optional(&format!("arg-value-{}", kebab(name))).unwrap_or(name.to_string()))
        .collect();
    arg.value_names(names)
}

/// `KEY[,KEY...]` as `key-key-more`.
fn kebab(name: &str) -> String {
    let name = name.replace("...", "-more").to_lowercase();
    name.split(|c: char| !c.is_ascii_alphanumeric())
        .filter(|part| !part.is_empty())
        .collect::<Vec<_>>()
        .join("-")
}

fn text(id: &str) -> String {
    i18n::message(id, &[])
}

fn optional(id: &str) -> Option<String> {
    i18n::has(id).then(|| text(id))
}

#[cfg(test)]
mod tests {
    use clap::CommandFactory;
    use dvk::i18n::{Lang, has_in};

    /// Every command and argument has its text in both catalogues.
    #[test]
    fn every_text_of_the_command_line_is_in_both_languages() {
        let mut root = super::super::Cli::command();
        root.build();
        let mut missing = Vec::new();
        let mut check = |command: &clap::Command, prefix: &str| {
            let mut keys = vec![format!("{prefix}-about")];
            for arg in command.get_arguments() {
                let id = arg.get_id().as_str();
                keys.push(
                    if arg.is_global_set() || !has_in(Lang::En, &format!("{prefix}-{id}")) {
                        format!("arg-{id}")
                    } else {
                        format!("{prefix}-{id}")
                    },
                );
            }
            for lang in Lang::ALL {
                missing.extend(
                    keys.iter()
                        .filter(|k| !has_in(lang, k))
                        .map(|k| format!("{}: {k}", lang.code())),
                );
            }
        };
        check(&root, "dvk");
        for sub in root.get_subcommands() {
            check(sub, &format!("cmd-{}", sub.get_name()));
        }
        assert!(
            missing.is_empty(),
            "missing in the catalogues: {missing:#?}"
        );
    }
}
