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

/// A portfolio sheet of 50 rows, five of them bad (rows 6, 15, 24, 33 and 46 of the
/// sheet: an amount, a count, a size, an empty name, a kind), the others of every form.
fn fifty_rows() -> String {
    let mut sheet = String::from("name,annual_revenue,key_accounts,kind,scale,current_setup\n");
    let kinds = ["", "", "group", "multinational", "public-sector", ""];
    let scales = ["small", "medium", "large", "micro", "medium"];
    for i in 0..50 {
        let name = if i % 2 == 0 {
            format!("Client {}", i + 1)
        } else {
            format!("客户{}号", i + 1)
        };
        let (name, revenue, accounts, kind, scale) = match i {
            4 => (name, "lots".to_string(), "8".to_string(), "", "medium"),
            13 => (name, "1亿".into(), "many".into(), "", "medium"),
            22 => (name, "1亿".into(), "8".into(), "", "huge"),
            31 => (String::new(), "1亿".into(), "8".into(), "", "medium"),
            44 => (name, "1亿".into(), "8".into(), "plc", "medium"),
            _ => (
                name,
                format!("{}万", 1000 + 700 * (i % 9)),
                (i % 13).to_string(),
                kinds[i % kinds.len()],
                scales[i % scales.len()],
            ),
        };
        sheet.push_str(&format!(
            "{name},{revenue},{accounts},{kind},{scale},sales\n"
        ));
    }
    sheet
}

/// What a portfolio report for a client never shows: commands, options, profile
/// keys, rule ids, code spans.
const TOOL_WORDS: [&str; 19] = [
    "kam-advise",
    "--",
    "`",
    "<code>",
    "annual_revenue",
    "key_accounts",
    "strategic_plan",
    "account_development",
    "current_setup",
    "cny_rate",
    "total_assets",
    "no-key-accounts",
    "no-condition-met",
    "large-group",
    "large-enterprise",
    "medium-scale",
    "small-many-accounts",
    "small-scale",
    "README",
];

#[test]
fn compare_html_shows_every_row_of_fifty_with_five_bad_in_one_page_in_both_languages() {
    let tmp = tempfile::tempdir().unwrap();
    std::fs::write(tmp.path().join("p.csv"), fifty_rows()).unwrap();
    for (lang, not_advised, cell, total, forms_chart) in [
        (
            "en",
            "Not advised",
            "Column B (annual revenue) could not be read.",
            "Total",
            "Organisations by recommended form",
        ),
        (
            "zh",
            "未给出建议",
            "B 列（年度销售额）无法识别。",
            "合计",
            "各建议组织形式的单位数",
        ),
    ] {
        let out = kam()
            .current_dir(tmp.path())
            .args(["compare", "p.csv", "--format", "html", "--lang", lang])
            .args(["--output", &format!("p.{lang}.html")])
            .output()
            .unwrap();
        // Five rows failed: exit 1, each error in full on stderr, nothing on stdout.
        assert_eq!(out.status.code(), Some(1), "{lang}");
        assert!(out.stdout.is_empty());
        let stderr = String::from_utf8(out.stderr).unwrap();
        for row in [6, 15, 24, 33, 46] {
            assert!(stderr.contains(&format!("p.csv:{row}:")), "{stderr}");
        }
        let page = std::fs::read_to_string(tmp.path().join(format!("p.{lang}.html"))).unwrap();
        // One page, every row in input order, the bad ones marked in their place.
        assert_eq!(page.matches("<html").count(), 1);
        let mut at = 0;
        for i in 0..50 {
            let shown = match i {
                31 => "p.csv:33".to_string(),
                4 | 13 | 22 | 44 => format!("p.csv:{}", i + 2),
                _ if i % 2 == 0 => format!("<td>Client {}</td>", i + 1),
                _ => format!("<td>客户{}号</td>", i + 1),
            };
            let found = page[at..].find(&shown);
            assert!(
                found.is_some(),
                "{lang}: row {} ({shown}) missing or out of order",
                i + 2
            );
            at += found.unwrap();
        }
        assert_eq!(page.matches("<tr class=\"failed\">").count(), 5, "{lang}");
        let mark = format!("<span class=\"mark\">{not_advised}</span>");
        assert_eq!(page.matches(&mark).count(), 5, "{lang}");
        assert!(page.contains(cell), "{lang}");
        assert!(page.contains(&format!("<td>{total}</td>")), "{lang}");
        // Two drawn charts: organisations by form and headcount by form.
        assert_eq!(page.matches("<svg").count(), 2, "{lang}");
        assert!(page.contains(forms_chart), "{lang}");
        assert!(page.contains("<rect"), "{lang}");
        // Printable as the single report: page numbers, rows kept whole.
        assert!(page.contains("counter(page)"));
        assert!(page.contains("break-inside: avoid"));
        for word in TOOL_WORDS {
            assert!(!page.contains(word), "{lang}: the page shows {word:?}");
        }
        assert!(!page.contains("<script"), "{lang}");
    }
}

#[test]
fn compare_html_totals_rules_by_name_and_the_same_bytes_under_source_date_epoch() {
    let tmp = tempfile::tempdir().unwrap();
    let first = run(tmp.path(), &["compare", "clients.csv", "--format", "html"]);
    let second = run(tmp.path(), &["compare", "clients.csv", "--format", "html"]);
    assert_eq!(first.status.code(), Some(1));
    assert_eq!(first.stdout, second.stdout);
    let page = String::from_utf8(first.stdout).unwrap();
    assert!(page.contains("2026-11-28"), "{page}");
    // Rules by number and name; totals of managers (2 + 1) and headcount (3 + 1).
    assert!(page.contains("Rule 7 (medium-sized firm)"), "{page}");
    assert!(
        page.contains("<td class=\"num\">3</td><td class=\"num\">4</td>"),
        "{page}"
    );
    assert!(page.contains("team 1, department 1"), "{page}");
    assert!(page.contains("100,000,000"), "{page}");
    assert!(page.contains("individual salespeople"), "{page}");
    let zh = run(
        tmp.path(),
        &["compare", "clients.csv", "--format", "html", "--lang", "zh"],
    );
    let page = String::from_utf8(zh.stdout).unwrap();
    assert!(page.contains("2026年11月28日"), "{page}");
    assert!(page.contains("规则7（中型企业）"), "{page}");
    assert!(page.contains("小组 1，管理部 1"), "{page}");
}

#[test]
fn compare_html_takes_the_document_options_and_other_formats_refuse_them() {
    let tmp = tempfile::tempdir().unwrap();
    std::fs::write(
        tmp.path().join("logo.svg"),
        "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"10\" height=\"10\"></svg>",
    )
    .unwrap();
    let out = run(
        tmp.path(),
        &[
            "--confidential",
            "compare",
            "clients.csv",
            "--format",
            "html",
            "--prepared-by",
            "Li & Partners",
            "--logo",
            "logo.svg",
        ],
    );
    assert_eq!(out.status.code(), Some(1));
    let page = String::from_utf8(out.stdout).unwrap();
    assert!(page.contains("Prepared by Li &amp; Partners"), "{page}");
    assert!(page.contains("src=\"data:image/svg+xml;base64,"), "{page}");
    assert!(
        page.contains("<p class=\"confidential\">Confidential</p>"),
        "{page}"
    );
    for (lang, said) in [
        ("en", "is for the portfolio report handed to a client"),
        ("zh", "只用于交给客户的客户组合报告"),
    ] {
        let out = run(
            tmp.path(),
            &[
                "compare",
                "clients.csv",
                "--format",
                "csv",
                "--prepared-by",
                "X",
                "--lang",
                lang,
            ],
        );
        assert_eq!(out.status.code(), Some(2), "{lang}");
        assert!(out.stdout.is_empty());
        let stderr = String::from_utf8(out.stderr).unwrap();
        assert!(
            stderr.contains("--prepared-by") && stderr.contains(said),
            "{stderr}"
        );
    }
    let out = run(tmp.path(), &["compare", "clients.csv", "--confidential"]);
    assert_eq!(out.status.code(), Some(2));
}

#[test]
fn compare_html_to_a_file_is_written_whole_and_never_from_a_run_that_advised_nothing() {
    let tmp = tempfile::tempdir().unwrap();
    let out = run(
        tmp.path(),
        &["compare", "clients.csv", "--format", "html", "-o", "p.html"],
    );
    assert_eq!(out.status.code(), Some(1));
    assert!(out.stdout.is_empty());
    let good = std::fs::read(tmp.path().join("p.html")).unwrap();
    assert!(good.starts_with(b"<!DOCTYPE html>"));
    std::fs::write(
        tmp.path().join("bad.csv"),
        "name,annual_revenue,key_accounts\nX,lots,3\n",
    )
    .unwrap();
    let out = kam()
        .current_dir(tmp.path())
        .args([
            "compare", "bad.csv", "--format", "html", "-o", "p.html", "--force",
        ])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(std::fs::read(tmp.path().join("p.html")).unwrap(), good);
}

/// `compare --output` never writes over one of its own inputs, even with `--force`
/// and under another spelling of its path.
#[test]
fn compare_refuses_to_write_over_its_own_input() {
    let tmp = tempfile::tempdir().unwrap();
    let sheet = std::fs::read("examples/portfolio.csv").unwrap();
    std::fs::write(tmp.path().join("p.csv"), &sheet).unwrap();
    std::fs::create_dir(tmp.path().join("sub")).unwrap();
    let out = run(
        tmp.path(),
        &[
            "compare",
            "p.csv",
            "--format",
            "csv",
            "--output",
            "sub/../p.csv",
            "--force",
        ],
    );
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(
        err,
        "error: sub/../p.csv is one of the inputs of this run: writing the comparison over it would destroy what is being read; name another file for --output\n"
    );
    assert_eq!(std::fs::read(tmp.path().join("p.csv")).unwrap(), sheet);
}

/// A name a spreadsheet would run as a formula is written as text in the CSV.
#[test]
fn compare_csv_writes_a_formula_like_name_as_text() {
    let tmp = tempfile::tempdir().unwrap();
    std::fs::write(
        tmp.path().join("h.toml"),
        "name = \"=HYPERLINK(\\\"http://evil\\\",\\\"x\\\")\"\nannual_revenue = \"8000万\"\nkey_accounts = 12\nscale = \"medium\"\n",
    )
    .unwrap();
    let out = run(tmp.path(), &["compare", "h.toml", "--format", "csv"]);
    assert_eq!(out.status.code(), Some(0));
    let csv = String::from_utf8_lossy(&out.stdout);
    assert!(
        csv.contains("h.toml,\"'=HYPERLINK(\"\"http://evil\"\",\"\"x\"\")\",medium,"),
        "{csv}"
    );
}

/// Without `--format`, `compare --output` writes the format its file name asks for.
#[test]
fn compare_output_takes_its_format_from_the_file_name() {
    let tmp = tempfile::tempdir().unwrap();
    let out = run(
        tmp.path(),
        &["compare", "clients.csv", "--output", "review.xlsx"],
    );
    assert_eq!(out.status.code(), Some(1), "the sheet has bad rows");
    let bytes = std::fs::read(tmp.path().join("review.xlsx")).unwrap();
    assert!(bytes.starts_with(b"PK\x03\x04"), "an XLSX is a zip archive");
    let out = run(
        tmp.path(),
        &["compare", "clients.csv", "--output", "review.csv"],
    );
    assert_eq!(out.status.code(), Some(1));
    let csv = std::fs::read_to_string(tmp.path().join("review.csv")).unwrap();
    assert!(csv.starts_with("source,enterprise,"), "{csv}");
    // An explicit --format wins over the name.
    let out = run(
        tmp.path(),
        &[
            "compare",
            "clients.csv",
            "--format",
            "json",
            "--output",
            "x.csv",
        ],
    );
    assert_eq!(out.status.code(), Some(1));
    let json = std::fs::read_to_string(tmp.path().join("x.csv")).unwrap();
    assert!(json.starts_with('{'), "{json}");
}
