//! Portfolios from spreadsheets: one row per enterprise, each turned into the TOML
//! profile it stands for and checked by exactly the same code as a profile file
//! (`profile::parse_profile`), so a row gives the same `Profile` and the same
//! errors — re-addressed from the TOML line to the sheet's row and column.
//!
//! The readers (`csv` for CSV/TSV, `workbook` for XLSX/XLS/ODS) bound what they
//! read; this module knows the columns and how a cell becomes a TOML value.

mod cells;
mod columns;
mod csv;
mod number_format;
mod ods;
mod row;
mod workbook;

pub use crate::problem::SheetIssue;
pub use columns::{Header, ProfileKey, ValueKind, client_problems, column_from_header, letter};
pub use row::{Cell, check_row, count as toml_count, string as toml_string};

use std::path::Path;

use crate::problem::{Issue, Problem, ProfileError};
use crate::profile::Profile;

/// Largest row read, in bytes: a row is a few hundred bytes; its TOML, even with
/// every character escaped, stays within a profile's limit.
pub(crate) const MAX_ROW_BYTES: usize = 128 * 1024;
/// Most columns a sheet may have (the profile has 16 keys; the rest are notes).
pub(crate) const MAX_COLUMNS: usize = 256;
/// Largest workbook file (XLSX, XLS, ODS) read.
pub(crate) const MAX_WORKBOOK_BYTES: u64 = 64 * 1024 * 1024;
/// Largest part of a zipped workbook once decompressed, and all parts together:
/// far above a 100,000-row portfolio, far below what a zip bomb unpacks to.
pub(crate) const MAX_PART_BYTES: u64 = 256 * 1024 * 1024;
/// Largest part a reader holds whole once decompressed (XLSX's shared strings,
/// workbook, styles and relations; every part of an ODS but `content.xml`, which is
/// read as a stream): a portfolio's are a few hundred KiB; one of 200 MB took 577 MiB.
pub(crate) const MAX_WHOLE_PART_BYTES: u64 = 16 * 1024 * 1024;
/// Most times its own size a zipped workbook may unpack to, past
/// [`UNPACK_RATIO_FLOOR`]: a portfolio's sheet XML packs about 10 to 1 (12 to 1 for
/// 100,000 rows all alike), a zip bomb of empty cells 1,000 to 1. Reading a part
/// takes time in proportion to what it unpacks to: 240 MiB of `<c/>` packed into
/// 235 KB took 6 s.
pub(crate) const MAX_UNPACK_RATIO: u64 = 100;
/// What any zipped workbook may unpack to, whatever its size (read in a fraction of
/// a second).
pub(crate) const UNPACK_RATIO_FLOOR: u64 = 16 * 1024 * 1024;
/// Most cells an XLS workbook may hold, all its sheets together. The XLS reader
/// holds every sheet's cells when the workbook is opened (some 40 bytes each, and
/// a MULRK record packs a number into 6 bytes of file: a 20 MB file took 167 MiB):
/// a million cells is more than 58,000 profiles of every column, about 40 MiB.
pub(crate) const MAX_XLS_CELLS: usize = 1_000_000;

/// Whether a problem's source names one row of a sheet (`file:sheet:3`, `file:3`)
/// rather than the file as a whole.
pub(crate) fn names_a_row(source: &str) -> bool {
    source
        .rsplit_once(':')
        .is_some_and(|(_, n)| !n.is_empty() && n.chars().all(|c| c.is_ascii_digit()))
}

/// The spreadsheet formats, by file extension.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SheetKind {
    /// Comma-separated values, UTF-8.
    Csv,
    /// Tab-separated values, UTF-8.
    Tsv,
    /// A workbook: `.xlsx`, `.xlsm`, `.xls`, `.ods`.
    Workbook,
}

impl SheetKind {
    /// The kind of a path by its extension (any case); `None` for anything else.
    pub fn of(path: &Path) -> Option<SheetKind> {
        let ext = path.extension()?.to_str()?.to_ascii_lowercase();
        match ext.as_str() {
            "csv" => Some(SheetKind::Csv),
            "tsv" | "tab" => Some(SheetKind::Tsv),
            "xlsx" | "xlsm" | "xls" | "ods" => Some(SheetKind::Workbook),
            _ => None,
        }
    }
}

/// One row's outcome: its source (`file.csv:ROW`, `file.xlsx:Sheet1:ROW`) and its
/// profile, or every problem of the row.
pub(crate) type RowResult = Result<(String, Profile), ProfileError>;

/// Reads a sheet row by row, handing each row's profile (or its problems) to
/// `on_row` as soon as it is read. A problem with the file as a whole (unreadable,
/// not a sheet, a bad header, over a limit) is one error for the file; a bad row
/// does not stop the others. `sheet` picks a workbook's sheet (the first when
/// `None`). `on_row` returns `Err` to stop (a failed write).
pub fn read_sheet<E>(
    path: &Path,
    kind: SheetKind,
    sheet: Option<&str>,
    on_row: &mut dyn FnMut(RowResult) -> Result<(), E>,
) -> Result<(), E> {
    match kind {
        SheetKind::Csv => csv::read(path, b',', sheet, on_row),
        SheetKind::Tsv => csv::read(path, b'\t', sheet, on_row),
        SheetKind::Workbook => workbook::read(path, sheet, on_row),
    }
}

/// The problems of a header row, as the error of the whole file.
fn header_error(source: &str, issues: Vec<SheetIssue>) -> ProfileError {
    ProfileError {
        source: source.to_string(),
        problems: issues
            .into_iter()
            .map(|issue| Problem {
                location: None,
                issue: Issue::Sheet(issue),
                offset: 0,
            })
            .collect(),
    }
}
