//! The inputs the arguments stand for: standard input, files, the `*.toml` files and
//! sheets of a directory, and a sheet of one profile a row; each read whole within
//! the size limit, its failure worded as a problem of that input. In a directory only
//! regular files (or links to them) are read: a FIFO or a device there is refused by
//! name, never waited on (a FIFO named on the command line, as `<(...)` gives, is read).

use std::ffi::OsStr;
use std::io::{self, Read};
use std::path::{Path, PathBuf};

use super::{path_name, unreadable};
use crate::problem::{IoFailure, Issue, NotRegularFile, Unreadable};
use crate::profile::{MAX_PROFILE_BYTES, ProfileError};
use crate::sheet::SheetKind;

/// A profile to read: a file or standard input.
pub enum Input {
    Stdin,
    /// A file named on the command line.
    File(PathBuf),
    /// A profile found in a directory: read only if it is a regular file.
    Listed(PathBuf),
    Sheet(PathBuf, SheetKind),
    /// A sheet already read, every row's profile or problems in order: `--output-dir`
    /// names every row's file before it writes any, and reads each input once (a
    /// sheet from a FIFO cannot be read twice, and one that changed between two
    /// readings would lose rows).
    ReadSheet(PathBuf, Vec<crate::sheet::RowResult>),
}

/// Whether an argument names standard input: `-`, or one of the names the system
/// gives it (which read the same stream, and so can be read only once too).
pub(crate) fn names_stdin(arg: &Path) -> bool {
    let arg = arg.as_os_str();
    arg == "-" || arg == "/dev/stdin" || arg == "/dev/fd/0" || arg == "/proc/self/fd/0"
}

impl Input {
    /// Whether reading this input reads standard input.
    pub(crate) fn reads_stdin(&self) -> bool {
        match self {
            Input::Stdin => true,
            Input::File(path) => names_stdin(path),
            Input::Listed(_) | Input::Sheet(..) | Input::ReadSheet(..) => false,
        }
    }
}

/// Every input the arguments stand for, in order.
pub fn expand_all(args: &[PathBuf]) -> Vec<Result<Input, ProfileError>> {
    args.iter().flat_map(|arg| expand(arg)).collect()
}

/// The inputs an argument stands for: `-`, a file, or the `*.toml` files of a directory.
pub(crate) fn expand(arg: &Path) -> Vec<Result<Input, ProfileError>> {
    if arg.as_os_str() == "-" {
        return vec![Ok(Input::Stdin)];
    }
    if !arg.is_dir() {
        return vec![Ok(match SheetKind::of(arg) {
            Some(kind) => Input::Sheet(arg.to_path_buf(), kind),
            None => Input::File(arg.to_path_buf()),
        })];
    }
    let source = path_name(arg);
    let entries = match std::fs::read_dir(arg) {
        Ok(entries) => entries,
        Err(e) => return vec![Err(unreadable(&source, Unreadable::Directory, &e))],
    };
    // The listing knows each entry's type: no extra system call per file but for
    // links, whose target is looked at.
    let mut files: Vec<(PathBuf, Option<IoFailure>)> = entries
        .filter_map(Result::ok)
        .filter(|entry| {
            let path = entry.path();
            path.extension() == Some(OsStr::new("toml")) || is_sheet(&path)
        })
        .filter_map(|entry| {
            let kind = match entry.file_type() {
                Ok(kind) if kind.is_symlink() => {
                    std::fs::metadata(entry.path()).map(|m| m.file_type())
                }
                other => other,
            };
            match kind {
                Ok(kind) if kind.is_dir() => None,
                Ok(kind) if kind.is_file() => Some((entry.path(), None)),
                Ok(_) => Some((entry.path(), Some(IoFailure::NotRegular))),
                Err(e) => Some((entry.path(), Some(IoFailure::of(&e)))),
            }
        })
        .collect();
    // In name order. All share the directory, so comparing the whole paths' bytes
    // orders them as their names would, without parsing each path into components
    // at every comparison (PathBuf's own order: ~30 ms for 10,000 files).
    files.sort_unstable_by(|a, b| a.0.as_os_str().cmp(b.0.as_os_str()));
    if files.is_empty() {
        return vec![Err(ProfileError::whole_file(
            &source,
            Issue::EmptyDirectory,
        ))];
    }
    files
        .into_iter()
        .map(|(f, failure)| match (failure, SheetKind::of(&f)) {
            (Some(error), _) => Err(ProfileError::whole_file(
                &path_name(&f),
                Issue::Unreadable {
                    what: Unreadable::Profile,
                    error,
                },
            )),
            (None, Some(kind)) => Ok(Input::Sheet(f, kind)),
            (None, None) => Ok(Input::Listed(f)),
        })
        .collect()
}

/// A sheet in a directory: by extension, but not the `~$name.xlsx` lock file Excel
/// keeps beside a workbook it has open.
fn is_sheet(path: &Path) -> bool {
    let lock = path
        .file_name()
        .and_then(|n| n.to_str())
        .is_some_and(|n| n.starts_with("~$"));
    SheetKind::of(path).is_some() && !lock
}

/// Reads at most one byte more than a profile may have, so a huge file or an
/// endless device cannot exhaust memory.
pub(crate) fn read_limited(path: &Path) -> io::Result<Vec<u8>> {
    read_from(std::fs::File::open(path)?)
}

/// Opens a file found in a directory: without waiting (a FIFO is not waited on for a
/// writer), and only a regular file.
pub(crate) fn open_listed(path: &Path) -> io::Result<std::fs::File> {
    let mut options = std::fs::OpenOptions::new();
    options.read(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.custom_flags(rustix::fs::OFlags::NONBLOCK.bits() as i32);
    }
    let file = options.open(path)?;
    let kind = file.metadata()?.file_type();
    if kind.is_dir() {
        return Err(io::ErrorKind::IsADirectory.into());
    }
    if !kind.is_file() {
        return Err(NotRegularFile::error());
    }
    // O_NONBLOCK means nothing to a regular file's reads.
    Ok(file)
}

fn read_from(file: std::fs::File) -> io::Result<Vec<u8>> {
    // Opening a directory succeeds on some systems; reading it is never a profile.
    if file.metadata().is_ok_and(|m| m.is_dir()) {
        return Err(io::ErrorKind::IsADirectory.into());
    }
    // The size as a hint, so a profile is read in one call rather than grown into.
    let limit = MAX_PROFILE_BYTES as u64 + 1;
    let hint = file.metadata().map_or(0, |m| m.len()).min(limit);
    let mut bytes = Vec::with_capacity(usize::try_from(hint).unwrap_or(0) + 1);
    file.take(limit).read_to_end(&mut bytes)?;
    Ok(bytes)
}

/// Reads one input: its name for messages, and its bytes.
pub(crate) fn read_input(input: &Input) -> Result<(String, Vec<u8>), ProfileError> {
    match input {
        Input::Stdin => {
            let mut bytes = Vec::new();
            io::stdin()
                .lock()
                .take(MAX_PROFILE_BYTES as u64 + 1)
                .read_to_end(&mut bytes)
                .map_err(|e| unreadable("-", Unreadable::Stdin, &e))?;
            Ok(("-".to_string(), bytes))
        }
        // A sheet is read row by row (`sheet::read_sheet`), never here.
        Input::File(path) | Input::Sheet(path, _) | Input::ReadSheet(path, _) => {
            let source = path_name(path);
            let bytes =
                read_limited(path).map_err(|e| unreadable(&source, Unreadable::Profile, &e))?;
            Ok((source, bytes))
        }
        Input::Listed(path) => {
            let source = path_name(path);
            let bytes = open_listed(path)
                .and_then(read_from)
                .map_err(|e| unreadable(&source, Unreadable::Profile, &e))?;
            Ok((source, bytes))
        }
    }
}
