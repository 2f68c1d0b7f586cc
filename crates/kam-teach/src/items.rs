//! What a case of a class set grades, and the right answers. Every case's sheet shows
//! the same items (so that they do not give the form away), but only those that apply
//! to the case's form are marked:
//!
//! - `conditions_met` and `form`, always;
//! - `kam_managers` and `headcount` for a team, a department, a committee and a single
//!   service centre (a department's headcount is right anywhere in the chapter's "3-4
//!   people" (二)3, or its managers when they are more);
//! - `service_level` for a service centre set up over a network: the level that holds the
//!   service centres, instead of numbers the chapter leaves to the business (二)2;
//! - nothing more for `none`.

use super::sheet::{Answers, Item};
use crate::advice::{Advice, ConditionId, Form, UnitKind};
use crate::profile::{Level, Profile};
use crate::rules::Rules;

/// The top of the chapter's "3-4 people" for a KAM department (二)3. The bottom is
/// [`Rules::department_base_headcount`]; any headcount from one to the other is right.
pub const DEPARTMENT_HEADCOUNT_TOP: u64 = 4;

/// The right answers of one case; `None` for an item that does not apply to it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct KeyAnswers {
    pub form: Form,
    /// The conditions of (一) met, in the chapter's order.
    pub conditions: Vec<ConditionId>,
    pub kam_managers: Option<u64>,
    /// The lowest and the highest right headcount (the same but for a department).
    pub headcount: Option<(u64, u64)>,
    pub service_level: Option<Level>,
}

/// Whether a case's service centre is set up over a network of levels.
pub(crate) fn networked(advice: &Advice, profile: &Profile) -> bool {
    advice.form == Form::ServiceCenter && !profile.network.levels.is_empty()
}

/// The level that holds a network's service centres: the lowest level given other
/// than county, or county when it is the only one (the structure the engine draws).
pub(crate) fn service_level(advice: &Advice) -> Option<Level> {
    advice
        .units
        .iter()
        .find(|u| u.kind == UnitKind::ServiceCenter && !u.optional)
        .and_then(|u| u.level)
}

impl KeyAnswers {
    /// The answers the engine's advice gives for a case, under the set's rules.
    pub fn of(advice: &Advice, profile: &Profile, rules: &Rules) -> KeyAnswers {
        let conditions = advice
            .conditions
            .iter()
            .filter(|c| c.met)
            .map(|c| c.id)
            .collect();
        let managers = advice.staffing.kam_managers;
        let mut key = KeyAnswers {
            form: advice.form,
            conditions,
            kam_managers: None,
            headcount: None,
            service_level: None,
        };
        match advice.form {
            Form::None => {}
            Form::ServiceCenter if networked(advice, profile) => {
                key.service_level = service_level(advice);
            }
            Form::Department => {
                let base = rules.department_base_headcount;
                key.kam_managers = Some(managers);
                key.headcount = Some((
                    managers.max(base),
                    managers.max(DEPARTMENT_HEADCOUNT_TOP.max(base)),
                ));
            }
            Form::Team | Form::Committee | Form::ServiceCenter => {
                key.kam_managers = Some(managers);
                key.headcount = advice.staffing.headcount.map(|h| (h, h));
            }
        }
        key
    }

    /// Whether an item is marked for this case.
    pub fn applies(&self, item: Item) -> bool {
        match item {
            Item::Form | Item::Conditions => true,
            Item::KamManagers => self.kam_managers.is_some(),
            Item::Headcount => self.headcount.is_some(),
            Item::ServiceLevel => self.service_level.is_some(),
        }
    }

    /// The items marked for this case, in the sheet's order.
    pub fn items(&self) -> Vec<Item> {
        Item::ALL
            .iter()
            .copied()
            .filter(|i| self.applies(*i))
            .collect()
    }

    /// The right answer to an item as a sheet writes it ("3", "3-4", "prefecture",
    /// "revenue, key_accounts" or "none"); `None` when the item does not apply.
    pub fn expected(&self, item: Item) -> Option<String> {
        match item {
            Item::Form => Some(self.form.slug().to_string()),
            Item::Conditions => Some(ids(&self.conditions)),
            Item::KamManagers => self.kam_managers.map(|n| n.to_string()),
            Item::Headcount => self.headcount.map(|(lo, hi)| {
                if lo == hi {
                    lo.to_string()
                } else {
                    format!("{lo}-{hi}")
                }
            }),
            Item::ServiceLevel => self.service_level.map(|l| l.slug().to_string()),
        }
    }

    /// Whether the sheet's answer to an item is right; `None` when it left it empty.
    pub fn right(&self, item: Item, a: &Answers) -> Option<bool> {
        match item {
            Item::Form => a.form.map(|f| f == self.form),
            Item::Conditions => a.conditions.as_ref().map(|c| *c == self.conditions),
            Item::KamManagers => a.kam_managers.map(|n| Some(n) == self.kam_managers),
            Item::Headcount => a.headcount.map(|n| {
                self.headcount
                    .is_some_and(|(lo, hi)| (lo..=hi).contains(&n))
            }),
            Item::ServiceLevel => a.service_level.map(|l| Some(l) == self.service_level),
        }
    }

    /// What the sheet wrote for an item, as a sheet writes it; `None` when empty.
    pub fn given(item: Item, a: &Answers) -> Option<String> {
        match item {
            Item::Form => a.form.map(|f| f.slug().to_string()),
            Item::Conditions => a.conditions.as_deref().map(ids),
            Item::KamManagers => a.kam_managers.map(|n| n.to_string()),
            Item::Headcount => a.headcount.map(|n| n.to_string()),
            Item::ServiceLevel => a.service_level.map(|l| l.slug().to_string()),
        }
    }
}

/// Ids as a sheet writes them: "revenue, key_accounts", or "none".
pub(crate) fn ids(list: &[ConditionId]) -> String {
    if list.is_empty() {
        "none".into()
    } else {
        list.iter().map(|c| c.slug()).collect::<Vec<_>>().join(", ")
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::advice::{advise, test_profile};

    #[test]
    fn a_department_takes_any_headcount_of_the_chapters_three_to_four() {
        let rules = Rules::default();
        let p = test_profile(12, 9000);
        let a = advise(&p, &rules);
        let key = KeyAnswers::of(&a, &p, &rules);
        assert_eq!(key.form, Form::Department);
        assert_eq!(key.headcount, Some((3, 4)));
        assert_eq!(key.expected(Item::Headcount).as_deref(), Some("3-4"));
        let answer = |n| Answers {
            headcount: Some(n),
            ..Answers::default()
        };
        assert_eq!(key.right(Item::Headcount, &answer(2)), Some(false));
        assert_eq!(key.right(Item::Headcount, &answer(3)), Some(true));
        assert_eq!(key.right(Item::Headcount, &answer(4)), Some(true));
        assert_eq!(key.right(Item::Headcount, &answer(5)), Some(false));
        // 40 key accounts: 5 managers, more than the 3-4: the managers alone are right.
        let p = test_profile(40, 9000);
        let key = KeyAnswers::of(&advise(&p, &rules), &p, &rules);
        assert_eq!(key.headcount, Some((5, 5)));
        assert!(!key.applies(Item::ServiceLevel));
    }

    #[test]
    fn no_unit_grades_only_its_conditions_and_form() {
        let rules = Rules::default();
        let p = test_profile(3, 100);
        let key = KeyAnswers::of(&advise(&p, &rules), &p, &rules);
        assert_eq!(key.items(), [Item::Form, Item::Conditions]);
        assert_eq!(key.expected(Item::Conditions).as_deref(), Some("none"));
        assert_eq!(key.expected(Item::KamManagers), None);
    }
}
