//! One cell of a sheet, as the reader found it (text, a number, a date
//! cell), and what import makes of it: text, a day, a year or a number.
//! Each conversion that fails says what was expected.

use calamine::DataType;
use chrono::Datelike;

use crate::model::date::Date;
use crate::query::key::number_text;
use crate::tr;

/// What a cell holds. Text is never empty: an empty cell is `Empty`.
#[derive(Debug, Clone, PartialEq)]
pub enum Cell {
    Empty,
    Text(String),
    Number(f64),
    /// A spreadsheet date cell.
    Date(Date),
}

/// The years a register holds, as `check` accepts them.
const YEARS: std::ops::RangeInclusive<i32> = 1900..=2999;

impl Cell {
    /// A text cell: line breaks as `\n`, blank text as `Empty`.
    pub fn text(text: &str) -> Self {
        if text.trim().is_empty() {
            Cell::Empty
        } else {
            Cell::Text(text.replace("\r\n", "\n").replace('\r', "\n"))
        }
    }

    pub fn is_empty(&self) -> bool {
        *self == Cell::Empty
    }

    /// The cell as text, trimmed; a date as `YYYY-MM-DD`.
    pub fn as_text(&self) -> String {
        match self {
            Cell::Empty => String::new(),
            Cell::Text(text) => text.trim().to_owned(),
            Cell::Number(n) => number_text(*n),
            Cell::Date(date) => date.to_string(),
        }
    }

    /// The day a cell holds: a date cell, a spreadsheet serial, or text in
    /// one of the forms of [`parse_date`].
    pub fn as_date(&self) -> Result<Date, String> {
        match self {
            Cell::Empty => Err(tr!("write-cell-day-empty")),
            Cell::Date(date) => Ok(*date),
            Cell::Number(n) => serial_date(*n),
            Cell::Text(text) => {
                parse_date(text).ok_or_else(|| tr!("write-cell-day-text", text = text.trim()))
            }
        }
    }

    /// A year: a whole number from 1900 to 2999.
    pub fn as_year(&self) -> Result<i32, String> {
        let year = match self {
            Cell::Number(n) if n.fract() == 0.0 && (1900.0..=2999.0).contains(n) => {
                // Whole and within 1900..=2999: the cast is exact.
                #[allow(clippy::cast_possible_truncation)]
                Some(*n as i32)
            }
            Cell::Text(text) => text.trim().parse().ok().filter(|y| YEARS.contains(y)),
            _ => None,
        };
        year.ok_or_else(|| {
            let (kind, value) = self.shown();
            tr!("write-cell-year", kind = kind, value = value)
        })
    }

    /// A measured outcome: a number ≥ 0.
    pub fn as_amount(&self) -> Result<f64, String> {
        let n = match self {
            Cell::Number(n) => *n,
            Cell::Text(text) => parse_number(text.trim())?,
            Cell::Empty | Cell::Date(_) => {
                let (kind, value) = self.shown();
                return Err(tr!("write-cell-number", kind = kind, value = value));
            }
        };
        if n < 0.0 {
            return Err(tr!("write-cell-negative", text = self.as_text()));
        }
        Ok(n)
    }

    /// The cell as a message shows it: what it is (`empty`, `date`,
    /// `text`, which the message words) and its text.
    fn shown(&self) -> (&'static str, String) {
        match self {
            Cell::Empty => ("empty", String::new()),
            Cell::Date(_) => ("date", self.as_text()),
            _ => ("text", self.as_text()),
        }
    }
}

/// A day written `YYYY-MM-DD`, `DD/MM/YYYY` or `D/M/YYYY`: day first, as
/// Vietnamese write it, so `3/4/2019` is the 3rd of April.
pub fn parse_date(text: &str) -> Option<Date> {
    let text = text.trim();
    if let Some(date) = crate::model::date::parse(text) {
        return Some(date);
    }
    let number = |s: &str, max_len: usize| -> Option<u32> {
        (!s.is_empty() && s.len() <= max_len && s.bytes().all(|b| b.is_ascii_digit()))
            .then(|| s.parse().ok())
            .flatten()
    };
    let mut parts = text.split('/');
    let (day, month, year) = (parts.next()?, parts.next()?, parts.next()?);
    if parts.next().is_some() || year.len() != 4 {
        return None;
    }
    let year = i32::try_from(number(year, 4)?).ok()?;
    Date::from_ymd_opt(year, number(month, 2)?, number(day, 2)?)
}

/// The day of a spreadsheet serial number (days since 1899-12-30). A
/// whole number that reads as a year is refused: `2019` in a date column
/// is far likelier a year typed alone than a day in 1905.
pub fn serial_date(n: f64) -> Result<Date, String> {
    if n.fract() == 0.0 && (1900.0..=2999.0).contains(&n) {
        return Err(tr!("write-cell-day-year", number = number_text(n)));
    }
    calamine::Data::Float(n)
        .as_date()
        .filter(|date| YEARS.contains(&date.year()))
        .ok_or_else(|| tr!("write-cell-day-number", number = number_text(n)))
}

/// A number written with digits and at most one decimal point or comma
/// (`12.5`, `12,5`). Thousands separators are refused: `1.250` is 1250 to
/// a Vietnamese reader and 1.25 to an English one.
pub fn parse_number(text: &str) -> Result<f64, String> {
    let expected = || tr!("write-cell-number", kind = "text", value = text);
    let unsigned = text.strip_prefix('-').unwrap_or(text);
    let separators = unsigned.matches(['.', ',']).count();
    if unsigned.is_empty()
        || !unsigned
            .bytes()
            .all(|b| b.is_ascii_digit() || b == b'.' || b == b',')
    {
        return Err(expected());
    }
    let (whole, fraction) = unsigned.split_once(['.', ',']).unwrap_or((unsigned, ""));
    // `0.250` cannot be grouped thousands: a group never starts with 0.
    let grouped = (1..=3).contains(&whole.len()) && !whole.starts_with('0') && fraction.len() == 3;
    if separators > 1 || (separators == 1 && grouped) {
        return Err(tr!("write-cell-thousands", text = text));
    }
    text.replace(',', ".").parse().map_err(|_| expected())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> Date {
        crate::model::date::parse(s).unwrap()
    }

    #[test]
    fn dates_in_every_form() {
        assert_eq!(parse_date("2019-03-15"), Some(d("2019-03-15")));
        assert_eq!(parse_date(" 15/03/2019 "), Some(d("2019-03-15")));
        assert_eq!(parse_date("3/4/2019"), Some(d("2019-04-03")));
        assert_eq!(parse_date("03/4/2019"), Some(d("2019-04-03")));
        for bad in [
            "31/02/2019",
            "15/13/2019",
            "15/03/19",
            "2019/03/15",
            "15-03-2019",
            "15/03/2019/1",
            "/03/2019",
            "x",
            "",
        ] {
            assert_eq!(parse_date(bad), None, "{bad}");
        }
    }

    #[test]
    fn serials_are_days_but_years_are_not() {
        assert_eq!(serial_date(43539.0), Ok(d("2019-03-15")));
        assert_eq!(serial_date(43539.75), Ok(d("2019-03-15")));
        assert_eq!(
            serial_date(2019.0),
            Err(
                "expected a day like 2019-03-15 or 15/03/2019, not `2019`: a year is not a day"
                    .into()
            )
        );
        assert!(serial_date(-5.0).is_err());
        assert!(serial_date(1e9).is_err());
    }

    #[test]
    fn cells_as_days() {
        assert_eq!(Cell::Date(d("2020-01-02")).as_date(), Ok(d("2020-01-02")));
        assert_eq!(Cell::text("2/1/2020").as_date(), Ok(d("2020-01-02")));
        assert_eq!(
            Cell::text("mùa xuân").as_date(),
            Err("expected a day like 2019-03-15 or 15/03/2019, not `mùa xuân`".into())
        );
    }

    #[test]
    fn numbers_without_thousands_separators() {
        assert_eq!(parse_number("1250"), Ok(1250.0));
        assert_eq!(parse_number("12.5"), Ok(12.5));
        assert_eq!(parse_number("12,5"), Ok(12.5));
        assert_eq!(parse_number("0.25"), Ok(0.25));
        assert_eq!(parse_number("0,250"), Ok(0.25));
        assert_eq!(parse_number("1.2505"), Ok(1.2505));
        assert!(
            parse_number("1.250")
                .unwrap_err()
                .contains("thousands separator")
        );
        assert!(
            parse_number("150.000.000")
                .unwrap_err()
                .contains("thousands separator")
        );
        assert!(parse_number("1,250.5").is_err());
        assert!(
            parse_number("12 m²")
                .unwrap_err()
                .starts_with("expected a number")
        );
        assert!(parse_number(".").is_err());
        assert_eq!(
            Cell::text("-3").as_amount(),
            Err("`-3` is negative; expected a number ≥ 0".into())
        );
        assert_eq!(Cell::Number(7.0).as_amount(), Ok(7.0));
    }

    #[test]
    fn years() {
        assert_eq!(Cell::Number(2024.0).as_year(), Ok(2024));
        assert_eq!(Cell::text(" 2024 ").as_year(), Ok(2024));
        assert_eq!(
            Cell::text("năm 2024").as_year(),
            Err("expected a year like 2024, not `năm 2024`".into())
        );
        assert!(Cell::Number(2024.5).as_year().is_err());
        assert!(
            Cell::Empty
                .as_year()
                .unwrap_err()
                .ends_with("an empty cell")
        );
    }

    #[test]
    fn a_cell_is_named_whole_in_either_language() {
        use crate::i18n::Lang;
        use crate::tr_in;
        let said = |lang, kind, value| {
            (
                tr_in!(lang, "write-cell-year", kind = kind, value = value),
                tr_in!(lang, "write-cell-number", kind = kind, value = value),
            )
        };
        assert_eq!(
            said(Lang::En, "date", "2024-01-02"),
            (
                "expected a year like 2024, not the date 2024-01-02".to_owned(),
                "expected a number like 1250 or 12.5, not the date 2024-01-02".to_owned()
            )
        );
        assert_eq!(
            said(Lang::Vi, "empty", "").0,
            "cần một năm như 2024, nhưng ô để trống"
        );
        assert_eq!(
            said(Lang::Vi, "text", "năm 2024").1,
            "cần một số (như 1250 hoặc 12,5), không phải `năm 2024`"
        );
    }

    #[test]
    fn text_cells_keep_line_breaks_as_lf() {
        assert_eq!(Cell::text("a\r\nb\rc"), Cell::Text("a\nb\nc".into()));
        assert_eq!(Cell::text("  "), Cell::Empty);
        assert_eq!(Cell::Number(12.0).as_text(), "12");
    }
}
