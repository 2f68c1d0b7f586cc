//! The Word document (`--format docx`) read back as Word reads it: the package
//! unzipped, its XML parsed, and what it says compared with the HTML report of the
//! same profile — every heading in the same order, every paragraph, list item and
//! table cell of the page, every label of the drawn chart as the text of a shape —
//! with the styles Word's navigation pane needs, the page number field, the fonts
//! and languages of Chinese runs, and the same bytes for the same date.

use std::collections::BTreeMap;
use std::io::Read;

use quick_xml::events::Event;

use crate::support::{EXAMPLES, kam};

/// The parts of a package by name, as text.
struct Package {
    parts: BTreeMap<String, String>,
}

impl Package {
    fn read(bytes: &[u8]) -> Package {
        let mut zip = zip::ZipArchive::new(std::io::Cursor::new(bytes)).unwrap();
        let mut parts = BTreeMap::new();
        for i in 0..zip.len() {
            let mut file = zip.by_index(i).unwrap();
            let mut content = Vec::new();
            file.read_to_end(&mut content).unwrap();
            let name = file.name().unwrap().to_string();
            if name.starts_with("word/media/") {
                parts.insert(name, format!("{} bytes", content.len()));
            } else {
                parts.insert(name, String::from_utf8(content).unwrap());
            }
        }
        Package { parts }
    }

    fn part(&self, name: &str) -> &str {
        self.parts
            .get(name)
            .unwrap_or_else(|| panic!("no {name} in {:?}", self.parts.keys()))
    }
}

/// A paragraph of a part: its style, its text, and whether it is the text of a
/// shape (a box of the chart).
#[derive(Debug, Clone, PartialEq, Eq)]
struct Paragraph {
    style: String,
    text: String,
    in_shape: bool,
}

/// Every paragraph of a part, in document order (a shape's paragraphs before the
/// paragraph that holds the drawing); the part must be well-formed XML.
fn paragraphs(xml: &str) -> Vec<Paragraph> {
    let mut reader = quick_xml::Reader::from_str(xml);
    let mut open: Vec<Paragraph> = Vec::new();
    let mut done = Vec::new();
    let mut shapes = 0usize;
    let mut in_text = false;
    loop {
        match reader.read_event().unwrap() {
            Event::Start(e) | Event::Empty(e) if e.name().as_ref() == "w:pStyle" => {
                if let Some(p) = open.last_mut() {
                    let val = e.try_get_attribute("w:val").unwrap().unwrap();
                    p.style = val.value.to_string();
                }
            }
            Event::Start(e) => match e.name().as_ref() {
                "w:p" => open.push(Paragraph {
                    style: String::new(),
                    text: String::new(),
                    in_shape: shapes > 0,
                }),
                "w:txbxContent" => shapes += 1,
                "w:t" => in_text = true,
                _ => {}
            },
            Event::End(e) => match e.name().as_ref() {
                "w:p" => done.push(open.pop().unwrap()),
                "w:txbxContent" => shapes -= 1,
                "w:t" => in_text = false,
                _ => {}
            },
            Event::Text(t) if in_text => {
                open.last_mut().unwrap().text.push_str(&t.into_inner());
            }
            Event::GeneralRef(r) if in_text => {
                let name = r.into_inner();
                let c = match name.as_ref() {
                    "amp" => "&",
                    "lt" => "<",
                    "gt" => ">",
                    "quot" => "\"",
                    "apos" => "'",
                    other => panic!("entity {other}"),
                };
                open.last_mut().unwrap().text.push_str(c);
            }
            Event::Eof => break,
            _ => {}
        }
    }
    assert!(open.is_empty());
    done
}

/// The bytes of a run's standard output, which must succeed.
fn output(args: &[&str]) -> Vec<u8> {
    let out = kam().args(args).output().unwrap();
    assert!(
        out.status.success(),
        "{args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    out.stdout
}

/// The text of an HTML fragment: tags dropped, entities undone, spaces trimmed.
fn html_text(fragment: &str) -> String {
    let mut out = String::new();
    let mut in_tag = false;
    for c in fragment.chars() {
        match c {
            '<' => in_tag = true,
            '>' => in_tag = false,
            c if !in_tag => out.push(c),
            _ => {}
        }
    }
    out.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&apos;", "'")
        .replace("&amp;", "&")
        .trim()
        .to_string()
}

/// The text of every `<tag>…</tag>` of the page (not nested in itself), in order.
fn html_elements(page: &str, tag: &str) -> Vec<String> {
    let open = format!("<{tag}");
    let close = format!("</{tag}>");
    let mut out = Vec::new();
    let mut rest = page;
    while let Some(start) = rest.find(&open) {
        let after = &rest[start + open.len()..];
        // `<p` must not match `<path`: the tag name ends at a space or `>`.
        if !after.starts_with([' ', '>']) {
            rest = after;
            continue;
        }
        let Some(body_start) = after.find('>') else {
            break;
        };
        let body = &after[body_start + 1..];
        let Some(end) = body.find(&close) else { break };
        out.push(html_text(&body[..end]));
        rest = &body[end + close.len()..];
    }
    out
}

/// Every text of the HTML report (its blocks, cells and list items) stands in the
/// DOCX as a paragraph of its own, its section headings in the same order, and
/// each line of the drawn chart in a shape.
#[test]
fn every_example_says_what_its_html_report_says_in_both_languages() {
    for stem in EXAMPLES.iter() {
        let profile = format!("examples/{stem}.toml");
        for lang in ["en", "zh"] {
            for why in [false, true] {
                let mut args = vec![profile.as_str(), "--lang", lang];
                if why {
                    args.push("--why");
                }
                let what = format!("{args:?}");
                let html = String::from_utf8(output(&[&args[..], &["--format", "html"]].concat()))
                    .unwrap();
                let docx = Package::read(&output(&[&args[..], &["--format", "docx"]].concat()));
                let body = paragraphs(docx.part("word/document.xml"));
                let texts: Vec<&str> = body
                    .iter()
                    .filter(|p| !p.in_shape)
                    .map(|p| p.text.as_str())
                    .collect();
                // The headings, in order: the name, the sections, their parts.
                for (tag, style) in [("h1", "Heading1"), ("h2", "Heading2"), ("h3", "Heading3")] {
                    let docx_headings: Vec<&str> = body
                        .iter()
                        .filter(|p| p.style == style)
                        .map(|p| p.text.as_str())
                        .collect();
                    assert_eq!(docx_headings, html_elements(&html, tag), "{what} {tag}");
                }
                // Every block, item and cell: a warning carries the page's "⚠ ".
                let main = html.split("<main>").nth(1).unwrap();
                for tag in ["p", "li", "td", "th", "dt", "dd", "figcaption"] {
                    for text in html_elements(main, tag) {
                        if tag == "dd" && text.contains('\n') {
                            // A list inside a definition: its items are checked as items.
                            continue;
                        }
                        let warned = format!("⚠ {text}");
                        assert!(
                            texts.contains(&text.as_str()) || texts.contains(&warned.as_str()),
                            "{what}: <{tag}> {text:?} not a paragraph of the DOCX:\n{texts:#?}"
                        );
                    }
                }
                let citation = html_elements(&html, "footer").pop().unwrap();
                assert_eq!(texts.last(), Some(&citation.as_str()), "{what}");
                // The chart: each line the SVG draws is in a shape's text.
                let shapes: String = body
                    .iter()
                    .filter(|p| p.in_shape)
                    .map(|p| p.text.replace(' ', ""))
                    .collect();
                let svg_lines = html
                    .split("<svg")
                    .nth(1)
                    .map(|svg| html_elements(svg, "text"))
                    .unwrap_or_default();
                assert_eq!(
                    svg_lines.is_empty(),
                    shapes.is_empty(),
                    "{what}: a chart in one and not the other"
                );
                for line in svg_lines {
                    assert!(
                        shapes.contains(&line.replace(' ', "")),
                        "{what}: chart line {line:?} not in a shape: {shapes}"
                    );
                }
            }
        }
    }
}

#[test]
fn headings_styles_footer_page_field_and_a4() {
    let docx = Package::read(&output(&["examples/large-group.toml", "--format", "docx"]));
    let styles = docx.part("word/styles.xml");
    for (id, name, level) in [
        ("Heading1", "heading 1", 0),
        ("Heading2", "heading 2", 1),
        ("Heading3", "heading 3", 2),
    ] {
        let style = styles
            .split(&format!(r#"w:styleId="{id}""#))
            .nth(1)
            .and_then(|s| s.split("</w:style>").next())
            .unwrap_or_else(|| panic!("no style {id}"));
        assert!(
            style.contains(&format!(r#"<w:name w:val="{name}"/>"#)),
            "{style}"
        );
        assert!(
            style.contains(&format!(r#"<w:outlineLvl w:val="{level}"/>"#)),
            "{style}"
        );
    }
    let footer = docx.part("word/footer1.xml");
    assert!(
        footer.contains("<w:instrText xml:space=\"preserve\"> PAGE </w:instrText>"),
        "{footer}"
    );
    assert!(footer.contains("NUMPAGES"), "{footer}");
    let document = docx.part("word/document.xml");
    assert!(
        document.contains(r#"<w:pgSz w:w="11906" w:h="16838"/>"#),
        "A4 portrait"
    );
    assert!(document.contains(r#"<w:footerReference w:type="default""#));
    // Not confidential: no header.
    assert!(!docx.parts.contains_key("word/header1.xml"));
    assert!(!document.contains("headerReference"));
    // Real tables and lists: the conditions' rows, the duties numbered.
    assert!(
        document.matches("<w:tbl>").count() >= 4,
        "summary, facts, conditions, staffing"
    );
    assert!(document.contains("<w:tblHeader/>"));
    let numbering = docx.part("word/numbering.xml");
    assert!(numbering.contains(r#"<w:numFmt w:val="decimal"/>"#));
    assert!(
        document.contains(r#"<w:numId w:val="2"/>"#),
        "the duties are numbered"
    );
    // Every relationship the document names is a part of the package.
    let rels = docx.part("word/_rels/document.xml.rels");
    for target in rels.split("Target=\"").skip(1) {
        let target = target.split('"').next().unwrap();
        assert!(
            docx.parts.contains_key(&format!("word/{target}")),
            "{target}"
        );
    }
    // The chart is shapes in a group, joined by connectors: no picture.
    assert!(document.contains("<wpg:wgp>"));
    assert!(document.contains("<wps:cNvCnPr/>"));
    assert!(!document.contains("<pic:pic>"));
}

#[test]
fn chinese_runs_carry_east_asian_fonts_and_language_english_runs_en_gb() {
    let docx = Package::read(&output(&[
        "examples/large-group.toml",
        "--format",
        "docx",
        "--lang",
        "zh",
    ]));
    let document = docx.part("word/document.xml");
    let run = document
        .split("<w:r>")
        .find(|r| r.contains("重点客户管理委员会"))
        .unwrap();
    assert!(
        run.contains(r#"w:eastAsia="SimSun""#) || run.contains(r#"w:eastAsia="SimHei""#),
        "{run}"
    );
    assert!(run.contains(r#"w:hint="eastAsia""#), "{run}");
    assert!(
        run.contains(r#"<w:lang w:val="zh-CN" w:eastAsia="zh-CN"/>"#),
        "{run}"
    );
    // Headings in the Hei face, text in the Song face, both named in the font table.
    let heading = document
        .split("<w:p>")
        .find(|p| p.contains(r#"<w:pStyle w:val="Heading2"/>"#))
        .unwrap();
    assert!(heading.contains(r#"w:eastAsia="SimHei""#), "{heading}");
    let styles = docx.part("word/styles.xml");
    assert!(
        styles.contains(r#"w:eastAsia="SimSun""#) && styles.contains(r#"w:lang w:val="zh-CN""#)
    );
    let fonts = docx.part("word/fontTable.xml");
    assert!(
        fonts.contains(r#"<w:altName w:val="宋体"/>"#)
            && fonts.contains(r#"<w:altName w:val="黑体"/>"#)
    );
    assert!(
        docx.part("docProps/core.xml")
            .contains("<dc:language>zh-CN</dc:language>")
    );

    let english = Package::read(&output(&["examples/large-group.toml", "--format", "docx"]));
    let document = english.part("word/document.xml");
    assert!(document.contains(r#"<w:lang w:val="en-GB" w:eastAsia="zh-CN"/>"#));
    assert!(!document.contains(r#"w:val="zh-CN" w:eastAsia"#));
}

#[test]
fn the_same_profile_and_date_give_the_same_bytes_and_the_date_is_the_documents() {
    let args = [
        "examples/provincial-network.toml",
        "--format",
        "docx",
        "--why",
        "--confidential",
        "--prepared-by",
        "Lin & Partners",
    ];
    let first = output(&args);
    let second = output(&args);
    assert_eq!(first, second);
    let docx = Package::read(&first);
    let core = docx.part("docProps/core.xml");
    assert!(
        core.contains(">2026-11-28T00:00:00Z</dcterms:created>"),
        "{core}"
    );
    assert!(
        core.contains("<dc:creator>Lin &amp; Partners</dc:creator>"),
        "{core}"
    );
    // Every entry dated with the document's date.
    let mut zip = zip::ZipArchive::new(std::io::Cursor::new(&first)).unwrap();
    for i in 0..zip.len() {
        let file = zip.by_index(i).unwrap();
        let date = file.last_modified().unwrap();
        assert_eq!(
            (date.year(), date.month(), date.day()),
            (2026, 11, 28),
            "{}",
            file.name().unwrap()
        );
    }
    // Another date, other bytes.
    let other = kam()
        .env("SOURCE_DATE_EPOCH", "1700000000")
        .args(args)
        .output()
        .unwrap();
    assert_ne!(other.stdout, first);
}

#[test]
fn prepared_by_logo_and_confidential_in_the_document() {
    let dir = tempfile::tempdir().unwrap();
    // The smallest PNG header that says 300 × 100.
    let mut png = b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR".to_vec();
    png.extend_from_slice(&[0, 0, 1, 44, 0, 0, 0, 100, 8, 2, 0, 0, 0]);
    let logo = dir.path().join("logo.png");
    std::fs::write(&logo, &png).unwrap();
    let logo = logo.to_str().unwrap();
    let docx = Package::read(&output(&[
        "examples/medium-manufacturer.toml",
        "--format",
        "docx",
        "--prepared-by",
        "Lin & Partners",
        "--confidential",
        "--logo",
        logo,
        "--lang",
        "zh",
    ]));
    let body = paragraphs(docx.part("word/document.xml"));
    assert!(
        body.iter().any(|p| p.text == "编制：Lin & Partners"),
        "{body:#?}"
    );
    assert_eq!(
        docx.part("word/media/logo.png"),
        format!("{} bytes", png.len())
    );
    let document = docx.part("word/document.xml");
    // 1.6 cm high at 3:1.
    assert!(
        document.contains(r#"<wp:extent cx="1728000" cy="576000"/>"#),
        "{document}"
    );
    assert!(
        docx.part("[Content_Types].xml")
            .contains(r#"Extension="png" ContentType="image/png""#)
    );
    let header = paragraphs(docx.part("word/header1.xml"));
    assert_eq!(header[0].text, "保密");
    assert!(document.contains(r#"<w:headerReference w:type="default""#));

    // An SVG logo cannot go into a Word document: a usage error in the output language.
    let svg = dir.path().join("logo.svg");
    std::fs::write(&svg, "<svg xmlns=\"http://www.w3.org/2000/svg\"/>").unwrap();
    let svg = svg.to_str().unwrap();
    for (lang, message) in [
        (
            "en",
            "is an SVG image, which a `--format docx` document cannot hold: give the logo as a PNG or JPEG file",
        ),
        (
            "zh",
            "是 SVG 图片，`--format docx` 的文档无法嵌入：请改用 PNG 或 JPEG 格式的标志图片",
        ),
    ] {
        let out = kam()
            .args([
                "examples/medium-manufacturer.toml",
                "--format",
                "docx",
                "--logo",
                svg,
                "--lang",
                lang,
            ])
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(2));
        assert!(out.stdout.is_empty());
        let stderr = String::from_utf8(out.stderr).unwrap();
        assert!(stderr.contains(message), "{stderr}");
    }
}

#[test]
fn the_document_is_worded_for_the_client() {
    let dir = tempfile::tempdir().unwrap();
    let rules = dir.path().join("rules.toml");
    std::fs::write(&rules, "accounts_per_manager = 6\n").unwrap();
    let rules = rules.to_str().unwrap();
    for stem in EXAMPLES.iter() {
        let profile = format!("examples/{stem}.toml");
        for lang in ["en", "zh"] {
            let docx = Package::read(&output(&[
                &profile, "--format", "docx", "--lang", lang, "--rules", rules, "--why",
            ]));
            let text: String = paragraphs(docx.part("word/document.xml"))
                .into_iter()
                .map(|p| p.text + "\n")
                .collect();
            for word in [
                "kam-advise",
                "--rules",
                "--format",
                "`",
                "key_accounts",
                "annual_revenue",
                "rules file",
            ] {
                assert!(
                    !text.contains(word),
                    "{profile} {lang} shows {word:?}:\n{text}"
                );
            }
            assert!(
                text.contains('◆'),
                "{profile} {lang}: figures from the rules marked"
            );
        }
    }
}

#[test]
fn several_profiles_go_to_a_folder_and_a_write_error_names_the_file() {
    // To standard output, one document only.
    let out = kam()
        .args([
            "examples/large-group.toml",
            "examples/small-software.toml",
            "--format",
            "docx",
        ])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("--output-dir"));
    let dir = tempfile::tempdir().unwrap();
    let reports = dir.path().join("reports");
    let out = kam()
        .args([
            "examples/large-group.toml",
            "examples/small-software.toml",
            "--format",
            "docx",
            "--output-dir",
        ])
        .arg(&reports)
        .output()
        .unwrap();
    assert!(out.status.success());
    for stem in ["large-group", "small-software"] {
        let bytes = std::fs::read(reports.join(format!("{stem}.docx"))).unwrap();
        let docx = Package::read(&bytes);
        assert!(docx.part("word/document.xml").contains("<w:body>"));
    }
    // A name the directory cannot take (a directory stands there): its name in the
    // error, and the run stops before it writes anything (docs/files.md).
    let blocked = dir.path().join("blocked");
    std::fs::create_dir_all(blocked.join("large-group.docx")).unwrap();
    let out = kam()
        .args([
            "examples/large-group.toml",
            "examples/small-software.toml",
            "--format",
            "docx",
            "--force",
            "--output-dir",
        ])
        .arg(&blocked)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert!(stderr.contains("large-group.docx"), "{stderr}");
    assert!(!blocked.join("small-software.docx").exists());
}

#[cfg(unix)]
#[test]
fn a_word_document_is_not_written_to_a_terminal() {
    use rexpect::session::spawn_command;
    let mut cmd = std::process::Command::new(env!("CARGO_BIN_EXE_kam-advise"));
    cmd.current_dir(env!("CARGO_MANIFEST_DIR"))
        .args([
            "examples/large-group.toml",
            "--format",
            "docx",
            "--lang",
            "en",
        ])
        .env("NO_COLOR", "1")
        .env("SOURCE_DATE_EPOCH", "1795867200")
        .env("LANG", "C");
    let mut p = spawn_command(cmd, Some(30_000)).unwrap_or_else(|e| panic!("spawn: {e}"));
    p.exp_string(
        "writes a Word document, not text for a terminal: redirect standard output to a file",
    )
    .unwrap();
    let rest = p.exp_eof().unwrap();
    assert!(!rest.contains("PK"), "{rest}");
    match p.process().wait() {
        Ok(rexpect::process::WaitStatus::Exited(_, code)) => assert_eq!(code, 2),
        other => panic!("{other:?}"),
    }
}
