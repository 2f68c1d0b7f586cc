//! The date a document (the HTML or Markdown report) carries: today's local date,
//! or the one `SOURCE_DATE_EPOCH` fixes (the reproducible-builds convention), so
//! that tests and archived reports are stable. Each catalogue writes it in its
//! language's way; this module only finds it.

use std::fmt;

/// A calendar date, as printed on a report.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct DocDate {
    pub year: i32,
    /// 1-12.
    pub month: u8,
    /// 1-31.
    pub day: u8,
}

/// `SOURCE_DATE_EPOCH` is set but is not a whole number of seconds since
/// 1970-01-01 00:00 UTC that makes a date (the value as found).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BadEpoch(pub String);

impl DocDate {
    /// The UTC date of a Unix time in seconds; `None` beyond the years a calendar
    /// date can hold (±9999).
    pub fn from_unix_seconds(seconds: i64) -> Option<DocDate> {
        time::OffsetDateTime::from_unix_timestamp(seconds)
            .ok()
            .map(|t| DocDate::of(t.date()))
    }

    fn of(date: time::Date) -> DocDate {
        DocDate {
            year: date.year(),
            month: u8::from(date.month()),
            day: date.day(),
        }
    }

    /// The date for documents of this run: `SOURCE_DATE_EPOCH` (read as a UTC date)
    /// when set and not empty, else today in the local time zone.
    pub fn for_documents() -> Result<DocDate, BadEpoch> {
        match std::env::var("SOURCE_DATE_EPOCH") {
            Ok(value) if !value.trim().is_empty() => parse_epoch(&value),
            Ok(_) => Ok(DocDate::today()),
            Err(std::env::VarError::NotPresent) => Ok(DocDate::today()),
            Err(std::env::VarError::NotUnicode(value)) => {
                Err(BadEpoch(value.to_string_lossy().into_owned()))
            }
        }
    }

    /// Today in the local time zone. The `time` crate finds the local offset only
    /// where it can do so soundly (on Unix, in a single-threaded process, with a
    /// readable time zone); where it cannot, the date is today's in UTC, which
    /// differs from the local one only near midnight.
    pub fn today() -> DocDate {
        let now =
            time::OffsetDateTime::now_local().unwrap_or_else(|_| time::OffsetDateTime::now_utc());
        DocDate::of(now.date())
    }
}

/// Reads `SOURCE_DATE_EPOCH`: ASCII digits only, as the convention defines it.
fn parse_epoch(value: &str) -> Result<DocDate, BadEpoch> {
    let trimmed = value.trim();
    trimmed
        .bytes()
        .all(|b| b.is_ascii_digit())
        .then(|| trimmed.parse::<i64>().ok())
        .flatten()
        .and_then(DocDate::from_unix_seconds)
        .ok_or_else(|| BadEpoch(value.to_string()))
}

/// ISO 8601, `2026-11-28`: what the English report prints.
impl fmt::Display for DocDate {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_epoch_is_a_utc_date() {
        let date = |s| DocDate::from_unix_seconds(s).map(|d| d.to_string());
        assert_eq!(date(0).as_deref(), Some("1970-01-01"));
        // 2026-11-28 23:59:59 UTC and the second after it.
        assert_eq!(date(1_795_910_399).as_deref(), Some("2026-11-28"));
        assert_eq!(date(1_795_910_400).as_deref(), Some("2026-11-29"));
        assert_eq!(date(951_782_400).as_deref(), Some("2000-02-29"));
        assert_eq!(DocDate::from_unix_seconds(i64::MAX), None);
    }

    #[test]
    fn only_digits_make_an_epoch() {
        assert_eq!(
            parse_epoch("1795910399"),
            Ok(DocDate {
                year: 2026,
                month: 11,
                day: 28
            })
        );
        assert_eq!(parse_epoch(" 0\n").map(|d| d.year), Ok(1970));
        for bad in [
            "-1",
            "1e9",
            "12:00",
            "tomorrow",
            "99999999999999999999",
            "+5",
        ] {
            assert_eq!(parse_epoch(bad), Err(BadEpoch(bad.to_string())), "{bad}");
        }
    }
}
