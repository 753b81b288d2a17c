//! What reaches the terminal: a closed pipe is success, and colour comes
//! only when asked for or on a terminal.

use crate::support::fixture::register;
use crate::support::sample;

#[test]
fn a_closed_pipe_is_not_an_error() {
    for format in ["json", "csv", "table"] {
        closed_pipe(format);
    }
}

fn closed_pipe(format: &str) {
    use std::io::Read;
    use std::process::{Command, Stdio};
    let mut child = Command::new(assert_cmd::cargo::cargo_bin("dvk"))
        .args([
            "-q",
            "-C",
            sample().to_str().unwrap(),
            "list",
            "--format",
            format,
        ])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut first = [0u8; 1];
    child.stdout.take().unwrap().read_exact(&mut first).unwrap();
    let status = child.wait().unwrap();
    let mut err = String::new();
    child
        .stderr
        .take()
        .unwrap()
        .read_to_string(&mut err)
        .unwrap();
    assert_eq!((status.code(), err.as_str()), (Some(0), ""));
}

#[test]
fn colour_only_when_asked_or_on_a_terminal() {
    let t = register().model("bad", "name = 1\n");
    let (out, _, code) = t.run_with(&["check", "--color", "always"]);
    assert_eq!(code, 1);
    assert!(out.contains("\u{1b}[1;31merror\u{1b}[0m"), "{out}");
    // Not a terminal: no colour, with or without NO_COLOR.
    let (out, _, _) = t.run_with(&["check"]);
    assert!(!out.contains('\u{1b}'), "{out}");
    let mut cmd = t.command_with(&["check", "--color", "auto"]);
    let out = cmd.env("NO_COLOR", "1").output().unwrap();
    assert!(!String::from_utf8_lossy(&out.stdout).contains('\u{1b}'));
    let (_, err, _) = t.run_with(&["list", "--color", "always"]);
    assert!(
        err.starts_with("\u{1b}[1;31merror\u{1b}[0m: the register has"),
        "{err}"
    );
    let (out, _, _) = t.run_with(&[
        "--color", "never", "tally", "--by", "field", "--format", "table",
    ]);
    assert!(!out.contains('\u{1b}'));
}
