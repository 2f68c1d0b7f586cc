//! `kam-advise rules`: the rules in force as commented TOML, ready to edit and load
//! with `--rules`. Each key says its clause and its source (docs/rules.md, "Rules keys").

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
        let value = rules.get(key);
        if value != default.get(key) {
            let _ = writeln!(
                out,
                "# ({}: {})",
                text.rule_default_label(),
                underscored(default.get(key))
            );
        }
        let _ = writeln!(out, "{} = {}", key.slug(), underscored(value));
    }
    out
}

/// 50000000 -> "50_000_000", valid TOML and easy to read.
fn underscored(n: u64) -> String {
    thousands(n).replace(',', "_")
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
    fn each_key_says_its_source() {
        let text = commented_toml(&Rules::default(), catalog(Lang::En));
        let team = RuleKey::TeamMaxKeyAccounts;
        let source = catalog(Lang::En).source(team.source());
        assert!(text.contains(&format!(
            "# {} · {source} · The most rated key accounts",
            team.clause()
        )));
        assert!(text.contains("# (二)1 · derived from the chapter · Key accounts per KAM manager"));
        assert!(text.contains("# (一)1 · the chapter's figure · Annual revenue"));
    }
}
