//! Helpers shared by the integration tests: the binary in a clean environment, the
//! shipped examples, and snapshot files compared with snapbox.

use std::path::Path;
use std::sync::LazyLock;

use assert_cmd::Command;

/// The binary with a clean, predictable environment: English, no colour
/// preference, no terminal width from the caller, a fixed date.
pub fn kam() -> Command {
    let mut cmd = Command::cargo_bin("kam-advise").unwrap();
    for var in ["LC_ALL", "LC_MESSAGES", "LANG", "NO_COLOR", "COLUMNS"] {
        cmd.env_remove(var);
    }
    cmd.env("LANG", "C");
    // Reports carry a date: pin it (2026-11-28) so that they can be compared.
    cmd.env("SOURCE_DATE_EPOCH", "1795867200");
    cmd.current_dir(env!("CARGO_MANIFEST_DIR"));
    cmd
}

pub fn stdout_of(cmd: &mut Command) -> String {
    let out = cmd.output().unwrap();
    String::from_utf8(out.stdout).unwrap()
}

/// Snapshot files checked in one test: every differing file is reported with its
/// diff when the value goes out of scope, not only the first. `SNAPSHOTS=overwrite
/// cargo test` writes the new outputs instead; review them with `git diff`.
#[derive(Default)]
pub struct Snapshots {
    failures: Vec<String>,
}

impl Snapshots {
    /// Compares `actual` with the file at `path` (relative to the project).
    pub fn check(&mut self, path: &str, actual: &str) {
        let full = Path::new(env!("CARGO_MANIFEST_DIR")).join(path);
        let expected = snapbox::Data::read_from(&full, None).raw();
        let actual = snapbox::Data::text(actual.to_string()).raw();
        let assert = snapbox::Assert::new()
            .action_env(snapbox::assert::DEFAULT_ACTION_ENV)
            .normalize_paths(false);
        if let Err(error) = assert.try_eq(Some(&path), actual, expected) {
            self.failures.push(error.to_string());
        }
    }
}

impl Drop for Snapshots {
    fn drop(&mut self) {
        if !self.failures.is_empty() && !std::thread::panicking() {
            panic!(
                "{} snapshot(s) differ (if intended: SNAPSHOTS=overwrite cargo test, then review the diff):\n{}",
                self.failures.len(),
                self.failures.join("\n")
            );
        }
    }
}

/// The shipped examples, by file stem, in name order: every `examples/*.toml`.
pub static EXAMPLES: LazyLock<Vec<String>> = LazyLock::new(|| toml_stems("examples"));

/// The stems of the `*.toml` files directly in a directory of the project, sorted.
pub fn toml_stems(dir: &str) -> Vec<String> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join(dir);
    let mut names: Vec<String> = std::fs::read_dir(dir)
        .unwrap()
        .filter_map(|e| e.ok())
        .filter_map(|e| {
            e.file_name()
                .to_str()
                .and_then(|n| n.strip_suffix(".toml"))
                .map(String::from)
        })
        .collect();
    names.sort();
    names
}
