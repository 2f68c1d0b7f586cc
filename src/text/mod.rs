//! Every sentence shown to users, one module per language. Each text that states a
//! rule cites its clause of the chapter ("(一)1", "(二)3", ...). The engine never
//! produces text; renderers ask the [`Catalog`] of the chosen language.

mod en;
mod zh;

use crate::advice::{
    Basis, ConditionId, Form, FormReason, GapDirection, Hint, Post, RoleId, Step, Trace, UnitId,
    Warning,
};
use crate::options::Topic;
use crate::problem::{Issue, OutputFailure, Usage};
use crate::profile::{Kind, Level, ScaleSource, Setup};
use crate::rules::Rules;
use crate::scale::Scale;
use crate::slug::slug_enum;

slug_enum! {
    /// The languages of the output.
    pub enum Lang {
        En = "en",
        Zh = "zh",
    }
}

impl Lang {
    /// The language a locale string asks for: Chinese for `zh*`, else English.
    pub fn from_locale(locale: &str) -> Lang {
        if locale.starts_with("zh") {
            Lang::Zh
        } else {
            Lang::En
        }
    }
}

/// Headings, column names and short words, per language.
#[derive(Debug)]
pub struct Labels {
    pub title: &'static str,
    pub source: &'static str,
    pub profile: &'static str,
    pub revenue: &'static str,
    pub key_accounts: &'static str,
    pub kind: &'static str,
    pub scale: &'static str,
    pub conditions: &'static str,
    pub condition: &'static str,
    pub value: &'static str,
    pub threshold: &'static str,
    pub met: &'static str,
    pub clause: &'static str,
    pub yes: &'static str,
    pub no: &'static str,
    pub recommendation: &'static str,
    pub form: &'static str,
    pub why: &'static str,
    pub structure: &'static str,
    pub unit: &'static str,
    pub level: &'static str,
    pub optional: &'static str,
    pub staffing: &'static str,
    pub role: &'static str,
    pub count: &'static str,
    pub basis: &'static str,
    pub headcount: &'static str,
    pub kam_managers: &'static str,
    pub focus_executives: &'static str,
    pub not_in_headcount: &'static str,
    pub reporting_line: &'static str,
    pub duties: &'static str,
    pub requirements: &'static str,
    pub manager_roles: &'static str,
    pub warnings: &'static str,
    pub hints: &'static str,
    pub no_structure: &'static str,
    /// ": " in English, "：" in Chinese.
    pub colon: &'static str,
    pub duty: &'static str,
    pub requirement: &'static str,
    pub manager_role: &'static str,
    pub gap: &'static str,
    pub reasoning: &'static str,
    pub org_chart: &'static str,
    pub next_steps: &'static str,
}

/// The sentences of one language.
pub trait Catalog: Sync {
    fn labels(&self) -> &'static Labels;
    /// The seven duties of a KAM unit, (三)1-7.
    fn duties(&self) -> &'static [&'static str; 7];
    /// The six general requirements for KAM staff, (四)1(1)-(6).
    fn requirements(&self) -> &'static [&'static str; 6];
    /// The KAM manager's two roles, (四)2.
    fn manager_roles(&self) -> &'static [&'static str; 2];

    fn form(&self, form: Form) -> &'static str;
    /// A short name of the form, for narrow columns.
    fn form_short(&self, form: Form) -> &'static str;
    fn condition(&self, id: ConditionId) -> &'static str;
    fn unit(&self, id: UnitId) -> &'static str;
    fn level(&self, level: Level) -> &'static str;
    fn role(&self, id: RoleId) -> &'static str;
    fn post(&self, post: Post) -> &'static str;
    fn kind(&self, kind: Kind) -> &'static str;
    fn scale(&self, scale: Scale) -> &'static str;
    fn setup(&self, setup: Setup) -> &'static str;
    fn scale_source(&self, source: ScaleSource, industry: Option<&str>) -> String;

    /// An amount of yuan, written the way readers of the language count.
    fn money(&self, yuan: u64) -> String;
    fn count_of(&self, n: u64, what: Counted) -> String;
    /// Whether a unit is warranted, and by how many conditions.
    fn verdict(&self, warranted: bool, met: usize, total: usize) -> String;
    /// Why the form was chosen, in one sentence with its clause.
    fn reason(&self, reason: FormReason) -> String;
    fn basis(&self, basis: Basis) -> String;
    fn warning(&self, warning: Warning) -> String;
    fn hint(&self, hint: Hint) -> String;

    /// The comment at the top of `kam-advise rules`.
    fn rules_header(&self) -> &'static str;
    /// What a key of the rules file means (its clause is printed beside it).
    fn rule_doc(&self, key: &str) -> &'static str;
    /// "the chapter's figure", shown beside a changed value.
    fn rule_default_label(&self) -> &'static str;

    /// One step of the reasoning (`--why`), with the figures it compared.
    fn trace(&self, trace: &Trace) -> String;
    /// Today's setup against the recommendation, in one sentence.
    fn gap_summary(&self, current: Setup, form: Form, direction: GapDirection) -> String;
    /// The chapter's warning about key accounts left with salespeople.
    fn salespeople_warning(&self) -> &'static str;
    fn step(&self, step: Step) -> String;

    /// A problem with an input, in one line (without the file and place).
    fn issue(&self, issue: &Issue) -> String;
    /// The summary line of a batch with failures.
    fn batch_failed(&self, failed: usize, total: usize) -> String;
    /// A command line that asks for something a command does not do (exit 2).
    fn usage(&self, usage: &Usage) -> String;
    /// Why the output could not be written (exit 1).
    fn output_failed(&self, failure: &OutputFailure) -> String;

    /// Column names of `explain` and `compare`.
    fn explain_labels(&self) -> &'static ExplainLabels;
    fn topic_title(&self, topic: Topic) -> &'static str;
    /// A sentence under a topic's table ("" for none).
    fn topic_note(&self, topic: Topic) -> &'static str;
    /// When a condition of (一) is met, with the thresholds in force.
    fn condition_rule(&self, id: ConditionId, rules: &Rules) -> String;
    /// The test of a form rule of SPEC §2 (1-6), in words.
    fn form_rule(&self, rule: u8) -> &'static str;
    /// The staffing rules: rows of (item, rule, clause).
    fn staffing_rules(&self, rules: &Rules) -> Vec<Vec<String>>;

    /// The comment at the top of `kam-advise init`.
    fn init_header(&self) -> &'static str;
    /// The comment above a key in `kam-advise init`.
    fn init_comment(&self, key: &str) -> &'static str;
    fn init_example_name(&self) -> &'static str;
}

/// Column names of `explain` and `compare`.
#[derive(Debug)]
pub struct ExplainLabels {
    pub met_when: &'static str,
    pub order: &'static str,
    pub applies_when: &'static str,
    pub item: &'static str,
    pub rule: &'static str,
    pub industry: &'static str,
    pub industry_name: &'static str,
    pub compare_title: &'static str,
    pub conditions_met: &'static str,
    pub headcount_short: &'static str,
}

/// Things counted in running text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Counted {
    People,
}

/// The catalogue of a language.
pub fn catalog(lang: Lang) -> &'static dyn Catalog {
    match lang {
        Lang::En => &en::English,
        Lang::Zh => &zh::Chinese,
    }
}

/// The clause of the (三) duties, the (四)1 requirements and the (四)2 manager roles.
pub const DUTIES_CLAUSE: &str = "(三)";
pub const REQUIREMENTS_CLAUSE: &str = "(四)1";
pub const MANAGER_ROLES_CLAUSE: &str = "(四)2";

/// The clause of the `index`-th (0-based) item of a list: "(三)" + 1 -> "(三)1",
/// "(四)1" + 2 -> "(四)1(3)".
pub fn item_clause(section: &str, index: usize) -> String {
    if section.ends_with(')') {
        format!("{section}{}", index + 1)
    } else {
        format!("{section}({})", index + 1)
    }
}

/// Groups digits by thousands: 80000000 -> "80,000,000".
pub fn thousands(n: u64) -> String {
    let digits = n.to_string();
    let mut out = String::with_capacity(digits.len() + digits.len() / 3);
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    out
}

/// Yuan in 万 or 亿, exact: 80000000 -> "8000万", 120000000 -> "1.2亿", 49999999 -> "4999.9999万".
pub fn wan_yi(yuan: u64) -> String {
    const WAN: u64 = 10_000;
    const YI: u64 = 100_000_000;
    let decimal = |whole: u64, rest: u64, places: usize| {
        if rest == 0 {
            whole.to_string()
        } else {
            let frac = format!("{rest:0places$}");
            format!("{whole}.{}", frac.trim_end_matches('0'))
        }
    };
    if yuan >= YI && yuan.is_multiple_of(WAN) {
        format!("{}亿", decimal(yuan / YI, yuan % YI / WAN, 4))
    } else if yuan >= WAN {
        format!("{}万", decimal(yuan / WAN, yuan % WAN, 4))
    } else {
        yuan.to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn money_formats() {
        assert_eq!(thousands(80_000_000), "80,000,000");
        assert_eq!(thousands(999), "999");
        assert_eq!(thousands(1_000), "1,000");
        assert_eq!(wan_yi(80_000_000), "8000万");
        assert_eq!(wan_yi(120_000_000), "1.2亿");
        assert_eq!(wan_yi(49_999_999), "4999.9999万");
        assert_eq!(wan_yi(50_000_000), "5000万");
        assert_eq!(wan_yi(123_456_789), "12345.6789万");
        assert_eq!(wan_yi(9_999), "9999");
    }

    #[test]
    fn locale_picks_the_language() {
        assert_eq!(Lang::from_locale("zh_CN.UTF-8"), Lang::Zh);
        assert_eq!(Lang::from_locale("en_US.UTF-8"), Lang::En);
        assert_eq!(Lang::from_locale("C"), Lang::En);
    }

    #[test]
    fn both_catalogues_are_complete_and_cite_clauses() {
        for lang in Lang::ALL {
            let c = catalog(*lang);
            assert!(c.duties().iter().all(|d| !d.trim().is_empty()));
            assert!(c.requirements().iter().all(|d| !d.trim().is_empty()));
            assert!(c.manager_roles().iter().all(|d| !d.trim().is_empty()));
            for form in Form::ALL {
                assert!(!c.form(*form).is_empty());
            }
            let reasons = [
                FormReason::NoKeyAccounts,
                FormReason::NotWarranted,
                FormReason::LargeGroup(Kind::Group),
                FormReason::PublicSector,
                FormReason::LargeScale,
                FormReason::MediumScale,
                FormReason::SmallScale(Scale::Small),
            ];
            for reason in reasons {
                let text = c.reason(reason);
                assert!(
                    text.contains("(一)") || text.contains("(二)"),
                    "{lang}: {text}"
                );
            }
        }
    }
}
