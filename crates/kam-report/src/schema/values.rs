//! The values a profile key accepts, as JSON Schema: the spellings of each enum key
//! (slugs, Chinese names, `centre`), and the regular expressions of money strings,
//! currency codes and one-line names. Each is built from the tables the checker reads
//! (`Kind::CHINESE`, `money::UNITS`, the NBS rows...), so the schema cannot drift from
//! what kam-advise accepts; `tests` below compares them value by value.

use schemars::{Schema, json_schema};
use serde_json::{Value, json};

use crate::money::chinese::{BIG_UNITS, DIGITS, SMALL_UNITS, WHOLE, YUAN, ZEROS};
use crate::money::{COMMA_GROUPS, NAMES, SIGNS, Side, UNITS};
use crate::profile::{Kind, Level, Setup};
use crate::scale::{INDUSTRIES, Scale};
use crate::spelling::{NO, YES};

/// One way of writing a value: the text, the slug it stands for, and what taplo shows
/// beside it in a completion.
pub(crate) struct Spelling {
    pub text: String,
    pub slug: &'static str,
    pub doc: Option<String>,
}

impl Spelling {
    fn slug(slug: &'static str) -> Spelling {
        Spelling {
            text: slug.to_string(),
            slug,
            doc: None,
        }
    }

    fn alias(text: &str, slug: &'static str) -> Spelling {
        Spelling {
            text: text.to_string(),
            slug,
            doc: Some(format!("{text} = {slug}")),
        }
    }
}

/// Every way of writing a `kind`: the slugs and their Chinese names.
pub(crate) fn kinds() -> Vec<Spelling> {
    with_aliases(Kind::ALL, Kind::slug, &Kind::CHINESE, |_| Vec::new())
}

/// Every way of writing a `current_setup`: the slugs, `centre` for `center`, and the
/// Chinese names.
pub(crate) fn setups() -> Vec<Spelling> {
    with_aliases(Setup::ALL, Setup::slug, &Setup::CHINESE, |slug| {
        if slug.contains("center") {
            vec![slug.replace("center", "centre")]
        } else {
            Vec::new()
        }
    })
}

/// Every way of writing a level of `[network]`: the slugs and their Chinese names.
pub(crate) fn levels() -> Vec<Spelling> {
    with_aliases(Level::ALL, Level::slug, &Level::CHINESE, |_| Vec::new())
}

/// Every way of writing a `scale`: the slugs, the NBS names (大型) and those names
/// without 型 (大), as `Scale::from_name` reads them.
pub(crate) fn scales() -> Vec<Spelling> {
    let mut all = Vec::new();
    for scale in Scale::ALL {
        let name = scale.zh_name();
        all.push(Spelling::slug(scale.slug()));
        all.push(Spelling::alias(name, scale.slug()));
        all.push(Spelling::alias(name.trim_end_matches('型'), scale.slug()));
    }
    all
}

/// Every way of writing an `industry`: each NBS 2017 row's slug and Chinese name.
pub(crate) fn industries() -> Vec<Spelling> {
    let mut all = Vec::new();
    for row in &INDUSTRIES {
        all.push(Spelling {
            doc: Some(row.en_name.to_string()),
            ..Spelling::slug(row.slug)
        });
        all.push(Spelling::alias(row.zh_name, row.slug));
    }
    all
}

/// The slugs of `all`, each followed by its other spellings.
fn with_aliases<T: Copy + PartialEq>(
    all: &[T],
    slug: fn(T) -> &'static str,
    chinese: &[(T, &[&str])],
    spelled_otherwise: fn(&str) -> Vec<String>,
) -> Vec<Spelling> {
    let mut spellings = Vec::new();
    for &value in all {
        let slug = slug(value);
        spellings.push(Spelling::slug(slug));
        for other in spelled_otherwise(slug) {
            spellings.push(Spelling::alias(&other, slug));
        }
        for (_, names) in chinese.iter().filter(|(v, _)| *v == value) {
            for name in *names {
                spellings.push(Spelling::alias(name, slug));
            }
        }
    }
    spellings
}

/// A string that is one of `spellings`, with taplo's documentation of each value:
/// the canonical list first (editors complete it), then the same words in any letter
/// case with spaces around them, as the checker reads them.
pub(crate) fn one_of(spellings: &[Spelling]) -> Schema {
    let values: Vec<&str> = spellings.iter().map(|s| s.text.as_str()).collect();
    let docs: Vec<Option<&str>> = spellings.iter().map(|s| s.doc.as_deref()).collect();
    let any: Vec<String> = spellings.iter().map(|s| any_case(&s.text)).collect();
    json_schema!({
        "anyOf": [
            {
                "type": "string",
                "enum": values,
                "x-taplo": { "docs": { "enumValues": docs } },
            },
            {
                "type": "string",
                "pattern": format!("^[{WHITE_SPACE}]*(?:{})[{WHITE_SPACE}]*$", any.join("|")),
            },
        ],
    })
}

/// A count: a whole number ≥ 0, or a string of digits as a sheet cell holds it
/// (`crate::spelling::whole_number`; full-width digits, `,` or `_` between groups).
pub(crate) fn count() -> Schema {
    let digit = "[0-9０-９]";
    let pattern =
        format!("^[{WHITE_SPACE}]*[+＋]?{digit}(?:[,，_＿0-9０-９]*{digit})?[{WHITE_SPACE}]*$");
    json_schema!({
        "anyOf": [
            { "type": "integer", "minimum": 0, "maximum": crate::check::MAX_COUNT },
            { "type": "string", "pattern": pattern },
        ],
    })
}

/// A flag: true or false, or a word of `crate::spelling::flag` in any case.
pub(crate) fn flag() -> Schema {
    let words: Vec<String> = YES.iter().chain(NO).map(|w| any_case(w)).collect();
    json_schema!({
        "anyOf": [
            { "type": "boolean" },
            {
                "type": "string",
                "pattern": format!("^[{WHITE_SPACE}]*(?:{})[{WHITE_SPACE}]*$", words.join("|")),
            },
        ],
        "default": false,
    })
}

/// The texts of `spellings` that stand for one of `slugs`, for conditions.
pub(crate) fn spellings_of(spellings: &[Spelling], slugs: &[&str]) -> Vec<String> {
    spellings
        .iter()
        .filter(|s| slugs.contains(&s.slug))
        .map(|s| s.text.clone())
        .collect()
}

/// The characters Rust's `str::trim` removes (Unicode `White_Space`), for a character
/// class: JSON Schema's `\s` (ECMA 262) differs by U+0085 and U+FEFF.
const WHITE_SPACE: &str =
    "\\t\\n\\u000b\\f\\r \\u0085\\u00a0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000";

/// A regular expression (ECMA 262, as JSON Schema's `pattern`) matching `text` as it is.
fn escape(text: &str) -> String {
    let mut out = String::new();
    for c in text.chars() {
        if "\\^$.|?*+()[]{}/".contains(c) {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

/// ASCII letters in either case (`bn` → `[Bb][Nn]`): JSON Schema patterns have no flags.
fn any_case(word: &str) -> String {
    word.chars()
        .map(|c| {
            if c.is_ascii_alphabetic() {
                format!("[{}{}]", c.to_ascii_uppercase(), c.to_ascii_lowercase())
            } else {
                escape(&c.to_string())
            }
        })
        .collect()
}

/// The full-width form of a printable ASCII character, as a Chinese input method types
/// it (`$` → `＄`); the money parser reads it as the ASCII one.
fn full_width(c: char) -> Option<char> {
    (c.is_ascii_graphic() && !c.is_ascii_alphabetic())
        .then(|| char::from_u32(u32::from(c) + 0xFEE0))
        .flatten()
}

/// A character and its full-width form, for a character class.
fn both_widths(c: char) -> String {
    let mut class = escape(&c.to_string());
    if let Some(wide) = full_width(c) {
        class.push(wide);
    }
    class
}

/// The money strings `money::parse_amount` reads: an optional sign, digits with `_`
/// between them or commas between groups of three or four, one decimal point, an
/// optional space, an optional unit and an optional 元; full-width digits and
/// punctuation too. Whether the sign is the currency's, and whether the amount fits
/// in yuan, only the checker says.
pub(crate) fn money_pattern() -> String {
    let digit = "[0-9０-９]";
    let underscore = format!("[{}]", both_widths('_'));
    let point = format!("[{}]", both_widths('.'));
    let comma = format!("[{}]", both_widths(','));
    let fraction = format!("(?:{point}{digit}*)?");
    let plain = format!("{digit}+(?:{underscore}{digit}+)*{fraction}|{point}{digit}+");
    let mut numbers = vec![plain];
    for size in COMMA_GROUPS {
        let more = size - 1;
        numbers.push(format!(
            "{digit}(?:{underscore}?{digit}){{0,{more}}}(?:{comma}{digit}(?:{underscore}?{digit}){{{more}}})+{fraction}"
        ));
    }
    let signs: String = SIGNS.iter().map(|&(sign, _)| both_widths(sign)).collect();
    let mut units: Vec<&str> = UNITS.iter().map(|&(unit, _)| unit).collect();
    // Longest first, so that 万亿 is tried before 万.
    units.sort_by_key(|unit| std::cmp::Reverse(unit.chars().count()));
    let units: Vec<String> = units.iter().map(|unit| any_case(unit)).collect();
    // A currency code or name before or after the amount, a sign of several characters
    // before it (`money::NAMES`); scientific notation as a plain number ("1.5e8").
    let before: Vec<String> = NAMES.iter().map(|&(name, _, _)| any_case(name)).collect();
    let after: Vec<String> = NAMES
        .iter()
        .filter(|&&(_, _, side)| side == Side::Either)
        .map(|&(name, _, _)| any_case(name))
        .collect();
    let space = format!("[{WHITE_SPACE}]*");
    let scientific = format!("{digit}+(?:{point}{digit}*)?[eE][+-]?{digit}+");
    format!(
        "^{space}(?:(?:{})(?:{space}))?(?:{scientific}|[{signs}]?(?:{})[ \u{3000}]?(?:{})?元?|[{signs}]?{})(?:{space}(?:{}))?{space}$",
        before.join("|"),
        numbers.join("|"),
        units.join("|"),
        chinese_amount(),
        after.join("|"),
    )
}

/// An amount in Chinese numerals or mixed units, as `money::chinese` reads it (its
/// grammar is in that module's documentation): sections below 10^4 closed by 万亿, 亿
/// and 万 in order, a last section after them that reaches the place below the last
/// one or is opened by 零, then an optional 元 or 圆 and 整. Built from that module's
/// tables.
fn chinese_amount() -> String {
    let class = |chars: &mut dyn Iterator<Item = char>| format!("[{}]", chars.collect::<String>());
    let digit = class(&mut DIGITS.iter().map(|&(c, _)| c));
    let zero = class(&mut ZEROS.iter().copied());
    let small = |power: u32| {
        class(
            &mut SMALL_UNITS
                .iter()
                .filter(move |u| u.1 == power)
                .map(|u| u.0),
        )
    };
    let big = |power: u32| class(&mut BIG_UNITS.iter().filter(move |u| u.1 == power).map(|u| u.0));
    let (ten, hundred, thousand) = (small(1), small(2), small(3));
    let (wan, yi) = (big(4), big(8));
    let wan_yi = format!("{wan}{yi}");
    let (lead, any) = ("[1-9１-９]", "[0-9０-９]");
    let one = format!("(?:{digit}|{lead})");
    // Items of one digit and a unit, descending, 零 after any; a last digit after 十,
    // or after 零.
    let with_ten = format!(
        "(?:(?:{one}{thousand}{zero}*)?(?:{one}{hundred}{zero}*)?{one}{ten}|{ten}){zero}*{one}?"
    );
    let without_ten = format!(
        "(?:{one}{thousand}(?:{zero}*{one}{hundred})?|{one}{hundred})(?:{zero}+{one}|{zero}*)"
    );
    let section = |bare: &str| format!("{zero}*(?:{with_ten}|{without_ten}|{digit}|{bare})");
    let first = section(&format!("{lead}{any}*"));
    let next = section(&format!("{lead}{any}{{0,3}}"));
    // A last section straight after 万 that reaches the thousands.
    let thousands = format!(
        "(?:{one}{thousand}{zero}*(?:{one}{hundred}{zero}*)?{one}{ten}{zero}*{one}?|{one}{thousand}(?:{zero}*{one}{hundred})?(?:{zero}+{one}|{zero}*)|{lead}{any}{{3}})"
    );
    // After the first section: big units down to 万, then a last section that reaches
    // the thousands or is opened by 零; or down to 亿 or 万亿, then one opened by 零.
    let to_wan =
        format!("(?:{wan_yi}(?:{next}{yi})?{next}|{yi}{next})?{wan}(?:{zero}+{next}|{thousands})?");
    let to_yi = format!("(?:(?:{wan_yi}{next})?{yi}|{wan_yi})(?:{zero}+{next})?");
    let yuan = class(&mut YUAN.iter().copied());
    format!("{first}(?:{to_wan}|{to_yi})?{yuan}?{WHOLE}?")
}

/// `currency` as `money::currency_code` reads it: three ASCII letters in any case
/// (RMB among them), or 人民币.
pub(crate) fn currency_pattern() -> String {
    format!("^[{WHITE_SPACE}]*(?:[A-Za-z]{{3}}|人民币)[{WHITE_SPACE}]*$")
}

/// A currency that is CNY: CNY or RMB in any case, or 人民币.
pub(crate) fn cny_pattern() -> String {
    format!(
        "^[{WHITE_SPACE}]*(?:{}|{}|人民币)[{WHITE_SPACE}]*$",
        any_case("CNY"),
        any_case("RMB")
    )
}

/// One line of text that is not blank: what `name` and a team function must be
/// (control characters only as spaces around it).
pub(crate) fn one_line_pattern() -> String {
    let control = "\\u0000-\\u001f\\u007f-\\u009f";
    format!("^[{WHITE_SPACE}]*[^{WHITE_SPACE}{control}][^{control}]*[{WHITE_SPACE}]*$")
}

/// A money value: a number ≥ 0 in the profile's currency, or a money string.
pub(crate) fn amount() -> Schema {
    json_schema!({
        "type": ["number", "string"],
        "minimum": 0,
        "pattern": money_pattern(),
        "examples": ["8000万", "0.8亿元", "¥8,000万", "80,000,000", "80M", "80 million"],
    })
}

/// `cny_rate`: more than 0, a number or a money string.
pub(crate) fn rate() -> Schema {
    json_schema!({
        "type": ["number", "string"],
        "exclusiveMinimum": 0,
        "pattern": money_pattern(),
        "examples": [7.1],
    })
}

/// The profile's rules that tie keys together, as `if`/`then`: a currency other than
/// CNY needs `cny_rate` (with CNY it can only be 1); without `scale`, a profile that
/// is neither public-sector nor multinational needs `industry` and the figures its
/// NBS 2017 row uses.
pub(crate) fn conditions() -> Value {
    let cny = json!({ "type": "string", "pattern": cny_pattern() });
    let currency = json!({
        "if": {
            "required": ["currency"],
            "properties": { "currency": { "not": cny } },
        },
        "then": { "required": ["cny_rate"] },
        "else": {
            "properties": { "cny_rate": { "anyOf": [{ "const": 1 }, { "type": "string" }] } },
        },
    });

    let size_optional = spellings_of(
        &kinds(),
        &[Kind::PublicSector.slug(), Kind::Multinational.slug()],
    );
    let industries = industries();
    let rows: Vec<Value> = INDUSTRIES
        .iter()
        .map(|row| {
            let needs: Vec<&str> = row
                .indicators()
                .iter()
                .map(|i| i.profile_key().slug())
                .collect();
            json!({
                "if": {
                    "required": ["industry"],
                    "properties": { "industry": { "enum": spellings_of(&industries, &[row.slug]) } },
                },
                "then": { "required": needs },
            })
        })
        .collect();
    let scale = json!({
        "if": {
            "not": {
                "anyOf": [
                    { "required": ["scale"] },
                    { "required": ["kind"], "properties": { "kind": { "enum": size_optional } } },
                ],
            },
        },
        "then": { "required": ["industry"], "allOf": rows },
    });
    json!([currency, scale])
}

#[cfg(test)]
mod tests;
