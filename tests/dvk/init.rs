//! `dvk init`: a new register, refused over an existing one, then used.

use std::fs;

use crate::support::Test;

#[test]
fn init_then_register_then_show() {
    let t = Test::new();
    let dir = t.path().join("so-moi");
    let dir_text = dir.to_str().unwrap();
    let init = ["init", dir_text, "--name", "Sổ xã Quảng Tân"];
    let (_, err, code) = t.run_with(&init);
    assert_eq!(code, 0, "{err}");
    assert!(err.starts_with("Created a register in "), "{err}");
    let (_, err, code) = t.run_with(&init);
    assert_eq!(code, 2, "{err}");
    assert!(err.contains("is a register already"), "{err}");
    assert!(
        fs::read_to_string(dir.join("dvk.toml"))
            .unwrap()
            .starts_with("name = \"Sổ xã Quảng Tân\"\n")
    );
    assert!(dir.join("criteria/hd-tinh-2021-2025.toml").is_file());
    let id = Test::new()
        .args([
            "-C",
            dir_text,
            "register",
            "--name",
            "Vườn mẫu",
            "--unit",
            "Hội Nông dân",
            "--subject",
            "tap_the",
            "--field",
            "kinh_te",
            "--level",
            "xa",
        ])
        .run()
        .0;
    assert_eq!(id, "2026-hoi-nong-dan-vuon-mau\n");
    let out = Test::new()
        .args(["-C", dir_text, "show", id.trim(), "--format", "csv"])
        .ok();
    assert!(out.contains("Tên mô hình,Vườn mẫu\n"), "{out}");
    Test::new().args(["-C", dir_text, "check"]).expect(
        "0 errors, 0 warnings in 1 model file\n",
        "",
        0,
    );
}
