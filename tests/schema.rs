//! `kam-advise schema`: the profile schema accepts every example and every `init`
//! output and rejects what the checker rejects where a schema can tell; the advice and
//! compare schemas accept every JSON line the tool prints. Validated with the
//! `jsonschema` crate, as an editor or a script would.

use std::sync::LazyLock;

use jsonschema::Validator;
use serde_json::Value;

use crate::support::{EXAMPLES, kam, stdout_of, toml_stems};

/// The schema `which` as the binary prints it.
fn printed(which: &str) -> Value {
    let out = kam().args(["schema", which]).output().unwrap();
    assert_eq!(out.status.code(), Some(0), "schema {which}");
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(
        text.ends_with("}\n"),
        "schema {which}: pretty JSON and a newline"
    );
    serde_json::from_str(&text).unwrap()
}

static PROFILE: LazyLock<Validator> =
    LazyLock::new(|| jsonschema::draft7::new(&printed("profile")).unwrap());
static ADVICE: LazyLock<Validator> =
    LazyLock::new(|| jsonschema::draft7::new(&printed("advice")).unwrap());
static COMPARE: LazyLock<Validator> =
    LazyLock::new(|| jsonschema::draft7::new(&printed("compare")).unwrap());

/// A TOML value as JSON, as editors hand TOML to a JSON Schema validator: dates as
/// strings. `None` for a float that JSON cannot hold (nan, inf).
fn toml_to_json(value: toml::Value) -> Option<Value> {
    Some(match value {
        toml::Value::String(s) => Value::String(s),
        toml::Value::Integer(i) => Value::from(i),
        toml::Value::Float(f) => Value::Number(serde_json::Number::from_f64(f)?),
        toml::Value::Boolean(b) => Value::Bool(b),
        toml::Value::Datetime(d) => Value::String(d.to_string()),
        toml::Value::Array(items) => Value::Array(
            items
                .into_iter()
                .map(toml_to_json)
                .collect::<Option<Vec<_>>>()?,
        ),
        toml::Value::Table(table) => Value::Object(
            table
                .into_iter()
                .map(|(k, v)| Some((k, toml_to_json(v)?)))
                .collect::<Option<serde_json::Map<_, _>>>()?,
        ),
    })
}

/// A profile's text as the JSON a schema validator sees.
fn document(text: &str) -> Value {
    let table: toml::Table = toml::from_str(text).unwrap_or_else(|e| panic!("{e}\n{text}"));
    toml_to_json(toml::Value::Table(table)).unwrap()
}

/// The schema's complaints about a document, one per line; empty when it is valid.
fn complaints(validator: &Validator, instance: &Value) -> String {
    validator
        .iter_errors(instance)
        .map(|e| format!("{}: {e}", e.instance_path()))
        .collect::<Vec<_>>()
        .join("\n")
}

fn assert_valid(validator: &Validator, instance: &Value, what: &str) {
    let problems = complaints(validator, instance);
    assert!(problems.is_empty(), "{what}:\n{problems}\n{instance:#}");
}

/// The enterprises of `examples/portfolio.csv`, advised beside the TOML examples.
const PORTFOLIO_ROWS: usize = 5;
#[test]
fn every_example_is_a_valid_profile() {
    for name in EXAMPLES.iter() {
        let path = format!("examples/{name}.toml");
        let text = std::fs::read_to_string(&path).unwrap();
        assert_valid(&PROFILE, &document(&text), &path);
    }
}

#[test]
fn every_init_output_is_a_valid_profile_in_both_languages() {
    let kinds = [
        None,
        Some("enterprise"),
        Some("group"),
        Some("multinational"),
        Some("public-sector"),
    ];
    let scales = [
        None,
        Some("micro"),
        Some("small"),
        Some("medium"),
        Some("large"),
    ];
    for lang in ["en", "zh"] {
        for kind in kinds {
            for scale in scales {
                let mut cmd = kam();
                cmd.args(["init", "--lang", lang]);
                if let Some(kind) = kind {
                    cmd.args(["--kind", kind]);
                }
                if let Some(scale) = scale {
                    cmd.args(["--scale", scale]);
                }
                let text = stdout_of(&mut cmd);
                assert_valid(
                    &PROFILE,
                    &document(&text),
                    &format!("init {lang} {kind:?} {scale:?}"),
                );
            }
        }
    }
}

#[test]
fn init_schema_writes_taplos_directive_first() {
    for lang in ["en", "zh"] {
        let plain = stdout_of(kam().args(["init", "--lang", lang]));
        let text = stdout_of(kam().args([
            "init",
            "--lang",
            lang,
            "--schema",
            "./kam-profile.schema.json",
        ]));
        assert_eq!(text, format!("#:schema ./kam-profile.schema.json\n{plain}"));
        assert_valid(&PROFILE, &document(&text), "init --schema");
        // Still a profile kam-advise advises.
        let out = kam().arg("-").write_stdin(text).output().unwrap();
        assert_eq!(
            out.status.code(),
            Some(0),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
    }
    for lang in ["en", "zh"] {
        let out = kam()
            .args(["init", "--lang", lang, "--schema", "a\nb.json"])
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(2));
        let stderr = String::from_utf8_lossy(&out.stderr);
        let said = if lang == "en" {
            "on one line"
        } else {
            "写在一行内"
        };
        assert!(stderr.contains(said), "{lang}: {stderr}");
        assert!(out.stdout.is_empty());
    }
}

/// A profile every key of which is written another accepted way: Chinese names,
/// `centre`, RMB, full-width money, counts by Chinese level names.
const SPELLED_OTHERWISE: &str = r#"
name = "  华东精密机械有限公司 "
annual_revenue = "１．２亿元"
key_accounts = 12
currency = "RMB"
kind = "集团"
scale = "大型"
industry = "工业"
employees = 1500
total_assets = "¥3亿"
current_setup = "service-centre"

[strategy]
strategic_plan = true

[network]
levels = ["国家级", "省级", "地市级"]
counts = { "省级" = 31, prefecture = 333 }

[team]
functions = ["sales engineering"]
"#;

/// The values a sheet cell accepts, written in TOML: digit strings for counts
/// (full-width too), yes/no/是/否 for flags, ids in any letter case (docs/guide.md "Spelling").
const AS_IN_A_SHEET: &str = r#"
name = "A"
annual_revenue = "RMB 80 million"
total_assets = "1.5e8"
key_accounts = "１２"
kind = "Group"
scale = "Medium"
employees = "1,500"
current_setup = "Service-Centre"

[strategy]
strategic_plan = "yes"
account_development = "否"

[network]
levels = ["National", "省级"]
"#;

/// A small valid profile, and ways of breaking it that a schema sees: each with the
/// line to add (or the key to remove, written `-key`).
const MINIMAL: &str =
    "name = \"A\"\nannual_revenue = \"8000万\"\nkey_accounts = 12\nscale = \"medium\"\n";

const BROKEN: &[(&str, &str)] = &[
    ("an unknown key", "colour = \"blue\""),
    (
        "an unknown key in [strategy]",
        "[strategy]\nstrategic_pla = true",
    ),
    (
        "an unknown key in [network]",
        "[network]\nlevels = [\"national\"]\ntiers = 3",
    ),
    (
        "an unknown level in counts",
        "[network]\nlevels = [\"national\"]\ncounts = { city = 3 }",
    ),
    ("an unknown kind", "kind = \"grop\""),
    ("an unknown current setup", "current_setup = \"salse\""),
    ("an unknown industry", "industry = \"softwear-it\""),
    ("an unknown level", "[network]\nlevels = [\"city\"]"),
    ("an unknown money unit", "total_assets = \"12 lakh\""),
    (
        "a currency that is no code",
        "currency = \"dollars\"\ncny_rate = 7",
    ),
    ("another currency without its rate", "currency = \"USD\""),
    ("a rate with CNY", "cny_rate = 7.1"),
    (
        "a zero count",
        "[network]\nlevels = [\"national\"]\ncounts = { national = 0 }",
    ),
    ("no levels in [network]", "[network]"),
    ("no functions in [team]", "[team]"),
    ("a blank team function", "[team]\nfunctions = [\" \"]"),
    (
        "key accounts as a string that is no number",
        "-key_accounts\nkey_accounts = \"twelve\"",
    ),
    ("a name as a number", "-name\nname = 5"),
    ("strategy as a flag", "strategy = true"),
    ("levels as a string", "[network]\nlevels = \"national\""),
    (
        "a flag as a string that is no flag",
        "[strategy]\nstrategic_plan = \"maybe\"",
    ),
    ("negative employees", "employees = -1"),
    ("fractional employees", "employees = 1.5"),
    ("no name", "-name"),
    ("no revenue", "-annual_revenue"),
    ("no key accounts", "-key_accounts"),
    ("no scale and no industry", "-scale"),
    (
        "no scale and not the figures its row needs",
        "-scale\nindustry = \"construction\"",
    ),
];

fn broken(change: &str) -> String {
    let mut text = MINIMAL.to_string();
    for line in change.lines() {
        if let Some(key) = line.strip_prefix('-') {
            text = text
                .lines()
                .filter(|l| !l.starts_with(&format!("{key} =")))
                .map(|l| format!("{l}\n"))
                .collect();
        }
    }
    let added: Vec<&str> = change.lines().filter(|l| !l.starts_with('-')).collect();
    format!("{text}{}\n", added.join("\n"))
}

#[test]
fn what_the_schema_accepts_kam_advise_advises() {
    for text in [MINIMAL, SPELLED_OTHERWISE, AS_IN_A_SHEET] {
        assert_valid(&PROFILE, &document(text), text);
        let out = kam().arg("-").write_stdin(text).output().unwrap();
        assert_eq!(
            out.status.code(),
            Some(0),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
    }
}

#[test]
fn unknown_keys_and_values_missing_keys_and_wrong_types_are_rejected_by_both() {
    for (what, change) in BROKEN {
        let text = broken(change);
        assert!(
            !PROFILE.is_valid(&document(&text)),
            "the schema accepts {what}:\n{text}"
        );
        let out = kam().arg("-").write_stdin(text.clone()).output().unwrap();
        assert_eq!(
            out.status.code(),
            Some(1),
            "kam-advise accepts {what}:\n{text}"
        );
    }
}

/// The files of `tests/bad` that a JSON Schema can reject: unknown keys and values,
/// missing keys, wrong types, numbers out of range, money strings that are no amount,
/// currency and rate, and the figures scale inference needs.
const SCHEMA_DETECTABLE: &[&str] = &[
    "counts-absurd",
    "currency-not-a-code",
    "currency-without-rate",
    "employees-date",
    "employees-negative",
    "empty-file",
    "float-key-accounts",
    "functions-blank",
    "industry-finance",
    "industry-missing-assets",
    "industry-missing-employees",
    "industry-unknown",
    "inf-revenue-string",
    "levels-empty",
    "levels-repeated",
    "levels-unknown",
    "long-line",
    "missing-required-keys",
    "name-blank",
    "name-control-character",
    "name-too-long",
    "name-wrong-type",
    "negative-key-accounts",
    "negative-revenue-float",
    "negative-revenue-string",
    "network-without-levels",
    "no-scale-no-industry",
    "only-comments",
    "rate-with-cny",
    "rate-with-rmb",
    "rate-zero",
    "revenue-bad-separators",
    "revenue-boolean",
    "revenue-empty-string",
    "revenue-two-decimal-points",
    "revenue-zero-width-space",
    "strategy-key-at-top",
    "strategy-not-a-table",
    "strategy-unknown-key",
    "table-array-profile",
    "typo-key",
    "typo-key-far",
    "unknown-current-setup",
    "unknown-kind",
    "unknown-money-unit",
    "unknown-scale",
];

/// Not TOML at all (not UTF-8, bad syntax, integers beyond 64 bits): a TOML parser
/// refuses them before any schema is consulted.
const NOT_TOML: &[&str] = &[
    "binary",
    "deep-nesting",
    "duplicate-key",
    "huge-integer",
    "huge-key-accounts",
    "non-utf8",
    "nul-byte",
    "syntax-bad-exponent",
    "syntax-missing-equals",
    "syntax-unclosed-array",
    "syntax-unclosed-string",
    "syntax-unquoted-value",
    "utf16-bom",
    "utf16-no-bom",
    "utf32",
    "dotted-key-200-deep",
];

/// TOML that has no JSON form: nan is no JSON number.
const NO_JSON: &[&str] = &["nan-revenue"];

/// Well-formed values only the checker can judge: an amount too large to compute with
/// in yuan, a currency sign against `currency`, the order of levels.
const CHECKER_ONLY: &[&str] = &[
    "amount-too-small",
    "counts-repeated-alias",
    "functions-bidi",
    "functions-repeated",
    "functions-invisible-only",
    "levels-out-of-order",
    "revenue-overflows-yuan",
    "sign-mismatch",
    "sign-yuan-with-usd",
];

fn read_bad(name: &str) -> Option<String> {
    String::from_utf8(std::fs::read(format!("tests/bad/{name}.toml")).unwrap()).ok()
}

#[test]
fn every_corpus_file_is_classified_once() {
    let mut listed: Vec<&str> = [SCHEMA_DETECTABLE, NOT_TOML, NO_JSON, CHECKER_ONLY].concat();
    listed.sort_unstable();
    let before = listed.len();
    listed.dedup();
    assert_eq!(listed.len(), before, "a corpus file is listed twice");
    assert_eq!(
        listed,
        toml_stems("tests/bad"),
        "classify every file of tests/bad in tests/schema.rs"
    );
}

#[test]
fn the_schema_rejects_every_corpus_file_it_can_tell_from_a_profile() {
    for name in SCHEMA_DETECTABLE {
        let text = read_bad(name).unwrap();
        assert!(
            !PROFILE.is_valid(&document(&text)),
            "{name} passes the schema"
        );
    }
    for name in NOT_TOML {
        let text = read_bad(name);
        assert!(
            text.is_none_or(|t| toml::from_str::<toml::Table>(&t).is_err()),
            "{name} is TOML"
        );
    }
    for name in NO_JSON {
        let table: toml::Table = toml::from_str(&read_bad(name).unwrap()).unwrap();
        assert!(toml_to_json(toml::Value::Table(table)).is_none(), "{name}");
    }
    for name in CHECKER_ONLY {
        let text = read_bad(name).unwrap();
        assert_valid(&PROFILE, &document(&text), name);
    }
}

fn json_lines(text: &str) -> Vec<Value> {
    text.lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect()
}

#[test]
fn every_json_line_of_the_examples_is_valid_advice() {
    let mut checked = 0;
    for lang in ["en", "zh"] {
        for why in [false, true] {
            let mut cmd = kam();
            cmd.args(["examples/", "--format", "json", "--lang", lang]);
            if why {
                cmd.arg("--why");
            }
            let lines = json_lines(&stdout_of(&mut cmd));
            assert_eq!(lines.len(), EXAMPLES.len() + PORTFOLIO_ROWS);
            for line in &lines {
                assert_eq!(line.get("trace").is_some(), why);
                assert_valid(
                    &ADVICE,
                    line,
                    &format!("{} {lang} why={why}", line["source"]),
                );
                checked += 1;
            }
        }
    }
    assert_eq!(checked, 4 * (EXAMPLES.len() + PORTFOLIO_ROWS));
    // With other thresholds, and a profile spelled every other way, too.
    let rules = "accounts_per_manager = 7\n";
    let dir = tempfile::tempdir().unwrap();
    let rules_path = dir.path().join("rules.toml");
    std::fs::write(&rules_path, rules).unwrap();
    let out = kam()
        .args(["-", "--format", "json", "--why", "--rules"])
        .arg(&rules_path)
        .write_stdin(SPELLED_OTHERWISE)
        .output()
        .unwrap();
    let line = &json_lines(&String::from_utf8(out.stdout).unwrap())[0];
    assert_eq!(line["default_rules"], false);
    assert_valid(&ADVICE, line, "spelled otherwise, own rules");
}

#[test]
fn the_advice_schema_allows_added_keys_but_not_missing_ones() {
    let text = stdout_of(kam().args(["examples/medium-manufacturer.toml", "--format", "json"]));
    let mut line = json_lines(&text).remove(0);
    line["a_key_added_later"] = Value::from(1);
    assert_valid(&ADVICE, &line, "an added key");
    line.as_object_mut().map(|o| o.remove("form_rule"));
    assert!(!ADVICE.is_valid(&line), "a record without form_rule");
    let mut line = json_lines(&text).remove(0);
    line["form"] = Value::from("service-centre");
    assert!(!ADVICE.is_valid(&line), "output ids are spelled center");
}

#[test]
fn every_compare_line_is_valid() {
    for lang in ["en", "zh"] {
        let text =
            stdout_of(kam().args(["compare", "examples/", "--format", "json", "--lang", lang]));
        let lines = json_lines(&text);
        assert_eq!(lines.len(), EXAMPLES.len() + PORTFOLIO_ROWS);
        for line in &lines {
            assert_valid(&COMPARE, line, &format!("compare {lang}"));
        }
    }
}

#[test]
fn schema_takes_only_lang_and_teaches_editors_in_its_help() {
    for args in [
        &["schema", "profile", "--why"][..],
        &["--rules", "r.toml", "schema", "advice"],
        &["-f", "json", "schema", "advice"],
        &["schema", "compare", "--format", "json"],
    ] {
        let out = kam().args(args).output().unwrap();
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert!(
            stderr.contains("does not apply to `schema`"),
            "{args:?}: {stderr}"
        );
    }
    let out = kam()
        .args(["--lang", "zh", "schema", "profile", "--rules", "r.toml"])
        .output()
        .unwrap();
    assert!(String::from_utf8_lossy(&out.stderr).contains("JSON Schema 与阈值无关"));
    let help = stdout_of(kam().args(["schema", "--help"]));
    for taught in [
        "kam-advise schema profile > kam-profile.schema.json",
        "#:schema",
        "[[rule]]",
        "schema.path",
        "evenBetterToml.schema.associations",
    ] {
        assert!(help.contains(taught), "{taught}: {help}");
    }
    // The options it does not take are not listed (the text may name them).
    for absent in ["--why\n", "--rules <", "--format <"] {
        assert!(!help.contains(absent), "{absent}: {help}");
    }
}

/// taplo, the TOML toolkit behind Even Better TOML: `TAPLO`, else the copy `.ci/run`
/// installs under target/taplo, else one on the PATH.
fn taplo() -> Option<std::path::PathBuf> {
    let installed = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("target/taplo/node_modules/.bin/taplo");
    let candidates = [
        std::env::var_os("TAPLO").map(std::path::PathBuf::from),
        Some(installed),
        Some("taplo".into()),
    ];
    // npm's build prints its version and exits 1: its words are the test.
    candidates.into_iter().flatten().find(|path| {
        std::process::Command::new(path)
            .arg("--version")
            .output()
            .is_ok_and(|out| String::from_utf8_lossy(&out.stdout).starts_with("taplo "))
    })
}

#[test]
fn taplo_checks_profiles_with_the_schema_as_an_editor_does() {
    let Some(taplo) = taplo() else {
        eprintln!("taplo not installed: the schema is not checked by an editor's toolkit");
        return;
    };
    let dir = tempfile::tempdir().unwrap();
    let schema = dir.path().join("kam-profile.schema.json");
    std::fs::write(&schema, stdout_of(kam().args(["schema", "profile"]))).unwrap();
    // One run for many files: taplo (node) takes seconds to start.
    let check = |files: &[std::path::PathBuf]| {
        std::process::Command::new(&taplo)
            .arg("check")
            .args(files)
            .env("RUST_LOG", "error")
            .output()
            .unwrap()
    };
    // Every example, found by the `#:schema` line `init --schema` writes, and `init`.
    let mut files = Vec::new();
    for name in EXAMPLES.iter() {
        let text = std::fs::read_to_string(format!("examples/{name}.toml")).unwrap();
        let file = dir.path().join(format!("{name}.toml"));
        std::fs::write(&file, format!("#:schema ./kam-profile.schema.json\n{text}")).unwrap();
        files.push(file);
    }
    let file = dir.path().join("client.toml");
    let text = stdout_of(kam().args([
        "init",
        "--lang",
        "zh",
        "--schema",
        "./kam-profile.schema.json",
    ]));
    std::fs::write(&file, &text).unwrap();
    files.push(file.clone());
    let out = check(&files);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    // And it reads the schema: an unknown key fails.
    std::fs::write(&file, text.replace("key_accounts =", "key_acounts =")).unwrap();
    let out = check(&[file]);
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("key_acounts"));
}
