//! `kam-advise grade`: marks sheets against a set's key. The key is the set's profiles,
//! advised afresh by the engine; each item that applies to a case is one point
//! ([`super::items`]), each wrong or missing one gets feedback that says the right answer
//! and why, with its clause, and an answer to an item that does not apply is ignored
//! with a note.

use std::path::Path;

use serde::Serialize;

use super::items::KeyAnswers;
use super::sheet::{Answers, Failure, Item, SET_FORMAT, Sheet, TeachIssue};
use crate::advice::{Advice, advise};
use crate::profile::{Profile, parse_profile};
use crate::render::Report;
use crate::rules::Rules;
use crate::words::TeachCatalog;

/// One case of the key: its profile and the engine's advice.
#[derive(Debug, Clone)]
pub struct KeyCase {
    pub id: String,
    pub source: String,
    pub profile: Profile,
    pub advice: Advice,
    /// The `kam-advise exercise` command line of the profile's header: its set.
    pub set: Option<String>,
    /// What the case grades, and the right answers.
    pub answers: KeyAnswers,
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
}

/// The key: every `profiles/*.toml` of the set's directory, in name order.
pub fn load_key(dir: &Path) -> Result<Vec<KeyCase>, Failure> {
    let profiles = dir.join("profiles");
    let dir_name = crate::quote::path_name(dir);
    let no_key = || {
        Failure::whole(
            &crate::quote::path_name(&profiles),
            TeachIssue::NoKey {
                dir: dir_name.clone(),
            },
        )
    };
    let entries = std::fs::read_dir(&profiles).map_err(|_| no_key())?;
    let mut files: Vec<std::path::PathBuf> = entries
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|e| e == "toml"))
        .collect();
    files.sort();
    if files.is_empty() {
        return Err(no_key());
    }
    let rules = Rules::default();
    let mut key = Vec::with_capacity(files.len());
    for path in files {
        let source = crate::quote::path_name(&path);
        // A case of the key that is not a regular file (a directory, a pipe, a
        // device, a dangling link) is the key's fault, said of the key's file:
        // skipped, it made every sheet's answer to that case "unknown".
        let kind = std::fs::metadata(&path).map(|m| m.file_type());
        let not_regular = match kind {
            Ok(kind) if kind.is_file() => None,
            Ok(kind) if kind.is_dir() => Some(crate::problem::IoFailure::IsDirectory),
            Ok(_) => Some(crate::problem::IoFailure::NotRegular),
            Err(e) => Some(crate::problem::IoFailure::of(&e)),
        };
        if let Some(failure) = not_regular {
            return Err(Failure::whole(&source, TeachIssue::Unreadable { failure }));
        }
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
        let text = std::str::from_utf8(&bytes).unwrap_or("");
        let set = super::sheet::set_command(text).map(str::to_string);
        // A profile written by `exercise` says its format; one of another format has
        // other expected answers, so it is not marked by today's rules.
        let format = super::sheet::set_format(text);
        if let Some(command) = set.as_ref().filter(|_| format != Some(SET_FORMAT)) {
            return Err(Failure::whole(
                &source,
                TeachIssue::OldSet {
                    found: format,
                    command: command.clone(),
                },
            ));
        }
        let profile = parse_profile(&source, &bytes).map_err(Failure::Toml)?;
        let advice = advise(&profile, &rules);
        let answers = KeyAnswers::of(&advice, &profile, &rules);
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
            answers,
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
#[serde(rename_all = "kebab-case")]
pub enum Status {
    Right,
    Wrong,
    Missing,
    /// The item does not apply to the case and was left empty: not marked.
    NotApplicable,
    /// The item does not apply to the case but was answered: ignored, with a note.
    Ignored,
}

impl Status {
    /// Whether the item counts towards the case's points.
    pub fn marked(self) -> bool {
        matches!(self, Status::Right | Status::Wrong | Status::Missing)
    }

    /// Whether the student is told something about the item.
    pub fn has_feedback(self) -> bool {
        matches!(self, Status::Wrong | Status::Missing | Status::Ignored)
    }
}

/// One item of one case, marked.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ItemMark {
    pub item: Item,
    pub status: Status,
    pub points: u64,
    /// What the student wrote, as ids and numbers; `None` when missing.
    pub given: Option<String>,
    /// The right answer as a sheet writes it; `None` when the item does not apply.
    pub expected: Option<String>,
    /// The right answer and why, with its clause, or why an answer was ignored;
    /// empty when right or not applicable and empty.
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
        // Shown in tables and headings: a name or file name from a student's
        // sheet never acts on the teacher's terminal.
        student: crate::quote::shown(student),
        source: crate::quote::shown(source),
        score: cases.iter().map(|c| c.score).sum(),
        max: cases.iter().map(|c| c.max).sum(),
        cases,
    }
}

fn mark_case(k: &KeyCase, a: &Answers, rules: &Rules, text: &dyn TeachCatalog) -> CaseMark {
    let report = k.report(rules);
    let key = &k.answers;
    let items: Vec<ItemMark> = Item::ALL
        .iter()
        .map(|&item| {
            let given = KeyAnswers::given(item, a);
            let status = match (key.applies(item), key.right(item, a)) {
                (false, None) => Status::NotApplicable,
                (false, Some(_)) => Status::Ignored,
                (true, None) => Status::Missing,
                (true, Some(true)) => Status::Right,
                (true, Some(false)) => Status::Wrong,
            };
            let text = match status {
                Status::Right | Status::NotApplicable => String::new(),
                Status::Ignored => text.ignored_note(item, &report),
                Status::Wrong | Status::Missing => text.item_feedback(item, a, &report, rules),
            };
            ItemMark {
                item,
                status,
                points: u64::from(status == Status::Right),
                given,
                expected: key.expected(item),
                text,
            }
        })
        .collect();
    CaseMark {
        case: k.id.clone(),
        score: items.iter().map(|i| i.points).sum(),
        max: items.iter().filter(|i| i.status.marked()).count() as u64,
        items,
    }
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
                        .is_some_and(|it| matches!(it.status, Status::Wrong | Status::Missing))
                })
                .count();
            if let (true, Some(expected)) = (count > 0, &item.expected) {
                missed.push(Missed {
                    case: case.case.clone(),
                    item: item.item,
                    missed: count,
                    students: class.len(),
                    expected: expected.clone(),
                });
            }
        }
    }
    // A stable sort keeps case order among equal counts.
    missed.sort_by_key(|m| std::cmp::Reverse(m.missed));
    missed.truncate(limit);
    missed
}
