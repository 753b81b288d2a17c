//! `dvk check`: the sample register is clean, and hostile files are
//! reported, never followed or echoed (each message of `check` has its
//! case in the error catalogue, `errors`).

use std::fs;

use crate::support::fixture::register;
use crate::support::{Test, sample};

#[test]
fn the_sample_register_is_clean_and_canonical() {
    let t = Test::new().args(["-C", sample().to_str().unwrap(), "check"]);
    let (out, err, code) = t.run();
    assert_eq!((err.as_str(), code), ("", 0));
    assert!(
        out.starts_with("0 errors, 0 warnings in 56 model files"),
        "{out}"
    );
    Test::new()
        .args(["-C", sample().to_str().unwrap(), "fmt", "--check"])
        .expect("", "0 files would be formatted\n", 0);
}

#[test]
fn hostile_files_are_reported_never_followed_or_echoed() {
    let t = register()
        .file("models/bin.toml", "\u{0}\u{1b}[2Jbinary")
        .file("models/empty.toml", "")
        .file(
            "models/deep.toml",
            &format!("a = {}{}\n", "[".repeat(100_000), "]".repeat(100_000)),
        )
        .file(
            "models/big.toml",
            &format!("name = \"{}\"\n", "x".repeat(2 * 1024 * 1024)),
        );
    // A file outside the register (a decoy, never a system file: the tests
    // may run as root, and nothing must be written through a link).
    let outside = tempfile::tempdir().unwrap();
    let secret = outside.path().join("passwd");
    fs::write(&secret, "root:x:0:0:root:/root:/bin/bash\n").unwrap();
    std::os::unix::fs::symlink(&secret, t.path().join("models/secret.toml")).unwrap();
    fs::create_dir_all(t.path().join("models/loop")).unwrap();
    std::os::unix::fs::symlink("..", t.path().join("models/loop/up")).unwrap();
    fs::write(t.path().join("models/invalid.toml"), b"name = \"V\xff\"\n").unwrap();
    let (out, err, code) = t.run_with(&["check"]);
    assert_eq!((err.as_str(), code), ("", 1));
    for expected in [
        "models/bin.toml:1:1: error: TOML syntax: ",
        "1 | \\u{0}\\u{1b}[2Jbinary\n",
        "models/empty.toml:1:1: error: missing required key `name` in a model\n",
        "models/deep.toml:1:",
        ": error: TOML syntax: cannot recurse further; max recursion depth met\n",
        "models/big.toml: error: 2097162 bytes; files over 1 MiB are not read\n",
        "models/secret.toml: error: a symbolic link; links are not followed\n",
        "models/loop/up: error: a symbolic link; links are not followed\n",
        "models/invalid.toml:1:10: error: not UTF-8 text\n",
    ] {
        assert!(out.contains(expected), "missing {expected:?} in:\n{out}");
    }
    assert!(
        !out.contains("root:"),
        "nothing outside the register is printed"
    );
    assert!(
        !out.contains('\u{1b}'),
        "no terminal escape from a file reaches the terminal"
    );
    assert!(
        out.lines().all(|l| l.chars().count() < 200),
        "long lines are cut"
    );
    t.expect_with(
        &["list"],
        "",
        "error: the register has 13 errors; run `dvk check` to see them\n\
         first: models/big.toml: error: 2097162 bytes; files over 1 MiB are not read\n",
        2,
    );
}
