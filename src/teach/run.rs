//! The two jobs of the kit, from options to output: `exercise` writes a set and prints
//! the paths written; `grade` marks one sheet or a class. Problems go to stderr in the
//! output language; one bad sheet does not stop the others.

use std::io::{self, Write};
use std::path::{Path, PathBuf};

use super::Difficulty;
use super::exercise::{self, SetSpec};
use super::files::write_set;
use super::grade::{self, Marks, most_missed};
use super::report::{self, Layout, MOST_MISSED};
use super::sheet::{Failure, TeachIssue, read_sheet};
use crate::app::{Outcome, path_name, report_error};
use crate::options::GradeFormat;
use crate::problem::IoFailure;
use crate::profile::MAX_PROFILE_BYTES;
use crate::render::RenderOptions;
use crate::text::{Catalog, Lang};

/// Why a job stopped: standard output refused a write, or a record could not be
/// serialised.
#[derive(Debug)]
pub enum Stop {
    Stdout(io::Error),
    Json(serde_json::Error),
}

impl From<io::Error> for Stop {
    fn from(e: io::Error) -> Stop {
        Stop::Stdout(e)
    }
}

impl From<serde_json::Error> for Stop {
    fn from(e: serde_json::Error) -> Stop {
        Stop::Json(e)
    }
}

/// What `kam-advise exercise` was asked for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ExerciseJob {
    pub count: usize,
    pub seed: u64,
    pub level: Difficulty,
    pub output_dir: PathBuf,
    pub force: bool,
}

/// Writes a set and prints each path written, one a line.
pub fn exercise(job: &ExerciseJob, lang: Lang, text: &dyn Catalog) -> Result<Outcome, Stop> {
    let spec = SetSpec {
        count: job.count,
        seed: job.seed,
        level: job.level,
        lang,
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

/// What `kam-advise grade` was asked for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GradeJob {
    pub sheets: Vec<PathBuf>,
    pub key: PathBuf,
    pub format: GradeFormat,
}

/// The sheets the arguments stand for: files, and the `*.toml` directly in a directory.
fn expand(args: &[PathBuf]) -> (Vec<PathBuf>, Vec<Failure>, bool) {
    let mut sheets = Vec::new();
    let mut problems = Vec::new();
    let mut class = args.len() > 1;
    for arg in args {
        if !arg.is_dir() {
            sheets.push(arg.clone());
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
        sheets.extend(found);
    }
    (sheets, problems, class)
}

fn read(path: &Path) -> Result<Vec<u8>, Failure> {
    let source = path_name(path);
    let unreadable = |e: &io::Error| {
        Failure::whole(
            &source,
            TeachIssue::Unreadable {
                failure: IoFailure::of(e),
            },
        )
    };
    let file = std::fs::File::open(path).map_err(|e| unreadable(&e))?;
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

/// Marks every sheet against the key.
pub fn grade(job: &GradeJob, opts: &RenderOptions) -> Result<Outcome, Stop> {
    let text = opts.catalog();
    let key = match grade::load_key(&job.key) {
        Ok(key) => key,
        Err(e) => {
            report_error(&e.render(text));
            return Ok(Outcome::Failed);
        }
    };
    let case_ids: Vec<String> = key.iter().map(|k| k.id.clone()).collect();
    let key_name = path_name(&job.key);
    let (paths, mut problems, class) = expand(&job.sheets);
    let mut out = io::BufWriter::new(io::stdout().lock());
    let mut marked: Vec<Marks> = Vec::new();
    for path in &paths {
        let source = path_name(path);
        let student = path
            .file_stem()
            .map_or_else(|| source.clone(), |s| s.to_string_lossy().into_owned());
        let sheet = read(path).and_then(|bytes| read_sheet(&source, &bytes, &case_ids));
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
    if problems.is_empty() {
        Ok(Outcome::Advised)
    } else {
        Ok(Outcome::Failed)
    }
}
