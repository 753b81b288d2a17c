//! Flags several commands share, parsed one way.

use anyhow::{Result, anyhow};

use dvk::model::date::{self, Date};
use dvk::tr;

/// A day given to `--FLAG`: `YYYY-MM-DD`, spaces around it ignored, within
/// the years a record may hold; `example` is shown in the message when it
/// is not one.
pub(crate) fn day(flag: &str, example: &str, text: &str) -> Result<Date> {
    let day = date::parse(text.trim()).ok_or_else(|| {
        anyhow!(tr!(
            "args-not-a-day",
            flag = flag,
            example = example,
            text = text
        ))
    })?;
    date::given(flag, day).map_err(anyhow::Error::msg)
}

/// A day given to `--FLAG`, or `default` when the flag is absent.
pub(crate) fn day_or(flag: &str, example: &str, text: Option<&str>, default: Date) -> Result<Date> {
    text.map_or(Ok(default), |text| day(flag, example, text))
}
