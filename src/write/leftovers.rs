//! What a run stopped by a signal leaves behind: nothing of its own.
//!
//! Every temporary file and directory of a write in progress is listed here while it
//! exists. The first time something is listed, the tool starts watching for SIGINT
//! (Ctrl-C), SIGTERM and SIGHUP (the terminal closed) — each only if the run did not
//! inherit it ignored (`nohup` ignores SIGHUP; a shell's background job, SIGINT),
//! so a signal the caller meant to keep from the tool still does not reach it. When
//! one arrives, the listed temporary files and directories are removed, an old class
//! set moved aside for a new one is moved back, and the signal then ends the run as
//! it would have without the tool's watch (the shell sees the same status).
//!
//! The step that ends a write (the rename to the final name) runs with the list held
//! ([`holding`]), so the cleanup happens wholly before or wholly after it: it never
//! removes a directory that has meanwhile become the finished set.
//!
//! SIGXFSZ (a file larger than `ulimit -f` allows) is caught and does nothing: the
//! write then fails with "file too large", which the run reports, removing its
//! temporary file as any failed write does.
//!
//! A run stopped by SIGKILL, or by the machine's end, cannot clean up; what it leaves
//! is hidden (`.kam-advise-…`) and never takes the final name.

use std::fs;
use std::path::PathBuf;
use std::sync::{Mutex, MutexGuard, Once, PoisonError};

/// One thing a write in progress has made.
#[derive(Debug)]
pub(crate) enum Leftover {
    /// A temporary file: removed.
    File(PathBuf),
    /// A temporary directory (a set being written, or a holder): removed with all it
    /// holds.
    Dir(PathBuf),
    /// An old set moved aside (`held`, inside the temporary directory `holder`) to
    /// make way for a new one at `home`: moved back while `home` is free, then the
    /// holder removed.
    Aside {
        holder: PathBuf,
        held: PathBuf,
        home: PathBuf,
    },
}

impl Leftover {
    /// Undoes it. Best effort: what is gone already is gone.
    pub(crate) fn clean(&self) {
        match self {
            Leftover::File(path) => {
                let _ = fs::remove_file(path);
            }
            Leftover::Dir(path) => {
                let _ = fs::remove_dir_all(path);
            }
            Leftover::Aside { holder, held, home } => {
                if fs::symlink_metadata(home).is_err() {
                    let _ = fs::rename(held, home);
                }
                let _ = fs::remove_dir_all(holder);
            }
        }
    }
}

/// The list of what writes in progress have made, in the order made.
#[derive(Debug)]
pub(crate) struct Registry {
    next: u64,
    items: Vec<(u64, Leftover)>,
}

static LIVE: Mutex<Registry> = Mutex::new(Registry {
    next: 0,
    items: Vec::new(),
});

static WATCH: Once = Once::new();

fn live() -> MutexGuard<'static, Registry> {
    LIVE.lock().unwrap_or_else(PoisonError::into_inner)
}

/// A listed item; dropped, it is no longer listed (its owner removed it, or it
/// became a finished file).
#[derive(Debug)]
pub(crate) struct Tracked(u64);

impl Drop for Tracked {
    fn drop(&mut self) {
        let id = self.0;
        live().items.retain(|(item, _)| *item != id);
    }
}

impl Registry {
    /// Lists `item` until the [`Tracked`] returned is dropped or [`forgotten`].
    ///
    /// [`forgotten`]: Registry::forget
    pub(crate) fn track(&mut self, item: Leftover) -> Tracked {
        self.next += 1;
        self.items.push((self.next, item));
        Tracked(self.next)
    }

    /// No longer lists `tracked` (inside [`holding`], where dropping it would wait
    /// for the list this call already holds).
    pub(crate) fn forget(&mut self, tracked: Tracked) {
        let id = tracked.0;
        std::mem::forget(tracked);
        self.items.retain(|(item, _)| *item != id);
    }

    /// Replaces what `tracked` lists.
    pub(crate) fn relist(&mut self, tracked: &Tracked, item: Leftover) {
        if let Some(entry) = self.items.iter_mut().find(|(id, _)| *id == tracked.0) {
            entry.1 = item;
        }
    }

    /// Undoes everything listed, the latest first.
    fn clean(&self) {
        for (_, item) in self.items.iter().rev() {
            item.clean();
        }
    }
}

/// Runs `step` with the list held: a signal's cleanup happens wholly before or
/// wholly after it. Starts the watch the first time. A [`Tracked`] must not be
/// dropped inside `step` (use [`Registry::forget`]).
pub(crate) fn holding<R>(step: impl FnOnce(&mut Registry) -> R) -> R {
    WATCH.call_once(watch);
    let mut registry = live();
    step(&mut registry)
}

/// Starts the thread that cleans up when a signal ends the run.
#[cfg(unix)]
fn watch() {
    use signal_hook::consts::{SIGHUP, SIGINT, SIGTERM, SIGXFSZ};
    use signal_hook::iterator::Signals;

    let ignored = inherited_ignored();
    let wanted: Vec<i32> = [SIGINT, SIGTERM, SIGHUP]
        .into_iter()
        .filter(|signal| ignored & bit(*signal) == 0)
        .collect();
    // Caught, SIGXFSZ does nothing and the write fails with EFBIG instead of the
    // run dying with its file half-written.
    let _ = signal_hook::flag::register(SIGXFSZ, std::sync::Arc::default());
    let Ok(mut signals) = Signals::new(&wanted) else {
        return;
    };
    let started = std::thread::Builder::new()
        .name("cleanup".into())
        .spawn(move || {
            if let Some(signal) = signals.forever().next() {
                // Held until the end: no write finishes or starts after this.
                let registry = live();
                registry.clean();
                let _ = signal_hook::low_level::emulate_default_handler(signal);
                // Only if the default action could not end the run.
                std::process::exit(128 + signal);
            }
        });
    drop(started);
}

#[cfg(not(unix))]
fn watch() {}

/// The signal's bit in a mask of `/proc/self/status`.
#[cfg(unix)]
fn bit(signal: i32) -> u64 {
    1u64 << (signal - 1)
}

/// The signals this run inherited ignored, from `SigIgn:` of `/proc/self/status`
/// (Linux). Where that cannot be read, SIGHUP and SIGINT, which callers most often
/// ignore, are taken as ignored, and only SIGTERM is watched.
#[cfg(unix)]
fn inherited_ignored() -> u64 {
    use signal_hook::consts::{SIGHUP, SIGINT};
    let status = fs::read_to_string("/proc/self/status").ok();
    status
        .as_deref()
        .and_then(ignored_in)
        .unwrap_or(bit(SIGHUP) | bit(SIGINT))
}

/// The `SigIgn:` mask of a `/proc/PID/status` text.
#[cfg(unix)]
fn ignored_in(status: &str) -> Option<u64> {
    status
        .lines()
        .find_map(|line| line.strip_prefix("SigIgn:"))
        .and_then(|hex| u64::from_str_radix(hex.trim(), 16).ok())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_old_set_goes_back_when_its_place_is_free() {
        let base = tempfile::tempdir().unwrap();
        let home = base.path().join("set");
        let holder = base.path().join(".kam-advise-old-x");
        let held = holder.join("set");
        fs::create_dir_all(&held).unwrap();
        fs::write(held.join("cases.md"), "old").unwrap();
        let staging = base.path().join(".kam-advise-set-y");
        fs::create_dir_all(&staging).unwrap();
        fs::write(staging.join("cases.md"), "new, half").unwrap();
        let mut registry = Registry {
            next: 0,
            items: Vec::new(),
        };
        let a = registry.track(Leftover::Dir(staging.clone()));
        let b = registry.track(Leftover::Aside {
            holder: holder.clone(),
            held,
            home: home.clone(),
        });
        registry.clean();
        assert_eq!(fs::read_to_string(home.join("cases.md")).unwrap(), "old");
        assert!(!holder.exists() && !staging.exists());
        registry.forget(a);
        registry.forget(b);
        assert!(registry.items.is_empty());
    }

    #[test]
    fn a_finished_set_stays_and_the_old_one_goes() {
        let base = tempfile::tempdir().unwrap();
        let home = base.path().join("set");
        fs::create_dir_all(&home).unwrap();
        fs::write(home.join("cases.md"), "new").unwrap();
        let holder = base.path().join(".kam-advise-old-x");
        let held = holder.join("set");
        fs::create_dir_all(&held).unwrap();
        Leftover::Aside {
            holder: holder.clone(),
            held,
            home: home.clone(),
        }
        .clean();
        assert_eq!(fs::read_to_string(home.join("cases.md")).unwrap(), "new");
        assert!(!holder.exists());
    }

    #[cfg(unix)]
    #[test]
    fn the_inherited_mask_is_read() {
        use signal_hook::consts::{SIGHUP, SIGINT, SIGPIPE};
        let status = "Name:\tkam-advise\nSigBlk:\t0000000000000000\nSigIgn:\t0000000000001001\n";
        let mask = ignored_in(status).unwrap();
        assert_eq!(mask, bit(SIGHUP) | bit(SIGPIPE));
        assert_eq!(mask & bit(SIGINT), 0);
        assert_eq!(ignored_in("Name:\tx\n"), None);
    }
}
