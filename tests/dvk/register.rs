//! `dvk register`: a new model's id and file, never overwriting one, and
//! many writers at once losing nothing.

use crate::support::Test;
use crate::support::fixture::register;

#[test]
fn register_makes_an_ascii_id_and_never_overwrites() {
    let t = Test::new().args([
        "register",
        "--name",
        "Xây dựng vườn mẫu",
        "--unit",
        "Hội Nông dân xã Quảng Tân",
        "--subject",
        "Tập thể",
        "--field",
        "kinh te",
        "--level",
        "xa",
        "--commune",
        "Quảng Tân",
        "--registered",
        "2025-08-01",
        "--phase",
        "2021-2025",
    ]);
    t.expect(
        "2025-quang-tan-xay-dung-vuon-mau\n",
        "registered models/2025/2025-quang-tan-xay-dung-vuon-mau.toml\n",
        0,
    );
    t.expect(
        "2025-quang-tan-xay-dung-vuon-mau-2\n",
        "registered models/2025/2025-quang-tan-xay-dung-vuon-mau-2.toml\n",
        0,
    );
    assert_eq!(
        t.read("models/2025/2025-quang-tan-xay-dung-vuon-mau.toml"),
        "name = \"Xây dựng vườn mẫu\"\nunit = \"Hội Nông dân xã Quảng Tân\"\nsubject = \"tap_the\"\nfield = \"kinh_te\"\n\
         level = \"xa\"\nregistered = 2025-08-01\nphase = \"2021-2025\"\ncommune = \"Quảng Tân\"\n"
    );
    t.expect_with(
        &[
            "register",
            "--name",
            "A",
            "--unit",
            "B",
            "--subject",
            "tap_the",
            "--field",
            "kinh_te",
            "--level",
            "xa",
            "--id",
            "2025-quang-tan-xay-dung-vuon-mau",
        ],
        "",
        "error: a model with id `2025-quang-tan-xay-dung-vuon-mau` exists already\n",
        2,
    );
    Test::new()
        .args(["register", "--name", "A", "--unit", "B", "--subject", "tap", "--field", "kinh_tee", "--level", "xa"])
        .expect(
            "",
            "error: `tap` is not a subject code; did you mean `tap_the`? (choices: tap_the (Tập thể), ca_nhan (Cá nhân))\n\
             `kinh_tee` is not a field code; did you mean `kinh_te`? (choices: kinh_te (Kinh tế), van_hoa_xa_hoi (Văn hóa - xã hội), quoc_phong_an_ninh (Quốc phòng - an ninh), xay_dung_he_thong_chinh_tri (Xây dựng hệ thống chính trị))\n\
             nothing was written\n",
            2,
        );
    Test::new()
        .args(["register", "--name", "A", "--unit", "B"])
        .expect(
            "",
            "error: missing --subject, --field, --level; nothing was written\n",
            2,
        );
}

#[test]
fn concurrent_writers_lose_nothing() {
    let t = register();
    let writers: Vec<_> = (0..12)
        .map(|i| {
            let mut register = t.command_with(&[
                "-q",
                "register",
                "--name",
                "Xây dựng vườn mẫu",
                "--unit",
                "Hội Nông dân",
                "--subject",
                "tap_the",
                "--field",
                "kinh_te",
                "--level",
                "xa",
                "--commune",
                "Quảng Tân",
                "--registered",
                "2026-03-01",
            ]);
            let mut commend = t.command_with(&[
                "-q",
                "commend",
                "2019-quang-tan-xay-dung-vuon-mau",
                "--form",
                "giay_khen",
                "--date",
                "2026-03-01",
                "--note",
                &format!("lần {i}"),
            ]);
            std::thread::spawn(move || (register.output().unwrap(), commend.output().unwrap()))
        })
        .collect();
    let mut ids = Vec::new();
    for writer in writers {
        let (registered, commended) = writer.join().unwrap();
        assert!(
            registered.status.success(),
            "{}",
            String::from_utf8_lossy(&registered.stderr)
        );
        assert!(
            commended.status.success(),
            "{}",
            String::from_utf8_lossy(&commended.stderr)
        );
        ids.push(String::from_utf8(registered.stdout).unwrap());
    }
    ids.sort();
    ids.dedup();
    assert_eq!(ids.len(), 12, "every registration has its own id");
    let out = t.ok_with(&["list", "--format", "csv", "registered:2026-03-01"]);
    assert_eq!(out.lines().count(), 13);
    let text = t.read("models/2019/2019-quang-tan-xay-dung-vuon-mau.toml");
    assert_eq!(
        text.matches("[[event]]").count(),
        2 + 12,
        "every event landed"
    );
    let (out, err, code) = t.run_with(&["check"]);
    assert_eq!((err.as_str(), code), ("", 0));
    assert!(
        out.ends_with("0 errors, 1 warning in 16 model files\n"),
        "{out}"
    );
}
