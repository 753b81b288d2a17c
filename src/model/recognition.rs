//! Recognition over time (format.md, "What is derived"): a `cong_nhan`
//! holds from its date to its end (its `until`, else the end of its term
//! when `dvk.toml` sets one, else for good), unless a later `thu_hoi` of its
//! level (or of no level) revokes it or a later `ngung` ends the model's
//! work. Events are taken in date order, ties in file order.

use chrono::Datelike;

use crate::model::date::Date;
use crate::model::{Event, EventType, Model};

/// One recognition of a model, as it stands on a day.
#[derive(Debug, Clone, PartialEq)]
pub struct Recognition<'a> {
    pub event: &'a Event,
    /// The level it was given at.
    pub level: &'a str,
    /// The last day it holds; `None`: no end.
    pub end: Option<Date>,
    /// Whether it holds on the day asked about.
    pub holds: bool,
}

/// The last day a recognition holds: its `until`; without one, the 31
/// December of the year `term - 1` years after the year of its date when
/// a term is set; otherwise none.
pub fn end(event: &Event, term: Option<u32>) -> Option<Date> {
    event.until.or_else(|| {
        let term = i32::try_from(term?).ok()?;
        crate::model::date::end_of_year(event.date.year().checked_add(term - 1)?)
    })
}

/// Every recognition of the model dated on or before `date`, in date order
/// (ties in file order), each with whether it holds on `date`.
pub fn recognitions(model: &Model, date: Date, term: Option<u32>) -> Vec<Recognition<'_>> {
    recognitions_in(&model.events_until(date), date, term)
}

/// As `recognitions`, from the model's events up to `date` in their order
/// (`Model::events_until`), for a caller that has them already.
pub fn recognitions_in<'a>(
    events: &[&'a Event],
    date: Date,
    term: Option<u32>,
) -> Vec<Recognition<'a>> {
    events
        .iter()
        .enumerate()
        .filter(|(_, e)| e.kind == EventType::CongNhan)
        .filter_map(|(i, &event)| {
            let level = event.level.as_deref()?;
            let end = end(event, term);
            let ended = events[i + 1..].iter().any(|later| match later.kind {
                EventType::ThuHoi => later.level.as_deref().is_none_or(|l| l == level),
                EventType::Ngung => true,
                _ => false,
            });
            let holds = end.is_none_or(|end| end >= date) && !ended;
            Some(Recognition {
                event,
                level,
                end,
                holds,
            })
        })
        .collect()
}

/// Whether a `cong_nhan` renews an earlier one (công nhận lại): an earlier
/// `cong_nhan` of the model, in date order and ties in file order, is at
/// the same level, whether or not it still holds.
pub fn is_renewal(model: &Model, event: &Event) -> bool {
    if event.kind != EventType::CongNhan {
        return false;
    }
    model
        .events_until(Date::MAX)
        .into_iter()
        .take_while(|e| !std::ptr::eq(*e, event))
        .any(|e| e.kind == EventType::CongNhan && e.level == event.level)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::fixture::{d, event, model};

    fn recognised(date: &str, level: &str, until: Option<&str>) -> Event {
        let mut e = event(date, EventType::CongNhan, Some(level));
        e.until = until.map(d);
        e
    }

    fn holding<'a>(m: &'a Model, date: &str, term: Option<u32>) -> Vec<(&'a str, bool)> {
        recognitions(m, d(date), term)
            .iter()
            .map(|r| (r.level, r.holds))
            .collect()
    }

    #[test]
    fn until_ends_a_recognition_the_day_after() {
        let m = model(vec![recognised("2024-06-20", "huyen", Some("2025-12-31"))]);
        assert_eq!(holding(&m, "2024-06-19", None), []);
        assert_eq!(holding(&m, "2024-06-20", None), [("huyen", true)]);
        assert_eq!(holding(&m, "2025-12-31", None), [("huyen", true)]);
        assert_eq!(holding(&m, "2026-01-01", None), [("huyen", false)]);
    }

    #[test]
    fn a_term_ends_on_the_last_day_of_its_last_year() {
        let m = model(vec![recognised("2019-12-20", "huyen", None)]);
        // Three years: 2019, 2020 and 2021.
        assert_eq!(end(&m.events[0], Some(3)), Some(d("2021-12-31")));
        assert_eq!(end(&m.events[0], Some(1)), Some(d("2019-12-31")));
        assert_eq!(holding(&m, "2021-12-31", Some(3)), [("huyen", true)]);
        assert_eq!(holding(&m, "2022-01-01", Some(3)), [("huyen", false)]);
        // No term: it holds until ended.
        assert_eq!(holding(&m, "2040-01-01", None), [("huyen", true)]);
        // `until` wins over the term.
        let mut e = m.events[0].clone();
        e.until = Some(d("2020-06-30"));
        assert_eq!(end(&e, Some(3)), Some(d("2020-06-30")));
    }

    #[test]
    fn a_revocation_ends_its_level_or_every_level() {
        let m = model(vec![
            recognised("2020-01-10", "xa", None),
            recognised("2021-05-05", "huyen", None),
            event("2022-03-01", EventType::ThuHoi, Some("huyen")),
        ]);
        assert_eq!(
            holding(&m, "2022-02-28", None),
            [("xa", true), ("huyen", true)]
        );
        assert_eq!(
            holding(&m, "2022-03-01", None),
            [("xa", true), ("huyen", false)]
        );
        let all = model(vec![
            recognised("2020-01-10", "xa", None),
            recognised("2021-05-05", "huyen", None),
            event("2022-03-01", EventType::ThuHoi, None),
        ]);
        assert_eq!(
            holding(&all, "2022-03-01", None),
            [("xa", false), ("huyen", false)]
        );
    }

    #[test]
    fn a_discontinuation_ends_every_recognition_before_it() {
        let m = model(vec![
            recognised("2020-01-10", "huyen", None),
            event("2023-09-01", EventType::Ngung, None),
            recognised("2024-02-02", "xa", None),
        ]);
        assert_eq!(holding(&m, "2023-08-31", None), [("huyen", true)]);
        assert_eq!(
            holding(&m, "2024-03-01", None),
            [("huyen", false), ("xa", true)]
        );
    }

    #[test]
    fn on_the_same_day_file_order_decides_what_is_after() {
        // Revoked, then recognised again the same day: the second holds.
        let m = model(vec![
            recognised("2021-05-05", "huyen", None),
            event("2022-03-01", EventType::ThuHoi, Some("huyen")),
            recognised("2022-03-01", "huyen", None),
        ]);
        assert_eq!(
            holding(&m, "2022-03-01", None),
            [("huyen", false), ("huyen", true)]
        );
        // Recognised, then revoked the same day: nothing holds.
        let m = model(vec![
            recognised("2022-03-01", "huyen", None),
            event("2022-03-01", EventType::ThuHoi, Some("huyen")),
        ]);
        assert_eq!(holding(&m, "2022-03-01", None), [("huyen", false)]);
    }

    #[test]
    fn a_renewal_follows_a_recognition_at_the_same_level() {
        let m = model(vec![
            recognised("2024-06-20", "huyen", Some("2024-12-31")),
            recognised("2019-12-20", "huyen", Some("2021-12-31")),
            recognised("2022-01-15", "xa", None),
            recognised("2024-06-20", "huyen", None),
        ]);
        // In date order: 2019 huyen, 2022 xa, 2024 huyen (first in the
        // file), 2024 huyen (second).
        let renewals: Vec<bool> = m.events.iter().map(|e| is_renewal(&m, e)).collect();
        assert_eq!(renewals, [true, false, false, true]);
        let proposal = event("2019-01-01", EventType::DeNghi, Some("huyen"));
        assert!(!is_renewal(&m, &proposal));
    }
}
