//! Laws that writing keeps, on generated records: a registration written
//! by `dvk` reads back as the same model; an appended event or assessment
//! reads back as itself; `fmt` is idempotent and never changes a model,
//! whatever the comments, key order, line endings, normalisation, spacing
//! and order of tables of the file it is given.

use std::fmt::Write as _;
use std::path::Path;

use dvk::criteria::Catalog;
use dvk::model::date::Date;
use dvk::model::schema::event_keys;
use dvk::model::taxonomy::{CodeList, Taxonomy};
use dvk::model::{Assessment, Event, EventType, Judgement, Model, Phase};
use dvk::problem::Problem;
use dvk::write::lifecycle::{append, assessment_table, check_event, event_table};
use dvk::write::registration::Draft;

use super::harness::{iterations, run};
use super::rng::Rng;
use super::text::{crlf, nfc, nfd, typed, words};
use super::{SAMPLE_CRITERIA, assert_located, sample_catalog, with_sorted_outcomes};

/// Generated records per law in `cargo test`; `DVK_FUZZ_ITERS` overrides.
const ITERATIONS: usize = 300;

fn parse(text: &str, taxonomy: &Taxonomy, catalog: &Catalog) -> (Option<Model>, Vec<Problem>) {
    let path = Path::new("models/m.toml");
    let (model, problems) = dvk::read::model::parse("m", path, text, taxonomy, catalog);
    assert_located(&problems, path, text);
    (model, problems)
}

/// Parses a file that must hold a valid model.
#[track_caller]
fn valid(text: &str, taxonomy: &Taxonomy, catalog: &Catalog) -> Model {
    let (model, problems) = parse(text, taxonomy, catalog);
    let errors: Vec<&Problem> = problems.iter().filter(|p| p.is_error()).collect();
    assert!(errors.is_empty(), "{errors:#?}\nin:\n{text}");
    model.unwrap()
}

fn day(rng: &mut Rng) -> Date {
    let year = i32::try_from(rng.between(1990, 2035)).unwrap();
    let month = u32::try_from(rng.between(1, 12)).unwrap();
    let day = u32::try_from(rng.between(1, 31)).unwrap();
    Date::from_ymd_opt(year, month, day)
        .or_else(|| Date::from_ymd_opt(year, month, 28))
        .unwrap()
}

/// A code of `list` as a user may type it: the code, or its label in any
/// case, maybe NFD, maybe without diacritics.
fn code_or_label(rng: &mut Rng, list: &CodeList) -> (String, String) {
    let (code, label) = rng.pick(&list.entries).clone();
    let typed = match rng.below(5) {
        0 | 1 => code.clone(),
        2 => label.to_uppercase(),
        3 => nfd(&label),
        _ => dvk::text::fold(&label),
    };
    (typed, code)
}

fn maybe<T>(rng: &mut Rng, percent: usize, make: impl FnOnce(&mut Rng) -> T) -> Option<T> {
    if rng.chance(percent) {
        Some(make(rng))
    } else {
        None
    }
}

/// What a typed text is stored as: trimmed, in NFC.
fn stored(text: &str) -> String {
    nfc(text.trim())
}

/// `register` (and later `import`) write a draft; `parse` reads back
/// the same values: trimmed, in NFC, codes for labels.
#[test]
fn a_registration_reads_back_as_drafted() {
    let taxonomy = Taxonomy::default();
    let catalog = Catalog::default();
    run(
        "registrations",
        iterations(ITERATIONS),
        move |rng, input| {
            let (subject, subject_code) = code_or_label(rng, &taxonomy.subjects);
            let (field, field_code) = code_or_label(rng, &taxonomy.fields);
            let (level, level_code) = code_or_label(rng, &taxonomy.levels);
            let kind = maybe(rng, 50, |rng| code_or_label(rng, &taxonomy.kinds));
            let phase = maybe(rng, 40, |rng| {
                let first = rng.between(2000, 2030);
                (first, first + rng.between(0, 5))
            });
            let draft = Draft {
                name: typed(rng, 5, 20),
                unit: typed(rng, 4, 20),
                subject,
                field,
                level,
                registered: day(rng),
                kind: kind.as_ref().map(|(typed, _)| typed.clone()),
                phase: phase.map(|(a, b)| format!(" {a}-{b} ")),
                started: maybe(rng, 50, day),
                province: maybe(rng, 50, |rng| typed(rng, 2, 10)),
                district: maybe(rng, 50, |rng| {
                    if rng.chance(20) {
                        " \t".to_owned()
                    } else {
                        typed(rng, 2, 10)
                    }
                }),
                commune: maybe(rng, 50, |rng| typed(rng, 2, 10)),
                summary: maybe(rng, 50, |rng| {
                    let lines: Vec<String> =
                        (0..=rng.below(3)).map(|_| typed(rng, 8, 30)).collect();
                    lines.join("\n")
                }),
                id: None,
                custom: Vec::new(),
            };
            input.set(format!("{draft:#?}").as_bytes());
            let registration = draft.validate(&taxonomy).unwrap();
            let text = registration.to_toml();
            assert_eq!(
                dvk::write::format::normalize(&text),
                text,
                "written as dvk writes"
            );
            assert_eq!(
                dvk::write::format::model(&text, &taxonomy).unwrap(),
                text,
                "written in canonical form"
            );
            let (model, problems) = parse(&text, &taxonomy, &catalog);
            assert!(problems.is_empty(), "{problems:#?}\nin:\n{text}");
            let model = model.unwrap();
            assert_eq!(model.name, stored(&draft.name));
            assert_eq!(model.unit, stored(&draft.unit));
            assert_eq!(model.subject, subject_code);
            assert_eq!(model.field, field_code);
            assert_eq!(model.level, level_code);
            assert_eq!(model.registered, draft.registered);
            let kind = kind.map_or("mo_hinh".to_owned(), |(_, code)| code);
            assert_eq!(model.kind, kind);
            let phase = phase.map(|(a, b)| Phase {
                first: i32::try_from(a).unwrap(),
                last: i32::try_from(b).unwrap(),
            });
            assert_eq!(model.phase, phase);
            assert_eq!(model.started, draft.started);
            let optional = |t: &Option<String>| t.as_deref().map(stored).filter(|t| !t.is_empty());
            assert_eq!(model.province, optional(&draft.province));
            assert_eq!(model.district, optional(&draft.district));
            assert_eq!(model.commune, optional(&draft.commune));
            assert_eq!(model.summary, optional(&draft.summary));
            assert!(model.events.is_empty() && model.outcomes.is_empty());
        },
    );
}

/// An event of any type with the keys it needs and some it may have.
fn event(rng: &mut Rng, taxonomy: &Taxonomy) -> Event {
    let kind = *rng.pick(&EventType::ALL);
    let mut event = Event::new(day(rng), kind);
    let (required, optional) = event_keys(kind);
    let optional: Vec<&str> = optional
        .iter()
        .copied()
        .filter(|_| rng.chance(50))
        .collect();
    for key in required.iter().chain(&optional) {
        let value = match *key {
            "level" => rng.pick(&taxonomy.levels.entries).0.clone(),
            "form" => rng.pick(&taxonomy.forms.entries).0.clone(),
            "decision" => format!("{}-QĐ/{}", rng.below(5000), rng.pick(&["HU", "TU", "ĐU"])),
            _ => typed(rng, 6, 30).trim().to_owned(),
        };
        let slot = match *key {
            "level" => &mut event.level,
            "form" => &mut event.form,
            "place" => &mut event.place,
            "decision" => &mut event.decision,
            "authority" => &mut event.authority,
            _ => &mut event.note,
        };
        *slot = Some(value);
    }
    event
}

/// A valid model file as `dvk` or a person may have left it: LF or CRLF,
/// with or without a final newline, with earlier events.
fn base_file(rng: &mut Rng) -> String {
    let mut text = format!(
        "# {}\nname = \"{}\"\nunit = \"Hội Nông dân\"\nsubject = \"tap_the\"\nfield = \"kinh_te\"\n\
         level = \"xa\"\nregistered = 2019-03-15\n",
        words(rng, 3),
        words(rng, 3)
    );
    if rng.chance(50) {
        text.push_str("\n[[event]]\ndate = 2019-11-25\ntype = \"cong_nhan\"\nlevel = \"xa\"\n");
    }
    if rng.chance(30) {
        text.push_str("# cuối tệp\n");
    }
    if rng.chance(30) {
        text = text.trim_end().to_owned();
    }
    if rng.chance(40) {
        text = crlf(&text);
    }
    text
}

/// The event's texts as they are stored: in NFC.
fn stored_event(event: &Event) -> Event {
    let text = |t: &Option<String>| t.as_deref().map(nfc);
    Event {
        place: text(&event.place),
        decision: text(&event.decision),
        authority: text(&event.authority),
        note: text(&event.note),
        ..event.clone()
    }
}

/// What a lifecycle verb appends reads back as the event it was given,
/// every earlier byte kept.
#[test]
fn an_appended_event_reads_back_as_itself() {
    let taxonomy = Taxonomy::default();
    let catalog = Catalog::default();
    run(
        "appended events",
        iterations(ITERATIONS),
        move |rng, input| {
            let event = event(rng, &taxonomy);
            check_event(&event).unwrap();
            let base = base_file(rng);
            let before = valid(&base, &taxonomy, &catalog);
            let table = event_table(&event);
            let after = append(&base, &table);
            input.set(after.as_bytes());
            assert!(after.starts_with(&base), "every byte is kept");
            let model = valid(&after, &taxonomy, &catalog);
            assert_eq!(model.events.len(), before.events.len() + 1);
            assert_eq!(model.events.last(), Some(&stored_event(&event)));
            assert_eq!(model.events[..before.events.len()], before.events[..]);
        },
    );
}

/// Likewise for an assessment of the sample's criteria set: judgements as
/// true/false or points, whole or not.
#[test]
fn an_appended_assessment_reads_back_as_itself() {
    let taxonomy = Taxonomy::default();
    let catalog = sample_catalog(&taxonomy);
    run(
        "appended assessments",
        iterations(ITERATIONS),
        move |rng, input| {
            let set = catalog.get(SAMPLE_CRITERIA).unwrap();
            let mut results = Vec::new();
            for criterion in set.criteria.iter().filter(|c| c.check.is_none()) {
                if rng.chance(30) {
                    continue;
                }
                let judgement = match rng.below(3) {
                    0 => Judgement::Met(rng.chance(50)),
                    1 => Judgement::Points(
                        f64::from(u32::try_from(rng.below(16)).unwrap()).min(criterion.points),
                    ),
                    _ => Judgement::Points(
                        criterion.points * f64::from(u32::try_from(rng.below(1000)).unwrap())
                            / 1000.0,
                    ),
                };
                results.push((criterion.id.clone(), judgement));
            }
            let assessment = Assessment {
                date: day(rng),
                criteria: SAMPLE_CRITERIA.to_owned(),
                by: maybe(rng, 50, |rng| typed(rng, 4, 30).trim().to_owned()),
                note: maybe(rng, 30, |rng| typed(rng, 8, 30).trim().to_owned()),
                results,
                files: Vec::new(),
            };
            let base = base_file(rng);
            let after = append(&base, &assessment_table(&assessment));
            input.set(after.as_bytes());
            let model = valid(&after, &taxonomy, &catalog);
            let expected = Assessment {
                by: assessment.by.as_deref().map(nfc),
                note: assessment.note.as_deref().map(nfc),
                ..assessment
            };
            assert_eq!(model.assessments, [expected]);
        },
    );
}

/// A TOML string holding `text`, written one of the ways a person may.
fn toml_string(rng: &mut Rng, text: &str, multi_line: bool) -> String {
    let plain = !text.contains(['\'', '\n']) && !text.chars().any(char::is_control);
    if plain && rng.chance(30) {
        return format!("'{text}'");
    }
    let mut out = String::new();
    for c in text.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' if multi_line => out.push('\n'),
            c if c.is_control() && c != '\t' => {
                let _ = write!(out, "\\u{:04X}", u32::from(c));
            }
            c => out.push(c),
        }
    }
    if multi_line {
        format!("\"\"\"\n{out}\n\"\"\"")
    } else {
        format!("\"{out}\"")
    }
}

/// `key = value` with a random spacing, maybe a comment above it or after it.
fn entry(rng: &mut Rng, key: &str, value: &str, comments: &mut Vec<String>) -> String {
    let mut out = String::new();
    if rng.chance(15) {
        let comment = format!("# {}", words(rng, 4));
        out.push_str(&comment);
        out.push('\n');
        comments.push(comment);
    }
    let pad = |rng: &mut Rng| rng.pick_str(&["", " ", " ", "  ", "\t"]);
    out.push_str(pad(rng));
    out.push_str(key);
    out.push_str(pad(rng));
    out.push('=');
    out.push_str(pad(rng));
    out.push_str(value);
    if rng.chance(10) && !value.ends_with("\"\"\"") {
        let comment = format!("# {}", words(rng, 2));
        out.push_str("  ");
        out.push_str(&comment);
        comments.push(comment);
    }
    out.push('\n');
    out
}

fn date_text(rng: &mut Rng) -> String {
    day(rng).format("%Y-%m-%d").to_string()
}

/// A table header, its entries in random order, maybe a comment above.
fn table(
    rng: &mut Rng,
    header: &str,
    mut entries: Vec<(String, String)>,
    comments: &mut Vec<String>,
) -> String {
    rng.shuffle(&mut entries);
    let mut out = String::from(rng.pick_str(&["\n", "\n", "\n\n", ""]));
    if rng.chance(20) {
        let comment = format!("# {}", words(rng, 3));
        out.push_str(&comment);
        out.push('\n');
        comments.push(comment);
    }
    out.push_str(header);
    out.push('\n');
    for (key, value) in entries {
        out.push_str(&entry(rng, &key, &value, comments));
    }
    out
}

/// The `[[outcome]]`, `[[assessment]]` and `[[event]]` tables of a
/// hand-written file, in any order but the events' own.
fn tables(
    rng: &mut Rng,
    taxonomy: &Taxonomy,
    catalog: &Catalog,
    comments: &mut Vec<String>,
) -> Vec<String> {
    let s = |rng: &mut Rng, words: usize| {
        let text = typed(rng, words, 15);
        toml_string(rng, &text, false)
    };
    let mut tables = Vec::new();
    for _ in 0..rng.below(3) {
        let mut entries = vec![("year".to_owned(), rng.between(2015, 2030).to_string())];
        for metric in &taxonomy.metrics {
            if rng.chance(40) {
                let value = if rng.chance(70) {
                    rng.below(100_000).to_string()
                } else {
                    format!("{}.{}", rng.below(1000), rng.below(100))
                };
                entries.push((metric.code.clone(), value));
            }
        }
        tables.push(table(rng, "[[outcome]]", entries, comments));
    }
    let set = catalog.get(SAMPLE_CRITERIA).unwrap();
    for _ in 0..rng.below(3) {
        let mut results = Vec::new();
        for c in set.criteria.iter().filter(|c| c.check.is_none()) {
            if rng.chance(50) {
                let value = rng.pick(&["true", "false", "5", "2.5"]);
                results.push(format!("{} = {value}", c.id));
            }
        }
        let mut entries = vec![
            ("date".to_owned(), date_text(rng)),
            ("criteria".to_owned(), format!("\"{SAMPLE_CRITERIA}\"")),
        ];
        if rng.chance(50) {
            entries.push(("by".to_owned(), s(rng, 4)));
        }
        if rng.chance(70) {
            entries.push((
                "results".to_owned(),
                format!("{{ {} }}", results.join(", ")),
            ));
            tables.push(table(rng, "[[assessment]]", entries, comments));
        } else {
            // The results as a sub-table, which must stay under its parent.
            let mut block = table(rng, "[[assessment]]", entries, comments);
            block.push_str("[assessment.results]\n");
            for result in results {
                block.push_str(&result);
                block.push('\n');
            }
            tables.push(block);
        }
    }
    // In any date order: that is only a warning, and fmt keeps it.
    let events: Vec<Event> = (0..rng.below(4)).map(|_| event(rng, taxonomy)).collect();
    let mut event_blocks = Vec::new();
    for e in &events {
        let mut entries = vec![
            ("date".to_owned(), e.date.format("%Y-%m-%d").to_string()),
            ("type".to_owned(), format!("\"{}\"", e.kind.code())),
        ];
        for (key, value) in e.texts() {
            entries.push((key.to_owned(), toml_string(rng, value, false)));
        }
        event_blocks.push(table(rng, "[[event]]", entries, comments));
    }
    // Tables of different arrays in any order; events keep theirs.
    rng.shuffle(&mut tables);
    let mut at = 0;
    for block in event_blocks {
        at += rng.below(tables.len() - at + 1);
        tables.insert(at, block);
        at += 1;
    }
    tables
}

/// A valid model file written by hand: keys in any order, comments,
/// spacing, tables in any order (interleaved), NFD, CRLF, a BOM, blank
/// lines at the end. Returns the text and its comments.
fn hand_written(rng: &mut Rng, taxonomy: &Taxonomy, catalog: &Catalog) -> (String, Vec<String>) {
    let mut comments = Vec::new();
    let s = |rng: &mut Rng, words: usize| {
        let text = typed(rng, words, 15);
        toml_string(rng, &text, false)
    };
    let code = |rng: &mut Rng, list: &CodeList| format!("\"{}\"", rng.pick(&list.entries).0);
    let mut keys: Vec<(String, String)> = vec![
        ("name".into(), s(rng, 5)),
        ("unit".into(), s(rng, 3)),
        ("subject".into(), code(rng, &taxonomy.subjects)),
        ("field".into(), code(rng, &taxonomy.fields)),
        ("level".into(), code(rng, &taxonomy.levels)),
        ("registered".into(), date_text(rng)),
    ];
    let optional: Vec<(&str, String)> = vec![
        ("kind", code(rng, &taxonomy.kinds)),
        ("phase", "\"2021-2025\"".into()),
        ("started", date_text(rng)),
        ("province", s(rng, 2)),
        ("district", s(rng, 2)),
        ("commune", s(rng, 2)),
        ("partners", format!("[{}, {}]", s(rng, 3), s(rng, 3))),
        ("tags", "[\"nong-thon-moi\"]".into()),
        ("summary", {
            let text = (0..=rng.below(2))
                .map(|_| typed(rng, 8, 10))
                .collect::<Vec<_>>()
                .join("\n");
            let multi_line = rng.chance(60);
            toml_string(rng, &text, multi_line)
        }),
    ];
    for (key, value) in optional {
        if rng.chance(60) {
            keys.push((key.to_owned(), value));
        }
    }
    rng.shuffle(&mut keys);
    let mut text = String::new();
    for (key, value) in &keys {
        text.push_str(&entry(rng, key, value, &mut comments));
    }

    for block in tables(rng, taxonomy, catalog, &mut comments) {
        text.push_str(&block);
    }
    if rng.chance(30) {
        let comment = format!("# {}", words(rng, 3));
        text.push('\n');
        text.push_str(&comment);
        text.push('\n');
        comments.push(comment);
    }
    if rng.chance(20) {
        text.push_str("\n\n\n");
    }
    if rng.chance(30) {
        text = nfd(&text);
    }
    if rng.chance(30) {
        text = crlf(&text);
    }
    if rng.chance(10) {
        text.insert(0, '\u{feff}');
    }
    (text, comments)
}

/// `fmt` puts a hand-written file in a form it then leaves alone, keeps
/// every comment, and the model read from it is the model read before.
#[test]
fn fmt_is_idempotent_and_keeps_the_model() {
    let taxonomy = Taxonomy::default();
    let catalog = sample_catalog(&taxonomy);
    run("fmt", iterations(ITERATIONS), move |rng, input| {
        let (text, comments) = hand_written(rng, &taxonomy, &catalog);
        input.set(text.as_bytes());
        // The loader strips a BOM before parsing.
        let read = text.strip_prefix('\u{feff}').unwrap_or(&text);
        let before = valid(read, &taxonomy, &catalog);
        let once = dvk::write::format::model(&text, &taxonomy).unwrap();
        let twice = dvk::write::format::model(&once, &taxonomy).unwrap();
        assert_eq!(twice, once, "idempotent; first pass:\n{once}");
        assert_eq!(
            dvk::write::format::normalize(&once),
            once,
            "LF, NFC, one final newline"
        );
        let (after, problems) = parse(&once, &taxonomy, &catalog);
        assert!(
            !problems.iter().any(|p| p.message.contains("NFC")),
            "{problems:?}"
        );
        assert_eq!(
            after.map(with_sorted_outcomes),
            Some(with_sorted_outcomes(before)),
            "the same model; formatted:\n{once}"
        );
        for comment in comments {
            assert!(
                once.contains(&nfc(&comment)),
                "comment {comment:?} lost; formatted:\n{once}"
            );
        }
        // Keys in canonical order: name first, tables after keys.
        assert!(
            once.starts_with("name = ") || once.starts_with('#'),
            "{once}"
        );
    });
}
