//! The `--help` of `dvk` and of every command, pinned in `tests/help/`.

use std::fs;
use std::path::Path;

use crate::support::Test;

/// `--help` of `dvk` and of every command, pinned in `tests/help/` so that
/// a change of the help shows as a diff (`DVK_BLESS=1` rewrites them).
#[test]
fn help_of_every_command_is_pinned() {
    let t = Test::new();
    let top = t.ok_with(&["--help"]);
    let mut commands: Vec<String> = top
        .lines()
        .skip_while(|l| !l.starts_with("Commands:"))
        .skip(1)
        .take_while(|l| !l.is_empty())
        .filter(|l| l.starts_with("  ") && !l.starts_with("    "))
        .filter_map(|l| l.split_whitespace().next().map(str::to_owned))
        .filter(|c| c != "help")
        .collect();
    assert!(commands.len() >= 17, "{commands:?}");
    commands.insert(0, String::new());
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/help");
    fs::create_dir_all(&dir).unwrap();
    let mut failures = Vec::new();
    for command in commands {
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
    assert!(
        failures.is_empty(),
        "help changed:\n{}",
        failures.join("\n")
    );
}
