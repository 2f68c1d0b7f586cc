//! `kam-advise explain [TOPIC]`: the chapter's decision rules as tables, each row
//! with its clause, built from the same `Rules` and catalogue the advice uses.

use super::Section;
use crate::advice::{ConditionId, FormReason};
use crate::options::Topic;
use crate::profile::Kind;
use crate::rules::Rules;
use crate::scale::{INDUSTRIES, Indicator, Scale};
use crate::text::{
    Catalog, DUTIES_CLAUSE, Lang, MANAGER_ROLES_CLAUSE, REQUIREMENTS_CLAUSE, item_clause,
};

/// The sections for the given topics, in the language's words.
pub fn sections(topics: &[Topic], rules: &Rules, text: &dyn Catalog, lang: Lang) -> Vec<Section> {
    topics
        .iter()
        .map(|&t| section(t, rules, text, lang))
        .collect()
}

fn strings<const N: usize>(cells: [&str; N]) -> Vec<String> {
    cells.iter().map(|c| c.to_string()).collect()
}

fn section(topic: Topic, rules: &Rules, text: &dyn Catalog, lang: Lang) -> Section {
    let l = text.labels();
    let e = text.explain_labels();
    let (header, rows) = match topic {
        Topic::Conditions => {
            let rows = ConditionId::ALL
                .iter()
                .map(|&id| {
                    vec![
                        id.clause().to_string(),
                        text.condition(id).to_string(),
                        text.condition_rule(id, rules),
                    ]
                })
                .collect();
            (strings([l.clause, l.condition, e.met_when]), rows)
        }
        Topic::Forms => {
            // One reason per rule, in the order the rules are checked.
            let reasons = [
                FormReason::NoKeyAccounts,
                FormReason::NotWarranted,
                FormReason::LargeGroup(Kind::Group),
                FormReason::PublicSector,
                FormReason::MediumScale,
                FormReason::SmallScale(Scale::Small),
            ];
            let rows = reasons
                .iter()
                .map(|&reason| {
                    let (rule, form) = (reason.rule(), reason.form());
                    vec![
                        rule.to_string(),
                        text.form_rule(rule).to_string(),
                        format!("{} {}", text.form_short(form), form.clause()),
                        text.reason(reason),
                    ]
                })
                .collect();
            (strings([e.order, e.applies_when, l.form, l.why]), rows)
        }
        Topic::Staffing => (
            strings([e.item, e.rule, l.clause]),
            text.staffing_rules(rules),
        ),
        Topic::Duties => {
            let rows = text
                .duties()
                .iter()
                .enumerate()
                .map(|(i, d)| vec![item_clause(DUTIES_CLAUSE, i), d.to_string()])
                .collect();
            (strings([l.clause, l.duty]), rows)
        }
        Topic::Requirements => {
            let requirements = text
                .requirements()
                .iter()
                .enumerate()
                .map(|(i, r)| vec![item_clause(REQUIREMENTS_CLAUSE, i), r.to_string()]);
            let roles = text
                .manager_roles()
                .iter()
                .enumerate()
                .map(|(i, r)| vec![item_clause(MANAGER_ROLES_CLAUSE, i), r.to_string()]);
            (
                strings([l.clause, l.requirement]),
                requirements.chain(roles).collect(),
            )
        }
        Topic::Scale => {
            let rows = INDUSTRIES
                .iter()
                .map(|row| {
                    let name = if lang == Lang::Zh {
                        row.zh_name
                    } else {
                        row.en_name
                    };
                    let mut cells = vec![format!("`{}`", row.slug), name.to_string()];
                    for scale in [Scale::Large, Scale::Medium, Scale::Small] {
                        let bounds: Vec<String> = row
                            .bounds(scale)
                            .iter()
                            .map(|&(indicator, lower)| {
                                let letter = match indicator {
                                    Indicator::Employees => "X",
                                    Indicator::Revenue => "Y",
                                    Indicator::Assets => "Z",
                                };
                                format!("{letter}≥{lower}")
                            })
                            .collect();
                        cells.push(bounds.join(", "));
                    }
                    cells
                })
                .collect();
            let large = text.scale(Scale::Large);
            let medium = text.scale(Scale::Medium);
            let small = text.scale(Scale::Small);
            (
                strings([e.industry, e.industry_name, large, medium, small]),
                rows,
            )
        }
    };
    Section {
        title: text.topic_title(topic).to_string(),
        header,
        rows,
        note: text.topic_note(topic).to_string(),
    }
}
