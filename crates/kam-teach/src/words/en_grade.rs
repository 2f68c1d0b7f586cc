//! The marking in English: feedback on each item, why a form is ruled out, the
//! titles of the marks, and the problems of sheets, keys and sets.

use super::{GradeText, TeachText};
use crate::advice::{ConditionId, Form, FormRule, Trace};
use crate::items::KeyAnswers;
use crate::problem::Found;
use crate::profile::{Kind, ScaleSource};
use crate::render::Report;
use crate::rules::Rules;
use crate::scale::Scale;
use crate::sheet::{Answers, Item, TeachIssue, condition_from_input};
use crate::text::en::{English, article, plural};
use crate::text::{AdviceText, Words, join_list, thousands};
use crate::why::{NotBecause, RuledOut};

fn found(found: &Found) -> String {
    match found {
        Found::Str(s) => format!("the string \"{s}\""),
        Found::Integer(i) => format!("the integer {i}"),
        Found::Number(n) => format!("the number {n}"),
        Found::Boolean(b) => format!("the boolean {b}"),
        Found::Date => "a date".into(),
        Found::Array => "a list".into(),
        Found::Table => "a table".into(),
        Found::Shown(cell) => {
            format!(
                "the number {}, shown by its cell's format as \"{}\"",
                cell.number, cell.shown
            )
        }
    }
}

fn near(near: Option<&str>) -> String {
    near.map_or_else(String::new, |n| format!(" (did you mean `{n}`?)"))
}

/// The scale after "this one is": "medium", or for an organisation without one,
/// what it is ("an international group, whose size the case does not give").
fn scale_words(this: &English, scale: Option<Scale>, kind: Kind) -> String {
    scale.map_or_else(
        || {
            let kind = this.kind(kind);
            format!(
                "{} {kind}, whose size the case does not give",
                article(kind)
            )
        },
        |s| this.scale(s).to_string(),
    )
}

fn met_list(ids: &[ConditionId]) -> String {
    if ids.is_empty() {
        return "none".into();
    }
    let items: Vec<String> = ids
        .iter()
        .map(|c| format!("{} {}", c.slug(), c.clause()))
        .collect();
    join_list(&items, ", ", " and ")
}

/// Why one rule does not give the form here.
fn why_not(this: &English, r: &RuledOut, report: &Report<'_>) -> String {
    let facts = report.facts();
    let kind = this.kind(facts.kind);
    let a_kind = format!("{} {kind}", article(kind));
    let scale = scale_words(this, facts.scale, facts.kind);
    let small = matches!(facts.scale, Some(Scale::Small | Scale::Micro));
    let max = report.rules.team_max_key_accounts;
    let k = thousands(facts.key_accounts);
    if let NotBecause::Earlier { decided } = r.because {
        return format!(
            "{} would fit, but rule {} comes first: {}",
            this.rule_name(r.rule),
            decided.number(),
            this.reason(decided, &facts, report.rules)
        );
    }
    match r.rule {
        FormRule::NoKeyAccounts => format!(
            "no unit for want of key accounts (一)2 only when none are rated, and this one has rated {k}"
        ),
        FormRule::NoConditionMet => {
            let met: Vec<ConditionId> = report
                .advice
                .conditions
                .iter()
                .filter(|c| c.met)
                .map(|c| c.id)
                .collect();
            format!(
                "no unit (一) only when no condition is met, and {} is met",
                met_list(&met)
            )
        }
        FormRule::Multinational => format!(
            "(二)1 says international groups take the form of a committee, and this is {a_kind}"
        ),
        FormRule::LargeGroup if facts.kind == Kind::Group => format!(
            "(二)1 gives a committee to what it prints as 重点型集团企业 (read as large group enterprises), and this group is {scale}"
        ),
        FormRule::LargeGroup => format!(
            "(二)1 gives a committee to what it prints as 重点型集团企业 (read as large group enterprises), and this is {a_kind}, not a group"
        ),
        FormRule::PublicSector => format!(
            "the service centre of (二)2 for state-sector bodies does not apply: this is {a_kind}"
        ),
        FormRule::LargeEnterprise => {
            format!("the service centre of (二)2 is for large firms, and this one is {scale}")
        }
        FormRule::MediumScale => {
            format!("the department of (二)3 is for medium firms, and this one is {scale}")
        }
        FormRule::SmallManyAccounts if small => format!(
            "by the tool's reading of (二)4 and (二)1, a small firm may consider a department once it has more than {max} key accounts, and this one has {k}"
        ),
        FormRule::SmallManyAccounts => format!(
            "the tool advises a department for a small firm with many key accounts (its reading of (二)4 and (二)1), and this one is {scale}"
        ),
        FormRule::SmallScale if small => format!(
            "(二)4 says a team generally suits small firms, because they have very few key accounts; with {k}, more than the tool's limit of {max}, that no longer holds"
        ),
        FormRule::SmallScale => {
            format!("(二)4 says a team generally suits small firms, and this one is {scale}")
        }
    }
}

impl GradeText for English {
    fn not_this_form(&self, form: Form, ruled: &[RuledOut], report: &Report<'_>) -> String {
        let reasons: Vec<String> = ruled
            .iter()
            .map(|r| why_not(self, r, report).trim_end_matches('.').to_string())
            .collect();
        let lead = match form {
            Form::None => "Setting up no unit is not the answer".to_string(),
            _ => format!("Not a {}", self.form_short(form)),
        };
        format!("{lead}: {}.", reasons.join("; "))
    }

    fn item_feedback(
        &self,
        item: Item,
        answers: &Answers,
        report: &Report<'_>,
        rules: &Rules,
    ) -> String {
        let advice = report.advice;
        match item {
            Item::Form => {
                let mut text = format!(
                    "the answer is {}, by {}: {}",
                    self.with_clause(self.form(advice.form), advice.rule.form_clause()),
                    self.rule_name(advice.rule),
                    self.reason(advice.rule, &report.facts(), rules)
                );
                if let Some(given) = answers.form.filter(|g| *g != advice.form) {
                    let ruled = crate::why::ruled_out(given, advice.rule, &report.facts(), rules);
                    text.push(' ');
                    text.push_str(&self.not_this_form(given, &ruled, report));
                }
                if report.profile.scale_source == ScaleSource::Inferred {
                    text.push(' ');
                    text.push_str(&self.scale_basis(report));
                }
                for warning in &advice.warnings {
                    text.push_str(" Warning: ");
                    text.push_str(&crate::text::DocumentText::client_warning(self, *warning));
                }
                text
            }
            Item::Conditions => {
                let met: Vec<ConditionId> = advice
                    .conditions
                    .iter()
                    .filter(|c| c.met)
                    .map(|c| c.id)
                    .collect();
                let given = answers.conditions.as_deref();
                let steps: Vec<String> = advice
                    .conditions
                    .iter()
                    .filter(|c| given.is_none_or(|g| g.contains(&c.id) != c.met))
                    .map(|c| self.trace(&Trace::Condition(*c)))
                    .collect();
                format!(
                    "the conditions met are {}. {}",
                    met_list(&met),
                    steps.join(" ")
                )
            }
            Item::KamManagers => format!("the answer is {}", self.kam_managers_basis(advice)),
            Item::Headcount => {
                let key = KeyAnswers::of(advice, report.profile, rules);
                format!("the answer is {}", self.headcount_basis(advice, &key))
            }
            Item::ServiceLevel => match crate::items::service_level(advice) {
                Some(level) => format!("the answer is {}", self.service_level_basis(report, level)),
                None => String::new(),
            },
        }
    }

    fn ignored_note(&self, item: Item, report: &Report<'_>) -> String {
        let form = report.advice.form;
        match (item, form) {
            (Item::ServiceLevel, _) => format!(
                "ignored: a service level is asked only of service centres set up over a network of levels, and this case's answer is {}",
                self.form(form)
            ),
            (_, Form::None) => "ignored: no unit is set up in this case, so there are no KAM managers or headcount to give".to_string(),
            _ => "ignored: the service centres here sit over a network of levels, and the chapter leaves their staff to be arranged flexibly as the business develops (二)2, so no number is marked; the level that holds them is marked instead".to_string(),
        }
    }

    fn answer_words(&self, item: Item, value: &str) -> String {
        match item {
            Item::Form => crate::sheet::form_from_input(value)
                .map_or_else(|| value.to_string(), |f| self.form_short(f).to_string()),
            Item::Conditions => {
                let ids: Vec<ConditionId> =
                    value.split(", ").filter_map(condition_from_input).collect();
                if ids.is_empty() {
                    "none".into()
                } else {
                    let items: Vec<String> = ids
                        .iter()
                        .map(|c| format!("{} {}", c.slug(), c.clause()))
                        .collect();
                    items.join(", ")
                }
            }
            Item::KamManagers | Item::Headcount => value.replace('-', " or "),
            Item::ServiceLevel => crate::profile::Level::from_input(value)
                .map_or_else(|| value.to_string(), |l| self.level(l).to_string()),
        }
    }

    fn item_name(&self, item: Item) -> &'static str {
        match item {
            Item::Form => "form",
            Item::Conditions => "conditions met",
            Item::KamManagers => "KAM managers",
            Item::Headcount => "headcount",
            Item::ServiceLevel => "service level",
        }
    }

    fn feedback_line(&self, case: &str, item: Item, given: Option<&str>, feedback: &str) -> String {
        let what = match given {
            None => "not answered".to_string(),
            Some(g) if item == Item::Conditions => {
                let ids: Vec<ConditionId> =
                    g.split(", ").filter_map(condition_from_input).collect();
                format!("you wrote {}", met_list(&ids))
            }
            Some(g) => format!("you wrote `{g}`"),
        };
        format!("{case} · {}: {what}; {feedback}", self.item_name(item))
    }

    fn marks_title(&self, student: &str, source: &str, key: &str) -> String {
        format!("Marks for {student} ({source}, against the key in {key})")
    }

    fn total(&self, score: u64, max: u64, percent: u64) -> String {
        format!("Total: {score} of {max} points ({percent}%).")
    }

    fn class_title(&self, key: &str, students: usize) -> String {
        format!(
            "Marks of {} (key: {key})",
            plural(students as u64, "student", "students")
        )
    }

    fn sheets_failed(&self, failed: usize, total: usize) -> String {
        format!("{failed} of {total} sheets could not be marked; the class above leaves them out")
    }

    fn teach_issue(&self, issue: &TeachIssue) -> String {
        let items = "form, conditions_met, kam_managers, headcount, service_level";
        match issue {
            TeachIssue::UnknownCase { case, near: n, first, last } => format!(
                "unknown case `{case}`{}; the key has the cases {first} to {last}",
                near(n.as_deref())
            ),
            TeachIssue::NotACase { key, found: f } => format!(
                "`{key}` is not a case, found {}: each case is a table such as [case-01] with the items {items}",
                found(f)
            ),
            TeachIssue::UnknownItem { case, key, near: n } => format!(
                "unknown item `{key}` in [{case}]{}; the items are {items}",
                near(*n)
            ),
            TeachIssue::WrongType { case, item, found: f } => {
                let expected = match item {
                    Item::Form => "a string such as \"department\"",
                    Item::Conditions => "a list of strings such as [\"revenue\", \"key_accounts\"]",
                    Item::KamManagers | Item::Headcount => "a whole number such as 3",
                    Item::ServiceLevel => "a string such as \"prefecture\"",
                };
                format!("[{case}] `{item}` must be {expected}, found {}", found(f))
            }
            TeachIssue::UnknownForm { case, value, near: n } => format!(
                "[{case}] `form` has an unknown value \"{value}\"{}; write one of none, team, department, service-center, committee",
                near(*n)
            ),
            TeachIssue::UnknownCondition { case, value, near: n } => format!(
                "[{case}] `conditions_met` has an unknown condition \"{value}\"{}; write the ids revenue, key_accounts, strategic_plan, account_development (or the clauses (一)1 to (一)4), or \"none\"",
                near(*n)
            ),
            TeachIssue::RepeatedCondition { case, id } => {
                format!("[{case}] `conditions_met` lists `{id}` twice; write each condition once")
            }
            TeachIssue::NoneWithOthers { case } => format!(
                "[{case}] `conditions_met` has \"none\" beside conditions; write either [\"none\"] or the conditions met"
            ),
            TeachIssue::NotACount { case, item, found: f } => {
                format!("[{case}] `{item}` must be a whole number, 0 or more, found {f}")
            }
            TeachIssue::UnknownLevel { case, value, near: n } => format!(
                "[{case}] `service_level` has an unknown level \"{value}\"{}; write one of national, provincial, prefecture, county",
                near(*n)
            ),
            TeachIssue::OldSet { found, command } => format!(
                "belongs to a set written in class-set format {} by an older kam-advise, and this version marks format {}: what a set grades has changed since (items by form, a department's 3-4, service_level), so it is not marked by today's rules; generate the set again with `{command} --output-dir DIR` and hand out its cases and answer sheet",
                found.unwrap_or(1),
                crate::sheet::SET_FORMAT
            ),
            TeachIssue::OtherSet { sheet, key } => format!(
                "was written for another set ({sheet}) than the key ({key}), so it was not marked: give the --key of the sheet's own set"
            ),
            TeachIssue::NoKey { dir } => format!(
                "no answer key: `--key` takes the directory a set was written to with `kam-advise exercise --output-dir`, whose profiles/ holds the cases, and {dir} has no profiles/*.toml"
            ),
            TeachIssue::NoSheets => "no answer sheets (*.toml) in this directory".into(),
            TeachIssue::Unreadable { failure } => format!("cannot be read: {}", crate::text::en::io_failure(failure)),
            TeachIssue::Exists => "exists already; add --force to replace the set's files, or choose another --output-dir".into(),
            TeachIssue::MoreProblems { count } => format!("and {count} more problems, not listed (the first 100 are): fix these and run again"),
            TeachIssue::NotOfASet => "is not a file of a class set, and a set's directory holds its set only (`--force` replaces it whole): move it, or choose another --output-dir".into(),
            TeachIssue::NotInSet => "is not part of this set, and a set's profiles/ holds only its own cases (grade and `kam-advise DIR/profiles` read them all): move it, or choose another --output-dir".into(),
            TeachIssue::WriteFailed { failure } => format!("cannot be written: {}", crate::text::en::io_failure(failure)),
        }
    }
}
