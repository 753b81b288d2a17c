//! `dvk fmt`: the canonical form of a model file, keeping its comments;
//! `--check` changes nothing and exits 1.

use crate::support::Test;

#[test]
fn fmt_orders_keys_keeps_comments_and_check_exits_1() {
    let messy = "# đầu tệp\r\nunit=\"Hội Nông dân\"\nname  =  \"Vườn mẫu\"   # tên\nsubject = \"tap_the\"\nfield = \"kinh_te\"\n\
                 registered = 2019-03-15\nlevel = \"xa\"\n[[event]]\ntype = \"cong_nhan\"\n# quyết định số\ndate = 2019-12-20\nlevel = \"huyen\"\n";
    let t = Test::new().model("a", messy).args(["fmt", "--check"]);
    t.expect("models/a.toml\n", "1 file would be formatted\n", 1);
    assert_eq!(t.read("models/a.toml"), messy, "--check changes nothing");
    let t = t.args(["fmt"]);
    t.expect("models/a.toml\n", "1 file formatted\n", 0);
    assert_eq!(
        t.read("models/a.toml"),
        "name = \"Vườn mẫu\"  # tên\n\n# đầu tệp\nunit = \"Hội Nông dân\"\nsubject = \"tap_the\"\nfield = \"kinh_te\"\n\
         level = \"xa\"\nregistered = 2019-03-15\n\n[[event]]\n# quyết định số\ndate = 2019-12-20\ntype = \"cong_nhan\"\nlevel = \"huyen\"\n"
    );
    t.args(["fmt", "--check"])
        .expect("", "0 files would be formatted\n", 0);
}
