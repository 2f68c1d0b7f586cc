//! Reading a `--rules` file into [`Rules`] (an `impl Rules` of its own, because it
//! needs the TOML checker, which comes after `rules`): any subset of the keys, checked strictly by the shared
//! TOML checker (unknown keys, wrong types and nonsense values name file, key and line).

use crate::check::check_document;
use crate::money::{Decimal, to_cny_exact};
use crate::problem::{Issue, ProfileError};
use crate::rules::{RuleKey, Rules};

impl Rules {
    /// Reads a rules file: any subset of the keys; the rest keep their defaults. Unknown
    /// keys and nonsense values are errors naming file, key and line.
    pub fn parse(source: &str, bytes: &[u8]) -> Result<Rules, ProfileError> {
        // Both spellings of "centre" are accepted (docs/guide.md "Spelling").
        let british = ["committee_centre_min_staff"];
        let keys: Vec<&str> = RuleKey::ALL
            .iter()
            .map(|k| k.slug())
            .chain(british)
            .collect();
        check_document(source, bytes, |checker, table| {
            checker.unknown_keys(table, &keys, None);
            let mut rules = Rules::default();
            let mut complete = true;
            for (key, value) in table.iter() {
                let name = key.get_ref().as_ref();
                let Some(key) = RuleKey::from_slug(&crate::slug::centre_as_center(name)) else {
                    continue;
                };
                if key == RuleKey::RevenueThresholdCny {
                    // A money amount, exact: "49999999.5" stays 49,999,999.5 (docs/rules.md, "Conditions").
                    let Some(amount) = checker.money(name, value) else {
                        complete = false;
                        continue;
                    };
                    let set = to_cny_exact(amount, Decimal::ONE)
                        .and_then(|yuan| rules.set_revenue_threshold(yuan));
                    if let Err(error) = set {
                        let key = name.to_string();
                        checker.problem(value.span(), Issue::YuanOverflow { key, error });
                        complete = false;
                    }
                    continue;
                }
                // A negative value where 0 is refused too: the minimum is the news,
                // not "0 or more".
                let negative = matches!(value.get_ref(), toml::de::DeValue::Integer(i) if i.to_string().starts_with('-'));
                if negative && key.minimum() > 0 {
                    checker.problem(value.span(), Issue::RuleNonsense { key });
                    complete = false;
                    continue;
                }
                match checker.count(name, value) {
                    Some(v) if v < key.minimum() => {
                        checker.problem(value.span(), Issue::RuleNonsense { key });
                        complete = false;
                    }
                    Some(v) => *rules.slot(key) = v,
                    None => complete = false,
                }
            }
            complete.then_some(rules)
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_key_is_read_from_a_rules_file() {
        for key in RuleKey::ALL {
            let text = format!("{} = 7\n", key.slug());
            let rules = Rules::parse("r.toml", text.as_bytes());
            assert_eq!(rules.map(|r| r.get(*key)), Ok(7), "{key}");
        }
        let rules = Rules::parse("r.toml", b"committee_centre_min_staff = 2\n");
        assert_eq!(rules.map(|r| r.committee_center_min_staff), Ok(2));
        assert_eq!(
            Rules::parse("r.toml", "revenue_threshold_cny = \"3000万\"".as_bytes())
                .map(|r| r.revenue_threshold_cny),
            Ok(30_000_000)
        );
    }

    #[test]
    fn a_fractional_revenue_threshold_stays_exact() {
        let exact = |text: &str| Decimal::parse(text).unwrap_or_else(|e| panic!("{e:?}"));
        for text in [
            "revenue_threshold_cny = \"49999999.5\"\n",
            "revenue_threshold_cny = 49_999_999.5\n",
            "revenue_threshold_cny = \"4999.99995万\"\n",
        ] {
            let rules = Rules::parse("r.toml", text.as_bytes());
            assert_eq!(
                rules.map(|r| r.revenue_threshold()),
                Ok(exact("49999999.5")),
                "{text}"
            );
        }
        let rules = Rules::parse("r.toml", b"revenue_threshold_cny = 5e7\n");
        assert_eq!(rules, Ok(Rules::default()));
    }

    #[test]
    fn nonsense_values_are_refused() {
        let rules = Rules {
            accounts_per_manager: 0,
            ..Rules::default()
        };
        assert_eq!(rules.validate(), Err(RuleKey::AccountsPerManager));
        assert!(Rules::parse("r.toml", b"committee_center_min_staff = 0\n").is_ok());
    }
}
