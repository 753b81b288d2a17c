//! What a model is as of a date: its status, recognised and proposed
//! levels, months of implementation, counts of commendations and
//! replications, and outcome sums. Never stored; always computed.

use super::{EventType, Model};
use crate::model::date::{Date, whole_months};
use crate::model::recognition;
use crate::model::taxonomy::Taxonomy;
use chrono::Datelike;

/// The date and the outcome years a computation covers.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct AsOf {
    pub date: Date,
    /// The outcome years that `--sum` adds up: `--year` gives one year,
    /// `--phase` its years, otherwise every year up to the date's.
    pub first_sum_year: Option<i32>,
}

impl AsOf {
    pub fn date(date: Date) -> Self {
        Self {
            date,
            first_sum_year: None,
        }
    }

    pub fn last_sum_year(&self) -> i32 {
        self.date.year()
    }

    pub fn sums_year(&self, year: i32) -> bool {
        year <= self.last_sum_year() && self.first_sum_year.is_none_or(|first| year >= first)
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct Derived {
    /// A code of `Taxonomy::statuses`.
    pub status: &'static str,
    /// The highest level among the recognitions that hold.
    pub recognized: Option<String>,
    /// The latest end of the recognitions that hold at `recognized`; none
    /// when one of them has no end.
    pub expires: Option<Date>,
    /// The highest level ever recognised, held or not.
    pub ever_recognized: Option<String>,
    pub proposed: Option<String>,
    pub months: i64,
    pub commendations: u32,
    pub replications: u32,
    /// The verdict under the set of the latest assessment up to the date;
    /// filled in by `evaluate::assessed`, which needs the criteria sets.
    pub assessed: Option<&'static str>,
}

impl Derived {
    pub fn of(model: &Model, date: Date, taxonomy: &Taxonomy) -> Self {
        let mut status = "dang_ky";
        let mut proposed = None;
        let (mut commendations, mut replications) = (0, 0);
        let events = model.events_until(date);
        for event in &events {
            if event.kind.sets_status() {
                status = event.kind.code();
            }
            match event.kind {
                EventType::DeNghi => proposed.clone_from(&event.level),
                EventType::KhenThuong => commendations += 1,
                EventType::NhanRong => replications += 1,
                _ => {}
            }
        }
        let recognitions = recognition::recognitions_in(&events, date, taxonomy.recognition_term);
        let highest = |levels: &mut dyn Iterator<Item = &str>| {
            levels
                .max_by_key(|l| taxonomy.levels.position(l))
                .map(str::to_owned)
        };
        let holding = || recognitions.iter().filter(|r| r.holds);
        let recognized = highest(&mut holding().map(|r| r.level));
        // The latest end at the level held; none if any there has no end.
        let expires = recognized.as_deref().and_then(|level| {
            holding()
                .filter(|r| r.level == level)
                .map(|r| r.end)
                .try_fold(None, |latest: Option<Date>, end| {
                    end.map(|end| Some(latest.map_or(end, |l| l.max(end))))
                })
                .flatten()
        });
        if status == "cong_nhan" && recognized.is_none() {
            status = "het_han";
        }
        Self {
            status,
            ever_recognized: highest(&mut recognitions.iter().map(|r| r.level)),
            recognized,
            expires,
            proposed,
            months: whole_months(model.started.unwrap_or(model.registered), date),
            commendations,
            replications,
            assessed: None,
        }
    }
}

/// The sum of a metric over the outcome years that `as_of` covers; `None`
/// when no such year records the metric.
pub fn outcome_sum(model: &Model, metric: &str, years: impl Fn(i32) -> bool) -> Option<f64> {
    let mut sum = None;
    for outcome in model.outcomes.iter().filter(|o| years(o.year)) {
        for (code, value) in &outcome.values {
            if code == metric {
                *sum.get_or_insert(0.0) += value;
            }
        }
    }
    sum
}

#[cfg(test)]
mod tests {
    use super::*;

    use crate::model::fixture::{d, event, model};

    #[test]
    fn status_follows_events_up_to_the_date() {
        let m = model(vec![
            event("2019-10-01", EventType::DeNghi, Some("huyen")),
            event("2019-12-20", EventType::CongNhan, Some("huyen")),
            event("2020-05-01", EventType::KhenThuong, None),
            event("2021-03-01", EventType::DeNghi, Some("tinh")),
            event("2021-09-01", EventType::CongNhan, Some("tinh")),
            event("2024-01-10", EventType::ThuHoi, Some("tinh")),
            event("2025-08-01", EventType::ThuHoi, None),
        ]);
        let t = Taxonomy::default();
        let at = |s: &str| Derived::of(&m, d(s), &t);
        assert_eq!(at("2019-06-01").status, "dang_ky");
        assert_eq!(at("2019-10-01").status, "de_nghi");
        assert_eq!(at("2019-10-01").proposed.as_deref(), Some("huyen"));
        assert_eq!(at("2019-12-20").recognized.as_deref(), Some("huyen"));
        // A commendation leaves the status as it was.
        assert_eq!(at("2020-06-01").status, "cong_nhan");
        assert_eq!(at("2020-06-01").commendations, 1);
        assert_eq!(at("2021-09-01").recognized.as_deref(), Some("tinh"));
        // Revoking the provincial recognition leaves the district one.
        assert_eq!(at("2024-02-01").recognized.as_deref(), Some("huyen"));
        assert_eq!(at("2024-02-01").status, "thu_hoi");
        // A revocation with no level undoes them all.
        assert_eq!(at("2025-08-01").recognized, None);
        assert_eq!(at("2019-12-31").months, 8);
        assert_eq!(at("2019-01-01").months, 0);
    }

    #[test]
    fn out_of_order_events_are_taken_by_date() {
        let m = model(vec![
            event("2020-05-01", EventType::CongNhan, Some("huyen")),
            event("2020-01-01", EventType::DeNghi, Some("huyen")),
        ]);
        let got = Derived::of(&m, d("2020-12-31"), &Taxonomy::default());
        assert_eq!(got.status, "cong_nhan");
    }

    #[test]
    fn outcome_sums_cover_the_years_asked() {
        let m = model(vec![]);
        assert_eq!(outcome_sum(&m, "ngay_cong", |y| y <= 2020), Some(440.0));
        assert_eq!(outcome_sum(&m, "ngay_cong", |y| y == 2020), Some(100.0));
        assert_eq!(outcome_sum(&m, "ngay_cong", |y| y < 2019), None);
        assert_eq!(outcome_sum(&m, "dat_hien_m2", |_| true), None);
        let as_of = AsOf {
            date: d("2020-12-31"),
            first_sum_year: Some(2020),
        };
        assert!(as_of.sums_year(2020) && !as_of.sums_year(2019) && !as_of.sums_year(2021));
    }
}
