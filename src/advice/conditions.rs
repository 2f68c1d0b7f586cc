//! (一) The four conditions under which a firm may consider a dedicated KAM unit
//! (docs/rules.md, "Conditions").

use crate::profile::Profile;
use crate::rules::Rules;
use crate::slug::slug_enum;

slug_enum! {
    /// The four conditions of (一), in the chapter's order.
    pub enum ConditionId {
        Revenue = "revenue",
        KeyAccounts = "key_accounts",
        StrategicPlan = "strategic_plan",
        AccountDevelopment = "account_development",
    }
}

impl ConditionId {
    pub fn clause(self) -> &'static str {
        match self {
            ConditionId::Revenue => "(一)1",
            ConditionId::KeyAccounts => "(一)2",
            ConditionId::StrategicPlan => "(一)3",
            ConditionId::AccountDevelopment => "(一)4",
        }
    }
}

/// A value a condition compares.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Measure {
    Yuan(u64),
    Count(u64),
    Flag(bool),
}

/// One condition of (一) as it applies to the profile.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Condition {
    pub id: ConditionId,
    pub met: bool,
    pub value: Measure,
    pub threshold: Measure,
}

/// (一)1-4 for the profile as it is.
pub fn conditions(profile: &Profile, rules: &Rules) -> Vec<Condition> {
    conditions_at(profile, profile.key_accounts, rules)
}

/// (一)1-4 for the profile with another number of key accounts (for "what changes when").
pub fn conditions_at(profile: &Profile, key_accounts: u64, rules: &Rules) -> Vec<Condition> {
    let flag = |id, on: bool| Condition {
        id,
        met: on,
        value: Measure::Flag(on),
        threshold: Measure::Flag(true),
    };
    vec![
        Condition {
            id: ConditionId::Revenue,
            met: profile.revenue_cny >= rules.revenue_threshold_cny,
            value: Measure::Yuan(profile.revenue_cny),
            threshold: Measure::Yuan(rules.revenue_threshold_cny),
        },
        Condition {
            id: ConditionId::KeyAccounts,
            met: key_accounts >= rules.key_accounts_threshold,
            value: Measure::Count(key_accounts),
            threshold: Measure::Count(rules.key_accounts_threshold),
        },
        flag(ConditionId::StrategicPlan, profile.strategy.strategic_plan),
        flag(
            ConditionId::AccountDevelopment,
            profile.strategy.account_development,
        ),
    ]
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::advice::test_profile;

    #[test]
    fn revenue_is_met_from_exactly_5000_wan() {
        let mut p = test_profile(1, 5000);
        assert!(conditions(&p, &Rules::default())[0].met);
        p.revenue_cny -= 1;
        assert!(!conditions(&p, &Rules::default())[0].met);
    }

    #[test]
    fn key_accounts_are_met_from_6() {
        let p = test_profile(6, 0);
        assert!(conditions(&p, &Rules::default())[1].met);
        assert!(!conditions_at(&p, 5, &Rules::default())[1].met);
    }

    #[test]
    fn the_flags_are_the_firms_own_judgement() {
        let mut p = test_profile(1, 0);
        assert!(!conditions(&p, &Rules::default()).iter().any(|c| c.met));
        p.strategy.account_development = true;
        let met: Vec<ConditionId> = conditions(&p, &Rules::default())
            .iter()
            .filter(|c| c.met)
            .map(|c| c.id)
            .collect();
        assert_eq!(met, [ConditionId::AccountDevelopment]);
    }
}
