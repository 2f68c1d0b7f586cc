//! The interview's answers: which question comes next, and the answers as a TOML
//! profile checked by `parse_profile` — each answer refused with the message a
//! profile file would get for the same value.

use super::Question;
use crate::advice::{Form, advise};
use crate::money;
use crate::problem::{Expected, Issue, ProfileError};
use crate::profile::{Kind, Level, Profile, Setup, parse_profile};
use crate::profile::{ProfileKey, Table};
use crate::render::init::Values;
use crate::rules::Rules;
use crate::scale::{Indicator, IndustryRow, Scale};
use crate::sheet::{toml_count, toml_string};
use crate::text::Catalog;

/// The scale question's answer.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ScaleAnswer {
    Declared(Scale),
    /// Inferred from the industry's NBS 2017 figures.
    Infer,
    /// Not given: the form of a public-sector body or a multinational does not depend on it.
    NotNeeded,
}

/// What has been answered so far.
#[derive(Debug, Clone, Default)]
pub struct Answers {
    pub name: Option<String>,
    pub kind: Option<Kind>,
    pub currency: Option<String>,
    pub cny_rate: Option<String>,
    pub annual_revenue: Option<String>,
    pub key_accounts: Option<String>,
    pub scale: Option<ScaleAnswer>,
    pub industry: Option<&'static IndustryRow>,
    pub employees: Option<String>,
    pub total_assets: Option<String>,
    pub current_setup: Option<Option<Setup>>,
    pub strategic_plan: Option<bool>,
    pub account_development: Option<bool>,
    pub has_network: Option<bool>,
    /// The levels chosen (none: no `[network]`).
    pub levels: Option<Vec<Level>>,
    pub counts: Option<Vec<(Level, String)>>,
    /// `None` inside: the default functions.
    pub functions: Option<Option<Vec<String>>>,
}

impl Answers {
    /// The next question to ask, or `None` when the interview is complete.
    pub fn next(&self) -> Option<Question> {
        Question::ALL
            .iter()
            .copied()
            .find(|q| !self.is_answered(*q) && self.needed(*q))
    }

    /// Whether a question applies, given the answers so far.
    pub fn needed(&self, question: Question) -> bool {
        let infer = self.scale == Some(ScaleAnswer::Infer);
        let indicator = |i: Indicator| self.industry.is_some_and(|r| r.indicators().contains(&i));
        match question {
            Question::Key(ProfileKey::CnyRate) => self
                .currency
                .as_deref()
                .and_then(money::currency_code)
                .is_some_and(|code| code != "CNY"),
            Question::Key(ProfileKey::Industry) => infer,
            Question::Key(ProfileKey::Employees) => infer && indicator(Indicator::Employees),
            Question::Key(ProfileKey::TotalAssets) => infer && indicator(Indicator::Assets),
            Question::HasNetwork => {
                self.kind != Some(Kind::PublicSector) && self.form() == Some(Form::ServiceCenter)
            }
            Question::Key(ProfileKey::Levels) => {
                self.kind == Some(Kind::PublicSector) || self.has_network == Some(true)
            }
            Question::Key(ProfileKey::Counts) => {
                self.levels.as_ref().is_some_and(|l| !l.is_empty())
            }
            Question::Key(ProfileKey::Functions) => self.form() == Some(Form::Team),
            Question::Key(
                ProfileKey::Name
                | ProfileKey::Kind
                | ProfileKey::Currency
                | ProfileKey::AnnualRevenue
                | ProfileKey::KeyAccounts
                | ProfileKey::Scale
                | ProfileKey::CurrentSetup
                | ProfileKey::StrategicPlan
                | ProfileKey::AccountDevelopment,
            ) => true,
        }
    }

    pub fn is_answered(&self, question: Question) -> bool {
        match question {
            Question::Key(ProfileKey::Name) => self.name.is_some(),
            Question::Key(ProfileKey::Kind) => self.kind.is_some(),
            Question::Key(ProfileKey::Currency) => self.currency.is_some(),
            Question::Key(ProfileKey::CnyRate) => self.cny_rate.is_some(),
            Question::Key(ProfileKey::AnnualRevenue) => self.annual_revenue.is_some(),
            Question::Key(ProfileKey::KeyAccounts) => self.key_accounts.is_some(),
            Question::Key(ProfileKey::Scale) => self.scale.is_some(),
            Question::Key(ProfileKey::Industry) => self.industry.is_some(),
            Question::Key(ProfileKey::Employees) => self.employees.is_some(),
            Question::Key(ProfileKey::TotalAssets) => self.total_assets.is_some(),
            Question::Key(ProfileKey::CurrentSetup) => self.current_setup.is_some(),
            Question::Key(ProfileKey::StrategicPlan) => self.strategic_plan.is_some(),
            Question::Key(ProfileKey::AccountDevelopment) => self.account_development.is_some(),
            Question::HasNetwork => self.has_network.is_some(),
            Question::Key(ProfileKey::Levels) => self.levels.is_some(),
            Question::Key(ProfileKey::Counts) => self.counts.is_some(),
            Question::Key(ProfileKey::Functions) => self.functions.is_some(),
        }
    }

    /// Forgets an answer (the user went back to it).
    pub fn clear(&mut self, question: Question) {
        match question {
            Question::Key(ProfileKey::Name) => self.name = None,
            Question::Key(ProfileKey::Kind) => self.kind = None,
            Question::Key(ProfileKey::Currency) => self.currency = None,
            Question::Key(ProfileKey::CnyRate) => self.cny_rate = None,
            Question::Key(ProfileKey::AnnualRevenue) => self.annual_revenue = None,
            Question::Key(ProfileKey::KeyAccounts) => self.key_accounts = None,
            Question::Key(ProfileKey::Scale) => self.scale = None,
            Question::Key(ProfileKey::Industry) => self.industry = None,
            Question::Key(ProfileKey::Employees) => self.employees = None,
            Question::Key(ProfileKey::TotalAssets) => self.total_assets = None,
            Question::Key(ProfileKey::CurrentSetup) => self.current_setup = None,
            Question::Key(ProfileKey::StrategicPlan) => self.strategic_plan = None,
            Question::Key(ProfileKey::AccountDevelopment) => self.account_development = None,
            Question::HasNetwork => self.has_network = None,
            Question::Key(ProfileKey::Levels) => self.levels = None,
            Question::Key(ProfileKey::Counts) => self.counts = None,
            Question::Key(ProfileKey::Functions) => self.functions = None,
        }
    }

    /// Sets the answer to a question typed as text (name, currency, amounts, counts).
    pub fn set_text(&mut self, question: Question, answer: &str) {
        let answer = Some(answer.trim().to_string());
        match question {
            Question::Key(ProfileKey::Name) => self.name = answer,
            Question::Key(ProfileKey::Currency) => self.currency = answer,
            Question::Key(ProfileKey::CnyRate) => self.cny_rate = answer,
            Question::Key(ProfileKey::AnnualRevenue) => self.annual_revenue = answer,
            Question::Key(ProfileKey::KeyAccounts) => self.key_accounts = answer,
            Question::Key(ProfileKey::Employees) => self.employees = answer,
            Question::Key(ProfileKey::TotalAssets) => self.total_assets = answer,
            // Chosen from a list, not typed: set where they are asked.
            chosen!() => {}
        }
    }

    /// The form the answers lead to so far, once they make a valid profile.
    pub fn form(&self) -> Option<Form> {
        let profile = self.profile().ok()?;
        Some(advise(&profile, &Rules::default()).form)
    }

    /// The answers as profile values, in the profile's key order.
    pub fn values(&self) -> Values {
        let needed = |q: Question| self.needed(q);
        let mut top: Vec<(ProfileKey, String)> = Vec::new();
        let mut put = |key: ProfileKey, value: Option<String>| {
            if let Some(value) = value {
                top.push((key, value));
            }
        };
        put(ProfileKey::Name, self.name.as_deref().map(toml_string));
        put(
            ProfileKey::AnnualRevenue,
            self.annual_revenue.as_deref().map(amount),
        );
        put(
            ProfileKey::KeyAccounts,
            self.key_accounts.as_deref().map(toml_count),
        );
        put(
            ProfileKey::Currency,
            self.currency.as_deref().map(toml_string),
        );
        let rate = self
            .cny_rate
            .as_deref()
            .filter(|_| needed(Question::Key(ProfileKey::CnyRate)));
        put(ProfileKey::CnyRate, rate.map(amount));
        put(ProfileKey::Kind, self.kind.map(|k| toml_string(k.slug())));
        if let Some(ScaleAnswer::Declared(scale)) = self.scale {
            put(ProfileKey::Scale, Some(toml_string(scale.slug())));
        }
        let industry = self
            .industry
            .filter(|_| needed(Question::Key(ProfileKey::Industry)));
        put(ProfileKey::Industry, industry.map(|r| toml_string(r.slug)));
        let employees = self
            .employees
            .as_deref()
            .filter(|_| needed(Question::Key(ProfileKey::Employees)));
        put(ProfileKey::Employees, employees.map(toml_count));
        let assets = self
            .total_assets
            .as_deref()
            .filter(|_| needed(Question::Key(ProfileKey::TotalAssets)));
        put(ProfileKey::TotalAssets, assets.map(amount));
        put(
            ProfileKey::CurrentSetup,
            self.current_setup.flatten().map(|s| toml_string(s.slug())),
        );
        let levels = self
            .levels
            .as_ref()
            .filter(|l| !l.is_empty() && needed(Question::Key(ProfileKey::Levels)));
        let network = levels.map(|levels| {
            let names: Vec<String> = levels.iter().map(|l| toml_string(l.slug())).collect();
            let counts = self
                .counts
                .as_ref()
                .filter(|c| !c.is_empty())
                .map(|counts| {
                    let items: Vec<String> = counts
                        .iter()
                        .map(|(level, n)| format!("{} = {}", level.slug(), toml_count(n)))
                        .collect();
                    format!("{{ {} }}", items.join(", "))
                });
            (format!("[{}]", names.join(", ")), counts)
        });
        let functions = self
            .functions
            .clone()
            .flatten()
            .filter(|_| needed(Question::Key(ProfileKey::Functions)))
            .map(|names| {
                let items: Vec<String> = names.iter().map(|n| toml_string(n)).collect();
                format!("[{}]", items.join(", "))
            });
        Values {
            top,
            strategic_plan: self.strategic_plan.unwrap_or(false),
            account_development: self.account_development.unwrap_or(false),
            network,
            functions,
        }
    }

    /// The answers as a plain TOML profile, and for each line the question it answers.
    fn toml(&self) -> (String, Vec<Option<Question>>) {
        let values = self.values();
        let mut text = String::new();
        let mut lines = Vec::new();
        for (key, value) in &values.top {
            text.push_str(&format!("{key} = {value}\n"));
            lines.push(Some(Question::Key(*key)));
        }
        text.push_str(&format!(
            "[{}]\n{} = {}\n{} = {}\n",
            Table::Strategy,
            ProfileKey::StrategicPlan,
            values.strategic_plan,
            ProfileKey::AccountDevelopment,
            values.account_development
        ));
        lines.extend([
            None,
            Some(Question::Key(ProfileKey::StrategicPlan)),
            Some(Question::Key(ProfileKey::AccountDevelopment)),
        ]);
        if let Some((levels, counts)) = &values.network {
            text.push_str(&format!(
                "[{}]\n{} = {levels}\n",
                Table::Network,
                ProfileKey::Levels
            ));
            lines.extend([
                Some(Question::Key(ProfileKey::Levels)),
                Some(Question::Key(ProfileKey::Levels)),
            ]);
            if let Some(counts) = counts {
                text.push_str(&format!("{} = {counts}\n", ProfileKey::Counts));
                lines.push(Some(Question::Key(ProfileKey::Counts)));
            }
        }
        if let Some(functions) = &values.functions {
            text.push_str(&format!(
                "[{}]\n{} = {functions}\n",
                Table::Team,
                ProfileKey::Functions
            ));
            lines.extend([
                Some(Question::Key(ProfileKey::Functions)),
                Some(Question::Key(ProfileKey::Functions)),
            ]);
        }
        (text, lines)
    }

    /// The answers checked as a profile.
    pub fn profile(&self) -> Result<Profile, ProfileError> {
        parse_profile("interview", self.toml().0.as_bytes())
    }

    /// Whether `answer` would be accepted for `question`: the profile's own
    /// message for any problem it has, in the catalogue's words.
    pub fn check(
        &self,
        question: Question,
        answer: &str,
        text: &dyn Catalog,
    ) -> Result<(), String> {
        let mut candidate = self.clone();
        candidate.set_text(question, answer);
        candidate.problems_at(question, text)
    }
}

impl Answers {
    /// Whether `answer` would be accepted as the count of units at `level`.
    pub fn check_count(
        &self,
        level: Level,
        answer: &str,
        text: &dyn Catalog,
    ) -> Result<(), String> {
        let mut candidate = self.clone();
        candidate.counts = Some(vec![(level, answer.trim().to_string())]);
        candidate.problems_at(Question::Key(ProfileKey::Counts), text)
    }

    /// Whether `answer` (names separated by `;`, or empty) would be accepted as the
    /// functions of a team.
    pub fn check_functions(&self, answer: &str, text: &dyn Catalog) -> Result<(), String> {
        let mut candidate = self.clone();
        candidate.functions = Some(split_functions(answer));
        candidate.problems_at(Question::Key(ProfileKey::Functions), text)
    }

    /// The problems the checker places on the lines of `question`, in words.
    fn problems_at(&self, question: Question, text: &dyn Catalog) -> Result<(), String> {
        let (toml, lines) = self.toml();
        let Err(error) = parse_profile("interview", toml.as_bytes()) else {
            return Ok(());
        };
        let messages: Vec<String> = error
            .problems
            .iter()
            .filter(|p| {
                let line = p.location.map(|(line, _)| line);
                let here = line.and_then(|l| lines.get(l - 1).copied().flatten()) == Some(question);
                // The rate is asked next: a foreign currency without it is no error yet.
                here && !matches!(p.issue, Issue::RateRequired { .. })
            })
            .map(|p| match &p.issue {
                Issue::Money { error, .. } => text.amount_not_read(error),
                Issue::WrongType {
                    expected: Expected::WholeNumber,
                    ..
                }
                | Issue::Negative { .. }
                | Issue::UnusableNumber { .. } => text.count_not_read().to_string(),
                issue => text.issue(issue),
            })
            .collect();
        if messages.is_empty() {
            Ok(())
        } else {
            Err(messages.join(" "))
        }
    }

    /// An answer as the summary shows it, in words; `None` when not given.
    pub fn shown(&self, column: ProfileKey, values: &Values, text: &dyn Catalog) -> Option<String> {
        let l = text.labels();
        let given = |key: ProfileKey| values.top.iter().any(|(k, _)| *k == key);
        let yes_no = |b: bool| (if b { l.yes } else { l.no }).to_string();
        match column {
            ProfileKey::Name => self.name.as_deref().map(|n| n.trim().to_string()),
            ProfileKey::AnnualRevenue => self.annual_revenue.as_deref().map(amount_as_read),
            ProfileKey::KeyAccounts => self.key_accounts.as_deref().map(count_as_read),
            ProfileKey::Currency => self.currency.as_deref().and_then(money::currency_code),
            ProfileKey::CnyRate => self.cny_rate.clone().filter(|_| given(ProfileKey::CnyRate)),
            ProfileKey::Kind => self.kind.map(|k| text.kind(k).to_string()),
            ProfileKey::Scale => self.scale.map(|s| match s {
                ScaleAnswer::Declared(s) => text.scale(s).to_string(),
                ScaleAnswer::Infer => text.choice(super::Choice::InferScale).to_string(),
                ScaleAnswer::NotNeeded => text.choice(super::Choice::ScaleNotNeeded).to_string(),
            }),
            ProfileKey::Industry => self
                .industry
                .filter(|_| given(ProfileKey::Industry))
                .map(|r| text.industry(r).to_string()),
            ProfileKey::Employees => self
                .employees
                .as_deref()
                .filter(|_| given(ProfileKey::Employees))
                .map(count_as_read),
            ProfileKey::TotalAssets => self
                .total_assets
                .as_deref()
                .filter(|_| given(ProfileKey::TotalAssets))
                .map(amount_as_read),
            ProfileKey::CurrentSetup => self
                .current_setup
                .flatten()
                .map(|s| text.setup(s).to_string()),
            ProfileKey::StrategicPlan => self.strategic_plan.map(yes_no),
            ProfileKey::AccountDevelopment => self.account_development.map(yes_no),
            ProfileKey::Levels => values
                .network
                .as_ref()
                .and(self.levels.as_ref())
                .map(|levels| {
                    let names: Vec<&str> = levels.iter().map(|l| text.level(*l)).collect();
                    names.join(l.list_separator)
                }),
            ProfileKey::Counts => values
                .network
                .as_ref()
                .and(self.counts.as_ref())
                .filter(|c| !c.is_empty())
                .map(|counts| {
                    let items: Vec<String> = counts
                        .iter()
                        .map(|(level, n)| format!("{} {}", text.level(*level), count_as_read(n)))
                        .collect();
                    items.join(l.list_separator)
                }),
            ProfileKey::Functions => values
                .functions
                .as_ref()
                .and(self.functions.clone().flatten())
                .map(|f| f.join(l.list_separator)),
        }
    }
}

/// Functions typed as `a; b`: the names, or `None` (the default) when empty.
pub(crate) fn split_functions(answer: &str) -> Option<Vec<String>> {
    let names: Vec<String> = answer
        .split([';', '；'])
        .map(str::trim)
        .filter(|n| !n.is_empty())
        .map(String::from)
        .collect();
    (!names.is_empty()).then_some(names)
}

/// An amount as typed: a plain number stays a TOML number, anything else is the
/// string a profile accepts ("8000万元", "80M").
fn amount(text: &str) -> String {
    let plain = text
        .split_once('.')
        .map_or((text, None), |(a, b)| (a, Some(b)));
    let digits = |s: &str| !s.is_empty() && s.chars().all(|c| c.is_ascii_digit());
    let leading_zero = plain.0.len() > 1 && plain.0.starts_with('0');
    if digits(plain.0) && plain.1.is_none_or(digits) && !leading_zero {
        text.to_string()
    } else {
        toml_string(text)
    }
}

/// A count as the checker read it: `３２` → 32, `3,000` → 3000.
pub(super) fn count_as_read(answer: &str) -> String {
    crate::spelling::whole_number(answer).unwrap_or_else(|| answer.trim().to_string())
}

/// An amount as written, trimmed, with full-width digits and punctuation as the
/// checker reads them (`８０００万` → 8000万).
pub(super) fn amount_as_read(answer: &str) -> String {
    answer
        .trim()
        .chars()
        .map(crate::money::half_width)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::{Lang, catalog};

    fn medium() -> Answers {
        Answers {
            name: Some("华东精密机械有限公司".into()),
            kind: Some(Kind::Enterprise),
            currency: Some("CNY".into()),
            annual_revenue: Some("8000万元".into()),
            key_accounts: Some("12".into()),
            scale: Some(ScaleAnswer::Infer),
            industry: crate::scale::IndustryRow::find("industry"),
            employees: Some("450".into()),
            current_setup: Some(Some(Setup::Sales)),
            strategic_plan: Some(true),
            account_development: Some(false),
            ..Answers::default()
        }
    }

    #[test]
    fn only_what_is_needed_is_asked() {
        let mut a = Answers::default();
        assert_eq!(a.next(), Some(Question::Key(ProfileKey::Name)));
        a = medium();
        // Industry: only employees (revenue is asked anyway); no rate for CNY; a
        // department needs neither [network] nor [team].
        assert_eq!(a.next(), None);
        a.scale = Some(ScaleAnswer::Declared(Scale::Small));
        a.key_accounts = Some("4".into());
        assert_eq!(a.next(), Some(Question::Key(ProfileKey::Functions)));
        a.kind = Some(Kind::PublicSector);
        assert_eq!(a.next(), Some(Question::Key(ProfileKey::Levels)));
        a.currency = Some("usd".into());
        assert_eq!(a.next(), Some(Question::Key(ProfileKey::CnyRate)));
    }

    #[test]
    fn answers_are_refused_by_the_profiles_checker_in_short() {
        let a = medium();
        let en = catalog(Lang::En);
        // An amount or a count: one short sentence as to someone answering.
        assert_eq!(
            a.check(Question::Key(ProfileKey::AnnualRevenue), "80 furlongs", en),
            Err("Unknown unit \u{2018}furlongs\u{2019}: write the amount e.g. 8000万, 1.2亿元, 五亿, RMB 80 million or 80M.".into())
        );
        assert_eq!(
            a.check(Question::Key(ProfileKey::AnnualRevenue), "0.8亿元", en),
            Ok(())
        );
        assert_eq!(
            a.check(Question::Key(ProfileKey::AnnualRevenue), "五亿", en),
            Ok(())
        );
        assert_eq!(
            a.check(Question::Key(ProfileKey::KeyAccounts), "-2", en),
            Err("A whole number of 0 or more is needed here, such as 12.".into())
        );
        assert_eq!(
            a.check(
                Question::Key(ProfileKey::KeyAccounts),
                "many",
                catalog(Lang::Zh)
            ),
            Err("此处须填 0 或以上的整数，如 12。".into())
        );
        // Any other answer: the very message a profile file gets.
        let refused = a.check(Question::Key(ProfileKey::Currency), "dollars", en);
        assert!(
            refused.as_ref().is_err_and(|e| e.starts_with("`currency`")),
            "{refused:?}"
        );
        assert_eq!(
            a.check(Question::Key(ProfileKey::Currency), "usd", en),
            Ok(())
        );
        let profile = a.profile().unwrap_or_else(|e| panic!("{e:?}"));
        assert_eq!(profile.revenue_cny, 80_000_000);
    }

    #[test]
    fn plain_amounts_stay_numbers() {
        assert_eq!(amount("80000000"), "80000000");
        assert_eq!(amount("7.1"), "7.1");
        assert_eq!(amount("007"), "\"007\"");
        assert_eq!(amount("8000万"), "\"8000万\"");
    }
}
