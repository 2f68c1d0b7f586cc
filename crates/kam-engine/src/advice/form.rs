//! (二) Which form the KAM organisation takes: nine rules checked in order, the first
//! that applies wins (docs/rules.md, "The form").

use crate::profile::Kind;
use crate::rules::Rules;
use crate::scale::Scale;

slug_enum! {
    /// The organisation forms of (二), plus `none` when no unit is indicated.
    pub enum Form {
        None = "none",
        Team = "team",
        Department = "department",
        ServiceCenter = "service-center",
        Committee = "committee",
    }
}

impl Form {
    /// How much organisation the form stands for, for comparing with today's setup.
    pub fn rank(self) -> u8 {
        match self {
            Form::None => 0,
            Form::Team => 2,
            Form::Department => 3,
            Form::ServiceCenter => 4,
            Form::Committee => 5,
        }
    }
}

slug_enum! {
    /// The form rules, in the order they are checked (`form_rule` in JSON).
    pub enum FormRule {
        /// No key accounts rated: nothing for a unit to manage yet.
        NoKeyAccounts = "no-key-accounts",
        /// No condition of (一) is met: no unit is indicated.
        NoConditionMet = "no-condition-met",
        /// An international group: a KAM committee, (二)1.
        Multinational = "multinational",
        /// A large group enterprise: a KAM committee, (二)1.
        LargeGroup = "large-group",
        /// A department of a national industry: a KAM service centre, (二)2.
        PublicSector = "public-sector",
        /// A large domestic enterprise: a KAM service centre, (二)2.
        LargeEnterprise = "large-enterprise",
        /// A medium enterprise: a KAM department, (二)3.
        MediumScale = "medium-scale",
        /// A small or micro firm with more key accounts than a team is meant for: a department.
        SmallManyAccounts = "small-many-accounts",
        /// A small or micro firm: a small cross-functional team, (二)4.
        SmallScale = "small-scale",
    }
}

/// What the form rules read from a profile.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Facts {
    pub key_accounts: u64,
    pub worth_considering: bool,
    pub kind: Kind,
    pub scale: Option<Scale>,
}

impl FormRule {
    /// The rule's place in the order, from 1.
    pub fn number(self) -> usize {
        FormRule::ALL
            .iter()
            .position(|r| *r == self)
            .map_or(0, |i| i + 1)
    }

    /// The form the rule leads to.
    pub fn form(self) -> Form {
        match self {
            FormRule::NoKeyAccounts | FormRule::NoConditionMet => Form::None,
            FormRule::Multinational | FormRule::LargeGroup => Form::Committee,
            FormRule::PublicSector | FormRule::LargeEnterprise => Form::ServiceCenter,
            FormRule::MediumScale | FormRule::SmallManyAccounts => Form::Department,
            FormRule::SmallScale => Form::Team,
        }
    }

    /// The clause of the form (`form_clause`): (二)1-4 for a unit, with a department
    /// under rule 8 being (二)3's form; (一)2 and (一) when there is none.
    pub fn form_clause(self) -> &'static str {
        match self {
            FormRule::NoKeyAccounts => "(一)2",
            FormRule::NoConditionMet => "(一)",
            FormRule::Multinational | FormRule::LargeGroup => "(二)1",
            FormRule::PublicSector | FormRule::LargeEnterprise => "(二)2",
            FormRule::MediumScale | FormRule::SmallManyAccounts => "(二)3",
            FormRule::SmallScale => "(二)4",
        }
    }

    /// The source of the rule's reading: the chapter's own text, or the tool's.
    pub fn is_tools_reading(self) -> bool {
        matches!(self, FormRule::NoKeyAccounts | FormRule::SmallManyAccounts)
    }

    /// Whether the rule applies to these facts.
    pub fn applies(self, facts: &Facts, rules: &Rules) -> bool {
        let small = matches!(facts.scale, Some(Scale::Small | Scale::Micro));
        match self {
            FormRule::NoKeyAccounts => facts.key_accounts == 0,
            FormRule::NoConditionMet => !facts.worth_considering,
            FormRule::Multinational => facts.kind == Kind::Multinational,
            FormRule::LargeGroup => facts.kind == Kind::Group && facts.scale == Some(Scale::Large),
            FormRule::PublicSector => facts.kind == Kind::PublicSector,
            FormRule::LargeEnterprise => facts.scale == Some(Scale::Large),
            FormRule::MediumScale => facts.scale == Some(Scale::Medium),
            FormRule::SmallManyAccounts => {
                small && facts.key_accounts > rules.team_max_key_accounts
            }
            // The last rule: every profile that reaches it is small or micro (only a
            // public-sector body or a multinational may lack a scale, and they stop earlier).
            FormRule::SmallScale => true,
        }
    }
}

/// The first rule that applies.
pub(crate) fn form_rule(facts: &Facts, rules: &Rules) -> FormRule {
    first_applying(FormRule::ALL, facts, rules)
}

/// The form rules 3-9 would give: what a firm that meets no condition would get if it
/// judged (一)3 or (一)4 true.
pub(crate) fn form_rule_by_kind_and_scale(facts: &Facts, rules: &Rules) -> FormRule {
    first_applying(&FormRule::ALL[2..], facts, rules)
}

fn first_applying(order: &[FormRule], facts: &Facts, rules: &Rules) -> FormRule {
    order
        .iter()
        .copied()
        .find(|rule| rule.applies(facts, rules))
        .unwrap_or(FormRule::SmallScale)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn facts(key_accounts: u64, kind: Kind, scale: Option<Scale>) -> Facts {
        Facts {
            key_accounts,
            worth_considering: true,
            kind,
            scale,
        }
    }

    fn rule(f: Facts) -> FormRule {
        form_rule(&f, &Rules::default())
    }

    #[test]
    fn rules_are_numbered_in_order() {
        assert_eq!(FormRule::NoKeyAccounts.number(), 1);
        assert_eq!(FormRule::SmallScale.number(), 9);
    }

    #[test]
    fn no_key_accounts_and_no_condition_give_no_unit() {
        let mut f = facts(0, Kind::Group, Some(Scale::Large));
        assert_eq!(rule(f), FormRule::NoKeyAccounts);
        f.key_accounts = 3;
        f.worth_considering = false;
        assert_eq!(rule(f), FormRule::NoConditionMet);
        assert_eq!(rule(f).form(), Form::None);
    }

    #[test]
    fn a_multinational_gets_a_committee_at_any_size() {
        for scale in [None, Some(Scale::Small), Some(Scale::Large)] {
            assert_eq!(
                rule(facts(8, Kind::Multinational, scale)),
                FormRule::Multinational
            );
        }
    }

    #[test]
    fn only_a_large_group_gets_a_committee() {
        assert_eq!(
            rule(facts(8, Kind::Group, Some(Scale::Large))),
            FormRule::LargeGroup
        );
        assert_eq!(
            rule(facts(8, Kind::Group, Some(Scale::Medium))),
            FormRule::MediumScale
        );
    }

    #[test]
    fn a_public_body_gets_a_service_centre_whatever_its_size() {
        for scale in [None, Some(Scale::Micro), Some(Scale::Large)] {
            assert_eq!(
                rule(facts(8, Kind::PublicSector, scale)),
                FormRule::PublicSector
            );
        }
    }

    #[test]
    fn scale_decides_for_an_enterprise() {
        let e = |s| rule(facts(5, Kind::Enterprise, Some(s)));
        assert_eq!(e(Scale::Large), FormRule::LargeEnterprise);
        assert_eq!(e(Scale::Medium), FormRule::MediumScale);
        assert_eq!(e(Scale::Small), FormRule::SmallScale);
        assert_eq!(e(Scale::Micro), FormRule::SmallScale);
    }

    #[test]
    fn a_small_firm_with_6_or_more_accounts_gets_a_department() {
        for scale in [Scale::Small, Scale::Micro] {
            assert_eq!(
                rule(facts(5, Kind::Enterprise, Some(scale))),
                FormRule::SmallScale
            );
            let r = rule(facts(6, Kind::Enterprise, Some(scale)));
            assert_eq!(r, FormRule::SmallManyAccounts);
            assert_eq!(r.form(), Form::Department);
            assert_eq!(r.form_clause(), "(二)3");
        }
        let rules = Rules {
            team_max_key_accounts: 20,
            ..Rules::default()
        };
        let f = facts(11, Kind::Enterprise, Some(Scale::Small));
        assert_eq!(form_rule(&f, &rules), FormRule::SmallScale);
        assert_eq!(Rules::default().team_max_key_accounts, 5);
    }
}
