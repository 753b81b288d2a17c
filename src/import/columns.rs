//! Which key each column of a sheet fills. A header names a key by the
//! key's name or its Vietnamese name, ignoring case, diacritics and a
//! trailing `(unit)`; a metric's code or label makes an outcome column and
//! `year`/`Năm` its year; a `--map` file names any other header.

use std::fmt;
use std::path::Path;

use crate::error::{Error, Result};
use crate::problem::{Sink, nearest};
use crate::spanned;
use crate::taxonomy::Taxonomy;
use crate::text::fold;

/// A key of a model that a column may fill.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Key {
    Name,
    Unit,
    Subject,
    Field,
    Level,
    Registered,
    Kind,
    Phase,
    Started,
    Province,
    District,
    Commune,
    Summary,
    Id,
}

impl Key {
    pub const ALL: [Key; 14] = [
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

    pub fn code(self) -> &'static str {
        match self {
            Key::Name => "name",
            Key::Unit => "unit",
            Key::Subject => "subject",
            Key::Field => "field",
            Key::Level => "level",
            Key::Registered => "registered",
            Key::Kind => "kind",
            Key::Phase => "phase",
            Key::Started => "started",
            Key::Province => "province",
            Key::District => "district",
            Key::Commune => "commune",
            Key::Summary => "summary",
            Key::Id => "id",
        }
    }

    /// The header a Vietnamese sheet gives the key.
    pub fn vietnamese(self) -> &'static str {
        match self {
            Key::Name => "Tên mô hình",
            Key::Unit => "Đơn vị thực hiện",
            Key::Subject => "Đối tượng",
            Key::Field => "Lĩnh vực",
            Key::Level => "Cấp",
            Key::Registered => "Ngày đăng ký",
            Key::Kind => "Loại",
            Key::Phase => "Giai đoạn",
            Key::Started => "Ngày bắt đầu",
            Key::Province => "Tỉnh",
            Key::District => "Huyện",
            Key::Commune => "Xã",
            Key::Summary => "Tóm tắt",
            Key::Id => "Mã",
        }
    }

    pub fn from_code(code: &str) -> Option<Key> {
        Key::ALL.into_iter().find(|k| k.code() == code)
    }
}

/// What a column holds.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Target {
    Key(Key),
    /// The year of the row's outcome.
    Year,
    /// An outcome: a metric's code.
    Metric(String),
}

impl fmt::Display for Target {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Target::Key(key) => write!(f, "{}", key.code()),
            Target::Year => f.write_str("year"),
            Target::Metric(code) => f.write_str(code),
        }
    }
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

/// What a header means without a map.
fn builtin(header: &str, taxonomy: &Taxonomy) -> Option<Target> {
    let find = |header: &str| {
        let n = normal(header);
        if n.is_empty() {
            return None;
        }
        Key::ALL
            .into_iter()
            .find(|k| n == k.code() || n == normal(k.vietnamese()))
            .map(Target::Key)
            .or_else(|| (n == "year" || n == "nam").then_some(Target::Year))
            .or_else(|| {
                taxonomy
                    .resolve_metric(header)
                    .map(|m| Target::Metric(m.code.clone()))
            })
    };
    find(header).or_else(|| find(without_unit(header)))
}

/// `--map`: headers the built-in names do not know, each with what it
/// holds. A target is named as a header would be (`name`, `Tên mô hình`,
/// `year`, a metric).
#[derive(Debug, Default)]
pub struct Map {
    /// `(normal header, target)`.
    entries: Vec<(String, Target)>,
}

impl Map {
    /// Reads a map file; every problem in it is reported, by line and
    /// column.
    pub fn load(path: &Path, taxonomy: &Taxonomy) -> Result<Self> {
        let text = crate::register::read_text(path).map_err(|(location, message)| {
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
                let Some(name) = spanned::string(value, header, &mut sink) else {
                    continue;
                };
                if let Some(target) = builtin(&name, taxonomy) {
                    map.entries.push((normal(header), target));
                } else {
                    sink.error_at(Some(value.span().start), unknown_target(&name, taxonomy));
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

    fn get(&self, header: &str) -> Option<&Target> {
        let n = normal(header);
        let bare = normal(without_unit(header));
        self.entries
            .iter()
            .find(|(h, _)| *h == n)
            .or_else(|| self.entries.iter().find(|(h, _)| *h == bare))
            .map(|(_, t)| t)
    }
}

fn unknown_target(name: &str, taxonomy: &Taxonomy) -> String {
    let mut choices: Vec<&str> = Key::ALL.iter().map(|k| k.code()).collect();
    choices.push("year");
    choices.extend(taxonomy.metrics.iter().map(|m| m.code.as_str()));
    let hint = nearest(name, choices.iter().copied())
        .map(|c| format!("; did you mean `{c}`?"))
        .unwrap_or_default();
    format!(
        "`{name}` is not a column dvk knows{hint} (keys: {}; or a Vietnamese name such as `Tên mô hình`)",
        choices.join(", ")
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
pub struct Column {
    /// From 0 for column A.
    pub index: usize,
    pub header: String,
    pub target: Target,
}

impl fmt::Display for Column {
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
    pub columns: Vec<Column>,
    /// Headers of the columns no key takes, in sheet order.
    pub ignored: Vec<String>,
}

impl Layout {
    pub fn column(&self, key: Key) -> Option<&Column> {
        self.columns.iter().find(|c| c.target == Target::Key(key))
    }

    pub fn year(&self) -> Option<&Column> {
        self.columns.iter().find(|c| c.target == Target::Year)
    }

    /// The outcome columns, in the order of the register's metrics.
    pub fn metrics<'a>(
        &'a self,
        taxonomy: &'a Taxonomy,
    ) -> impl Iterator<Item = (&'a Column, &'a str)> + 'a {
        taxonomy.metrics.iter().filter_map(|m| {
            self.columns
                .iter()
                .find(|c| c.target == Target::Metric(m.code.clone()))
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
    pub fn target(&self, header: &str) -> Option<Target> {
        self.map
            .get(header)
            .cloned()
            .or_else(|| builtin(header, self.taxonomy))
    }

    /// Whether a row is the header row: at least two of its cells name
    /// columns, so that a lone title cell that happens to read `Năm` or
    /// `Xã` is not taken for one.
    pub fn is_header_row(&self, cells: &[String]) -> bool {
        cells.iter().filter(|c| self.target(c).is_some()).count() >= 2
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
            let Some(target) = self.target(header) else {
                layout.ignored.push(header.to_owned());
                continue;
            };
            let column = Column {
                index,
                header: header.to_owned(),
                target,
            };
            if let Some(first) = layout.columns.iter().find(|c| c.target == column.target) {
                return Err(format!(
                    "columns {first} and {column} both hold `{}`; keep one, or name one \
                     otherwise with --map",
                    column.target
                ));
            }
            layout.columns.push(column);
        }
        let missing: Vec<String> = Key::REQUIRED
            .into_iter()
            .filter(|k| layout.column(*k).is_none())
            .map(|k| format!("{} ({})", k.code(), k.vietnamese()))
            .collect();
        if !missing.is_empty() {
            let found: Vec<&str> = cells
                .iter()
                .map(|c| c.trim())
                .filter(|c| !c.is_empty())
                .collect();
            return Err(format!(
                "no column for {}; the header row (row {header_row}) has: {}\n\
                 hint: name other headers with --map MAP.toml (\"Header\" = \"key\")",
                missing.join(", "),
                found.join(", ")
            ));
        }
        let outcomes: Vec<String> = layout
            .metrics(self.taxonomy)
            .map(|(c, _)| c.to_string())
            .collect();
        if !outcomes.is_empty() && layout.year().is_none() {
            return Err(format!(
                "outcome columns {} need a column for their year, headed `Năm` or `year`",
                outcomes.join(", ")
            ));
        }
        Ok(layout)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn target(header: &str) -> Option<Target> {
        Headers::new(&Taxonomy::default(), Map::default()).target(header)
    }

    #[test]
    fn headers_by_key_or_vietnamese_name() {
        assert_eq!(target("Tên mô hình"), Some(Target::Key(Key::Name)));
        assert_eq!(target("TÊN  MÔ\nHÌNH"), Some(Target::Key(Key::Name)));
        assert_eq!(target("ten mo hinh"), Some(Target::Key(Key::Name)));
        assert_eq!(target("name"), Some(Target::Key(Key::Name)));
        assert_eq!(
            target("Ngày đăng ký (dd/mm/yyyy)"),
            Some(Target::Key(Key::Registered))
        );
        assert_eq!(target("Mã"), Some(Target::Key(Key::Id)));
        assert_eq!(target("Xã"), Some(Target::Key(Key::Commune)));
        assert_eq!(target("Năm"), Some(Target::Year));
        assert_eq!(target("STT"), None);
        assert_eq!(target("Ghi chú"), None);
        assert_eq!(target(""), None);
    }

    #[test]
    fn metric_headers_by_code_or_label_with_a_unit() {
        let metric = |c: &str| Some(Target::Metric(c.to_owned()));
        assert_eq!(target("Đất hiến (m²)"), metric("dat_hien_m2"));
        assert_eq!(target("dat_hien_m2"), metric("dat_hien_m2"));
        assert_eq!(target("NGÀY CÔNG"), metric("ngay_cong"));
        assert_eq!(target("Kinh phí huy động (đồng)"), metric("tien_dong"));
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
        assert_eq!(
            headers.target("tên sáng kiến"),
            Some(Target::Key(Key::Name))
        );
        assert_eq!(headers.target("Cơ quan"), Some(Target::Key(Key::Unit)));
        assert_eq!(
            headers.target("Số m2"),
            Some(Target::Metric("dat_hien_m2".into()))
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
            layout.column(Key::Field).unwrap().to_string(),
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
