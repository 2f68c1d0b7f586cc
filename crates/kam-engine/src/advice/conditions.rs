//! (一) The four conditions under which a firm may consider a dedicated KAM unit
//! (docs/rules.md, "Conditions").

use crate::money::{Decimal, MAX_DECIMALS};
use crate::profile::Profile;
use crate::rules::Rules;

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
    /// An exact amount of yuan, shown truncated to `places` decimal places: 0 (whole
    /// yuan) unless the value and the threshold would then look the same.
    Yuan {
        exact: Decimal,
        places: u32,
    },
    Count(u64),
    Flag(bool),
    /// A flag the profile leaves out: counted as no, shown as not stated.
    Unstated,
}

/// The decimal places that show a value and a threshold in yuan as they compare: none
/// when their whole yuan differ or they are equal; otherwise 2, or as many more as it
/// takes to tell them apart (49,999,999.60 ≥ 49,999,999.50). Every figure is truncated,
/// so a value below the threshold never shows at it.
fn places_to_tell(value: Decimal, threshold: Decimal) -> u32 {
    if value == threshold || value.truncated(0) != threshold.truncated(0) {
        return 0;
    }
    (2..=MAX_DECIMALS)
        .find(|&places| value.truncated(places) != threshold.truncated(places))
        .unwrap_or(MAX_DECIMALS)
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
pub(crate) fn conditions(profile: &Profile, rules: &Rules) -> Vec<Condition> {
    conditions_at(profile, profile.key_accounts, rules)
}

/// (一)1-4 for the profile with another number of key accounts (for "what changes when").
pub(crate) fn conditions_at(profile: &Profile, key_accounts: u64, rules: &Rules) -> Vec<Condition> {
    let flag = |id, on: bool, stated: bool| Condition {
        id,
        met: on,
        value: if on || stated {
            Measure::Flag(on)
        } else {
            Measure::Unstated
        },
        threshold: Measure::Flag(true),
    };
    // Exact: amount × cny_rate against the threshold to its last decimal.
    let (revenue, threshold) = (profile.revenue.cny, rules.revenue_threshold());
    let places = places_to_tell(revenue, threshold);
    vec![
        Condition {
            id: ConditionId::Revenue,
            met: revenue >= threshold,
            value: Measure::Yuan {
                exact: revenue,
                places,
            },
            threshold: Measure::Yuan {
                exact: threshold,
                places,
            },
        },
        Condition {
            id: ConditionId::KeyAccounts,
            met: key_accounts >= rules.key_accounts_threshold,
            value: Measure::Count(key_accounts),
            threshold: Measure::Count(rules.key_accounts_threshold),
        },
        flag(
            ConditionId::StrategicPlan,
            profile.strategy.strategic_plan,
            profile.strategy.strategic_plan_stated,
        ),
        flag(
            ConditionId::AccountDevelopment,
            profile.strategy.account_development,
            profile.strategy.account_development_stated,
        ),
    ]
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::advice::test_profile;

    fn dec(text: &str) -> Decimal {
        Decimal::parse(text).unwrap_or_else(|e| panic!("{text}: {e:?}"))
    }

    /// A profile whose revenue is `amount` in `currency` at `rate`.
    fn earning(amount: &str, currency: &str, rate: &str) -> Profile {
        let mut p = test_profile(1, 0);
        p.revenue = crate::money::Revenue::new(dec(amount), currency.into(), dec(rate))
            .unwrap_or_else(|e| panic!("{amount}: {e:?}"));
        p.revenue_cny = p.revenue.cny.trunc_u64().unwrap_or_default();
        p
    }

    fn revenue(p: &Profile, rules: &Rules) -> Condition {
        conditions(p, rules)[0]
    }

    #[test]
    fn revenue_is_met_from_exactly_5000_wan() {
        let p = test_profile(1, 5000);
        assert!(revenue(&p, &Rules::default()).met);
        let p = earning("49999999", "CNY", "1");
        assert!(!revenue(&p, &Rules::default()).met);
    }

    #[test]
    fn revenue_is_compared_exactly_never_after_rounding() {
        let rules = Rules::default();
        // USD 7,042,253.52 at 7.1 is CNY 49,999,999.992: short of 5000万.
        let c = revenue(&earning("7042253.52", "USD", "7.1"), &rules);
        assert!(!c.met);
        assert_eq!(
            c.value,
            Measure::Yuan {
                exact: dec("49999999.992"),
                places: 0
            }
        );
        // One cent more is CNY 50,000,000.063: met.
        assert!(revenue(&earning("7042253.53", "USD", "7.1"), &rules).met);
        // Six tenths of a yuan short is short.
        assert!(!revenue(&earning("49999999.6", "CNY", "1"), &rules).met);
        assert!(!revenue(&earning("49999999.999999999999999999", "CNY", "1"), &rules).met);
    }

    #[test]
    fn a_fractional_threshold_is_compared_exactly() {
        let mut rules = Rules::default();
        assert_eq!(rules.set_revenue_threshold(dec("49999999.5")), Ok(()));
        let c = revenue(&earning("49999999.6", "CNY", "1"), &rules);
        assert!(c.met);
        // Both would show 49,999,999 in whole yuan: they show two decimals.
        assert_eq!(
            (c.value, c.threshold),
            (
                Measure::Yuan {
                    exact: dec("49999999.6"),
                    places: 2
                },
                Measure::Yuan {
                    exact: dec("49999999.5"),
                    places: 2
                }
            )
        );
        assert!(!revenue(&earning("49999999.4", "CNY", "1"), &rules).met);
        assert!(revenue(&earning("49999999.5", "CNY", "1"), &rules).met);
        assert!(!revenue(&earning("49999999.499", "CNY", "1"), &rules).met);
    }

    #[test]
    fn figures_show_as_many_places_as_tell_them_apart() {
        assert_eq!(places_to_tell(dec("49999999.992"), dec("50000000")), 0);
        assert_eq!(places_to_tell(dec("50000000"), dec("50000000")), 0);
        assert_eq!(places_to_tell(dec("49999999.6"), dec("49999999.5")), 2);
        assert_eq!(places_to_tell(dec("50000000.3"), dec("50000000")), 2);
        assert_eq!(places_to_tell(dec("49999999.504"), dec("49999999.505")), 3);
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
