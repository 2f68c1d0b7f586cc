//! ODS in, streaming: `content.xml` read event by event with quick-xml, one row at a
//! time, instead of calamine's reader, which builds every sheet of the workbook as a
//! dense range when the file is opened and expands `number-rows-repeated` and
//! `number-columns-repeated` into copies (849 bytes asked for 12 GB). Here a
//! repeated empty row or cell is a count, never a copy; a repeated cell with a
//! value stops at the column limit; a repeated row with values is handed on once
//! per repeat, each charged to the workbook's budget, so expansion stops at a
//! size tied to the file's own.

use std::io::{BufRead, BufReader, Read, Seek};

use quick_xml::Reader as XmlReader;
use quick_xml::events::{BytesStart, Event};

use super::cells::{Budget, MAX_XML_RUN, RowCells, Rows, RunLimit};
use super::row::Cell;
use super::{MAX_COLUMNS, MAX_ROW_BYTES};
use crate::problem::{Issue, SheetIssue, WorkbookFault, WorkbookPart};

const MIMETYPE: &[u8] = b"application/vnd.oasis.opendocument.spreadsheet";

/// Reads the sheet `wanted` (the first when `None`) of an ODS archive.
pub(super) fn read<R: Read + Seek, E>(
    archive: R,
    wanted: Option<&str>,
    rows: &mut Rows<'_, E>,
    budget: &mut Budget,
) -> Result<Result<(), Issue>, E> {
    let mut zip = match zip::ZipArchive::new(archive) {
        Ok(zip) => zip,
        Err(_) => return Ok(Err(Issue::Sheet(SheetIssue::NotAZip))),
    };
    let mut mime = Vec::new();
    let mime_ok = zip.by_name("mimetype").is_ok_and(|part| {
        part.take(MIMETYPE.len() as u64 + 1)
            .read_to_end(&mut mime)
            .is_ok()
            && mime == MIMETYPE
    });
    if !mime_ok {
        return Ok(Err(bad(WorkbookFault::NotOds)));
    }
    let content = match zip.by_name("content.xml") {
        Ok(content) => content,
        Err(_) => return Ok(Err(bad(WorkbookFault::NoContent))),
    };
    let mut xml = XmlReader::from_reader(BufReader::new(RunLimit::new(content)));
    xml.config_mut().check_end_names = true;
    let mut sheet = Sheet {
        xml,
        buf: Vec::new(),
        inner: Vec::new(),
    };
    let read = sheet.find_and_read(wanted, rows, budget);
    // A reader error from a run without markup is said as that, not as bad XML.
    match read {
        Ok(Err(Issue::Sheet(SheetIssue::BadWorkbook(WorkbookFault::Xml(_)))))
            if sheet.xml.get_ref().get_ref().tripped =>
        {
            Ok(Err(bad(WorkbookFault::LongRun {
                mib: (MAX_XML_RUN / 1024 / 1024) as u64,
            })))
        }
        other => other,
    }
}

fn bad(fault: WorkbookFault) -> Issue {
    Issue::Sheet(SheetIssue::BadWorkbook(fault))
}

/// A fault met in a row (0-based `index`) or in its cell at `column`, placed there.
fn placed(issue: Issue, index: u64, column: Option<u64>) -> Issue {
    match issue {
        Issue::Sheet(SheetIssue::BadWorkbook(fault)) => {
            super::cells::fault_at(index, column, fault)
        }
        other => other,
    }
}

fn xml_error(error: &dyn std::fmt::Display) -> Issue {
    bad(WorkbookFault::Xml(crate::quote::quote_limited(
        &error.to_string(),
        300,
    )))
}

/// A whole number attribute (`number-rows-repeated`); `default` when absent.
fn repeat(start: &BytesStart<'_>, name: &str) -> Result<u64, Issue> {
    match attribute(start, name)? {
        None => Ok(1),
        Some(text) => match text.trim().parse::<u64>() {
            Ok(n) if n > 0 => Ok(n),
            _ => Err(bad(WorkbookFault::BadRepeat)),
        },
    }
}

fn attribute(start: &BytesStart<'_>, name: &str) -> Result<Option<String>, Issue> {
    for attr in start.attributes() {
        let attr = attr.map_err(|e| xml_error(&e))?;
        if attr.key.as_ref() == name {
            let value = quick_xml::escape::unescape(&attr.value).map_err(|e| xml_error(&e))?;
            return Ok(Some(value.into_owned()));
        }
    }
    Ok(None)
}

struct Sheet<R> {
    xml: XmlReader<R>,
    buf: Vec<u8>,
    inner: Vec<u8>,
}

impl<R: BufRead> Sheet<R> {
    fn find_and_read<E>(
        &mut self,
        wanted: Option<&str>,
        rows: &mut Rows<'_, E>,
        budget: &mut Budget,
    ) -> Result<Result<(), Issue>, E> {
        let mut names = Vec::new();
        loop {
            self.buf.clear();
            let event = match self.xml.read_event_into(&mut self.buf) {
                Ok(event) => event,
                Err(e) => return Ok(Err(xml_error(&e))),
            };
            match event {
                Event::Start(e) if e.name().as_ref() == "table:table" => {
                    let name = match attribute(&e, "table:name") {
                        Ok(name) => name.unwrap_or_default(),
                        Err(issue) => return Ok(Err(issue)),
                    };
                    if wanted.is_none_or(|w| w == name) {
                        rows.sheet = name;
                        return self.table(rows, budget);
                    }
                    // Names are listed in the error; a table skipped costs nothing.
                    if !budget.charge(name.len() as u64 + 64) {
                        return Ok(Err(budget.issue()));
                    }
                    names.push(name);
                    let end = e.to_end().into_owned();
                    if let Err(e) = self.xml.read_to_end_into(end.name(), &mut self.inner) {
                        return Ok(Err(xml_error(&e)));
                    }
                }
                Event::Eof => {
                    let quoted = names.iter().map(|n| super::columns::quote(n)).collect();
                    return Ok(Err(match wanted {
                        Some(wanted) => Issue::Sheet(SheetIssue::NoSuchSheet {
                            name: super::columns::quote(wanted),
                            sheets: quoted,
                        }),
                        None => Issue::Sheet(SheetIssue::NoSheets),
                    }));
                }
                _ => {}
            }
        }
    }

    /// The rows of the table just opened, up to its end.
    fn table<E>(
        &mut self,
        rows: &mut Rows<'_, E>,
        budget: &mut Budget,
    ) -> Result<Result<(), Issue>, E> {
        let mut index: u64 = 0;
        loop {
            self.buf.clear();
            let event = match self.xml.read_event_into(&mut self.buf) {
                Ok(event) => event.into_owned(),
                Err(e) => return Ok(Err(xml_error(&e))),
            };
            match event {
                Event::Start(e) if e.name().as_ref() == "table:table-row" => {
                    let repeats = match repeat(&e, "table:number-rows-repeated") {
                        Ok(n) => n,
                        Err(issue) => return Ok(Err(placed(issue, index, None))),
                    };
                    let mut row = RowCells::default();
                    if let Err(failed) = self.row(&mut row) {
                        let (column, issue) = *failed;
                        return Ok(Err(placed(issue, index, column)));
                    }
                    if row.is_blank() {
                        index = index.saturating_add(repeats);
                        continue;
                    }
                    // A row with values, repeated: each copy is a row of the sheet,
                    // all charged before the first is handed on, so that a repeat
                    // past the budget gives no row at all.
                    if !budget.charge(row.cost().saturating_mul(repeats)) {
                        return Ok(Err(budget.issue()));
                    }
                    for _ in 0..repeats {
                        let Ok(at) = u32::try_from(index) else {
                            return Ok(Err(bad(WorkbookFault::TooManyRows)));
                        };
                        let mut copy = row.clone();
                        copy.index = Some(at);
                        rows.flush(&mut copy)?;
                        index += 1;
                    }
                }
                Event::Empty(e) if e.name().as_ref() == "table:table-row" => {
                    match repeat(&e, "table:number-rows-repeated") {
                        Ok(n) => index = index.saturating_add(n),
                        Err(issue) => return Ok(Err(placed(issue, index, None))),
                    }
                }
                Event::End(e) if e.name().as_ref() == "table:table" => return Ok(Ok(())),
                Event::Eof => return Ok(Err(bad(WorkbookFault::EndsInside(WorkbookPart::Table)))),
                _ => {}
            }
        }
    }

    /// The cells of a row, up to its end tag; if it cannot be read, the column of
    /// the cell that stopped it (`None`: the row itself) and why.
    fn row(&mut self, row: &mut RowCells) -> Result<(), Box<(Option<u64>, Issue)>> {
        let mut column: u64 = 0;
        loop {
            self.buf.clear();
            let event = self
                .xml
                .read_event_into(&mut self.buf)
                .map_err(|e| Box::new((None, xml_error(&e))))?
                .into_owned();
            let (start, has_body) = match event {
                Event::Start(e) => (e, true),
                Event::Empty(e) => (e, false),
                Event::End(e) if e.name().as_ref() == "table:table-row" => return Ok(()),
                Event::Eof => {
                    return Err(Box::new((
                        None,
                        bad(WorkbookFault::EndsInside(WorkbookPart::Row)),
                    )));
                }
                _ => continue,
            };
            let name = start.name();
            if name.as_ref() != "table:table-cell" && name.as_ref() != "table:covered-table-cell" {
                if has_body {
                    let end = start.to_end().into_owned();
                    self.xml
                        .read_to_end_into(end.name(), &mut self.inner)
                        .map_err(|e| Box::new((None, xml_error(&e))))?;
                }
                continue;
            }
            let at = |issue| Box::new((Some(column), issue));
            let repeats = repeat(&start, "table:number-columns-repeated").map_err(at)?;
            let Some(cell) = self.cell(&start, has_body).map_err(at)? else {
                row.too_large();
                continue;
            };
            if cell == Cell::Empty {
                column = column.saturating_add(repeats);
                continue;
            }
            // Past the column limit the row is refused: no need to go further.
            for _ in 0..repeats {
                let at = u32::try_from(column.min(MAX_COLUMNS as u64)).unwrap_or(u32::MAX);
                row.put(at, cell.clone());
                column += 1;
                if column > MAX_COLUMNS as u64 || row.has_problem() {
                    break;
                }
            }
        }
    }

    /// One cell's value: from its attributes, or its paragraphs for text; `None`
    /// for a text longer than a row may be.
    fn cell(&mut self, start: &BytesStart<'_>, has_body: bool) -> Result<Option<Cell>, Issue> {
        let mut kind = String::new();
        let mut value = None;
        let mut currency = None;
        for attr in start.attributes() {
            let attr = attr.map_err(|e| xml_error(&e))?;
            let text = || -> Result<String, Issue> {
                Ok(quick_xml::escape::unescape(&attr.value)
                    .map_err(|e| xml_error(&e))?
                    .into_owned())
            };
            match attr.key.as_ref() {
                "office:value-type" => kind = text()?,
                "office:currency" => currency = Some(text()?),
                "office:value"
                | "office:date-value"
                | "office:time-value"
                | "office:boolean-value"
                | "office:string-value" => {
                    value = Some(text()?);
                }
                _ => {}
            }
        }
        let content = if has_body { self.paragraphs()? } else { None };
        Ok(Some(match (kind.as_str(), value) {
            // A currency cell in another currency ($1,200,000,000.00) is read with its
            // code, as `USD 1200000000` is written: the profile's currency decides,
            // never taken for CNY because the number is bare.
            ("currency", Some(v))
                if currency
                    .as_deref()
                    .is_some_and(|c| !c.trim().eq_ignore_ascii_case("CNY")) =>
            {
                let code = currency.as_deref().map_or("", str::trim);
                Cell::Text(format!("{code} {}", v.trim()))
            }
            ("float" | "percentage" | "currency", Some(v)) => match v.trim().parse::<f64>() {
                Ok(n) => Cell::Number(n),
                Err(_) => Cell::Other(v),
            },
            ("boolean", Some(v)) => Cell::Bool(v.trim().eq_ignore_ascii_case("true")),
            ("date" | "time", Some(v)) => Cell::Other(v),
            ("string", Some(v)) => Cell::Text(v),
            ("", _) => Cell::Empty,
            // A string cell, or a value shown without its attribute: its text.
            (_, _) => match content {
                Some(Ok(text)) => Cell::Text(text),
                Some(Err(())) => return Ok(None),
                None => Cell::Empty,
            },
        }))
    }

    /// The text of a cell's paragraphs, up to the cell's end; `Err` when it is
    /// longer than a row may be (the rest is read past, not kept).
    fn paragraphs(&mut self) -> Result<Option<Result<String, ()>>, Issue> {
        let mut text = String::new();
        let mut too_long = false;
        let mut paragraphs = 0usize;
        let mut depth = 1usize;
        let mut push = |text: &mut String, s: &str, n: u64| {
            if too_long {
                return;
            }
            let bytes = (s.len() as u64).saturating_mul(n);
            if text.len() as u64 + bytes > MAX_ROW_BYTES as u64 {
                too_long = true;
                text.clear();
                return;
            }
            for _ in 0..n {
                text.push_str(s);
            }
        };
        loop {
            self.inner.clear();
            let event = self
                .xml
                .read_event_into(&mut self.inner)
                .map_err(|e| xml_error(&e))?;
            match event {
                Event::Empty(e) if e.name().as_ref() == "office:annotation" => {}
                Event::Start(e) if e.name().as_ref() == "office:annotation" => {
                    let end = e.to_end().into_owned();
                    let mut skip = Vec::new();
                    self.xml
                        .read_to_end_into(end.name(), &mut skip)
                        .map_err(|e| xml_error(&e))?;
                }
                Event::Start(e) => {
                    depth += 1;
                    match e.name().as_ref() {
                        "text:p" => {
                            if paragraphs > 0 {
                                push(&mut text, "\n", 1);
                            }
                            paragraphs += 1;
                        }
                        "text:s" => push(&mut text, " ", spaces(&e)?),
                        "text:tab" => push(&mut text, "\t", 1),
                        "text:line-break" => push(&mut text, "\n", 1),
                        _ => {}
                    }
                }
                Event::Empty(e) => match e.name().as_ref() {
                    "text:p" => {
                        if paragraphs > 0 {
                            push(&mut text, "\n", 1);
                        }
                        paragraphs += 1;
                    }
                    "text:s" => push(&mut text, " ", spaces(&e)?),
                    "text:tab" => push(&mut text, "\t", 1),
                    "text:line-break" => push(&mut text, "\n", 1),
                    _ => {}
                },
                // Text between the cell's paragraphs is layout, not content.
                Event::Text(t) if depth > 1 => push(&mut text, &t.xml10_content(), 1),
                Event::CData(t) => {
                    push(&mut text, &t, 1);
                }
                Event::GeneralRef(r) => {
                    let resolved = match r.resolve_char_ref().map_err(|e| xml_error(&e))? {
                        Some(c) => c.to_string(),
                        None => match &*r {
                            "lt" => "<".into(),
                            "gt" => ">".into(),
                            "amp" => "&".into(),
                            "apos" => "'".into(),
                            "quot" => "\"".into(),
                            _ => return Err(bad(WorkbookFault::UnknownEntity)),
                        },
                    };
                    push(&mut text, &resolved, 1);
                }
                Event::End(_) => {
                    depth -= 1;
                    if depth == 0 {
                        return Ok(Some(if too_long { Err(()) } else { Ok(text) }));
                    }
                }
                Event::Eof => return Err(bad(WorkbookFault::EndsInside(WorkbookPart::Cell))),
                _ => {}
            }
        }
    }
}

/// `<text:s text:c="N"/>`: N spaces (1 without the attribute).
fn spaces(e: &BytesStart<'_>) -> Result<u64, Issue> {
    match attribute(e, "text:c")? {
        None => Ok(1),
        Some(n) => n
            .trim()
            .parse::<u64>()
            .map_err(|_| bad(WorkbookFault::BadSpaceCount)),
    }
}
