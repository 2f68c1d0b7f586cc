//! Workbooks in: XLSX and XLSM cell by cell as the sheet's XML streams by
//! (calamine), XLS cell by cell from the records calamine keeps (its patched copy in
//! `vendor/calamine`, which builds no dense range), ODS row by row with our own
//! streaming reader (`ods.rs`). Before a zipped workbook is opened, every part is
//! measured by unpacking it into nothing, with a cap: a zip bomb is refused in
//! bounded time and memory, whatever its headers claim.
//!
//! A workbook can say much in few bytes: a shared string referenced by every cell,
//! a row repeated a million times. Every row and cell handed on is charged to a
//! [`Budget`] tied to the file's own size, so the work stays in proportion to it.

use std::fs::File;
use std::io::{self, BufReader, Read};
use std::path::Path;

use calamine::{Data, DataRef, Reader, Xls, XlsOptions, Xlsx};

use super::number_format::Formats;
use super::row::Cell;
use super::{
    MAX_PART_BYTES, MAX_UNPACK_RATIO, MAX_WHOLE_PART_BYTES, MAX_WORKBOOK_BYTES, MAX_XLS_CELLS,
    RowResult, UNPACK_RATIO_FLOOR,
};
use crate::console::path_name;
use crate::problem::SheetIssue;
use crate::problem::{IoFailure, Issue, ProfileError, Unreadable, WorkbookFault};

use super::cells::{Budget, MIB, RowCells, Rows};

/// The least text an XLS workbook's cells may hold in all, whatever its size (the
/// reader holds it all from the start).
const XLS_TEXT_FLOOR: u64 = 32 * MIB;

/// The formats calamine reads, by extension.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Format {
    Xlsx,
    Xls,
    Ods,
}

pub(crate) fn read<E>(
    path: &Path,
    sheet: Option<&str>,
    on_row: &mut dyn FnMut(RowResult) -> Result<(), E>,
) -> Result<(), E> {
    let name = path_name(path);
    let whole = |issue: Issue| -> RowResult { Err(ProfileError::whole_file(&name, issue)) };
    let ext = path
        .extension()
        .and_then(|e| e.to_str())
        .map(str::to_ascii_lowercase);
    let format = match ext.as_deref() {
        Some("xls") => Format::Xls,
        Some("ods") => Format::Ods,
        _ => Format::Xlsx,
    };
    let mut budget = match measure(path, format) {
        Ok(size) => Budget::new(size),
        Err(issue) => return on_row(whole(issue)),
    };
    let mut rows = Rows {
        file: &name,
        sheet: String::new(),
        header: None,
        last: None,
        on_row,
    };
    let result = match format {
        Format::Xlsx => xlsx(path, sheet, &mut rows, &mut budget),
        Format::Xls => xls(path, sheet, &mut rows, &mut budget),
        Format::Ods => match File::open(path) {
            Ok(file) => super::ods::read(BufReader::new(file), sheet, &mut rows, &mut budget),
            Err(e) => Ok(Err(unreadable(&e))),
        },
    };
    match result {
        Ok(Ok(())) if rows.header.is_none() => {
            (rows.on_row)(whole(Issue::Sheet(SheetIssue::Empty)))
        }
        Ok(Ok(())) => Ok(()),
        Ok(Err(issue)) => (rows.on_row)(whole(issue)),
        Err(stop) => Err(stop),
    }
}

/// What the file holds: its size, and for a zipped workbook the unpacked size of
/// every part, each checked against its limit.
fn measure(path: &Path, format: Format) -> Result<u64, Issue> {
    let file = File::open(path).map_err(|e| unreadable(&e))?;
    let meta = file.metadata().map_err(|e| unreadable(&e))?;
    if meta.is_dir() {
        return Err(unreadable(&io::ErrorKind::IsADirectory.into()));
    }
    if meta.len() > MAX_WORKBOOK_BYTES {
        let mib = MAX_WORKBOOK_BYTES / MIB;
        return Err(Issue::Sheet(SheetIssue::WorkbookTooLarge { mib }));
    }
    if format == Format::Xls {
        // A compound file starts with its signature; a renamed XLSX with a zip's.
        let mut head = [0u8; 8];
        let read = (&file).read(&mut head).map_err(|e| unreadable(&e))?;
        if head[..read] != [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1] {
            let zip = head[..read].starts_with(b"PK\x03\x04");
            return Err(Issue::Sheet(SheetIssue::NotAnXls { zip }));
        }
        return Ok(meta.len());
    }
    let mut zip = zip::ZipArchive::new(BufReader::new(file))
        .map_err(|_| Issue::Sheet(SheetIssue::NotAZip))?;
    // Two parts of one name, as the XLSX reader finds a part: without regard to
    // ASCII case, `\` for `/` (`XL/Worksheets/Sheet1.XML` stands in for
    // `xl/worksheets/sheet1.xml`, the last in the directory winning).
    let mut names = std::collections::HashSet::with_capacity(zip.len());
    let duplicate = zip.has_duplicate_names()
        || zip
            .file_names()
            .flatten()
            .any(|name| !names.insert(name.replace('\\', "/").to_ascii_lowercase()));
    if duplicate {
        return Err(Issue::Sheet(SheetIssue::DuplicateParts));
    }
    // What the parts may unpack to together: the limit, and for a small file far
    // less, in proportion to its size (the time to read a part is its unpacked size).
    let in_proportion = meta
        .len()
        .saturating_mul(MAX_UNPACK_RATIO)
        .max(UNPACK_RATIO_FLOOR);
    let all_limit = MAX_PART_BYTES.min(in_proportion);
    let too_tight = || {
        Issue::Sheet(SheetIssue::PackedTooTight {
            ratio: MAX_UNPACK_RATIO,
            floor_mib: UNPACK_RATIO_FLOOR / MIB,
        })
    };
    let mut total = 0u64;
    for index in 0..zip.len() {
        let mut part = zip.by_index(index).map_err(|e| bad(&e))?;
        let part_name =
            super::columns::quote(&part.name().map(|n| n.into_owned()).unwrap_or_default());
        // A worksheet (XLSX) or the content (ODS) is read as a stream; any other
        // part is held whole by the reader, and has a smaller limit.
        let streamed = match format {
            Format::Xlsx => part_name.starts_with("xl/worksheets/"),
            _ => part_name == "content.xml",
        };
        let part_limit = if streamed {
            MAX_PART_BYTES
        } else {
            MAX_WHOLE_PART_BYTES
        };
        let part_too_large = || {
            Issue::Sheet(SheetIssue::PartTooLarge {
                part: part_name.clone(),
                mib: part_limit / MIB,
            })
        };
        let all_too_large = || {
            if all_limit < MAX_PART_BYTES {
                too_tight()
            } else {
                Issue::Sheet(SheetIssue::UnpacksTooLarge {
                    mib: MAX_PART_BYTES / MIB,
                })
            }
        };
        if part.size() > part_limit {
            return Err(part_too_large());
        }
        if total.saturating_add(part.size()) > all_limit {
            return Err(all_too_large());
        }
        // What it really unpacks to, whatever the header says.
        let limit = part_limit.min(all_limit - total) + 1;
        let unpacked =
            io::copy(&mut (&mut part).take(limit), &mut io::sink()).map_err(|e| bad(&e))?;
        total += unpacked;
        if total > all_limit {
            return Err(all_too_large());
        }
        if unpacked > part_limit {
            return Err(part_too_large());
        }
    }
    Ok(total.max(meta.len()))
}

fn unreadable(error: &io::Error) -> Issue {
    Issue::Unreadable {
        what: Unreadable::Profile,
        error: IoFailure::of(error),
    }
}

fn bad(error: &dyn std::fmt::Display) -> Issue {
    Issue::Sheet(SheetIssue::BadWorkbook(fault(error)))
}

/// Why the reader stopped, from its message.
fn fault(error: &dyn std::fmt::Display) -> WorkbookFault {
    let message = error.to_string();
    // The whole-part limit of vendor/calamine (patch 17).
    if message.ends_with(calamine::WHOLE_PART_MESSAGE) {
        return WorkbookFault::WholePartTooLarge {
            mib: calamine::MAX_WHOLE_PART / MIB,
        };
    }
    // The run limit of vendor/calamine (patch 10), said as the ODS reader says it.
    if message.ends_with("of XML without markup") {
        return WorkbookFault::LongRun {
            mib: (super::cells::MAX_XML_RUN / 1024 / 1024) as u64,
        };
    }
    // The reader's whole message (not cut at 40 characters), escaped.
    WorkbookFault::Reader(crate::quote::quote_limited(&message, 300))
}

/// The sheet to read: the one named, else the first.
fn pick(names: Vec<String>, wanted: Option<&str>) -> Result<String, Issue> {
    match wanted {
        Some(wanted) if names.iter().any(|n| n == wanted) => Ok(wanted.to_string()),
        Some(wanted) => Err(Issue::Sheet(SheetIssue::NoSuchSheet {
            name: super::columns::quote(wanted),
            sheets: names.iter().map(|n| super::columns::quote(n)).collect(),
        })),
        None => names
            .into_iter()
            .next()
            .ok_or(Issue::Sheet(SheetIssue::NoSheets)),
    }
}

/// An XLSX sheet, cell by cell: a row is checked as soon as the next one starts.
fn xlsx<E>(
    path: &Path,
    wanted: Option<&str>,
    rows: &mut Rows<'_, E>,
    budget: &mut Budget,
) -> Result<Result<(), Issue>, E> {
    let mut book: Xlsx<_> = match calamine::open_workbook(path) {
        Ok(book) => book,
        // vendor/calamine patch 16.
        Err(calamine::XlsxError::StylesLimit { max }) => {
            let mib = (max as u64).div_ceil(MIB);
            let fault = WorkbookFault::StylesTooLarge { mib };
            return Ok(Err(Issue::Sheet(SheetIssue::BadWorkbook(fault))));
        }
        Err(e) => return Ok(Err(bad(&e))),
    };
    let sheet = match pick(book.sheet_names(), wanted) {
        Ok(sheet) => sheet,
        Err(issue) => return Ok(Err(issue)),
    };
    rows.sheet = sheet.clone();
    let mut cells = match book.worksheet_cells_reader(&sheet) {
        Ok(cells) => cells,
        Err(e) => return Ok(Err(bad(&e))),
    };
    let mut formats = Formats::default();
    let mut row = RowCells::default();
    loop {
        match cells.next_cell_with_style_id() {
            Ok(Some((cell, style))) => {
                let (r, c) = cell.get_position();
                if row.index != Some(r) {
                    rows.flush(&mut row)?;
                    row.index = Some(r);
                    if !budget.charge(Budget::ROW) {
                        return Ok(Err(budget.issue()));
                    }
                }
                let number = match cell.get_value() {
                    DataRef::Float(f) => Some(*f),
                    // A whole number within 2^53 is exact as f64; past it, the
                    // number is read bare.
                    DataRef::Int(i) if i.unsigned_abs() < 1 << 53 => Some(*i as f64),
                    _ => None,
                };
                let formatted = number.and_then(|n| formats.cell(cells.styles(), style, n));
                // Charged, and the row's size checked, before a shared string is
                // copied: its length is known without the copy.
                let text = match (cell.get_value(), &formatted) {
                    (_, Some(formatted)) => formatted.text_len(),
                    (
                        DataRef::String(s) | DataRef::DateTimeIso(s) | DataRef::DurationIso(s),
                        None,
                    ) => s.len(),
                    (DataRef::SharedString(s), None) => s.len(),
                    _ => 0,
                };
                if !budget.charge(text as u64 + Budget::CELL) {
                    return Ok(Err(budget.issue()));
                }
                if row.would_overflow(text) {
                    row.too_large();
                    continue;
                }
                row.put(c, formatted.unwrap_or_else(|| from_ref(cell.get_value())));
            }
            Ok(None) => break,
            // A reference that names no cell: where it is, only the rows before it
            // can tell.
            Err(
                calamine::XlsxError::Alphanumeric(_)
                | calamine::XlsxError::NumericColumn(_)
                | calamine::XlsxError::RangeWithoutRowComponent
                | calamine::XlsxError::RangeWithoutColumnComponent,
            ) => {
                let near = row.index.or(rows.last).map(|r| u64::from(r) + 1);
                return Ok(Err(Issue::Sheet(SheetIssue::BadWorkbookNear {
                    row: near,
                    fault: WorkbookFault::BadReference,
                })));
            }
            // vendor/calamine patch 15: a row or column number past u32.
            Err(
                calamine::XlsxError::RowNumberOverflow | calamine::XlsxError::ColumnNumberOverflow,
            ) => {
                return Ok(Err(Issue::Sheet(SheetIssue::BadWorkbook(
                    WorkbookFault::ReferenceOutOfRange,
                ))));
            }
            // vendor/calamine patch 14: the cell whose value could not be read.
            Err(calamine::XlsxError::InCell { pos, error }) => {
                let (row, column) = (u64::from(pos.0), Some(u64::from(pos.1)));
                return Ok(Err(super::cells::fault_at(row, column, fault(&error))));
            }
            Err(e) => return Ok(Err(bad(&e))),
        }
    }
    rows.flush(&mut row)?;
    Ok(Ok(()))
}

/// An XLS sheet, cell by cell from the records calamine kept (sorted by row, then
/// column; the patched copy builds no dense range). calamine copies a shared
/// string into each cell that refers to it: that text is capped by the budget.
fn xls<E>(
    path: &Path,
    wanted: Option<&str>,
    rows: &mut Rows<'_, E>,
    budget: &mut Budget,
) -> Result<Result<(), Issue>, E> {
    let file = match File::open(path) {
        Ok(file) => file,
        Err(e) => return Ok(Err(unreadable(&e))),
    };
    let mut options = XlsOptions::default();
    // The reader copies every cell's text when it opens the workbook, notes
    // included: a portfolio whose note column repeats one sentence on 20,000 rows
    // holds more text than twice its file. Bounded all the same, at 32 MiB at least.
    let text_limit = budget.limit().max(XLS_TEXT_FLOOR);
    options.max_text_bytes = Some(usize::try_from(text_limit).unwrap_or(usize::MAX));
    options.max_cells = Some(MAX_XLS_CELLS);
    let book = match Xls::new_with_options(BufReader::new(file), options) {
        Ok(book) => book,
        Err(calamine::XlsError::TextLimit { max }) => {
            let mib = (max as u64).div_ceil(MIB);
            return Ok(Err(Issue::Sheet(SheetIssue::Expands { mib })));
        }
        Err(calamine::XlsError::CellLimit { max }) => {
            return Ok(Err(Issue::Sheet(SheetIssue::TooManyCells { max })));
        }
        Err(e) => return Ok(Err(bad(&e))),
    };
    let sheet = match pick(book.sheet_names(), wanted) {
        Ok(sheet) => sheet,
        Err(issue) => return Ok(Err(issue)),
    };
    rows.sheet = sheet.clone();
    let cells = match book.worksheet_cells(&sheet) {
        Ok(cells) => cells,
        Err(e) => return Ok(Err(bad(&e))),
    };
    let mut row = RowCells::default();
    for cell in cells {
        let (r, c) = cell.get_position();
        if row.index != Some(r) {
            rows.flush(&mut row)?;
            row.index = Some(r);
            if !budget.charge(Budget::ROW) {
                return Ok(Err(budget.issue()));
            }
        }
        let value = from_data(cell.get_value());
        // A note's text (or a value under no column name) is not read on: it is
        // charged as a cell, not as its text.
        let read = rows
            .header
            .as_ref()
            .is_none_or(|header| header.columns.get(c as usize).is_some_and(Option::is_some));
        let text = if read { value.text_len() as u64 } else { 0 };
        if !budget.charge(text + Budget::CELL) {
            return Ok(Err(budget.issue()));
        }
        row.put(c, value);
    }
    rows.flush(&mut row)?;
    Ok(Ok(()))
}

fn from_ref(value: &DataRef<'_>) -> Cell {
    match value {
        DataRef::Int(i) => Cell::Int(*i),
        DataRef::Float(f) => Cell::Number(*f),
        DataRef::String(s) => Cell::Text(s.clone()),
        DataRef::SharedString(s) => Cell::Text((*s).to_string()),
        DataRef::Bool(b) => Cell::Bool(*b),
        DataRef::DateTime(d) => Cell::Other(d.as_f64().to_string()),
        DataRef::DateTimeIso(s) | DataRef::DurationIso(s) => Cell::Other(s.clone()),
        DataRef::Error(e) => Cell::Other(e.to_string()),
        DataRef::Empty => Cell::Empty,
    }
}

fn from_data(value: &Data) -> Cell {
    match value {
        Data::Int(i) => Cell::Int(*i),
        Data::Float(f) => Cell::Number(*f),
        Data::String(s) => Cell::Text(s.clone()),
        Data::Bool(b) => Cell::Bool(*b),
        Data::DateTime(d) => Cell::Other(d.as_f64().to_string()),
        Data::DateTimeIso(s) | Data::DurationIso(s) => Cell::Other(s.clone()),
        Data::Error(e) => Cell::Other(e.to_string()),
        Data::Empty => Cell::Empty,
    }
}
