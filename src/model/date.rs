//! Dates as the register uses them: whole days (`chrono::NaiveDate`),
//! partial dates in queries (`2023`, `2023-05`) that stand for a range of
//! days, and the whole months between two days.

use chrono::{Datelike, NaiveDate};

pub type Date = NaiveDate;

/// Parses `YYYY-MM-DD`.
pub fn parse(text: &str) -> Option<Date> {
    if text.len() != 10 {
        return None;
    }
    NaiveDate::parse_from_str(text, "%Y-%m-%d").ok()
}

/// The first and last years of the days a register holds: a record's date
/// outside them is a `check` warning (a slip of the keyboard, or a year
/// that a workbook cannot hold as a date: Excel's days begin in 1900), a
/// day given on the command line outside them is refused, and a workbook
/// shows such a date as text.
pub const FIRST_YEAR: i32 = 1900;
pub const LAST_YEAR: i32 = 2100;

/// Whether a day is within `FIRST_YEAR` to `LAST_YEAR`.
pub fn in_range(date: Date) -> bool {
    (FIRST_YEAR..=LAST_YEAR).contains(&date.year())
}

/// The first and last days of the range, as messages name them.
pub fn range() -> (String, String) {
    (format!("{FIRST_YEAR}-01-01"), format!("{LAST_YEAR}-12-31"))
}

/// A day given with `--flag`, refused when outside the range.
pub fn given(flag: &str, date: Date) -> Result<Date, String> {
    if in_range(date) {
        Ok(date)
    } else {
        let (first, last) = range();
        Err(crate::tr!(
            "read-day-out-of-range",
            flag = flag,
            first = first,
            last = last,
            date = date.to_string()
        ))
    }
}

/// The last day of a year: what `--year Y` means as an as-of date.
pub fn end_of_year(year: i32) -> Option<Date> {
    NaiveDate::from_ymd_opt(year, 12, 31)
}

/// A date given to a year, a month or a day: the days it covers.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PartialDate {
    pub first: Date,
    pub last: Date,
}

impl PartialDate {
    /// Parses `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
    pub fn parse(text: &str) -> Option<Self> {
        let parts: Vec<&str> = text.split('-').collect();
        let number = |s: &str, len: usize| -> Option<u32> {
            (s.len() == len && s.bytes().all(|b| b.is_ascii_digit()))
                .then(|| s.parse().ok())
                .flatten()
        };
        match parts.as_slice() {
            [y] => {
                let y = i32::try_from(number(y, 4)?).ok()?;
                Some(Self {
                    first: NaiveDate::from_ymd_opt(y, 1, 1)?,
                    last: NaiveDate::from_ymd_opt(y, 12, 31)?,
                })
            }
            [y, m] => {
                let y = i32::try_from(number(y, 4)?).ok()?;
                let m = number(m, 2)?;
                let first = NaiveDate::from_ymd_opt(y, m, 1)?;
                let next = if m == 12 {
                    NaiveDate::from_ymd_opt(y + 1, 1, 1)?
                } else {
                    NaiveDate::from_ymd_opt(y, m + 1, 1)?
                };
                Some(Self {
                    first,
                    last: next.pred_opt()?,
                })
            }
            [_, _, _] => {
                let day = parse(text)?;
                Some(Self {
                    first: day,
                    last: day,
                })
            }
            _ => None,
        }
    }

    pub fn contains(&self, day: Date) -> bool {
        self.first <= day && day <= self.last
    }
}

/// Whole months from `from` to `to`; 0 when `to` is before `from`.
pub fn whole_months(from: Date, to: Date) -> i64 {
    if to < from {
        return 0;
    }
    let mut months =
        i64::from(to.year() - from.year()) * 12 + i64::from(to.month()) - i64::from(from.month());
    // A month is whole once the day of the month is reached again; a start
    // on the 31st is whole on the last day of a shorter month.
    let last_of_to_month = to
        .with_day(1)
        .and_then(|d| d.checked_add_months(chrono::Months::new(1)))
        .and_then(|d| d.pred_opt())
        .map_or(31, |d| d.day());
    if to.day() < from.day() && to.day() < last_of_to_month {
        months -= 1;
    }
    months.max(0)
}

/// The day Vietnam moved to two tiers of local government: district-level
/// decisions dated from it on are warned of.
pub fn district_abolished() -> Date {
    // i18n: a panic message that cannot happen (a fixed, real day)
    Date::from_ymd_opt(2025, 7, 1).expect("a real day")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> Date {
        parse(s).unwrap()
    }

    #[test]
    fn partial_dates_cover_their_days() {
        let y = PartialDate::parse("2023").unwrap();
        assert_eq!((y.first, y.last), (d("2023-01-01"), d("2023-12-31")));
        let m = PartialDate::parse("2024-02").unwrap();
        assert_eq!((m.first, m.last), (d("2024-02-01"), d("2024-02-29")));
        let dec = PartialDate::parse("2025-12").unwrap();
        assert_eq!(dec.last, d("2025-12-31"));
        assert!(
            PartialDate::parse("2025-07-01")
                .unwrap()
                .contains(d("2025-07-01"))
        );
        for bad in [
            "23",
            "2023-5",
            "2023-13",
            "2023-02-30",
            "x",
            "2023-01-01-01",
            "",
        ] {
            assert_eq!(PartialDate::parse(bad), None, "{bad}");
        }
    }

    #[test]
    fn whole_months_counts_completed_months() {
        assert_eq!(whole_months(d("2019-04-01"), d("2019-12-31")), 8);
        assert_eq!(whole_months(d("2019-04-01"), d("2020-04-01")), 12);
        assert_eq!(whole_months(d("2019-04-15"), d("2019-05-14")), 0);
        assert_eq!(whole_months(d("2019-04-15"), d("2019-05-15")), 1);
        assert_eq!(whole_months(d("2019-01-31"), d("2019-02-28")), 1);
        assert_eq!(whole_months(d("2020-01-31"), d("2020-02-28")), 0);
        assert_eq!(whole_months(d("2020-01-31"), d("2020-02-29")), 1);
        assert_eq!(whole_months(d("2025-07-01"), d("2025-06-30")), 0);
    }
}
