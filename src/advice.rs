//! The engine: `advise(&Profile, &Rules) -> Advice`. Pure, no I/O, no text: every
//! conclusion is data (ids, numbers, clauses) that the renderers put into words.

use crate::profile::{Kind, Level, Profile, ScaleSource, Setup};
use crate::rules::Rules;
use crate::scale::{Figures, Scale, SizeCheck};
use crate::slug::slug_enum;

slug_enum! {
    /// The organisation forms of (二), plus `none` when there is nothing to organise.
    pub enum Form {
        None = "none",
        Team = "team",
        Department = "department",
        ServiceCenter = "service-center",
        Committee = "committee",
    }
}

impl Form {
    /// The clause of the chapter the form comes from.
    pub fn clause(self) -> &'static str {
        match self {
            Form::None => "(一)",
            Form::Committee => "(二)1",
            Form::ServiceCenter => "(二)2",
            Form::Department => "(二)3",
            Form::Team => "(二)4",
        }
    }
}

slug_enum! {
    /// The four conditions of (一), in the chapter's order.
    pub enum ConditionId {
        Revenue = "revenue",
        KeyAccounts = "key_accounts",
        StrategicPlan = "strategic_plan",
        AccountDevelopment = "account_development",
    }
}

impl ConditionId {
    pub fn clause(self) -> &'static str {
        match self {
            ConditionId::Revenue => "(一)1",
            ConditionId::KeyAccounts => "(一)2",
            ConditionId::StrategicPlan => "(一)3",
            ConditionId::AccountDevelopment => "(一)4",
        }
    }
}

/// A value a condition compares.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Measure {
    Yuan(u64),
    Count(u64),
    Flag(bool),
}

/// One condition of (一) as it applies to the profile.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Condition {
    pub id: ConditionId,
    pub met: bool,
    pub value: Measure,
    pub threshold: Measure,
}

/// Why the form was chosen: the rule of SPEC §2 that fired.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FormReason {
    NoKeyAccounts,
    NotWarranted,
    LargeGroup(Kind),
    PublicSector,
    LargeScale,
    MediumScale,
    SmallScale(Scale),
}

impl FormReason {
    /// The form this reason leads to.
    pub fn form(self) -> Form {
        match self {
            FormReason::NoKeyAccounts => Form::None,
            FormReason::NotWarranted | FormReason::SmallScale(_) => Form::Team,
            FormReason::LargeGroup(_) => Form::Committee,
            FormReason::PublicSector | FormReason::LargeScale => Form::ServiceCenter,
            FormReason::MediumScale => Form::Department,
        }
    }

    /// The rule of SPEC §2 (1-6, checked in that order) that gives this reason.
    pub fn rule(self) -> u8 {
        match self {
            FormReason::NoKeyAccounts => 1,
            FormReason::NotWarranted => 2,
            FormReason::LargeGroup(_) => 3,
            FormReason::PublicSector | FormReason::LargeScale => 4,
            FormReason::MediumScale => 5,
            FormReason::SmallScale(_) => 6,
        }
    }
}

slug_enum! {
    /// The organisational units a form is made of.
    pub enum UnitId {
        Committee = "committee",
        ManagementCentre = "management-centre",
        ServiceCentre = "service-centre",
        EvaluationCentre = "evaluation-centre",
        ManagementBody = "management-body",
        Department = "department",
        Team = "team",
    }
}

/// One unit of the recommended structure; `parent` indexes `Advice::units`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Unit {
    pub id: UnitId,
    pub level: Option<Level>,
    pub optional: bool,
    pub parent: Option<usize>,
}

slug_enum! {
    /// The people the staffing counts.
    pub enum RoleId {
        KamManager = "kam-manager",
        DepartmentStaff = "kam-staff",
        FocusExecutive = "focus-executive",
        FinanceMember = "finance-member",
        SupplyMember = "supply-member",
        AfterSalesMember = "after-sales-member",
    }
}

/// How a staffing number was reached, with the figures that went into it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Basis {
    /// ceil(accounts / per) KAM managers.
    PerManager { accounts: u64, per: u64 },
    /// ceil(accounts / per) KAM managers, spread over `tiers` tiers of a service centre.
    SpreadOverTiers {
        accounts: u64,
        per: u64,
        tiers: usize,
    },
    /// The department's minimum of `base` people, filled up beside `managers` managers.
    DepartmentMinimum { base: u64, managers: u64 },
    /// One senior executive for each key account.
    FocusPerAccount { accounts: u64 },
    /// `per` member(s) from a function the accounts touch.
    PerFunction { per: u64 },
}

/// A line of the staffing: who, how many, on what basis.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Role {
    pub id: RoleId,
    pub count: u64,
    pub basis: Basis,
    /// Whether the role counts in the unit's headcount (focus executives are senior
    /// executives assigned besides the unit's own staff).
    pub in_headcount: bool,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Staffing {
    pub kam_managers: u64,
    pub headcount: u64,
    pub focus_executives: u64,
    pub roles: Vec<Role>,
}

slug_enum! {
    /// The posts of the committee's reporting line, bottom to top ((二)1).
    pub enum Post {
        KamManagers = "kam-managers",
        NationalSalesManager = "national-sales-manager",
        VpMarketingSales = "vp-marketing-sales",
        Ceo = "ceo",
    }
}

/// The committee's reporting line, bottom to top ((二)1).
pub const COMMITTEE_REPORTING_LINE: [Post; 4] = [
    Post::KamManagers,
    Post::NationalSalesManager,
    Post::VpMarketingSales,
    Post::Ceo,
];

/// Something in the profile the consultant should look at.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Warning {
    /// A group or multinational that is not large: the committee does not apply.
    GroupNotLarge { kind: Kind, scale: Scale },
    /// The declared scale is not what the NBS table gives for the figures.
    ScaleMismatch { declared: Scale, figures: Scale },
    /// `[network] levels` given, but the form has no tiers.
    NetworkUnused { form: Form },
    /// Fewer KAM managers than tiers that must be staffed.
    FewerManagersThanTiers { managers: u64, tiers: usize },
}

/// A pointer to what would change the advice.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Hint {
    /// Revenue is short of the (一)1 threshold by this many yuan.
    RevenueShort { short_by: u64, threshold: u64 },
    /// Key accounts are short of the (一)2 threshold by this many.
    AccountsShort { short_by: u64, threshold: u64 },
    /// No key accounts rated yet.
    RateAccountsFirst { threshold: u64 },
    /// The form the profile would get once a condition of (一) holds.
    FormOnceWarranted { form: Form },
    /// At `at_accounts` key accounts the headcount becomes `headcount`.
    HeadcountGrows {
        at_accounts: u64,
        headcount: u64,
        per: u64,
    },
    /// The advice used thresholds other than the chapter's.
    CustomRules,
}

/// One step of the reasoning, with the figures it compared: what `--why` shows.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Trace {
    /// The scale was inferred from the NBS 2017 row `row`: sizes tried, largest first.
    ScaleInferred {
        row: &'static str,
        checks: Vec<SizeCheck>,
        scale: Scale,
    },
    /// A condition of (一): the profile's value against the threshold.
    Condition(Condition),
    /// The form rules of SPEC §2, in order: `rule` (1-6) applied or not.
    FormRule {
        rule: u8,
        applies: bool,
        key_accounts: u64,
        warranted: bool,
        kind: Kind,
        scale: Scale,
    },
    /// KAM managers = ceil(accounts / per).
    KamManagers {
        accounts: u64,
        per: u64,
        managers: u64,
    },
    /// Department headcount = max(base, managers).
    DepartmentHeadcount {
        base: u64,
        managers: u64,
        headcount: u64,
    },
    /// Focus executives = key accounts.
    FocusExecutives { accounts: u64 },
}

slug_enum! {
    /// How far today's setup is from the recommendation.
    pub enum GapDirection {
        /// Nothing to organise yet.
        Wait = "wait",
        /// From no unit (nobody, or salespeople) to a unit.
        Build = "build",
        /// From a smaller unit to a larger one.
        Grow = "grow",
        /// Today's setup is the recommended form.
        Same = "same",
        /// Today's unit is larger than the chapter asks for.
        Reduce = "reduce",
    }
}

/// A step from today's setup to the recommended one.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Step {
    RateAccounts { threshold: u64 },
    TakeAccountsFromSales,
    NameOwner,
    AppointManagers { count: u64, per: u64 },
    NameFunctionMembers { per: u64 },
    FillDepartment { headcount: u64 },
    SetUpServiceCentre,
    SetUpTiers { tiers: usize },
    FormCommittee,
    AssignFocusExecutives { count: u64 },
    SetReportingLine,
    WriteDuties,
    TrainStaff,
    ReviewStaffing { managers: u64, headcount: u64 },
    KeepOrFold { current: Setup, form: Form },
}

/// Today's setup against the recommendation, and the steps between them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Gap {
    pub current: Setup,
    pub direction: GapDirection,
    /// Key accounts sit with individual salespeople: the chapter's warning applies.
    pub salespeople_hold_accounts: bool,
    pub steps: Vec<Step>,
}

/// Everything the advisor concludes for one profile.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Advice {
    pub conditions: Vec<Condition>,
    pub warranted: bool,
    pub form: Form,
    pub reason: FormReason,
    pub units: Vec<Unit>,
    pub staffing: Staffing,
    pub reporting_line: Vec<Post>,
    pub warnings: Vec<Warning>,
    pub hints: Vec<Hint>,
    /// Whether the rules were the chapter's own figures.
    pub default_rules: bool,
    /// Today's setup against the recommendation, when the profile says what it is.
    pub gap: Option<Gap>,
    /// The reasoning, step by step.
    pub trace: Vec<Trace>,
}

/// Advises one profile under the given rules.
pub fn advise(profile: &Profile, rules: &Rules) -> Advice {
    let conditions = conditions(profile, rules);
    let warranted = conditions.iter().any(|c| c.met);
    let (form, reason) = form_for(profile, warranted);
    let units = units_for(form, &profile.network_levels);
    let staffing = staffing_for(form, profile.key_accounts, &units, rules);
    let reporting_line = if form == Form::Committee {
        COMMITTEE_REPORTING_LINE.to_vec()
    } else {
        Vec::new()
    };
    let warnings = warnings_for(profile, form, &units, &staffing);
    let hints = hints_for(profile, rules, &conditions, form, &staffing);
    let gap = profile
        .current_setup
        .map(|current| gap_for(current, form, &units, &staffing, rules));
    let trace = trace_for(profile, rules, &conditions, warranted, reason, &staffing);
    Advice {
        conditions,
        warranted,
        form,
        reason,
        units,
        staffing,
        reporting_line,
        warnings,
        hints,
        default_rules: rules.is_default(),
        gap,
        trace,
    }
}

/// How much organisation a setup or form stands for, for comparing them.
fn rank_of_setup(setup: Setup) -> u8 {
    match setup {
        Setup::None => 0,
        Setup::Sales => 1,
        Setup::Team => 2,
        Setup::Department => 3,
        Setup::ServiceCenter => 4,
        Setup::Committee => 5,
    }
}

fn rank_of_form(form: Form) -> u8 {
    match form {
        Form::None => 0,
        Form::Team => 2,
        Form::Department => 3,
        Form::ServiceCenter => 4,
        Form::Committee => 5,
    }
}

/// The steps from today's setup to the recommended form. The chapter's opening
/// warns against leaving key accounts with individual salespeople: the firm then
/// does not use the customer resources they hold.
pub fn gap_for(
    current: Setup,
    form: Form,
    units: &[Unit],
    staffing: &Staffing,
    rules: &Rules,
) -> Gap {
    let salespeople_hold_accounts = current == Setup::Sales;
    let (from, to) = (rank_of_setup(current), rank_of_form(form));
    let direction = if form == Form::None {
        GapDirection::Wait
    } else if from == to {
        GapDirection::Same
    } else if from > to {
        GapDirection::Reduce
    } else if from <= rank_of_setup(Setup::Sales) {
        GapDirection::Build
    } else {
        GapDirection::Grow
    };
    let mut steps = Vec::new();
    match direction {
        GapDirection::Wait => steps.push(Step::RateAccounts {
            threshold: rules.key_accounts_threshold,
        }),
        GapDirection::Same => steps.push(Step::ReviewStaffing {
            managers: staffing.kam_managers,
            headcount: staffing.headcount,
        }),
        GapDirection::Reduce => steps.push(Step::KeepOrFold { current, form }),
        GapDirection::Build | GapDirection::Grow => {
            if salespeople_hold_accounts {
                steps.push(Step::TakeAccountsFromSales);
            } else if current == Setup::None {
                steps.push(Step::NameOwner);
            }
            match form {
                Form::Committee => {
                    steps.push(Step::FormCommittee);
                    steps.push(Step::AppointManagers {
                        count: staffing.kam_managers,
                        per: rules.accounts_per_manager,
                    });
                    steps.push(Step::AssignFocusExecutives {
                        count: staffing.focus_executives,
                    });
                    steps.push(Step::SetReportingLine);
                }
                Form::ServiceCenter => {
                    let tiers = units.iter().filter(|u| u.level.is_some()).count();
                    steps.push(if tiers > 0 {
                        Step::SetUpTiers { tiers }
                    } else {
                        Step::SetUpServiceCentre
                    });
                    steps.push(Step::AppointManagers {
                        count: staffing.kam_managers,
                        per: rules.accounts_per_manager,
                    });
                }
                Form::Department => {
                    steps.push(Step::AppointManagers {
                        count: staffing.kam_managers,
                        per: rules.accounts_per_manager,
                    });
                    steps.push(Step::FillDepartment {
                        headcount: staffing.headcount,
                    });
                }
                Form::Team => {
                    steps.push(Step::AppointManagers {
                        count: staffing.kam_managers,
                        per: rules.accounts_per_manager,
                    });
                    steps.push(Step::NameFunctionMembers {
                        per: rules.team_members_per_function,
                    });
                }
                Form::None => {}
            }
            steps.push(Step::WriteDuties);
            steps.push(Step::TrainStaff);
        }
    }
    Gap {
        current,
        direction,
        salespeople_hold_accounts,
        steps,
    }
}

/// The reasoning behind the advice, step by step, with the figures compared.
fn trace_for(
    profile: &Profile,
    rules: &Rules,
    conditions: &[Condition],
    warranted: bool,
    reason: FormReason,
    staffing: &Staffing,
) -> Vec<Trace> {
    let form = reason.form();
    let mut trace = Vec::new();
    if let (ScaleSource::Inferred, Some(row)) = (profile.scale_source, profile.industry) {
        let figures = Figures {
            employees: profile.employees,
            revenue_cny: Some(profile.revenue_cny),
            assets_cny: profile.total_assets_cny,
        };
        trace.push(Trace::ScaleInferred {
            row: row.slug,
            checks: row.checks(&figures),
            scale: profile.scale,
        });
    }
    trace.extend(conditions.iter().copied().map(Trace::Condition));
    // The rules of SPEC §2 in order, up to the one that fired.
    let fired = reason.rule();
    for rule in 1..=fired {
        trace.push(Trace::FormRule {
            rule,
            applies: rule == fired,
            key_accounts: profile.key_accounts,
            warranted,
            kind: profile.kind,
            scale: profile.scale,
        });
    }
    if form != Form::None {
        trace.push(Trace::KamManagers {
            accounts: profile.key_accounts,
            per: rules.accounts_per_manager,
            managers: staffing.kam_managers,
        });
    }
    match form {
        Form::Department => trace.push(Trace::DepartmentHeadcount {
            base: rules.department_base_headcount,
            managers: staffing.kam_managers,
            headcount: staffing.headcount,
        }),
        Form::Committee => trace.push(Trace::FocusExecutives {
            accounts: profile.key_accounts,
        }),
        _ => {}
    }
    trace
}

/// (一)1-4: each condition with the profile's value and the threshold.
pub fn conditions(profile: &Profile, rules: &Rules) -> Vec<Condition> {
    vec![
        Condition {
            id: ConditionId::Revenue,
            met: profile.revenue_cny >= rules.revenue_threshold_cny,
            value: Measure::Yuan(profile.revenue_cny),
            threshold: Measure::Yuan(rules.revenue_threshold_cny),
        },
        Condition {
            id: ConditionId::KeyAccounts,
            met: profile.key_accounts >= rules.key_accounts_threshold,
            value: Measure::Count(profile.key_accounts),
            threshold: Measure::Count(rules.key_accounts_threshold),
        },
        Condition {
            id: ConditionId::StrategicPlan,
            met: profile.strategy.strategic_plan,
            value: Measure::Flag(profile.strategy.strategic_plan),
            threshold: Measure::Flag(true),
        },
        Condition {
            id: ConditionId::AccountDevelopment,
            met: profile.strategy.account_development,
            value: Measure::Flag(profile.strategy.account_development),
            threshold: Measure::Flag(true),
        },
    ]
}

/// (二): the form, checked in SPEC §2's order; the first rule that applies wins.
pub fn form_for(profile: &Profile, warranted: bool) -> (Form, FormReason) {
    let reason = if profile.key_accounts == 0 {
        FormReason::NoKeyAccounts
    } else if !warranted {
        FormReason::NotWarranted
    } else {
        reason_by_kind_and_scale(profile.kind, profile.scale)
    };
    (reason.form(), reason)
}

/// (二)1-4 by kind and scale alone, for a profile that warrants a unit.
fn reason_by_kind_and_scale(kind: Kind, scale: Scale) -> FormReason {
    match (kind, scale) {
        (Kind::Group | Kind::Multinational, Scale::Large) => FormReason::LargeGroup(kind),
        (Kind::PublicSector, _) => FormReason::PublicSector,
        (_, Scale::Large) => FormReason::LargeScale,
        (_, Scale::Medium) => FormReason::MediumScale,
        (_, Scale::Small | Scale::Micro) => FormReason::SmallScale(scale),
    }
}

/// The units of a form. A service centre with network levels follows the chapter's
/// tiered example ((二)2): management bodies at national and provincial level, a
/// service centre at prefecture level, an optional one at county level.
pub fn units_for(form: Form, levels: &[Level]) -> Vec<Unit> {
    let unit = |id, parent| Unit {
        id,
        level: None,
        optional: false,
        parent,
    };
    match form {
        Form::None => Vec::new(),
        Form::Committee => vec![
            unit(UnitId::Committee, None),
            unit(UnitId::ManagementCentre, Some(0)),
            unit(UnitId::ServiceCentre, Some(0)),
            unit(UnitId::EvaluationCentre, Some(0)),
        ],
        Form::ServiceCenter if levels.is_empty() => vec![unit(UnitId::ServiceCentre, None)],
        Form::ServiceCenter => levels
            .iter()
            .enumerate()
            .map(|(i, &level)| Unit {
                id: match level {
                    Level::National | Level::Provincial => UnitId::ManagementBody,
                    Level::Prefecture | Level::County => UnitId::ServiceCentre,
                },
                level: Some(level),
                optional: level == Level::County,
                parent: i.checked_sub(1),
            })
            .collect(),
        Form::Department => vec![unit(UnitId::Department, None)],
        Form::Team => vec![unit(UnitId::Team, None)],
    }
}

/// KAM managers for a number of key accounts: ceil(accounts / per manager).
pub fn kam_managers(key_accounts: u64, rules: &Rules) -> u64 {
    key_accounts.div_ceil(rules.accounts_per_manager.max(1))
}

/// The department's headcount: its base of 3-4 people, growing with the managers ((二)3).
pub fn department_headcount(managers: u64, rules: &Rules) -> u64 {
    managers.max(rules.department_base_headcount)
}

/// The staffing of a form, every number with its basis.
pub fn staffing_for(form: Form, key_accounts: u64, units: &[Unit], rules: &Rules) -> Staffing {
    let managers = kam_managers(key_accounts, rules);
    let per = rules.accounts_per_manager;
    let manager_role = |basis| Role {
        id: RoleId::KamManager,
        count: managers,
        basis,
        in_headcount: true,
    };
    let mut roles = Vec::new();
    match form {
        Form::None => {}
        Form::Committee => {
            roles.push(manager_role(Basis::PerManager {
                accounts: key_accounts,
                per,
            }));
            roles.push(Role {
                id: RoleId::FocusExecutive,
                count: key_accounts,
                basis: Basis::FocusPerAccount {
                    accounts: key_accounts,
                },
                in_headcount: false,
            });
        }
        Form::ServiceCenter => {
            let tiers = units.iter().filter(|u| u.level.is_some()).count();
            roles.push(manager_role(if tiers > 0 {
                Basis::SpreadOverTiers {
                    accounts: key_accounts,
                    per,
                    tiers,
                }
            } else {
                Basis::PerManager {
                    accounts: key_accounts,
                    per,
                }
            }));
        }
        Form::Department => {
            roles.push(manager_role(Basis::PerManager {
                accounts: key_accounts,
                per,
            }));
            let extra = department_headcount(managers, rules) - managers;
            if extra > 0 {
                roles.push(Role {
                    id: RoleId::DepartmentStaff,
                    count: extra,
                    basis: Basis::DepartmentMinimum {
                        base: rules.department_base_headcount,
                        managers,
                    },
                    in_headcount: true,
                });
            }
        }
        Form::Team => {
            roles.push(manager_role(Basis::PerManager {
                accounts: key_accounts,
                per,
            }));
            for id in [
                RoleId::FinanceMember,
                RoleId::SupplyMember,
                RoleId::AfterSalesMember,
            ] {
                roles.push(Role {
                    id,
                    count: rules.team_members_per_function,
                    basis: Basis::PerFunction {
                        per: rules.team_members_per_function,
                    },
                    in_headcount: true,
                });
            }
        }
    }
    let headcount = roles
        .iter()
        .filter(|r| r.in_headcount)
        .fold(0u64, |sum, r| sum.saturating_add(r.count));
    let focus_executives = roles
        .iter()
        .filter(|r| r.id == RoleId::FocusExecutive)
        .map(|r| r.count)
        .sum();
    Staffing {
        kam_managers: if form == Form::None { 0 } else { managers },
        headcount,
        focus_executives,
        roles,
    }
}

fn warnings_for(
    profile: &Profile,
    form: Form,
    units: &[Unit],
    staffing: &Staffing,
) -> Vec<Warning> {
    let mut warnings = Vec::new();
    if matches!(profile.kind, Kind::Group | Kind::Multinational) && profile.scale != Scale::Large {
        warnings.push(Warning::GroupNotLarge {
            kind: profile.kind,
            scale: profile.scale,
        });
    }
    if let Some(figures) = profile.scale_from_figures
        && figures != profile.scale
    {
        warnings.push(Warning::ScaleMismatch {
            declared: profile.scale,
            figures,
        });
    }
    if !profile.network_levels.is_empty() && form != Form::ServiceCenter {
        warnings.push(Warning::NetworkUnused { form });
    }
    let required_tiers = units
        .iter()
        .filter(|u| u.level.is_some() && !u.optional)
        .count();
    if form == Form::ServiceCenter && (staffing.kam_managers as u128) < required_tiers as u128 {
        warnings.push(Warning::FewerManagersThanTiers {
            managers: staffing.kam_managers,
            tiers: required_tiers,
        });
    }
    warnings
}

fn hints_for(
    profile: &Profile,
    rules: &Rules,
    conditions: &[Condition],
    form: Form,
    staffing: &Staffing,
) -> Vec<Hint> {
    let mut hints = Vec::new();
    for condition in conditions.iter().filter(|c| !c.met) {
        match (condition.value, condition.threshold) {
            (Measure::Yuan(value), Measure::Yuan(threshold)) => hints.push(Hint::RevenueShort {
                short_by: threshold - value,
                threshold,
            }),
            (Measure::Count(value), Measure::Count(threshold)) if value > 0 => {
                hints.push(Hint::AccountsShort {
                    short_by: threshold - value,
                    threshold,
                })
            }
            _ => {}
        }
    }
    match form {
        Form::None => hints.push(Hint::RateAccountsFirst {
            threshold: rules.key_accounts_threshold,
        }),
        _ => {
            if let Some(next) = next_growth(form, profile.key_accounts, staffing, rules) {
                hints.push(next);
            }
        }
    }
    if form == Form::Team && !conditions.iter().any(|c| c.met) {
        let once = reason_by_kind_and_scale(profile.kind, profile.scale).form();
        if once != Form::Team {
            hints.push(Hint::FormOnceWarranted { form: once });
        }
    }
    if !rules.is_default() {
        hints.push(Hint::CustomRules);
    }
    hints
}

/// The smallest number of key accounts at which the headcount grows, and to what.
fn next_growth(form: Form, key_accounts: u64, staffing: &Staffing, rules: &Rules) -> Option<Hint> {
    let per = rules.accounts_per_manager;
    let managers = staffing.kam_managers;
    // The headcount grows when one more manager is needed beyond those it already
    // carries: for a department, beyond its base; elsewhere, beyond the managers.
    let carried = if form == Form::Department {
        department_headcount(managers, rules)
    } else {
        managers
    };
    let at_accounts = carried.checked_mul(per)?.checked_add(1)?;
    if at_accounts <= key_accounts {
        return None;
    }
    let grows_to = staffing_for(form, at_accounts, &units_for(form, &[]), rules).headcount;
    Some(Hint::HeadcountGrows {
        at_accounts,
        headcount: grows_to,
        per,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::profile::{ScaleSource, Strategy};

    fn profile(key_accounts: u64, revenue_wan: u64, kind: Kind, scale: Scale) -> Profile {
        Profile {
            name: "测试".into(),
            revenue_cny: revenue_wan * 10_000,
            key_accounts,
            currency: "CNY".into(),
            kind,
            scale,
            scale_source: ScaleSource::Declared,
            scale_from_figures: None,
            industry: None,
            employees: None,
            total_assets_cny: None,
            current_setup: None,
            strategy: Strategy::default(),
            network_levels: Vec::new(),
            revenue: crate::money::Revenue::cny((revenue_wan * 10_000).into()),
        }
    }

    fn advice(p: &Profile) -> Advice {
        advise(p, &Rules::default())
    }

    #[test]
    fn revenue_condition_starts_at_exactly_5000_wan() {
        let mut p = profile(1, 5000, Kind::Enterprise, Scale::Medium);
        assert!(advice(&p).conditions[0].met);
        p.revenue_cny -= 1;
        let a = advice(&p);
        assert!(!a.conditions[0].met);
        assert!(a.hints.contains(&Hint::RevenueShort {
            short_by: 1,
            threshold: 50_000_000
        }));
    }

    #[test]
    fn key_account_condition_starts_at_6() {
        let p = profile(6, 0, Kind::Enterprise, Scale::Medium);
        assert!(advice(&p).conditions[1].met);
        assert_eq!(advice(&p).form, Form::Department);
        let p = profile(5, 0, Kind::Enterprise, Scale::Medium);
        let a = advice(&p);
        assert!(!a.warranted);
        assert_eq!(a.form, Form::Team);
        assert_eq!(a.reason, FormReason::NotWarranted);
        assert!(a.hints.contains(&Hint::AccountsShort {
            short_by: 1,
            threshold: 6
        }));
        assert!(a.hints.contains(&Hint::FormOnceWarranted {
            form: Form::Department
        }));
    }

    #[test]
    fn either_strategy_flag_warrants_a_unit() {
        let mut p = profile(2, 100, Kind::Enterprise, Scale::Medium);
        assert!(!advice(&p).warranted);
        p.strategy.strategic_plan = true;
        assert!(advice(&p).warranted);
        p.strategy = Strategy {
            strategic_plan: false,
            account_development: true,
        };
        assert_eq!(advice(&p).form, Form::Department);
    }

    #[test]
    fn department_headcount_at_27_28_36_37_accounts() {
        let cases = [
            (27, 3, 3, 28, 4),
            (28, 4, 4, 37, 5),
            (36, 4, 4, 37, 5),
            (37, 5, 5, 46, 6),
        ];
        for (accounts, managers, headcount, next_at, next_headcount) in cases {
            let a = advice(&profile(accounts, 9000, Kind::Enterprise, Scale::Medium));
            assert_eq!(a.form, Form::Department);
            assert_eq!(a.staffing.kam_managers, managers, "{accounts}");
            assert_eq!(a.staffing.headcount, headcount, "{accounts}");
            assert!(
                a.hints.contains(&Hint::HeadcountGrows {
                    at_accounts: next_at,
                    headcount: next_headcount,
                    per: 9
                }),
                "{accounts}: {:?}",
                a.hints
            );
        }
    }

    #[test]
    fn small_department_is_filled_to_three() {
        let a = advice(&profile(12, 9000, Kind::Enterprise, Scale::Medium));
        assert_eq!(a.staffing.kam_managers, 2);
        assert_eq!(a.staffing.headcount, 3);
        assert_eq!(a.staffing.roles[1].id, RoleId::DepartmentStaff);
        assert_eq!(a.staffing.roles[1].count, 1);
        assert!(a.hints.contains(&Hint::HeadcountGrows {
            at_accounts: 28,
            headcount: 4,
            per: 9
        }));
    }

    #[test]
    fn form_precedence() {
        // 1. no key accounts beats everything.
        let mut p = profile(0, 900_000, Kind::Multinational, Scale::Large);
        p.strategy.strategic_plan = true;
        assert_eq!(advice(&p).form, Form::None);
        // 2. not warranted beats kind and scale.
        let p = profile(3, 100, Kind::Group, Scale::Large);
        assert_eq!(advice(&p).form, Form::Team);
        // 3. large group or multinational: committee, before public sector.
        for kind in [Kind::Group, Kind::Multinational] {
            let a = advice(&profile(30, 900_000, kind, Scale::Large));
            assert_eq!(
                (a.form, a.reason),
                (Form::Committee, FormReason::LargeGroup(kind))
            );
        }
        // 4. public sector at any scale, or a large enterprise: service centre.
        for scale in Scale::ALL {
            let a = advice(&profile(30, 900_000, Kind::PublicSector, *scale));
            assert_eq!(a.form, Form::ServiceCenter, "{scale}");
        }
        let a = advice(&profile(30, 900_000, Kind::Enterprise, Scale::Large));
        assert_eq!(
            (a.form, a.reason),
            (Form::ServiceCenter, FormReason::LargeScale)
        );
        // 5. medium: department, also for a medium group (with a warning).
        let a = advice(&profile(30, 9000, Kind::Group, Scale::Medium));
        assert_eq!(a.form, Form::Department);
        assert!(a.warnings.contains(&Warning::GroupNotLarge {
            kind: Kind::Group,
            scale: Scale::Medium
        }));
        // 6. small and micro: team.
        for scale in [Scale::Small, Scale::Micro] {
            let a = advice(&profile(30, 9000, Kind::Enterprise, scale));
            assert_eq!(
                (a.form, a.reason),
                (Form::Team, FormReason::SmallScale(scale))
            );
        }
    }

    #[test]
    fn committee_has_three_centres_focus_executives_and_reporting_line() {
        let a = advice(&profile(40, 900_000, Kind::Multinational, Scale::Large));
        let ids: Vec<UnitId> = a.units.iter().map(|u| u.id).collect();
        assert_eq!(
            ids,
            [
                UnitId::Committee,
                UnitId::ManagementCentre,
                UnitId::ServiceCentre,
                UnitId::EvaluationCentre
            ]
        );
        assert_eq!(a.staffing.kam_managers, 5);
        assert_eq!(a.staffing.focus_executives, 40);
        assert_eq!(a.staffing.headcount, 5);
        assert_eq!(
            a.reporting_line,
            [
                Post::KamManagers,
                Post::NationalSalesManager,
                Post::VpMarketingSales,
                Post::Ceo
            ]
        );
    }

    #[test]
    fn service_centre_tiers_follow_the_postal_example() {
        let mut p = profile(20, 900_000, Kind::PublicSector, Scale::Large);
        p.network_levels = vec![
            Level::National,
            Level::Provincial,
            Level::Prefecture,
            Level::County,
        ];
        let a = advice(&p);
        let tiers: Vec<(UnitId, Option<Level>, bool)> = a
            .units
            .iter()
            .map(|u| (u.id, u.level, u.optional))
            .collect();
        assert_eq!(
            tiers,
            [
                (UnitId::ManagementBody, Some(Level::National), false),
                (UnitId::ManagementBody, Some(Level::Provincial), false),
                (UnitId::ServiceCentre, Some(Level::Prefecture), false),
                (UnitId::ServiceCentre, Some(Level::County), true),
            ]
        );
        assert_eq!(a.units[3].parent, Some(2));
        assert_eq!(a.staffing.kam_managers, 3);
        assert!(a.warnings.is_empty(), "{:?}", a.warnings);
        p.key_accounts = 9;
        let a = advice(&p);
        assert!(a.warnings.contains(&Warning::FewerManagersThanTiers {
            managers: 1,
            tiers: 3
        }));
    }

    #[test]
    fn team_has_cross_functional_members() {
        let a = advice(&profile(10, 9000, Kind::Enterprise, Scale::Small));
        let ids: Vec<RoleId> = a.staffing.roles.iter().map(|r| r.id).collect();
        assert_eq!(
            ids,
            [
                RoleId::KamManager,
                RoleId::FinanceMember,
                RoleId::SupplyMember,
                RoleId::AfterSalesMember
            ]
        );
        assert_eq!(a.staffing.kam_managers, 2);
        assert_eq!(a.staffing.headcount, 5);
        assert!(a.hints.contains(&Hint::HeadcountGrows {
            at_accounts: 19,
            headcount: 6,
            per: 9
        }));
    }

    #[test]
    fn scale_mismatch_and_unused_network_warn() {
        let mut p = profile(10, 9000, Kind::Enterprise, Scale::Medium);
        p.scale_from_figures = Some(Scale::Small);
        p.network_levels = vec![Level::National];
        let a = advice(&p);
        assert!(a.warnings.contains(&Warning::ScaleMismatch {
            declared: Scale::Medium,
            figures: Scale::Small
        }));
        assert!(a.warnings.contains(&Warning::NetworkUnused {
            form: Form::Department
        }));
    }

    #[test]
    fn other_rules_change_the_numbers_and_say_so() {
        let rules = Rules {
            accounts_per_manager: 5,
            revenue_threshold_cny: 1,
            ..Rules::default()
        };
        let a = advise(&profile(12, 1, Kind::Enterprise, Scale::Medium), &rules);
        assert_eq!(a.staffing.kam_managers, 3);
        assert!(a.conditions[0].met);
        assert!(a.hints.contains(&Hint::CustomRules));
    }

    #[test]
    fn gap_from_salespeople_to_a_department() {
        let mut p = profile(12, 9000, Kind::Enterprise, Scale::Medium);
        p.current_setup = Some(Setup::Sales);
        let gap = advice(&p)
            .gap
            .unwrap_or_else(|| panic!("a gap for a known setup"));
        assert_eq!(gap.direction, GapDirection::Build);
        assert!(gap.salespeople_hold_accounts);
        assert_eq!(
            gap.steps,
            [
                Step::TakeAccountsFromSales,
                Step::AppointManagers { count: 2, per: 9 },
                Step::FillDepartment { headcount: 3 },
                Step::WriteDuties,
                Step::TrainStaff,
            ]
        );
    }

    #[test]
    fn gap_directions() {
        let cases = [
            (Setup::Team, 12, Scale::Medium, GapDirection::Grow),
            (Setup::Department, 12, Scale::Medium, GapDirection::Same),
            (Setup::Committee, 12, Scale::Medium, GapDirection::Reduce),
            (Setup::None, 12, Scale::Small, GapDirection::Build),
            (Setup::Department, 0, Scale::Medium, GapDirection::Wait),
        ];
        for (current, accounts, scale, direction) in cases {
            let mut p = profile(accounts, 9000, Kind::Enterprise, scale);
            p.current_setup = Some(current);
            let gap = advice(&p).gap.unwrap_or_else(|| panic!("gap"));
            assert_eq!(gap.direction, direction, "{current} -> {scale}");
        }
        assert_eq!(
            advice(&profile(12, 9000, Kind::Enterprise, Scale::Medium)).gap,
            None
        );
    }

    #[test]
    fn trace_walks_the_form_rules_up_to_the_one_that_fired() {
        let a = advice(&profile(12, 9000, Kind::Enterprise, Scale::Medium));
        let rules: Vec<(u8, bool)> = a
            .trace
            .iter()
            .filter_map(|t| match t {
                Trace::FormRule { rule, applies, .. } => Some((*rule, *applies)),
                _ => None,
            })
            .collect();
        assert_eq!(
            rules,
            [(1, false), (2, false), (3, false), (4, false), (5, true)]
        );
        assert!(a.trace.contains(&Trace::KamManagers {
            accounts: 12,
            per: 9,
            managers: 2
        }));
        assert!(a.trace.contains(&Trace::DepartmentHeadcount {
            base: 3,
            managers: 2,
            headcount: 3
        }));
        let none = advice(&profile(0, 9000, Kind::Enterprise, Scale::Medium));
        assert_eq!(
            none.trace
                .iter()
                .filter(|t| matches!(t, Trace::FormRule { .. }))
                .count(),
            1
        );
    }

    #[test]
    fn extreme_counts_do_not_overflow() {
        let a = advice(&profile(
            u64::MAX,
            u64::MAX / 10_000,
            Kind::Multinational,
            Scale::Large,
        ));
        assert_eq!(a.staffing.kam_managers, u64::MAX.div_ceil(9));
        assert_eq!(a.staffing.focus_executives, u64::MAX);
        let a = advice(&profile(u64::MAX, 1, Kind::Enterprise, Scale::Small));
        assert_eq!(a.staffing.headcount, u64::MAX.div_ceil(9) + 3);
    }
}
