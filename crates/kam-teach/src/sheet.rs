//! The answer sheet: the blank one a set ships with, and a student's, read with the
//! place of every problem. Each case is a table `[case-01]` with the same five items:
//! `form`, `conditions_met`, `kam_managers`, `headcount` and `service_level`, of which
//! those that apply to the case are marked, one point each ([`super::items`]).

use std::collections::BTreeMap;
use std::ops::Range;

use toml::Spanned;
use toml::de::{DeTable, DeValue};

use crate::advice::{ConditionId, Form};
use crate::problem::{Found, ProfileError};
use crate::profile::Level;

/// The format of the files of a class set. It changes when what a set grades changes
/// (2: items by form, a department's 3-4, `service_level`), and `grade` refuses a set
/// of another format rather than mark it by today's rules.
pub(crate) const SET_FORMAT: u32 = 2;

/// The line every file of a set carries (in a comment) to say its format.
pub(crate) fn format_line() -> String {
    format!("kam-advise set-format {SET_FORMAT}")
}

/// The format a file's comments say it has: `None` when no comment says it (a set
/// written before formats were numbered, format 1).
pub(crate) fn set_format(text: &str) -> Option<u32> {
    text.lines()
        .filter(|line| line.trim_start().starts_with('#'))
        .find_map(|line| {
            let at = line.find("kam-advise set-format ")?;
            line[at + "kam-advise set-format ".len()..]
                .trim()
                .parse()
                .ok()
        })
}

slug_enum! {
    /// The items of a case on the sheet, one point each where they apply.
    pub enum Item {
        Form = "form",
        Conditions = "conditions_met",
        KamManagers = "kam_managers",
        Headcount = "headcount",
        ServiceLevel = "service_level",
    }
}

/// What a student wrote for one case; `None` where an item is missing or left empty.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Answers {
    pub form: Option<Form>,
    /// The conditions met; `Some(vec![])` when the student wrote `"none"`.
    pub conditions: Option<Vec<ConditionId>>,
    pub kam_managers: Option<u64>,
    pub headcount: Option<u64>,
    /// The level that holds a network's service centres.
    pub service_level: Option<Level>,
}

/// A student's sheet: the cases it answers, by id.
pub(crate) type Sheet = BTreeMap<String, Answers>;

/// What can be wrong in a sheet, the answer key's directory, or the output of a set.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum TeachIssue {
    UnknownCase {
        case: String,
        near: Option<String>,
        first: String,
        last: String,
    },
    NotACase {
        key: String,
        found: Found,
    },
    UnknownItem {
        case: String,
        key: String,
        near: Option<&'static str>,
    },
    WrongType {
        case: String,
        item: Item,
        found: Found,
    },
    UnknownForm {
        case: String,
        value: String,
        near: Option<&'static str>,
    },
    UnknownCondition {
        case: String,
        value: String,
        near: Option<&'static str>,
    },
    RepeatedCondition {
        case: String,
        id: ConditionId,
    },
    NoneWithOthers {
        case: String,
    },
    NotACount {
        case: String,
        item: Item,
        found: String,
    },
    UnknownLevel {
        case: String,
        value: String,
        near: Option<&'static str>,
    },
    /// The key is a set written in an older format (`None`: before formats were
    /// numbered): its expected answers have changed since. `command` makes it again.
    OldSet {
        found: Option<u32>,
        command: String,
    },
    /// The sheet was written for another set than the key's: the two `kam-advise
    /// exercise` command lines their headers carry.
    OtherSet {
        sheet: String,
        key: String,
    },
    /// The key directory has no `profiles/*.toml`.
    NoKey {
        dir: String,
    },
    /// A directory of sheets with no `*.toml` in it.
    NoSheets,
    Unreadable {
        failure: crate::problem::IoFailure,
    },
    /// An output file exists and `--force` was not given.
    Exists,
    /// `profiles/` holds a profile that is not part of the set being written.
    NotInSet,
    /// The set's directory holds a file that no set has: a set is replaced whole, so
    /// it would go with the old set.
    NotOfASet,
    WriteFailed {
        failure: crate::problem::IoFailure,
    },
    /// More problems than are told ([`crate::check::MAX_PROBLEMS`]): how many more.
    MoreProblems {
        count: usize,
    },
}

/// One problem: where (line and column), and what.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TeachProblem {
    pub location: Option<(usize, usize)>,
    pub issue: TeachIssue,
    offset: usize,
}

/// Every problem of one file, or a TOML error the profile checker found.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Failure {
    Toml(ProfileError),
    Teach {
        source: String,
        problems: Vec<TeachProblem>,
    },
}

impl Failure {
    /// A problem with a file as a whole.
    pub fn whole(source: &str, issue: TeachIssue) -> Failure {
        Failure::Teach {
            source: source.to_string(),
            problems: vec![TeachProblem {
                location: None,
                issue,
                offset: 0,
            }],
        }
    }
}

/// A form as a student may write it: the id (`centre` or `center`) or its Chinese name.
pub(crate) fn form_from_input(text: &str) -> Option<Form> {
    let text = text.trim();
    Form::from_slug(&text.to_ascii_lowercase().replace("centre", "center")).or(match text {
        "无" | "不设" | "不设机构" | "暂不设立" => Some(Form::None),
        "小组" | "重点客户管理小组" => Some(Form::Team),
        "管理部" | "部门" | "重点客户管理部" | "重点客户管理部门" => {
            Some(Form::Department)
        }
        "服务中心" | "重点客户服务中心" => Some(Form::ServiceCenter),
        "委员会" | "重点客户管理委员会" => Some(Form::Committee),
        _ => None,
    })
}

/// A condition as a student may write it: the id or the clause, (一)1 or （一）1.
pub(crate) fn condition_from_input(text: &str) -> Option<ConditionId> {
    let text = text.trim();
    let clause = text.replace('（', "(").replace('）', ")");
    ConditionId::from_slug(&text.to_ascii_lowercase()).or_else(|| {
        ConditionId::ALL
            .iter()
            .copied()
            .find(|c| c.clause() == clause)
    })
}

/// Reads a student's sheet against the cases of the key.
pub fn read_sheet(source: &str, bytes: &[u8], cases: &[String]) -> Result<Sheet, Failure> {
    let text = std::str::from_utf8(bytes).unwrap_or("");
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let mut reader = Reader {
        text,
        cases,
        problems: Vec::new(),
    };
    let sheet = decode(source, bytes, |table| reader.sheet(table)).map_err(Failure::Toml)?;
    if reader.problems.is_empty() {
        return Ok(sheet);
    }
    reader.problems.sort_by_key(|p| p.offset);
    // The first hundred, then how many more, as for a profile.
    let more = reader
        .problems
        .len()
        .saturating_sub(crate::check::MAX_PROBLEMS);
    reader.problems.truncate(crate::check::MAX_PROBLEMS);
    // Lines and columns in one pass for all the problems (not a rescan each).
    let mut lines = crate::check::Lines::new(reader.text);
    for problem in &mut reader.problems {
        problem.location = Some(lines.locate(problem.offset));
    }
    if more > 0 {
        reader.problems.push(TeachProblem {
            location: None,
            issue: TeachIssue::MoreProblems { count: more },
            offset: usize::MAX,
        });
    }
    Err(Failure::Teach {
        source: source.to_string(),
        problems: reader.problems,
    })
}

/// The `kam-advise exercise …` command line a sheet's or a profile's header comment
/// carries (the set it belongs to), if any.
pub fn set_command(text: &str) -> Option<&str> {
    text.lines()
        .filter(|line| line.trim_start().starts_with('#'))
        .find_map(|line| {
            line.find("kam-advise exercise")
                .map(|at| line[at..].trim_end())
        })
}

/// Decodes a TOML document with the profile checker (size, encoding, syntax), then
/// hands its table to `walk`.
fn decode<T>(
    source: &str,
    bytes: &[u8],
    walk: impl FnOnce(&DeTable<'_>) -> T,
) -> Result<T, ProfileError> {
    crate::check::check_document(source, bytes, |_, table| Some(walk(table)))
}

struct Reader<'a> {
    text: &'a str,
    cases: &'a [String],
    problems: Vec<TeachProblem>,
}

/// What a TOML value is, for "found ..." in messages.
fn found(value: &DeValue<'_>) -> Found {
    let cut = |s: &str| s.chars().take(40).collect::<String>();
    match value {
        DeValue::String(s) => Found::Str(cut(s)),
        DeValue::Integer(i) => Found::Integer(cut(i.as_str())),
        DeValue::Float(f) => Found::Number(cut(f.as_str())),
        DeValue::Boolean(b) => Found::Boolean(*b),
        DeValue::Datetime(_) => Found::Date,
        DeValue::Array(_) => Found::Array,
        DeValue::Table(_) => Found::Table,
    }
}

impl Reader<'_> {
    /// A problem at `span`; its line and column are found with the others, once.
    fn problem(&mut self, span: Range<usize>, issue: TeachIssue) {
        let offset = span.start.min(self.text.len());
        self.problems.push(TeachProblem {
            location: None,
            issue,
            offset,
        });
    }

    fn sheet(&mut self, table: &DeTable<'_>) -> Sheet {
        let mut sheet = Sheet::new();
        for (key, value) in table.iter() {
            let case = key.get_ref().to_string();
            let DeValue::Table(items) = value.get_ref() else {
                let issue = TeachIssue::NotACase {
                    key: case,
                    found: found(value.get_ref()),
                };
                self.problem(key.span(), issue);
                continue;
            };
            if !self.cases.contains(&case) {
                // Suggest only a case the sheet has not answered under its own name.
                let names: Vec<&str> = self
                    .cases
                    .iter()
                    .map(String::as_str)
                    .filter(|c| !table.contains_key(*c))
                    .collect();
                let issue = TeachIssue::UnknownCase {
                    near: crate::check::closest(&case, &names).map(str::to_string),
                    first: self.cases.first().cloned().unwrap_or_default(),
                    last: self.cases.last().cloned().unwrap_or_default(),
                    case,
                };
                self.problem(key.span(), issue);
                continue;
            }
            let answers = self.answers(&case, items);
            sheet.insert(case, answers);
        }
        sheet
    }

    fn answers(&mut self, case: &str, table: &DeTable<'_>) -> Answers {
        let mut answers = Answers::default();
        for (key, value) in table.iter() {
            let name = key.get_ref().as_ref();
            let Some(item) = Item::from_slug(name) else {
                let slugs: Vec<&'static str> = Item::ALL.iter().map(|i| i.slug()).collect();
                let issue = TeachIssue::UnknownItem {
                    case: case.to_string(),
                    key: name.chars().take(40).collect(),
                    near: crate::check::closest(name, &slugs),
                };
                self.problem(key.span(), issue);
                continue;
            };
            match item {
                Item::Form => answers.form = self.form(case, value),
                Item::Conditions => answers.conditions = self.conditions(case, value),
                Item::KamManagers => answers.kam_managers = self.count(case, item, value),
                Item::Headcount => answers.headcount = self.count(case, item, value),
                Item::ServiceLevel => answers.service_level = self.level(case, value),
            }
        }
        answers
    }

    fn wrong_type(&mut self, case: &str, item: Item, value: &Spanned<DeValue<'_>>) {
        let issue = TeachIssue::WrongType {
            case: case.to_string(),
            item,
            found: found(value.get_ref()),
        };
        self.problem(value.span(), issue);
    }

    fn form(&mut self, case: &str, value: &Spanned<DeValue<'_>>) -> Option<Form> {
        let DeValue::String(written) = value.get_ref() else {
            self.wrong_type(case, Item::Form, value);
            return None;
        };
        if written.trim().is_empty() {
            return None;
        }
        let form = form_from_input(written);
        if form.is_none() {
            let slugs: Vec<&'static str> = Form::ALL.iter().map(|f| f.slug()).collect();
            let issue = TeachIssue::UnknownForm {
                case: case.to_string(),
                value: written.chars().take(40).collect(),
                near: crate::check::closest(written.trim(), &slugs),
            };
            self.problem(value.span(), issue);
        }
        form
    }

    fn level(&mut self, case: &str, value: &Spanned<DeValue<'_>>) -> Option<Level> {
        let DeValue::String(written) = value.get_ref() else {
            self.wrong_type(case, Item::ServiceLevel, value);
            return None;
        };
        let written = written.trim();
        if written.is_empty() {
            return None;
        }
        let level = Level::from_input(&written.to_ascii_lowercase());
        if level.is_none() {
            let slugs: Vec<&'static str> = Level::ALL.iter().map(|l| l.slug()).collect();
            let issue = TeachIssue::UnknownLevel {
                case: case.to_string(),
                value: written.chars().take(40).collect(),
                near: crate::check::closest(written, &slugs),
            };
            self.problem(value.span(), issue);
        }
        level
    }

    fn conditions(&mut self, case: &str, value: &Spanned<DeValue<'_>>) -> Option<Vec<ConditionId>> {
        let DeValue::Array(items) = value.get_ref() else {
            self.wrong_type(case, Item::Conditions, value);
            return None;
        };
        let mut ids = Vec::new();
        let mut none_at = None;
        for item in items.iter() {
            let DeValue::String(written) = item.get_ref() else {
                self.wrong_type(case, Item::Conditions, item);
                continue;
            };
            if written.trim().eq_ignore_ascii_case("none") || written.trim() == "无" {
                none_at = Some(item.span());
                continue;
            }
            match condition_from_input(written) {
                Some(id) if ids.contains(&id) => {
                    let issue = TeachIssue::RepeatedCondition {
                        case: case.to_string(),
                        id,
                    };
                    self.problem(item.span(), issue);
                }
                Some(id) => ids.push(id),
                None => {
                    let slugs: Vec<&'static str> =
                        ConditionId::ALL.iter().map(|c| c.slug()).collect();
                    let issue = TeachIssue::UnknownCondition {
                        case: case.to_string(),
                        value: written.chars().take(40).collect(),
                        near: crate::check::closest(written.trim(), &slugs),
                    };
                    self.problem(item.span(), issue);
                }
            }
        }
        match none_at {
            Some(span) if !ids.is_empty() => {
                let issue = TeachIssue::NoneWithOthers {
                    case: case.to_string(),
                };
                self.problem(span, issue);
                None
            }
            Some(_) => Some(Vec::new()),
            None if ids.is_empty() => None,
            None => {
                ids.sort();
                Some(ids)
            }
        }
    }

    fn count(&mut self, case: &str, item: Item, value: &Spanned<DeValue<'_>>) -> Option<u64> {
        let DeValue::Integer(i) = value.get_ref() else {
            self.wrong_type(case, item, value);
            return None;
        };
        match u64::from_str_radix(i.as_str(), i.radix()) {
            Ok(n) => Some(n),
            Err(_) => {
                let issue = TeachIssue::NotACount {
                    case: case.to_string(),
                    item,
                    found: i.as_str().chars().take(40).collect(),
                };
                self.problem(value.span(), issue);
                None
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cases() -> Vec<String> {
        vec!["case-01".into(), "case-02".into()]
    }

    #[test]
    fn a_sheet_reads_ids_chinese_names_and_clauses() {
        let text = "[case-01]\nform = \"管理部\"\nconditions_met = [\"revenue\", \"（一）2\"]\nkam_managers = 2\nheadcount = 3\n\n[case-02]\nform = \"\"\nconditions_met = [\"none\"]\n";
        let sheet = read_sheet("s.toml", text.as_bytes(), &cases()).unwrap_or_default();
        let one = &sheet["case-01"];
        assert_eq!(one.form, Some(Form::Department));
        assert_eq!(
            one.conditions,
            Some(vec![ConditionId::Revenue, ConditionId::KeyAccounts])
        );
        assert_eq!((one.kam_managers, one.headcount), (Some(2), Some(3)));
        assert_eq!(sheet["case-02"].form, None);
        assert_eq!(sheet["case-02"].conditions, Some(vec![]));
        let text =
            "[case-01]\nservice_level = \"地级\"\n[case-02]\nservice_level = \"Prefecture\"\n";
        let sheet = read_sheet("s.toml", text.as_bytes(), &cases()).unwrap_or_default();
        assert_eq!(sheet["case-01"].service_level, Some(Level::Prefecture));
        assert_eq!(sheet["case-02"].service_level, Some(Level::Prefecture));
    }

    #[test]
    fn a_files_format_is_read_from_its_comments() {
        let text = format!("# Case 01\n# {}\nname = \"x\"\n", format_line());
        assert_eq!(set_format(&text), Some(SET_FORMAT));
        assert_eq!(
            set_format("# kam-advise exercise --count 3\nname = \"x\"\n"),
            None
        );
    }

    #[test]
    fn at_most_a_hundred_problems_then_how_many_more() {
        // 125 unknown items in each of the two cases.
        let text: String = ["case-01", "case-02"]
            .iter()
            .map(|case| {
                let items: String = (0..125).map(|i| format!("item_{i} = 1\n")).collect();
                format!("[{case}]\n{items}")
            })
            .collect();
        let Err(Failure::Teach { problems, .. }) = read_sheet("s.toml", text.as_bytes(), &cases())
        else {
            panic!("expected problems");
        };
        assert_eq!(problems.len(), crate::check::MAX_PROBLEMS + 1);
        assert_eq!(problems[100].issue, TeachIssue::MoreProblems { count: 150 });
        assert!(problems[99].location.is_some());
    }

    #[test]
    fn problems_carry_their_line_and_column() {
        let text = "[case-01]\nform = 3\nkam_manager = 2\n\n[case-09]\nform = \"team\"\n";
        let Err(Failure::Teach { problems, .. }) = read_sheet("s.toml", text.as_bytes(), &cases())
        else {
            panic!("expected problems");
        };
        let places: Vec<Option<(usize, usize)>> = problems.iter().map(|p| p.location).collect();
        assert_eq!(places, [Some((2, 8)), Some((3, 1)), Some((5, 2))]);
        assert!(matches!(
            problems[1].issue,
            TeachIssue::UnknownItem {
                near: Some("kam_managers"),
                ..
            }
        ));
    }
}
