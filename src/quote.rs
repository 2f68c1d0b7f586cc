//! Quoting a user's text in a message: cut at a number of characters so that a long
//! line is never echoed whole, control characters shown as spaces.

/// `text` cut at `limit` characters (with "…" when cut), control characters as spaces.
pub(crate) fn quote_limited(text: &str, limit: usize) -> String {
    let mut chars = text.chars();
    let head: String = chars
        .by_ref()
        .take(limit)
        .map(|c| if c.is_control() { ' ' } else { c })
        .collect();
    if chars.next().is_some() {
        format!("{head}…")
    } else {
        head
    }
}
