//! The terminal layout: headings, comfy-table tables, the org tree, wrapped notes.

use std::fmt::Write as _;

use comfy_table::presets::UTF8_FULL_CONDENSED;
use comfy_table::{Cell, Color, ContentArrangement, Table};

use super::org::{draw_tree_within, org_chart};
use super::{
    RenderOptions, Report, display_width, fit_columns, join_fitting, measure, threshold, wrap,
};
use crate::advice::Form;
use crate::text::{DUTIES_CLAUSE, REQUIREMENTS_CLAUSE, item_clause};

/// Renders one advised profile for the terminal; `fixed` is `fixed_texts` for the
/// same options, laid out once per run.
pub fn render(report: &Report<'_>, opts: &RenderOptions, fixed: &str) -> String {
    let text = opts.catalog();
    let l = text.labels();
    let style = opts.style();
    let width = usize::from(opts.width);
    let (profile, advice) = (report.profile, report.advice);
    let kv = |label: &str, value: &dyn std::fmt::Display| format!("{label}{}{value}", l.colon);
    let mut out = String::new();

    // Who and what.
    let title = format!(
        "{}{}{}",
        l.title,
        l.title_dash,
        crate::quote::shown(&profile.name)
    );
    let _ = writeln!(out, "{}", style.heading(&title));
    let facts = [
        kv(l.source, &report.source),
        kv(l.revenue, &report.revenue(text)),
        kv(l.key_accounts, &profile.key_accounts),
        kv(l.kind, &text.kind(profile.kind)),
        kv(l.scale, &report.scale(text)),
    ];
    let _ = writeln!(out, "{}", style.dim(&join_fitting(&facts, " · ", width)));

    // (一) the conditions and the verdict.
    section(&mut out, &style.heading(&wrap(l.conditions, width, "", "")));
    let rows: Vec<Vec<String>> = advice
        .conditions
        .iter()
        .map(|c| {
            vec![
                c.id.clause().to_string(),
                text.condition(c.id).to_string(),
                measure(c.value, text),
                threshold(c.threshold, text),
                if c.met { l.yes } else { l.no }.to_string(),
            ]
        })
        .collect();
    let met_column = 4;
    let table = grid(
        opts,
        &[l.clause, l.condition, l.value, l.threshold, l.met],
        &rows,
        |row, col, cell| {
            let met = advice.conditions.get(row).is_some_and(|c| c.met);
            if col == met_column && met {
                cell.fg(Color::Green)
            } else {
                cell
            }
        },
    );
    let _ = writeln!(out, "{table}");
    let met = advice.conditions.iter().filter(|c| c.met).count();
    let verdict = text.verdict(advice.worth_considering, met, advice.rule);
    let _ = writeln!(out, "{}", wrap(&verdict, width, "", ""));

    // (二) the form, its rule and why.
    let form = text.with_clause(text.form(advice.form), advice.rule.form_clause());
    section(
        &mut out,
        &style.heading(&style.good(&kv(l.recommendation, &form))),
    );
    let _ = writeln!(out, "{}", style.dim(&text.rule_name(advice.rule)));
    let why = kv(
        l.why,
        &text.reason(advice.rule, &report.facts(), report.rules),
    );
    let _ = writeln!(out, "{}", wrap(&why, width, "", ""));

    // Structure.
    if let Some(root) = org_chart(advice, text) {
        section(&mut out, &style.heading(&wrap(l.structure, width, "", "")));
        for line in draw_tree_within(&root, text, width, "  ") {
            let _ = writeln!(out, "{line}");
        }
        let note = text.placement_note(advice.form);
        if !note.is_empty() {
            let _ = writeln!(out, "{}", style.dim(&wrap(note, width, "", "")));
        }
    }

    // Staffing.
    if !advice.staffing.roles.is_empty() {
        section(&mut out, &style.heading(&wrap(l.staffing, width, "", "")));
        let rows = report.staffing_rows(text);
        let header = [l.role, l.count, l.source_of_figure, l.basis];
        let table = grid(opts, &header, &rows, |_, _, cell| cell);
        let _ = writeln!(out, "{table}");
        let totals: Vec<String> = report
            .staffing_totals(text)
            .into_iter()
            .map(|(label, value)| kv(label, &value))
            .collect();
        if !totals.is_empty() {
            let _ = writeln!(out, "{}", join_fitting(&totals, " · ", width));
        }
        let note = text.staffing_note(advice.form, advice.tier);
        if !note.is_empty() {
            let _ = writeln!(out, "{}", wrap(note, width, "", ""));
        }
        if let Some(line) = report.reporting_line(text) {
            let _ = writeln!(out, "{}", wrap(&line, width, "", "  "));
        }
    }

    // (三) and (四) for a unit; where to read them when there is none.
    if advice.form == Form::None {
        let _ = writeln!(out);
        let _ = writeln!(out, "{}", wrap(text.none_pointer(), width, "", ""));
    } else {
        out.push_str(fixed);
    }

    // Warnings, gap and hints.
    if !advice.warnings.is_empty() {
        section(
            &mut out,
            &style.heading(&style.warn(&wrap(l.warnings, width, "", ""))),
        );
        for w in &advice.warnings {
            let _ = writeln!(out, "{}", wrap(&text.warning(*w), width, "! ", "  "));
        }
    }
    if let Some(gap) = &advice.gap {
        section(&mut out, &style.heading(&wrap(l.gap, width, "", "")));
        let summary = text.gap_summary(gap, advice.rule);
        let _ = writeln!(out, "{}", wrap(&summary, width, "", ""));
        if !gap.reasons.is_empty() {
            let _ = writeln!(out, "{}", wrap(l.opening_reasons, width, "", ""));
            for reason in &gap.reasons {
                let _ = writeln!(
                    out,
                    "{}",
                    wrap(&text.opening_reason(*reason), width, "• ", "  ")
                );
            }
        }
        if !gap.steps.is_empty() {
            let _ = writeln!(out, "{}", l.next_steps);
        }
        for (i, step) in gap.steps.iter().enumerate() {
            let number = format!("{}. ", i + 1);
            let _ = writeln!(out, "{}", wrap(&text.step(step), width, &number, "   "));
        }
    }
    if !advice.hints.is_empty() {
        section(&mut out, &style.heading(&wrap(l.hints, width, "", "")));
        for h in &advice.hints {
            let _ = writeln!(out, "{}", wrap(&text.hint(*h), width, "→ ", "  "));
        }
    }
    if opts.why {
        section(&mut out, &style.heading(&wrap(l.reasoning, width, "", "")));
        for (i, t) in advice.trace.iter().enumerate() {
            let number = format!("{:>2}. ", i + 1);
            let _ = writeln!(out, "{}", wrap(&text.trace(t), width, &number, "    "));
        }
    }
    out
}

/// The duties (三), the requirements (四)1 and the KAM manager (四)2: the same for every
/// profile with a unit.
pub(crate) fn fixed_texts(opts: &RenderOptions) -> String {
    let text = opts.catalog();
    let l = text.labels();
    let style = opts.style();
    let width = usize::from(opts.width);
    let mut out = String::new();
    let numbered = |clause: &str, items: &[&str]| -> Vec<(String, String)> {
        items
            .iter()
            .enumerate()
            .map(|(i, t)| (item_clause(clause, i), t.to_string()))
            .collect()
    };
    let lists = [
        (l.duties, None, numbered(DUTIES_CLAUSE, text.duties())),
        (
            l.requirements,
            Some(text.requirements_intro()),
            numbered(REQUIREMENTS_CLAUSE, text.requirements()),
        ),
    ];
    // Prose items as a list, each led by its clause with the text hanging beside it
    // (like the bullets of (四)2 below): a table would only box the prose in.
    for (heading, intro, items) in lists {
        section(&mut out, &style.heading(&wrap(heading, width, "", "")));
        if let Some(intro) = intro {
            let _ = writeln!(out, "{}", wrap(intro, width, "", ""));
        }
        let label_width = items
            .iter()
            .map(|(c, _)| display_width(c))
            .max()
            .unwrap_or(0)
            + 2;
        let indent = " ".repeat(label_width);
        for (clause, item) in items {
            let label = format!(
                "{clause}{}",
                " ".repeat(label_width - display_width(&clause))
            );
            let _ = writeln!(out, "{}", wrap(&item, width, &label, &indent));
        }
    }
    section(&mut out, &style.heading(&wrap(l.manager, width, "", "")));
    let _ = writeln!(out, "{}", wrap(text.manager_intro(), width, "", ""));
    let mut items = vec![(l.manager_responsibility, text.manager_responsibility())];
    items.extend(
        text.manager_abilities()
            .iter()
            .map(|a| (l.manager_abilities, *a)),
    );
    items.extend(text.manager_roles().iter().map(|r| (l.manager_roles, *r)));
    for (label, item) in items {
        let line = format!("{label}{}{item}", l.colon);
        let _ = writeln!(out, "{}", wrap(&line, width, "• ", "  "));
    }
    out
}

fn section(out: &mut String, heading: &str) {
    let _ = write!(out, "\n{heading}\n");
}

/// A table whose columns are fitted to the width by [`super::fit_columns`] (clause
/// references and identifiers never cut), drawn by comfy-table as given; `style` may
/// colour a body cell by its row and column. Where even the narrowest columns are
/// wider than the screen, each row becomes a block instead: its first cell as a title,
/// then one "header: value" line per other cell, wrapped to the width.
pub(crate) fn grid(
    opts: &RenderOptions,
    header: &[&str],
    rows: &[Vec<String>],
    style: impl Fn(usize, usize, Cell) -> Cell,
) -> String {
    let header: Vec<String> = header.iter().map(|h| h.to_string()).collect();
    let width = usize::from(opts.width);
    let Some((header, rows)) = fit_columns(&header, rows, width) else {
        return blocks(opts, &header, rows);
    };
    let mut table = Table::new();
    table
        .load_style(UTF8_FULL_CONDENSED)
        .force_no_tty()
        .set_content_arrangement(ContentArrangement::Disabled)
        .set_header(header.iter().map(Cell::new).collect::<Vec<_>>());
    for (r, row) in rows.iter().enumerate() {
        let cells: Vec<Cell> = row
            .iter()
            .enumerate()
            .map(|(c, text)| style(r, c, Cell::new(text)))
            .collect();
        table.add_row(cells);
    }
    if opts.color {
        table.enforce_styling();
    }
    table.to_string()
}

/// Rows as blocks, for a screen too narrow for their table: the first cell of each
/// row on a line of its own, the others under it as "header: value", blocks apart by
/// an empty line.
fn blocks(opts: &RenderOptions, header: &[String], rows: &[Vec<String>]) -> String {
    let width = usize::from(opts.width);
    let colon = opts.catalog().labels().colon;
    let style = opts.style();
    let one_line = |text: &str| text.split('\n').collect::<Vec<_>>().join(" ");
    let mut out = String::new();
    for row in rows {
        // Apart from the heading above and from each other by an empty line.
        out.push('\n');
        let mut cells = row.iter().zip(header);
        if let Some((title, _)) = cells.next() {
            let _ = writeln!(
                out,
                "{}",
                style.heading(&wrap(&one_line(title), width, "", ""))
            );
        }
        for (value, label) in cells {
            let line = format!("{}{colon}{}", one_line(label), one_line(value));
            let _ = writeln!(out, "{}", wrap(&line, width, "  ", "    "));
        }
    }
    // The caller ends the table with a newline of its own.
    out.pop();
    out
}
