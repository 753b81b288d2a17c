//! Bugs that fuzzing found, each pinned by the smallest input that shows
//! it.

use std::path::Path;

use dvk::criteria::Catalog;
use dvk::model::Model;
use dvk::taxonomy::Taxonomy;

fn crlf(text: &str) -> String {
    text.replace('\n', "\r\n")
}

fn read(text: &str) -> Model {
    let (model, problems) = dvk::model::parse::parse(
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
    let formatted = dvk::format::model(&crlf(lf), &Taxonomy::default()).unwrap();
    assert_eq!(read(&formatted), from_lf);
}
