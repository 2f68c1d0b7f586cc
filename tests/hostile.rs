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
            assert!(
                line.starts_with("error: ") || line.starts_with("错误："),
                "{line}"
            );
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

/// Issue 23 items 20 and 26: a rules file's value, and standard input named for
/// the rules, each told what happened, in both languages.
#[test]
fn rules_errors_say_what_happened() {
    let profile = "examples/medium-manufacturer.toml";
    let run = |args: &[&str], stdin: &str| {
        let out = kam().args(args).write_stdin(stdin).output().unwrap();
        assert_eq!(out.status.code(), Some(1), "{args:?}");
        String::from_utf8_lossy(&out.stderr).to_string()
    };
    let huge = "revenue_threshold_cny = 18446744073709551616\n";
    for lang in ["en", "zh"] {
        let err = run(&[profile, "--rules", "-", "--lang", lang], huge);
        let prefix = if lang == "zh" { "错误：" } else { "error: " };
        assert!(
            err.starts_with(&format!("{prefix}-:1:25: `revenue_threshold_cny`")),
            "{err}"
        );
    }
    let negative = "key_accounts_threshold = -5\n";
    let err = run(&[profile, "--rules", "-"], negative);
    assert_eq!(
        err,
        "error: -:1:26: `key_accounts_threshold` must be at least 1: with 0 every firm would qualify, even one without key accounts\n"
    );
    let err = run(&[profile, "--rules", "-", "--lang", "zh"], negative);
    assert!(err.contains("`key_accounts_threshold` 至少为 1"), "{err}");
    for (rules, profile) in [("-", "-"), ("/dev/stdin", "-"), ("-", "/dev/stdin")] {
        let err = run(&["--rules", rules, profile], negative);
        assert!(
            err.starts_with("error: -: standard input is named twice"),
            "{err}"
        );
        let err = run(&["--rules", rules, profile, "--lang", "zh"], negative);
        assert!(
            err.starts_with("错误：-: 标准输入（`-` 或 `/dev/stdin`）指定了两次"),
            "{err}"
        );
    }
    // Two profiles that both read standard input: the first is read, the second
    // refused (it would read nothing).
    let err = run(&["-", "/dev/stdin"], "name = \"A\"\n");
    assert!(
        err.contains("error: -: standard input is named twice"),
        "{err}"
    );
}

/// Issue 23 item 26: a level repeated in a CSV `counts` cell is named, not "invalid TOML".
#[test]
fn a_repeated_level_in_a_counts_cell_is_named() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("c.csv"),
        "name,annual_revenue,key_accounts,scale,levels,counts\nA,8000万,12,medium,national;provincial,provincial=31;provincial=5\n",
    )
    .unwrap();
    for (lang, expected) in [
        (
            "en",
            "error: c.csv:2: column F (counts): \"provincial\" is given more than once",
        ),
        (
            "zh",
            "错误：c.csv:2: F 列（counts）：“provincial”出现了不止一次",
        ),
    ] {
        let out = kam()
            .current_dir(dir.path())
            .args(["c.csv", "--lang", lang])
            .output()
            .unwrap();
        let err = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(1));
        assert!(err.starts_with(expected), "{err}");
    }
}

/// Issue 23 item 17: a key file of 2 GB (sparse) is refused as too large without
/// being read whole.
#[test]
fn grade_refuses_a_huge_key_file_without_reading_it() {
    let dir = tempfile::tempdir().unwrap();
    let set = dir.path().join("set");
    let made = kam()
        .args(["exercise", "--count", "3", "--seed", "1", "--output-dir"])
        .arg(&set)
        .output()
        .unwrap();
    assert!(made.status.success(), "{made:?}");
    let case = set.join("profiles/case-01.toml");
    std::fs::OpenOptions::new()
        .write(true)
        .open(&case)
        .unwrap()
        .set_len(2 << 30)
        .unwrap();
    let started = std::time::Instant::now();
    let out = kam()
        .arg("grade")
        .arg("--key")
        .arg(&set)
        .arg(set.join("answer-sheet.toml"))
        .timeout(Duration::from_secs(60))
        .output()
        .unwrap();
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{err}");
    assert!(
        err.contains("case-01.toml: the file is larger than 256 KiB"),
        "{err}"
    );
    // Reading 2 GB takes seconds even from the page cache; the limit is 256 KiB.
    assert!(
        started.elapsed() < Duration::from_secs(10),
        "{:?}",
        started.elapsed()
    );
}

/// A sheet refused as a whole partway (rows 2 and 3 are good, row 4 refers to a
/// shared string by a word) gives `--output-dir` no file at all: the rows before
/// the refusal are of a file the run calls unreadable.
#[test]
fn output_dir_writes_nothing_of_a_sheet_refused_partway() {
    let dir = tempfile::tempdir().unwrap();
    corpus::write_all(dir.path()).unwrap();
    let out_dir = dir.path().join("out");
    let out = kam()
        .current_dir(dir.path())
        .args([
            "bad-index-at-row-4.xlsx",
            "--format",
            "json",
            "--output-dir",
        ])
        .arg(&out_dir)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("the workbook cannot be read"), "{stderr}");
    let written = std::fs::read_dir(&out_dir).map_or(0, |d| d.count());
    assert_eq!(written, 0, "{stderr}");
}
