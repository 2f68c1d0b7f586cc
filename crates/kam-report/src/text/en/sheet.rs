//! Spreadsheets in English: column names (the profile keys), sheet problems, and
//! the header of the portfolio sheet `compare` writes.

use super::English;
use crate::problem::backticked;
use crate::problem::{SheetIssue, WorkbookFault, WorkbookPart};
use crate::profile::ProfileKey;
use crate::text::{IssueText, SheetText};

/// Why a workbook could not be read, in English (the library's own message as it is).
fn workbook_fault(fault: &WorkbookFault) -> String {
    match fault {
        WorkbookFault::NotOds => {
            "not an OpenDocument spreadsheet (its mimetype says otherwise)".into()
        }
        WorkbookFault::NoContent => "it has no content.xml".into(),
        WorkbookFault::BadRepeat => "a repeat count is not a whole number above 0".into(),
        WorkbookFault::BadSpaceCount => "a space count is not a whole number".into(),
        WorkbookFault::TooManyRows => "more rows than a sheet can have".into(),
        WorkbookFault::WholePartTooLarge { mib } => format!(
            "a part read whole (the shared strings, the styles or the workbook) unpacks to more than {mib} MiB: no portfolio needs so much"
        ),
        WorkbookFault::StylesTooLarge { mib } => format!(
            "its cell styles come to more than {mib} MiB once read: no portfolio has so many"
        ),
        WorkbookFault::BadReference => {
            "a cell reference is not of the form A1 (a column's letters, then its row from 1)"
                .into()
        }
        WorkbookFault::ReferenceOutOfRange => {
            "a cell reference (of the form A1) names a row or a column past the last a sheet can have".into()
        }
        WorkbookFault::EndsInside(part) => {
            let part = match part {
                WorkbookPart::Table => "a table",
                WorkbookPart::Row => "a row",
                WorkbookPart::Cell => "a cell",
            };
            format!("content.xml ends inside {part}")
        }
        WorkbookFault::UnknownEntity => "an unknown entity in a cell".into(),
        WorkbookFault::Xml(message) => format!("malformed XML: {message}"),
        WorkbookFault::LongRun { mib } => format!(
            "more than {mib} MiB of its XML without markup (whitespace, a comment or an attribute): refused before it is held in memory"
        ),
        WorkbookFault::Reader(message) => message.clone(),
    }
}

impl SheetText for English {
    fn column_label(&self, column: ProfileKey) -> &'static str {
        column.slug()
    }

    fn sheet_issue(&self, issue: &SheetIssue) -> String {
        const SAVE: &str = "save it as \"CSV UTF-8\" (Excel: File > Save As)";
        match issue {
            SheetIssue::Utf16 => format!("the file is UTF-16 text (Excel's \"Unicode text\"): {SAVE}"),
            SheetIssue::Utf32 => format!("the file is UTF-32 text: {SAVE}"),
            SheetIssue::NotUtf8 => format!(
                "not UTF-8 text (Excel's plain \"CSV\" on a Chinese system saves GBK): {SAVE}"
            ),
            SheetIssue::NulByte => {
                "holds a NUL byte: this is not a text CSV file (a workbook? name it .xlsx)".into()
            }
            SheetIssue::NotAnXls { zip: true } => "this is a zipped workbook (XLSX or ODS) named .xls: name it .xlsx (or .ods) and run again".into(),
            SheetIssue::NotAnXls { zip: false } => "not an XLS workbook: an .xls file is a compound document, and this one is not (renamed from another format?)".into(),
            SheetIssue::NotAZip => "not a workbook: an .xlsx or .ods file is a zip archive, and this one is not (renamed from another format?)".into(),
            SheetIssue::BadWorkbook(fault) => {
                format!("the workbook cannot be read: {}", workbook_fault(fault))
            }
            SheetIssue::BadWorkbookAt { row, letter, fault } => format!(
                "the workbook cannot be read at row {row}{}: {}",
                letter.as_ref().map_or(String::new(), |l| format!(", column {l}")),
                workbook_fault(fault)
            ),
            SheetIssue::BadWorkbookNear { row, fault } => match row {
                Some(row) => format!(
                    "the workbook cannot be read near row {row}: {}",
                    workbook_fault(fault)
                ),
                None => format!("the workbook cannot be read: {}", workbook_fault(fault)),
            },
            SheetIssue::WorkbookTooLarge { mib } => {
                format!("the workbook is larger than {mib} MiB; a portfolio is far smaller")
            }
            SheetIssue::PartTooLarge { part, mib } => format!(
                "the workbook's part `{part}` unpacks to more than {mib} MiB: refused (a zip bomb, or no portfolio)"
            ),
            SheetIssue::UnpacksTooLarge { mib } => format!(
                "the workbook unpacks to more than {mib} MiB in all: refused (a zip bomb, or no portfolio)"
            ),
            SheetIssue::PackedTooTight { ratio, floor_mib } => format!(
                "the workbook unpacks to more than {floor_mib} MiB and more than {ratio} times its own size: refused (a zip bomb; a portfolio's sheets pack about 10 to 1)"
            ),
            SheetIssue::NoSuchSheet { name, sheets } => {
                let names: Vec<&str> = sheets.iter().map(String::as_str).collect();
                format!("no sheet named \"{name}\"; the sheets are {}", backticked(&names))
            }
            SheetIssue::NoSheets => "the workbook has no sheet".into(),
            SheetIssue::DuplicateParts => "the workbook's ZIP directory names two parts alike (a file put together by hand or altered): which one is meant is not guessed; save the workbook again from the spreadsheet program".into(),
            SheetIssue::SheetOptionForText => {
                "`--sheet` applies to workbooks (xlsx, xls, ods); a CSV or TSV file has one sheet".into()
            }
            SheetIssue::NoRows => "the sheet has its header row and no row under it, so there is nothing to advise: add one row per enterprise".into(),
            SheetIssue::Empty => "the sheet is empty: its first row must name the columns (`kam-advise init --format csv` prints them)".into(),
            SheetIssue::NoColumnsInSheet { sheet } => format!(
                "the first row of the sheet \"{sheet}\" names no column of a profile: give the portfolio's sheet with --sheet NAME (`kam-advise init --format csv` prints the column names)"
            ),
            SheetIssue::OtherSeparator { separator } => {
                let name = if *separator == '\t' { "tabs" } else { "semicolons" };
                format!(
                    "the columns are separated by {name}, not commas: save the sheet as \"CSV UTF-8 (comma delimited)\" (Excel: File > Save As){}",
                    if *separator == '\t' {
                        ", or name the file .tsv"
                    } else {
                        ", or give the .xlsx workbook itself"
                    }
                )
            }
            SheetIssue::NoColumns => "the first row names no column of a profile (`kam-advise init --format csv` prints them)".into(),
            SheetIssue::UnknownColumn { letter, name, near } => {
                let hint = match near {
                    Some(near) => format!("did you mean `{near}`? "),
                    None => String::new(),
                };
                format!(
                    "column {letter}: unknown column \"{name}\": {hint}the columns are the profile's keys, their Chinese names or the usual words for them (docs/guide.md, \"From a spreadsheet\", lists them); a column whose name starts with # is a note and is not read"
                )
            }
            SheetIssue::DuplicateColumn {
                letter,
                name,
                first,
                first_name,
                key,
            } => format!(
                "column {letter}: \"{name}\" and column {first} (\"{first_name}\") both mean `{key}`: keep one"
            ),
            SheetIssue::AmbiguousColumn { letter, name, keys } => format!(
                "column {letter}: \"{name}\" may mean {}: name the column by the key it holds",
                or_list(&keys.iter().map(|k| k.slug()).collect::<Vec<_>>())
            ),
            SheetIssue::TooManyColumns { max } => {
                format!(
                    "more than {max} columns: a profile has {} keys",
                    crate::profile::ProfileKey::ALL.len()
                )
            }
            SheetIssue::TooManyCells { max } => format!(
                "the workbook holds more than {} cells, far more than a portfolio: an XLS file is read whole, so it was refused before reading further (save a larger portfolio as XLSX or CSV, which are read row by row)",
                crate::text::thousands(*max as u64)
            ),
            SheetIssue::Expands { mib } => format!(
                "the sheet's cells come to more than {mib} MiB once shared strings and repeated rows are written out, far more than the file holds: refused before reading further"
            ),
            SheetIssue::UnclosedQuote { lines } => format!(
                "a quoted cell opened in this row is never closed, so {} after it, to the end of the file, {} read into that cell and not as rows: close the quote, or write a quote inside a cell as \"\"",
                if *lines == 1 { "the line".to_string() } else { format!("the {lines} lines") },
                if *lines == 1 { "was" } else { "were" }
            ),
            SheetIssue::RowTooLarge { kib } => {
                format!("the row is larger than {kib} KiB: a row of a portfolio is far smaller")
            }
            SheetIssue::CellTwice { letter } => format!(
                "the workbook gives column {letter} of this row twice (the row is repeated under one number): which value is meant is not guessed; remove the repeated row"
            ),
            SheetIssue::FormatNotRead => "the cell's number format adds text to the amount that cannot be read with it (a percentage or an exponent with a unit, a currency sign whose locale is not known, a condition, text longer than a unit): write the amount as text in the cell, e.g. 8000万 or USD 12M".into(),
            SheetIssue::RowOutOfOrder { after } => format!(
                "the workbook gives this row after row {after}, out of order (the row number is repeated, or the file was written by hand): it is not read; remove the repeated row or save the workbook again"
            ),
            SheetIssue::ValueWithoutColumn { letter } => format!(
                "column {letter} has a value but no name in the first row: name the column, or start its name with # to keep it as a note"
            ),
            SheetIssue::MissingCell { key, column: Some((letter, name)) } => {
                format!("column {letter} ({name}) is empty: every row needs `{key}`")
            }
            SheetIssue::MissingCell { key, column: None } => {
                format!("the sheet has no `{key}` column, and every row needs one: add it")
            }
            SheetIssue::NotAFlag { found } => format!(
                "must be yes or no (also true/false, 1/0, 是/否), found \"{found}\""
            ),
            SheetIssue::RepeatedCountsItem { found } => format!(
                "\"{found}\" is given more than once: give each level's count once, e.g. provincial=31;prefecture=333"
            ),
            SheetIssue::BadCountsItem { found } => format!(
                "\"{found}\" is not a count: write level=number items separated by ;, e.g. provincial=31;prefecture=333"
            ),
            SheetIssue::NotFinite { found } => format!(
                "the number cell holds {found}, which is not a number: type the figure itself"
            ),
            SheetIssue::UnusableCell { found } => format!(
                "a date or an error value (\"{found}\") where text or a number is needed"
            ),
            SheetIssue::InCell {
                letter,
                name,
                issue,
            } => format!("column {letter} ({name}): {}", self.issue(issue)),
        }
    }

    fn portfolio_header(&self) -> &'static [&'static str; 12] {
        &[
            "source",
            "enterprise",
            "scale",
            "annual revenue (CNY)",
            "key accounts",
            "conditions met (of 4)",
            "form",
            "rule",
            "KAM managers",
            "headcount",
            "today's setup",
            "warnings",
        ]
    }

    fn revenue_cny_short(&self) -> &'static str {
        "Revenue (CNY)"
    }

    fn warnings_short(&self) -> &'static str {
        "Warnings"
    }

    fn not_advised(&self) -> &'static str {
        "not advised: error"
    }

    fn total_label(&self) -> &'static str {
        "Total"
    }

    fn list_separator(&self) -> &'static str {
        ", "
    }

    fn warnings_separator(&self) -> &'static str {
        " | "
    }

    fn binary_on_terminal(&self) -> &'static str {
        "`compare --format xlsx` writes a binary workbook, not for a terminal: add `--output FILE`, or redirect standard output to a file"
    }

    fn html_on_terminal(&self) -> &'static str {
        "`compare --format html` writes a page to open in a browser and print, not for a terminal: add `--output FILE`, or redirect standard output to a file"
    }

    fn workbook_failed(&self, detail: &str) -> String {
        format!("could not make the workbook: {detail}")
    }
}

/// `a`, `a` or `b`, `a`, `b` or `c`: keys in backticks.
fn or_list(keys: &[&str]) -> String {
    let quoted: Vec<String> = keys.iter().map(|k| format!("`{k}`")).collect();
    match quoted.split_last() {
        Some((last, [])) => last.clone(),
        Some((last, rest)) => format!("{} or {last}", rest.join(", ")),
        None => String::new(),
    }
}
