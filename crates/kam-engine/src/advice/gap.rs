//! Today's setup against the recommendation: the direction, the reasons the chapter's
//! opening gives for having no unit, and the steps between (docs/rules.md, "The gap").

use crate::advice::form::{Form, FormRule};
use crate::advice::staffing::{ServiceTier, Staffing, center_headcount};
use crate::advice::structure::{Unit, UnitKind};
use crate::profile::{Level, Setup, Strategy};
use crate::rules::Rules;

slug_enum! {
    /// How far today's setup is from the recommendation.
    pub enum GapDirection {
        /// No unit is indicated yet.
        Wait = "wait",
        /// From no unit (nobody, salespeople or the sales department) to a unit.
        Build = "build",
        /// From a smaller unit to a larger one.
        Grow = "grow",
        /// Today's setup is the recommended form.
        Same = "same",
        /// Today's unit is more than the chapter's reading indicates.
        Reduce = "reduce",
    }
}

/// How much organisation a setup stands for (comparable with [`Form::rank`]).
pub(crate) fn setup_rank(setup: Setup) -> u8 {
    match setup {
        Setup::None => 0,
        Setup::Sales | Setup::SalesDepartment => 1,
        Setup::Team => 2,
        Setup::Department => 3,
        Setup::ServiceCenter => 4,
        Setup::Committee => 5,
    }
}

/// A reason the chapter's opening gives for firms having no unit (a list it leaves
/// open), taken up for this firm.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum OpeningReason {
    /// Too few key accounts: answered from the profile's figures.
    FewAccounts { key_accounts: u64, threshold: u64 },
    /// The cost seen as too large: a question, with what the cost depends on (no
    /// headcount for a network whose service tier is not counted).
    Cost {
        headcount: Option<u64>,
        focus_executives: u64,
        /// The headcount leaves out part of the unit: a network's management bodies
        /// and county centres, staffed as the business needs and not estimated.
        partial: bool,
    },
    /// No need seen: a question; (一)3 and (一)4 are the firm's own judgement.
    Need,
}

/// A step from today's setup to the recommended one.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Step {
    RateAccounts {
        threshold: u64,
    },
    NameManagers {
        count: u64,
    },
    /// Out of salespeople's hands: to the new unit, or (no unit) to the named manager.
    TakeAccountsFromSalespeople {
        to_unit: bool,
    },
    TakeAccountsFromSalesDepartment,
    FormCommittee,
    AppointManagers {
        count: u64,
        per: u64,
    },
    /// A team's KAM manager(s) for its few key accounts.
    LeadTeam {
        count: u64,
        accounts: u64,
    },
    /// The service centres of a network: at least `per_center` at each centre of
    /// `level`; `count` in all when the tier is counted, else `guide` is the total the
    /// average load suggests.
    StaffNetworkCenters {
        level: Level,
        per_center: u64,
        count: Option<u64>,
        guide: u64,
        per: u64,
    },
    /// A single service centre, or a committee's management centre, filled to its floor.
    FillCenter {
        headcount: u64,
        specialists: u64,
        committee: bool,
    },
    StaffCenters {
        per_center: u64,
    },
    AssignFocusExecutives {
        count: u64,
    },
    SetUpServiceCenter,
    /// The tiers of the network as given: management bodies at `bodies`, the service
    /// centre at `center`, an optional one at county.
    SetUpTiers {
        bodies: Vec<Level>,
        center: Level,
        optional_county: bool,
    },
    FillDepartment {
        headcount: u64,
        specialists: u64,
    },
    AdaptReportingLine,
    NameTeamMembers {
        per: u64,
    },
    WriteDuties,
    TrainStaff,
    ReviewStaffing {
        managers: u64,
        headcount: Option<u64>,
    },
    KeepOrFold {
        current: Setup,
        form: Form,
    },
}

/// Today's setup against the recommendation, and the steps between them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Gap {
    pub current: Setup,
    pub direction: GapDirection,
    pub reasons: Vec<OpeningReason>,
    pub steps: Vec<Step>,
}

/// What the gap needs to know about the advice.
pub(crate) struct Recommended<'a> {
    pub rule: FormRule,
    pub worth_considering: bool,
    pub key_accounts: u64,
    /// The firm's answers to (一)3 and (一)4.
    pub strategy: Strategy,
    pub units: &'a [Unit],
    pub staffing: &'a Staffing,
}

/// The gap from `current` to the recommendation.
pub(crate) fn gap_for(current: Setup, rec: &Recommended<'_>, rules: &Rules) -> Gap {
    let form = rec.rule.form();
    let (from, to) = (setup_rank(current), form.rank());
    let direction = if form == Form::None && from > setup_rank(Setup::SalesDepartment) {
        // A unit exists although no condition indicates one (rule 2), or before any
        // key account is rated (rule 1): more organisation than the reading suggests.
        GapDirection::Reduce
    } else if form == Form::None {
        GapDirection::Wait
    } else if from == to {
        GapDirection::Same
    } else if from > to {
        GapDirection::Reduce
    } else if from <= setup_rank(Setup::SalesDepartment) {
        GapDirection::Build
    } else {
        GapDirection::Grow
    };
    let without_unit = setup_rank(current) <= setup_rank(Setup::SalesDepartment);
    let reasons = if without_unit && rec.worth_considering {
        let mut reasons = vec![
            OpeningReason::FewAccounts {
                key_accounts: rec.key_accounts,
                threshold: rules.key_accounts_threshold,
            },
            OpeningReason::Cost {
                headcount: rec.staffing.headcount,
                focus_executives: rec.staffing.focus_executives,
                partial: form == Form::ServiceCenter && rec.units.len() > 1,
            },
        ];
        // A firm that answered (一)3 or (一)4 yes has said it sees a need.
        if !rec.strategy.strategic_plan && !rec.strategy.account_development {
            reasons.push(OpeningReason::Need);
        }
        reasons
    } else {
        Vec::new()
    };
    Gap {
        current,
        direction,
        reasons,
        steps: steps(current, direction, rec, rules),
    }
}

fn steps(
    current: Setup,
    direction: GapDirection,
    rec: &Recommended<'_>,
    rules: &Rules,
) -> Vec<Step> {
    let staffing = rec.staffing;
    let mut steps = Vec::new();
    match direction {
        GapDirection::Wait => match rec.rule {
            FormRule::NoKeyAccounts => steps.push(Step::RateAccounts {
                threshold: rules.key_accounts_threshold,
            }),
            _ => {
                if rules.named_managers > 0 {
                    steps.push(Step::NameManagers {
                        count: rules.named_managers,
                    });
                }
                if current == Setup::Sales {
                    steps.push(Step::TakeAccountsFromSalespeople { to_unit: false });
                }
            }
        },
        GapDirection::Same => steps.push(Step::ReviewStaffing {
            managers: staffing.kam_managers,
            headcount: staffing.headcount,
        }),
        GapDirection::Reduce => steps.push(Step::KeepOrFold {
            current,
            form: rec.rule.form(),
        }),
        GapDirection::Build | GapDirection::Grow => {
            match current {
                Setup::Sales => steps.push(Step::TakeAccountsFromSalespeople { to_unit: true }),
                Setup::SalesDepartment => steps.push(Step::TakeAccountsFromSalesDepartment),
                _ => {}
            }
            let appoint = Step::AppointManagers {
                count: staffing.kam_managers,
                per: rules.accounts_per_manager,
            };
            {
                let managers = staffing.kam_managers;
                let fill_center = |committee| {
                    let headcount = center_headcount(managers, rules);
                    Step::FillCenter {
                        headcount,
                        specialists: headcount - managers,
                        committee,
                    }
                };
                match rec.rule.form() {
                    Form::Committee => {
                        steps.push(Step::FormCommittee);
                        steps.push(appoint);
                        steps.push(fill_center(true));
                        if rules.committee_center_min_staff > 0 {
                            steps.push(Step::StaffCenters {
                                per_center: rules.committee_center_min_staff,
                            });
                        }
                        if staffing.focus_executives > 0 {
                            steps.push(Step::AssignFocusExecutives {
                                count: staffing.focus_executives,
                            });
                        }
                    }
                    Form::ServiceCenter => {
                        steps.push(tiers_step(rec.units));
                        match ServiceTier::of(rec.units) {
                            ServiceTier::Single => {
                                steps.push(appoint);
                                steps.push(fill_center(false));
                            }
                            ServiceTier::Counted { level, .. } => {
                                steps.push(Step::StaffNetworkCenters {
                                    level,
                                    per_center: rules.service_center_min_staff,
                                    count: Some(managers),
                                    guide: rec
                                        .key_accounts
                                        .div_ceil(rules.accounts_per_manager.max(1)),
                                    per: rules.accounts_per_manager,
                                })
                            }
                            ServiceTier::Uncounted { level } => {
                                steps.push(Step::StaffNetworkCenters {
                                    level,
                                    per_center: rules.service_center_min_staff,
                                    count: None,
                                    guide: managers,
                                    per: rules.accounts_per_manager,
                                })
                            }
                        }
                    }
                    Form::Department => {
                        steps.push(appoint);
                        let headcount = staffing.headcount.unwrap_or(managers);
                        steps.push(Step::FillDepartment {
                            headcount,
                            specialists: headcount - managers.min(headcount),
                        });
                        steps.push(Step::AdaptReportingLine);
                    }
                    Form::Team => {
                        steps.push(Step::LeadTeam {
                            count: managers,
                            accounts: rec.key_accounts,
                        });
                        if rules.team_members_per_function > 0 {
                            steps.push(Step::NameTeamMembers {
                                per: rules.team_members_per_function,
                            });
                        }
                    }
                    Form::None => {}
                }
            }
            steps.push(Step::WriteDuties);
            steps.push(Step::TrainStaff);
        }
    }
    steps
}

/// Setting up a service centre: one centre, or the tiers of the levels given.
fn tiers_step(units: &[Unit]) -> Step {
    let bodies: Vec<Level> = units
        .iter()
        .filter(|u| u.kind == UnitKind::ManagementBody)
        .filter_map(|u| u.level)
        .collect();
    let center = units
        .iter()
        .find(|u| u.kind == UnitKind::ServiceCenter && !u.optional)
        .and_then(|u| u.level);
    match center {
        Some(center) => Step::SetUpTiers {
            bodies,
            center,
            optional_county: units.iter().any(|u| u.optional),
        },
        None => Step::SetUpServiceCenter,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::advice::{advise, test_profile};
    use crate::profile::Network;

    #[test]
    fn from_salespeople_to_a_department() {
        let mut p = test_profile(12, 9000);
        p.current_setup = Some(Setup::Sales);
        let gap = advise(&p, &Rules::default()).gap;
        let gap = gap.as_ref();
        assert_eq!(gap.map(|g| g.direction), Some(GapDirection::Build));
        assert_eq!(
            gap.map(|g| g.steps[0].clone()),
            Some(Step::TakeAccountsFromSalespeople { to_unit: true })
        );
        assert_eq!(gap.map(|g| g.reasons.len()), Some(3));
        assert!(gap.is_some_and(|g| g.steps.contains(&Step::AdaptReportingLine)));
    }

    #[test]
    fn the_sales_department_is_a_setup_without_a_unit() {
        let mut p = test_profile(12, 9000);
        p.current_setup = Some(Setup::SalesDepartment);
        let gap = advise(&p, &Rules::default()).gap;
        assert_eq!(gap.as_ref().map(|g| g.direction), Some(GapDirection::Build));
        assert_eq!(
            gap.map(|g| g.steps[0].clone()),
            Some(Step::TakeAccountsFromSalesDepartment)
        );
    }

    #[test]
    fn directions() {
        let cases = [
            (Setup::Team, GapDirection::Grow),
            (Setup::Department, GapDirection::Same),
            (Setup::Committee, GapDirection::Reduce),
        ];
        for (current, direction) in cases {
            let mut p = test_profile(12, 9000);
            p.current_setup = Some(current);
            let gap = advise(&p, &Rules::default()).gap;
            assert_eq!(gap.map(|g| g.direction), Some(direction), "{current}");
        }
        let mut p = test_profile(0, 9000);
        p.current_setup = Some(Setup::Sales);
        let gap = advise(&p, &Rules::default()).gap;
        assert_eq!(gap.as_ref().map(|g| g.direction), Some(GapDirection::Wait));
        assert_eq!(
            gap.map(|g| g.steps),
            Some(vec![Step::RateAccounts { threshold: 6 }])
        );
    }

    #[test]
    fn no_condition_met_names_a_manager_and_gives_no_reasons() {
        let mut p = test_profile(3, 100);
        p.current_setup = Some(Setup::None);
        let gap = advise(&p, &Rules::default()).gap;
        assert_eq!(gap.as_ref().map(|g| g.reasons.len()), Some(0));
        assert_eq!(
            gap.map(|g| g.steps),
            Some(vec![Step::NameManagers { count: 1 }])
        );
        // From salespeople, the accounts go to the named manager, not to a unit.
        p.current_setup = Some(Setup::Sales);
        let gap = advise(&p, &Rules::default()).gap;
        assert_eq!(
            gap.map(|g| g.steps),
            Some(vec![
                Step::NameManagers { count: 1 },
                Step::TakeAccountsFromSalespeople { to_unit: false }
            ])
        );
    }

    #[test]
    fn a_firm_that_answered_yes_is_not_asked_whether_it_sees_a_need() {
        let mut p = test_profile(12, 9000);
        p.current_setup = Some(Setup::Sales);
        let reasons = |p: &crate::profile::Profile| {
            advise(p, &Rules::default())
                .gap
                .map(|g| g.reasons)
                .unwrap_or_default()
        };
        assert!(reasons(&p).contains(&OpeningReason::Need));
        p.strategy.account_development = true;
        assert!(!reasons(&p).contains(&OpeningReason::Need));
        assert_eq!(reasons(&p).len(), 2);
    }

    #[test]
    fn a_unit_without_any_condition_is_more_than_indicated() {
        let mut p = test_profile(2, 100);
        p.scale = Some(crate::scale::Scale::Small);
        p.current_setup = Some(Setup::Department);
        let gap = advise(&p, &Rules::default()).gap;
        assert_eq!(
            gap.as_ref().map(|g| g.direction),
            Some(GapDirection::Reduce)
        );
        assert_eq!(
            gap.map(|g| g.steps),
            Some(vec![Step::KeepOrFold {
                current: Setup::Department,
                form: Form::None
            }])
        );
    }

    #[test]
    fn tiers_follow_the_levels_given() {
        let mut p = test_profile(40, 90000);
        p.kind = crate::profile::Kind::PublicSector;
        p.current_setup = Some(Setup::None);
        p.network = Network {
            levels: vec![Level::Provincial, Level::Prefecture, Level::County],
            counts: Vec::new(),
        };
        let gap = advise(&p, &Rules::default()).gap;
        assert!(gap.is_some_and(|g| g.steps.contains(&Step::SetUpTiers {
            bodies: vec![Level::Provincial],
            center: Level::Prefecture,
            optional_county: true,
        })));
    }
}
