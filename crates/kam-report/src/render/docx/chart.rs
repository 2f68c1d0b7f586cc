//! The org chart as Word shapes: one inline group (DrawingML `wpg:wgp`) of a shape
//! per box, its label as the shape's own text, a connector per line and the legend,
//! placed by the SVG chart's own layout ([`chart::layout`]) and scaled to the text
//! width. In Word (and LibreOffice, WPS) a box can be moved, resized or retyped.

use std::fmt::Write as _;

use super::xml::{HEI, Look, Para, Runs, esc, paragraph};
use crate::render::chart::{self, ChartNode, Legend, Shape};
use crate::text::Lang;

/// EMU (English Metric Units) in one px of the chart's layout (1/96 inch).
const EMU_PER_PX: f64 = 9525.0;
/// The width of the text on the page, in px: A4 less two margins of 2 cm.
pub(crate) const TEXT_WIDTH_PX: f64 = super::TEXT_WIDTH as f64 / 15.0;
/// The legend's row: its height, a sample box, the gaps.
const LEGEND_ROW: f64 = 30.0;
const SAMPLE: (f64, f64) = (28.0, 14.0);
const SAMPLE_GAP: f64 = 6.0;
const ENTRY_GAP: f64 = 22.0;
const LINE_INK: &str = "5B6670";
const INK: &str = "1F2933";
const DETAIL_INK: &str = "4B5563";

/// The run holding the chart: one `w:drawing` with the group inline, `id` its
/// drawing id (unique in the document), `description` its alternative text. As Word
/// writes a group, it stands in `mc:AlternateContent` as the choice that requires
/// Word 2010's groups (without a fallback picture: the chart is the shapes).
pub(crate) fn drawing(
    root: &ChartNode,
    legend: &Legend,
    lang: Lang,
    id: u32,
    description: &str,
) -> String {
    let lay = chart::layout(root);
    let nodes = preorder(root);
    let entries = chart::legend_entries(&nodes, legend);
    let (label_px, detail_px, legend_px) = chart::FONT_SIZES;
    let entry_width = |e: &chart::Entry| SAMPLE.0 + SAMPLE_GAP + text_box_width(&e.text, legend_px);
    let legend_width = entries.iter().map(entry_width).sum::<f64>()
        + ENTRY_GAP * entries.len().saturating_sub(1) as f64;
    let width = lay.width.max(legend_width + 24.0);
    let legend_height = if entries.is_empty() { 0.0 } else { LEGEND_ROW };
    let height = lay.height + legend_height;
    let scale = (TEXT_WIDTH_PX / width).min(1.0);
    let emu = |px: f64| (px * scale * EMU_PER_PX).round().max(0.0) as i64;
    // Type sizes in half-points, scaled with the drawing (a px is ¾ pt).
    let half_points = |px: f64| ((px * 0.75 * scale * 2.0).round() as u32).max(12);
    let dx = ((width - lay.width) / 2.0).floor();

    let mut shapes = String::new();
    // The shapes' ids, apart from the drawings' (`id`) of the document.
    let mut next = 1001u32;
    for link in &lay.links {
        let dashed = nodes.get(link.child).is_some_and(|n| n.dashed);
        let points: Vec<(i64, i64)> = link
            .points
            .iter()
            .map(|&(x, y)| (emu(x + dx), emu(y)))
            .collect();
        connector(&mut shapes, next, &points, dashed);
        next += 1;
    }
    for (node, b) in nodes.iter().zip(&lay.boxes) {
        let look = chart::look(node.shape, node.emphasis, node.muted);
        let radius = match node.shape {
            Shape::Unit => 3.0,
            Shape::People => (b.h / 2.0).min(18.0),
        };
        let mut label = Runs::new(lang, HEI);
        label.add(
            &node.label,
            Look {
                bold: node.emphasis,
                color: Some(INK),
                size: Some(half_points(label_px)),
                ..Look::PLAIN
            },
        );
        let mut text = String::new();
        paragraph(&mut text, Para::style("ChartText"), &label);
        if let Some(detail) = &node.detail {
            let mut runs = Runs::new(lang, HEI);
            runs.add(
                detail,
                Look {
                    color: Some(DETAIL_INK),
                    size: Some(half_points(detail_px)),
                    ..Look::PLAIN
                },
            );
            paragraph(&mut text, Para::style("ChartText"), &runs);
        }
        let frame = Frame {
            x: emu(b.x + dx),
            y: emu(b.y),
            w: emu(b.w),
            h: emu(b.h),
        };
        let outline = Outline {
            fill: Some(&look.fill[1..]),
            stroke: Some(&look.stroke[1..]),
            width: if node.emphasis { 28575 } else { 12700 },
            dashed: node.dashed,
            radius: radius / b.w.min(b.h).max(1.0),
        };
        shape(&mut shapes, next, &node.label, &frame, &outline, &text);
        next += 1;
    }
    // The legend, centred under the tree: a sample box and its words per entry.
    let mut x = (width - legend_width) / 2.0;
    let mid = lay.height + LEGEND_ROW / 2.0;
    for entry in &entries {
        let look = chart::look(entry.shape, false, entry.muted);
        let frame = Frame {
            x: emu(x),
            y: emu(mid - SAMPLE.1 / 2.0),
            w: emu(SAMPLE.0),
            h: emu(SAMPLE.1),
        };
        let outline = Outline {
            fill: Some(&look.fill[1..]),
            stroke: Some(&look.stroke[1..]),
            width: 12700,
            dashed: entry.dashed,
            radius: match entry.shape {
                Shape::Unit => 2.0 / SAMPLE.1,
                Shape::People => 0.5,
            },
        };
        shape(&mut shapes, next, &entry.text, &frame, &outline, "");
        next += 1;
        x += SAMPLE.0 + SAMPLE_GAP;
        let w = text_box_width(&entry.text, legend_px);
        let mut runs = Runs::new(lang, HEI);
        runs.add(
            &entry.text,
            Look {
                color: Some(DETAIL_INK),
                size: Some(half_points(legend_px)),
                ..Look::PLAIN
            },
        );
        let mut text = String::new();
        paragraph(&mut text, Para::style("ChartLegend"), &runs);
        let frame = Frame {
            x: emu(x),
            y: emu(mid - 10.0),
            w: emu(w),
            h: emu(20.0),
        };
        let bare = Outline {
            fill: None,
            stroke: None,
            width: 0,
            dashed: false,
            radius: 0.0,
        };
        shape(&mut shapes, next, &entry.text, &frame, &bare, &text);
        next += 1;
        x += w + ENTRY_GAP;
    }

    let (cx, cy) = (emu(width), emu(height));
    format!(
        r#"<w:r><mc:AlternateContent><mc:Choice Requires="wpg"><w:drawing><wp:inline distT="0" distB="0" distL="0" distR="0"><wp:extent cx="{cx}" cy="{cy}"/><wp:effectExtent l="0" t="0" r="0" b="0"/><wp:docPr id="{id}" name="Org chart" descr="{}"/><wp:cNvGraphicFramePr/><a:graphic xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingGroup"><wpg:wgp><wpg:cNvGrpSpPr/><wpg:grpSpPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="{cx}" cy="{cy}"/><a:chOff x="0" y="0"/><a:chExt cx="{cx}" cy="{cy}"/></a:xfrm></wpg:grpSpPr>{shapes}</wpg:wgp></a:graphicData></a:graphic></wp:inline></w:drawing></mc:Choice></mc:AlternateContent></w:r>"#,
        esc(description)
    )
}

/// The boxes in the layout's order (pre-order: a node, then each child's subtree).
fn preorder(root: &ChartNode) -> Vec<&ChartNode> {
    fn go<'a>(node: &'a ChartNode, out: &mut Vec<&'a ChartNode>) {
        out.push(node);
        for child in &node.children {
            go(child, out);
        }
    }
    let mut out = Vec::new();
    go(root, &mut out);
    out
}

/// A legend text's box: the chart's estimate of the text with room to spare, so
/// that a wider font than the estimate's does not wrap it.
fn text_box_width(text: &str, font: f64) -> f64 {
    chart::text_width(text, font) * 1.15 + 10.0
}

/// Where a shape goes in the group, in EMU.
struct Frame {
    x: i64,
    y: i64,
    w: i64,
    h: i64,
}

/// How a shape is drawn: colours `rrggbb` (none: no fill, no line), the line's
/// width in EMU, and its corners' radius as a share of its shorter side.
struct Outline<'a> {
    fill: Option<&'a str>,
    stroke: Option<&'a str>,
    width: u32,
    dashed: bool,
    radius: f64,
}

/// A box with its text (`text`: paragraphs, or empty for none).
fn shape(out: &mut String, id: u32, name: &str, frame: &Frame, outline: &Outline<'_>, text: &str) {
    let Frame { x, y, w, h } = frame;
    let adj = (outline.radius.clamp(0.0, 0.5) * 100_000.0).round() as i64;
    let _ = write!(
        out,
        r#"<wps:wsp><wps:cNvPr id="{id}" name="{}"/><wps:cNvSpPr/><wps:spPr><a:xfrm><a:off x="{x}" y="{y}"/><a:ext cx="{w}" cy="{h}"/></a:xfrm><a:prstGeom prst="roundRect"><a:avLst><a:gd name="adj" fmla="val {adj}"/></a:avLst></a:prstGeom>"#,
        esc(name)
    );
    match outline.fill {
        Some(fill) => {
            let _ = write!(
                out,
                r#"<a:solidFill><a:srgbClr val="{fill}"/></a:solidFill>"#
            );
        }
        None => out.push_str("<a:noFill/>"),
    }
    match outline.stroke {
        Some(stroke) => line(out, outline.width, stroke, outline.dashed),
        None => out.push_str("<a:ln><a:noFill/></a:ln>"),
    }
    out.push_str("</wps:spPr>");
    if !text.is_empty() {
        let _ = write!(
            out,
            "<wps:txbx><w:txbxContent>{text}</w:txbxContent></wps:txbx>"
        );
    }
    out.push_str(r#"<wps:bodyPr rot="0" vert="horz" wrap="square" lIns="45720" tIns="0" rIns="45720" bIns="0" anchor="ctr" anchorCtr="0" upright="1"><a:noAutofit/></wps:bodyPr></wps:wsp>"#);
}

fn line(out: &mut String, width: u32, color: &str, dashed: bool) {
    let _ = write!(
        out,
        r#"<a:ln w="{width}"><a:solidFill><a:srgbClr val="{color}"/></a:solidFill>"#
    );
    if dashed {
        out.push_str(r#"<a:prstDash val="dash"/>"#);
    }
    out.push_str("<a:miter lim=\"800000\"/></a:ln>");
}

/// A connector along an orthogonal polyline, in EMU of the group.
fn connector(out: &mut String, id: u32, points: &[(i64, i64)], dashed: bool) {
    let Some(&(first_x, first_y)) = points.first() else {
        return;
    };
    let (mut left, mut top, mut right, mut bottom) = (first_x, first_y, first_x, first_y);
    for &(x, y) in points {
        left = left.min(x);
        top = top.min(y);
        right = right.max(x);
        bottom = bottom.max(y);
    }
    // A straight line has no width (or height): the path needs one to scale by.
    let (w, h) = ((right - left).max(1), (bottom - top).max(1));
    let _ = write!(
        out,
        r#"<wps:wsp><wps:cNvPr id="{id}" name="Connector {id}"/><wps:cNvCnPr/><wps:spPr><a:xfrm><a:off x="{left}" y="{top}"/><a:ext cx="{w}" cy="{h}"/></a:xfrm><a:custGeom><a:avLst/><a:gdLst/><a:ahLst/><a:cxnLst/><a:rect l="0" t="0" r="r" b="b"/><a:pathLst><a:path w="{w}" h="{h}" fill="none">"#
    );
    for (i, &(x, y)) in points.iter().enumerate() {
        let tag = if i == 0 { "moveTo" } else { "lnTo" };
        let _ = write!(
            out,
            r#"<a:{tag}><a:pt x="{}" y="{}"/></a:{tag}>"#,
            x - left,
            y - top
        );
    }
    out.push_str("</a:path></a:pathLst></a:custGeom><a:noFill/>");
    line(out, 12700, LINE_INK, dashed);
    out.push_str("</wps:spPr><wps:bodyPr/></wps:wsp>");
}
