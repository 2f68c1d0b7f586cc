//! `kam-advise compare`: one row per enterprise, for a class exercise or a portfolio.

use schemars::JsonSchema;
use serde::Serialize;

use super::{RenderOptions, Report, Section};
use crate::advice::{Form, FormRule};
use crate::profile::Setup;
use crate::scale::Scale;

/// One enterprise's row.
#[derive(Debug, Clone, Serialize, JsonSchema)]
pub struct Row {
    pub source: String,
    pub name: String,
    pub scale: Option<Scale>,
    /// Annual revenue in whole yuan (truncated toward zero).
    pub revenue_cny: u64,
    pub key_accounts: u64,
    pub conditions_met: usize,
    pub form: Form,
    pub form_rule: FormRule,
    pub form_clause: &'static str,
    pub kam_managers: u64,
    /// Null for a network whose service tier is not counted.
    pub headcount: Option<u64>,
    /// Today's setup, when the profile gives it.
    pub current_setup: Option<Setup>,
    /// How many warnings the advice has (the report says what they are).
    pub warnings: usize,
}

impl Row {
    pub fn of(report: &Report<'_>) -> Row {
        let advice = report.advice;
        Row {
            source: report.source.to_string(),
            name: report.profile.name.clone(),
            scale: report.profile.scale,
            revenue_cny: report.profile.revenue_cny,
            key_accounts: report.profile.key_accounts,
            conditions_met: advice.conditions.iter().filter(|c| c.met).count(),
            form: advice.form,
            form_rule: advice.rule,
            form_clause: advice.rule.form_clause(),
            kam_managers: advice.staffing.kam_managers,
            headcount: advice.staffing.headcount,
            current_setup: report.profile.current_setup,
            warnings: advice.warnings.len(),
        }
    }
}

/// A row as a JSON Lines record: every record carries the schema version and language.
#[derive(Serialize, JsonSchema)]
pub struct JsonRow<'a> {
    #[schemars(extend("const" = super::json::SCHEMA_VERSION))]
    pub schema_version: u32,
    pub lang: crate::text::Lang,
    #[serde(flatten)]
    pub row: &'a Row,
}

/// The comparison as one section (a terminal or Markdown table).
pub fn section(rows: &[Row], opts: &RenderOptions) -> Section {
    let text = opts.catalog();
    let l = text.labels();
    let e = text.explain_labels();
    Section {
        title: e.compare_title.to_string(),
        header: [
            l.profile,
            l.scale,
            text.revenue_cny_short(),
            l.key_accounts,
            e.conditions_met,
            l.form,
            l.kam_managers,
            e.headcount_short,
            text.document_labels().current_setup,
            text.warnings_short(),
        ]
        .iter()
        .map(|s| s.to_string())
        .collect(),
        rows: rows
            .iter()
            .map(|r| {
                vec![
                    r.name.clone(),
                    r.scale.map_or(l.not_given, |s| text.scale(s)).to_string(),
                    crate::text::thousands(r.revenue_cny),
                    r.key_accounts.to_string(),
                    format!("{}/4", r.conditions_met),
                    text.with_clause(text.form_short(r.form), r.form_clause),
                    r.kam_managers.to_string(),
                    r.headcount
                        .map_or_else(|| "—".to_string(), |n| n.to_string()),
                    r.current_setup.map_or("—", |s| text.setup(s)).to_string(),
                    r.warnings.to_string(),
                ]
            })
            .collect(),
        note: String::new(),
    }
}
