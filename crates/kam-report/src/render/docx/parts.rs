//! The parts of the package besides the body: content types, relationships, styles,
//! numbering, settings, fonts, header and footer, document properties.

use std::fmt::Write as _;

use super::xml::{HEI, Look, Para, Runs, SONG, esc, lang_tag, paragraph};
use crate::date::DocDate;
use crate::render::LogoKind;
use crate::text::Lang;

pub(crate) const DECLARATION: &str = r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"#;
const W: &str = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
const R: &str = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const REL: &str = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const PKG_REL: &str = "http://schemas.openxmlformats.org/package/2006/relationships";

/// The namespaces of the main document: text, relationships, drawings and the Word
/// 2010 shapes and groups of the org chart.
pub(crate) const DOCUMENT_NAMESPACES: &str = concat!(
    r#"xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" "#,
    r#"xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" "#,
    r#"xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" "#,
    r#"xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" "#,
    r#"xmlns:pic="http://schemas.openxmlformats.org/drawingml/2006/picture" "#,
    r#"xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" "#,
    r#"xmlns:wpg="http://schemas.microsoft.com/office/word/2010/wordprocessingGroup" "#,
    r#"xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006""#
);

/// The extension of the embedded logo.
pub(crate) fn logo_extension(kind: LogoKind) -> &'static str {
    match kind {
        LogoKind::Png => "png",
        LogoKind::Jpeg => "jpeg",
        // An SVG logo is refused before a DOCX is made (a usage error).
        LogoKind::Svg => "svg",
    }
}

pub(crate) fn content_types(logo: Option<LogoKind>, header: bool) -> String {
    let mut s = format!(
        r#"{DECLARATION}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>"#
    );
    if let Some(kind) = logo {
        let _ = write!(
            s,
            r#"<Default Extension="{}" ContentType="{}"/>"#,
            logo_extension(kind),
            kind.mime()
        );
    }
    let wml = "application/vnd.openxmlformats-officedocument.wordprocessingml";
    for (part, kind) in [
        ("/word/document.xml", "document.main+xml"),
        ("/word/styles.xml", "styles+xml"),
        ("/word/numbering.xml", "numbering+xml"),
        ("/word/settings.xml", "settings+xml"),
        ("/word/fontTable.xml", "fontTable+xml"),
        ("/word/footer1.xml", "footer+xml"),
    ] {
        let _ = write!(
            s,
            r#"<Override PartName="{part}" ContentType="{wml}.{kind}"/>"#
        );
    }
    if header {
        let _ = write!(
            s,
            r#"<Override PartName="/word/header1.xml" ContentType="{wml}.header+xml"/>"#
        );
    }
    s.push_str(r#"<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/></Types>"#);
    s
}

pub(crate) fn package_relationships() -> String {
    format!(
        r#"{DECLARATION}<Relationships xmlns="{PKG_REL}"><Relationship Id="rId1" Type="{REL}/officeDocument" Target="word/document.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/></Relationships>"#
    )
}

/// The relationship ids of the document's parts.
pub(crate) const FOOTER_ID: &str = "rIdFooter";
pub(crate) const HEADER_ID: &str = "rIdHeader";
pub(crate) const LOGO_ID: &str = "rIdLogo";

pub(crate) fn document_relationships(logo: Option<LogoKind>, header: bool) -> String {
    let mut s = format!(r#"{DECLARATION}<Relationships xmlns="{PKG_REL}">"#);
    for (id, kind, target) in [
        ("rIdStyles", "styles", "styles.xml"),
        ("rIdNumbering", "numbering", "numbering.xml"),
        ("rIdSettings", "settings", "settings.xml"),
        ("rIdFonts", "fontTable", "fontTable.xml"),
        (FOOTER_ID, "footer", "footer1.xml"),
    ] {
        let _ = write!(
            s,
            r#"<Relationship Id="{id}" Type="{REL}/{kind}" Target="{target}"/>"#
        );
    }
    if header {
        let _ = write!(
            s,
            r#"<Relationship Id="{HEADER_ID}" Type="{REL}/header" Target="header1.xml"/>"#
        );
    }
    if let Some(kind) = logo {
        let _ = write!(
            s,
            r#"<Relationship Id="{LOGO_ID}" Type="{REL}/image" Target="media/logo.{}"/>"#,
            logo_extension(kind)
        );
    }
    s.push_str("</Relationships>");
    s
}

/// The Latin font of every style; Word, WPS and LibreOffice (as Liberation Sans)
/// all have it or its metric twin.
const LATIN: &str = "Arial";

/// The styles: defaults in the document's language with the East Asian fonts set,
/// the built-in headings (so the navigation pane and a table of contents find them),
/// and the few paragraph styles the report uses.
pub(crate) fn styles(lang: Lang) -> String {
    let tag = lang_tag(lang);
    let heading = |id: &str, name: &str, level: u8, size: u32, before: u32| {
        format!(
            r#"<w:style w:type="paragraph" w:styleId="{id}"><w:name w:val="{name}"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:uiPriority w:val="9"/><w:qFormat/><w:pPr><w:keepNext/><w:keepLines/><w:spacing w:before="{before}" w:after="120"/><w:outlineLvl w:val="{level}"/></w:pPr><w:rPr><w:rFonts w:ascii="{LATIN}" w:hAnsi="{LATIN}" w:eastAsia="{HEI}" w:cs="{LATIN}"/><w:b/><w:bCs/><w:color w:val="1F2933"/><w:sz w:val="{size}"/><w:szCs w:val="{size}"/></w:rPr></w:style>"#
        )
    };
    let mut s = format!(
        r#"{DECLARATION}<w:styles xmlns:w="{W}"><w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="{LATIN}" w:hAnsi="{LATIN}" w:eastAsia="{SONG}" w:cs="{LATIN}"/><w:color w:val="1F2933"/><w:sz w:val="21"/><w:szCs w:val="21"/><w:lang w:val="{tag}" w:eastAsia="zh-CN" w:bidi="ar-SA"/></w:rPr></w:rPrDefault><w:pPrDefault><w:pPr><w:spacing w:after="100" w:line="288" w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults>"#
    );
    s.push_str(r#"<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/></w:style>"#);
    s.push_str(&heading("Heading1", "heading 1", 0, 36, 120));
    s.push_str(&heading("Heading2", "heading 2", 1, 28, 320));
    s.push_str(&heading("Heading3", "heading 3", 2, 23, 200));
    for (id, name, ppr, rpr) in [
        (
            "Kicker",
            "Kicker",
            r#"<w:spacing w:after="0"/>"#,
            r#"<w:caps/><w:color w:val="52606D"/><w:spacing w:val="10"/><w:sz w:val="18"/><w:szCs w:val="18"/>"#,
        ),
        (
            "Masthead",
            "Masthead",
            r#"<w:spacing w:after="40"/>"#,
            r#"<w:color w:val="52606D"/><w:sz w:val="19"/><w:szCs w:val="19"/>"#,
        ),
        (
            "Small",
            "Small",
            r#"<w:spacing w:after="60"/>"#,
            r#"<w:color w:val="52606D"/><w:sz w:val="18"/><w:szCs w:val="18"/>"#,
        ),
        (
            "Citation",
            "Citation",
            r#"<w:pBdr><w:top w:val="single" w:sz="4" w:space="6" w:color="BFC5CC"/></w:pBdr><w:spacing w:before="360" w:after="0"/>"#,
            r#"<w:color w:val="52606D"/><w:sz w:val="18"/><w:szCs w:val="18"/>"#,
        ),
        (
            "ListParagraph",
            "List Paragraph",
            r#"<w:spacing w:after="60"/><w:ind w:left="425"/>"#,
            "",
        ),
        (
            "TableText",
            "Table Text",
            r#"<w:spacing w:after="0" w:line="264" w:lineRule="auto"/>"#,
            r#"<w:sz w:val="19"/><w:szCs w:val="19"/>"#,
        ),
        (
            "ChartText",
            "Chart Text",
            r#"<w:spacing w:after="0" w:line="240" w:lineRule="auto"/><w:jc w:val="center"/>"#,
            "",
        ),
        (
            "ChartLegend",
            "Chart Legend",
            r#"<w:spacing w:after="0" w:line="240" w:lineRule="auto"/>"#,
            "",
        ),
        (
            "Caption",
            "caption",
            r#"<w:spacing w:before="60" w:after="160"/>"#,
            // Chinese is not set in italics (it would be slanted, not italic).
            match lang {
                Lang::En => {
                    r#"<w:i/><w:color w:val="52606D"/><w:sz w:val="18"/><w:szCs w:val="18"/>"#
                }
                Lang::Zh => r#"<w:color w:val="52606D"/><w:sz w:val="18"/><w:szCs w:val="18"/>"#,
            },
        ),
        (
            "Header",
            "header",
            r#"<w:spacing w:after="0"/>"#,
            r#"<w:sz w:val="16"/><w:szCs w:val="16"/>"#,
        ),
        (
            "Footer",
            "footer",
            r#"<w:spacing w:after="0"/>"#,
            r#"<w:color w:val="52606D"/><w:sz w:val="16"/><w:szCs w:val="16"/>"#,
        ),
    ] {
        let _ = write!(
            s,
            r#"<w:style w:type="paragraph" w:styleId="{id}"><w:name w:val="{name}"/><w:basedOn w:val="Normal"/><w:qFormat/><w:pPr>{ppr}</w:pPr><w:rPr>{rpr}</w:rPr></w:style>"#
        );
    }
    s.push_str(r#"<w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/><w:tblPr><w:tblInd w:w="0" w:type="dxa"/><w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="108" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>"#);
    s.push_str(r#"<w:style w:type="table" w:styleId="KamTable"><w:name w:val="KAM Table"/><w:basedOn w:val="TableNormal"/><w:pPr><w:spacing w:after="0"/></w:pPr><w:tblPr><w:tblBorders><w:top w:val="single" w:sz="4" w:space="0" w:color="BFC5CC"/><w:left w:val="single" w:sz="4" w:space="0" w:color="BFC5CC"/><w:bottom w:val="single" w:sz="4" w:space="0" w:color="BFC5CC"/><w:right w:val="single" w:sz="4" w:space="0" w:color="BFC5CC"/><w:insideH w:val="single" w:sz="4" w:space="0" w:color="BFC5CC"/><w:insideV w:val="single" w:sz="4" w:space="0" w:color="BFC5CC"/></w:tblBorders></w:tblPr></w:style>"#);
    s.push_str("</w:styles>");
    s
}

/// Numbering: a bullet list (id 1) and a decimal list started afresh for each
/// numbered list (ids 2 to `lists` + 1).
pub(crate) fn numbering(lists: u32) -> String {
    let level = |format: &str, text: &str, font: &str| {
        format!(
            r#"<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="{format}"/><w:lvlText w:val="{text}"/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="425" w:hanging="340"/></w:pPr>{font}</w:lvl>"#
        )
    };
    let mut s = format!(
        r#"{DECLARATION}<w:numbering xmlns:w="{W}"><w:abstractNum w:abstractNumId="0"><w:multiLevelType w:val="singleLevel"/>{}</w:abstractNum><w:abstractNum w:abstractNumId="1"><w:multiLevelType w:val="singleLevel"/>{}</w:abstractNum>"#,
        level(
            "bullet",
            "•",
            r#"<w:rPr><w:rFonts w:ascii="Arial" w:hAnsi="Arial"/></w:rPr>"#
        ),
        level("decimal", "%1.", "")
    );
    s.push_str(r#"<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>"#);
    for id in 2..lists + 2 {
        let _ = write!(
            s,
            r#"<w:num w:numId="{id}"><w:abstractNumId w:val="1"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num>"#
        );
    }
    s.push_str("</w:numbering>");
    s
}

/// Settings: Word 2013+ layout (no compatibility mode), Chinese punctuation
/// compressed as Chinese typesetting does, the theme's languages.
pub(crate) fn settings(lang: Lang) -> String {
    format!(
        r#"{DECLARATION}<w:settings xmlns:w="{W}"><w:zoom w:percent="100"/><w:defaultTabStop w:val="420"/><w:characterSpacingControl w:val="compressPunctuation"/><w:compat><w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="15"/></w:compat><w:themeFontLang w:val="{}" w:eastAsia="zh-CN"/></w:settings>"#,
        lang_tag(lang)
    )
}

/// The fonts, with the Chinese names Windows also knows them by, so that Word and
/// WPS find them, and their families for a substitute where they are missing.
pub(crate) fn font_table() -> String {
    format!(
        r#"{DECLARATION}<w:fonts xmlns:w="{W}"><w:font w:name="{LATIN}"><w:panose1 w:val="020B0604020202020204"/><w:charset w:val="00"/><w:family w:val="swiss"/><w:pitch w:val="variable"/></w:font><w:font w:name="{SONG}"><w:altName w:val="宋体"/><w:panose1 w:val="02010600030101010101"/><w:charset w:val="86"/><w:family w:val="auto"/><w:pitch w:val="variable"/></w:font><w:font w:name="{HEI}"><w:altName w:val="黑体"/><w:panose1 w:val="02010609060101010101"/><w:charset w:val="86"/><w:family w:val="modern"/><w:pitch w:val="fixed"/></w:font><w:font w:name="Courier New"><w:panose1 w:val="02070309020205020404"/><w:charset w:val="00"/><w:family w:val="modern"/><w:pitch w:val="fixed"/></w:font></w:fonts>"#
    )
}

/// The footer of every page: "page / pages", as the printed HTML report has it.
pub(crate) fn footer(lang: Lang) -> String {
    let field = |name: &str| {
        format!(
            r#"<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> {name} </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>1</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>"#
        )
    };
    let mut runs = Runs::new(lang, SONG);
    runs.raw(&field("PAGE")).text(" / ").raw(&field("NUMPAGES"));
    let mut p = String::new();
    paragraph(
        &mut p,
        Para {
            right: true,
            ..Para::style("Footer")
        },
        &runs,
    );
    format!(r#"{DECLARATION}<w:ftr xmlns:w="{W}" xmlns:r="{R}">{p}</w:ftr>"#)
}

/// The header of every page of a confidential document: the notice, top right.
pub(crate) fn header(lang: Lang, notice: &str) -> String {
    let mut runs = Runs::new(lang, HEI);
    runs.add(
        notice,
        Look {
            bold: true,
            color: Some("8A1C1C"),
            caps: true,
            ..Look::PLAIN
        },
    );
    let mut p = String::new();
    paragraph(
        &mut p,
        Para {
            right: true,
            ..Para::style("Header")
        },
        &runs,
    );
    format!(r#"{DECLARATION}<w:hdr xmlns:w="{W}" xmlns:r="{R}">{p}</w:hdr>"#)
}

/// The document's properties: title, subject, author (who prepared it, if given),
/// language, and the document's date as its creation and modification time, so
/// that the same date gives the same bytes.
pub(crate) fn core_properties(
    title: &str,
    subject: &str,
    author: Option<&str>,
    lang: Lang,
    date: Option<DocDate>,
) -> String {
    let mut s = format!(
        r#"{DECLARATION}<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:title>{}</dc:title><dc:subject>{}</dc:subject>"#,
        esc(title),
        esc(subject)
    );
    if let Some(author) = author {
        let _ = write!(
            s,
            "<dc:creator>{0}</dc:creator><cp:lastModifiedBy>{0}</cp:lastModifiedBy>",
            esc(author)
        );
    }
    let _ = write!(s, "<dc:language>{}</dc:language>", lang_tag(lang));
    if let Some(date) = date {
        for element in ["created", "modified"] {
            let _ = write!(
                s,
                r#"<dcterms:{element} xsi:type="dcterms:W3CDTF">{date}T00:00:00Z</dcterms:{element}>"#
            );
        }
    }
    s.push_str("</cp:coreProperties>");
    s
}
