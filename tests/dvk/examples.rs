//! `examples/yearly-summary.sh`, run as a commission would on the sample
//! register: the sample is copied (it is no git repository of its own),
//! and the copy ends with a commit holding the pack.

use std::fs;
use std::path::Path;
use std::process::Command;

use crate::support::sample;

/// Runs git in a folder, with no user or system configuration that could
/// change its output (signing, hooks, another default branch).
fn git(dir: &Path, args: &[&str]) -> String {
    let out = Command::new("git")
        .current_dir(dir)
        .env("GIT_CONFIG_GLOBAL", "/dev/null")
        .env("GIT_CONFIG_NOSYSTEM", "1")
        .args(args)
        .output()
        .unwrap();
    assert!(out.status.success(), "git {}: {out:?}", args.join(" "));
    String::from_utf8(out.stdout).unwrap()
}

fn summary(work: &Path, register: &Path) -> (String, String, i32) {
    let script = Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/yearly-summary.sh");
    let out = Command::new("bash")
        .arg(script)
        .arg(register)
        .arg("2024")
        .env("DVK", assert_cmd::cargo::cargo_bin("dvk"))
        .env("WORKDIR", work)
        .env("GIT_CONFIG_GLOBAL", "/dev/null")
        .env("GIT_CONFIG_NOSYSTEM", "1")
        .env_remove("DVK_REGISTER")
        .env_remove("GIT_DIR")
        .output()
        .unwrap();
    (
        String::from_utf8(out.stdout).unwrap(),
        String::from_utf8(out.stderr).unwrap(),
        out.status.code().unwrap_or(-1),
    )
}

#[test]
fn the_yearly_summary_commits_the_pack_in_a_copy_of_the_sample() {
    if Command::new("git").arg("--version").output().is_err() {
        eprintln!("skipped: git is not installed");
        return;
    }
    let temp = tempfile::tempdir().unwrap();
    let work = temp.path().join("so");
    let wrote = "wrote 17 tables on 47 models, as of 2024-12-31, to bao-cao-2024\n";
    let (out, err, code) = summary(&work, &sample());
    assert_eq!((code, err.as_str()), (0, wrote), "{out}");
    assert!(
        out.contains(
            "hd-tinh-2021-2025 -> bao-cao-2024/danh-gia-hd-tinh-2021-2025.csv: 47 models,"
        ),
        "{out}"
    );
    assert!(out.contains("\nbao-cao-2024/11-ty-le.csv\n"), "{out}");

    // Two commits: the register as copied, then the pack.
    let log = git(&work, &["log", "--format=%s"]);
    let subjects: Vec<&str> = log.lines().collect();
    assert_eq!(subjects.len(), 2, "{log}");
    assert!(
        subjects[0].starts_with("Báo cáo sơ kết năm 2024 (dvk report, ")
            && subjects[0].ends_with(')'),
        "{log}"
    );
    let committed = git(&work, &["show", "--name-only", "--format=", "HEAD"]);
    for name in [
        "01-dang-ky-trong-ky.csv",
        "03-dang-ky-de-nghi-cong-nhan.csv",
        "11-ty-le.csv",
        "02-luy-ke.svg",
        "bao-cao-2024.xlsx",
        "README.md",
        "danh-gia-hd-tinh-2021-2025.csv",
    ] {
        assert!(
            committed
                .lines()
                .any(|l| l == format!("bao-cao-2024/{name}")),
            "{name} not in the commit:\n{committed}"
        );
    }
    assert_eq!(committed.lines().count(), 24, "{committed}");
    assert_eq!(git(&work, &["status", "--porcelain"]), "");
    assert!(!sample().join("bao-cao-2024").exists());

    // The copy is now a repository of its own: a rerun works in it, and
    // the pack being the same bytes, there is nothing to commit.
    let (out, err, code) = summary(&temp.path().join("unused"), &work);
    assert_eq!((code, err.as_str()), (0, wrote), "{out}");
    assert!(
        out.contains("bao-cao-2024 is the same as the one committed: nothing to commit"),
        "{out}"
    );
    assert!(!temp.path().join("unused").exists());
    assert_eq!(git(&work, &["log", "--format=%s"]).lines().count(), 2);
    let csv = fs::read_to_string(work.join("bao-cao-2024/02-luy-ke.csv")).unwrap();
    assert!(csv.starts_with("\u{feff}Lĩnh vực,"), "{csv}");
}
