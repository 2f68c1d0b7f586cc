//! The engine: `advise(&Profile, &Rules) -> Advice`. Pure, no I/O, no text: every
//! conclusion is data (ids, numbers, clauses) that the renderers put into words.
//!
//! The modules follow the chapter: (一) [`conditions`], (二) [`form`], [`structure`] and
//! [`staffing`], then today's setup ([`gap`]), [`notes`] (warnings and hints) and the
//! [`trace`] of the reasoning. docs/rules.md gives the reading behind each.

pub mod conditions;
pub mod form;
pub mod gap;
pub mod notes;
pub mod staffing;
pub mod structure;
pub mod trace;

pub use conditions::{Condition, ConditionId, Measure};
pub use form::{Facts, Form, FormRule};
pub use gap::{Gap, GapDirection, OpeningReason, Step};
pub use notes::{Change, Hint, Warning};
pub use staffing::{Basis, Role, RoleId, ServiceTier, Staffing, TeamFunction};
pub use structure::{Post, Unit, UnitKind};
pub use trace::Trace;

use crate::profile::Profile;
use crate::rules::Rules;

/// Everything the advisor concludes for one profile.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Advice {
    pub conditions: Vec<Condition>,
    /// A condition of (一) is met: the firm may consider a dedicated unit.
    pub worth_considering: bool,
    pub rule: FormRule,
    pub form: Form,
    pub units: Vec<Unit>,
    /// How a service centre's tier is counted (`Single` for every other form).
    pub tier: ServiceTier,
    pub staffing: Staffing,
    /// The quoted reporting line of a typical department, bottom to top; empty otherwise.
    pub reporting_line: Vec<Post>,
    pub warnings: Vec<Warning>,
    pub hints: Vec<Hint>,
    /// Whether the rules were the defaults.
    pub default_rules: bool,
    /// Today's setup against the recommendation, when the profile says what it is.
    pub gap: Option<Gap>,
    pub trace: Vec<Trace>,
}

/// Advises one profile under the given rules.
pub fn advise(profile: &Profile, rules: &Rules) -> Advice {
    let conditions = conditions::conditions(profile, rules);
    let worth_considering = conditions.iter().any(|c| c.met);
    let facts = Facts {
        key_accounts: profile.key_accounts,
        worth_considering,
        kind: profile.kind,
        scale: profile.scale,
    };
    let rule = form::form_rule(&facts, rules);
    let form = rule.form();
    let units = structure::units_for(form, &profile.network);
    let tier = staffing::ServiceTier::of(&units);
    let staffing = staffing::staffing_for(
        rule,
        profile.key_accounts,
        profile.team_functions.as_deref(),
        tier,
        rules,
    );
    let gap = profile.current_setup.map(|current| {
        let recommended = gap::Recommended {
            rule,
            worth_considering,
            key_accounts: profile.key_accounts,
            strategy: profile.strategy,
            units: &units,
            staffing: &staffing,
        };
        gap::gap_for(current, &recommended, rules)
    });
    Advice {
        warnings: notes::warnings(profile, rule),
        hints: notes::hints(profile, rules, &conditions, rule, tier, &staffing),
        trace: trace::trace_for(profile, rules, &conditions, &facts, rule, &staffing, tier),
        reporting_line: structure::reporting_line(form),
        default_rules: rules.is_default(),
        conditions,
        worth_considering,
        rule,
        form,
        units,
        tier,
        staffing,
        gap,
    }
}

/// A medium enterprise with the given key accounts and revenue in 万元, for tests
/// (those of the layers above too, which `cfg(test)` would not reach).
#[doc(hidden)]
pub fn test_profile(key_accounts: u64, revenue_wan: u64) -> Profile {
    use crate::profile::{Kind, Network, ScaleSource, Strategy};
    Profile {
        name: "测试".into(),
        revenue_cny: revenue_wan * 10_000,
        key_accounts,
        currency: "CNY".into(),
        kind: Kind::Enterprise,
        scale: Some(crate::scale::Scale::Medium),
        scale_source: ScaleSource::Declared,
        scale_from_figures: None,
        industry: None,
        employees: None,
        total_assets_cny: None,
        current_setup: None,
        strategy: Strategy::default(),
        network: Network::default(),
        team_functions: None,
        revenue: crate::money::Revenue::cny(crate::money::Decimal::from(revenue_wan * 10_000)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::profile::Kind;
    use crate::scale::Scale;

    #[test]
    fn verdict_and_form_agree_for_every_rule() {
        let mut cases = Vec::new();
        cases.push(test_profile(0, 9000));
        cases.push(test_profile(3, 100));
        let mut p = test_profile(12, 9000);
        p.kind = Kind::Multinational;
        p.scale = None;
        cases.push(p);
        let mut p = test_profile(12, 90000);
        p.kind = Kind::Group;
        p.scale = Some(Scale::Large);
        cases.push(p);
        let mut p = test_profile(12, 9000);
        p.kind = Kind::PublicSector;
        p.scale = None;
        cases.push(p);
        let mut p = test_profile(12, 90000);
        p.scale = Some(Scale::Large);
        cases.push(p);
        cases.push(test_profile(12, 9000));
        let mut p = test_profile(6, 900);
        p.scale = Some(Scale::Small);
        cases.push(p);
        let mut p = test_profile(5, 6000);
        p.scale = Some(Scale::Micro);
        cases.push(p);
        let rules: Vec<FormRule> = cases
            .iter()
            .map(|p| advise(p, &Rules::default()).rule)
            .collect();
        assert_eq!(rules, FormRule::ALL);
        for p in &cases {
            let a = advise(p, &Rules::default());
            assert_eq!(a.form, a.rule.form());
            assert_eq!(a.form == Form::None, a.units.is_empty());
            assert_eq!(a.form == Form::None, a.staffing.kam_managers == 0);
            if a.rule != FormRule::NoKeyAccounts {
                assert_eq!(a.worth_considering, a.form != Form::None);
            }
        }
    }

    #[test]
    fn no_key_accounts_may_still_meet_a_condition() {
        let a = advise(&test_profile(0, 9000), &Rules::default());
        assert!(a.worth_considering);
        assert_eq!(a.form, Form::None);
        assert_eq!(a.staffing.headcount, Some(0));
    }
}
