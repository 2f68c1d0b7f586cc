//! Every threshold the advisor applies, in one place. `Rules::default()` holds the
//! chapter's own figures; a consultant may override any of them with `--rules FILE`.

use std::fmt::Write as _;

use serde::{Deserialize, Serialize};

use crate::money::{Decimal, to_cny};
use crate::profile::{Issue, ProfileError, check_document};
use crate::text::{Lang, catalog};

/// The thresholds of SPEC §2. Each field cites the clause it comes from.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct Rules {
    /// (一)1: annual revenue, in yuan, from which a dedicated KAM unit may be set up (5000万).
    pub revenue_threshold_cny: u64,
    /// (一)2: rated key accounts from which a dedicated KAM unit may be set up (the chapter
    /// says 6-10; the lower end is the threshold).
    pub key_accounts_threshold: u64,
    /// (二)1: key accounts one KAM manager looks after (the chapter's quoted average of 9).
    pub accounts_per_manager: u64,
    /// (二)3: people in a KAM department before it grows with the accounts (3-4 people).
    pub department_base_headcount: u64,
    /// (二)4: members each function (finance, production/supply, after-sales service)
    /// puts into a small cross-functional team.
    pub team_members_per_function: u64,
}

impl Default for Rules {
    fn default() -> Self {
        Rules {
            revenue_threshold_cny: 50_000_000,
            key_accounts_threshold: 6,
            accounts_per_manager: 9,
            department_base_headcount: 3,
            team_members_per_function: 1,
        }
    }
}

/// The name of each field of [`Rules`], in order, with its clause: used by
/// `kam-advise rules` and by validation messages.
pub const RULE_KEYS: [(&str, &str); 5] = [
    ("revenue_threshold_cny", "(一)1"),
    ("key_accounts_threshold", "(一)2"),
    ("accounts_per_manager", "(二)1"),
    ("department_base_headcount", "(二)3"),
    ("team_members_per_function", "(二)4"),
];

impl Rules {
    /// Checks values that would make the advice meaningless. Returns the offending key.
    pub fn validate(&self) -> Result<(), &'static str> {
        if self.accounts_per_manager == 0 {
            return Err("accounts_per_manager");
        }
        if self.key_accounts_threshold == 0 {
            return Err("key_accounts_threshold");
        }
        if self.department_base_headcount == 0 {
            return Err("department_base_headcount");
        }
        Ok(())
    }

    pub fn is_default(&self) -> bool {
        *self == Rules::default()
    }

    fn get_mut(&mut self, key: &str) -> Option<&mut u64> {
        match key {
            "revenue_threshold_cny" => Some(&mut self.revenue_threshold_cny),
            "key_accounts_threshold" => Some(&mut self.key_accounts_threshold),
            "accounts_per_manager" => Some(&mut self.accounts_per_manager),
            "department_base_headcount" => Some(&mut self.department_base_headcount),
            "team_members_per_function" => Some(&mut self.team_members_per_function),
            _ => None,
        }
    }

    fn get(&self, key: &str) -> u64 {
        let mut copy = self.clone();
        copy.get_mut(key).map_or(0, |v| *v)
    }

    /// Reads a rules file: any subset of [`RULE_KEYS`]; the rest keep the chapter's
    /// figures. Unknown keys and nonsense values are errors naming file, key and line.
    pub fn parse(source: &str, bytes: &[u8]) -> Result<Rules, ProfileError> {
        let keys: Vec<&str> = RULE_KEYS.iter().map(|(k, _)| *k).collect();
        check_document(source, bytes, |checker, table| {
            checker.unknown_keys(table, &keys, None);
            let mut rules = Rules::default();
            let mut complete = true;
            for (key, value) in table.iter() {
                let name = key.get_ref().as_ref();
                let parsed = if name == "revenue_threshold_cny" {
                    // Money, so "5000万" reads as well as 50000000.
                    checker
                        .money(name, value)
                        .and_then(|amount| to_cny(amount, Decimal::ONE).ok())
                } else {
                    checker.count(name, value)
                };
                match (rules.get_mut(name), parsed) {
                    (Some(slot), Some(v)) => *slot = v,
                    (Some(_), None) => complete = false,
                    (None, _) => {}
                }
            }
            if let Err(key) = rules.validate() {
                let span = table.get(key).map_or(0..0, |v| v.span());
                checker.problem(span, Issue::RuleNonsense { key });
                complete = false;
            }
            complete.then_some(rules)
        })
    }

    /// The rules as TOML with a comment per key (its clause and meaning), ready to
    /// edit and load with `--rules`.
    pub fn to_commented_toml(&self, lang: Lang) -> String {
        let text = catalog(lang);
        let mut out = String::new();
        for line in text.rules_header().lines() {
            let _ = writeln!(out, "# {line}");
        }
        let default = Rules::default();
        for (key, clause) in RULE_KEYS {
            let _ = writeln!(out);
            let _ = writeln!(out, "# {clause} {}", text.rule_doc(key));
            let value = self.get(key);
            if value != default.get(key) {
                let _ = writeln!(
                    out,
                    "# ({}: {})",
                    text.rule_default_label(),
                    underscored(default.get(key))
                );
            }
            let _ = writeln!(out, "{key} = {}", underscored(value));
        }
        out
    }
}

/// 50000000 -> "50_000_000", valid TOML and easy to read.
fn underscored(n: u64) -> String {
    crate::text::thousands(n).replace(',', "_")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn defaults_are_the_chapters_figures() {
        let rules = Rules::default();
        assert_eq!(rules.revenue_threshold_cny, 50_000_000);
        assert_eq!(rules.key_accounts_threshold, 6);
        assert_eq!(rules.accounts_per_manager, 9);
        assert_eq!(rules.department_base_headcount, 3);
        assert!(rules.validate().is_ok());
        assert!(rules.is_default());
    }

    #[test]
    fn rule_keys_name_every_field() {
        let toml = toml::to_string(&Rules::default()).unwrap_or_default();
        for (key, _) in RULE_KEYS {
            assert!(toml.contains(key), "{key} missing from {toml}");
        }
        assert_eq!(toml.lines().count(), RULE_KEYS.len());
    }

    #[test]
    fn commented_toml_round_trips() {
        for lang in Lang::ALL {
            let rules = Rules {
                accounts_per_manager: 7,
                ..Rules::default()
            };
            let text = rules.to_commented_toml(*lang);
            assert!(text.contains("accounts_per_manager = 7"), "{text}");
            assert!(
                text.contains("revenue_threshold_cny = 50_000_000"),
                "{text}"
            );
            assert_eq!(Rules::parse("r.toml", text.as_bytes()), Ok(rules));
        }
    }

    #[test]
    fn rules_files_are_checked_strictly() {
        let err = Rules::parse("r.toml", b"accounts_per_manager = 0\n").map_err(|e| e.to_string());
        assert_eq!(
            err,
            Err("r.toml:1:24: `accounts_per_manager` must be at least 1: a KAM manager looks after one account or more".into())
        );
        let err = Rules::parse("r.toml", b"acounts_per_manager = 5\n").map_err(|e| e.to_string());
        assert_eq!(err, Err("r.toml:1:1: unknown key `acounts_per_manager`: did you mean `accounts_per_manager`?".into()));
        assert_eq!(
            Rules::parse("r.toml", "revenue_threshold_cny = \"3000万\"".as_bytes())
                .map(|r| r.revenue_threshold_cny),
            Ok(30_000_000)
        );
    }

    #[test]
    fn nonsense_values_are_refused() {
        let rules = Rules {
            accounts_per_manager: 0,
            ..Rules::default()
        };
        assert_eq!(rules.validate(), Err("accounts_per_manager"));
    }
}
