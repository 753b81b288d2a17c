//! `dvk completions` and `dvk man`: generated for every shell, and a
//! closed pipe is success for them too.

use crate::support::Test;

#[test]
fn completions_and_man_page_are_generated() {
    let t = Test::new();
    for shell in ["bash", "zsh", "fish", "powershell"] {
        let out = t.ok_with(&["completions", shell]);
        assert!(
            out.contains("recognize") && out.contains("evaluate"),
            "{shell}"
        );
    }
    let man = t.ok_with(&["man"]);
    assert!(man.starts_with(".ie \\n(.g .ds Aq \\(aq"), "{man}");
    assert!(man.contains(".TH dvk 1"));
    t.expect_with(&["completions", "tcsh"], "", "error: invalid value 'tcsh' for '<SHELL>'\n  [possible values: bash, elvish, fish, powershell, zsh]\n\n  tip: a similar value exists: 'zsh'\n\nFor more information, try '--help'.\n", 2);
}

/// A closed pipe is success (`dvk completions bash | head -1`), for the
/// completions that clap writes too. The reading end is closed before the
/// child has started, so its first write fails.
#[test]
fn a_closed_pipe_is_success_for_completions_and_man() {
    for args in [
        &["completions", "fish"][..],
        &["completions", "bash"],
        &["man"],
    ] {
        let mut child = std::process::Command::new(assert_cmd::cargo::cargo_bin("dvk"))
            .args(args)
            .stdout(std::process::Stdio::piped())
            .stderr(std::process::Stdio::piped())
            .spawn()
            .unwrap();
        drop(child.stdout.take());
        let out = child.wait_with_output().unwrap();
        assert_eq!(
            (
                out.status.code(),
                String::from_utf8_lossy(&out.stderr).as_ref()
            ),
            (Some(0), ""),
            "dvk {}",
            args.join(" ")
        );
    }
}
