//! The keys a file may hold, in canonical order (the order of format.md),
//! shared by the parser (unknown keys, suggestions) and `fmt` (key order).

use super::EventType;

pub const MODEL_KEYS: [&str; 19] = [
    "name",
    "unit",
    "subject",
    "field",
    "level",
    "registered",
    "kind",
    "phase",
    "started",
    "province",
    "district",
    "commune",
    "partners",
    "tags",
    "summary",
    "files",
    "outcome",
    "assessment",
    "event",
];

pub const ASSESSMENT_KEYS: [&str; 6] = ["date", "criteria", "by", "results", "note", "files"];

pub const EVENT_KEYS: [&str; 11] = [
    "date",
    "type",
    "level",
    "form",
    "place",
    "decision",
    "authority",
    "until",
    "number",
    "note",
    "files",
];

/// The keys an event of a type requires, and those it may have besides
/// `date`, `type` and `files` (which every type may have).
pub fn event_keys(kind: EventType) -> (&'static [&'static str], &'static [&'static str]) {
    match kind {
        EventType::DeNghi => (&["level"], &["decision", "authority", "note"]),
        EventType::CongNhan => (
            &["level"],
            &["decision", "authority", "until", "number", "note"],
        ),
        EventType::KhongDat | EventType::ThuHoi => {
            (&[], &["level", "decision", "authority", "note"])
        }
        EventType::KhenThuong => (
            &["form"],
            &["level", "decision", "authority", "number", "note"],
        ),
        EventType::NhanRong => (&["place"], &["note"]),
        EventType::Ngung => (&[], &["decision", "note"]),
    }
}

/// The place of a key in canonical order; unknown keys go last.
pub fn rank(order: &[&str], key: &str) -> usize {
    order.iter().position(|k| *k == key).unwrap_or(order.len())
}
