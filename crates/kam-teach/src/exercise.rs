//! `kam-advise exercise`: a reproducible set. Same count, seed, language and level give
//! the same files byte for byte; nothing in them depends on the date or the machine.

use super::SetSpec;
use super::case::{self, Case};
use super::draw::Draw;
use super::names::names_for;
use super::plan::{self, CaseFacts};
use super::words::TeachCatalog;
use super::{gift, key};
use crate::problem::ProfileError;
use crate::words::teach_catalog;

/// The cases of a set, advised.
pub fn cases(spec: &SetSpec) -> Result<Vec<Case>, ProfileError> {
    let text = teach_catalog(spec.lang);
    let mut draw = Draw::new(spec.seed);
    let archetypes = plan::archetypes(spec.count, spec.level, &mut draw);
    let facts: Vec<CaseFacts> = plan::facts_for(&archetypes, spec.level, &mut draw);
    let names = names_for(&facts, text, &mut draw);
    let command = spec.command();
    facts
        .into_iter()
        .zip(names)
        .enumerate()
        .map(|(i, (facts, names))| {
            let id = case::case_id(i + 1);
            let header = profile_header(&id, &command, text);
            case::build(i + 1, facts, names, &header, spec.lang)
        })
        .collect()
}

/// Every file of a set, as (path relative to the output directory, contents), in the
/// order they are written.
pub fn files(spec: &SetSpec, cases: &[Case]) -> serde_json::Result<Vec<(String, String)>> {
    let text = teach_catalog(spec.lang);
    let mut files: Vec<(String, String)> = cases
        .iter()
        .map(|c| (c.source.clone(), c.toml.clone()))
        .collect();
    files.push(("cases.md".into(), key::cases_markdown(spec, cases, text)));
    files.push(("answer-key.md".into(), key::key_markdown(spec, cases, text)));
    files.push(("answer-key.json".into(), key::key_json(spec, cases)?));
    files.push((
        "answer-sheet.toml".into(),
        key::blank_sheet(spec, cases, text),
    ));
    files.push(("quiz.gift".into(), gift::quiz(spec, cases, text)));
    Ok(files)
}

/// The header comment of a case's profile.
pub(crate) fn profile_header(id: &str, command: &str, text: &dyn TeachCatalog) -> String {
    format!(
        "{}\n{command}\n{}",
        text.profile_note(id),
        super::sheet::format_line()
    )
}
