//! Bugs that fuzzing found, each pinned by the smallest input that shows
//! it. Those found while writing the threat model are in `hostile`.

use std::path::Path;

use dvk::criteria::Catalog;
use dvk::model::Model;
use dvk::model::taxonomy::Taxonomy;

fn crlf(text: &str) -> String {
    text.replace('\n', "\r\n")
}

fn read(text: &str) -> Model {
    let (model, problems) = dvk::read::model::parse(
        "m",
        Path::new("models/m.toml"),
        text,
        &Taxonomy::default(),
        &Catalog::default(),
    );
    assert!(problems.is_empty(), "{problems:#?}");
    model.unwrap()
}

/// The summary of a file saved with CRLF held `\r\n`, so the model
/// changed when `fmt` wrote the file with LF.
#[test]
fn a_crlf_file_holds_the_same_text_as_its_lf_twin() {
    let lf = "name = \"Vườn mẫu\"\nunit = \"Hội Nông dân\"\nsubject = \"tap_the\"\n\
              field = \"kinh_te\"\nlevel = \"xa\"\nregistered = 2019-03-15\n\
              summary = \"\"\"\nDòng một\nDòng hai\n\"\"\"\nprovince = \"a\\r\\nb\"\n";
    let from_lf = read(lf);
    assert_eq!(read(&crlf(lf)), from_lf);
    assert_eq!(from_lf.summary.as_deref(), Some("Dòng một\nDòng hai\n"));
    assert_eq!(
        from_lf.province.as_deref(),
        Some("a\r\nb"),
        "escapes are the user's"
    );
    let formatted = dvk::write::format::model(&crlf(lf), &Taxonomy::default()).unwrap();
    assert_eq!(read(&formatted), from_lf);
}

/// A table that is no part of a model (a misspelt `[[evnt]]`) tied with
/// the events' new places, so a second `fmt` moved it again and
/// `fmt --check` never passed.
#[test]
fn fmt_leaves_a_misspelt_table_where_it_put_it() {
    let taxonomy = Taxonomy::default();
    let text = "name = \"x\"\n\n[[evnt]]\ndate = 2018-12-20\n\n[[event]]\ndate = 2018-12-28\n\n\
                [[event]]\ndate = 2020-10-15\n";
    let once = dvk::write::format::model(text, &taxonomy).unwrap();
    assert_eq!(once, text);
    assert_eq!(dvk::write::format::model(&once, &taxonomy).unwrap(), once);
}

/// An `[assessment.results]` sub-table stays under its assessment when
/// the tables are put in order (it used to land after the events, where
/// only TOML's rules still tied it to its assessment).
#[test]
fn fmt_keeps_a_sub_table_under_its_table() {
    let taxonomy = Taxonomy::default();
    let text = "name = \"x\"\n\n[[event]]\ndate = 2018-12-28\n\n[[assessment]]\ndate = 2019-01-02\n\
                criteria = \"a\"\n[assessment.results]\ny = 1\n";
    let once = dvk::write::format::model(text, &taxonomy).unwrap();
    assert_eq!(
        once,
        "name = \"x\"\n\n[[assessment]]\ndate = 2019-01-02\ncriteria = \"a\"\n\
         [assessment.results]\ny = 1\n\n[[event]]\ndate = 2018-12-28\n"
    );
    assert_eq!(dvk::write::format::model(&once, &taxonomy).unwrap(), once);
}
