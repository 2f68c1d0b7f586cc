//! Every sentence shown to users, one module per language. Each text that states a
//! rule cites its clause of the chapter ("(一)1", "(二)3", ...). The engine never
//! produces text; renderers ask the [`Catalog`] of the chosen language.

pub mod en;
mod intake;
pub mod zh;

pub use intake::{Choice, InterviewText, Question, SheetText};

use crate::advice::{
    Basis, ConditionId, Facts, Form, FormRule, Gap, Hint, Measure, OpeningReason, Post, Role,
    ServiceTier, Step, Trace, UnitKind, Warning,
};
use crate::date::DocDate;
use crate::money::Decimal;
use crate::problem::{Issue, OutputFailure, Usage};
use crate::profile::{Kind, Level, ProfileKey, ScaleSource, Setup, Table};
use crate::rules::{RuleKey, Rules, Source};
use crate::scale::{BoundCheck, IndustryRow, Scale, SizeCheck};

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

slug_enum! {
    /// The parts of `kam-advise explain`, in the order they are printed.
    pub enum Topic {
        /// (一) the conditions for a dedicated unit and their thresholds.
        Conditions = "conditions",
        /// (二) the forms, the order they are checked in, whom each suits.
        Forms = "forms",
        /// The staffing rules.
        Staffing = "staffing",
        /// (三) the unit's seven duties.
        Duties = "duties",
        /// (四) what KAM staff need, and the KAM manager.
        Requirements = "requirements",
        /// The chapter's examples: Kotler's figures, Xerox, the postal service, P&G and Walmart.
        Examples = "examples",
        /// How the tool reads the printed chapter where its words differ (重点型 as 大型).
        Readings = "readings",
        /// The NBS 2017 size table used to infer the scale.
        Scale = "scale",
        /// How an amount of money may be written in a profile or sheet.
        Money = "money",
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
    pub rule: &'static str,
    pub why: &'static str,
    pub structure: &'static str,
    pub optional: &'static str,
    pub staffing: &'static str,
    pub role: &'static str,
    pub count: &'static str,
    pub basis: &'static str,
    pub source_of_figure: &'static str,
    pub headcount: &'static str,
    pub kam_managers: &'static str,
    pub focus_executives: &'static str,
    /// A yes/no condition the profile does not answer (counted as no).
    pub unstated_flag: &'static str,
    pub not_in_headcount: &'static str,
    pub reporting_line: &'static str,
    pub duties: &'static str,
    pub requirements: &'static str,
    pub manager: &'static str,
    pub manager_responsibility: &'static str,
    pub manager_abilities: &'static str,
    pub manager_roles: &'static str,
    pub warnings: &'static str,
    pub hints: &'static str,
    /// ": " in English, "：" in Chinese.
    pub colon: &'static str,
    /// Separator of a list in running text: ", " / "、".
    pub list_separator: &'static str,
    pub duty: &'static str,
    pub requirement: &'static str,
    pub manager_role: &'static str,
    pub gap: &'static str,
    pub opening_reasons: &'static str,
    pub reasoning: &'static str,
    pub org_chart: &'static str,
    pub next_steps: &'static str,
    /// The numbered steps from today's setup to the recommendation.
    pub steps: &'static str,
    pub top_management: &'static str,
    pub chart_legend_unit: &'static str,
    pub chart_legend_people: &'static str,
    pub chart_legend_optional: &'static str,
    pub not_given: &'static str,
    /// " (" and ")" in English, "（" and "）" in Chinese.
    pub paren_open: &'static str,
    pub paren_close: &'static str,
    /// Between two clauses of one sentence: "; " / "；".
    pub clause_separator: &'static str,
    /// Between two sentences: " " in English, nothing in Chinese.
    pub sentence_gap: &'static str,
    /// Between a title and a name: " — " / "——".
    pub title_dash: &'static str,
    /// Before and after a per-centre figure under a multiplied box: " ≥" … " each".
    pub each_prefix: &'static str,
    pub each_suffix: &'static str,
    /// The headcount of a network's counted tier: its service centres' KAM managers.
    pub headcount_managers_only: &'static str,
    /// The headcount of a network whose service centres are not counted.
    pub headcount_not_estimated: &'static str,
}

/// Names of things: the words every format uses.
pub trait Words {
    /// The language these are the words of: a catalogue carries its language, so
    /// that what has the words need not be handed the language besides.
    fn lang(&self) -> Lang;
    fn labels(&self) -> &'static Labels;
    fn form(&self, form: Form) -> &'static str;
    /// A short name of the form, for narrow columns.
    fn form_short(&self, form: Form) -> &'static str;
    fn condition(&self, id: ConditionId) -> &'static str;
    /// A unit's name, with its level where it has one ("provincial KAM management body").
    fn unit(&self, kind: UnitKind, level: Option<Level>) -> String;
    fn level(&self, level: Level) -> &'static str;
    /// A role's name; a team member's names the function that sends them.
    fn role(&self, role: &Role) -> String;
    fn post(&self, post: Post) -> &'static str;
    fn kind(&self, kind: Kind) -> &'static str;
    fn scale(&self, scale: Scale) -> &'static str;
    fn setup(&self, setup: Setup) -> &'static str;
    /// Where the scale came from, with the NBS 2017 row where it was inferred.
    fn scale_source(&self, source: ScaleSource, industry: Option<&IndustryRow>) -> String;
    /// An industry row's name in this language.
    fn industry(&self, row: &IndustryRow) -> &'static str;
    /// Where a figure comes from, in a few words.
    fn source(&self, source: Source) -> &'static str;
    /// An amount of yuan, written the way readers of the language count.
    fn money(&self, yuan: u64) -> String;
    /// An exact amount of yuan truncated to `places` decimal places, shown with that
    /// many: with 0 as [`Words::money`] (whole yuan, never rounded up), else to the
    /// decimal ("CNY 49,999,999.60").
    fn money_exact(&self, amount: Decimal, places: u32) -> String;
    /// An amount in another currency, with its CNY figure and the rate used.
    fn foreign_money(&self, amount: &str, currency: &str, rate: &str, yuan: u64) -> String;
    /// A number of people.
    fn people(&self, n: u64) -> String;
    /// A count of staff in a role, with the measure word where the language has one
    /// ("32", "32名").
    fn staff_count(&self, n: u64) -> String;
    /// The KAM managers of a service tier whose centres are not counted: the total the
    /// average load suggests, as a minimum, beside the per-centre floor.
    fn managers_guide(&self, n: u64, per_center: u64) -> String;
    /// One bound of an NBS 2017 size, checked: "employees ≥ 1,000, the firm has 450: not met".
    fn bound_check(&self, bound: &BoundCheck) -> String;
    /// A size with its bounds checked: "large needs …".
    fn size_check(&self, scale: Scale, bounds: &[String]) -> String;
    /// A compared value: money, a count, or yes/no.
    fn measure(&self, m: Measure) -> String {
        let l = self.labels();
        match m {
            Measure::Yuan { exact, places } => self.money_exact(exact, places),
            Measure::Count(n) => thousands(n),
            Measure::Flag(true) => l.yes.to_string(),
            Measure::Flag(false) => l.no.to_string(),
            Measure::Unstated => l.unstated_flag.to_string(),
        }
    }
    /// A form rule's short name in this language, without its number: "medium-sized
    /// firm", "中型企业". Human texts never show the rule's id (`medium-scale`), which is
    /// for JSON, `--rules` and scripts.
    fn rule_title(&self, rule: FormRule) -> &'static str;
    /// A form rule by number and name: "Rule 7 (medium-sized firm)", "规则7（中型企业）".
    fn rule_name(&self, rule: FormRule) -> String;
    /// A name followed by its clause: "KAM department (二)3" in English,
    /// "重点客户管理部(二)3" in Chinese, where no space stands before a clause reference.
    fn with_clause(&self, name: &str, clause: &str) -> String;
}

/// The sentences of an advice: verdict, reason, staffing basis, warnings, hints, gap, trace.
pub trait AdviceText {
    /// Whether a unit may be considered, in agreement with the form rule.
    fn verdict(&self, worth_considering: bool, met: usize, rule: FormRule) -> String;
    /// Why the form, in one sentence with its clause.
    fn reason(&self, rule: FormRule, facts: &Facts, rules: &Rules) -> String;
    /// Why a rule gives its form, for any firm it applies to (for `explain`).
    fn reason_in_general(&self, rule: FormRule, rules: &Rules) -> String;
    fn basis(&self, basis: Basis) -> String;
    /// A note under the staffing of a form ("" for none); a service centre's depends on
    /// how its tier is counted.
    fn staffing_note(&self, form: Form, tier: ServiceTier) -> &'static str;
    /// Where to read (三) and (四) when no unit is set up.
    fn none_pointer(&self) -> &'static str;
    /// The reporting line is the chapter's example, to adapt.
    fn reporting_line_note(&self) -> &'static str;
    /// A committee's, a service centre's or a team's place under top management is the
    /// tool's; a department's line above it is the quoted example ("" for none).
    fn placement_note(&self, form: Form) -> &'static str;
    fn warning(&self, warning: Warning) -> String;
    fn hint(&self, hint: Hint) -> String;
    fn gap_summary(&self, gap: &Gap, rule: FormRule) -> String;
    fn opening_reason(&self, reason: OpeningReason) -> String;
    fn step(&self, step: &Step) -> String;
    /// One step of the reasoning (`--why`).
    fn trace(&self, trace: &Trace) -> String;
}

/// The chapter's general texts: (三), (四)1, (四)2 and its examples, in this tool's words.
pub trait ChapterText {
    /// The seven duties of a KAM unit, (三)1-7.
    fn duties(&self) -> &'static [&'static str; 7];
    /// The lead-in of (四)1: why the demands are high.
    fn requirements_intro(&self) -> &'static str;
    /// The six general requirements for KAM staff, (四)1(1)-(6).
    fn requirements(&self) -> &'static [&'static str; 6];
    /// (四)2: a dedicated unit with dedicated people; the manager between two sides.
    fn manager_intro(&self) -> &'static str;
    /// (四)2: the main responsibility (read as the manager's).
    fn manager_responsibility(&self) -> &'static str;
    /// (四)2: the abilities the manager needs.
    fn manager_abilities(&self) -> &'static [&'static str; 3];
    /// (四)2: the two roles, each with what it involves.
    fn manager_roles(&self) -> &'static [&'static str; 2];
    /// The chapter's examples, for teaching: (title, text, clause).
    fn examples(&self) -> &'static [(&'static str, &'static str, &'static str)];
}

/// `explain`, `rules`, `init` and `compare`.
pub trait ExplainText {
    fn explain_labels(&self) -> &'static ExplainLabels;
    fn topic_title(&self, topic: Topic) -> &'static str;
    /// A sentence under a topic's table ("" for none).
    fn topic_note(&self, topic: Topic) -> &'static str;
    /// When a condition of (一) is met, with the thresholds in force.
    fn condition_rule(&self, id: ConditionId, rules: &Rules) -> String;
    /// When a form rule applies, in words, with the thresholds in force.
    fn form_rule_when(&self, rule: FormRule, rules: &Rules) -> String;
    /// The staffing rules: rows of (item, rule, source, clause).
    fn staffing_rules(&self, rules: &Rules) -> Vec<[String; 4]>;
    /// The tool's readings of the printed chapter, each once: (clause, the words as
    /// printed, how the tool reads them). docs/rules.md, "Readings of the printed text".
    fn readings(&self) -> &'static [(&'static str, &'static str, &'static str)];
    /// The comment at the top of `kam-advise rules`.
    fn rules_header(&self) -> &'static str;
    /// What a key of the rules file means.
    fn rule_doc(&self, key: RuleKey) -> &'static str;
    /// "default", shown beside a changed value.
    fn rule_default_label(&self) -> &'static str;
    /// The heading of the decision table's revenue column, with its unit: whole yuan.
    fn decision_revenue_label(&self) -> &'static str;
    /// The comment at the top of `kam-advise init`.
    fn init_header(&self) -> &'static str;
    /// The comment above a key in `kam-advise init`.
    fn init_comment(&self, key: ProfileKey) -> &'static str;
    /// The comment above a table in `kam-advise init`.
    fn init_table_comment(&self, table: Table) -> &'static str;
    fn init_example_name(&self) -> &'static str;
}

/// Problems with input.
pub trait IssueText {
    /// A problem with an input, in one line (without the file and place).
    fn issue(&self, issue: &Issue) -> String;
    /// The summary line of a batch with failures.
    fn batch_failed(&self, failed: usize, total: usize) -> String;
    /// A command line that asks for something a command does not do (exit 2).
    fn usage(&self, usage: &Usage) -> String;
    /// Why the output could not be written (exit 1).
    fn output_failed(&self, failure: &OutputFailure) -> String;
}

/// The documents a consultant hands over (the HTML and Markdown reports): their own
/// labels, the date, the source cited once, the note under the org chart.
pub trait DocumentText {
    fn document_labels(&self) -> &'static DocumentLabels;
    /// A date as a document in this language writes it.
    fn date(&self, date: DocDate) -> String;
    /// The source of the advice, cited once: the chapter, and NBS 2017 when the
    /// scale was inferred by it.
    fn citation(&self, scale_inferred: bool) -> String;
    /// A warning said to the client who reads the document (the consultant's wording,
    /// which names profile keys, goes to standard error).
    fn client_warning(&self, warning: Warning) -> String;
    /// Where the duties and requirements stand in the chapter, for a document with no
    /// unit (no command named).
    fn client_none_pointer(&self) -> &'static str;
    /// How to read the clause numbers, for readers of the language who may not know
    /// them ("" where readers do).
    fn clause_legend(&self) -> &'static str;
    /// A document's note that figures marked ◆ come from the organisation's own
    /// settings (a rules file in force).
    fn own_settings_legend(&self) -> &'static str;
    /// The consultant's notice, on standard error, that a document uses a rules file.
    fn rules_file_notice(&self) -> &'static str;
    /// "Prepared by X" for a document's masthead.
    fn prepared_by(&self, who: &str) -> String;
    /// The labels of the portfolio report (`compare --format html`).
    fn portfolio_labels(&self) -> &'static PortfolioLabels;
    /// The portfolio's count of organisations, advised and not: "12 organisations:
    /// 10 advised, 2 not advised".
    fn portfolio_count(&self, advised: usize, failed: usize) -> String;
    /// Why a row or an input was not advised, in the client's words (no key or
    /// command): "Column B (annual revenue) could not be read."
    fn client_problem(&self, problem: &ClientProblem) -> String;
    /// A column of a portfolio sheet as a client reads it ("annual revenue").
    fn client_column(&self, column: crate::profile::ProfileKey) -> &'static str;
}

/// Labels of the portfolio report (`compare --format html`).
#[derive(Debug)]
pub struct PortfolioLabels {
    /// The page's title and heading.
    pub title: &'static str,
    pub overview: &'static str,
    /// The heading of the two charts.
    pub charts: &'static str,
    /// The chart of how many organisations get each form.
    pub forms_chart: &'static str,
    /// The chart of the headcount of each form, summed over the organisations.
    pub headcount_chart: &'static str,
    /// What the charts show, for readers who cannot see them.
    pub charts_description: &'static str,
    /// The heading of the table.
    pub table: &'static str,
    /// Said when a rules file changes a figure of the chapter.
    pub own_settings: &'static str,
    /// The mark of a row or input that was not advised.
    pub not_advised: &'static str,
    /// Under the table: what "—" in the headcount column means.
    pub uncounted: &'static str,
}

/// Labels of the documents.
#[derive(Debug)]
pub struct DocumentLabels {
    pub date: &'static str,
    pub summary: &'static str,
    /// The legend's entry for top management and the posts of a reporting line.
    pub chart_legend_above: &'static str,
    /// What the drawn chart shows, for readers who cannot see it.
    pub chart_description: &'static str,
    pub industry: &'static str,
    pub employees: &'static str,
    pub total_assets: &'static str,
    pub current_setup: &'static str,
    pub network: &'static str,
    pub team_functions: &'static str,
    /// The source of a figure a rules file set, in a document: "◆ own setting".
    pub own_setting: &'static str,
    /// The notice on every page of a confidential document.
    pub confidential: &'static str,
    /// The logo's alternative text.
    pub logo: &'static str,
}

/// Every text of one language.
pub trait Catalog:
    Words
    + AdviceText
    + ChapterText
    + ExplainText
    + IssueText
    + DocumentText
    + SheetText
    + InterviewText
    + Sync
{
}

impl<
    T: Words
        + AdviceText
        + ChapterText
        + ExplainText
        + IssueText
        + DocumentText
        + SheetText
        + InterviewText
        + Sync,
> Catalog for T
{
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
    pub example: &'static str,
    pub printed: &'static str,
    pub read_as: &'static str,
    pub written: &'static str,
    pub profile_currency: &'static str,
}

/// The catalogue of a language.
pub fn catalog(lang: Lang) -> &'static dyn Catalog {
    match lang {
        Lang::En => &en::English,
        Lang::Zh => &zh::Chinese,
    }
}

/// The clause of the (三) duties, the (四)1 requirements and all of (四)2 (which has no
/// sub-items).
pub(crate) const DUTIES_CLAUSE: &str = "(三)";
pub(crate) const REQUIREMENTS_CLAUSE: &str = "(四)1";
pub(crate) const MANAGER_CLAUSE: &str = "(四)2";

/// The clause of the `index`-th (0-based) item of a list: "(三)" + 1 -> "(三)2",
/// "(四)1" + 2 -> "(四)1(3)".
pub(crate) fn item_clause(section: &str, index: usize) -> String {
    if section.ends_with(')') {
        format!("{section}{}", index + 1)
    } else {
        format!("{section}({})", index + 1)
    }
}

/// An exact amount truncated to `places` decimal places, its whole part grouped by
/// thousands and exactly `places` decimals: (49999999.6, 2) -> "49,999,999.60",
/// (49999999.992, 0) -> "49,999,999".
pub(crate) fn yuan_digits(amount: Decimal, places: u32) -> String {
    let shown = amount.truncated(places).to_string();
    let (whole, fraction) = shown.split_once('.').unwrap_or((&shown, ""));
    let mut out = group_digits(whole);
    if places > 0 {
        let places = usize::try_from(places).unwrap_or(usize::MAX);
        out = format!("{out}.{fraction:0<places$}");
    }
    out
}

/// A shortfall in yuan as a hint shows it: rounded up to the cent, so that it is never
/// "short by 0.00", with two decimals when a fraction of a yuan remains:
/// 0.008 -> (0.01, 2), 10000000 -> (10000000, 0).
pub(crate) fn shortfall_shown(short_by: Decimal) -> (Decimal, u32) {
    let shown = short_by.rounded_up(2).unwrap_or(short_by);
    (shown, if shown.has_fraction() { 2 } else { 0 })
}

/// The decimal places a threshold in yuan is shown with on its own: none for whole
/// yuan, else two (truncated, as every figure).
pub fn threshold_places(threshold: Decimal) -> u32 {
    if threshold.has_fraction() { 2 } else { 0 }
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

/// Yuan in 元, 万元 or 亿元 as a Chinese reader counts: exact below 1亿 (to the yuan,
/// so a threshold missed by 1 yuan shows), and in 亿元 above, exact where four decimals
/// hold it, else truncated to two decimals (never rounded up to a bound) and marked 约:
/// 80000000 -> "8000万元", 120000000 -> "1.2亿元", 123456789012 -> "约1234.56亿元".
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
        format!("{}亿元", decimal(yuan / YI, yuan % YI / WAN, 4))
    } else if yuan >= YI {
        let hundredths = u128::from(yuan) * 100 / u128::from(YI);
        let whole = u64::try_from(hundredths / 100).unwrap_or(u64::MAX);
        let rest = u64::try_from(hundredths % 100).unwrap_or(0);
        format!("约{}亿元", decimal(whole, rest, 2))
    } else if yuan >= WAN {
        format!("{}万元", decimal(yuan / WAN, yuan % WAN, 4))
    } else {
        format!("{yuan}元")
    }
}

/// The sizes tried in an NBS 2017 inference, each with its bounds, in words.
pub(crate) fn size_checks(text: &dyn Words, checks: &[SizeCheck]) -> Vec<String> {
    checks
        .iter()
        .map(|check| {
            let bounds: Vec<String> = check.bounds.iter().map(|b| text.bound_check(b)).collect();
            text.size_check(check.scale, &bounds)
        })
        .collect()
}

/// Groups the digits of a whole number written as text: "80500000" -> "80,500,000".
pub(crate) fn group_digits(digits: &str) -> String {
    digits
        .parse::<u64>()
        .map_or_else(|_| digits.to_string(), thousands)
}

/// Joins items for running text: "a, b and c" / "甲、乙和丙".
pub fn join_list(items: &[String], separator: &str, last: &str) -> String {
    match items {
        [] => String::new(),
        [one] => one.clone(),
        [init @ .., tail] => format!("{}{last}{tail}", init.join(separator)),
    }
}

/// A problem of an input as the client's portfolio report says it: where in the
/// sheet, in the client's words, without the profile keys and commands of the
/// consultant's message (which goes to standard error).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ClientProblem {
    /// A cell that could not be read: its column's letter, and the column when the
    /// header names one (else the header as written).
    Cell {
        letter: String,
        column: Option<ProfileKey>,
        header: String,
    },
    /// A required value left empty (its column's letter when the sheet has one).
    Empty {
        letter: Option<String>,
        column: Option<ProfileKey>,
    },
    /// The row's values as a whole (figures that do not fit together, a size that
    /// cannot be inferred).
    Row,
    /// A whole file or sheet that could not be used.
    File,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn money_formats() {
        assert_eq!(thousands(80_000_000), "80,000,000");
        assert_eq!(thousands(999), "999");
        assert_eq!(thousands(1_000), "1,000");
        assert_eq!(wan_yi(80_000_000), "8000万元");
        assert_eq!(wan_yi(120_000_000), "1.2亿元");
        assert_eq!(wan_yi(49_999_999), "4999.9999万元");
        assert_eq!(wan_yi(50_000_000), "5000万元");
        assert_eq!(wan_yi(123_456_789), "约1.23亿元");
        assert_eq!(wan_yi(123_456_789_012), "约1234.56亿元");
        // Just under a bound never shows at it.
        assert_eq!(wan_yi(199_999_999), "约1.99亿元");
        assert_eq!(wan_yi(3_500_000_000_000), "35000亿元");
        assert_eq!(wan_yi(9_999), "9999元");
        let dec = |t: &str| Decimal::parse(t).unwrap_or_else(|e| panic!("{e:?}"));
        assert_eq!(yuan_digits(dec("49999999.6"), 2), "49,999,999.60");
        assert_eq!(yuan_digits(dec("49999999.992"), 2), "49,999,999.99");
        assert_eq!(yuan_digits(dec("49999999.992"), 0), "49,999,999");
        assert_eq!(yuan_digits(dec("50000000"), 2), "50,000,000.00");
        assert_eq!(yuan_digits(dec("49999999.504"), 3), "49,999,999.504");
        assert_eq!(shortfall_shown(dec("0.008")), (dec("0.01"), 2));
        assert_eq!(shortfall_shown(dec("0.5")), (dec("0.5"), 2));
        assert_eq!(shortfall_shown(dec("10000000")), (dec("10000000"), 0));
        assert_eq!(shortfall_shown(dec("9999999.999")), (dec("10000000"), 0));
        assert_eq!(
            join_list(&["a".into(), "b".into(), "c".into()], ", ", " and "),
            "a, b and c"
        );
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
            assert!(c.manager_abilities().iter().all(|d| !d.trim().is_empty()));
            for form in Form::ALL {
                assert!(!c.form(*form).is_empty());
            }
            for rule in FormRule::ALL {
                let facts = Facts {
                    key_accounts: 12,
                    worth_considering: true,
                    kind: Kind::Enterprise,
                    scale: Some(Scale::Small),
                };
                let text = c.reason(*rule, &facts, &Rules::default());
                assert!(text.contains(rule.form_clause()), "{lang} {rule}: {text}");
                assert!(!c.form_rule_when(*rule, &Rules::default()).is_empty());
            }
            for key in RuleKey::ALL {
                assert!(!c.rule_doc(*key).is_empty(), "{lang} {key}");
            }
        }
    }

    #[test]
    fn the_money_refusal_is_short_with_examples_and_a_pointer_in_both_languages() {
        use crate::money::MoneyError;
        use crate::problem::{Found, Issue};
        let issue = Issue::Money {
            key: "annual_revenue".into(),
            error: MoneyError::UnknownUnit("lakh".into()),
            found: Found::Str("1 lakh".into()),
        };
        for lang in Lang::ALL {
            let text = catalog(*lang).issue(&issue);
            assert!(text.chars().count() < 200, "{lang:?}: {text}");
            for example in [
                "8000万",
                "1.2亿元",
                "RMB 80 million",
                "80M",
                "explain money",
            ] {
                assert!(
                    text.contains(example),
                    "{lang:?}: {example} missing from {text}"
                );
            }
        }
    }

    #[test]
    fn a_currency_named_otherwise_says_what_to_set_in_both_languages() {
        use crate::money::MoneyError;
        use crate::problem::{Found, Issue};
        let issue = Issue::Money {
            key: "annual_revenue".into(),
            error: MoneyError::NameMismatch {
                name: "USD".into(),
                name_currency: "USD",
                currency: "CNY".into(),
            },
            found: Found::Str("USD 12M".into()),
        };
        for lang in Lang::ALL {
            let text = catalog(*lang).issue(&issue);
            for said in ["currency = \"USD\"", "cny_rate = 7.1"] {
                assert!(text.contains(said), "{lang:?}: {said} missing from {text}");
            }
        }
    }

    /// The rules of version 3: a team for fewer than the 6 key accounts of (一)2.
    fn rules_v3() -> Rules {
        Rules {
            team_max_key_accounts: 5,
            ..Rules::default()
        }
    }

    fn small(key_accounts: u64) -> Facts {
        Facts {
            key_accounts,
            worth_considering: true,
            kind: Kind::Enterprise,
            scale: Some(Scale::Small),
        }
    }

    /// Every sentence that shows a form rule's reason, in general and for small firms
    /// around the team's limit, with the default rules and with version 3's.
    fn reasons(c: &dyn Catalog) -> Vec<String> {
        let mut out = Vec::new();
        for rules in [Rules::default(), rules_v3()] {
            for rule in FormRule::ALL {
                out.push(c.reason_in_general(*rule, &rules));
                out.push(c.form_rule_when(*rule, &rules));
                for k in [1, 4, 5, 6, 8, 12] {
                    out.push(c.reason(*rule, &small(k), &rules));
                }
            }
        }
        out
    }

    #[test]
    fn no_text_calls_a_reading_the_chapters_word() {
        use crate::render::explain::sections;
        for lang in Lang::ALL {
            let c = catalog(*lang);
            let mut texts = reasons(c);
            for section in sections(Topic::ALL, &Rules::default(), c) {
                texts.push(section.title);
                texts.push(section.note);
                texts.extend(section.rows.into_iter().flatten());
            }
            for text in &texts {
                // The opening's phrase that repeats one term is paraphrased, never quoted.
                assert!(!text.contains("重点客户或重点客户"), "{text}");
                assert!(!text.contains("chapter's word"), "{text}");
                for sentence in text.split(['。', '；', '\n']) {
                    assert!(
                        !(sentence.contains("原话")
                            && (sentence.contains("大多") || sentence.contains("大型"))),
                        "{sentence}"
                    );
                }
                // What a text gives as printed is printed: 重点型, not 大型.
                for marker in ["原文作“", "原文所说的“", "printed "] {
                    for (_, rest) in text.match_indices(marker).map(|(i, _)| text.split_at(i)) {
                        let quoted: String = rest[marker.len()..]
                            .chars()
                            .take_while(|c| {
                                !c.is_whitespace() && !matches!(c, '”' | ',' | ')' | '(')
                            })
                            .collect();
                        assert!(!quoted.contains('大'), "{marker}{quoted} in {text}");
                    }
                }
                // A clause is not said to say 大型 or 大多: those are the tool's readings.
                for clause in ["(二)1", "(二)2", "(二)3"] {
                    for says in ["说，", "指出，", " says "] {
                        let opener = format!("{clause}{says}");
                        if let Some(i) = text.find(&opener) {
                            let said: String = text[i..]
                                .chars()
                                .take_while(|c| !matches!(c, '。' | '；' | ';' | '.'))
                                .collect();
                            assert!(
                                !["大型", "大多", "large", "mostly"]
                                    .iter()
                                    .any(|w| said.contains(w)),
                                "{said}"
                            );
                        }
                    }
                }
            }
        }
    }

    #[test]
    fn explain_lists_every_reading_once() {
        for lang in Lang::ALL {
            let readings = catalog(*lang).readings();
            let printed: Vec<&str> = readings.iter().map(|(_, p, _)| *p).collect();
            for word in [
                "重点型集团企业",
                "国内重点型企业",
                "重点型企业",
                "重点多",
                "费用过重点",
                "很重点程度上",
                "最重点限度",
                "重点组织、重点管理和重点维护",
                "大客户管理部门",
                "重点客户的主要职责",
            ] {
                let rows = printed.iter().filter(|p| p.contains(word)).count();
                // 重点型企业 is also inside 国内重点型企业 and 重点型集团企业.
                let once = printed.iter().filter(|p| **p == word).count() == 1 || rows == 1;
                assert!(once, "{lang}: {word} listed {rows} times");
            }
            for (_, p, r) in readings {
                assert!(!p.is_empty() && !r.is_empty());
            }
            let read: Vec<&str> = readings.iter().map(|(_, _, r)| *r).collect();
            for reading in [
                "大型集团企业",
                "国内大型企业",
                "大型企业",
                "大多",
                "费用过大",
                "很大程度上",
                "最大限度",
                "大客户",
            ] {
                assert!(
                    read.iter().any(|r| r.contains(reading)),
                    "{lang}: {reading}"
                );
            }
            let mut unique = printed.clone();
            unique.sort_unstable();
            unique.dedup();
            assert_eq!(
                unique.len(),
                printed.len(),
                "{lang}: a reading listed twice"
            );
        }
    }

    #[test]
    fn chinese_rule_names_carry_no_english_id() {
        let zh = catalog(Lang::Zh);
        let en = catalog(Lang::En);
        for rule in FormRule::ALL {
            let name = zh.rule_name(*rule);
            assert!(
                name.starts_with(&format!("规则{}（", rule.number())),
                "{name}"
            );
            assert!(!name.chars().any(|c| c.is_ascii_alphabetic()), "{name}");
            let name = en.rule_name(*rule);
            assert!(name.starts_with(&format!("Rule {} (", rule.number())));
            assert!(
                !name.contains(rule.slug()) || !rule.slug().contains('-'),
                "{name}"
            );
            for lang in Lang::ALL {
                let trace = catalog(*lang).trace(&Trace::FormRule {
                    rule: *rule,
                    applies: true,
                    facts: small(3),
                    team_max: 5,
                });
                assert!(trace.contains(&catalog(*lang).rule_name(*rule)), "{trace}");
                if rule.slug().contains('-') {
                    assert!(!trace.contains(rule.slug()), "{trace}");
                }
            }
        }
    }

    #[test]
    fn small_firms_reasons_go_by_their_count() {
        let rules = rules_v3();
        for lang in Lang::ALL {
            let c = catalog(*lang);
            // A team: fewer than the 6 of (一)2, said with the firm's count.
            let team = c.reason(FormRule::SmallScale, &small(4), &rules);
            assert!(
                team.contains('4') && team.contains("(一)2") && team.contains("(二)4"),
                "{team}"
            );
            // A department: (一)2, the quotation in (二)1 and (二)4's reason not holding.
            let department = c.reason(FormRule::SmallManyAccounts, &small(8), &rules);
            for part in ["8", "(一)2", "(二)1", "(二)4", "(二)3"] {
                assert!(department.contains(part), "{part}: {department}");
            }
        }
        // With a rules file that keeps a team up to 10, a firm with 8 is not called a
        // firm with very few key accounts.
        let loose = Rules {
            team_max_key_accounts: 10,
            ..Rules::default()
        };
        let en = catalog(Lang::En).reason(FormRule::SmallScale, &small(8), &loose);
        assert!(en.contains("does not count 8 as very few"), "{en}");
        assert!(!en.contains("with very few key accounts"), "{en}");
        let zh = catalog(Lang::Zh).reason(FormRule::SmallScale, &small(8), &loose);
        assert!(zh.contains("8个已不算很少"), "{zh}");
    }

    #[test]
    fn the_team_limit_is_justified_by_the_derived_reading() {
        let en = catalog(Lang::En).rule_doc(RuleKey::TeamMaxKeyAccounts);
        for part in [
            "very few",
            "(二)4",
            "fewer than the 6",
            "(一)2",
            "not a team's capacity",
        ] {
            assert!(en.contains(part), "{part}: {en}");
        }
        assert!(!en.contains("top of"), "{en}");
        let zh = catalog(Lang::Zh).rule_doc(RuleKey::TeamMaxKeyAccounts);
        for part in [
            "很少",
            "(二)4",
            "少于(一)2",
            "6个",
            "不是小组能管多少客户的上限",
        ] {
            assert!(zh.contains(part), "{part}: {zh}");
        }
        assert!(!zh.contains("上限）"), "{zh}");
    }

    #[test]
    fn an_inferred_scale_names_its_sector() {
        let row = IndustryRow::find("industry");
        let zh = catalog(Lang::Zh).scale_source(ScaleSource::Inferred, row);
        assert!(zh.ends_with("推断；行业：工业"), "{zh}");
        let en = catalog(Lang::En).scale_source(ScaleSource::Inferred, row);
        assert!(en.starts_with("inferred by NBS 2017; sector: "), "{en}");
    }
}
