//! `dvk absorb`: another register's models copied in with the criteria
//! sets and evidence they need, all or nothing; each kind of conflict
//! refused with both registers left byte for byte as they were.

use std::collections::BTreeMap;
use std::fs;
use std::path::Path;

use crate::support::fixture::CRITERIA;
use crate::support::{Test, model};

/// Every file and folder under `root`, hidden ones included, with its
/// bytes: what "left as it was" compares.
fn snapshot(root: &Path) -> BTreeMap<String, Option<Vec<u8>>> {
    let mut out = BTreeMap::new();
    let mut stack = vec![root.to_path_buf()];
    while let Some(dir) = stack.pop() {
        for entry in fs::read_dir(&dir).unwrap() {
            let path = entry.unwrap().path();
            let rel = path
                .strip_prefix(root)
                .unwrap()
                .to_string_lossy()
                .into_owned();
            let meta = fs::symlink_metadata(&path).unwrap();
            if meta.is_dir() {
                out.insert(rel, None);
                stack.push(path);
            } else {
                out.insert(rel, Some(fs::read(&path).unwrap()));
            }
        }
    }
    out
}

const ASSESSED: &str = "\n[[assessment]]\ndate = 2024-06-01\ncriteria = \"hd-huyen\"\n\
                        results = { lan_toa = true, hieu_qua = 25 }\n";

/// This register: one model of Quảng Tân, and a note in ho-so/.
fn this() -> Test {
    Test::new()
        .model(
            "2023/tan-a",
            &model("Vườn mẫu", "kinh_te", "xa", "2023-02-01", ""),
        )
        .file("ho-so/2023/1-qd.pdf", "%PDF quyết định 1\n")
}

/// The other register: two models of Quảng Lợi in sub-folders, one with an
/// assessment against its criteria set, and two evidence files.
fn other() -> Test {
    Test::new()
        .file("dvk.toml", "name = \"Sổ xã Quảng Lợi\"\n")
        .file("criteria/hd-huyen.toml", CRITERIA)
        .file("criteria/khong-dung.toml", CRITERIA)
        .model(
            "2024/loi-b",
            &model(
                "Dân vận khéo",
                "van_hoa_xa_hoi",
                "xa",
                "2024-01-10",
                &format!("commune = \"Quảng Lợi\"\n{ASSESSED}"),
            ),
        )
        .model(
            "loi-c",
            &model(
                "Đường hoa",
                "kinh_te",
                "huyen",
                "2024-03-01",
                "# giữ chú thích\n",
            ),
        )
        .file("ho-so/2024/7-qd.pdf", "%PDF quyết định 7\n")
        .file("ho-so/2023/1-qd.pdf", "%PDF quyết định 1\n")
}

fn absorb(this: &Test, other: &Test, more: &[&str]) -> (String, String, i32) {
    let mut args = vec!["absorb", other.path().to_str().unwrap()];
    args.extend_from_slice(more);
    let (out, err, code) = this.run_with(&args);
    let err = err.replace(other.path().to_str().unwrap(), "OTHER");
    (out, err, code)
}

#[test]
fn copies_the_models_their_criteria_and_evidence_keeping_paths() {
    let (this, other) = (this(), other());
    let before = snapshot(other.path());
    let (out, err, code) = absorb(&this, &other, &[]);
    assert_eq!(
        (out.as_str(), err.as_str(), code),
        (
            "ho-so/2024/7-qd.pdf\ncriteria/hd-huyen.toml\nmodels/2024/loi-b.toml\nmodels/loi-c.toml\n",
            "2 models, 1 criteria set and 1 evidence file copied from OTHER; run `dvk check` and \
             commit\n",
            0
        )
    );
    assert_eq!(snapshot(other.path()), before, "OTHER is left as it was");
    for rel in [
        "models/2024/loi-b.toml",
        "models/loi-c.toml",
        "criteria/hd-huyen.toml",
        "ho-so/2024/7-qd.pdf",
    ] {
        assert_eq!(this.read(rel), other.read(rel), "{rel}");
    }
    // The set no model names stays behind.
    assert!(!this.path().join("criteria/khong-dung.toml").exists());
    this.expect_with(&["check"], "0 errors, 0 warnings in 3 model files\n", "", 0);
    let ids = this.ok_with(&["list", "--format", "csv"]);
    assert_eq!(ids.lines().count(), 4, "{ids}");
    assert!(this.read("models/loi-c.toml").contains("# giữ chú thích"));
}

#[test]
fn dry_run_lists_what_would_be_copied_and_writes_nothing() {
    let (this, other) = (this(), other());
    let (mine, theirs) = (snapshot(this.path()), snapshot(other.path()));
    let (out, err, code) = absorb(&this, &other, &["--dry-run"]);
    assert_eq!(
        (out.as_str(), err.as_str(), code),
        (
            "ho-so/2024/7-qd.pdf\ncriteria/hd-huyen.toml\nmodels/2024/loi-b.toml\nmodels/loi-c.toml\n",
            "2 models, 1 criteria set and 1 evidence file would be copied from OTHER; nothing \
             was written (--dry-run)\n",
            0
        )
    );
    assert_eq!(snapshot(other.path()), theirs);
    // The lock's folder aside, this register is as it was.
    let mut after = snapshot(this.path());
    after.retain(|k, _| !k.starts_with(".dvk"));
    let mut mine = mine;
    mine.retain(|k, _| !k.starts_with(".dvk"));
    assert_eq!(after, mine);
}

/// Runs absorb expecting a refusal; both registers are left byte for byte
/// (this one's lock folder aside).
#[track_caller]
fn refused(this: &Test, other: &Test, stderr: &str) {
    let clean = |t: &Test| {
        let mut s = snapshot(t.path());
        s.retain(|k, _| !k.starts_with(".dvk"));
        s
    };
    let (mine, theirs) = (clean(this), snapshot(other.path()));
    let (out, err, code) = absorb(this, other, &[]);
    assert_eq!((out.as_str(), err.as_str(), code), ("", stderr, 2));
    assert_eq!(snapshot(other.path()), theirs, "OTHER changed");
    assert_eq!(clean(this), mine, "this register changed");
}

#[test]
fn refuses_ids_in_both_registers() {
    let this = this().model(
        "2024/loi-b",
        &model("Khác", "kinh_te", "xa", "2024-01-01", ""),
    );
    refused(
        &this,
        &other(),
        "id `loi-b` is in both registers: models/2024/loi-b.toml here, \
         OTHER/models/2024/loi-b.toml there\n\
         error: cannot absorb OTHER: 1 conflict; nothing was written\n",
    );
}

#[test]
fn refuses_codes_and_metrics_this_taxonomy_lacks() {
    let this = this().file(
        "dvk.toml",
        "name = \"Sổ\"\n[fields]\nkinh_te = \"Kinh tế\"\n[metrics]\nngay_cong = { label = \"Ngày công\" }\n",
    );
    let other = other().model(
        "loi-d",
        &model(
            "Đo",
            "kinh_te",
            "xa",
            "2024-01-01",
            "\n[[outcome]]\nyear = 2024\nduong_km = 2\n",
        ),
    );
    refused(
        &this,
        &other,
        "field `van_hoa_xa_hoi` is used by model `loi-b` and is not in this register's dvk.toml\n\
         metric `duong_km` is used by model `loi-d` and is not in this register's dvk.toml\n\
         error: cannot absorb OTHER: 2 conflicts; nothing was written\n",
    );
}

#[test]
fn refuses_a_criteria_set_or_evidence_file_of_the_same_name_with_other_content() {
    let this = this()
        .file(
            "criteria/hd-huyen.toml",
            &CRITERIA.replace("min_score = 60", "min_score = 70"),
        )
        .file("ho-so/2024/7-qd.pdf", "%PDF một quyết định khác\n");
    refused(
        &this,
        &other(),
        "ho-so/2024/7-qd.pdf is here already, with other content than an evidence file of the \
         same name (OTHER/ho-so/2024/7-qd.pdf)\n\
         criteria/hd-huyen.toml is here already, with other content than a criteria set of the \
         same name (OTHER/criteria/hd-huyen.toml)\n\
         error: cannot absorb OTHER: 2 conflicts; nothing was written\n",
    );
    // The same set with CRLF line ends is the same content: reused.
    let this =
        crate::absorb::this().file("criteria/hd-huyen.toml", &CRITERIA.replace('\n', "\r\n"));
    let (out, _, code) = absorb(&this, &other(), &[]);
    assert_eq!(
        (out.as_str(), code),
        (
            "ho-so/2024/7-qd.pdf\nmodels/2024/loi-b.toml\nmodels/loi-c.toml\n",
            0
        )
    );
}

#[test]
fn refuses_a_broken_register_on_either_side() {
    let broken = other().model("loi-x", "name = \"Thiếu\"\n");
    refused(
        &this(),
        &broken,
        "error: cannot absorb OTHER: it has 5 errors; run `dvk -C OTHER check` to see them\n\
         first: OTHER/models/loi-x.toml:1:1: error: missing required key `unit` in a model\n",
    );
    let this = this().model("tan-x", "name = \"Thiếu\"\n");
    let (_, err, code) = absorb(&this, &other(), &[]);
    assert_eq!(code, 2);
    assert!(err.starts_with("error: the register has "), "{err}");
}

#[test]
fn refuses_a_folder_that_is_no_register_and_itself() {
    let this = this();
    let nothing = Test::empty();
    refused(
        &this,
        &nothing,
        "error: OTHER is not a register: it has no dvk.toml\nhint: create one with `dvk init OTHER`\n",
    );
    let (out, err, code) = this.run_with(&["absorb", "."]);
    assert_eq!(
        (out.as_str(), err.as_str(), code),
        (
            "",
            "error: . is this register; name another register to absorb\n",
            2
        )
    );
}
