//! Bad input: every file of the corpus under tests/bad gets its exact message on
//! stderr, exit code 1, and nothing on stdout. Never a panic.

use crate::support::{Snapshots, kam};

fn corpus() -> Vec<String> {
    crate::support::toml_stems("tests/bad")
}

#[test]
fn the_corpus_covers_at_least_forty_kinds_of_bad_input() {
    assert!(corpus().len() >= 40, "{}", corpus().len());
}

#[test]
fn every_bad_profile_gets_its_exact_message_and_exit_1() {
    let mut snaps = Snapshots::default();
    for name in corpus() {
        let path = format!("tests/bad/{name}.toml");
        let out = kam().arg(&path).output().unwrap();
        let stderr = String::from_utf8_lossy(&out.stderr).to_string();
        assert_eq!(out.status.code(), Some(1), "{name}: {stderr}");
        assert!(
            out.stdout.is_empty(),
            "{name}: something of a failed profile reached stdout"
        );
        assert!(!stderr.contains("panicked"), "{name}: {stderr}");
        for line in stderr.lines() {
            assert!(
                line.starts_with(&format!("error: {path}")),
                "{name}: line does not name the file: {line}"
            );
            assert!(
                line.chars().count() < 600,
                "{name}: a long line was echoed back: {line}"
            );
        }
        snaps.check(&format!("tests/bad/{name}.err"), &stderr);
    }
}

#[test]
fn every_message_is_in_chinese_too() {
    let mut snaps = Snapshots::default();
    for name in corpus() {
        let path = format!("tests/bad/{name}.toml");
        let out = kam().args([&path, "--lang", "zh"]).output().unwrap();
        let stderr = String::from_utf8_lossy(&out.stderr).to_string();
        assert_eq!(out.status.code(), Some(1), "{name}: {stderr}");
        for line in stderr.lines() {
            assert!(line.starts_with(&format!("错误：{path}")), "{name}: {line}");
        }
        snaps.check(&format!("tests/bad/{name}.zh.err"), &stderr);
    }
    let out = kam()
        .args([
            "tests/bad/typo-key.toml",
            "examples/small-software.toml",
            "--format",
            "json",
        ])
        .env("LANG", "zh_CN.UTF-8")
        .output()
        .unwrap();
    assert_eq!(
        String::from_utf8_lossy(&out.stderr),
        "错误：tests/bad/typo-key.toml:1:1: 未知的键 `nmae`：是否想写 `name`？\n错误：2 份资料中有 1 份未能处理\n"
    );
}

#[test]
fn the_same_messages_in_a_batch_and_the_others_are_still_advised() {
    let out = kam()
        .args([
            "examples/medium-manufacturer.toml",
            "tests/bad/typo-key.toml",
            "examples/small-software.toml",
            "--format",
            "json",
        ])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let stdout = String::from_utf8_lossy(&out.stdout);
    let names: Vec<&str> = stdout
        .lines()
        .map(|l| {
            if l.contains("华东精密") {
                "medium"
            } else {
                "small"
            }
        })
        .collect();
    assert_eq!(names, ["medium", "small"]);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(
        stderr,
        "error: tests/bad/typo-key.toml:1:1: unknown key `nmae`: did you mean `name`?\n\
         error: 1 of 3 profiles failed\n"
    );
}

#[test]
fn an_oversized_file_is_refused_without_reading_it_all() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("big.toml");
    let mut text =
        String::from("name = \"A\"\nannual_revenue = 1\nkey_accounts = 1\nscale = \"small\"\n");
    while text.len() <= 1024 * 1024 {
        text.push_str("# padding padding padding padding padding padding padding padding\n");
    }
    std::fs::write(&path, text).unwrap();
    let out = kam().arg(&path).output().unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(
        String::from_utf8_lossy(&out.stderr),
        format!(
            "error: {}: the file is larger than 256 KiB; a profile or rules file is a short TOML file\n",
            path.display()
        )
    );
}

#[test]
fn a_missing_file_and_a_directory_without_profiles_are_errors() {
    let out = kam().arg("tests/no-such-profile.toml").output().unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(
        String::from_utf8_lossy(&out.stderr),
        "error: tests/no-such-profile.toml: could not read profile: file not found\n"
    );
    let dir = tempfile::tempdir().unwrap();
    let out = kam().arg(dir.path()).output().unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(
        String::from_utf8_lossy(&out.stderr),
        format!(
            "error: {}: no *.toml profiles or sheets (csv, tsv, xlsx, xls, ods) directly inside this directory\n",
            dir.path().display()
        )
    );
}

/// docs/guide.md "Spelling": an unknown key that means a known one gets it suggested, in the
/// output language, and the key it means is not also said to be missing.
#[test]
fn an_unknown_key_is_suggested_by_meaning_in_both_languages() {
    for (key, meant) in [
        ("revenue", "annual_revenue"),
        ("turnover", "annual_revenue"),
        ("\"销售额\"", "annual_revenue"),
    ] {
        let text =
            format!("name = \"A\"\n{key} = \"8000万\"\nkey_accounts = 3\nscale = \"medium\"\n");
        for (lang, said) in [
            ("en", format!("did you mean `{meant}`?")),
            ("zh", format!("是否想写 `{meant}`？")),
        ] {
            let out = kam()
                .args(["-", "--lang", lang])
                .write_stdin(text.clone())
                .output()
                .unwrap();
            assert_eq!(out.status.code(), Some(1));
            let stderr = String::from_utf8_lossy(&out.stderr);
            assert!(stderr.contains(&said), "{lang}: {key}: {stderr}");
            assert!(
                !stderr.contains("missing") && !stderr.contains("缺少"),
                "{stderr}"
            );
        }
    }
}

/// The Chinese messages carry no English sentence: outside code (`…`), quotations
/// (“…”, "…") and the file name, only Chinese and the short names the tool uses in
/// both languages (TOML, UTF-8, CNY …). The TOML parser's English is translated.
#[test]
fn chinese_messages_have_no_english_words() {
    let allowed = [
        "TOML", "UTF", "JSON", "CNY", "USD", "RMB", "KiB", "MiB", "NUL", "Unicode", "ISO", "NBS",
        "BOM", "EUR", "true", "false", "nan", "inf",
    ];
    for name in corpus() {
        let path = format!("tests/bad/{name}.zh.err");
        let text = std::fs::read_to_string(&path).unwrap();
        let mut plain = String::new();
        let mut closing: Option<char> = None;
        for c in text.replace(&format!("tests/bad/{name}.toml"), "").chars() {
            match closing {
                Some(end) if c == end => closing = None,
                Some(_) => {}
                None => match c {
                    '`' => closing = Some('`'),
                    '“' => closing = Some('”'),
                    '"' => closing = Some('"'),
                    _ => plain.push(c),
                },
            }
        }
        let english: Vec<&str> = plain
            .split(|c: char| !c.is_ascii_alphabetic())
            .filter(|w| w.len() >= 3 && !allowed.contains(w))
            .collect();
        assert!(english.is_empty(), "{path}: {english:?} in {text}");
    }
}
