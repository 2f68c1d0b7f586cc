//! The two jobs of the kit, from options to output: `exercise` writes a set and prints
//! the paths written; `grade` marks one sheet or a class. Problems go to stderr in the
//! output language; one bad sheet does not stop the others.

use crate::render::InWords as _;
use std::io::{self, Write};
use std::path::{Path, PathBuf};

use super::set_files::write_set;
use super::{Outcome, Stop};
use crate::console::{path_name, report_error};
use crate::options::{ExerciseJob, GradeFormat, GradeJob};
use crate::problem::IoFailure;
use crate::profile::MAX_PROFILE_BYTES;
use crate::render::RenderOptions;
use crate::teach::SetSpec;
use crate::teach::exercise;
use crate::teach::grade::{self, Marks, most_missed};
use crate::teach::report::{self, Layout, MOST_MISSED};
use crate::teach::sheet::{Failure, TeachIssue, read_sheet, set_command};
use crate::teach::words::TeachCatalog;

/// Writes a set and prints each path written, one a line.
pub(crate) fn exercise(job: &ExerciseJob, text: &dyn TeachCatalog) -> Result<Outcome, Stop> {
    let spec = SetSpec {
        count: job.count,
        seed: job.seed,
        level: job.level,
        lang: text.lang(),
    };
    let cases = match exercise::cases(&spec) {
        Ok(cases) => cases,
        Err(e) => {
            report_error(&e.render(text));
            return Ok(Outcome::Failed);
        }
    };
    let files = exercise::files(&spec, &cases)?;
    match write_set(&job.output_dir, &files, job.force) {
        Ok(written) => {
            let mut out = io::stdout().lock();
            for path in written {
                writeln!(out, "{}", path_name(&path))?;
            }
            out.flush()?;
            Ok(Outcome::Advised)
        }
        Err(problems) => {
            for p in &problems {
                report_error(&p.render(text));
            }
            Ok(Outcome::Failed)
        }
    }
}

/// The sheets the arguments stand for: files, and the `*.toml` directly in a directory
/// (those marked as listed: read only if regular files).
fn expand(args: &[PathBuf]) -> (Vec<(PathBuf, bool)>, Vec<Failure>, bool) {
    let mut sheets = Vec::new();
    let mut problems = Vec::new();
    let mut class = args.len() > 1;
    for arg in args {
        if !arg.is_dir() {
            sheets.push((arg.clone(), false));
            continue;
        }
        class = true;
        let mut found: Vec<PathBuf> = match std::fs::read_dir(arg) {
            Ok(entries) => entries
                .filter_map(Result::ok)
                .map(|e| e.path())
                .filter(|p| p.extension().is_some_and(|e| e == "toml") && !p.is_dir())
                .collect(),
            Err(e) => {
                let failure = IoFailure::of(&e);
                problems.push(Failure::whole(
                    &path_name(arg),
                    TeachIssue::Unreadable { failure },
                ));
                continue;
            }
        };
        if found.is_empty() {
            problems.push(Failure::whole(&path_name(arg), TeachIssue::NoSheets));
        }
        found.sort();
        sheets.extend(found.into_iter().map(|p| (p, true)));
    }
    (sheets, problems, class)
}

fn read(path: &Path, listed: bool) -> Result<Vec<u8>, Failure> {
    let source = path_name(path);
    let unreadable = |e: &io::Error| {
        Failure::whole(
            &source,
            TeachIssue::Unreadable {
                failure: IoFailure::of(e),
            },
        )
    };
    let file = if listed {
        super::inputs::open_listed(path)
    } else {
        std::fs::File::open(path)
    }
    .map_err(|e| unreadable(&e))?;
    if file.metadata().is_ok_and(|m| m.is_dir()) {
        return Err(unreadable(&io::ErrorKind::IsADirectory.into()));
    }
    let mut bytes = Vec::new();
    io::Read::read_to_end(
        &mut io::Read::take(file, MAX_PROFILE_BYTES as u64 + 1),
        &mut bytes,
    )
    .map_err(|e| unreadable(&e))?;
    Ok(bytes)
}

/// A sheet whose header names another set than the key's is not marked: its marks
/// would be wrong without a word.
fn same_set(source: &str, bytes: &[u8], key: Option<&str>) -> Result<(), Failure> {
    let sheet = std::str::from_utf8(bytes).ok().and_then(set_command);
    match (sheet, key) {
        (Some(sheet), Some(key)) if sheet != key => Err(Failure::whole(
            source,
            TeachIssue::OtherSet {
                sheet: sheet.to_string(),
                key: key.to_string(),
            },
        )),
        _ => Ok(()),
    }
}

/// Marks every sheet against the key.
pub(crate) fn grade(job: &GradeJob, opts: &RenderOptions) -> Result<Outcome, Stop> {
    let text = crate::teach::words::teach_catalog(opts.lang);
    let key = match grade::load_key(&job.key) {
        Ok(key) => key,
        Err(e) => {
            report_error(&e.render(text));
            return Ok(Outcome::Failed);
        }
    };
    let case_ids: Vec<String> = key.iter().map(|k| k.id.clone()).collect();
    let key_set = grade::key_set(&key);
    let key_name = path_name(&job.key);
    let (paths, mut problems, class) = expand(&job.sheets);
    let mut out = io::BufWriter::new(io::stdout().lock());
    let mut marked: Vec<Marks> = Vec::new();
    for (path, listed) in &paths {
        let source = path_name(path);
        let student = path
            .file_stem()
            .map_or_else(|| source.clone(), |s| s.to_string_lossy().into_owned());
        let sheet = read(path, *listed)
            .and_then(|bytes| same_set(&source, &bytes, key_set.as_deref()).map(|()| bytes))
            .and_then(|bytes| read_sheet(&source, &bytes, &case_ids));
        match sheet {
            Ok(sheet) => {
                let marks = grade::mark(&student, &source, &sheet, &key, text);
                match (job.format, class) {
                    (GradeFormat::Json, _) => {
                        writeln!(out, "{}", report::sheet_json(&marks, opts.lang)?)?;
                    }
                    (GradeFormat::Table, false) => {
                        write!(
                            out,
                            "{}",
                            report::sheet(&marks, &key_name, Layout::Table, opts)
                        )?;
                    }
                    (GradeFormat::Markdown, false) => {
                        write!(
                            out,
                            "{}",
                            report::sheet(&marks, &key_name, Layout::Markdown, opts)
                        )?;
                    }
                    _ => {}
                }
                marked.push(marks);
            }
            Err(e) => {
                out.flush()?;
                problems.push(e);
            }
        }
    }
    for p in &problems {
        report_error(&p.render(text));
    }
    if class {
        let missed = most_missed(&marked, MOST_MISSED);
        match job.format {
            GradeFormat::Json => {
                let line = report::summary_json(&marked, problems.len(), &missed, opts.lang)?;
                writeln!(out, "{line}")?;
            }
            GradeFormat::Table => {
                write!(
                    out,
                    "{}",
                    report::class(&marked, &missed, &key_name, Layout::Table, opts)
                )?;
            }
            GradeFormat::Markdown => {
                let page = report::class(&marked, &missed, &key_name, Layout::Markdown, opts);
                write!(out, "{page}")?;
            }
        }
    }
    out.flush()?;
    if class && !problems.is_empty() {
        report_error(&text.sheets_failed(problems.len(), problems.len() + marked.len()));
    }
    if problems.is_empty() {
        Ok(Outcome::Advised)
    } else {
        Ok(Outcome::Failed)
    }
}
