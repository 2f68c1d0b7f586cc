//! One JSON object per profile (JSON Lines), schema version 3 (docs/guide.md, "Scripts: JSON Lines
//! and exit codes"). Keys and ids are English; texts follow the language.

use schemars::JsonSchema;
use serde::Serialize;
use serde_json::value::RawValue;

use super::{RenderOptions, Report};
use crate::advice::{ConditionId, Form, FormRule, GapDirection, Measure, RoleId, UnitKind};
use crate::profile::{Kind, Level, ScaleSource, Setup};
use crate::rules::Source;
use crate::scale::Scale;
use crate::text::{Catalog, DUTIES_CLAUSE, Lang, MANAGER_CLAUSE, REQUIREMENTS_CLAUSE, item_clause};

/// The version of this JSON layout; keys are only ever added within a version.
pub const SCHEMA_VERSION: u32 = 3;

/// One advised profile: a line of `kam-advise --format json`. Keys are only ever added
/// within a `schema_version`; texts follow `lang`, keys and ids are English.
#[derive(Serialize, JsonSchema)]
struct Json<'a> {
    #[schemars(extend("const" = SCHEMA_VERSION))]
    schema_version: u32,
    /// The profile's path as given, or `-` for standard input.
    source: &'a str,
    lang: Lang,
    name: &'a str,
    /// Annual revenue in whole yuan, the exact `revenue.cny` truncated toward zero (so a
    /// figure below a threshold never shows at it): what the NBS 2017 bounds, all whole
    /// yuan, compare.
    revenue_cny: u64,
    revenue: JsonRevenue,
    key_accounts: u64,
    kind: Kind,
    /// Null only for a public-sector body or a multinational without size data.
    scale: Option<Scale>,
    scale_source: ScaleSource,
    /// The NBS 2017 row's slug, when given.
    #[serde(skip_serializing_if = "Option::is_none")]
    industry: Option<&'static str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    employees: Option<u64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    total_assets_cny: Option<u64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    current_setup: Option<Setup>,
    /// The four conditions of (一), in order.
    conditions: Vec<JsonCondition>,
    /// A condition of (一) is met: the firm may consider a dedicated unit.
    unit_worth_considering: bool,
    verdict: String,
    form: Form,
    /// The rule of (二) that decided the form (docs/rules.md).
    form_rule: FormRule,
    form_clause: &'static str,
    form_name: &'static str,
    form_reason: String,
    /// The KAM units only, each with a unique id; the chart adds top management.
    units: Vec<JsonUnit>,
    staffing: JsonStaffing,
    /// Bottom to top, for a department (the chapter's example); empty otherwise.
    reporting_line: Vec<JsonPost>,
    #[schemars(with = "Vec<JsonItem>")]
    duties: &'a RawValue,
    #[schemars(with = "JsonItem")]
    requirements_intro: &'a RawValue,
    #[schemars(with = "Vec<JsonItem>")]
    requirements: &'a RawValue,
    #[schemars(with = "JsonItem")]
    manager_intro: &'a RawValue,
    #[schemars(with = "JsonItem")]
    manager_responsibility: &'a RawValue,
    #[schemars(with = "Vec<JsonItem>")]
    manager_abilities: &'a RawValue,
    #[schemars(with = "Vec<JsonItem>")]
    manager_roles: &'a RawValue,
    warnings: Vec<String>,
    hints: Vec<String>,
    /// False when `--rules` changed a figure.
    default_rules: bool,
    /// From today's setup to the recommendation, when `current_setup` is given.
    gap: Option<JsonGap>,
    /// With `--why` only: the reasoning, step by step.
    #[serde(skip_serializing_if = "Option::is_none")]
    trace: Option<Vec<String>>,
}

/// A normalised decimal string: no sign, exponent, leading or trailing zeros.
const DECIMAL: &str = r"^(0|[1-9][0-9]*)(\.[0-9]*[1-9])?$";

/// Annual revenue as given, and in CNY exactly.
#[derive(Serialize, JsonSchema)]
struct JsonRevenue {
    /// A normalised decimal string ("80500000", "7.1").
    #[schemars(pattern(DECIMAL))]
    amount: String,
    /// The upper-case currency code.
    currency: String,
    /// CNY per unit of `currency`, a decimal string ("1" for CNY).
    #[schemars(pattern(DECIMAL))]
    cny_rate: String,
    /// The exact CNY amount, `amount` × `cny_rate`, a normalised decimal string
    /// ("80500000", "49999999.992"): what (一)1 compares.
    #[schemars(pattern(DECIMAL))]
    cny: String,
}

#[derive(Serialize, JsonSchema)]
struct JsonCondition {
    id: ConditionId,
    met: bool,
    clause: &'static str,
    label: &'static str,
    value: JsonMeasure,
    threshold: JsonMeasure,
}

#[derive(Serialize, JsonSchema)]
#[serde(untagged)]
enum JsonMeasure {
    Number(u64),
    Flag(bool),
}

impl From<Measure> for JsonMeasure {
    fn from(m: Measure) -> Self {
        match m {
            // Whole yuan, truncated like `revenue_cny`.
            Measure::Yuan { exact, .. } => {
                JsonMeasure::Number(exact.trunc_u64().unwrap_or(u64::MAX))
            }
            Measure::Count(n) => JsonMeasure::Number(n),
            Measure::Flag(b) => JsonMeasure::Flag(b),
            // Left out counts as no (the profile's default).
            Measure::Unstated => JsonMeasure::Flag(false),
        }
    }
}

#[derive(Serialize, JsonSchema)]
struct JsonUnit {
    id: String,
    kind: UnitKind,
    name: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    level: Option<Level>,
    #[serde(skip_serializing_if = "Option::is_none")]
    count: Option<u64>,
    optional: bool,
    /// The parent unit's `id`, or null for the top unit.
    parent: Option<String>,
}

#[derive(Serialize, JsonSchema)]
struct JsonStaffing {
    kam_managers: u64,
    /// Null for a network whose service tier is not counted.
    headcount: Option<u64>,
    focus_executives: u64,
    roles: Vec<JsonRole>,
}

#[derive(Serialize, JsonSchema)]
struct JsonRole {
    id: RoleId,
    role: String,
    /// Null for a role with no number (`committee-member`).
    count: Option<u64>,
    basis: String,
    in_headcount: bool,
    source: Source,
}

#[derive(Serialize, JsonSchema)]
struct JsonPost {
    id: &'static str,
    name: &'static str,
}

#[derive(Serialize, JsonSchema)]
struct JsonItem {
    clause: String,
    text: &'static str,
}

#[derive(Serialize, JsonSchema)]
struct JsonGap {
    current: Setup,
    direction: GapDirection,
    summary: String,
    reasons: Vec<String>,
    steps: Vec<String>,
}

fn items(clause: &str, texts: &'static [&'static str], numbered: bool) -> Vec<JsonItem> {
    texts
        .iter()
        .enumerate()
        .map(|(i, text)| JsonItem {
            clause: if numbered {
                item_clause(clause, i)
            } else {
                clause.to_string()
            },
            text,
        })
        .collect()
}

fn item(clause: &str, text: &'static str) -> JsonItem {
    JsonItem {
        clause: clause.to_string(),
        text,
    }
}

/// The JSON Schema of a line of `--format json` (`kam-advise schema advice`).
pub(crate) fn schema(generator: schemars::SchemaGenerator) -> schemars::Schema {
    generator.into_root_schema_for::<Json<'static>>()
}

/// (三) and (四), the texts every advised profile carries alike, written as JSON once
/// per run and copied into each line as they are.
pub struct Shared {
    duties: Box<RawValue>,
    requirements_intro: Box<RawValue>,
    requirements: Box<RawValue>,
    manager_intro: Box<RawValue>,
    manager_responsibility: Box<RawValue>,
    manager_abilities: Box<RawValue>,
    manager_roles: Box<RawValue>,
}

impl Shared {
    pub fn new(text: &dyn Catalog) -> serde_json::Result<Shared> {
        fn raw(value: &impl Serialize) -> serde_json::Result<Box<RawValue>> {
            serde_json::value::to_raw_value(value)
        }
        Ok(Shared {
            duties: raw(&items(DUTIES_CLAUSE, text.duties(), true))?,
            requirements_intro: raw(&item(REQUIREMENTS_CLAUSE, text.requirements_intro()))?,
            requirements: raw(&items(REQUIREMENTS_CLAUSE, text.requirements(), true))?,
            manager_intro: raw(&item(MANAGER_CLAUSE, text.manager_intro()))?,
            manager_responsibility: raw(&item(MANAGER_CLAUSE, text.manager_responsibility()))?,
            manager_abilities: raw(&items(MANAGER_CLAUSE, text.manager_abilities(), false))?,
            manager_roles: raw(&items(MANAGER_CLAUSE, text.manager_roles(), false))?,
        })
    }
}

/// Renders one advised profile as a single line of JSON; `shared` is [`Shared`] in
/// the same language.
pub fn render(
    report: &Report<'_>,
    opts: &RenderOptions,
    shared: &Shared,
) -> serde_json::Result<String> {
    let text: &dyn Catalog = opts.catalog();
    let (profile, advice) = (report.profile, report.advice);
    let units = &advice.units;
    let met = advice.conditions.iter().filter(|c| c.met).count();
    let json = Json {
        schema_version: SCHEMA_VERSION,
        source: report.source,
        lang: opts.lang,
        name: &profile.name,
        revenue_cny: profile.revenue_cny,
        revenue: JsonRevenue {
            amount: profile.revenue.amount.to_string(),
            currency: profile.revenue.currency.clone(),
            cny_rate: profile.revenue.cny_rate.to_string(),
            cny: profile.revenue.cny.to_string(),
        },
        key_accounts: profile.key_accounts,
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
        unit_worth_considering: advice.worth_considering,
        verdict: text.verdict(advice.worth_considering, met, advice.rule),
        form: advice.form,
        form_rule: advice.rule,
        form_clause: advice.rule.form_clause(),
        form_name: text.form(advice.form),
        form_reason: text.reason(advice.rule, &report.facts(), report.rules),
        units: units
            .iter()
            .map(|u| JsonUnit {
                id: u.id(),
                kind: u.kind,
                name: text.unit(u.kind, u.level),
                level: u.level,
                count: u.count,
                optional: u.optional,
                parent: u.parent.and_then(|p| units.get(p)).map(|p| p.id()),
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
                    role: text.role(r),
                    count: r.count,
                    basis: text.basis(r.basis),
                    in_headcount: r.in_headcount,
                    source: r.source,
                })
                .collect(),
        },
        reporting_line: advice
            .reporting_line
            .iter()
            .map(|p| JsonPost {
                id: p.slug(),
                name: text.post(*p),
            })
            .collect(),
        duties: &shared.duties,
        requirements_intro: &shared.requirements_intro,
        requirements: &shared.requirements,
        manager_intro: &shared.manager_intro,
        manager_responsibility: &shared.manager_responsibility,
        manager_abilities: &shared.manager_abilities,
        manager_roles: &shared.manager_roles,
        warnings: advice.warnings.iter().map(|w| text.warning(*w)).collect(),
        hints: advice.hints.iter().map(|h| text.hint(*h)).collect(),
        default_rules: advice.default_rules,
        gap: advice.gap.as_ref().map(|g| JsonGap {
            current: g.current,
            direction: g.direction,
            summary: text.gap_summary(g, advice.rule),
            reasons: g.reasons.iter().map(|r| text.opening_reason(*r)).collect(),
            steps: g.steps.iter().map(|s| text.step(s)).collect(),
        }),
        trace: opts
            .why
            .then(|| advice.trace.iter().map(|t| text.trace(t)).collect()),
    };
    serde_json::to_string(&json)
}
