//! Writing a set: its directory is checked first (a file of the set that exists needs
//! `--force`; a file that no set has, or a profile in `profiles/` that is not part of
//! this set, is never removed or left to mix with it, even with `--force`; a link, a
//! directory or a device where a file of the set goes is refused), then the set is
//! written into a temporary directory beside its own and swapped in whole
//! (`write::swap_in_dir`): a failed run leaves the old set as it was, and two
//! runs never mix.

use std::fs;
use std::io;
use std::path::{Path, PathBuf};

use crate::console::path_name;
use crate::problem::IoFailure;
use crate::teach::sheet::{Failure, TeachIssue};
use crate::write::{self, Found};

/// The directory of a set's case profiles.
const PROFILES: &str = "profiles";

fn write_failed(path: &Path, failure: IoFailure) -> Failure {
    Failure::whole(&path_name(path), TeachIssue::WriteFailed { failure })
}

/// The names in a directory, in order; a directory that cannot be listed is a failure.
fn names(dir: &Path) -> Result<Vec<String>, Failure> {
    let entries = fs::read_dir(dir).map_err(|e| write_failed(dir, IoFailure::of(&e)))?;
    let mut names: Vec<String> = entries
        .filter_map(Result::ok)
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    Ok(names)
}

/// What stands in the way of writing `files` as the directory `dir`.
fn conflicts(dir: &Path, files: &[(String, String)], force: bool) -> Vec<Failure> {
    let mut problems = Vec::new();
    match fs::symlink_metadata(dir) {
        Err(e) if e.kind() == io::ErrorKind::NotFound => return problems,
        Err(e) => return vec![write_failed(dir, IoFailure::of(&e))],
        Ok(meta) if meta.file_type().is_symlink() => {
            return vec![write_failed(dir, IoFailure::Symlink)];
        }
        Ok(meta) if !meta.is_dir() => return vec![write_failed(dir, IoFailure::NotADirectory)],
        Ok(_) => {}
    }
    let in_set = |name: &str| files.iter().any(|(f, _)| f == name);
    // A file of the set that is there: a regular file, replaced with --force only.
    let existing = |path: &Path, problems: &mut Vec<Failure>| match write::inspect(path) {
        Ok(Found::Nothing) => {}
        Ok(Found::File) if force => {}
        Ok(Found::File) => problems.push(Failure::whole(&path_name(path), TeachIssue::Exists)),
        Err(failure) => problems.push(write_failed(path, failure)),
    };
    let top = match names(dir) {
        Ok(names) => names,
        Err(failure) => return vec![failure],
    };
    for name in top {
        let path = dir.join(&name);
        if name == PROFILES {
            match fs::symlink_metadata(&path) {
                Ok(meta) if meta.file_type().is_symlink() => {
                    problems.push(write_failed(&path, IoFailure::Symlink));
                    continue;
                }
                Ok(meta) if !meta.is_dir() => {
                    problems.push(write_failed(&path, IoFailure::NotADirectory));
                    continue;
                }
                Ok(_) => {}
                Err(e) => {
                    problems.push(write_failed(&path, IoFailure::of(&e)));
                    continue;
                }
            }
            let inner = match names(&path) {
                Ok(names) => names,
                Err(failure) => {
                    problems.push(failure);
                    continue;
                }
            };
            for inner_name in inner {
                let file = path.join(&inner_name);
                if in_set(&format!("{PROFILES}/{inner_name}")) {
                    existing(&file, &mut problems);
                } else if Path::new(&inner_name)
                    .extension()
                    .is_some_and(|e| e == "toml")
                {
                    problems.push(Failure::whole(&path_name(&file), TeachIssue::NotInSet));
                } else {
                    problems.push(Failure::whole(&path_name(&file), TeachIssue::NotOfASet));
                }
            }
        } else if in_set(&name) {
            existing(&path, &mut problems);
        } else {
            problems.push(Failure::whole(&path_name(&path), TeachIssue::NotOfASet));
        }
    }
    problems
}

/// Writes the set; on success, the paths written in order.
pub(crate) fn write_set(
    dir: &Path,
    files: &[(String, String)],
    force: bool,
) -> Result<Vec<PathBuf>, Vec<Failure>> {
    let problems = conflicts(dir, files, force);
    if !problems.is_empty() {
        return Err(problems);
    }
    write::swap_in_dir(dir, files, force).map_err(|swap| {
        // Named by where it would have gone, never by the temporary directory.
        let path = swap.file.map_or_else(|| dir.to_path_buf(), |f| dir.join(f));
        vec![write_failed(&path, swap.failure)]
    })?;
    Ok(files.iter().map(|(name, _)| dir.join(name)).collect())
}
