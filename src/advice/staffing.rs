//! The staffing of each form, every number with its basis and its source: the chapter's
//! figure, derived from one, or the tool's assumption (docs/rules.md, "Staffing").

use crate::advice::form::{Form, FormRule};
use crate::rules::{Rules, Source};
use crate::slug::slug_enum;

slug_enum! {
    /// The people the staffing counts (`staffing.roles[].id`).
    pub enum RoleId {
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

/// How a staffing number was reached, with the figures that went into it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Basis {
    /// ceil(accounts / per) KAM managers.
    PerManager { accounts: u64, per: u64 },
    /// ceil(accounts / per) as a guide for a whole service network, staffed flexibly.
    NetworkGuide { accounts: u64, per: u64 },
    /// The department's "3-4 people", filled up beside `managers` managers.
    DepartmentBase { base: u64, managers: u64 },
    /// A floor of people in each of the committee's other centres.
    CenterFloor { per_center: u64 },
    /// Focus executives for each key account (the Xerox example).
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
    pub count: u64,
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
    pub headcount: u64,
    pub focus_executives: u64,
    pub roles: Vec<Role>,
}

/// KAM managers for a number of key accounts: ceil(accounts / per manager).
pub fn kam_managers(key_accounts: u64, rules: &Rules) -> u64 {
    key_accounts.div_ceil(rules.accounts_per_manager.max(1))
}

/// The department's headcount: its base of "3-4 people", growing with the managers (二)3.
pub fn department_headcount(managers: u64, rules: &Rules) -> u64 {
    managers.max(rules.department_base_headcount)
}

/// The staffing the rule's form calls for.
pub fn staffing_for(
    rule: FormRule,
    key_accounts: u64,
    team_functions: Option<&[String]>,
    rules: &Rules,
) -> Staffing {
    let form = rule.form();
    let managers = if form == Form::None {
        0
    } else {
        kam_managers(key_accounts, rules)
    };
    let per = rules.accounts_per_manager;
    let role = |id, count, basis, in_headcount, source| Role {
        id,
        count,
        basis,
        in_headcount,
        source,
        function: None,
    };
    let manager = |basis| role(RoleId::KamManager, managers, basis, true, Source::Derived);
    let per_manager = Basis::PerManager {
        accounts: key_accounts,
        per,
    };
    let mut roles = Vec::new();
    match form {
        Form::None => {
            if rule == FormRule::NoConditionMet && rules.named_managers > 0 {
                roles.push(role(
                    RoleId::NamedManager,
                    rules.named_managers,
                    Basis::NamedPartTime,
                    false,
                    Source::Assumption,
                ));
            }
        }
        Form::Committee => {
            roles.push(manager(per_manager));
            let floor = rules.committee_center_min_staff;
            for id in [RoleId::ServiceCenterStaff, RoleId::EvaluationCenterStaff] {
                let basis = Basis::CenterFloor { per_center: floor };
                roles.push(role(id, floor, basis, true, Source::Assumption));
            }
            let per = rules.focus_executives_per_account;
            roles.push(role(
                RoleId::FocusExecutive,
                key_accounts.saturating_mul(per),
                Basis::FocusPerAccount {
                    accounts: key_accounts,
                    per,
                },
                false,
                Source::Derived,
            ));
        }
        Form::ServiceCenter => roles.push(manager(Basis::NetworkGuide {
            accounts: key_accounts,
            per,
        })),
        Form::Department => {
            roles.push(manager(per_manager));
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
                    Source::Derived,
                ));
            }
        }
        Form::Team => {
            roles.push(manager(per_manager));
            let functions: Vec<TeamFunction> = match team_functions {
                Some(names) => names
                    .iter()
                    .map(|n| TeamFunction::Named(n.clone()))
                    .collect(),
                None => TeamFunction::DEFAULT.to_vec(),
            };
            let per = rules.team_members_per_function;
            if per > 0 {
                for function in functions {
                    roles.push(Role {
                        function: Some(function),
                        ..role(
                            RoleId::TeamMember,
                            per,
                            Basis::PerFunction { per },
                            false,
                            Source::Assumption,
                        )
                    });
                }
            }
        }
    }
    let headcount = roles
        .iter()
        .filter(|r| r.in_headcount)
        .fold(0u64, |sum, r| sum.saturating_add(r.count));
    let focus_executives = roles
        .iter()
        .filter(|r| r.id == RoleId::FocusExecutive)
        .map(|r| r.count)
        .sum();
    Staffing {
        kam_managers: managers,
        headcount,
        focus_executives,
        roles,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn staff(rule: FormRule, accounts: u64) -> Staffing {
        staffing_for(rule, accounts, None, &Rules::default())
    }

    #[test]
    fn department_at_27_28_36_37_accounts() {
        for (accounts, managers, headcount) in
            [(12, 2, 3), (27, 3, 3), (28, 4, 4), (36, 4, 4), (37, 5, 5)]
        {
            let s = staff(FormRule::MediumScale, accounts);
            assert_eq!(
                (s.kam_managers, s.headcount),
                (managers, headcount),
                "{accounts}"
            );
        }
        let s = staff(FormRule::MediumScale, 12);
        assert_eq!(s.roles[1].id, RoleId::KamSpecialist);
        assert_eq!(s.roles[1].count, 1);
        assert_eq!(s.roles[1].source, Source::Derived);
    }

    #[test]
    fn committee_counts_managers_and_centre_staff_but_not_focus_executives() {
        let s = staff(FormRule::LargeGroup, 25);
        assert_eq!(s.kam_managers, 3);
        assert_eq!(s.headcount, 5);
        assert_eq!(s.focus_executives, 25);
        let focus = s.roles.iter().find(|r| r.id == RoleId::FocusExecutive);
        assert_eq!(
            focus.map(|r| (r.in_headcount, r.source)),
            Some((false, Source::Derived))
        );
    }

    #[test]
    fn team_members_come_from_functions_and_are_not_counted() {
        let s = staff(FormRule::SmallScale, 8);
        assert_eq!((s.kam_managers, s.headcount), (1, 1));
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
            8,
            Some(&["sales engineering".to_string()]),
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
        assert_eq!((s.kam_managers, s.headcount), (0, 0));
        assert_eq!(s.roles.len(), 1);
        assert_eq!(s.roles[0].id, RoleId::NamedManager);
        assert!(staff(FormRule::NoKeyAccounts, 0).roles.is_empty());
    }

    #[test]
    fn service_centre_managers_are_a_guide() {
        let s = staff(FormRule::PublicSector, 40);
        assert_eq!((s.kam_managers, s.headcount), (5, 5));
        assert!(matches!(s.roles[0].basis, Basis::NetworkGuide { .. }));
    }

    #[test]
    fn extreme_counts_do_not_overflow() {
        let s = staff(FormRule::LargeGroup, u64::MAX);
        assert_eq!(s.focus_executives, u64::MAX);
        assert!(s.headcount >= s.kam_managers);
    }
}
