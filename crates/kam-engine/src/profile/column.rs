//! The columns of a portfolio sheet: one per profile key (the table keys of
//! `[strategy]`, `[network]` and `[team]` by their own names) and what a cell of each
//! holds. Reading a header row is the sheet's business (`crate::sheet`); the
//! catalogues name the columns in each language.

slug_enum! {
    /// A column of a portfolio sheet, in the order `init --format csv` prints them
    /// (the profile's key order, docs/guide.md "The profile").
    pub enum Column {
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

/// Every column, in order.
pub const COLUMNS: &[Column] = Column::ALL;

/// What a cell of a column holds, and so which TOML value it becomes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ColumnKind {
    /// Text, as a TOML string.
    Text,
    /// An amount: a number cell as a number, any text as the string a profile accepts.
    Money,
    /// A whole number.
    Count,
    /// Yes or no.
    Flag,
    /// A list, items separated by `;`.
    List,
    /// `level=number` items separated by `;`.
    Counts,
}

impl Column {
    pub fn kind(self) -> ColumnKind {
        match self {
            Column::AnnualRevenue | Column::CnyRate | Column::TotalAssets => ColumnKind::Money,
            Column::KeyAccounts | Column::Employees => ColumnKind::Count,
            Column::StrategicPlan | Column::AccountDevelopment => ColumnKind::Flag,
            Column::Levels | Column::Functions => ColumnKind::List,
            Column::Counts => ColumnKind::Counts,
            _ => ColumnKind::Text,
        }
    }

    /// The profile table the key belongs in (`None`: the top level).
    pub fn table(self) -> Option<&'static str> {
        match self {
            Column::StrategicPlan | Column::AccountDevelopment => Some("strategy"),
            Column::Levels | Column::Counts => Some("network"),
            Column::Functions => Some("team"),
            _ => None,
        }
    }

    /// The key as the profile's messages name it: `strategy.strategic_plan`.
    pub fn profile_key(self) -> String {
        match self.table() {
            Some(table) => format!("{table}.{}", self.slug()),
            None => self.slug().to_string(),
        }
    }
}
