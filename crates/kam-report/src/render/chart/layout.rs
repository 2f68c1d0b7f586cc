//! Placing the boxes: a tidy top-down tree (parents centred over their children,
//! sibling subtrees packed as tightly as their outlines allow), with leaf children
//! stacked in columns when the chart would be too wide, and the connectors.

use super::measure::measure;
use super::{
    ChartNode, Item, Layout, Link, MARGIN, MAX_WIDTH, NARROW_WRAP_COLUMNS, NodeBox, ROW_GAP,
    SIBLING_GAP, STACK_GAP, STACK_INDENT, STACK_STUB, STACK_TOP, SUBTREE_GAP, Shape,
    VERTICAL_CLEARANCE, WRAP_COLUMNS,
};

/// Lays the tree out. The first of these that fits in [`MAX_WIDTH`] wins, else
/// the narrowest: side by side; side by side with labels wrapped narrower; leaf
/// children stacked in columns ([`stack`]); stacked with narrower labels.
pub(super) fn arrange(root: &ChartNode) -> (Vec<Item<'_>>, Layout) {
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
pub(super) fn place(items: &[Item], stacked: &[bool]) -> Layout {
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
