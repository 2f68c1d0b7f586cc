//! Portfolios from spreadsheets: a row is a profile (the same advice as the TOML
//! file it stands for), a bad row is named by row and column and the others are
//! still advised, quoting and Chinese headers read as written, `compare` writes a
//! sheet the reader crates read back, and hostile files are refused quickly.

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use crate::support::kam;
use rust_xlsxwriter::Workbook;
use serde_json::Value;

/// The five enterprises, as TOML profiles.
const PROFILES: [(&str, &str); 5] = [
    (
        "a.toml",
        "name = \"华东精密机械有限公司\"\nannual_revenue = \"8000万元\"\nkey_accounts = 12\n\
         industry = \"工业\"\nemployees = 450\ncurrent_setup = \"sales\"\n\
         [strategy]\nstrategic_plan = true\n",
    ),
    (
        "b.toml",
        "name = \"Pacific Instruments, \\\"Group\\\"\"\nannual_revenue = 120000000\n\
         key_accounts = 40\ncurrency = \"USD\"\ncny_rate = 7.1\nkind = \"multinational\"\n\
         current_setup = \"department\"\n",
    ),
    (
        "c.toml",
        "name = \"省邮政分公司\"\nannual_revenue = \"3亿\"\nkey_accounts = 20\n\
         kind = \"public-sector\"\n[network]\nlevels = [\"provincial\", \"prefecture\", \"county\"]\n\
         counts = { prefecture = 12 }\n",
    ),
    (
        "d.toml",
        "name = \"小软件工作室\"\nannual_revenue = \"1500万\"\nkey_accounts = 4\nscale = \"small\"\n\
         [strategy]\naccount_development = true\n\
         [team]\nfunctions = [\"sales engineering\", \"customer success\"]\n",
    ),
    (
        "e.toml",
        "name = \"华北零售\"\nannual_revenue = \"6亿\"\nkey_accounts = 30\nindustry = \"retail\"\n\
         employees = 400\n[strategy]\nstrategic_plan = false\naccount_development = true\n",
    ),
];

/// The same five as CSV text (one extra column for the team's functions, a note column).
const CSV: &str = "name,annual_revenue,key_accounts,currency,cny_rate,kind,scale,industry,employees,current_setup,strategic_plan,account_development,levels,counts,functions,# notes\r\n\
华东精密机械有限公司,8000万元,12,,,,,工业,450,sales,yes,,,,,met in May\r\n\
\"Pacific Instruments, \"\"Group\"\"\",120000000,40,USD,7.1,multinational,,,,department,,,,,,\r\n\
省邮政分公司,3亿,20,,,public-sector,,,,,,,provincial;prefecture;county,prefecture=12,,\r\n\
小软件工作室,1500万,4,,,,small,,,,,是,,,sales engineering; customer success,\"two\nlines\"\r\n\
华北零售,6亿,30,,,,,retail,400,,0,1,,,,\r\n";

/// A cell of the workbook the test writes.
enum C {
    S(String),
    N(f64),
    B(bool),
    E,
}

/// The CSV's rows as workbook cells, typed as a spreadsheet user types them: numbers
/// as number cells, `yes` as a TRUE cell, the rest as text.
fn xlsx_rows() -> Vec<Vec<C>> {
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(false)
        .from_reader(CSV.as_bytes());
    reader
        .records()
        .map(|record| {
            let record = record.unwrap();
            record
                .iter()
                .map(|cell| match cell {
                    "" => C::E,
                    "yes" => C::B(true),
                    _ => cell.parse().map_or_else(|_| C::S(cell.into()), C::N),
                })
                .collect()
        })
        .collect()
}

/// Writes the workbook: a first sheet of notes and the portfolio on "Clients"
/// (so `--sheet` is needed), or the portfolio first when `first` is set.
fn write_xlsx(path: &Path, rows: &[Vec<C>], first: bool) {
    let mut book = Workbook::new();
    if !first {
        let notes = book.add_worksheet();
        notes
            .set_name("Notes")
            .and_then(|s| s.write_string(0, 0, "not a portfolio"))
            .unwrap();
    }
    let sheet = book.add_worksheet();
    sheet.set_name("Clients").unwrap();
    for (r, row) in rows.iter().enumerate() {
        for (c, cell) in row.iter().enumerate() {
            let (r, c) = (r as u32, c as u16);
            let done = match cell {
                C::S(s) => sheet.write_string(r, c, s).map(|_| ()),
                C::N(n) => sheet.write_number(r, c, *n).map(|_| ()),
                C::B(b) => sheet.write_boolean(r, c, *b).map(|_| ()),
                C::E => Ok(()),
            };
            done.unwrap();
        }
    }
    book.save(path).unwrap();
}

struct Run {
    code: Option<i32>,
    stdout: String,
    stderr: String,
}

fn run(dir: &Path, args: &[&str]) -> Run {
    let out = kam()
        .current_dir(dir)
        .args(args)
        .timeout(Duration::from_secs(60))
        .output()
        .unwrap_or_else(|e| panic!("{args:?}: {e}"));
    Run {
        code: out.status.code(),
        stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
    }
}

/// JSON lines, each without its `source`, and the sources.
fn records(stdout: &str) -> (Vec<Value>, Vec<String>) {
    let mut values = Vec::new();
    let mut sources = Vec::new();
    for line in stdout.lines() {
        let mut v: Value = serde_json::from_str(line).unwrap_or_else(|e| panic!("{e}: {line}"));
        let source = v
            .as_object_mut()
            .and_then(|o| o.remove("source"))
            .unwrap_or_default();
        sources.push(source.as_str().unwrap_or_default().to_string());
        values.push(v);
    }
    (values, sources)
}

fn temp() -> tempfile::TempDir {
    tempfile::tempdir().unwrap()
}

fn write(dir: &Path, name: &str, contents: impl AsRef<[u8]>) -> PathBuf {
    let path = dir.join(name);
    std::fs::write(&path, contents).unwrap();
    path
}

#[test]
fn the_same_five_enterprises_as_toml_csv_and_xlsx_give_the_same_advice() {
    let dir = temp();
    let toml_dir = dir.path().join("toml");
    std::fs::create_dir(&toml_dir).unwrap();
    for (name, text) in PROFILES {
        write(&toml_dir, name, text);
    }
    write(dir.path(), "clients.csv", CSV);
    write_xlsx(&dir.path().join("clients.xlsx"), &xlsx_rows(), false);

    let from_toml = run(dir.path(), &["toml", "--format", "json"]);
    assert_eq!(from_toml.code, Some(0), "{}", from_toml.stderr);
    let (expected, _) = records(&from_toml.stdout);
    assert_eq!(expected.len(), 5);
    let forms: Vec<&str> = expected
        .iter()
        .map(|v| v["form"].as_str().unwrap_or(""))
        .collect();
    assert_eq!(
        forms,
        [
            "department",
            "committee",
            "service-center",
            "team",
            "service-center"
        ]
    );

    let csv = run(dir.path(), &["clients.csv", "--format", "json"]);
    assert_eq!(csv.code, Some(0), "{}", csv.stderr);
    let (values, sources) = records(&csv.stdout);
    assert_eq!(values, expected);
    // Row 5 holds a line break inside quotes: it is still row 5, and row 6 follows.
    assert_eq!(
        sources,
        [
            "clients.csv:2",
            "clients.csv:3",
            "clients.csv:4",
            "clients.csv:5",
            "clients.csv:6"
        ]
    );

    let xlsx = run(
        dir.path(),
        &["clients.xlsx", "--sheet", "Clients", "--format", "json"],
    );
    assert_eq!(xlsx.code, Some(0), "{}", xlsx.stderr);
    let (values, sources) = records(&xlsx.stdout);
    assert_eq!(values, expected);
    assert_eq!(sources[0], "clients.xlsx:Clients:2");
    assert_eq!(sources[4], "clients.xlsx:Clients:6");

    // Without --sheet the first sheet is read: here a note, which names no column.
    let first = run(dir.path(), &["clients.xlsx"]);
    assert_eq!(first.code, Some(1));
    assert!(
        first
            .stderr
            .contains("clients.xlsx: column A: unknown column \"not a portfolio\""),
        "{}",
        first.stderr
    );
    // A cover sheet whose first row is only a note names the sheet and --sheet.
    let mut book = Workbook::new();
    book.add_worksheet()
        .set_name("Cover")
        .and_then(|s| s.write_string(0, 0, "# Portfolio review, November 2026"))
        .unwrap();
    book.save(dir.path().join("cover.xlsx")).unwrap();
    let cover = run(dir.path(), &["cover.xlsx"]);
    assert_eq!(cover.code, Some(1));
    assert_eq!(
        cover.stderr,
        "error: cover.xlsx: the first row of the sheet \"Cover\" names no column of a profile: give the portfolio's sheet with --sheet NAME (`kam-advise init --format csv` prints the column names)\n"
    );
    // A cover sheet with a title that is not a note: the same pointer first, then
    // the cell that could not be read as a column.
    let mut book = Workbook::new();
    book.add_worksheet()
        .set_name("封面")
        .and_then(|s| s.write_string(0, 0, "本表由市场部整理"))
        .unwrap();
    book.save(dir.path().join("titled.xlsx")).unwrap();
    let titled = run(dir.path(), &["titled.xlsx", "--lang", "zh"]);
    assert_eq!(titled.code, Some(1));
    let lines: Vec<&str> = titled.stderr.lines().collect();
    assert_eq!(
        lines.first().copied(),
        Some(
            "错误：titled.xlsx: 工作表“封面”的第一行中没有可识别的列名：请用 `--sheet 工作表名` 指定填有企业资料的那张工作表（`kam-advise init --format csv --lang zh` 可输出列名）"
        ),
        "{}",
        titled.stderr
    );
    assert!(
        titled
            .stderr
            .contains("A 列：无法识别的列名“本表由市场部整理”"),
        "{}",
        titled.stderr
    );
    let missing = run(dir.path(), &["clients.xlsx", "--sheet", "Kunden"]);
    assert_eq!(missing.code, Some(1));
    assert_eq!(
        missing.stderr.trim(),
        "error: clients.xlsx: no sheet named \"Kunden\"; the sheets are `Notes`, `Clients`"
    );
}

#[test]
fn a_directory_reads_sheets_beside_profiles_but_not_excels_lock_files() {
    let dir = temp();
    write(dir.path(), "a.toml", PROFILES[0].1);
    write(dir.path(), "b.csv", CSV);
    write(dir.path(), "~$b.xlsx", b"\x00lock");
    write(dir.path(), "notes.txt", "not read");
    let out = run(dir.path(), &[".", "--format", "json"]);
    assert_eq!(out.code, Some(0), "{}", out.stderr);
    let (_, sources) = records(&out.stdout);
    assert_eq!(sources.len(), 6, "{sources:?}");
    assert_eq!(sources[0], "./a.toml");
    assert_eq!(sources[1], "./b.csv:2");
}

#[test]
fn a_bad_row_is_named_by_row_and_column_and_the_others_are_advised() {
    let dir = temp();
    let sheet = "name,annual_revenue,key_accounts,scale,strategic_plan\n\
                 Alpha,8000万,12,medium,yes\n\
                 Beta,80 furlongs,-3,medium,maybe\n\
                 ,,,,\n\
                 Gamma,1亿,7,large,no\n";
    write(dir.path(), "clients.csv", sheet);
    let out = run(dir.path(), &["clients.csv", "--format", "json"]);
    assert_eq!(out.code, Some(1));
    let (values, sources) = records(&out.stdout);
    assert_eq!(sources, ["clients.csv:2", "clients.csv:5"]);
    assert_eq!(values[1]["name"], "Gamma");
    let lines: Vec<&str> = out.stderr.lines().collect();
    assert!(
        lines[0].starts_with(
            "error: clients.csv:3: column B (annual_revenue): `annual_revenue` has an unknown unit `furlongs`"
        ),
        "{}",
        out.stderr
    );
    assert_eq!(
        lines[1],
        "error: clients.csv:3: column C (key_accounts): `key_accounts` must be 0 or more, found -3"
    );
    assert_eq!(
        lines[2],
        "error: clients.csv:3: column E (strategic_plan): must be yes or no (also true/false, 1/0, 是/否), found \"maybe\""
    );
    assert_eq!(lines[3], "error: 1 of 3 profiles failed");

    // The same in a workbook, in Chinese.
    let rows = vec![
        vec![
            C::S("name".into()),
            C::S("annual_revenue".into()),
            C::S("key_accounts".into()),
            C::S("scale".into()),
        ],
        vec![
            C::S("Alpha".into()),
            C::N(80_000_000.0),
            C::N(12.0),
            C::S("medium".into()),
        ],
        vec![
            C::S("Beta".into()),
            // Chinese numerals are read, but a left-out last unit is never guessed.
            C::S("两亿五".into()),
            C::N(12.5),
            C::S("medium".into()),
        ],
        vec![
            C::S("Gamma".into()),
            C::S("1亿".into()),
            C::N(7.0),
            C::S("large".into()),
        ],
    ];
    write_xlsx(&dir.path().join("book.xlsx"), &rows, true);
    let out = run(
        dir.path(),
        &["book.xlsx", "--format", "json", "--lang", "zh"],
    );
    assert_eq!(out.code, Some(1));
    let (_, sources) = records(&out.stdout);
    assert_eq!(sources, ["book.xlsx:Clients:2", "book.xlsx:Clients:4"]);
    assert!(
        out.stderr.starts_with(
            "错误：book.xlsx:Clients:3: B 列（annual_revenue）：`annual_revenue` 最后几位没有写单位"
        ),
        "{}",
        out.stderr
    );
    assert!(
        out.stderr.contains(
            "\n错误：book.xlsx:Clients:3: C 列（key_accounts）：`key_accounts` 必须是整数"
        ),
        "{}",
        out.stderr
    );
}

#[test]
fn quoting_and_chinese_headers_read_as_written() {
    let dir = temp();
    // The header `init --format csv --lang zh` prints, with a row under it.
    let header = crate::support::stdout_of(kam().args(["init", "--format", "csv", "--lang", "zh"]));
    assert!(
        header.starts_with("\u{feff}企业名称,年度销售额,重点客户数,币种,"),
        "{header}"
    );
    assert!(header.ends_with("\r\n"));
    let english = crate::support::stdout_of(kam().args(["init", "--format", "csv"]));
    assert!(
        english.starts_with("\u{feff}name,annual_revenue,key_accounts,currency,cny_rate,kind,")
    );
    let name = "\"甲, 乙\"\"丙\"\"\"";
    let row = format!(
        "{name},0.8亿元,12,,,集团,中型,,,,销售人员,是,否,,,\r\n\"第一行\n第二行\",1亿,3,,,,small,,,,,,,,,\r\n"
    );
    write(dir.path(), "zh.csv", format!("{header}{row}"));
    let out = run(dir.path(), &["zh.csv", "--format", "json"]);
    assert_eq!(out.code, Some(1), "{}", out.stderr);
    // A line break inside quotes stays in its cell; a name must be one line, as in
    // a profile file.
    assert_eq!(
        out.stderr,
        "error: zh.csv:3: column A (企业名称): `name` must be one line of text without control characters\n\
         error: 1 of 2 profiles failed\n"
    );
    let (values, sources) = records(&out.stdout);
    assert_eq!(sources, ["zh.csv:2"]);
    let v = &values[0];
    assert_eq!(v["name"], "甲, 乙\"丙\"");
    assert_eq!(v["revenue_cny"], 80_000_000);
    assert_eq!(v["kind"], "group");
    assert_eq!(v["current_setup"], "sales");
    assert_eq!(v["conditions"][2]["met"], true);

    // Tab-separated: a comma is just text.
    write(
        dir.path(),
        "t.tsv",
        "name\tannual_revenue\tkey_accounts\tscale\nA, B\t1亿\t3\tsmall\n",
    );
    let out = run(dir.path(), &["t.tsv", "--format", "json"]);
    let (values, sources) = records(&out.stdout);
    assert_eq!(sources, ["t.tsv:2"]);
    assert_eq!(values[0]["name"], "A, B");

    // An unknown header is an error of the whole sheet, with a hint; `#` columns are notes.
    write(
        dir.path(),
        "typo.csv",
        "nmae,annual_revenue,key_accounts,scale,# comment\nA,1亿,3,small,x\n",
    );
    let out = run(dir.path(), &["typo.csv"]);
    assert_eq!(out.code, Some(1));
    assert!(
        out.stderr.starts_with(
            "error: typo.csv: column A: unknown column \"nmae\": did you mean `name`?"
        ),
        "{}",
        out.stderr
    );
    assert!(out.stdout.is_empty());
}

/// docs/guide.md "From a spreadsheet": headers as people write them, in English and Chinese,
/// in a CSV and in a workbook; two headers of one meaning and an ambiguous one are
/// refused in the output language.
#[test]
fn headers_as_people_write_them_are_read_in_both_languages() {
    let dir = temp();
    write(
        dir.path(),
        "en.csv",
        "Company,Revenue,Key accounts,Scale,Headcount\nAcme,8000万,12,medium,450\n",
    );
    write(
        dir.path(),
        "zh.csv",
        "公司名称,营业收入,重点客户数,企业规模,员工人数\n华东精密,1.2亿,12,中型,450\n",
    );
    let rows = vec![
        vec![
            C::S("企业名称".into()),
            C::S("年销售额".into()),
            C::S("重点客户数".into()),
            C::S("规模".into()),
        ],
        vec![
            C::S("华北零售".into()),
            C::N(6e8),
            C::N(30.0),
            C::S("大型".into()),
        ],
    ];
    write_xlsx(&dir.path().join("zh.xlsx"), &rows, true);
    for (file, name, revenue) in [
        ("en.csv", "Acme", 80_000_000),
        ("zh.csv", "华东精密", 120_000_000),
        ("zh.xlsx", "华北零售", 600_000_000),
    ] {
        let out = run(dir.path(), &[file, "--format", "json"]);
        assert_eq!(out.code, Some(0), "{file}: {}", out.stderr);
        let (values, _) = records(&out.stdout);
        assert_eq!(values[0]["name"], name, "{file}");
        assert_eq!(values[0]["revenue_cny"], revenue, "{file}");
    }
    write(
        dir.path(),
        "two.csv",
        "Company,Revenue,Sales,Size,Key accounts\nAcme,8000万,8000万,medium,12\n",
    );
    for (lang, expected) in [
        (
            "en",
            "error: two.csv: column C: \"Sales\" and column B (\"Revenue\") both mean `annual_revenue`: keep one\n\
             error: two.csv: column D: \"Size\" may mean `scale` or `employees`: name the column by the key it holds\n",
        ),
        (
            "zh",
            "错误：two.csv: C 列：“Sales”与 B 列（“Revenue”）都表示 `annual_revenue`，请只保留一列\n\
             错误：two.csv: D 列：列名“Size”可能指 `scale` 或 `employees`，无法确定：请用该列所填的键命名\n",
        ),
    ] {
        let out = run(dir.path(), &["two.csv", "--lang", lang]);
        assert_eq!(out.code, Some(1), "{lang}");
        assert!(out.stderr.starts_with(expected), "{lang}: {}", out.stderr);
        assert!(out.stdout.is_empty());
    }
    // "Income" is often profit: suggested, never read as revenue.
    write(
        dir.path(),
        "income.csv",
        "Company,Income,Key accounts,Scale\nAcme,8000万,12,medium\n",
    );
    let out = run(dir.path(), &["income.csv"]);
    assert_eq!(out.code, Some(1));
    assert!(
        out.stderr.starts_with(
            "error: income.csv: column B: unknown column \"Income\": did you mean `annual_revenue`?"
        ),
        "{}",
        out.stderr
    );
}

#[test]
fn compare_writes_sheets_the_reader_crates_read_back() {
    let dir = temp();
    write(dir.path(), "clients.csv", CSV);
    // CSV, Chinese headers, with a BOM for Excel.
    let out = run(
        dir.path(),
        &[
            "compare",
            "clients.csv",
            "--format",
            "csv",
            "--lang",
            "zh",
            "--bom",
        ],
    );
    assert_eq!(out.code, Some(0), "{}", out.stderr);
    let text = out
        .stdout
        .strip_prefix('\u{feff}')
        .unwrap_or_else(|| panic!("no BOM"));
    assert!(text.contains("\r\n"));
    let mut reader = csv::Reader::from_reader(text.as_bytes());
    let header: Vec<String> = reader.headers().unwrap().iter().map(String::from).collect();
    assert_eq!(header[0], "来源");
    assert_eq!(header[1], "企业");
    assert_eq!(header.len(), 12);
    assert_eq!(header[3], "年度销售额（元）");
    assert_eq!(header[10], "现状");
    let rows: Vec<csv::StringRecord> = reader.records().map(|r| r.unwrap()).collect();
    assert_eq!(rows.len(), 5);
    assert_eq!(&rows[1][1], "Pacific Instruments, \"Group\"");
    // The rule by number and name in the output language, never its id.
    assert_eq!(&rows[1][7], "规则3（跨国集团）");
    assert_eq!(&rows[3][1], "小软件工作室");
    assert_eq!(&rows[0][8], "2");

    // XLSX to a file: a real workbook, numbers as numbers, the header frozen.
    let out = run(
        dir.path(),
        &[
            "compare",
            "clients.csv",
            "--format",
            "xlsx",
            "--output",
            "out.xlsx",
        ],
    );
    assert_eq!(out.code, Some(0), "{}", out.stderr);
    assert!(out.stdout.is_empty());
    let path = dir.path().join("out.xlsx");
    use calamine::{Data, Reader, Xlsx};
    let mut book: Xlsx<_> = calamine::open_workbook(&path).unwrap();
    let range = book
        .worksheet_range("KAM organisation by enterprise")
        .unwrap();
    // Header, five rows, totals.
    assert_eq!(range.get_size(), (7, 12));
    assert_eq!(range.get((0, 0)), Some(&Data::String("source".into())));
    assert_eq!(
        range.get((0, 10)),
        Some(&Data::String("today's setup".into()))
    );
    assert_eq!(range.get((0, 11)), Some(&Data::String("warnings".into())));
    assert_eq!(range.get((1, 3)), Some(&Data::Float(80_000_000.0)));
    assert_eq!(
        range.get((1, 1)),
        Some(&Data::String("华东精密机械有限公司".into()))
    );
    assert_eq!(range.get((1, 4)), Some(&Data::Float(12.0)));
    assert_eq!(range.get((2, 8)), Some(&Data::Float(5.0)));
    let mut zip = zip::ZipArchive::new(std::fs::File::open(&path).unwrap()).unwrap();
    let mut xml = String::new();
    std::io::Read::read_to_string(
        &mut zip.by_name("xl/worksheets/sheet1.xml").unwrap(),
        &mut xml,
    )
    .unwrap();
    assert!(
        xml.contains("ySplit=\"1\"") && xml.contains("state=\"frozen\""),
        "{xml}"
    );
    assert!(xml.contains("<col "), "no column widths: {xml}");

    // An existing --output file is kept unless --force is given.
    let before = std::fs::read(&path).unwrap();
    let again = [
        "compare",
        "clients.csv",
        "--format",
        "csv",
        "--output",
        "out.xlsx",
    ];
    let out = run(dir.path(), &again);
    assert_eq!(out.code, Some(1));
    assert_eq!(
        out.stderr,
        "error: out.xlsx already exists, so nothing was written: add --force to overwrite it, or choose another --output file\n"
    );
    assert_eq!(
        std::fs::read(&path).unwrap(),
        before,
        "the file was touched"
    );
    let out = run(dir.path(), &[&again[..], &["--force"]].concat());
    assert_eq!(out.code, Some(0), "{}", out.stderr);
    assert!(
        std::fs::read_to_string(&path)
            .unwrap()
            .starts_with("source,")
    );

    // To a pipe (not a terminal) the workbook goes to standard output.
    let piped = kam()
        .current_dir(dir.path())
        .args(["compare", "clients.csv", "--format", "xlsx"])
        .output()
        .unwrap();
    assert_eq!(piped.status.code(), Some(0));
    assert!(piped.stdout.starts_with(b"PK\x03\x04"));
}

/// Runs a hostile file and checks that it is refused with `expected` in the
/// message, within a few seconds.
fn refused(dir: &Path, args: &[&str], expected: &str) {
    let start = Instant::now();
    let out = run(dir, args);
    let took = start.elapsed();
    assert_eq!(out.code, Some(1), "{args:?}: {}", out.stderr);
    assert!(out.stderr.contains(expected), "{args:?}: {}", out.stderr);
    assert!(took < Duration::from_secs(20), "{args:?} took {took:?}");
}

#[test]
fn hostile_files_are_refused_quickly() {
    let dir = temp();
    let d = dir.path();
    // Not a zip, whatever the name says.
    write(d, "fake.xlsx", CSV);
    refused(
        d,
        &["fake.xlsx"],
        "fake.xlsx: not a workbook: an .xlsx or .ods file is a zip archive",
    );
    // A zip bomb: one part that unpacks to 260 MiB of zeros.
    let bomb = d.join("bomb.xlsx");
    {
        let file = std::fs::File::create(&bomb).unwrap();
        let mut zip = zip::ZipWriter::new(file);
        let options = zip::write::SimpleFileOptions::default()
            .compression_method(zip::CompressionMethod::Deflated)
            .large_file(true);
        zip.start_file("xl/worksheets/sheet1.xml", options).unwrap();
        let zeros = vec![0u8; 1024 * 1024];
        for _ in 0..260 {
            std::io::Write::write_all(&mut zip, &zeros).unwrap();
        }
        zip.finish().unwrap();
    }
    assert!(std::fs::metadata(&bomb).map(|m| m.len()).unwrap_or(0) < 2 * 1024 * 1024);
    refused(
        d,
        &["bomb.xlsx"],
        "part `xl/worksheets/sheet1.xml` unpacks to more than 256 MiB",
    );
    // A 50 MB cell: that row is refused, the next one advised.
    let mut big = b"name,annual_revenue,key_accounts,scale\n\"".to_vec();
    big.extend(std::iter::repeat_n(b'x', 50 * 1024 * 1024));
    big.extend("\",1,1,small\nOK,1亿,3,small\n".as_bytes());
    write(d, "big.csv", &big);
    refused(
        d,
        &["big.csv", "--format", "json"],
        "big.csv:2: the row is larger than 128 KiB",
    );
    let out = run(d, &["big.csv", "--format", "json"]);
    assert_eq!(records(&out.stdout).1, ["big.csv:3"]);
    // A million columns.
    let mut wide = ",".repeat(1_000_000).into_bytes();
    wide.extend(b"\n");
    write(d, "wide.csv", &wide);
    refused(d, &["wide.csv"], "wide.csv: more than 256 columns");
    // NUL bytes and text that is not UTF-8 (a CSV saved as GBK).
    write(d, "nul.csv", b"name\x00,key_accounts\n");
    refused(d, &["nul.csv"], "nul.csv:1:5: holds a NUL byte");
    write(d, "gbk.csv", b"name,annual_revenue\n\xbb\xaa\xb6\xab,1\n");
    refused(
        d,
        &["gbk.csv", "--lang", "zh"],
        "gbk.csv:2:1: 不是 UTF-8 文本（中文系统上 Excel 的普通“CSV”格式保存为 GBK 编码）",
    );
    write(d, "utf16.csv", b"\xff\xfen\x00a\x00");
    refused(d, &["utf16.csv"], "utf16.csv: the file is UTF-16 text");
}

#[test]
fn a_csv_separated_by_semicolons_says_so() {
    let dir = temp();
    write(
        dir.path(),
        "clients.csv",
        "name;annual_revenue;key_accounts;scale\n云图软件;3000万;8;small\n",
    );
    let out = run(dir.path(), &["clients.csv"]);
    assert_eq!(out.code, Some(1));
    assert_eq!(
        out.stderr,
        "error: clients.csv: the columns are separated by semicolons, not commas: save the sheet as \"CSV UTF-8 (comma delimited)\" (Excel: File > Save As), or give the .xlsx workbook itself\n"
    );
    let out = run(dir.path(), &["clients.csv", "--lang", "zh"]);
    assert_eq!(
        out.stderr,
        "错误：clients.csv: 各列之间用的是分号，而不是逗号：请另存为“CSV UTF-8（逗号分隔）”格式（Excel：文件 > 另存为），或直接使用 .xlsx 工作簿\n"
    );
}

#[test]
fn a_missing_required_column_is_one_error_for_the_whole_sheet() {
    let dir = temp();
    write(
        dir.path(),
        "clients.csv",
        "name,annual_revenue,scale\n甲,3000万,small\n乙,4000万,small\n丙,5000万,medium\n",
    );
    let out = run(dir.path(), &["clients.csv"]);
    assert_eq!(out.code, Some(1));
    assert_eq!(out.stdout, "");
    assert_eq!(
        out.stderr,
        "error: clients.csv: the sheet has no `key_accounts` column, and every row needs one: add it\n"
    );
    let out = run(dir.path(), &["clients.csv", "--lang", "zh"]);
    assert_eq!(
        out.stderr,
        "错误：clients.csv: 表中没有“重点客户数”列（`key_accounts`），而每一行都必须填写这一项：请加上这一列\n"
    );
}

/// docs/guide.md "Spelling": a TOML profile takes the values a sheet cell takes — digit
/// strings for counts (full-width too), yes/no/是/否 for flags, ids in any letter case —
/// and both give the same advice, in either language; what neither takes is refused by
/// both, in the output language.
#[test]
fn a_toml_profile_reads_the_values_a_sheet_row_reads() {
    let dir = temp();
    write(
        dir.path(),
        "a.toml",
        "name = \"A\"\nannual_revenue = \"8000万\"\nkey_accounts = \"１２\"\nkind = \"Group\"\n\
         scale = \"Medium\"\nemployees = \"1,500\"\ncurrent_setup = \"Service-Centre\"\n\
         [strategy]\nstrategic_plan = \"yes\"\naccount_development = \"否\"\n",
    );
    write(
        dir.path(),
        "a.csv",
        "name,annual_revenue,key_accounts,kind,scale,employees,current_setup,strategic_plan,account_development\n\
         A,8000万,１２,Group,Medium,\"1,500\",Service-Centre,yes,否\n",
    );
    for lang in ["en", "zh"] {
        let toml = run(dir.path(), &["a.toml", "--format", "json", "--lang", lang]);
        let csv = run(dir.path(), &["a.csv", "--format", "json", "--lang", lang]);
        assert_eq!(toml.code, Some(0), "{}", toml.stderr);
        assert_eq!(csv.code, Some(0), "{}", csv.stderr);
        let (toml, _) = records(&toml.stdout);
        let (csv, _) = records(&csv.stdout);
        assert_eq!(toml, csv, "{lang}");
        let v = &toml[0];
        assert_eq!(v["key_accounts"], 12);
        assert_eq!(v["employees"], 1500);
        assert_eq!(v["kind"], "group");
        assert_eq!(v["scale"], "medium");
        assert_eq!(v["current_setup"], "service-center");
        assert_eq!(v["conditions"][2]["met"], true);
        assert_eq!(v["conditions"][3]["met"], false);
    }
    write(
        dir.path(),
        "b.toml",
        "name = \"A\"\nannual_revenue = \"8000万\"\nkey_accounts = \"twelve\"\nscale = \"small\"\n\
         [strategy]\nstrategic_plan = \"maybe\"\n",
    );
    let en = run(dir.path(), &["b.toml", "--lang", "en"]);
    assert_eq!(en.code, Some(1));
    assert!(
        en.stderr
            .contains("b.toml:3:16: `key_accounts` must be a whole number")
            && en.stderr.contains("found the string \"twelve\"")
            && en.stderr.contains("b.toml:6:18: `strategy.strategic_plan`"),
        "{}",
        en.stderr
    );
    let zh = run(dir.path(), &["b.toml", "--lang", "zh"]);
    assert_eq!(zh.code, Some(1));
    assert!(
        zh.stderr.contains("b.toml:3:16: `key_accounts`")
            && zh.stderr.contains("\"twelve\"")
            && zh.stderr.contains("b.toml:6:18: `strategy.strategic_plan`"),
        "{}",
        zh.stderr
    );
}

/// A revenue cell's number format is read with it (XLSX): 8000 under
/// `#,##0"万元"` or `General"万元"` is 8000万 yuan, 80,500,000 under
/// `#,##0.0,,"M"` is 80.5 million, the section a spreadsheet picks is the one read,
/// and 1,200,000,000 under `[$$-409]#,##0.00` is dollars (under `[$¥-411]`, yen),
/// refused in a CNY portfolio as the same text in a profile file is (each was read
/// as that many yuan). A count under a format with text keeps its number; a plain
/// number format changes nothing.
#[test]
fn a_number_format_with_a_unit_or_a_currency_is_read_with_the_number() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("formats.xlsx");
    let mut book = Workbook::new();
    let sheet = book.add_worksheet();
    let format = |code: &str| rust_xlsxwriter::Format::new().set_num_format(code);
    let header = ["name", "annual_revenue", "key_accounts", "scale"];
    for (c, name) in header.iter().enumerate() {
        sheet.write_string(0, c as u16, *name).unwrap();
    }
    let rows: [(&str, f64, &str); 7] = [
        ("Wan", 8000.0, "#,##0\"万元\""),
        ("Scaled", 80_500_000.0, "#,##0.0,,\"M\""),
        ("Dollars", 1_200_000_000.0, "[$$-409]#,##0.00"),
        ("Plain", 80_000_000.0, "#,##0.00"),
        ("General", 8000.0, "General\"万元\""),
        ("Yen", 80_000_000.0, "[$¥-411]#,##0"),
        ("Section", 8000.0, "[<1000]0\"万元\";0\"元\""),
    ];
    for (r, (name, revenue, code)) in rows.iter().enumerate() {
        let r = r as u32 + 1;
        sheet.write_string(r, 0, *name).unwrap();
        sheet
            .write_number_with_format(r, 1, *revenue, &format(code))
            .unwrap();
        sheet
            .write_number_with_format(r, 2, 12.0, &format("0\"家\""))
            .unwrap();
        sheet.write_string(r, 3, "medium").unwrap();
    }
    book.save(&path).unwrap();
    for lang in ["en", "zh"] {
        let out = run(
            dir.path(),
            &["formats.xlsx", "--format", "json", "--lang", lang],
        );
        assert_eq!(out.code, Some(1), "{}", out.stderr);
        let advised: Vec<serde_json::Value> = out
            .stdout
            .lines()
            .map(|line| serde_json::from_str(line).unwrap())
            .collect();
        let revenue = |name: &str| {
            advised
                .iter()
                .find(|v| v["name"] == name)
                .map(|v| (v["revenue"]["cny"].clone(), v["key_accounts"].clone()))
        };
        // The section a spreadsheet shows for 8000 under [<1000]…;0"元" is the
        // second: 8000元.
        for (name, cny) in [
            ("Wan", "80000000"),
            ("Scaled", "80500000"),
            ("Plain", "80000000"),
            ("General", "80000000"),
            ("Section", "8000"),
        ] {
            let expected = (serde_json::json!(cny), serde_json::json!(12));
            assert_eq!(revenue(name), Some(expected), "{name}");
        }
        assert_eq!(revenue("Dollars"), None);
        assert_eq!(revenue("Yen"), None);
        let errors: Vec<&str> = out.stderr.lines().collect();
        assert!(errors[0].contains("formats.xlsx:Sheet1:4"), "{errors:?}");
        // Told as the number the cell holds and the text its format shows.
        let shown = if lang == "en" {
            "found the number 1200000000, shown by its cell's format as \"USD 1200000000\""
        } else {
            "实际为数值 1200000000（按单元格的数字格式显示为 \"USD 1200000000\"）"
        };
        assert!(errors[0].contains(shown), "{errors:?}");
        // The yen of a Japanese locale is JPY, not the CNY a bare ¥ stands for.
        assert!(errors[1].contains("formats.xlsx:Sheet1:7"), "{errors:?}");
        assert!(errors[1].contains("JPY"), "{errors:?}");
    }
}
