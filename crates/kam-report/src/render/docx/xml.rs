//! WordprocessingML written as text: runs, paragraphs and tables. Every text and
//! attribute goes through [`esc`] (quick-xml's escaping, after dropping what XML 1.0
//! cannot hold), so user text can make no markup.

use std::borrow::Cow;
use std::fmt::Write as _;

use crate::text::Lang;

/// Text or an attribute value, escaped for XML; characters XML 1.0 cannot hold (C0
/// controls other than tab and line breaks, U+FFFE and U+FFFF) are left out. Text
/// with nothing to escape is borrowed as it is.
pub(crate) fn esc(text: &str) -> Cow<'_, str> {
    let allowed = |c: char| {
        (c >= ' ' || matches!(c, '\t' | '\n' | '\r')) && !matches!(c, '\u{fffe}' | '\u{ffff}')
    };
    if text.chars().all(allowed) {
        quick_xml::escape::escape(text)
    } else {
        let kept: String = text.chars().filter(|&c| allowed(c)).collect();
        Cow::Owned(quick_xml::escape::escape(kept.as_str()).into_owned())
    }
}

/// The East Asian font families: Song (宋体) for text, Hei (黑体) for headings.
pub(crate) const SONG: &str = "SimSun";
pub(crate) const HEI: &str = "SimHei";

/// How a run looks, beyond its paragraph's style.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub(super) struct Look {
    pub bold: bool,
    /// A text colour, `rrggbb`.
    pub color: Option<&'static str>,
    /// Size in half-points; the style's when `None`.
    pub size: Option<u32>,
    /// Capitals (the confidential notice; Chinese has none).
    pub caps: bool,
    /// A code span: a monospace Latin font.
    pub code: bool,
}

impl Look {
    pub(super) const PLAIN: Look = Look {
        bold: false,
        color: None,
        size: None,
        caps: false,
        code: false,
    };
    pub(super) const BOLD: Look = Look {
        bold: true,
        ..Look::PLAIN
    };
    /// A clause reference after a list item, in grey.
    pub(super) const CLAUSE: Look = Look {
        color: Some("5B6670"),
        ..Look::PLAIN
    };
}

/// The runs of one paragraph: each carries the language (`en-GB` or `zh-CN`, the
/// East Asian language always `zh-CN`: the Chinese words an English report quotes
/// are Chinese) and the East Asian font of its paragraph, so a run moved elsewhere
/// keeps them. A Chinese run hints that ambiguous characters (quotes, dashes,
/// ellipses) are East Asian, so Chinese punctuation takes the Chinese font.
#[derive(Debug)]
pub(crate) struct Runs {
    pub xml: String,
    lang: Lang,
    east_asia: &'static str,
}

impl Runs {
    pub(super) fn new(lang: Lang, east_asia: &'static str) -> Runs {
        Runs {
            xml: String::new(),
            lang,
            east_asia,
        }
    }

    /// One run of text as it looks.
    pub(super) fn add(&mut self, text: &str, look: Look) -> &mut Runs {
        if text.is_empty() {
            return self;
        }
        let x = &mut self.xml;
        x.push_str("<w:r><w:rPr><w:rFonts");
        if look.code {
            x.push_str(r#" w:ascii="Courier New" w:hAnsi="Courier New""#);
        }
        x.push_str(r#" w:eastAsia=""#);
        x.push_str(self.east_asia);
        x.push('"');
        if self.lang == Lang::Zh {
            x.push_str(r#" w:hint="eastAsia""#);
        }
        x.push_str("/>");
        if look.bold {
            x.push_str("<w:b/><w:bCs/>");
        }
        if look.caps {
            x.push_str("<w:caps/>");
        }
        if let Some(color) = look.color {
            let _ = write!(x, r#"<w:color w:val="{color}"/>"#);
        }
        if let Some(size) = look.size {
            let _ = write!(x, r#"<w:sz w:val="{size}"/><w:szCs w:val="{size}"/>"#);
        }
        x.push_str(r#"<w:lang w:val=""#);
        x.push_str(lang_tag(self.lang));
        x.push_str(r#"" w:eastAsia="zh-CN"/></w:rPr><w:t xml:space="preserve">"#);
        x.push_str(&esc(text));
        x.push_str("</w:t></w:r>");
        self
    }

    pub(super) fn text(&mut self, text: &str) -> &mut Runs {
        self.add(text, Look::PLAIN)
    }

    pub(super) fn bold(&mut self, text: &str) -> &mut Runs {
        self.add(text, Look::BOLD)
    }

    /// Catalogue text whose `code` spans are set as code.
    pub(super) fn prose(&mut self, text: &str, look: Look) -> &mut Runs {
        for (i, part) in text.split('`').enumerate() {
            self.add(
                part,
                Look {
                    code: i % 2 == 1,
                    ..look
                },
            );
        }
        self
    }

    /// Raw run markup (a field, a drawing).
    pub(super) fn raw(&mut self, xml: &str) -> &mut Runs {
        self.xml.push_str(xml);
        self
    }
}

/// The language tag of a run.
pub(crate) fn lang_tag(lang: Lang) -> &'static str {
    match lang {
        Lang::En => "en-GB",
        Lang::Zh => "zh-CN",
    }
}

/// A paragraph's properties beyond its style.
#[derive(Debug, Clone, Copy, Default)]
pub(crate) struct Para {
    pub style: Option<&'static str>,
    /// A list: numbering instance.
    pub num: Option<u32>,
    /// Keep with the next paragraph (a heading, a label over its list).
    pub keep_next: bool,
    /// Centred (the chart).
    pub center: bool,
    /// Right-aligned (header, footer).
    pub right: bool,
    /// Space above (a paragraph right under a table).
    pub space_before: bool,
}

impl Para {
    pub(super) fn style(style: &'static str) -> Para {
        Para {
            style: Some(style),
            ..Para::default()
        }
    }

    /// Writes the paragraph's `<w:pPr>`, nothing when it has none.
    fn properties(&self, out: &mut String) {
        if self.style.is_none()
            && self.num.is_none()
            && !(self.keep_next || self.space_before || self.center || self.right)
        {
            return;
        }
        out.push_str("<w:pPr>");
        if let Some(style) = self.style {
            let _ = write!(out, r#"<w:pStyle w:val="{style}"/>"#);
        }
        if self.keep_next {
            out.push_str("<w:keepNext/>");
        }
        if let Some(num) = self.num {
            let _ = write!(
                out,
                r#"<w:numPr><w:ilvl w:val="0"/><w:numId w:val="{num}"/></w:numPr>"#
            );
        }
        if self.space_before {
            out.push_str(r#"<w:spacing w:before="120"/>"#);
        }
        if self.center {
            out.push_str(r#"<w:jc w:val="center"/>"#);
        } else if self.right {
            out.push_str(r#"<w:jc w:val="right"/>"#);
        }
        out.push_str("</w:pPr>");
    }
}

/// One paragraph.
pub(crate) fn paragraph(out: &mut String, para: Para, runs: &Runs) {
    out.push_str("<w:p>");
    para.properties(out);
    out.push_str(&runs.xml);
    out.push_str("</w:p>");
}

/// A table cell: its paragraphs' markup, and a fill (`rrggbb`).
#[derive(Debug, Clone, Default)]
pub(crate) struct Cell {
    pub xml: String,
    pub fill: Option<&'static str>,
}

/// Border colour of the tables.
const RULE: &str = "BFC5CC";

/// A table over the text width: column widths in twentieths of a point (they sum
/// to the text width), the first row repeated on each page as a header when
/// `header`, no row split by a page break.
pub(crate) fn table(out: &mut String, widths: &[u32], rows: &[Vec<Cell>], header: bool) {
    out.push_str(r#"<w:tbl><w:tblPr><w:tblStyle w:val="KamTable"/><w:tblW w:w="5000" w:type="pct"/><w:tblBorders>"#);
    for side in ["top", "left", "bottom", "right", "insideH", "insideV"] {
        let _ = write!(
            out,
            r#"<w:{side} w:val="single" w:sz="4" w:space="0" w:color="{RULE}"/>"#
        );
    }
    out.push_str(r#"</w:tblBorders><w:tblLayout w:type="fixed"/><w:tblCellMar><w:top w:w="40" w:type="dxa"/><w:left w:w="85" w:type="dxa"/><w:bottom w:w="40" w:type="dxa"/><w:right w:w="85" w:type="dxa"/></w:tblCellMar><w:tblLook w:val="04A0" w:firstRow="1" w:lastRow="0" w:firstColumn="0" w:lastColumn="0" w:noHBand="1" w:noVBand="1"/></w:tblPr><w:tblGrid>"#);
    for w in widths {
        let _ = write!(out, r#"<w:gridCol w:w="{w}"/>"#);
    }
    out.push_str("</w:tblGrid>");
    for (i, row) in rows.iter().enumerate() {
        out.push_str("<w:tr><w:trPr><w:cantSplit/>");
        if header && i == 0 {
            out.push_str("<w:tblHeader/>");
        }
        out.push_str("</w:trPr>");
        for (cell, w) in row.iter().zip(widths) {
            let _ = write!(out, r#"<w:tc><w:tcPr><w:tcW w:w="{w}" w:type="dxa"/>"#);
            if let Some(fill) = cell.fill {
                let _ = write!(
                    out,
                    r#"<w:shd w:val="clear" w:color="auto" w:fill="{fill}"/>"#
                );
            }
            out.push_str("</w:tcPr>");
            if cell.xml.is_empty() {
                out.push_str("<w:p/>");
            } else {
                out.push_str(&cell.xml);
            }
            out.push_str("</w:tc>");
        }
        out.push_str("</w:tr>");
    }
    out.push_str("</w:tbl>");
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_is_escaped_and_what_xml_cannot_hold_is_left_out() {
        assert_eq!(esc("A & <B> \"c\""), "A &amp; &lt;B&gt; &quot;c&quot;");
        assert_eq!(esc("a\u{1}b\u{ffff}c\td"), "abc\td");
        assert_eq!(esc("重点客户"), "重点客户");
    }

    #[test]
    fn a_chinese_run_carries_its_font_language_and_hint() {
        let mut runs = Runs::new(Lang::Zh, HEI);
        runs.text("重点客户管理部");
        assert_eq!(
            runs.xml,
            r#"<w:r><w:rPr><w:rFonts w:eastAsia="SimHei" w:hint="eastAsia"/><w:lang w:val="zh-CN" w:eastAsia="zh-CN"/></w:rPr><w:t xml:space="preserve">重点客户管理部</w:t></w:r>"#
        );
        let mut runs = Runs::new(Lang::En, SONG);
        runs.prose("see `x`", Look::PLAIN);
        assert!(runs.xml.contains(r#"w:ascii="Courier New""#));
        assert!(
            runs.xml
                .contains(r#"<w:lang w:val="en-GB" w:eastAsia="zh-CN"/>"#)
        );
    }
}
