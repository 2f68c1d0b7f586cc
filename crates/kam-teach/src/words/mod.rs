//! The teaching kit's texts ([`TeachText`] for sets, [`GradeText`] for marking): the
//! stories of a set, the answer key, the answer sheet, the quiz, the marking's feedback and its problems. Each language words
//! them in `en_set.rs` and `en_grade.rs` (and the same in `zh_`), with the words
//! of the advice's catalogue ([`crate::text`]), which they use.

mod en_grade;
mod en_set;
mod zh_grade;
mod zh_set;

use crate::advice::{Advice, Form};
use crate::case::Case;
use crate::items::KeyAnswers;
use crate::plan::Business;
use crate::profile::{Kind, Level};
use crate::render::InWords as _;
use crate::render::Report;
use crate::rules::Rules;
use crate::scale::IndustryRow;
use crate::sheet::{Answers, Failure, Item, TeachIssue};
use crate::text::{Catalog, Lang};
use crate::why::RuledOut;

/// Headings, column names and short words of the kit.
#[derive(Debug)]
pub struct TeachLabels {
    pub cases_title: &'static str,
    pub key_title: &'static str,
    /// Between a case's id and its firm in a heading: " — " / "："
    pub title_separator: &'static str,
    pub conditions_met: &'static str,
    pub headcount: &'static str,
    /// The quiz's category in Moodle's question bank.
    pub quiz_category: &'static str,
    pub gift_form_title: &'static str,
    pub gift_managers_title: &'static str,
    pub gift_headcount_title: &'static str,
    pub gift_level_title: &'static str,
    /// The heading of a key's line for the items a case does not grade.
    pub not_graded: &'static str,
    /// The heading of a key's line for the level of a network's service centres.
    pub service_level: &'static str,
    pub right_mark: &'static str,
    pub wrong_mark: &'static str,
    pub missing_mark: &'static str,
    /// A table's cell for an item that does not apply to the case.
    pub not_applicable_mark: &'static str,
    pub case: &'static str,
    pub score: &'static str,
    pub feedback: &'static str,
    pub student: &'static str,
    pub percent: &'static str,
    pub most_missed: &'static str,
    pub item: &'static str,
    pub missed_by: &'static str,
    pub right_answer: &'static str,
    pub nothing_missed: &'static str,
}

/// Every text of the teaching kit.
pub trait TeachText {
    fn teach_labels(&self) -> &'static TeachLabels;
    fn name_pools(&self) -> &'static NamePools;
    /// A firm's (or body's) name from a place and a mark.
    fn firm_name(&self, place: &str, mark: &str, business: Business, kind: Kind) -> String;
    fn person_name(&self, surname: &str, given: &str, foreign: bool) -> String;
    /// The first comment line of a case's profile.
    fn profile_note(&self, id: &str) -> String;
    /// A case told for students, in paragraphs, with every figure the answer needs.
    fn story(&self, case: &Case) -> Vec<String>;
    /// "Case 01" from `case-01`.
    fn case_title(&self, id: &str) -> String;
    /// The lead of `cases.md`: what to do and how to fill in the sheet.
    fn cases_intro(&self, count: usize) -> String;
    /// The set's conventions, in Markdown, after the lead of `cases.md`: the nine form
    /// rules in order with their sources, the NBS 2017 rows the cases use with the
    /// all-bounds rule, every figure the graded answers use with its value and source,
    /// the committee's formula and where a network's service centres sit.
    fn conventions(&self, rows: &[&'static IndustryRow], rules: &Rules) -> String;
    /// The lead of `answer-key.md`: `points` in all.
    fn key_intro(&self, count: usize, points: u64) -> String;
    /// Where the scale comes from, with the NBS 2017 comparison when inferred.
    fn scale_basis(&self, report: &Report<'_>) -> String;
    /// The KAM managers, with the arithmetic and clause.
    fn kam_managers_basis(&self, advice: &Advice) -> String;
    /// The headcount, with the arithmetic and clause: a department's range of 3-4.
    fn headcount_basis(&self, advice: &Advice, key: &KeyAnswers) -> String;
    /// The level that holds a network's service centres, and why.
    fn service_level_basis(&self, report: &Report<'_>, level: Level) -> String;
    /// The items a case does not grade, and why (none when all are graded).
    fn not_graded(&self, report: &Report<'_>, key: &KeyAnswers) -> Option<String>;
    /// The comment at the top of the blank answer sheet.
    fn sheet_header(&self, command: &str) -> String;
    fn gift_form_question(&self) -> String;
    fn gift_managers_question(&self) -> String;
    fn gift_headcount_question(&self) -> String;
    fn gift_level_question(&self) -> String;
}

/// The marking's texts: feedback, titles of marks, problems of sheets and sets.
pub trait GradeText {
    /// Why `form` is not the answer: the rules leading to it, each ruled out.
    fn not_this_form(&self, form: Form, ruled: &[RuledOut], report: &Report<'_>) -> String;
    /// Why an answer to an item that does not apply to the case is ignored.
    fn ignored_note(&self, item: Item, report: &Report<'_>) -> String;
    /// The right answer to an item and why, with its clause; for the student's answer.
    fn item_feedback(
        &self,
        item: Item,
        answers: &Answers,
        report: &Report<'_>,
        rules: &Rules,
    ) -> String;
    fn item_name(&self, item: Item) -> &'static str;
    /// An answer as a sheet writes it (ids, numbers), put into words for prose.
    fn answer_words(&self, item: Item, value: &str) -> String;
    /// One line of feedback: the case, the item, what was written (or that nothing
    /// was), and the feedback.
    fn feedback_line(&self, case: &str, item: Item, given: Option<&str>, feedback: &str) -> String;
    fn marks_title(&self, student: &str, source: &str, key: &str) -> String;
    fn total(&self, score: u64, max: u64, percent: u64) -> String;
    fn class_title(&self, key: &str, students: usize) -> String;
    fn teach_issue(&self, issue: &TeachIssue) -> String;
    /// The last line of a class in which some sheets could not be marked.
    fn sheets_failed(&self, failed: usize, total: usize) -> String;
}

/// Every text a class set and its marking need: the advice's catalogue and the kit's.
pub trait TeachCatalog: Catalog + TeachText + GradeText {}

impl<T: Catalog + TeachText + GradeText> TeachCatalog for T {}

/// The kit's catalogue of a language.
pub fn teach_catalog(lang: Lang) -> &'static dyn TeachCatalog {
    match lang {
        Lang::En => &crate::text::en::English,
        Lang::Zh => &crate::text::zh::Chinese,
    }
}

/// Word pools a catalogue gives for names. Firm names join a mark from `mark_heads`
/// and one from `mark_tails`; none of them is meant to name a real company.
#[derive(Debug)]
pub struct NamePools {
    /// Towns a domestic firm is named after.
    pub places: &'static [&'static str],
    /// Provinces (made up) a public body serves.
    pub provinces: &'static [&'static str],
    pub mark_heads: &'static [&'static str],
    pub mark_tails: &'static [&'static str],
    /// Marks of international groups.
    pub foreign_marks: &'static [&'static str],
    pub surnames: &'static [&'static str],
    pub given_names: &'static [&'static str],
    pub foreign_given_names: &'static [&'static str],
    pub foreign_surnames: &'static [&'static str],
}

impl Failure {
    /// One line per problem: `file:line:col: message`, in the output language.
    pub fn render(&self, text: &dyn TeachCatalog) -> String {
        match self {
            Failure::Toml(e) => e.render(text),
            Failure::Teach { source, problems } => problems
                .iter()
                .map(|p| match p.location {
                    Some((line, col)) => {
                        format!("{source}:{line}:{col}: {}", text.teach_issue(&p.issue))
                    }
                    None => format!("{source}: {}", text.teach_issue(&p.issue)),
                })
                .collect::<Vec<_>>()
                .join("\n"),
        }
    }
}
