//! Made-up names for the firms and people of a set, from the word pools of the
//! output language; no two cases of a set share a firm or a person.

use super::draw::Draw;
use super::plan::{Business, CaseFacts};
use crate::profile::Kind;
use crate::text::Catalog;

/// Word pools a catalogue gives for names. Firm names join a mark from `mark_heads`
/// and one from `mark_tails`; none of them is meant to name a real company.
#[derive(Debug)]
pub struct NamePools {
    /// Towns a domestic firm is named after.
    pub places: &'static [&'static str],
    /// Provinces (made up) a public body serves.
    pub provinces: &'static [&'static str],
    pub mark_heads: &'static [&'static str],
    pub mark_tails: &'static [&'static str],
    /// Marks of international groups.
    pub foreign_marks: &'static [&'static str],
    pub surnames: &'static [&'static str],
    pub given_names: &'static [&'static str],
    pub foreign_given_names: &'static [&'static str],
    pub foreign_surnames: &'static [&'static str],
}

/// The names of one case.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CaseNames {
    pub firm: String,
    /// The town or province the organisation is in.
    pub place: String,
    pub person: String,
}

/// Draws names for every case of a set, each firm and person once.
pub fn names_for(cases: &[CaseFacts], text: &dyn Catalog, draw: &mut Draw) -> Vec<CaseNames> {
    let pools = text.name_pools();
    let mut firms: Vec<String> = Vec::new();
    let mut people: Vec<String> = Vec::new();
    let mut out = Vec::with_capacity(cases.len());
    for facts in cases {
        let foreign = facts.kind == Kind::Multinational;
        let place_pool = match facts.business {
            Business::Public(_) => pools.provinces,
            Business::Firm(_) => pools.places,
        };
        let mut attempt = 0;
        let (firm, place) = loop {
            attempt += 1;
            let place = pick(place_pool, draw);
            let mark = if foreign {
                pick(pools.foreign_marks, draw).to_string()
            } else {
                format!(
                    "{}{}",
                    pick(pools.mark_heads, draw),
                    pick(pools.mark_tails, draw)
                )
            };
            let firm = text.firm_name(place, &mark, facts.business, facts.kind);
            // Enough pools that a repeat is rare; a long run of repeats takes a number.
            if !firms.contains(&firm) || attempt > 50 {
                break (firm, place.to_string());
            }
        };
        firms.push(firm.clone());
        let mut attempt = 0;
        let person = loop {
            attempt += 1;
            let person = if foreign {
                text.person_name(
                    pick(pools.foreign_surnames, draw),
                    pick(pools.foreign_given_names, draw),
                    true,
                )
            } else {
                text.person_name(
                    pick(pools.surnames, draw),
                    pick(pools.given_names, draw),
                    false,
                )
            };
            if !people.contains(&person) || attempt > 50 {
                break person;
            }
        };
        people.push(person.clone());
        out.push(CaseNames {
            firm,
            place,
            person,
        });
    }
    out
}

fn pick(pool: &'static [&'static str], draw: &mut Draw) -> &'static str {
    draw.pick(pool).copied().unwrap_or("")
}
