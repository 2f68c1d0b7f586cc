//! `kam-advise grade`: marks sheets against a set's key. The key is the set's profiles,
//! advised afresh by the engine; each item is one point, and each wrong or missing item
//! gets feedback that says the right answer and why, with its clause.

use std::path::Path;

use serde::Serialize;

use super::POINTS_PER_CASE;
use super::sheet::{Answers, Failure, Item, Sheet, TeachIssue};
use crate::advice::{Advice, ConditionId, advise};
use crate::profile::{Profile, parse_profile};
use crate::render::Report;
use crate::rules::Rules;
use crate::teach::words::TeachCatalog;

/// One case of the key: its profile and the engine's advice.
#[derive(Debug, Clone)]
pub struct KeyCase {
    pub id: String,
    pub source: String,
    pub profile: Profile,
    pub advice: Advice,
    /// The `kam-advise exercise` command line of the profile's header: its set.
    pub set: Option<String>,
}

impl KeyCase {
    pub fn report<'a>(&'a self, rules: &'a Rules) -> Report<'a> {
        Report {
            source: &self.source,
            profile: &self.profile,
            advice: &self.advice,
            rules,
        }
    }

    /// The ids of the conditions met, in the chapter's order.
    pub fn met(&self) -> Vec<ConditionId> {
        self.advice
            .conditions
            .iter()
            .filter(|c| c.met)
            .map(|c| c.id)
            .collect()
    }
}

/// The key: every `profiles/*.toml` of the set's directory, in name order.
pub fn load_key(dir: &Path) -> Result<Vec<KeyCase>, Failure> {
    let profiles = dir.join("profiles");
    let dir_name = crate::console::path_name(dir);
    let no_key = || {
        Failure::whole(
            &crate::console::path_name(&profiles),
            TeachIssue::NoKey {
                dir: dir_name.clone(),
            },
        )
    };
    let entries = std::fs::read_dir(&profiles).map_err(|_| no_key())?;
    let mut files: Vec<std::path::PathBuf> = entries
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|e| e == "toml") && p.is_file())
        .collect();
    files.sort();
    if files.is_empty() {
        return Err(no_key());
    }
    let rules = Rules::default();
    let mut key = Vec::with_capacity(files.len());
    for path in files {
        let source = crate::console::path_name(&path);
        // At most one byte past a profile's limit is read: a key file of 2 GB is
        // refused as too large without being read whole (issue 23 item 17).
        let bytes = read_bounded(&path).map_err(|e| {
            Failure::whole(
                &source,
                TeachIssue::Unreadable {
                    failure: crate::problem::IoFailure::of(&e),
                },
            )
        })?;
        let profile = parse_profile(&source, &bytes).map_err(Failure::Toml)?;
        let set = std::str::from_utf8(&bytes)
            .ok()
            .and_then(super::sheet::set_command)
            .map(str::to_string);
        let advice = advise(&profile, &rules);
        let id = path
            .file_stem()
            .map(|s| s.to_string_lossy().into_owned())
            .unwrap_or_default();
        key.push(KeyCase {
            id,
            source,
            profile,
            advice,
            set,
        });
    }
    Ok(key)
}

/// A key file's bytes, at most one past a profile's limit (`parse_profile` then
/// says it is too large).
fn read_bounded(path: &std::path::Path) -> std::io::Result<Vec<u8>> {
    use std::io::Read;
    let file = std::fs::File::open(path)?;
    let mut bytes = Vec::new();
    file.take(crate::profile::MAX_PROFILE_BYTES as u64 + 1)
        .read_to_end(&mut bytes)?;
    Ok(bytes)
}

/// The set a key belongs to: the `kam-advise exercise` command line in the header of
/// its first profile (the set's files all carry it), if any.
pub fn key_set(key: &[KeyCase]) -> Option<String> {
    key.first()?.set.clone()
}

/// How an item was answered.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Status {
    Right,
    Wrong,
    Missing,
}

/// One item of one case, marked.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ItemMark {
    pub item: Item,
    pub status: Status,
    pub points: u64,
    /// What the student wrote, as ids and numbers; `None` when missing.
    pub given: Option<String>,
    pub expected: String,
    /// The right answer and why, with its clause; empty when right.
    pub text: String,
}

/// One case, marked.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct CaseMark {
    pub case: String,
    pub score: u64,
    pub max: u64,
    pub items: Vec<ItemMark>,
}

/// A sheet, marked.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Marks {
    /// The sheet's file stem: the student.
    pub student: String,
    pub source: String,
    pub score: u64,
    pub max: u64,
    pub cases: Vec<CaseMark>,
}

/// Ids as a sheet writes them: "revenue, key_accounts", or "none".
pub fn ids(list: &[ConditionId]) -> String {
    if list.is_empty() {
        "none".into()
    } else {
        list.iter().map(|c| c.slug()).collect::<Vec<_>>().join(", ")
    }
}

/// Marks a sheet: every case of the key, in order; a case the sheet leaves out scores 0.
pub fn mark(
    student: &str,
    source: &str,
    sheet: &Sheet,
    key: &[KeyCase],
    text: &dyn TeachCatalog,
) -> Marks {
    let rules = Rules::default();
    let blank = Answers::default();
    let cases: Vec<CaseMark> = key
        .iter()
        .map(|k| mark_case(k, sheet.get(&k.id).unwrap_or(&blank), &rules, text))
        .collect();
    Marks {
        student: student.to_string(),
        source: source.to_string(),
        score: cases.iter().map(|c| c.score).sum(),
        max: cases.iter().map(|c| c.max).sum(),
        cases,
    }
}

fn mark_case(k: &KeyCase, a: &Answers, rules: &Rules, text: &dyn TeachCatalog) -> CaseMark {
    let advice = &k.advice;
    let met = k.met();
    let report = k.report(rules);
    let staffing = &advice.staffing;
    let item = |item: Item, given: Option<String>, right: bool, expected: String| {
        let status = match (&given, right) {
            (None, _) => Status::Missing,
            (Some(_), true) => Status::Right,
            (Some(_), false) => Status::Wrong,
        };
        let text = if status == Status::Right {
            String::new()
        } else {
            text.item_feedback(item, a, &report, rules)
        };
        ItemMark {
            item,
            status,
            points: u64::from(status == Status::Right),
            given,
            expected,
            text,
        }
    };
    let items = vec![
        item(
            Item::Form,
            a.form.map(|f| f.slug().to_string()),
            a.form == Some(advice.form),
            advice.form.slug().to_string(),
        ),
        item(
            Item::Conditions,
            a.conditions.as_deref().map(ids),
            a.conditions.as_deref() == Some(&met[..]),
            ids(&met),
        ),
        item(
            Item::KamManagers,
            a.kam_managers.map(|n| n.to_string()),
            a.kam_managers == Some(staffing.kam_managers),
            staffing.kam_managers.to_string(),
        ),
        item(
            Item::Headcount,
            a.headcount.map(|n| n.to_string()),
            a.headcount == staffing.headcount,
            staffing
                .headcount
                .map_or_else(|| "—".to_string(), |n| n.to_string()),
        ),
    ];
    CaseMark {
        case: k.id.clone(),
        score: items.iter().map(|i| i.points).sum(),
        max: POINTS_PER_CASE,
        items,
    }
}

/// The answers of the key itself, as a sheet: what full marks look like.
pub fn key_as_sheet(key: &[KeyCase]) -> Sheet {
    key.iter()
        .map(|k| {
            (
                k.id.clone(),
                Answers {
                    form: Some(k.advice.form),
                    conditions: Some(k.met()),
                    kam_managers: Some(k.advice.staffing.kam_managers),
                    headcount: k.advice.staffing.headcount,
                },
            )
        })
        .collect()
}

/// An item a class missed, for the teacher's summary.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Missed {
    pub case: String,
    pub item: Item,
    /// Students who got it wrong or left it out.
    pub missed: usize,
    pub students: usize,
    pub expected: String,
}

/// The items most missed across a class, most first (ties in case order), at most `limit`.
pub fn most_missed(class: &[Marks], limit: usize) -> Vec<Missed> {
    let Some(first) = class.first() else {
        return Vec::new();
    };
    let mut missed: Vec<Missed> = Vec::new();
    for (c, case) in first.cases.iter().enumerate() {
        for (i, item) in case.items.iter().enumerate() {
            let count = class
                .iter()
                .filter(|m| {
                    m.cases
                        .get(c)
                        .and_then(|case| case.items.get(i))
                        .is_some_and(|it| it.status != Status::Right)
                })
                .count();
            if count > 0 {
                missed.push(Missed {
                    case: case.case.clone(),
                    item: item.item,
                    missed: count,
                    students: class.len(),
                    expected: item.expected.clone(),
                });
            }
        }
    }
    // A stable sort keeps case order among equal counts.
    missed.sort_by_key(|m| std::cmp::Reverse(m.missed));
    missed.truncate(limit);
    missed
}
