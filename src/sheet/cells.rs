//! What the workbook readers share: the budget of cells a workbook may expand to,
//! the cells of the row being read, and the rows handed on to the checker as each
//! one ends. Apart from both readers (XLSX and XLS in `workbook`, ODS in `ods`), so
//! that neither imports the other's.

use super::columns::Header;
use super::row::{Cell, check_row};
use super::{MAX_COLUMNS, MAX_ROW_BYTES, RowResult};
use crate::problem::{Issue, ProfileError, SheetIssue, WorkbookFault};

/// A workbook fault placed at a 0-based row and, when known, a 0-based column: how
/// every reader says where it had to stop.
pub(super) fn fault_at(row: u64, column: Option<u64>, fault: WorkbookFault) -> Issue {
    Issue::Sheet(SheetIssue::BadWorkbookAt {
        row: row.saturating_add(1),
        letter: column.map(|c| super::columns::letter(usize::try_from(c).unwrap_or(usize::MAX))),
        fault,
    })
}

/// A mebibyte, the unit of the budget's message.
pub(super) const MIB: u64 = 1024 * 1024;

/// The work a workbook may ask for: twice what it holds, and 1 MiB more for a
/// small file. Rows and cells are charged as they are handed on — a cell its
/// text and a little, a row a little more — so a shared string referenced by a
/// million cells, or a row repeated a million times, is refused once the sheet
/// has given more than its file could hold written out.
pub(super) struct Budget {
    pub(super) left: u64,
    pub(super) limit: u64,
}

impl Budget {
    /// Charged per cell and per row besides their text.
    pub(super) const CELL: u64 = 8;
    pub(super) const ROW: u64 = 32;

    pub(super) fn new(holds: u64) -> Budget {
        let limit = holds.saturating_mul(2).saturating_add(MIB);
        Budget { left: limit, limit }
    }

    /// Takes `cost` from what is left; `false` when it is spent.
    pub(super) fn charge(&mut self, cost: u64) -> bool {
        match self.left.checked_sub(cost) {
            Some(left) => {
                self.left = left;
                true
            }
            None => false,
        }
    }

    pub(super) fn limit(&self) -> u64 {
        self.limit
    }

    pub(super) fn issue(&self) -> Issue {
        Issue::Sheet(SheetIssue::Expands {
            mib: self.limit.div_ceil(MIB),
        })
    }
}

/// The cells of the row being read, bounded in count and size.
#[derive(Default, Clone)]
pub(super) struct RowCells {
    /// 0-based row of the sheet.
    pub(super) index: Option<u32>,
    pub(super) cells: Vec<Cell>,
    pub(super) bytes: usize,
    pub(super) problem: Option<SheetIssue>,
}

impl RowCells {
    /// Whether a cell of `text` bytes would take the row over its limit.
    pub(super) fn would_overflow(&self, text: usize) -> bool {
        self.bytes.saturating_add(text) > MAX_ROW_BYTES
    }

    /// The row is over its size limit: refused, its cells dropped.
    pub(super) fn too_large(&mut self) {
        if self.problem.is_none() {
            self.problem = Some(SheetIssue::RowTooLarge {
                kib: MAX_ROW_BYTES / 1024,
            });
        }
        self.cells.clear();
    }

    pub(super) fn has_problem(&self) -> bool {
        self.problem.is_some()
    }

    /// No value and no problem: a row to skip.
    pub(super) fn is_blank(&self) -> bool {
        self.problem.is_none() && self.cells.iter().all(|c| *c == Cell::Empty)
    }

    /// What handing this row on costs against the budget.
    pub(super) fn cost(&self) -> u64 {
        let cells = self.cells.iter().filter(|c| **c != Cell::Empty).count() as u64;
        self.bytes as u64 + cells * Budget::CELL + Budget::ROW
    }

    pub(super) fn put(&mut self, column: u32, cell: Cell) {
        if cell == Cell::Empty || self.problem.is_some() {
            return;
        }
        let column = column as usize;
        if column >= MAX_COLUMNS {
            self.problem = Some(SheetIssue::TooManyColumns { max: MAX_COLUMNS });
            return;
        }
        self.bytes += cell.text_len();
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
        // A workbook that gives one cell twice (a row repeated under one number):
        // which value is meant is not guessed.
        if self.cells[column] != Cell::Empty {
            self.problem = Some(SheetIssue::CellTwice {
                letter: super::columns::letter(column),
            });
            self.cells.clear();
            return;
        }
        self.cells[column] = cell;
    }
}

/// Where rows go: the header is the first row with a value; each later row is
/// checked and handed on.
pub(super) struct Rows<'a, E> {
    pub(super) file: &'a str,
    pub(super) sheet: String,
    pub(super) header: Option<Header>,
    /// The last row handed on (0-based): a row of the same number or an earlier one
    /// after it is the workbook giving a row again, out of order.
    pub(super) last: Option<u32>,
    pub(super) on_row: &'a mut dyn FnMut(RowResult) -> Result<(), E>,
}

impl<E> Rows<'_, E> {
    pub(super) fn flush(&mut self, row: &mut RowCells) -> Result<(), E> {
        let Some(index) = row.index.take() else {
            return Ok(());
        };
        let mut cells = std::mem::take(&mut row.cells);
        let mut problem = row.problem.take();
        row.bytes = 0;
        // An XLSX names each row's number; rows come in order. A number again after
        // a later one is a row given twice (or moved): which is meant is not
        // guessed, and the second is not read as another profile.
        match self.last {
            Some(last) if index <= last => {
                problem = Some(SheetIssue::RowOutOfOrder {
                    after: u64::from(last) + 1,
                });
                cells.clear();
            }
            _ => self.last = Some(index),
        }
        let source = format!(
            "{}:{}:{}",
            self.file,
            crate::quote::shown(&self.sheet),
            u64::from(index) + 1
        );
        let result = match (&self.header, problem) {
            (_, Some(issue)) => Some(Err(ProfileError::whole_file(&source, Issue::Sheet(issue)))),
            (None, None) => {
                if cells.iter().all(|c| *c == Cell::Empty) {
                    return Ok(());
                }
                let names = cells.iter().map(Cell::text).collect();
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

/// Most bytes of XML read without a `<` or `>`: far more than any cell (a row is at
/// most `MAX_ROW_BYTES`), far less than the whitespace, comment or attribute an XML
/// reader would otherwise buffer whole (a 200 MB one took 500 MiB).
pub(super) const MAX_XML_RUN: usize = 1024 * 1024;

/// An XML stream that fails once a run of `MAX_XML_RUN` bytes passes without markup,
/// so that no single event can grow a reader's buffer past it.
pub(super) struct RunLimit<R> {
    inner: R,
    run: usize,
    pub(super) tripped: bool,
}

impl<R> RunLimit<R> {
    pub(super) fn new(inner: R) -> RunLimit<R> {
        RunLimit {
            inner,
            run: 0,
            tripped: false,
        }
    }
}

impl<R: std::io::Read> std::io::Read for RunLimit<R> {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        let n = self.inner.read(buf)?;
        for &b in &buf[..n] {
            if b == b'<' || b == b'>' {
                self.run = 0;
            } else {
                self.run += 1;
                if self.run > MAX_XML_RUN {
                    self.tripped = true;
                    return Err(std::io::Error::other("a run of text without markup"));
                }
            }
        }
        Ok(n)
    }
}
