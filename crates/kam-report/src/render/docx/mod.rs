//! The consultant's deliverable as a Word document (DOCX) to edit before sending:
//! what the HTML report says, with the same catalogue sentences in the same order,
//! as real Word structure — built-in heading styles (the navigation pane, a table of
//! contents), tables with a repeated header row, numbered and bulleted lists, the
//! page number in the footer, A4 portrait — and the org chart as Word shapes with
//! their labels as text (`chart.rs`), not a picture.
//!
//! The few XML parts are written as text with quick-xml's escaping and packed with
//! zip (the body deflated), both already in the tree (docs/documents.md says why not a DOCX
//! crate). The same report and date give the same bytes: every zip entry carries the
//! document's date, every id is a counter, and no part holds a random id or the
//! time of day.

mod chart;
mod parts;
mod xml;

use std::io::Write as _;

use xml::{Cell, HEI, Look, Para, Runs, SONG, paragraph, table};

use super::{Logo, LogoKind, RenderOptions, Report, measure, threshold};
use crate::advice::Form;
use crate::profile::ScaleSource;
use crate::text::{Catalog, DUTIES_CLAUSE, Lang, REQUIREMENTS_CLAUSE, item_clause};

/// A4 portrait in twentieths of a point, and its margins (2 cm; header and footer
/// 1 cm from the edge).
const PAGE: (u32, u32) = (11906, 16838);
const MARGIN: u32 = 1134;
const HEADER_MARGIN: u32 = 567;
/// The width of the text: what the tables and the chart fill.
const TEXT_WIDTH: u32 = PAGE.0 - 2 * MARGIN;
/// The summary box's fill and the table headers' fill.
const SUMMARY_FILL: &str = "EEF3F8";
const HEADER_FILL: &str = "E8ECF0";

/// Renders one advised profile as a Word document: the bytes of a DOCX package.
pub fn render(report: &Report<'_>, opts: &RenderOptions) -> zip::result::ZipResult<Vec<u8>> {
    let text = opts.catalog();
    let mut doc = Body::new(opts.lang);
    masthead(&mut doc, report, opts);
    summary(&mut doc, report, text);
    profile(&mut doc, report, text);
    conditions(&mut doc, report, text);
    recommendation(&mut doc, report, text);
    org_chart(&mut doc, report, text);
    staffing(&mut doc, report, text);
    chapter_texts(&mut doc, report, text);
    next_steps(&mut doc, report, text);
    if opts.why {
        reasoning(&mut doc, report, text);
    }
    let citation = text.citation(report.profile.scale_source == ScaleSource::Inferred);
    doc.para(Para::style("Citation"), |r| {
        r.text(&citation);
    });
    pack(report, opts, &doc)
}

/// The document's body as it is written, with the counters its ids come from.
struct Body {
    xml: String,
    lang: Lang,
    /// Numbered lists so far: each restarts at 1 (numbering ids 2, 3, ...).
    numbered: u32,
    /// Drawings so far (their ids are unique in the document).
    drawings: u32,
}

/// The bulleted list's numbering id.
const BULLETS: u32 = 1;

impl Body {
    fn new(lang: Lang) -> Body {
        Body {
            xml: String::with_capacity(64 * 1024),
            lang,
            numbered: 0,
            drawings: 0,
        }
    }

    fn runs(&self, east_asia: &'static str) -> Runs {
        Runs::new(self.lang, east_asia)
    }

    /// A paragraph of runs, in the text's East Asian font.
    fn para(&mut self, para: Para, fill: impl FnOnce(&mut Runs)) {
        let mut runs = self.runs(SONG);
        fill(&mut runs);
        paragraph(&mut self.xml, para, &runs);
    }

    /// A heading at a level (1 to 3), in the headings' East Asian font.
    fn heading(&mut self, level: u8, title: &str) {
        let style = match level {
            1 => "Heading1",
            2 => "Heading2",
            _ => "Heading3",
        };
        let mut runs = self.runs(HEI);
        runs.text(title);
        paragraph(&mut self.xml, Para::style(style), &runs);
    }

    /// A numbered list, starting at 1, of items each written by `item`.
    fn numbered<T>(&mut self, items: &[T], mut item: impl FnMut(&mut Runs, &T)) {
        self.numbered += 1;
        self.list(self.numbered + 1, items, &mut item);
    }

    fn bullets<T>(&mut self, items: &[T], mut item: impl FnMut(&mut Runs, &T)) {
        self.list(BULLETS, items, &mut item);
    }

    fn list<T>(&mut self, num: u32, items: &[T], item: &mut impl FnMut(&mut Runs, &T)) {
        for it in items {
            self.para(
                Para {
                    num: Some(num),
                    ..Para::style("ListParagraph")
                },
                |r| item(r, it),
            );
        }
    }

    /// Cell paragraphs, written apart from the body.
    fn cell(&self, fill: Option<&'static str>, write: impl FnOnce(&mut Runs)) -> Cell {
        let mut runs = self.runs(SONG);
        write(&mut runs);
        let mut xml = String::new();
        paragraph(&mut xml, Para::style("TableText"), &runs);
        Cell { xml, fill }
    }

    /// A table header row: bold on a light fill.
    fn header_row(&self, labels: &[&str]) -> Vec<Cell> {
        labels
            .iter()
            .map(|l| self.cell(Some(HEADER_FILL), |r| _ = r.bold(l)))
            .collect()
    }

    fn next_drawing(&mut self) -> u32 {
        self.drawings += 1;
        self.drawings
    }
}

fn masthead(doc: &mut Body, report: &Report<'_>, opts: &RenderOptions) {
    let text = opts.catalog();
    let (l, d) = (text.labels(), text.document_labels());
    if let Some(logo) = &opts.deliverable.logo {
        let id = doc.next_drawing();
        let picture = logo_picture(logo, id, d.logo);
        doc.para(Para::style("Masthead"), |r| _ = r.raw(&picture));
    }
    doc.para(Para::style("Kicker"), |r| _ = r.text(l.title));
    doc.heading(1, &report.profile.name);
    if let Some(date) = opts.date {
        let line = format!("{}{}{}", d.date, l.colon, text.date(date));
        doc.para(Para::style("Masthead"), |r| _ = r.text(&line));
    }
    if let Some(who) = &opts.deliverable.prepared_by {
        let line = text.prepared_by(who);
        doc.para(Para::style("Masthead"), |r| _ = r.text(&line));
    }
    if !text.clause_legend().is_empty() {
        doc.para(Para::style("Small"), |r| _ = r.text(text.clause_legend()));
    }
}

/// The summary box: the recommendation, the verdict, why, the headcount and every
/// note to the client, in one shaded cell.
fn summary(doc: &mut Body, report: &Report<'_>, text: &dyn Catalog) {
    let l = text.labels();
    let mut inner = Body::new(doc.lang);
    inner.numbered = doc.numbered;
    let headline = report.form_with_clause(text);
    inner.para(Para::default(), |r| {
        r.text(l.recommendation).text(l.colon).bold(&headline);
    });
    let verdict = report.verdict(text);
    inner.para(Para::default(), |r| _ = r.prose(&verdict, Look::PLAIN));
    let reason = text.reason(report.advice.rule, &report.facts(), report.rules);
    inner.para(Para::default(), |r| _ = r.prose(&reason, Look::PLAIN));
    if report.advice.form != Form::None {
        figures(&mut inner, Para::default(), report, text);
    }
    // Each note marked as the HTML page marks it (no list bullet besides).
    for note in report.client_notes(text) {
        inner.para(Para::default(), |r| _ = r.text(&format!("⚠ {note}")));
    }
    let cell = Cell {
        xml: inner.xml,
        fill: Some(SUMMARY_FILL),
    };
    table(&mut doc.xml, &[TEXT_WIDTH], &[vec![cell]], false);
    doc.numbered = inner.numbered;
}

fn profile(doc: &mut Body, report: &Report<'_>, text: &dyn Catalog) {
    doc.heading(2, text.labels().profile);
    let rows: Vec<Vec<Cell>> = report
        .fact_rows(text)
        .iter()
        .map(|(label, value)| {
            vec![
                doc.cell(Some(HEADER_FILL), |r| _ = r.bold(label)),
                doc.cell(None, |r| _ = r.text(value)),
            ]
        })
        .collect();
    table(&mut doc.xml, &[3300, TEXT_WIDTH - 3300], &rows, false);
}

fn conditions(doc: &mut Body, report: &Report<'_>, text: &dyn Catalog) {
    let l = text.labels();
    doc.heading(2, l.conditions);
    let mut rows = vec![doc.header_row(&[l.clause, l.condition, l.value, l.threshold, l.met])];
    for c in &report.advice.conditions {
        rows.push(vec![
            doc.cell(None, |r| _ = r.text(c.id.clause())),
            doc.cell(None, |r| _ = r.text(text.condition(c.id))),
            doc.cell(None, |r| _ = r.text(&measure(c.value, text))),
            doc.cell(None, |r| _ = r.text(&threshold(c.threshold, text))),
            if c.met {
                doc.cell(None, |r| _ = r.bold(&format!("✓ {}", l.yes)))
            } else {
                doc.cell(None, |r| _ = r.text(l.no))
            },
        ]);
    }
    table(
        &mut doc.xml,
        &[900, TEXT_WIDTH - 900 - 1800 - 1700 - 1100, 1800, 1700, 1100],
        &rows,
        true,
    );
    let verdict = report.verdict(text);
    doc.para(UNDER_TABLE, |r| _ = r.prose(&verdict, Look::PLAIN));
}

/// A paragraph right under a table, set off from it.
const UNDER_TABLE: Para = Para {
    style: None,
    num: None,
    keep_next: false,
    center: false,
    right: false,
    space_before: true,
};

fn recommendation(doc: &mut Body, report: &Report<'_>, text: &dyn Catalog) {
    let l = text.labels();
    let advice = report.advice;
    doc.heading(2, l.recommendation);
    let headline = report.form_with_clause(text);
    let rule = text.rule_name(advice.rule);
    doc.para(Para::default(), |r| {
        r.bold(&headline).text(" · ").prose(&rule, Look::PLAIN);
    });
    let reason = text.reason(advice.rule, &report.facts(), report.rules);
    doc.para(Para::default(), |r| {
        r.text(l.why).text(l.colon).prose(&reason, Look::PLAIN);
    });
}

fn org_chart(doc: &mut Body, report: &Report<'_>, text: &dyn Catalog) {
    let Some((root, legend)) = super::html::chart::drawn(report.advice, text) else {
        return;
    };
    doc.heading(2, text.labels().org_chart);
    let id = doc.next_drawing();
    let drawing = chart::drawing(
        &root,
        &legend,
        doc.lang,
        id,
        text.document_labels().chart_description,
    );
    doc.para(
        Para {
            center: true,
            keep_next: true,
            ..Para::default()
        },
        |r| _ = r.raw(&drawing),
    );
    let note = text.placement_note(report.advice.form);
    if !note.is_empty() {
        doc.para(Para::style("Caption"), |r| _ = r.text(note));
    }
}

fn staffing(doc: &mut Body, report: &Report<'_>, text: &dyn Catalog) {
    let l = text.labels();
    let advice = report.advice;
    if advice.staffing.roles.is_empty() {
        return;
    }
    doc.heading(2, l.staffing);
    let mut rows = vec![doc.header_row(&[l.role, l.count, l.source_of_figure, l.basis])];
    for row in report.staffing_rows_for(text, true) {
        rows.push(vec![
            doc.cell(None, |r| _ = r.text(&row[0])),
            doc.cell(None, |r| _ = r.text(&row[1])),
            doc.cell(None, |r| _ = r.text(&row[2])),
            doc.cell(None, |r| _ = r.prose(&row[3], Look::PLAIN)),
        ]);
    }
    table(
        &mut doc.xml,
        &[2400, 900, 2000, TEXT_WIDTH - 2400 - 900 - 2000],
        &rows,
        true,
    );
    figures(doc, UNDER_TABLE, report, text);
    let note = text.staffing_note(advice.form, advice.tier);
    if !note.is_empty() {
        doc.para(Para::default(), |r| _ = r.prose(note, Look::PLAIN));
    }
    if let Some(line) = report.reporting_line(text) {
        doc.para(Para::default(), |r| _ = r.text(&line));
    }
}

/// The staffing's totals in one line: headcount, KAM managers, focus executives.
fn figures(doc: &mut Body, para: Para, report: &Report<'_>, text: &dyn Catalog) {
    let l = text.labels();
    let totals = report.staffing_totals(text);
    doc.para(para, |r| {
        for (i, (label, value)) in totals.iter().enumerate() {
            if i > 0 {
                r.text(" · ");
            }
            r.text(label).text(l.colon).bold(value);
        }
    });
}

/// (三), (四)1 and (四)2 for a unit; where to read them when there is none.
fn chapter_texts(doc: &mut Body, report: &Report<'_>, text: &dyn Catalog) {
    let l = text.labels();
    if report.advice.form == Form::None {
        doc.para(Para::default(), |r| _ = r.text(text.client_none_pointer()));
        return;
    }
    let clause_item = |r: &mut Runs, item: &str, clause: String| {
        r.text(item).text(" ").add(&clause, Look::CLAUSE);
    };
    doc.heading(2, l.duties);
    let duties: Vec<(usize, &str)> = text.duties().iter().copied().enumerate().collect();
    doc.numbered(&duties, |r, &(i, item)| {
        clause_item(r, item, item_clause(DUTIES_CLAUSE, i));
    });
    doc.heading(2, l.requirements);
    doc.para(Para::default(), |r| _ = r.text(text.requirements_intro()));
    let requirements: Vec<(usize, &str)> =
        text.requirements().iter().copied().enumerate().collect();
    doc.numbered(&requirements, |r, &(i, item)| {
        clause_item(r, item, item_clause(REQUIREMENTS_CLAUSE, i));
    });
    doc.heading(2, l.manager);
    doc.para(Para::default(), |r| _ = r.text(text.manager_intro()));
    let term = Para {
        keep_next: true,
        ..Para::default()
    };
    doc.para(term, |r| _ = r.bold(l.manager_responsibility));
    doc.para(
        Para {
            num: None,
            ..Para::style("ListParagraph")
        },
        |r| _ = r.text(text.manager_responsibility()),
    );
    doc.para(term, |r| _ = r.bold(l.manager_abilities));
    doc.bullets(text.manager_abilities(), |r, a| _ = r.text(a));
    doc.para(term, |r| _ = r.bold(l.manager_roles));
    doc.bullets(text.manager_roles(), |r, a| _ = r.text(a));
}

fn next_steps(doc: &mut Body, report: &Report<'_>, text: &dyn Catalog) {
    let l = text.labels();
    let advice = report.advice;
    let hints: Vec<_> = report.client_hints().collect();
    if advice.gap.is_none() && hints.is_empty() {
        return;
    }
    // Without today's setup there are no steps: the section is the hints.
    doc.heading(
        2,
        if advice.gap.is_some() {
            l.next_steps
        } else {
            l.hints
        },
    );
    if let Some(gap) = &advice.gap {
        let summary = text.gap_summary(gap, advice.rule);
        doc.para(Para::default(), |r| _ = r.prose(&summary, Look::PLAIN));
        if !gap.reasons.is_empty() {
            doc.heading(3, l.opening_reasons);
            doc.bullets(&gap.reasons, |r, reason| {
                r.prose(&text.opening_reason(*reason), Look::PLAIN);
            });
        }
        if !gap.steps.is_empty() {
            doc.heading(3, l.steps);
        }
        doc.numbered(&gap.steps, |r, step| {
            _ = r.prose(&text.step(step), Look::PLAIN)
        });
    }
    if !hints.is_empty() {
        if advice.gap.is_some() {
            doc.heading(3, l.hints);
        }
        doc.bullets(&hints, |r, hint| {
            _ = r.prose(&text.hint(**hint), Look::PLAIN)
        });
    }
}

fn reasoning(doc: &mut Body, report: &Report<'_>, text: &dyn Catalog) {
    doc.heading(2, text.labels().reasoning);
    doc.numbered(&report.advice.trace, |r, t| {
        r.prose(&text.trace(t), Look::PLAIN);
    });
}

/// The logo inline at its proportions: 1.6 cm high, at most 6 cm wide.
fn logo_picture(logo: &Logo, id: u32, alt: &str) -> String {
    const HEIGHT: f64 = 576_000.0;
    const MAX_WIDTH: f64 = 2_160_000.0;
    let (w, h) = pixel_size(logo).unwrap_or((1, 1));
    let ratio = f64::from(w) / f64::from(h);
    let (cx, cy) = if HEIGHT * ratio > MAX_WIDTH {
        (MAX_WIDTH, MAX_WIDTH / ratio)
    } else {
        (HEIGHT * ratio, HEIGHT)
    };
    let (cx, cy) = (cx.round() as i64, cy.round() as i64);
    let name = format!("logo.{}", parts::logo_extension(logo.kind));
    format!(
        r#"<w:r><w:drawing><wp:inline distT="0" distB="0" distL="0" distR="0"><wp:extent cx="{cx}" cy="{cy}"/><wp:effectExtent l="0" t="0" r="0" b="0"/><wp:docPr id="{id}" name="{name}" descr="{}"/><wp:cNvGraphicFramePr><a:graphicFrameLocks noChangeAspect="1"/></wp:cNvGraphicFramePr><a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/picture"><pic:pic><pic:nvPicPr><pic:cNvPr id="{id}" name="{name}"/><pic:cNvPicPr/></pic:nvPicPr><pic:blipFill><a:blip r:embed="{}"/><a:stretch><a:fillRect/></a:stretch></pic:blipFill><pic:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="{cx}" cy="{cy}"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></pic:spPr></pic:pic></a:graphicData></a:graphic></wp:inline></w:drawing></w:r>"#,
        xml::esc(alt),
        parts::LOGO_ID
    )
}

/// A PNG's or JPEG's size in pixels, from its header; `None` when the header does
/// not say (the logo is then drawn square).
fn pixel_size(logo: &Logo) -> Option<(u32, u32)> {
    let b = &logo.bytes;
    let be16 = |i: usize| Some(u32::from(u16::from_be_bytes([*b.get(i)?, *b.get(i + 1)?])));
    let size = match logo.kind {
        LogoKind::Png => {
            // The IHDR chunk follows the signature: width and height, 4 bytes each.
            let be32 = |i: usize| Some(u32::from_be_bytes(b.get(i..i + 4)?.try_into().ok()?));
            (be32(16)?, be32(20)?)
        }
        LogoKind::Jpeg => {
            // Walk the segments to the first start-of-frame (SOF0 to SOF15, not the
            // DHT, JPG and DAC markers C4, C8, CC): height, then width.
            let mut i = 2;
            loop {
                if *b.get(i)? != 0xFF {
                    return None;
                }
                let marker = *b.get(i + 1)?;
                if (0xC0..=0xCF).contains(&marker) && !matches!(marker, 0xC4 | 0xC8 | 0xCC) {
                    break (be16(i + 7)?, be16(i + 5)?);
                }
                i += 2 + usize::try_from(be16(i + 2)?).ok()?;
            }
        }
        LogoKind::Svg => return None,
    };
    (size.0 > 0 && size.1 > 0).then_some(size)
}

/// The package: the body deflated, the small parts and the logo stored, each entry
/// dated with the document's date (1980-01-01 without one, or outside what a zip
/// date can hold).
fn pack(report: &Report<'_>, opts: &RenderOptions, body: &Body) -> zip::result::ZipResult<Vec<u8>> {
    use zip::write::SimpleFileOptions;
    let text = opts.catalog();
    let deliverable = &opts.deliverable;
    let logo = deliverable
        .logo
        .as_ref()
        .filter(|l| l.kind != LogoKind::Svg);
    let logo_kind = logo.map(|l| l.kind);
    let confidential = deliverable.confidential;
    let stamp = opts
        .date
        .and_then(|d| {
            let year = u16::try_from(d.year).ok()?;
            zip::DateTime::from_date_and_time(year, d.month, d.day, 0, 0, 0).ok()
        })
        .unwrap_or_default();
    // The body is deflated at level 1: within a few per cent of the default level's
    // size at a third of its time. The small parts are stored: a deflate stream's
    // set-up costs more than the few hundred bytes it would save on each.
    let stored = SimpleFileOptions::default()
        .compression_method(zip::CompressionMethod::Stored)
        .last_modified_time(stamp)
        .unix_permissions(0o644);
    let deflated = stored
        .compression_method(zip::CompressionMethod::Deflated)
        .compression_level(Some(1));

    let header_reference = if confidential {
        format!(
            r#"<w:headerReference w:type="default" r:id="{}"/>"#,
            parts::HEADER_ID
        )
    } else {
        String::new()
    };
    let document = format!(
        r#"{}<w:document {}><w:body>{}<w:sectPr>{header_reference}<w:footerReference w:type="default" r:id="{}"/><w:pgSz w:w="{}" w:h="{}"/><w:pgMar w:top="{MARGIN}" w:right="{MARGIN}" w:bottom="{MARGIN}" w:left="{MARGIN}" w:header="{HEADER_MARGIN}" w:footer="{HEADER_MARGIN}" w:gutter="0"/><w:cols w:space="425"/><w:docGrid w:linePitch="312"/></w:sectPr></w:body></w:document>"#,
        parts::DECLARATION,
        parts::DOCUMENT_NAMESPACES,
        body.xml,
        parts::FOOTER_ID,
        PAGE.0,
        PAGE.1
    );
    let l = text.labels();
    let name = &report.profile.name;
    let title = format!("{name}{}{}", l.title_dash, l.title);
    let subject = report.form_with_clause(text);
    let mut entries: Vec<(String, Vec<u8>)> = vec![
        (
            "[Content_Types].xml".into(),
            parts::content_types(logo_kind, confidential).into_bytes(),
        ),
        (
            "_rels/.rels".into(),
            parts::package_relationships().into_bytes(),
        ),
        (
            "docProps/core.xml".into(),
            parts::core_properties(
                &title,
                &subject,
                deliverable.prepared_by.as_deref(),
                opts.lang,
                opts.date,
            )
            .into_bytes(),
        ),
        ("word/document.xml".into(), document.into_bytes()),
        (
            "word/_rels/document.xml.rels".into(),
            parts::document_relationships(logo_kind, confidential).into_bytes(),
        ),
        (
            "word/styles.xml".into(),
            parts::styles(opts.lang).into_bytes(),
        ),
        (
            "word/numbering.xml".into(),
            parts::numbering(body.numbered).into_bytes(),
        ),
        (
            "word/settings.xml".into(),
            parts::settings(opts.lang).into_bytes(),
        ),
        (
            "word/fontTable.xml".into(),
            parts::font_table().into_bytes(),
        ),
        (
            "word/footer1.xml".into(),
            parts::footer(opts.lang).into_bytes(),
        ),
    ];
    if confidential {
        let notice = text.document_labels().confidential;
        entries.push((
            "word/header1.xml".into(),
            parts::header(opts.lang, notice).into_bytes(),
        ));
    }
    let mut zip = zip::ZipWriter::new(std::io::Cursor::new(Vec::with_capacity(32 * 1024)));
    for (name, bytes) in &entries {
        let options = if name == "word/document.xml" {
            deflated
        } else {
            stored
        };
        zip.start_file(name.as_str(), options)?;
        zip.write_all(bytes)?;
    }
    if let Some(logo) = logo {
        // Already compressed: stored as it is.
        let name = format!("word/media/logo.{}", parts::logo_extension(logo.kind));
        zip.start_file(name, stored)?;
        zip.write_all(&logo.bytes)?;
    }
    Ok(zip.finish()?.into_inner())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_logo_s_size_comes_from_its_header() {
        let mut png = b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR".to_vec();
        png.extend_from_slice(&[0, 0, 1, 44, 0, 0, 0, 100]);
        let logo = |kind, bytes: &[u8]| Logo {
            kind,
            bytes: bytes.to_vec(),
        };
        assert_eq!(pixel_size(&logo(LogoKind::Png, &png)), Some((300, 100)));
        // SOI, an APP0 of 4 bytes, then SOF0: precision, height 50, width 120.
        let jpeg = [
            0xFF, 0xD8, 0xFF, 0xE0, 0, 4, 0, 0, 0xFF, 0xC0, 0, 17, 8, 0, 50, 0, 120,
        ];
        assert_eq!(pixel_size(&logo(LogoKind::Jpeg, &jpeg)), Some((120, 50)));
        // Cut short, or garbage after the signature: no size, no panic.
        assert_eq!(pixel_size(&logo(LogoKind::Jpeg, &jpeg[..12])), None);
        assert_eq!(pixel_size(&logo(LogoKind::Png, &png[..18])), None);
        assert_eq!(
            pixel_size(&logo(LogoKind::Jpeg, &[0xFF, 0xD8, 0xFF, 0x01])),
            None
        );
    }
}
