//! The marks in words: one sheet (a row per case, then the feedback) or a class (a row
//! per student, then the items most missed), as terminal tables, Markdown or JSON.

use std::fmt::Write as _;

use serde::Serialize;

use super::grade::{Marks, Missed, Status};
use super::sheet::Item;
use crate::render::{RenderOptions, Section, sections_as_markdown, sections_as_table, wrap};
use crate::text::Lang;
use crate::words::TeachCatalog;

/// How many of the most missed items a class summary lists.
pub const MOST_MISSED: usize = 10;

/// The formats of `kam-advise grade`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Layout {
    Table,
    Markdown,
}

fn mark_cell(status: Status, text: &dyn TeachCatalog) -> String {
    let l = text.teach_labels();
    match status {
        Status::Right => l.right_mark,
        Status::Wrong => l.wrong_mark,
        Status::Missing => l.missing_mark,
        Status::NotApplicable | Status::Ignored => l.not_applicable_mark,
    }
    .to_string()
}

fn percent(score: u64, max: u64) -> u64 {
    (score * 100 + max / 2).checked_div(max).unwrap_or(0)
}

/// The feedback of a sheet: one entry per wrong or missing item, and per answer to an
/// item that does not apply (ignored, with a note).
fn feedback_lines(marks: &Marks, text: &dyn TeachCatalog) -> Vec<String> {
    let mut lines = Vec::new();
    for case in &marks.cases {
        for item in case.items.iter().filter(|i| i.status.has_feedback()) {
            lines.push(text.feedback_line(
                &case.case,
                item.item,
                item.given.as_deref(),
                &item.text,
            ));
        }
    }
    lines
}

fn sheet_section(marks: &Marks, key: &str, text: &dyn TeachCatalog) -> Section {
    let l = text.teach_labels();
    let mut header = vec![l.case.to_string()];
    header.extend(Item::ALL.iter().map(|i| text.item_name(*i).to_string()));
    header.push(l.score.to_string());
    let rows = marks
        .cases
        .iter()
        .map(|c| {
            let mut row = vec![c.case.clone()];
            row.extend(c.items.iter().map(|i| mark_cell(i.status, text)));
            row.push(format!("{}/{}", c.score, c.max));
            row
        })
        .collect();
    Section {
        title: text.marks_title(&marks.student, &marks.source, key),
        header,
        rows,
        note: text.total(marks.score, marks.max, percent(marks.score, marks.max)),
    }
}

/// One sheet, for the terminal or as Markdown.
pub fn sheet(marks: &Marks, key: &str, layout: Layout, opts: &RenderOptions) -> String {
    let text = crate::words::teach_catalog(opts.lang);
    let l = text.teach_labels();
    let section = sheet_section(marks, key, text);
    let lines = feedback_lines(marks, text);
    match layout {
        Layout::Table => {
            let mut out = sections_as_table(&[section], opts);
            if !lines.is_empty() {
                let _ = writeln!(out, "\n{}", opts.style().heading(l.feedback));
                for line in &lines {
                    let _ = writeln!(out, "{}", wrap(line, usize::from(opts.width), "- ", "  "));
                }
            }
            out
        }
        Layout::Markdown => {
            let mut out = sections_as_markdown(&[section]);
            if !lines.is_empty() {
                let _ = writeln!(out, "\n## {}\n", l.feedback);
                // The lines are the catalogue's words and normalised answers: no user text.
                for line in &lines {
                    let _ = writeln!(out, "- {line}");
                }
            }
            out
        }
    }
}

/// A class: a row per student, then the items most missed.
pub fn class(
    class: &[Marks],
    missed: &[Missed],
    key: &str,
    layout: Layout,
    opts: &RenderOptions,
) -> String {
    let text = crate::words::teach_catalog(opts.lang);
    let l = text.teach_labels();
    let students = Section {
        title: text.class_title(key, class.len()),
        header: vec![
            l.student.to_string(),
            l.score.to_string(),
            l.percent.to_string(),
        ],
        rows: class
            .iter()
            .map(|m| {
                vec![
                    m.student.clone(),
                    format!("{}/{}", m.score, m.max),
                    format!("{}%", percent(m.score, m.max)),
                ]
            })
            .collect(),
        note: String::new(),
    };
    let missed_section = Section {
        title: l.most_missed.to_string(),
        header: vec![
            l.case.to_string(),
            l.item.to_string(),
            l.missed_by.to_string(),
            l.right_answer.to_string(),
        ],
        rows: missed
            .iter()
            .map(|m| {
                vec![
                    m.case.clone(),
                    text.item_name(m.item).to_string(),
                    format!("{}/{}", m.missed, m.students),
                    text.answer_words(m.item, &m.expected),
                ]
            })
            .collect(),
        note: if missed.is_empty() {
            l.nothing_missed.to_string()
        } else {
            String::new()
        },
    };
    let sections = [students, missed_section];
    match layout {
        Layout::Table => sections_as_table(&sections, opts),
        Layout::Markdown => sections_as_markdown(&sections),
    }
}

#[derive(Serialize)]
struct JsonFeedback<'a> {
    item: Item,
    status: Status,
    given: Option<&'a str>,
    /// `null` for an item that does not apply to the case.
    expected: Option<&'a str>,
    text: &'a str,
}

#[derive(Serialize)]
struct JsonCase<'a> {
    case: &'a str,
    score: u64,
    max: u64,
    feedback: Vec<JsonFeedback<'a>>,
}

#[derive(Serialize)]
struct JsonMarks<'a> {
    schema_version: u32,
    lang: Lang,
    record: &'static str,
    student: &'a str,
    sheet: &'a str,
    score: u64,
    max: u64,
    cases: Vec<JsonCase<'a>>,
}

/// One sheet as one JSON object (a line of JSON Lines).
pub fn sheet_json(marks: &Marks, lang: Lang) -> serde_json::Result<String> {
    serde_json::to_string(&JsonMarks {
        schema_version: crate::render::json::SCHEMA_VERSION,
        lang,
        record: "student",
        student: &marks.student,
        sheet: &marks.source,
        score: marks.score,
        max: marks.max,
        cases: marks
            .cases
            .iter()
            .map(|c| JsonCase {
                case: &c.case,
                score: c.score,
                max: c.max,
                feedback: c
                    .items
                    .iter()
                    .filter(|i| i.status.has_feedback())
                    .map(|i| JsonFeedback {
                        item: i.item,
                        status: i.status,
                        given: i.given.as_deref(),
                        expected: i.expected.as_deref(),
                        text: &i.text,
                    })
                    .collect(),
            })
            .collect(),
    })
}

#[derive(Serialize)]
struct JsonSummary<'a> {
    schema_version: u32,
    lang: Lang,
    record: &'static str,
    students: usize,
    /// Sheets that could not be marked (their errors are on stderr).
    failed: usize,
    score: u64,
    max: u64,
    most_missed: &'a [Missed],
}

/// The class's summary record, after one record per student.
pub fn summary_json(
    class: &[Marks],
    failed: usize,
    missed: &[Missed],
    lang: Lang,
) -> serde_json::Result<String> {
    serde_json::to_string(&JsonSummary {
        schema_version: crate::render::json::SCHEMA_VERSION,
        lang,
        record: "summary",
        students: class.len(),
        failed,
        score: class.iter().map(|m| m.score).sum(),
        max: class.iter().map(|m| m.max).sum(),
        most_missed: missed,
    })
}
