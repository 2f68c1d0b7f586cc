//! The consultant's deliverable: one self-contained HTML5 page per profile, the org
//! chart drawn in as SVG, its CSS inline, nothing fetched (no script, font, image or
//! stylesheet), laid out to print on A4. It says what the Markdown report says, with
//! the same catalogue sentences and the same anchors, plus the date and the source
//! cited once. Templates are maud's: every text is escaped unless marked otherwise.

pub mod chart;
pub mod portfolio;

use maud::{DOCTYPE, Markup, html};

use super::{RenderOptions, Report, measure, threshold};
use crate::advice::Form;
use crate::profile::ScaleSource;
use crate::text::{Catalog, DUTIES_CLAUSE, REQUIREMENTS_CLAUSE, item_clause};

/// The page's style: screen and print (A4), readable without colour.
const STYLE: &str = include_str!("style.css");

/// Renders one advised profile as an HTML page.
pub fn render(report: &Report<'_>, opts: &RenderOptions) -> String {
    let text = opts.catalog();
    let l = text.labels();
    let name = report.profile.name.as_str();
    let page = html! {
        (DOCTYPE)
        html lang=(opts.lang.slug()) {
            head {
                meta charset="utf-8";
                meta name="viewport" content="width=device-width, initial-scale=1";
                title { (name) " — " (l.title) }
                style { (maud::PreEscaped(STYLE)) }
                @if opts.deliverable.confidential {
                    style { (maud::PreEscaped(confidential_style(text.document_labels().confidential))) }
                }
            }
            body {
                @if opts.deliverable.confidential {
                    p.confidential { (text.document_labels().confidential) }
                }
                main {
                    (masthead(report, opts))
                    (summary(report, text))
                    (profile(report, text))
                    (conditions(report, text))
                    (recommendation(report, text))
                    (chart::figure(report.advice, text).map(|figure| html! {
                        section id="org-chart" {
                            h2 { (l.org_chart) }
                            (figure)
                        }
                    }).unwrap_or_default())
                    (staffing(report, text))
                    (chapter_texts(report, text))
                    (next_steps(report, text))
                    @if opts.why {
                        (reasoning(report, text))
                    }
                }
                footer {
                    p.citation {
                        (text.citation(report.profile.scale_source == ScaleSource::Inferred))
                    }
                }
            }
        }
    };
    with_line_breaks(&page.into_string())
}

/// The logo as a `data:` URI: the page fetches nothing.
pub(super) fn logo_uri(logo: &crate::render::Logo) -> String {
    use base64::Engine as _;
    format!(
        "data:{};base64,{}",
        logo.kind.mime(),
        base64::engine::general_purpose::STANDARD.encode(&logo.bytes)
    )
}

/// The confidential notice on every printed page (a page-margin box) and at the top
/// of the screen. The label is a catalogue string: it holds no quote or backslash.
pub(super) fn confidential_style(label: &str) -> String {
    format!(
        "@page {{ @top-right {{ content: \"{label}\"; font-family: sans-serif; font-size: 8pt; font-weight: 600; color: #8a1c1c; }} }}\n\
         p.confidential {{ max-width: 54rem; margin: .6rem auto 0; padding: 0 1.5rem; font-weight: 600; color: #8a1c1c; text-transform: uppercase; letter-spacing: .08em; font-size: .8rem; }}\n\
         @media print {{ p.confidential {{ display: none; }} }}"
    )
}

/// The page with a line break after each block that ends a line anyway, so that a
/// report reads (and diffs) line by line; the SVG is left as it is. User text can
/// hold none of these tags: maud escapes its `<`.
pub(super) fn with_line_breaks(page: &str) -> String {
    const ENDS: [&str; 17] = [
        "</title>",
        "</style>",
        "</head>",
        "<body>",
        "<main>",
        "</header>",
        "</section>",
        "</h2>",
        "</h3>",
        "</p>",
        "</tr>",
        "</thead>",
        "</li>",
        "</dd>",
        "</figure>",
        "</main>",
        "</footer>",
    ];
    let mut out = String::with_capacity(page.len() + page.len() / 40);
    let mut rest = page;
    while let Some(start) = rest.find('<') {
        let end = rest[start..]
            .find('>')
            .map_or(rest.len(), |e| start + e + 1);
        out.push_str(&rest[..end]);
        if ENDS.contains(&&rest[start..end]) {
            out.push('\n');
        }
        rest = &rest[end..];
    }
    out.push_str(rest);
    if !out.ends_with('\n') {
        out.push('\n');
    }
    out
}

/// Text from a catalogue with `code` spans (ids, commands) set as code.
fn prose(text: &str) -> Markup {
    html! {
        @for (i, part) in text.split('`').enumerate() {
            @if i % 2 == 1 {
                code { (part) }
            } @else {
                (part)
            }
        }
    }
}

fn masthead(report: &Report<'_>, opts: &RenderOptions) -> Markup {
    let text = opts.catalog();
    let l = text.labels();
    html! {
        header.masthead {
            @if let Some(logo) = &opts.deliverable.logo {
                img.logo src=(logo_uri(logo)) alt=(text.document_labels().logo);
            }
            p.kicker { (l.title) }
            h1 { (report.profile.name) }
            @if let Some(date) = opts.date {
                p.date { (text.document_labels().date) (l.colon) (text.date(date)) }
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

fn summary(report: &Report<'_>, text: &dyn Catalog) -> Markup {
    let l = text.labels();
    html! {
        section.summary id="summary" aria-label=(text.document_labels().summary) {
            p.headline { (l.recommendation) (l.colon) strong { (report.form_with_clause(text)) } }
            p { (prose(&report.verdict(text))) }
            p { (prose(&text.reason(report.advice.rule, &report.facts(), report.rules))) }
            @if report.advice.form != Form::None {
                (figures(report, text))
            }
            @let notes = report.client_notes(text);
            @if !notes.is_empty() {
                ul.warnings aria-label=(l.warnings) {
                    @for note in &notes { li { (note) } }
                }
            }
        }
    }
}

fn profile(report: &Report<'_>, text: &dyn Catalog) -> Markup {
    let l = text.labels();
    let rows = report.fact_rows(text);
    html! {
        section id="profile" {
            h2 { (l.profile) }
            table.facts {
                tbody {
                    @for (label, value) in &rows {
                        tr { th scope="row" { (label) } td { (value) } }
                    }
                }
            }
        }
    }
}

fn conditions(report: &Report<'_>, text: &dyn Catalog) -> Markup {
    let l = text.labels();
    html! {
        section id="conditions" {
            h2 { (l.conditions) }
            table {
                thead {
                    tr {
                        th { (l.clause) } th { (l.condition) } th { (l.value) }
                        th { (l.threshold) } th { (l.met) }
                    }
                }
                tbody {
                    @for c in &report.advice.conditions {
                        tr {
                            td.clause { (c.id.clause()) }
                            td { (text.condition(c.id)) }
                            td.num { (measure(c.value, text)) }
                            td.num { (threshold(c.threshold, text)) }
                            @if c.met {
                                td.met { strong { "✓ " (l.yes) } }
                            } @else {
                                td.met { (l.no) }
                            }
                        }
                    }
                }
            }
            p { (prose(&report.verdict(text))) }
        }
    }
}

fn recommendation(report: &Report<'_>, text: &dyn Catalog) -> Markup {
    let l = text.labels();
    let advice = report.advice;
    html! {
        section id="recommendation" {
            h2 { (l.recommendation) }
            p { strong { (report.form_with_clause(text)) } " · " (prose(&text.rule_name(advice.rule))) }
            p { (l.why) (l.colon) (prose(&text.reason(advice.rule, &report.facts(), report.rules))) }
        }
    }
}

fn staffing(report: &Report<'_>, text: &dyn Catalog) -> Markup {
    let l = text.labels();
    let advice = report.advice;
    let staffing = &advice.staffing;
    if staffing.roles.is_empty() {
        return html! {};
    }
    let note = text.staffing_note(advice.form, advice.tier);
    html! {
        section id="staffing" {
            h2 { (l.staffing) }
            table.staffing {
                thead {
                    tr { th { (l.role) } th { (l.count) } th { (l.source_of_figure) } th { (l.basis) } }
                }
                tbody {
                    @for row in report.staffing_rows_for(text, true) {
                        tr {
                            td { (row[0]) }
                            td.num { (row[1]) }
                            td { (row[2]) }
                            td { (prose(&row[3])) }
                        }
                    }
                }
            }
            (figures(report, text))
            @if !note.is_empty() {
                p { (prose(note)) }
            }
            @if let Some(line) = report.reporting_line(text) {
                p { (line) }
            }
        }
    }
}

/// The staffing's totals in one line: headcount, KAM managers, focus executives.
fn figures(report: &Report<'_>, text: &dyn Catalog) -> Markup {
    let l = text.labels();
    html! {
        p.figures {
            @for (i, (label, value)) in report.staffing_totals(text).into_iter().enumerate() {
                @if i > 0 { " · " }
                (label) (l.colon) strong { (value) }
            }
        }
    }
}

/// (三), (四)1 and (四)2 for a unit; where to read them when there is none.
fn chapter_texts(report: &Report<'_>, text: &dyn Catalog) -> Markup {
    let l = text.labels();
    if report.advice.form == Form::None {
        return html! { p.pointer { (text.client_none_pointer()) } };
    }
    html! {
        section id="duties" {
            h2 { (l.duties) }
            ol {
                @for (i, item) in text.duties().iter().enumerate() {
                    li { (item) " " span.clause { (item_clause(DUTIES_CLAUSE, i)) } }
                }
            }
        }
        section id="requirements" {
            h2 { (l.requirements) }
            p { (text.requirements_intro()) }
            ol {
                @for (i, item) in text.requirements().iter().enumerate() {
                    li { (item) " " span.clause { (item_clause(REQUIREMENTS_CLAUSE, i)) } }
                }
            }
        }
        section id="manager" {
            h2 { (l.manager) }
            p { (text.manager_intro()) }
            dl.manager {
                dt { (l.manager_responsibility) }
                dd { (text.manager_responsibility()) }
                dt { (l.manager_abilities) }
                dd { ul { @for a in text.manager_abilities() { li { (a) } } } }
                dt { (l.manager_roles) }
                dd { ul { @for r in text.manager_roles() { li { (r) } } } }
            }
        }
    }
}

fn next_steps(report: &Report<'_>, text: &dyn Catalog) -> Markup {
    let l = text.labels();
    let advice = report.advice;
    if advice.gap.is_none() && report.client_hints().next().is_none() {
        return html! {};
    }
    html! {
        section id="next-steps" {
            // Without today's setup there are no steps: the section is the hints.
            h2 { @if advice.gap.is_some() { (l.next_steps) } @else { (l.hints) } }
            @if let Some(gap) = &advice.gap {
                p { (prose(&text.gap_summary(gap, advice.rule))) }
                @if !gap.reasons.is_empty() {
                    h3 { (l.opening_reasons) }
                    ul { @for r in &gap.reasons { li { (prose(&text.opening_reason(*r))) } } }
                }
                @if !gap.steps.is_empty() {
                    h3 { (l.steps) }
                    ol.steps { @for s in &gap.steps { li { (prose(&text.step(s))) } } }
                }
            }
            @let hints: Vec<_> = report.client_hints().collect();
            @if !hints.is_empty() && advice.gap.is_some() {
                h3 { (l.hints) }
            }
            @if !hints.is_empty() {
                ul { @for h in &hints { li { (prose(&text.hint(**h))) } } }
            }
        }
    }
}

fn reasoning(report: &Report<'_>, text: &dyn Catalog) -> Markup {
    html! {
        section id="reasoning" {
            h2 { (text.labels().reasoning) }
            ol { @for t in &report.advice.trace { li { (prose(&text.trace(t))) } } }
        }
    }
}
