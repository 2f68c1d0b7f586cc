//! One JSON object per profile (JSON Lines), with the keys of SPEC §5. Keys and ids
//! are English; texts follow the language.

use std::sync::OnceLock;

use serde::Serialize;
use serde_json::value::RawValue;

use super::{RenderOptions, Report};
use crate::advice::{ConditionId, Form, GapDirection, Measure, RoleId, UnitId};
use crate::profile::{Kind, Level, ScaleSource, Setup};
use crate::scale::Scale;
use crate::text::{DUTIES_CLAUSE, Lang, MANAGER_ROLES_CLAUSE, REQUIREMENTS_CLAUSE, item_clause};

/// The version of this JSON layout; keys are only ever added.
pub const SCHEMA_VERSION: u32 = 1;

#[derive(Serialize)]
struct Json<'a> {
    schema_version: u32,
    source: &'a str,
    lang: Lang,
    name: &'a str,
    revenue_cny: u64,
    key_accounts: u64,
    currency: &'a str,
    kind: Kind,
    scale: Scale,
    scale_source: ScaleSource,
    #[serde(skip_serializing_if = "Option::is_none")]
    industry: Option<&'static str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    employees: Option<u64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    total_assets_cny: Option<u64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    current_setup: Option<Setup>,
    conditions: Vec<JsonCondition>,
    dedicated_unit_warranted: bool,
    form: Form,
    form_name: &'static str,
    form_clause: &'static str,
    form_reason: String,
    units: Vec<JsonUnit>,
    staffing: JsonStaffing,
    reporting_line: Vec<&'static str>,
    duties: &'static RawValue,
    requirements: &'static RawValue,
    manager_roles: &'static RawValue,
    warnings: Vec<String>,
    hints: Vec<String>,
    default_rules: bool,
    gap: Option<JsonGap>,
    #[serde(skip_serializing_if = "Option::is_none")]
    trace: Option<Vec<String>>,
}

#[derive(Serialize)]
struct JsonGap {
    current: Setup,
    recommended: Form,
    direction: GapDirection,
    summary: String,
    salespeople_hold_accounts: bool,
    #[serde(skip_serializing_if = "Option::is_none")]
    warning: Option<&'static str>,
    steps: Vec<String>,
}

#[derive(Serialize)]
struct JsonCondition {
    id: ConditionId,
    met: bool,
    clause: &'static str,
    label: &'static str,
    value: JsonMeasure,
    threshold: JsonMeasure,
}

#[derive(Serialize)]
#[serde(untagged)]
enum JsonMeasure {
    Number(u64),
    Flag(bool),
}

impl From<Measure> for JsonMeasure {
    fn from(m: Measure) -> Self {
        match m {
            Measure::Yuan(n) | Measure::Count(n) => JsonMeasure::Number(n),
            Measure::Flag(b) => JsonMeasure::Flag(b),
        }
    }
}

#[derive(Serialize)]
struct JsonUnit {
    id: UnitId,
    name: &'static str,
    #[serde(skip_serializing_if = "Option::is_none")]
    level: Option<Level>,
    optional: bool,
    parent: Option<usize>,
}

#[derive(Serialize)]
struct JsonStaffing {
    kam_managers: u64,
    headcount: u64,
    focus_executives: u64,
    roles: Vec<JsonRole>,
}

#[derive(Serialize)]
struct JsonRole {
    id: RoleId,
    role: &'static str,
    count: u64,
    basis: String,
    in_headcount: bool,
}

#[derive(Serialize)]
struct JsonItem {
    clause: String,
    text: &'static str,
}

fn items(clause: &str, texts: &'static [&'static str]) -> Vec<JsonItem> {
    texts
        .iter()
        .enumerate()
        .map(|(i, &text)| JsonItem {
            clause: item_clause(clause, i),
            text,
        })
        .collect()
}

/// The fixed lists of (三), (四)1 and (四)2, serialised once per language: they
/// are the same in every profile's line, and escaping them is most of the work.
struct FixedLists {
    duties: Box<RawValue>,
    requirements: Box<RawValue>,
    manager_roles: Box<RawValue>,
}

fn fixed_lists(lang: Lang) -> serde_json::Result<&'static FixedLists> {
    static EN: OnceLock<FixedLists> = OnceLock::new();
    static ZH: OnceLock<FixedLists> = OnceLock::new();
    let cell = match lang {
        Lang::En => &EN,
        Lang::Zh => &ZH,
    };
    if let Some(lists) = cell.get() {
        return Ok(lists);
    }
    let text = crate::text::catalog(lang);
    let raw = |clause: &str, texts: &'static [&'static str]| {
        serde_json::value::to_raw_value(&items(clause, texts))
    };
    let lists = FixedLists {
        duties: raw(DUTIES_CLAUSE, text.duties())?,
        requirements: raw(REQUIREMENTS_CLAUSE, text.requirements())?,
        manager_roles: raw(MANAGER_ROLES_CLAUSE, text.manager_roles())?,
    };
    Ok(cell.get_or_init(|| lists))
}

/// Renders one profile as one line of JSON.
pub fn render(report: &Report<'_>, opts: &RenderOptions) -> serde_json::Result<String> {
    let text = opts.catalog();
    let (profile, advice) = (report.profile, report.advice);
    let fixed = fixed_lists(opts.lang)?;
    let json = Json {
        schema_version: SCHEMA_VERSION,
        source: report.source,
        lang: opts.lang,
        name: &profile.name,
        revenue_cny: profile.revenue_cny,
        key_accounts: profile.key_accounts,
        currency: &profile.currency,
        kind: profile.kind,
        scale: profile.scale,
        scale_source: profile.scale_source,
        industry: profile.industry.map(|r| r.slug),
        employees: profile.employees,
        total_assets_cny: profile.total_assets_cny,
        current_setup: profile.current_setup,
        conditions: advice
            .conditions
            .iter()
            .map(|c| JsonCondition {
                id: c.id,
                met: c.met,
                clause: c.id.clause(),
                label: text.condition(c.id),
                value: c.value.into(),
                threshold: c.threshold.into(),
            })
            .collect(),
        dedicated_unit_warranted: advice.warranted,
        form: advice.form,
        form_name: text.form(advice.form),
        form_clause: advice.form.clause(),
        form_reason: text.reason(advice.reason),
        units: advice
            .units
            .iter()
            .map(|u| JsonUnit {
                id: u.id,
                name: text.unit(u.id),
                level: u.level,
                optional: u.optional,
                parent: u.parent,
            })
            .collect(),
        staffing: JsonStaffing {
            kam_managers: advice.staffing.kam_managers,
            headcount: advice.staffing.headcount,
            focus_executives: advice.staffing.focus_executives,
            roles: advice
                .staffing
                .roles
                .iter()
                .map(|r| JsonRole {
                    id: r.id,
                    role: text.role(r.id),
                    count: r.count,
                    basis: text.basis(r.basis),
                    in_headcount: r.in_headcount,
                })
                .collect(),
        },
        reporting_line: advice
            .reporting_line
            .iter()
            .map(|&p| text.post(p))
            .collect(),
        duties: &fixed.duties,
        requirements: &fixed.requirements,
        manager_roles: &fixed.manager_roles,
        warnings: advice.warnings.iter().map(|&w| text.warning(w)).collect(),
        hints: advice.hints.iter().map(|&h| text.hint(h)).collect(),
        default_rules: advice.default_rules,
        gap: advice.gap.as_ref().map(|gap| JsonGap {
            current: gap.current,
            recommended: advice.form,
            direction: gap.direction,
            summary: text.gap_summary(gap.current, advice.form, gap.direction),
            salespeople_hold_accounts: gap.salespeople_hold_accounts,
            warning: gap
                .salespeople_hold_accounts
                .then(|| text.salespeople_warning()),
            steps: gap.steps.iter().map(|&s| text.step(s)).collect(),
        }),
        trace: opts
            .why
            .then(|| advice.trace.iter().map(|t| text.trace(t)).collect()),
    };
    serde_json::to_string(&json)
}
