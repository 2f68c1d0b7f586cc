//! Writing a file whole or not at all: the contents go to a temporary file beside
//! the target, which is then renamed into place, so a failed run leaves no
//! half-written report, portfolio or profile.

use std::io;
use std::path::Path;

/// Writes `contents` to a temporary file beside `path`, then renames it into place;
/// on failure the temporary file is removed.
pub fn write_atomically(path: &Path, contents: &[u8]) -> io::Result<()> {
    let file_name = path
        .file_name()
        .ok_or_else(|| io::Error::from(io::ErrorKind::InvalidFilename))?;
    let temp = path.with_file_name(format!(
        ".{}.{}.tmp",
        file_name.to_string_lossy(),
        std::process::id()
    ));
    let written = std::fs::write(&temp, contents).and_then(|()| std::fs::rename(&temp, path));
    if written.is_err() {
        let _ = std::fs::remove_file(&temp);
    }
    written
}
