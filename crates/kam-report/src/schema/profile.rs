//! The profile as a document, for its JSON Schema (`kam-advise schema profile`): one
//! Rust type per table and per kind of value, whose doc comments become the per-key
//! descriptions editors show. `profile` does not read the TOML through these types (its
//! checker works on the spanned document, to name line and column); they describe the
//! same keys, and `tests` checks that they name every key the checker knows.

use std::borrow::Cow;

use schemars::{JsonSchema, Schema, SchemaGenerator, json_schema};

use super::values;

/// A value type whose schema is built by a function of `values`, shown inline where
/// a key uses it.
macro_rules! value_type {
    ($(#[$meta:meta])* $name:ident => $schema:expr) => {
        $(#[$meta])*
        #[derive(Debug, Default)]
        pub struct $name;

        impl JsonSchema for $name {
            fn inline_schema() -> bool {
                true
            }

            fn schema_name() -> Cow<'static, str> {
                stringify!($name).into()
            }

            fn json_schema(_: &mut SchemaGenerator) -> Schema {
                $schema
            }
        }
    };
}

value_type! {
    /// One line of text, not blank.
    OneLine => json_schema!({
        "type": "string",
        "pattern": values::one_line_pattern(),
        "maxLength": crate::profile::MAX_NAME_CHARS,
    })
}
value_type! {
    /// A whole number, 0 or more (a string of digits too).
    Count => values::count()
}
value_type! {
    /// A number ≥ 0 in the profile's currency, or a money string.
    Amount => values::amount()
}
value_type! {
    /// A currency code.
    Currency => json_schema!({
        "type": "string",
        "pattern": values::currency_pattern(),
        "default": "CNY",
        "examples": ["CNY", "USD", "EUR", "RMB", "人民币"],
    })
}
value_type! {
    /// CNY per unit of the currency.
    Rate => values::rate()
}
value_type! {
    /// A kind of organisation.
    KindName => {
        let mut schema = values::one_of(&values::kinds());
        schema.insert("default".into(), crate::profile::Kind::Enterprise.slug().into());
        schema
    }
}
value_type! {
    /// An NBS 2017 size.
    ScaleName => values::one_of(&values::scales())
}
value_type! {
    /// An NBS 2017 row.
    IndustryName => values::one_of(&values::industries())
}
value_type! {
    /// Who looks after key accounts today.
    SetupName => values::one_of(&values::setups())
}
value_type! {
    /// A flag of the firm's own judgement, false when left out.
    Flag => values::flag()
}
value_type! {
    /// The levels of a multi-level organisation, top first.
    Levels => json_schema!({
        "type": "array",
        "items": values::one_of(&values::levels()),
        "minItems": 1,
        "uniqueItems": true,
    })
}
value_type! {
    /// How many units a level has: a level of `levels` (any spelling) and a count ≥ 1.
    Counts => {
        let mut properties = serde_json::Map::new();
        for spelling in values::levels() {
            properties.insert(spelling.text, serde_json::json!({ "type": "integer", "minimum": 1, "maximum": crate::check::MAX_COUNT }));
        }
        json_schema!({
            "type": "object",
            "properties": properties,
            "additionalProperties": false,
        })
    }
}
value_type! {
    /// The firm's functions that send members to a team.
    Functions => json_schema!({
        "type": "array",
        "items": { "type": "string", "pattern": values::one_line_pattern() },
        "minItems": 1,
    })
}

/// An enterprise profile for kam-advise: the facts the chapter's rules need to advise
/// which key-account (KAM) organisation to set up.
#[derive(Debug, JsonSchema)]
#[schemars(deny_unknown_fields, transform = add_conditions)]
// The fields are never read as values: they are the shape the JSON Schema derive
// describes.
#[allow(dead_code)]
pub(crate) struct ProfileDocument {
    /// Required. The enterprise's name, as the advice shows it: one line, not blank.
    pub name: OneLine,
    /// Required. (一)1: the annual revenue, compared in CNY with the revenue threshold
    /// (`kam-advise rules` shows it); NBS 2017 also uses it to infer `scale`. A number of units of `currency`, or a string as people write it: "8000万",
    /// "0.8亿元", "¥8,000万", "80,000,000", "80M", "80 million", "RMB 80 million", "1.2亿元人民币", "1.5e8", full-width "８０００万".
    /// Units: 千 万 百万 千万 亿 万亿, K M B bn T, thousand million billion trillion (any
    /// case), then an optional 元; a code, name or sign only of the currency: CNY RMB
    /// 人民币 ¥ ￥, USD 美元 $ US$, EUR 欧元 €, HKD 港元 HK$, GBP 英镑 £, JPY 日元.
    pub annual_revenue: Amount,
    /// Required. (一)2: the key accounts the firm has rated, 0 or more. Compared with
    /// the key-account threshold; the number of KAM managers follows from it.
    pub key_accounts: Count,
    /// The currency of `annual_revenue`, `total_assets` and `cny_rate`: a three-letter
    /// code in any case (not checked against ISO 4217); RMB and 人民币 are CNY. CNY when
    /// left out; any other currency needs `cny_rate`.
    #[schemars(default)]
    pub currency: Currency,
    /// CNY per one unit of `currency` (7.1 for USD, say): required when `currency` is
    /// not CNY; with CNY leave it out (or write 1).
    #[schemars(default)]
    pub cny_rate: Rate,
    /// What kind of organisation this is (default `enterprise`). `group`: a group of
    /// companies; a large one gets a KAM committee (二)1. `multinational`: an
    /// international group itself, not a subsidiary (that is `enterprise`); a KAM
    /// committee at any size (二)1. `public-sector`: a department of a national industry
    /// or state sector (国家行业部门); a KAM service centre, tiered as its network is
    /// (二)2. Chinese names are accepted.
    #[schemars(default)]
    pub kind: KindName,
    /// The size by NBS 2017 (《统计上大中小微型企业划分办法（2017）》): micro, small,
    /// medium, large (or 微型 小型 中型 大型). Left out, it is inferred from `industry`
    /// and the figures its row uses; a public-sector body or a multinational may leave it
    /// out altogether. (二) chooses the form by it.
    #[schemars(default)]
    pub scale: ScaleName,
    /// The NBS 2017 row used to infer `scale`, by slug or Chinese name. Finance is not
    /// covered by NBS 2017: declare `scale` instead.
    #[schemars(default)]
    pub industry: IndustryName,
    /// Employees, 0 or more: most NBS 2017 rows use it to infer `scale`.
    #[schemars(default)]
    pub employees: Count,
    /// Total assets, an amount written like `annual_revenue`: the NBS 2017 rows for
    /// construction, real estate, and leasing and business services use it to infer
    /// `scale`.
    #[schemars(default)]
    pub total_assets: Amount,
    /// Who looks after key accounts today: `none`; `sales`, individual salespeople;
    /// `sales-department`, the sales or business department with no unit of its own;
    /// `team`; `department`; `service-center` (or `service-centre`); `committee` — or
    /// their Chinese names. The advice then adds the gap from today's setup to the
    /// recommendation, and the steps to close it.
    #[schemars(default)]
    pub current_setup: SetupName,
    /// (一)3 and (一)4: the firm's own judgement, both false when left out.
    #[schemars(default)]
    pub strategy: Strategy,
    /// A multi-level organisation (a national industry's network, say): its levels and
    /// how many units each has. Drawn when the form is a KAM service centre (二)2.
    #[schemars(default)]
    pub network: Network,
    /// The members of a small cross-functional KAM team, used when the form is a team
    /// (二)4.
    #[schemars(default)]
    pub team: Team,
}

/// `[strategy]`: the conditions (一)3 and (一)4, which only the firm can judge.
#[derive(Debug, Default, JsonSchema)]
#[schemars(deny_unknown_fields)]
// The fields are never read as values: they are the shape the JSON Schema derive
// describes.
#[allow(dead_code)]
pub(crate) struct Strategy {
    /// (一)3: the firm's strategic and development plan calls for a KAM unit.
    #[schemars(default)]
    pub strategic_plan: Flag,
    /// (一)4: a dedicated unit would develop key accounts faster and strengthen their
    /// confidence in and reliance on the firm.
    #[schemars(default)]
    pub account_development: Flag,
}

/// `[network]`: a multi-level organisation, top first.
#[derive(Debug, Default, JsonSchema)]
#[schemars(deny_unknown_fields)]
// The fields are never read as values: they are the shape the JSON Schema derive
// describes.
#[allow(dead_code)]
pub(crate) struct Network {
    /// Required in `[network]`. The levels the organisation has, top first, each once:
    /// national, provincial, prefecture, county (or 国家级 省级 地级 县级). The lowest
    /// level given other than county holds the KAM service centre, the levels above it
    /// KAM management bodies, and county an optional service centre.
    pub levels: Levels,
    /// How many units a level has, e.g. { provincial = 31, prefecture = 333 }: only
    /// levels listed in `levels`, each at least 1.
    #[schemars(default)]
    pub counts: Counts,
}

/// `[team]`: who sends members to a cross-functional KAM team.
#[derive(Debug, Default, JsonSchema)]
#[schemars(deny_unknown_fields)]
// The fields are never read as values: they are the shape the JSON Schema derive
// describes.
#[allow(dead_code)]
pub(crate) struct Team {
    /// Required in `[team]`. The firm's functions that send members to the team, e.g.
    /// ["sales engineering", "customer success"]. Without `[team]`, the functions that
    /// deal with the customer's finance, purchasing, production and after-sales
    /// departments.
    pub functions: Functions,
}

/// Adds the rules that tie keys together (`values::conditions`).
fn add_conditions(schema: &mut Schema) {
    schema.insert("allOf".into(), values::conditions());
}
