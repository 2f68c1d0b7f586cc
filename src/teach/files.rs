//! Writing a set: every file is checked first (an existing file needs `--force`; a
//! profile in `profiles/` that is not part of the set is never overwritten or left to
//! mix with it), then written into a temporary directory inside the output directory
//! and renamed into place, so a failed run leaves no half-written set.

use std::fs;
use std::path::{Path, PathBuf};

use super::sheet::{Failure, TeachIssue};
use crate::console::path_name;
use crate::problem::IoFailure;

fn failed(path: &Path, error: &std::io::Error) -> Failure {
    Failure::whole(
        &path_name(path),
        TeachIssue::WriteFailed {
            failure: IoFailure::of(error),
        },
    )
}

/// What stands in the way of writing `files` into `dir`.
fn conflicts(dir: &Path, files: &[(String, String)], force: bool) -> Vec<Failure> {
    let mut problems = Vec::new();
    if !force {
        for (name, _) in files {
            let path = dir.join(name);
            if path.exists() {
                problems.push(Failure::whole(&path_name(&path), TeachIssue::Exists));
            }
        }
    }
    let profiles = dir.join("profiles");
    if let Ok(entries) = fs::read_dir(&profiles) {
        let mut strangers: Vec<PathBuf> = entries
            .filter_map(Result::ok)
            .map(|e| e.path())
            .filter(|p| p.extension().is_some_and(|e| e == "toml"))
            .filter(|p| {
                let name = p
                    .file_name()
                    .map(|n| format!("profiles/{}", n.to_string_lossy()));
                !files.iter().any(|(f, _)| Some(f) == name.as_ref())
            })
            .collect();
        strangers.sort();
        for path in strangers {
            problems.push(Failure::whole(&path_name(&path), TeachIssue::NotInSet));
        }
    }
    problems
}

/// Writes the set; on success, the paths written in order.
pub fn write_set(
    dir: &Path,
    files: &[(String, String)],
    force: bool,
) -> Result<Vec<PathBuf>, Vec<Failure>> {
    let problems = conflicts(dir, files, force);
    if !problems.is_empty() {
        return Err(problems);
    }
    fs::create_dir_all(dir).map_err(|e| vec![failed(dir, &e)])?;
    let staging = dir.join(format!(".kam-advise-exercise-{}", std::process::id()));
    let result = stage_and_move(dir, &staging, files);
    // The staging directory is empty after a success; after a failure it holds what
    // was not moved. Either way it goes.
    let _ = fs::remove_dir_all(&staging);
    result.map_err(|e| vec![e])
}

fn stage_and_move(
    dir: &Path,
    staging: &Path,
    files: &[(String, String)],
) -> Result<Vec<PathBuf>, Failure> {
    for (name, contents) in files {
        let path = staging.join(name);
        if let Some(parent) = path.parent() {
            fs::create_dir_all(parent).map_err(|e| failed(parent, &e))?;
        }
        fs::write(&path, contents).map_err(|e| failed(&dir.join(name), &e))?;
    }
    let mut written = Vec::with_capacity(files.len());
    for (name, _) in files {
        let target = dir.join(name);
        if let Some(parent) = target.parent() {
            fs::create_dir_all(parent).map_err(|e| failed(parent, &e))?;
        }
        fs::rename(staging.join(name), &target).map_err(|e| failed(&target, &e))?;
        written.push(target);
    }
    Ok(written)
}
