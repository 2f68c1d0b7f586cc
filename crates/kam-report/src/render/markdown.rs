//! The consultant's report: paste-ready Markdown with the org chart as Mermaid.
//! Headings carry fixed anchors so a document can link to them in either language.

use std::fmt::Write as _;

use super::org::{NodeKind, OrgNode, flatten, node_label, org_chart};
use super::{RenderOptions, Report};
use super::{measure, threshold};
use crate::advice::Form;
use crate::profile::ScaleSource;
use crate::text::{Catalog, DUTIES_CLAUSE, REQUIREMENTS_CLAUSE, item_clause};

/// Escapes text for a Markdown table cell: `|` would end the cell, a newline the row,
/// and `<` `>` `&` would be read as HTML by most Markdown viewers (a name such as
/// "A <b>Co</b>" is shown as written).
pub(crate) fn cell(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('\\', "\\\\")
        .replace('|', "\\|")
        .replace('\n', " ")
}

/// Escapes text a user wrote (a name, a path) so Markdown shows it as written.
pub fn literal(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        if "\\`*_[]<>|#!~".contains(c) {
            out.push('\\');
        }
        out.push(if c == '\n' { ' ' } else { c });
    }
    out
}

/// A Markdown table.
pub(crate) fn table(out: &mut String, header: &[&str], rows: &[Vec<String>]) {
    let line = |cells: Vec<String>| format!("| {} |", cells.join(" | "));
    let _ = writeln!(out, "{}", line(header.iter().map(|h| cell(h)).collect()));
    let _ = writeln!(
        out,
        "{}",
        line(header.iter().map(|_| "---".to_string()).collect())
    );
    for row in rows {
        let _ = writeln!(out, "{}", line(row.iter().map(|c| cell(c)).collect()));
    }
}

/// A heading with a fixed anchor.
fn heading(out: &mut String, level: usize, anchor: &str, text: &str) {
    let _ = write!(
        out,
        "\n<a id=\"{anchor}\"></a>\n\n{} {text}\n\n",
        "#".repeat(level)
    );
}

/// The org chart as a Mermaid flowchart, top down.
pub(crate) fn mermaid(root: &OrgNode, text: &dyn Catalog) -> String {
    let mut out = String::from("flowchart TD\n");
    let nodes = flatten(root);
    for (id, (_, node)) in nodes.iter().enumerate() {
        let label = mermaid_label(&node_label(node, text));
        let _ = match (node.kind == NodeKind::People, node.optional) {
            (_, true) => writeln!(out, "    n{id}[\"{label}\"]:::optional"),
            (true, false) => writeln!(out, "    n{id}([\"{label}\"])"),
            (false, false) => writeln!(out, "    n{id}[\"{label}\"]"),
        };
    }
    for (id, (parent, _)) in nodes.iter().enumerate() {
        if let Some(parent) = parent {
            let _ = writeln!(out, "    n{parent} --> n{id}");
        }
    }
    if nodes.iter().any(|(_, n)| n.optional) {
        out.push_str("    classDef optional stroke-dasharray: 5 5\n");
    }
    out
}

/// Mermaid label text inside double quotes: quotes and angle brackets as entities.
fn mermaid_label(text: &str) -> String {
    text.replace('"', "#quot;")
        .replace('<', "#lt;")
        .replace('>', "#gt;")
}

/// Renders one advised profile as a Markdown report.
pub fn render(report: &Report<'_>, opts: &RenderOptions) -> String {
    let text = opts.catalog();
    let l = text.labels();
    let (profile, advice) = (report.profile, report.advice);
    let mut out = String::new();
    let form = report.form_with_clause(text);
    let verdict = report.verdict(text);
    let reason = text.reason(advice.rule, &report.facts(), report.rules);

    let _ = writeln!(
        out,
        "# {}{}{}",
        l.title,
        l.title_dash,
        literal(&profile.name)
    );
    if let Some(date) = opts.date {
        let _ = writeln!(
            out,
            "\n{}{}{}",
            text.document_labels().date,
            l.colon,
            text.date(date)
        );
    }
    if let Some(who) = &opts.deliverable.prepared_by {
        let _ = writeln!(out, "\n{}", literal(&text.prepared_by(who)));
    }
    if opts.deliverable.confidential {
        let _ = writeln!(out, "\n**{}**", text.document_labels().confidential);
    }
    if !text.clause_legend().is_empty() {
        let _ = writeln!(out, "\n*{}*", text.clause_legend());
    }
    let _ = writeln!(
        out,
        "\n> **{}{}{form}**{}{verdict}{}{reason}",
        l.recommendation, l.colon, l.title_dash, l.sentence_gap,
    );
    if advice.form != Form::None {
        let totals: Vec<String> = report
            .staffing_totals(text)
            .into_iter()
            .map(|(label, value)| format!("{label}{}**{value}**", l.colon))
            .collect();
        let _ = writeln!(out, ">\n> {}", totals.join(" · "));
    }
    for note in report.client_notes(text) {
        let _ = writeln!(out, ">\n> ⚠ {note}");
    }

    heading(&mut out, 2, "profile", l.profile);
    let rows: Vec<Vec<String>> = report
        .fact_rows(text)
        .into_iter()
        .map(|(label, value)| vec![label.to_string(), value])
        .collect();
    table(&mut out, &[text.explain_labels().item, l.value], &rows);

    heading(&mut out, 2, "conditions", l.conditions);
    let rows: Vec<Vec<String>> = advice
        .conditions
        .iter()
        .map(|c| {
            vec![
                c.id.clause().to_string(),
                text.condition(c.id).to_string(),
                measure(c.value, text),
                threshold(c.threshold, text),
                if c.met {
                    format!("**{}**", l.yes)
                } else {
                    l.no.to_string()
                },
            ]
        })
        .collect();
    table(
        &mut out,
        &[l.clause, l.condition, l.value, l.threshold, l.met],
        &rows,
    );
    let _ = writeln!(out, "\n{verdict}");

    heading(&mut out, 2, "recommendation", l.recommendation);
    let _ = writeln!(
        out,
        "**{form}** · {}\n\n{}{}{reason}",
        text.rule_name(advice.rule),
        l.why,
        l.colon,
    );

    if let Some(root) = org_chart(advice, text) {
        heading(&mut out, 2, "org-chart", l.org_chart);
        let _ = writeln!(out, "```mermaid\n{}```", mermaid(&root, text));
        let note = text.placement_note(advice.form);
        if !note.is_empty() {
            let _ = writeln!(out, "\n{note}");
        }
    }

    if !advice.staffing.roles.is_empty() {
        heading(&mut out, 2, "staffing", l.staffing);
        let rows = report.staffing_rows_for(text, true);
        table(
            &mut out,
            &[l.role, l.count, l.source_of_figure, l.basis],
            &rows,
        );
        let totals: Vec<String> = report
            .staffing_totals(text)
            .into_iter()
            .map(|(label, value)| format!("{label}{}**{value}**", l.colon))
            .collect();
        if !totals.is_empty() {
            let _ = write!(out, "\n{}", totals.join(" · "));
            out.push('\n');
        }
        let note = text.staffing_note(advice.form, advice.tier);
        if !note.is_empty() {
            let _ = writeln!(out, "\n{note}");
        }
        if let Some(line) = report.reporting_line(text) {
            let _ = writeln!(out, "\n{line}");
        }
    }

    if advice.form == Form::None {
        let _ = writeln!(out, "\n{}", text.client_none_pointer());
    } else {
        heading(&mut out, 2, "duties", l.duties);
        for (i, item) in text.duties().iter().enumerate() {
            let _ = writeln!(out, "{}. {item} — {}", i + 1, item_clause(DUTIES_CLAUSE, i));
        }
        heading(&mut out, 2, "requirements", l.requirements);
        let _ = writeln!(out, "{}\n", text.requirements_intro());
        for (i, item) in text.requirements().iter().enumerate() {
            let _ = writeln!(
                out,
                "{}. {item} — {}",
                i + 1,
                item_clause(REQUIREMENTS_CLAUSE, i)
            );
        }
        heading(&mut out, 2, "manager", l.manager);
        let _ = writeln!(out, "{}\n", text.manager_intro());
        let _ = writeln!(
            out,
            "- **{}**{}{}",
            l.manager_responsibility,
            l.colon,
            text.manager_responsibility()
        );
        for ability in text.manager_abilities() {
            let _ = writeln!(out, "- **{}**{}{ability}", l.manager_abilities, l.colon);
        }
        for role in text.manager_roles() {
            let _ = writeln!(out, "- **{}**{}{role}", l.manager_roles, l.colon);
        }
    }

    if let Some(gap) = &advice.gap {
        heading(&mut out, 2, "next-steps", l.gap);
        let _ = writeln!(out, "{}\n", text.gap_summary(gap, advice.rule));
        if !gap.reasons.is_empty() {
            let _ = writeln!(out, "**{}**\n", l.opening_reasons);
            for reason in &gap.reasons {
                let _ = writeln!(out, "- {}", text.opening_reason(*reason));
            }
            out.push('\n');
        }
        if !gap.steps.is_empty() {
            let _ = writeln!(out, "**{}**\n", l.next_steps);
        }
        for (i, step) in gap.steps.iter().enumerate() {
            let _ = writeln!(out, "{}. {}", i + 1, text.step(step));
        }
    }
    let hints: Vec<_> = report.client_hints().collect();
    if !hints.is_empty() {
        heading(&mut out, 2, "hints", l.hints);
        for h in hints {
            let _ = writeln!(out, "- {}", text.hint(*h));
        }
    }

    if opts.why {
        heading(&mut out, 2, "reasoning", l.reasoning);
        for (i, t) in advice.trace.iter().enumerate() {
            let _ = writeln!(out, "{}. {}", i + 1, text.trace(t));
        }
    }
    let inferred = profile.scale_source == ScaleSource::Inferred;
    let _ = writeln!(out, "\n---\n\n{}", text.citation(inferred));
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Checks the Mermaid we emit against the grammar of the subset we use:
    /// a `flowchart TD` header, node lines `nK["label"]` (or `(["label"])`, or with
    /// `:::optional`), edges `nA --> nB` between declared nodes, and a classDef.
    fn validate_mermaid(src: &str) -> Result<(), String> {
        let mut lines = src.lines();
        if lines.next() != Some("flowchart TD") {
            return Err("first line must be `flowchart TD`".into());
        }
        let mut declared = Vec::new();
        for line in lines {
            let line = line.trim();
            if let Some((a, b)) = line.split_once(" --> ") {
                for end in [a, b] {
                    if !declared.iter().any(|d: &String| d == end) {
                        return Err(format!("edge to undeclared node `{end}`: {line}"));
                    }
                }
            } else if line.starts_with("classDef ") {
                continue;
            } else {
                let id_end = line
                    .find(['[', '('])
                    .ok_or_else(|| format!("not a node: {line}"))?;
                let (id, rest) = line.split_at(id_end);
                if !id.starts_with('n')
                    || !id[1..].chars().all(|c| c.is_ascii_digit())
                    || id.len() < 2
                {
                    return Err(format!("bad node id `{id}`"));
                }
                let rest = rest.strip_suffix(":::optional").unwrap_or(rest);
                let label = rest
                    .strip_prefix("[\"")
                    .and_then(|r| r.strip_suffix("\"]"))
                    .or_else(|| {
                        rest.strip_prefix("([\"")
                            .and_then(|r| r.strip_suffix("\"])"))
                    })
                    .ok_or_else(|| format!("bad node shape: {line}"))?;
                if label.contains('"') || label.is_empty() {
                    return Err(format!("unescaped quote or empty label: {line}"));
                }
                declared.push(id.to_string());
            }
        }
        if declared.is_empty() {
            return Err("no nodes".into());
        }
        Ok(())
    }

    #[test]
    fn mermaid_is_valid_for_every_form_and_escapes_quotes() {
        use crate::advice::{advise, test_profile};
        use crate::profile::{Kind, Level, Network};
        use crate::rules::Rules;
        use crate::scale::Scale;
        use crate::text::{Lang, catalog};
        let mut profiles = vec![test_profile(40, 9000)];
        let mut p = test_profile(40, 90000);
        p.kind = Kind::Group;
        p.scale = Some(Scale::Large);
        profiles.push(p);
        let mut p = test_profile(40, 90000);
        p.kind = Kind::PublicSector;
        p.network = Network {
            levels: Level::ALL.to_vec(),
            counts: Vec::new(),
        };
        profiles.push(p);
        let mut p = test_profile(8, 900);
        p.scale = Some(Scale::Small);
        profiles.push(p);
        for lang in Lang::ALL {
            for p in &profiles {
                let advice = advise(p, &Rules::default());
                let text = catalog(*lang);
                let root = org_chart(&advice, text).unwrap_or_else(|| panic!("chart"));
                let src = mermaid(&root, text);
                assert_eq!(
                    validate_mermaid(&src),
                    Ok(()),
                    "{} {lang}:\n{src}",
                    advice.form
                );
            }
        }
        let tricky = OrgNode {
            kind: NodeKind::Unit,
            label: "A \"quoted\" <b>".into(),
            count: None,
            optional: false,
            outside_headcount: false,
            per_center: None,
            children: Vec::new(),
        };
        let src = mermaid(&tricky, catalog(Lang::En));
        assert_eq!(validate_mermaid(&src), Ok(()), "{src}");
        assert!(src.contains("#quot;quoted#quot; #lt;b#gt;"));
        assert!(
            validate_mermaid("flowchart TD\n    n0[\"a\"b\"]\n").is_err(),
            "the validator can fail"
        );
        assert!(validate_mermaid("flowchart TD\n    n0[\"a\"]\n    n0 --> n1\n").is_err());
    }

    #[test]
    fn cells_escape_pipes_and_user_text_is_literal() {
        assert_eq!(cell("a|b"), "a\\|b");
        assert_eq!(
            cell("A <b>Co</b> & Sons"),
            "A &lt;b&gt;Co&lt;/b&gt; &amp; Sons"
        );
        assert_eq!(literal("A*B_C|D"), "A\\*B\\_C\\|D");
    }
}
