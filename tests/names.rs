//! `--output-dir` with a sheet: each row's file is named after its enterprise, made
//! safe for every file system; rows that give one name get their row number.

use crate::support::kam;

fn written(csv: &str, lang: &str) -> (Vec<String>, tempfile::TempDir) {
    let tmp = tempfile::tempdir().unwrap();
    let sheet = tmp.path().join("clients.csv");
    std::fs::write(&sheet, csv).unwrap();
    let dir = tmp.path().join("out");
    let out = kam()
        .args(["--lang", lang, "--format", "json", "--output-dir"])
        .arg(&dir)
        .arg(&sheet)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let mut names: Vec<String> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    // Every path printed is inside DIR, one per file.
    let listed = String::from_utf8(out.stdout).unwrap();
    assert_eq!(listed.lines().count(), names.len());
    for line in listed.lines() {
        assert!(std::path::Path::new(line).starts_with(&dir), "{line}");
    }
    (names, tmp)
}

const HEADER: &str = "name,annual_revenue,key_accounts,scale\n";

#[test]
fn files_are_named_after_chinese_and_english_names() {
    for lang in ["en", "zh"] {
        let csv = format!(
            "{HEADER}华东精密机械有限公司,8000万元,12,medium\n\"Pacific Instruments, Inc.\",1.2亿,40,large\n\"../../etc/passwd\",3亿,20,large\n\"a/b\\\\c: d*?\",3亿,20,large\n"
        );
        let (names, _tmp) = written(&csv, lang);
        assert_eq!(
            names,
            [
                "Pacific-Instruments-Inc.json",
                "a-b-c-d.json",
                "etc-passwd.json",
                "华东精密机械有限公司.json",
            ],
            "{lang}"
        );
    }
}

#[test]
fn rows_giving_one_name_get_their_row_number() {
    // Same name, same name in other case and punctuation, a name of punctuation only.
    let csv = format!(
        "{HEADER}Acme Ltd,1亿,10,medium\nOther,1亿,10,medium\nacme ltd.,1亿,10,medium\n---,1亿,10,medium\n云图软件,1亿,10,medium\n云图软件,1亿,10,medium\n"
    );
    let (names, _tmp) = written(&csv, "en");
    assert_eq!(
        names,
        [
            "Acme-Ltd-2.json",
            "Other.json",
            "acme-ltd-4.json",
            "clients-5.json",
            "云图软件-6.json",
            "云图软件-7.json",
        ]
    );
}

#[test]
fn reserved_and_long_names_are_made_safe() {
    let long = "华".repeat(40);
    let csv = format!(
        "{HEADER}CON,1亿,10,medium\nnul,1亿,10,medium\nCom1,1亿,10,medium\n{long},1亿,10,medium\n"
    );
    let (names, _tmp) = written(&csv, "zh");
    let cut = "华".repeat(26);
    assert_eq!(
        names,
        [
            "CON-enterprise.json".to_string(),
            "Com1-enterprise.json".to_string(),
            "nul-enterprise.json".to_string(),
            format!("{cut}.json"),
        ]
    );
}

/// `compare` shows a name as the advice does: a bidi override, a zero-width space or
/// an isolate escaped, never acting on the terminal (the CSV and JSON keep the name).
#[test]
fn compare_shows_hidden_characters_of_a_name_escaped() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("bidi.toml");
    std::fs::write(
        &path,
        "name = \"Acme\u{202E}LIVE\u{200B}X\u{2066}Y\"\nannual_revenue = \"8000万\"\nkey_accounts = 12\nscale = \"medium\"\n",
    )
    .unwrap();
    for format in ["table", "markdown"] {
        let out = crate::support::stdout_of(
            crate::support::kam()
                .args(["compare", "--format", format])
                .arg(&path),
        );
        // Markdown escapes the backslash itself: \\u{202E} renders as \u{202E}.
        let shown = out.replace("\\\\", "\\");
        assert!(
            shown.contains("Acme\\u{202E}LIVE\\u{200B}X\\u{2066}Y"),
            "{format}: {out}"
        );
        assert!(!out.contains('\u{202E}'), "{format}: {out}");
    }
}
