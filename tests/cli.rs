//! The command line as scripts and people use it: inputs, order, exit codes,
//! language, colour, rules, pipes.

use std::io::Read;
use std::process::Stdio;

use crate::support::{kam, stdout_of};

fn names_in_json_lines(out: &str) -> Vec<String> {
    out.lines()
        .map(|l| {
            let v: serde_json::Value =
                serde_json::from_str(l).unwrap_or_else(|e| panic!("{e}: {l}"));
            v["name"].as_str().unwrap_or_default().to_string()
        })
        .collect()
}

#[test]
fn no_profile_is_a_usage_error_with_exit_2() {
    let out = kam().output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("no PROFILE given"), "{stderr}");
    assert!(out.stdout.is_empty());
    let out = kam()
        .args(["examples/small-software.toml", "--format", "xml"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("[possible values: table, json"));
}

#[test]
fn help_teaches_with_examples_and_version_prints() {
    let help = stdout_of(kam().arg("--help"));
    assert!(help.contains("Examples:"), "{help}");
    assert!(help.contains("kam-advise clients/ --format json"), "{help}");
    assert!(help.contains("Exit codes: 0"), "{help}");
    let version = stdout_of(kam().arg("--version"));
    assert_eq!(
        version,
        format!("kam-advise {}\n", env!("CARGO_PKG_VERSION"))
    );
}

#[test]
fn stdin_is_read_with_a_dash_and_named_dash() {
    let profile = std::fs::read("examples/small-software.toml").unwrap_or_default();
    let out = kam()
        .args(["-", "--format", "json"])
        .write_stdin(profile)
        .output()
        .unwrap();
    assert!(out.status.success());
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap_or_default();
    assert_eq!(v["source"], "-");
    assert_eq!(v["form"], "team");
    let out = kam().arg("-").write_stdin("name = 1").output().unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert!(
        String::from_utf8_lossy(&out.stderr).starts_with("error: -:1:8: `name` must be a string")
    );
}

#[test]
fn a_directory_is_every_toml_inside_in_name_order_and_the_batch_keeps_argument_order() {
    let out = stdout_of(kam().args([
        "examples/small-software.toml",
        "examples/",
        "--format",
        "json",
    ]));
    let names = names_in_json_lines(&out);
    assert_eq!(
        names,
        [
            "Lakeside Software Studio",
            "华北能源装备集团有限公司",
            "江南百货连锁股份有限公司",
            "华东精密机械有限公司",
            "Pacific Instruments Group",
            "Northgate Distribution Ltd",
            // examples/portfolio.csv: a directory reads its sheets too, in name order.
            "华东精密机械有限公司",
            "Pacific Instruments, Inc.",
            "省邮政分公司",
            "云图软件",
            "华北连锁超市",
            "某省邮政分公司重点客户体系",
            "国家邮政重点客户营销体系",
            "西部商贸集团",
            "Riverside Analytics Ltd",
            "Lakeside Software Studio",
            "青禾农业科技有限公司",
        ]
    );
}

#[test]
fn a_folder_of_forty_with_one_broken_file_gives_39_lines_one_error_and_exit_1() {
    let dir = tempfile::tempdir().unwrap();
    let good = std::fs::read_to_string("examples/medium-manufacturer.toml").unwrap_or_default();
    for i in 0..40 {
        let text = if i == 17 {
            "name = \"broken\"\nkey_accounts = -1\n".to_string()
        } else {
            good.replace("华东精密机械有限公司", &format!("client {i:02}"))
        };
        std::fs::write(dir.path().join(format!("client-{i:02}.toml")), text).unwrap();
    }
    std::fs::write(dir.path().join("notes.txt"), "not a profile").unwrap();
    let out = kam()
        .arg(dir.path())
        .args(["--format", "json"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let stdout = String::from_utf8_lossy(&out.stdout);
    let names = names_in_json_lines(&stdout);
    assert_eq!(names.len(), 39);
    assert!(!names.contains(&"broken".to_string()));
    assert_eq!(names[17], "client 18");
    let stderr = String::from_utf8_lossy(&out.stderr);
    let path = dir.path().join("client-17.toml");
    assert_eq!(
        stderr,
        format!(
            "error: {p}:2:16: `key_accounts` must be 0 or more, found -1\n\
             error: {p}: missing required key `annual_revenue` (e.g. `annual_revenue = \"8000万\"`)\n\
             error: 1 of 40 profiles failed\n",
            p = path.display()
        )
    );
}

#[test]
fn table_output_separates_profiles_in_a_batch() {
    let out = stdout_of(kam().args([
        "examples/small-software.toml",
        "examples/startup-no-condition.toml",
    ]));
    assert_eq!(out.matches("Key-account organisation advice — ").count(), 2);
    assert_eq!(out.matches(&"━".repeat(80)).count(), 1);
}

#[test]
fn a_closed_stdout_ends_quietly() {
    let mut child = std::process::Command::new(env!("CARGO_BIN_EXE_kam-advise"))
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .args(["examples/", "examples/", "examples/", "examples/"])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    // Read one line, then close the pipe, as `| head -1` does.
    let mut stdout = child.stdout.take().unwrap_or_else(|| panic!("no stdout"));
    let mut first = [0u8; 16];
    let _ = stdout.read(&mut first);
    drop(stdout);
    let out = child.wait_with_output().unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.is_empty(), "{stderr}");
    assert_eq!(out.status.code(), Some(0));
}

#[test]
fn a_closed_stdout_after_a_failed_profile_still_exits_1() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("a-broken.toml"),
        "name = \"broken\"\nkey_accounts = -1\n",
    )
    .unwrap();
    let mut child = std::process::Command::new(env!("CARGO_BIN_EXE_kam-advise"))
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .arg(dir.path())
        .args(["examples/", "--format", "json"])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    // The reader goes away before the batch's output is written (it is buffered).
    drop(child.stdout.take());
    let out = child.wait_with_output().unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("a-broken.toml"), "{stderr}");
    assert_eq!(
        out.status.code(),
        Some(1),
        "a reported failure is never exit 0"
    );
}

#[test]
fn language_follows_the_flag_then_the_locale() {
    let zh = stdout_of(
        kam()
            .arg("examples/small-software.toml")
            .env("LANG", "zh_CN.UTF-8"),
    );
    assert!(zh.starts_with("重点客户管理组织建议"), "{zh}");
    let zh = stdout_of(
        kam()
            .arg("examples/small-software.toml")
            .env("LC_ALL", "zh_TW.UTF-8")
            .env("LANG", "en_US.UTF-8"),
    );
    assert!(zh.starts_with("重点客户管理组织建议"));
    let en = stdout_of(
        kam()
            .arg("examples/small-software.toml")
            .env("LC_ALL", "en_GB.UTF-8")
            .env("LANG", "zh_CN.UTF-8"),
    );
    assert!(en.starts_with("Key-account organisation advice"));
    let en = stdout_of(
        kam()
            .args(["examples/small-software.toml", "--lang", "en"])
            .env("LANG", "zh_CN.UTF-8"),
    );
    assert!(en.starts_with("Key-account organisation advice"));
    let json = stdout_of(
        kam()
            .args(["examples/small-software.toml", "--format", "json"])
            .env("LANG", "zh_CN.UTF-8"),
    );
    let v: serde_json::Value = serde_json::from_str(&json).unwrap_or_default();
    assert_eq!(v["lang"], "zh");
    assert_eq!(v["form"], "team");
    assert_eq!(v["form_name"], "重点客户管理小组（跨职能小组）");
}

#[test]
fn colour_only_when_asked_or_on_a_terminal_and_never_with_no_color() {
    let plain = stdout_of(kam().arg("examples/small-software.toml"));
    assert!(!plain.contains('\u{1b}'), "no colour into a pipe");
    let coloured = stdout_of(kam().args(["examples/small-software.toml", "--color", "always"]));
    assert!(
        coloured.contains("\u{1b}[1m"),
        "bold headings with --color always"
    );
    let no_color = stdout_of(
        kam()
            .args(["examples/small-software.toml", "--color", "always"])
            .env("NO_COLOR", "1"),
    );
    assert!(!no_color.contains('\u{1b}'));
    let json = stdout_of(kam().args([
        "examples/small-software.toml",
        "--color",
        "always",
        "--format",
        "json",
    ]));
    assert!(!json.contains('\u{1b}'), "JSON is never coloured");
}

#[test]
fn width_follows_columns_when_not_on_a_terminal() {
    let mut runs: Vec<(usize, String, &str)> =
        vec![(60, "examples/provincial-postal.toml".into(), "zh")];
    let mut examples: Vec<String> = std::fs::read_dir("examples")
        .unwrap()
        .filter_map(Result::ok)
        .map(|e| e.path().display().to_string())
        .filter(|p| p.ends_with(".toml"))
        .collect();
    examples.sort();
    for width in [80usize, 120] {
        for example in &examples {
            for lang in ["en", "zh"] {
                runs.push((width, example.clone(), lang));
            }
        }
    }
    for (width, example, lang) in runs {
        let out = stdout_of(
            kam()
                .args([example.as_str(), "--why", "--lang", lang])
                .env("COLUMNS", width.to_string()),
        );
        for line in out.lines() {
            let w: usize = line
                .chars()
                .map(|c| unicode_width::UnicodeWidthChar::width(c).unwrap_or(0))
                .sum();
            assert!(w <= width, "{example} {lang} at {width}: {w}: {line}");
        }
    }
}

#[test]
fn rules_dump_load_round_trip_gives_identical_advice() {
    let dir = tempfile::tempdir().unwrap();
    let rules = dir.path().join("rules.toml");
    let dumped = stdout_of(kam().arg("rules"));
    assert!(dumped.contains("accounts_per_manager = 9"), "{dumped}");
    assert!(dumped.contains("# (一)1 "), "{dumped}");
    std::fs::write(&rules, &dumped).unwrap();
    let plain = stdout_of(kam().args(["examples/", "--format", "json"]));
    let loaded = stdout_of(
        kam()
            .args(["examples/", "--format", "json", "--rules"])
            .arg(&rules),
    );
    assert_eq!(plain, loaded);

    // Edit one threshold: 5 accounts per manager changes the staffing and says so.
    std::fs::write(
        &rules,
        dumped.replace("accounts_per_manager = 9", "accounts_per_manager = 5"),
    )
    .unwrap();
    let edited = stdout_of(
        kam()
            .args([
                "examples/multinational-usd.toml",
                "--format",
                "json",
                "--rules",
            ])
            .arg(&rules),
    );
    let v: serde_json::Value = serde_json::from_str(&edited).unwrap_or_default();
    assert_eq!(v["staffing"]["kam_managers"], 8);
    assert_eq!(v["default_rules"], false);
    assert!(
        v["hints"]
            .as_array()
            .into_iter()
            .flatten()
            .any(|h| h.as_str().unwrap_or_default().contains("--rules"))
    );
    let shown = stdout_of(kam().arg("rules").arg("--rules").arg(&rules));
    assert!(shown.contains("accounts_per_manager = 5"));
    assert!(shown.contains("# (default: 9)"));
}

#[test]
fn a_bad_rules_file_is_an_error_naming_file_and_key() {
    let dir = tempfile::tempdir().unwrap();
    let rules = dir.path().join("rules.toml");
    std::fs::write(
        &rules,
        "accounts_per_manager = 0\nrevenue_treshold_cny = 1\n",
    )
    .unwrap();
    let out = kam()
        .args(["examples/small-software.toml", "--rules"])
        .arg(&rules)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert!(out.stdout.is_empty());
    assert_eq!(
        String::from_utf8_lossy(&out.stderr),
        format!(
            "error: {p}:1:24: `accounts_per_manager` must be at least 1: a KAM manager looks after one account or more\n\
             error: {p}:2:1: unknown key `revenue_treshold_cny`: did you mean `revenue_threshold_cny`?\n",
            p = rules.display()
        )
    );
}

#[test]
fn a_file_named_like_a_subcommand_is_read_as_dot_slash_name() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::copy("examples/small-software.toml", dir.path().join("rules")).unwrap();
    let out = kam()
        .current_dir(dir.path())
        .args(["./rules", "--format", "json"])
        .output()
        .unwrap();
    assert!(out.status.success(), "{:?}", out);
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap_or_default();
    assert_eq!(v["source"], "./rules");
}

#[test]
fn completions_and_man_page_are_generated_from_the_cli() {
    let bash = stdout_of(kam().args(["--generate", "bash"]));
    assert!(
        bash.contains("complete -F") && bash.contains("--format"),
        "{bash}"
    );
    let man = stdout_of(kam().args(["--generate", "man"]));
    assert!(
        man.starts_with(".ie") || man.contains(".TH kam-advise"),
        "{man}"
    );
    for shell in ["zsh", "fish", "powershell"] {
        assert!(!stdout_of(kam().args(["--generate", shell])).is_empty());
    }
}

#[test]
fn extreme_but_valid_figures_are_advised_exactly() {
    let profile = "name = \"Huge\"\nannual_revenue = 1000000000000000\nkey_accounts = 1000000000\nkind = \"multinational\"\nscale = \"large\"\n";
    for format in ["table", "json", "markdown", "dot"] {
        let out = kam()
            .args(["-", "--format", format])
            .write_stdin(profile)
            .output()
            .unwrap();
        assert!(
            out.status.success(),
            "{format}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
    }
    let json: serde_json::Value = serde_json::from_str(&stdout_of(
        kam().args(["-", "--format", "json"]).write_stdin(profile),
    ))
    .unwrap_or_default();
    assert_eq!(json["revenue_cny"], 1_000_000_000_000_000u64);
    assert_eq!(json["staffing"]["kam_managers"], 111_111_112);
    assert_eq!(json["staffing"]["focus_executives"], 1_000_000_000);
    assert!(
        json["hints"][0]
            .as_str()
            .unwrap_or_default()
            .contains("At 1,000,000,009 key accounts")
    );
}

/// Revenue in the forms people type, end to end: each is advised on its exact yuan.
#[test]
fn money_strings_as_people_type_them_are_advised_exactly() {
    let profile = |revenue: &str, currency: &str| {
        format!(
            "name = \"A\"\nannual_revenue = \"{revenue}\"\ncurrency = \"{currency}\"\n\
             key_accounts = 12\nscale = \"medium\"\n"
        )
    };
    let json_of = |doc: String| -> serde_json::Value {
        let out = kam()
            .args(["-", "--format", "json"])
            .write_stdin(doc.clone())
            .output()
            .unwrap();
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert!(out.status.success(), "{doc}: {stderr}");
        serde_json::from_slice(&out.stdout).unwrap_or_else(|e| panic!("{doc}: {e}"))
    };

    // The report that started it: RMB is CNY, needs no rate, and 8000万元 is 80,000,000.
    let json = json_of(profile("8000万元", "RMB"));
    assert_eq!(json["revenue_cny"], 80_000_000u64);
    assert_eq!(json["revenue"]["currency"], "CNY");
    assert_eq!(json["revenue"]["amount"], "80000000");
    assert_eq!(json["revenue"]["cny_rate"], "1");
    assert_eq!(json["conditions"][0]["id"], "revenue");
    assert_eq!(json["conditions"][0]["met"], true);

    let cases: [(&str, &str, u64); 12] = [
        ("5000万元", "CNY", 50_000_000),
        ("1.2亿元", "cny", 120_000_000),
        ("¥8000万", "人民币", 80_000_000),
        ("80 million", "RMB", 80_000_000),
        ("5千万", "rmb", 50_000_000),
        ("300百万", "CNY", 300_000_000),
        ("８０００万", "CNY", 80_000_000),
        ("80，000，000", "CNY", 80_000_000),
        ("３．５万亿元", "CNY", 3_500_000_000_000),
        ("￥1,200万", "CNY", 12_000_000),
        ("0.8亿元", "CNY", 80_000_000),
        // 49,999,999.5 yuan: whole yuan are truncated, never rounded up to 5000万.
        ("4999.99995万", "CNY", 49_999_999),
    ];
    for (revenue, currency, yuan) in cases {
        let json = json_of(profile(revenue, currency));
        assert_eq!(json["revenue_cny"], yuan, "{revenue}");
        assert_eq!(json["revenue"]["currency"], "CNY", "{revenue}");
    }

    // Another currency: upper-cased, its sign accepted, the float rate exact.
    let doc = "name = \"A\"\nannual_revenue = \"$10M\"\ncurrency = \"usd\"\ncny_rate = 7.8\n\
               key_accounts = 12\nscale = \"medium\"\n";
    let json = json_of(doc.to_string());
    assert_eq!(json["revenue_cny"], 78_000_000u64);
    assert_eq!(json["revenue"]["currency"], "USD");
    assert_eq!(json["revenue"]["amount"], "10000000");
    assert_eq!(json["revenue"]["cny_rate"], "7.8");
}

/// The exit code and the first line of stderr.
fn code_and_first_error(cmd: &mut assert_cmd::Command) -> (Option<i32>, String) {
    let out = cmd.output().unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    (
        out.status.code(),
        stderr.lines().next().unwrap_or_default().to_string(),
    )
}

fn rules_file(dir: &tempfile::TempDir) -> std::path::PathBuf {
    let rules = dir.path().join("my.toml");
    std::fs::write(&rules, "accounts_per_manager = 7\n").unwrap();
    rules
}

#[test]
fn global_options_stand_before_or_after_the_subcommand() {
    for args in [["--lang", "zh", "explain"], ["explain", "--lang", "zh"]] {
        let out = stdout_of(kam().args(args));
        assert!(
            out.starts_with("(一) 企业设立重点客户管理机构的条件\n"),
            "{args:?}: {out}"
        );
    }
    let dir = tempfile::tempdir().unwrap();
    let rules = rules_file(&dir);
    for before in [true, false] {
        let mut cmd = kam();
        if before {
            cmd.arg("--rules").arg(&rules).arg("rules");
        } else {
            cmd.arg("rules").arg("--rules").arg(&rules);
        }
        let out = cmd.output().unwrap();
        assert_eq!(out.status.code(), Some(0), "{out:?}");
        let toml = String::from_utf8_lossy(&out.stdout);
        assert!(toml.contains("accounts_per_manager = 7\n"), "{toml}");
        assert!(toml.contains("# (default: 9)"), "{toml}");
    }
    let out = stdout_of(
        kam()
            .arg("--rules")
            .arg(&rules)
            .args(["explain", "staffing", "--lang", "en"]),
    );
    assert!(out.contains("key accounts ÷ 7, rounded up"), "{out}");
    let out = kam()
        .arg("--rules")
        .arg(&rules)
        .args(["explain", "conditions"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{out:?}");
    // `--format` before the subcommand applies to it.
    let json = stdout_of(kam().args(["--format", "json", "compare", "examples/"]));
    // Eleven profiles and the five rows of examples/portfolio.csv.
    assert_eq!(json.lines().count(), 16, "{json}");
}

#[test]
fn options_a_subcommand_does_not_use_are_usage_errors_that_say_so() {
    let cases: [(&[&str], &str); 10] = [
        (
            &[
                "exercise", "-n", "5", "--seed", "1", "-o", "set", "--format", "json",
            ],
            "error: `--format` does not apply to `exercise`: it writes a whole set of files (Markdown, JSON Lines, TOML, GIFT) to --output-dir",
        ),
        (
            &["grade", "returned", "--key", "set", "--rules", "my.toml"],
            "error: `--rules` does not apply to `grade`: a class set and its key follow the chapter's own figures, so that every answer can be checked against the chapter",
        ),
        (
            &["--why", "compare", "examples/"],
            "error: `--why` does not apply to `compare`: only the advice on profiles shows its reasoning (kam-advise PROFILE... --why)",
        ),
        (
            &["compare", "examples/", "--why"],
            "error: `--why` does not apply to `compare`: only the advice on profiles shows its reasoning (kam-advise PROFILE... --why)",
        ),
        (
            &["interview", "-f", "dot"],
            "error: `--format` does not apply to `interview`: it asks questions and writes a TOML profile only",
        ),
        (
            &["--format", "dot", "init"],
            "error: `--format dot` does not apply to `init`: use toml or csv",
        ),
        (
            &["init", "--rules", "my.toml"],
            "error: `--rules` does not apply to `init`: a new profile uses no thresholds",
        ),
        (
            &["-f", "json", "explain"],
            "error: `--format json` does not apply to `explain`: use table or markdown",
        ),
        (
            &["rules", "-f", "table"],
            "error: invalid value 'table' for '--format <FORMAT>'",
        ),
        (
            &["--rules", "a.toml", "rules", "--rules", "b.toml"],
            "error: `--rules` is given both before and after `rules`: give it once",
        ),
    ];
    for (args, first) in cases {
        let (code, line) = code_and_first_error(kam().args(args));
        assert_eq!(code, Some(2), "{args:?}");
        assert_eq!(line, first, "{args:?}");
    }
    let (code, line) =
        code_and_first_error(kam().args(["--why", "compare", "examples/", "--lang", "zh"]));
    assert_eq!(code, Some(2));
    assert_eq!(
        line,
        "错误：`--why` 不适用于 `compare`：只有针对资料文件给出建议时才列出推理过程（kam-advise 资料文件... --why）"
    );
    let (code, line) = code_and_first_error(
        kam()
            .args(["-f", "dot", "interview"])
            .env("LANG", "zh_CN.UTF-8"),
    );
    assert_eq!(code, Some(2));
    assert_eq!(
        line,
        "错误：`--format` 不适用于 `interview`：它以问答方式填写，只输出 TOML 格式的资料文件"
    );
}

#[test]
fn rules_print_as_json_when_asked() {
    for args in [["rules", "-f", "json"], ["-f", "json", "rules"]] {
        let out = stdout_of(kam().args(args));
        let v: serde_json::Value =
            serde_json::from_str(&out).unwrap_or_else(|e| panic!("{args:?}: {e}: {out}"));
        assert_eq!(v["accounts_per_manager"], 9);
        assert_eq!(v["revenue_threshold_cny"], 50_000_000);
        assert_eq!(out.lines().count(), 1);
    }
}

#[test]
fn a_subcommands_help_lists_only_the_options_it_uses() {
    let init = stdout_of(kam().args(["init", "--help"]));
    for absent in ["--why", "--rules", "--generate", "--sheet"] {
        assert!(!init.contains(absent), "init --help shows {absent}: {init}");
    }
    let interview = stdout_of(kam().args(["interview", "--help"]));
    for absent in ["--why", "--rules", "--format", "--generate", "--sheet"] {
        assert!(
            !interview.contains(absent),
            "interview --help shows {absent}: {interview}"
        );
    }
    assert!(init.contains("--kind") && init.contains("--lang") && init.contains("--color"));
    for sub in ["rules", "explain", "compare"] {
        let help = stdout_of(kam().args([sub, "--help"]));
        assert!(!help.contains("--why"), "{sub}: {help}");
        assert!(!help.contains("--generate"), "{sub}: {help}");
        assert!(
            help.contains("--rules <FILE>") && help.contains("--format <FORMAT>"),
            "{sub}: {help}"
        );
    }
    let rules = stdout_of(kam().args(["rules", "--help"]));
    assert!(
        rules.contains("toml") && !rules.contains("markdown"),
        "{rules}"
    );
    let explain = stdout_of(kam().args(["explain", "--help"]));
    assert!(
        !explain.contains("json") && !explain.contains("dot"),
        "{explain}"
    );
}

#[test]
fn a_file_named_like_explain_is_read_as_dot_slash_explain() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::copy("examples/small-software.toml", dir.path().join("explain")).unwrap();
    let out = kam()
        .current_dir(dir.path())
        .args(["--lang", "zh", "./explain", "--format", "json"])
        .output()
        .unwrap();
    assert!(out.status.success(), "{out:?}");
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap_or_default();
    assert_eq!(v["source"], "./explain");
}

#[test]
fn os_errors_are_worded_in_the_output_language_and_name_the_file() {
    let cases: [(&[&str], &str, &str); 3] = [
        (
            &["tests/no-such-profile.toml"],
            "error: tests/no-such-profile.toml: could not read profile: file not found",
            "错误：tests/no-such-profile.toml: 无法读取资料文件：找不到文件",
        ),
        (
            &["--rules", "examples/", "examples/small-software.toml"],
            "error: examples/: could not read rules file: it is a directory, not a file",
            "错误：examples/: 无法读取规则文件：是目录，不是文件",
        ),
        (
            &["--rules", "examples/", "rules"],
            "error: examples/: could not read rules file: it is a directory, not a file",
            "错误：examples/: 无法读取规则文件：是目录，不是文件",
        ),
    ];
    for (args, en, zh) in cases {
        let (code, line) = code_and_first_error(kam().args(args));
        assert_eq!((code, line.as_str()), (Some(1), en), "{args:?}");
        let (code, line) = code_and_first_error(kam().args(args).args(["--lang", "zh"]));
        assert_eq!((code, line.as_str()), (Some(1), zh), "{args:?}");
        assert!(!line.contains("os error"));
    }
}

#[cfg(unix)]
#[test]
fn a_path_that_is_not_utf8_is_named_with_its_bytes() {
    use std::os::unix::ffi::OsStrExt;
    let dir = tempfile::tempdir().unwrap();
    let path = dir
        .path()
        .join(std::ffi::OsStr::from_bytes(b"client-\xff.toml"));
    let (code, line) = code_and_first_error(kam().arg(&path).args(["--lang", "zh"]));
    assert_eq!(code, Some(1));
    assert_eq!(
        line,
        format!(
            "错误：{}/client-\\xFF.toml: 无法读取资料文件：找不到文件",
            dir.path().display()
        )
    );
}

#[cfg(unix)]
#[test]
fn an_unreadable_file_is_permission_denied_in_both_languages() {
    use kam_advise::problem::{IoFailure, Issue, Unreadable};
    use kam_advise::text::{Lang, catalog};
    use std::os::unix::fs::PermissionsExt;

    // The wording itself, for any user.
    let denied = IoFailure::of(&std::io::Error::from(std::io::ErrorKind::PermissionDenied));
    assert_eq!(denied, IoFailure::PermissionDenied);
    let issue = Issue::Unreadable {
        what: Unreadable::Profile,
        error: denied,
    };
    assert_eq!(
        catalog(Lang::En).issue(&issue),
        "could not read profile: permission denied"
    );
    assert_eq!(
        catalog(Lang::Zh).issue(&issue),
        "无法读取资料文件：没有读取权限"
    );
    // A failure without a name here: the error number, never the English message.
    let other = IoFailure::of(&std::io::Error::from_raw_os_error(5));
    let issue = Issue::Unreadable {
        what: Unreadable::Profile,
        error: other,
    };
    assert_eq!(
        catalog(Lang::Zh).issue(&issue),
        "无法读取资料文件：读取出错（系统错误码 5）"
    );

    // End to end, where permissions are enforced (not for root).
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("secret.toml");
    std::fs::copy("examples/small-software.toml", &path).unwrap();
    std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o000)).unwrap();
    if std::fs::read(&path).is_ok() {
        eprintln!("permissions are not enforced for this user (root): end-to-end check skipped");
        return;
    }
    let (code, line) = code_and_first_error(kam().arg(&path).args(["--lang", "zh"]));
    assert_eq!(code, Some(1));
    assert_eq!(
        line,
        format!("错误：{}: 无法读取资料文件：没有读取权限", path.display())
    );
}

#[test]
fn a_full_disk_is_an_error_naming_standard_output() {
    let Ok(full) = std::fs::OpenOptions::new().write(true).open("/dev/full") else {
        eprintln!("no /dev/full here: skipped");
        return;
    };
    // The advice, and what clap prints itself: help and the version (a script asking
    // for the version must not take a lost one for a printed one).
    for args in [
        &["examples/small-software.toml"][..],
        &["--version"],
        &["--help"],
        &["rules", "--help"],
    ] {
        for (lang, expected) in [
            (
                "en",
                "error: cannot write to standard output: no space left on device\n",
            ),
            ("zh", "错误：无法写入标准输出：磁盘空间不足\n"),
        ] {
            let stdout = full.try_clone().unwrap();
            let out = std::process::Command::new(env!("CARGO_BIN_EXE_kam-advise"))
                .current_dir(env!("CARGO_MANIFEST_DIR"))
                .args(args)
                .args(["--lang", lang])
                .stdout(stdout)
                .stderr(Stdio::piped())
                .output()
                .unwrap();
            assert_eq!(out.status.code(), Some(1), "{args:?} {lang}");
            let stderr = String::from_utf8_lossy(&out.stderr);
            assert_eq!(stderr, expected, "{args:?} {lang}");
        }
    }
}

#[test]
fn the_man_page_documents_the_profile_and_exit_status_and_refers_to_no_missing_page() {
    let man = stdout_of(kam().args(["--generate", "man"]));
    // clap_mangen's SUBCOMMANDS section named kam-advise-explain(1) and the like,
    // pages that are not generated.
    assert!(!man.contains("(1)"), "{man}");
    assert!(!man.contains("SEE ALSO"), "{man}");
    for key in [
        "annual_revenue",
        "key_accounts",
        "cny_rate",
        "current_setup",
        "[strategy] strategic_plan",
        "[strategy] account_development",
        "[network] levels",
        "[network] counts",
        "[team] functions",
    ] {
        assert!(man.contains(key), "{key}");
    }
    assert!(man.contains(".SH PROFILE") && man.contains(".SH \"EXIT STATUS\""));
    assert!(
        man.contains(r"\fBkam\-advise explain\fR [\fITOPIC\fR] [\fB\-\-rules\fR \fIFILE\fR]"),
        "each command with its options: {man}"
    );
}

/// Values as consultants write them: Chinese names, `centre`, RMB, the sales
/// department, counts and team functions; one output spelling (`center`) everywhere.
#[test]
fn spelling_as_people_write_it_is_understood() {
    let doc = "name = \"A\"\nannual_revenue = \"3.5亿元\"\nkey_accounts = 40\ncurrency = \"人民币\"\n\
               kind = \"公共部门\"\ncurrent_setup = \"service-centre\"\n\
               [network]\nlevels = [\"省级\", \"地级\", \"县级\"]\ncounts = { prefecture = 12 }\n";
    let out = kam()
        .args(["-", "--format", "json"])
        .write_stdin(doc)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(json["kind"], "public-sector");
    assert_eq!(json["current_setup"], "service-center");
    assert_eq!(json["form"], "service-center");
    assert_eq!(json["revenue"]["currency"], "CNY");
    assert_eq!(json["units"][1]["id"], "service-center-prefecture");
    assert_eq!(json["units"][1]["count"], 12);
    assert_eq!(json["gap"]["direction"], "same");

    let doc = "name = \"B\"\nannual_revenue = \"900万\"\nkey_accounts = 4\nscale = \"小型\"\n\
               current_setup = \"销售部门\"\n[strategy]\nstrategic_plan = true\n[team]\nfunctions = [\"售前技术\", \"客户成功\"]\n";
    let out = kam()
        .args(["-", "--format", "json", "--lang", "zh"])
        .write_stdin(doc)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(json["current_setup"], "sales-department");
    assert_eq!(json["form"], "team");
    let roles: Vec<&str> = json["staffing"]["roles"]
        .as_array()
        .into_iter()
        .flatten()
        .filter_map(|r| r["role"].as_str())
        .collect();
    assert_eq!(
        roles,
        ["重点客户经理", "来自售前技术的成员", "来自客户成功的成员"]
    );
}

#[test]
fn compare_markdown_shows_html_in_names_as_written() {
    let doc = "name = \"A <b>Co</b> | x\"\nannual_revenue = \"8000万\"\nkey_accounts = 12\nscale = \"medium\"\n";
    let md = stdout_of(
        kam()
            .args(["compare", "-", "--format", "markdown"])
            .write_stdin(doc),
    );
    assert!(md.contains("| A &lt;b&gt;Co&lt;/b&gt; \\| x |"), "{md}");
}

#[test]
fn a_narrow_table_keeps_a_role_name_whole() {
    let out = stdout_of(
        kam()
            .args(["examples/small-many-accounts.toml", "--lang", "zh"])
            .env("COLUMNS", "80"),
    );
    assert!(out.contains("│ 重点客户经理 ┆ 2"), "{out}");
    assert!(out.contains("│ 重点客户专员 ┆ 1"), "{out}");
}

/// A word that is neither a file nor a subcommand, but close to one, is a typo: exit 2
/// with the subcommand it resembles, in the output language; a file of that name is
/// still read.
#[test]
fn a_mistyped_subcommand_is_suggested() {
    let out = kam().arg("explian").output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert!(
        stderr.starts_with(
            "error: `explian` is neither a file nor a command: did you mean `explain`?\n"
        ),
        "{stderr}"
    );
    let out = kam().args(["--lang", "zh", "comapre"]).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert!(
        stderr.contains("`comapre` 既不是文件也不是子命令：是否想用 `compare`？"),
        "{stderr}"
    );
    // Far from every subcommand: the file is simply not found (exit 1).
    let out = kam().arg("nosuchfile").output().unwrap();
    assert_eq!(out.status.code(), Some(1));
    // A file named like the typo is a profile.
    let dir = tempfile::tempdir().unwrap();
    std::fs::copy(
        "examples/medium-manufacturer.toml",
        dir.path().join("explian"),
    )
    .unwrap();
    let out = kam()
        .arg("explian")
        .current_dir(dir.path())
        .output()
        .unwrap();
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
}

/// `--help` in Chinese, from `--lang zh` or the locale, and `help COMMAND` with
/// options after it: Chinese headings, usage line and texts; no English sentence.
#[test]
fn help_is_chinese_with_lang_zh_or_a_chinese_locale() {
    let runs: [(&[&str], Option<&str>); 4] = [
        (&["--lang", "zh", "--help"], None),
        (&["--help"], Some("zh_CN.UTF-8")),
        (&["help", "init", "--lang", "zh"], None),
        (&["init", "--help", "--lang", "zh"], None),
    ];
    for (args, locale) in runs {
        let mut cmd = kam();
        cmd.env_remove("LC_ALL")
            .env_remove("LC_MESSAGES")
            .env_remove("LANG");
        if let Some(locale) = locale {
            cmd.env("LANG", locale);
        }
        let out = cmd.args(args).output().unwrap();
        assert_eq!(out.status.code(), Some(0), "{args:?}");
        let help = String::from_utf8_lossy(&out.stdout);
        assert!(help.contains("用法：kam-advise"), "{args:?}: {help}");
        for english in [
            "Usage:",
            "Options",
            "Print help",
            "Possible values",
            "[default:",
            "Output format",
        ] {
            assert!(!help.contains(english), "{args:?}: {english} in {help}");
        }
    }
    let out = kam()
        .args(["help", "init", "--lang", "zh"])
        .output()
        .unwrap();
    let help = String::from_utf8_lossy(&out.stdout);
    assert!(help.contains("用法：kam-advise init [选项]"), "{help}");
    assert!(help.contains("按这一类组织预先填写"), "{help}");
    // The English help is unchanged, and `help COMMAND --lang en` works too.
    let out = kam()
        .args(["help", "init", "--lang", "en"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0));
    assert!(String::from_utf8_lossy(&out.stdout).contains("Usage: kam-advise init [OPTIONS]"));
    assert!(
        String::from_utf8_lossy(
            &kam()
                .args(["--help", "--lang", "en"])
                .output()
                .unwrap()
                .stdout
        )
        .contains("130 the interview was interrupted")
    );
}

/// clap's own errors (a bad value, an unknown option) in Chinese: exit 2, the
/// message, the usage line and where to read more, in Chinese.
#[test]
fn command_line_errors_are_chinese_with_lang_zh() {
    let run = |args: &[&str]| {
        let out = kam().args(args).env("NO_COLOR", "1").output().unwrap();
        (
            out.status.code(),
            String::from_utf8_lossy(&out.stderr).to_string(),
        )
    };
    let (code, err) = run(&["--lang", "zh", "init", "--format", "jsn"]);
    assert_eq!(code, Some(2));
    assert_eq!(
        err,
        "错误：`--format <格式>` 的值“jsn”无效\n  ［可选值：toml、csv］\n\n更多信息请运行“kam-advise init --help”。\n"
    );
    let (code, err) = run(&["--fromat", "json", "x.toml", "--lang", "zh"]);
    assert_eq!(code, Some(2));
    assert!(
        err.starts_with("错误：无法识别的选项“--fromat”\n\n  提示：是否想用“--format”？"),
        "{err}"
    );
    assert!(
        err.contains("用法：kam-advise [选项] [资料]... [子命令]"),
        "{err}"
    );
    let (code, err) = run(&[
        "exercise", "--lang", "zh", "--count", "100", "--seed", "1", "-o", "x",
    ]);
    assert_eq!(code, Some(2));
    assert!(
        err.starts_with("错误：`--count <数量>` 的值“100”无效：应为 1 到 99 的整数"),
        "{err}"
    );
    // Our own usage errors carry the Chinese usage line too.
    let (code, err) = run(&["--lang", "zh", "--why", "init"]);
    assert_eq!(code, Some(2));
    assert!(err.contains("\n用法：kam-advise init [选项]\n"), "{err}");
    assert!(
        !err.contains("Usage") && !err.contains("For more information"),
        "{err}"
    );
}

/// Every table fits 60, 80 and 100 columns in both languages: a table too wide for
/// the screen becomes one block per row, and an identifier (an NBS row, a clause) is
/// never cut.
#[test]
fn tables_fit_narrow_terminals_without_cutting_identifiers() {
    let width_of = |line: &str| -> usize {
        line.chars()
            .map(|c| unicode_width::UnicodeWidthChar::width(c).unwrap_or(0))
            .sum()
    };
    let slugs: Vec<String> = stdout_of(kam().args(["explain", "scale", "--format", "markdown"]))
        .lines()
        .filter_map(|l| l.strip_prefix("| "))
        .filter_map(|l| l.split(" |").next())
        .filter(|s| s.contains('-') && !s.starts_with('-'))
        .map(str::to_string)
        .collect();
    // The NBS rows whose ids are long words joined by hyphens.
    assert!(slugs.len() >= 5, "{slugs:?}");
    for width in [60usize, 80, 100] {
        for lang in ["en", "zh"] {
            for args in [
                vec!["compare", "examples/"],
                vec!["explain"],
                vec!["examples/provincial-network.toml", "--why"],
                vec!["examples/large-group.toml", "--why"],
            ] {
                let out = stdout_of(
                    kam()
                        .args(&args)
                        .args(["--lang", lang])
                        .env("COLUMNS", width.to_string()),
                );
                for line in out.lines() {
                    assert!(
                        width_of(line) <= width,
                        "{args:?} {lang} at {width}: {line}"
                    );
                }
                if args == ["explain"] {
                    for slug in &slugs {
                        assert!(out.contains(slug.as_str()), "{lang} {width}: {slug} cut");
                    }
                }
            }
        }
    }
    // At 60 columns the portfolio is one block per enterprise, its name on a line.
    let out = stdout_of(
        kam()
            .args(["compare", "examples/", "--lang", "zh"])
            .env("COLUMNS", "60"),
    );
    assert!(out.lines().any(|l| l == "华东精密机械有限公司"), "{out}");
    assert!(out.contains("  规模：中型"), "{out}");
}

/// `help WORD` for a word that names no subcommand: exit 2 with the nearest one, in
/// the output language; `help help` is the main help.
#[test]
fn help_for_an_unknown_command_suggests_the_nearest() {
    let out = kam().args(["help", "explian"]).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.starts_with("error: there is no command `explian`: did you mean `explain`?"),
        "{err}"
    );
    let out = kam()
        .args(["help", "explian", "--lang", "zh"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.starts_with("错误：没有子命令 `explian`：是否想用 `explain`？"),
        "{err}"
    );
    let out = kam().args(["help", "help"]).output().unwrap();
    assert_eq!(out.status.code(), Some(0));
    assert!(String::from_utf8_lossy(&out.stdout).contains("Usage: kam-advise"));
}

/// Five thousand nines are refused as too long, not as "not an amount" (a text
/// past 128 characters is not parsed at all), in both languages, with the line.
#[test]
fn an_amount_past_128_characters_is_said_to_be_too_long() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("nines.toml");
    let profile = std::fs::read_to_string(
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/small-software.toml"),
    )
    .unwrap();
    let profile: String = profile
        .lines()
        .map(|line| {
            if line.starts_with("annual_revenue") {
                format!("annual_revenue = \"{}\"\n", "9".repeat(5_000))
            } else {
                format!("{line}\n")
            }
        })
        .collect();
    std::fs::write(&path, profile).unwrap();
    for (lang, expected) in [
        (
            "en",
            "`annual_revenue` is longer than any amount is written (more than 128 characters), found the string \"9999",
        ),
        (
            "zh",
            "`annual_revenue` 超过 128 个字符，任何金额都不会写得这么长，实际为字符串 \"9999",
        ),
    ] {
        let (code, line) = code_and_first_error(kam().arg(&path).args(["--lang", lang]));
        assert_eq!(code, Some(1), "{lang}");
        assert!(line.contains("nines.toml:"), "{line}");
        assert!(line.contains(expected), "{lang}: {line}");
    }
}
