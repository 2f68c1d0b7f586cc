//! The hostile corpus (`tests/hostile/corpus.rs` builds it): each crafted file is
//! refused with its exact message, or read right, in both languages — never a
//! panic, an abort or a hang. The exit code and stderr of each run are pinned in
//! `tests/hostile/NAME.err` and `NAME.zh.err`.

use std::time::Duration;

use crate::support::{Snapshots, kam};

#[path = "hostile/corpus.rs"]
mod corpus;

fn run_corpus(lang: &str, suffix: &str) {
    let dir = tempfile::tempdir().unwrap();
    let cases = corpus::write_all(dir.path()).unwrap();
    assert!(cases.len() >= 15, "{}", cases.len());
    let mut snaps = Snapshots::default();
    for case in cases {
        let out = kam()
            .current_dir(dir.path())
            .arg(case.name)
            .args(case.args)
            .args(["--format", "json", "--lang", lang])
            .timeout(Duration::from_secs(60))
            .output()
            .unwrap();
        let stderr = String::from_utf8_lossy(&out.stderr);
        let code = out.status.code();
        assert!(
            matches!(code, Some(0 | 1)),
            "{}: exit {code:?} (killed?): {stderr}",
            case.name
        );
        assert!(!stderr.contains("panicked"), "{}: {stderr}", case.name);
        for line in stderr.lines() {
            assert!(line.starts_with("error: "), "{line}");
        }
        if let Some(first) = stderr.lines().next() {
            assert!(first.contains(case.name), "{}: {first}", case.name);
        }
        let shown = format!("exit {}\n{stderr}", code.unwrap_or(-1));
        snaps.check(&format!("tests/hostile/{}{suffix}.err", case.name), &shown);
    }
}

#[test]
fn every_hostile_file_gets_its_exact_message_in_english() {
    run_corpus("en", "");
}

#[test]
fn every_hostile_file_gets_its_exact_message_in_chinese() {
    run_corpus("zh", ".zh");
}
