//! The interview in English: each question with a one-line help that says what the
//! answer serves, citing the clause, and what the interview says around them.

use super::English;
use crate::money::MoneyError;
use crate::profile::ProfileKey;
use crate::text::InterviewText;
use crate::text::{Choice, Question};

impl InterviewText for English {
    fn question(&self, question: Question) -> &'static str {
        match question {
            Question::Key(ProfileKey::Name) => "Name of the enterprise?",
            Question::Key(ProfileKey::Kind) => "What kind of organisation is it?",
            Question::Key(ProfileKey::Currency) => "Currency of the amounts?",
            Question::Key(ProfileKey::CnyRate) => "How many CNY is one unit of that currency?",
            Question::Key(ProfileKey::AnnualRevenue) => "Annual revenue?",
            Question::Key(ProfileKey::KeyAccounts) => "How many key accounts has the firm rated?",
            Question::Key(ProfileKey::Scale) => "Size of the enterprise?",
            Question::Key(ProfileKey::Industry) => "Industry (row of the NBS 2017 size table)?",
            Question::Key(ProfileKey::Employees) => "Number of employees?",
            Question::Key(ProfileKey::TotalAssets) => "Total assets?",
            Question::Key(ProfileKey::CurrentSetup) => "Who looks after the key accounts today?",
            Question::Key(ProfileKey::StrategicPlan) => {
                "Does the firm's strategic plan call for a KAM unit?"
            }
            Question::Key(ProfileKey::AccountDevelopment) => {
                "Would a unit develop key accounts faster and deepen their trust in the firm?"
            }
            Question::HasNetwork => {
                "Is the firm organised in levels (national, provincial, prefecture, county)?"
            }
            Question::Key(ProfileKey::Levels) => "Which levels does the organisation have?",
            Question::Key(ProfileKey::Counts) => "How many units does each level have?",
            Question::Key(ProfileKey::Functions) => "Which functions send members to the team?",
        }
    }

    fn question_help(&self, question: Question) -> &'static str {
        match question {
            Question::Key(ProfileKey::Name) => "The title of the advice",
            Question::Key(ProfileKey::Kind) => {
                "(二)1-2: a multinational or a large group may set up a committee, a public-sector body a service centre"
            }
            Question::Key(ProfileKey::Currency) => {
                "CNY (also RMB, 人民币) unless the figures are in another currency, e.g. USD"
            }
            Question::Key(ProfileKey::CnyRate) => {
                "Turns the amounts into CNY, which (一)1 and NBS 2017 compare; e.g. 7.1"
            }
            Question::Key(ProfileKey::AnnualRevenue) => {
                "(一)1: from 5000万元 a unit may be considered; as you write it: 8000万元, 0.8亿, 80M"
            }
            Question::Key(ProfileKey::KeyAccounts) => {
                "(一)2: from 6 a unit may be considered; 0 if none is rated yet"
            }
            Question::Key(ProfileKey::Scale) => {
                "(二)2-4: the size chooses between service centre, department and team"
            }
            Question::Key(ProfileKey::Industry) => {
                "NBS 2017: the row whose bounds give the size; type to filter"
            }
            Question::Key(ProfileKey::Employees) => {
                "NBS 2017: this industry's row needs it to infer the size"
            }
            Question::Key(ProfileKey::TotalAssets) => {
                "NBS 2017: this industry's row needs it too; an amount as for revenue"
            }
            Question::Key(ProfileKey::CurrentSetup) => {
                "The chapter's opening: the advice adds the steps from today's setup"
            }
            Question::Key(ProfileKey::StrategicPlan) => {
                "(一)3: the firm's own judgement of its strategy"
            }
            Question::Key(ProfileKey::AccountDevelopment) => "(一)4: the firm's own judgement",
            Question::HasNetwork => "(二)2: a service centre is tiered as the organisation is",
            Question::Key(ProfileKey::Levels) => {
                "(二)2: management bodies above, the service centre at the lowest level; Space ticks a level"
            }
            Question::Key(ProfileKey::Counts) => {
                "(二)2: shown in the structure; leave empty if not known"
            }
            Question::Key(ProfileKey::Functions) => {
                "(二)4, (四)2: separate with ; — empty for those that deal with the customer's finance, purchasing, production and after-sales"
            }
        }
    }

    fn choice(&self, choice: Choice) -> &'static str {
        match choice {
            Choice::InferScale => "infer it from the figures (NBS 2017)",
            Choice::ScaleNotNeeded => "not needed (this kind's form does not depend on size)",
            Choice::NotGiven => "not given",
        }
    }

    fn keys_select(&self) -> &'static str {
        "↑↓ to move, type to filter, Enter to choose, Esc to go back"
    }

    fn keys_confirm(&self) -> &'static str {
        "y or n, Enter for the default, Esc to go back"
    }

    fn keys_text(&self) -> &'static str {
        "Enter to answer, Esc to go back"
    }

    fn yes_no(&self) -> (&'static str, &'static str) {
        ("yes", "no")
    }

    fn not_yes_no(&self) -> &'static str {
        "Answer yes or no (y or n)."
    }

    fn answer_required(&self) -> &'static str {
        "An answer is needed here."
    }

    fn count_question(&self, level: &str) -> String {
        format!("How many {level} units?")
    }

    fn level_required(&self) -> &'static str {
        "Tick at least one level with Space."
    }

    fn intro(&self) -> &'static str {
        "A key-account organisation profile, question by question. Esc goes back one question; Ctrl-C stops, and nothing is written."
    }

    fn summary_title(&self) -> &'static str {
        "Your answers"
    }

    fn write_question(&self, path: &str) -> String {
        format!("Write the profile to {path}?")
    }

    fn overwrite_question(&self, path: &str) -> String {
        format!("{path} exists. Replace it?")
    }

    fn written(&self, path: &str) -> String {
        format!("Profile written to {path}. Advise it again with: kam-advise {path}")
    }

    fn not_written(&self) -> &'static str {
        "Nothing written."
    }

    fn save_question(&self) -> &'static str {
        "Save these answers as a profile file?"
    }

    fn file_name_question(&self) -> &'static str {
        "File name for the profile?"
    }

    fn file_name_help(&self) -> &'static str {
        "A .toml file; Enter to take the name shown, Esc to write nothing"
    }

    fn canceled(&self) -> &'static str {
        "<back>"
    }

    fn answers_source(&self) -> &'static str {
        "answers to the interview"
    }

    fn no_match(&self, filter: &str) -> String {
        format!("No choice matches \u{2018}{filter}\u{2019}: Backspace to change the filter.")
    }

    fn amount_not_read(&self, error: &MoneyError) -> String {
        let examples = "e.g. 8000万, 1.2亿元, 五亿, RMB 80 million or 80M";
        match error {
            MoneyError::Negative => "An amount cannot be negative.".into(),
            MoneyError::UnknownUnit(unit) => {
                format!("Unknown unit \u{2018}{unit}\u{2019}: write the amount {examples}.")
            }
            MoneyError::ElidedUnit(readings) => format!(
                "Is it {} or {}? Write the last unit (两亿五千万) or 零 (两亿零五).",
                crate::text::yuan_digits(readings.scaled, 0),
                crate::text::yuan_digits(readings.literal, 0)
            ),
            MoneyError::SignMismatch {
                sign_currency: named,
                currency,
                ..
            }
            | MoneyError::NameMismatch {
                name_currency: named,
                currency,
                ..
            } => format!(
                "That amount is in {named}, the currency answered was {currency}: go back with Esc to change the currency, or write it in {currency}."
            ),
            MoneyError::TooLarge => "Too large to compute with.".into(),
            MoneyError::TooLong => format!(
                "Longer than any amount is written (more than {} characters).",
                crate::money::MAX_TEXT_CHARS
            ),
            MoneyError::TooSmall => {
                "Too small to compute with: write the amount in yuan or with a unit (万, 亿)."
                    .into()
            }
            _ => format!("Not an amount: write it {examples}."),
        }
    }

    fn count_not_read(&self) -> &'static str {
        "A whole number of 0 or more is needed here, such as 12."
    }

    fn interrupted(&self) -> &'static str {
        "interrupted: nothing written"
    }

    fn terminal_closed(&self) -> &'static str {
        "the terminal closed before the last answer: the interview stopped, nothing written"
    }

    fn no_terminal(&self) -> &'static str {
        "`interview` asks its questions in a terminal, and standard input or output is not one: in a script, write a profile instead (kam-advise init > client.toml, then kam-advise client.toml)"
    }
}
