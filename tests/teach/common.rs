//! Helpers of tests/teach.rs: writing a set, reading its files and key, a sheet made
//! from the key, running `grade`.

use std::collections::BTreeMap;
use std::fs;
use std::path::{Path, PathBuf};

use serde_json::Value;

use crate::support::kam;

/// Writes a set into a fresh directory and returns it (kept alive by the TempDir).
pub fn set(count: u32, seed: u64, lang: &str, level: &str) -> (tempfile::TempDir, PathBuf) {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("set");
    let out = kam()
        .args([
            "exercise",
            "--count",
            &count.to_string(),
            "--seed",
            &seed.to_string(),
        ])
        .args(["--lang", lang, "--level", level, "--output-dir"])
        .arg(&dir)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    (tmp, dir)
}

/// Every file of a set, by path relative to its directory.
pub fn files(dir: &Path) -> BTreeMap<String, Vec<u8>> {
    let mut all = BTreeMap::new();
    for sub in ["", "profiles"] {
        for entry in fs::read_dir(dir.join(sub)).unwrap() {
            let path = entry.unwrap().path();
            if path.is_file() {
                let name = path
                    .strip_prefix(dir)
                    .unwrap_or(&path)
                    .display()
                    .to_string();
                all.insert(name, fs::read(&path).unwrap());
            }
        }
    }
    all
}

pub fn read(path: &Path) -> String {
    fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

pub fn json_lines(text: &str) -> Vec<Value> {
    text.lines()
        .map(|l| serde_json::from_str(l).unwrap_or_else(|e| panic!("{e}: {l}")))
        .collect()
}

pub fn key(dir: &Path) -> Vec<Value> {
    json_lines(&read(&dir.join("answer-key.json")))
}

/// The key's graded answers written as a student's sheet: only the items that apply
/// (a department's headcount at the low end of its range).
pub fn sheet_from_key(key: &[Value]) -> String {
    let mut sheet = String::new();
    for record in key {
        let g = &record["graded"];
        let met: Vec<String> = g["conditions_met"]
            .as_array()
            .into_iter()
            .flatten()
            .map(|c| format!("\"{}\"", c.as_str().unwrap_or("")))
            .collect();
        let met = if met.is_empty() {
            "\"none\"".to_string()
        } else {
            met.join(", ")
        };
        sheet.push_str(&format!(
            "[{}]\nform = {}\nconditions_met = [{met}]\n",
            record["case"].as_str().unwrap_or(""),
            g["form"],
        ));
        if !g["kam_managers"].is_null() {
            sheet.push_str(&format!("kam_managers = {}\n", g["kam_managers"]));
        }
        match &g["headcount"] {
            Value::Null => {}
            Value::Object(range) => sheet.push_str(&format!("headcount = {}\n", range["min"])),
            n => sheet.push_str(&format!("headcount = {n}\n")),
        }
        if let Some(level) = g["service_level"].as_str() {
            sheet.push_str(&format!("service_level = \"{level}\"\n"));
        }
        sheet.push('\n');
    }
    sheet
}

/// The points a key gives in all: one per graded item.
pub fn points(key: &[Value]) -> u64 {
    key.iter()
        .map(|k| {
            2 + ["kam_managers", "headcount", "service_level"]
                .iter()
                .filter(|i| !k["graded"][**i].is_null())
                .count() as u64
        })
        .sum()
}

/// A test of one case of a key.
pub type Check<'a> = dyn Fn(&Value) -> bool + 'a;

/// Cases of a key that satisfy a test.
pub fn count(key: &[Value], test: impl Fn(&Value) -> bool) -> usize {
    key.iter().filter(|k| test(k)).count()
}

pub fn grade(args: &[&str], dir: &Path) -> (i32, String, String) {
    let out = kam()
        .arg("grade")
        .args(args)
        .arg("--key")
        .arg(dir)
        .output()
        .unwrap();
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}
