//! The `--help` of `dvk` and of every command, pinned in `tests/help/`
//! (English) and `tests/help/vi/` (Vietnamese).

use std::fs;
use std::path::Path;

use crate::support::Test;

/// The commands `dvk --help` lists, but `help`.
fn commands() -> Vec<String> {
    let top = Test::new().ok_with(&["--help"]);
    let commands: Vec<String> = top
        .lines()
        .skip_while(|l| !l.starts_with("Commands:"))
        .skip(1)
        .take_while(|l| !l.is_empty())
        .filter(|l| l.starts_with("  ") && !l.starts_with("    "))
        .filter_map(|l| l.split_whitespace().next().map(str::to_owned))
        .filter(|c| c != "help")
        .collect();
    assert!(commands.len() >= 17, "{commands:?}");
    commands
}

/// `--help` of `dvk` and of every command in `lang`, compared with the
/// files of `dir` (`DVK_BLESS=1` rewrites them); the files that differ.
fn differences(lang: &str, dir: &str) -> Vec<String> {
    let t = Test::new().env("DVK_LANG", lang);
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join(dir);
    fs::create_dir_all(&dir).unwrap();
    let mut failures = Vec::new();
    for command in std::iter::once(String::new()).chain(commands()) {
        let args: Vec<&str> = if command.is_empty() {
            vec!["--help"]
        } else {
            vec![command.as_str(), "--help"]
        };
        let help = t.ok_with(&args);
        let file = dir.join(format!(
            "{}.txt",
            if command.is_empty() { "dvk" } else { &command }
        ));
        if std::env::var_os("DVK_BLESS").is_some() {
            fs::write(&file, &help).unwrap();
        }
        if fs::read_to_string(&file).unwrap_or_default() != help {
            failures.push(format!("{}:\n{help}", file.display()));
        }
    }
    failures
}

/// `--help` of `dvk` and of every command, pinned in `tests/help/` so that
/// a change of the help shows as a diff (`DVK_BLESS=1` rewrites them).
#[test]
fn help_of_every_command_is_pinned() {
    let failures = differences("en", "tests/help");
    assert!(
        failures.is_empty(),
        "help changed:\n{}",
        failures.join("\n")
    );
}

/// The same in Vietnamese, pinned in `tests/help/vi/`.
#[test]
fn help_of_every_command_in_vietnamese_is_pinned() {
    let failures = differences("vi", "tests/help/vi");
    assert!(
        failures.is_empty(),
        "help changed:\n{}",
        failures.join("\n")
    );
}

/// On a terminal of 80 columns the Vietnamese help wraps within them,
/// between words (never inside a letter with its diacritics).
#[test]
fn vietnamese_help_wraps_at_the_terminal_width() {
    let t = Test::new().env("DVK_LANG", "vi").env("COLUMNS", "80");
    for command in std::iter::once(String::new()).chain(commands()) {
        for flag in ["-h", "--help"] {
            let args: Vec<&str> = [command.as_str(), flag]
                .into_iter()
                .filter(|a| !a.is_empty())
                .collect();
            let help = t.ok_with(&args);
            for line in help.lines() {
                assert!(
                    line.chars().count() <= 80,
                    "dvk {}: a line of {} columns:\n{line}",
                    args.join(" "),
                    line.chars().count()
                );
            }
        }
    }
}

/// `dvk man` and `dvk completions` speak the language of the run.
#[test]
fn the_manual_and_the_completions_are_in_the_language_of_the_run() {
    let vi = Test::new().env("DVK_LANG", "vi");
    let man = vi.ok_with(&["man"]);
    assert!(
        man.contains(".SH TÊN\ndvk \\- Quản lý sổ theo dõi"),
        "{man}"
    );
    assert!(man.contains(".SH TÙY CHỌN\n"), "{man}");
    assert!(!man.contains(".SH OPTIONS"), "{man}");
    let en = Test::new().ok_with(&["man"]);
    assert!(en.contains(".SH NAME\ndvk \\- Keep the register"), "{en}");
    let fish = vi.ok_with(&["completions", "fish"]);
    assert!(fish.contains("Thư mục của sổ theo dõi"), "{fish}");
}
