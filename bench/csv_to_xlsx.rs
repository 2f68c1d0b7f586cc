//! Turns a portfolio CSV into an XLSX workbook (numbers typed as numbers), for
//! `bench/sheets.sh`: the same rows as the CSV, read through the workbook path.
use std::io::Write;

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let [from, to] = args.as_slice() else {
        let _ = writeln!(std::io::stderr(), "usage: csv-to-xlsx FROM.csv TO.xlsx");
        std::process::exit(2);
    };
    if let Err(e) = convert(from, to) {
        let _ = writeln!(std::io::stderr(), "csv-to-xlsx: {e}");
        std::process::exit(1);
    }
}

fn convert(from: &str, to: &str) -> Result<(), Box<dyn std::error::Error>> {
    let mut book = rust_xlsxwriter::Workbook::new();
    let sheet = book.add_worksheet();
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(false)
        .from_path(from)?;
    for (r, record) in reader.records().enumerate() {
        for (c, cell) in record?.iter().enumerate() {
            let (r, c) = (u32::try_from(r)?, u16::try_from(c)?);
            match cell.parse::<f64>() {
                Ok(n) if r > 0 => sheet.write_number(r, c, n)?,
                _ if cell.is_empty() => continue,
                _ => sheet.write_string(r, c, cell)?,
            };
        }
    }
    book.save(to)?;
    Ok(())
}
