//! The texts of the two ways in besides a profile file: spreadsheets (column names,
//! their problems, the portfolio sheet's header) and the interview (questions, their
//! one-line help with the clause each serves, and what the interview says).

use crate::problem::SheetIssue;
use crate::profile::ProfileKey;

/// Spreadsheets, in and out.
pub trait SheetText {
    /// A column's name in sheets of this language (English: the profile key).
    fn column_label(&self, column: ProfileKey) -> &'static str;
    /// A problem of a sheet, a row or a cell, in one line (without the file and row).
    fn sheet_issue(&self, issue: &SheetIssue) -> String;
    /// The header of `compare --format csv|xlsx`: source, enterprise, scale, annual
    /// revenue (CNY), key accounts, conditions met, form, rule, KAM managers,
    /// headcount, today's setup, warnings.
    fn portfolio_header(&self) -> &'static [&'static str; 12];
    /// The `compare` table's column of annual revenue in yuan.
    fn revenue_cny_short(&self) -> &'static str;
    /// The `compare` table's column of how many warnings a row has.
    fn warnings_short(&self) -> &'static str;
    /// In `compare`'s table and workbook, the form of an input or row that failed.
    fn not_advised(&self) -> &'static str;
    /// The first cell of `compare`'s totals row.
    fn total_label(&self) -> &'static str;
    /// Between the forms counted in the totals row.
    fn list_separator(&self) -> &'static str;
    /// Between two warnings in one cell.
    fn warnings_separator(&self) -> &'static str;
    /// `compare --format xlsx` refuses to write a workbook to a terminal (exit 2).
    fn binary_on_terminal(&self) -> &'static str;
    /// `compare --format html` refuses to write its page to a terminal (exit 2).
    fn html_on_terminal(&self) -> &'static str;
    /// The workbook could not be made (the writer's own message).
    fn workbook_failed(&self, detail: &str) -> String;
}

/// The interview.
pub trait InterviewText {
    /// The question, as the prompt shows it.
    fn question(&self, question: Question) -> &'static str;
    /// One line under the question: what it is for, with the clause it serves.
    fn question_help(&self, question: Question) -> &'static str;
    /// An option of a select list that is not a profile value.
    fn choice(&self, choice: Choice) -> &'static str;
    /// How to answer a select list, a yes/no question and a text.
    fn keys_select(&self) -> &'static str;
    fn keys_confirm(&self) -> &'static str;
    fn keys_text(&self) -> &'static str;
    /// "yes" and "no" as typed and shown; the message for anything else.
    fn yes_no(&self) -> (&'static str, &'static str);
    fn not_yes_no(&self) -> &'static str;
    /// An empty answer where one is required.
    fn answer_required(&self) -> &'static str;
    /// How many units a level has (the level's name is given).
    fn count_question(&self, level: &str) -> String;
    /// At least one level must be chosen.
    fn level_required(&self) -> &'static str;
    fn intro(&self) -> &'static str;
    fn summary_title(&self) -> &'static str;
    fn write_question(&self, path: &str) -> String;
    fn overwrite_question(&self, path: &str) -> String;
    fn written(&self, path: &str) -> String;
    fn not_written(&self) -> &'static str;
    /// Without `--output`: whether to keep the answers as a profile file.
    fn save_question(&self) -> &'static str;
    /// The file to write the profile to (asked without `--output`, and again when
    /// the user would not replace a file).
    fn file_name_question(&self) -> &'static str;
    /// Under the file name question.
    fn file_name_help(&self) -> &'static str;
    /// What an Esc leaves on the prompt's line, in place of inquire's "`<canceled>`".
    fn canceled(&self) -> &'static str;
    /// The report's source line for the interview's answers.
    fn answers_source(&self) -> &'static str;
    /// A select list's filter that matches no option.
    fn no_match(&self, filter: &str) -> String;
    /// An amount the interview cannot read, in one short sentence with examples (the
    /// profile's message names the key and `explain money`, which the person answering
    /// does not need).
    fn amount_not_read(&self, error: &crate::money::MoneyError) -> String;
    /// A count that is not a whole number of 0 or more, said as to someone answering
    /// (the profile's message speaks of TOML strings and quotes).
    fn count_not_read(&self) -> &'static str;
    fn interrupted(&self) -> &'static str;
    /// The terminal closed during the questions (exit 1).
    fn terminal_closed(&self) -> &'static str;
    /// Why the interview refuses to start without a terminal (exit 2).
    fn no_terminal(&self) -> &'static str;
}

/// A question of the interview: one for each profile key, and one more, whether a
/// firm that is not a public-sector body has levels (asked only when it will get a
/// service centre).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Question {
    Key(ProfileKey),
    HasNetwork,
}

impl Question {
    /// The questions, in the order they are asked: what the firm is, and the currency
    /// its amounts are in, before the amounts.
    pub const ALL: &'static [Question] = &[
        Question::Key(ProfileKey::Name),
        Question::Key(ProfileKey::Kind),
        Question::Key(ProfileKey::Currency),
        Question::Key(ProfileKey::CnyRate),
        Question::Key(ProfileKey::AnnualRevenue),
        Question::Key(ProfileKey::KeyAccounts),
        Question::Key(ProfileKey::Scale),
        Question::Key(ProfileKey::Industry),
        Question::Key(ProfileKey::Employees),
        Question::Key(ProfileKey::TotalAssets),
        Question::Key(ProfileKey::CurrentSetup),
        Question::Key(ProfileKey::StrategicPlan),
        Question::Key(ProfileKey::AccountDevelopment),
        Question::HasNetwork,
        Question::Key(ProfileKey::Levels),
        Question::Key(ProfileKey::Counts),
        Question::Key(ProfileKey::Functions),
    ];
}

slug_enum! {
    /// Options of the select lists that are not profile values.
    pub enum Choice {
        /// Infer the scale from the NBS 2017 figures.
        InferScale = "infer-scale",
        /// No scale: a public-sector body's or a multinational's form does not depend on it.
        ScaleNotNeeded = "scale-not-needed",
        /// No value given (an optional key).
        NotGiven = "not-given",
    }
}
