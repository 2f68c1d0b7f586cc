//! The teaching kit, end to end: `exercise` writes a reproducible set whose key is the
//! tool's own advice, covering every form and the boundaries; `grade` marks sheets
//! point by point with feedback that cites clauses; the quiz parses as GIFT.

mod common;

use std::fs;

use crate::support::kam;
use common::{Check, count, files, grade, json_lines, key, points, read, set, sheet_from_key};
use kam_advise::advice::{Form, Warning};
use kam_advise::teach::Difficulty;
use kam_advise::teach::SetSpec;
use kam_advise::teach::exercise::cases;
use kam_advise::text::Lang;
use serde_json::Value;

#[test]
fn the_same_seed_gives_the_same_bytes_and_another_seed_another_set() {
    let (_a, first) = set(12, 42, "zh", "mixed");
    let (_b, again) = set(12, 42, "zh", "mixed");
    let (_c, other) = set(12, 43, "zh", "mixed");
    let one = files(&first);
    assert_eq!(one.len(), 12 + 5, "{:?}", one.keys());
    assert_eq!(one, files(&again));
    let two = files(&other);
    assert_eq!(
        one.keys().collect::<Vec<_>>(),
        two.keys().collect::<Vec<_>>()
    );
    assert_ne!(one.get("cases.md"), two.get("cases.md"));
    assert_ne!(one.get("answer-key.json"), two.get("answer-key.json"));
    // No date in a set: nothing that looks like this year.
    for (name, bytes) in &one {
        let text = String::from_utf8_lossy(bytes);
        assert!(!text.contains("2026") && !text.contains("2027"), "{name}");
    }
}

#[test]
fn every_case_advised_by_the_tool_matches_its_key() {
    for (lang, level) in [("en", "hard"), ("zh", "basic")] {
        let (_t, dir) = set(15, 9, lang, level);
        let key = key(&dir);
        assert_eq!(key.len(), 15);
        let out = kam()
            .arg(dir.join("profiles"))
            .args(["--format", "json", "--lang", lang])
            .output()
            .unwrap();
        assert!(out.status.success());
        let advised = json_lines(&String::from_utf8_lossy(&out.stdout));
        for (k, a) in key.iter().zip(&advised) {
            let case = k["case"].as_str().unwrap_or("");
            assert!(
                a["source"]
                    .as_str()
                    .unwrap_or("")
                    .ends_with(&format!("{case}.toml"))
            );
            for field in [
                "form",
                "form_rule",
                "staffing",
                "conditions",
                "verdict",
                "units",
                "scale",
            ] {
                assert_eq!(k[field], a[field], "{lang} {case} {field}");
            }
            assert_eq!(k["schema_version"], 3);
            assert_eq!(k["lang"], lang);
        }
    }
}

#[test]
fn generation_hits_the_rule_each_case_is_built_for_at_any_seed() {
    for level in Difficulty::ALL {
        for lang in Lang::ALL {
            for seed in 0..40 {
                let spec = SetSpec {
                    count: 24,
                    seed,
                    level: *level,
                    lang: *lang,
                };
                let set = cases(&spec).unwrap();
                for case in &set {
                    assert_eq!(
                        case.advice.rule,
                        case.facts.archetype.rule(),
                        "{level} {lang} seed {seed} {}: {}",
                        case.id,
                        case.toml
                    );
                    // A stated scale always agrees with the figures the story gives.
                    assert!(
                        case.advice
                            .warnings
                            .iter()
                            .all(|w| !matches!(w, Warning::ScaleMismatch { .. })),
                        "{}",
                        case.toml
                    );
                }
            }
        }
    }
}

#[test]
fn ten_cases_cover_every_form_and_at_mixed_and_hard_every_boundary() {
    for level in ["basic", "mixed", "hard"] {
        for seed in [1, 2, 3] {
            let (_t, dir) = set(10, seed, "en", level);
            let key = key(&dir);
            for form in Form::ALL {
                assert!(
                    count(&key, |k| k["form"] == form.slug()) > 0,
                    "{level} seed {seed}: no {form}"
                );
            }
            if level == "basic" {
                continue;
            }
            let met = |k: &Value, id: &str| {
                k["conditions"]
                    .as_array()
                    .into_iter()
                    .flatten()
                    .any(|c| c["id"] == id && c["met"] == true)
            };
            let only = |k: &Value, id: &str| {
                k["conditions"]
                    .as_array()
                    .into_iter()
                    .flatten()
                    .all(|c| (c["id"] == id) == (c["met"] == true))
            };
            let boundaries: [(&str, &Check<'_>); 10] = [
                ("5000万 exactly, and only (一)1", &|k| {
                    k["revenue_cny"] == 50_000_000 && only(k, "revenue")
                }),
                ("6 key accounts, and only (一)2", &|k| {
                    k["key_accounts"] == 6 && only(k, "key_accounts")
                }),
                ("just under 5000万: no unit", &|k| {
                    k["form_rule"] == "no-condition-met" && !met(k, "revenue")
                }),
                ("27 key accounts", &|k| {
                    k["key_accounts"] == 27 && k["staffing"]["kam_managers"] == 3
                }),
                ("28 key accounts", &|k| {
                    k["key_accounts"] == 28 && k["staffing"]["kam_managers"] == 4
                }),
                ("a small firm with 5", &|k| {
                    k["key_accounts"] == 5 && k["form"] == "team"
                }),
                ("a small firm with 6", &|k| {
                    k["key_accounts"] == 6 && k["form_rule"] == "small-many-accounts"
                }),
                ("a medium group", &|k| {
                    k["kind"] == "group" && k["scale"] == "medium"
                }),
                ("a multinational with few key accounts", &|k| {
                    k["kind"] == "multinational"
                        && k["scale"].is_null()
                        && k["key_accounts"].as_u64().is_some_and(|n| n < 10)
                        && k["form"] == "committee"
                }),
                ("a public body without size", &|k| {
                    k["kind"] == "public-sector"
                        && k["scale"].is_null()
                        && k["form"] == "service-center"
                }),
            ];
            for (name, test) in boundaries {
                assert!(count(&key, test) > 0, "{level} seed {seed}: {name}");
            }
            assert!(
                count(&key, |k| k["scale_source"] == "inferred") > 0,
                "{level}: inferred"
            );
        }
    }
}

#[test]
fn each_story_states_the_figures_its_answer_depends_on() {
    let spec = SetSpec {
        count: 30,
        seed: 5,
        level: Difficulty::Hard,
        lang: Lang::En,
    };
    let text = kam_advise::teach::words::teach_catalog(Lang::En);
    for case in cases(&spec).unwrap() {
        let story = text.story(&case).join("\n");
        let p = &case.profile;
        let n = kam_advise::text::thousands;
        assert!(
            story.contains(&format!(" {} ", n(p.key_accounts))) || p.key_accounts == 0,
            "{story}"
        );
        if p.currency == "CNY" {
            assert!(
                story.contains(&format!("CNY {}", n(p.revenue_cny))),
                "{story}"
            );
        } else {
            assert!(story.contains(&p.currency), "{story}");
        }
        if let Some(e) = p.employees.filter(|_| p.scale_source.slug() == "inferred") {
            assert!(story.contains(&n(e)), "{story}");
            assert!(
                story.contains(p.industry.map_or("?", |r| r.en_name)),
                "{story}"
            );
        }
        // The judgement of (一)4 is the named person's, either way.
        assert!(story.contains(case.names.person.as_str()), "{story}");
    }
    let zh = kam_advise::teach::words::teach_catalog(Lang::Zh);
    let spec = SetSpec {
        lang: Lang::Zh,
        ..spec
    };
    for case in cases(&spec).unwrap() {
        let story = zh.story(&case).join("");
        assert!(
            story.contains(&kam_advise::text::wan_yi(case.profile.revenue_cny))
                || case.profile.currency != "CNY",
            "{story}"
        );
        assert!(
            !story.contains(',') && !story.contains(". "),
            "half-width punctuation: {story}"
        );
    }
}

#[test]
fn the_key_itself_gets_full_marks_and_a_wrong_answer_loses_exactly_its_point() {
    let (tmp, dir) = set(10, 11, "en", "mixed");
    let key = key(&dir);
    let perfect = tmp.path().join("perfect.toml");
    fs::write(&perfect, sheet_from_key(&key)).unwrap();
    let (code, out, err) = grade(&[perfect.to_str().unwrap_or(""), "--format", "json"], &dir);
    assert_eq!(code, 0, "{err}");
    let marks = &json_lines(&out)[0];
    let full = points(&key);
    assert_eq!(
        (marks["score"].clone(), marks["max"].clone()),
        (full.into(), full.into())
    );
    assert_eq!(marks["student"], "perfect");
    assert!(
        marks["cases"]
            .as_array()
            .into_iter()
            .flatten()
            .all(|c| c["feedback"] == Value::Array(vec![]))
    );

    // One wrong form: a department where the key says a team, for the small firm with 5.
    let case = key
        .iter()
        .find(|k| k["key_accounts"] == 5 && k["form"] == "team");
    let id = case.and_then(|k| k["case"].as_str()).unwrap_or("case-01");
    let wrong = sheet_from_key(&key).replace(
        &format!("[{id}]\nform = \"team\""),
        &format!("[{id}]\nform = \"department\""),
    );
    let sheet = tmp.path().join("wrong.toml");
    fs::write(&sheet, wrong).unwrap();
    let (code, out, _) = grade(&[sheet.to_str().unwrap_or(""), "--format", "json"], &dir);
    assert_eq!(code, 0);
    let marks = &json_lines(&out)[0];
    assert_eq!(marks["score"], full - 1);
    let feedback: Vec<&Value> = marks["cases"]
        .as_array()
        .into_iter()
        .flatten()
        .flat_map(|c| c["feedback"].as_array().into_iter().flatten())
        .collect();
    assert_eq!(feedback.len(), 1);
    assert_eq!(feedback[0]["item"], "form");
    assert_eq!(feedback[0]["status"], "wrong");
    assert_eq!(feedback[0]["given"], "department");
    assert_eq!(feedback[0]["expected"], "team");
    let text = feedback[0]["text"].as_str().unwrap_or("");
    assert!(
        text.contains("(二)4") && text.contains("Not a department"),
        "{text}"
    );
    assert!(text.contains("more than 5 key accounts"), "{text}");

    // A missing item scores 0 and is listed; the table names it.
    let missing = sheet_from_key(&key).replacen("headcount = ", "# headcount = ", 1);
    fs::write(&sheet, missing).unwrap();
    let (code, out, _) = grade(&[sheet.to_str().unwrap_or("")], &dir);
    assert_eq!(code, 0);
    assert!(
        out.contains(&format!(
            "Total: {} of {full} points ({}%).",
            full - 1,
            ((full - 1) * 100 + full / 2) / full
        )),
        "{out}"
    );
    let first = key
        .iter()
        .find(|k| !k["graded"]["headcount"].is_null())
        .and_then(|k| k["case"].as_str())
        .unwrap_or("");
    assert!(
        out.contains(&format!("{first} · headcount: not answered; the answer is")),
        "{out}"
    );
}

#[test]
fn chinese_feedback_names_the_clause_and_the_rule_that_rules_the_answer_out() {
    let (tmp, dir) = set(10, 11, "zh", "mixed");
    let key = key(&dir);
    let group = key
        .iter()
        .find(|k| k["kind"] == "group" && k["scale"] == "medium");
    let id = group.and_then(|k| k["case"].as_str()).unwrap_or("case-01");
    let sheet = tmp.path().join("王芳.toml");
    fs::write(&sheet, format!("[{id}]\nform = \"委员会\"\n")).unwrap();
    let (code, out, _) = grade(&[sheet.to_str().unwrap_or(""), "--lang", "zh"], &dir);
    assert_eq!(code, 0);
    // Wrapped lines joined again.
    let out = out.replace("\n  ", "");
    assert!(out.contains("王芳的成绩"), "{out}");
    assert!(out.contains("你的答案是“重点客户管理委员会”"), "{out}");
    assert!(out.contains("正确答案是重点客户管理部(二)3"), "{out}");
    assert!(
        out.contains("(二)1的重点客户管理委员会针对国际跨国集团和原文所说的“重点型集团企业”（本工具读作大型集团企业），本案虽是集团企业，却属于中型企业，也不是国际跨国集团"),
        "{out}"
    );
    // Students see the rule's Chinese name, never its id or a backtick.
    assert!(out.contains("依据规则7（中型企业）"), "{out}");
    assert!(!out.contains("medium-scale") && !out.contains('`'), "{out}");
    assert!(
        out.contains(&format!("合计：0分，满分{}分（0%）。", points(&key))),
        "{out}"
    );
}

#[test]
fn a_sheet_with_errors_names_file_line_and_column_and_marks_nothing() {
    let (tmp, dir) = set(10, 3, "en", "basic");
    let sheet = tmp.path().join("bad.toml");
    fs::write(
        &sheet,
        "[case-01]\nform = 3\nkam_manager = 2\nconditions_met = [\"revenu\", \"none\"]\n\n[case-42]\nform = \"team\"\n",
    )
    .unwrap();
    let (code, out, err) = grade(&[sheet.to_str().unwrap_or("")], &dir);
    assert_eq!(code, 1);
    assert!(out.is_empty(), "{out}");
    let name = sheet.display().to_string();
    let lines: Vec<&str> = err.lines().collect();
    assert_eq!(
        lines,
        [
            format!(
                "error: {name}:2:8: [case-01] `form` must be a string such as \"department\", found the integer 3"
            ),
            format!(
                "error: {name}:3:1: unknown item `kam_manager` in [case-01] (did you mean `kam_managers`?); the items are form, conditions_met, kam_managers, headcount, service_level"
            ),
            format!(
                "error: {name}:4:19: [case-01] `conditions_met` has an unknown condition \"revenu\" (did you mean `revenue`?); write the ids revenue, key_accounts, strategic_plan, account_development (or the clauses (一)1 to (一)4), or \"none\""
            ),
            format!(
                "error: {name}:6:2: unknown case `case-42` (did you mean `case-02`?); the key has the cases case-01 to case-10"
            ),
        ]
    );
    // A TOML syntax error is the profile checker's, with its place; in Chinese too.
    fs::write(&sheet, "[case-01]\nform = \"team\n").unwrap();
    let (code, _, err) = grade(&[sheet.to_str().unwrap_or(""), "--lang", "zh"], &dir);
    assert_eq!(code, 1);
    assert!(err.starts_with(&format!("错误：{name}:2:")), "{err}");
    // No key there.
    let (code, _, err) = grade(&[sheet.to_str().unwrap_or("")], tmp.path());
    assert_eq!(code, 1);
    assert!(err.contains("no answer key"), "{err}");
    // A student's file name and answers never act on the teacher's terminal: an
    // escape sequence and a bidi override are shown escaped, in errors and tables.
    let nasty = tmp.path().join("stu\u{1b}]0;PWN\u{7}\u{202e}.toml");
    fs::write(&nasty, "[case-01]\nform = \"te\\u001b[2Jam\"\n").unwrap();
    let (code, _, err) = grade(&[nasty.to_str().unwrap_or("")], &dir);
    assert_eq!(code, 1);
    assert!(
        !err.contains('\u{1b}') && !err.contains('\u{202e}'),
        "{err:?}"
    );
    assert!(
        err.contains("stu\\u{001B}]0;PWN\\u{0007}\\u{202E}.toml"),
        "{err}"
    );
    assert!(err.contains("\"te\\u{001B}[2Jam\""), "{err}");
    fs::copy(dir.join("answer-sheet.toml"), &nasty).unwrap();
    let (_, out, _) = grade(&[nasty.to_str().unwrap_or("")], &dir);
    assert!(
        !out.contains('\u{1b}') && !out.contains('\u{202e}'),
        "{out:?}"
    );
    assert!(out.contains("stu\\u{001B}]0;PWN"), "{out}");
}

#[test]
fn a_class_directory_gives_a_row_per_student_and_the_items_most_missed() {
    let (tmp, dir) = set(10, 21, "en", "hard");
    let key = key(&dir);
    let class = tmp.path().join("returned");
    fs::create_dir(&class).unwrap();
    let perfect = sheet_from_key(&key);
    fs::write(class.join("ann.toml"), &perfect).unwrap();
    // Bob leaves out every headcount.
    fs::write(
        class.join("bob.toml"),
        perfect.replace("headcount = ", "# headcount = "),
    )
    .unwrap();
    fs::write(class.join("broken.toml"), "[case-01\n").unwrap();
    let (code, out, err) = grade(&[class.to_str().unwrap_or("")], &dir);
    assert_eq!(code, 1, "one sheet failed: {err}");
    assert!(err.contains("broken.toml:1:"), "{err}");
    assert!(
        err.ends_with(
            "error: 1 of 3 sheets could not be marked; the class above leaves them out\n"
        ),
        "{err}"
    );
    let full = points(&key);
    let headcounts = count(&key, |k| !k["graded"]["headcount"].is_null()) as u64;
    let bob = full - headcounts;
    assert!(out.contains("Marks of 2 students"), "{out}");
    assert!(
        out.contains("ann") && out.contains(&format!("{full}/{full}")) && out.contains("100%"),
        "{out}"
    );
    assert!(
        out.contains("bob") && out.contains(&format!("{bob}/{full}")),
        "{out}"
    );
    assert!(out.contains("Most missed items"), "{out}");
    let first = key
        .iter()
        .find(|k| !k["graded"]["headcount"].is_null())
        .and_then(|k| k["case"].as_str())
        .unwrap_or("");
    assert!(
        out.contains(&format!("│ {first} ┆ headcount ┆ 1/2")),
        "{out}"
    );

    let (_, out, _) = grade(&[class.to_str().unwrap_or(""), "--format", "json"], &dir);
    let records = json_lines(&out);
    assert_eq!(records.len(), 3);
    assert_eq!(records[0]["student"], "ann");
    assert_eq!(records[1]["student"], "bob");
    assert_eq!(records[1]["score"], bob);
    let summary = &records[2];
    assert_eq!(summary["record"], "summary");
    assert_eq!(
        (summary["students"].clone(), summary["failed"].clone()),
        (2.into(), 1.into())
    );
    let missed = summary["most_missed"]
        .as_array()
        .cloned()
        .unwrap_or_default();
    assert_eq!(missed.len() as u64, headcounts.min(10));
    assert!(
        missed
            .iter()
            .all(|m| m["item"] == "headcount" && m["missed"] == 1)
    );
    assert!(
        records
            .iter()
            .all(|r| r["schema_version"] == 3 && r["lang"] == "en")
    );
}

#[test]
fn existing_files_are_kept_without_force_and_strangers_in_profiles_refuse_the_set() {
    let (tmp, dir) = set(10, 1, "en", "mixed");
    let before = files(&dir);
    let again = |extra: &[&str]| {
        kam()
            .args(["exercise", "-n", "10", "--seed", "2", "-o"])
            .arg(&dir)
            .args(extra)
            .output()
            .unwrap()
    };
    let out = again(&[]);
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("cases.md: exists already; add --force"),
        "{err}"
    );
    assert_eq!(files(&dir), before, "nothing written");
    let out = again(&["--force"]);
    assert!(out.status.success());
    assert_ne!(files(&dir), before);
    // A stranger in profiles/ would mix with the set: refused even with --force.
    fs::write(dir.join("profiles/case-99.toml"), "name = \"x\"\n").unwrap();
    let out = again(&["--force"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("case-99.toml: is not part of this set"));
    // No staging directory is left behind.
    let leftovers: Vec<_> = fs::read_dir(&dir)
        .unwrap()
        .filter_map(Result::ok)
        .filter(|e| e.file_name().to_string_lossy().starts_with('.'))
        .collect();
    assert!(leftovers.is_empty());
    drop(tmp);
}

#[test]
fn options_of_other_commands_are_refused_and_the_count_is_bounded() {
    for args in [
        &["exercise", "-n", "3", "--seed", "1", "-o", "x", "--why"][..],
        &[
            "--rules", "r.toml", "exercise", "-n", "3", "--seed", "1", "-o", "x",
        ],
        &["grade", "s.toml", "--key", "k", "--format", "dot"],
    ] {
        let out = kam().args(args).output().unwrap();
        assert_eq!(out.status.code(), Some(2), "{args:?}");
    }
    let out = kam()
        .args(["exercise", "-n", "100", "--seed", "1", "-o", "x"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let help = crate::support::stdout_of(kam().args(["grade", "--help"]));
    assert!(
        help.contains("--key <DIR>") && help.contains("Examples:"),
        "{help}"
    );
}

/// A small GIFT reader: enough of the format to check what Moodle will read.
mod gift;

#[test]
fn the_quiz_parses_as_gift_with_five_forms_and_the_graded_items_per_case() {
    for lang in ["en", "zh"] {
        let (_t, dir) = set(10, 8, lang, "mixed");
        let quiz = read(&dir.join("quiz.gift"));
        assert!(!quiz.contains('`'), "Markdown in GIFT: {quiz}");
        let key = key(&dir);
        let questions = gift::parse(&quiz).unwrap_or_else(|e| panic!("{lang}: {e}"));
        let mut rest = questions.iter();
        for k in &key {
            let case = k["case"].as_str().unwrap_or("");
            let g = &k["graded"];
            let Some(form) = rest.next() else {
                panic!("{lang} {case}: no form question")
            };
            assert!(form.title.starts_with(case) && !form.numerical);
            assert!(
                form.text.contains(k["name"].as_str().unwrap_or("?")),
                "{}",
                form.text
            );
            assert_eq!(form.answers.len(), 5);
            let right: Vec<_> = form.answers.iter().filter(|a| a.0).collect();
            assert_eq!(right.len(), 1);
            assert_eq!(right[0].1, k["form_name"].as_str().unwrap_or(""));
            for (is_right, _, feedback) in &form.answers {
                assert!(!feedback.is_empty());
                assert!(!feedback.contains("Not no unit"), "{feedback}");
                if !is_right {
                    assert!(
                        feedback.contains('(')
                            && (feedback.contains("二)") || feedback.contains("一)")),
                        "{feedback}"
                    );
                }
            }
            // Then one question per graded item beyond the form, in the sheet's order.
            for item in ["kam_managers", "headcount"] {
                let expected = match &g[item] {
                    Value::Null => continue,
                    Value::Object(r) => format!("{}..{}", r["min"], r["max"]),
                    n => format!("{n}:0"),
                };
                let Some(q) = rest.next() else {
                    panic!("{lang} {case}: no {item} question")
                };
                assert!(q.title.starts_with(case) && q.numerical, "{}", q.title);
                assert_eq!(q.answers.len(), 1);
                assert_eq!(q.answers[0].1, expected);
                assert!(!q.answers[0].2.is_empty());
            }
            if !g["service_level"].is_null() {
                let Some(q) = rest.next() else {
                    panic!("{lang} {case}: no service level question")
                };
                assert!(q.title.starts_with(case) && !q.numerical);
                assert_eq!(q.answers.iter().filter(|a| a.0).count(), 1);
            }
        }
        assert!(rest.next().is_none());
    }
    // The reader itself refuses what Moodle would misread.
    assert!(gift::parse("::t::a = b {=x}").is_err());
    assert!(gift::parse("::t::a \\= b {=x#y}").is_ok());
}

#[test]
fn a_sheet_of_another_set_is_not_marked_against_this_key() {
    let (tmp, dir) = set(10, 21, "en", "hard");
    let (_other_tmp, other) = set(5, 1, "zh", "basic");
    // The blank sheet of the other set, filled in with this set's right answers.
    let header: String = fs::read_to_string(other.join("answer-sheet.toml"))
        .unwrap()
        .lines()
        .take_while(|l| l.starts_with('#'))
        .map(|l| format!("{l}\n"))
        .collect();
    let sheet = tmp.path().join("zhang-wei.toml");
    fs::write(&sheet, format!("{header}{}", sheet_from_key(&key(&dir)))).unwrap();
    let (code, out, err) = grade(&[sheet.to_str().unwrap_or("")], &dir);
    assert_eq!(code, 1, "{out}");
    assert!(out.is_empty(), "{out}");
    assert!(
        err.contains(
            "was written for another set (kam-advise exercise --count 5 --seed 1 --level basic --lang zh) than the key (kam-advise exercise --count 10 --seed 21 --level hard --lang en), so it was not marked"
        ),
        "{err}"
    );
    // The set's own blank sheet, filled in the same way, is marked in full.
    let header: String = fs::read_to_string(dir.join("answer-sheet.toml"))
        .unwrap()
        .lines()
        .take_while(|l| l.starts_with('#'))
        .map(|l| format!("{l}\n"))
        .collect();
    fs::write(&sheet, format!("{header}{}", sheet_from_key(&key(&dir)))).unwrap();
    let (code, out, err) = grade(&[sheet.to_str().unwrap_or("")], &dir);
    assert_eq!(code, 0, "{err}");
    let full = points(&key(&dir));
    assert!(out.contains(&format!("{full} of {full} points")), "{out}");
}

#[test]
fn an_unknown_case_is_never_told_to_be_a_case_the_sheet_already_answers() {
    let (tmp, dir) = set(5, 1, "en", "basic");
    let sheet = tmp.path().join("li-na.toml");
    fs::write(
        &sheet,
        "[case-01]\nform = \"team\"\n\n[case-06]\nform = \"team\"\n",
    )
    .unwrap();
    let (code, _, err) = grade(&[sheet.to_str().unwrap_or("")], &dir);
    assert_eq!(code, 1);
    assert!(
        err.contains("unknown case `case-06` (did you mean `case-0"),
        "{err}"
    );
    assert!(!err.contains("did you mean `case-01`"), "{err}");
}

#[test]
fn an_answer_sheet_given_as_a_profile_points_to_grade() {
    let (_tmp, dir) = set(3, 1, "en", "basic");
    let out = kam().arg("compare").arg(&dir).output().unwrap();
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(err.lines().count(), 1, "{err}");
    assert!(
        err.contains("answer-sheet.toml: is an answer sheet of a class set, not a profile: mark it with `kam-advise grade SHEET --key DIR`"),
        "{err}"
    );
}

/// Every seed of a range, every count up to 20, every level, both languages: each set
/// meets each rule of a class set (docs/guide.md "For teachers").
#[test]
fn every_set_of_a_range_of_seeds_meets_the_rules_of_a_class_set() {
    use kam_advise::advice::Form;
    use kam_advise::profile::Kind;
    use kam_advise::rules::Rules;
    use kam_advise::teach::exercise;
    use kam_advise::teach::items::DEPARTMENT_HEADCOUNT_TOP;
    use kam_advise::teach::plan::{as_written, inferred_needed};
    let rules = Rules::default();
    for lang in Lang::ALL {
        let text = kam_advise::teach::words::teach_catalog(*lang);
        // The figures the conventions must state, from the rules in force.
        let threshold = text.money_exact(rules.revenue_threshold(), 0);
        let figures = [
            threshold.clone(),
            format!(
                "{}-{}",
                rules.department_base_headcount, DEPARTMENT_HEADCOUNT_TOP
            ),
            format!("÷{}", rules.accounts_per_manager),
            format!("{}", rules.key_accounts_threshold),
            format!("{}", rules.team_max_key_accounts),
            format!("2×{}", rules.committee_center_min_staff),
        ];
        for level in Difficulty::ALL {
            for seed in 0..40 {
                for count in 1..=20 {
                    let spec = SetSpec {
                        count,
                        seed,
                        level: *level,
                        lang: *lang,
                    };
                    let set = cases(&spec).unwrap();
                    let files: std::collections::BTreeMap<String, String> =
                        exercise::files(&spec, &set).unwrap().into_iter().collect();
                    let at = format!("{lang} {level} seed {seed} count {count}");
                    let cases_md = &files["cases.md"];
                    let key_md = &files["answer-key.md"];
                    let quiz = &files["quiz.gift"];
                    // The conventions, with the figures of the rules in force.
                    let conventions = cases_md.replace(' ', "");
                    for figure in &figures {
                        assert!(
                            conventions.contains(&figure.replace(' ', "")),
                            "{at}: {figure}"
                        );
                    }
                    assert!(!quiz.contains('`'), "{at}: Markdown in GIFT");
                    let mut inferred = 0;
                    for case in &set {
                        let p = &case.profile;
                        assert!(
                            !(p.kind == Kind::Multinational && p.scale.is_some()),
                            "{at}: a sized multinational: {}",
                            case.toml
                        );
                        assert_eq!(
                            as_written(case.facts.revenue_wan),
                            case.facts.revenue_wan,
                            "{at}: an over-precise amount: {}",
                            case.toml
                        );
                        for w in &case.advice.warnings {
                            let warning = text.client_warning(*w);
                            assert!(key_md.contains(&warning), "{at}: {warning}");
                            let plain = kam_advise::teach::gift::escape(&warning);
                            assert!(quiz.contains(&plain), "{at}: {warning}");
                        }
                        let networked =
                            case.advice.form == Form::ServiceCenter && !p.network.levels.is_empty();
                        assert_eq!(networked, case.answers.service_level.is_some(), "{at}");
                        assert_eq!(
                            networked,
                            case.answers.kam_managers.is_none() && case.advice.form != Form::None,
                            "{at}"
                        );
                        if p.scale_source.slug() == "inferred" {
                            inferred += 1;
                        }
                    }
                    if *level != Difficulty::Basic {
                        assert!(
                            inferred >= inferred_needed(count),
                            "{at}: {inferred} inferred"
                        );
                    }
                }
            }
        }
    }
}

#[test]
fn a_networked_centre_grades_its_level_a_department_any_of_three_to_four_and_an_inapplicable_answer_is_ignored()
 {
    let (tmp, dir) = set(10, 11, "en", "mixed");
    let key = key(&dir);
    let find = |test: &dyn Fn(&Value) -> bool| {
        key.iter()
            .find(|k| test(k))
            .and_then(|k| k["case"].as_str())
            .unwrap_or("")
            .to_string()
    };
    let network = find(&|k| !k["graded"]["service_level"].is_null());
    let department = find(&|k| k["key_accounts"] == 27);
    let none = find(&|k| k["form"] == "none");
    assert!(!network.is_empty() && !department.is_empty() && !none.is_empty());
    let level = key
        .iter()
        .find(|k| k["case"] == network.as_str())
        .map(|k| k["graded"]["service_level"].clone())
        .unwrap_or_default();
    assert_eq!(level, "prefecture");
    let mark = |sheet: &str| {
        let path = tmp.path().join("li-na.toml");
        fs::write(&path, sheet).unwrap();
        let (code, out, err) = grade(&[path.to_str().unwrap_or(""), "--format", "json"], &dir);
        assert_eq!(code, 0, "{err}");
        let marks = json_lines(&out).remove(0);
        let case = |id: &str| {
            marks["cases"]
                .as_array()
                .into_iter()
                .flatten()
                .find(|c| c["case"] == id)
                .cloned()
                .unwrap_or_default()
        };
        (case(&network), case(&department), case(&none))
    };
    // The level, in Chinese; numbers for the network are ignored, with a note.
    let (net, dep, no) = mark(&format!(
        "[{network}]\nservice_level = \"地级\"\nkam_managers = 5\n\n[{department}]\nheadcount = 4\n\n[{none}]\nkam_managers = 1\nheadcount = 1\n"
    ));
    assert_eq!(
        (net["score"].clone(), net["max"].clone()),
        (1.into(), 3.into())
    );
    let ignored: Vec<&Value> = net["feedback"]
        .as_array()
        .into_iter()
        .flatten()
        .filter(|f| f["status"] == "ignored")
        .collect();
    assert_eq!(ignored.len(), 1);
    assert_eq!(ignored[0]["item"], "kam_managers");
    assert!(ignored[0]["expected"].is_null());
    assert!(
        ignored[0]["text"]
            .as_str()
            .unwrap_or("")
            .contains("ignored: the service centres here sit over a network"),
        "{}",
        ignored[0]["text"]
    );
    assert_eq!(
        (dep["score"].clone(), dep["max"].clone()),
        (1.into(), 4.into())
    );
    assert_eq!(
        (no["score"].clone(), no["max"].clone()),
        (0.into(), 2.into())
    );
    assert_eq!(
        no["feedback"]
            .as_array()
            .into_iter()
            .flatten()
            .filter(|f| f["status"] == "ignored")
            .count(),
        2
    );
    // 3 is as right as 4 for a department of three managers; 5 and 2 are not.
    for (headcount, right) in [(3, true), (5, false), (2, false)] {
        let (_, dep, _) = mark(&format!("[{department}]\nheadcount = {headcount}\n"));
        assert_eq!(dep["score"] == 1, right, "{headcount}: {dep}");
        if !right {
            let text = dep["feedback"]
                .as_array()
                .into_iter()
                .flatten()
                .find(|f| f["item"] == "headcount")
                .and_then(|f| f["text"].as_str())
                .unwrap_or("");
            assert!(text.contains("3 or 4, either is right"), "{dep}");
        }
    }
    // A wrong level is told the rule.
    let (net, _, _) = mark(&format!("[{network}]\nservice_level = \"provincial\"\n"));
    let text = net["feedback"]
        .as_array()
        .into_iter()
        .flatten()
        .find(|f| f["item"] == "service_level")
        .and_then(|f| f["text"].as_str())
        .unwrap_or("")
        .to_string();
    assert!(
        text.contains("the lowest of them other than county holds the service centres"),
        "{text}"
    );
}

#[test]
fn a_set_of_an_older_format_is_refused_with_the_command_that_makes_it_again() {
    let (tmp, dir) = set(3, 1, "en", "basic");
    let sheet = tmp.path().join("zhang-wei.toml");
    fs::write(&sheet, "[case-01]\nform = \"team\"\n").unwrap();
    let (code, _, err) = grade(&[sheet.to_str().unwrap_or("")], &dir);
    assert_eq!(code, 0, "{err}");
    // A set written before formats were numbered: its profiles carry no format line.
    for entry in fs::read_dir(dir.join("profiles")).unwrap() {
        let path = entry.unwrap().path();
        let old: String = read(&path)
            .lines()
            .filter(|l| !l.contains("set-format"))
            .map(|l| format!("{l}\n"))
            .collect();
        fs::write(&path, old).unwrap();
    }
    let (code, out, err) = grade(&[sheet.to_str().unwrap_or("")], &dir);
    assert_eq!(code, 1);
    assert!(out.is_empty(), "{out}");
    assert!(
        err.contains("case-01.toml: belongs to a set written in class-set format 1 by an older kam-advise, and this version marks format 2")
            && err.contains("generate the set again with `kam-advise exercise --count 3 --seed 1 --level basic --lang en --output-dir DIR`"),
        "{err}"
    );
    let (code, _, err) = grade(&[sheet.to_str().unwrap_or(""), "--lang", "zh"], &dir);
    assert_eq!(code, 1);
    assert!(err.contains("重新生成这套练习"), "{err}");
}

/// A case of the key that is not a file is said of the key, not blamed on the sheet.
#[test]
fn a_broken_key_case_is_the_keys_fault() {
    let (_tmp, dir) = set(3, 1, "en", "basic");
    let case = dir.join("profiles").join("case-02.toml");
    fs::remove_file(&case).unwrap();
    fs::create_dir(&case).unwrap();
    let sheet = dir.join("answer-sheet.toml");
    let (code, out, err) = grade(&[sheet.to_str().unwrap_or("")], &dir);
    assert_eq!(code, 1);
    assert!(out.is_empty(), "{out}");
    assert!(
        err.contains("profiles/case-02.toml: cannot be read: it is a directory"),
        "{err}"
    );
    assert!(!err.contains("unknown case"), "{err}");
}
