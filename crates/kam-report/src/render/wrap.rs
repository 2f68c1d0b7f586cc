//! Text layout for the terminal: display widths (CJK characters take two columns),
//! wrapping that keeps clause references such as (二)1 and `code` whole and never
//! starts a line with closing punctuation, and fitting table columns to a width.

use unicode_width::UnicodeWidthChar;

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
    if text.is_ascii() {
        return text.bytes().filter(|b| !b.is_ascii_control()).count();
    }
    text.chars().map(char_width).sum()
}

/// Whether `text` is at most `limit` columns wide; stops reading once it is wider.
fn fits(text: &str, limit: usize) -> bool {
    let mut width = 0;
    text.chars().all(|c| {
        width += char_width(c);
        width <= limit
    })
}

/// Punctuation that must not start a line (the terminal and the chart both keep it).
pub fn is_closing(c: char) -> bool {
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
            | '”'
            | '’'
            | '！'
            | '？'
            | '］'
            | '〕'
            | '〉'
            | '】'
            | ','
            | '.'
            | ';'
            | ':'
            | ')'
    )
}

/// Punctuation that must not end a line.
pub fn is_opening(c: char) -> bool {
    matches!(
        c,
        '(' | '（' | '［' | '〔' | '「' | '『' | '《' | '〈' | '【' | '“' | '‘'
    )
}

/// Wraps text to `width` columns. The first line starts with `first`, the others
/// with `rest` (a hanging indent). Breaks at spaces, and between CJK characters,
/// which need no spaces; a word longer than a line is cut.
pub fn wrap(text: &str, width: usize, first: &str, rest: &str) -> String {
    wrap_to(text, width.max(display_width(rest) + 10), first, rest)
}

/// [`wrap`] at exactly `width` columns, however narrow (a table cell).
fn wrap_to(text: &str, width: usize, first: &str, rest: &str) -> String {
    let first_width = display_width(first);
    if first_width <= width && fits(text, width - first_width) {
        return format!("{first}{}", text.trim_end());
    }
    // Lines are written straight into `out`; `line_start` is where the current
    // one begins, so that its trailing spaces can be dropped when it ends.
    let mut out = String::with_capacity(text.len() + text.len() / 8 + first.len());
    out.push_str(first);
    let mut line_start = 0;
    let mut line_width = first_width;
    let mut fresh = true; // nothing but the indent on this line yet
    let rest_width = display_width(rest);
    let width = width.max(rest_width + 1);
    let new_line = |out: &mut String, line_start: &mut usize| {
        end_line(out, *line_start);
        out.push('\n');
        *line_start = out.len();
        out.push_str(rest);
    };
    for Token {
        text: token,
        width: token_width,
        spaces_before,
    } in tokens(text)
    {
        // The spaces between words, as far as the line has room (none at its start).
        if !fresh {
            let spaces = spaces_before.min(width.saturating_sub(line_width));
            out.extend(std::iter::repeat_n(' ', spaces));
            line_width += spaces;
        }
        if !fresh && line_width + token_width > width {
            new_line(&mut out, &mut line_start);
            line_width = rest_width;
        }
        if line_width + token_width <= width {
            out.push_str(token);
            line_width += token_width;
        } else {
            for c in token.chars() {
                let w = char_width(c);
                if line_width + w > width && line_width > rest_width {
                    new_line(&mut out, &mut line_start);
                    line_width = rest_width;
                }
                out.push(c);
                line_width += w;
            }
        }
        fresh = false;
    }
    end_line(&mut out, line_start);
    out
}

/// Drops the trailing spaces of the line that starts at byte `line_start` of `out`.
fn end_line(out: &mut String, line_start: usize) {
    let end = line_start + out[line_start..].trim_end().len();
    out.truncate(end);
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

/// Splits text into words and single wide (CJK) characters; closing punctuation
/// stays with what it precedes, opening with what follows. A space that stands
/// alone is not a token but counted in the next token's `spaces_before`.
/// Allocates nothing.
fn tokens(text: &str) -> Tokens<'_> {
    Tokens {
        text,
        pos: 0,
        start: 0,
        width: 0,
        spaces: 0,
        in_code: false,
    }
}

/// A piece of text no line breaks inside.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Token<'a> {
    text: &'a str,
    /// Its display width.
    width: usize,
    /// How many spaces stood alone before it.
    spaces_before: usize,
}

struct Tokens<'a> {
    text: &'a str,
    /// Where the next character to read starts.
    pos: usize,
    /// Where the token being built starts, and its width so far.
    start: usize,
    width: usize,
    /// Spaces read alone since the last token.
    spaces: usize,
    /// Inside `code` or a clause such as (二)1: an identifier, never broken.
    in_code: bool,
}

/// The character starting at byte `at` of `text` (an ASCII byte read as it is).
fn char_at(text: &str, at: usize) -> Option<char> {
    match text.as_bytes().get(at) {
        Some(&b) if b.is_ascii() => Some(char::from(b)),
        Some(_) => text.get(at..).and_then(|rest| rest.chars().next()),
        None => None,
    }
}

/// A printable ASCII byte other than a space or a backtick: between two of these
/// no line can break, so a run of them is read at once.
fn plain(b: u8) -> bool {
    b.is_ascii_graphic() && b != b'`'
}

impl<'a> Iterator for Tokens<'a> {
    type Item = Token<'a>;

    fn next(&mut self) -> Option<Self::Item> {
        let text = self.text;
        let bytes = text.as_bytes();
        let mut pos = self.pos;
        while let Some(&b) = bytes.get(pos) {
            // The character `c` that ends at `end`, and its width.
            let (c, c_width, end) = if plain(b) {
                // A run of plain bytes: no break falls inside it; `c` is its last.
                let run = bytes[pos..].iter().position(|&b| !plain(b));
                let end = run.map_or(bytes.len(), |run| pos + run);
                self.width += end - pos;
                (char::from(bytes[end - 1]), 1, end)
            } else {
                let Some(c) = char_at(text, pos) else {
                    break;
                };
                let c_width = char_width(c);
                if c == '`' {
                    self.in_code = !self.in_code;
                }
                match (c_width > 1).then(|| word_at(text, pos)).flatten() {
                    // A word of several wide characters is read at once.
                    Some(word) => {
                        self.width += display_width(word);
                        let last = word.chars().next_back().unwrap_or(c);
                        (last, c_width, pos + word.len())
                    }
                    None => {
                        self.width += c_width;
                        (c, c_width, pos + c.len_utf8())
                    }
                }
            };
            pos = end;
            let boundary = match char_at(text, end) {
                None => true,
                // Before a space (neither closing punctuation nor part of a clause).
                Some(' ') => !self.in_code && !is_opening(c),
                // A break is possible only at a space or beside a wide character;
                // what follows only forbids one.
                Some(n) => {
                    (c == ' ' || c_width > 1 || char_width(n) > 1)
                        && !self.in_code
                        && !is_closing(n)
                        && !is_opening(c)
                        && !continues_clause(&text[self.start..end], n)
                }
            };
            if boundary {
                let start = std::mem::replace(&mut self.start, end);
                let width = std::mem::take(&mut self.width);
                if end == start + 1 && bytes[start] == b' ' {
                    self.spaces += 1;
                    continue;
                }
                self.pos = end;
                return Some(Token {
                    text: &text[start..end],
                    width,
                    spaces_before: std::mem::take(&mut self.spaces),
                });
            }
        }
        self.pos = pos;
        None
    }
}

/// Chinese words that no line breaks inside although a line may break between any
/// two Chinese characters: the legal forms that end an organisation's name and the
/// tool's own terms, longest first where one begins another.
const WORDS: [&str; 23] = [
    "股份有限公司",
    "有限责任公司",
    "有限公司",
    "集团",
    "分公司",
    "公司",
    "重点客户",
    "客户",
    "经理",
    "委员会",
    "服务中心",
    "中心",
    "管理部",
    "管理",
    "小组",
    "销售人员",
    "人员",
    "各自",
    "掌握",
    "专员",
    "企业",
    "单位",
    "部门",
];

/// The word of [`WORDS`] that starts at byte `at` of `text`, if one does.
fn word_at(text: &str, at: usize) -> Option<&str> {
    let rest = text.get(at..)?;
    WORDS
        .iter()
        .find(|word| rest.starts_with(*word))
        .map(|word| &rest[..word.len()])
}

/// Whether `next` continues a clause reference being built in `token`: "(二" + ")",
/// "(二)" + "1", "(四)1(" + "3".
fn continues_clause(token: &str, next: char) -> bool {
    // Only a digit or a bracket can continue a clause: most characters stop here.
    if !(next.is_ascii_digit() || next == '(' || next == ')') {
        return false;
    }
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

/// Fits the columns of a table into `width` terminal columns (borders included, as
/// drawn by comfy-table's condensed preset: one column for the left border and three
/// for each cell's padding and separator). Columns keep their natural width while the
/// table fits; otherwise the widest are narrowed, never below their longest
/// unbreakable token where that fits, and their cells wrapped with [`wrap`], so that a
/// clause reference or an identifier is never cut and no line starts with a comma.
/// Returns the header and rows with their cells wrapped, or `None` when the columns
/// cannot be narrowed enough without cutting a token (the caller lays the rows out
/// another way).
pub fn fit_columns(
    header: &[String],
    rows: &[Vec<String>],
    width: usize,
) -> Option<(Vec<String>, Vec<Vec<String>>)> {
    let columns = header.len();
    let cells = |col: usize| {
        std::iter::once(&header[col]).chain(rows.iter().filter_map(move |r| r.get(col)))
    };
    let line_width = |text: &str| text.lines().map(display_width).max().unwrap_or(0);
    let natural: Vec<usize> = (0..columns)
        .map(|col| cells(col).map(|c| line_width(c)).max().unwrap_or(0))
        .collect();
    let available = width.saturating_sub(1 + 3 * columns);
    if natural.iter().sum::<usize>() <= available {
        // Fits as it is: no cell is wrapped.
        return Some((header.to_vec(), rows.to_vec()));
    }
    let least: Vec<usize> = (0..columns)
        .map(|col| {
            let token = cells(col)
                .flat_map(|c| tokens(c))
                .map(|token| token.width)
                .max()
                .unwrap_or(0);
            // A Latin header of one word is not broken either, where it is short (a
            // Chinese one breaks between its words: 重点客户/经理); nor is a short cell
            // such as a role's name (重点客户经理, 12 columns).
            let header_width = display_width(&header[col]);
            let header_word = if header[col].contains(' ') {
                0
            } else if header[col].chars().any(|c| char_width(c) > 1) {
                // Up to three Chinese characters (提醒数) stay whole.
                if header_width <= 6 { header_width } else { 0 }
            } else {
                header_width.min(12)
            };
            let short_cell = rows
                .iter()
                .filter_map(|r| r.get(col))
                .filter(|c| !c.contains(' '))
                .map(|c| line_width(c))
                .filter(|&w| w <= 12)
                .max()
                .unwrap_or(0);
            // Never below the longest token: a table that cannot keep one whole is
            // laid out as blocks by the caller.
            token
                .max(header_word)
                .max(short_cell)
                .max(4)
                .min(natural[col].max(4))
        })
        .collect();
    if least.iter().sum::<usize>() > available {
        return None;
    }
    let mut target = natural.clone();
    while target.iter().sum::<usize>() > available {
        // Narrow the column whose width is largest against the square root of its
        // natural width: long texts give most, short labels keep their width, and two
        // long columns keep widths in proportion to their length.
        let Some(col) = (0..columns)
            .filter(|&c| target[c] > least[c])
            .max_by_key(|&c| (target[c] * 1000 / natural[c].max(1).isqrt().max(1), c))
        else {
            break;
        };
        target[col] -= 1;
    }
    let fit = |col: usize, text: &str| {
        if target[col] >= natural[col] {
            text.to_string()
        } else {
            text.lines()
                .map(|line| wrap_to(line, target[col].max(1), "", ""))
                .collect::<Vec<_>>()
                .join("\n")
        }
    };
    let header = header
        .iter()
        .enumerate()
        .map(|(col, h)| fit(col, h))
        .collect();
    let rows = rows
        .iter()
        .map(|row| row.iter().enumerate().map(|(col, c)| fit(col, c)).collect())
        .collect();
    Some((header, rows))
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
            "资料文件：a.toml".to_string(),
            "规模：大型".to_string(),
            "类型：企业".to_string(),
        ];
        assert_eq!(
            join_fitting(&items, " · ", 30),
            "资料文件：a.toml · 规模：大型\n类型：企业"
        );
        assert_eq!(
            join_fitting(&items, " · ", 200),
            "资料文件：a.toml · 规模：大型 · 类型：企业"
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

    #[test]
    fn columns_fit_the_width_without_cutting_clauses() {
        let header = vec!["条款".to_string(), "依据".to_string()];
        let rows = vec![vec![
            "(二)1".to_string(),
            "20个重点客户按每人9个计算，20÷9，向上取整为3；设多级机构时为各级合计的参考数(二)1，其余照此类推。".to_string(),
        ]];
        for width in [30, 44, 60, 80] {
            let (_, fitted) = fit_columns(&header, &rows, width).expect("fits");
            let text = &fitted[0][1];
            for line in text.lines() {
                assert!(
                    display_width(line) + display_width("(二)1") + 7 <= width,
                    "{width}: {line}"
                );
                assert!(!line.starts_with(['，', '。', '；']), "{width}: {line}");
            }
            assert!(text.replace('\n', "").contains("(二)1"), "{width}: {text}");
            assert!(
                !text.contains("(\n") && !text.contains("二\n)"),
                "{width}: {text}"
            );
        }
    }

    #[test]
    fn narrow_columns_keep_identifiers_whole() {
        let header = vec!["代码".to_string(), "行业".to_string(), "说明".to_string()];
        let rows = vec![vec![
            "information-transmission".to_string(),
            "信息传输业".to_string(),
            "X≥2000, Y≥100000".repeat(4),
        ]];
        let (_, fitted) = fit_columns(&header, &rows, 80).expect("fits");
        assert_eq!(fitted[0][0], "information-transmission");
    }
}
