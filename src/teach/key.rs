//! The set's documents for people: `cases.md` (the stories, for students),
//! `answer-key.md` (for the teacher: each answer with its arithmetic and clause) and
//! `answer-key.json` (the advice of each case as `--format json` gives it, plus `case`).

use std::fmt::Write as _;

use super::SetSpec;
use super::case::Case;
use super::grade::ids;
use super::sheet::Item;
use crate::advice::{ConditionId, Form, Trace};
use crate::render::markdown::literal;
use crate::render::org::{draw_tree, org_chart};
use crate::render::{RenderOptions, Report};
use crate::rules::Rules;
use crate::teach::words::TeachCatalog;

fn report<'a>(case: &'a Case, rules: &'a Rules) -> Report<'a> {
    Report {
        source: &case.source,
        profile: &case.profile,
        advice: &case.advice,
        rules,
    }
}

/// `cases.md`: how to work, then each case as a story.
pub fn cases_markdown(spec: &SetSpec, cases: &[Case], text: &dyn TeachCatalog) -> String {
    let l = text.teach_labels();
    let mut out = format!("# {}\n\n", l.cases_title);
    let _ = writeln!(out, "{}\n", text.cases_intro(cases.len()));
    let _ = writeln!(out, "<!-- {} -->", spec.command());
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

/// The conditions met, each with its comparison; the scale; the form with its rule and
/// reason; the managers and headcount with their arithmetic; the structure.
pub fn key_markdown(spec: &SetSpec, cases: &[Case], text: &dyn TeachCatalog) -> String {
    let l = text.teach_labels();
    let words = text.labels();
    let rules = Rules::default();
    let mut out = format!("# {}\n\n", l.key_title);
    let _ = writeln!(out, "{}\n", text.key_intro(cases.len()));
    let _ = writeln!(out, "<!-- {} -->", spec.command());
    for case in cases {
        let advice = &case.advice;
        let r = report(case, &rules);
        let _ = writeln!(
            out,
            "\n## {}{}{}\n",
            text.case_title(&case.id),
            l.title_separator,
            literal(&case.names.firm)
        );
        let met: Vec<_> = advice
            .conditions
            .iter()
            .filter(|c| c.met)
            .map(|c| c.id)
            .collect();
        let _ = writeln!(
            out,
            "- **{}**{}{}",
            l.conditions_met,
            words.colon,
            text.answer_words(Item::Conditions, &ids(&met))
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
        let _ = writeln!(
            out,
            "- **{}**{}{}",
            words.kam_managers,
            words.colon,
            text.kam_managers_basis(advice)
        );
        let _ = writeln!(
            out,
            "- **{}**{}{}",
            l.headcount,
            words.colon,
            text.headcount_basis(advice)
        );
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
/// the case id first.
pub fn key_json(spec: &SetSpec, cases: &[Case]) -> serde_json::Result<String> {
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
        // The advice is one JSON object: the case id goes in as its first key.
        match advice.strip_prefix('{') {
            Some(rest) => {
                let _ = writeln!(out, "{{\"case\":{id},{rest}");
            }
            None => {
                let _ = writeln!(out, "{advice}");
            }
        }
    }
    Ok(out)
}

/// The blank sheet of a set.
pub fn blank_sheet(spec: &SetSpec, cases: &[Case], text: &dyn TeachCatalog) -> String {
    let mut out = String::new();
    for line in text.sheet_header(&spec.command()).lines() {
        let _ = writeln!(out, "{}", format!("# {line}").trim_end());
    }
    let forms: Vec<&str> = Form::ALL.iter().map(|f| f.slug()).collect();
    let ids: Vec<&str> = ConditionId::ALL.iter().map(|c| c.slug()).collect();
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
    }
    out
}
