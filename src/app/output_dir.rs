//! `--output-dir DIR`: one file per profile, named after it (`client.toml` →
//! `DIR/client.html`, standard input → `DIR/stdin.html`). Every name is checked
//! before anything is written: two profiles that would share a file, or a file that
//! exists (without `--force`), stop the run. Each file is written whole or not at
//! all: into a temporary file beside it, then renamed over the name.

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

/// The file each input is written to, in input order (`None` for an input that is
/// already an error); every problem found when any is found (then nothing may be
/// written).
pub(super) fn plan(
    inputs: &[Result<Input, ProfileError>],
    dir: &Path,
    format: Format,
    force: bool,
) -> Result<Vec<Option<PathBuf>>, Vec<OutputFailure>> {
    if dir.exists() && !dir.is_dir() {
        return Err(vec![OutputFailure::Directory {
            path: path_name(dir),
            error: IoFailure::NotADirectory,
        }]);
    }
    let mut failures = Vec::new();
    let mut targets = Vec::with_capacity(inputs.len());
    // By name without regard to case: on the file systems of Windows and macOS
    // `Client.html` and `client.html` are one file.
    let mut taken: HashMap<String, String> = HashMap::new();
    for input in inputs {
        let (stem, source) = match input {
            Ok(Input::Stdin) => (OsString::from("stdin"), "-".to_string()),
            Ok(Input::File(path)) => (
                path.file_stem().map_or_else(
                    || OsString::from(path.as_os_str()),
                    std::ffi::OsStr::to_os_string,
                ),
                path_name(path),
            ),
            // An input that cannot even be listed gets no file; its error is
            // reported when the batch reaches it.
            Err(_) => {
                targets.push(None);
                continue;
            }
        };
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
                if !force && target.symlink_metadata().is_ok() {
                    failures.push(OutputFailure::Exists {
                        path: path_name(&target),
                    });
                }
            }
        }
        targets.push(Some(target));
    }
    if !failures.is_empty() {
        return Err(failures);
    }
    std::fs::create_dir_all(dir).map_err(|e| {
        vec![OutputFailure::Directory {
            path: path_name(dir),
            error: IoFailure::of(&e),
        }]
    })?;
    Ok(targets)
}

/// Advises every input into its own file in `dir`, once every name is checked;
/// the paths written go to standard output.
pub(super) fn advise_into(
    inputs: Vec<Result<Input, ProfileError>>,
    options: &Options,
    dir: &Path,
    force: bool,
) -> Result<Outcome, Stop> {
    let text = options.render.catalog();
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
    for_each_profile(inputs, &options.rules, text, &mut out, |i, report, out| {
        // Every input that reaches the sink was planned a file.
        let Some(Some(target)) = targets.get(i) else {
            return Ok(false);
        };
        match write(target, &renderer.render(report)?) {
            Ok(()) => {
                writeln!(out, "{}", path_name(target))?;
                Ok(true)
            }
            Err(e) => {
                out.flush()?;
                let failure = OutputFailure::File {
                    path: path_name(target),
                    error: IoFailure::of(&e),
                };
                report_error(&text.output_failed(&failure));
                Ok(false)
            }
        }
    })
    .and_then(|outcome| {
        out.flush()?;
        Ok(outcome)
    })
}

/// Writes `content` to `target` whole: a temporary file in the same directory,
/// renamed over the target, so a failure leaves no half-written report.
pub(super) fn write(target: &Path, content: &str) -> io::Result<()> {
    let mut temporary = target.as_os_str().to_os_string();
    temporary.push(format!(".{}.part", std::process::id()));
    let temporary = PathBuf::from(temporary);
    let written = std::fs::File::create(&temporary)
        .and_then(|mut file| {
            file.write_all(content.as_bytes())?;
            file.flush()
        })
        .and_then(|()| std::fs::rename(&temporary, target));
    if written.is_err() {
        let _ = std::fs::remove_file(&temporary);
    }
    written
}
