//! What the consultant should look at (warnings) and what would change the advice
//! (hints) (docs/rules.md, "Warnings and hints").

use crate::advice::conditions::{Condition, Measure, conditions_at};
use crate::advice::form::{Facts, Form, FormRule, form_rule, form_rule_by_kind_and_scale};
use crate::advice::staffing::{ServiceTier, Staffing, headcount_floor, staffing_for};
use crate::advice::structure::units_for;
use crate::money::Decimal;
use crate::profile::{Kind, Profile};
use crate::rules::Rules;
use crate::scale::Scale;

/// Something in the profile the consultant should look at.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Warning {
    /// A group that is not large: (二)1 speaks of large groups, so the scale decides.
    GroupNotLarge { scale: Scale },
    /// A small or micro multinational: the group itself, or a subsidiary?
    SmallMultinational { scale: Scale },
    /// The declared scale is not what the NBS table gives for the figures.
    ScaleMismatch { declared: Scale, figures: Scale },
    /// `[network]` given, but only a service centre is built in tiers.
    NetworkUnused { form: Form },
    /// `[team]` given, but the form is not a team.
    TeamUnused { form: Form },
}

/// A pointer to what would change the advice.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Hint {
    /// Revenue is short of the (一)1 threshold by this many yuan, exactly (texts show
    /// it rounded up to the cent, so never short by 0.00).
    RevenueShort {
        short_by: Decimal,
        threshold: Decimal,
    },
    /// Key accounts are short of the (一)2 threshold by this many.
    AccountsShort { short_by: u64, threshold: u64 },
    /// No key accounts rated yet.
    RateAccountsFirst { threshold: u64 },
    /// No condition met: if the firm judges (一)3 or (一)4 true, this rule decides.
    /// `caveat`: the warning the rule's form carries for this profile (a small
    /// multinational's committee).
    IfFirmJudges {
        rule: FormRule,
        caveat: Option<Warning>,
    },
    /// No key accounts rated yet, but a condition is met: once some are rated, this rule
    /// decides (by the firm's kind and scale), with the warning its form carries.
    OnceRated {
        rule: FormRule,
        caveat: Option<Warning>,
    },
    /// Under rules 5-7 with fewer rated key accounts than (一)2's threshold: (二)4's team
    /// for very few key accounts is also a defensible reading.
    TeamDefensible { key_accounts: u64 },
    /// At `at_accounts` key accounts the form, the headcount or the managers change,
    /// with the warning a new form carries.
    NextChange {
        at_accounts: u64,
        change: Change,
        caveat: Option<Warning>,
    },
    /// The advice used figures other than the defaults.
    CustomRules,
}

/// What changes at the next count of key accounts that changes anything.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Change {
    /// Another form, with its headcount where it has one (a jump a client would ask
    /// about: a one-person team becomes a department of 3).
    Form {
        rule: FormRule,
        headcount: Option<u64>,
    },
    Headcount {
        headcount: u64,
    },
    /// A network's service tier: the managers the average load suggests in all (the
    /// headcount of a counted tier, none for an uncounted one).
    Managers {
        managers: u64,
    },
}

/// The warnings for a profile whose form rule is `rule`.
pub(crate) fn warnings(profile: &Profile, rule: FormRule) -> Vec<Warning> {
    let mut warnings = Vec::new();
    let decided_by_conditions = matches!(rule, FormRule::NoKeyAccounts | FormRule::NoConditionMet);
    if !decided_by_conditions {
        warnings.extend(kind_warning(profile));
    }
    if let (Some(declared), Some(figures)) = (profile.scale, profile.scale_from_figures)
        && figures != declared
    {
        warnings.push(Warning::ScaleMismatch { declared, figures });
    }
    let form = rule.form();
    if !profile.network.levels.is_empty() && form != Form::ServiceCenter {
        warnings.push(Warning::NetworkUnused { form });
    }
    if profile.team_functions.is_some() && form != Form::Team {
        warnings.push(Warning::TeamUnused { form });
    }
    warnings
}

/// The warning a profile's kind and scale give once a form rule of (二) decides: a group
/// that is not large, a small or micro multinational.
pub(crate) fn kind_warning(profile: &Profile) -> Option<Warning> {
    match (profile.kind, profile.scale) {
        (Kind::Group, Some(scale)) if scale != Scale::Large => {
            Some(Warning::GroupNotLarge { scale })
        }
        (Kind::Multinational, Some(scale @ (Scale::Small | Scale::Micro))) => {
            Some(Warning::SmallMultinational { scale })
        }
        _ => None,
    }
}

/// The warning a hint that names `rule` carries, when the rule is one the kind decides.
fn caveat(profile: &Profile, rule: FormRule) -> Option<Warning> {
    if rule.form() == Form::None {
        None
    } else {
        kind_warning(profile)
    }
}

/// The hints: how far unmet numeric conditions are, what rule 2 leaves to the firm,
/// and at how many key accounts the form or the headcount changes next.
pub(crate) fn hints(
    profile: &Profile,
    rules: &Rules,
    conditions: &[Condition],
    rule: FormRule,
    tier: ServiceTier,
    staffing: &Staffing,
) -> Vec<Hint> {
    let mut hints = Vec::new();
    for condition in conditions.iter().filter(|c| !c.met) {
        match (condition.value, condition.threshold) {
            (
                Measure::Yuan { exact: value, .. },
                Measure::Yuan {
                    exact: threshold, ..
                },
            ) => {
                if let Ok(short_by) = threshold.checked_sub(value) {
                    hints.push(Hint::RevenueShort {
                        short_by,
                        threshold,
                    });
                }
            }
            (Measure::Count(value), Measure::Count(threshold)) if value > 0 => {
                hints.push(Hint::AccountsShort {
                    short_by: threshold - value,
                    threshold,
                })
            }
            _ => {}
        }
    }
    match rule {
        FormRule::NoKeyAccounts => hints.push(Hint::RateAccountsFirst {
            threshold: rules.key_accounts_threshold,
        }),
        FormRule::NoConditionMet => {
            let facts = facts_at(profile, profile.key_accounts, rules);
            let rule = form_rule_by_kind_and_scale(&facts, rules);
            hints.push(Hint::IfFirmJudges {
                rule,
                caveat: caveat(profile, rule),
            });
        }
        FormRule::PublicSector | FormRule::LargeEnterprise | FormRule::MediumScale
            if profile.key_accounts < rules.key_accounts_threshold =>
        {
            hints.push(Hint::TeamDefensible {
                key_accounts: profile.key_accounts,
            })
        }
        _ => {}
    }
    match next_change(profile, rules, rule, tier, staffing) {
        // From no rated account to the first: the form the kind and scale point to.
        Some(Hint::NextChange {
            at_accounts: 1,
            change: Change::Form { rule: next, .. },
            caveat,
        }) if rule == FormRule::NoKeyAccounts => hints.push(Hint::OnceRated { rule: next, caveat }),
        Some(next) => hints.push(next),
        None => {}
    }
    if !rules.is_default() {
        hints.push(Hint::CustomRules);
    }
    hints
}

fn facts_at(profile: &Profile, key_accounts: u64, rules: &Rules) -> Facts {
    Facts {
        key_accounts,
        worth_considering: conditions_at(profile, key_accounts, rules)
            .iter()
            .any(|c| c.met),
        kind: profile.kind,
        scale: profile.scale,
    }
}

/// What the rules give at another number of key accounts: the rule, the headcount and
/// the KAM managers.
fn outcome_at(
    profile: &Profile,
    key_accounts: u64,
    rules: &Rules,
    tier: ServiceTier,
) -> (FormRule, Option<u64>, u64) {
    let rule = form_rule(&facts_at(profile, key_accounts, rules), rules);
    let staffing = staffing_for(
        rule,
        key_accounts,
        profile.team_functions.as_deref(),
        tier,
        rules,
    );
    (rule, staffing.headcount, staffing.kam_managers)
}

/// The smallest larger number of key accounts at which the form, the headcount or (for
/// an uncounted network) the managers change, from the formulas: the form can change
/// only at the first rated account, at (一)2's threshold and just past the team's
/// maximum; under one form the headcount is the larger of a floor and the managers
/// (plus a constant), so it first grows when the managers pass both the floor and
/// today's count. At most four counts are tried, whatever the figures.
fn next_change(
    profile: &Profile,
    rules: &Rules,
    rule: FormRule,
    tier: ServiceTier,
    staffing: &Staffing,
) -> Option<Hint> {
    let now = profile.key_accounts;
    let per = rules.accounts_per_manager.max(1);
    let form = rule.form();
    // A service centre's tier depends only on the network, whatever the accounts.
    let center_tier = ServiceTier::of(&units_for(Form::ServiceCenter, &profile.network));
    let tier = if form == Form::ServiceCenter {
        tier
    } else {
        center_tier
    };
    let managers_now = now.div_ceil(per);
    let growth = (form != Form::None).then(|| {
        let floor = headcount_floor(form, tier, rules);
        managers_now
            .max(floor)
            .checked_mul(per)
            .and_then(|n| n.checked_add(1))
    });
    let mut candidates: Vec<u64> = [
        Some(1),
        Some(rules.key_accounts_threshold),
        rules.team_max_key_accounts.checked_add(1),
        growth.flatten(),
    ]
    .into_iter()
    .flatten()
    .filter(|n| *n > now)
    .collect();
    candidates.sort_unstable();
    candidates.dedup();
    candidates.into_iter().find_map(|at| {
        let (next_rule, next_headcount, next_managers) = outcome_at(profile, at, rules, tier);
        let change = if next_rule.form() != form {
            Change::Form {
                rule: next_rule,
                headcount: next_headcount,
            }
        } else if next_headcount != staffing.headcount
            && form == Form::ServiceCenter
            && matches!(tier, ServiceTier::Counted { .. })
        {
            // A counted network's headcount is its centres' managers, not the unit's.
            Change::Managers {
                managers: next_managers,
            }
        } else if next_headcount != staffing.headcount {
            Change::Headcount {
                headcount: next_headcount?,
            }
        } else if next_headcount.is_none() && next_managers != staffing.kam_managers {
            Change::Managers {
                managers: next_managers,
            }
        } else {
            return None;
        };
        let caveat = match change {
            Change::Form { rule, .. } => caveat(profile, rule),
            _ => None,
        };
        Some(Hint::NextChange {
            at_accounts: at,
            change,
            caveat,
        })
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::advice::{advise, test_profile};

    fn next(p: &Profile) -> Option<Hint> {
        advise(p, &Rules::default())
            .hints
            .into_iter()
            .find(|h| matches!(h, Hint::NextChange { .. }))
    }

    #[test]
    fn department_headcount_grows_at_28_and_37() {
        for (accounts, at, headcount) in [(12, 28, 4), (27, 28, 4), (28, 37, 5), (37, 46, 6)] {
            let p = test_profile(accounts, 9000);
            assert_eq!(
                next(&p),
                Some(Hint::NextChange {
                    at_accounts: at,
                    change: Change::Headcount { headcount },
                    caveat: None,
                }),
                "{accounts}"
            );
        }
    }

    #[test]
    fn a_small_team_becomes_a_department_at_6() {
        let mut p = test_profile(4, 6000);
        p.scale = Some(Scale::Small);
        assert_eq!(advise(&p, &Rules::default()).rule, FormRule::SmallScale);
        assert_eq!(
            next(&p),
            Some(Hint::NextChange {
                at_accounts: 6,
                change: Change::Form {
                    rule: FormRule::SmallManyAccounts,
                    headcount: Some(3),
                },
                caveat: None,
            })
        );
    }

    fn network(counts: &[(crate::profile::Level, u64)]) -> Profile {
        use crate::profile::Level;
        let mut p = test_profile(45, 350_000);
        p.kind = Kind::PublicSector;
        p.scale = None;
        p.network.levels = vec![Level::Provincial, Level::Prefecture, Level::County];
        p.network.counts = counts.to_vec();
        p
    }

    #[test]
    fn a_counted_network_grows_when_the_managers_pass_its_centres() {
        use crate::profile::Level;
        let p = network(&[(Level::Prefecture, 14), (Level::County, 96)]);
        assert_eq!(advise(&p, &Rules::default()).staffing.headcount, Some(14));
        assert_eq!(
            next(&p),
            Some(Hint::NextChange {
                at_accounts: 127,
                change: Change::Managers { managers: 15 },
                caveat: None,
            })
        );
    }

    #[test]
    fn an_uncounted_network_names_the_next_managers_guide() {
        let p = network(&[]);
        assert_eq!(advise(&p, &Rules::default()).staffing.headcount, None);
        assert_eq!(
            next(&p),
            Some(Hint::NextChange {
                at_accounts: 46,
                change: Change::Managers { managers: 6 },
                caveat: None,
            })
        );
    }

    #[test]
    fn the_next_change_is_found_by_formula_for_any_count() {
        // A search over a window would never reach these; the formula does at once.
        let p = test_profile(u64::MAX / 2, 9000);
        assert!(matches!(
            next(&p),
            Some(Hint::NextChange {
                change: Change::Headcount { .. },
                ..
            })
        ));
        assert_eq!(next(&test_profile(u64::MAX, 9000)), None);
    }

    #[test]
    fn few_accounts_under_rules_5_to_7_hint_at_a_team() {
        let a = advise(&test_profile(4, 9000), &Rules::default());
        assert_eq!(a.rule, FormRule::MediumScale);
        assert!(a.hints.contains(&Hint::TeamDefensible { key_accounts: 4 }));
        let a = advise(&test_profile(6, 9000), &Rules::default());
        assert!(
            !a.hints
                .iter()
                .any(|h| matches!(h, Hint::TeamDefensible { .. }))
        );
    }

    #[test]
    fn a_future_committee_for_a_small_multinational_carries_the_warning() {
        let mut p = test_profile(3, 100);
        p.kind = Kind::Multinational;
        p.scale = Some(Scale::Small);
        let a = advise(&p, &Rules::default());
        assert_eq!(a.rule, FormRule::NoConditionMet);
        assert!(a.warnings.is_empty());
        let caveat = Some(Warning::SmallMultinational {
            scale: Scale::Small,
        });
        assert!(a.hints.contains(&Hint::IfFirmJudges {
            rule: FormRule::Multinational,
            caveat,
        }));
        assert_eq!(
            next(&p),
            Some(Hint::NextChange {
                at_accounts: 6,
                change: Change::Form {
                    rule: FormRule::Multinational,
                    headcount: Some(5),
                },
                caveat,
            })
        );
    }

    #[test]
    fn no_condition_met_says_when_a_unit_is_indicated_and_what_the_firm_may_judge() {
        let p = test_profile(3, 100);
        let a = advise(&p, &Rules::default());
        assert_eq!(a.rule, FormRule::NoConditionMet);
        assert!(a.hints.contains(&Hint::AccountsShort {
            short_by: 3,
            threshold: 6
        }));
        assert!(a.hints.contains(&Hint::IfFirmJudges {
            rule: FormRule::MediumScale,
            caveat: None,
        }));
        assert_eq!(
            next(&p),
            Some(Hint::NextChange {
                at_accounts: 6,
                change: Change::Form {
                    rule: FormRule::MediumScale,
                    headcount: Some(3),
                },
                caveat: None,
            })
        );
    }

    #[test]
    fn revenue_short_is_the_exact_shortfall() {
        let dec = |text: &str| Decimal::parse(text).unwrap_or_else(|e| panic!("{e:?}"));
        let mut p = test_profile(3, 0);
        p.revenue = crate::money::Revenue::new(dec("7042253.52"), "USD".into(), dec("7.1"))
            .unwrap_or_else(|e| panic!("{e:?}"));
        p.revenue_cny = 49_999_999;
        let a = advise(&p, &Rules::default());
        assert!(a.hints.contains(&Hint::RevenueShort {
            short_by: dec("0.008"),
            threshold: dec("50000000")
        }));
        let p = test_profile(3, 4000);
        assert!(
            advise(&p, &Rules::default())
                .hints
                .contains(&Hint::RevenueShort {
                    short_by: dec("10000000"),
                    threshold: dec("50000000")
                })
        );
    }

    #[test]
    fn warnings_only_where_the_kind_decided() {
        let mut p = test_profile(12, 9000);
        p.kind = Kind::Group;
        let a = advise(&p, &Rules::default());
        assert_eq!(
            a.warnings,
            [Warning::GroupNotLarge {
                scale: Scale::Medium
            }]
        );
        let mut p = test_profile(3, 100);
        p.kind = Kind::Group;
        assert!(advise(&p, &Rules::default()).warnings.is_empty());
        let mut p = test_profile(12, 9000);
        p.kind = Kind::Multinational;
        p.scale = Some(Scale::Small);
        let a = advise(&p, &Rules::default());
        assert_eq!(a.rule, FormRule::Multinational);
        assert_eq!(
            a.warnings,
            [Warning::SmallMultinational {
                scale: Scale::Small
            }]
        );
    }

    #[test]
    fn unused_network_and_team_warn() {
        let mut p = test_profile(12, 9000);
        p.network.levels = vec![crate::profile::Level::Provincial];
        p.team_functions = Some(vec!["finance".into()]);
        let a = advise(&p, &Rules::default());
        assert!(a.warnings.contains(&Warning::NetworkUnused {
            form: Form::Department
        }));
        assert!(a.warnings.contains(&Warning::TeamUnused {
            form: Form::Department
        }));
    }
}
