//! Every file the tool writes goes through here: reports (`--output-dir`), `compare
//! --output`, `interview --output` and class sets (`exercise`).
//!
//! - What is written goes first to a temporary file of a random name, created
//!   exclusively (`O_CREAT | O_EXCL | O_NOFOLLOW`) in the target's own directory: a
//!   link planted there, at a guessed name or any other, is never followed.
//! - The final name is claimed without replacing anything (`renameat2` with
//!   `RENAME_NOREPLACE` where the system has it, else a hard link and an unlink; on
//!   a file system with neither, the name is checked and then renamed). A file that
//!   appears meanwhile (another run) is kept, and the claim fails.
//! - With `--force`, a regular file is replaced by one rename (never half-written);
//!   a symbolic link, a directory, a pipe or a device is never replaced or written
//!   through.
//! - A set of files is written into a temporary directory beside its own and swapped
//!   in whole (see [`swap_in_dir`]).
//!
//! - A run ended by a signal removes what it had begun ([`leftovers`]).
//!
//! Failures are [`IoFailure`]s: what happened, never the system's message (English,
//! naming the temporary file).

use std::fs::{self, File, OpenOptions};
use std::io::{self, BufWriter, Write};
use std::path::{Path, PathBuf};

use tempfile::{Builder, NamedTempFile, TempDir};

use crate::problem::IoFailure;

mod leftovers;

use leftovers::{Leftover, Tracked, holding};

/// The names of the temporary files and directories: short and fixed, so that a
/// target's name of up to 255 bytes leaves the temporary name within the limit.
const PREFIX: &str = ".kam-advise-";
/// Random characters in a temporary name (62 possible each).
const RANDOM: usize = 12;

/// What is at a name the tool is to write.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Found {
    /// Nothing: the name is free.
    Nothing,
    /// A regular file (replaced only with `--force`).
    File,
}

/// What is at `path`, without following a link: nothing, a regular file, or why it
/// may not be written (a link, a directory, a pipe, a device).
pub(crate) fn inspect(path: &Path) -> Result<Found, IoFailure> {
    if ends_with_separator(path) {
        // `out/` names a directory, even one that does not exist yet.
        return Err(IoFailure::IsDirectory);
    }
    match fs::symlink_metadata(path) {
        Err(e) if e.kind() == io::ErrorKind::NotFound => Ok(Found::Nothing),
        Err(e) => Err(IoFailure::of(&e)),
        Ok(meta) => {
            let kind = meta.file_type();
            if kind.is_symlink() {
                Err(IoFailure::Symlink)
            } else if kind.is_dir() {
                Err(IoFailure::IsDirectory)
            } else if kind.is_file() {
                Ok(Found::File)
            } else {
                Err(IoFailure::NotRegular)
            }
        }
    }
}

fn ends_with_separator(path: &Path) -> bool {
    let text = path.as_os_str().as_encoded_bytes();
    text.last()
        .is_some_and(|b| *b == b'/' || (cfg!(windows) && *b == b'\\'))
}

/// The directory a file is written in: its parent, or the current directory.
fn parent_of(path: &Path) -> &Path {
    match path.parent() {
        Some(parent) if !parent.as_os_str().is_empty() => parent,
        _ => Path::new("."),
    }
}

/// Creates a new file at `path`, failing if anything (a link included) is there.
fn create_exclusive(path: &Path) -> io::Result<File> {
    let mut options = OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    {
        use rustix::fs::OFlags;
        use std::os::unix::fs::OpenOptionsExt;
        // 0666 less the umask, as any file the user makes (tempfile's own is 0600).
        options.mode(0o666);
        // O_EXCL already refuses a link at the name; O_NOFOLLOW says so twice.
        options.custom_flags((OFlags::NOFOLLOW | OFlags::CLOEXEC).bits() as i32);
    }
    options.open(path)
}

/// A file being written: a temporary file beside the target. Claimed, it takes the
/// target's name; dropped unclaimed (a failed run), it is removed.
pub(crate) struct Pending {
    temp: NamedTempFile<BufWriter<File>>,
    target: PathBuf,
    /// Listed for a signal's cleanup while it exists.
    tracked: Tracked,
}

impl Pending {
    /// Starts writing `target`: a temporary file in its directory, which must exist.
    pub(crate) fn new(target: &Path) -> Result<Pending, IoFailure> {
        let (temp, tracked) = holding(|registry| {
            let temp = Builder::new()
                .prefix(PREFIX)
                .suffix(".tmp")
                .rand_bytes(RANDOM)
                .make_in(parent_of(target), |path| {
                    create_exclusive(path).map(|file| BufWriter::with_capacity(64 * 1024, file))
                })
                .map_err(|e| IoFailure::of(&e))?;
            let tracked = registry.track(Leftover::File(temp.path().to_path_buf()));
            Ok::<_, IoFailure>((temp, tracked))
        })?;
        Ok(Pending {
            temp,
            target: target.to_path_buf(),
            tracked,
        })
    }

    /// Gives the file its final name: only if that name is free, or with `replace`
    /// over a regular file (never a link, a directory or a device). A file that
    /// appeared at the name meanwhile fails the claim with [`IoFailure::Exists`].
    pub(crate) fn claim(mut self, replace: bool) -> Result<(), IoFailure> {
        self.temp
            .as_file_mut()
            .flush()
            .map_err(|e| IoFailure::of(&e))?;
        let Pending {
            temp,
            target,
            tracked,
        } = self;
        holding(|registry| {
            let claimed = Self::rename(temp, &target, replace);
            registry.forget(tracked);
            claimed
        })
    }

    /// The rename that ends the write (see [`Pending::claim`]).
    fn rename(
        temp: NamedTempFile<BufWriter<File>>,
        target: &Path,
        replace: bool,
    ) -> Result<(), IoFailure> {
        if replace {
            inspect(target)?;
            // The file replaced keeps its permissions (a 0600 report stays 0600).
            keep_mode(target, temp.path());
            return temp
                .persist(target)
                .map(drop)
                .map_err(|e| IoFailure::of(&e.error));
        }
        match temp.persist_noclobber(target) {
            Ok(_) => Ok(()),
            Err(e) if e.error.kind() == io::ErrorKind::AlreadyExists => Err(IoFailure::Exists),
            // A file system without hard links or RENAME_NOREPLACE (FAT, some network
            // shares): the name is checked, then renamed to.
            Err(e) => {
                let temp = e.file;
                match inspect(target)? {
                    Found::Nothing => temp
                        .persist(target)
                        .map(drop)
                        .map_err(|e| IoFailure::of(&e.error)),
                    Found::File => Err(IoFailure::Exists),
                }
            }
        }
    }
}

impl Write for Pending {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        self.temp.as_file_mut().write(buf)
    }

    fn write_all(&mut self, buf: &[u8]) -> io::Result<()> {
        self.temp.as_file_mut().write_all(buf)
    }

    fn flush(&mut self) -> io::Result<()> {
        self.temp.as_file_mut().flush()
    }
}

/// Writes `contents` to `target` whole or not at all: see [`Pending`].
pub(crate) fn write_file(target: &Path, contents: &[u8], replace: bool) -> Result<(), IoFailure> {
    let mut pending = Pending::new(target)?;
    pending.write_all(contents).map_err(|e| IoFailure::of(&e))?;
    pending.claim(replace)
}

/// Makes a directory and its parents (an existing one is fine).
pub(crate) fn create_dir_all(dir: &Path) -> Result<(), IoFailure> {
    fs::create_dir_all(dir).map_err(|e| IoFailure::of(&e))
}

/// Renames a directory to a name that must be free: `renameat2` with
/// `RENAME_NOREPLACE` where there is one; elsewhere `rename`, which replaces no
/// directory that holds anything and no file.
fn rename_dir_noreplace(from: &Path, to: &Path) -> io::Result<()> {
    #[cfg(any(
        target_os = "linux",
        target_os = "android",
        target_os = "macos",
        target_os = "ios"
    ))]
    {
        use rustix::fs::{CWD, RenameFlags, renameat_with};
        use rustix::io::Errno;
        match renameat_with(CWD, from, CWD, to, RenameFlags::NOREPLACE) {
            Ok(()) => return Ok(()),
            // Not supported by this kernel or file system: the portable way below.
            Err(Errno::NOSYS | Errno::INVAL | Errno::NOTSUP) => {}
            Err(e) => return Err(e.into()),
        }
    }
    if fs::symlink_metadata(to).is_ok() {
        return Err(io::ErrorKind::AlreadyExists.into());
    }
    fs::rename(from, to)
}

/// Where a failure of [`swap_in_dir`] happened, for the message: the set's
/// directory, or one of its files (by name within the set).
#[derive(Debug)]
pub(crate) struct SwapFailure {
    /// The name within the set (`profiles/case-01.toml`), or `None` for the directory.
    pub file: Option<String>,
    pub failure: IoFailure,
}

impl SwapFailure {
    fn dir(failure: IoFailure) -> SwapFailure {
        SwapFailure {
            file: None,
            failure,
        }
    }
}

/// Writes `files` (names within the set, `profiles/a.toml` included) as the directory
/// `dir`, whole or not at all: into a new directory of a random name beside `dir`,
/// which then takes `dir`'s name. When `dir` exists, it must be empty or, with
/// `replace`, hold only what the caller checked may go: it is moved aside, the new
/// set takes its name, and then it is removed; if the new set cannot take the name,
/// the old one is moved back. A concurrent run never mixes with this one: each set
/// moves as one directory.
pub(crate) fn swap_in_dir(
    dir: &Path,
    files: &[(String, String)],
    replace: bool,
) -> Result<(), SwapFailure> {
    if ends_with_separator(dir) {
        let trimmed = dir.components().as_path().to_path_buf();
        return swap_in_dir(&trimmed, files, replace);
    }
    if dir.file_name().is_none() {
        // `.` or `..`: the directory by its own name, beside which the new set is made.
        let named = fs::canonicalize(dir).map_err(|e| SwapFailure::dir(IoFailure::of(&e)))?;
        if named.file_name().is_some() {
            return swap_in_dir(&named, files, replace);
        }
        // The root: no directory beside it.
        return Err(SwapFailure::dir(IoFailure::PermissionDenied));
    }
    // The directory the user is in is never swapped away under them.
    if let (Ok(here), Ok(named)) = (std::env::current_dir(), fs::canonicalize(dir))
        && here.starts_with(&named)
    {
        return Err(SwapFailure::dir(IoFailure::HoldsCurrentDirectory));
    }
    let parent = parent_of(dir);
    create_dir_all(parent).map_err(SwapFailure::dir)?;
    let (staging, staging_tracked) = holding(|registry| {
        let staging = temp_dir(parent, "set-")?;
        let tracked = registry.track(Leftover::Dir(staging.path().to_path_buf()));
        Ok((staging, tracked))
    })
    .map_err(SwapFailure::dir)?;
    // A set replaced keeps its directory's permissions (a teacher's 0700 stays 0700).
    keep_mode(dir, staging.path());
    for (name, contents) in files {
        let path = staging.path().join(name);
        if let Some(sub) = path.parent() {
            fs::create_dir_all(sub).map_err(|e| SwapFailure::dir(IoFailure::of(&e)))?;
        }
        let written =
            create_exclusive(&path).and_then(|mut file| file.write_all(contents.as_bytes()));
        written.map_err(|e| SwapFailure {
            file: Some(name.clone()),
            failure: IoFailure::of(&e),
        })?;
        keep_mode(&dir.join(name), &path);
    }
    let old = match fs::symlink_metadata(dir) {
        Err(e) if e.kind() == io::ErrorKind::NotFound => None,
        Err(e) => return Err(SwapFailure::dir(IoFailure::of(&e))),
        Ok(meta) if meta.file_type().is_symlink() => {
            return Err(SwapFailure::dir(IoFailure::Symlink));
        }
        Ok(meta) if !meta.is_dir() => return Err(SwapFailure::dir(IoFailure::NotADirectory)),
        Ok(_) if !replace => {
            // An empty directory makes way; one that holds anything (a set written
            // meanwhile) stays, and this run fails.
            fs::remove_dir(dir).map_err(|e| match e.kind() {
                io::ErrorKind::DirectoryNotEmpty => SwapFailure::dir(IoFailure::Exists),
                _ => SwapFailure::dir(moving_failure(&e)),
            })?;
            None
        }
        Ok(_) => move_aside(dir, parent)?,
    };
    let staged = staging.keep();
    let swapped = holding(|registry| {
        let swapped = match rename_dir_noreplace(&staged, dir) {
            Ok(()) => Ok(()),
            Err(e) => {
                let failure = moving_failure(&e);
                let _ = fs::remove_dir_all(&staged);
                // The old set goes back where it was. Only another run's set, written
                // with --force in the meantime, can hold the name now: then the old
                // set was replaced by that one, and goes with its holder.
                if let Some(old) = &old {
                    let _ = rename_dir_noreplace(&old.held, dir);
                }
                Err(SwapFailure::dir(failure))
            }
        };
        registry.forget(staging_tracked);
        if let Some(old) = &old {
            // What is left of the old set is removed, by the holder's drop or by a
            // signal's cleanup, whichever comes first.
            registry.relist(&old.tracked, Leftover::Dir(old.holder.path().to_path_buf()));
        }
        swapped
    });
    // `old`, if any, is dropped here: the old set is removed with its holder.
    drop(old);
    swapped
}

/// An old set moved aside while a new one takes its name.
struct Aside {
    /// The temporary directory that holds it, removed when dropped.
    holder: TempDir,
    /// The old set, inside the holder.
    held: PathBuf,
    /// Listed for a signal's cleanup (dropped after the holder).
    tracked: Tracked,
}

/// Moves the set at `dir` into a temporary directory beside it; `None` when it was
/// moved away meanwhile (another run replacing it: the name is free).
fn move_aside(dir: &Path, parent: &Path) -> Result<Option<Aside>, SwapFailure> {
    let (holder, tracked) = holding(|registry| {
        let holder = temp_dir(parent, "old-")?;
        let tracked = registry.track(Leftover::Dir(holder.path().to_path_buf()));
        Ok((holder, tracked))
    })
    .map_err(SwapFailure::dir)?;
    let held = holder.path().join("set");
    holding(|registry| match fs::rename(dir, &held) {
        Ok(()) => {
            let aside = Leftover::Aside {
                holder: holder.path().to_path_buf(),
                held: held.clone(),
                home: dir.to_path_buf(),
            };
            registry.relist(&tracked, aside);
            Ok(true)
        }
        Err(e) if e.kind() == io::ErrorKind::NotFound => Ok(false),
        Err(e) => Err(SwapFailure::dir(moving_failure(&e))),
    })
    .map(|moved| {
        moved.then_some(Aside {
            holder,
            held,
            tracked,
        })
    })
}

/// Why a set's directory could not be moved: a mount point (or another directory the
/// system will not move) is told as such, since a set replaces its directory whole.
fn moving_failure(error: &io::Error) -> IoFailure {
    match error.kind() {
        io::ErrorKind::ResourceBusy => IoFailure::CannotMove,
        _ => IoFailure::of(error),
    }
}

/// Gives `new` the permissions `old` has, when `old` exists (Unix); what is
/// replaced keeps who may read it. Best effort: a failure leaves the new mode.
fn keep_mode(old: &Path, new: &Path) {
    #[cfg(unix)]
    if let Ok(meta) = fs::symlink_metadata(old)
        && !meta.file_type().is_symlink()
    {
        let _ = fs::set_permissions(new, meta.permissions());
    }
    #[cfg(not(unix))]
    let _ = (old, new);
}

/// A new directory of a random name in `parent`, removed when dropped.
fn temp_dir(parent: &Path, what: &str) -> Result<TempDir, IoFailure> {
    let prefix = format!("{PREFIX}{what}");
    let mut builder = Builder::new();
    builder.prefix(&prefix).rand_bytes(RANDOM);
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        // 0777 less the umask, as `mkdir` makes it (tempfile's own is 0700): the set
        // keeps the permissions a directory made by hand would have.
        builder.permissions(fs::Permissions::from_mode(0o777));
    }
    builder.tempdir_in(parent).map_err(|e| IoFailure::of(&e))
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
