//! The reasoning step by step, with the figures compared: what `--why` shows.

use crate::advice::conditions::Condition;
use crate::advice::form::{Facts, Form, FormRule};
use crate::advice::staffing::{ServiceTier, Staffing, center_headcount, kam_managers};
use crate::profile::{Kind, Profile, ScaleSource};
use crate::rules::Rules;
use crate::scale::{Figures, Scale, SizeCheck};

/// One step of the reasoning.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Trace {
    /// The scale was inferred from the NBS 2017 row `row`: sizes tried, largest first.
    ScaleInferred {
        row: &'static str,
        checks: Vec<SizeCheck>,
        scale: Scale,
    },
    /// A public-sector body or a multinational without size data: its form does not
    /// depend on size.
    ScaleNotNeeded { kind: Kind },
    /// A condition of (一): the profile's value against the threshold.
    Condition(Condition),
    /// A form rule, in order, applied or not.
    FormRule {
        rule: FormRule,
        applies: bool,
        facts: Facts,
        team_max: u64,
    },
    /// KAM managers = ceil(accounts / per).
    KamManagers {
        accounts: u64,
        per: u64,
        managers: u64,
    },
    /// Department headcount = the larger of base and managers.
    DepartmentHeadcount {
        base: u64,
        managers: u64,
        headcount: u64,
    },
    /// A single service centre's headcount = the larger of its floor and the managers.
    CenterHeadcount {
        base: u64,
        managers: u64,
        headcount: u64,
    },
    /// A counted tier's KAM managers = the larger of centres × the floor and the managers
    /// the average load gives.
    CentersFloor {
        centers: u64,
        per_center: u64,
        managers: u64,
        headcount: u64,
    },
    /// Committee headcount = the management centre (floored like a single service
    /// centre) + 2 × the other centres' floor.
    CommitteeHeadcount {
        center: u64,
        per_center: u64,
        headcount: u64,
    },
    /// Focus executives = key accounts × per account.
    FocusExecutives { accounts: u64, per: u64, count: u64 },
}

/// The reasoning behind an advice.
pub(crate) fn trace_for(
    profile: &Profile,
    rules: &Rules,
    conditions: &[Condition],
    facts: &Facts,
    fired: FormRule,
    staffing: &Staffing,
    tier: ServiceTier,
) -> Vec<Trace> {
    let mut trace = Vec::new();
    match (profile.scale_source, profile.industry, profile.scale) {
        (ScaleSource::Inferred, Some(row), Some(scale)) => {
            let figures = Figures {
                employees: profile.employees,
                revenue_cny: Some(profile.revenue_cny),
                assets_cny: profile.total_assets_cny,
            };
            trace.push(Trace::ScaleInferred {
                row: row.slug,
                checks: row.checks(&figures),
                scale,
            });
        }
        (ScaleSource::None, _, _) => trace.push(Trace::ScaleNotNeeded { kind: profile.kind }),
        _ => {}
    }
    trace.extend(conditions.iter().copied().map(Trace::Condition));
    for rule in FormRule::ALL.iter().copied() {
        trace.push(Trace::FormRule {
            rule,
            applies: rule == fired,
            facts: *facts,
            team_max: rules.team_max_key_accounts,
        });
        if rule == fired {
            break;
        }
    }
    let form = fired.form();
    let managers = kam_managers(profile.key_accounts, rules);
    if form != Form::None {
        trace.push(Trace::KamManagers {
            accounts: profile.key_accounts,
            per: rules.accounts_per_manager,
            managers,
        });
    }
    let headcount = staffing.headcount.unwrap_or(0);
    match (form, tier) {
        (Form::Department, _) => trace.push(Trace::DepartmentHeadcount {
            base: rules.department_base_headcount,
            managers,
            headcount,
        }),
        (Form::ServiceCenter, ServiceTier::Single) => trace.push(Trace::CenterHeadcount {
            base: center_headcount(0, rules),
            managers,
            headcount,
        }),
        (Form::ServiceCenter, ServiceTier::Counted { centers, .. }) => {
            trace.push(Trace::CentersFloor {
                centers,
                per_center: rules.service_center_min_staff,
                managers,
                headcount,
            })
        }
        (Form::Committee, _) => {
            trace.push(Trace::CommitteeHeadcount {
                center: center_headcount(managers, rules),
                per_center: rules.committee_center_min_staff,
                headcount,
            });
            trace.push(Trace::FocusExecutives {
                accounts: profile.key_accounts,
                per: rules.focus_executives_per_account,
                count: staffing.focus_executives,
            });
        }
        _ => {}
    }
    trace
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::advice::{advise, test_profile};

    #[test]
    fn walks_the_rules_up_to_the_one_that_fired() {
        let a = advise(&test_profile(12, 9000), &Rules::default());
        let rules: Vec<(FormRule, bool)> = a
            .trace
            .iter()
            .filter_map(|t| match t {
                Trace::FormRule { rule, applies, .. } => Some((*rule, *applies)),
                _ => None,
            })
            .collect();
        assert_eq!(rules.len(), 7);
        assert_eq!(rules.last(), Some(&(FormRule::MediumScale, true)));
        assert!(rules[..6].iter().all(|(_, applies)| !applies));
    }
}
