//! The years a report covers, and how Vietnamese reports write them.

use chrono::Datelike;

use crate::model::date::Date;
use crate::model::derived::AsOf;

/// The years a report covers: one (`--year`) or a phase (`--phase`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Period {
    pub first: i32,
    pub last: i32,
}

impl Period {
    /// The period of an as-of set by `--year` or `--phase`; none for a
    /// plain date.
    pub fn of(as_of: &AsOf) -> Option<Self> {
        as_of.first_sum_year.map(|first| Self {
            first,
            last: as_of.last_sum_year(),
        })
    }

    /// `2024`, or `2021-2025`.
    pub fn label(&self) -> String {
        if self.first == self.last {
            self.first.to_string()
        } else {
            format!("{}-{}", self.first, self.last)
        }
    }

    /// `năm 2024`, or `giai đoạn 2021-2025`.
    pub fn words(&self) -> String {
        if self.first == self.last {
            // i18n: document text, Vietnamese in every language (cli.md report)
            format!("năm {}", self.first)
        } else {
            // i18n: document text, Vietnamese in every language (cli.md report)
            format!("giai đoạn {}", self.label())
        }
    }

    /// The same period before: the year before, or the phase of the same
    /// length just before.
    #[must_use]
    pub fn before(&self) -> Self {
        let length = self.last - self.first + 1;
        Self {
            first: self.first - length,
            last: self.first - 1,
        }
    }

    pub fn contains(&self, date: Date) -> bool {
        (self.first..=self.last).contains(&date.year())
    }
}

/// `dd/mm/yyyy`, as Vietnamese reports write dates.
pub fn vietnamese(date: Date) -> String {
    date.format("%d/%m/%Y").to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_period_before_is_as_long_and_just_before() {
        let year = Period {
            first: 2024,
            last: 2024,
        };
        assert_eq!(
            year.before(),
            Period {
                first: 2023,
                last: 2023
            }
        );
        let phase = Period {
            first: 2021,
            last: 2025,
        };
        assert_eq!(
            phase.before(),
            Period {
                first: 2016,
                last: 2020
            }
        );
    }
}
