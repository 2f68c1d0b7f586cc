//! Sizing the chart's boxes: how wide a text is drawn (CJK characters one em,
//! capitals wider), and how a long label wraps onto balanced lines.

use unicode_width::{UnicodeWidthChar, UnicodeWidthStr};

use crate::render::wrap::{is_closing, is_opening};

use super::{
    ChartNode, DETAIL_FONT, DETAIL_LINE, EM_PER_COLUMN, Item, LABEL_FONT, LABEL_LINE, MIN_WIDTH,
    PAD_X, PAD_Y, PILL_EXTRA_PAD, Shape,
};

pub(super) fn measure(root: &ChartNode, columns: usize) -> Vec<Item<'_>> {
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
pub(super) fn text_width(text: &str, font: f64) -> f64 {
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

/// Splits a label into lines of at most `columns` display columns where it can,
/// balanced so the lines are about equally long. A trailing bracketed remark
/// ("(optional)", "（可选）") goes on its own line first.
pub(super) fn wrap(label: &str, columns: usize) -> Vec<String> {
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
