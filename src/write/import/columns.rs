//! Which key each column of a sheet fills. A header names a key by the
//! key's name or its Vietnamese name, ignoring case, diacritics and a
//! trailing `(unit)`; a metric's code or label makes an outcome column and
//! `year`/`Năm` its year; a `--map` file names any other header.

use std::fmt;
use std::path::Path;

use crate::error::{Error, Result};
use crate::model::taxonomy::Taxonomy;
use crate::problem::Sink;
use crate::query::key::{Key, Mode};
use crate::read::spanned;
use crate::text::fold;
use crate::tr;

/// The keys a column may fill besides outcomes (`Key::Outcome`), named by
/// `Key::name` or `Key::title`; `year` is the year of the row's outcome.
const KEYS: [Key; 15] = [
    Key::Name,
    Key::Unit,
    Key::Subject,
    Key::Field,
    Key::Level,
    Key::Registered,
    Key::Kind,
    Key::Phase,
    Key::Started,
    Key::Province,
    Key::District,
    Key::Commune,
    Key::Summary,
    Key::Id,
    Key::Year,
];

/// The keys every sheet must have a column for.
pub const REQUIRED: [Key; 6] = [
    Key::Name,
    Key::Unit,
    Key::Subject,
    Key::Field,
    Key::Level,
    Key::Registered,
];

/// `name`, `year`, `outcome.dat_hien_m2`: how messages name a key.
pub fn name(key: &Key) -> std::borrow::Cow<'static, str> {
    key.name(Mode::Models)
}

/// A header as headers are compared: folded, spaces collapsed.
fn normal(header: &str) -> String {
    fold(header)
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

/// The header without a trailing `(unit)`: `Đất hiến (m²)` is `Đất hiến`.
fn without_unit(header: &str) -> &str {
    let header = header.trim_end();
    match header.rfind('(') {
        Some(at) if header.ends_with(')') => header[..at].trim_end(),
        _ => header,
    }
}

/// What a header means without a map: a key's name or title (`name`,
/// `Tên mô hình`, `Năm`), or a metric's code, label or title (`dat_hien_m2`,
/// `outcome.dat_hien_m2`, `Đất hiến (m²)`).
fn builtin(header: &str, taxonomy: &Taxonomy) -> Option<Key> {
    let find = |header: &str| {
        let n = normal(header);
        if n.is_empty() {
            return None;
        }
        KEYS.iter()
            .find(|k| n == name(k) || n == normal(&k.title(taxonomy)))
            .cloned()
            .or_else(|| {
                let metric = header.trim().strip_prefix("outcome.").unwrap_or(header);
                taxonomy
                    .resolve_metric(metric)
                    .map(|m| Key::Outcome(m.code.clone()))
            })
            .or_else(|| {
                // The register's own keys, by code or label.
                Key::custom(taxonomy).find(|k| n == name(k) || n == normal(&k.title(taxonomy)))
            })
    };
    find(header).or_else(|| find(without_unit(header)))
}

/// `--map`: headers the built-in names do not know, each with what it
/// holds. A target is named as a header would be (`name`, `Tên mô hình`,
/// `year`, a metric).
#[derive(Debug, Default)]
pub struct Map {
    /// `(normal header, key)`.
    entries: Vec<(String, Key)>,
}

impl Map {
    /// Reads a map file; every problem in it is reported, by line and
    /// column.
    pub fn load(path: &Path, taxonomy: &Taxonomy) -> Result<Self> {
        let text = crate::fs::files::read_text(path).map_err(|(location, message)| {
            let at = location.map_or_else(String::new, |l| format!(":{}:{}", l.line, l.column));
            Error::Input(format!("{}{at}: {message}", path.display()))
        })?;
        Self::parse(path, &text, taxonomy)
    }

    fn parse(path: &Path, text: &str, taxonomy: &Taxonomy) -> Result<Self> {
        let mut sink = Sink::new(path, text);
        let mut map = Map::default();
        if let Some(table) = spanned::parse_document(text, &mut sink) {
            for (header, value) in &table {
                let header = header.get_ref().as_ref();
                let Some(target) = spanned::string(value, header, &mut sink) else {
                    continue;
                };
                if let Some(key) = builtin(&target, taxonomy) {
                    map.entries.push((normal(header), key));
                } else {
                    sink.error_at(Some(value.span().start), unknown_target(&target, taxonomy));
                }
            }
        }
        if sink.problems.is_empty() {
            return Ok(map);
        }
        let lines: Vec<String> = sink
            .problems
            .iter()
            .map(|p| {
                let at = p
                    .location
                    .as_ref()
                    .map_or_else(String::new, |l| format!(":{}:{}", l.line, l.column));
                format!("{}{at}: {}", p.path.display(), p.message)
            })
            .collect();
        Err(Error::Input(lines.join("\n")))
    }

    fn get(&self, header: &str) -> Option<&Key> {
        let n = normal(header);
        let bare = normal(without_unit(header));
        self.entries
            .iter()
            .find(|(h, _)| *h == n)
            .or_else(|| self.entries.iter().find(|(h, _)| *h == bare))
            .map(|(_, t)| t)
    }
}

fn unknown_target(target: &str, taxonomy: &Taxonomy) -> String {
    let mut choices: Vec<String> = KEYS.iter().map(|k| name(k).into_owned()).collect();
    choices.extend(taxonomy.metrics.iter().map(|m| m.code.clone()));
    let hint = crate::problem::hint(target, choices.iter().map(String::as_str));
    tr!(
        "write-import-unknown-target",
        target = target,
        hint = hint,
        keys = choices.join(", ")
    )
}

/// The spreadsheet name of a column: `A`, ..., `Z`, `AA`, ...
pub fn letter(index: usize) -> String {
    let mut n = index + 1;
    let mut out = Vec::new();
    while n > 0 {
        let digit = u8::try_from((n - 1) % 26).unwrap_or_default();
        out.push(char::from(b'A' + digit));
        n = (n - 1) / 26;
    }
    out.iter().rev().collect()
}

/// A column import reads.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SheetColumn {
    /// From 0 for column A.
    pub index: usize,
    pub header: String,
    /// What the column holds.
    pub key: Key,
}

impl fmt::Display for SheetColumn {
    /// `D (Lĩnh vực)`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} ({})", letter(self.index), self.header)
    }
}

/// The columns of a sheet, as its header row names them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Layout {
    /// The row the headers are on, as the sheet numbers it.
    pub header_row: usize,
    /// In sheet order.
    pub columns: Vec<SheetColumn>,
    /// Headers of the columns no key takes, in sheet order.
    pub ignored: Vec<String>,
}

impl Layout {
    pub fn column(&self, key: &Key) -> Option<&SheetColumn> {
        self.columns.iter().find(|c| c.key == *key)
    }

    /// The outcome columns, in the order of the register's metrics.
    pub fn metrics<'a>(
        &'a self,
        taxonomy: &'a Taxonomy,
    ) -> impl Iterator<Item = (&'a SheetColumn, &'a str)> + 'a {
        taxonomy.metrics.iter().filter_map(|m| {
            self.columns
                .iter()
                .find(|c| matches!(&c.key, Key::Outcome(code) if *code == m.code))
                .map(|c| (c, m.code.as_str()))
        })
    }
}

/// Recognises headers: a map's first, then the built-in names.
#[derive(Debug)]
pub struct Headers<'a> {
    taxonomy: &'a Taxonomy,
    map: Map,
}

impl<'a> Headers<'a> {
    pub fn new(taxonomy: &'a Taxonomy, map: Map) -> Self {
        Self { taxonomy, map }
    }

    /// What a column with this header holds, if dvk knows.
    pub fn key(&self, header: &str) -> Option<Key> {
        self.map
            .get(header)
            .cloned()
            .or_else(|| builtin(header, self.taxonomy))
    }

    /// Whether a row is the header row: at least two of its cells name
    /// columns, so that a lone title cell that happens to read `Năm` or
    /// `Xã` is not taken for one.
    pub fn is_header_row(&self, cells: &[String]) -> bool {
        cells.iter().filter(|c| self.key(c).is_some()).count() >= 2
    }

    /// The layout a header row gives: every required key has a column, no
    /// key has two, and outcome columns come with a year column.
    pub fn layout(
        &self,
        header_row: usize,
        cells: &[String],
    ) -> std::result::Result<Layout, String> {
        let mut layout = Layout {
            header_row,
            columns: Vec::new(),
            ignored: Vec::new(),
        };
        for (index, header) in cells.iter().enumerate() {
            let header = header.trim();
            if header.is_empty() {
                continue;
            }
            let Some(key) = self.key(header) else {
                layout.ignored.push(header.to_owned());
                continue;
            };
            let column = SheetColumn {
                index,
                header: header.to_owned(),
                key,
            };
            if let Some(first) = layout.column(&column.key) {
                return Err(tr!(
                    "write-import-column-twice",
                    first = first.to_string(),
                    second = column.to_string(),
                    key = name(&column.key)
                ));
            }
            layout.columns.push(column);
        }
        let missing: Vec<String> = REQUIRED
            .iter()
            .filter(|k| layout.column(k).is_none())
            .map(|k| format!("{} ({})", name(k), k.title(self.taxonomy)))
            .collect();
        if !missing.is_empty() {
            let found: Vec<&str> = cells
                .iter()
                .map(|c| c.trim())
                .filter(|c| !c.is_empty())
                .collect();
            return Err(tr!(
                "write-import-missing-columns",
                missing = missing.join(", "),
                row = header_row,
                found = found.join(", ")
            ));
        }
        let outcomes: Vec<String> = layout
            .metrics(self.taxonomy)
            .map(|(c, _)| c.to_string())
            .collect();
        if !outcomes.is_empty() && layout.column(&Key::Year).is_none() {
            return Err(tr!(
                "write-import-outcomes-need-year",
                columns = outcomes.join(", ")
            ));
        }
        Ok(layout)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn key(header: &str) -> Option<Key> {
        Headers::new(&Taxonomy::default(), Map::default()).key(header)
    }

    #[test]
    fn headers_by_key_or_vietnamese_name() {
        assert_eq!(key("Tên mô hình"), Some(Key::Name));
        assert_eq!(key("TÊN  MÔ\nHÌNH"), Some(Key::Name));
        assert_eq!(key("ten mo hinh"), Some(Key::Name));
        assert_eq!(key("name"), Some(Key::Name));
        assert_eq!(key("Ngày đăng ký (dd/mm/yyyy)"), Some(Key::Registered));
        assert_eq!(key("Mã"), Some(Key::Id));
        assert_eq!(key("Xã"), Some(Key::Commune));
        assert_eq!(key("Năm"), Some(Key::Year));
        assert_eq!(key("STT"), None);
        assert_eq!(key("Ghi chú"), None);
        assert_eq!(key(""), None);
    }

    #[test]
    fn metric_headers_by_code_or_label_with_a_unit() {
        let metric = |c: &str| Some(Key::Outcome(c.to_owned()));
        assert_eq!(key("Đất hiến (m²)"), metric("dat_hien_m2"));
        assert_eq!(key("dat_hien_m2"), metric("dat_hien_m2"));
        assert_eq!(key("outcome.dat_hien_m2"), metric("dat_hien_m2"));
        assert_eq!(key("NGÀY CÔNG"), metric("ngay_cong"));
        assert_eq!(key("Kinh phí huy động (đồng)"), metric("tien_dong"));
    }

    #[test]
    fn a_map_names_other_headers() {
        let taxonomy = Taxonomy::default();
        let map = Map::parse(
            Path::new("map.toml"),
            "\"Tên sáng kiến\" = \"name\"\n\"Cơ quan\" = \"Đơn vị thực hiện\"\n\"Số m2\" = \"dat_hien_m2\"\n",
            &taxonomy,
        )
        .unwrap();
        let headers = Headers::new(&taxonomy, map);
        assert_eq!(headers.key("tên sáng kiến"), Some(Key::Name));
        assert_eq!(headers.key("Cơ quan"), Some(Key::Unit));
        assert_eq!(
            headers.key("Số m2"),
            Some(Key::Outcome("dat_hien_m2".into()))
        );
    }

    #[test]
    fn a_bad_map_names_every_problem() {
        let err = Map::parse(
            Path::new("map.toml"),
            "\"A\" = \"nmae\"\n\"B\" = 3\n",
            &Taxonomy::default(),
        )
        .unwrap_err()
        .to_string();
        let lines: Vec<&str> = err.lines().collect();
        assert_eq!(lines.len(), 2, "{err}");
        assert!(
            lines[0].starts_with(
                "map.toml:1:7: `nmae` is not a column dvk knows; did you mean `name`? (keys: name, unit,"
            ),
            "{err}"
        );
        assert!(lines[1].starts_with("map.toml:2:7: "), "{err}");
    }

    #[test]
    fn column_letters() {
        assert_eq!(letter(0), "A");
        assert_eq!(letter(25), "Z");
        assert_eq!(letter(26), "AA");
        assert_eq!(letter(27), "AB");
        assert_eq!(letter(701), "ZZ");
        assert_eq!(letter(702), "AAA");
    }

    fn cells(headers: &[&str]) -> Vec<String> {
        headers.iter().map(|h| (*h).to_owned()).collect()
    }

    #[test]
    fn layouts_need_the_required_columns_once() {
        let taxonomy = Taxonomy::default();
        let headers = Headers::new(&taxonomy, Map::default());
        let good = cells(&[
            "STT",
            "Tên mô hình",
            "Đơn vị thực hiện",
            "Đối tượng",
            "Lĩnh vực",
            "Cấp",
            "Ngày đăng ký",
            "",
            "Ghi chú",
        ]);
        assert!(headers.is_header_row(&good));
        assert!(!headers.is_header_row(&cells(&["Năm", "DANH SÁCH MÔ HÌNH"])));
        let layout = headers.layout(3, &good).unwrap();
        assert_eq!(layout.ignored, ["STT", "Ghi chú"]);
        assert_eq!(
            layout.column(&Key::Field).unwrap().to_string(),
            "E (Lĩnh vực)"
        );

        let mut twice = good.clone();
        twice.push("name".into());
        assert_eq!(
            headers.layout(3, &twice).unwrap_err(),
            "columns B (Tên mô hình) and J (name) both hold `name`; keep one, or name one \
             otherwise with --map"
        );
        let missing = cells(&["Tên mô hình", "Đơn vị", "Cấp"]);
        assert_eq!(
            headers.layout(1, &missing).unwrap_err(),
            "no column for unit (Đơn vị thực hiện), subject (Đối tượng), field (Lĩnh vực), \
             registered (Ngày đăng ký); the header row (row 1) has: Tên mô hình, Đơn vị, Cấp\n\
             hint: name other headers with --map MAP.toml (\"Header\" = \"key\")"
        );
        let mut outcome = good.clone();
        outcome.push("Đất hiến (m²)".into());
        assert_eq!(
            headers.layout(3, &outcome).unwrap_err(),
            "outcome columns J (Đất hiến (m²)) need a column for their year, headed `Năm` or `year`"
        );
        outcome.push("Năm".into());
        let layout = headers.layout(3, &outcome).unwrap();
        let metrics: Vec<&str> = layout.metrics(&taxonomy).map(|(_, m)| m).collect();
        assert_eq!(metrics, ["dat_hien_m2"]);
    }
}
