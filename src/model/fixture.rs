//! Models and events for the unit tests of the model layer: a garden
//! model of Quảng Tân registered in 2019, with outcomes in 2019 and 2020.

use std::path::PathBuf;

use crate::model::date::Date;
use crate::model::{Event, EventType, Model, Outcome};

pub(crate) fn d(s: &str) -> Date {
    crate::model::date::parse(s).unwrap()
}

pub(crate) fn model(events: Vec<Event>) -> Model {
    Model {
        id: "m".into(),
        path: PathBuf::from("models/m.toml"),
        name: "Xây dựng vườn mẫu".into(),
        unit: "Hội Nông dân xã Quảng Tân".into(),
        subject: "tap_the".into(),
        field: "kinh_te".into(),
        level: "xa".into(),
        registered: d("2019-03-15"),
        kind: "mo_hinh".into(),
        phase: None,
        started: Some(d("2019-04-01")),
        province: None,
        district: None,
        commune: None,
        partners: vec![],
        tags: vec![],
        summary: None,
        files: vec![],
        custom: vec![],
        outcomes: vec![
            Outcome {
                year: 2019,
                values: vec![("ngay_cong".into(), 340.0)],
            },
            Outcome {
                year: 2020,
                values: vec![("ngay_cong".into(), 100.0)],
            },
        ],
        assessments: vec![],
        events,
    }
}

pub(crate) fn event(date: &str, kind: EventType, level: Option<&str>) -> Event {
    let mut e = Event::new(d(date), kind);
    e.level = level.map(str::to_owned);
    e
}
