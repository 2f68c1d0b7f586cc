//! The consultant's report: paste-ready Markdown with the org chart as Mermaid.
//! Headings carry fixed anchors so a document can link to them in either language.

use std::fmt::Write as _;

use super::org::{OrgNode, flatten, node_label, org_chart};
use super::{RenderOptions, Report};
use super::{measure, threshold};
use crate::text::{
    Catalog, Counted, DUTIES_CLAUSE, MANAGER_ROLES_CLAUSE, REQUIREMENTS_CLAUSE, item_clause,
};

/// Escapes text for a Markdown table cell: `|` would end the cell, a newline the row.
pub fn cell(text: &str) -> String {
    text.replace('\\', "\\\\")
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
pub fn table(out: &mut String, header: &[&str], rows: &[Vec<String>]) {
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
pub fn mermaid(root: &OrgNode, text: &dyn Catalog) -> String {
    let mut out = String::from("flowchart TD\n");
    let nodes = flatten(root);
    for (id, (_, node)) in nodes.iter().enumerate() {
        let label = mermaid_label(&node_label(node, text));
        let _ = match (node.people.is_some(), node.optional) {
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
    let form = format!("{} {}", text.form(advice.form), advice.form.clause());

    let _ = writeln!(out, "# {} — {}", l.title, literal(&profile.name));
    let met = advice.conditions.iter().filter(|c| c.met).count();
    let _ = writeln!(
        out,
        "\n> **{}{}{form}** — {} {}",
        l.recommendation,
        l.colon,
        text.verdict(advice.warranted, met, advice.conditions.len()),
        text.reason(advice.reason)
    );

    heading(&mut out, 2, "profile", l.profile);
    let scale_source = text.scale_source(profile.scale_source, profile.industry.map(|r| r.slug));
    let rows = vec![
        vec![
            l.source.to_string(),
            format!("`{}`", report.source.replace('`', "'")),
        ],
        vec![l.revenue.to_string(), text.money(profile.revenue_cny)],
        vec![l.key_accounts.to_string(), profile.key_accounts.to_string()],
        vec![l.kind.to_string(), text.kind(profile.kind).to_string()],
        vec![
            l.scale.to_string(),
            format!("{} ({scale_source})", text.scale(profile.scale)),
        ],
    ];
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
    let _ = writeln!(
        out,
        "\n{}",
        text.verdict(advice.warranted, met, advice.conditions.len())
    );

    heading(&mut out, 2, "recommendation", l.recommendation);
    let _ = writeln!(
        out,
        "**{form}**\n\n{}{}{}",
        l.why,
        l.colon,
        text.reason(advice.reason)
    );

    heading(&mut out, 2, "org-chart", l.org_chart);
    match org_chart(advice, text) {
        Some(root) => {
            let _ = writeln!(out, "```mermaid\n{}```", mermaid(&root, text));
        }
        None => {
            let _ = writeln!(out, "{}", l.no_structure);
        }
    }

    if !advice.staffing.roles.is_empty() {
        heading(&mut out, 2, "staffing", l.staffing);
        let rows: Vec<Vec<String>> = advice
            .staffing
            .roles
            .iter()
            .map(|r| {
                let mut basis = text.basis(r.basis);
                if !r.in_headcount {
                    basis.push_str(l.not_in_headcount);
                }
                vec![text.role(r.id).to_string(), r.count.to_string(), basis]
            })
            .collect();
        table(&mut out, &[l.role, l.count, l.basis], &rows);
        let staffing = &advice.staffing;
        let _ = write!(
            out,
            "\n{}{}**{}** · {}{}**{}**",
            l.headcount,
            l.colon,
            text.count_of(staffing.headcount, Counted::People),
            l.kam_managers,
            l.colon,
            staffing.kam_managers
        );
        if staffing.focus_executives > 0 {
            let _ = write!(
                out,
                " · {}{}**{}**",
                l.focus_executives, l.colon, staffing.focus_executives
            );
        }
        out.push('\n');
        if !advice.reporting_line.is_empty() {
            let posts: Vec<&str> = advice
                .reporting_line
                .iter()
                .map(|&p| text.post(p))
                .collect();
            let _ = writeln!(
                out,
                "\n{}{}{}",
                l.reporting_line,
                l.colon,
                posts.join(" → ")
            );
        }
    }

    let lists: [(&str, &str, &str, &[&str]); 3] = [
        ("duties", l.duties, DUTIES_CLAUSE, text.duties()),
        (
            "requirements",
            l.requirements,
            REQUIREMENTS_CLAUSE,
            text.requirements(),
        ),
        (
            "manager-roles",
            l.manager_roles,
            MANAGER_ROLES_CLAUSE,
            text.manager_roles(),
        ),
    ];
    for (anchor, title, clause, items) in lists {
        heading(&mut out, 2, anchor, title);
        for (i, item) in items.iter().enumerate() {
            let _ = writeln!(out, "{}. {item} — {}", i + 1, item_clause(clause, i));
        }
    }

    if !advice.warnings.is_empty() {
        heading(&mut out, 2, "warnings", l.warnings);
        for w in &advice.warnings {
            let _ = writeln!(out, "- ⚠ {}", text.warning(*w));
        }
    }

    heading(&mut out, 2, "next-steps", l.next_steps);
    if let Some(gap) = &advice.gap {
        let _ = writeln!(
            out,
            "{}\n",
            text.gap_summary(gap.current, advice.form, gap.direction)
        );
        if gap.salespeople_hold_accounts {
            let _ = writeln!(out, "> {}\n", text.salespeople_warning());
        }
        for (i, step) in gap.steps.iter().enumerate() {
            let _ = writeln!(out, "{}. {}", i + 1, text.step(*step));
        }
        out.push('\n');
    }
    for h in &advice.hints {
        let _ = writeln!(out, "- {}", text.hint(*h));
    }

    if opts.why {
        heading(&mut out, 2, "reasoning", l.reasoning);
        for (i, t) in advice.trace.iter().enumerate() {
            let _ = writeln!(out, "{}. {}", i + 1, text.trace(t));
        }
    }
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
        use crate::advice::{Form, staffing_for, units_for};
        use crate::profile::Level;
        use crate::rules::Rules;
        use crate::text::{Lang, catalog};
        let levels = [
            Level::National,
            Level::Provincial,
            Level::Prefecture,
            Level::County,
        ];
        for lang in Lang::ALL {
            for form in [
                Form::Team,
                Form::Department,
                Form::ServiceCenter,
                Form::Committee,
            ] {
                let units = units_for(form, &levels);
                let advice = crate::advice::Advice {
                    conditions: Vec::new(),
                    warranted: true,
                    form,
                    reason: crate::advice::FormReason::LargeScale,
                    staffing: staffing_for(form, 40, &units, &Rules::default()),
                    units,
                    reporting_line: Vec::new(),
                    warnings: Vec::new(),
                    hints: Vec::new(),
                    default_rules: true,
                    gap: None,
                    trace: Vec::new(),
                };
                let text = catalog(*lang);
                let root = org_chart(&advice, text).unwrap_or_else(|| panic!("chart"));
                let src = mermaid(&root, text);
                assert_eq!(validate_mermaid(&src), Ok(()), "{form} {lang}:\n{src}");
            }
        }
        let tricky = OrgNode {
            label: "A \"quoted\" <b>".into(),
            people: None,
            optional: false,
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
        assert_eq!(literal("A*B_C|D"), "A\\*B\\_C\\|D");
    }
}
