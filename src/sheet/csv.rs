//! CSV and TSV in, streaming: one record at a time through `csv-core` into fixed
//! buffers, so memory does not grow with the rows, and a huge cell or a record with
//! a million fields is refused (and skipped) without being held. Text must be
//! UTF-8 (a UTF-8 BOM is fine); a file whose start is not text is refused whole.

use std::fs::File;
use std::io::{BufRead, BufReader};
use std::path::Path;

use csv_core::{ReadRecordResult, Reader, ReaderBuilder};

use super::columns::Header;
use super::row::{Cell, check_row};
use super::{MAX_COLUMNS, MAX_ROW_BYTES, RowResult};
use crate::console::path_name;
use crate::problem::SheetIssue;
use crate::problem::{IoFailure, Issue, ProfileError, Unreadable};

/// How much of the start is checked for being text before any row is read.
const SNIFF_BYTES: usize = 8 * 1024;

pub(crate) fn read<E>(
    path: &Path,
    delimiter: u8,
    sheet: Option<&str>,
    on_row: &mut dyn FnMut(RowResult) -> Result<(), E>,
) -> Result<(), E> {
    let name = path_name(path);
    let whole = |issue: Issue| -> RowResult { Err(ProfileError::whole_file(&name, issue)) };
    if sheet.is_some() {
        return on_row(whole(Issue::Sheet(SheetIssue::SheetOptionForText)));
    }
    let file = match File::open(path).and_then(|f| {
        if f.metadata()?.is_dir() {
            return Err(std::io::ErrorKind::IsADirectory.into());
        }
        Ok(f)
    }) {
        Ok(file) => file,
        Err(e) => return on_row(whole(unreadable(&e))),
    };
    let mut records = Records::new(BufReader::with_capacity(64 * 1024, file), delimiter);
    match records.sniff() {
        Ok(None) => {}
        Ok(Some((issue, location))) => {
            return on_row(Err(ProfileError {
                source: name.clone(),
                problems: vec![crate::problem::Problem {
                    location,
                    issue: Issue::Sheet(issue),
                    offset: 0,
                }],
            }));
        }
        Err(e) => return on_row(whole(unreadable(&e))),
    }
    let header = match records.next() {
        Ok(None) => return on_row(whole(Issue::Sheet(SheetIssue::Empty))),
        Ok(Some((_, Err(issue)))) => return on_row(whole(Issue::Sheet(issue))),
        Ok(Some((_, Ok(names)))) => match Header::parse(names) {
            Ok(header) => header,
            Err(issues) => {
                return on_row(Err(super::header_error(&name, issues)));
            }
        },
        Err(e) => return on_row(whole(unreadable(&e))),
    };
    loop {
        match records.next() {
            Ok(None) => return Ok(()),
            Ok(Some((row, cells))) => {
                let source = format!("{name}:{row}");
                let result = match cells {
                    Ok(cells) => {
                        let cells: Vec<Cell> = cells.into_iter().map(Cell::Text).collect();
                        check_row(source, &header, &cells)
                    }
                    Err(issue) => Some(Err(ProfileError::whole_file(&source, Issue::Sheet(issue)))),
                };
                if let Some(result) = result {
                    on_row(result)?;
                }
            }
            Err(e) => return on_row(whole(unreadable(&e))),
        }
    }
}

fn unreadable(error: &std::io::Error) -> Issue {
    Issue::Unreadable {
        what: Unreadable::Profile,
        error: IoFailure::of(error),
    }
}

/// Records of a CSV stream, each with the row number a spreadsheet shows for it.
struct Records<R> {
    input: R,
    core: Reader,
    output: Vec<u8>,
    ends: Vec<usize>,
    /// Spreadsheet row of the last record.
    row: u64,
    /// Line breaks inside quoted cells so far: they do not start rows.
    embedded: u64,
    /// Whether the last byte read was a CR (a LF after it ends the same line).
    after_cr: bool,
    done: bool,
}

type Fields = Result<Vec<String>, SheetIssue>;

/// Why a file is not a text sheet, and where (line, column) when a byte is to blame.
type NotText = (SheetIssue, Option<(usize, usize)>);

impl<R: BufRead> Records<R> {
    fn new(input: R, delimiter: u8) -> Records<R> {
        Records {
            input,
            core: ReaderBuilder::new().delimiter(delimiter).build(),
            output: vec![0; MAX_ROW_BYTES],
            ends: vec![0; MAX_COLUMNS + 1],
            row: 0,
            embedded: 0,
            after_cr: false,
            done: false,
        }
    }

    /// Whether the start of the file is UTF-8 text without NUL bytes; if not, why,
    /// and where (line and column) a NUL byte or the first byte that is not UTF-8 is.
    fn sniff(&mut self) -> std::io::Result<Option<NotText>> {
        let start = self.input.fill_buf()?;
        let start = &start[..start.len().min(SNIFF_BYTES)];
        match crate::check::wide_text(start) {
            Some(32) => return Ok(Some((SheetIssue::Utf32, None))),
            Some(_) => return Ok(Some((SheetIssue::Utf16, None))),
            None => {}
        }
        // The line and column of a byte, counting the valid text before it.
        let at = |index: usize| {
            let before = &start[..index];
            let valid = match std::str::from_utf8(before) {
                Ok(text) => text,
                Err(e) => std::str::from_utf8(&before[..e.valid_up_to()]).unwrap_or(""),
            };
            Some(crate::check::line_col(valid, valid.len()))
        };
        if let Some(index) = start.iter().position(|b| *b == 0) {
            return Ok(Some((SheetIssue::NulByte, at(index))));
        }
        match std::str::from_utf8(start) {
            // A character cut at the end of the sample is not an error.
            Err(e) if e.error_len().is_some() => {
                Ok(Some((SheetIssue::NotUtf8, at(e.valid_up_to()))))
            }
            _ => Ok(None),
        }
    }

    /// The next record: its row number and its fields, or why it cannot be read
    /// (the rest of the record is then skipped, so the next one reads as usual).
    fn next(&mut self) -> std::io::Result<Option<(u64, Fields)>> {
        if self.done {
            return Ok(None);
        }
        // Line breaks read for this record: blank lines before it, its own, and its
        // line break, however each is written (LF, CRLF or a lone CR), as a
        // spreadsheet counts rows.
        let mut read_breaks = 0u64;
        let mut in_cell_cr = false;
        let (mut outlen, mut endlen) = (0, 0);
        let mut overflow: Option<SheetIssue> = None;
        // Line breaks inside the record's cells, counted in every piece the reader
        // gives, kept or not: a refused record's lines still do not start rows.
        let mut embedded = 0u64;
        // Quote characters read for this record: an odd count when the file ends
        // means a quoted cell was never closed (a doubled "" inside counts two).
        let mut quotes = 0u64;
        let mut scratch = [0u8; 4096];
        let mut scratch_ends = [0usize; 64];
        loop {
            let input = self.input.fill_buf()?;
            let at_end = input.is_empty();
            let (result, nin, nout, nend) = match overflow {
                None => self.core.read_record(
                    input,
                    &mut self.output[outlen..],
                    &mut self.ends[endlen..],
                ),
                Some(_) => self
                    .core
                    .read_record(input, &mut scratch, &mut scratch_ends),
            };
            read_breaks += breaks(&input[..nin], &mut self.after_cr);
            quotes += input[..nin].iter().filter(|b| **b == b'"').count() as u64;
            self.input.consume(nin);
            if overflow.is_none() {
                embedded += breaks(&self.output[outlen..outlen + nout], &mut in_cell_cr);
                outlen += nout;
                endlen += nend;
            } else {
                embedded += breaks(&scratch[..nout], &mut in_cell_cr);
            }
            match result {
                ReadRecordResult::InputEmpty => {}
                ReadRecordResult::OutputFull => {
                    overflow.get_or_insert(SheetIssue::RowTooLarge {
                        kib: MAX_ROW_BYTES / 1024,
                    });
                }
                ReadRecordResult::OutputEndsFull => {
                    overflow.get_or_insert(SheetIssue::TooManyColumns { max: MAX_COLUMNS });
                }
                ReadRecordResult::Record => {
                    let record = &self.output[..outlen];
                    // Lines this record took: blank lines before it, its own, and
                    // its line break unless it ended the file.
                    let lines = read_breaks;
                    let own = embedded + u64::from(!at_end);
                    self.row += 1 + lines.saturating_sub(own);
                    self.embedded += embedded;
                    let fields = match overflow {
                        Some(issue) => Err(issue),
                        // The rest of the file went into one cell: every row after
                        // this one would be lost without a word.
                        None if at_end && quotes % 2 == 1 => {
                            let last_break = matches!(record.last(), Some(b'\n' | b'\r'));
                            let lines = embedded - u64::from(last_break && embedded > 0);
                            Err(SheetIssue::UnclosedQuote { lines })
                        }
                        None => fields(record, &self.ends[..endlen]),
                    };
                    return Ok(Some((self.row, fields)));
                }
                ReadRecordResult::End => {
                    self.done = true;
                    return Ok(None);
                }
            }
        }
    }
}

/// Line breaks in `bytes`: LF, CRLF and a lone CR count one each; `after_cr` carries
/// a CR at the end of one piece to the LF that may start the next.
fn breaks(bytes: &[u8], after_cr: &mut bool) -> u64 {
    let mut count = 0;
    for &b in bytes {
        match b {
            b'\n' if *after_cr => *after_cr = false,
            b'\n' => count += 1,
            b'\r' => {
                count += 1;
                *after_cr = true;
            }
            _ => *after_cr = false,
        }
    }
    count
}

/// The fields of a record as text: UTF-8 without NUL bytes.
fn fields(record: &[u8], ends: &[usize]) -> Fields {
    if record.contains(&0) {
        return Err(SheetIssue::NulByte);
    }
    let text = std::str::from_utf8(record).map_err(|_| SheetIssue::NotUtf8)?;
    let mut start = 0;
    let mut out = Vec::with_capacity(ends.len());
    for &end in ends {
        out.push(text.get(start..end).ok_or(SheetIssue::NotUtf8)?.to_string());
        start = end;
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rows(text: &[u8]) -> Vec<(u64, Fields)> {
        let mut records = Records::new(text, b',');
        let mut out = Vec::new();
        while let Ok(Some(record)) = records.next() {
            out.push(record);
        }
        out
    }

    #[test]
    fn rows_are_numbered_whatever_ends_the_lines() {
        // LF, CRLF and a lone CR, mixed, with blank lines and a CRLF inside a cell;
        // the reader is also given the text a byte at a time (a CR at the end of one
        // piece, its LF at the start of the next). A blank line is a row; the cell
        // over two lines keeps its row one row, as a spreadsheet opens the file.
        let text = b"h,x\n\nB,1\r\n\r\nC,\"a\r\nb\"\rD,2\r\rE,3\n";
        let want = [1, 3, 5, 6, 8];
        let numbers: Vec<u64> = rows(text).iter().map(|(row, _)| *row).collect();
        assert_eq!(numbers, want, "{:?}", rows(text));
        let mut records = Records::new(std::io::BufReader::with_capacity(1, &text[..]), b',');
        let mut numbers = Vec::new();
        while let Ok(Some((row, _))) = records.next() {
            numbers.push(row);
        }
        assert_eq!(numbers, want);
    }

    #[test]
    fn rows_are_numbered_as_a_spreadsheet_shows_them() {
        let text = b"name,x\n\"a\nb\",1\n\nc,\"2\"\r\nd,3";
        let numbers: Vec<u64> = rows(text).iter().map(|(row, _)| *row).collect();
        let fields: Vec<Fields> = rows(text).into_iter().map(|(_, f)| f).collect();
        assert_eq!(
            fields[1],
            Ok(vec!["a\nb".to_string(), "1".to_string()]),
            "{fields:?}"
        );
        assert_eq!(numbers.first(), Some(&1));
        assert_eq!(numbers.last(), Some(&5), "{numbers:?} {fields:?}");
    }

    #[test]
    fn a_huge_cell_is_refused_and_the_next_row_read() {
        let mut text = b"name\n\"".to_vec();
        text.extend(std::iter::repeat_n(b'x', MAX_ROW_BYTES * 3));
        text.extend(b"\"\nnext\n");
        let rows = rows(&text);
        assert_eq!(rows.len(), 3);
        assert_eq!(rows[1].1, Err(SheetIssue::RowTooLarge { kib: 128 }));
        assert_eq!(rows[2], (3, Ok(vec!["next".to_string()])));
    }

    #[test]
    fn rows_after_a_huge_multiline_cell_keep_their_numbers() {
        // Issue 23 item 9: the lines of a refused cell were not counted as its own,
        // so every later row was numbered thousands of rows too far.
        let mut text = b"name,note\nA,\"".to_vec();
        for i in 0..40_000 {
            text.extend(format!("line {i}\n").as_bytes());
        }
        text.extend(b"\"\nB,x\n");
        let rows = rows(&text);
        assert_eq!(rows[1], (2, Err(SheetIssue::RowTooLarge { kib: 128 })));
        assert_eq!(rows[2].0, 3);
    }

    #[test]
    fn too_many_fields_and_bad_bytes_are_row_errors() {
        let mut text = b"a\n".to_vec();
        text.extend(std::iter::repeat_n(b',', MAX_COLUMNS * 4));
        text.extend(b"\n\xff\nok\n");
        let rows = rows(&text);
        assert_eq!(
            rows[1].1,
            Err(SheetIssue::TooManyColumns { max: MAX_COLUMNS })
        );
        assert_eq!(rows[2].1, Err(SheetIssue::NotUtf8));
        assert_eq!(rows[3], (4, Ok(vec!["ok".to_string()])));
    }
}
