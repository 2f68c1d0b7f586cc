//! One row of a sheet → the TOML profile it stands for → `parse_profile`, the same
//! check as a profile file. Each TOML line is one cell, so a problem the checker
//! places on a line is placed back in its cell: the row's source names the row
//! (`file.csv:4`), the problem names the column (its letter and header).

use std::fmt::Write as _;

use super::RowResult;
use super::columns::{Header, ProfileKey, ValueKind, letter, quote};
use crate::problem::SheetIssue;
use crate::problem::{Found, Issue, Problem, ProfileError, ShownNumber};
use crate::profile::parse_profile;

/// A cell as the reader found it.
#[derive(Debug, Clone, PartialEq)]
pub enum Cell {
    Empty,
    /// Text (every CSV cell; a text cell of a workbook).
    Text(String),
    /// A number cell of a workbook.
    Number(f64),
    Int(i64),
    Bool(bool),
    /// A cell a profile has no use for (a date, an error value): how it shows.
    Other(String),
    /// A number whose format adds text to it (`#,##0"万元"`, `[$$-409]0`): the
    /// number, and the number as the format shows it (`8000万元`), `None` when
    /// that text cannot be read with the number. A money column reads what is
    /// shown; a count column the number.
    Formatted {
        number: f64,
        shown: Option<String>,
    },
}

impl Cell {
    /// The cell's text as a spreadsheet shows it, as written (a header's name, or
    /// a value before it is trimmed).
    pub(super) fn text(&self) -> String {
        match self {
            Cell::Empty => String::new(),
            Cell::Text(text)
            | Cell::Other(text)
            | Cell::Formatted {
                shown: Some(text), ..
            } => text.clone(),
            Cell::Number(n) | Cell::Formatted { number: n, .. } => n.to_string(),
            Cell::Int(i) => i.to_string(),
            Cell::Bool(b) => b.to_string(),
        }
    }

    /// Bytes of text the cell holds (0 for a number or a flag).
    pub fn text_len(&self) -> usize {
        match self {
            Cell::Text(text) | Cell::Other(text) => text.len(),
            Cell::Formatted { shown, .. } => shown.as_ref().map_or(0, String::len),
            _ => 0,
        }
    }

    fn is_empty(&self) -> bool {
        match self {
            Cell::Empty => true,
            Cell::Text(text) => text.trim().is_empty(),
            _ => false,
        }
    }
}

/// Checks one row; `None` for a blank row (no value outside note columns).
/// `source` is the row's name in messages and records (`file.csv:4`).
pub fn check_row(source: String, header: &Header, cells: &[Cell]) -> Option<RowResult> {
    let mut issues: Vec<(usize, Issue)> = Vec::new();
    let mut blank = true;
    // Whether a value stands under a column the profile reads: a row whose only
    // values have no column is told that, not also that it is empty.
    let mut named = false;
    for (index, cell) in cells.iter().enumerate() {
        if cell.is_empty() {
            continue;
        }
        match header.columns.get(index).copied().flatten() {
            Some(_) => {
                blank = false;
                named = true;
            }
            None if header.names.get(index).is_some_and(|n| n.starts_with('#')) => {}
            None => {
                blank = false;
                let at = SheetIssue::ValueWithoutColumn {
                    letter: letter(index),
                };
                issues.push((index, Issue::Sheet(at)));
            }
        }
    }
    if blank {
        return None;
    }
    let mut toml = Toml::default();
    // Keys whose cell could not be read: already told, so not "missing" too.
    let mut unreadable: Vec<ProfileKey> = Vec::new();
    for (index, column) in header.columns.iter().enumerate() {
        let Some(column) = *column else { continue };
        let Some(cell) = cells.get(index).filter(|c| !c.is_empty()) else {
            continue;
        };
        match value(column, cell) {
            Ok(value) => toml.add(column, index, value),
            Err(issue) => {
                unreadable.push(column);
                issues.push((index, in_cell(header, index, Issue::Sheet(issue))));
            }
        }
    }
    let (text, lines) = toml.finish();
    let checked = parse_profile(&source, text.as_bytes());
    let mut problems: Vec<(usize, Issue)> = issues;
    let profile = match checked {
        Ok(profile) => Some(profile),
        Err(error) => {
            for problem in error.problems {
                if matches!(&problem.issue, Issue::Missing { key } if unreadable.contains(key)) {
                    continue;
                }
                if !named && matches!(problem.issue, Issue::EmptyProfile) {
                    continue;
                }
                problems.push(place(header, &lines, cells, problem));
            }
            None
        }
    };
    Some(match profile {
        Some(profile) if problems.is_empty() => Ok((source, profile)),
        _ => {
            // In column order, the row's own problems (no column) first.
            problems.sort_by_key(|(index, _)| *index);
            let problems = problems
                .into_iter()
                .map(|(index, issue)| Problem {
                    location: None,
                    issue,
                    offset: index,
                })
                .collect();
            Err(ProfileError { source, problems })
        }
    })
}

/// A profile problem placed in its cell: (sort key, issue).
fn place(header: &Header, lines: &[usize], cells: &[Cell], problem: Problem) -> (usize, Issue) {
    let column = problem
        .location
        .and_then(|(line, _)| lines.get(line.wrapping_sub(1)).copied());
    let problem = match (column.and_then(|c| cells.get(c)), problem.issue) {
        // An amount read as its number format shows it is told as the number it
        // is and the text it was read as, not as a string the cell never held.
        (
            Some(Cell::Formatted {
                number,
                shown: Some(_),
            }),
            Issue::Money {
                key,
                error,
                found: Found::Str(shown),
            },
        ) => Problem {
            issue: Issue::Money {
                key,
                error,
                found: Found::Shown(Box::new(ShownNumber {
                    number: number.to_string(),
                    shown,
                })),
            },
            ..problem
        },
        (_, issue) => Problem { issue, ..problem },
    };
    match (column, problem.issue) {
        (_, Issue::Missing { key }) => {
            let column = header
                .columns
                .iter()
                .position(|c| *c == Some(key))
                .map(|index| {
                    let name = header.names.get(index).map_or(String::new(), |n| quote(n));
                    (letter(index), name)
                });
            (0, Issue::Sheet(SheetIssue::MissingCell { key, column }))
        }
        (Some(index), issue) => (index + 1, in_cell(header, index, issue)),
        (None, issue) => (0, issue),
    }
}

fn in_cell(header: &Header, index: usize, issue: Issue) -> Issue {
    Issue::Sheet(SheetIssue::InCell {
        letter: letter(index),
        name: header.names.get(index).map_or(String::new(), |n| quote(n)),
        issue: Box::new(issue),
    })
}

/// The TOML of a row, built line by line, with the sheet column of each line.
#[derive(Default)]
struct Toml {
    top: Vec<(usize, String)>,
    tables: Vec<(crate::profile::Table, Vec<(usize, String)>)>,
}

impl Toml {
    fn add(&mut self, column: ProfileKey, index: usize, value: String) {
        let line = format!("{} = {value}", column.slug());
        match column.table() {
            None => self.top.push((index, line)),
            Some(table) => match self.tables.iter_mut().find(|(t, _)| *t == table) {
                Some((_, lines)) => lines.push((index, line)),
                None => self.tables.push((table, vec![(index, line)])),
            },
        }
    }

    /// The document, and for each of its lines the sheet column it came from.
    fn finish(self) -> (String, Vec<usize>) {
        let mut text = String::new();
        let mut lines = Vec::new();
        for (index, line) in self.top {
            text.push_str(&line);
            text.push('\n');
            lines.push(index);
        }
        for (table, entries) in self.tables {
            // A problem with the table as a whole is placed at its first cell.
            let _ = writeln!(text, "[{table}]");
            lines.push(entries.first().map_or(0, |(index, _)| *index));
            for (index, line) in entries {
                text.push_str(&line);
                text.push('\n');
                lines.push(index);
            }
        }
        (text, lines)
    }
}

/// A cell as the TOML value of its column, or why it cannot be one.
fn value(column: ProfileKey, cell: &Cell) -> Result<String, SheetIssue> {
    if let Cell::Other(shown) = cell {
        return Err(SheetIssue::UnusableCell {
            found: quote(shown),
        });
    }
    match (column.kind(), cell) {
        (_, Cell::Bool(b)) if column.kind() != ValueKind::Flag => Ok(b.to_string()),
        (ValueKind::Text, _) => Ok(string(&shown(cell))),
        (ValueKind::Money, Cell::Text(text)) => Ok(string(text.trim())),
        (
            ValueKind::Money,
            Cell::Formatted {
                shown: Some(shown), ..
            },
        ) => Ok(string(shown.trim())),
        (ValueKind::Money, Cell::Formatted { shown: None, .. }) => Err(SheetIssue::FormatNotRead),
        (ValueKind::Money | ValueKind::Count, Cell::Number(n))
        | (ValueKind::Count, Cell::Formatted { number: n, .. }) => number(*n),
        (ValueKind::Money | ValueKind::Count, Cell::Int(i)) => Ok(i.to_string()),
        (ValueKind::Count, Cell::Text(text)) => Ok(count(text)),
        (ValueKind::Flag, cell) => flag(cell).map(|b| b.to_string()),
        (ValueKind::List, cell) => Ok(list(&shown(cell))),
        (ValueKind::Counts, cell) => counts(&shown(cell)),
        (_, Cell::Empty | Cell::Bool(_) | Cell::Other(_)) => Ok(string("")),
    }
}

/// A cell's text as a spreadsheet shows it, trimmed.
fn shown(cell: &Cell) -> String {
    cell.text().trim().to_string()
}

/// A number cell: whole numbers as TOML integers, others as the decimal Rust
/// prints (the shortest that reads back as the same number, never an exponent).
fn number(n: f64) -> Result<String, SheetIssue> {
    if !n.is_finite() {
        // NaN or an infinity: a number cell that is not a number (a formula's
        // result such as 0/0 written by another tool), said as such.
        return Err(SheetIssue::NotFinite {
            found: n.to_string(),
        });
    }
    let text = n.to_string();
    // TOML needs a digit after the point; Rust prints whole floats without one.
    Ok(if n.fract() == 0.0 || text.contains('.') {
        text
    } else {
        format!("{text}.0")
    })
}

/// A count typed as text: digits (full-width too, `,` or `_` between groups) as a
/// TOML integer; anything else as the string it is, for the checker to refuse.
pub fn count(text: &str) -> String {
    if let Some(number) = crate::spelling::whole_number(text) {
        return number;
    }
    let text = crate::spelling::half_width(text.trim());
    let digits = text.strip_prefix(['-', '+']).unwrap_or(&text);
    // A decimal such as 12.5 as a TOML float, so the message says "the number 12.5".
    let is_decimal = digits.split_once('.').is_some_and(|(a, b)| {
        !a.is_empty()
            && !b.is_empty()
            && a.chars().all(|c| c.is_ascii_digit())
            && b.chars().all(|c| c.is_ascii_digit())
    });
    if is_decimal && !digits.starts_with('0') {
        return text.strip_prefix('+').unwrap_or(&text).to_string();
    }
    string(&text)
}

/// Yes or no: a flag cell, 1 or 0, or a word of `crate::spelling::flag`.
fn flag(cell: &Cell) -> Result<bool, SheetIssue> {
    match cell {
        Cell::Bool(b) => Ok(*b),
        Cell::Int(1) => Ok(true),
        Cell::Int(0) => Ok(false),
        Cell::Number(n) | Cell::Formatted { number: n, .. } if *n == 1.0 => Ok(true),
        Cell::Number(n) | Cell::Formatted { number: n, .. } if *n == 0.0 => Ok(false),
        _ => {
            let text = shown(cell);
            crate::spelling::flag(&text).ok_or_else(|| SheetIssue::NotAFlag {
                found: quote(&text),
            })
        }
    }
}

/// Items separated by `;` (or the full-width `；`), as a TOML array of strings.
fn list(text: &str) -> String {
    let items: Vec<String> = split_items(text).map(string).collect();
    format!("[{}]", items.join(", "))
}

fn split_items(text: &str) -> impl Iterator<Item = &str> {
    text.split([';', '；'])
        .map(str::trim)
        .filter(|item| !item.is_empty())
}

/// `provincial=31;prefecture=333` as a TOML inline table.
fn counts(text: &str) -> Result<String, SheetIssue> {
    let mut items = Vec::new();
    let mut seen: Vec<&str> = Vec::new();
    for item in split_items(text) {
        let Some((level, n)) = item.split_once(['=', '＝']) else {
            return Err(SheetIssue::BadCountsItem { found: quote(item) });
        };
        let level = level.trim();
        if level.is_empty() {
            return Err(SheetIssue::BadCountsItem { found: quote(item) });
        }
        // The same name twice would be a repeated TOML key ("invalid TOML"); a level
        // named by its id and by its Chinese name is caught by the profile's check.
        if seen.contains(&level) {
            return Err(SheetIssue::RepeatedCountsItem {
                found: quote(level),
            });
        }
        seen.push(level);
        items.push(format!("{} = {}", string(level), count(n)));
    }
    Ok(format!("{{ {} }}", items.join(", ")))
}

/// A TOML basic string: quotes, backslashes and control characters escaped.
pub fn string(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 2);
    out.push('"');
    for c in text.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\t' => out.push_str("\\t"),
            '\r' => out.push_str("\\r"),
            c if c.is_control() => {
                let _ = write!(out, "\\u{:04X}", u32::from(c));
            }
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn header(names: &[&str]) -> Header {
        Header::parse(names.iter().map(|s| s.to_string()).collect())
            .unwrap_or_else(|e| panic!("{e:?}"))
    }

    fn text(cells: &[&str]) -> Vec<Cell> {
        cells.iter().map(|c| Cell::Text(c.to_string())).collect()
    }

    #[test]
    fn counts_typed_as_text() {
        assert_eq!(count("12"), "12");
        assert_eq!(count(" 1,200 "), "1200");
        assert_eq!(count("００７"), "7");
        assert_eq!(count("-3"), "-3");
        assert_eq!(count("12.5"), "12.5");
        assert_eq!(count("twelve"), "\"twelve\"");
        assert_eq!(count(",12"), "\",12\"");
    }

    #[test]
    fn numbers_become_valid_toml() {
        assert_eq!(number(80_000_000.0).ok(), Some("80000000".into()));
        assert_eq!(number(7.1).ok(), Some("7.1".into()));
        assert!(number(f64::NAN).is_err());
    }

    #[test]
    fn strings_are_escaped() {
        assert_eq!(string("a\"b\\c\nd\u{1}"), "\"a\\\"b\\\\c\\nd\\u0001\"");
    }

    #[test]
    fn a_row_gives_the_profile_a_file_gives() {
        let h = header(&[
            "name",
            "annual_revenue",
            "key_accounts",
            "industry",
            "employees",
            "strategic_plan",
            "levels",
            "counts",
        ]);
        let row = text(&[
            "华东, \"精密\"",
            "8000万元",
            "12",
            "工业",
            "450",
            "是",
            "national;provincial",
            "provincial=31",
        ]);
        let from_row = check_row("s.csv:2".into(), &h, &row);
        let toml = "name = '华东, \"精密\"'\nannual_revenue = \"8000万元\"\nkey_accounts = 12\n\
                    industry = \"工业\"\nemployees = 450\n[strategy]\nstrategic_plan = true\n\
                    [network]\nlevels = [\"national\", \"provincial\"]\ncounts = { provincial = 31 }\n";
        let from_file = parse_profile("s.toml", toml.as_bytes());
        match (from_row, from_file) {
            (Some(Ok((source, a))), Ok(b)) => {
                assert_eq!(source, "s.csv:2");
                assert_eq!(a, b);
            }
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn problems_name_their_cell_and_blank_rows_are_skipped() {
        let h = header(&["name", "# note", "annual_revenue", "key_accounts", "scale"]);
        assert!(check_row("s.csv:3".into(), &h, &text(&["", "a note", " ", ""])).is_none());
        let row = text(&["A", "", "80 furlongs", "x", "small"]);
        let Some(Err(error)) = check_row("s.csv:3".into(), &h, &row) else {
            panic!("accepted")
        };
        let rendered = crate::render::problems::in_english(&error);
        assert!(
            rendered.starts_with(
                "s.csv:3: column C (annual_revenue): `annual_revenue` has an unknown unit"
            ),
            "{rendered}"
        );
        assert!(
            rendered.contains(
                "\ns.csv:3: column D (key_accounts): `key_accounts` must be a whole number"
            ),
            "{rendered}"
        );
        let row = text(&["", "", "1亿", "3", "small"]);
        let Some(Err(error)) = check_row("s.csv:4".into(), &h, &row) else {
            panic!("accepted")
        };
        assert_eq!(
            crate::render::problems::in_english(&error),
            "s.csv:4: column A (name) is empty: every row needs `name`"
        );
        // Without a `name` column no row is read: the header says so once.
        let names = ["annual_revenue", "key_accounts", "scale"];
        assert_eq!(
            Header::parse(names.iter().map(|n| n.to_string()).collect()).err(),
            Some(vec![SheetIssue::MissingCell {
                key: ProfileKey::Name,
                column: None
            }])
        );
    }
}
