//! `dvk merge-driver`: set up with `--install` in real git repositories,
//! then run by git itself on merges of branches that changed one model
//! (skipped, saying why, where git is not installed).

use crate::support::git::{Repo, available};
use crate::support::model;

const MODEL: &str = "models/2024-vuon-mau.toml";

fn event(date: &str, kind: &str, level: &str) -> String {
    format!("\n[[event]]\ndate = {date}\ntype = \"{kind}\"\nlevel = \"{level}\"\n")
}

/// A repository with the driver set up and one model committed.
fn repo() -> Repo {
    let repo = Repo::new();
    let (_, err, code) = repo.t.run_with(&["merge-driver", "--install"]);
    assert_eq!(code, 0, "{err}");
    repo.write(MODEL, &model("Vườn mẫu", "kinh_te", "xa", "2024-03-15", ""));
    repo.commit("đăng ký vườn mẫu");
    repo
}

#[test]
fn install_is_idempotent_and_init_in_a_work_tree_does_it() {
    if !available("install_is_idempotent_and_init_in_a_work_tree_does_it") {
        return;
    }
    let repo = Repo::new();
    repo.t.expect_with(
        &["merge-driver", "--install"],
        "",
        "Set up dvk's merge driver: .gitattributes has `models/**/*.toml merge=dvk` (commit it), \
         and merge.dvk.driver is in .git/config, which a clone does not copy: each clone runs \
         `dvk merge-driver --install` once.\n",
        0,
    );
    repo.t.expect_with(
        &["merge-driver", "--install"],
        "",
        "dvk's merge driver is set up already: .gitattributes and merge.dvk.driver in .git/config.\n",
        0,
    );
    assert_eq!(
        repo.t.read(".gitattributes"),
        "models/**/*.toml merge=dvk\n"
    );
    assert_eq!(
        repo.git(&["config", "--get", "merge.dvk.driver"]),
        "dvk merge-driver %O %A %B %P\n"
    );
    assert!(!repo.git(&["config", "--get", "merge.dvk.name"]).is_empty());

    // `init` of a register inside the work tree sets it up beside it.
    let (_, err, code) = repo.t.run_with(&["init", "so-xa"]);
    assert_eq!(code, 0, "{err}");
    assert!(
        err.contains("Set up dvk's merge driver: so-xa/.gitattributes"),
        "{err}"
    );
    assert_eq!(
        repo.t.read("so-xa/.gitattributes"),
        "models/**/*.toml merge=dvk\n"
    );
}

#[test]
fn a_linked_gitattributes_is_refused() {
    if !available("a_linked_gitattributes_is_refused") {
        return;
    }
    let repo = Repo::new();
    // A link to a file of the test's own folder, never outside it.
    std::os::unix::fs::symlink("dvk.toml", repo.t.path().join(".gitattributes")).unwrap();
    repo.t.expect_with(
        &["merge-driver", "--install"],
        "",
        "error: .gitattributes: a symbolic link; links are not followed\n",
        2,
    );
    assert_eq!(repo.t.read("dvk.toml"), "name = \"Sổ thử\"\n");
}

#[test]
fn two_branches_appending_events_merge_cleanly_and_check_is_clean() {
    if !available("two_branches_appending_events_merge_cleanly_and_check_is_clean") {
        return;
    }
    let repo = repo();
    repo.git(&["checkout", "-q", "-b", "huyen"]);
    repo.append(MODEL, &event("2024-09-10", "cong_nhan", "huyen"));
    repo.commit("công nhận cấp huyện");
    repo.git(&["checkout", "-q", "main"]);
    repo.append(MODEL, &event("2024-06-20", "de_nghi", "huyen"));
    repo.commit("đề nghị cấp huyện");
    repo.git(&["merge", "-q", "huyen", "-m", "gộp"]);
    assert_eq!(
        repo.t.read(MODEL),
        model(
            "Vườn mẫu",
            "kinh_te",
            "xa",
            "2024-03-15",
            &format!(
                "{}{}",
                event("2024-06-20", "de_nghi", "huyen"),
                event("2024-09-10", "cong_nhan", "huyen")
            )
        )
    );
    repo.t
        .expect_with(&["check"], "0 errors, 0 warnings in 1 model file\n", "", 0);
}

#[test]
fn the_same_event_added_on_both_sides_appears_once() {
    if !available("the_same_event_added_on_both_sides_appears_once") {
        return;
    }
    let repo = repo();
    let same = event("2024-06-20", "cong_nhan", "huyen");
    repo.git(&["checkout", "-q", "-b", "ban"]);
    repo.append(
        MODEL,
        &format!("{same}\n[[outcome]]\nyear = 2024\nngay_cong = 120\n"),
    );
    repo.commit("công nhận, kết quả");
    repo.git(&["checkout", "-q", "main"]);
    repo.append(MODEL, &format!("tags = [\"nong-thon-moi\"]\n{same}"));
    repo.commit("công nhận, nhãn");
    repo.git(&["merge", "-q", "ban", "-m", "gộp"]);
    let merged = repo.t.read(MODEL);
    assert_eq!(merged.matches("[[event]]").count(), 1, "{merged}");
    assert!(
        merged
            .contains("tags = [\"nong-thon-moi\"]\n\n[[outcome]]\nyear = 2024\nngay_cong = 120\n"),
        "{merged}"
    );
    repo.t
        .expect_with(&["check"], "0 errors, 0 warnings in 1 model file\n", "", 0);
}

#[test]
fn a_name_changed_on_both_sides_conflicts_around_name_only_and_check_names_it() {
    if !available("a_name_changed_on_both_sides_conflicts_around_name_only_and_check_names_it") {
        return;
    }
    let repo = repo();
    let base = repo.t.read(MODEL);
    repo.git(&["checkout", "-q", "-b", "doi-ten"]);
    repo.write(MODEL, &base.replace("Vườn mẫu", "Vườn mẫu kiểu mới"));
    repo.append(MODEL, &event("2024-09-10", "cong_nhan", "huyen"));
    repo.commit("đổi tên, công nhận");
    repo.git(&["checkout", "-q", "main"]);
    repo.write(MODEL, &base.replace("Vườn mẫu", "Vườn mẫu xã Quảng Tân"));
    repo.commit("đổi tên");
    let (out, err, code) = repo.run(&["merge", "doi-ten", "-m", "gộp"]);
    assert_eq!(code, 1, "{out}{err}");
    assert!(
        err.contains("models/2024-vuon-mau.toml: both sides changed `name` differently"),
        "{err}"
    );
    let body = base.strip_prefix("name = \"Vườn mẫu\"\n").unwrap();
    assert_eq!(
        repo.t.read(MODEL),
        format!(
            "<<<<<<< ours\nname = \"Vườn mẫu xã Quảng Tân\"\n=======\nname = \"Vườn mẫu kiểu mới\"\n>>>>>>> theirs\n{body}{}",
            event("2024-09-10", "cong_nhan", "huyen")
        )
    );
    repo.t.expect_with(
        &["check"],
        "models/2024-vuon-mau.toml:1:1: error: unresolved merge conflict (line 2 ours, line 4 theirs): \
         keep what is right, delete the marker lines, then run `dvk check` again\n\
         1 | <<<<<<< ours\n  | ^\n1 error, 0 warnings in 1 model file\n",
        "",
        1,
    );
}

#[test]
fn a_side_that_is_no_model_is_merged_by_git_as_text() {
    if !available("a_side_that_is_no_model_is_merged_by_git_as_text") {
        return;
    }
    let repo = repo();
    let base = repo.t.read(MODEL);
    repo.write("base.toml", &base);
    repo.write("ours.toml", &base.replace("Vườn mẫu", "Vườn A"));
    repo.write(
        "theirs.toml",
        &base.replace("name = \"Vườn mẫu\"", "name = Vườn B"),
    );
    repo.t.expect_with(
        &[
            "merge-driver",
            "base.toml",
            "ours.toml",
            "theirs.toml",
            MODEL,
        ],
        "",
        "models/2024-vuon-mau.toml: not a model on every side, so git merged it as text: \
         resolve the marked lines, then run `dvk check`\n",
        1,
    );
    let merged = repo.t.read("ours.toml");
    assert!(
        merged.starts_with(
            "<<<<<<< ours\nname = \"Vườn A\"\n=======\nname = Vườn B\n>>>>>>> theirs\n"
        ),
        "{merged}"
    );
}
