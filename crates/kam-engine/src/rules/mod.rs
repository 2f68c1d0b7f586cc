//! Every threshold and assumption the advisor applies, in one place. `Rules::default()`
//! holds the chapter's own figures and the tool's stated assumptions; a consultant may
//! override any of them with `--rules FILE`. What each key reads from the chapter, and
//! why, is in docs/rules.md ("Conditions" and "Staffing"). Reading a rules file needs the TOML checker,
//! which comes after this module: it is `crate::rules_file`.

use serde::ser::{Serialize, SerializeMap, Serializer};

use crate::money::{Decimal, MoneyError};

slug_enum! {
    /// Where a figure or a structural choice comes from (docs/rules.md, "Sources").
    pub enum Source {
        /// The chapter gives it for this use.
        Chapter = "chapter",
        /// Computed from a chapter figure by the tool's reading.
        Derived = "derived",
        /// The tool's own assumption, not in the chapter.
        Assumption = "assumption",
        /// A figure whose formula uses a `--rules` value other than the default.
        RulesFile = "rules-file",
    }
}

/// The figures of docs/rules.md. Each field names the clause it rests on.
///
/// Every figure is a whole number but one: the (一)1 threshold may be given to a
/// fraction of a yuan by a rules file (`"49999999.5"`), and is then compared exactly.
/// It is held in two parts: `revenue_threshold_cny`, its whole yuan (all that the
/// default or any whole-yuan figure has, and what code counting in yuan reads), and
/// `revenue_threshold_fraction`, the rest of a yuan, zero unless a rules file gave one.
/// Neither part restates the other, so setting the whole yuan alone gives exactly that
/// threshold. [`Rules::revenue_threshold`] is their sum, what (一)1 compares.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Rules {
    /// (一)1: annual revenue, in yuan, from which a unit may be considered (5000万):
    /// its whole yuan (truncated); see [`Rules::revenue_threshold`].
    pub revenue_threshold_cny: u64,
    /// (一)1: the part of a yuan above `revenue_threshold_cny` that a rules file gave
    /// (0.5 of "49999999.5"); zero by default.
    pub revenue_threshold_fraction: Decimal,
    /// (一)2: rated key accounts from which a unit may be considered (the low end of "6-10").
    pub key_accounts_threshold: u64,
    /// (二)4 with (一)2: the most key accounts a small or micro firm may have and still be
    /// told a team will do: (二)4's "very few" read as fewer than the 6 at which (一)2
    /// lets a firm consider a department (derived).
    pub team_max_key_accounts: u64,
    /// (二)1: key accounts per KAM manager, the average of the typical department quoted there.
    pub accounts_per_manager: u64,
    /// (二)3: the people a KAM department starts with ("3-4 people").
    pub department_base_headcount: u64,
    /// (二)2: the least headcount of a single KAM service centre, so that a large firm's
    /// centre is not drawn smaller than a medium firm's department (the tool's assumption).
    pub service_center_base_headcount: u64,
    /// (二)2: the least KAM managers at each service centre of a counted network tier
    /// (the tool's assumption).
    pub service_center_min_staff: u64,
    /// (二)1: people in each of the committee's service and evaluation centres (the tool's floor).
    pub committee_center_min_staff: u64,
    /// (二)1: focus executives per key account (the Xerox example quoted there).
    pub focus_executives_per_account: u64,
    /// (二)4: members each function sends to a team (the tool's assumption).
    pub team_members_per_function: u64,
    /// (一): people named to answer for key accounts part-time when no unit is indicated
    /// (the tool's assumption).
    pub named_managers: u64,
}

impl Default for Rules {
    fn default() -> Self {
        Rules {
            revenue_threshold_cny: 50_000_000,
            revenue_threshold_fraction: Decimal::ZERO,
            key_accounts_threshold: 6,
            team_max_key_accounts: 5,
            accounts_per_manager: 9,
            department_base_headcount: 3,
            service_center_base_headcount: 3,
            service_center_min_staff: 1,
            committee_center_min_staff: 1,
            focus_executives_per_account: 1,
            team_members_per_function: 1,
            named_managers: 1,
        }
    }
}

slug_enum! {
    /// The keys of a rules file, one per field of [`Rules`], in the order `rules` prints them.
    pub enum RuleKey {
        RevenueThresholdCny = "revenue_threshold_cny",
        KeyAccountsThreshold = "key_accounts_threshold",
        TeamMaxKeyAccounts = "team_max_key_accounts",
        AccountsPerManager = "accounts_per_manager",
        DepartmentBaseHeadcount = "department_base_headcount",
        ServiceCenterBaseHeadcount = "service_center_base_headcount",
        ServiceCenterMinStaff = "service_center_min_staff",
        CommitteeCenterMinStaff = "committee_center_min_staff",
        FocusExecutivesPerAccount = "focus_executives_per_account",
        TeamMembersPerFunction = "team_members_per_function",
        NamedManagers = "named_managers",
    }
}

impl RuleKey {
    /// The clause the figure rests on.
    pub fn clause(self) -> &'static str {
        match self {
            RuleKey::RevenueThresholdCny => "(一)1",
            RuleKey::KeyAccountsThreshold => "(一)2",
            RuleKey::TeamMaxKeyAccounts => "(二)4",
            RuleKey::AccountsPerManager => "(二)1",
            RuleKey::DepartmentBaseHeadcount => "(二)3",
            RuleKey::ServiceCenterBaseHeadcount | RuleKey::ServiceCenterMinStaff => "(二)2",
            RuleKey::CommitteeCenterMinStaff => "(二)1",
            RuleKey::FocusExecutivesPerAccount => "(二)1",
            RuleKey::TeamMembersPerFunction => "(二)4",
            RuleKey::NamedManagers => "(一)",
        }
    }

    /// Whether the default is the chapter's figure, derived from one, or the tool's own.
    pub fn source(self) -> Source {
        match self {
            RuleKey::KeyAccountsThreshold | RuleKey::DepartmentBaseHeadcount => Source::Chapter,
            RuleKey::RevenueThresholdCny
            | RuleKey::AccountsPerManager
            | RuleKey::FocusExecutivesPerAccount
            | RuleKey::TeamMaxKeyAccounts => Source::Derived,
            RuleKey::ServiceCenterBaseHeadcount
            | RuleKey::ServiceCenterMinStaff
            | RuleKey::CommitteeCenterMinStaff
            | RuleKey::TeamMembersPerFunction
            | RuleKey::NamedManagers => Source::Assumption,
        }
    }

    /// The least value that keeps the advice meaningful.
    pub fn minimum(self) -> u64 {
        match self {
            RuleKey::KeyAccountsThreshold
            | RuleKey::AccountsPerManager
            | RuleKey::DepartmentBaseHeadcount
            | RuleKey::ServiceCenterBaseHeadcount
            | RuleKey::ServiceCenterMinStaff
            | RuleKey::NamedManagers => 1,
            RuleKey::RevenueThresholdCny
            | RuleKey::TeamMaxKeyAccounts
            | RuleKey::CommitteeCenterMinStaff
            | RuleKey::FocusExecutivesPerAccount
            | RuleKey::TeamMembersPerFunction => 0,
        }
    }

    /// Whether the value is an amount of money (so "5000万" reads too).
    pub fn is_money(self) -> bool {
        self == RuleKey::RevenueThresholdCny
    }
}

impl Rules {
    /// The (一)1 threshold, exact: its whole yuan and the fraction of a yuan a rules
    /// file gave. What the revenue condition compares.
    pub fn revenue_threshold(&self) -> Decimal {
        // Whole yuan up to u64::MAX and less than a yuan more: this fits a Decimal.
        Decimal::from(self.revenue_threshold_cny)
            .checked_add(self.revenue_threshold_fraction)
            .unwrap_or(Decimal::from(self.revenue_threshold_cny))
    }

    /// Sets the (一)1 threshold exactly (`49999999.5`): its whole yuan and the rest.
    /// More than `u64::MAX` yuan is an error.
    pub fn set_revenue_threshold(&mut self, yuan: Decimal) -> Result<(), MoneyError> {
        let whole = yuan.trunc_u64()?;
        self.revenue_threshold_fraction = yuan.checked_sub(Decimal::from(whole))?;
        self.revenue_threshold_cny = whole;
        Ok(())
    }

    /// The value of one key; for the (一)1 threshold its whole yuan (the exact figure is
    /// [`Rules::revenue_threshold`]).
    pub fn get(&self, key: RuleKey) -> u64 {
        match key {
            RuleKey::RevenueThresholdCny => self.revenue_threshold_cny,
            RuleKey::KeyAccountsThreshold => self.key_accounts_threshold,
            RuleKey::TeamMaxKeyAccounts => self.team_max_key_accounts,
            RuleKey::AccountsPerManager => self.accounts_per_manager,
            RuleKey::DepartmentBaseHeadcount => self.department_base_headcount,
            RuleKey::ServiceCenterBaseHeadcount => self.service_center_base_headcount,
            RuleKey::ServiceCenterMinStaff => self.service_center_min_staff,
            RuleKey::CommitteeCenterMinStaff => self.committee_center_min_staff,
            RuleKey::FocusExecutivesPerAccount => self.focus_executives_per_account,
            RuleKey::TeamMembersPerFunction => self.team_members_per_function,
            RuleKey::NamedManagers => self.named_managers,
        }
    }

    /// Where one key's whole number is held; for the (一)1 threshold, set it with
    /// [`Rules::set_revenue_threshold`] instead, which keeps its fraction.
    pub fn slot(&mut self, key: RuleKey) -> &mut u64 {
        match key {
            RuleKey::RevenueThresholdCny => &mut self.revenue_threshold_cny,
            RuleKey::KeyAccountsThreshold => &mut self.key_accounts_threshold,
            RuleKey::TeamMaxKeyAccounts => &mut self.team_max_key_accounts,
            RuleKey::AccountsPerManager => &mut self.accounts_per_manager,
            RuleKey::DepartmentBaseHeadcount => &mut self.department_base_headcount,
            RuleKey::ServiceCenterBaseHeadcount => &mut self.service_center_base_headcount,
            RuleKey::ServiceCenterMinStaff => &mut self.service_center_min_staff,
            RuleKey::CommitteeCenterMinStaff => &mut self.committee_center_min_staff,
            RuleKey::FocusExecutivesPerAccount => &mut self.focus_executives_per_account,
            RuleKey::TeamMembersPerFunction => &mut self.team_members_per_function,
            RuleKey::NamedManagers => &mut self.named_managers,
        }
    }

    /// The first key whose value would make the advice meaningless.
    pub fn validate(&self) -> Result<(), RuleKey> {
        match RuleKey::ALL
            .iter()
            .find(|key| self.get(**key) < key.minimum())
        {
            Some(key) => Err(*key),
            None => Ok(()),
        }
    }

    pub fn is_default(&self) -> bool {
        *self == Rules::default()
    }

    /// Whether a key's value differs from its default (a rules file that restates a
    /// default changes nothing).
    pub fn is_changed(&self, key: RuleKey) -> bool {
        self.get(key) != Rules::default().get(key)
    }

    /// The source of a figure whose formula uses `keys`: `natural` under the defaults,
    /// [`Source::RulesFile`] when any of them was changed by a rules file.
    pub fn source_of(&self, natural: Source, keys: &[RuleKey]) -> Source {
        if keys.iter().any(|key| self.is_changed(*key)) {
            Source::RulesFile
        } else {
            natural
        }
    }
}

/// One JSON object (`kam-advise rules --format json`), a key per [`RuleKey`] in its
/// order: a whole number each, but for a (一)1 threshold with a fraction of a yuan, the
/// exact figure as a decimal string (`"49999999.5"`, as `revenue.cny` of the advice),
/// which a rules file reads back.
impl Serialize for Rules {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = serializer.serialize_map(Some(RuleKey::ALL.len()))?;
        let threshold = self.revenue_threshold();
        for key in RuleKey::ALL.iter().copied() {
            if key == RuleKey::RevenueThresholdCny && threshold.has_fraction() {
                map.serialize_entry(key.slug(), &threshold.to_string())?;
            } else {
                map.serialize_entry(key.slug(), &self.get(key))?;
            }
        }
        map.end()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn defaults_are_the_chapters_figures_and_the_stated_assumptions() {
        let rules = Rules::default();
        assert_eq!(rules.revenue_threshold_cny, 50_000_000);
        assert_eq!(rules.key_accounts_threshold, 6);
        assert_eq!(rules.team_max_key_accounts, 5);
        assert_eq!(rules.service_center_base_headcount, 3);
        assert_eq!(rules.service_center_min_staff, 1);
        assert_eq!(rules.accounts_per_manager, 9);
        assert_eq!(rules.department_base_headcount, 3);
        assert_eq!(rules.committee_center_min_staff, 1);
        assert_eq!(rules.focus_executives_per_account, 1);
        assert_eq!(rules.team_members_per_function, 1);
        assert_eq!(rules.named_managers, 1);
        assert_eq!(rules.revenue_threshold(), Decimal::from(50_000_000));
        assert!(rules.validate().is_ok());
        assert!(rules.is_default());
    }

    #[test]
    fn the_revenue_threshold_is_held_exactly() {
        let exact = |text: &str| Decimal::parse(text).unwrap_or_else(|e| panic!("{e:?}"));
        let mut rules = Rules::default();
        assert_eq!(rules.set_revenue_threshold(exact("49999999.5")), Ok(()));
        assert_eq!(rules.revenue_threshold(), exact("49999999.5"));
        assert_eq!(rules.revenue_threshold_cny, 49_999_999);
        assert_eq!(rules.get(RuleKey::RevenueThresholdCny), 49_999_999);
        assert!(!rules.is_default());
        assert_eq!(
            serde_json::to_value(&rules)
                .ok()
                .map(|v| v["revenue_threshold_cny"].clone()),
            Some(serde_json::json!("49999999.5"))
        );
        // Back to a whole figure: the fraction goes, and JSON has a number again.
        assert_eq!(rules.set_revenue_threshold(exact("50000000.00")), Ok(()));
        assert!(rules.is_default());
        assert_eq!(
            serde_json::to_value(&rules)
                .ok()
                .map(|v| v["revenue_threshold_cny"].clone()),
            Some(serde_json::json!(50_000_000))
        );
        // Setting the whole yuan alone is that exact threshold.
        let rules = Rules {
            revenue_threshold_cny: 30_000_000,
            ..Rules::default()
        };
        assert_eq!(rules.revenue_threshold(), Decimal::from(30_000_000));
        let mut rules = Rules::default();
        assert_eq!(
            rules.set_revenue_threshold(exact("18446744073709551616")),
            Err(MoneyError::TooLarge)
        );
        assert!(rules.is_default());
    }

    #[test]
    fn every_field_is_a_key() {
        let toml = toml::to_string(&Rules::default()).unwrap_or_default();
        for key in RuleKey::ALL {
            assert!(toml.contains(key.slug()), "{key} missing from {toml}");
        }
        assert_eq!(toml.lines().count(), RuleKey::ALL.len());
    }

    #[test]
    fn sources_follow_the_reading() {
        assert_eq!(RuleKey::KeyAccountsThreshold.source(), Source::Chapter);
        assert_eq!(RuleKey::RevenueThresholdCny.source(), Source::Derived);
        assert_eq!(RuleKey::AccountsPerManager.source(), Source::Derived);
        assert_eq!(RuleKey::TeamMaxKeyAccounts.source(), Source::Derived);
        assert_eq!(
            RuleKey::ServiceCenterBaseHeadcount.source(),
            Source::Assumption
        );
        assert_eq!(
            RuleKey::CommitteeCenterMinStaff.source(),
            Source::Assumption
        );
    }
}
