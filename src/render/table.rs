//! The terminal layout: headings, comfy-table tables, the org tree, wrapped notes.

use std::fmt::Write as _;

use comfy_table::presets::UTF8_FULL_CONDENSED;
use comfy_table::{Cell, Color, ContentArrangement, Table};

use super::org::{draw_tree, org_chart};
use super::{RenderOptions, Report, wrap};
use crate::advice::{Measure, Post};
use crate::text::{
    Catalog, Counted, DUTIES_CLAUSE, MANAGER_ROLES_CLAUSE, REQUIREMENTS_CLAUSE, item_clause,
};

/// Renders one advised profile for the terminal.
pub fn render(report: &Report<'_>, opts: &RenderOptions) -> String {
    let text = opts.catalog();
    let l = text.labels();
    let style = opts.style();
    let width = usize::from(opts.width);
    let (profile, advice) = (report.profile, report.advice);
    let mut out = String::new();

    // Who and what.
    let _ = writeln!(
        out,
        "{}",
        style.heading(&format!("{} — {}", l.title, profile.name))
    );
    let scale_source = text.scale_source(profile.scale_source, profile.industry.map(|r| r.slug));
    let facts = [
        format!("{}: {}", l.source, report.source),
        format!("{}: {}", l.revenue, text.money(profile.revenue_cny)),
        format!("{}: {}", l.key_accounts, profile.key_accounts),
        format!("{}: {}", l.kind, text.kind(profile.kind)),
        format!(
            "{}: {} ({scale_source})",
            l.scale,
            text.scale(profile.scale)
        ),
    ];
    let _ = writeln!(
        out,
        "{}",
        style.dim(&wrap(&facts.join(" · "), width, "", ""))
    );

    // (一) the conditions.
    section(&mut out, &style.heading(l.conditions));
    let mut table = new_table(opts, &[l.clause, l.condition, l.value, l.threshold, l.met]);
    for c in &advice.conditions {
        let met = if c.met { l.yes } else { l.no };
        let met_cell = if c.met {
            Cell::new(met).fg(Color::Green)
        } else {
            Cell::new(met)
        };
        table.add_row(vec![
            Cell::new(c.id.clause()),
            Cell::new(text.condition(c.id)),
            Cell::new(measure(c.value, text)),
            Cell::new(threshold(c.threshold, text)),
            met_cell,
        ]);
    }
    let _ = writeln!(out, "{table}");
    let met = advice.conditions.iter().filter(|c| c.met).count();
    let verdict = text.verdict(advice.warranted, met, advice.conditions.len());
    let _ = writeln!(out, "{}", wrap(&verdict, width, "", ""));

    // (二) the form and why.
    let headline = format!(
        "{}: {} {}",
        l.recommendation,
        text.form(advice.form),
        advice.form.clause()
    );
    section(&mut out, &style.heading(&style.good(&headline)));
    let _ = writeln!(out, "{}", wrap(&text.reason(advice.reason), width, "", ""));

    // Structure.
    section(&mut out, &style.heading(l.structure));
    match org_chart(advice, text) {
        Some(root) => {
            for line in draw_tree(&root, text) {
                let _ = writeln!(out, "  {line}");
            }
        }
        None => {
            let _ = writeln!(out, "  {}", l.no_structure);
        }
    }

    // Staffing.
    if !advice.staffing.roles.is_empty() {
        section(&mut out, &style.heading(l.staffing));
        let mut table = new_table(opts, &[l.role, l.count, l.basis]);
        for role in &advice.staffing.roles {
            let mut basis = text.basis(role.basis);
            if !role.in_headcount {
                basis = format!("{basis}; {}", l.not_in_headcount);
            }
            table.add_row(vec![
                Cell::new(text.role(role.id)),
                Cell::new(role.count),
                Cell::new(basis),
            ]);
        }
        let _ = writeln!(out, "{table}");
        let mut totals = format!(
            "{}: {} · {}: {}",
            l.headcount,
            text.count_of(advice.staffing.headcount, Counted::People),
            l.kam_managers,
            advice.staffing.kam_managers
        );
        if advice.staffing.focus_executives > 0 {
            let _ = write!(
                totals,
                " · {}: {}",
                l.focus_executives, advice.staffing.focus_executives
            );
        }
        let _ = writeln!(out, "{}", wrap(&totals, width, "", ""));
        if !advice.reporting_line.is_empty() {
            let line: Vec<&str> = advice
                .reporting_line
                .iter()
                .map(|&p: &Post| text.post(p))
                .collect();
            let _ = writeln!(
                out,
                "{}",
                wrap(
                    &format!("{}: {}", l.reporting_line, line.join(" → ")),
                    width,
                    "",
                    "  "
                )
            );
        }
    }

    // (三) and (四): the fixed texts, each with its clause.
    numbered(
        &mut out,
        opts,
        &style.heading(l.duties),
        DUTIES_CLAUSE,
        text.duties(),
    );
    numbered(
        &mut out,
        opts,
        &style.heading(l.requirements),
        REQUIREMENTS_CLAUSE,
        text.requirements(),
    );
    numbered(
        &mut out,
        opts,
        &style.heading(l.manager_roles),
        MANAGER_ROLES_CLAUSE,
        text.manager_roles(),
    );

    // Warnings and hints.
    if !advice.warnings.is_empty() {
        section(&mut out, &style.heading(&style.warn(l.warnings)));
        for w in &advice.warnings {
            let _ = writeln!(out, "{}", wrap(&text.warning(*w), width, "! ", "  "));
        }
    }
    if !advice.hints.is_empty() {
        section(&mut out, &style.heading(l.hints));
        for h in &advice.hints {
            let _ = writeln!(out, "{}", wrap(&text.hint(*h), width, "→ ", "  "));
        }
    }
    out
}

fn section(out: &mut String, heading: &str) {
    let _ = write!(out, "\n{heading}\n");
}

fn new_table(opts: &RenderOptions, header: &[&str]) -> Table {
    let mut table = Table::new();
    table
        .load_style(UTF8_FULL_CONDENSED)
        .force_no_tty()
        .set_content_arrangement(ContentArrangement::Dynamic)
        .set_width(opts.width)
        .set_header(header.iter().map(Cell::new).collect::<Vec<_>>());
    if opts.color {
        table.enforce_styling();
    }
    table
}

fn numbered(out: &mut String, opts: &RenderOptions, heading: &str, clause: &str, items: &[&str]) {
    section(out, heading);
    let l = opts.catalog().labels();
    let mut table = new_table(opts, &[l.clause, ""]);
    for (i, item) in items.iter().enumerate() {
        table.add_row(vec![Cell::new(item_clause(clause, i)), Cell::new(item)]);
    }
    let _ = writeln!(out, "{table}");
}

fn measure(m: Measure, text: &dyn Catalog) -> String {
    let l = text.labels();
    match m {
        Measure::Yuan(y) => text.money(y),
        Measure::Count(n) => n.to_string(),
        Measure::Flag(true) => l.yes.to_string(),
        Measure::Flag(false) => l.no.to_string(),
    }
}

fn threshold(m: Measure, text: &dyn Catalog) -> String {
    match m {
        Measure::Flag(_) => text.labels().yes.to_string(),
        other => format!("≥ {}", measure(other, text)),
    }
}
