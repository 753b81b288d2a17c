//! `dvk assess`: an assessment appended under a criteria set, and bad
//! judgements refused before anything is written.

use crate::support::fixture::lifecycle_register;

#[test]
fn assess_appends_and_refuses_bad_judgements() {
    let t = lifecycle_register();
    let id = "2019-quang-tan-xay-dung-vuon-mau";
    let path = "models/2019/2019-quang-tan-xay-dung-vuon-mau.toml";
    let before = t.read(path);
    t.expect_with(
        &["assess", id, "--criteria", "hd-huyen", "lan_toa=45", "dia_chi=có", "hieu_qu=true", "ben_vung=x"],
        "",
        "error: 45 points for `lan_toa`: it is worth at most 40\n\
         `dia_chi` is checked automatically (`commune? unit?`); a judgement of it is not read; leave it out\n\
         `hieu_qu` is not a criterion of `hd-huyen`; did you mean `hieu_qua`? (judged criteria: lan_toa, hieu_qua)\n\
         `ben_vung=x`: the value must be true, false, có, không or a number of points\nnothing was written\n",
        2,
    );
    t.expect_with(
        &["assess", id, "--criteria", "hd-huyenn", "lan_toa=true"],
        "",
        "error: no criteria set `hd-huyenn`; did you mean `hd-huyen`? (sets: hd-huyen)\n",
        2,
    );
    assert_eq!(t.read(path), before);
    t.expect_with(
        &[
            "assess",
            id,
            "--criteria",
            "hd-huyen",
            "--by",
            "Tổ thẩm định số 1",
            "--date",
            "2021-11-20",
            "lan_toa=có",
            "hieu_qua=15",
        ],
        &format!("{id}\n"),
        "recorded an assessment under `hd-huyen`\n",
        0,
    );
    assert_eq!(
        t.read(path),
        format!(
            "{before}\n[[assessment]]\ndate = 2021-11-20\ncriteria = \"hd-huyen\"\nby = \"Tổ thẩm định số 1\"\n\
             results = {{ lan_toa = true, hieu_qua = 15 }}\n"
        )
    );
}
