//! `dvk export --format sqlite`: the database's tables, typed, and counts
//! by SQL equal to `dvk tally`'s.

use std::collections::BTreeMap;
use std::path::Path;

use rusqlite::Connection;

use crate::support::{Test, sample};

fn tally(dir: &Path, args: &[&str]) -> BTreeMap<String, String> {
    let mut all = vec!["-C", dir.to_str().unwrap()];
    all.extend(args);
    all.extend(["--format", "csv"]);
    Test::new()
        .env("DVK_TODAY", "2025-06-30")
        .ok_with(&all)
        .lines()
        .skip(1)
        .map(|l| {
            let (key, rest) = l.split_once(',').unwrap();
            (key.to_owned(), rest.to_owned())
        })
        .collect()
}

fn query(db: &Connection, sql: &str) -> BTreeMap<String, String> {
    let mut statement = db.prepare(sql).unwrap();
    statement
        .query_map([], |row| {
            Ok((
                row.get::<_, Option<String>>(0)?.unwrap_or_default(),
                row.get::<_, String>(1)?,
            ))
        })
        .unwrap()
        .map(Result::unwrap)
        .collect()
}

#[test]
fn sql_counts_equal_tally() {
    let t = Test::new().env("DVK_TODAY", "2025-06-30");
    let out = t.path().join("so.sqlite");
    let sample = sample();
    let (_, err, code) = t.run_with(&[
        "-C",
        sample.to_str().unwrap(),
        "export",
        "--format",
        "sqlite",
        "--out",
        out.to_str().unwrap(),
    ]);
    assert_eq!(
        (code, err.as_str()),
        (
            0,
            format!("exported 48 models to {} (SQLite)\n", out.display()).as_str()
        )
    );
    let db = Connection::open(&out).unwrap();
    let count = |sql: &str| query(&db, &format!("{sql} GROUP BY 1 ORDER BY 1"));
    let sorted = |m: BTreeMap<String, String>| m;
    assert_eq!(
        count("SELECT field, CAST(count(*) AS TEXT) FROM models"),
        sorted(tally(&sample, &["tally", "--by", "field"]))
    );
    assert_eq!(
        count("SELECT status, CAST(count(*) AS TEXT) FROM models"),
        sorted(tally(&sample, &["tally", "--by", "status"]))
    );
    assert_eq!(
        count("SELECT type, CAST(count(*) AS TEXT) FROM events"),
        sorted(tally(&sample, &["tally", "--events", "--by", "type"]))
    );
    // Sums of a metric over the years up to the date, as tally --sum.
    let sums = tally(&sample, &["tally", "--by", "field", "--sum", "tien_dong"]);
    let sql = count(
        "SELECT m.field, CAST(count(DISTINCT m.id) AS TEXT) || ',' || \
         CAST(coalesce(sum(o.value), 0) AS INTEGER) FROM models m \
         LEFT JOIN outcomes o ON o.model_id = m.id AND o.metric = 'tien_dong'",
    );
    assert_eq!(sql, sums);
    // Typed: dates as ISO text, numbers as numbers, the id the key.
    let types = query(
        &db,
        "SELECT typeof(registered), typeof(months) FROM models LIMIT 1",
    );
    assert_eq!(types, BTreeMap::from([("text".into(), "integer".into())]));
    let judged: i64 = db
        .query_row("SELECT count(*) FROM assessments", [], |r| r.get(0))
        .unwrap();
    assert!(judged > 0);
    let criteria: i64 = db
        .query_row("SELECT count(*) FROM criteria", [], |r| r.get(0))
        .unwrap();
    assert!(criteria > 0);
    let indexes: i64 = db
        .query_row(
            "SELECT count(*) FROM sqlite_master WHERE type = 'index' AND sql LIKE '%model_id%'",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(indexes, 3);
    let seq: i64 = db
        .query_row("SELECT min(seq) FROM events", [], |r| r.get(0))
        .unwrap();
    assert_eq!(seq, 1);
}

#[test]
fn sqlite_needs_a_file() {
    let t = Test::new();
    let (out, err, code) = t.run_with(&["export", "--format", "sqlite"]);
    assert_eq!(
        (out.as_str(), err.as_str(), code),
        (
            "",
            "error: a SQLite database is written to a file: give --out FILE.sqlite\n",
            2
        )
    );
    // The extension names the format too; nothing else is left beside it.
    let (_, err, code) = t.run_with(&["export", "--out", "so.db"]);
    assert_eq!(
        (err.as_str(), code),
        ("exported 0 models to so.db (SQLite)\n", 0)
    );
    let names: Vec<String> = std::fs::read_dir(t.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.contains(".db") || n.contains(".tmp"))
        .collect();
    assert_eq!(names, ["so.db"]);
    let bytes = std::fs::read(t.path().join("so.db")).unwrap();
    assert!(bytes.starts_with(b"SQLite format 3\0"));
}
