//! Drawing the laid-out chart as SVG: boxes by shape (units as rectangles, people
//! as pills, optional ones dashed), orthogonal connectors, the title and the legend,
//! every text escaped, every coordinate with at most one decimal.

use std::fmt::Write as _;

use super::layout::arrange;
use super::measure::text_width;
use super::{
    ChartNode, DETAIL_FONT, DETAIL_LINE, FONT_STACK, Item, LABEL_FONT, LABEL_LINE, LEGEND_FONT,
    Layout, Legend, MARGIN, NodeBox, Shape, TITLE_FONT,
};

/// The chart as an `<svg>` element: the natural size in `width`/`height`, a
/// `viewBox`, and `max-width:100%` so it shrinks to fit the page. A title is drawn
/// above the chart and names it for screen readers.
pub fn render(root: &ChartNode, legend: &Legend, title: Option<&str>) -> String {
    let title = title.map(str::trim).filter(|t| !t.is_empty());
    draw(root, legend, title, title.unwrap_or(root.label.as_str()))
}

/// The chart without a drawn title (the page has its heading), named for screen
/// readers by `description`.
pub fn render_described(root: &ChartNode, legend: &Legend, description: &str) -> String {
    draw(root, legend, None, description)
}

fn draw(root: &ChartNode, legend: &Legend, title: Option<&str>, name: &str) -> String {
    let (items, lay) = arrange(root);

    let title_height = if title.is_some() {
        TITLE_FONT + 14.0
    } else {
        0.0
    };
    let entries = legend_entries(&items, legend);
    let legend_width = entries_width(&entries);
    let legend_height = if entries.is_empty() { 0.0 } else { 30.0 };

    let title_width = title.map_or(0.0, |t| text_width(t, TITLE_FONT) + 2.0 * MARGIN);
    let width = lay
        .width
        .max(title_width)
        .max(legend_width + 2.0 * MARGIN)
        .ceil();
    let height = (title_height + lay.height + legend_height).ceil();
    let dx = ((width - lay.width) / 2.0).floor();

    let mut s = String::new();
    let _ = write!(
        s,
        r#"<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {w} {h}" width="{w}" height="{h}" style="max-width:100%;height:auto" role="img" aria-label="{name}">"#,
        w = num(width),
        h = num(height),
        name = escape(name),
    );
    let _ = write!(s, "<title>{}</title>", escape(name));
    let _ = write!(
        s,
        r##"<g font-family="{FONT_STACK}" fill="#1f2933"><rect width="{}" height="{}" fill="#ffffff"/>"##,
        num(width),
        num(height)
    );
    if let Some(t) = title {
        let _ = write!(
            s,
            r#"<text x="{}" y="{}" font-size="{}" font-weight="700" text-anchor="middle">{}</text>"#,
            num(width / 2.0),
            num(MARGIN + TITLE_FONT * 0.85),
            num(TITLE_FONT),
            escape(t)
        );
    }
    let _ = write!(
        s,
        r#"<g transform="translate({} {})">"#,
        num(dx),
        num(title_height)
    );
    draw_links(&mut s, &items, &lay);
    for (item, b) in items.iter().zip(&lay.boxes) {
        draw_box(&mut s, item, b);
    }
    s.push_str("</g>");
    if !entries.is_empty() {
        let top = title_height + lay.height;
        draw_legend(&mut s, &entries, (width - legend_width) / 2.0, top);
    }
    s.push_str("</g></svg>");
    s
}

// ---------------------------------------------------------------- drawing

const INK: &str = "#1f2933";
const LINE_INK: &str = "#5b6670";
const DETAIL_INK: &str = "#4b5563";

/// A box's colours: fill and border, as `#rrggbb` (shared with the DOCX shapes).
pub struct Look {
    pub fill: &'static str,
    pub stroke: &'static str,
}

/// The colours of a box: grey for context, blue for units, sand for people, a
/// darker tint for the emphasised box.
pub fn look(shape: Shape, emphasis: bool, muted: bool) -> Look {
    if muted {
        return Look {
            fill: "#f3f4f6",
            stroke: "#8a949e",
        };
    }
    match (shape, emphasis) {
        (Shape::Unit, false) => Look {
            fill: "#eaf0f7",
            stroke: "#34506e",
        },
        (Shape::Unit, true) => Look {
            fill: "#d3e2f3",
            stroke: "#1d3a5c",
        },
        (Shape::People, false) => Look {
            fill: "#fbf5e9",
            stroke: "#7a6440",
        },
        (Shape::People, true) => Look {
            fill: "#f5e6c8",
            stroke: "#5c4522",
        },
    }
}

fn corner(shape: Shape, h: f64) -> f64 {
    match shape {
        Shape::Unit => 3.0,
        Shape::People => (h / 2.0).min(18.0),
    }
}

fn draw_links(s: &mut String, items: &[Item], lay: &Layout) {
    let mut solid = String::new();
    let mut dashed = String::new();
    for link in &lay.links {
        let optional = items[link.child].node.dashed;
        let (last, rest) = match link.points.split_last() {
            Some(split) => split,
            None => continue,
        };
        let mut path = String::new();
        for (k, (x, y)) in rest.iter().enumerate() {
            let _ = write!(
                path,
                "{}{} {}",
                if k == 0 { "M" } else { "L" },
                num(*x),
                num(*y)
            );
        }
        if optional {
            solid.push_str(&path);
            if let Some((x, y)) = rest.last() {
                let _ = write!(
                    dashed,
                    "M{} {}L{} {}",
                    num(*x),
                    num(*y),
                    num(last.0),
                    num(last.1)
                );
            }
        } else {
            let _ = write!(solid, "{path}L{} {}", num(last.0), num(last.1));
        }
    }
    if !solid.is_empty() {
        let _ = write!(
            s,
            r#"<path d="{solid}" fill="none" stroke="{LINE_INK}" stroke-width="1.3" stroke-linejoin="miter" stroke-linecap="square"/>"#
        );
    }
    if !dashed.is_empty() {
        let _ = write!(
            s,
            r#"<path d="{dashed}" fill="none" stroke="{LINE_INK}" stroke-width="1.3" stroke-dasharray="4 3"/>"#
        );
    }
}

fn draw_box(s: &mut String, item: &Item, b: &NodeBox) {
    let node = item.node;
    let look = look(node.shape, node.emphasis, node.muted);
    let stroke_width = if node.emphasis { 2.4 } else { 1.3 };
    let dash = if node.dashed {
        r#" stroke-dasharray="5 3""#
    } else {
        ""
    };
    let _ = write!(
        s,
        r#"<rect x="{}" y="{}" width="{}" height="{}" rx="{r}" ry="{r}" fill="{}" stroke="{}" stroke-width="{}"{dash}/>"#,
        num(b.x),
        num(b.y),
        num(b.w),
        num(b.h),
        look.fill,
        look.stroke,
        num(stroke_width),
        r = num(corner(node.shape, b.h)),
    );
    let detail = node
        .detail
        .as_deref()
        .map(str::trim)
        .filter(|d| !d.is_empty());
    let content =
        LABEL_LINE * item.lines.len() as f64 + if detail.is_some() { DETAIL_LINE } else { 0.0 };
    let mut y = b.y + (b.h - content) / 2.0;
    let cx = num(b.center_x());
    let weight = match (node.emphasis, node.muted, node.shape) {
        (true, _, _) => "700",
        (false, true, _) | (false, false, Shape::People) => "400",
        (false, false, Shape::Unit) => "600",
    };
    for line in &item.lines {
        let _ = write!(
            s,
            r#"<text x="{cx}" y="{}" font-size="{}" font-weight="{weight}" fill="{INK}" text-anchor="middle">{}</text>"#,
            num(y + LABEL_LINE / 2.0 + LABEL_FONT * 0.35),
            num(LABEL_FONT),
            escape(line)
        );
        y += LABEL_LINE;
    }
    if let Some(d) = detail {
        let _ = write!(
            s,
            r#"<text x="{cx}" y="{}" font-size="{}" fill="{DETAIL_INK}" text-anchor="middle">{}</text>"#,
            num(y + DETAIL_LINE / 2.0 + DETAIL_FONT * 0.35),
            num(DETAIL_FONT),
            escape(d)
        );
    }
}

/// A legend entry: a sample box and its text.
pub struct Entry {
    pub shape: Shape,
    pub dashed: bool,
    pub muted: bool,
    pub text: String,
}

const SAMPLE_W: f64 = 28.0;
const SAMPLE_H: f64 = 14.0;
const SAMPLE_TEXT_GAP: f64 = 6.0;
const ENTRY_GAP: f64 = 22.0;

fn legend_entries(items: &[Item], legend: &Legend) -> Vec<Entry> {
    let nodes: Vec<&ChartNode> = items.iter().map(|i| i.node).collect();
    entries_for(&nodes, legend)
}

/// The legend's entries for a chart of these boxes: only the kinds of box it has.
pub fn entries_for(nodes: &[&ChartNode], legend: &Legend) -> Vec<Entry> {
    let has = |f: &dyn Fn(&ChartNode) -> bool| nodes.iter().any(|n| f(n));
    let entry = |shape, dashed, muted, text: &String| Entry {
        shape,
        dashed,
        muted,
        text: text.clone(),
    };
    let mut out = Vec::new();
    if let Some(text) = &legend.muted
        && has(&|n| n.muted)
    {
        out.push(entry(Shape::Unit, false, true, text));
    }
    if has(&|n| n.shape == Shape::Unit && !(n.muted && legend.muted.is_some())) {
        out.push(entry(Shape::Unit, false, false, &legend.unit));
    }
    if has(&|n| n.shape == Shape::People && !(n.muted && legend.muted.is_some())) {
        out.push(entry(Shape::People, false, false, &legend.people));
    }
    if let Some(text) = &legend.optional
        && has(&|n| n.dashed)
    {
        let shape = if has(&|n| n.dashed && n.shape == Shape::Unit) {
            Shape::Unit
        } else {
            Shape::People
        };
        out.push(entry(shape, true, false, text));
    }
    out
}

fn entries_width(entries: &[Entry]) -> f64 {
    let items: f64 = entries
        .iter()
        .map(|e| SAMPLE_W + SAMPLE_TEXT_GAP + text_width(&e.text, LEGEND_FONT))
        .sum();
    items + ENTRY_GAP * entries.len().saturating_sub(1) as f64
}

fn draw_legend(s: &mut String, entries: &[Entry], left: f64, top: f64) {
    let mid = top + 12.0;
    let mut x = left;
    for Entry {
        shape,
        dashed,
        muted,
        text,
    } in entries
    {
        let look = look(*shape, false, *muted);
        let r = match shape {
            Shape::Unit => 2.0,
            Shape::People => SAMPLE_H / 2.0,
        };
        let dash = if *dashed {
            r#" stroke-dasharray="4 2""#
        } else {
            ""
        };
        let _ = write!(
            s,
            r#"<rect x="{}" y="{}" width="{}" height="{}" rx="{r}" ry="{r}" fill="{}" stroke="{}" stroke-width="1.2"{dash}/>"#,
            num(x),
            num(mid - SAMPLE_H / 2.0),
            num(SAMPLE_W),
            num(SAMPLE_H),
            look.fill,
            look.stroke,
            r = num(r),
        );
        x += SAMPLE_W + SAMPLE_TEXT_GAP;
        let _ = write!(
            s,
            r#"<text x="{}" y="{}" font-size="{}" fill="{DETAIL_INK}">{}</text>"#,
            num(x),
            num(mid + LEGEND_FONT * 0.35),
            num(LEGEND_FONT),
            escape(text)
        );
        x += text_width(text, LEGEND_FONT) + ENTRY_GAP;
    }
}

// ----------------------------------------------------------------- output

/// A coordinate with at most one decimal, never "-0".
pub(super) fn num(v: f64) -> String {
    let r = (v * 10.0).round() / 10.0;
    if r == 0.0 {
        "0".to_string()
    } else if r.fract() == 0.0 {
        format!("{r:.0}")
    } else {
        format!("{r:.1}")
    }
}

/// Text for XML content and attribute values.
pub(super) fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            // Control characters are not allowed in XML 1.0.
            c if c.is_control() && c != '\t' && c != '\n' => {}
            c => out.push(c),
        }
    }
    out
}
