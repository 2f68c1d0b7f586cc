//! The keys of a profile, listed once. Every view reads this list: the profile's
//! parser and its messages, a portfolio sheet's columns (one per key, the table keys
//! by their own names), the interview's questions, the decision table's inputs,
//! `init`'s commented profile and the profile's JSON Schema (whose fields a test
//! holds to this list). A new key breaks the build wherever something must be said
//! about it (docs/architecture.md, CONTRIBUTING.md "Add a profile key"). A module of
//! its own, under `profile`, `problem`, `check` and `scale`, which all name keys.

use std::sync::LazyLock;

slug_enum! {
    /// Every key that holds a value, in the order docs/guide.md "The profile" lists
    /// them: the order of a sheet's columns and of `init`'s profile.
    pub enum ProfileKey {
        Name = "name",
        AnnualRevenue = "annual_revenue",
        KeyAccounts = "key_accounts",
        Currency = "currency",
        CnyRate = "cny_rate",
        Kind = "kind",
        Scale = "scale",
        Industry = "industry",
        Employees = "employees",
        TotalAssets = "total_assets",
        CurrentSetup = "current_setup",
        StrategicPlan = "strategic_plan",
        AccountDevelopment = "account_development",
        Levels = "levels",
        Counts = "counts",
        Functions = "functions",
    }
}

slug_enum! {
    /// The tables that group some keys, in the order they follow the top-level keys.
    pub enum Table {
        Strategy = "strategy",
        Network = "network",
        Team = "team",
    }
}

/// What a key's value is, and so what a sheet's cell of it becomes in TOML.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ValueKind {
    /// Text, as a TOML string.
    Text,
    /// An amount: a number cell as a number, any text as the string a profile accepts.
    Money,
    /// A whole number.
    Count,
    /// Yes or no.
    Flag,
    /// A list, items separated by `;` in a sheet.
    List,
    /// `level=number` items, separated by `;` in a sheet.
    Counts,
}

impl ProfileKey {
    pub fn kind(self) -> ValueKind {
        match self {
            ProfileKey::AnnualRevenue | ProfileKey::CnyRate | ProfileKey::TotalAssets => {
                ValueKind::Money
            }
            ProfileKey::KeyAccounts | ProfileKey::Employees => ValueKind::Count,
            ProfileKey::StrategicPlan | ProfileKey::AccountDevelopment => ValueKind::Flag,
            ProfileKey::Levels | ProfileKey::Functions => ValueKind::List,
            ProfileKey::Counts => ValueKind::Counts,
            ProfileKey::Name
            | ProfileKey::Currency
            | ProfileKey::Kind
            | ProfileKey::Scale
            | ProfileKey::Industry
            | ProfileKey::CurrentSetup => ValueKind::Text,
        }
    }

    /// The table the key belongs in; `None` for a top-level key.
    pub fn table(self) -> Option<Table> {
        match self {
            ProfileKey::StrategicPlan | ProfileKey::AccountDevelopment => Some(Table::Strategy),
            ProfileKey::Levels | ProfileKey::Counts => Some(Table::Network),
            ProfileKey::Functions => Some(Table::Team),
            ProfileKey::Name
            | ProfileKey::AnnualRevenue
            | ProfileKey::KeyAccounts
            | ProfileKey::Currency
            | ProfileKey::CnyRate
            | ProfileKey::Kind
            | ProfileKey::Scale
            | ProfileKey::Industry
            | ProfileKey::Employees
            | ProfileKey::TotalAssets
            | ProfileKey::CurrentSetup => None,
        }
    }

    /// The key as the profile's messages name it: `strategy.strategic_plan`.
    pub fn path(self) -> String {
        match self.table() {
            Some(table) => format!("{table}.{}", self.slug()),
            None => self.slug().to_string(),
        }
    }
}

impl Table {
    /// The keys inside the table, in order.
    pub fn keys(self) -> impl Iterator<Item = ProfileKey> {
        ProfileKey::ALL
            .iter()
            .copied()
            .filter(move |k| k.table() == Some(self))
    }

    /// The names of the keys inside the table, for an unknown key's message.
    pub fn key_names(self) -> Vec<&'static str> {
        self.keys().map(ProfileKey::slug).collect()
    }
}

/// The top-level keys of a profile, the tables last.
pub static TOP_KEYS: LazyLock<Vec<&'static str>> = LazyLock::new(|| {
    ProfileKey::ALL
        .iter()
        .filter(|k| k.table().is_none())
        .map(|k| k.slug())
        .chain(Table::ALL.iter().map(|t| t.slug()))
        .collect()
});

/// The profile's tables and their keys, so that a table's key written at the top level
/// is told where it belongs.
pub(crate) static NESTED: LazyLock<Vec<(&'static str, Vec<&'static str>)>> = LazyLock::new(|| {
    Table::ALL
        .iter()
        .map(|t| (t.slug(), t.key_names()))
        .collect()
});
