//! The org chart as one inline `<svg>` element, for the HTML report, with its own
//! tidy top-down tree layout.
//!
//! The caller converts its org model into a [`ChartNode`] tree and calls [`render`].
//! [`layout`] is the pure layout underneath, exposed for tests and for callers that
//! want the geometry.
//!
//! Design, for a report printed to PDF in black and white:
//! - units are rectangles with slightly rounded corners, people are stadiums
//!   (pills); an optional box has a dashed border and a dashed line to it; the
//!   emphasised box has a heavy border and a bold label. Fills are soft tints
//!   that only add to what shape and line already say.
//! - parents are centred over their children and sibling subtrees are packed as
//!   tightly as their outlines allow. When the chart would be wider than
//!   [`MAX_WIDTH`], leaf children (people first) are stacked in a column under
//!   their parent instead of side by side.
//! - the same input gives the same bytes: no hashing, coordinates written with at
//!   most one decimal.
//! - widths come from each text's display width (CJK characters count double);
//!   long labels wrap onto balanced lines.

use std::fmt::Write as _;

use unicode_width::{UnicodeWidthChar, UnicodeWidthStr};

/// What a box stands for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Shape {
    /// An organisational unit: drawn as a rectangle.
    Unit,
    /// People (KAM managers ×N, focus executives, specialists): drawn as a pill.
    People,
}

/// A box of the chart with its children, left to right.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ChartNode {
    /// First line, e.g. "KAM committee" / "重点客户管理委员会"; wraps when long.
    pub label: String,
    /// Second line in smaller type, e.g. "×3" or "31个".
    pub detail: Option<String>,
    pub shape: Shape,
    /// An optional unit: dashed border, dashed line from its parent.
    pub dashed: bool,
    /// The box to look at (the recommended unit): heavy border, bold label.
    pub emphasis: bool,
    pub children: Vec<ChartNode>,
}

impl ChartNode {
    /// A unit box without detail or children.
    pub fn unit(label: &str) -> ChartNode {
        ChartNode {
            label: label.to_string(),
            detail: None,
            shape: Shape::Unit,
            dashed: false,
            emphasis: false,
            children: Vec::new(),
        }
    }

    /// A people box with its count or other detail on the second line.
    pub fn people(label: &str, detail: &str) -> ChartNode {
        ChartNode {
            shape: Shape::People,
            detail: Some(detail.to_string()),
            ..ChartNode::unit(label)
        }
    }
}

/// The legend's texts in the output language; an entry is shown only when the
/// chart has such a box (`optional`: when it has a dashed box and the text is given).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Legend {
    pub unit: String,
    pub people: String,
    pub optional: Option<String>,
}

/// Where a box goes, in SVG user units (px), the origin at the tree's top left.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct NodeBox {
    pub x: f64,
    pub y: f64,
    pub w: f64,
    pub h: f64,
    /// In a column under its parent rather than in the row below it.
    pub stacked: bool,
}

impl NodeBox {
    pub fn center_x(&self) -> f64 {
        self.x + self.w / 2.0
    }
}

/// An orthogonal line from a parent's box to a child's, as a polyline.
#[derive(Debug, Clone, PartialEq)]
pub struct Link {
    pub parent: usize,
    pub child: usize,
    pub points: Vec<(f64, f64)>,
}

/// The tree laid out: one box per node in pre-order (root first, then each
/// child's subtree in turn), the links, and the size including a margin.
#[derive(Debug, Clone, PartialEq)]
pub struct Layout {
    pub boxes: Vec<NodeBox>,
    pub links: Vec<Link>,
    pub width: f64,
    pub height: f64,
}

/// Beyond this width, leaf children are stacked under their parents.
pub const MAX_WIDTH: f64 = 1000.0;

const FONT_STACK: &str = "'Noto Sans CJK SC', 'Source Han Sans SC', 'PingFang SC', \
     'Hiragino Sans GB', 'Microsoft YaHei', 'Noto Sans SC', 'Helvetica Neue', Arial, sans-serif";
const LABEL_FONT: f64 = 13.0;
const DETAIL_FONT: f64 = 11.5;
const TITLE_FONT: f64 = 15.0;
const LEGEND_FONT: f64 = 11.5;
/// Width of one narrow display column in ems: generous enough for bold Latin
/// text in the usual fallback fonts. A CJK character is one em.
const EM_PER_COLUMN: f64 = 0.58;
const LABEL_LINE: f64 = 17.0;
const DETAIL_LINE: f64 = 15.0;
const PAD_X: f64 = 14.0;
/// People pills lose some room to their round ends.
const PILL_EXTRA_PAD: f64 = 6.0;
const PAD_Y: f64 = 9.0;
const MIN_WIDTH: f64 = 72.0;
/// Labels wider than this many display columns wrap...
const WRAP_COLUMNS: usize = 30;
/// ...or this many, in a chart too wide otherwise.
const NARROW_WRAP_COLUMNS: usize = 20;
/// Between rows; the horizontal bar of the connectors runs in its middle.
const ROW_GAP: f64 = 40.0;
const SIBLING_GAP: f64 = 20.0;
const SUBTREE_GAP: f64 = 32.0;
/// Boxes and lines closer than this vertically count as side by side.
const VERTICAL_CLEARANCE: f64 = 6.0;
/// A stacked column's spine starts this far in from the parent's left edge...
const STACK_INDENT: f64 = 18.0;
/// ...and its boxes this far right of the spine.
const STACK_STUB: f64 = 14.0;
const STACK_TOP: f64 = 14.0;
const STACK_GAP: f64 = 10.0;
const MARGIN: f64 = 12.0;

/// A node as measured: the tree flattened in pre-order.
#[derive(Debug, Clone)]
struct Item<'a> {
    node: &'a ChartNode,
    parent: Option<usize>,
    children: Vec<usize>,
    depth: usize,
    lines: Vec<String>,
    w: f64,
    h: f64,
}

/// Lays the tree out; see [`Layout`]. Pure and deterministic.
pub fn layout(root: &ChartNode) -> Layout {
    arrange(root).1
}

/// The chart as an `<svg>` element: the natural size in `width`/`height`, a
/// `viewBox`, and `max-width:100%` so it shrinks to fit the page.
pub fn render(root: &ChartNode, legend: &Legend, title: Option<&str>) -> String {
    let (items, lay) = arrange(root);

    let title = title.map(str::trim).filter(|t| !t.is_empty());
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
    let name = title.unwrap_or(root.label.as_str());
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

// ---------------------------------------------------------------- measuring

fn measure(root: &ChartNode, columns: usize) -> Vec<Item<'_>> {
    let mut items: Vec<Item> = Vec::new();
    let mut todo: Vec<(&ChartNode, Option<usize>, usize)> = vec![(root, None, 0)];
    while let Some((node, parent, depth)) = todo.pop() {
        let id = items.len();
        if let Some(p) = parent {
            items[p].children.push(id);
        }
        let lines = wrap(&node.label, columns);
        let detail = node
            .detail
            .as_deref()
            .map(str::trim)
            .filter(|d| !d.is_empty());
        let pad = PAD_X
            + match node.shape {
                Shape::Unit => 0.0,
                Shape::People => PILL_EXTRA_PAD,
            };
        let text = lines
            .iter()
            .map(|l| text_width(l, LABEL_FONT))
            .chain(detail.map(|d| text_width(d, DETAIL_FONT)))
            .fold(0.0, f64::max);
        let w = (text + 2.0 * pad).max(MIN_WIDTH).ceil();
        let h = 2.0 * PAD_Y
            + LABEL_LINE * lines.len() as f64
            + if detail.is_some() { DETAIL_LINE } else { 0.0 };
        items.push(Item {
            node,
            parent,
            children: Vec::new(),
            depth,
            lines,
            w,
            h,
        });
        for child in node.children.iter().rev() {
            todo.push((child, Some(id), depth + 1));
        }
    }
    items
}

/// Estimated rendered width of `text` at `font` px: a wide (CJK) character is
/// one em, capitals and the broadest letters more than [`EM_PER_COLUMN`], any
/// other character that per display column.
fn text_width(text: &str, font: f64) -> f64 {
    let ems: f64 = text
        .chars()
        .map(|c| match c {
            'M' | 'W' | 'm' | 'w' | '@' | '%' => 0.85,
            c if c.is_ascii_uppercase() => 0.66,
            c => match c.width() {
                Some(2) => 1.0,
                Some(w) => w as f64 * EM_PER_COLUMN,
                None => 0.0,
            },
        })
        .sum();
    ems * font
}

fn is_wide(c: char) -> bool {
    c.width().unwrap_or(0) >= 2
}

/// Punctuation that must not start a line.
fn is_closing(c: char) -> bool {
    matches!(
        c,
        '，' | '。'
            | '、'
            | '；'
            | '：'
            | '）'
            | '」'
            | '』'
            | '》'
            | '！'
            | '？'
            | ')'
            | ','
            | '.'
    )
}

/// Punctuation that must not end a line.
fn is_opening(c: char) -> bool {
    matches!(c, '（' | '「' | '『' | '《' | '(')
}

/// Splits a label into lines of at most `columns` display columns where it can,
/// balanced so the lines are about equally long. A trailing bracketed remark
/// ("(optional)", "（可选）") goes on its own line first.
fn wrap(label: &str, columns: usize) -> Vec<String> {
    let label = label.split_whitespace().collect::<Vec<_>>().join(" ");
    if label.width() <= columns {
        return vec![label];
    }
    let bracket = label
        .char_indices()
        .filter(|&(_, c)| c == '(' || c == '（')
        .map(|(i, _)| i)
        .next_back()
        .filter(|&i| i > 0 && label[i..].width() <= columns);
    if let Some(i) = bracket {
        let mut lines = wrap(label[..i].trim_end(), columns);
        lines.push(label[i..].to_string());
        return lines;
    }
    let tokens = tokens(&label);
    let count = greedy(&tokens, columns).len();
    let total = label.width();
    let floor = total.div_ceil(count).max(1);
    (floor..columns)
        .map(|limit| greedy(&tokens, limit))
        .find(|lines| lines.len() <= count)
        .unwrap_or_else(|| greedy(&tokens, columns))
}

/// The label cut where a line may break: after a space, or next to a CJK
/// character unless punctuation forbids it.
fn tokens(label: &str) -> Vec<String> {
    let chars: Vec<char> = label.chars().collect();
    let mut out: Vec<String> = Vec::new();
    let mut current = String::new();
    for (i, &c) in chars.iter().enumerate() {
        let breaks = i > 0 && {
            let prev = chars[i - 1];
            c != ' '
                && (prev == ' ' || is_wide(c) || is_wide(prev))
                && !is_closing(c)
                && !is_opening(prev)
        };
        if breaks && !current.is_empty() {
            out.push(std::mem::take(&mut current));
        }
        current.push(c);
    }
    if !current.is_empty() {
        out.push(current);
    }
    out
}

/// Fills lines up to `limit` columns, one token at least per line.
fn greedy(tokens: &[String], limit: usize) -> Vec<String> {
    let mut lines = Vec::new();
    let mut line = String::new();
    for token in tokens {
        let joined = format!("{line}{token}");
        if !line.is_empty() && joined.trim_end().width() > limit {
            lines.push(line.trim_end().to_string());
            line = token.trim_start().to_string();
        } else {
            line = joined;
        }
    }
    if !line.trim().is_empty() {
        lines.push(line.trim_end().to_string());
    }
    lines
}

// ----------------------------------------------------------------- layout

/// Lays the tree out. The first of these that fits in [`MAX_WIDTH`] wins, else
/// the narrowest: side by side; side by side with labels wrapped narrower; leaf
/// children stacked in columns ([`stack`]); stacked with narrower labels.
fn arrange(root: &ChartNode) -> (Vec<Item<'_>>, Layout) {
    let attempt = |columns: usize, stacking: bool| {
        let items = measure(root, columns);
        let flat = place(&items, &vec![false; items.len()]);
        let lay = if stacking { stack(&items, flat) } else { flat };
        (items, lay)
    };
    let mut best = attempt(WRAP_COLUMNS, false);
    let fallbacks = [
        (NARROW_WRAP_COLUMNS, false),
        (WRAP_COLUMNS, true),
        (NARROW_WRAP_COLUMNS, true),
    ];
    for (columns, stacking) in fallbacks {
        if best.1.width <= MAX_WIDTH {
            break;
        }
        let next = attempt(columns, stacking);
        if next.1.width < best.1.width - 0.5 {
            best = next;
        }
    }
    best
}

/// Stacks leaf children in columns under their parents until the chart fits in
/// [`MAX_WIDTH`]: a whole depth at a time, deepest first, groups of people
/// before mixed groups, each step kept only if it makes the chart narrower.
fn stack(items: &[Item], flat: Layout) -> Layout {
    let mut best = flat;
    let mut stacked = vec![false; items.len()];
    let deepest = items.iter().map(|i| i.depth).max().unwrap_or(0);
    let steps = (0..=deepest)
        .rev()
        .flat_map(|depth| [(depth, true), (depth, false)]);
    for (depth, people_only) in steps {
        if best.width <= MAX_WIDTH {
            break;
        }
        let group: Vec<usize> = (0..items.len())
            .filter(|&i| {
                let kids = &items[i].children;
                items[i].depth == depth
                    && !stacked[i]
                    && !kids.is_empty()
                    && kids.iter().all(|&c| items[c].children.is_empty())
                    && (!people_only || kids.iter().all(|&c| items[c].node.shape == Shape::People))
            })
            .collect();
        if group.is_empty() {
            continue;
        }
        for &i in &group {
            stacked[i] = true;
        }
        let lay = place(items, &stacked);
        if lay.width < best.width - 0.5 {
            best = lay;
        } else {
            for &i in &group {
                stacked[i] = false;
            }
        }
    }
    best
}

/// Something a subtree occupies: a box or a connector, relative to the
/// subtree root's centre horizontally, absolute vertically.
#[derive(Debug, Clone, Copy)]
struct Extent {
    left: f64,
    right: f64,
    top: f64,
    bottom: f64,
    /// Depth of the box; `None` for a connector.
    depth: Option<usize>,
}

impl Extent {
    fn shifted(self, dx: f64) -> Extent {
        Extent {
            left: self.left + dx,
            right: self.right + dx,
            ..self
        }
    }

    fn beside(&self, other: &Extent) -> bool {
        self.top < other.bottom + VERTICAL_CLEARANCE && other.top < self.bottom + VERTICAL_CLEARANCE
    }

    fn line(x0: f64, x1: f64, y0: f64, y1: f64) -> Extent {
        Extent {
            left: x0.min(x1) - 1.0,
            right: x0.max(x1) + 1.0,
            top: y0.min(y1) - 1.0,
            bottom: y0.max(y1) + 1.0,
            depth: None,
        }
    }
}

/// A laid-out subtree: what it occupies and its nodes' centres.
#[derive(Debug, Default)]
struct Subtree {
    extents: Vec<Extent>,
    centres: Vec<(usize, f64)>,
}

/// One layout with the given parents' children stacked.
fn place(items: &[Item], stacked: &[bool]) -> Layout {
    let n = items.len();
    let in_stack = |i: usize| items[i].parent.is_some_and(|p| stacked[p]);

    // Rows: every side-by-side box of a depth has the row's height.
    let depth = items.iter().map(|i| i.depth).max().unwrap_or(0) + 1;
    let mut row_height = vec![0.0_f64; depth];
    for (i, item) in items.iter().enumerate() {
        if !in_stack(i) {
            row_height[item.depth] = row_height[item.depth].max(item.h);
        }
    }
    let mut row_top = vec![MARGIN; depth];
    for d in 1..depth {
        row_top[d] = row_top[d - 1] + row_height[d - 1] + ROW_GAP;
    }
    let mut top = vec![0.0; n];
    let mut height = vec![0.0; n];
    let mut width: Vec<f64> = items.iter().map(|i| i.w).collect();
    for (i, item) in items.iter().enumerate() {
        if !in_stack(i) {
            top[i] = row_top[item.depth];
            height[i] = row_height[item.depth];
        }
    }
    for (i, item) in items.iter().enumerate() {
        if stacked[i] {
            // A column is as wide as its widest box.
            let column = item
                .children
                .iter()
                .map(|&c| items[c].w)
                .fold(0.0, f64::max);
            let mut y = top[i] + height[i] + STACK_TOP;
            for &c in &item.children {
                width[c] = column;
                top[c] = y;
                height[c] = items[c].h;
                y += items[c].h + STACK_GAP;
            }
        }
    }

    // Subtrees bottom up: children have larger indices than their parent.
    let mut subtrees: Vec<Subtree> = (0..n).map(|_| Subtree::default()).collect();
    for i in (0..n).rev() {
        let item = &items[i];
        let half = width[i] / 2.0;
        let bottom = top[i] + height[i];
        let mut sub = Subtree {
            extents: vec![Extent {
                left: -half,
                right: half,
                top: top[i],
                bottom,
                depth: Some(item.depth),
            }],
            centres: vec![(i, 0.0)],
        };
        if stacked[i] {
            let spine = -half + STACK_INDENT;
            let mut last_mid = bottom;
            for &c in &item.children {
                let left = spine + STACK_STUB;
                let mid = top[c] + height[c] / 2.0;
                sub.extents.push(Extent {
                    left,
                    right: left + width[c],
                    top: top[c],
                    bottom: top[c] + height[c],
                    depth: Some(items[c].depth),
                });
                sub.extents.push(Extent::line(spine, left, mid, mid));
                sub.centres.push((c, left + width[c] / 2.0));
                last_mid = mid;
            }
            sub.extents
                .push(Extent::line(spine, spine, bottom, last_mid));
        } else if !item.children.is_empty() {
            let mut row: Vec<Extent> = Vec::new();
            let mut centres: Vec<(usize, f64)> = Vec::new();
            let mut child_x: Vec<f64> = Vec::new();
            for (k, &c) in item.children.iter().enumerate() {
                let child = std::mem::take(&mut subtrees[c]);
                let shift = if k == 0 {
                    0.0
                } else {
                    let need = row
                        .iter()
                        .flat_map(|a| child.extents.iter().map(move |b| (a, b)))
                        .filter(|(a, b)| a.beside(b))
                        .map(|(a, b)| {
                            let siblings =
                                a.depth == Some(item.depth + 1) && b.depth == Some(item.depth + 1);
                            let gap = if siblings { SIBLING_GAP } else { SUBTREE_GAP };
                            a.right + gap - b.left
                        })
                        .fold(f64::NEG_INFINITY, f64::max);
                    if need.is_finite() {
                        need
                    } else {
                        child_x.last().copied().unwrap_or(0.0)
                    }
                };
                row.extend(child.extents.iter().map(|e| e.shifted(shift)));
                centres.extend(child.centres.iter().map(|&(j, x)| (j, x + shift)));
                child_x.push(shift);
            }
            let first = child_x.first().copied().unwrap_or(0.0);
            let last = child_x.last().copied().unwrap_or(0.0);
            let mid = (first + last) / 2.0;
            sub.extents.extend(row.iter().map(|e| e.shifted(-mid)));
            sub.centres
                .extend(centres.iter().map(|&(j, x)| (j, x - mid)));
            let bar = bottom + ROW_GAP / 2.0;
            let child_top = row_top.get(item.depth + 1).copied().unwrap_or(bar);
            sub.extents.push(Extent::line(0.0, 0.0, bottom, bar));
            sub.extents
                .push(Extent::line(first - mid, last - mid, bar, bar));
            for x in &child_x {
                sub.extents
                    .push(Extent::line(x - mid, x - mid, bar, child_top));
            }
        }
        subtrees[i] = sub;
    }

    let root = std::mem::take(&mut subtrees[0]);
    let min_left = root
        .extents
        .iter()
        .map(|e| e.left)
        .fold(f64::INFINITY, f64::min);
    let max_right = root
        .extents
        .iter()
        .map(|e| e.right)
        .fold(f64::NEG_INFINITY, f64::max);
    let max_bottom = root.extents.iter().map(|e| e.bottom).fold(0.0, f64::max);
    let mut centre = vec![0.0; n];
    for &(j, x) in &root.centres {
        centre[j] = x - min_left + MARGIN;
    }
    let boxes: Vec<NodeBox> = (0..n)
        .map(|i| NodeBox {
            x: centre[i] - width[i] / 2.0,
            y: top[i],
            w: width[i],
            h: height[i],
            stacked: in_stack(i),
        })
        .collect();
    let links = links(items, &boxes, stacked);
    Layout {
        boxes,
        links,
        width: (max_right - min_left + 2.0 * MARGIN).ceil(),
        height: (max_bottom + MARGIN).ceil(),
    }
}

fn links(items: &[Item], boxes: &[NodeBox], stacked: &[bool]) -> Vec<Link> {
    let mut out = Vec::new();
    for (p, item) in items.iter().enumerate() {
        let pb = &boxes[p];
        let bottom = pb.y + pb.h;
        for &c in &item.children {
            let cb = &boxes[c];
            let points = if stacked[p] {
                let spine = pb.x + STACK_INDENT;
                let mid = cb.y + cb.h / 2.0;
                vec![(spine, bottom), (spine, mid), (cb.x, mid)]
            } else {
                let bar = bottom + ROW_GAP / 2.0;
                vec![
                    (pb.center_x(), bottom),
                    (pb.center_x(), bar),
                    (cb.center_x(), bar),
                    (cb.center_x(), cb.y),
                ]
            };
            let mut points: Vec<(f64, f64)> = points;
            points.dedup();
            out.push(Link {
                parent: p,
                child: c,
                points,
            });
        }
    }
    out
}

// ---------------------------------------------------------------- drawing

const INK: &str = "#1f2933";
const LINE_INK: &str = "#5b6670";
const DETAIL_INK: &str = "#4b5563";

struct Look {
    fill: &'static str,
    stroke: &'static str,
}

fn look(shape: Shape, emphasis: bool) -> Look {
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
    let look = look(node.shape, node.emphasis);
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
    let weight = match (node.emphasis, node.shape) {
        (true, _) => "700",
        (false, Shape::Unit) => "600",
        (false, Shape::People) => "400",
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

/// A legend entry: the sample's shape, whether dashed, and the text.
type Entry = (Shape, bool, String);

const SAMPLE_W: f64 = 28.0;
const SAMPLE_H: f64 = 14.0;
const SAMPLE_TEXT_GAP: f64 = 6.0;
const ENTRY_GAP: f64 = 22.0;

fn legend_entries(items: &[Item], legend: &Legend) -> Vec<Entry> {
    let has = |f: &dyn Fn(&ChartNode) -> bool| items.iter().any(|i| f(i.node));
    let mut out = Vec::new();
    if has(&|n| n.shape == Shape::Unit) {
        out.push((Shape::Unit, false, legend.unit.clone()));
    }
    if has(&|n| n.shape == Shape::People) {
        out.push((Shape::People, false, legend.people.clone()));
    }
    if let Some(text) = &legend.optional
        && has(&|n| n.dashed)
    {
        let shape = if has(&|n| n.dashed && n.shape == Shape::Unit) {
            Shape::Unit
        } else {
            Shape::People
        };
        out.push((shape, true, text.clone()));
    }
    out
}

fn entries_width(entries: &[Entry]) -> f64 {
    let items: f64 = entries
        .iter()
        .map(|(_, _, t)| SAMPLE_W + SAMPLE_TEXT_GAP + text_width(t, LEGEND_FONT))
        .sum();
    items + ENTRY_GAP * entries.len().saturating_sub(1) as f64
}

fn draw_legend(s: &mut String, entries: &[Entry], left: f64, top: f64) {
    let mid = top + 12.0;
    let mut x = left;
    for (shape, dashed, text) in entries {
        let look = look(*shape, false);
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
fn num(v: f64) -> String {
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
fn escape(text: &str) -> String {
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

#[cfg(test)]
mod tests {
    use super::*;

    fn unit(label: &str, children: Vec<ChartNode>) -> ChartNode {
        ChartNode {
            children,
            ..ChartNode::unit(label)
        }
    }

    fn emphasised(mut node: ChartNode) -> ChartNode {
        node.emphasis = true;
        node
    }

    fn dashed(mut node: ChartNode) -> ChartNode {
        node.dashed = true;
        node
    }

    fn legend(zh: bool) -> Legend {
        if zh {
            Legend {
                unit: "组织单位".to_string(),
                people: "人员".to_string(),
                optional: Some("可选".to_string()),
            }
        } else {
            Legend {
                unit: "Unit".to_string(),
                people: "People".to_string(),
                optional: Some("Optional".to_string()),
            }
        }
    }

    fn committee(zh: bool) -> ChartNode {
        let t = |en: &'static str, zh_text: &'static str| if zh { zh_text } else { en };
        let staff = || ChartNode::people(t("Staff", "专员"), "×1");
        unit(
            t("Top management (CEO)", "最高管理层（首席执行官）"),
            vec![emphasised(unit(
                t("KAM committee", "重点客户管理委员会"),
                vec![
                    unit(
                        t("KAM management centre", "重点客户管理中心"),
                        vec![ChartNode::people(t("KAM managers", "重点客户经理"), "×3")],
                    ),
                    unit(t("KAM service centre", "重点客户服务中心"), vec![staff()]),
                    unit(
                        t("KAM evaluation centre", "重点客户评估中心"),
                        vec![staff()],
                    ),
                    ChartNode::people(t("Focus executives", "集中执行官"), "×25"),
                ],
            ))],
        )
    }

    fn tiered(zh: bool) -> ChartNode {
        let t = |en: &'static str, zh_text: &'static str| if zh { zh_text } else { en };
        let with_detail = |mut node: ChartNode, detail: &str| {
            node.detail = Some(detail.to_string());
            node
        };
        emphasised(unit(
            t("National KAM management body", "国家级重点客户管理机构"),
            vec![with_detail(
                unit(
                    t("Provincial KAM management body", "省级重点客户管理机构"),
                    vec![with_detail(
                        unit(
                            t("Prefecture KAM service centre", "地市级重点客户服务中心"),
                            vec![
                                ChartNode::people(t("KAM managers", "重点客户经理"), "×4"),
                                dashed(ChartNode::unit(t(
                                    "County KAM service centre (optional)",
                                    "县级重点客户服务中心（可选）",
                                ))),
                            ],
                        ),
                        t("333 prefecture centres", "333个"),
                    )],
                ),
                t("31 provincial bodies", "31个"),
            )],
        ))
    }

    fn department(zh: bool) -> ChartNode {
        let t = |en: &'static str, zh_text: &'static str| if zh { zh_text } else { en };
        unit(
            t("CEO", "首席执行官"),
            vec![unit(
                t("VP of marketing and sales", "营销与销售副总裁"),
                vec![unit(
                    t("National sales manager", "全国销售经理"),
                    vec![emphasised(unit(
                        t("KAM department", "重点客户管理部"),
                        vec![
                            ChartNode::people(t("KAM managers", "重点客户经理"), "×2"),
                            ChartNode::people(t("KAM specialists", "重点客户管理专员"), "×1"),
                        ],
                    ))],
                )],
            )],
        )
    }

    fn team(zh: bool) -> ChartNode {
        let t = |en: &'static str, zh_text: &'static str| if zh { zh_text } else { en };
        emphasised(unit(
            t("KAM team", "重点客户管理小组"),
            vec![ChartNode::people(t("KAM managers", "重点客户经理"), "×2")],
        ))
    }

    fn wide_people() -> ChartNode {
        let roles = [
            "KAM managers",
            "Focus executives",
            "Member from finance",
            "Member from production/supply",
            "Member from after-sales service",
            "KAM department staff",
            "重点客户管理专员",
            "生产/供应部门成员",
        ];
        unit(
            "KAM team",
            roles.iter().map(|r| ChartNode::people(r, "×2")).collect(),
        )
    }

    fn three_by_two() -> ChartNode {
        let branch = |name: &str| {
            unit(
                name,
                vec![
                    unit("KAM service centre (prefecture)", vec![]),
                    ChartNode::people("Member from after-sales service", "×12"),
                ],
            )
        };
        unit(
            "KAM management body (national)",
            vec![
                branch("KAM management body (provincial)"),
                branch("KAM evaluation centre"),
                branch("重点客户管理机构（省级）"),
            ],
        )
    }

    fn chain() -> ChartNode {
        let mut node = ChartNode::people("KAM managers", "×5");
        for label in [
            "Level 4",
            "Level 3 with a much longer label",
            "Level 2",
            "Root",
        ] {
            node = unit(label, vec![node]);
        }
        node
    }

    /// A deterministic pseudo-random generator (PCG-style LCG).
    struct Lcg(u64);

    impl Lcg {
        fn next(&mut self) -> u64 {
            self.0 = self
                .0
                .wrapping_mul(6_364_136_223_846_793_005)
                .wrapping_add(1_442_695_040_888_963_407);
            self.0 >> 33
        }
        fn below(&mut self, n: u64) -> usize {
            (self.next() % n) as usize
        }
    }

    fn random_tree(rng: &mut Lcg, depth: usize, budget: &mut usize) -> ChartNode {
        const LABELS: [&str; 9] = [
            "A",
            "KAM team",
            "重点客户服务中心",
            "Member from after-sales service",
            "县级重点客户服务中心（可选）",
            "VP",
            "全国销售经理",
            "County-level KAM service centre (optional)",
            "X-ray & <tags> \"quoted\"",
        ];
        let mut node = ChartNode::unit(LABELS[rng.below(LABELS.len() as u64)]);
        if rng.below(2) == 0 {
            node.shape = Shape::People;
        }
        node.dashed = rng.below(5) == 0;
        node.emphasis = rng.below(7) == 0;
        if rng.below(3) == 0 {
            node.detail = Some(["×3", "31个", "333 prefecture centres"][rng.below(3)].to_string());
        }
        let max_children = if depth == 0 { 9 } else { 5 };
        let count = if depth >= 5 {
            0
        } else {
            rng.below(max_children)
        };
        for _ in 0..count {
            if *budget == 0 {
                break;
            }
            *budget -= 1;
            let child = random_tree(rng, depth + 1, budget);
            node.children.push(child);
        }
        node
    }

    fn all_trees() -> Vec<ChartNode> {
        let mut trees = vec![
            committee(false),
            committee(true),
            tiered(false),
            tiered(true),
            department(false),
            department(true),
            team(false),
            team(true),
            wide_people(),
            three_by_two(),
            chain(),
            ChartNode::unit("Alone"),
        ];
        for seed in 0..80 {
            let mut rng = Lcg(seed);
            let mut budget = 40;
            trees.push(random_tree(&mut rng, 0, &mut budget));
        }
        trees
    }

    fn overlap(a: &NodeBox, b: &NodeBox) -> bool {
        a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h
    }

    /// Children of each parent, in order, from the links.
    fn children_of(lay: &Layout, parent: usize) -> Vec<usize> {
        lay.links
            .iter()
            .filter(|l| l.parent == parent)
            .map(|l| l.child)
            .collect()
    }

    #[test]
    fn no_two_boxes_overlap() {
        for (t, tree) in all_trees().iter().enumerate() {
            let lay = layout(tree);
            for (i, a) in lay.boxes.iter().enumerate() {
                assert!(
                    a.x >= 0.0 && a.x + a.w <= lay.width,
                    "tree {t}: box {i} outside"
                );
                assert!(
                    a.y >= 0.0 && a.y + a.h <= lay.height,
                    "tree {t}: box {i} outside"
                );
                for (j, b) in lay.boxes.iter().enumerate().skip(i + 1) {
                    assert!(
                        !overlap(a, b),
                        "tree {t}: boxes {i} and {j} overlap: {a:?} {b:?}"
                    );
                }
            }
        }
    }

    #[test]
    fn lines_run_only_through_their_own_two_boxes() {
        for (t, tree) in all_trees().iter().enumerate() {
            let lay = layout(tree);
            for link in &lay.links {
                for seg in link.points.windows(2) {
                    let (x0, x1) = (seg[0].0.min(seg[1].0), seg[0].0.max(seg[1].0));
                    let (y0, y1) = (seg[0].1.min(seg[1].1), seg[0].1.max(seg[1].1));
                    for (i, b) in lay.boxes.iter().enumerate() {
                        if i == link.parent || i == link.child {
                            continue;
                        }
                        let hit = x0 < b.x + b.w + 1.0
                            && b.x - 1.0 < x1
                            && y0 < b.y + b.h + 1.0
                            && b.y - 1.0 < y1;
                        assert!(!hit, "tree {t}: link {link:?} crosses box {i} {b:?}");
                    }
                }
            }
        }
    }

    #[test]
    fn parents_are_centred_over_their_children() {
        for (t, tree) in all_trees().iter().enumerate() {
            let lay = layout(tree);
            for (p, parent) in lay.boxes.iter().enumerate() {
                let kids = children_of(&lay, p);
                let (Some(&first), Some(&last)) = (kids.first(), kids.last()) else {
                    continue;
                };
                if lay.boxes[first].stacked {
                    continue;
                }
                let mid = (lay.boxes[first].center_x() + lay.boxes[last].center_x()) / 2.0;
                assert!(
                    (parent.center_x() - mid).abs() <= 0.5,
                    "tree {t}: node {p} at {} over {mid}",
                    parent.center_x()
                );
            }
        }
    }

    #[test]
    fn siblings_keep_their_order_and_rows_align() {
        for tree in all_trees() {
            let lay = layout(&tree);
            for p in 0..lay.boxes.len() {
                let kids = children_of(&lay, p);
                for pair in kids.windows(2) {
                    let (a, b) = (&lay.boxes[pair[0]], &lay.boxes[pair[1]]);
                    if a.stacked {
                        assert!(b.y >= a.y + a.h + STACK_GAP - 0.01);
                    } else {
                        assert!(b.x >= a.x + a.w + SIBLING_GAP - 0.01);
                        assert_eq!(a.y, b.y);
                    }
                }
            }
        }
    }

    #[test]
    fn the_pre_order_is_root_first() {
        let lay = layout(&committee(false));
        assert_eq!(lay.boxes.len(), 9);
        // 0 top, 1 committee, 2 management centre, 3 its managers, 4 service centre...
        assert_eq!(children_of(&lay, 1), [2, 4, 6, 8]);
        assert_eq!(children_of(&lay, 2), [3]);
        assert!(lay.boxes[0].y < lay.boxes[1].y);
    }

    #[test]
    fn cjk_labels_are_wider_than_ascii_ones() {
        let ascii = layout(&ChartNode::unit("ABCD")).boxes[0].w;
        let cjk = layout(&ChartNode::unit("重点客户")).boxes[0].w;
        assert!(cjk > ascii, "{cjk} vs {ascii}");
        let ascii = layout(&ChartNode::unit("abcdefghij")).boxes[0].w;
        let cjk = layout(&ChartNode::unit("重点客户管理委员会中")).boxes[0].w;
        assert!(cjk > ascii * 1.5, "{cjk} vs {ascii}");
        // A short label still gets a usable box.
        assert!(layout(&ChartNode::unit("A")).boxes[0].w >= MIN_WIDTH);
    }

    #[test]
    fn details_make_boxes_taller_and_rows_share_a_height() {
        let lay = layout(&unit(
            "Root",
            vec![ChartNode::unit("Plain"), ChartNode::people("People", "×3")],
        ));
        assert!(lay.boxes[0].h < lay.boxes[2].h);
        assert_eq!(lay.boxes[1].h, lay.boxes[2].h);
    }

    #[test]
    fn long_labels_wrap_into_balanced_lines() {
        assert_eq!(
            wrap("县级重点客户服务中心（可选）", 24),
            ["县级重点客户服务中心", "（可选）"]
        );
        assert_eq!(
            wrap("County-level KAM service centre (optional)", 24),
            ["County-level KAM", "service centre", "(optional)"]
        );
        assert_eq!(
            wrap("Member from after-sales service", 24),
            ["Member from", "after-sales service"]
        );
        assert_eq!(wrap("  KAM   team ", 24), ["KAM team"]);
        let zh = wrap("重点客户管理委员会重点客户管理委员会", 24);
        assert_eq!(zh, ["重点客户管理委员会", "重点客户管理委员会"]);
        for line in wrap("一二三四五六七八九十，一二三四五六七八九十。", 12) {
            assert!(!line.starts_with('，') && !line.starts_with('。'), "{line}");
        }
    }

    #[test]
    fn wide_trees_stack_their_leaves() {
        for tree in [wide_people(), three_by_two()] {
            let items = measure(&tree, WRAP_COLUMNS);
            let side_by_side = place(&items, &vec![false; items.len()]);
            assert!(side_by_side.width > MAX_WIDTH, "{}", side_by_side.width);
            let lay = layout(&tree);
            assert!(lay.width <= MAX_WIDTH, "{}", lay.width);
            assert!(lay.boxes.iter().any(|b| b.stacked));
        }
        // Narrow trees keep their rows.
        for tree in [
            committee(false),
            committee(true),
            department(false),
            tiered(true),
        ] {
            assert!(layout(&tree).boxes.iter().all(|b| !b.stacked));
        }
    }

    #[test]
    fn text_is_escaped() {
        let tree = unit("R&D <lab> \"x\" 'y'", vec![ChartNode::people("A&B", "<3>")]);
        let svg = render(&tree, &legend(false), Some("Q&A's <chart>"));
        assert!(svg.contains("R&amp;D &lt;lab&gt; &quot;x&quot; &apos;y&apos;"));
        assert!(svg.contains("A&amp;B"));
        assert!(svg.contains("&lt;3&gt;"));
        assert!(svg.contains("Q&amp;A&apos;s &lt;chart&gt;"));
        assert!(!svg.contains("<lab>") && !svg.contains("<chart>") && !svg.contains("<3>"));
        assert_eq!(escape("a\u{1}b"), "ab");
    }

    #[test]
    fn rendering_is_deterministic() {
        for (t, tree) in all_trees().iter().enumerate() {
            let zh = t % 2 == 1;
            let a = render(tree, &legend(zh), Some("Chart"));
            let b = render(&tree.clone(), &legend(zh), Some("Chart"));
            assert_eq!(a, b);
            assert!(!a.contains("NaN") && !a.contains("inf") && !a.contains("-0 "));
        }
    }

    #[test]
    fn the_svg_is_one_element_that_scales() {
        let svg = render(&committee(false), &legend(false), None);
        assert!(svg.starts_with("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 "));
        assert!(svg.ends_with("</svg>"));
        assert!(svg.contains("style=\"max-width:100%;height:auto\""));
        assert!(svg.contains("Noto Sans CJK SC"));
        assert_eq!(svg.matches("<svg").count(), 1);
        // Balanced elements.
        assert_eq!(svg.matches("<g").count(), svg.matches("</g>").count());
        assert_eq!(svg.matches("<text").count(), svg.matches("</text>").count());
    }

    #[test]
    fn the_legend_lists_only_shapes_present() {
        let l = legend(false);
        let units_only = render(&unit("Root", vec![ChartNode::unit("Child")]), &l, None);
        assert!(units_only.contains(">Unit</text>"));
        assert!(!units_only.contains(">People</text>"));
        assert!(!units_only.contains(">Optional</text>"));

        let all = render(&tiered(false), &l, None);
        assert!(all.contains(">Unit</text>"));
        assert!(all.contains(">People</text>"));
        assert!(all.contains(">Optional</text>"));

        let no_optional_text = Legend {
            optional: None,
            ..legend(false)
        };
        let svg = render(&tiered(false), &no_optional_text, None);
        assert!(!svg.contains(">Optional</text>"));

        let people_only = render(&ChartNode::people("Managers", "×2"), &l, None);
        assert!(!people_only.contains(">Unit</text>"));
        assert!(people_only.contains(">People</text>"));
    }

    #[test]
    fn optional_boxes_and_their_lines_are_dashed() {
        let svg = render(&tiered(false), &legend(false), None);
        assert!(svg.contains("stroke-dasharray=\"5 3\""));
        assert!(svg.contains("stroke-dasharray=\"4 3\""));
        let svg = render(&department(false), &legend(false), None);
        assert!(!svg.contains("stroke-dasharray"));
    }

    #[test]
    fn numbers_have_at_most_one_decimal() {
        assert_eq!(num(-0.04), "0");
        assert_eq!(num(12.0), "12");
        assert_eq!(num(12.25), "12.3");
        assert_eq!(num(-3.16), "-3.2");
    }

    fn random_preview(seed: u64) -> ChartNode {
        let mut budget = 40;
        random_tree(&mut Lcg(seed), 0, &mut budget)
    }

    /// Writes preview SVGs and HTML pages to `target/svg-preview/`:
    /// `cargo test --lib render::svg -- --ignored`, then screenshot a page with
    /// `chromium --no-sandbox --headless --screenshot=out.png --window-size=900,500
    /// file:///…/target/svg-preview/committee-en.html` (Debian: `chromium fonts-noto-cjk`).
    #[test]
    #[ignore]
    fn write_previews() -> std::io::Result<()> {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("target/svg-preview");
        std::fs::create_dir_all(&dir)?;
        let charts: Vec<(&str, ChartNode, bool, Option<&str>)> = vec![
            (
                "committee-en",
                committee(false),
                false,
                Some("Recommended organisation: KAM committee"),
            ),
            (
                "committee-zh",
                committee(true),
                true,
                Some("建议的组织：重点客户管理委员会"),
            ),
            (
                "tiered-en",
                tiered(false),
                false,
                Some("Tiered KAM service centres"),
            ),
            (
                "tiered-zh",
                tiered(true),
                true,
                Some("分级重点客户服务中心"),
            ),
            ("department-en", department(false), false, None),
            ("department-zh", department(true), true, None),
            ("team-en", team(false), false, None),
            ("team-zh", team(true), true, None),
            (
                "wide-people",
                wide_people(),
                false,
                Some("Eight people boxes"),
            ),
            ("three-by-two", three_by_two(), false, None),
            ("chain", chain(), false, None),
            (
                "capitals",
                unit(
                    "VP, MARKETING & SALES",
                    vec![
                        ChartNode::people("WWW MMM WWW", "×10"),
                        ChartNode::people("illicit little lilt", "×1"),
                        dashed(ChartNode::people("Optional people", "×1")),
                    ],
                ),
                false,
                Some("Capitals & <escapes> \"quoted\" 'too'"),
            ),
            ("random-7", random_preview(7), false, None),
            ("random-12", random_preview(12), true, None),
        ];
        for (name, tree, zh, title) in charts {
            let svg = render(&tree, &legend(zh), title);
            std::fs::write(dir.join(format!("{name}.svg")), &svg)?;
            let html = format!(
                "<!doctype html><html><head><meta charset=\"utf-8\"><title>{name}</title></head>\
                 <body style=\"margin:16px;background:#fff\">{svg}</body></html>"
            );
            std::fs::write(dir.join(format!("{name}.html")), html)?;
        }
        Ok(())
    }
}
