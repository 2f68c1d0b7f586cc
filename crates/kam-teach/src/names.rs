//! Made-up names for the firms and people of a set, from the word pools of the
//! output language; no two cases of a set share a firm or a person.

use super::case::CaseNames;
use super::draw::Draw;
use super::plan::{Business, CaseFacts};
use crate::profile::Kind;
use crate::words::TeachCatalog;

/// Picks from a pool, each word once until the pool is used up, then again.
struct Fresh {
    used: Vec<&'static str>,
}

impl Fresh {
    fn new() -> Fresh {
        Fresh { used: Vec::new() }
    }

    fn pick(&mut self, pool: &'static [&'static str], draw: &mut Draw) -> &'static str {
        let mut unused: Vec<&'static str> = pool
            .iter()
            .copied()
            .filter(|w| !self.used.contains(w))
            .collect();
        if unused.is_empty() {
            self.used.retain(|w| !pool.contains(w));
            unused = pool.to_vec();
        }
        let word = draw.pick(&unused).copied().unwrap_or("");
        self.used.push(word);
        word
    }
}

/// Draws names for every case of a set: no two firms or people alike, and towns,
/// marks and names repeated only once their pools are used up.
pub(crate) fn names_for(
    cases: &[CaseFacts],
    text: &dyn TeachCatalog,
    draw: &mut Draw,
) -> Vec<CaseNames> {
    let pools = text.name_pools();
    let (mut places, mut heads, mut tails) = (Fresh::new(), Fresh::new(), Fresh::new());
    let (mut surnames, mut given) = (Fresh::new(), Fresh::new());
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
            let place = places.pick(place_pool, draw);
            let mark = if foreign {
                heads.pick(pools.foreign_marks, draw).to_string()
            } else {
                format!(
                    "{}{}",
                    heads.pick(pools.mark_heads, draw),
                    tails.pick(pools.mark_tails, draw)
                )
            };
            let firm = text.firm_name(place, &mark, facts.business, facts.kind);
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
                    surnames.pick(pools.foreign_surnames, draw),
                    given.pick(pools.foreign_given_names, draw),
                    true,
                )
            } else {
                text.person_name(
                    surnames.pick(pools.surnames, draw),
                    given.pick(pools.given_names, draw),
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
