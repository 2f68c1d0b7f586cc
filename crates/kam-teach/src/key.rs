//! The set's documents for people: `cases.md` (the stories, for students),
//! `answer-key.md` (for the teacher: each answer with its arithmetic and clause) and
//! `answer-key.json` (the advice of each case as `--format json` gives it, plus `case`).

use std::fmt::Write as _;

use super::SetSpec;
use super::case::Case;
use super::items::ids;
use super::sheet::{Item, format_line};
use crate::advice::{ConditionId, Form, Trace};
use crate::render::markdown::literal;
use crate::render::org::{draw_tree, org_chart};
use crate::render::{RenderOptions, Report};
use crate::rules::Rules;
use crate::scale::IndustryRow;
use crate::words::TeachCatalog;

fn report<'a>(case: &'a Case, rules: &'a Rules) -> Report<'a> {
    Report {
        source: &case.source,
        profile: &case.profile,
        advice: &case.advice,
        rules,
    }
}

/// The NBS 2017 rows of the cases that have a size, in the table's order.
fn rows_used(cases: &[Case]) -> Vec<&'static IndustryRow> {
    crate::scale::INDUSTRIES
        .iter()
        .filter(|row| {
            cases.iter().any(|c| {
                c.profile.scale.is_some() && c.profile.industry.is_some_and(|r| r.slug == row.slug)
            })
        })
        .collect()
}

/// `cases.md`: how to work, the set's conventions, then each case as a story.
pub(crate) fn cases_markdown(spec: &SetSpec, cases: &[Case], text: &dyn TeachCatalog) -> String {
    let l = text.teach_labels();
    let mut out = format!("# {}\n\n", l.cases_title);
    let _ = writeln!(out, "{}\n", text.cases_intro(cases.len()));
    let _ = writeln!(out, "<!-- {} · {} -->\n", spec.command(), format_line());
    out.push_str(&text.conventions(&rows_used(cases), &Rules::default()));
    for case in cases {
        let _ = write!(
            out,
            "\n## {}{}{}\n",
            text.case_title(&case.id),
            l.title_separator,
            literal(&case.names.firm)
        );
        for paragraph in text.story(case) {
            let _ = write!(out, "\n{paragraph}\n");
        }
    }
    out
}

/// Per case: the conditions met, each with its comparison; the scale (with the NBS 2017
/// inference where the case leaves it to infer); the form with its rule, reason and
/// every warning of the advice; then each item the case grades with its arithmetic, the
/// items it does not grade, and the structure.
pub(crate) fn key_markdown(spec: &SetSpec, cases: &[Case], text: &dyn TeachCatalog) -> String {
    let l = text.teach_labels();
    let words = text.labels();
    let rules = Rules::default();
    let points: u64 = cases.iter().map(|c| c.answers.items().len() as u64).sum();
    let mut out = format!("# {}\n\n", l.key_title);
    let _ = writeln!(out, "{}\n", text.key_intro(cases.len(), points));
    let _ = writeln!(out, "<!-- {} · {} -->", spec.command(), format_line());
    for case in cases {
        let advice = &case.advice;
        let key = &case.answers;
        let r = report(case, &rules);
        let _ = writeln!(
            out,
            "\n## {}{}{}\n",
            text.case_title(&case.id),
            l.title_separator,
            literal(&case.names.firm)
        );
        let _ = writeln!(
            out,
            "- **{}**{}{}",
            l.conditions_met,
            words.colon,
            text.answer_words(Item::Conditions, &ids(&key.conditions))
        );
        for trace in &advice.trace {
            if let Trace::Condition(_) = trace {
                let _ = writeln!(out, "  - {}", text.trace(trace));
            }
        }
        let _ = writeln!(
            out,
            "- **{}**{}{}",
            words.scale,
            words.colon,
            text.scale_basis(&r)
        );
        let _ = writeln!(
            out,
            "- **{}**{}`{}` {}{}{}",
            words.form,
            words.colon,
            advice.form.slug(),
            text.with_clause(text.form(advice.form), advice.rule.form_clause()),
            l.title_separator,
            text.rule_name(advice.rule)
        );
        let _ = writeln!(out, "  - {}", text.reason(advice.rule, &r.facts(), &rules));
        for warning in &advice.warnings {
            let _ = writeln!(
                out,
                "  - **{}**{}{}",
                words.warnings,
                words.colon,
                text.client_warning(*warning)
            );
        }
        if key.kam_managers.is_some() {
            let _ = writeln!(
                out,
                "- **{}**{}{}",
                words.kam_managers,
                words.colon,
                text.kam_managers_basis(advice)
            );
        }
        if key.headcount.is_some() {
            let _ = writeln!(
                out,
                "- **{}**{}{}",
                l.headcount,
                words.colon,
                text.headcount_basis(advice, key)
            );
        }
        if let Some(level) = key.service_level {
            let _ = writeln!(
                out,
                "- **{}**{}{}",
                l.service_level,
                words.colon,
                text.service_level_basis(&r, level)
            );
        }
        if let Some(line) = text.not_graded(&r, key) {
            let _ = writeln!(out, "- **{}**{}{line}", l.not_graded, words.colon);
        }
        if advice.form != Form::None
            && let Some(root) = org_chart(advice, text)
        {
            let _ = writeln!(out, "- **{}**\n\n```text", words.structure);
            for line in draw_tree(&root, text) {
                let _ = writeln!(out, "{line}");
            }
            let _ = writeln!(out, "```");
        }
    }
    out
}

/// `answer-key.json`: one line per case, the advice as `--format json` writes it with
/// the case id, the set's format and the graded answers first. `graded` holds every item
/// of the sheet: `null` where it does not apply, a department's headcount as
/// `{"min": 3, "max": 4}`.
pub(crate) fn key_json(spec: &SetSpec, cases: &[Case]) -> serde_json::Result<String> {
    let rules = Rules::default();
    let opts = RenderOptions {
        lang: spec.lang,
        color: false,
        width: 100,
        why: false,
        date: None,
        deliverable: Default::default(),
    };
    let shared = crate::render::json::Shared::new(opts.catalog())?;
    let mut out = String::new();
    for case in cases {
        let advice = crate::render::json::render(&report(case, &rules), &opts, &shared)?;
        let id = serde_json::to_string(&case.id)?;
        let graded = serde_json::to_string(&graded(&case.answers))?;
        let format = super::sheet::SET_FORMAT;
        // The advice is one JSON object: the case's keys go in first.
        match advice.strip_prefix('{') {
            Some(rest) => {
                let _ = writeln!(
                    out,
                    "{{\"case\":{id},\"set_format\":{format},\"graded\":{graded},{rest}"
                );
            }
            None => {
                let _ = writeln!(out, "{advice}");
            }
        }
    }
    Ok(out)
}

/// The graded answers of a case as JSON, by item id.
fn graded(key: &super::items::KeyAnswers) -> serde_json::Value {
    use serde_json::{Value, json};
    json!({
        "form": key.form.slug(),
        "conditions_met": key.conditions.iter().map(|c| c.slug()).collect::<Vec<_>>(),
        "kam_managers": key.kam_managers,
        "headcount": key.headcount.map_or(Value::Null, |(lo, hi)| {
            if lo == hi { json!(lo) } else { json!({"min": lo, "max": hi}) }
        }),
        "service_level": key.service_level.map(|l| l.slug()),
    })
}

/// The blank sheet of a set: the same five items for every case, so that the items
/// do not give the form away.
pub(crate) fn blank_sheet(spec: &SetSpec, cases: &[Case], text: &dyn TeachCatalog) -> String {
    let mut out = String::new();
    for line in text.sheet_header(&spec.command()).lines() {
        let _ = writeln!(out, "{}", format!("# {line}").trim_end());
    }
    let forms: Vec<&str> = Form::ALL.iter().map(|f| f.slug()).collect();
    let ids: Vec<&str> = ConditionId::ALL.iter().map(|c| c.slug()).collect();
    let levels: Vec<&str> = crate::profile::Level::ALL
        .iter()
        .map(|l| l.slug())
        .collect();
    for case in cases {
        let _ = writeln!(out, "\n[{}]", case.id);
        let _ = writeln!(out, "{:<22}# {}", "form = \"\"", forms.join(" | "));
        let _ = writeln!(
            out,
            "{:<22}# {} | none",
            "conditions_met = []",
            ids.join(", ")
        );
        let _ = writeln!(out, "# kam_managers = ");
        let _ = writeln!(out, "# headcount = ");
        let _ = writeln!(
            out,
            "{:<22}# {}",
            "# service_level = \"\"",
            levels.join(" | ")
        );
    }
    out
}
