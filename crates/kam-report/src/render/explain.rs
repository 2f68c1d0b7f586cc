//! `kam-advise explain [TOPIC]`: the chapter's decision rules as tables, each row
//! with its clause, built from the same `Rules` and catalogue the advice uses.

use super::Section;
use crate::advice::{ConditionId, FormRule};
use crate::money::{Decimal, parse_amount, to_cny};
use crate::rules::Rules;
use crate::scale::{INDUSTRIES, Indicator, Scale};
use crate::text::Topic;
use crate::text::{Catalog, DUTIES_CLAUSE, Lang, MANAGER_CLAUSE, REQUIREMENTS_CLAUSE, item_clause};

/// The sections for the given topics, in the language's words.
pub fn sections(topics: &[Topic], rules: &Rules, text: &dyn Catalog) -> Vec<Section> {
    topics.iter().map(|&t| section(t, rules, text)).collect()
}

/// Amounts as people write them, with the profile currency each is read in: CNY, or
/// USD at [`USD_RATE`].
const MONEY_EXAMPLES: [(&str, Option<&str>); 18] = [
    ("80000000", None),
    ("\"80,000,000\"", None),
    ("\"8000万\"", None),
    ("\"8000万元\"", None),
    ("\"0.8亿\"", None),
    ("\"1.2亿元人民币\"", None),
    ("\"¥8000万\"", None),
    ("\"五亿\"", None),
    ("\"伍亿元\"", None),
    ("\"一亿二千万\"", None),
    ("\"RMB 80 million\"", None),
    ("\"80 million RMB\"", None),
    ("\"CNY 80M\"", None),
    ("\"80M\"", None),
    ("\"1.5e8\"", None),
    ("\"US$12M\"", Some("USD")),
    ("\"USD 12 million\"", Some("USD")),
    ("\"$12M\"", Some("USD")),
];

/// The rate the examples in another currency are read at (CNY for one USD).
const USD_RATE: &str = "7.1";

/// Each example as the profile reader reads it: the money module parses every one,
/// so the table cannot show a form the tool refuses.
fn money_rows(text: &dyn Catalog) -> Vec<Vec<String>> {
    MONEY_EXAMPLES
        .iter()
        .map(|&(written, currency)| {
            let unquoted = written.trim_matches('"');
            let amount = parse_amount(unquoted, Some(currency.unwrap_or("CNY")));
            let reading = match (amount, currency) {
                (Ok(amount), None) => text.money_exact(amount, 0),
                (Ok(amount), Some(code)) => Decimal::parse(USD_RATE)
                    .and_then(|rate| to_cny(amount, rate))
                    .map_or_else(
                        |_| "—".to_string(),
                        |yuan| text.foreign_money(&amount.to_string(), code, USD_RATE, yuan),
                    ),
                (Err(_), _) => "—".to_string(),
            };
            let currency = match currency {
                Some(code) => format!("{code}, cny_rate = {USD_RATE}"),
                None => "CNY".to_string(),
            };
            vec![written.to_string(), currency, reading]
        })
        .collect()
}

fn strings<const N: usize>(cells: [&str; N]) -> Vec<String> {
    cells.iter().map(|c| c.to_string()).collect()
}

fn section(topic: Topic, rules: &Rules, text: &dyn Catalog) -> Section {
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
            let rows = FormRule::ALL
                .iter()
                .map(|&rule| {
                    vec![
                        rule.number().to_string(),
                        text.rule_title(rule).to_string(),
                        text.form_rule_when(rule, rules),
                        text.with_clause(text.form_short(rule.form()), rule.form_clause()),
                        text.reason_in_general(rule, rules),
                    ]
                })
                .collect();
            (
                strings([e.order, e.rule, e.applies_when, l.form, l.why]),
                rows,
            )
        }
        Topic::Staffing => (
            strings([e.item, e.rule, l.source_of_figure, l.clause]),
            text.staffing_rules(rules)
                .into_iter()
                .map(|row| row.to_vec())
                .collect(),
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
            let mut rows = vec![vec![
                REQUIREMENTS_CLAUSE.to_string(),
                text.requirements_intro().to_string(),
            ]];
            rows.extend(
                text.requirements()
                    .iter()
                    .enumerate()
                    .map(|(i, r)| vec![item_clause(REQUIREMENTS_CLAUSE, i), r.to_string()]),
            );
            let manager = [text.manager_intro(), text.manager_responsibility()]
                .into_iter()
                .chain(text.manager_abilities().iter().copied())
                .chain(text.manager_roles().iter().copied());
            rows.extend(manager.map(|t| vec![MANAGER_CLAUSE.to_string(), t.to_string()]));
            (strings([l.clause, l.requirement]), rows)
        }
        Topic::Examples => {
            let rows = text
                .examples()
                .iter()
                .map(|(title, body, clause)| {
                    vec![clause.to_string(), title.to_string(), body.to_string()]
                })
                .collect();
            (strings([l.clause, e.example, e.item]), rows)
        }
        Topic::Readings => {
            let rows = text
                .readings()
                .iter()
                .map(|(clause, printed, reading)| {
                    vec![clause.to_string(), printed.to_string(), reading.to_string()]
                })
                .collect();
            (strings([l.clause, e.printed, e.read_as]), rows)
        }
        Topic::Scale => {
            let rows = INDUSTRIES
                .iter()
                .map(|row| {
                    let name = if text.lang() == Lang::Zh {
                        row.zh_name
                    } else {
                        row.en_name
                    };
                    let mut cells = vec![row.slug.to_string(), name.to_string()];
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
        Topic::Money => (
            strings([e.written, e.profile_currency, e.read_as]),
            money_rows(text),
        ),
    };
    Section {
        title: text.topic_title(topic).to_string(),
        header,
        rows,
        note: text.topic_note(topic).to_string(),
    }
}
