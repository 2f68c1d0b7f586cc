//! The portfolio as a sheet: `compare --format csv` (RFC 4180, UTF-8, CRLF, an
//! optional BOM for Excel) and `compare --format xlsx` (a real workbook: the header
//! row frozen, columns sized to their text, numbers as numbers, written row by row in
//! constant memory). One row per
//! enterprise: source, name, scale, annual revenue in whole yuan, key accounts, conditions met, form, rule, KAM
//! managers, headcount, today's setup, warnings — headers and words in the output language.

use std::io::Seek as _;

use rust_xlsxwriter::{Format, Workbook, XlsxError};
use unicode_width::UnicodeWidthStr;

use super::Report;
use crate::text::Catalog;

/// A cell of the portfolio sheet.
#[derive(Debug, Clone, PartialEq)]
pub enum Value {
    Text(String),
    Number(u64),
}

/// One enterprise's row, in the header's order.
pub fn row(report: &Report<'_>, text: &dyn Catalog) -> Vec<Value> {
    let advice = report.advice;
    let profile = report.profile;
    let l = text.labels();
    let warnings: Vec<String> = advice.warnings.iter().map(|w| text.warning(*w)).collect();
    vec![
        Value::Text(report.source.to_string()),
        Value::Text(profile.name.clone()),
        Value::Text(
            profile
                .scale
                .map_or(l.not_given, |s| text.scale(s))
                .to_string(),
        ),
        Value::Number(profile.revenue_cny),
        Value::Number(profile.key_accounts),
        Value::Number(advice.conditions.iter().filter(|c| c.met).count() as u64),
        Value::Text(text.with_clause(text.form(advice.form), advice.rule.form_clause())),
        Value::Text(text.rule_name(advice.rule)),
        Value::Number(advice.staffing.kam_managers),
        advice
            .staffing
            .headcount
            .map_or_else(|| Value::Text(String::new()), Value::Number),
        Value::Text(
            profile
                .current_setup
                .map_or("", |s| text.setup(s))
                .to_string(),
        ),
        Value::Text(warnings.join(text.warnings_separator())),
    ]
}

/// The workbook's row of an input or row that failed: its source, "not advised"
/// as the form, and the error in the last column.
pub fn failed_row(source: &str, error: &str, text: &dyn Catalog) -> Vec<Value> {
    let mut cells = vec![Value::Text(String::new()); 12];
    cells[0] = Value::Text(source.to_string());
    cells[6] = Value::Text(text.not_advised().to_string());
    cells[11] = Value::Text(error.to_string());
    cells
}

/// The workbook's totals row: KAM managers, headcount and each form's count.
pub fn totals_row(totals: &super::compare::Totals, text: &dyn Catalog) -> Vec<Value> {
    let mut cells = vec![Value::Text(String::new()); 12];
    cells[0] = Value::Text(text.total_label().to_string());
    cells[6] = Value::Text(totals.forms_text(text));
    cells[8] = Value::Number(totals.kam_managers);
    cells[9] = Value::Number(totals.headcount);
    cells
}

/// The UTF-8 byte-order mark Excel looks for to read a CSV as UTF-8.
pub const BOM: &str = "\u{feff}";

/// One CSV record (RFC 4180: quoted where needed, CRLF at the end).
pub fn csv_record(fields: &[String]) -> Vec<u8> {
    let mut writer = csv::WriterBuilder::new()
        .terminator(csv::Terminator::CRLF)
        .from_writer(Vec::with_capacity(256));
    // Writing to a Vec cannot fail.
    let _ = writer.write_record(fields);
    writer.into_inner().unwrap_or_default()
}

/// The header of the portfolio sheet in the catalogue's language.
pub fn header(text: &dyn Catalog) -> Vec<String> {
    text.portfolio_header()
        .iter()
        .map(|h| h.to_string())
        .collect()
}

/// A row's cells as CSV fields. A text that a spreadsheet would take for a formula
/// (it starts with `=`, `+`, `-`, `@`, a tab or a carriage return: a name such as
/// `=HYPERLINK(…)`) is written after an apostrophe, which Excel and LibreOffice
/// read as "text follows" (OWASP's advice against CSV injection). Numbers are
/// written as numbers.
pub fn csv_fields(row: &[Value]) -> Vec<String> {
    row.iter()
        .map(|v| match v {
            // A lone `-` (standard input as the source) is no formula.
            Value::Text(t) if t == "-" => t.clone(),
            Value::Text(t) if t.starts_with(['=', '+', '-', '@', '\t', '\r']) => format!("'{t}"),
            Value::Text(t) => t.clone(),
            Value::Number(n) => n.to_string(),
        })
        .collect()
}

/// The portfolio as an XLSX workbook, written row by row in rust_xlsxwriter's
/// constant-memory mode: each row goes to a temporary file as it comes (in the
/// system's temporary directory), so memory does not grow with the rows; the column
/// widths (the widest text of each column) and the filter over every row are set at
/// the end, and the workbook is zipped into a temporary file to be copied out.
pub struct XlsxStream {
    book: Workbook,
    widths: Vec<usize>,
    /// The next row to write (0 is the header).
    next: u32,
}

impl XlsxStream {
    /// A workbook with its header row, in the catalogue's language.
    pub fn new(text: &dyn Catalog) -> Result<XlsxStream, XlsxError> {
        let header = header(text);
        let widths = header.iter().map(|h| h.width()).collect();
        let mut book = Workbook::new();
        let sheet = book.add_worksheet_with_constant_memory()?;
        sheet.set_name(text.explain_labels().compare_title)?;
        let bold = Format::new().set_bold();
        for (c, name) in header.iter().enumerate() {
            sheet.write_string_with_format(0, column(c), name, &bold)?;
        }
        Ok(XlsxStream {
            book,
            widths,
            next: 1,
        })
    }

    /// Writes the next row.
    pub fn push(&mut self, row: &[Value]) -> Result<(), XlsxError> {
        let r = self.next;
        let sheet = self.book.worksheet_from_index(0)?;
        for (c, value) in row.iter().enumerate() {
            let shown = match value {
                Value::Text(t) => {
                    sheet.write_string(r, column(c), t)?;
                    t.width()
                }
                // Whole numbers far below 2^53: exact as a spreadsheet number.
                Value::Number(n) => {
                    sheet.write_number(r, column(c), *n as f64)?;
                    n.to_string().len()
                }
            };
            if let Some(width) = self.widths.get_mut(c) {
                *width = (*width).max(shown);
            }
        }
        self.next = r.saturating_add(1);
        Ok(())
    }

    /// Sizes the columns, freezes the header and filters every row: the workbook,
    /// zipped into a temporary file (not held: the writer must be `Send`, and a
    /// workbook of a million rows is tens of megabytes), ready to be read from its start.
    pub fn finish(mut self) -> Result<std::fs::File, XlsxError> {
        let last_row = self.next.saturating_sub(1);
        let columns = self.widths.len();
        let sheet = self.book.worksheet_from_index(0)?;
        for (c, width) in self.widths.iter().enumerate() {
            sheet.set_column_width(column(c), (*width).clamp(6, 60) as f64 + 2.0)?;
        }
        sheet.set_freeze_panes(1, 0)?;
        sheet.autofilter(0, 0, last_row, column(columns.saturating_sub(1)))?;
        let mut zipped = tempfile::tempfile()?;
        self.book.save_to_writer(&mut zipped)?;
        zipped.rewind()?;
        Ok(zipped)
    }
}

fn column(index: usize) -> u16 {
    u16::try_from(index).unwrap_or(u16::MAX)
}
