//! The consultant's deliverable: the HTML report (pinned for every example in both
//! languages, with its chart), what a client document must and must not contain,
//! the date, and `--output-dir` for a folder of clients.

use std::path::Path;

use crate::support::{EXAMPLES, Snapshots, kam, stdout_of};

fn html(example: &str, lang: &str, extra: &[&str]) -> String {
    stdout_of(
        kam()
            .args([
                &format!("examples/{example}.toml"),
                "--format",
                "html",
                "--lang",
                lang,
            ])
            .args(extra),
    )
}

/// The `<svg>` element of a page.
fn svg_of(page: &str) -> Option<&str> {
    let start = page.find("<svg")?;
    let end = page[start..].find("</svg>")? + start + "</svg>".len();
    Some(&page[start..end])
}

/// A page as its snapshot keeps it: the style sheet, the same in every page, is checked
/// whole against its source once and stands as a marker; so does the chart, which has
/// a snapshot of its own.
fn page_snapshot(page: &str, svg_snapshot: Option<&str>) -> String {
    let style = std::fs::read_to_string("crates/kam-report/src/render/html/style.css").unwrap();
    assert_eq!(
        page.matches(style.as_str()).count(),
        1,
        "the page carries crates/kam-report/src/render/html/style.css whole, once"
    );
    let mut page = page.replacen(style.as_str(), "/* src/render/html/style.css */", 1);
    if let (Some(svg), Some(path)) = (svg_of(&page).map(str::to_string), svg_snapshot) {
        page = page.replacen(&svg, &format!("<!-- {path} -->"), 1);
    }
    page
}

#[test]
fn html_reports_and_their_charts_are_pinned() {
    let mut snaps = Snapshots::default();
    for example in EXAMPLES.iter().map(String::as_str) {
        for lang in ["en", "zh"] {
            let page = html(example, lang, &[]);
            let svg_path = format!("tests/expected/html/{example}.{lang}.svg");
            match svg_of(&page) {
                Some(svg) => snaps.check(&svg_path, &format!("{svg}\n")),
                None => assert!(
                    example.starts_with("no-key") || example.starts_with("startup"),
                    "{example} {lang}: no chart"
                ),
            }
            snaps.check(
                &format!("tests/expected/html/{example}.{lang}.html"),
                &page_snapshot(&page, Some(&svg_path)),
            );
        }
    }
    let page = html("provincial-postal", "zh", &["--why"]);
    snaps.check(
        "tests/expected/html/provincial-postal.zh.why.html",
        &page_snapshot(&page, Some("tests/expected/html/provincial-postal.zh.svg")),
    );
}

#[test]
fn a_page_is_self_contained_in_the_output_language() {
    for example in EXAMPLES.iter().map(String::as_str) {
        for lang in ["en", "zh"] {
            let page = html(example, lang, &[]);
            assert!(page.starts_with(&format!(
                "<!DOCTYPE html><html lang=\"{lang}\"><head><meta charset=\"utf-8\">"
            )));
            assert!(page.ends_with("</html>\n"), "{example} {lang}");
            for fetch in [
                "<script", "<link", "<img", "<iframe", "src=", "@import", "url(",
            ] {
                assert!(!page.contains(fetch), "{example} {lang}: {fetch}");
            }
            // The only URL is the SVG namespace, which is a name, not a fetch.
            assert_eq!(
                page.matches("http").count(),
                page.matches("xmlns=\"http://www.w3.org/2000/svg\"").count(),
                "{example} {lang}"
            );
            assert!(page.contains("@page {\n  size: A4;"));
        }
    }
}

#[test]
fn a_page_has_every_part_a_consultant_hands_over() {
    let page = html("medium-manufacturer", "en", &[]);
    assert!(page.contains("<h1>华东精密机械有限公司</h1>"));
    assert!(page.contains("<p class=\"date\">Date: 2026-11-28</p>"));
    for id in [
        "summary",
        "profile",
        "conditions",
        "recommendation",
        "org-chart",
        "staffing",
        "duties",
        "requirements",
        "manager",
        "next-steps",
    ] {
        assert!(page.contains(&format!("id=\"{id}\"")), "section {id}");
    }
    assert!(!page.contains("id=\"reasoning\""));
    assert!(page.contains("<strong>KAM department (二)3</strong>"));
    assert!(page.contains("· Rule 7 (medium-sized firm)</p>"));
    assert!(page.contains("Organise the training of the people who manage key accounts."));
    // The department's reporting line is the chapter's example, said under the chart.
    assert!(page.contains("<figcaption>The posts above the department are the reporting line"));
    // The source, once: the chapter, and NBS 2017 because the scale was inferred.
    assert_eq!(
        page.matches("Source: the chapter 重点客户管理的组织")
            .count(),
        1
    );
    assert!(page.contains("(《统计上大中小微型企业划分办法（2017）》)"));
    let declared = html("large-group", "zh", &[]);
    assert!(declared.contains("依据：第十一章第二节“重点客户管理的组织”"));
    assert!(!declared.contains("统计上大中小微型企业划分办法"));
    assert!(declared.contains("本章没有规定委员会在组织层级中的位置"));
    assert!(declared.contains("<p class=\"date\">日期：2026年11月28日</p>"));
    let why = html("medium-manufacturer", "en", &["--why"]);
    assert!(why.contains("<section id=\"reasoning\"><h2>Reasoning</h2>"));
}

#[test]
fn the_chart_draws_people_units_and_the_posts_above_apart_with_a_legend() {
    let page = html("provincial-postal", "en", &[]);
    let svg = svg_of(&page).unwrap_or_default();
    // Units are rectangles with small corners, people pills, the county tier dashed.
    assert!(svg.contains("rx=\"3\""));
    assert!(svg.contains("rx=\"18\""));
    assert!(svg.contains("stroke-dasharray=\"5 3\""));
    for entry in [
        "post above the KAM unit",
        "KAM unit",
        "people",
        "optional, decided locally",
    ] {
        assert!(svg.contains(&format!(">{entry}</text>")), "legend {entry}");
    }
    assert!(
        svg.contains(
            "aria-label=\"Organisation chart of the recommended key-account organisation\""
        )
    );
    // Top management is muted; the national body, the recommended unit, is heavy.
    assert!(svg.contains("fill=\"#f3f4f6\" stroke=\"#8a949e\""));
    assert_eq!(svg.matches("stroke-width=\"2.4\"").count(), 1);
    // No chart, and no (三)/(四), without a unit; the page says where to read them.
    let none = html("no-key-accounts", "en", &[]);
    assert!(svg_of(&none).is_none() && !none.contains("id=\"duties\""));
    assert!(
        none.contains("The duties of a KAM unit are set out in part (三) of the chapter's section")
    );
}

#[test]
fn user_text_is_escaped_and_the_file_path_never_shown() {
    let profile = "name = \"<script>alert(1)</script> & \\\"Söhne\\\" 'Co'\"\n\
                   annual_revenue = \"1亿\"\nkey_accounts = 8\nscale = \"medium\"\n";
    for format in ["html", "markdown"] {
        let out = kam()
            .args(["-", "--format", format, "--lang", "en"])
            .write_stdin(profile)
            .output()
            .unwrap();
        assert!(out.status.success());
        let page = String::from_utf8(out.stdout).unwrap();
        assert!(!page.contains("<script>"), "{format}");
        if format == "html" {
            assert!(page.contains(
                "<h1>&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;Söhne&quot; 'Co'</h1>"
            ));
        }
    }
    for format in ["html", "markdown"] {
        let page = stdout_of(kam().args(["examples/medium-manufacturer.toml", "--format", format]));
        assert!(!page.contains("examples/"), "{format}");
        assert!(!page.contains("medium-manufacturer"), "{format}");
    }
}

#[test]
fn the_date_is_today_unless_source_date_epoch_fixes_it() {
    let today = stdout_of(kam().env_remove("SOURCE_DATE_EPOCH").args([
        "examples/small-software.toml",
        "--format",
        "html",
    ]));
    let line = today
        .lines()
        .find_map(|l| l.split("<p class=\"date\">Date: ").nth(1))
        .and_then(|rest| rest.split('<').next())
        .unwrap_or_default();
    let digits: Vec<&str> = line.split('-').collect();
    assert_eq!(
        digits.iter().map(|d| d.len()).collect::<Vec<_>>(),
        [4, 2, 2],
        "{line}"
    );
    let epoch = |value: &str| {
        kam()
            .env("SOURCE_DATE_EPOCH", value)
            .args(["examples/small-software.toml", "--format", "markdown"])
            .output()
            .unwrap()
    };
    let fixed = epoch("951782400");
    assert!(String::from_utf8_lossy(&fixed.stdout).contains("\nDate: 2000-02-29\n"));
    let bad = epoch("yesterday");
    assert_eq!(bad.status.code(), Some(2));
    assert!(bad.stdout.is_empty());
    assert_eq!(
        String::from_utf8_lossy(&bad.stderr),
        "error: `SOURCE_DATE_EPOCH` must be a whole number of seconds since 1970-01-01 UTC \
         (it fixes the date reports carry), found \"yesterday\"\n"
    );
    // JSON and the table carry no date: the variable does not concern them.
    let json = kam()
        .env("SOURCE_DATE_EPOCH", "yesterday")
        .args(["examples/small-software.toml", "--format", "json"])
        .output()
        .unwrap();
    assert!(json.status.success());
}

#[test]
fn several_documents_on_stdout_are_refused_with_a_pointer_to_output_dir() {
    for format in ["html", "markdown", "dot"] {
        for args in [
            &["examples/small-software.toml", "examples/large-group.toml"][..],
            &["examples/"],
        ] {
            let out = kam()
                .args(args)
                .args(["--format", format])
                .output()
                .unwrap();
            assert_eq!(out.status.code(), Some(2), "{format} {args:?}");
            assert!(out.stdout.is_empty());
            let stderr = String::from_utf8_lossy(&out.stderr);
            assert!(
                stderr.starts_with(&format!(
                    "error: `--format {format}` writes one document per profile, and "
                )),
                "{stderr}"
            );
            assert!(stderr.contains("`--output-dir DIR`"), "{stderr}");
        }
    }
    let zh = kam()
        .args(["examples/", "--format", "html", "--lang", "zh"])
        .output()
        .unwrap();
    assert!(
        String::from_utf8_lossy(&zh.stderr).contains("请用 `--output-dir 目录` 写到一个文件夹")
    );
    // Streams are still fine on stdout.
    for format in ["json", "table"] {
        let out = kam()
            .args(["examples/", "--format", format])
            .output()
            .unwrap();
        assert!(out.status.success(), "{format}");
    }
}

fn files_in(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(dir)
        .map(|entries| {
            entries
                .filter_map(|e| e.ok())
                .map(|e| e.file_name().to_string_lossy().into_owned())
                .collect()
        })
        .unwrap_or_default();
    names.sort();
    names
}

#[test]
fn output_dir_writes_one_file_per_profile_named_after_it() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("reports");
    let dir_arg = dir.to_str().unwrap();
    let out = kam()
        .args(["examples/", "--format", "html", "--output-dir", dir_arg])
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    // Every TOML example, and each row of the portfolio sheet named after its enterprise.
    let mut expected: Vec<String> = EXAMPLES.iter().map(|e| format!("{e}.html")).collect();
    expected.extend(
        [
            "华东精密机械有限公司",
            "Pacific-Instruments-Inc",
            "省邮政分公司",
            "云图软件",
            "华北连锁超市",
        ]
        .map(|name| format!("{name}.html")),
    );
    expected.sort();
    assert_eq!(files_in(&dir), expected);
    // Listed as written (input order); compared as a set.
    let mut listed: Vec<String> = String::from_utf8(out.stdout)
        .unwrap()
        .lines()
        .map(String::from)
        .collect();
    listed.sort();
    let paths: Vec<String> = expected.iter().map(|f| format!("{dir_arg}/{f}")).collect();
    assert_eq!(listed, paths);
    let page = std::fs::read_to_string(dir.join("large-group.html")).unwrap();
    assert_eq!(
        page,
        html("large-group", "en", &[]),
        "a file holds what stdout would"
    );

    // Every format has its extension; standard input is `stdin`.
    for (format, ext) in [
        ("table", "txt"),
        ("json", "json"),
        ("markdown", "md"),
        ("dot", "dot"),
        ("html", "html"),
    ] {
        let each = tmp.path().join(format);
        let out = kam()
            .args([
                "-",
                "examples/small-software.toml",
                "--format",
                format,
                "--output-dir",
                each.to_str().unwrap(),
            ])
            .write_stdin(std::fs::read("examples/medium-manufacturer.toml").unwrap())
            .output()
            .unwrap();
        assert!(out.status.success(), "{format}");
        assert_eq!(
            files_in(&each),
            [format!("small-software.{ext}"), format!("stdin.{ext}")]
        );
    }
    let table = std::fs::read_to_string(tmp.path().join("table/stdin.txt")).unwrap();
    assert!(!table.contains('\u{1b}'), "no colour in a file");
}

#[test]
fn output_dir_refuses_before_writing_anything() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("out");
    std::fs::create_dir(&dir).unwrap();
    std::fs::write(dir.join("large-group.html"), "the consultant's edits").unwrap();
    let run = |extra: &[&str]| {
        kam()
            .args(["examples/small-software.toml", "examples/large-group.toml"])
            .args(["--format", "html", "--output-dir", dir.to_str().unwrap()])
            .args(extra)
            .output()
            .unwrap()
    };
    let refused = run(&[]);
    assert_eq!(refused.status.code(), Some(1));
    assert!(refused.stdout.is_empty());
    let stderr = String::from_utf8_lossy(&refused.stderr);
    assert!(
        stderr.contains("large-group.html already exists, so nothing was written: add --force"),
        "{stderr}"
    );
    assert_eq!(files_in(&dir), ["large-group.html"], "nothing written");
    assert_eq!(
        std::fs::read_to_string(dir.join("large-group.html")).unwrap(),
        "the consultant's edits"
    );

    let forced = run(&["--force"]);
    assert!(forced.status.success());
    assert_eq!(files_in(&dir), ["large-group.html", "small-software.html"]);
    assert!(
        std::fs::read_to_string(dir.join("large-group.html"))
            .unwrap()
            .contains("华北能源装备集团有限公司")
    );

    // Two profiles that would share a file: nothing written, both named.
    let clash = tmp.path().join("clash");
    let a = tmp.path().join("a");
    let b = tmp.path().join("b");
    for d in [&a, &b] {
        std::fs::create_dir(d).unwrap();
        std::fs::copy("examples/small-software.toml", d.join("client.toml")).unwrap();
    }
    let out = kam()
        .args([a.join("client.toml"), b.join("client.toml")])
        .args(["--format", "json", "--output-dir"])
        .arg(&clash)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("would both be written to"), "{stderr}");
    assert!(stderr.contains("a/client.toml and ") && stderr.contains("b/client.toml"));
    assert!(!clash.exists(), "the directory is not even created");

    // --force only with --output-dir; --output-dir only for the advice.
    let out = kam()
        .args(["examples/small-software.toml", "--force"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let out = kam()
        .args(["--output-dir", "x", "explain"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(
        String::from_utf8_lossy(&out.stderr)
            .starts_with("error: `--output-dir` does not apply to `explain`")
    );
}

#[test]
fn a_broken_profile_in_a_batch_gets_no_file_and_the_others_are_written() {
    let tmp = tempfile::tempdir().unwrap();
    let clients = tmp.path().join("clients");
    std::fs::create_dir(&clients).unwrap();
    std::fs::copy(
        "examples/small-software.toml",
        clients.join("a-software.toml"),
    )
    .unwrap();
    std::fs::write(
        clients.join("b-broken.toml"),
        "name = \"Broken\"\nkey_accounts = -1\n",
    )
    .unwrap();
    std::fs::copy("examples/large-group.toml", clients.join("c-group.toml")).unwrap();
    let dir = tmp.path().join("reports");
    let out = kam()
        .arg(&clients)
        .args(["--format", "html", "--lang", "zh", "--output-dir"])
        .arg(&dir)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(files_in(&dir), ["a-software.html", "c-group.html"]);
    assert_eq!(String::from_utf8_lossy(&out.stdout).lines().count(), 2);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("b-broken.toml"), "{stderr}");
    assert!(
        stderr.ends_with("错误：3 份资料中有 1 份未能处理\n"),
        "{stderr}"
    );
}
