//! Problems particular to spreadsheets, as data: each catalogue words them
//! (`text::SheetText::sheet_issue`). A row's profile problems are the profile's own
//! `Issue`s, placed in their cell by [`SheetIssue::InCell`].

use crate::problem::Issue;

/// What can be wrong with a sheet, a row or a cell, beyond what a profile checks.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SheetIssue {
    /// The file is UTF-16 text (Excel's "Unicode text").
    Utf16,
    /// Bytes that are not UTF-8 (a CSV saved as GBK, or not text at all).
    NotUtf8,
    /// A NUL byte: binary data, not a text sheet.
    NulByte,
    /// A `.xlsx`/`.ods` that is not a zip archive.
    NotAZip,
    /// A workbook the reader could not read; the reader's own message (English).
    BadWorkbook {
        detail: String,
    },
    /// The workbook file is larger than the limit.
    WorkbookTooLarge {
        mib: u64,
    },
    /// A part of a zipped workbook unpacks to more than the limit (a zip bomb).
    PartTooLarge {
        part: String,
        mib: u64,
    },
    /// `--sheet NAME` names no sheet of the workbook.
    NoSuchSheet {
        name: String,
        sheets: Vec<String>,
    },
    /// A workbook without sheets.
    NoSheets,
    /// `--sheet` given for a CSV or TSV file, which has one sheet.
    SheetOptionForText,
    /// No header row: the sheet is empty.
    Empty,
    /// The header names no profile key (only notes or empty names).
    NoColumns,
    UnknownColumn {
        letter: String,
        name: String,
        near: Option<&'static str>,
    },
    DuplicateColumn {
        letter: String,
        name: String,
        first: String,
    },
    TooManyColumns {
        max: usize,
    },
    /// A row (or a cell) larger than the limit.
    RowTooLarge {
        kib: usize,
    },
    /// A value under a column that has no name in the header row.
    ValueWithoutColumn {
        letter: String,
    },
    /// A required key's cell is empty (or its column absent).
    MissingCell {
        key: &'static str,
    },
    /// A yes/no cell with another value.
    NotAFlag {
        found: String,
    },
    /// A `counts` item that is not `level=number`.
    BadCountsItem {
        found: String,
    },
    /// A cell type a profile has no use for (a date, an error such as #N/A).
    UnusableCell {
        found: String,
    },
    /// One of the profile's own problems, in a cell: the column's letter, its name as
    /// written in the header, and the problem.
    InCell {
        letter: String,
        name: String,
        issue: Box<Issue>,
    },
}
