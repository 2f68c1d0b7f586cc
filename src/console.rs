//! What every part that talks to the user on stderr or names a file shares: a
//! path as messages name it, and an error (or a warning) written one `error:` line per
//! line (错误： and 警告： in Chinese).

use std::io::{self, Write};
use std::sync::atomic::{AtomicBool, Ordering};

/// Set by the first `error:` line: a run that reported a problem never exits 0, even
/// when its standard output was closed early (`| head -1`).
static REPORTED: AtomicBool = AtomicBool::new(false);

/// Set when the output language is Chinese: errors and warnings then start with
/// 错误： and 警告： (as Chinese command-line tools write them) instead of `error:`
/// and `warning:`.
static CHINESE: AtomicBool = AtomicBool::new(false);

/// Sets the language of the `error:` and `warning:` prefixes for the rest of the run.
pub fn set_lang(lang: crate::text::Lang) {
    CHINESE.store(lang == crate::text::Lang::Zh, Ordering::Relaxed);
}

fn prefixes() -> (&'static str, &'static str) {
    if CHINESE.load(Ordering::Relaxed) {
        ("错误：", "警告：")
    } else {
        ("error: ", "warning: ")
    }
}

/// Whether this run has written an `error:` line.
pub(crate) fn error_reported() -> bool {
    REPORTED.load(Ordering::Relaxed)
}

pub use crate::quote::path_name;

/// Writes an error to stderr, one `error:` line per line of the message.
pub fn report_error(message: &str) {
    REPORTED.store(true, Ordering::Relaxed);
    let (error, _) = prefixes();
    let mut err = io::stderr().lock();
    // A user's text reaches messages in many ways (a student's answer, a file
    // name); whatever a message holds, no character of it acts on the terminal.
    for line in message.lines() {
        let _ = writeln!(err, "{error}{}", crate::quote::shown(line));
    }
}

/// Writes a warning to stderr, one `warning:` line per line; a warning does not
/// change the exit code.
pub(crate) fn report_warning(message: &str) {
    let (_, warning) = prefixes();
    let mut err = io::stderr().lock();
    for line in message.lines() {
        let _ = writeln!(err, "{warning}{}", crate::quote::shown(line));
    }
}
