//! The org chart drawn by the program itself: one inline `<svg>` element for the
//! HTML report, with its own tidy top-down tree layout. This module holds the
//! chart's model ([`ChartNode`], [`Legend`]), the geometry types and the shared
//! measures; `measure` sizes the boxes, `layout` places them, `svg` draws them.
//!
//! The caller converts its org model into a [`ChartNode`] tree and calls [`render`].
//! `layout` is the pure layout underneath, exposed for tests and for callers that
//! want the geometry.
//!
//! Design, for a report printed to PDF in black and white:
//! - units are rectangles with slightly rounded corners, people are stadiums
//!   (pills); an optional box has a dashed border and a dashed line to it; the
//!   emphasised box has a heavy border and a bold label. Fills are soft tints
//!   that only add to what shape and line already say.
//! - parents are centred over their children and sibling subtrees are packed as
//!   tightly as their outlines allow. When the chart would be wider than
//!   `MAX_WIDTH`, leaf children (people first) are stacked in a column under
//!   their parent instead of side by side.
//! - the same input gives the same bytes: no hashing, coordinates written with at
//!   most one decimal.
//! - widths come from each text's display width (CJK characters count double);
//!   long labels wrap onto balanced lines.

mod layout;
mod measure;
mod svg;
#[cfg(test)]
mod tests;

pub use svg::{Entry, Look, entries_for as legend_entries, look, render, render_described};

/// The width of a text in px at a font size in px, as the chart measures it (CJK
/// characters count one em, others `EM_PER_COLUMN`).
pub(crate) fn text_width(text: &str, font: f64) -> f64 {
    measure::text_width(text, font)
}

/// Font sizes of the drawn chart, in px: a box's label and detail, the legend.
pub(crate) const FONT_SIZES: (f64, f64, f64) = (LABEL_FONT, DETAIL_FONT, LEGEND_FONT);

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
    /// Context rather than the subject (top management above the unit): grey
    /// fill and line, regular weight.
    pub muted: bool,
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
            muted: false,
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
/// chart has such a box (`optional`: when it has a dashed box and the text is
/// given; `muted`: when it has a muted box and the text is given).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Legend {
    pub unit: String,
    pub people: String,
    pub optional: Option<String>,
    pub muted: Option<String>,
}

/// Where a box goes, in SVG user units (px), the origin at the tree's top left.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) struct NodeBox {
    pub x: f64,
    pub y: f64,
    pub w: f64,
    pub h: f64,
    /// In a column under its parent rather than in the row below it.
    pub stacked: bool,
}

impl NodeBox {
    pub(crate) fn center_x(&self) -> f64 {
        self.x + self.w / 2.0
    }
}

/// An orthogonal line from a parent's box to a child's, as a polyline.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Link {
    pub parent: usize,
    pub child: usize,
    pub points: Vec<(f64, f64)>,
}

/// The tree laid out: one box per node in pre-order (root first, then each
/// child's subtree in turn), the links, and the size including a margin.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Layout {
    pub boxes: Vec<NodeBox>,
    pub links: Vec<Link>,
    pub width: f64,
    pub height: f64,
}

/// Beyond this width, leaf children are stacked under their parents.
pub(crate) const MAX_WIDTH: f64 = 680.0;

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
pub(crate) fn layout(root: &ChartNode) -> Layout {
    layout::arrange(root).1
}
