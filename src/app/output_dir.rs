//! `--output-dir DIR`: one file per profile, named after it (`client.toml` →
//! `DIR/client.html`, standard input → `DIR/stdin.html`, a row of `clients.csv`
//! after the enterprise's name: `华东精密机械有限公司` → `DIR/华东精密机械有限公司.html`,
//! `Pacific Instruments, Inc.` → `DIR/Pacific-Instruments-Inc.html`; see
//! [`safe_stem`]). Two rows that give one name both get their row number appended
//! (`Acme-3`, `Acme-7`). Every name is checked
//! before anything is written: two profiles that would share a file, a file that
//! exists (without `--force`), or a link, a directory or a device at a name (even
//! with `--force`) stop the run. Each file is written whole or not at all, and
//! claims its name without replacing a file that appeared meanwhile
//! ([`crate::write`]). The directory is made with the first report: a run that
//! advises nothing leaves none.

use std::collections::HashMap;
use std::ffi::OsString;
use std::io::{self, Write};
use std::path::{Path, PathBuf};

use super::{
    Input, OUTPUT_BUFFER, Options, Outcome, Stop, for_each_profile, path_name, renderer,
    report_error,
};
use crate::options::Format;
use crate::problem::{IoFailure, OutputFailure};
use crate::profile::ProfileError;
use crate::write::{self, Found};

/// Where each profile goes: by input, in input order (`None` for an input that is
/// already an error, or a sheet); and each row of a sheet by its source
/// (`clients.csv:3`).
#[derive(Debug, Default)]
pub(super) struct Targets {
    by_input: Vec<Option<PathBuf>>,
    by_row: HashMap<String, PathBuf>,
}

impl Targets {
    fn of(&self, input: usize, source: &str) -> Option<&PathBuf> {
        self.by_row
            .get(source)
            .or_else(|| self.by_input.get(input).and_then(Option::as_ref))
    }
}

/// Reads every sheet among the inputs once, whole, so that every row's file can be
/// named before any is written (two rows that give one name both get their row
/// number) and the rows advised are the rows named: a sheet is never read twice (a
/// FIFO could not be, and rows added between two readings would be lost). Memory
/// holds a sheet's checked profiles, one file's worth each.
fn read_sheets(
    inputs: Vec<Result<Input, ProfileError>>,
    sheet: Option<&str>,
) -> Vec<Result<Input, ProfileError>> {
    inputs
        .into_iter()
        .map(|input| match input {
            Ok(Input::Sheet(path, kind)) => {
                let mut rows = Vec::new();
                let Ok(()) = crate::sheet::read_sheet::<std::convert::Infallible>(
                    &path,
                    kind,
                    sheet,
                    &mut |row| {
                        rows.push(row);
                        Ok(())
                    },
                );
                // A sheet refused as a whole (it cannot be read to its end, or it
                // expands past its budget) gives no file: only what went wrong.
                let refused = rows.iter().any(|row| {
                    row.as_ref()
                        .is_err_and(|e| !crate::sheet::names_a_row(&e.source))
                });
                if refused {
                    rows.retain(Result::is_err);
                }
                Ok(Input::ReadSheet(path, rows))
            }
            input => input,
        })
        .collect()
}

/// The advised rows of a sheet already read as (source, row number, stem from the
/// name); a bad row gets no file (it is never written).
fn sheet_rows(rows: &[crate::sheet::RowResult]) -> Vec<(String, String, Option<String>)> {
    rows.iter()
        .filter_map(|row| {
            let (source, profile) = row.as_ref().ok()?;
            let (_, number) = source.rsplit_once(':')?;
            number.chars().all(|c| c.is_ascii_digit()).then(|| {
                (
                    source.clone(),
                    number.to_string(),
                    crate::write::safe_stem(&profile.name),
                )
            })
        })
        .collect()
}

/// Longest file name, in bytes, on every common file system.
const MAX_NAME_BYTES: usize = 255;

/// `stem` cut (at a character boundary) so that with `suffix` bytes after it the
/// name stays within [`MAX_NAME_BYTES`]: a sheet of a 251-byte name whose row has
/// no letter in its name (`!!!`) is named after the sheet and the row, and that
/// with `.html` was past the limit (the sheet's name is cut, the row's number
/// kept); a profile `NAME.toml` of 255 bytes becomes `NAME.html` cut alike. Two
/// names cut alike are told as a clash. A stem that is not UTF-8 is left whole
/// (the write then says the name is too long).
fn fit_stem(stem: OsString, suffix: usize) -> OsString {
    let room = MAX_NAME_BYTES.saturating_sub(suffix);
    match stem.to_str() {
        Some(text) if text.len() > room => {
            let mut end = room;
            while !text.is_char_boundary(end) {
                end -= 1;
            }
            OsString::from(&text[..end])
        }
        _ => stem,
    }
}

/// The file each profile is written to; every problem found when any is found (then
/// nothing may be written).
pub(super) fn plan(
    inputs: &[Result<Input, ProfileError>],
    dir: &Path,
    format: Format,
    force: bool,
) -> Result<Targets, Vec<OutputFailure>> {
    if dir.exists() && !dir.is_dir() {
        return Err(vec![OutputFailure::Directory {
            path: path_name(dir),
            error: IoFailure::NotADirectory,
        }]);
    }
    let mut failures = Vec::new();
    let mut targets = Targets::default();
    // By name without regard to case: on the file systems of Windows and macOS
    // `Client.html` and `client.html` are one file.
    let mut taken: HashMap<String, String> = HashMap::new();
    let mut claim = |stem: OsString, source: String, failures: &mut Vec<OutputFailure>| {
        let mut name = fit_stem(stem, format.extension().len() + 1);
        name.push(".");
        name.push(format.extension());
        let target = dir.join(&name);
        let key = name.to_string_lossy().to_lowercase();
        match taken.get(&key) {
            Some(first) => failures.push(OutputFailure::Clash {
                path: path_name(&target),
                first: first.clone(),
                second: source,
            }),
            None => {
                taken.insert(key, source);
                match write::inspect(&target) {
                    Ok(Found::Nothing) => {}
                    Ok(Found::File) if force => {}
                    Ok(Found::File) => failures.push(OutputFailure::Exists {
                        path: path_name(&target),
                    }),
                    Err(error) => failures.push(OutputFailure::File {
                        path: path_name(&target),
                        error,
                    }),
                }
            }
        }
        target
    };
    // A report takes its profile's file name; one holding a control or invisible
    // character (`evil\e]0;x.toml`) takes the safe stem instead, so that the path
    // printed, escaped, is the path written.
    let stem_of = |path: &Path| {
        let stem = path.file_stem().map_or_else(
            || OsString::from(path.as_os_str()),
            std::ffi::OsStr::to_os_string,
        );
        match stem.to_str() {
            Some(text) if crate::quote::shown(text) != text => {
                crate::write::safe_stem(text).map_or(stem, OsString::from)
            }
            _ => stem,
        }
    };
    for input in inputs {
        match input {
            Ok(Input::Stdin) => {
                let target = claim(OsString::from("stdin"), "-".to_string(), &mut failures);
                targets.by_input.push(Some(target));
            }
            Ok(Input::File(path) | Input::Listed(path)) => {
                let target = claim(stem_of(path), path_name(path), &mut failures);
                targets.by_input.push(Some(target));
            }
            Ok(Input::ReadSheet(path, rows)) => {
                let rows = sheet_rows(rows);
                // Names given by more than one row, without regard to case.
                let mut uses: HashMap<String, usize> = HashMap::new();
                for (_, _, name) in &rows {
                    if let Some(name) = name {
                        *uses.entry(name.to_lowercase()).or_default() += 1;
                    }
                }
                for (source, row, name) in rows {
                    let stem = match name {
                        Some(name) if uses.get(&name.to_lowercase()) == Some(&1) => {
                            OsString::from(name)
                        }
                        Some(name) => OsString::from(format!("{name}-{row}")),
                        None => {
                            // The sheet's name is cut, not the row's number.
                            let suffix = format!("-{row}");
                            let extension = format.extension().len() + 1;
                            let mut stem = fit_stem(stem_of(path), suffix.len() + extension);
                            stem.push(suffix);
                            stem
                        }
                    };
                    let target = claim(stem, source.clone(), &mut failures);
                    targets.by_row.insert(source, target);
                }
                targets.by_input.push(None);
            }
            // An input that cannot even be listed gets no file; its error is
            // reported when the batch reaches it. Every sheet is read before the
            // plan ([`read_sheets`]): one that was not has no rows to name.
            Ok(Input::Sheet(..)) | Err(_) => targets.by_input.push(None),
        }
    }
    if !failures.is_empty() {
        return Err(failures);
    }
    Ok(targets)
}

/// Advises every input into its own file in `dir`, once every name is checked;
/// the paths written go to standard output.
pub(super) fn advise_into(
    inputs: Vec<Result<Input, ProfileError>>,
    sheet: Option<&str>,
    options: &Options,
    dir: &Path,
    force: bool,
) -> Result<Outcome, Stop> {
    let text = options.render.catalog();
    let inputs = read_sheets(inputs, sheet);
    let targets = match plan(&inputs, dir, options.format, force) {
        Ok(targets) => targets,
        Err(failures) => {
            for failure in &failures {
                report_error(&text.output_failed(failure));
            }
            return Ok(Outcome::Failed);
        }
    };
    let mut out = io::BufWriter::with_capacity(OUTPUT_BUFFER, io::stdout().lock());
    let renderer = renderer(options);
    // Made with the first report; once it could not be, the reports that follow fail
    // without repeating why.
    let mut dir_ready: Option<bool> = None;
    for_each_profile(
        inputs,
        sheet,
        &options.rules,
        text,
        &mut out,
        |i, report, out| {
            // Every profile that reaches the sink was planned a file.
            let Some(target) = targets.of(i, report.source) else {
                return Ok(false);
            };
            let content = renderer.to_bytes(report)?;
            let ready = *dir_ready.get_or_insert_with(|| match write::create_dir_all(dir) {
                Ok(()) => true,
                Err(error) => {
                    let failure = OutputFailure::Directory {
                        path: path_name(dir),
                        error,
                    };
                    report_error(&text.output_failed(&failure));
                    false
                }
            });
            if !ready {
                return Ok(false);
            }
            match write::write_file(target, &content, force) {
                Ok(()) => {
                    super::consultant_notes(report, options);
                    writeln!(out, "{}", path_name(target))?;
                    Ok(true)
                }
                Err(error) => {
                    out.flush()?;
                    let path = path_name(target);
                    let failure = if error == IoFailure::Exists {
                        OutputFailure::Appeared { path }
                    } else {
                        OutputFailure::File { path, error }
                    };
                    report_error(&text.output_failed(&failure));
                    Ok(false)
                }
            }
        },
    )
    .and_then(|outcome| {
        out.flush()?;
        Ok(outcome)
    })
}
