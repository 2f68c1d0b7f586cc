//! The enterprise profile: TOML text in, a checked [`Profile`] out.
//!
//! The text is parsed with spans (`toml::de::DeTable`), so every problem can name
//! the file, the key, and the line and column. All problems of a file are reported
//! together, in file order; nothing is guessed.

use toml::Spanned;
use toml::de::{DeTable, DeValue};

use crate::check::{Checker, QUOTE_CHARS, check_document, closest, quote_limited};
use crate::money::{self, Decimal, Revenue};
use crate::problem::Expected;
pub use crate::problem::{Issue, Problem, ProfileError};
use crate::scale::{Figures, IndustryRow, Scale};

/// Largest profile file read, in bytes.
pub use crate::check::MAX_DOCUMENT_BYTES as MAX_PROFILE_BYTES;

/// The longest name read, in characters: a registered name runs to a few dozen
/// (中国石油天然气股份有限公司, "Pacific Instruments, Inc."); a name of 120 KiB in
/// 3,000 rows made `compare` hold 271 MiB.
pub const MAX_NAME_CHARS: usize = 200;

mod vocabulary;

use crate::keys::NESTED;
pub use crate::keys::{ProfileKey, TOP_KEYS, Table, ValueKind};
pub use vocabulary::*;

/// A checked profile: every value present, typed and in range.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Profile {
    pub name: String,
    /// Annual revenue in whole yuan, truncated toward zero (never rounded up): what
    /// the NBS bounds compare, exactly, since they are whole yuan. The exact figure,
    /// which (一)1 compares, is `revenue.cny`.
    pub revenue_cny: u64,
    pub key_accounts: u64,
    /// ISO code, upper case.
    pub currency: String,
    pub kind: Kind,
    /// `None` only for a public-sector body or a multinational whose scale is neither
    /// given nor inferable (their form does not depend on it).
    pub scale: Option<Scale>,
    pub scale_source: ScaleSource,
    /// The scale the NBS table gives for the figures, when they are all present
    /// (equal to `scale` when it was inferred).
    pub scale_from_figures: Option<Scale>,
    pub industry: Option<&'static IndustryRow>,
    pub employees: Option<u64>,
    /// Total assets in whole yuan, truncated toward zero like `revenue_cny`.
    pub total_assets_cny: Option<u64>,
    pub current_setup: Option<Setup>,
    pub strategy: Strategy,
    pub network: Network,
    /// `[team] functions`: the firm's functions that send members to a team.
    pub team_functions: Option<Vec<String>>,
    /// Annual revenue as given: the amount in its currency, the currency and its rate,
    /// and the exact CNY amount.
    pub revenue: Revenue,
}

impl PartialEq for IndustryRow {
    fn eq(&self, other: &Self) -> bool {
        self.slug == other.slug
    }
}
impl Eq for IndustryRow {}

/// Parses and checks a profile read from `source` (a path or `-`).
pub fn parse_profile(source: &str, bytes: &[u8]) -> Result<Profile, ProfileError> {
    let blank = |line: &str| {
        let line = line.trim_start_matches('\u{feff}').trim();
        line.is_empty() || line.starts_with('#')
    };
    // A class set's answer sheet (tables [case-01] …) is marked, not advised.
    let answer_sheet = |text: &str| {
        text.lines().any(|l| l.trim_start().starts_with("[case-"))
            && !text
                .lines()
                .any(|l| l.trim_start().starts_with(ProfileKey::Name.slug()))
    };
    if let Ok(text) = std::str::from_utf8(bytes) {
        if text.lines().all(blank) {
            return Err(ProfileError::whole_file(source, Issue::EmptyProfile));
        }
        if answer_sheet(text) {
            return Err(ProfileError::whole_file(source, Issue::AnswerSheet));
        }
    }
    check_document(source, bytes, |checker, table| {
        checker.nested = &NESTED;
        checker.profile(table)
    })
}

/// The profile's own checks, on the shared TOML checker.
impl Checker<'_> {
    fn profile(&mut self, table: &DeTable<'_>) -> Option<Profile> {
        self.unknown_keys(table, &TOP_KEYS, None);
        let get = |key: ProfileKey| table.get(key.slug());

        let name = self
            .required(get(ProfileKey::Name), ProfileKey::Name)
            .and_then(|v| self.name(v));
        let currency =
            get(ProfileKey::Currency).map_or(Some("CNY".to_string()), |v| self.currency(v));
        let revenue = self
            .required(get(ProfileKey::AnnualRevenue), ProfileKey::AnnualRevenue)
            .and_then(|v| self.money_in(ProfileKey::AnnualRevenue.slug(), v, currency.as_deref()));
        let key_accounts = self
            .required(get(ProfileKey::KeyAccounts), ProfileKey::KeyAccounts)
            .and_then(|v| self.count(ProfileKey::KeyAccounts.slug(), v));
        let rate = self.cny_rate(
            currency.as_deref(),
            get(ProfileKey::Currency),
            get(ProfileKey::CnyRate),
        );
        let kinds: Vec<&'static str> = Kind::ALL.iter().map(|k| k.slug()).collect();
        let kind = get(ProfileKey::Kind).map_or(Some(Kind::Enterprise), |v| {
            self.choice(ProfileKey::Kind.slug(), v, Kind::from_input, &kinds)
        });
        let scales: Vec<&'static str> = Scale::ALL.iter().map(|k| k.slug()).collect();
        let declared_scale = get(ProfileKey::Scale)
            .map(|v| self.choice(ProfileKey::Scale.slug(), v, Scale::from_name, &scales));
        let industry = get(ProfileKey::Industry).map(|v| self.industry(v));
        let employees =
            get(ProfileKey::Employees).map(|v| self.count(ProfileKey::Employees.slug(), v));
        let assets = get(ProfileKey::TotalAssets)
            .map(|v| self.money_in(ProfileKey::TotalAssets.slug(), v, currency.as_deref()));
        let setups: Vec<&'static str> = Setup::ALL.iter().map(|k| k.slug()).collect();
        let current_setup = get(ProfileKey::CurrentSetup).map(|v| {
            self.choice(
                ProfileKey::CurrentSetup.slug(),
                v,
                Setup::from_input,
                &setups,
            )
        });
        let strategy = table
            .get(Table::Strategy.slug())
            .map_or(Some(Strategy::default()), |v| self.strategy(v));
        let network = table
            .get(Table::Network.slug())
            .map_or(Some(Network::default()), |v| self.network(v));
        let team_functions = table.get(Table::Team.slug()).map(|v| self.team(v));

        // Money in CNY, once the rate is known.
        let rate = rate?;
        let revenue_yuan = revenue.and_then(|r| {
            self.yuan(
                ProfileKey::AnnualRevenue.slug(),
                get(ProfileKey::AnnualRevenue),
                r,
                rate,
            )
        });
        let revenue_cny = revenue_yuan.map(|(_, whole)| whole);
        let total_assets_cny = match assets {
            Some(a) => Some(
                a.and_then(|a| {
                    self.yuan(
                        ProfileKey::TotalAssets.slug(),
                        get(ProfileKey::TotalAssets),
                        a,
                        rate,
                    )
                })
                .map(|(_, whole)| whole)?,
            ),
            None => None,
        };

        let figures = Figures {
            employees: employees.flatten(),
            revenue_cny,
            assets_cny: total_assets_cny,
        };
        // Stop before inference if a figure it needs was itself wrong.
        if employees.is_some_and(|e| e.is_none())
            || industry.is_some_and(|i| i.is_none())
            || revenue_cny.is_none()
        {
            return None;
        }
        let industry = industry.flatten();
        // NBS 2017 does not classify government bodies, and a multinational's form does
        // not depend on size: their scale may stay unknown (docs/rules.md, "Scale").
        let size_optional = matches!(kind, Some(Kind::PublicSector | Kind::Multinational));
        let (scale, scale_source, scale_from_figures) = self.resolve_scale(
            declared_scale,
            industry,
            &figures,
            get(ProfileKey::Industry),
            size_optional,
        )?;

        Some(Profile {
            name: name?,
            revenue_cny: revenue_cny?,
            key_accounts: key_accounts?,
            currency: currency.clone()?,
            kind: kind?,
            scale,
            scale_source,
            scale_from_figures,
            industry,
            employees: figures.employees,
            total_assets_cny,
            current_setup: current_setup.flatten(),
            strategy: strategy?,
            network: network?,
            team_functions: match team_functions {
                Some(functions) => Some(functions?),
                None => None,
            },
            revenue: Revenue {
                amount: revenue?,
                currency: currency?,
                cny_rate: rate,
                cny: revenue_yuan?.0,
            },
        })
    }

    fn name(&mut self, value: &Spanned<DeValue<'_>>) -> Option<String> {
        let name = self.string(ProfileKey::Name.slug(), value)?;
        let trimmed = name.trim();
        if trimmed.is_empty() {
            self.problem(value.span(), Issue::EmptyName);
            return None;
        }
        if trimmed.chars().any(char::is_control) {
            self.problem(value.span(), Issue::ControlCharacters);
            return None;
        }
        if trimmed.chars().count() > MAX_NAME_CHARS {
            self.problem(
                value.span(),
                Issue::NameTooLong {
                    max: MAX_NAME_CHARS,
                },
            );
            return None;
        }
        Some(trimmed.to_string())
    }

    fn currency(&mut self, value: &Spanned<DeValue<'_>>) -> Option<String> {
        let written = self.string(ProfileKey::Currency.slug(), value)?;
        let code = money::currency_code(&written);
        if code.is_none() {
            let written = quote_limited(&written, QUOTE_CHARS);
            self.problem(value.span(), Issue::BadCurrency { written });
        }
        code
    }

    fn cny_rate(
        &mut self,
        currency: Option<&str>,
        currency_value: Option<&Spanned<DeValue<'_>>>,
        rate_value: Option<&Spanned<DeValue<'_>>>,
    ) -> Option<Decimal> {
        let rate = match rate_value {
            Some(v) => {
                // CNY per unit: a sign on it can only be ¥ or ￥.
                let rate = self.money(ProfileKey::CnyRate.slug(), v)?;
                if rate.is_zero() {
                    self.problem(v.span(), Issue::ZeroRate);
                    return None;
                }
                Some(rate)
            }
            None => None,
        };
        let currency = currency?;
        match (currency == "CNY", rate) {
            (true, None) => Some(Decimal::ONE),
            (true, Some(rate)) if rate.is_one() => Some(rate),
            (true, Some(_)) => {
                let span = rate_value.map_or(0..0, Spanned::span);
                // `RMB` or `人民币` as written: the message says it is CNY.
                let alias = currency_value.and_then(|v| match v.get_ref() {
                    DeValue::String(s) if !s.trim().eq_ignore_ascii_case("CNY") => {
                        Some(s.trim().to_string())
                    }
                    _ => None,
                });
                self.problem(span, Issue::RateWithCny { alias });
                None
            }
            (false, Some(rate)) => Some(rate),
            (false, None) => {
                let span = currency_value.map_or(0..0, Spanned::span);
                let currency = currency.to_string();
                self.problem(span, Issue::RateRequired { currency });
                None
            }
        }
    }

    /// An amount at `rate` in yuan: exact, and in whole yuan truncated toward zero.
    fn yuan(
        &mut self,
        key: &str,
        value: Option<&Spanned<DeValue<'_>>>,
        amount: Decimal,
        rate: Decimal,
    ) -> Option<(Decimal, u64)> {
        let yuan =
            money::to_cny_exact(amount, rate).and_then(|exact| Ok((exact, exact.trunc_u64()?)));
        match yuan {
            Ok(yuan) => Some(yuan),
            Err(error) => {
                let span = value.map_or(0..0, Spanned::span);
                let key = key.to_string();
                self.problem(span, Issue::YuanOverflow { key, error });
                None
            }
        }
    }

    fn industry(&mut self, value: &Spanned<DeValue<'_>>) -> Option<&'static IndustryRow> {
        let text = self.string(ProfileKey::Industry.slug(), value)?;
        if let Some(row) = IndustryRow::find(&text) {
            return Some(row);
        }
        let lower = text.trim().to_lowercase();
        if ["finance", "financial", "金融业", "金融"].contains(&lower.as_str()) {
            self.problem(value.span(), Issue::Finance);
            return None;
        }
        let slugs: Vec<&'static str> = crate::scale::INDUSTRIES.iter().map(|r| r.slug).collect();
        let issue = Issue::UnknownIndustry {
            value: quote_limited(&text, QUOTE_CHARS),
            near: closest(&lower, &slugs),
            valid: slugs,
        };
        self.problem(value.span(), issue);
        None
    }

    fn strategy(&mut self, value: &Spanned<DeValue<'_>>) -> Option<Strategy> {
        let table = self.table(Table::Strategy.slug(), value)?;
        self.unknown_keys(
            table,
            &Table::Strategy.key_names(),
            Some(Table::Strategy.slug()),
        );
        let mut flag = |key: ProfileKey| {
            table
                .get(key.slug())
                .map_or(Some(false), |v| self.boolean(&key.path(), v))
        };
        let strategic_plan = flag(ProfileKey::StrategicPlan);
        let account_development = flag(ProfileKey::AccountDevelopment);
        Some(Strategy {
            strategic_plan: strategic_plan?,
            account_development: account_development?,
            strategic_plan_stated: table.get(ProfileKey::StrategicPlan.slug()).is_some(),
            account_development_stated: table.get(ProfileKey::AccountDevelopment.slug()).is_some(),
        })
    }

    fn network(&mut self, value: &Spanned<DeValue<'_>>) -> Option<Network> {
        let table = self.table(Table::Network.slug(), value)?;
        self.unknown_keys(
            table,
            &Table::Network.key_names(),
            Some(Table::Network.slug()),
        );
        let Some(levels) = table.get(ProfileKey::Levels.slug()) else {
            self.problem(value.span(), Issue::NetworkWithoutLevels);
            return None;
        };
        let counts = table.get(ProfileKey::Counts.slug()).map(|c| self.counts(c));
        let DeValue::Array(items) = levels.get_ref() else {
            self.wrong_type(&ProfileKey::Levels.path(), Expected::Array, levels);
            return None;
        };
        if items.is_empty() {
            self.problem(levels.span(), Issue::LevelsEmpty);
            return None;
        }
        let valid: Vec<&'static str> = Level::ALL.iter().map(|l| l.slug()).collect();
        let mut result: Vec<Level> = Vec::new();
        let mut ok = true;
        for item in items.iter() {
            let Some(level) =
                self.choice(&ProfileKey::Levels.path(), item, Level::from_input, &valid)
            else {
                ok = false;
                continue;
            };
            if let Some(&last) = result.last()
                && level <= last
            {
                let repeated = level == last;
                self.problem(
                    item.span(),
                    Issue::LevelOrder {
                        level: level.slug(),
                        repeated,
                    },
                );
                ok = false;
                continue;
            }
            result.push(level);
        }
        let counts = match counts {
            Some(counts) => counts?,
            None => Vec::new(),
        };
        if let Some(c) = table.get(ProfileKey::Counts.slug()) {
            for (level, _) in &counts {
                if ok && !result.contains(level) {
                    self.problem(
                        c.span(),
                        Issue::CountForMissingLevel {
                            level: level.slug(),
                        },
                    );
                    ok = false;
                }
            }
        }
        ok.then_some(Network {
            levels: result,
            counts,
        })
    }

    /// `[network] counts`: `{ provincial = 31, prefecture = 333 }`, each at least 1.
    fn counts(&mut self, value: &Spanned<DeValue<'_>>) -> Option<Vec<(Level, u64)>> {
        let table = self.table(&ProfileKey::Counts.path(), value)?;
        let valid: Vec<&'static str> = Level::ALL.iter().map(|l| l.slug()).collect();
        let mut counts = Vec::new();
        let mut ok = true;
        for (key, item) in table.iter() {
            let name = key.get_ref().as_ref();
            let Some(level) = Level::from_input(name)
                .or_else(|| Level::from_input(&crate::spelling::id_case(name)))
            else {
                let issue = Issue::UnknownValue {
                    key: ProfileKey::Counts.path(),
                    value: quote_limited(name, QUOTE_CHARS),
                    near: closest(name, &valid),
                    valid: valid.clone(),
                };
                self.problem(key.span(), issue);
                ok = false;
                continue;
            };
            match self.count(
                &format!("{}.{}", ProfileKey::Counts.path(), level.slug()),
                item,
            ) {
                Some(0) => {
                    let key = format!("{}.{}", ProfileKey::Counts.path(), level.slug());
                    self.problem(item.span(), Issue::ZeroCount { key });
                    ok = false;
                }
                Some(_) if counts.iter().any(|(l, _)| *l == level) => {
                    let level = level.slug();
                    self.problem(key.span(), Issue::RepeatedCount { level });
                    ok = false;
                }
                Some(n) => counts.push((level, n)),
                None => ok = false,
            }
        }
        counts.sort();
        ok.then_some(counts)
    }

    /// `[team] functions`: a non-empty list of non-empty names.
    fn team(&mut self, value: &Spanned<DeValue<'_>>) -> Option<Vec<String>> {
        let table = self.table(Table::Team.slug(), value)?;
        self.unknown_keys(table, &Table::Team.key_names(), Some(Table::Team.slug()));
        let Some(functions) = table.get(ProfileKey::Functions.slug()) else {
            self.problem(value.span(), Issue::TeamWithoutFunctions);
            return None;
        };
        let DeValue::Array(items) = functions.get_ref() else {
            self.wrong_type(&ProfileKey::Functions.path(), Expected::Array, functions);
            return None;
        };
        if items.is_empty() {
            self.problem(functions.span(), Issue::TeamWithoutFunctions);
            return None;
        }
        let mut names = Vec::new();
        for item in items.iter() {
            let name = self.string(&ProfileKey::Functions.path(), item)?;
            let name = name.trim();
            let visible = name
                .chars()
                .any(|c| !c.is_whitespace() && !crate::quote::is_hidden(c));
            if !visible {
                self.problem(item.span(), Issue::FunctionNameBlank);
                return None;
            }
            if name.chars().any(crate::quote::is_hidden) {
                let found = quote_limited(name, QUOTE_CHARS);
                self.problem(item.span(), Issue::FunctionNameHidden { found });
                return None;
            }
            // The same function twice (in any case) would be two members of one.
            if names
                .iter()
                .any(|n: &String| n.to_lowercase() == name.to_lowercase())
            {
                let found = quote_limited(name, QUOTE_CHARS);
                self.problem(item.span(), Issue::FunctionRepeated { found });
                return None;
            }
            names.push(name.to_string());
        }
        Some(names)
    }

    fn resolve_scale(
        &mut self,
        declared: Option<Option<Scale>>,
        industry: Option<&'static IndustryRow>,
        figures: &Figures,
        industry_value: Option<&Spanned<DeValue<'_>>>,
        size_optional: bool,
    ) -> Option<(Option<Scale>, ScaleSource, Option<Scale>)> {
        let from_figures = industry.and_then(|row| row.infer_scale(figures));
        match declared {
            Some(declared) => Some((Some(declared?), ScaleSource::Declared, from_figures)),
            None => {
                let Some(row) = industry else {
                    if size_optional {
                        return Some((None, ScaleSource::None, None));
                    }
                    self.problem_without_place(Issue::ScaleNotInferable);
                    return None;
                };
                if let Some(missing) = row.missing(figures) {
                    if size_optional {
                        return Some((None, ScaleSource::None, None));
                    }
                    let span = industry_value.map_or(0..0, Spanned::span);
                    let issue = Issue::FigureMissing {
                        key: missing.profile_key(),
                        row: row.slug,
                        row_name: row.zh_name,
                        needs: row.indicators().iter().map(|i| i.profile_key()).collect(),
                    };
                    self.problem(span, issue);
                    return None;
                }
                let scale = from_figures?;
                Some((Some(scale), ScaleSource::Inferred, Some(scale)))
            }
        }
    }
}
