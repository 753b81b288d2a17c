//! The keys a query, a sort, a tally or an export can name: the stored keys
//! of a model, the derived ones, `id` and `year`, and with `--events` the
//! keys of an event. Each key knows its type and how to read its value off
//! a row.

use std::borrow::Cow;
use std::cmp::Ordering;

use chrono::Datelike;

use crate::error::{Error, Result};
use crate::model::custom::{CustomKey, CustomType, CustomValue};
use crate::model::date::Date;
use crate::model::derived::{AsOf, Derived, outcome_sum};
use crate::model::renames::{RenameKey, Renames};
use crate::model::taxonomy::{CodeList, Taxonomy};
use crate::model::{Event, Model};
use crate::text::fold;

/// Whether rows are models or their events.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    Models,
    Events,
}

impl Mode {
    /// Events mode when `--events` is given, else models mode.
    pub fn of_events(events: bool) -> Self {
        if events { Mode::Events } else { Mode::Models }
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Key {
    Id,
    Year,
    Name,
    Unit,
    Subject,
    Field,
    /// The model's own level.
    Level,
    Registered,
    Kind,
    Phase,
    Started,
    Province,
    District,
    Commune,
    Partners,
    Tags,
    Summary,
    /// The model's own evidence (`files` at its top level).
    Files,
    Status,
    Recognized,
    Expires,
    EverRecognized,
    Proposed,
    Months,
    Commendations,
    Replications,
    Assessed,
    Outcome(String),
    EventDate,
    EventType,
    EventLevel,
    EventForm,
    EventAuthority,
    EventDecision,
    EventPlace,
    EventNote,
    EventUntil,
    EventNumber,
    /// Whether a `cong_nhan` renews an earlier one at its level.
    EventRenewal,
    EventFiles,
    /// The year of the event's date: what `year` means with `--events`.
    EventYear,
    /// A key of `[custom]`: its code, and how its values compare (a code
    /// key's codes by its place in `[custom]`).
    Custom(String, Type),
}

/// Which code list a code key takes its values from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Codes {
    Level,
    Field,
    Subject,
    Kind,
    Form,
    Status,
    Verdict,
    EventType,
    /// The codes of the custom key at this place in `[custom]`.
    Custom(usize),
}

impl Codes {
    pub fn list(self, taxonomy: &Taxonomy) -> &CodeList {
        match self {
            Codes::Level => &taxonomy.levels,
            Codes::Field => &taxonomy.fields,
            Codes::Subject => &taxonomy.subjects,
            Codes::Kind => &taxonomy.kinds,
            Codes::Form => &taxonomy.forms,
            Codes::Status => &taxonomy.statuses,
            Codes::Verdict => &taxonomy.verdicts,
            Codes::EventType => &taxonomy.event_types,
            // A key is made from the taxonomy it is used with, so the place
            // holds a code key; the event types stand in for none at all.
            Codes::Custom(i) => taxonomy
                .custom
                .get(i)
                .and_then(CustomKey::codes)
                .unwrap_or(&taxonomy.event_types),
        }
    }
}

/// How a key's values compare.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Type {
    /// Free text: `key:value` means "contains", ignoring case and diacritics.
    Text,
    /// Compared whole: `id`, `phase`, `decision`.
    Exact,
    Code(Codes),
    Date,
    Number,
    /// `true` or `false`.
    Bool,
}

/// Every key of a model a query, a tally or an export can name: the
/// stored keys (`model::schema::MODEL_KEYS`) and the derived ones.
const KEYS_OF_MODELS: [(&str, Key); 27] = [
    ("id", Key::Id),
    ("year", Key::Year),
    ("name", Key::Name),
    ("unit", Key::Unit),
    ("subject", Key::Subject),
    ("field", Key::Field),
    ("level", Key::Level),
    ("registered", Key::Registered),
    ("kind", Key::Kind),
    ("phase", Key::Phase),
    ("started", Key::Started),
    ("province", Key::Province),
    ("district", Key::District),
    ("commune", Key::Commune),
    ("partners", Key::Partners),
    ("tags", Key::Tags),
    ("summary", Key::Summary),
    ("files", Key::Files),
    ("status", Key::Status),
    ("recognized", Key::Recognized),
    ("expires", Key::Expires),
    ("ever_recognized", Key::EverRecognized),
    ("proposed", Key::Proposed),
    ("months", Key::Months),
    ("commendations", Key::Commendations),
    ("replications", Key::Replications),
    ("assessed", Key::Assessed),
];

const EVENT_KEYS: [(&str, Key); 13] = [
    ("date", Key::EventDate),
    ("year", Key::EventYear),
    ("type", Key::EventType),
    ("level", Key::EventLevel),
    ("form", Key::EventForm),
    ("authority", Key::EventAuthority),
    ("decision", Key::EventDecision),
    ("place", Key::EventPlace),
    ("note", Key::EventNote),
    ("until", Key::EventUntil),
    ("number", Key::EventNumber),
    ("renewal", Key::EventRenewal),
    ("files", Key::EventFiles),
];

impl Key {
    /// A model's keys, stored and derived, in the order of format.md
    /// (`id` first; not `year`, which is `registered`'s); then `outcome.<metric>`
    /// for each metric of the taxonomy.
    pub fn of_models(taxonomy: &Taxonomy) -> Vec<Key> {
        KEYS_OF_MODELS
            .iter()
            .filter(|(_, key)| *key != Key::Year)
            .map(|(_, key)| key.clone())
            .chain(
                taxonomy
                    .metrics
                    .iter()
                    .map(|m| Key::Outcome(m.code.clone())),
            )
            .chain(Self::custom(taxonomy))
            .collect()
    }

    /// The keys of `[custom]`, in its order.
    pub fn custom(taxonomy: &Taxonomy) -> impl Iterator<Item = Key> + '_ {
        taxonomy
            .custom
            .iter()
            .enumerate()
            .map(|(i, k)| Key::Custom(k.code.clone(), custom_type(&k.kind, i)))
    }

    /// The key a name stands for; an unknown name is an error naming the
    /// keys there are.
    pub fn parse(name: &str, mode: Mode, taxonomy: &Taxonomy) -> Result<Key> {
        if let Some(metric) = name.strip_prefix("outcome.") {
            return match taxonomy.resolve_metric(metric) {
                Some(m) => Ok(Key::Outcome(m.code.clone())),
                None => Err(Error::Input(crate::tr!(
                    "read-unknown-metric",
                    metric = metric,
                    name = name,
                    metrics = taxonomy.metric_choices()
                ))),
            };
        }
        if mode == Mode::Events {
            match name {
                "model.level" => return Ok(Key::Level),
                "model.year" => return Ok(Key::Year),
                _ => {}
            }
            if let Some((_, key)) = EVENT_KEYS.iter().find(|(n, _)| *n == name) {
                return Ok(key.clone());
            }
        }
        if let Some((_, key)) = KEYS_OF_MODELS.iter().find(|(n, _)| *n == name) {
            return Ok(key.clone());
        }
        if let Some(i) = taxonomy.custom.iter().position(|k| k.code == name) {
            let kind = custom_type(&taxonomy.custom[i].kind, i);
            return Ok(Key::Custom(name.to_owned(), kind));
        }
        let names = Self::names(mode, taxonomy);
        let hint = crate::problem::hint(name, names.iter().map(String::as_str));
        Err(Error::Input(crate::tr!(
            "read-unknown-key",
            key = name,
            hint = hint,
            keys = names.join(", ")
        )))
    }

    /// Every key name, for messages and completions.
    pub fn names(mode: Mode, taxonomy: &Taxonomy) -> Vec<String> {
        let mut names: Vec<String> = Vec::new();
        if mode == Mode::Events {
            names.extend(EVENT_KEYS.iter().map(|(n, _)| (*n).to_owned()));
            names.push("model.level".to_owned());
            names.push("model.year".to_owned());
        }
        names.extend(
            KEYS_OF_MODELS
                .iter()
                .filter(|(n, _)| mode == Mode::Models || !matches!(*n, "level" | "year"))
                .map(|(n, _)| (*n).to_owned()),
        );
        names.extend(
            taxonomy
                .metrics
                .iter()
                .map(|m| format!("outcome.{}", m.code)),
        );
        names.extend(taxonomy.custom.iter().map(|k| k.code.clone()));
        names
    }

    /// The key's name as a column header.
    pub fn name(&self, mode: Mode) -> Cow<'static, str> {
        if let Key::Outcome(metric) = self {
            return Cow::Owned(format!("outcome.{metric}"));
        }
        if let Key::Custom(code, _) = self {
            return Cow::Owned(code.clone());
        }
        if mode == Mode::Events {
            match self {
                Key::Level => return Cow::Borrowed("model.level"),
                Key::Year => return Cow::Borrowed("model.year"),
                _ => {}
            }
        }
        KEYS_OF_MODELS
            .iter()
            .chain(EVENT_KEYS.iter())
            .find(|(_, k)| k == self)
            .map_or(Cow::Borrowed("?"), |(n, _)| Cow::Borrowed(*n))
    }

    /// A Vietnamese title for a table header. Data, the same in every
    /// language (hence the `i18n:` marks): workbooks are exported with
    /// these headings, and import reads them back as column names.
    pub fn title(&self, taxonomy: &Taxonomy) -> String {
        let title = match self {
            Key::Id => "Mã",
            Key::Year | Key::EventYear => "Năm",
            Key::Name => "Tên mô hình", // i18n: heading import reads back (data)
            Key::Unit => "Đơn vị thực hiện", // i18n: heading import reads back (data)
            Key::Subject => "Đối tượng", // i18n: heading import reads back (data)
            Key::Field => "Lĩnh vực",   // i18n: heading import reads back (data)
            Key::Level | Key::EventLevel => "Cấp",
            Key::Registered => "Ngày đăng ký", // i18n: heading import reads back (data)
            Key::Kind => "Loại",
            Key::Phase => "Giai đoạn", // i18n: heading import reads back (data)
            Key::Started => "Ngày bắt đầu", // i18n: heading import reads back (data)
            Key::Province => "Tỉnh",
            Key::District => "Huyện",
            Key::Commune => "Xã",
            Key::Partners => "Phối hợp", // i18n: heading import reads back (data)
            Key::Tags => "Nhãn",
            Key::Summary => "Tóm tắt", // i18n: heading import reads back (data)
            Key::Files | Key::EventFiles => "Hồ sơ", // i18n: heading import reads back (data)
            Key::Status => "Trạng thái", // i18n: heading import reads back (data)
            Key::Recognized => "Công nhận", // i18n: heading import reads back (data)
            Key::Expires => "Hết hạn công nhận", // i18n: heading import reads back (data)
            Key::EverRecognized => "Từng được công nhận", // i18n: heading import reads back (data)
            Key::Proposed => "Đề nghị", // i18n: heading import reads back (data)
            Key::Months => "Số tháng", // i18n: heading import reads back (data)
            Key::Commendations => "Khen thưởng", // i18n: heading import reads back (data)
            Key::Replications => "Nhân rộng", // i18n: heading import reads back (data)
            Key::Assessed => "Đánh giá", // i18n: heading import reads back (data)
            Key::Outcome(metric) => {
                return taxonomy.metric(metric).map_or_else(
                    || metric.clone(),
                    |m| {
                        if m.unit.is_empty() {
                            m.label.clone()
                        } else {
                            format!("{} ({})", m.label, m.unit)
                        }
                    },
                );
            }
            Key::Custom(code, _) => {
                return taxonomy
                    .custom_key(code)
                    .map_or_else(|| code.clone(), |k| k.label.clone());
            }
            Key::EventDate => "Ngày",
            Key::EventType => "Sự kiện", // i18n: heading import reads back (data)
            Key::EventForm => "Hình thức", // i18n: heading import reads back (data)
            Key::EventAuthority => "Cơ quan", // i18n: heading import reads back (data)
            Key::EventDecision => "Quyết định", // i18n: heading import reads back (data)
            Key::EventPlace => "Nơi nhân rộng", // i18n: heading import reads back (data)
            Key::EventNote => "Ghi chú", // i18n: heading import reads back (data)
            Key::EventUntil => "Công nhận đến", // i18n: heading import reads back (data)
            Key::EventNumber => "Số giấy chứng nhận", // i18n: heading import reads back (data)
            Key::EventRenewal => "Công nhận lại", // i18n: heading import reads back (data)
        };
        title.to_owned()
    }

    pub fn kind(&self) -> Type {
        match self {
            Key::Name
            | Key::Unit
            | Key::Province
            | Key::District
            | Key::Commune
            | Key::Partners
            | Key::Tags
            | Key::Summary
            | Key::Files
            | Key::EventFiles
            | Key::EventAuthority
            | Key::EventPlace
            | Key::EventNote => Type::Text,
            Key::Id | Key::Phase | Key::EventDecision | Key::EventNumber => Type::Exact,
            Key::Subject => Type::Code(Codes::Subject),
            Key::Field => Type::Code(Codes::Field),
            Key::Level
            | Key::Recognized
            | Key::EverRecognized
            | Key::Proposed
            | Key::EventLevel => Type::Code(Codes::Level),
            Key::Kind => Type::Code(Codes::Kind),
            Key::Status => Type::Code(Codes::Status),
            Key::Assessed => Type::Code(Codes::Verdict),
            Key::EventType => Type::Code(Codes::EventType),
            Key::EventForm => Type::Code(Codes::Form),
            Key::Registered | Key::Started | Key::Expires | Key::EventDate | Key::EventUntil => {
                Type::Date
            }
            Key::EventRenewal => Type::Bool,
            Key::Custom(_, kind) => *kind,
            Key::Year
            | Key::EventYear
            | Key::Months
            | Key::Commendations
            | Key::Replications
            | Key::Outcome(_) => Type::Number,
        }
    }

    /// The key whose values `[renames]` renames: `province`, `district`,
    /// `commune`, `unit` and an event's `authority`.
    pub fn renamed(&self) -> Option<RenameKey> {
        match self {
            Key::Province => Some(RenameKey::Province),
            Key::District => Some(RenameKey::District),
            Key::Commune => Some(RenameKey::Commune),
            Key::Unit => Some(RenameKey::Unit),
            Key::EventAuthority => Some(RenameKey::Authority),
            _ => None,
        }
    }

    /// The key's value on a row, a renamed key's as its name in force on
    /// the row's date (format.md, "Renames"): what tallies group by.
    pub fn value_in_force<'a>(&self, row: &Row<'a>, renames: &'a Renames) -> Value<'a> {
        let value = self.value(row);
        match (self.renamed(), value) {
            (Some(key), Value::Text(Cow::Borrowed(text))) => Value::Text(Cow::Borrowed(
                renames.name_in_force(key, text, row.as_of.date),
            )),
            (_, value) => value,
        }
    }

    /// The key's value on a row.
    pub fn value<'a>(&self, row: &Row<'a>) -> Value<'a> {
        let m = row.model;
        let text = |t: &'a Option<String>| {
            t.as_deref()
                .map_or(Value::Null, |s| Value::Text(Cow::Borrowed(s)))
        };
        let event =
            |f: fn(&'a Event) -> &'a Option<String>| row.event.map_or(Value::Null, |e| text(f(e)));
        match self {
            Key::Id => Value::Text(Cow::Borrowed(&m.id)),
            Key::Year => Value::Number(f64::from(m.registered.year())),
            Key::Name => Value::Text(Cow::Borrowed(&m.name)),
            Key::Unit => Value::Text(Cow::Borrowed(&m.unit)),
            Key::Subject => Value::Text(Cow::Borrowed(&m.subject)),
            Key::Field => Value::Text(Cow::Borrowed(&m.field)),
            Key::Level => Value::Text(Cow::Borrowed(&m.level)),
            Key::Registered => Value::Date(m.registered),
            Key::Kind => Value::Text(Cow::Borrowed(&m.kind)),
            Key::Phase => m
                .phase
                .map_or(Value::Null, |p| Value::Text(Cow::Owned(p.to_string()))),
            Key::Started => m.started.map_or(Value::Null, Value::Date),
            Key::Province => text(&m.province),
            Key::District => text(&m.district),
            Key::Commune => text(&m.commune),
            Key::Partners => Value::List(&m.partners),
            Key::Tags => Value::List(&m.tags),
            Key::Summary => text(&m.summary),
            Key::Files => Value::List(&m.files),
            Key::Status => Value::Text(Cow::Borrowed(row.derived.status)),
            Key::Recognized => text(&row.derived.recognized),
            Key::Expires => row.derived.expires.map_or(Value::Null, Value::Date),
            Key::EverRecognized => text(&row.derived.ever_recognized),
            Key::Proposed => text(&row.derived.proposed),
            Key::Months => count(row.derived.months),
            Key::Commendations => count(i64::from(row.derived.commendations)),
            Key::Replications => count(i64::from(row.derived.replications)),
            Key::Assessed => row
                .derived
                .assessed
                .map_or(Value::Null, |v| Value::Text(Cow::Borrowed(v))),
            Key::Outcome(metric) => {
                let last = row.as_of.date.year();
                outcome_sum(m, metric, |y| y <= last).map_or(Value::Null, Value::Number)
            }
            Key::EventDate => row.event.map_or(Value::Null, |e| Value::Date(e.date)),
            Key::EventType => row
                .event
                .map_or(Value::Null, |e| Value::Text(Cow::Borrowed(e.kind.code()))),
            Key::EventLevel => event(|e| &e.level),
            Key::EventForm => event(|e| &e.form),
            Key::EventAuthority => event(|e| &e.authority),
            Key::EventDecision => event(|e| &e.decision),
            Key::EventPlace => event(|e| &e.place),
            Key::EventNote => event(|e| &e.note),
            Key::EventUntil => row
                .event
                .and_then(|e| e.until)
                .map_or(Value::Null, Value::Date),
            Key::EventNumber => event(|e| &e.number),
            Key::EventRenewal => row
                .event
                .filter(|e| e.kind == crate::model::EventType::CongNhan)
                .map_or(Value::Null, |e| {
                    Value::Bool(crate::model::recognition::is_renewal(m, e))
                }),
            Key::EventFiles => row.event.map_or(Value::Null, |e| Value::List(&e.files)),
            Key::EventYear => row
                .event
                .map_or(Value::Null, |e| Value::Number(f64::from(e.date.year()))),
            Key::Custom(code, _) => {
                m.custom
                    .iter()
                    .find(|(c, _)| c == code)
                    .map_or(Value::Null, |(_, v)| match v {
                        CustomValue::Text(t) => Value::Text(Cow::Borrowed(t)),
                        CustomValue::Number(n) => Value::Number(*n),
                        CustomValue::Date(d) => Value::Date(*d),
                        CustomValue::Bool(b) => Value::Bool(*b),
                        CustomValue::List(l) => Value::List(l),
                    })
            }
        }
    }
}

/// How the values of the custom key at place `i` of `[custom]` compare.
fn custom_type(kind: &CustomType, i: usize) -> Type {
    match kind {
        CustomType::Number => Type::Number,
        CustomType::Date => Type::Date,
        CustomType::Bool => Type::Bool,
        CustomType::Code(_) => Type::Code(Codes::Custom(i)),
        CustomType::Text | CustomType::List => Type::Text,
    }
}

fn count(n: i64) -> Value<'static> {
    #[allow(clippy::cast_precision_loss)]
    Value::Number(n as f64)
}

/// What a query, a sort or a renderer looks at: a model as of a date, or
/// one of its events.
#[derive(Debug, Clone, Copy)]
pub struct Row<'a> {
    pub model: &'a Model,
    pub derived: &'a Derived,
    pub event: Option<&'a Event>,
    pub as_of: &'a AsOf,
}

/// A key's value on a row. Codes are `Text` holding the code.
#[derive(Debug, Clone, PartialEq)]
pub enum Value<'a> {
    Null,
    Text(Cow<'a, str>),
    List(&'a [String]),
    Date(Date),
    Number(f64),
    Bool(bool),
}

impl Value<'_> {
    /// Present and not empty.
    pub fn is_present(&self) -> bool {
        match self {
            Value::Null => false,
            Value::Text(t) => !t.trim().is_empty(),
            Value::List(l) => l.iter().any(|s| !s.trim().is_empty()),
            Value::Date(_) | Value::Number(_) | Value::Bool(_) => true,
        }
    }

    /// The value as csv writes it: codes, ISO dates, numbers without a
    /// needless `.0`, lists joined by `; `.
    pub fn plain(&self) -> String {
        match self {
            Value::Null => String::new(),
            Value::Text(t) => t.to_string(),
            Value::List(l) => l.join("; "),
            Value::Date(d) => d.to_string(),
            Value::Number(n) => number_text(*n),
            Value::Bool(b) => b.to_string(),
        }
    }

    /// The value as a table shows it: labels for codes.
    pub fn label(&self, kind: Type, taxonomy: &Taxonomy) -> String {
        match (self, kind) {
            (Value::Text(code), Type::Code(codes)) => codes.list(taxonomy).label(code).to_owned(),
            (Value::Bool(b), _) => if *b { "Có" } else { "Không" }.to_owned(),
            _ => self.plain(),
        }
    }

    pub fn json(&self) -> serde_json::Value {
        match self {
            Value::Null => serde_json::Value::Null,
            Value::Text(t) => serde_json::Value::String(t.to_string()),
            Value::List(l) => serde_json::Value::from(l.to_vec()),
            Value::Date(d) => serde_json::Value::String(d.to_string()),
            Value::Number(n) => number_json(*n),
            Value::Bool(b) => serde_json::Value::Bool(*b),
        }
    }
}

/// A number as text: whole numbers without a fraction.
pub fn number_text(n: f64) -> String {
    if n.fract() == 0.0 && n.abs() < 1e15 {
        // Whole: written as the integer it is, which is far quicker than
        // formatting a float (a count is written for every row); -0 keeps
        // its sign, as a float's formatting does.
        #[allow(clippy::cast_possible_truncation)]
        let whole = n as i64;
        if whole == 0 && n.is_sign_negative() {
            "-0".to_owned()
        } else {
            whole.to_string()
        }
    } else {
        format!("{n}")
    }
}

/// A number as json: an integer when whole.
pub fn number_json(n: f64) -> serde_json::Value {
    if n.fract() == 0.0 && n.abs() < 1e15 {
        #[allow(clippy::cast_possible_truncation)]
        serde_json::Value::from(n as i64)
    } else {
        serde_json::Value::from(n)
    }
}

/// Order of two values of a key: codes in taxonomy order, text ignoring
/// case and diacritics, empty values last.
pub fn compare(kind: Type, a: &Value<'_>, b: &Value<'_>, taxonomy: &Taxonomy) -> Ordering {
    match (a, b) {
        (Value::Null, Value::Null) => Ordering::Equal,
        (Value::Null, _) => Ordering::Greater,
        (_, Value::Null) => Ordering::Less,
        (Value::Number(x), Value::Number(y)) => x.total_cmp(y),
        (Value::Date(x), Value::Date(y)) => x.cmp(y),
        (Value::Text(x), Value::Text(y)) => match kind {
            Type::Code(codes) => {
                let list = codes.list(taxonomy);
                list.position(x)
                    .unwrap_or(usize::MAX)
                    .cmp(&list.position(y).unwrap_or(usize::MAX))
                    .then_with(|| x.cmp(y))
            }
            _ => fold(x).cmp(&fold(y)).then_with(|| x.cmp(y)),
        },
        _ => a.plain().cmp(&b.plain()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Whole numbers are written through integers: the same text as the
    /// float's own formatting, sign of zero included.
    #[test]
    fn numbers_are_written_as_a_float_formats_them() {
        for n in [
            0.0_f64, -0.0, 1.0, -3.0, 12.0, 1463.0, 4.5, 0.25, 1e14, -1e14, 1e15, 2.5e20,
        ] {
            let expected = if n.fract() == 0.0 && n.abs() < 1e15 {
                format!("{n:.0}")
            } else {
                format!("{n}")
            };
            assert_eq!(number_text(n), expected, "{n}");
        }
    }

    #[test]
    fn events_mode_has_the_events_year_and_the_models_keys_prefixed() {
        let t = Taxonomy::default();
        let parse = |name: &str, mode| Key::parse(name, mode, &t).unwrap();
        assert_eq!(parse("year", Mode::Models), Key::Year);
        assert_eq!(parse("year", Mode::Events), Key::EventYear);
        assert_eq!(parse("model.year", Mode::Events), Key::Year);
        assert_eq!(parse("level", Mode::Events), Key::EventLevel);
        assert_eq!(parse("model.level", Mode::Events), Key::Level);
        assert_eq!(Key::Year.name(Mode::Events), "model.year");
        assert_eq!(Key::EventYear.name(Mode::Events), "year");
        assert_eq!(Key::Level.name(Mode::Events), "model.level");
        assert!(Key::parse("model.year", Mode::Models, &t).is_err());
        let names = Key::names(Mode::Events, &t);
        assert_eq!(names.iter().filter(|n| *n == "year").count(), 1);
    }
}
