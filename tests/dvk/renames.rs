//! Renames (format.md, "Renames") end to end: a register whose models
//! cross 2025-07-01, tallied, queried and exported as of dates before and
//! after it, with the built-in merger of provinces and with a register's
//! own `[renames]`; names in NFC and NFD, with and without a prefix.

use unicode_normalization::UnicodeNormalization;

use crate::support::fixture::ids;
use crate::support::{Test, model};

/// Six models: two of Bắc Giang (one written in NFD and with "tỉnh"), one
/// of Bắc Ninh, one of Quảng Bình, one of Hà Nội (not merged), one of Bà
/// Rịa – Vũng Tàu written with another dash and in capitals.
fn crossing(dvk_toml: &str) -> Test {
    let nfd: String = "tỉnh Bắc Giang".nfd().collect();
    let place = |province: &str, commune: &str| {
        format!("province = \"{province}\"\ncommune = \"{commune}\"\n")
    };
    let event = "\n[[event]]\ndate = 2024-05-10\ntype = \"cong_nhan\"\nlevel = \"xa\"\n\
                 authority = \"Ban Dân vận Huyện ủy\"\n";
    Test::new()
        .file("dvk.toml", &format!("name = \"Sổ thử\"\n{dvk_toml}"))
        .model(
            "a",
            &model(
                "A",
                "kinh_te",
                "xa",
                "2024-03-01",
                &format!("{}{event}", place("Bắc Giang", "Quảng Lợi")),
            ),
        )
        .model(
            "b",
            &model(
                "B",
                "kinh_te",
                "xa",
                "2024-03-01",
                &place(&nfd, "Quảng Tân"),
            ),
        )
        .model(
            "c",
            &model(
                "C",
                "kinh_te",
                "xa",
                "2024-03-01",
                &place("Bắc Ninh", "Quảng Tân"),
            ),
        )
        .model(
            "d",
            &model(
                "D",
                "kinh_te",
                "xa",
                "2024-03-01",
                &format!("{}{event}", place("Quảng Bình", "Quảng Lợi")),
            ),
        )
        .model(
            "e",
            &model(
                "E",
                "kinh_te",
                "xa",
                "2024-03-01",
                &place("Hà Nội", "Quảng Tân"),
            ),
        )
        .model(
            "f",
            &model(
                "F",
                "kinh_te",
                "xa",
                "2024-03-01",
                &place("BÀ RỊA – VŨNG TÀU", "Long Sơn"),
            ),
        )
}

fn tally(t: &Test, by: &str, as_of: &str, more: &[&str]) -> String {
    let mut args = vec!["tally", "--as-of", as_of, "--by", by, "--format", "csv"];
    args.extend_from_slice(more);
    t.ok_with(&args)
}

#[test]
fn the_register_is_clean_but_for_its_nfd_name() {
    let (out, err, code) = crossing("").run_with(&["check"]);
    assert_eq!((err.as_str(), code), ("", 0));
    assert!(
        out.starts_with("models/b.toml:7:1: warning: text is not in NFC"),
        "{out}"
    );
    assert!(
        out.ends_with("0 errors, 1 warning in 6 model files\n"),
        "{out}"
    );
}

#[test]
fn tally_by_province_before_and_after_the_merger() {
    let t = crossing("");
    assert_eq!(
        tally(&t, "province", "2025-06-30", &[]),
        "province,count\nBÀ RỊA – VŨNG TÀU,1\nBắc Giang,1\nBắc Ninh,1\nHà Nội,1\nQuảng Bình,1\n\
         tỉnh Bắc Giang,1\n"
    );
    assert_eq!(
        tally(&t, "province", "2025-07-01", &[]),
        "province,count\nBắc Ninh,3\nHà Nội,1\nHồ Chí Minh,1\nQuảng Trị,1\n"
    );
    // --year Y is as of Y-12-31.
    assert_eq!(
        t.ok_with(&[
            "tally", "--year", "2024", "--by", "province", "--format", "csv"
        ]),
        tally(&t, "province", "2025-06-30", &[])
    );
    assert_eq!(
        t.ok_with(&[
            "tally", "--year", "2025", "--by", "province", "--format", "csv"
        ]),
        tally(&t, "province", "2025-07-01", &[])
    );
}

#[test]
fn tally_with_the_registers_own_renames() {
    let own = "[renames.province]\n\"Bắc Giang\" = { to = \"Hà Bắc\", from = 2026-01-01 }\n\
               [renames.commune]\n\"Quảng Lợi\" = { to = \"Quảng Tân\", from = 2025-07-01 }\n";
    let t = crossing(own);
    // The register's list replaces the built-in one: Quảng Bình stays.
    assert_eq!(
        tally(&t, "province", "2025-12-31", &[]),
        "province,count\nBÀ RỊA – VŨNG TÀU,1\nBắc Giang,1\nBắc Ninh,1\nHà Nội,1\nQuảng Bình,1\n\
         tỉnh Bắc Giang,1\n"
    );
    assert_eq!(
        tally(&t, "province", "2026-01-01", &[]),
        "province,count\nBÀ RỊA – VŨNG TÀU,1\nBắc Ninh,1\nHà Bắc,2\nHà Nội,1\nQuảng Bình,1\n"
    );
    assert_eq!(
        tally(&t, "commune", "2025-06-30", &[]),
        "commune,count\nLong Sơn,1\nQuảng Lợi,2\nQuảng Tân,3\n"
    );
    assert_eq!(
        tally(&t, "commune", "2025-07-01", &[]),
        "commune,count\nLong Sơn,1\nQuảng Tân,5\n"
    );
    // Two keys: each by its name in force.
    assert_eq!(
        tally(&t, "province,commune", "2026-01-01", &["province:Hà Bắc"]),
        "province,commune,count\nHà Bắc,Quảng Tân,2\n"
    );
}

#[test]
fn tally_of_events_by_authority_renamed() {
    let t = crossing(
        "[renames.authority]\n\"Ban Dân vận Huyện ủy\" = { to = \"Ban Xây dựng Đảng Đảng ủy xã\", \
         from = 2025-07-01 }\n",
    );
    let events = |as_of: &str| {
        t.ok_with(&[
            "tally",
            "--events",
            "--as-of",
            as_of,
            "--by",
            "authority",
            "--format",
            "csv",
        ])
    };
    assert_eq!(
        events("2025-06-30"),
        "authority,count\nBan Dân vận Huyện ủy,2\n"
    );
    assert_eq!(
        events("2025-07-01"),
        "authority,count\nBan Xây dựng Đảng Đảng ủy xã,2\n"
    );
    assert_eq!(
        ids(
            &t,
            &["--as-of", "2025-07-01", "--events", "authority:Ban Dân vận"]
        )
        .len(),
        2
    );
}

#[test]
fn a_query_term_holds_on_the_recorded_name_or_the_name_in_force() {
    let t = crossing("");
    let at = |as_of: &str, term: &str| ids(&t, &["--as-of", as_of, term]);
    assert_eq!(at("2025-06-30", "province:Bắc Ninh"), ["c"]);
    assert_eq!(at("2025-07-01", "province:Bắc Ninh"), ["a", "b", "c"]);
    assert_eq!(at("2025-07-01", "province:bac ninh"), ["a", "b", "c"]);
    let nfd: String = "province:Bắc Ninh".nfd().collect();
    assert_eq!(at("2025-07-01", &nfd), ["a", "b", "c"]);
    // A former name still finds its models.
    assert_eq!(at("2026-01-01", "province:Bắc Giang"), ["a", "b"]);
    assert_eq!(at("2026-01-01", "province:Quảng Trị"), ["d"]);
    assert_eq!(at("2026-01-01", "province:Hồ Chí Minh"), ["f"]);
    assert_eq!(at("2026-01-01", "province:Quảng Trị,Hà Nội"), ["d", "e"]);
    // Negated: neither the recorded name nor the name in force.
    assert_eq!(at("2026-01-01", "-province:Bắc Ninh"), ["d", "e", "f"]);
    assert_eq!(at("2026-01-01", "province!=Bắc Ninh"), ["d", "e", "f"]);
    assert_eq!(
        at("2025-06-30", "-province:Bắc Ninh"),
        ["a", "b", "d", "e", "f"]
    );
}

#[test]
fn show_list_and_export_print_the_recorded_name_and_export_the_name_in_force() {
    let t =
        crossing("[renames.commune]\n\"Quảng Lợi\" = { to = \"Quảng Tân\", from = 2025-07-01 }\n");
    let export = |as_of: &str| {
        t.ok_with(&[
            "export",
            "--as-of",
            as_of,
            "--columns",
            "id,province,province_now,commune,commune_now",
            "id:a,d,f",
        ])
    };
    assert_eq!(
        export("2025-06-30"),
        "id,province,province_now,commune,commune_now\n\
         a,Bắc Giang,Bắc Giang,Quảng Lợi,Quảng Lợi\n\
         d,Quảng Bình,Quảng Bình,Quảng Lợi,Quảng Lợi\n\
         f,BÀ RỊA – VŨNG TÀU,BÀ RỊA – VŨNG TÀU,Long Sơn,Long Sơn\n"
    );
    assert_eq!(
        export("2026-01-01"),
        "id,province,province_now,commune,commune_now\n\
         a,Bắc Giang,Bắc Ninh,Quảng Lợi,Quảng Tân\n\
         d,Quảng Bình,Quảng Trị,Quảng Lợi,Quảng Tân\n\
         f,BÀ RỊA – VŨNG TÀU,Hồ Chí Minh,Long Sơn,Long Sơn\n"
    );
    let list = t.ok_with(&["list", "--format", "json", "id:a"]);
    assert!(list.contains("\"province\": \"Bắc Giang\""), "{list}");
    assert!(!list.contains("Bắc Ninh"), "{list}");
    let show = t.ok_with(&["show", "a", "--format", "json"]);
    assert!(show.contains("\"province\": \"Bắc Giang\""), "{show}");
    assert!(!show.contains("Bắc Ninh"), "{show}");
}
