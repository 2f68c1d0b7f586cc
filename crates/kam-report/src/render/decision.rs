//! `kam-advise rules --format jdm|dmn`: the form rules of (二) as a standard decision
//! table (docs/rules.md, "The form"). One row per [`FormRule`], in the engine's order,
//! with hit policy "first": the first row whose cells all accept the inputs decides.
//! Each row is generated from the rule and the rules in force by `conditions`, so a
//! new form rule does not build until it says what it tests, and a consultant's
//! `--rules` file changes the thresholds in the cells.
//!
//! The table reads the facts a profile gives — revenue in yuan, rated key accounts, the
//! firm's own judgement of (一)3 and (一)4, kind and scale — and decides (一) from them
//! itself: rule 2 is "every condition unmet", written cell by cell. [`jdm`] writes it
//! for GoRules (ZEN engine), [`dmn`] as DMN 1.3 for Camunda and other modelers.

pub mod dmn;
pub mod jdm;

use crate::advice::{ConditionId, FormRule};
use crate::profile::{Kind, ProfileKey};
use crate::rules::Rules;
use crate::scale::Scale;
use crate::text::Catalog;

slug_enum! {
    /// The table's inputs, in column order. The slug is the field a caller passes and
    /// the name the DMN decision reads.
    pub enum Input {
        /// Annual revenue in whole yuan, as `revenue_cny` in the advice's JSON.
        RevenueCny = "revenue_cny",
        /// Rated key accounts.
        KeyAccounts = "key_accounts",
        /// (一)3: the strategic plan calls for a unit.
        StrategicPlan = "strategic_plan",
        /// (一)4: a unit would develop key accounts faster.
        AccountDevelopment = "account_development",
        /// The kind's id.
        Kind = "kind",
        /// The scale's id; null for a public-sector body or a multinational without size data.
        Scale = "scale",
    }
}

/// The type of a column's values, as DMN names it (FEEL built-in types).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ValueType {
    Number,
    Boolean,
    String,
}

impl ValueType {
    /// The FEEL type name (`typeRef`).
    pub fn feel(self) -> &'static str {
        match self {
            ValueType::Number => "number",
            ValueType::Boolean => "boolean",
            ValueType::String => "string",
        }
    }
}

impl Input {
    /// The profile key an input is read from (its name is the key's); `None` for
    /// revenue in yuan, which the advice computes from `annual_revenue`, `currency`
    /// and `cny_rate`.
    pub fn key(self) -> Option<ProfileKey> {
        match self {
            Input::RevenueCny => None,
            Input::KeyAccounts => Some(ProfileKey::KeyAccounts),
            Input::StrategicPlan => Some(ProfileKey::StrategicPlan),
            Input::AccountDevelopment => Some(ProfileKey::AccountDevelopment),
            Input::Kind => Some(ProfileKey::Kind),
            Input::Scale => Some(ProfileKey::Scale),
        }
    }

    /// The column's heading in the output language.
    pub fn label(self, text: &dyn Catalog) -> &'static str {
        match self {
            Input::RevenueCny => text.decision_revenue_label(),
            Input::KeyAccounts => text.condition(ConditionId::KeyAccounts),
            Input::StrategicPlan => text.condition(ConditionId::StrategicPlan),
            Input::AccountDevelopment => text.condition(ConditionId::AccountDevelopment),
            Input::Kind => text.labels().kind,
            Input::Scale => text.labels().scale,
        }
    }

    pub fn value_type(self) -> ValueType {
        match self {
            Input::RevenueCny | Input::KeyAccounts => ValueType::Number,
            Input::StrategicPlan | Input::AccountDevelopment => ValueType::Boolean,
            Input::Kind | Input::Scale => ValueType::String,
        }
    }

    /// The ids the column takes, for an editor's list of values; none for numbers and flags.
    pub fn ids(self) -> Vec<&'static str> {
        match self {
            Input::Kind => Kind::ALL.iter().map(|k| k.slug()).collect(),
            Input::Scale => Scale::ALL.iter().map(|s| s.slug()).collect(),
            Input::RevenueCny
            | Input::KeyAccounts
            | Input::StrategicPlan
            | Input::AccountDevelopment => Vec::new(),
        }
    }
}

slug_enum! {
    /// The table's outputs, named as in the advice's JSON.
    pub enum Output {
        /// The form's id (`none`, `team`, ...).
        Form = "form",
        /// The id of the rule that decided.
        FormRule = "form_rule",
    }
}

impl Output {
    pub fn label(self, text: &dyn Catalog) -> &'static str {
        match self {
            Output::Form => text.labels().form,
            Output::FormRule => text.labels().rule,
        }
    }

    /// Every id the output takes.
    pub fn ids(self) -> Vec<&'static str> {
        match self {
            Output::Form => crate::advice::Form::ALL.iter().map(|f| f.slug()).collect(),
            Output::FormRule => FormRule::ALL.iter().map(|r| r.slug()).collect(),
        }
    }
}

/// What one cell accepts.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Test {
    /// Any value: an empty cell.
    Any,
    /// A number below the figure.
    Below(u64),
    /// A number above the figure.
    Above(u64),
    /// Exactly this number.
    Equals(u64),
    /// This flag.
    Is(bool),
    /// One of these ids.
    OneOf(Vec<&'static str>),
}

impl Test {
    /// The cell as a unary test, `None` for any value. FEEL (DMN) and the ZEN
    /// expression language (JDM) write these forms alike: `< 50000000`, `0`, `false`,
    /// `"small", "micro"`.
    pub(crate) fn unary(&self) -> Option<String> {
        match self {
            Test::Any => None,
            Test::Below(n) => Some(format!("< {n}")),
            Test::Above(n) => Some(format!("> {n}")),
            Test::Equals(n) => Some(n.to_string()),
            Test::Is(flag) => Some(flag.to_string()),
            Test::OneOf(ids) => Some(
                ids.iter()
                    .map(|id| string_literal(id))
                    .collect::<Vec<_>>()
                    .join(", "),
            ),
        }
    }
}

/// An id as a string literal of FEEL and of the ZEN language. Ids are slugs (lower-case
/// letters, digits, hyphens), so nothing in them needs escaping.
pub(crate) fn string_literal(id: &str) -> String {
    format!("\"{id}\"")
}

/// One rule of the table: a test per input, and the form and rule it concludes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Row {
    pub rule: FormRule,
    /// One test per input, in the order of [`Input::ALL`].
    tests: Vec<Test>,
}

impl Row {
    pub(crate) fn test(&self, input: Input) -> &Test {
        Input::ALL
            .iter()
            .position(|i| *i == input)
            .and_then(|i| self.tests.get(i))
            .unwrap_or(&Test::Any)
    }

    /// The id the row gives an output.
    pub(crate) fn output(&self, output: Output) -> &'static str {
        match output {
            Output::Form => self.rule.form().slug(),
            Output::FormRule => self.rule.slug(),
        }
    }

    /// The row's annotation: the rule's number and id, its clause, and when it applies.
    pub(crate) fn annotation(&self, rules: &Rules, text: &dyn Catalog) -> String {
        format!(
            "{} · {} · {}",
            text.rule_name(self.rule),
            self.rule.form_clause(),
            text.form_rule_when(self.rule, rules)
        )
    }
}

/// The table: one row per form rule, in the order the engine checks them.
pub(crate) fn rows(rules: &Rules) -> Vec<Row> {
    FormRule::ALL
        .iter()
        .map(|rule| {
            let tested = conditions(*rule, rules);
            let tests = Input::ALL
                .iter()
                .map(|input| {
                    tested
                        .iter()
                        .find(|(i, _)| i == input)
                        .map_or(Test::Any, |(_, test)| test.clone())
                })
                .collect();
            Row { rule: *rule, tests }
        })
        .collect()
}

/// What a form rule tests, with the thresholds in force (docs/rules.md, "The form" and
/// "Conditions"). Inputs left out accept any value.
fn conditions(rule: FormRule, rules: &Rules) -> Vec<(Input, Test)> {
    let kind = |k: Kind| (Input::Kind, Test::OneOf(vec![k.slug()]));
    let scale = |s: &[Scale]| {
        (
            Input::Scale,
            Test::OneOf(s.iter().map(|s| s.slug()).collect()),
        )
    };
    match rule {
        FormRule::NoKeyAccounts => vec![(Input::KeyAccounts, Test::Equals(0))],
        // Every condition of (一) unmet: revenue and key accounts below their
        // thresholds, and neither (一)3 nor (一)4 judged true.
        FormRule::NoConditionMet => vec![
            (Input::RevenueCny, Test::Below(rules.revenue_threshold_cny)),
            (
                Input::KeyAccounts,
                Test::Below(rules.key_accounts_threshold),
            ),
            (Input::StrategicPlan, Test::Is(false)),
            (Input::AccountDevelopment, Test::Is(false)),
        ],
        FormRule::Multinational => vec![kind(Kind::Multinational)],
        FormRule::LargeGroup => vec![kind(Kind::Group), scale(&[Scale::Large])],
        FormRule::PublicSector => vec![kind(Kind::PublicSector)],
        FormRule::LargeEnterprise => vec![scale(&[Scale::Large])],
        FormRule::MediumScale => vec![scale(&[Scale::Medium])],
        FormRule::SmallManyAccounts => vec![
            scale(&[Scale::Small, Scale::Micro]),
            (Input::KeyAccounts, Test::Above(rules.team_max_key_accounts)),
        ],
        // The last rule takes every profile that reaches it, as the engine does: only
        // small and micro firms get this far.
        FormRule::SmallScale => Vec::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::advice::{Facts, advise, test_profile};
    use crate::profile::Profile;

    #[test]
    fn an_input_read_from_a_profile_key_is_named_as_the_key() {
        for input in Input::ALL {
            if let Some(key) = input.key() {
                assert_eq!(input.slug(), key.slug());
            }
        }
        assert_eq!(Input::RevenueCny.key(), None);
    }

    /// One input's value in a sample.
    enum Value {
        Number(u64),
        Flag(bool),
        Id(Option<&'static str>),
    }

    fn accepts(test: &Test, value: &Value) -> bool {
        match (test, value) {
            (Test::Any, _) => true,
            (Test::Below(t), Value::Number(n)) => n < t,
            (Test::Above(t), Value::Number(n)) => n > t,
            (Test::Equals(t), Value::Number(n)) => n == t,
            (Test::Is(t), Value::Flag(f)) => t == f,
            (Test::OneOf(ids), Value::Id(Some(id))) => ids.contains(id),
            (Test::OneOf(_), Value::Id(None)) => false,
            (test, _) => panic!("{test:?} tests a value of another type"),
        }
    }

    fn value(profile: &Profile, input: Input) -> Value {
        match input {
            Input::RevenueCny => Value::Number(profile.revenue_cny),
            Input::KeyAccounts => Value::Number(profile.key_accounts),
            Input::StrategicPlan => Value::Flag(profile.strategy.strategic_plan),
            Input::AccountDevelopment => Value::Flag(profile.strategy.account_development),
            Input::Kind => Value::Id(Some(profile.kind.slug())),
            Input::Scale => Value::Id(profile.scale.map(Scale::slug)),
        }
    }

    fn row_accepts(row: &Row, profile: &Profile) -> bool {
        Input::ALL
            .iter()
            .all(|input| accepts(row.test(*input), &value(profile, *input)))
    }

    /// Profiles on every boundary of the rules: each kind with each scale a profile
    /// may have, revenue and key accounts on both sides of each threshold, every flag.
    fn samples(rules: &Rules) -> Vec<Profile> {
        let revenue = rules.revenue_threshold_cny;
        let revenues = [0, revenue.saturating_sub(1), revenue, revenue * 3];
        let at = rules.key_accounts_threshold;
        let max = rules.team_max_key_accounts;
        let accounts = [0, 1, at - 1, at, at + 1, max, max + 1, 100];
        let scales = [
            None,
            Some(Scale::Micro),
            Some(Scale::Small),
            Some(Scale::Medium),
            Some(Scale::Large),
        ];
        let mut out = Vec::new();
        for kind in Kind::ALL {
            for scale in scales {
                // Only a public-sector body or a multinational may lack a scale.
                if scale.is_none() && !matches!(kind, Kind::PublicSector | Kind::Multinational) {
                    continue;
                }
                for revenue_cny in revenues {
                    for key_accounts in accounts {
                        for flags in 0..4 {
                            let mut p = test_profile(key_accounts, 0);
                            p.revenue_cny = revenue_cny;
                            p.revenue = crate::money::Revenue::cny(revenue_cny.into());
                            p.kind = *kind;
                            p.scale = scale;
                            p.strategy.strategic_plan = flags & 1 == 1;
                            p.strategy.account_development = flags & 2 == 2;
                            out.push(p);
                        }
                    }
                }
            }
        }
        out
    }

    fn changed_rules() -> Rules {
        Rules {
            revenue_threshold_cny: 30_000_000,
            key_accounts_threshold: 12,
            team_max_key_accounts: 8,
            ..Rules::default()
        }
    }

    #[test]
    fn each_row_accepts_exactly_where_its_rule_applies() {
        for rules in [Rules::default(), changed_rules()] {
            let rows = rows(&rules);
            for profile in samples(&rules) {
                let advice = advise(&profile, &rules);
                let facts = Facts {
                    key_accounts: profile.key_accounts,
                    worth_considering: advice.worth_considering,
                    kind: profile.kind,
                    scale: profile.scale,
                };
                for row in &rows {
                    assert_eq!(
                        row_accepts(row, &profile),
                        row.rule.applies(&facts, &rules),
                        "{}: {profile:?}",
                        row.rule
                    );
                }
            }
        }
    }

    #[test]
    fn the_first_accepting_row_is_the_engines_rule() {
        for rules in [Rules::default(), changed_rules()] {
            let rows = rows(&rules);
            let mut decided = std::collections::BTreeSet::new();
            for profile in samples(&rules) {
                let first = rows.iter().find(|row| row_accepts(row, &profile));
                let advice = advise(&profile, &rules);
                assert_eq!(first.map(|r| r.rule), Some(advice.rule), "{profile:?}");
                decided.insert(advice.rule);
            }
            // The samples reach every rule, so each row is checked where it decides.
            assert_eq!(decided.len(), FormRule::ALL.len());
        }
    }

    #[test]
    fn rows_follow_the_engines_order_and_the_rules_in_force() {
        let rows = rows(&changed_rules());
        let order: Vec<FormRule> = rows.iter().map(|r| r.rule).collect();
        assert_eq!(order, FormRule::ALL);
        let rule2 = &rows[1];
        assert_eq!(
            rule2.test(Input::RevenueCny).unary().as_deref(),
            Some("< 30000000")
        );
        assert_eq!(
            rule2.test(Input::KeyAccounts).unary().as_deref(),
            Some("< 12")
        );
        assert_eq!(
            rule2.test(Input::StrategicPlan).unary().as_deref(),
            Some("false")
        );
        assert_eq!(rule2.test(Input::Kind), &Test::Any);
        let rule8 = &rows[7];
        assert_eq!(
            rule8.test(Input::KeyAccounts).unary().as_deref(),
            Some("> 8")
        );
        assert_eq!(
            rule8.test(Input::Scale).unary().as_deref(),
            Some("\"small\", \"micro\"")
        );
        assert_eq!(rule8.output(Output::Form), "department");
        assert_eq!(rule8.output(Output::FormRule), "small-many-accounts");
        assert!(Input::ALL.iter().all(|i| rows[8].test(*i) == &Test::Any));
    }

    #[test]
    fn annotations_name_the_rule_and_its_clause_in_both_languages() {
        use crate::text::{Lang, catalog};
        let rules = Rules::default();
        let rows = rows(&rules);
        let en = rows[7].annotation(&rules, catalog(Lang::En));
        assert_eq!(
            en,
            format!(
                "Rule 8 (small or micro firm with several key accounts) · (二)3 · small or micro, with more than {} rated key accounts (the tool's reading of (二)4 with (一)2 and (二)1)",
                rules.team_max_key_accounts
            )
        );
        let zh = rows[2].annotation(&rules, catalog(Lang::Zh));
        assert_eq!(
            zh,
            "规则3（跨国集团） · (二)1 · 国际跨国集团（不区分规模，本工具的理解）"
        );
    }
}
