//! `kam-advise rules`: the rules in force as commented TOML, ready to edit and load
//! with `--rules`. Each key says its clause and its source (docs/rules.md, "Conditions" and "Staffing").

use std::fmt::Write as _;

use crate::rules::{RuleKey, Rules};
use crate::text::{Catalog, thousands};

/// The rules as TOML with a comment per key.
pub fn commented_toml(rules: &Rules, text: &dyn Catalog) -> String {
    let mut out = String::new();
    for line in text.rules_header().lines() {
        let _ = writeln!(out, "# {line}");
    }
    let default = Rules::default();
    for key in RuleKey::ALL.iter().copied() {
        let _ = writeln!(out);
        let _ = writeln!(
            out,
            "# {} · {} · {}",
            key.clause(),
            text.source(key.source()),
            text.rule_doc(key)
        );
        let (value, default_value) = (toml_value(rules, key), toml_value(&default, key));
        if value != default_value {
            let _ = writeln!(out, "# ({}: {default_value})", text.rule_default_label());
        }
        let _ = writeln!(out, "{} = {value}", key.slug());
    }
    out
}

/// A key's value as TOML: a whole number, or for a (一)1 threshold with a fraction of
/// a yuan, the exact decimal (`49_999_999.5`), which a rules file reads back exactly.
fn toml_value(rules: &Rules, key: RuleKey) -> String {
    let threshold = rules.revenue_threshold();
    if key == RuleKey::RevenueThresholdCny && threshold.has_fraction() {
        let exact = threshold.to_string();
        return match exact.split_once('.') {
            Some((whole, fraction)) => format!("{}.{fraction}", underscored_digits(whole)),
            None => exact,
        };
    }
    underscored(rules.get(key))
}

/// 50000000 -> "50_000_000", valid TOML and easy to read.
fn underscored(n: u64) -> String {
    thousands(n).replace(',', "_")
}

/// The digits of a whole number, grouped like [`underscored`].
fn underscored_digits(digits: &str) -> String {
    digits
        .parse::<u64>()
        .map_or_else(|_| digits.to_string(), underscored)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::{Lang, catalog};

    #[test]
    fn commented_toml_round_trips_in_both_languages() {
        for lang in Lang::ALL {
            let rules = Rules {
                accounts_per_manager: 7,
                team_max_key_accounts: 12,
                ..Rules::default()
            };
            let text = commented_toml(&rules, catalog(*lang));
            assert!(text.contains("accounts_per_manager = 7"), "{text}");
            assert!(
                text.contains("revenue_threshold_cny = 50_000_000"),
                "{text}"
            );
            assert_eq!(Rules::parse("r.toml", text.as_bytes()), Ok(rules));
            for key in RuleKey::ALL {
                assert!(text.contains(&format!("\n{} = ", key.slug())), "{key}");
            }
        }
    }

    #[test]
    fn a_fractional_revenue_threshold_round_trips() {
        for lang in Lang::ALL {
            let rules = Rules::parse("r.toml", b"revenue_threshold_cny = \"49999999.5\"\n");
            let rules = rules.unwrap_or_else(|e| panic!("{e:?}"));
            let text = commented_toml(&rules, catalog(*lang));
            assert!(
                text.contains("\nrevenue_threshold_cny = 49_999_999.5\n"),
                "{text}"
            );
            assert!(
                text.contains("50_000_000)\n"),
                "the default beside it: {text}"
            );
            assert_eq!(Rules::parse("r.toml", text.as_bytes()), Ok(rules));
        }
    }

    #[test]
    fn each_key_says_its_source() {
        let text = commented_toml(&Rules::default(), catalog(Lang::En));
        let team = RuleKey::TeamMaxKeyAccounts;
        let source = catalog(Lang::En).source(team.source());
        assert!(text.contains(&format!(
            "# {} · {source} · The most rated key accounts",
            team.clause()
        )));
        assert!(text.contains("# (二)1 · derived from the chapter · Key accounts per KAM manager"));
        assert!(text.contains("# (一)2 · the chapter's figure · Rated key accounts"));
        assert!(text.contains("# (二)2 · the tool's assumption · The least headcount of a single"));
    }
}
