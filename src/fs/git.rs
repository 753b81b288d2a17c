//! The user's `git`, run as a program with fixed arguments (never through
//! a shell): where a repository is, the commits `git log --follow` lists
//! for one file, a file's text at a commit, git's own merge of three texts
//! and the repository's config. Nothing here reads a record.
//!
//! Why the program and not a library (`gix`): the user's `git` is the one
//! that calls the merge driver, holds the config the driver is set in and
//! knows the repository's extensions and hooks; `git log --follow` is its
//! rename detection, which a library would have to copy; and it adds no
//! dependency of a hundred crates to a tool that otherwise never needs it.

use std::ffi::OsStr;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use crate::error::{Error, IoAction, Result};
use crate::tr;

/// `git` in `dir`, its output captured.
fn run<S: AsRef<OsStr>>(dir: &Path, args: &[S]) -> Result<Output> {
    Command::new("git")
        .current_dir(dir)
        .args(args)
        .output()
        .map_err(|e| Error::io(IoAction::RunGitIn, dir, e))
}

/// What git said on stderr, first line only, for a message.
fn said(output: &Output) -> String {
    let text = String::from_utf8_lossy(&output.stderr);
    let line = text.lines().next().unwrap_or_default().trim();
    line.strip_prefix("fatal: ").unwrap_or(line).to_owned()
}

/// The top folder of the work tree that holds `dir`, or `None` when `dir`
/// is in no git work tree (or `git` is not installed).
pub fn work_tree(dir: &Path) -> Option<PathBuf> {
    top(&run(dir, &["rev-parse", "--show-toplevel"]).ok()?)
}

fn top(output: &Output) -> Option<PathBuf> {
    if !output.status.success() {
        return None;
    }
    let text = std::str::from_utf8(&output.stdout).ok()?;
    let top = text.trim_end_matches(['\n', '\r']);
    (!top.is_empty()).then(|| PathBuf::from(top))
}

/// As `work_tree`, but an error that says why there is none: `what` is
/// what needed git ("history comes from git").
pub fn require_work_tree(dir: &Path, what: &str) -> Result<PathBuf> {
    match run(dir, &["rev-parse", "--show-toplevel"]) {
        Ok(output) => top(&output).ok_or_else(|| {
            // git's own words only when they say more than "not a repository".
            let why = said(&output);
            // i18n: git's own words, as it says them
            if why.is_empty() || why.starts_with("not a git repository") {
                Error::Input(tr!("read-git-no-repo", dir = dir, what = what))
            } else {
                Error::Input(tr!(
                    "read-git-no-repo-because",
                    dir = dir,
                    why = why,
                    what = what
                ))
            }
        }),
        Err(Error::Io { cause, .. }) if cause.kind() == std::io::ErrorKind::NotFound => {
            Err(Error::Input(tr!("read-git-missing", what = what)))
        }
        Err(e) => Err(e),
    }
}

/// One commit that changed a file, as `git log --follow` lists it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Commit {
    pub hash: String,
    /// The author's date, `YYYY-MM-DDTHH:MM:SS+ZZ:ZZ` (`%aI`).
    pub date: String,
    pub author: String,
    pub email: String,
    pub subject: String,
    /// The change to the file against the first parent: `A`, `M`, `D`,
    /// `R…` (renamed), `C…` (copied); empty when git shows none.
    pub status: String,
    /// The file's path in the repository before the commit (another one
    /// for a rename) and after it.
    pub before: String,
    pub after: String,
}

/// The commits that changed `file` (relative to `dir`), newest first, as
/// `git log --follow --date-order` lists them: a merge is not listed, the commits it
/// brought in are. Paths are relative to the top of the work tree.
pub fn log_follow(dir: &Path, file: &Path) -> Result<Vec<Commit>> {
    let args: Vec<&OsStr> = [
        "log",
        "--follow",
        // Date order, but never a parent before its children (commits of
        // the same second would otherwise come in any order).
        "--date-order",
        "--name-status",
        "-z",
        "--format=%x1e%H%x1f%aI%x1f%an%x1f%ae%x1f%s",
        "--",
    ]
    .iter()
    .map(OsStr::new)
    .chain([file.as_os_str()])
    .collect();
    let output = run(dir, &args)?;
    let born = || {
        run(dir, &["rev-parse", "--verify", "--quiet", "HEAD"]).is_ok_and(|o| o.status.success())
    };
    if !output.status.success() && !born() {
        // A repository without a commit yet: nothing has changed the file.
        return Ok(Vec::new());
    }
    if !output.status.success() {
        return Err(Error::Input(tr!(
            "read-git-log-failed",
            file = file,
            cause = said(&output)
        )));
    }
    let text = String::from_utf8_lossy(&output.stdout);
    Ok(parse_log(&text))
}

/// Reads the records of `log_follow`'s output: `\x1e` opens a commit, its
/// fields split by `\x1f` up to a NUL, then the name-status fields, each
/// ended by a NUL. A commit without status takes the paths of the commit
/// listed after it (the older one), which the file had then.
fn parse_log(text: &str) -> Vec<Commit> {
    let mut commits: Vec<Commit> = Vec::new();
    for record in text.split('\x1e').filter(|r| !r.is_empty()) {
        let (head, rest) = record.split_once('\0').unwrap_or((record, ""));
        let mut fields = head.split('\x1f');
        let mut next = || fields.next().unwrap_or_default().to_owned();
        let (hash, date, author, email, subject) = (next(), next(), next(), next(), next());
        let mut names = rest
            .trim_start_matches('\n')
            .split('\0')
            .filter(|s| !s.is_empty());
        let status = names.next().unwrap_or_default().to_owned();
        let first = names.next().unwrap_or_default().to_owned();
        let (before, after) = match status.chars().next() {
            Some('R' | 'C') => (first, names.next().unwrap_or_default().to_owned()),
            _ => (first.clone(), first),
        };
        commits.push(Commit {
            hash,
            date,
            author,
            email,
            subject,
            status,
            before,
            after,
        });
    }
    // Oldest first, a commit git showed no status for takes the path the
    // file had after the one before it.
    for i in (0..commits.len()).rev() {
        if commits[i].after.is_empty() {
            let path = commits
                .get(i + 1)
                .map(|c| c.after.clone())
                .unwrap_or_default();
            commits[i].before.clone_from(&path);
            commits[i].after = path;
        }
    }
    commits
}

/// The text of `path` (relative to the top of the work tree) at `commit`
/// (`HASH` or `HASH^`); `None` when the commit has no such file.
pub fn show(dir: &Path, commit: &str, path: &str) -> Result<Option<String>> {
    let output = run(dir, &["show", &format!("{commit}:{path}")])?;
    Ok(output
        .status
        .success()
        .then(|| String::from_utf8_lossy(&output.stdout).into_owned()))
}

/// git's own three-way merge of one file (`git merge-file`): the result is
/// written to `ours`, conflicts marked with the labels `ours`, `base` and
/// `theirs`. Returns whether it merged without conflicts.
pub fn merge_file(dir: &Path, base: &Path, ours: &Path, theirs: &Path) -> Result<bool> {
    let mut args: Vec<&OsStr> = ["merge-file", "-L", "ours", "-L", "base", "-L", "theirs"]
        .iter()
        .map(OsStr::new)
        .collect();
    args.extend([ours.as_os_str(), base.as_os_str(), theirs.as_os_str()]);
    let output = run(dir, &args)?;
    match output.status.code() {
        Some(0) => Ok(true),
        // The number of conflicts, up to 127.
        Some(1..=127) => Ok(false),
        _ => Err(Error::Input(tr!(
            "read-git-merge-failed",
            file = ours,
            cause = said(&output)
        ))),
    }
}

/// The value of `key` in the repository's own config (`.git/config`),
/// if set there.
pub fn config_get(dir: &Path, key: &str) -> Result<Option<String>> {
    let output = run(dir, &["config", "--local", "--get", key])?;
    Ok(output.status.success().then(|| {
        String::from_utf8_lossy(&output.stdout)
            .trim_end_matches(['\n', '\r'])
            .to_owned()
    }))
}

/// Sets `key` to `value` in the repository's own config.
pub fn config_set(dir: &Path, key: &str, value: &str) -> Result<()> {
    let output = run(dir, &["config", "--local", key, value])?;
    if output.status.success() {
        Ok(())
    } else {
        Err(Error::Input(tr!(
            "read-git-config-failed",
            key = key,
            cause = said(&output)
        )))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_log_records_with_renames_and_merges() {
        let text = "\x1eh3\x1f2024-03-01T00:00:00Z\x1fA\x1fa@x\x1frenamed\0\nR100\0models/a.toml\0models/b/a.toml\0\
                    \x1eh2\x1f2024-02-01T00:00:00Z\x1fB\x1fb@x\x1fmerge\0\
                    \x1eh1\x1f2024-01-01T00:00:00Z\x1fA\x1fa@x\x1fone\0\nA\0models/a.toml\0";
        let commits = parse_log(text);
        assert_eq!(commits.len(), 3);
        assert_eq!(
            (commits[0].before.as_str(), commits[0].after.as_str()),
            ("models/a.toml", "models/b/a.toml")
        );
        assert_eq!(commits[1].status, "");
        assert_eq!(commits[1].after, "models/a.toml");
        assert_eq!(commits[2].subject, "one");
        assert_eq!(commits[2].status, "A");
    }
}
