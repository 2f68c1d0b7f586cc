//! `kam-advise compare`: one row per enterprise, from profiles and sheets alike, as
//! a terminal or Markdown table, JSON Lines, a CSV sheet, an XLSX workbook or the HTML
//! portfolio report for a client; to standard output or, with `--output FILE`, to a
//! file written whole through a temporary file ([`crate::write`]): a failed run
//! leaves no half-written portfolio, and a run that advised no row writes nothing
//! (with `--force`, a good file is never replaced by an empty one).

use crate::render::InWords as _;
use std::io::{self, IsTerminal, Write};
use std::path::{Path, PathBuf};

use std::cell::RefCell;

use super::{
    OUTPUT_BUFFER, Outcome, Stop, expand_all, for_each_profile_or_error, path_name, report_error,
};
use crate::options::CompareFormat;
use crate::problem::{IoFailure, OutputFailure};
use crate::render::{self, RenderOptions};
use crate::rules::Rules;
use crate::write::{self, Found};

/// What `compare` is asked to do.
pub(crate) struct Compare<'a> {
    pub args: &'a [PathBuf],
    pub sheet: Option<&'a str>,
    pub rules: &'a Rules,
    pub format: CompareFormat,
    /// Start a CSV with a byte-order mark.
    pub bom: bool,
    pub output: Option<&'a Path>,
    /// Overwrite `output` if it exists.
    pub force: bool,
}

/// Whether two paths name one existing file (through links, `..` or another
/// spelling; on Unix a hard link too).
fn same_file(a: &Path, b: &Path) -> bool {
    #[cfg(unix)]
    {
        use std::os::unix::fs::MetadataExt;
        if let (Ok(x), Ok(y)) = (std::fs::metadata(a), std::fs::metadata(b)) {
            return x.dev() == y.dev() && x.ino() == y.ino();
        }
        false
    }
    #[cfg(not(unix))]
    {
        match (std::fs::canonicalize(a), std::fs::canonicalize(b)) {
            (Ok(x), Ok(y)) => x == y,
            _ => false,
        }
    }
}

pub(crate) fn compare(job: &Compare<'_>, render: &RenderOptions) -> Result<Outcome, Stop> {
    let text = render.catalog();
    let Some(path) = job.output else {
        if job.format.refused_on_terminal() && io::stdout().is_terminal() {
            report_error(match job.format {
                CompareFormat::Html => text.html_on_terminal(),
                _ => text.binary_on_terminal(),
            });
            return Ok(Outcome::Usage);
        }
        let mut out = io::BufWriter::with_capacity(OUTPUT_BUFFER, io::stdout().lock());
        let (outcome, _) = write_to(job, render, &mut out)?;
        out.flush()?;
        return Ok(outcome);
    };
    let name = path_name(path);
    let file_failed = |error: IoFailure| {
        report_error(&text.output_failed(&OutputFailure::File {
            path: name.clone(),
            error,
        }));
        Ok(Outcome::Failed)
    };
    if job.args.iter().any(|input| same_file(input, path)) {
        report_error(&text.output_failed(&OutputFailure::IsAnInput { path: name }));
        return Ok(Outcome::Failed);
    }
    let existed = match write::inspect(path) {
        Ok(Found::Nothing) => false,
        Ok(Found::File) if job.force => true,
        Ok(Found::File) => {
            report_error(&text.output_failed(&OutputFailure::FileExists { path: name }));
            return Ok(Outcome::Failed);
        }
        Err(error) => return file_failed(error),
    };
    let mut pending = match write::Pending::new(path) {
        Ok(pending) => pending,
        Err(error) => return file_failed(error),
    };
    let (outcome, rows) = match write_to(job, render, &mut pending) {
        Ok(written) => written,
        // Standard output is not written here: the failure is the file's.
        Err(Stop::Stdout(error)) => return file_failed(IoFailure::of(&error)),
        Err(stop) => return Err(stop),
    };
    if rows == 0 {
        // Dropped unclaimed, the temporary file goes.
        let failure = OutputFailure::NothingAdvised {
            path: name,
            kept: existed,
        };
        report_error(&text.output_failed(&failure));
        return Ok(Outcome::Failed);
    }
    match pending.claim(job.force) {
        Ok(()) => Ok(outcome),
        Err(IoFailure::Exists) => {
            report_error(&text.output_failed(&OutputFailure::Appeared { path: name }));
            Ok(Outcome::Failed)
        }
        Err(error) => file_failed(error),
    }
}

/// The comparison written to `out`, and how many rows were advised. CSV, JSON Lines
/// and the workbook are written row by row as each is advised, in memory that does
/// not grow with the rows (the workbook in rust_xlsxwriter's constant-memory mode,
/// keeping only the totals and column widths); the tables and the HTML report hold
/// every row until the end (column widths, totals above the rows).
fn write_to(
    job: &Compare<'_>,
    render: &RenderOptions,
    out: &mut dyn Write,
) -> Result<(Outcome, usize), Stop> {
    let text = render.catalog();
    let format = job.format;
    if format == CompareFormat::Csv {
        if job.bom {
            out.write_all(render::sheet::BOM.as_bytes())?;
        }
        out.write_all(&render::sheet::csv_record(&render::sheet::header(text)))?;
    }
    let workbook = if format == CompareFormat::Xlsx {
        match render::sheet::XlsxStream::new(text) {
            Ok(stream) => Some(stream),
            Err(error) => {
                report_error(&text.workbook_failed(&error.to_string()));
                return Ok((Outcome::Failed, 0));
            }
        }
    } else {
        None
    };
    // The workbook as it is written, and the first failure to write it (after which
    // no row is added).
    let workbook = RefCell::new(workbook);
    let workbook_failure = RefCell::new(None);
    let push = |cells: &[render::sheet::Value]| {
        let mut book = workbook.borrow_mut();
        if let Some(stream) = book.as_mut()
            && let Err(error) = stream.push(cells)
        {
            *book = None;
            *workbook_failure.borrow_mut() = Some(error);
        }
    };
    // The human formats show every input and row, a failed one with its error, in
    // order; CSV and JSON Lines only the advised ones (the errors are on stderr).
    let entries = RefCell::new(Vec::new());
    let totals = RefCell::new(render::compare::Totals::default());
    let mut advised = 0usize;
    let inputs = expand_all(job.args);
    let on_error = |problems: &crate::profile::ProfileError| {
        // The source is the row's first cell: the error without it.
        let consultant_error = || {
            let prefix = format!("{}:", problems.source);
            problems
                .render(text)
                .lines()
                .map(|line| line.strip_prefix(&prefix).unwrap_or(line).trim())
                .collect::<Vec<_>>()
                .join("\n")
        };
        match format {
            CompareFormat::Xlsx => push(&render::sheet::failed_row(
                &problems.source,
                &consultant_error(),
                text,
            )),
            CompareFormat::Table | CompareFormat::Markdown => {
                entries.borrow_mut().push(render::compare::Entry::Failed {
                    source: problems.source.clone(),
                    error: consultant_error(),
                });
            }
            // The client reads why in words of its own, without keys or commands.
            CompareFormat::Html => {
                let error = crate::sheet::client_problems(problems)
                    .iter()
                    .map(|problem| text.client_problem(problem))
                    .collect::<Vec<_>>()
                    .join(" ");
                entries.borrow_mut().push(render::compare::Entry::Failed {
                    source: problems.source.clone(),
                    error,
                });
            }
            CompareFormat::Json | CompareFormat::Csv => {}
        }
    };
    let sink = |_: usize, report: &render::Report<'_>, out: &mut dyn Write| {
        match format {
            CompareFormat::Json => {
                // JSON Lines stream as they come, like the main job.
                let row = render::compare::Row::of(report);
                let line = serde_json::to_string(&render::compare::JsonRow {
                    schema_version: render::json::SCHEMA_VERSION,
                    lang: render.lang,
                    row: &row,
                })?;
                writeln!(out, "{line}")?;
            }
            CompareFormat::Csv => {
                let row = render::sheet::row(report, text);
                out.write_all(&render::sheet::csv_record(&render::sheet::csv_fields(&row)))?;
            }
            CompareFormat::Xlsx => {
                push(&render::sheet::row(report, text));
                totals.borrow_mut().add(&render::compare::Row::of(report));
            }
            CompareFormat::Table | CompareFormat::Markdown => {
                entries.borrow_mut().push(render::compare::Entry::Advised(
                    render::compare::Row::of(report),
                ));
            }
            CompareFormat::Html => {
                // The client reads the warnings in the report; the consultant gets
                // them worded with the keys to check, as for a single report.
                for warning in &report.advice.warnings {
                    crate::console::report_warning(&format!(
                        "{}: {}",
                        report.source,
                        text.warning(*warning)
                    ));
                }
                entries.borrow_mut().push(render::compare::Entry::Advised(
                    render::compare::Row::of(report),
                ));
            }
        }
        advised += 1;
        Ok(true)
    };
    let outcome =
        for_each_profile_or_error(inputs, job.sheet, job.rules, text, out, sink, on_error)?;
    let entries = entries.into_inner();
    if format == CompareFormat::Xlsx {
        if advised > 0 {
            push(&render::sheet::totals_row(&totals.into_inner(), text));
        }
        let finished = match (workbook.into_inner(), workbook_failure.into_inner()) {
            (Some(stream), None) => stream.finish(),
            (_, Some(error)) => Err(error),
            // A workbook is dropped only with its failure.
            (None, None) => return Ok((Outcome::Failed, 0)),
        };
        match finished {
            Ok(mut zipped) => {
                io::copy(&mut zipped, out)?;
            }
            Err(error) => {
                report_error(&text.workbook_failed(&error.to_string()));
                return Ok((Outcome::Failed, 0));
            }
        }
    }
    if advised > 0 && format == CompareFormat::Html {
        let page = render::html::portfolio::render(
            &render::html::portfolio::Portfolio {
                entries: &entries,
                default_rules: job.rules.is_default(),
            },
            render,
        );
        out.write_all(page.as_bytes())?;
    }
    if advised > 0 && matches!(format, CompareFormat::Table | CompareFormat::Markdown) {
        let section = render::compare::section(&entries, render);
        let table = match format {
            CompareFormat::Markdown => render::sections_as_markdown(&[section]),
            _ => render::sections_as_table(&[section], render),
        };
        out.write_all(table.as_bytes())?;
    }
    Ok((outcome, advised))
}
