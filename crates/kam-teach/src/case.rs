//! One case of a set: its facts and names written as a profile, read back through the
//! profile checker and advised by the engine, so that the key is the tool's own advice.

use std::fmt::Write as _;

use super::items::KeyAnswers;
use super::plan::{Business, CaseFacts};
use crate::advice::{Advice, advise};
use crate::profile::{Kind, Profile, ProfileError, parse_profile};
use crate::rules::Rules;
use crate::text::Lang;

/// A case of a set, advised.
#[derive(Debug, Clone)]
pub struct Case {
    /// `case-01`: the profile's file stem and the answer sheet's table.
    pub id: String,
    pub facts: CaseFacts,
    pub names: CaseNames,
    /// `profiles/case-01.toml`, as written.
    pub source: String,
    pub toml: String,
    pub profile: Profile,
    pub advice: Advice,
    /// What the case grades, and the right answers.
    pub answers: KeyAnswers,
}

/// The id of the `n`-th case (from 1): `case-01`.
pub(crate) fn case_id(n: usize) -> String {
    format!("case-{n:02}")
}

/// Writes, checks and advises a case. A profile the checker refuses is a fault of the
/// generator, reported as the checker's own error.
pub(crate) fn build(
    n: usize,
    facts: CaseFacts,
    names: CaseNames,
    header: &str,
    lang: Lang,
) -> Result<Case, ProfileError> {
    let id = case_id(n);
    let source = format!("profiles/{id}.toml");
    let toml = profile_toml(&facts, &names, header, lang);
    let profile = parse_profile(&source, toml.as_bytes())?;
    let rules = Rules::default();
    let advice = advise(&profile, &rules);
    let answers = KeyAnswers::of(&advice, &profile, &rules);
    Ok(Case {
        id,
        facts,
        names,
        source,
        toml,
        profile,
        advice,
        answers,
    })
}

/// An amount of 万 units as a profile writes it: "4860万" in Chinese, "48.6M" in English.
pub(crate) fn amount(wan: u64, lang: Lang) -> String {
    match lang {
        Lang::Zh => format!("{wan}万"),
        Lang::En => {
            let (whole, rest) = (wan / 100, wan % 100);
            if rest == 0 {
                format!("{whole}M")
            } else {
                let frac = format!("{rest:02}");
                format!("{whole}.{}M", frac.trim_end_matches('0'))
            }
        }
    }
}

/// A TOML basic string.
fn quoted(text: &str) -> String {
    let mut out = String::from("\"");
    for c in text.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            c if c.is_control() => {
                let _ = write!(out, "\\u{:04X}", u32::from(c));
            }
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// The profile of a case, keys in the order of docs/guide.md, "The profile".
fn profile_toml(facts: &CaseFacts, names: &CaseNames, header: &str, lang: Lang) -> String {
    let mut out = String::new();
    for line in header.lines() {
        let _ = writeln!(out, "# {line}");
    }
    let _ = writeln!(out, "name = {}", quoted(&names.firm));
    let _ = writeln!(
        out,
        "annual_revenue = {}",
        quoted(&amount(facts.revenue_wan, lang))
    );
    let _ = writeln!(out, "key_accounts = {}", facts.key_accounts);
    if let Some(foreign) = facts.foreign {
        let _ = writeln!(out, "currency = {}", quoted(foreign.code));
        let _ = writeln!(
            out,
            "cny_rate = {}.{}",
            foreign.rate_tenths / 10,
            foreign.rate_tenths % 10
        );
    }
    if facts.kind != Kind::Enterprise {
        let _ = writeln!(out, "kind = {}", quoted(facts.kind.slug()));
    }
    if let (Some(scale), true) = (facts.scale, facts.declared) {
        let _ = writeln!(out, "scale = {}", quoted(scale.slug()));
    }
    if let (Business::Firm(sector), false) = (facts.business, facts.kind == Kind::Multinational) {
        let _ = writeln!(out, "industry = {}", quoted(sector.row_slug()));
    }
    if let Some(employees) = facts.employees {
        let _ = writeln!(out, "employees = {employees}");
    }
    let _ = writeln!(out, "current_setup = {}", quoted(facts.setup.slug()));
    let _ = writeln!(out, "\n[strategy]");
    let _ = writeln!(out, "strategic_plan = {}", facts.strategic_plan);
    let _ = writeln!(out, "account_development = {}", facts.account_development);
    if !facts.levels.is_empty() {
        let levels: Vec<String> = facts.levels.iter().map(|(l, _)| quoted(l.slug())).collect();
        let counts: Vec<String> = facts
            .levels
            .iter()
            .skip(1)
            .map(|(l, n)| format!("{} = {n}", l.slug()))
            .collect();
        let _ = writeln!(out, "\n[network]");
        let _ = writeln!(out, "levels = [{}]", levels.join(", "));
        if !counts.is_empty() {
            let _ = writeln!(out, "counts = {{ {} }}", counts.join(", "));
        }
    }
    out
}

/// The names of one case.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CaseNames {
    pub firm: String,
    /// The town or province the organisation is in.
    pub place: String,
    pub person: String,
}
