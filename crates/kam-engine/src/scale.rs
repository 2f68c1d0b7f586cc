//! Enterprise size by the National Bureau of Statistics classification
//! 《统计上大中小微型企业划分办法（2017）》: the table of lower bounds per industry and
//! the rule "large, medium and small must meet every listed lower bound of their row,
//! otherwise the firm drops one size; micro is what is left".

crate::slug::slug_enum! {
    /// The four sizes, ordered from smallest to largest.
    pub enum Scale {
        Micro = "micro",
        Small = "small",
        Medium = "medium",
        Large = "large",
    }
}

impl Scale {
    /// The profile accepts the slug or the NBS Chinese name.
    pub fn from_name(name: &str) -> Option<Scale> {
        Scale::ALL.iter().copied().find(|s| {
            s.slug() == name.to_ascii_lowercase()
                || s.zh_name() == name
                || s.zh_name().trim_end_matches('型') == name
        })
    }

    /// The NBS Chinese name (大型); the profile also accepts it without 型 (大).
    pub fn zh_name(self) -> &'static str {
        match self {
            Scale::Micro => "微型",
            Scale::Small => "小型",
            Scale::Medium => "中型",
            Scale::Large => "大型",
        }
    }
}

/// The three NBS indicators and the profile key each comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Indicator {
    /// X, 从业人员 (people): `employees`.
    Employees,
    /// Y, 营业收入 (万元): `annual_revenue`.
    Revenue,
    /// Z, 资产总额 (万元): `total_assets`.
    Assets,
}

impl Indicator {
    pub fn profile_key(self) -> crate::keys::ProfileKey {
        use crate::keys::ProfileKey;
        match self {
            Indicator::Employees => ProfileKey::Employees,
            Indicator::Revenue => ProfileKey::AnnualRevenue,
            Indicator::Assets => ProfileKey::TotalAssets,
        }
    }
}

/// The figures a firm reports, in people and whole yuan.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Figures {
    pub employees: Option<u64>,
    pub revenue_cny: Option<u64>,
    pub assets_cny: Option<u64>,
}

impl Figures {
    fn get(&self, indicator: Indicator) -> Option<u64> {
        match indicator {
            Indicator::Employees => self.employees,
            Indicator::Revenue => self.revenue_cny,
            Indicator::Assets => self.assets_cny,
        }
    }
}

/// A lower bound: employees in people, revenue and assets in 万元 (10,000 yuan).
type Bound = (Indicator, u64);

/// One row of the NBS table.
#[derive(Debug)]
pub struct IndustryRow {
    pub slug: &'static str,
    pub zh_name: &'static str,
    pub en_name: &'static str,
    large: &'static [Bound],
    medium: &'static [Bound],
    small: &'static [Bound],
}

use Indicator::{Assets as Z, Employees as X, Revenue as Y};

macro_rules! row {
    ($slug:literal, $zh:literal, $en:literal, $large:expr, $medium:expr, $small:expr) => {
        IndustryRow {
            slug: $slug,
            zh_name: $zh,
            en_name: $en,
            large: &$large,
            medium: &$medium,
            small: &$small,
        }
    };
}

/// The sixteen rows of 《统计上大中小微型企业划分办法（2017）》.
pub static INDUSTRIES: [IndustryRow; 16] = [
    row!(
        "agriculture",
        "农、林、牧、渔业",
        "agriculture, forestry, animal husbandry, fishery",
        [(Y, 20000)],
        [(Y, 500)],
        [(Y, 50)]
    ),
    row!(
        "industry",
        "工业",
        "industry (mining, manufacturing, utilities)",
        [(X, 1000), (Y, 40000)],
        [(X, 300), (Y, 2000)],
        [(X, 20), (Y, 300)]
    ),
    row!(
        "construction",
        "建筑业",
        "construction",
        [(Y, 80000), (Z, 80000)],
        [(Y, 6000), (Z, 5000)],
        [(Y, 300), (Z, 300)]
    ),
    row!(
        "wholesale",
        "批发业",
        "wholesale",
        [(X, 200), (Y, 40000)],
        [(X, 20), (Y, 5000)],
        [(X, 5), (Y, 1000)]
    ),
    row!(
        "retail",
        "零售业",
        "retail",
        [(X, 300), (Y, 20000)],
        [(X, 50), (Y, 500)],
        [(X, 10), (Y, 100)]
    ),
    row!(
        "transport",
        "交通运输业",
        "transport (not railways)",
        [(X, 1000), (Y, 30000)],
        [(X, 300), (Y, 3000)],
        [(X, 20), (Y, 200)]
    ),
    row!(
        "warehousing",
        "仓储业",
        "warehousing",
        [(X, 200), (Y, 30000)],
        [(X, 100), (Y, 1000)],
        [(X, 20), (Y, 100)]
    ),
    row!(
        "postal",
        "邮政业",
        "postal services",
        [(X, 1000), (Y, 30000)],
        [(X, 300), (Y, 2000)],
        [(X, 20), (Y, 100)]
    ),
    row!(
        "accommodation",
        "住宿业",
        "accommodation",
        [(X, 300), (Y, 10000)],
        [(X, 100), (Y, 2000)],
        [(X, 10), (Y, 100)]
    ),
    row!(
        "catering",
        "餐饮业",
        "catering",
        [(X, 300), (Y, 10000)],
        [(X, 100), (Y, 2000)],
        [(X, 10), (Y, 100)]
    ),
    row!(
        "information-transmission",
        "信息传输业",
        "information transmission",
        [(X, 2000), (Y, 100000)],
        [(X, 100), (Y, 1000)],
        [(X, 10), (Y, 100)]
    ),
    row!(
        "software-it",
        "软件和信息技术服务业",
        "software and IT services",
        [(X, 300), (Y, 10000)],
        [(X, 100), (Y, 1000)],
        [(X, 10), (Y, 50)]
    ),
    row!(
        "real-estate",
        "房地产开发经营",
        "real-estate development",
        [(Y, 200000), (Z, 10000)],
        [(Y, 1000), (Z, 5000)],
        [(Y, 100), (Z, 2000)]
    ),
    row!(
        "property-management",
        "物业管理",
        "property management",
        [(X, 1000), (Y, 5000)],
        [(X, 300), (Y, 1000)],
        [(X, 100), (Y, 500)]
    ),
    row!(
        "leasing-business-services",
        "租赁和商务服务业",
        "leasing and business services",
        [(X, 300), (Z, 120000)],
        [(X, 100), (Z, 8000)],
        [(X, 10), (Z, 100)]
    ),
    row!(
        "other",
        "其他未列明行业",
        "other industries not listed",
        [(X, 300)],
        [(X, 100)],
        [(X, 10)]
    ),
];

/// One lower bound compared: people for employees, yuan for money.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct BoundCheck {
    pub indicator: Indicator,
    pub lower: u64,
    pub value: u64,
    pub met: bool,
}

/// A size tried during inference, with each of its bounds compared.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SizeCheck {
    pub scale: Scale,
    pub bounds: Vec<BoundCheck>,
}

/// Yuan in one 万元, the unit of the NBS money bounds.
const YUAN_PER_WAN: u64 = 10_000;

impl IndustryRow {
    /// Finds a row by slug (any case) or by its Chinese name.
    pub fn find(name: &str) -> Option<&'static IndustryRow> {
        let lower = name.trim().to_ascii_lowercase();
        INDUSTRIES
            .iter()
            .find(|row| row.slug == lower || row.zh_name == name.trim())
    }

    /// The indicators this row's bounds use, in table order.
    pub fn indicators(&self) -> Vec<Indicator> {
        let mut list = Vec::new();
        for &(indicator, _) in self.small {
            if !list.contains(&indicator) {
                list.push(indicator);
            }
        }
        list
    }

    pub fn bounds(&self, scale: Scale) -> &'static [(Indicator, u64)] {
        match scale {
            Scale::Large => self.large,
            Scale::Medium => self.medium,
            Scale::Small => self.small,
            Scale::Micro => &[],
        }
    }

    /// The first indicator this row needs that the figures lack.
    pub fn missing(&self, figures: &Figures) -> Option<Indicator> {
        self.indicators()
            .into_iter()
            .find(|&i| figures.get(i).is_none())
    }

    /// How the figures compare with each size's bounds, largest first, down to the
    /// first size whose bounds are all met (for explaining an inference).
    pub fn checks(&self, figures: &Figures) -> Vec<SizeCheck> {
        let mut out = Vec::new();
        for scale in [Scale::Large, Scale::Medium, Scale::Small] {
            let bounds: Vec<BoundCheck> = self
                .bounds(scale)
                .iter()
                .map(|&(indicator, lower)| {
                    let value = figures.get(indicator).unwrap_or(0);
                    let lower = match indicator {
                        Indicator::Employees => lower,
                        Indicator::Revenue | Indicator::Assets => {
                            lower.saturating_mul(YUAN_PER_WAN)
                        }
                    };
                    BoundCheck {
                        indicator,
                        lower,
                        value,
                        met: value >= lower,
                    }
                })
                .collect();
            let all_met = bounds.iter().all(|b| b.met);
            out.push(SizeCheck { scale, bounds });
            if all_met {
                break;
            }
        }
        out
    }

    /// The size of a firm with these figures: the largest size all of whose lower
    /// bounds are met. `None` when a needed figure is missing.
    pub fn infer_scale(&self, figures: &Figures) -> Option<Scale> {
        if self.missing(figures).is_some() {
            return None;
        }
        let meets = |bounds: &[Bound]| {
            bounds.iter().all(|&(indicator, lower)| {
                let value = figures.get(indicator).unwrap_or(0);
                match indicator {
                    Indicator::Employees => value >= lower,
                    Indicator::Revenue | Indicator::Assets => {
                        value >= lower.saturating_mul(YUAN_PER_WAN)
                    }
                }
            })
        };
        [Scale::Large, Scale::Medium, Scale::Small]
            .into_iter()
            .find(|&scale| meets(self.bounds(scale)))
            .or(Some(Scale::Micro))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn figures(x: Option<u64>, y_wan: Option<u64>, z_wan: Option<u64>) -> Figures {
        Figures {
            employees: x,
            revenue_cny: y_wan.map(|y| y * YUAN_PER_WAN),
            assets_cny: z_wan.map(|z| z * YUAN_PER_WAN),
        }
    }

    fn row(slug: &str) -> &'static IndustryRow {
        IndustryRow::find(slug).unwrap_or(&INDUSTRIES[15])
    }

    /// Builds figures that sit exactly on a row's bounds for `scale`, with the
    /// others high enough not to matter.
    fn exactly_at(row: &IndustryRow, scale: Scale) -> Figures {
        let mut f = Figures::default();
        for indicator in row.indicators() {
            let lower = row
                .bounds(scale)
                .iter()
                .find(|b| b.0 == indicator)
                .map_or(0, |b| b.1);
            match indicator {
                Indicator::Employees => f.employees = Some(lower),
                Indicator::Revenue => f.revenue_cny = Some(lower * YUAN_PER_WAN),
                Indicator::Assets => f.assets_cny = Some(lower * YUAN_PER_WAN),
            }
        }
        f
    }

    #[test]
    fn every_row_at_each_lower_bound_and_just_below() {
        assert_eq!(INDUSTRIES.len(), 16);
        for row in &INDUSTRIES {
            for scale in [Scale::Large, Scale::Medium, Scale::Small] {
                let at = exactly_at(row, scale);
                assert_eq!(
                    row.infer_scale(&at),
                    Some(scale),
                    "{} at {:?}",
                    row.slug,
                    scale
                );
                // One unit below any single bound drops the firm one size.
                for indicator in row.indicators() {
                    let mut below = at;
                    match indicator {
                        Indicator::Employees => below.employees = below.employees.map(|v| v - 1),
                        Indicator::Revenue => below.revenue_cny = below.revenue_cny.map(|v| v - 1),
                        Indicator::Assets => below.assets_cny = below.assets_cny.map(|v| v - 1),
                    }
                    let expected =
                        Scale::ALL[Scale::ALL.iter().position(|&s| s == scale).unwrap_or(1) - 1];
                    assert_eq!(
                        row.infer_scale(&below),
                        Some(expected),
                        "{} just below {:?} on {:?}",
                        row.slug,
                        scale,
                        indicator
                    );
                }
            }
        }
    }

    #[test]
    fn the_reference_worked_examples() {
        assert_eq!(
            row("industry").infer_scale(&figures(Some(500), Some(50000), None)),
            Some(Scale::Medium)
        );
        assert_eq!(
            row("retail").infer_scale(&figures(Some(60), Some(600), None)),
            Some(Scale::Medium)
        );
        assert_eq!(
            row("software-it").infer_scale(&figures(Some(8), Some(900_000), None)),
            Some(Scale::Micro)
        );
    }

    #[test]
    fn rows_are_found_by_slug_or_chinese_name() {
        assert_eq!(IndustryRow::find("工业").map(|r| r.slug), Some("industry"));
        assert_eq!(
            IndustryRow::find("Software-IT").map(|r| r.slug),
            Some("software-it")
        );
        assert_eq!(
            IndustryRow::find("租赁和商务服务业").map(|r| r.slug),
            Some("leasing-business-services")
        );
        assert!(IndustryRow::find("finance").is_none());
    }

    #[test]
    fn checks_stop_at_the_first_size_that_fits() {
        let checks = row("industry").checks(&figures(Some(450), Some(8000), None));
        assert_eq!(checks.len(), 2);
        assert_eq!(checks[0].scale, Scale::Large);
        assert!(!checks[0].bounds[0].met && checks[0].bounds[0].lower == 1000);
        assert_eq!(checks[1].scale, Scale::Medium);
        assert!(checks[1].bounds.iter().all(|b| b.met));
        assert_eq!(checks[1].bounds[1].lower, 20_000_000);
        let micro = row("other").checks(&figures(Some(3), None, None));
        assert_eq!(micro.len(), 3, "large, medium and small all tried");
    }

    #[test]
    fn missing_figures_are_named() {
        let construction = row("construction");
        assert_eq!(
            construction.missing(&figures(Some(10), Some(100), None)),
            Some(Indicator::Assets)
        );
        assert_eq!(
            construction.infer_scale(&figures(None, Some(100), None)),
            None
        );
        assert_eq!(
            row("other").missing(&figures(None, Some(1), None)),
            Some(Indicator::Employees)
        );
    }

    #[test]
    fn scale_names_in_both_languages() {
        assert_eq!(Scale::from_name("Large"), Some(Scale::Large));
        assert_eq!(Scale::from_name("中型"), Some(Scale::Medium));
        assert_eq!(Scale::from_name("小"), Some(Scale::Small));
        assert_eq!(Scale::from_name("huge"), None);
    }
}
