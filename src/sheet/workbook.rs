//! Workbooks in (calamine): XLSX and XLSM cell by cell as the sheet's XML streams
//! by, XLS and ODS through a sheet range. Before calamine opens a zipped workbook,
//! every part is measured by unpacking it into nothing, with a cap: a zip bomb is
//! refused in bounded time and memory, whatever its headers claim.

use std::fs::File;
use std::io::{self, BufReader, Read};
use std::path::Path;

use calamine::{Data, DataRef, Ods, Reader, Xls, Xlsx};

use super::columns::Header;
use super::row::{Cell, check_row};
use super::{MAX_COLUMNS, MAX_PART_BYTES, MAX_ROW_BYTES, MAX_WORKBOOK_BYTES, RowResult};
use crate::console::path_name;
use crate::problem::SheetIssue;
use crate::problem::{IoFailure, Issue, ProfileError, Unreadable};

const MIB: u64 = 1024 * 1024;

/// The formats calamine reads, by extension.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Format {
    Xlsx,
    Xls,
    Ods,
}

pub fn read<E>(
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
    if let Err(issue) = measure(path, format) {
        return on_row(whole(issue));
    }
    let mut rows = Rows {
        file: &name,
        sheet: String::new(),
        header: None,
        on_row,
    };
    let result = match format {
        Format::Xlsx => xlsx(path, sheet, &mut rows),
        Format::Xls => ranged::<Xls<_>, E>(path, sheet, &mut rows),
        Format::Ods => ranged::<Ods<_>, E>(path, sheet, &mut rows),
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

/// The file's size, and for a zipped workbook the unpacked size of every part.
fn measure(path: &Path, format: Format) -> Result<(), Issue> {
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
        return Ok(());
    }
    let mut zip = zip::ZipArchive::new(BufReader::new(file))
        .map_err(|_| Issue::Sheet(SheetIssue::NotAZip))?;
    let mut total = 0u64;
    for index in 0..zip.len() {
        let mut part = zip.by_index(index).map_err(|e| bad(&e))?;
        let part_name =
            super::columns::quote(&part.name().map(|n| n.into_owned()).unwrap_or_default());
        let too_large = || {
            Issue::Sheet(SheetIssue::PartTooLarge {
                part: part_name.clone(),
                mib: MAX_PART_BYTES / MIB,
            })
        };
        if part.size() > MAX_PART_BYTES || total + part.size() > MAX_PART_BYTES {
            return Err(too_large());
        }
        // What it really unpacks to, whatever the header says.
        let limit = MAX_PART_BYTES - total + 1;
        let unpacked =
            io::copy(&mut (&mut part).take(limit), &mut io::sink()).map_err(|e| bad(&e))?;
        total += unpacked;
        if total > MAX_PART_BYTES {
            return Err(too_large());
        }
    }
    Ok(())
}

fn unreadable(error: &io::Error) -> Issue {
    Issue::Unreadable {
        what: Unreadable::Profile,
        error: IoFailure::of(error),
    }
}

fn bad(error: &dyn std::fmt::Display) -> Issue {
    Issue::Sheet(SheetIssue::BadWorkbook {
        detail: super::columns::quote(&error.to_string()),
    })
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
) -> Result<Result<(), Issue>, E> {
    let mut book: Xlsx<_> = match calamine::open_workbook(path) {
        Ok(book) => book,
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
    let mut row = RowCells::default();
    loop {
        match cells.next_cell() {
            Ok(Some(cell)) => {
                let (r, c) = cell.get_position();
                if row.index != Some(r) {
                    rows.flush(&mut row)?;
                    row.index = Some(r);
                }
                row.put(c, from_ref(cell.get_value()));
            }
            Ok(None) => break,
            Err(e) => return Ok(Err(bad(&e))),
        }
    }
    rows.flush(&mut row)?;
    Ok(Ok(()))
}

/// An XLS or ODS sheet, read whole by calamine (these files are bounded by
/// [`MAX_WORKBOOK_BYTES`], and ODS parts by [`MAX_PART_BYTES`]).
fn ranged<W, E>(
    path: &Path,
    wanted: Option<&str>,
    rows: &mut Rows<'_, E>,
) -> Result<Result<(), Issue>, E>
where
    W: Reader<BufReader<File>>,
    W::Error: std::fmt::Display,
{
    let mut book: W = match calamine::open_workbook(path) {
        Ok(book) => book,
        Err(e) => return Ok(Err(bad(&e))),
    };
    let sheet = match pick(book.sheet_names(), wanted) {
        Ok(sheet) => sheet,
        Err(issue) => return Ok(Err(issue)),
    };
    rows.sheet = sheet.clone();
    let range = match book.worksheet_range(&sheet) {
        Ok(range) => range,
        Err(e) => return Ok(Err(bad(&e))),
    };
    let (top, left) = range.start().unwrap_or((0, 0));
    let mut row = RowCells::default();
    for (offset, values) in range.rows().enumerate() {
        row.index = Some(top + offset as u32);
        for (c, value) in values.iter().enumerate() {
            row.put(left + c as u32, from_data(value));
        }
        rows.flush(&mut row)?;
    }
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

/// The cells of the row being read, bounded in count and size.
#[derive(Default)]
struct RowCells {
    /// 0-based row of the sheet.
    index: Option<u32>,
    cells: Vec<Cell>,
    bytes: usize,
    problem: Option<SheetIssue>,
}

impl RowCells {
    fn put(&mut self, column: u32, cell: Cell) {
        if cell == Cell::Empty || self.problem.is_some() {
            return;
        }
        let column = column as usize;
        if column >= MAX_COLUMNS {
            self.problem = Some(SheetIssue::TooManyColumns { max: MAX_COLUMNS });
            return;
        }
        if let Cell::Text(text) | Cell::Other(text) = &cell {
            self.bytes += text.len();
        }
        if self.bytes > MAX_ROW_BYTES {
            self.problem = Some(SheetIssue::RowTooLarge {
                kib: MAX_ROW_BYTES / 1024,
            });
            self.cells.clear();
            return;
        }
        if self.cells.len() <= column {
            self.cells.resize(column + 1, Cell::Empty);
        }
        self.cells[column] = cell;
    }
}

/// Where rows go: the header is the first row with a value; each later row is
/// checked and handed on.
struct Rows<'a, E> {
    file: &'a str,
    sheet: String,
    header: Option<Header>,
    on_row: &'a mut dyn FnMut(RowResult) -> Result<(), E>,
}

impl<E> Rows<'_, E> {
    fn flush(&mut self, row: &mut RowCells) -> Result<(), E> {
        let Some(index) = row.index.take() else {
            return Ok(());
        };
        let cells = std::mem::take(&mut row.cells);
        let problem = row.problem.take();
        row.bytes = 0;
        let source = format!("{}:{}:{}", self.file, self.sheet, u64::from(index) + 1);
        let result = match (&self.header, problem) {
            (_, Some(issue)) => Some(Err(ProfileError::whole_file(&source, Issue::Sheet(issue)))),
            (None, None) => {
                if cells.iter().all(|c| *c == Cell::Empty) {
                    return Ok(());
                }
                let names = cells
                    .iter()
                    .map(|c| match c {
                        Cell::Text(t) | Cell::Other(t) => t.clone(),
                        Cell::Number(n) => n.to_string(),
                        Cell::Int(i) => i.to_string(),
                        Cell::Bool(b) => b.to_string(),
                        Cell::Empty => String::new(),
                    })
                    .collect();
                match Header::parse(names) {
                    Ok(header) => {
                        self.header = Some(header);
                        return Ok(());
                    }
                    Err(issues) => {
                        // No row can be read without its header: stop here.
                        self.header = Some(Header {
                            columns: Vec::new(),
                            names: Vec::new(),
                        });
                        // No column recognised: most likely a cover sheet, so the
                        // first message says which sheet was read and how to pick one.
                        let cover = SheetIssue::NoColumnsInSheet {
                            sheet: super::columns::quote(&self.sheet),
                        };
                        let issues = if issues == [SheetIssue::NoColumns] {
                            vec![cover]
                        } else if issues
                            .iter()
                            .all(|i| matches!(i, SheetIssue::UnknownColumn { .. }))
                        {
                            std::iter::once(cover).chain(issues).collect()
                        } else {
                            issues
                        };
                        Some(Err(super::header_error(self.file, issues)))
                    }
                }
            }
            (Some(header), None) if header.columns.is_empty() => None,
            (Some(header), None) => check_row(source, header, &cells),
        };
        match result {
            Some(result) => (self.on_row)(result),
            None => Ok(()),
        }
    }
}
