//! The words of a profile: the kinds of organisation, today's setups, the levels of a
//! network, where the scale came from, with the spellings input accepts (slugs, both
//! spellings of centre, the Chinese names).

slug_enum! {
    /// What kind of organisation the enterprise is (profile key `kind`).
    pub enum Kind {
        Enterprise = "enterprise",
        Group = "group",
        /// An international group itself, not a subsidiary of one.
        Multinational = "multinational",
        /// A department of a national industry or state sector (国家行业部门).
        PublicSector = "public-sector",
    }
}

impl Kind {
    /// The Chinese names a consultant may write instead of each slug.
    pub const CHINESE: [(Kind, &'static [&'static str]); 4] = [
        (Kind::Enterprise, &["企业"]),
        (Kind::Group, &["集团", "集团企业"]),
        (Kind::Multinational, &["跨国集团", "国际跨国集团"]),
        (Kind::PublicSector, &["国家行业部门", "公共部门"]),
    ];

    /// The slug, or the Chinese name a consultant may write instead.
    pub fn from_input(text: &str) -> Option<Kind> {
        Kind::from_slug(text).or_else(|| alias(&Kind::CHINESE, text))
    }
}

/// The value whose names include `text`.
fn alias<T: Copy>(names: &[(T, &[&str])], text: &str) -> Option<T> {
    names
        .iter()
        .find(|(_, n)| n.contains(&text))
        .map(|&(v, _)| v)
}

slug_enum! {
    /// Where key accounts are looked after today (profile key `current_setup`).
    pub enum Setup {
        None = "none",
        /// Individual salespeople hold the accounts.
        Sales = "sales",
        /// The sales or business department handles them, with no unit of its own.
        SalesDepartment = "sales-department",
        Team = "team",
        Department = "department",
        ServiceCenter = "service-center",
        Committee = "committee",
    }
}

impl Setup {
    /// The Chinese names a consultant may write instead of each slug.
    pub const CHINESE: [(Setup, &'static [&'static str]); 7] = [
        (Setup::None, &["无"]),
        (Setup::Sales, &["销售人员"]),
        (Setup::SalesDepartment, &["销售部门", "业务部门"]),
        (Setup::Team, &["小组", "重点客户管理小组"]),
        (Setup::Department, &["管理部", "重点客户管理部"]),
        (Setup::ServiceCenter, &["服务中心", "重点客户服务中心"]),
        (Setup::Committee, &["委员会", "重点客户管理委员会"]),
    ];

    /// The slug (`centre` or `center`), or the Chinese name.
    pub fn from_input(text: &str) -> Option<Setup> {
        Setup::from_slug(&crate::slug::centre_as_center(text))
            .or_else(|| alias(&Setup::CHINESE, text))
    }
}

slug_enum! {
    /// A level of a multi-level organisation, top to bottom (profile `[network]`).
    pub enum Level {
        National = "national",
        Provincial = "provincial",
        Prefecture = "prefecture",
        County = "county",
    }
}

impl Level {
    /// The Chinese names a consultant may write instead of each slug.
    pub const CHINESE: [(Level, &'static [&'static str]); 4] = [
        (Level::National, &["国家级", "全国"]),
        (Level::Provincial, &["省级"]),
        (Level::Prefecture, &["地级", "地市级"]),
        (Level::County, &["县级"]),
    ];

    /// The slug, or the Chinese name.
    pub fn from_input(text: &str) -> Option<Level> {
        Level::from_slug(text).or_else(|| alias(&Level::CHINESE, text))
    }
}

slug_enum! {
    /// Whether the scale was written in the profile, inferred from NBS 2017, or
    /// neither (a public-sector body or a multinational, whose form does not depend on it).
    pub enum ScaleSource {
        Declared = "declared",
        Inferred = "inferred",
        None = "none",
    }
}

/// A multi-level organisation: its levels, top first, and how many units a level has.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Network {
    pub levels: Vec<Level>,
    /// Only levels given in `counts`, in level order; each at least 1.
    pub counts: Vec<(Level, u64)>,
}

impl Network {
    pub fn count(&self, level: Level) -> Option<u64> {
        self.counts
            .iter()
            .find(|(l, _)| *l == level)
            .map(|(_, n)| *n)
    }
}

/// The strategy flags of (一)3 and (一)4.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Strategy {
    pub strategic_plan: bool,
    pub account_development: bool,
    /// Whether the profile answers (一)3 and (一)4 at all: an answer left out counts
    /// as no, and is shown as not stated.
    pub strategic_plan_stated: bool,
    pub account_development_stated: bool,
}
