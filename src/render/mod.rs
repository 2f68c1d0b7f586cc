//! Renderers: pure functions from an advised profile to text. One file per format.

pub mod compare;
pub mod dot;
pub mod explain;
pub mod init;
pub mod json;
pub mod markdown;
pub mod org;
pub mod rules;
pub mod sheet;
pub mod svg;
pub mod table;

use unicode_width::UnicodeWidthChar;

use crate::advice::{Advice, Facts, Measure};
use crate::profile::Profile;
use crate::rules::Rules;
use crate::text::{Catalog, Lang, catalog};

/// A compared value as text: money, a count, or yes/no.
pub fn measure(m: Measure, text: &dyn Catalog) -> String {
    let l = text.labels();
    match m {
        Measure::Yuan(y) => text.money(y),
        Measure::Count(n) => n.to_string(),
        Measure::Flag(true) => l.yes.to_string(),
        Measure::Flag(false) => l.no.to_string(),
    }
}

/// A condition's threshold as text: "≥ 5000万元", or "yes" for a flag.
pub fn threshold(m: Measure, text: &dyn Catalog) -> String {
    match m {
        Measure::Flag(_) => text.labels().yes.to_string(),
        other => format!("≥ {}", measure(other, text)),
    }
}

/// One advised profile, with where it came from and the rules it was advised under.
#[derive(Debug, Clone, Copy)]
pub struct Report<'a> {
    pub source: &'a str,
    pub profile: &'a Profile,
    pub advice: &'a Advice,
    pub rules: &'a Rules,
}

impl Report<'_> {
    /// What the form rules read, for wording the reason.
    pub fn facts(&self) -> Facts {
        Facts {
            key_accounts: self.profile.key_accounts,
            worth_considering: self.advice.worth_considering,
            kind: self.profile.kind,
            scale: self.profile.scale,
        }
    }

    /// The revenue as given, with its CNY figure where the currency is another.
    pub fn revenue(&self, text: &dyn Catalog) -> String {
        let r = &self.profile.revenue;
        if r.currency == "CNY" {
            text.money(self.profile.revenue_cny)
        } else {
            text.foreign_money(
                &r.amount.to_string(),
                &r.currency,
                &r.cny_rate.to_string(),
                self.profile.revenue_cny,
            )
        }
    }

    /// The scale with where it came from: "medium (declared)".
    pub fn scale(&self, text: &dyn Catalog) -> String {
        let l = text.labels();
        let source = text.scale_source(self.profile.scale_source, self.profile.industry);
        let (open, close) = if l.colon == "：" {
            ("（", "）")
        } else {
            (" (", ")")
        };
        match self.profile.scale {
            Some(scale) => format!("{}{open}{source}{close}", text.scale(scale)),
            None => format!("{}{open}{source}{close}", l.not_given),
        }
    }
}

/// How to render: language, colour, and the width to fit.
#[derive(Debug, Clone, Copy)]
pub struct RenderOptions {
    pub lang: Lang,
    pub color: bool,
    pub width: u16,
    /// Show the reasoning (`--why`).
    pub why: bool,
}

impl RenderOptions {
    pub fn catalog(&self) -> &'static dyn Catalog {
        catalog(self.lang)
    }

    pub fn style(&self) -> Style {
        Style { color: self.color }
    }
}

/// ANSI styling that does nothing when colour is off.
#[derive(Debug, Clone, Copy)]
pub struct Style {
    color: bool,
}

impl Style {
    fn paint(&self, code: &str, text: &str) -> String {
        if self.color {
            format!("\x1b[{code}m{text}\x1b[0m")
        } else {
            text.to_string()
        }
    }
    pub fn heading(&self, text: &str) -> String {
        self.paint("1", text)
    }
    pub fn good(&self, text: &str) -> String {
        self.paint("32", text)
    }
    pub fn warn(&self, text: &str) -> String {
        self.paint("33", text)
    }
    pub fn dim(&self, text: &str) -> String {
        self.paint("2", text)
    }
}

/// Display width of one character in terminal columns (CJK characters take two).
fn char_width(c: char) -> usize {
    if c.is_ascii() {
        usize::from(!c.is_ascii_control())
    } else {
        c.width().unwrap_or(0)
    }
}

/// Display width of text in terminal columns (CJK characters take two).
pub fn display_width(text: &str) -> usize {
    text.chars().map(char_width).sum()
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
            | ','
            | '.'
            | ';'
            | ':'
            | ')'
    )
}

/// Punctuation that must not end a line.
fn is_opening(c: char) -> bool {
    matches!(c, '(' | '（' | '「' | '『' | '《' | '“')
}

/// Wraps text to `width` columns. The first line starts with `first`, the others
/// with `rest` (a hanging indent). Breaks at spaces, and between CJK characters,
/// which need no spaces; a word longer than a line is cut.
pub fn wrap(text: &str, width: usize, first: &str, rest: &str) -> String {
    if display_width(first) + display_width(text) <= width.max(display_width(rest) + 10) {
        return format!("{first}{}", text.trim_end());
    }
    let mut out = String::with_capacity(text.len() + text.len() / 8 + first.len());
    let mut line = String::from(first);
    let mut line_width = display_width(first);
    let mut fresh = true; // nothing but the indent on this line yet
    let rest_width = display_width(rest);
    let width = width.max(rest_width + 10);
    for token in tokens(text) {
        if token == " " {
            if !fresh && line_width < width {
                line.push(' ');
                line_width += 1;
            }
            continue;
        }
        let token_width = display_width(token);
        if !fresh && line_width + token_width > width {
            out.push_str(line.trim_end());
            out.push('\n');
            line.clear();
            line.push_str(rest);
            line_width = rest_width;
        }
        if line_width + token_width <= width {
            line.push_str(token);
            line_width += token_width;
        } else {
            for c in token.chars() {
                let w = char_width(c);
                if line_width + w > width && line_width > rest_width {
                    out.push_str(line.trim_end());
                    out.push('\n');
                    line.clear();
                    line.push_str(rest);
                    line_width = rest_width;
                }
                line.push(c);
                line_width += w;
            }
        }
        fresh = false;
    }
    out.push_str(line.trim_end());
    out
}

/// Joins items with `separator`, starting a new line rather than breaking an item
/// (a long item still wraps on its own).
pub fn join_fitting(items: &[String], separator: &str, width: usize) -> String {
    let mut lines: Vec<String> = Vec::new();
    let mut line = String::new();
    for item in items {
        let candidate = if line.is_empty() {
            item.clone()
        } else {
            format!("{line}{separator}{item}")
        };
        if display_width(&candidate) <= width || line.is_empty() {
            line = candidate;
        } else {
            lines.push(std::mem::take(&mut line));
            line = item.clone();
        }
    }
    lines.push(line);
    lines
        .iter()
        .map(|l| {
            if display_width(l) <= width {
                l.clone()
            } else {
                wrap(l, width, "", "")
            }
        })
        .collect::<Vec<_>>()
        .join("\n")
}

/// Splits text into words, single spaces, and single wide (CJK) characters;
/// closing punctuation stays with what it precedes, opening with what follows.
fn tokens(text: &str) -> Vec<&str> {
    let mut tokens = Vec::new();
    let mut start = 0;
    // Inside `code` or a clause such as (二)1: an identifier, never broken.
    let mut in_code = false;
    let mut chars = text.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        if c == '`' {
            in_code = !in_code;
        }
        let boundary = match chars.peek() {
            None => true,
            Some(_) if in_code => false,
            Some(&(_, n)) => {
                if is_closing(n)
                    || is_opening(c)
                    || continues_clause(&text[start..i + c.len_utf8()], n)
                {
                    false
                } else {
                    c == ' ' || n == ' ' || char_width(c) > 1 || char_width(n) > 1
                }
            }
        };
        if boundary {
            let end = i + c.len_utf8();
            tokens.push(&text[start..end]);
            start = end;
        }
    }
    tokens
}

/// Whether `next` continues a clause reference being built in `token`: "(二" + ")",
/// "(二)" + "1", "(四)1(" + "3".
fn continues_clause(token: &str, next: char) -> bool {
    let Some(open) = token.rfind('(') else {
        return false;
    };
    let clause = &token[open..];
    let numeral = |c: char| "一二三四五六七八九十".contains(c);
    let mut chars = clause.chars().skip(1);
    match chars.next() {
        Some(c) if numeral(c) => {}
        Some(c) if c.is_ascii_digit() && token[..open].ends_with(|d: char| d.is_ascii_digit()) => {}
        _ => return false,
    }
    let rest: String = chars.collect();
    match rest.as_str() {
        "" => next == ')' || next.is_ascii_digit(),
        ")" => next.is_ascii_digit() || next == '(',
        r if r.ends_with(|c: char| c.is_ascii_digit()) => {
            next.is_ascii_digit() || next == '(' || next == ')'
        }
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wraps_english_at_spaces_with_hanging_indent() {
        let text = "A medium-sized enterprise has fewer key accounts than a large one";
        let wrapped = wrap(text, 30, "- ", "  ");
        assert_eq!(
            wrapped,
            "- A medium-sized enterprise\n  has fewer key accounts than\n  a large one"
        );
    }

    #[test]
    fn join_fitting_breaks_between_items_only() {
        let items = [
            "档案：a.toml".to_string(),
            "规模：大型".to_string(),
            "类型：企业".to_string(),
        ];
        assert_eq!(
            join_fitting(&items, " · ", 25),
            "档案：a.toml · 规模：大型\n类型：企业"
        );
        assert_eq!(
            join_fitting(&items, " · ", 200),
            "档案：a.toml · 规模：大型 · 类型：企业"
        );
    }

    #[test]
    fn wraps_chinese_by_width_and_keeps_punctuation_attached() {
        let text = "中型企业的重点客户少于大型企业，适合设立管理部。";
        let wrapped = wrap(text, 20, "", "");
        for line in wrapped.lines() {
            assert!(display_width(line) <= 20, "{line}");
            assert!(!line.starts_with('，') && !line.starts_with('。'), "{line}");
        }
        assert_eq!(wrapped.replace('\n', ""), text);
    }

    #[test]
    fn a_clause_is_never_split_after_its_bracket() {
        let text = "the requirements (四)1 and the roles (四)2.";
        for width in 10..text.len() {
            let wrapped = wrap(text, width, "", "");
            assert!(!wrapped.contains("(\n"), "{width}: {wrapped:?}");
        }
    }
}

/// A titled table: what `explain` and `compare` print, in the terminal or as Markdown.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Section {
    pub title: String,
    pub header: Vec<String>,
    pub rows: Vec<Vec<String>>,
    /// A sentence under the table, empty for none.
    pub note: String,
}

/// Sections as terminal tables.
pub fn sections_as_table(sections: &[Section], opts: &RenderOptions) -> String {
    use std::fmt::Write as _;
    let style = opts.style();
    let mut out = String::new();
    for (i, section) in sections.iter().enumerate() {
        if i > 0 {
            out.push('\n');
        }
        if !section.title.is_empty() {
            let _ = writeln!(out, "{}", style.heading(&section.title));
        }
        let header: Vec<&str> = section.header.iter().map(String::as_str).collect();
        let mut table = table::new_table(opts, &header);
        for row in &section.rows {
            table.add_row(row.clone());
        }
        let _ = writeln!(out, "{table}");
        if !section.note.is_empty() {
            let _ = writeln!(
                out,
                "{}",
                wrap(&section.note, usize::from(opts.width), "", "")
            );
        }
    }
    out
}

/// Sections as Markdown: a heading and a table each.
pub fn sections_as_markdown(sections: &[Section]) -> String {
    use std::fmt::Write as _;
    let mut out = String::new();
    for (i, section) in sections.iter().enumerate() {
        if i > 0 {
            out.push('\n');
        }
        if !section.title.is_empty() {
            let _ = writeln!(out, "## {}\n", section.title);
        }
        let header: Vec<&str> = section.header.iter().map(String::as_str).collect();
        markdown::table(&mut out, &header, &section.rows);
        if !section.note.is_empty() {
            let _ = writeln!(out, "\n{}", section.note);
        }
    }
    out
}
