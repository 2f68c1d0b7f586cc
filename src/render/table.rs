//! The terminal layout: headings, comfy-table tables, the org tree, wrapped notes.

use std::fmt::Write as _;
use std::sync::Mutex;

use comfy_table::presets::UTF8_FULL_CONDENSED;
use comfy_table::{Cell, Color, ContentArrangement, Table};

use super::org::{draw_tree, org_chart};
use super::{RenderOptions, Report, join_fitting, measure, threshold, wrap};
use crate::advice::Post;
use crate::text::{
    Counted, DUTIES_CLAUSE, Lang, MANAGER_ROLES_CLAUSE, REQUIREMENTS_CLAUSE, item_clause,
};

/// Renders one advised profile for the terminal.
pub fn render(report: &Report<'_>, opts: &RenderOptions) -> String {
    let text = opts.catalog();
    let l = text.labels();
    let style = opts.style();
    let width = usize::from(opts.width);
    let (profile, advice) = (report.profile, report.advice);
    let kv = |label: &str, value: &dyn std::fmt::Display| format!("{label}{}{value}", l.colon);
    let mut out = String::new();

    // Who and what.
    let title = format!("{} — {}", l.title, profile.name);
    let _ = writeln!(out, "{}", style.heading(&title));
    let scale_source = text.scale_source(profile.scale_source, profile.industry.map(|r| r.slug));
    let scale = format!("{} ({scale_source})", text.scale(profile.scale));
    let facts = [
        kv(l.source, &report.source),
        kv(l.revenue, &text.money(profile.revenue_cny)),
        kv(l.key_accounts, &profile.key_accounts),
        kv(l.kind, &text.kind(profile.kind)),
        kv(l.scale, &scale),
    ];
    let _ = writeln!(out, "{}", style.dim(&join_fitting(&facts, " · ", width)));

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
    let form = format!("{} {}", text.form(advice.form), advice.form.clause());
    section(
        &mut out,
        &style.heading(&style.good(&kv(l.recommendation, &form))),
    );
    let why = kv(l.why, &text.reason(advice.reason));
    let _ = writeln!(out, "{}", wrap(&why, width, "", ""));

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
                basis.push_str(l.not_in_headcount);
            }
            table.add_row(vec![
                Cell::new(text.role(role.id)),
                Cell::new(role.count),
                Cell::new(basis),
            ]);
        }
        let _ = writeln!(out, "{table}");
        let staffing = &advice.staffing;
        let mut totals = vec![
            kv(
                l.headcount,
                &text.count_of(staffing.headcount, Counted::People),
            ),
            kv(l.kam_managers, &staffing.kam_managers),
        ];
        if staffing.focus_executives > 0 {
            totals.push(kv(l.focus_executives, &staffing.focus_executives));
        }
        let _ = writeln!(out, "{}", join_fitting(&totals, " · ", width));
        if !advice.reporting_line.is_empty() {
            let posts: Vec<&str> = advice
                .reporting_line
                .iter()
                .map(|&p: &Post| text.post(p))
                .collect();
            let line = kv(l.reporting_line, &posts.join(" → "));
            let _ = writeln!(out, "{}", wrap(&line, width, "", "  "));
        }
    }

    // (三) and (四): the same for every profile, so laid out once per language and width.
    out.push_str(&fixed_texts(opts));

    // Warnings and hints.
    if !advice.warnings.is_empty() {
        section(&mut out, &style.heading(&style.warn(l.warnings)));
        for w in &advice.warnings {
            let _ = writeln!(out, "{}", wrap(&text.warning(*w), width, "! ", "  "));
        }
    }
    if let Some(gap) = &advice.gap {
        section(&mut out, &style.heading(l.gap));
        let summary = text.gap_summary(gap.current, advice.form, gap.direction);
        let _ = writeln!(out, "{}", wrap(&summary, width, "", ""));
        if gap.salespeople_hold_accounts {
            let _ = writeln!(
                out,
                "{}",
                wrap(text.salespeople_warning(), width, "! ", "  ")
            );
        }
        for (i, step) in gap.steps.iter().enumerate() {
            let number = format!("{}. ", i + 1);
            let _ = writeln!(out, "{}", wrap(&text.step(*step), width, &number, "   "));
        }
    }
    if !advice.hints.is_empty() {
        section(&mut out, &style.heading(l.hints));
        for h in &advice.hints {
            let _ = writeln!(out, "{}", wrap(&text.hint(*h), width, "→ ", "  "));
        }
    }
    if opts.why {
        section(&mut out, &style.heading(l.reasoning));
        for (i, t) in advice.trace.iter().enumerate() {
            let number = format!("{:>2}. ", i + 1);
            let _ = writeln!(out, "{}", wrap(&text.trace(t), width, &number, "    "));
        }
    }
    out
}

/// The duties (三), requirements (四)1 and manager roles (四)2 as tables. They do
/// not depend on the profile, so a batch lays them out once per language, width
/// and colour setting and reuses the text (the layout is most of a table's cost).
fn fixed_texts(opts: &RenderOptions) -> String {
    type Key = (Lang, u16, bool);
    static CACHE: Mutex<Vec<(Key, String)>> = Mutex::new(Vec::new());
    let key = (opts.lang, opts.width, opts.color);
    let mut cache = CACHE
        .lock()
        .unwrap_or_else(|poisoned| poisoned.into_inner());
    if let Some((_, text)) = cache.iter().find(|(k, _)| *k == key) {
        return text.clone();
    }
    let text = opts.catalog();
    let l = text.labels();
    let style = opts.style();
    let lists: [(&str, &str, &str, &[&str]); 3] = [
        (l.duties, l.duty, DUTIES_CLAUSE, text.duties()),
        (
            l.requirements,
            l.requirement,
            REQUIREMENTS_CLAUSE,
            text.requirements(),
        ),
        (
            l.manager_roles,
            l.manager_role,
            MANAGER_ROLES_CLAUSE,
            text.manager_roles(),
        ),
    ];
    let mut out = String::new();
    for (heading, column, clause, items) in lists {
        section(&mut out, &style.heading(heading));
        let mut table = new_table(opts, &[l.clause, column]);
        for (i, item) in items.iter().enumerate() {
            table.add_row(vec![Cell::new(item_clause(clause, i)), Cell::new(item)]);
        }
        let _ = writeln!(out, "{table}");
    }
    cache.push((key, out.clone()));
    out
}

fn section(out: &mut String, heading: &str) {
    let _ = write!(out, "\n{heading}\n");
}

pub(crate) fn new_table(opts: &RenderOptions, header: &[&str]) -> Table {
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
