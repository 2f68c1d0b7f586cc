//! Reads every `*.toml` directly inside a directory, in name order, and parses it
//! as TOML, doing nothing else: the floor that `bench/compare.sh` measures a
//! kam-advise batch against.
use std::io::Write;

fn main() {
    let Some(dir) = std::env::args_os().nth(1) else {
        eprintln!("usage: parse-baseline DIR");
        std::process::exit(2);
    };
    let mut files: Vec<_> = std::fs::read_dir(dir)
        .into_iter()
        .flatten()
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|e| e == "toml"))
        .collect();
    files.sort();
    let mut keys = 0usize;
    for path in files {
        let text = std::fs::read_to_string(&path).unwrap_or_default();
        if let Ok(table) = text.parse::<toml::Table>() {
            keys += table.len();
        }
    }
    let _ = writeln!(std::io::stdout().lock(), "{keys}");
}
