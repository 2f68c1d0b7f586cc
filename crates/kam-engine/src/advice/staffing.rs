//! The staffing of each form, every number with its basis and its source: the chapter's
//! figure, derived from one, or the tool's assumption (docs/rules.md, "Staffing").

use crate::advice::form::{Form, FormRule};
use crate::advice::structure::{Unit, UnitKind};
use crate::profile::Level;
use crate::rules::{RuleKey, Rules, Source};

slug_enum! {
    /// The people the staffing counts (`staffing.roles[].id`).
    pub enum RoleId {
        CommitteeMember = "committee-member",
        KamManager = "kam-manager",
        KamSpecialist = "kam-specialist",
        ServiceCenterStaff = "service-center-staff",
        EvaluationCenterStaff = "evaluation-center-staff",
        FocusExecutive = "focus-executive",
        TeamMember = "team-member",
        NamedManager = "named-manager",
    }
}

/// The firm's functions that, by default, send members to a team: those that deal with
/// the customer's finance, purchasing, production and after-sales departments, the
/// departments (四)2 says the KAM manager works with.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum TeamFunction {
    Finance,
    Purchasing,
    Production,
    AfterSales,
    /// A function named in `[team] functions`.
    Named(String),
}

impl TeamFunction {
    pub const DEFAULT: [TeamFunction; 4] = [
        TeamFunction::Finance,
        TeamFunction::Purchasing,
        TeamFunction::Production,
        TeamFunction::AfterSales,
    ];
}

/// How the service centres of a service-centre form are counted (docs/rules.md,
/// "Staffing").
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ServiceTier {
    /// One centre: no network, a national service tier, or a tier counted as 1.
    Single,
    /// A tier of `centers` (more than one) service centres at `level`.
    Counted { level: Level, centers: u64 },
    /// A tier below national whose number of centres the profile does not give.
    Uncounted { level: Level },
}

impl ServiceTier {
    /// The tier of a service-centre structure: the level of its (non-optional) service
    /// centre and how many there are.
    pub fn of(units: &[Unit]) -> ServiceTier {
        let center = units
            .iter()
            .find(|u| u.kind == UnitKind::ServiceCenter && !u.optional);
        match center.map(|u| (u.level, u.count)) {
            Some((Some(level), Some(centers))) if centers > 1 => {
                ServiceTier::Counted { level, centers }
            }
            Some((Some(level), None)) if level != Level::National => {
                ServiceTier::Uncounted { level }
            }
            _ => ServiceTier::Single,
        }
    }
}

/// How a staffing number was reached, with the figures that went into it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Basis {
    /// ceil(accounts / per) KAM managers.
    PerManager { accounts: u64, per: u64 },
    /// A team's KAM manager(s): ceil(accounts / per), led by one who can run a team.
    TeamLead { accounts: u64, per: u64 },
    /// A counted tier: at least `per_center` at each of `centers` centres, or
    /// ceil(accounts / per) in all when that is more.
    CentersFloor {
        centers: u64,
        per_center: u64,
        accounts: u64,
        per: u64,
    },
    /// An uncounted tier: at least one at each centre of `level`; ceil(accounts / per)
    /// is the total the average load suggests.
    NetworkGuide {
        level: Level,
        per_center: u64,
        accounts: u64,
        per: u64,
    },
    /// The department's "3-4 people", filled up beside `managers` managers.
    DepartmentBase { base: u64, managers: u64 },
    /// A single service centre (or a committee's management centre) floored at `base`
    /// people, filled up beside `managers` managers.
    CenterBase {
        base: u64,
        managers: u64,
        committee: bool,
    },
    /// A floor of people in each of the committee's other centres.
    CenterFloor { per_center: u64 },
    /// The firm's top managers who sit on the committee part-time.
    CommitteeMembers,
    /// Focus executives for each key account (the Xerox practice).
    FocusPerAccount { accounts: u64, per: u64 },
    /// `per` member(s) from each of the firm's functions.
    PerFunction { per: u64 },
    /// People named to answer for the key accounts part-time.
    NamedPartTime,
}

/// A line of the staffing: who, how many, on what basis, from which source.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Role {
    pub id: RoleId,
    /// How many; `None` for a role with no number (the committee's members).
    pub count: Option<u64>,
    pub basis: Basis,
    /// Whether the role counts in the unit's headcount.
    pub in_headcount: bool,
    pub source: Source,
    /// For a team member: the function that sends them.
    pub function: Option<TeamFunction>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Staffing {
    pub kam_managers: u64,
    /// The people the unit counts; `None` for a network whose service tier is not
    /// counted (its centres are staffed as the business needs).
    pub headcount: Option<u64>,
    pub focus_executives: u64,
    pub roles: Vec<Role>,
}

/// KAM managers for a number of key accounts: ceil(accounts / per manager).
pub fn kam_managers(key_accounts: u64, rules: &Rules) -> u64 {
    key_accounts.div_ceil(rules.accounts_per_manager.max(1))
}

/// The department's headcount: its base of "3-4 people", growing with the managers (二)3.
pub(crate) fn department_headcount(managers: u64, rules: &Rules) -> u64 {
    managers.max(rules.department_base_headcount)
}

/// A single service centre's headcount (and a committee's management centre's): never
/// below a department's, growing with the managers (the tool's assumption).
pub(crate) fn center_headcount(managers: u64, rules: &Rules) -> u64 {
    managers
        .max(rules.service_center_base_headcount)
        .max(rules.department_base_headcount)
}

/// The least headcount the form's formula gives whatever the key accounts: the floor
/// that managers must pass before the headcount grows (for "what changes when").
pub(crate) fn headcount_floor(form: Form, tier: ServiceTier, rules: &Rules) -> u64 {
    match form {
        Form::None | Form::Team => 0,
        Form::Department => rules.department_base_headcount,
        Form::ServiceCenter => match tier {
            ServiceTier::Single => center_headcount(0, rules),
            ServiceTier::Counted { centers, .. } => {
                centers.saturating_mul(rules.service_center_min_staff)
            }
            ServiceTier::Uncounted { .. } => 0,
        },
        Form::Committee => center_headcount(0, rules),
    }
}

/// The staffing the rule's form calls for. `tier` matters only to a service centre.
pub fn staffing_for(
    rule: FormRule,
    key_accounts: u64,
    team_functions: Option<&[String]>,
    tier: ServiceTier,
    rules: &Rules,
) -> Staffing {
    use RuleKey as K;
    let form = rule.form();
    let managers = if form == Form::None {
        0
    } else {
        kam_managers(key_accounts, rules)
    };
    let per = rules.accounts_per_manager;
    let role = |id, count: u64, basis, in_headcount, source| Role {
        id,
        count: Some(count),
        basis,
        in_headcount,
        source,
        function: None,
    };
    let manager_source = rules.source_of(Source::Derived, &[K::AccountsPerManager]);
    let manager = |count, basis| role(RoleId::KamManager, count, basis, true, manager_source);
    let per_manager = Basis::PerManager {
        accounts: key_accounts,
        per,
    };
    // The places of a centre beyond its managers, as KAM specialists.
    let specialists = |base_keys: &[RuleKey], committee: bool| {
        let extra = center_headcount(managers, rules) - managers;
        let mut keys = vec![K::AccountsPerManager, K::DepartmentBaseHeadcount];
        keys.extend_from_slice(base_keys);
        (extra > 0).then(|| {
            role(
                RoleId::KamSpecialist,
                extra,
                Basis::CenterBase {
                    base: center_headcount(0, rules),
                    managers,
                    committee,
                },
                true,
                rules.source_of(Source::Assumption, &keys),
            )
        })
    };
    let mut roles = Vec::new();
    let mut headcount = None;
    match form {
        Form::None => {
            if rule == FormRule::NoConditionMet {
                roles.push(role(
                    RoleId::NamedManager,
                    rules.named_managers,
                    Basis::NamedPartTime,
                    false,
                    rules.source_of(Source::Assumption, &[K::NamedManagers]),
                ));
            }
        }
        Form::Committee => {
            roles.push(Role {
                id: RoleId::CommitteeMember,
                count: None,
                basis: Basis::CommitteeMembers,
                in_headcount: false,
                source: Source::Assumption,
                function: None,
            });
            roles.push(manager(managers, per_manager));
            roles.extend(specialists(&[K::ServiceCenterBaseHeadcount], true));
            let floor = rules.committee_center_min_staff;
            if floor > 0 {
                for id in [RoleId::ServiceCenterStaff, RoleId::EvaluationCenterStaff] {
                    let basis = Basis::CenterFloor { per_center: floor };
                    let source = rules.source_of(Source::Assumption, &[K::CommitteeCenterMinStaff]);
                    roles.push(role(id, floor, basis, true, source));
                }
            }
            let per = rules.focus_executives_per_account;
            if per > 0 {
                roles.push(role(
                    RoleId::FocusExecutive,
                    key_accounts.saturating_mul(per),
                    Basis::FocusPerAccount {
                        accounts: key_accounts,
                        per,
                    },
                    false,
                    rules.source_of(Source::Derived, &[K::FocusExecutivesPerAccount]),
                ));
            }
        }
        Form::ServiceCenter => match tier {
            ServiceTier::Single => {
                roles.push(manager(managers, per_manager));
                roles.extend(specialists(&[K::ServiceCenterBaseHeadcount], false));
            }
            ServiceTier::Counted { centers, .. } => {
                let per_center = rules.service_center_min_staff;
                let floor = centers.saturating_mul(per_center);
                // The role's source is that of the larger term (the floor on a tie).
                let source = if floor >= managers {
                    rules.source_of(Source::Assumption, &[K::ServiceCenterMinStaff])
                } else {
                    manager_source
                };
                let basis = Basis::CentersFloor {
                    centers,
                    per_center,
                    accounts: key_accounts,
                    per,
                };
                roles.push(role(
                    RoleId::KamManager,
                    floor.max(managers),
                    basis,
                    true,
                    source,
                ));
            }
            ServiceTier::Uncounted { level } => {
                let basis = Basis::NetworkGuide {
                    level,
                    per_center: rules.service_center_min_staff,
                    accounts: key_accounts,
                    per,
                };
                roles.push(manager(managers, basis));
            }
        },
        Form::Department => {
            roles.push(manager(managers, per_manager));
            let extra = department_headcount(managers, rules) - managers;
            if extra > 0 {
                roles.push(role(
                    RoleId::KamSpecialist,
                    extra,
                    Basis::DepartmentBase {
                        base: rules.department_base_headcount,
                        managers,
                    },
                    true,
                    // The 3 is the chapter's; splitting it into managers and
                    // "KAM specialists" is the tool's, as in a centre.
                    rules.source_of(
                        Source::Assumption,
                        &[K::DepartmentBaseHeadcount, K::AccountsPerManager],
                    ),
                ));
            }
        }
        Form::Team => {
            roles.push(manager(
                managers,
                Basis::TeamLead {
                    accounts: key_accounts,
                    per,
                },
            ));
            let functions: Vec<TeamFunction> = match team_functions {
                Some(names) => names
                    .iter()
                    .map(|n| TeamFunction::Named(n.clone()))
                    .collect(),
                None => TeamFunction::DEFAULT.to_vec(),
            };
            let per = rules.team_members_per_function;
            if per > 0 {
                let source = rules.source_of(Source::Assumption, &[K::TeamMembersPerFunction]);
                for function in functions {
                    roles.push(Role {
                        function: Some(function),
                        ..role(
                            RoleId::TeamMember,
                            per,
                            Basis::PerFunction { per },
                            false,
                            source,
                        )
                    });
                }
            }
        }
    }
    if !matches!(
        (form, tier),
        (Form::ServiceCenter, ServiceTier::Uncounted { .. })
    ) {
        headcount = Some(
            roles
                .iter()
                .filter(|r| r.in_headcount)
                .filter_map(|r| r.count)
                .fold(0u64, u64::saturating_add),
        );
    }
    let focus_executives = roles
        .iter()
        .filter(|r| r.id == RoleId::FocusExecutive)
        .filter_map(|r| r.count)
        .sum();
    let kam_managers = roles
        .iter()
        .find(|r| r.id == RoleId::KamManager)
        .and_then(|r| r.count)
        .unwrap_or(0);
    Staffing {
        kam_managers,
        headcount,
        focus_executives,
        roles,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn staff(rule: FormRule, accounts: u64) -> Staffing {
        staffing_for(rule, accounts, None, ServiceTier::Single, &Rules::default())
    }

    fn tier(tier: ServiceTier, accounts: u64, rules: &Rules) -> Staffing {
        staffing_for(FormRule::PublicSector, accounts, None, tier, rules)
    }

    fn role(s: &Staffing, id: RoleId) -> Option<&Role> {
        s.roles.iter().find(|r| r.id == id)
    }

    #[test]
    fn department_at_27_28_36_37_accounts() {
        for (accounts, managers, headcount) in
            [(12, 2, 3), (27, 3, 3), (28, 4, 4), (36, 4, 4), (37, 5, 5)]
        {
            let s = staff(FormRule::MediumScale, accounts);
            assert_eq!(
                (s.kam_managers, s.headcount),
                (managers, Some(headcount)),
                "{accounts}"
            );
        }
        // The places beyond the managers carry one source in every form: the split
        // and the name are the tool's.
        let s = staff(FormRule::MediumScale, 12);
        let specialist = role(&s, RoleId::KamSpecialist);
        assert_eq!(
            specialist.map(|r| (r.count, r.source)),
            Some((Some(1), Source::Assumption))
        );
    }

    #[test]
    fn a_single_service_centre_is_never_smaller_than_a_department() {
        // 18 key accounts: a department of 3; a large firm's centre of 3, not 2.
        let center = staff(FormRule::LargeEnterprise, 18);
        let department = staff(FormRule::MediumScale, 18);
        assert_eq!(center.kam_managers, 2);
        assert_eq!(center.headcount, Some(3));
        assert_eq!(department.headcount, Some(3));
        let specialist = role(&center, RoleId::KamSpecialist);
        assert_eq!(
            specialist.map(|r| (r.count, r.source)),
            Some((Some(1), Source::Assumption))
        );
        assert_eq!(staff(FormRule::LargeEnterprise, 40).headcount, Some(5));
    }

    #[test]
    fn fourteen_counted_centres_get_one_manager_each_at_least() {
        let counted = ServiceTier::Counted {
            level: Level::Prefecture,
            centers: 14,
        };
        let s = tier(counted, 45, &Rules::default());
        assert_eq!((s.kam_managers, s.headcount), (14, Some(14)));
        let manager = role(&s, RoleId::KamManager);
        assert_eq!(manager.map(|r| r.source), Some(Source::Assumption));
        // More accounts than the centres' floor: the 9 decides, and so does its source.
        let s = tier(counted, 200, &Rules::default());
        assert_eq!((s.kam_managers, s.headcount), (23, Some(23)));
        assert_eq!(
            role(&s, RoleId::KamManager).map(|r| r.source),
            Some(Source::Derived)
        );
        // A tie is the floor's.
        let s = tier(counted, 126, &Rules::default());
        assert_eq!(s.headcount, Some(14));
        assert_eq!(
            role(&s, RoleId::KamManager).map(|r| r.source),
            Some(Source::Assumption)
        );
    }

    #[test]
    fn an_uncounted_tier_has_no_headcount_but_a_guide() {
        let s = tier(
            ServiceTier::Uncounted {
                level: Level::Prefecture,
            },
            45,
            &Rules::default(),
        );
        assert_eq!((s.kam_managers, s.headcount), (5, None));
        assert!(matches!(s.roles[0].basis, Basis::NetworkGuide { .. }));
    }

    #[test]
    fn committee_is_never_smaller_than_a_service_centre() {
        let s = staff(FormRule::LargeGroup, 2);
        assert_eq!(s.kam_managers, 1);
        // A management centre of 3 (1 manager, 2 specialists) and two centres of 1.
        assert_eq!(s.headcount, Some(5));
        let member = role(&s, RoleId::CommitteeMember);
        assert_eq!(
            member.map(|r| (r.count, r.in_headcount, r.source)),
            Some((None, false, Source::Assumption))
        );
        let s = staff(FormRule::LargeGroup, 25);
        assert_eq!(
            (s.kam_managers, s.headcount, s.focus_executives),
            (3, Some(5), 25)
        );
        let focus = role(&s, RoleId::FocusExecutive);
        assert_eq!(
            focus.map(|r| (r.in_headcount, r.source)),
            Some((false, Source::Derived))
        );
        assert_eq!(staff(FormRule::LargeGroup, 40).headcount, Some(7));
    }

    #[test]
    fn team_members_come_from_functions_and_are_not_counted() {
        let s = staff(FormRule::SmallScale, 4);
        assert_eq!((s.kam_managers, s.headcount), (1, Some(1)));
        let members: Vec<&Role> = s
            .roles
            .iter()
            .filter(|r| r.id == RoleId::TeamMember)
            .collect();
        assert_eq!(members.len(), 4);
        assert!(
            members
                .iter()
                .all(|r| !r.in_headcount && r.source == Source::Assumption)
        );
        let named = staffing_for(
            FormRule::SmallScale,
            4,
            Some(&["sales engineering".to_string()]),
            ServiceTier::Single,
            &Rules::default(),
        );
        assert_eq!(
            named.roles[1].function,
            Some(TeamFunction::Named("sales engineering".into()))
        );
    }

    #[test]
    fn no_unit_means_no_staff_but_a_named_manager_under_rule_2() {
        let s = staff(FormRule::NoConditionMet, 3);
        assert_eq!((s.kam_managers, s.headcount), (0, Some(0)));
        assert_eq!(s.roles.len(), 1);
        assert_eq!(s.roles[0].id, RoleId::NamedManager);
        assert!(staff(FormRule::NoKeyAccounts, 0).roles.is_empty());
    }

    #[test]
    fn a_changed_rules_value_marks_the_figures_that_use_it() {
        let rules = Rules {
            accounts_per_manager: 6,
            ..Rules::default()
        };
        let s = staffing_for(FormRule::MediumScale, 12, None, ServiceTier::Single, &rules);
        assert_eq!(s.roles[0].source, Source::RulesFile);
        assert_eq!(s.roles[1].source, Source::RulesFile);
        // A rules file that restates a default changes nothing.
        let same = Rules {
            accounts_per_manager: 9,
            ..Rules::default()
        };
        let s = staffing_for(FormRule::MediumScale, 12, None, ServiceTier::Single, &same);
        assert_eq!(s.roles[0].source, Source::Derived);
        // A figure whose formula does not use the changed key keeps its source.
        let rules = Rules {
            committee_center_min_staff: 2,
            ..Rules::default()
        };
        let s = staffing_for(FormRule::LargeGroup, 12, None, ServiceTier::Single, &rules);
        assert_eq!(
            role(&s, RoleId::KamManager).map(|r| r.source),
            Some(Source::Derived)
        );
        assert_eq!(
            role(&s, RoleId::ServiceCenterStaff).map(|r| r.source),
            Some(Source::RulesFile)
        );
        assert_eq!(s.headcount, Some(7));
    }

    #[test]
    fn extreme_counts_do_not_overflow() {
        let s = staff(FormRule::LargeGroup, u64::MAX);
        assert_eq!(s.focus_executives, u64::MAX);
        assert!(s.headcount >= Some(s.kam_managers));
        let s = tier(
            ServiceTier::Counted {
                level: Level::County,
                centers: u64::MAX,
            },
            u64::MAX,
            &Rules::default(),
        );
        assert_eq!(s.headcount, Some(u64::MAX));
    }
}
