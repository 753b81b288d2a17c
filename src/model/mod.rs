//! The model as `dvk` works with it: validated, in NFC, its codes known to
//! the register's taxonomy, with no I/O. `read::model` builds it from a
//! file; `derived` computes what a model is as of a date, `recognition`
//! whether a recognition holds then.

pub mod custom;
pub mod date;
pub mod derived;
pub mod evidence;
pub mod id;
pub mod issuer;
pub mod recognition;
pub mod renames;
pub mod schema;
pub mod taxonomy;

#[cfg(test)]
pub(crate) mod fixture;

use std::fmt;

use serde::{Deserialize, Serialize};
use std::path::PathBuf;

use crate::model::date::Date;

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Model {
    /// The file stem, unique in the register.
    pub id: String,
    /// The file, relative to the register's folder.
    pub path: PathBuf,
    pub name: String,
    pub unit: String,
    pub subject: String,
    pub field: String,
    pub level: String,
    pub registered: Date,
    pub kind: String,
    pub phase: Option<Phase>,
    pub started: Option<Date>,
    pub province: Option<String>,
    pub district: Option<String>,
    pub commune: Option<String>,
    pub partners: Vec<String>,
    pub tags: Vec<String>,
    pub summary: Option<String>,
    /// Evidence: paths relative to the register, with `/` (format.md,
    /// "Evidence").
    pub files: Vec<String>,
    /// The values of `[custom]` keys the file holds, in the order of
    /// `[custom]`.
    pub custom: Vec<(String, custom::CustomValue)>,
    pub outcomes: Vec<Outcome>,
    pub assessments: Vec<Assessment>,
    pub events: Vec<Event>,
}

impl Model {
    /// The events up to a date (inclusive), in date order, ties in file
    /// order: the history as it stood that day.
    pub fn events_until(&self, date: date::Date) -> Vec<&Event> {
        let mut events: Vec<&Event> = self.events.iter().filter(|e| e.date <= date).collect();
        // A stable sort keeps the file's order among events of one day.
        events.sort_by_key(|e| e.date);
        events
    }
}

/// A phase `A-B`, years inclusive.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
pub struct Phase {
    pub first: i32,
    pub last: i32,
}

impl Phase {
    pub fn parse(text: &str) -> Option<Self> {
        let (a, b) = text.split_once('-')?;
        let year = |s: &str| {
            (s.len() == 4 && s.bytes().all(|b| b.is_ascii_digit()))
                .then(|| s.parse::<i32>().ok())
                .flatten()
        };
        let (first, last) = (year(a)?, year(b)?);
        (first <= last).then_some(Self { first, last })
    }
}

impl fmt::Display for Phase {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}-{}", self.first, self.last)
    }
}

/// Measured outcomes of one year: `(metric code, value)` in file order.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Outcome {
    pub year: i32,
    pub values: Vec<(String, f64)>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Assessment {
    pub date: Date,
    pub criteria: String,
    pub by: Option<String>,
    pub note: Option<String>,
    /// `(criterion id, judgement)` in file order.
    pub results: Vec<(String, Judgement)>,
    pub files: Vec<String>,
}

/// An appraisal team's judgement of one criterion.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub enum Judgement {
    Met(bool),
    Points(f64),
}

impl Judgement {
    /// What a team writes: true, có, đạt / false, không, không đạt (any
    /// case, with or without accents) / a number of points.
    pub fn parse(text: &str) -> Option<Self> {
        let folded = crate::text::fold(text.trim());
        if let Some(met) = crate::text::yes_no(&folded) {
            return Some(Judgement::Met(met));
        }
        match folded.as_str() {
            "dat" => Some(Judgement::Met(true)),
            // i18n: what a team writes, folded (data)
            "khong dat" => Some(Judgement::Met(false)),
            other => other
                .parse::<f64>()
                .ok()
                .filter(|n| n.is_finite() && *n >= 0.0)
                .map(Judgement::Points),
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum EventType {
    DeNghi,
    CongNhan,
    KhongDat,
    KhenThuong,
    NhanRong,
    Ngung,
    ThuHoi,
}

impl EventType {
    pub const ALL: [EventType; 7] = [
        EventType::DeNghi,
        EventType::CongNhan,
        EventType::KhongDat,
        EventType::KhenThuong,
        EventType::NhanRong,
        EventType::Ngung,
        EventType::ThuHoi,
    ];

    pub fn code(self) -> &'static str {
        match self {
            EventType::DeNghi => "de_nghi",
            EventType::CongNhan => "cong_nhan",
            EventType::KhongDat => "khong_dat",
            EventType::KhenThuong => "khen_thuong",
            EventType::NhanRong => "nhan_rong",
            EventType::Ngung => "ngung",
            EventType::ThuHoi => "thu_hoi",
        }
    }

    pub fn from_code(code: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|t| t.code() == code)
    }

    /// Whether the event sets the model's status.
    pub fn sets_status(self) -> bool {
        !matches!(self, EventType::KhenThuong | EventType::NhanRong)
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Event {
    pub date: Date,
    pub kind: EventType,
    pub level: Option<String>,
    pub form: Option<String>,
    pub place: Option<String>,
    pub decision: Option<String>,
    pub authority: Option<String>,
    /// The last day a recognition holds (`cong_nhan` only).
    pub until: Option<Date>,
    /// The certificate's number (`cong_nhan`, `khen_thuong`).
    pub number: Option<String>,
    pub note: Option<String>,
    pub files: Vec<String>,
}

impl Event {
    /// The text keys set besides `date` and `type`, with their values, in
    /// canonical order (that of `schema::EVENT_KEYS`).
    pub fn texts(&self) -> impl Iterator<Item = (&'static str, &str)> {
        [
            ("level", &self.level),
            ("form", &self.form),
            ("place", &self.place),
            ("decision", &self.decision),
            ("authority", &self.authority),
            ("number", &self.number),
            ("note", &self.note),
        ]
        .into_iter()
        .filter_map(|(key, text)| Some((key, text.as_deref()?)))
    }

    pub fn new(date: Date, kind: EventType) -> Self {
        Self {
            date,
            kind,
            level: None,
            form: None,
            place: None,
            decision: None,
            authority: None,
            until: None,
            number: None,
            note: None,
            files: Vec::new(),
        }
    }
}
