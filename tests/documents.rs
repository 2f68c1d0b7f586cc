//! The documents a consultant hands to a client (HTML, Markdown), read as the client
//! reads them: worded for the client, every warning in the summary, every fact of the
//! profile, and what the consultant adds (prepared by, logo, confidential).

use std::path::PathBuf;

use crate::support::kam;

/// Every shipped example profile.
fn examples() -> Vec<PathBuf> {
    let mut all: Vec<PathBuf> = std::fs::read_dir(concat!(env!("CARGO_MANIFEST_DIR"), "/examples"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "toml"))
        .collect();
    all.sort();
    all
}

/// (stdout, stderr, exit code) of a run.
fn run(args: &[&str], stdin: Option<&str>) -> (String, String, i32) {
    let mut cmd = kam();
    cmd.args(args);
    if let Some(doc) = stdin {
        cmd.write_stdin(doc.to_string());
    }
    let out = cmd.output().unwrap();
    (
        String::from_utf8(out.stdout).unwrap(),
        String::from_utf8(out.stderr).unwrap(),
        out.status.code().unwrap_or(-1),
    )
}

/// What a document for a client must never show: commands, options, profile keys,
/// rule ids, code spans.
const TOOL_WORDS: [&str; 22] = [
    "kam-advise",
    "--rules",
    "--format",
    "explain duties",
    "`",
    "<code>",
    "annual_revenue",
    "key_accounts",
    "strategic_plan",
    "account_development",
    "current_setup",
    "cny_rate",
    "total_assets",
    "[network]",
    "[team]",
    "kind =",
    "scale =",
    "large-enterprise",
    "no-condition-met",
    "medium-scale",
    "rules file",
    "run the advice",
];

fn assert_client_worded(doc: &str, what: &str) {
    // Mermaid's fence is the one run of backticks a Markdown report may hold.
    let doc = doc.replace("```mermaid", "").replace("```", "");
    for word in TOOL_WORDS {
        assert!(!doc.contains(word), "{what} shows {word:?}:\n{doc}");
    }
}

#[test]
fn documents_speak_to_the_client_in_both_languages() {
    let dir = tempfile::tempdir().unwrap();
    let rules = dir.path().join("rules.toml");
    let rules = rules.to_str().unwrap();
    std::fs::write(
        rules,
        "accounts_per_manager = 6\nteam_max_key_accounts = 8\n",
    )
    .unwrap();
    for example in examples() {
        let path = example.to_str().unwrap();
        for lang in ["en", "zh"] {
            for format in ["html", "markdown"] {
                for extra in [&[][..], &["--rules", rules][..], &["--why"][..]] {
                    let args = [&[path, "--format", format, "--lang", lang][..], extra].concat();
                    let (doc, _, code) = run(&args, None);
                    assert_eq!(code, 0, "{args:?}");
                    assert_client_worded(&doc, &format!("{args:?}"));
                }
            }
        }
    }
}

#[test]
fn warnings_stand_in_the_summary_for_the_client_and_on_stderr_for_the_consultant() {
    // Declared small, but 450 employees and 8000万 make an industrial firm medium.
    let mismatch = "name = \"A\"\nannual_revenue = \"8000万\"\nkey_accounts = 12\nscale = \"small\"\nindustry = \"industry\"\nemployees = 450\n";
    let (html, stderr, code) = run(&["-", "--format", "html"], Some(mismatch));
    assert_eq!(code, 0);
    let summary = html
        .split("<section class=\"summary\"")
        .nth(1)
        .and_then(|s| s.split("</section>").next())
        .unwrap();
    assert!(
        summary.contains("The declared size, small, does not match the figures given, which make the firm medium under the national classification (NBS 2017)."),
        "{summary}"
    );
    assert!(
        stderr.starts_with("warning: -: The declared scale is small"),
        "{stderr}"
    );
    assert!(
        stderr.contains("check `scale` against `employees`"),
        "{stderr}"
    );

    let (md, stderr, _) = run(
        &["-", "--format", "markdown", "--lang", "zh"],
        Some(mismatch),
    );
    assert!(md.contains("> ⚠ 资料中填写的规模为小型，但按国家统计局《统计上大中小微型企业划分办法（2017）》，所给数据对应中型。"), "{md}");
    assert!(stderr.starts_with("警告：-: "), "{stderr}");

    // The table is the consultant's own view: no warning twice on stderr.
    let (_, stderr, _) = run(&["-"], Some(mismatch));
    assert!(stderr.is_empty(), "{stderr}");

    // A rules file: ◆ in the document, a notice for the consultant.
    let dir = tempfile::tempdir().unwrap();
    let rules = dir.path().join("rules.toml");
    std::fs::write(&rules, "accounts_per_manager = 6\n").unwrap();
    let rules = rules.to_str().unwrap();
    let (md, stderr, _) = run(
        &[
            "examples/medium-manufacturer.toml",
            "--format",
            "markdown",
            "--rules",
            rules,
        ],
        None,
    );
    assert!(
        md.contains("> ⚠ Figures marked ◆ are the organisation's own settings, not the chapter's."),
        "{md}"
    );
    assert!(
        md.contains("| KAM manager | 2 | ◆ the organisation's own setting |"),
        "{md}"
    );
    assert!(
        stderr.contains("the report uses figures from your --rules file"),
        "{stderr}"
    );
}

#[test]
fn the_organisation_table_holds_every_fact_and_the_legend_explains_the_clauses() {
    let (md, _, _) = run(
        &["examples/medium-manufacturer.toml", "--format", "markdown"],
        None,
    );
    for row in [
        "| Annual revenue | CNY 80,000,000 |",
        "| Employees | 450 |",
        "| Today's setup | individual salespeople |",
        "| Considered for strategy and development | yes |",
        "| A unit would develop key accounts faster | not stated |",
        "*(一), (二), (三) and (四) are the four parts of the chapter's section; (一)1 is part (一), item 1.*",
    ] {
        assert!(md.contains(row), "{row}\n{md}");
    }
    let (md, _, _) = run(
        &[
            "examples/multinational-usd.toml",
            "--format",
            "markdown",
            "--lang",
            "zh",
        ],
        None,
    );
    assert!(
        md.contains("| 年度销售额 | 12亿美元（按1美元＝7.1元人民币折合85.2亿元） |"),
        "{md}"
    );
    assert!(!md.contains("are the four parts"), "{md}");
    let (md, _, _) = run(
        &["examples/provincial-network.toml", "--format", "markdown"],
        None,
    );
    assert!(
        md.contains("| Levels of the organisation | provincial"),
        "{md}"
    );
}

#[test]
fn prepared_by_logo_and_confidential() {
    let dir = tempfile::tempdir().unwrap();
    let logo = dir.path().join("logo.svg");
    let logo = logo.to_str().unwrap();
    std::fs::write(
        logo,
        "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"10\" height=\"10\"/>",
    )
    .unwrap();
    let base = [
        "examples/medium-manufacturer.toml",
        "--prepared-by",
        "Lin & Partners",
        "--confidential",
    ];
    let (html, _, code) = run(
        &[&base[..], &["--format", "html", "--logo", logo]].concat(),
        None,
    );
    assert_eq!(code, 0);
    assert!(
        html.contains("<p class=\"prepared\">Prepared by Lin &amp; Partners</p>"),
        "{html}"
    );
    assert!(
        html.contains("<img class=\"logo\" src=\"data:image/svg+xml;base64,"),
        "{html}"
    );
    assert!(
        html.contains("@top-right { content: \"Confidential\""),
        "{html}"
    );
    let (md, _, _) = run(
        &[
            &base[..],
            &["--format", "markdown", "--logo", logo, "--lang", "zh"],
        ]
        .concat(),
        None,
    );
    assert!(
        md.contains("编制：Lin & Partners") && md.contains("**保密**"),
        "{md}"
    );
    assert!(!md.contains("base64"), "{md}");

    // Not a document: a usage error, exit 2, in the output language.
    let (_, stderr, code) = run(&[&base[..], &["--lang", "zh"]].concat(), None);
    assert_eq!(code, 2);
    assert!(
        stderr.contains("`--prepared-by` 只用于交给客户的文档"),
        "{stderr}"
    );
    let (_, stderr, code) = run(&["rules", "--confidential"], None);
    assert_eq!(code, 2, "{stderr}");

    // A logo that is not an image, or too large: exit 1, naming the file.
    let (_, stderr, code) = run(
        &[
            "examples/medium-manufacturer.toml",
            "--format",
            "html",
            "--logo",
            "Cargo.toml",
        ],
        None,
    );
    assert_eq!(code, 1);
    assert_eq!(
        stderr,
        "error: Cargo.toml: the logo is not a PNG, JPEG or SVG image\n"
    );
    std::fs::write(logo, vec![b' '; 1024 * 1024 + 1]).unwrap();
    let (_, stderr, code) = run(
        &[
            "examples/medium-manufacturer.toml",
            "--format",
            "html",
            "--logo",
            logo,
            "--lang",
            "zh",
        ],
        None,
    );
    assert_eq!(code, 1);
    assert!(
        stderr.ends_with("标志图片超过 1024 KiB，请换用较小的图片\n"),
        "{stderr}"
    );
}
