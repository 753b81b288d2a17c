//! Several registers at once (`-C` given more than once): tallied and
//! exported together; an id in two of them is a problem that `check`
//! shows and that other commands refuse to work with.

use crate::support::{Test, model};

/// The current folder's register with two models, and `xa-b/`, a second
/// register with one.
fn two_registers(second_id: &str) -> Test {
    Test::new()
        .model("a", &model("A", "kinh_te", "xa", "2024-01-01", ""))
        .model("b", &model("B", "van_hoa_xa_hoi", "xa", "2024-02-01", ""))
        .file("xa-b/dvk.toml", "name = \"Sổ xã B\"\n")
        .file(
            &format!("xa-b/models/{second_id}.toml"),
            &model("C", "kinh_te", "huyen", "2024-03-01", ""),
        )
}

#[test]
fn models_of_all_registers_are_tallied_and_exported_together() {
    let t = two_registers("c");
    t.expect_with(
        &[
            "-C", ".", "-C", "xa-b", "tally", "--by", "field", "--format", "csv",
        ],
        "field,count\nkinh_te,2\nvan_hoa_xa_hoi,1\n",
        "",
        0,
    );
    t.expect_with(
        &["-C", ".", "-C", "xa-b", "export", "--columns", "id,level,path,register"],
        "id,level,path,register\na,xa,models/a.toml,.\nb,xa,models/b.toml,.\nc,huyen,models/c.toml,xa-b\n",
        "",
        0,
    );
    // With several registers, every column includes the register.
    let out = t.ok_with(&["-C", ".", "-C", "xa-b", "export", "id:c"]);
    assert!(
        out.lines().next().unwrap().ends_with(",path,register"),
        "{out}"
    );
    assert!(out.ends_with(",models/c.toml,xa-b\n"), "{out}");
}

#[test]
fn an_id_in_two_registers_is_an_error_naming_both() {
    let t = two_registers("a");
    t.expect_with(
        &["-C", ".", "-C", "xa-b", "check"],
        "models/a.toml:1:1: error: duplicate id `a`: xa-b/models/a.toml has it too\n\
         1 | name = \"A\"\n\
         \x20 | ^\n\
         xa-b/models/a.toml:1:1: error: duplicate id `a`: models/a.toml has it too\n\
         1 | name = \"C\"\n\
         \x20 | ^\n\
         2 errors, 0 warnings in 3 model files\n",
        "",
        1,
    );
    for command in [
        &["tally", "--by", "field"][..],
        &["export"],
        &["report", "--year", "2024"],
    ] {
        let mut args = vec!["-C", ".", "-C", "xa-b"];
        args.extend_from_slice(command);
        t.expect_with(
            &args,
            "",
            "error: the register has 2 errors; run `dvk check` to see them\n\
             first: models/a.toml:1:1: error: duplicate id `a`: xa-b/models/a.toml has it too\n",
            2,
        );
    }
}
