//! What each case of an exercise set is about: the archetypes (the plain cases and the
//! boundaries students get wrong), which of them a set of a given size and level
//! holds, and the facts of one case, drawn so that every figure the answer depends on
//! is fixed and consistent (a stated scale agrees with the NBS 2017 figures).

use super::Difficulty;
use super::draw::Draw;
use crate::advice::FormRule;
use crate::profile::{Kind, Level, Setup};
use crate::scale::{Figures, IndustryRow, Scale};

/// The kinds of case a set is made of. Each leads to one form rule by design (checked
/// by the tests); the key itself always comes from the engine.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Archetype {
    /// Revenue exactly 5000万, few accounts, no plan: (一)1 is met ("以上" includes it).
    RevenueExactly,
    /// Exactly 6 rated key accounts and nothing else: (一)2 is met.
    SixAccounts,
    /// Revenue just under 5000万, five accounts at most, no plan: no condition, no unit.
    JustBelow,
    /// A medium firm with 27 key accounts: three managers, the department's three people.
    Accounts27,
    /// A large firm with 28 key accounts, its scale to infer: four managers.
    Accounts28,
    /// A small firm with 5 key accounts and a strategic plan: still a team.
    SmallFive,
    /// A small firm with 6 key accounts: a department.
    SmallSix,
    /// A group that is only medium-sized: a department, not a committee.
    MediumGroup,
    /// An international group with only a handful of rated key accounts and no size
    /// given: a committee all the same, because (二)1 goes by what the organisation is,
    /// not by its size or its number of accounts.
    MultinationalFewAccounts,
    /// A department of a national industry, no size figures: a service centre.
    PublicNoSize,
    /// A large firm whose scale must be inferred.
    InferredLarge,
    /// Revenue over 5000万 but no key accounts rated: no unit yet.
    NoKeyAccounts,
    LargeGroup,
    /// A large international group reporting in a foreign currency.
    Multinational,
    LargeEnterprise,
    MediumFirm,
    SmallFirm,
    /// A young firm that meets no condition.
    StartupNone,
}

impl Archetype {
    /// The form rule the case is built to reach.
    pub fn rule(self) -> FormRule {
        use Archetype as A;
        match self {
            A::JustBelow | A::StartupNone => FormRule::NoConditionMet,
            A::NoKeyAccounts => FormRule::NoKeyAccounts,
            A::MultinationalFewAccounts | A::Multinational => FormRule::Multinational,
            A::LargeGroup => FormRule::LargeGroup,
            A::PublicNoSize => FormRule::PublicSector,
            A::Accounts28 | A::InferredLarge | A::LargeEnterprise => FormRule::LargeEnterprise,
            A::Accounts27 | A::MediumGroup | A::MediumFirm | A::SixAccounts => {
                FormRule::MediumScale
            }
            A::SmallSix => FormRule::SmallManyAccounts,
            A::RevenueExactly | A::SmallFive | A::SmallFirm => FormRule::SmallScale,
        }
    }
}

/// The boundaries, in the order a short set takes them: the first five cover the five
/// forms (none, team, department, committee, service centre).
const BOUNDARIES: [Archetype; 10] = [
    Archetype::JustBelow,
    Archetype::SmallFive,
    Archetype::Accounts27,
    Archetype::MultinationalFewAccounts,
    Archetype::PublicNoSize,
    Archetype::SmallSix,
    Archetype::RevenueExactly,
    Archetype::SixAccounts,
    Archetype::MediumGroup,
    Archetype::Accounts28,
];

/// The plain cases, in the order a basic set takes them: the first five cover the forms.
const PLAIN: [Archetype; 10] = [
    Archetype::StartupNone,
    Archetype::SmallFirm,
    Archetype::MediumFirm,
    Archetype::LargeGroup,
    Archetype::LargeEnterprise,
    Archetype::Multinational,
    Archetype::PublicNoSize,
    Archetype::NoKeyAccounts,
    Archetype::MediumFirm,
    Archetype::SmallFirm,
];

impl Archetype {
    /// Whether the case has a size: every archetype but the multinationals and the
    /// public body, whose form the chapter does not tie to size.
    pub fn sized(self) -> bool {
        !matches!(
            self,
            Archetype::Multinational
                | Archetype::MultinationalFewAccounts
                | Archetype::PublicNoSize
        )
    }
}

/// The least number of a set's cases that give their scale only through figures at
/// `mixed` and `hard`: a third, rounded up.
pub fn inferred_needed(count: usize) -> usize {
    count.div_ceil(3)
}

/// The archetypes of a set of `count` cases, in case order. Cases without a size are
/// drawn only while enough sized cases are left for a third of the set to infer its
/// scale.
pub(crate) fn archetypes(count: usize, level: Difficulty, draw: &mut Draw) -> Vec<Archetype> {
    let first: &[Archetype] = match level {
        Difficulty::Basic => &PLAIN,
        Difficulty::Mixed | Difficulty::Hard => &BOUNDARIES,
    };
    let mut list: Vec<Archetype> = first.iter().copied().take(count).collect();
    // Beyond the first ten: a mixed set alternates plain cases and boundaries, a hard
    // set draws mostly boundaries, a basic set only plain cases.
    let extra: Vec<Archetype> = match level {
        Difficulty::Basic => PLAIN.to_vec(),
        Difficulty::Mixed => [&PLAIN[..], &BOUNDARIES[..], &[Archetype::InferredLarge]].concat(),
        Difficulty::Hard => [
            &BOUNDARIES[..],
            &[Archetype::InferredLarge, Archetype::NoKeyAccounts],
        ]
        .concat(),
    };
    let sized_extra: Vec<Archetype> = extra.iter().copied().filter(|a| a.sized()).collect();
    let most_unsized = count - inferred_needed(count);
    while list.len() < count {
        let unsized_now = list.iter().filter(|a| !a.sized()).count();
        let pool = if unsized_now < most_unsized {
            &extra
        } else {
            &sized_extra
        };
        if let Some(a) = draw.pick(pool) {
            list.push(*a);
        }
    }
    draw.shuffle(&mut list);
    list
}

/// The facts of every case of a set. At `mixed` and `hard` at least a third of the
/// cases give their scale only through figures (employees, revenue, industry), so that
/// students infer it by NBS 2017; `basic` may state every scale.
pub(crate) fn facts_for(
    archetypes: &[Archetype],
    level: Difficulty,
    draw: &mut Draw,
) -> Vec<CaseFacts> {
    let mut all: Vec<CaseFacts> = archetypes.iter().map(|a| facts(*a, level, draw)).collect();
    if level != Difficulty::Basic {
        let need = inferred_needed(all.len());
        let mut stated: Vec<usize> = (0..all.len())
            .filter(|&i| all[i].scale.is_some() && all[i].declared)
            .collect();
        draw.shuffle(&mut stated);
        let inferred = all
            .iter()
            .filter(|f| f.scale.is_some() && !f.declared)
            .count();
        for i in stated.into_iter().take(need.saturating_sub(inferred)) {
            all[i].declared = false;
        }
    }
    all
}

/// An amount in 万 as people write it: three significant figures (25,990万 becomes
/// 26,000万, written 2.6亿元; 4,987万 becomes 4,990万). Amounts under 1,000万 stay as
/// drawn. Every range it is applied to keeps its side of the thresholds after it.
pub fn as_written(wan: u64) -> u64 {
    let mut step = 1;
    while wan / step >= 1000 {
        step *= 10;
    }
    (wan + step / 2) / step * step
}

/// What a firm does, and the NBS 2017 row it belongs to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Sector {
    Machinery,
    Packaging,
    AutoParts,
    Cables,
    FoodProcessing,
    MedicalDevices,
    PharmaWholesale,
    SteelWholesale,
    Supermarkets,
    ApplianceRetail,
    RoadFreight,
    ColdStorage,
    IndustrialSoftware,
    Hotels,
}

impl Sector {
    pub const ALL: [Sector; 14] = [
        Sector::Machinery,
        Sector::Packaging,
        Sector::AutoParts,
        Sector::Cables,
        Sector::FoodProcessing,
        Sector::MedicalDevices,
        Sector::PharmaWholesale,
        Sector::SteelWholesale,
        Sector::Supermarkets,
        Sector::ApplianceRetail,
        Sector::RoadFreight,
        Sector::ColdStorage,
        Sector::IndustrialSoftware,
        Sector::Hotels,
    ];

    /// The slug of its NBS 2017 row.
    pub fn row_slug(self) -> &'static str {
        match self {
            Sector::Machinery
            | Sector::Packaging
            | Sector::AutoParts
            | Sector::Cables
            | Sector::FoodProcessing
            | Sector::MedicalDevices => "industry",
            Sector::PharmaWholesale | Sector::SteelWholesale => "wholesale",
            Sector::Supermarkets | Sector::ApplianceRetail => "retail",
            Sector::RoadFreight => "transport",
            Sector::ColdStorage => "warehousing",
            Sector::IndustrialSoftware => "software-it",
            Sector::Hotels => "accommodation",
        }
    }

    pub fn row(self) -> Option<&'static IndustryRow> {
        IndustryRow::find(self.row_slug())
    }
}

/// A department of a national industry, as a case tells it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PublicBody {
    Postal,
    Power,
    Telecom,
}

/// What the organisation is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Business {
    Firm(Sector),
    Public(PublicBody),
}

/// A foreign currency the revenue is reported in, with its rate in tenths of a yuan.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Foreign {
    pub code: &'static str,
    pub rate_tenths: u64,
}

/// Every fact of one case: what the profile holds and the story tells.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CaseFacts {
    pub archetype: Archetype,
    pub kind: Kind,
    pub business: Business,
    /// The firm's size; `None` only where the form does not depend on it.
    pub scale: Option<Scale>,
    /// The scale is stated (profile `scale`); otherwise the figures give it.
    pub declared: bool,
    pub employees: Option<u64>,
    /// Revenue in 万 of its currency.
    pub revenue_wan: u64,
    pub foreign: Option<Foreign>,
    /// Total assets in 万元, for rows that need them.
    pub assets_wan: Option<u64>,
    pub key_accounts: u64,
    /// All the firm's customers: a figure the answer does not depend on.
    pub customers: u64,
    pub strategic_plan: bool,
    pub account_development: bool,
    pub setup: Setup,
    /// A public body's levels, top first, with the units at each level below the top.
    pub levels: Vec<(Level, u64)>,
    /// Years since the firm was founded (colour only).
    pub years: u64,
    /// Which wording of the story to use: its key accounts and question.
    pub variant: u64,
    /// How the story tells (一)3, (一)4 and the scale: each one of several wordings.
    pub told: Told,
}

/// The wordings a story draws for (一)3, (一)4 and the scale, so that cases do not all
/// tell them in the same sentences.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Told {
    pub plan: u64,
    pub development: u64,
    pub scale: u64,
}

/// How many wordings each of [`Told`]'s parts has, in each language.
pub(crate) const WORDINGS: u64 = 3;

impl CaseFacts {
    /// The revenue in whole 万元 (foreign revenue is drawn so that it converts exactly).
    pub fn revenue_cny_wan(&self) -> u64 {
        match self.foreign {
            Some(f) => self.revenue_wan * f.rate_tenths / 10,
            None => self.revenue_wan,
        }
    }
}

/// Draws the facts of a case of an archetype.
pub(crate) fn facts(archetype: Archetype, level: Difficulty, draw: &mut Draw) -> CaseFacts {
    use Archetype as A;
    let mut f = CaseFacts {
        archetype,
        kind: Kind::Enterprise,
        business: Business::Firm(Sector::Machinery),
        scale: None,
        declared: true,
        employees: None,
        revenue_wan: 0,
        foreign: None,
        assets_wan: None,
        key_accounts: 0,
        customers: 0,
        strategic_plan: draw.chance(1, 2),
        account_development: draw.chance(1, 2),
        setup: *draw
            .pick(&[Setup::Sales, Setup::SalesDepartment, Setup::None])
            .unwrap_or(&Setup::Sales),
        levels: Vec::new(),
        years: draw.range(3, 30),
        variant: draw.below(3),
        told: Told {
            plan: draw.below(WORDINGS),
            development: draw.below(WORDINGS),
            scale: draw.below(WORDINGS),
        },
    };
    let no_flags = |f: &mut CaseFacts| {
        f.strategic_plan = false;
        f.account_development = false;
    };
    let (scale, revenue) = match archetype {
        A::RevenueExactly => {
            no_flags(&mut f);
            f.key_accounts = draw.range(2, 5);
            (Scale::Small, 5000)
        }
        A::SixAccounts => {
            no_flags(&mut f);
            f.key_accounts = 6;
            (Scale::Medium, draw.range(2000, 4990))
        }
        A::JustBelow => {
            no_flags(&mut f);
            f.key_accounts = draw.range(3, 5);
            (Scale::Small, draw.range(4500, 4990))
        }
        A::StartupNone => {
            no_flags(&mut f);
            f.key_accounts = draw.range(1, 5);
            f.years = draw.range(2, 6);
            (Scale::Micro, draw.range(60, 280))
        }
        A::Accounts27 => {
            f.key_accounts = 27;
            (Scale::Medium, draw.range(600, 3000) * 10)
        }
        A::Accounts28 => {
            f.key_accounts = 28;
            (Scale::Large, draw.range(4500, 20000) * 10)
        }
        A::InferredLarge | A::LargeEnterprise => {
            f.key_accounts = draw.range(15, 45);
            (Scale::Large, draw.range(4500, 30000) * 10)
        }
        A::SmallFive | A::SmallSix => {
            f.key_accounts = if archetype == A::SmallFive { 5 } else { 6 };
            if f.key_accounts < 6 && !f.account_development {
                f.strategic_plan = true;
            }
            (Scale::Small, draw.range(100, 450) * 10)
        }
        A::SmallFirm => {
            f.key_accounts = draw.range(2, 5);
            if f.key_accounts < 6 && !f.account_development {
                f.strategic_plan = true;
            }
            (Scale::Small, draw.range(60, 450) * 10)
        }
        A::MediumGroup | A::MediumFirm => {
            if archetype == A::MediumGroup {
                f.kind = Kind::Group;
            }
            f.key_accounts = draw.range(7, 24);
            (Scale::Medium, draw.range(550, 3000) * 10)
        }
        A::LargeGroup => {
            f.kind = Kind::Group;
            f.key_accounts = draw.range(30, 80);
            (Scale::Large, draw.range(8000, 60000) * 10)
        }
        A::NoKeyAccounts => {
            f.key_accounts = 0;
            f.setup = Setup::Sales;
            (Scale::Medium, draw.range(550, 2500) * 10)
        }
        A::MultinationalFewAccounts | A::Multinational => {
            return multinational(f, archetype == A::MultinationalFewAccounts, draw);
        }
        A::PublicNoSize => return public_body(f, draw),
    };
    f.revenue_wan = as_written(revenue);
    f.scale = Some(scale);
    f.declared = match level {
        Difficulty::Basic => true,
        Difficulty::Mixed => {
            !matches!(archetype, A::Accounts28 | A::InferredLarge | A::Accounts27)
                && draw.chance(1, 2)
        }
        Difficulty::Hard => false,
    };
    if matches!(archetype, A::LargeEnterprise | A::LargeGroup) && level != Difficulty::Hard {
        f.declared = true;
    }
    let (sector, employees, assets) = sized(scale, f.revenue_wan, draw);
    f.business = Business::Firm(sector);
    f.employees = Some(employees);
    f.assets_wan = assets;
    f.customers = customers(f.key_accounts, draw);
    f
}

/// All customers: many more than the rated key accounts.
fn customers(key_accounts: u64, draw: &mut Draw) -> u64 {
    (key_accounts.max(3) * draw.range(6, 25) + draw.range(0, 9)) / 10 * 10 + 10
}

/// A sector and figures that NBS 2017 classifies as `scale` with this revenue.
fn sized(scale: Scale, revenue_wan: u64, draw: &mut Draw) -> (Sector, u64, Option<u64>) {
    let mut sectors = Sector::ALL.to_vec();
    draw.shuffle(&mut sectors);
    for sector in sectors {
        let Some(row) = sector.row() else { continue };
        for _ in 0..40 {
            let employees = match scale {
                Scale::Micro => draw.range(3, 19),
                Scale::Small => draw.range(12, 290),
                Scale::Medium => draw.range(110, 950),
                Scale::Large => draw.range(320, 4800),
            };
            let figures = Figures {
                employees: Some(employees),
                revenue_cny: Some(revenue_wan * 10_000),
                assets_cny: None,
            };
            if row.infer_scale(&figures) == Some(scale) {
                return (sector, employees, None);
            }
        }
    }
    // Industry (工业) always has figures for every size at these revenues.
    let employees = match scale {
        Scale::Micro => 8,
        Scale::Small => 120,
        Scale::Medium => 450,
        Scale::Large => 2600,
    };
    (Sector::Machinery, employees, None)
}

fn multinational(mut f: CaseFacts, few_accounts: bool, draw: &mut Draw) -> CaseFacts {
    f.kind = Kind::Multinational;
    f.business = Business::Firm(
        *draw
            .pick(&[
                Sector::MedicalDevices,
                Sector::Machinery,
                Sector::IndustrialSoftware,
                Sector::Packaging,
            ])
            .unwrap_or(&Sector::Machinery),
    );
    f.foreign = Some(
        *draw
            .pick(&[
                Foreign {
                    code: "USD",
                    rate_tenths: 71,
                },
                Foreign {
                    code: "EUR",
                    rate_tenths: 78,
                },
            ])
            .unwrap_or(&Foreign {
                code: "USD",
                rate_tenths: 71,
            }),
    );
    // No size is given for either: (二)1 names international groups whatever their
    // size, and a set has no small multinational (its warning asks whether it is a
    // subsidiary, which a class case should not leave open).
    if few_accounts {
        f.key_accounts = draw.range(6, 9);
        f.revenue_wan = as_written(draw.range(30, 200) * 100);
    } else {
        f.key_accounts = draw.range(20, 60);
        f.revenue_wan = as_written(draw.range(50, 500) * 100);
    }
    f.customers = customers(f.key_accounts, draw);
    f
}

fn public_body(mut f: CaseFacts, draw: &mut Draw) -> CaseFacts {
    f.kind = Kind::PublicSector;
    f.business = Business::Public(
        *draw
            .pick(&[PublicBody::Postal, PublicBody::Power, PublicBody::Telecom])
            .unwrap_or(&PublicBody::Postal),
    );
    f.key_accounts = draw.range(15, 60);
    f.revenue_wan = as_written(draw.range(200, 3000) * 100);
    f.setup = Setup::SalesDepartment;
    let prefectures = draw.range(7, 16);
    let counties = prefectures * draw.range(4, 7) + draw.range(0, 5);
    f.levels = if draw.chance(1, 2) {
        vec![
            (Level::Provincial, 1),
            (Level::Prefecture, prefectures),
            (Level::County, counties),
        ]
    } else {
        vec![(Level::Provincial, 1), (Level::Prefecture, prefectures)]
    };
    f.customers = customers(f.key_accounts, draw);
    f
}
