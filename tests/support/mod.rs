//! Helpers shared by the CLI tests.
#![allow(dead_code)]

use std::path::Path;

use assert_cmd::Command;

/// The binary with a clean, predictable environment: English, no colour
/// preference, no terminal width from the caller, a fixed date.
pub fn kam() -> Command {
    let mut cmd = Command::cargo_bin("kam-advise").unwrap_or_else(|e| panic!("binary: {e}"));
    for var in ["LC_ALL", "LC_MESSAGES", "LANG", "NO_COLOR", "COLUMNS"] {
        cmd.env_remove(var);
    }
    cmd.env("LANG", "C");
    // Reports carry a date: pin it (2026-11-28) so that they can be compared.
    cmd.env("SOURCE_DATE_EPOCH", "1795867200");
    cmd.current_dir(env!("CARGO_MANIFEST_DIR"));
    cmd
}

/// Compares `actual` with the expected file; `KAM_BLESS=1 cargo test` rewrites it.
pub fn golden(path: &str, actual: &str) {
    let full = Path::new(env!("CARGO_MANIFEST_DIR")).join(path);
    if std::env::var_os("KAM_BLESS").is_some() {
        if let Some(dir) = full.parent() {
            std::fs::create_dir_all(dir).unwrap_or_else(|e| panic!("{e}"));
        }
        std::fs::write(&full, actual).unwrap_or_else(|e| panic!("write {path}: {e}"));
        return;
    }
    let expected = std::fs::read_to_string(&full)
        .unwrap_or_else(|e| panic!("{path}: {e} (run `KAM_BLESS=1 cargo test` to create it)"));
    if expected != actual {
        let first = expected
            .lines()
            .zip(actual.lines())
            .position(|(e, a)| e != a)
            .unwrap_or(expected.lines().count().min(actual.lines().count()));
        panic!(
            "{path} differs from the output, first at line {}:\n expected: {:?}\n   actual: {:?}\n\
             (if the change is intended: KAM_BLESS=1 cargo test, then review the diff)",
            first + 1,
            expected.lines().nth(first),
            actual.lines().nth(first)
        );
    }
}

pub fn stdout_of(cmd: &mut Command) -> String {
    let out = cmd.output().unwrap_or_else(|e| panic!("run: {e}"));
    String::from_utf8(out.stdout).unwrap_or_else(|e| panic!("utf-8: {e}"))
}

/// The shipped examples, by file stem, in name order: every `examples/*.toml`.
pub static EXAMPLES: std::sync::LazyLock<Vec<String>> = std::sync::LazyLock::new(|| {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("examples");
    let mut stems: Vec<String> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("examples/: {e}"))
        .filter_map(|entry| {
            let path = entry.ok()?.path();
            (path.extension()? == "toml").then(|| path.file_stem()?.to_str().map(String::from))?
        })
        .collect();
    stems.sort();
    stems
});

/// The stems of the `*.toml` files directly in a directory of the project, sorted.
pub fn toml_stems(dir: &str) -> Vec<String> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join(dir);
    let mut names: Vec<String> = std::fs::read_dir(dir)
        .unwrap_or_else(|e| panic!("{e}"))
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
