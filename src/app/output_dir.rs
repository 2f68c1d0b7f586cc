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

/// Longest stem made from an enterprise's name, in bytes (UTF-8): with the row
/// number and the extension far below the 255 bytes every file system allows.
const MAX_STEM_BYTES: usize = 80;

/// Names Windows keeps for devices, whatever the extension (`CON.html` is the
/// console): a stem that is one of them, in any case, gets a suffix.
const RESERVED: &[&str] = &[
    "CON", "PRN", "AUX", "NUL", "COM0", "COM1", "COM2", "COM3", "COM4", "COM5", "COM6", "COM7",
    "COM8", "COM9", "LPT0", "LPT1", "LPT2", "LPT3", "LPT4", "LPT5", "LPT6", "LPT7", "LPT8", "LPT9",
];

/// A file stem from an enterprise's name, safe on every common file system
/// (ext4, APFS, NTFS, FAT, SMB): letters and digits of any script (CJK included)
/// are kept; every other character (spaces, punctuation, `/`, `\`, `:`, `.`,
/// control characters) becomes `-`; runs of `-` become one and none is left at
/// either end; at most `MAX_STEM_BYTES`, cut at a character boundary; a
/// Windows-reserved name gets `-enterprise` appended. `None` when nothing is left
/// (a name of punctuation only): the row is then named after the sheet and its row.
pub fn safe_stem(name: &str) -> Option<String> {
    let mut stem = String::new();
    for c in name.chars() {
        if c.is_alphanumeric() {
            stem.push(c);
        } else if !stem.is_empty() && !stem.ends_with('-') {
            stem.push('-');
        }
    }
    if stem.len() > MAX_STEM_BYTES {
        let mut end = MAX_STEM_BYTES;
        while !stem.is_char_boundary(end) {
            end -= 1;
        }
        stem.truncate(end);
    }
    let stem = stem.trim_end_matches('-');
    if stem.is_empty() {
        return None;
    }
    if RESERVED.iter().any(|r| r.eq_ignore_ascii_case(stem)) {
        return Some(format!("{stem}-enterprise"));
    }
    Some(stem.to_string())
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
            number
                .chars()
                .all(|c| c.is_ascii_digit())
                .then(|| (source.clone(), number.to_string(), safe_stem(&profile.name)))
        })
        .collect()
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
        let mut name = stem;
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
    let stem_of = |path: &Path| {
        path.file_stem().map_or_else(
            || OsString::from(path.as_os_str()),
            std::ffi::OsStr::to_os_string,
        )
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
                            let mut stem = stem_of(path);
                            stem.push(format!("-{row}"));
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
            let content = renderer.render(report)?;
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

#[cfg(test)]
mod tests {
    use super::safe_stem;

    #[test]
    fn stems_keep_letters_digits_and_cjk() {
        assert_eq!(
            safe_stem("华东精密机械有限公司").as_deref(),
            Some("华东精密机械有限公司")
        );
        assert_eq!(
            safe_stem("Pacific Instruments, Inc.").as_deref(),
            Some("Pacific-Instruments-Inc")
        );
        assert_eq!(
            safe_stem("  a / b \\ c: d?*\"<>|\u{7}  ").as_deref(),
            Some("a-b-c-d")
        );
        assert_eq!(safe_stem("../../etc/passwd").as_deref(), Some("etc-passwd"));
        assert_eq!(safe_stem("..."), None);
        assert_eq!(safe_stem(""), None);
    }

    #[test]
    fn stems_avoid_reserved_names_and_stay_short() {
        assert_eq!(safe_stem("con").as_deref(), Some("con-enterprise"));
        assert_eq!(safe_stem("NUL.").as_deref(), Some("NUL-enterprise"));
        assert_eq!(safe_stem("COM1").as_deref(), Some("COM1-enterprise"));
        assert_eq!(safe_stem("Console").as_deref(), Some("Console"));
        let long = "华".repeat(40);
        let stem = safe_stem(&long).unwrap();
        assert!(stem.len() <= 80);
        assert_eq!(stem, "华".repeat(26));
        let spaced = format!("{} b", "a".repeat(80));
        assert_eq!(safe_stem(&spaced).unwrap(), "a".repeat(80));
    }
}
