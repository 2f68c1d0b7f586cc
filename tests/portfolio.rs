//! `compare` with bad rows: the human formats (table, Markdown, XLSX) show every row,
//! a bad one with its error, and a totals row; CSV and JSON Lines only the advised
//! rows, the errors on standard error; the exit code is 1 either way.

use crate::support::kam;

const SHEET: &str = "name,annual_revenue,key_accounts,scale,current_setup\n\
Acme,1亿,10,medium,sales\n\
Bad,lots,10,medium,\n\
云图,2亿,5,small,\n";

fn run(dir: &std::path::Path, args: &[&str]) -> std::process::Output {
    std::fs::write(dir.join("clients.csv"), SHEET).unwrap();
    kam().current_dir(dir).args(args).output().unwrap()
}

#[test]
fn compare_tables_show_bad_rows_and_totals_in_both_languages() {
    let tmp = tempfile::tempdir().unwrap();
    for (lang, failed, total, forms) in [
        (
            "en",
            "not advised: error",
            "| Total |",
            "team 1, department 1",
        ),
        ("zh", "有错误，未给出建议", "| 合计 |", "小组 1，管理部 1"),
    ] {
        let out = run(
            tmp.path(),
            &[
                "compare",
                "clients.csv",
                "--format",
                "markdown",
                "--lang",
                lang,
            ],
        );
        assert_eq!(out.status.code(), Some(1), "{lang}");
        let stdout = String::from_utf8(out.stdout).unwrap();
        let lines: Vec<&str> = stdout
            .lines()
            .filter(|l| l.starts_with("| ") && !l.starts_with("| --- "))
            .collect();
        // Header, Acme, the bad row, 云图, totals.
        assert_eq!(lines.len(), 5, "{stdout}");
        assert!(lines[1].starts_with("| Acme |"), "{stdout}");
        assert!(lines[2].starts_with("| clients.csv:3 |"), "{stdout}");
        assert!(lines[2].contains(failed), "{stdout}");
        assert!(lines[2].contains("annual_revenue"), "{stdout}");
        assert!(lines[3].starts_with("| 云图 |"), "{stdout}");
        assert!(lines[4].starts_with(total), "{stdout}");
        assert!(lines[4].contains(forms), "{stdout}");
        // KAM managers 2 + 1, headcount 3 + 1.
        assert!(lines[4].contains("| 3 | 4 |"), "{stdout}");
        assert!(lines[1].contains("100,000,000"), "{stdout}");
        assert!(!String::from_utf8(out.stderr).unwrap().is_empty());
    }
}

#[test]
fn compare_csv_and_json_keep_only_advised_rows_with_errors_on_stderr() {
    let tmp = tempfile::tempdir().unwrap();
    for lang in ["en", "zh"] {
        let out = run(
            tmp.path(),
            &["compare", "clients.csv", "--format", "csv", "--lang", lang],
        );
        assert_eq!(out.status.code(), Some(1));
        let stdout = String::from_utf8(out.stdout).unwrap();
        assert_eq!(stdout.lines().count(), 3, "{stdout}");
        assert!(
            String::from_utf8(out.stderr)
                .unwrap()
                .contains("clients.csv:3")
        );
        let out = run(
            tmp.path(),
            &["compare", "clients.csv", "--format", "json", "--lang", lang],
        );
        assert_eq!(out.status.code(), Some(1));
        let stdout = String::from_utf8(out.stdout).unwrap();
        let lines: Vec<serde_json::Value> = stdout
            .lines()
            .map(|l| serde_json::from_str(l).unwrap())
            .collect();
        assert_eq!(lines.len(), 2);
        assert_eq!(lines[0]["revenue_cny"], 100_000_000);
        assert_eq!(lines[0]["current_setup"], "sales");
        assert_eq!(lines[1]["current_setup"], serde_json::Value::Null);
        assert_eq!(lines[0]["warnings"], 0);
    }
}

#[test]
fn compare_xlsx_shows_bad_rows_and_totals() {
    use calamine::{Data, Reader, Xlsx};
    let tmp = tempfile::tempdir().unwrap();
    let out = run(
        tmp.path(),
        &[
            "compare",
            "clients.csv",
            "--format",
            "xlsx",
            "--output",
            "out.xlsx",
        ],
    );
    assert_eq!(out.status.code(), Some(1));
    let mut book: Xlsx<_> = calamine::open_workbook(tmp.path().join("out.xlsx")).unwrap();
    let range = book
        .worksheet_range("KAM organisation by enterprise")
        .unwrap();
    // Header, three rows, totals.
    assert_eq!(range.get_size(), (5, 12));
    assert_eq!(
        range.get((2, 0)),
        Some(&Data::String("clients.csv:3".into()))
    );
    assert_eq!(
        range.get((2, 6)),
        Some(&Data::String("not advised: error".into()))
    );
    assert_eq!(range.get((4, 0)), Some(&Data::String("Total".into())));
    assert_eq!(range.get((4, 8)), Some(&Data::Float(3.0)));
    assert_eq!(range.get((4, 9)), Some(&Data::Float(4.0)));
}
