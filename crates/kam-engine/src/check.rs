//! The TOML checker shared by profiles and `--rules` files: decodes a document with
//! spans, hands its table to a check, and collects every problem with its line and
//! column, in file order. What a profile means is in `profile`; this module knows only
//! TOML values, keys and the words of a problem.

use std::ops::Range;

use toml::Spanned;
use toml::de::{DeTable, DeValue};

use crate::keys::ProfileKey;
use crate::money::{self, Decimal, MoneyError};
use crate::problem::{Expected, Found, Issue, KeyHint, Problem, ProfileError};
pub use crate::quote::quote_limited;
use crate::spelling;

/// Largest document read, in bytes (a profile, a rules file, an answer sheet): a
/// profile is a few hundred bytes, the answer sheet of 99 cases 28 KiB. The TOML
/// parser holds up to some 80 times a document's size (a 1 MiB array of zeros took
/// 81 MiB); at this size that stays near 20 MiB.
pub const MAX_DOCUMENT_BYTES: usize = 256 * 1024;

/// How much of a user's value an error message quotes.
pub(crate) const QUOTE_CHARS: usize = 40;

/// The width of the code units, 16 or 32 bits, when `bytes` are UTF-16 or UTF-32
/// text rather than UTF-8: by a byte-order mark, or without one by the NUL bytes
/// beside ASCII characters (which a UTF-8 reader would take for binary data).
pub fn wide_text(bytes: &[u8]) -> Option<u8> {
    if bytes.starts_with(&[0xff, 0xfe, 0, 0]) || bytes.starts_with(&[0, 0, 0xfe, 0xff]) {
        return Some(32);
    }
    if utf32_without_bom(bytes) {
        return Some(32);
    }
    if bytes.starts_with(&[0xff, 0xfe]) || bytes.starts_with(&[0xfe, 0xff]) {
        return Some(16);
    }
    utf16_without_bom(bytes).then_some(16)
}

/// Whether the start of `bytes` looks like UTF-32 text without its byte-order
/// mark: ASCII characters with three NUL bytes beside each, all on the same side.
fn utf32_without_bom(bytes: &[u8]) -> bool {
    let sample = &bytes[..bytes.len().min(64) / 4 * 4];
    if sample.len() < 8 {
        return false;
    }
    let units = sample.chunks_exact(4);
    let le = units.clone().all(|u| u[1] == 0 && u[2] == 0 && u[3] == 0);
    let be = units.clone().all(|u| u[0] == 0 && u[1] == 0 && u[2] == 0);
    let ascii = |i: usize| sample.chunks_exact(4).filter(|u| u[i] != 0).count() * 4;
    (le && ascii(0) * 4 >= sample.len() * 3) || (be && ascii(3) * 4 >= sample.len() * 3)
}

/// Whether the start of `bytes` looks like UTF-16 text without its byte-order
/// mark: ASCII characters with a NUL byte beside each, all on the same side.
fn utf16_without_bom(bytes: &[u8]) -> bool {
    let sample = &bytes[..bytes.len().min(64)];
    if sample.len() < 4 {
        return false;
    }
    let nul_at = |parity: usize| {
        sample
            .iter()
            .skip(parity)
            .step_by(2)
            .filter(|b| **b == 0)
            .count()
    };
    let (even, odd) = (nul_at(0), nul_at(1));
    let pairs = sample.len() / 2;
    (odd * 4 >= pairs * 3 && even == 0) || (even * 4 >= pairs * 3 && odd == 0)
}

/// Decodes a TOML document and hands its table to `check`, collecting every
/// problem `check` reports. Shared by profiles and `--rules` files.
pub fn check_document<T>(
    source: &str,
    bytes: &[u8],
    check: impl FnOnce(&mut Checker<'_>, &DeTable<'_>) -> Option<T>,
) -> Result<T, ProfileError> {
    if bytes.len() > MAX_DOCUMENT_BYTES {
        return Err(ProfileError::whole_file(
            source,
            Issue::FileTooLarge {
                kib: MAX_DOCUMENT_BYTES / 1024,
            },
        ));
    }
    match wide_text(bytes) {
        Some(32) => return Err(ProfileError::whole_file(source, Issue::Utf32)),
        Some(_) => return Err(ProfileError::whole_file(source, Issue::Utf16)),
        None => {}
    }
    // A NUL byte: binary data, told as such rather than as a TOML syntax error.
    if let Some(at) = bytes.iter().position(|b| *b == 0) {
        let before = std::str::from_utf8(&bytes[..at]).unwrap_or("");
        let (line, col) = line_col(before, before.len());
        return Err(ProfileError {
            source: source.to_string(),
            problems: vec![Problem {
                location: Some((line, col)),
                issue: Issue::NulByte,
                offset: at,
            }],
        });
    }
    let text = match std::str::from_utf8(bytes) {
        Ok(text) => text,
        Err(e) => {
            let valid = &bytes[..e.valid_up_to()];
            let (line, col) = line_col(std::str::from_utf8(valid).unwrap_or(""), valid.len());
            return Err(ProfileError {
                source: source.to_string(),
                problems: vec![Problem {
                    location: Some((line, col)),
                    issue: Issue::NotUtf8,
                    offset: e.valid_up_to(),
                }],
            });
        }
    };
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let mut checker = Checker {
        text,
        problems: Vec::new(),
        suggested: Vec::new(),
        nested: &[],
    };
    let table = match DeTable::parse(text) {
        Ok(table) => table.into_inner(),
        Err(e) => {
            // The parser gives no place for some errors (too deep a dotted key):
            // the line that nests deepest is where to look.
            let span = e.span().unwrap_or_else(|| {
                let start = deepest_line(text);
                start..start
            });
            // Name what the parser stumbled on, when it is a short piece of one line.
            let at = text
                .get(span.clone())
                .filter(|s| !s.is_empty() && s.chars().count() <= QUOTE_CHARS && !s.contains('\n'))
                .map(|s| quote_limited(s, QUOTE_CHARS));
            checker.problem(
                span,
                Issue::Syntax {
                    message: quote_limited(e.message(), 200),
                    at,
                },
            );
            return Err(checker.into_error(source));
        }
    };
    match check(&mut checker, &table) {
        Some(value) if checker.problems.is_empty() => Ok(value),
        _ => Err(checker.into_error(source)),
    }
}

/// The offset of the line with the most nesting (dots of dotted keys, brackets and
/// braces): where a parser error that names no place most likely is.
fn deepest_line(text: &str) -> usize {
    let mut best = (0, 0);
    let mut offset = 0;
    for line in text.split_inclusive('\n') {
        let depth = line
            .bytes()
            .filter(|b| matches!(b, b'.' | b'[' | b'{'))
            .count();
        if depth > best.0 {
            best = (depth, offset);
        }
        offset += line.len();
    }
    best.1
}

/// 1-based line and column (in characters) of a byte offset.
/// The largest count read (key accounts, employees, units of a level, a rule's
/// figure): a billion is beyond any organisation, and every figure computed from
/// counts this size stays far inside 64 bits (9.2e18 centres gave 2^64-1 managers,
/// silently capped).
pub const MAX_COUNT: u64 = 1_000_000_000;

/// Most problems told for one file; the rest are counted ("and N more").
pub const MAX_PROBLEMS: usize = 100;

/// Lines and columns of offsets given in increasing order, in one pass over the
/// text whatever their number (a rescan per problem made 124,266 unknown keys take
/// 86 s).
pub struct Lines<'t> {
    text: &'t str,
    /// Where the scan has reached, and its line and column there.
    at: usize,
    line: usize,
    col: usize,
}

impl<'t> Lines<'t> {
    pub fn new(text: &'t str) -> Lines<'t> {
        Lines {
            text,
            at: 0,
            line: 1,
            col: 1,
        }
    }

    /// The 1-based line and column (in characters) of `offset`; an offset before
    /// the last one asked for is found from the start again.
    pub fn locate(&mut self, offset: usize) -> (usize, usize) {
        let mut offset = offset.min(self.text.len());
        while !self.text.is_char_boundary(offset) {
            offset -= 1;
        }
        if offset < self.at {
            *self = Lines::new(self.text);
        }
        for c in self.text[self.at..offset].chars() {
            if c == '\n' {
                self.line += 1;
                self.col = 1;
            } else {
                self.col += 1;
            }
        }
        self.at = offset;
        (self.line, self.col)
    }
}

pub fn line_col(text: &str, offset: usize) -> (usize, usize) {
    let offset = offset.min(text.len());
    let mut start = offset;
    while !text.is_char_boundary(start) {
        start -= 1;
    }
    let before = &text[..start];
    let line = before.matches('\n').count() + 1;
    let line_start = before.rfind('\n').map_or(0, |i| i + 1);
    let col = before[line_start..].chars().count() + 1;
    (line, col)
}

/// What a value is, for "found ..." in messages.
pub(crate) fn found(value: &DeValue<'_>) -> Found {
    match value {
        DeValue::String(s) => Found::Str(quote_limited(s, QUOTE_CHARS)),
        DeValue::Integer(i) => Found::Integer(quote_limited(&i.to_string(), QUOTE_CHARS)),
        DeValue::Float(f) => Found::Number(quote_limited(f.as_str(), QUOTE_CHARS)),
        DeValue::Boolean(b) => Found::Boolean(*b),
        DeValue::Datetime(_) => Found::Date,
        DeValue::Array(_) => Found::Array,
        DeValue::Table(_) => Found::Table,
    }
}

/// The digits of a TOML float whose fraction is zero (`3.0`, `-2.00`, `1_0.0`);
/// `None` for any other (`3.5`, `1e3`, `inf`).
fn whole_float(text: &str) -> Option<String> {
    let (whole, fraction) = text.split_once('.')?;
    if fraction.is_empty() || !fraction.chars().all(|c| c == '0' || c == '_') {
        return None;
    }
    spelling::whole_number(whole)
}

/// The closest candidate within a small edit distance, for "did you mean".
pub fn closest<'a>(word: &str, candidates: &[&'a str]) -> Option<&'a str> {
    let word = word.to_lowercase();
    candidates
        .iter()
        .map(|&c| (strsim::levenshtein(&word, c), c))
        .filter(|&(d, c)| d <= 2.max(c.chars().count() / 4))
        .min_by_key(|&(d, _)| d)
        .map(|(_, c)| c)
}

/// How surely a word of [`SYNONYMS`] means its key.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Sureness {
    /// The word names the key: a sheet header reads as that column.
    Names,
    /// The word is near the key but may mean something else ("income" may be profit,
    /// "customers" every customer): only suggested, never read as the key.
    Near,
}

/// Words people write for a profile key, in both languages, and the key they mean
/// (docs/guide.md "Spelling", docs/input-formats.md "Column names"): an unknown TOML key
/// among them gets the key suggested by meaning, not only by spelling, and a sheet
/// header that names a key reads as its column. A word listed for two keys is
/// ambiguous: a sheet refuses it and a profile is told the first. Words are written
/// in lower case with `_` between words ([`meanings`] folds case, spaces and `-`).
pub const SYNONYMS: &[(&str, ProfileKey, Sureness)] = &[
    ("revenue", ProfileKey::AnnualRevenue, Sureness::Names),
    ("annual_sales", ProfileKey::AnnualRevenue, Sureness::Names),
    ("sales", ProfileKey::AnnualRevenue, Sureness::Names),
    ("turnover", ProfileKey::AnnualRevenue, Sureness::Names),
    (
        "annual_turnover",
        ProfileKey::AnnualRevenue,
        Sureness::Names,
    ),
    ("sales_revenue", ProfileKey::AnnualRevenue, Sureness::Names),
    ("income", ProfileKey::AnnualRevenue, Sureness::Near),
    ("销售额", ProfileKey::AnnualRevenue, Sureness::Names),
    ("年销售额", ProfileKey::AnnualRevenue, Sureness::Names),
    ("年度销售额", ProfileKey::AnnualRevenue, Sureness::Names),
    ("营业收入", ProfileKey::AnnualRevenue, Sureness::Names),
    ("年营业收入", ProfileKey::AnnualRevenue, Sureness::Names),
    ("营业额", ProfileKey::AnnualRevenue, Sureness::Names),
    ("营收", ProfileKey::AnnualRevenue, Sureness::Names),
    ("收入", ProfileKey::AnnualRevenue, Sureness::Near),
    ("company", ProfileKey::Name, Sureness::Names),
    ("company_name", ProfileKey::Name, Sureness::Names),
    ("client", ProfileKey::Name, Sureness::Names),
    ("client_name", ProfileKey::Name, Sureness::Names),
    ("enterprise", ProfileKey::Name, Sureness::Names),
    ("enterprise_name", ProfileKey::Name, Sureness::Names),
    ("firm", ProfileKey::Name, Sureness::Names),
    ("企业名称", ProfileKey::Name, Sureness::Names),
    ("企业", ProfileKey::Name, Sureness::Names),
    ("公司名称", ProfileKey::Name, Sureness::Names),
    ("公司", ProfileKey::Name, Sureness::Names),
    ("单位名称", ProfileKey::Name, Sureness::Names),
    ("名称", ProfileKey::Name, Sureness::Names),
    ("accounts", ProfileKey::KeyAccounts, Sureness::Names),
    ("key_customers", ProfileKey::KeyAccounts, Sureness::Names),
    (
        "number_of_key_accounts",
        ProfileKey::KeyAccounts,
        Sureness::Names,
    ),
    ("customers", ProfileKey::KeyAccounts, Sureness::Near),
    ("重点客户数", ProfileKey::KeyAccounts, Sureness::Names),
    ("重点客户数量", ProfileKey::KeyAccounts, Sureness::Names),
    ("大客户数", ProfileKey::KeyAccounts, Sureness::Names),
    ("大客户数量", ProfileKey::KeyAccounts, Sureness::Names),
    ("客户数", ProfileKey::KeyAccounts, Sureness::Near),
    ("staff", ProfileKey::Employees, Sureness::Names),
    ("headcount", ProfileKey::Employees, Sureness::Names),
    ("head_count", ProfileKey::Employees, Sureness::Names),
    (
        "number_of_employees",
        ProfileKey::Employees,
        Sureness::Names,
    ),
    ("employee_count", ProfileKey::Employees, Sureness::Names),
    ("员工数", ProfileKey::Employees, Sureness::Names),
    ("员工人数", ProfileKey::Employees, Sureness::Names),
    ("职工人数", ProfileKey::Employees, Sureness::Names),
    ("从业人员", ProfileKey::Employees, Sureness::Names),
    ("从业人员数", ProfileKey::Employees, Sureness::Names),
    ("assets", ProfileKey::TotalAssets, Sureness::Names),
    ("资产总额", ProfileKey::TotalAssets, Sureness::Names),
    ("总资产", ProfileKey::TotalAssets, Sureness::Names),
    ("size", ProfileKey::Scale, Sureness::Names),
    ("size", ProfileKey::Employees, Sureness::Names),
    ("规模", ProfileKey::Scale, Sureness::Names),
    ("企业规模", ProfileKey::Scale, Sureness::Names),
    ("sector", ProfileKey::Industry, Sureness::Names),
    ("行业", ProfileKey::Industry, Sureness::Names),
    ("所属行业", ProfileKey::Industry, Sureness::Names),
    ("type", ProfileKey::Kind, Sureness::Names),
    ("企业类型", ProfileKey::Kind, Sureness::Names),
    ("类型", ProfileKey::Kind, Sureness::Names),
    ("exchange_rate", ProfileKey::CnyRate, Sureness::Names),
    ("rate", ProfileKey::CnyRate, Sureness::Names),
    ("汇率", ProfileKey::CnyRate, Sureness::Names),
    ("币种", ProfileKey::Currency, Sureness::Names),
    ("货币", ProfileKey::Currency, Sureness::Names),
    ("count", ProfileKey::KeyAccounts, Sureness::Names),
    ("count", ProfileKey::Employees, Sureness::Names),
    ("数量", ProfileKey::KeyAccounts, Sureness::Names),
    ("数量", ProfileKey::Employees, Sureness::Names),
];

/// `word` as [`SYNONYMS`] writes words: trimmed, lower case, `_` for spaces and `-`.
fn folded(word: &str) -> String {
    word.trim().to_lowercase().replace(['-', ' '], "_")
}

/// The keys `word` means by [`SYNONYMS`], in the table's order, with how surely.
pub fn meanings(word: &str) -> impl Iterator<Item = (ProfileKey, Sureness)> {
    let word = folded(word);
    SYNONYMS
        .iter()
        .filter(move |(w, _, _)| *w == word)
        .map(|&(_, key, sure)| (key, sure))
}

/// The key of `candidates` that `word` means by [`SYNONYMS`], surely or nearly (any
/// case, `-` or a space for `_`); of an ambiguous word, the first of the table.
pub(crate) fn by_meaning<'a>(word: &str, candidates: &[&'a str]) -> Option<&'a str> {
    meanings(word).find_map(|(meant, _)| candidates.iter().copied().find(|c| *c == meant.slug()))
}

/// Walks the parsed table, collecting every problem.
pub struct Checker<'t> {
    text: &'t str,
    problems: Vec<Problem>,
    /// Keys suggested by "did you mean", so they are not also reported missing.
    pub suggested: Vec<&'static str>,
    /// The document's tables and their keys, so that a table's key written at the top
    /// level is told where it belongs.
    pub nested: &'static [(&'static str, Vec<&'static str>)],
}

impl Checker<'_> {
    /// A problem at `span`: its line and column are worked out once, for all the
    /// problems together, in [`Checker::into_error`].
    pub fn problem(&mut self, span: Range<usize>, issue: Issue) {
        self.problems.push(Problem {
            location: Some((0, 0)),
            issue,
            offset: span.start,
        });
    }

    pub fn problem_without_place(&mut self, issue: Issue) {
        self.problems.push(Problem {
            location: None,
            issue,
            offset: usize::MAX,
        });
    }

    /// The problems in document order: the first [`MAX_PROBLEMS`] with their line
    /// and column (one pass over the text for all of them), then how many more.
    pub fn into_error(mut self, source: &str) -> ProfileError {
        self.problems.sort_by_key(|p| p.offset);
        let more = self.problems.len().saturating_sub(MAX_PROBLEMS);
        self.problems.truncate(MAX_PROBLEMS);
        let mut lines = Lines::new(self.text);
        for problem in &mut self.problems {
            if problem.location.is_some() {
                problem.location = Some(lines.locate(problem.offset));
            }
        }
        if more > 0 {
            self.problems.push(Problem {
                location: None,
                issue: Issue::MoreProblems { count: more },
                offset: usize::MAX,
            });
        }
        ProfileError {
            source: source.to_string(),
            problems: self.problems,
        }
    }

    /// Reports keys of `table` that are not in `known`, with a hint.
    pub fn unknown_keys(
        &mut self,
        table: &DeTable<'_>,
        known: &[&'static str],
        table_name: Option<&'static str>,
    ) {
        for (key, _) in table.iter() {
            let name = key.get_ref().as_ref();
            if known.contains(&name) {
                continue;
            }
            let home = self
                .nested
                .iter()
                .find(|(_, keys)| table_name.is_none() && keys.contains(&name))
                .map(|(table, _)| *table);
            let hint = if let Some(home) = home {
                KeyHint::BelongsIn(home)
            } else if let Some(near) = closest(name, known).or_else(|| by_meaning(name, known)) {
                self.suggested.push(near);
                KeyHint::DidYouMean(near)
            } else {
                KeyHint::Keys(known.to_vec())
            };
            let issue = Issue::UnknownKey {
                key: quote_limited(name, QUOTE_CHARS),
                table: table_name,
                hint,
            };
            self.problem(key.span(), issue);
        }
    }

    pub fn wrong_type(&mut self, key: &str, expected: Expected, value: &Spanned<DeValue<'_>>) {
        let issue = Issue::WrongType {
            key: key.to_string(),
            expected,
            found: found(value.get_ref()),
        };
        self.problem(value.span(), issue);
    }

    pub fn string(&mut self, key: &str, value: &Spanned<DeValue<'_>>) -> Option<String> {
        match value.get_ref() {
            DeValue::String(s) => Some(s.to_string()),
            _ => {
                self.wrong_type(key, Expected::String, value);
                None
            }
        }
    }

    /// A flag: `true`/`false`, or a word of [`spelling::flag`] as a sheet cell takes it.
    pub fn boolean(&mut self, key: &str, value: &Spanned<DeValue<'_>>) -> Option<bool> {
        match value.get_ref() {
            DeValue::Boolean(b) => Some(*b),
            DeValue::String(s) if spelling::flag(s).is_some() => spelling::flag(s),
            _ => {
                self.wrong_type(key, Expected::Boolean, value);
                None
            }
        }
    }

    /// A whole number from 0 to [`MAX_COUNT`]: an integer, a float whose fraction is
    /// zero (3.0), or a string of digits as a sheet cell takes it
    /// ([`spelling::whole_number`]).
    pub fn count(&mut self, key: &str, value: &Spanned<DeValue<'_>>) -> Option<u64> {
        let span = value.span();
        let parsed = match value.get_ref() {
            DeValue::Integer(i) => i128::from_str_radix(i.as_str(), i.radix()),
            DeValue::String(s) => match spelling::whole_number(s) {
                Some(digits) => digits.parse::<i128>(),
                None => {
                    self.wrong_type(key, Expected::WholeNumber, value);
                    return None;
                }
            },
            DeValue::Float(f) => match whole_float(f.as_str()) {
                Some(digits) => digits.parse::<i128>(),
                None => {
                    self.wrong_type(key, Expected::WholeNumber, value);
                    return None;
                }
            },
            _ => {
                self.wrong_type(key, Expected::WholeNumber, value);
                return None;
            }
        };
        let key = key.to_string();
        match parsed {
            Ok(n) if n < 0 => {
                let found = n.to_string();
                self.problem(span, Issue::Negative { key, found });
                None
            }
            Ok(n) => match u64::try_from(n) {
                Ok(n) if n <= MAX_COUNT => Some(n),
                _ => {
                    let found = n.to_string();
                    self.problem(span, Issue::NumberTooLarge { key, found });
                    None
                }
            },
            Err(_) => {
                let found = found(value.get_ref());
                self.problem(span, Issue::UnusableNumber { key, found });
                None
            }
        }
    }

    /// A money value in CNY: a number, or a string with a unit.
    pub fn money(&mut self, key: &str, value: &Spanned<DeValue<'_>>) -> Option<Decimal> {
        self.money_in(key, value, Some("CNY"))
    }

    /// A money value in `currency` (`None` when the currency is itself in error):
    /// a number, or a string with an optional sign and unit.
    pub fn money_in(
        &mut self,
        key: &str,
        value: &Spanned<DeValue<'_>>,
        currency: Option<&str>,
    ) -> Option<Decimal> {
        let parsed = match value.get_ref() {
            DeValue::Integer(i) => match i128::from_str_radix(i.as_str(), i.radix()) {
                Ok(n) if n < 0 => Err(MoneyError::Negative),
                Ok(n) => Decimal::parse(&n.to_string()),
                Err(_) => Err(MoneyError::TooLarge),
            },
            // The float's text, not an f64: 7.8 stays 7.8 and 1.5e9 is exact.
            DeValue::Float(f) => Decimal::parse(f.as_str()),
            DeValue::String(s) => money::parse_amount(s, currency),
            _ => {
                self.wrong_type(key, Expected::Amount, value);
                return None;
            }
        };
        match parsed {
            Ok(amount) => Some(amount),
            Err(error) => {
                let issue = Issue::Money {
                    key: key.to_string(),
                    error,
                    found: found(value.get_ref()),
                };
                self.problem(value.span(), issue);
                None
            }
        }
    }

    /// One of a fixed set of values.
    pub fn choice<T: Copy>(
        &mut self,
        key: &str,
        value: &Spanned<DeValue<'_>>,
        lookup: impl Fn(&str) -> Option<T>,
        valid: &[&'static str],
    ) -> Option<T> {
        let text = self.string(key, value)?;
        // Ids in any letter case (`Group` = `group`), as a sheet cell is read.
        if let Some(found) = lookup(text.trim()).or_else(|| lookup(&spelling::id_case(&text))) {
            return Some(found);
        }
        let issue = Issue::UnknownValue {
            key: key.to_string(),
            value: quote_limited(&text, QUOTE_CHARS),
            near: closest(text.trim(), valid),
            valid: valid.to_vec(),
        };
        self.problem(value.span(), issue);
        None
    }

    pub fn required<'v, 'i>(
        &mut self,
        value: Option<&'v Spanned<DeValue<'i>>>,
        key: crate::keys::ProfileKey,
    ) -> Option<&'v Spanned<DeValue<'i>>> {
        if value.is_none() && !self.suggested.contains(&key.slug()) {
            self.problem_without_place(Issue::Missing { key });
        }
        value
    }

    pub fn table<'v, 'i>(
        &mut self,
        key: &str,
        value: &'v Spanned<DeValue<'i>>,
    ) -> Option<&'v DeTable<'i>> {
        match value.get_ref() {
            DeValue::Table(t) => Some(t),
            _ => {
                self.wrong_type(key, Expected::Table, value);
                None
            }
        }
    }
}

#[cfg(test)]
mod lines_tests {
    use super::*;

    #[test]
    fn keys_are_suggested_by_meaning_when_spelling_is_far() {
        let keys = ["name", "annual_revenue", "key_accounts", "employees"];
        for (word, key) in [
            ("revenue", "annual_revenue"),
            ("Sales", "annual_revenue"),
            ("turnover", "annual_revenue"),
            ("销售额", "annual_revenue"),
            ("company", "name"),
            ("client", "name"),
            ("accounts", "key_accounts"),
            ("重点客户数", "key_accounts"),
            ("head-count", "employees"),
        ] {
            assert_eq!(by_meaning(word, &keys), Some(key), "{word}");
        }
        // Only a key of the table at hand; nothing for a word with no meaning here.
        assert_eq!(by_meaning("assets", &keys), None);
        assert_eq!(by_meaning("colour", &keys), None);
    }

    #[test]
    fn one_pass_gives_what_a_rescan_gives() {
        let text = "a = 1\nbé = \"x\"\n\n  c = [1,\n 2]\n";
        let mut lines = Lines::new(text);
        for offset in 0..=text.len() {
            if text.is_char_boundary(offset) {
                assert_eq!(lines.locate(offset), line_col(text, offset), "{offset}");
            }
        }
        assert_eq!(lines.locate(0), (1, 1));
    }

    #[test]
    fn at_most_a_hundred_problems_then_how_many_more() {
        let text: String = (0..250).map(|i| format!("unknown_{i} = 1\n")).collect();
        let rules = crate::rules::Rules::parse("r.toml", text.as_bytes());
        let Err(error) = rules else {
            panic!("accepted")
        };
        assert_eq!(error.problems.len(), MAX_PROBLEMS + 1);
        assert_eq!(error.problems[99].location, Some((100, 1)));
        assert_eq!(
            error.problems[100].issue,
            Issue::MoreProblems { count: 150 }
        );
    }
}
