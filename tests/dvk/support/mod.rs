//! A temporary register and a builder over `assert_cmd`: write files, run
//! `dvk`, and assert stdout, stderr and exit code together.

#![allow(dead_code, unreachable_pub)]

pub mod fixture;
pub mod git;
pub mod golden;
pub mod synthetic;

use std::fs;
use std::path::{Path, PathBuf};

use assert_cmd::Command;

pub struct Test {
    pub dir: tempfile::TempDir,
    args: Vec<String>,
    envs: Vec<(String, String)>,
    stdin: Option<String>,
}

/// A model with every required key; `extra` is appended.
pub fn model(name: &str, field: &str, level: &str, registered: &str, extra: &str) -> String {
    format!(
        "name = \"{name}\"\nunit = \"Hội Nông dân xã Quảng Tân\"\nsubject = \"tap_the\"\n\
         field = \"{field}\"\nlevel = \"{level}\"\nregistered = {registered}\n{extra}"
    )
}

impl Test {
    /// An empty register (`dvk.toml` with a name only).
    pub fn new() -> Self {
        let dir = tempfile::tempdir().expect("a temporary folder");
        fs::write(dir.path().join("dvk.toml"), "name = \"Sổ thử\"\n").unwrap();
        fs::create_dir_all(dir.path().join("models")).unwrap();
        Self {
            dir,
            args: Vec::new(),
            envs: vec![("DVK_TODAY".into(), "2026-11-21".into())],
            stdin: None,
        }
    }

    /// An empty folder, not a register: the error catalogue copies a
    /// case's whole `in/` folder into it.
    pub fn empty() -> Self {
        Self {
            dir: tempfile::tempdir().expect("a temporary folder"),
            args: Vec::new(),
            envs: vec![("DVK_TODAY".into(), "2026-11-21".into())],
            stdin: None,
        }
    }

    pub fn path(&self) -> &Path {
        self.dir.path()
    }

    pub fn file(self, rel: &str, text: &str) -> Self {
        let path = self.dir.path().join(rel);
        fs::create_dir_all(path.parent().unwrap()).unwrap();
        fs::write(path, text).unwrap();
        self
    }

    pub fn model(self, id: &str, text: &str) -> Self {
        self.file(&format!("models/{id}.toml"), text)
    }

    pub fn read(&self, rel: &str) -> String {
        fs::read_to_string(self.dir.path().join(rel)).unwrap()
    }

    pub fn args<I: IntoIterator<Item = S>, S: Into<String>>(mut self, args: I) -> Self {
        self.args = args.into_iter().map(Into::into).collect();
        self
    }

    pub fn env(mut self, key: &str, value: &str) -> Self {
        self.envs.push((key.into(), value.into()));
        self
    }

    pub fn stdin(mut self, text: &str) -> Self {
        self.stdin = Some(text.into());
        self
    }

    pub fn command(&self) -> Command {
        self.command_with(&self.args)
    }

    pub fn command_with<S: AsRef<std::ffi::OsStr>>(&self, args: &[S]) -> Command {
        let mut cmd = Command::cargo_bin("dvk").unwrap();
        cmd.current_dir(self.dir.path())
            .env_remove("DVK_REGISTER")
            .env_remove("NO_COLOR")
            .env("COLUMNS", "200")
            // English unless a test chooses: the machine's locale must not
            // change what the tests see.
            .env("DVK_LANG", "en")
            .args(args);
        for (k, v) in &self.envs {
            cmd.env(k, v);
        }
        cmd.write_stdin(self.stdin.clone().unwrap_or_default());
        cmd
    }

    /// Runs and returns (stdout, stderr, code).
    pub fn run(&self) -> (String, String, i32) {
        self.run_with(&self.args)
    }

    /// Runs with other arguments.
    pub fn run_with<S: AsRef<std::ffi::OsStr>>(&self, args: &[S]) -> (String, String, i32) {
        let out = self.command_with(args).output().unwrap();
        (
            String::from_utf8(out.stdout).unwrap(),
            String::from_utf8(out.stderr).unwrap(),
            out.status.code().unwrap_or(-1),
        )
    }

    /// Asserts the whole of stdout, stderr and the exit code.
    #[track_caller]
    pub fn expect(&self, stdout: &str, stderr: &str, code: i32) {
        let (out, err, got) = self.run();
        assert_eq!(
            (out.as_str(), err.as_str(), got),
            (stdout, stderr, code),
            "dvk {}",
            self.args.join(" ")
        );
    }

    /// Asserts the whole of stdout, stderr and the exit code of a run
    /// with other arguments.
    #[track_caller]
    pub fn expect_with(&self, args: &[&str], stdout: &str, stderr: &str, code: i32) {
        let (out, err, got) = self.run_with(args);
        assert_eq!(
            (out.as_str(), err.as_str(), got),
            (stdout, stderr, code),
            "dvk {}",
            args.join(" ")
        );
    }

    /// Runs expecting success with empty stderr; returns stdout.
    #[track_caller]
    pub fn ok(&self) -> String {
        self.ok_with(&self.args.iter().map(String::as_str).collect::<Vec<_>>())
    }

    #[track_caller]
    /// Writes the report pack of a year into `out` (`dvk -q report
    /// --year YEAR --out OUT`), asserting that it says nothing.
    pub fn write_pack(&self, year: &str, out: &Path) {
        self.ok_with(&[
            "-q",
            "report",
            "--year",
            year,
            "--out",
            out.to_str().unwrap(),
        ]);
    }

    pub fn ok_with(&self, args: &[&str]) -> String {
        let (out, err, code) = self.run_with(args);
        assert_eq!(
            (err.as_str(), code),
            ("", 0),
            "dvk {}\nstdout: {out}",
            args.join(" ")
        );
        out
    }
}

pub fn sample() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("data-sample")
}
