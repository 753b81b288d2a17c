//! `dvk history`: a model's commits from git, oldest first, with what
//! changed in words, following a rename of its file (skipped, saying why,
//! where git is not installed).

use serde_json::Value;

use crate::support::git::{Repo, available};
use crate::support::{Test, model};

#[test]
fn history_of_a_model_changed_in_four_commits() {
    if !available("history_of_a_model_changed_in_four_commits") {
        return;
    }
    let repo = Repo::new();
    let first = "models/2024-vuon-mau.toml";
    repo.write(first, &model("Vườn mẫu", "kinh_te", "xa", "2024-03-15", ""));
    repo.commit("đăng ký vườn mẫu");
    let (_, err, code) = repo.t.run_with(&[
        "recognize",
        "2024-vuon-mau",
        "--level",
        "huyen",
        "--date",
        "2024-06-20",
    ]);
    assert_eq!(code, 0, "{err}");
    repo.commit("công nhận cấp huyện");
    let text = repo
        .t
        .read(first)
        .replace("Hội Nông dân xã Quảng Tân", "Hội Phụ nữ xã Quảng Tân");
    repo.write(
        first,
        &format!("{text}\n[[outcome]]\nyear = 2024\nngay_cong = 120\n"),
    );
    repo.commit("đổi đơn vị, kết quả 2024");
    std::fs::create_dir_all(repo.t.path().join("models/2024")).unwrap();
    repo.git(&["mv", first, "models/2024/2024-vuon-mau.toml"]);
    repo.commit("xếp theo năm");

    let out = repo
        .t
        .ok_with(&["history", "2024-vuon-mau", "--format", "json"]);
    let steps: Vec<Value> = serde_json::from_str(&out).unwrap();
    let log = repo.git(&[
        "log",
        "--follow",
        "--date-order",
        "--format=%H %an %s",
        "--",
        "models/2024/2024-vuon-mau.toml",
    ]);
    let got: Vec<String> = steps
        .iter()
        .map(|s| {
            format!(
                "{} {} {}",
                s["commit"].as_str().unwrap(),
                s["author"].as_str().unwrap(),
                s["subject"].as_str().unwrap()
            )
        })
        .collect();
    // Oldest first (`git log --follow --reverse` does not follow renames).
    assert_eq!(got, log.lines().rev().collect::<Vec<_>>());
    let changes: Vec<Value> = steps.iter().map(|s| s["changes"].clone()).collect();
    assert_eq!(
        Value::Array(changes),
        serde_json::json!([
            ["created"],
            ["added event cong_nhan huyen 2024-06-20"],
            [
                "unit: Hội Nông dân xã Quảng Tân → Hội Phụ nữ xã Quảng Tân",
                "added outcome 2024"
            ],
            ["renamed from models/2024-vuon-mau.toml"],
        ])
    );
    assert!(steps.iter().all(
        |s| s["email"] == "an@example.vn" && s["date"].as_str().is_some_and(|d| d.len() >= 20)
    ));

    let csv = repo
        .t
        .ok_with(&["history", "2024-vuon-mau", "--format", "csv"]);
    assert!(
        csv.starts_with("commit,date,author,email,subject,changes\n"),
        "{csv}"
    );
    assert_eq!(csv.lines().count(), 5, "{csv}");
}

#[test]
fn a_model_not_yet_committed_has_no_history_and_outside_git_it_says_so() {
    if !available("a_model_not_yet_committed_has_no_history_and_outside_git_it_says_so") {
        return;
    }
    let repo = Repo::new();
    repo.write(
        "models/moi.toml",
        &model("Mới", "kinh_te", "xa", "2024-03-15", ""),
    );
    repo.t.expect_with(
        &["history", "moi", "--format", "csv"],
        "commit,date,author,email,subject,changes\n",
        "",
        0,
    );
    let (_, err, code) = repo.t.run_with(&["history", "moi", "--format", "table"]);
    assert_eq!(
        (err.as_str(), code),
        (
            "no commit holds models/moi.toml yet: it is new since the last commit\n",
            0
        )
    );
    let t = Test::new().model("moi", &model("Mới", "kinh_te", "xa", "2024-03-15", ""));
    let (out, err, code) = t.run_with(&["history", "moi"]);
    assert_eq!((out.as_str(), code), ("", 2));
    assert!(
        err.ends_with("is not in a git repository; a model's history comes from git\n"),
        "{err}"
    );
}

#[test]
fn history_across_a_merge_lists_the_commits_git_log_follow_lists() {
    if !available("history_across_a_merge_lists_the_commits_git_log_follow_lists") {
        return;
    }
    let repo = Repo::new();
    let (_, err, code) = repo.t.run_with(&["merge-driver", "--install"]);
    assert_eq!(code, 0, "{err}");
    let file = "models/vuon.toml";
    repo.write(file, &model("Vườn", "kinh_te", "xa", "2024-03-15", ""));
    repo.commit("đăng ký");
    repo.git(&["checkout", "-q", "-b", "nhanh"]);
    repo.append(
        file,
        "\n[[event]]\ndate = 2024-09-10\ntype = \"cong_nhan\"\nlevel = \"huyen\"\n",
    );
    repo.commit("công nhận");
    repo.git(&["checkout", "-q", "main"]);
    repo.append(
        file,
        "\n[[event]]\ndate = 2024-06-20\ntype = \"de_nghi\"\nlevel = \"huyen\"\n",
    );
    repo.commit("đề nghị");
    repo.git(&["merge", "-q", "nhanh", "-m", "gộp"]);

    let csv = repo.t.ok_with(&["history", "vuon", "--format", "csv"]);
    let got: Vec<&str> = csv.lines().skip(1).map(|l| &l[..40]).collect();
    let log = repo.git(&["log", "--follow", "--date-order", "--format=%H", "--", file]);
    assert_eq!(got, log.lines().rev().collect::<Vec<_>>());
    // The two branches' commits may share a second: git orders them.
    let mut changes: Vec<&str> = csv
        .lines()
        .skip(1)
        .map(|l| l.rsplit(',').next().unwrap())
        .collect();
    changes.sort_unstable();
    assert_eq!(
        changes,
        [
            "added event cong_nhan huyen 2024-09-10",
            "added event de_nghi huyen 2024-06-20",
            "created",
        ]
    );
}
