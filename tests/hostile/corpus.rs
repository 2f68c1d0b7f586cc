//! The hostile corpus: small crafted workbooks and sheets, each built here byte by
//! byte (no binary blobs), each aimed at one way a file can ask a reader for more
//! than it holds. Used by `tests/hostile.rs` (each file's exact stderr in both
//! languages, `tests/hostile/*.err`) and by `bench/hostile.sh` through the
//! `hostile-corpus` example (each file within 64 MiB and 1 s).

use std::io::Write;
use std::path::Path;

/// One file of the corpus: its name, its bytes, and the extra arguments it is
/// run with.
pub struct Case {
    pub name: &'static str,
    pub bytes: Vec<u8>,
    pub args: &'static [&'static str],
}

/// Every case of the corpus.
pub fn cases() -> Vec<Case> {
    let mut cases = Vec::new();
    let mut add = |name: &'static str, bytes: Vec<u8>| {
        cases.push(Case {
            name,
            bytes,
            args: &[],
        })
    };
    // (1) `<sst uniqueCount>` reserved whole by calamine: 10^11 aborted, 10^18 panicked.
    add("sst-count-1e11.xlsx", xlsx_sst_count("100000000000"));
    add("sst-count-1e18.xlsx", xlsx_sst_count("1000000000000000000"));
    // (10) A shared-string index that is not a number was read as string 0.
    for (name, index) in [
        ("sst-index-minus-one.xlsx", "-1"),
        ("sst-index-abc.xlsx", "abc"),
        ("sst-index-fraction.xlsx", "1.5"),
        ("sst-index-1e23.xlsx", "100000000000000000000000"),
    ] {
        add(name, xlsx_bad_index(index));
    }
    // (14) One large shared string referenced by many cells.
    add(
        "sst-referenced-200000-times.xlsx",
        xlsx_shared_bomb(200_000),
    );
    add("sst-twice-in-a-row.xlsx", xlsx_shared_row());
    // Row 2 given twice: its cells were merged, the last values winning, exit 0.
    add(
        "row-2-twice.xlsx",
        xlsx(
            &sst("6", &STRINGS),
            &format!(
                "{}<row r=\"2\"><c r=\"A2\" t=\"s\"><v>3</v></c><c r=\"B2\"><v>90000000</v></c><c r=\"C2\"><v>7</v></c><c r=\"D2\" t=\"s\"><v>5</v></c></row>",
                good_rows()
            ),
        ),
    );
    // Row 2 given again after row 3: read as a fourth profile, exit 0.
    add(
        "row-2-after-row-3.xlsx",
        xlsx(
            &sst("6", &STRINGS),
            &format!(
                "{}<row r=\"3\"><c r=\"A3\" t=\"s\"><v>3</v></c><c r=\"B3\"><v>70000000</v></c><c r=\"C3\"><v>9</v></c><c r=\"D3\" t=\"s\"><v>5</v></c></row><row r=\"2\"><c r=\"A2\" t=\"s\"><v>3</v></c><c r=\"B2\"><v>90000000</v></c><c r=\"C2\"><v>7</v></c><c r=\"D2\" t=\"s\"><v>5</v></c></row>",
                good_rows()
            ),
        ),
    );
    // A row number past any sheet's: was read as row 1.
    add(
        "row-number-1e20.xlsx",
        xlsx(
            &sst("6", &STRINGS),
            &format!(
                "{}<row r=\"99999999999999999999\"><c r=\"A99999999999999999999\" t=\"s\"><v>3</v></c><c r=\"B99999999999999999999\"><v>70000000</v></c><c r=\"C99999999999999999999\"><v>9</v></c><c r=\"D99999999999999999999\" t=\"s\"><v>5</v></c></row>",
                good_rows()
            ),
        ),
    );
    // A column of eight letters, past u32: a panic where overflow is checked.
    add(
        "column-8-letters.xlsx",
        xlsx(
            &sst("6", &STRINGS),
            &format!(
                "{}<row r=\"3\"><c r=\"ZZZZZZZZ3\" t=\"s\"><v>3</v></c></row>",
                good_rows()
            ),
        ),
    );
    // An XLS row with a value only under a column without a name.
    add("value-only-without-column.xls", {
        let mut cells = good_xls_cells();
        cells.push(XlsCell::Number(2, 5, 7.0));
        cfb(&xls_stream(&STRINGS, None, &cells))
    });
    // Two parts of one name, the sheet's: the last was read, silently.
    add("two-parts-of-one-name.xlsx", xlsx_duplicate_sheet());
    // The same sheet again under a name that differs only in case: the last was
    // read, silently (the reader finds parts without regard to case).
    add(
        "parts-differing-in-case.xlsx",
        xlsx_parts(
            WORKBOOK,
            &sst("6", &STRINGS),
            &[
                ("xl/worksheets/sheet1.xml", &good_rows()),
                (
                    "XL/Worksheets/Sheet1.XML",
                    &good_rows().replace("80000000", "8000"),
                ),
            ],
            &[],
        ),
    );
    // One number format of 1 MB named by 3,000 cell styles: each copied it, 2.9 GB.
    add("styles-one-format-3000-times.xlsx", {
        let code = format!("0\"{}\"", "x".repeat(1_000_000));
        let xfs: Vec<u32> = std::iter::once(0)
            .chain(std::iter::repeat_n(164, 3000))
            .collect();
        xlsx_styled(&[(164, &code)], &xfs, &good_rows())
    });
    // Shared strings under xl/worksheets/ took a worksheet's allowance: 771 MiB.
    add(
        "shared-strings-under-worksheets.xlsx",
        xlsx_shared_strings_under_worksheets(),
    );
    // A reference that names no cell (B-3): told with no row, the rows after lost.
    add(
        "reference-B-3.xlsx",
        xlsx(
            &sst("6", &STRINGS),
            &format!(
                "{}<row r=\"3\"><c r=\"A3\" t=\"s\"><v>3</v></c><c r=\"B-3\"><v>1</v></c></row>",
                good_rows()
            ),
        ),
    );
    // A revenue under a percentage with a unit: read as the bare number.
    add(
        "revenue-percent-with-unit.xlsx",
        xlsx_styled(
            &[(164, "0%\"万元\"")],
            &[0, 164],
            &good_rows().replace(r#"<c r="B2">"#, r#"<c r="B2" s="1">"#),
        ),
    );
    // (2) XLS: DIMENSIONS as large as it can be, reversed, two cells far apart.
    add(
        "dimensions-huge.xls",
        xls_dimensions(0, 0xFFFF_FFFF, 0, 0xFFFF),
    );
    add("dimensions-reversed.xls", xls_dimensions(70_000, 3, 200, 1));
    add("cells-far-apart.xls", xls_far_cells());
    // (14) LABELSST: a long shared string copied into each cell that refers to it.
    add("labelsst-8000-times.xls", xls_labelsst_bomb(8000));
    // (10) for XLS: a LABELSST index past the string table was read as an empty cell.
    add(
        "labelsst-index-past-the-table.xls",
        xls_labelsst_past_the_table(),
    );
    add("boundsheet-past-the-end.xls", xls_bad_boundsheet());
    // XLS is held whole when opened: a MULRK record packs a cell into 6 bytes.
    add("mulrk-million-cells.xls", xls_mulrk_million());
    add("mulrk-reversed.xls", xls_mulrk_reversed());
    // An XLSX renamed .xls was told in calamine's words ("Cfb error: Invalid OLE").
    add(
        "xlsx-named-xls.xls",
        xlsx(&sst("6", &STRINGS), &good_rows()),
    );
    add("truncated-fat.xls", xls_truncated());
    add("sector-past-the-end.xls", xls_sector_past_the_end());
    // (13) ODS repeat attributes.
    add("rows-repeated.ods", ods_rows_repeated());
    add("columns-repeated.ods", ods_columns_repeated());
    add("empty-repeats.ods", ods_empty_repeats());
    add("repeat-not-a-number.ods", ods_repeat_not_a_number());
    // A currency cell in dollars was read as that many yuan, exit 0.
    add("currency-usd-cell.ods", ods_currency_usd());
    add("spaces-1e12.ods", ods_spaces());
    // (23) NaN and infinity in number cells.
    add("nan-cell.ods", ods_nan());
    // (9) A quoted cell of 40,000 lines: later rows keep their numbers.
    add("multiline-cell.csv", csv_multiline());
    // 3 rows of 60 values under no column name: 180 problems, the first 100 told
    // (5,000 such rows printed 1.26 million lines).
    add("values-without-columns.csv", {
        let mut text = String::from("name,annual_revenue,key_accounts,scale\n");
        for row in 0..3 {
            text.push_str(&format!("A{row},8000万,12,medium{}\n", ",x".repeat(60)));
        }
        text.into_bytes()
    });
    // A quote opened in a note and never closed swallowed every later row, exit 0.
    add(
        "unclosed-quote-in-a-note.csv",
        "name,annual_revenue,key_accounts,scale,# note\nA,8000万,12,medium,\"met in May\nB,9000万,12,medium,ok\nC,1亿,12,medium,ok\n"
            .as_bytes()
            .to_vec(),
    );
    // (26) Encodings told by name, and a NUL or a byte that is not UTF-8 placed.
    let text = "name,annual_revenue,key_accounts\nAlpha Corp,8000万,12\n";
    add(
        "utf16-without-bom.csv",
        text.encode_utf16().flat_map(u16::to_le_bytes).collect(),
    );
    add(
        "utf32-without-bom.csv",
        text.chars()
            .flat_map(|c| u32::from(c).to_le_bytes())
            .collect(),
    );
    add(
        "nul-on-line-3.csv",
        b"name,annual_revenue,key_accounts\nA,1,2\nB\0,1,2\n".to_vec(),
    );
    add(
        "latin1-on-line-2.csv",
        b"name,annual_revenue,key_accounts\nCaf\xe9,1,2\n".to_vec(),
    );
    // A part the reader holds whole (shared strings) past its limit, and runs of XML
    // without markup that a reader would buffer whole (a later attack: 200 MB of
    // them took 500 MiB).
    add("sst-one-20mb-string.xlsx", xlsx_sst_one_long_string());
    add("spaces-before-rows.xlsx", xlsx_spaces_before_rows());
    // Markup that packs 1,000 to 1: 240 MiB of empty cells in 235 KB took 6 s.
    add("empty-cells-1000-to-1.xlsx", xlsx_empty_cells());
    add("spaces-between-rows.ods", ods_spaces_between_rows());
    // (22) A sheet named with an escape sequence, a bidi override and a zero-width
    // space: shown escaped where an error names the row.
    add("sheet-name-controls.xlsx", xlsx_sheet_name_controls());
    // A workbook found corrupt at row 4, after good rows 2 and 3: refused whole.
    add("bad-index-at-row-4.xlsx", xlsx_bad_index_late());
    // Not hostile: an XLS whose note column repeats one long sentence on 5,000 rows
    // holds more text than twice its file; it was refused as a bomb after 4,000 rows.
    cases.push(Case {
        name: "note-repeated-5000-rows.xls",
        bytes: xls_note_repeated(5000),
        args: &[],
    });
    cases
}

/// Writes every case into `dir`.
pub fn write_all(dir: &Path) -> std::io::Result<Vec<Case>> {
    let cases = cases();
    for case in &cases {
        std::fs::write(dir.join(case.name), &case.bytes)?;
    }
    Ok(cases)
}

// ---- XLSX -----------------------------------------------------------------

fn zip(parts: &[(&str, &[u8])]) -> Vec<u8> {
    let mut out = std::io::Cursor::new(Vec::new());
    {
        let mut zip = zip::ZipWriter::new(&mut out);
        let options = zip::write::SimpleFileOptions::default()
            .compression_method(zip::CompressionMethod::Deflated);
        for (name, bytes) in parts {
            zip.start_file(*name, options).expect("zip part");
            zip.write_all(bytes).expect("zip write");
        }
        zip.finish().expect("zip finish");
    }
    out.into_inner()
}

const CONTENT_TYPES: &str = r#"<?xml version="1.0" encoding="UTF-8"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>"#;
const ROOT_RELS: &str = r#"<?xml version="1.0" encoding="UTF-8"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>"#;
const WORKBOOK: &str = r#"<?xml version="1.0" encoding="UTF-8"?>
<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Sheet1" sheetId="1" r:id="rId1"/></sheets></workbook>"#;
const WORKBOOK_RELS: &str = r#"<?xml version="1.0" encoding="UTF-8"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/></Relationships>"#;

fn xlsx(shared: &str, rows: &str) -> Vec<u8> {
    xlsx_with(WORKBOOK, shared, rows)
}

/// A workbook of one sheet whose `workbook.xml` is `workbook`.
fn xlsx_with(workbook: &str, shared: &str, rows: &str) -> Vec<u8> {
    xlsx_parts(workbook, shared, &[("xl/worksheets/sheet1.xml", rows)], &[])
}

/// A workbook whose worksheet parts are `sheets` (part name, rows), with `extra`
/// parts after them.
fn xlsx_parts(
    workbook: &str,
    shared: &str,
    sheets: &[(&str, &str)],
    extra: &[(&str, &[u8])],
) -> Vec<u8> {
    let sheets: Vec<(&str, String)> = sheets
        .iter()
        .map(|(name, rows)| {
            let xml = format!(
                r#"<?xml version="1.0" encoding="UTF-8"?>
<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>{rows}</sheetData></worksheet>"#
            );
            (*name, xml)
        })
        .collect();
    let mut parts: Vec<(&str, &[u8])> = vec![
        ("[Content_Types].xml", CONTENT_TYPES.as_bytes()),
        ("_rels/.rels", ROOT_RELS.as_bytes()),
        ("xl/workbook.xml", workbook.as_bytes()),
        ("xl/_rels/workbook.xml.rels", WORKBOOK_RELS.as_bytes()),
        ("xl/sharedStrings.xml", shared.as_bytes()),
    ];
    parts.extend(sheets.iter().map(|(name, xml)| (*name, xml.as_bytes())));
    parts.extend_from_slice(extra);
    zip(&parts)
}

/// The good workbook with `styles.xml` of these number formats (id, code) and cell
/// styles (each a number format's id), and `rows`.
fn xlsx_styled(formats: &[(u32, &str)], xfs: &[u32], rows: &str) -> Vec<u8> {
    let formats: String = formats
        .iter()
        .map(|(id, code)| {
            let code = code
                .replace('&', "&amp;")
                .replace('"', "&quot;")
                .replace('<', "&lt;");
            format!(r#"<numFmt numFmtId="{id}" formatCode="{code}"/>"#)
        })
        .collect();
    let xfs: String = xfs
        .iter()
        .map(|id| format!(r#"<xf numFmtId="{id}" fontId="0" fillId="0" borderId="0"/>"#))
        .collect();
    let styles = format!(
        r#"<?xml version="1.0" encoding="UTF-8"?>
<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><numFmts>{formats}</numFmts><fonts><font><name val="Calibri"/></font></fonts><fills><fill/></fills><borders><border/></borders><cellXfs>{xfs}</cellXfs></styleSheet>"#
    );
    xlsx_parts(
        WORKBOOK,
        &sst("6", &STRINGS),
        &[("xl/worksheets/sheet1.xml", rows)],
        &[("xl/styles.xml", styles.as_bytes())],
    )
}

/// Shared strings of more than 16 MiB placed under `xl/worksheets/`, where the
/// workbook's relationships find them (a part held whole given a worksheet's
/// allowance by its name), with 200 KB of incompressible bytes so that the file
/// is not refused first for unpacking to far more than its size.
fn xlsx_shared_strings_under_worksheets() -> Vec<u8> {
    let root = r#"<?xml version="1.0" encoding="UTF-8"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/worksheets/workbook.xml"/></Relationships>"#;
    let rels = r#"<?xml version="1.0" encoding="UTF-8"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="sheet1.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/></Relationships>"#;
    let mut shared = sst("6", &STRINGS).replace("</sst>", "");
    while shared.len() < 17 * 1024 * 1024 {
        shared.push_str("<si><t>a</t></si>");
    }
    shared.push_str("</sst>");
    let sheet = format!(
        r#"<?xml version="1.0" encoding="UTF-8"?>
<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>{}</sheetData></worksheet>"#,
        good_rows()
    );
    // A linear congruential generator: the same bytes every run.
    let mut x: u32 = 12345;
    let pad: Vec<u8> = (0..200_000)
        .map(|_| {
            x = x.wrapping_mul(1_103_515_245).wrapping_add(12345);
            (x >> 16) as u8
        })
        .collect();
    zip(&[
        ("[Content_Types].xml", CONTENT_TYPES.as_bytes()),
        ("_rels/.rels", root.as_bytes()),
        ("xl/worksheets/workbook.xml", WORKBOOK.as_bytes()),
        ("xl/worksheets/_rels/workbook.xml.rels", rels.as_bytes()),
        ("xl/worksheets/sharedStrings.xml", shared.as_bytes()),
        ("xl/worksheets/sheet1.xml", sheet.as_bytes()),
        ("xl/media/pad.bin", &pad),
    ])
}

/// The good workbook with a second `xl/worksheets/sheet1.xml` after the first (its
/// name written as sheet9 and renamed in the bytes: a zip writer refuses two).
fn xlsx_duplicate_sheet() -> Vec<u8> {
    let second = good_rows().replace("80000000", "90000000");
    let bytes = xlsx_parts(
        WORKBOOK,
        &sst("6", &STRINGS),
        &[
            ("xl/worksheets/sheet1.xml", &good_rows()),
            ("xl/worksheets/sheet9.xml", &second),
        ],
        &[],
    );
    let (from, to) = (b"xl/worksheets/sheet9.xml", b"xl/worksheets/sheet1.xml");
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i..].starts_with(from) {
            out.extend_from_slice(to);
            i += from.len();
        } else {
            out.push(bytes[i]);
            i += 1;
        }
    }
    out
}

fn sst(count: &str, strings: &[&str]) -> String {
    let items: String = strings
        .iter()
        .map(|s| format!("<si><t>{s}</t></si>"))
        .collect();
    format!(
        r#"<?xml version="1.0" encoding="UTF-8"?>
<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="{count}" uniqueCount="{count}">{items}</sst>"#
    )
}

/// The header and one good row: Alpha Corp, 80,000,000, 12, medium.
fn good_rows() -> String {
    r#"<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="s"><v>2</v></c><c r="D1" t="s"><v>4</v></c></row><row r="2"><c r="A2" t="s"><v>3</v></c><c r="B2"><v>80000000</v></c><c r="C2"><v>12</v></c><c r="D2" t="s"><v>5</v></c></row>"#.to_string()
}

const STRINGS: [&str; 6] = [
    "name",
    "annual_revenue",
    "key_accounts",
    "Alpha Corp",
    "scale",
    "medium",
];

/// A shared-strings part of 20 MB (one string no cell refers to), good rows after.
fn xlsx_sst_one_long_string() -> Vec<u8> {
    let long = "x".repeat(20 * 1024 * 1024);
    let mut strings = STRINGS.to_vec();
    strings.push(&long);
    xlsx(&sst("7", &strings), &good_rows())
}

/// 2 MiB of spaces between `<sheetData>` and the first row.
fn xlsx_spaces_before_rows() -> Vec<u8> {
    xlsx(
        &sst("6", &STRINGS),
        &format!("{}{}", " ".repeat(2 * 1024 * 1024), good_rows()),
    )
}

/// The good rows, then a row of 4.5 million empty cells (`<c/>`): 18 MB of XML
/// that packs into about 18 KB.
fn xlsx_empty_cells() -> Vec<u8> {
    let empty = format!("<row r=\"3\">{}</row>", "<c/>".repeat(4_500_000));
    xlsx(&sst("6", &STRINGS), &format!("{}{empty}", good_rows()))
}

/// The sheet's name holds ESC [31m, U+202E and U+200B; row 2's key accounts are a word.
fn xlsx_sheet_name_controls() -> Vec<u8> {
    let workbook = WORKBOOK.replace("Sheet1", "S&#x1b;[31mX&#x202e;Y&#x200b;");
    let mut strings = STRINGS.to_vec();
    strings.push("twelve");
    let rows = r#"<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="s"><v>2</v></c><c r="D1" t="s"><v>4</v></c></row><row r="2"><c r="A2" t="s"><v>3</v></c><c r="B2"><v>80000000</v></c><c r="C2" t="s"><v>6</v></c><c r="D2" t="s"><v>5</v></c></row>"#;
    xlsx_with(&workbook, &sst("7", &strings), rows)
}

fn xlsx_sst_count(count: &str) -> Vec<u8> {
    xlsx(&sst(count, &STRINGS), &good_rows())
}

/// Good rows 2 and 3, then a shared-string index that is a word at row 4.
fn xlsx_bad_index_late() -> Vec<u8> {
    let rows = format!(
        r#"{}<row r="3"><c r="A3" t="s"><v>3</v></c><c r="B3"><v>90000000</v></c><c r="C3"><v>7</v></c><c r="D3" t="s"><v>5</v></c></row><row r="4"><c r="A4" t="s"><v>abc</v></c></row>"#,
        good_rows()
    );
    xlsx(&sst("6", &STRINGS), &rows)
}

fn xlsx_bad_index(index: &str) -> Vec<u8> {
    let rows = format!(
        r#"{}<row r="3"><c r="A3" t="s"><v>{index}</v></c><c r="B3"><v>90000000</v></c><c r="C3"><v>7</v></c><c r="D3" t="s"><v>5</v></c></row>"#,
        good_rows()
    );
    xlsx(&sst("6", &STRINGS), &rows)
}

/// A 100 KiB string in a note column of `rows` rows: each row is blank (a note
/// only), so all the work is in copying the string.
fn xlsx_shared_bomb(rows: usize) -> Vec<u8> {
    let big = "x".repeat(100 * 1024);
    let shared = sst(
        "5",
        &["name", "annual_revenue", "key_accounts", "# note", &big],
    );
    let mut xml = String::from(
        r#"<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="s"><v>2</v></c><c r="D1" t="s"><v>3</v></c></row>"#,
    );
    for r in 2..rows + 2 {
        xml.push_str(&format!(
            r#"<row r="{r}"><c r="D{r}" t="s"><v>4</v></c></row>"#
        ));
    }
    xlsx(&shared, &xml)
}

/// Two references to a 100 KiB string in one row: over the row limit, refused
/// before either is copied.
fn xlsx_shared_row() -> Vec<u8> {
    let big = "y".repeat(100 * 1024);
    let shared = sst(
        "5",
        &["name", "annual_revenue", "key_accounts", "# note", &big],
    );
    let rows = r#"<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="s"><v>2</v></c><c r="D1" t="s"><v>3</v></c></row><row r="2"><c r="A2" t="s"><v>4</v></c><c r="B2"><v>1</v></c><c r="C2"><v>1</v></c><c r="D2" t="s"><v>4</v></c></row>"#;
    xlsx(&shared, rows)
}

// ---- XLS (BIFF8 in a compound file) -------------------------------------------

fn record(out: &mut Vec<u8>, typ: u16, data: &[u8]) {
    out.extend(typ.to_le_bytes());
    out.extend((data.len() as u16).to_le_bytes());
    out.extend(data);
}

fn bof(dt: u16) -> Vec<u8> {
    let mut data = Vec::new();
    data.extend(0x0600u16.to_le_bytes());
    data.extend(dt.to_le_bytes());
    data.extend([0u8; 12]);
    data
}

/// An XLUnicodeRichExtendedString (SST item) of 8-bit characters.
fn sst_string(out: &mut Vec<u8>, s: &str) {
    out.extend((s.len() as u16).to_le_bytes());
    out.push(0);
    out.extend(s.as_bytes());
}

/// A sheet's cells: LABELSST (string index), NUMBER, or MULRK (a row of numbers
/// from a first column to a last, which may be given wrong).
enum XlsCell {
    Sst(u16, u16, u32),
    Number(u16, u16, f64),
    MulRk {
        row: u16,
        first: u16,
        last: u16,
        n: u16,
    },
}

/// A workbook stream: one sheet named Sheet1 whose records are `sheet`.
fn xls_stream(strings: &[&str], dimensions: Option<[u8; 14]>, cells: &[XlsCell]) -> Vec<u8> {
    let mut sst = Vec::new();
    sst.extend((strings.len() as u32).to_le_bytes());
    sst.extend((strings.len() as u32).to_le_bytes());
    for s in strings {
        sst_string(&mut sst, s);
    }
    let mut sheet = Vec::new();
    record(&mut sheet, 0x0809, &bof(0x0010));
    if let Some(dimensions) = dimensions {
        record(&mut sheet, 0x0200, &dimensions);
    }
    for cell in cells {
        let mut data = Vec::new();
        match cell {
            XlsCell::Sst(r, c, i) => {
                data.extend(r.to_le_bytes());
                data.extend(c.to_le_bytes());
                data.extend(0u16.to_le_bytes());
                data.extend(i.to_le_bytes());
                record(&mut sheet, 0x00FD, &data);
            }
            XlsCell::Number(r, c, n) => {
                data.extend(r.to_le_bytes());
                data.extend(c.to_le_bytes());
                data.extend(0u16.to_le_bytes());
                data.extend(n.to_le_bytes());
                record(&mut sheet, 0x0203, &data);
            }
            XlsCell::MulRk {
                row,
                first,
                last,
                n,
            } => {
                data.extend(row.to_le_bytes());
                data.extend(first.to_le_bytes());
                for _ in 0..*n {
                    // ixfe 0, then RK 1.0 (an IEEE double's high 30 bits, flags 0).
                    data.extend(0u16.to_le_bytes());
                    data.extend(0x3FF0_0000u32.to_le_bytes());
                }
                data.extend(last.to_le_bytes());
                record(&mut sheet, 0x00BD, &data);
            }
        }
    }
    record(&mut sheet, 0x000A, &[]);
    // Globals: BOF, BoundSheet8 (its offset patched below), SST, EOF.
    let mut globals = Vec::new();
    record(&mut globals, 0x0809, &bof(0x0005));
    let boundsheet_at = globals.len() + 4;
    let mut boundsheet = vec![0u8; 4];
    boundsheet.extend([0, 0, 6, 0]);
    boundsheet.extend(b"Sheet1");
    record(&mut globals, 0x0085, &boundsheet);
    record(&mut globals, 0x00FC, &sst);
    record(&mut globals, 0x000A, &[]);
    let offset = globals.len() as u32;
    globals[boundsheet_at..boundsheet_at + 4].copy_from_slice(&offset.to_le_bytes());
    globals.extend(sheet);
    globals
}

/// A compound file (CFB version 3, 512-byte sectors) holding one stream,
/// `Workbook`, padded to at least 4096 bytes so that it lives in the main FAT.
fn cfb(stream: &[u8]) -> Vec<u8> {
    const END: u32 = 0xFFFF_FFFE;
    const FREE: u32 = 0xFFFF_FFFF;
    const FATSECT: u32 = 0xFFFF_FFFD;
    const NONE: u32 = 0xFFFF_FFFF;
    let mut data = stream.to_vec();
    let size = data.len().max(4096).div_ceil(512) * 512;
    data.resize(size, 0);
    let stream_sectors = (size / 512) as u32;
    let dir_sector = stream_sectors;
    // FAT entries: the stream, the directory, and the FAT sectors themselves.
    let mut fat_sectors = 1u32;
    while (stream_sectors + 1 + fat_sectors) > fat_sectors * 128 {
        fat_sectors += 1;
    }
    assert!(
        fat_sectors <= 109,
        "the test corpus keeps to the header's DIFAT"
    );
    let mut fat = Vec::new();
    for i in 0..stream_sectors {
        fat.push(if i + 1 == stream_sectors { END } else { i + 1 });
    }
    fat.push(END);
    fat.extend(std::iter::repeat_n(FATSECT, fat_sectors as usize));
    fat.resize(fat_sectors as usize * 128, FREE);

    let mut header = Vec::new();
    header.extend([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]);
    header.extend([0u8; 16]);
    header.extend(0x003Eu16.to_le_bytes());
    header.extend(0x0003u16.to_le_bytes());
    header.extend(0xFFFEu16.to_le_bytes());
    header.extend(9u16.to_le_bytes());
    header.extend(6u16.to_le_bytes());
    header.extend([0u8; 6]);
    header.extend(0u32.to_le_bytes());
    header.extend(fat_sectors.to_le_bytes());
    header.extend(dir_sector.to_le_bytes());
    header.extend(0u32.to_le_bytes());
    header.extend(4096u32.to_le_bytes());
    header.extend(END.to_le_bytes());
    header.extend(0u32.to_le_bytes());
    header.extend(END.to_le_bytes());
    header.extend(0u32.to_le_bytes());
    for i in 0..109 {
        let sector = if i < fat_sectors {
            dir_sector + 1 + i
        } else {
            FREE
        };
        header.extend(sector.to_le_bytes());
    }
    assert_eq!(header.len(), 512);

    let entry = |name: &str, typ: u8, child: u32, start: u32, size: u64| {
        let mut e = vec![0u8; 128];
        let utf16: Vec<u8> = name
            .encode_utf16()
            .chain([0])
            .flat_map(u16::to_le_bytes)
            .collect();
        e[..utf16.len()].copy_from_slice(&utf16);
        e[64..66].copy_from_slice(&(utf16.len() as u16).to_le_bytes());
        e[66] = typ;
        e[67] = 1;
        e[68..72].copy_from_slice(&NONE.to_le_bytes());
        e[72..76].copy_from_slice(&NONE.to_le_bytes());
        e[76..80].copy_from_slice(&child.to_le_bytes());
        e[116..120].copy_from_slice(&start.to_le_bytes());
        e[120..128].copy_from_slice(&size.to_le_bytes());
        e
    };
    let mut dir = Vec::new();
    dir.extend(entry("Root Entry", 5, 1, END, 0));
    dir.extend(entry("Workbook", 2, NONE, 0, size as u64));
    let mut empty = vec![0u8; 128];
    empty[68..80].copy_from_slice(&[0xFF; 12]);
    dir.extend(&empty);
    dir.extend(&empty);

    let mut out = header;
    out.extend(data);
    out.extend(dir);
    out.extend(fat.iter().flat_map(|v| v.to_le_bytes()));
    out
}

fn dimensions(first_row: u32, last_row: u32, first_col: u16, last_col: u16) -> [u8; 14] {
    let mut d = [0u8; 14];
    d[0..4].copy_from_slice(&first_row.to_le_bytes());
    d[4..8].copy_from_slice(&last_row.to_le_bytes());
    d[8..10].copy_from_slice(&first_col.to_le_bytes());
    d[10..12].copy_from_slice(&last_col.to_le_bytes());
    d
}

fn good_xls_cells() -> Vec<XlsCell> {
    vec![
        XlsCell::Sst(0, 0, 0),
        XlsCell::Sst(0, 1, 1),
        XlsCell::Sst(0, 2, 2),
        XlsCell::Sst(1, 0, 3),
        XlsCell::Number(1, 1, 80_000_000.0),
        XlsCell::Number(1, 2, 12.0),
        XlsCell::Sst(0, 3, 4),
        XlsCell::Sst(1, 3, 5),
    ]
}

fn xls_dimensions(first_row: u32, last_row: u32, first_col: u16, last_col: u16) -> Vec<u8> {
    let d = dimensions(first_row, last_row, first_col, last_col);
    cfb(&xls_stream(&STRINGS, Some(d), &good_xls_cells()))
}

/// A good sheet, and one more cell at the last row and column BIFF8 can address:
/// a dense range would be 65,536 × 256 cells.
fn xls_far_cells() -> Vec<u8> {
    let mut cells = good_xls_cells();
    cells.push(XlsCell::Number(65_535, 255, 1.0));
    cfb(&xls_stream(&STRINGS, None, &cells))
}

/// An 8,000-character shared string in a note column of `n` rows.
fn xls_labelsst_bomb(n: u16) -> Vec<u8> {
    let big = "z".repeat(8000);
    let strings = ["name", "annual_revenue", "key_accounts", "# note", &big];
    let mut cells: Vec<XlsCell> = (0..4).map(|c| XlsCell::Sst(0, c, u32::from(c))).collect();
    cells.extend((1..=n).map(|r| XlsCell::Sst(r, 3, 4)));
    cfb(&xls_stream(&strings, None, &cells))
}

/// The good sheet, then rows of 256 numbers in MULRK records (6 bytes of file a
/// cell) until the workbook holds more than a million cells: 6 MB of file that
/// calamine would hold as 160 MB.
fn xls_mulrk_million() -> Vec<u8> {
    let mut cells = good_xls_cells();
    let rows = (1_000_000 / 256 + 1) as u16;
    cells.extend((0..rows).map(|r| XlsCell::MulRk {
        row: 2 + r,
        first: 0,
        last: 255,
        n: 256,
    }));
    cfb(&xls_stream(&STRINGS, None, &cells))
}

/// The good sheet with a MULRK record whose last column comes before its first.
fn xls_mulrk_reversed() -> Vec<u8> {
    let mut cells = good_xls_cells();
    cells.push(XlsCell::MulRk {
        row: 2,
        first: 5,
        last: 4,
        n: 0,
    });
    cfb(&xls_stream(&STRINGS, None, &cells))
}

/// A good sheet of `n` rows with a note column: one 400-character Chinese sentence,
/// the same shared string on every row.
fn xls_note_repeated(n: u16) -> Vec<u8> {
    let note = "客户经理五月拜访，对方希望明年扩大合作。".repeat(20);
    let strings = [
        "name",
        "annual_revenue",
        "key_accounts",
        "scale",
        "# note",
        "Alpha Corp",
        "medium",
        &note,
    ];
    let mut cells: Vec<XlsCell> = (0..5).map(|c| XlsCell::Sst(0, c, u32::from(c))).collect();
    for r in 1..=n {
        cells.push(XlsCell::Sst(r, 0, 5));
        cells.push(XlsCell::Number(r, 1, 80_000_000.0));
        cells.push(XlsCell::Number(r, 2, 12.0));
        cells.push(XlsCell::Sst(r, 3, 6));
        cells.push(XlsCell::Sst(r, 4, 7));
    }
    cfb(&xls_stream(&strings, None, &cells))
}

/// The good workbook with its scale cell pointing at string 999,999 of six.
fn xls_labelsst_past_the_table() -> Vec<u8> {
    let mut cells = good_xls_cells();
    if let Some(last) = cells.last_mut() {
        *last = XlsCell::Sst(1, 3, 999_999);
    }
    cfb(&xls_stream(&STRINGS, None, &cells))
}

/// A compound file cut 3 bytes into its last sector (the FAT).
fn xls_truncated() -> Vec<u8> {
    let mut file = cfb(&xls_stream(&STRINGS, None, &good_xls_cells()));
    file.truncate(file.len() - 509);
    file
}

/// A directory that starts at the sector just past the end of the file (the
/// reader's bound counts the header as a sector, so it lets this id through).
fn xls_sector_past_the_end() -> Vec<u8> {
    let mut file = cfb(&xls_stream(&STRINGS, None, &good_xls_cells()));
    let past = (file.len() / 512) as u32;
    file[48..52].copy_from_slice(&past.to_le_bytes());
    file
}

/// A BoundSheet8 whose offset is past the end of the stream.
fn xls_bad_boundsheet() -> Vec<u8> {
    let mut stream = xls_stream(&STRINGS, None, &good_xls_cells());
    // The BoundSheet8 record follows the BOF (4 + 16 bytes): its offset field.
    stream[24..28].copy_from_slice(&0x7FFF_FFF0u32.to_le_bytes());
    cfb(&stream)
}

// ---- ODS -------------------------------------------------------------------------

fn ods(rows: &str) -> Vec<u8> {
    let content = format!(
        r#"<?xml version="1.0" encoding="UTF-8"?>
<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.2"><office:body><office:spreadsheet><table:table table:name="Sheet1">{rows}</table:table></office:spreadsheet></office:body></office:document-content>"#
    );
    zip(&[
        (
            "mimetype",
            b"application/vnd.oasis.opendocument.spreadsheet".as_slice(),
        ),
        ("content.xml", content.as_bytes()),
    ])
}

fn text_cell(s: &str) -> String {
    format!(
        r#"<table:table-cell office:value-type="string"><text:p>{s}</text:p></table:table-cell>"#
    )
}

fn float_cell(v: &str) -> String {
    format!(
        r#"<table:table-cell office:value-type="float" office:value="{v}"><text:p>{v}</text:p></table:table-cell>"#
    )
}

fn ods_header() -> String {
    let cells: String = ["name", "annual_revenue", "key_accounts", "scale"]
        .iter()
        .map(|h| text_cell(h))
        .collect();
    format!("<table:table-row>{cells}</table:table-row>")
}

/// 2 MiB of spaces between two rows of `content.xml`.
fn ods_spaces_between_rows() -> Vec<u8> {
    ods(&format!("{}{}", ods_header(), " ".repeat(2 * 1024 * 1024)))
}

fn ods_rows_repeated() -> Vec<u8> {
    let row = format!(
        r#"<table:table-row table:number-rows-repeated="1048575">{}{}{}{}</table:table-row>"#,
        text_cell("Alpha Corp"),
        float_cell("80000000"),
        float_cell("12"),
        text_cell("medium")
    );
    ods(&format!("{}{row}", ods_header()))
}

/// The header, then a row whose second cell repeats "twice" times: told at its cell.
fn ods_repeat_not_a_number() -> Vec<u8> {
    let row = format!(
        r#"<table:table-row>{}<table:table-cell table:number-columns-repeated="twice" office:value-type="float" office:value="1"/></table:table-row>"#,
        text_cell("Alpha Corp"),
    );
    ods(&format!("{}{row}", ods_header()))
}

/// The header, then a row whose revenue is a currency cell in USD.
fn ods_currency_usd() -> Vec<u8> {
    let row = format!(
        r#"<table:table-row>{}<table:table-cell office:value-type="currency" office:currency="USD" office:value="1200000000"><text:p>$1,200,000,000.00</text:p></table:table-cell>{}{}</table:table-row>"#,
        text_cell("Alpha Corp"),
        float_cell("12"),
        text_cell("medium")
    );
    ods(&format!("{}{row}", ods_header()))
}

fn ods_columns_repeated() -> Vec<u8> {
    let row = format!(
        r#"<table:table-row>{}<table:table-cell table:number-columns-repeated="2147483647" office:value-type="float" office:value="1"/></table:table-row>"#,
        text_cell("Alpha Corp")
    );
    ods(&format!("{}{row}", ods_header()))
}

fn ods_empty_repeats() -> Vec<u8> {
    let rows = format!(
        r#"<table:table-row table:number-rows-repeated="1000000000"><table:table-cell table:number-columns-repeated="1000000000"/></table:table-row>{}<table:table-row table:number-rows-repeated="1000000000"><table:table-cell table:number-columns-repeated="16384"/></table:table-row><table:table-row>{}{}{}{}<table:table-cell table:number-columns-repeated="1000000000"/></table:table-row>"#,
        ods_header(),
        text_cell("Alpha Corp"),
        float_cell("80000000"),
        float_cell("12"),
        text_cell("medium")
    );
    ods(&rows)
}

fn ods_spaces() -> Vec<u8> {
    let row = format!(
        r#"<table:table-row><table:table-cell office:value-type="string"><text:p>A<text:s text:c="1000000000000"/>B</text:p></table:table-cell>{}{}</table:table-row>"#,
        float_cell("80000000"),
        float_cell("12")
    );
    ods(&format!("{}{row}", ods_header()))
}

fn ods_nan() -> Vec<u8> {
    let row = format!(
        "<table:table-row>{}{}{}{}</table:table-row><table:table-row>{}{}{}{}</table:table-row>",
        text_cell("Alpha Corp"),
        float_cell("NaN"),
        float_cell("12"),
        text_cell("medium"),
        text_cell("Beta Corp"),
        float_cell("80000000"),
        float_cell("inf"),
        text_cell("medium"),
    );
    ods(&format!("{}{row}", ods_header()))
}

// ---- CSV -------------------------------------------------------------------------

/// Row 2 holds a note of 40,000 lines; row 3 has a bad key_accounts: its error
/// must say row 3.
fn csv_multiline() -> Vec<u8> {
    let mut csv = String::from("name,annual_revenue,key_accounts,scale,# note\n");
    csv.push_str("Alpha Corp,8000万,12,medium,\"");
    for i in 0..40_000 {
        csv.push_str(&format!("line {i}\n"));
    }
    csv.push_str("\"\nBeta Corp,9000万,twelve,medium,\n");
    csv.into_bytes()
}
