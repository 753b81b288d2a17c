//! A temporary register in a git repository of its own, for the tests of
//! `merge-driver` and `history`: git with no global or system config, the
//! built `dvk` first on the PATH (git runs the merge driver by name), and
//! every file inside the test's temporary folder.

use std::path::PathBuf;
use std::process::Command;

use super::Test;

/// Whether `git` can be run; when not, says so (the test is skipped).
pub fn available(test: &str) -> bool {
    let found = Command::new("git")
        .arg("--version")
        .output()
        .is_ok_and(|o| o.status.success());
    if !found {
        eprintln!("{test}: skipped, `git` is not installed");
    }
    found
}

/// A register (`dvk.toml`, `models/`) in a new repository on branch
/// `main`, committed once.
pub struct Repo {
    pub t: Test,
}

impl Repo {
    pub fn new() -> Self {
        let t = Test::new()
            .env("GIT_CONFIG_GLOBAL", "/dev/null")
            .env("GIT_CONFIG_NOSYSTEM", "1");
        let repo = Self { t };
        repo.git(&["init", "-q", "-b", "main"]);
        repo.git(&["config", "user.name", "Nguyễn Văn An"]);
        repo.git(&["config", "user.email", "an@example.vn"]);
        repo.git(&["add", "-A"]);
        repo.git(&["commit", "-q", "-m", "sổ mới"]);
        repo
    }

    /// `git` in the repository: (stdout, stderr, code).
    pub fn run(&self, args: &[&str]) -> (String, String, i32) {
        let dvk = PathBuf::from(env!("CARGO_BIN_EXE_dvk"));
        let mut path = std::ffi::OsString::from(dvk.parent().unwrap());
        if let Some(old) = std::env::var_os("PATH") {
            path.push(":");
            path.push(old);
        }
        let out = Command::new("git")
            .current_dir(self.t.path())
            .args(args)
            .env("GIT_CONFIG_GLOBAL", "/dev/null")
            .env("GIT_CONFIG_NOSYSTEM", "1")
            .env("PATH", path)
            .env("DVK_TODAY", "2026-11-21")
            .env_remove("GIT_DIR")
            .env_remove("GIT_WORK_TREE")
            .env_remove("GIT_INDEX_FILE")
            .output()
            .unwrap();
        (
            String::from_utf8(out.stdout).unwrap(),
            String::from_utf8(out.stderr).unwrap(),
            out.status.code().unwrap_or(-1),
        )
    }

    /// `git` that must succeed: its stdout.
    #[track_caller]
    pub fn git(&self, args: &[&str]) -> String {
        let (out, err, code) = self.run(args);
        assert_eq!(code, 0, "git {}\n{out}{err}", args.join(" "));
        out
    }

    /// Writes a file of the register.
    pub fn write(&self, rel: &str, text: &str) {
        let path = self.t.path().join(rel);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(path, text).unwrap();
    }

    /// Appends to a file of the register.
    pub fn append(&self, rel: &str, text: &str) {
        let old = self.t.read(rel);
        self.write(rel, &format!("{old}{text}"));
    }

    /// Commits everything with `subject`.
    pub fn commit(&self, subject: &str) {
        self.git(&["add", "-A"]);
        self.git(&["commit", "-q", "-m", subject]);
    }
}
