//! Why a form is not the answer for a case: the form rules that lead to it, each with
//! what rules it out here — it does not apply to the facts, or an earlier rule decided.
//! The quiz's wrong options and the marking's feedback both say this.

use crate::advice::{Facts, Form, FormRule};
use crate::rules::Rules;
use crate::scale::Scale;

/// What rules out one rule that leads to a wrong form.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NotBecause {
    /// The rule does not apply to these facts.
    DoesNotApply,
    /// The rule would apply, but `decided` comes first in the order of (二).
    Earlier { decided: FormRule },
}

/// One rule leading to a wrong form, and what rules it out.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RuledOut {
    pub rule: FormRule,
    pub because: NotBecause,
}

/// Whether a rule fits the facts on its own terms, before the order of the rules:
/// the last rule, which catches every firm left, fits only a small or micro one with
/// no more key accounts than a team is for.
pub(crate) fn fits(rule: FormRule, facts: &Facts, rules: &Rules) -> bool {
    match rule {
        FormRule::SmallScale => {
            matches!(facts.scale, Some(Scale::Small | Scale::Micro))
                && facts.key_accounts <= rules.team_max_key_accounts
        }
        other => other.applies(facts, rules),
    }
}

/// Why `form` is not the answer when `decided` is the rule that fired: every rule that
/// leads to `form`, in order. Empty when `form` is the decided rule's form.
pub(crate) fn ruled_out(
    form: Form,
    decided: FormRule,
    facts: &Facts,
    rules: &Rules,
) -> Vec<RuledOut> {
    if form == decided.form() {
        return Vec::new();
    }
    FormRule::ALL
        .iter()
        .copied()
        .filter(|r| r.form() == form)
        .map(|rule| RuledOut {
            rule,
            because: if rule.number() > decided.number() && fits(rule, facts, rules) {
                NotBecause::Earlier { decided }
            } else {
                NotBecause::DoesNotApply
            },
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::profile::Kind;

    fn facts(key_accounts: u64, kind: Kind, scale: Option<Scale>, met: bool) -> Facts {
        Facts {
            key_accounts,
            worth_considering: met,
            kind,
            scale,
        }
    }

    #[test]
    fn a_medium_group_is_not_a_committee_because_it_is_not_large() {
        let f = facts(12, Kind::Group, Some(Scale::Medium), true);
        let out = ruled_out(
            Form::Committee,
            FormRule::MediumScale,
            &f,
            &Rules::default(),
        );
        assert_eq!(
            out,
            [
                RuledOut {
                    rule: FormRule::Multinational,
                    because: NotBecause::DoesNotApply
                },
                RuledOut {
                    rule: FormRule::LargeGroup,
                    because: NotBecause::DoesNotApply
                }
            ]
        );
    }

    #[test]
    fn a_small_multinational_gets_no_team_because_its_kind_decides_first() {
        let f = facts(4, Kind::Multinational, Some(Scale::Small), true);
        let out = ruled_out(Form::Team, FormRule::Multinational, &f, &Rules::default());
        assert_eq!(
            out,
            [RuledOut {
                rule: FormRule::SmallScale,
                because: NotBecause::Earlier {
                    decided: FormRule::Multinational
                }
            }]
        );
        assert!(
            ruled_out(
                Form::Committee,
                FormRule::Multinational,
                &f,
                &Rules::default()
            )
            .is_empty()
        );
    }

    #[test]
    fn a_small_firm_with_eleven_accounts_is_past_the_team() {
        let f = facts(11, Kind::Enterprise, Some(Scale::Small), true);
        let out = ruled_out(
            Form::Team,
            FormRule::SmallManyAccounts,
            &f,
            &Rules::default(),
        );
        assert_eq!(out[0].because, NotBecause::DoesNotApply);
    }
}
