//! `kam-advise compare`: one row per enterprise, for a class exercise or a portfolio.

use std::collections::BTreeMap;

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
    /// The warnings themselves, for the portfolio report (JSON gives the count).
    #[serde(skip)]
    #[schemars(skip)]
    pub warning_list: Vec<crate::advice::Warning>,
    /// Whether the scale was inferred by NBS 2017 (the report cites it then).
    #[serde(skip)]
    #[schemars(skip)]
    pub scale_inferred: bool,
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
            warning_list: advice.warnings.clone(),
            scale_inferred: report.profile.scale_source == crate::profile::ScaleSource::Inferred,
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

/// A line of the human formats (table, Markdown, XLSX): an advised profile, or an
/// input or row that failed, with its error.
#[derive(Debug, Clone)]
pub enum Entry {
    Advised(Row),
    Failed { source: String, error: String },
}

/// The totals of the advised rows: KAM managers, headcount (of the rows that count
/// one) and how many rows have each form.
#[derive(Debug, Default)]
pub struct Totals {
    pub kam_managers: u64,
    pub headcount: u64,
    pub forms: BTreeMap<Form, usize>,
}

impl Totals {
    pub fn of<'a>(rows: impl Iterator<Item = &'a Row>) -> Totals {
        let mut totals = Totals::default();
        for row in rows {
            totals.add(row);
        }
        totals
    }

    /// Counts one more row (a portfolio written as it comes keeps only the totals).
    pub fn add(&mut self, row: &Row) {
        self.kam_managers = self.kam_managers.saturating_add(row.kam_managers);
        self.headcount = self.headcount.saturating_add(row.headcount.unwrap_or(0));
        *self.forms.entry(row.form).or_default() += 1;
    }

    /// Each form with its count, in the chapter's order: "committee 2, team 1".
    pub fn forms_text(&self, text: &dyn crate::text::Catalog) -> String {
        self.forms
            .iter()
            .map(|(form, n)| format!("{} {n}", text.form_short(*form)))
            .collect::<Vec<_>>()
            .join(text.list_separator())
    }
}

/// The comparison as one section (a terminal or Markdown table): every entry in
/// input order, a failed one marked with its error, and a totals row.
pub fn section(entries: &[Entry], opts: &RenderOptions) -> Section {
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
        rows: entries
            .iter()
            .map(|entry| match entry {
                Entry::Advised(r) => vec![
                    // Shown as the advice's table shows it: a control, invisible or
                    // bidi character escaped, not acting on the terminal.
                    crate::quote::shown(&r.name),
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
                ],
                Entry::Failed { source, error } => {
                    let mut cells = vec![String::new(); 10];
                    cells[0].clone_from(source);
                    cells[5] = text.not_advised().to_string();
                    cells[9].clone_from(error);
                    cells
                }
            })
            .chain(std::iter::once({
                let totals = Totals::of(entries.iter().filter_map(|e| match e {
                    Entry::Advised(r) => Some(r),
                    Entry::Failed { .. } => None,
                }));
                let mut cells = vec![String::new(); 10];
                cells[0] = text.total_label().to_string();
                cells[5] = totals.forms_text(text);
                cells[6] = totals.kam_managers.to_string();
                cells[7] = totals.headcount.to_string();
                cells
            }))
            .collect(),
        note: String::new(),
    }
}
