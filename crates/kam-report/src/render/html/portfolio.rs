//! The portfolio report (`compare --format html`): one self-contained HTML page for
//! a client with every organisation of a portfolio — the overview, two drawn bar
//! charts (organisations by recommended form, headcount by form) and the table the
//! other human formats of `compare` show, a row that was not advised marked with
//! why in the client's words. It prints as the single report does: the same style
//! (A4, page numbers, headings kept with what follows, rows not split), the same
//! masthead (logo, date, who prepared it, the clause legend) and confidential notice.

use maud::{DOCTYPE, Markup, html};

use super::{STYLE, confidential_style, logo_uri, with_line_breaks};
use crate::advice::Form;
use crate::render::RenderOptions;
use crate::render::compare::{Entry, Row, Totals};
use crate::text::{Catalog, thousands};

/// The forms in the order the charts list them: the most elaborate first, as the
/// chapter's (二) does, and no unit last.
const FORMS: [Form; 5] = [
    Form::Committee,
    Form::ServiceCenter,
    Form::Department,
    Form::Team,
    Form::None,
];

/// What the portfolio report shows besides its entries.
pub struct Portfolio<'a> {
    /// Every input and row, in input order.
    pub entries: &'a [Entry],
    /// Whether the chapter's figures are in force (no rules file that changes one).
    pub default_rules: bool,
}

/// Renders the portfolio report.
pub fn render(portfolio: &Portfolio<'_>, opts: &RenderOptions) -> String {
    let text = opts.catalog();
    let p = text.portfolio_labels();
    let d = text.document_labels();
    let advised: Vec<&Row> = portfolio
        .entries
        .iter()
        .filter_map(|e| match e {
            Entry::Advised(row) => Some(row),
            Entry::Failed { .. } => None,
        })
        .collect();
    let failed = portfolio.entries.len() - advised.len();
    let totals = Totals::of(advised.iter().copied());
    let scale_inferred = advised.iter().any(|r| r.scale_inferred);
    let page = html! {
        (DOCTYPE)
        html lang=(opts.lang.slug()) {
            head {
                meta charset="utf-8";
                meta name="viewport" content="width=device-width, initial-scale=1";
                title { (p.title) }
                style { (maud::PreEscaped(STYLE)) }
                style { (maud::PreEscaped(PORTFOLIO_STYLE)) }
                @if opts.deliverable.confidential {
                    style { (maud::PreEscaped(confidential_style(d.confidential))) }
                }
            }
            body.portfolio {
                @if opts.deliverable.confidential {
                    p.confidential { (d.confidential) }
                }
                main {
                    (masthead(opts))
                    section.summary id="overview" aria-label=(p.overview) {
                        p.headline { strong { (text.portfolio_count(advised.len(), failed)) } }
                        (totals_line(&totals, text))
                        @if !portfolio.default_rules {
                            p { (p.own_settings) }
                        }
                    }
                    @if !advised.is_empty() {
                        section id="charts" {
                            h2 { (p.charts) }
                            (charts(&advised, text))
                        }
                    }
                    section id="portfolio" {
                        (table(portfolio.entries, &totals, text))
                        @if advised.iter().any(|r| r.headcount.is_none()) {
                            p.note { (p.uncounted) }
                        }
                    }
                }
                footer {
                    p.citation { (text.citation(scale_inferred)) }
                }
            }
        }
    };
    with_line_breaks(&page.into_string())
}

/// The portfolio's own additions to the report's style: a wide table on a landscape
/// page, the two charts side by side on screen and on paper.
const PORTFOLIO_STYLE: &str = "\
@page { size: A4 landscape; }
body.portfolio main, body.portfolio footer { max-width: 72rem; }
table.portfolio { font-size: .85rem; }
table.portfolio caption { text-align: left; }
table.portfolio caption h2 { font-size: 1.2rem; }
table.portfolio td, table.portfolio th { padding: .25rem .4rem; }
table.portfolio .rule { display: block; color: #52606d; font-size: .85em; }
table.portfolio tr.failed td { background: #fbf3f3; }
table.portfolio tr.failed .mark { font-weight: 600; color: #8a1c1c; }
table.portfolio tr.total td { font-weight: 600; border-top: 2px solid #1f2933; }
table.portfolio thead th { white-space: normal; vertical-align: bottom; word-break: keep-all; }
table.portfolio td.short { white-space: nowrap; }
table.portfolio td:first-child { width: 16%; }
ol.notes { font-size: .85rem; }
.charts { display: flex; flex-wrap: wrap; gap: 1rem 2.5rem; margin: .6rem 0; break-inside: avoid; page-break-inside: avoid; }
.charts figure { margin: 0; }
.charts figcaption { font-weight: 600; margin: 0 0 .3rem; color: #1f2933; }
.note { font-size: .85rem; color: #3e4c59; }
@media print {
  body.portfolio { font-size: 9.5pt; }
  table.portfolio tr.failed td { background: none; }
  #overview, #charts { break-inside: avoid; page-break-inside: avoid; }
  #portfolio { break-before: page; page-break-before: always; }
}
";

fn masthead(opts: &RenderOptions) -> Markup {
    let text = opts.catalog();
    let l = text.labels();
    let d = text.document_labels();
    html! {
        header.masthead {
            @if let Some(logo) = &opts.deliverable.logo {
                img.logo src=(logo_uri(logo)) alt=(d.logo);
            }
            p.kicker { (l.title) }
            h1 { (text.portfolio_labels().title) }
            @if let Some(date) = opts.date {
                p.date { (d.date) (l.colon) (text.date(date)) }
            }
            @if let Some(who) = &opts.deliverable.prepared_by {
                p.prepared { (text.prepared_by(who)) }
            }
            @if !text.clause_legend().is_empty() {
                p.legend { (text.clause_legend()) }
            }
        }
    }
}

/// KAM managers, headcount and the organisations of each form, in one line.
fn totals_line(totals: &Totals, text: &dyn Catalog) -> Markup {
    let l = text.labels();
    let e = text.explain_labels();
    html! {
        p.figures {
            (l.kam_managers) (l.colon) strong { (thousands(totals.kam_managers)) }
            " · " (e.headcount_short) (l.colon) strong { (thousands(totals.headcount)) }
            @if !totals.forms.is_empty() {
                " · " (l.form) (l.colon) (totals.forms_text(text))
            }
        }
    }
}

/// The two bar charts: organisations by form, headcount by form.
fn charts(rows: &[&Row], text: &dyn Catalog) -> Markup {
    let p = text.portfolio_labels();
    let count = |form: Form| rows.iter().filter(|r| r.form == form).count() as u64;
    let headcount = |form: Form| {
        rows.iter()
            .filter(|r| r.form == form)
            .map(|r| r.headcount.unwrap_or(0))
            .fold(0u64, u64::saturating_add)
    };
    let by_count: Vec<(&str, u64)> = FORMS
        .iter()
        .map(|f| (text.form_short(*f), count(*f)))
        .collect();
    // No unit has no headcount: the second chart leaves it out.
    let by_headcount: Vec<(&str, u64)> = FORMS
        .iter()
        .filter(|f| **f != Form::None)
        .map(|f| (text.form_short(*f), headcount(*f)))
        .collect();
    html! {
        div.charts role="group" aria-label=(p.charts_description) {
            figure {
                figcaption { (p.forms_chart) }
                (bar_chart(&by_count, p.forms_chart))
            }
            figure {
                figcaption { (p.headcount_chart) }
                (bar_chart(&by_headcount, p.headcount_chart))
            }
        }
    }
}

/// Width of a chart, of its label column and of its longest bar, in SVG units.
const CHART_WIDTH: u64 = 420;
const LABEL_WIDTH: u64 = 130;
const BAR_WIDTH: u64 = 230;
const ROW_HEIGHT: u64 = 28;

/// A horizontal bar chart drawn as SVG: a bar per item, its length in proportion
/// to the largest value, the value written after it. Ink only: it prints the same
/// in black and white.
fn bar_chart(items: &[(&str, u64)], title: &str) -> Markup {
    let max = items.iter().map(|(_, v)| *v).max().unwrap_or(0).max(1);
    let height = ROW_HEIGHT * items.len() as u64 + 8;
    html! {
        svg xmlns="http://www.w3.org/2000/svg" role="img" aria-label=(title)
            width=(CHART_WIDTH) height=(height) viewBox={ "0 0 " (CHART_WIDTH) " " (height) }
            font-size="13" {
            title { (title) }
            line x1=(LABEL_WIDTH) y1="0" x2=(LABEL_WIDTH) y2=(height) stroke="#52606d" stroke-width="1" {}
            @for (i, (label, value)) in items.iter().enumerate() {
                @let y = ROW_HEIGHT * i as u64 + 4;
                @let length = if *value == 0 { 0 } else { (BAR_WIDTH * value / max).max(2) };
                text x=(LABEL_WIDTH - 8) y=(y + 17) text-anchor="end" fill="#1f2933" { (label) }
                @if length > 0 {
                    rect x=(LABEL_WIDTH) y=(y + 3) width=(length) height=(ROW_HEIGHT - 10)
                        fill="#1d3a5c" stroke="#1f2933" stroke-width="1" {}
                }
                text x=(LABEL_WIDTH + length + 6) y=(y + 17) fill="#1f2933" { (thousands(*value)) }
            }
        }
    }
}

/// The table: a row per organisation in input order, one that was not advised
/// marked with why, and the totals.
fn table(entries: &[Entry], totals: &Totals, text: &dyn Catalog) -> Markup {
    let l = text.labels();
    let e = text.explain_labels();
    let p = text.portfolio_labels();
    // The warnings, numbered in the table and said in full under it: a row stays
    // one line high. Each entry's notes are numbered first to last.
    let mut notes: Vec<(&str, String)> = Vec::new();
    let numbered: Vec<String> = entries
        .iter()
        .map(|entry| match entry {
            Entry::Advised(r) if !r.warning_list.is_empty() => {
                let first = notes.len() + 1;
                notes.extend(
                    r.warning_list
                        .iter()
                        .map(|w| (r.name.as_str(), text.client_warning(*w))),
                );
                format!("⚠ {}", numbers(first, notes.len()))
            }
            _ => String::new(),
        })
        .collect();
    let table = html! {
        table.portfolio {
            // The heading as the table's caption. In print the table starts a page:
            // Chromium keeps a heading with a table (break-after: avoid) only by
            // moving both to the next page wherever the first row does not fit, so
            // the first page is the overview and the charts, and the table and its
            // heading begin the second, never a heading or a header row alone at a
            // page's foot.
            caption { h2 { (p.table) } }
            thead {
                tr {
                    th { (l.profile) } th { (l.scale) } th { (text.revenue_cny_short()) }
                    th { (l.key_accounts) } th { (e.conditions_met) } th { (l.form) }
                    th { (l.kam_managers) } th { (e.headcount_short) }
                    th { (text.document_labels().current_setup) } th { (text.warnings_short()) }
                }
            }
            tbody {
                @for (i, entry) in entries.iter().enumerate() {
                    @match entry {
                        Entry::Advised(r) => tr {
                            td { (r.name) }
                            td.short { (r.scale.map_or(l.not_given, |s| text.scale(s))) }
                            td.num { (thousands(r.revenue_cny)) }
                            td.num { (r.key_accounts) }
                            td.num { (r.conditions_met) "/4" }
                            td {
                                (text.with_clause(text.form_short(r.form), r.form_clause))
                                span.rule { (text.rule_name(r.form_rule)) }
                            }
                            td.num { (r.kam_managers) }
                            td.num { (r.headcount.map_or_else(|| "—".to_string(), |n| n.to_string())) }
                            td { (r.current_setup.map_or("—", |s| text.setup(s))) }
                            td.num { (numbered[i]) }
                        },
                        Entry::Failed { source, error } => tr.failed {
                            td { (source) }
                            td colspan="9" { span.mark { (p.not_advised) } (l.colon) (error) }
                        },
                    }
                }
                tr.total {
                    td { (text.total_label()) }
                    td {} td {} td {} td {}
                    td { (totals.forms_text(text)) }
                    td.num { (thousands(totals.kam_managers)) }
                    td.num { (thousands(totals.headcount)) }
                    td {} td {}
                }
            }
        }
    };
    html! {
        (table)
        @if !notes.is_empty() {
            h3 { (text.warnings_short()) }
            ol.notes {
                @for (name, note) in &notes {
                    li { strong { (name) } (l.colon) (note) }
                }
            }
        }
    }
}

/// Note numbers first to last: "3", "3–4".
fn numbers(first: usize, last: usize) -> String {
    if first == last {
        first.to_string()
    } else {
        format!("{first}–{last}")
    }
}
