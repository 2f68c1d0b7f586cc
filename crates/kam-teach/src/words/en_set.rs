//! The teaching kit in English: stories, key, sheet, quiz, feedback, problems.

use super::NamePools;
use super::{TeachLabels, TeachText};
use crate::advice::FormRule;
use crate::advice::{Advice, Form, Trace};
use crate::case::Case;
use crate::items::{DEPARTMENT_HEADCOUNT_TOP, KeyAnswers};
use crate::plan::{Business, PublicBody, Sector};
use crate::profile::{Kind, Level, ScaleSource, Setup};
use crate::render::Report;
use crate::rules::Rules;
use crate::scale::{Indicator, IndustryRow, Scale};
use crate::sheet::Item;
use crate::text::en::{English, plural};
use crate::text::{AdviceText, ExplainText, Words, join_list, thousands};

/// A size's lower bounds of a row: "X ≥ 300, Y ≥ 2,000".
fn bounds(row: &IndustryRow, scale: Scale) -> String {
    let parts: Vec<String> = row
        .bounds(scale)
        .iter()
        .map(|&(indicator, lower)| {
            let letter = match indicator {
                Indicator::Employees => "X",
                Indicator::Revenue => "Y",
                Indicator::Assets => "Z",
            };
            format!("{letter} ≥ {}", thousands(lower))
        })
        .collect();
    parts.join(", ")
}

static LABELS: TeachLabels = TeachLabels {
    cases_title: "Key-account organisation: cases",
    key_title: "Key-account organisation: answer key",
    title_separator: " — ",
    conditions_met: "Conditions met (一)",
    headcount: "Headcount",
    quiz_category: "KAM organisation",
    gift_form_title: "form",
    gift_managers_title: "KAM managers",
    gift_headcount_title: "headcount",
    gift_level_title: "service level",
    not_graded: "Not graded for this case",
    service_level: "Service level",
    right_mark: "✓",
    wrong_mark: "✗",
    missing_mark: "—",
    not_applicable_mark: "·",
    case: "Case",
    score: "Score",
    feedback: "Feedback",
    student: "Student",
    percent: "Percent",
    most_missed: "Most missed items (what to go over again)",
    item: "Item",
    missed_by: "Missed by",
    right_answer: "Right answer",
    nothing_missed: "Every student answered every item right.",
};

static POOLS: NamePools = NamePools {
    places: &[
        "Jiangzhou",
        "Linchuan",
        "Qingyang",
        "Yunxi",
        "Nanpu",
        "Dongling",
        "Xidu",
        "Beitang",
        "Qinghe",
        "Anping",
        "Ningyuan",
        "Pinghu",
        "Fengcheng",
        "Changting",
        "Shimen",
        "Taoxi",
    ],
    provinces: &[
        "Yunling",
        "Jiangling",
        "Donghu",
        "Nanping",
        "Beiyuan",
        "Haicheng",
    ],
    mark_heads: &[
        "Qi", "Cheng", "Lang", "Hong", "Ding", "Mu", "Tuo", "Han", "Yi", "Dai", "Ji", "Heng",
        "Jun", "Zhan", "Ming", "Yue",
    ],
    mark_tails: &[
        "lan", "chuan", "he", "yuan", "heng", "sheng", "fan", "ling", "cheng", "feng", "hang",
        "zhou", "shi", "rui", "an", "jing",
    ],
    foreign_marks: &[
        "Norvale",
        "Tessmark",
        "Vandrel",
        "Quillon",
        "Braxholm",
        "Elvarin",
        "Orrindale",
        "Castwick",
    ],
    surnames: &[
        "Wang", "Li", "Zhang", "Liu", "Chen", "Yang", "Huang", "Zhao", "Zhou", "Wu", "Xu", "Sun",
        "Ma", "Zhu", "Hu", "Guo", "He", "Lin", "Gao", "Luo",
    ],
    given_names: &[
        "Jianhua", "Lijuan", "Zhiqiang", "Xiaomei", "Guoping", "Wenbo", "Yaqin", "Haitao",
        "Huimin", "Lixin", "Chunyan", "Zhenyu", "Xiulan", "Mingyuan", "Jiayi", "Deming", "Jingyi",
        "Yonggang", "Yanan", "Sihan",
    ],
    foreign_given_names: &[
        "Anna", "Lukas", "Marta", "Henrik", "Clara", "Jonas", "Sofia", "Pieter",
    ],
    foreign_surnames: &[
        "Lindqvist",
        "Kessler",
        "Moreau",
        "Brandt",
        "Novak",
        "Janssen",
        "Ferreira",
        "Holm",
    ],
};

/// The word a firm's name carries, and what it does.
fn sector(sector: Sector) -> (&'static str, &'static str) {
    match sector {
        Sector::Machinery => (
            "Precision Machinery",
            "makes precision parts for machine-tool builders",
        ),
        Sector::Packaging => (
            "Packaging",
            "makes cartons and plastic packaging for food and electronics makers",
        ),
        Sector::AutoParts => ("Auto Parts", "makes brake and steering parts for carmakers"),
        Sector::Cables => ("Cable", "makes power and data cables"),
        Sector::FoodProcessing => (
            "Foods",
            "makes frozen foods for supermarkets and restaurant chains",
        ),
        Sector::MedicalDevices => (
            "Medical Devices",
            "makes diagnostic equipment for hospitals",
        ),
        Sector::PharmaWholesale => (
            "Pharmaceutical Trading",
            "distributes medicines to hospitals and pharmacies",
        ),
        Sector::SteelWholesale => ("Steel Trading", "trades steel sheet and pipe wholesale"),
        Sector::Supermarkets => (
            "Supermarkets",
            "runs a supermarket chain that also takes bulk orders from companies and schools",
        ),
        Sector::ApplianceRetail => (
            "Appliances",
            "sells household appliances in its own shops and to companies",
        ),
        Sector::RoadFreight => ("Logistics", "carries freight by road"),
        Sector::ColdStorage => ("Cold Storage", "runs cold-chain warehouses"),
        Sector::IndustrialSoftware => (
            "Software",
            "writes production-planning software for factories",
        ),
        Sector::Hotels => ("Hotels", "runs business hotels and conference venues"),
    }
}

fn body(body: PublicBody) -> (&'static str, &'static str) {
    match body {
        PublicBody::Postal => (
            "Postal Company",
            "the provincial company of the national postal service",
        ),
        PublicBody::Power => (
            "Power Supply Company",
            "the provincial company of the national power grid",
        ),
        PublicBody::Telecom => (
            "Telecom Company",
            "the provincial company of a national telecommunications operator",
        ),
    }
}

impl TeachText for English {
    fn teach_labels(&self) -> &'static TeachLabels {
        &LABELS
    }

    fn name_pools(&self) -> &'static NamePools {
        &POOLS
    }

    fn firm_name(&self, place: &str, mark: &str, business: Business, kind: Kind) -> String {
        match (business, kind) {
            (Business::Public(b), _) => format!("{place} {}", body(b).0),
            (Business::Firm(s), Kind::Group) => format!("{mark} {} Group", sector(s).0),
            (Business::Firm(s), Kind::Multinational) => format!("{mark} {} Group", sector(s).0),
            (Business::Firm(s), _) => format!("{mark} {} Co., Ltd.", sector(s).0),
        }
    }

    fn person_name(&self, surname: &str, given: &str, foreign: bool) -> String {
        if foreign {
            format!("{given} {surname}")
        } else {
            format!("{surname} {given}")
        }
    }

    fn profile_note(&self, id: &str) -> String {
        format!("{id} of an exercise set; its story is in cases.md. Made again by:")
    }

    fn story(&self, case: &Case) -> Vec<String> {
        let f = &case.facts;
        let n = &case.names;
        let title = match f.kind {
            Kind::Group => "the chair of the group",
            Kind::Multinational => "the group's chief commercial officer",
            Kind::PublicSector | Kind::Enterprise => "the general manager",
        };
        let org = match f.kind {
            Kind::Group | Kind::Multinational => "group",
            Kind::PublicSector | Kind::Enterprise => "company",
        };
        let mut who = match f.business {
            Business::Public(b) => {
                let (_, what) = body(b);
                let mut s = format!(
                    "{} is {what} in {} Province: a department of a national industry.",
                    n.firm, n.place
                );
                let below: Vec<String> = f
                    .levels
                    .iter()
                    .skip(1)
                    .map(|(level, count)| match level {
                        Level::Prefecture => plural(
                            *count,
                            "prefecture-level branch",
                            "prefecture-level branches",
                        ),
                        Level::County => {
                            plural(*count, "county-level office", "county-level offices")
                        }
                        _ => plural(*count, "unit", "units"),
                    })
                    .collect();
                if !below.is_empty() {
                    s.push_str(&format!(
                        " Below the provincial company there are {}.",
                        join_list(&below, ", ", " and ")
                    ));
                }
                s
            }
            Business::Firm(s) => {
                let (_, what) = sector(s);
                let mut text = if f.kind == Kind::Multinational {
                    format!("{}, founded {} years ago, {what}.", n.firm, f.years)
                } else {
                    format!(
                        "{}, founded {} years ago in {}, {what}.",
                        n.firm, f.years, n.place
                    )
                };
                match f.kind {
                    Kind::Group => text.push_str(" It is a group enterprise with several subsidiaries."),
                    Kind::Multinational => text.push_str(" It is an international group with its head office abroad — the group itself, not the subsidiary of one."),
                    _ => {}
                }
                text
            }
        };
        // Size: stated, or told only through the figures NBS 2017 goes by.
        match (f.scale, f.declared, f.business, f.employees) {
            (Some(scale), true, _, Some(e)) => {
                let (s, e) = (self.scale(scale), thousands(e));
                who.push_str(&match f.told.scale {
                    0 => format!(" By the NBS 2017 classification it is a {s} enterprise, with {e} employees."),
                    1 => format!(" It employs {e} people and counts as a {s} enterprise under the NBS 2017 size classification."),
                    _ => format!(" A {s} enterprise by NBS 2017, it has a staff of {e}."),
                });
            }
            (Some(_), false, Business::Firm(sector), Some(e)) => {
                let (r, e) = (sector.row().map_or("", |r| r.en_name), thousands(e));
                who.push_str(&match f.told.scale {
                    0 => format!(" It has {e} employees; in the NBS 2017 size table it belongs to the row \"{r}\"."),
                    1 => format!(" Its {e} employees work in what the NBS 2017 size table classes as \"{r}\"."),
                    _ => format!(" For the NBS 2017 size table its line of business is \"{r}\"; the payroll lists {e} employees."),
                });
            }
            _ => {}
        }
        // Revenue.
        match f.foreign {
            Some(foreign) => who.push_str(&format!(
                " Last year's revenue was {} {}; take CNY {}.{} to one {}.",
                foreign.code,
                thousands(f.revenue_wan * 10_000),
                foreign.rate_tenths / 10,
                foreign.rate_tenths % 10,
                foreign.code
            )),
            None => who.push_str(&format!(
                " Last year's revenue was {}.",
                self.money(f.revenue_wan * 10_000)
            )),
        }
        let accounts = if f.key_accounts == 0 {
            format!(
                "It serves about {} customers but has not yet rated any of them as key accounts.",
                thousands(f.customers)
            )
        } else {
            match f.variant {
                0 => format!(
                    "Of its {} or so customers, {} have been rated as key accounts.",
                    thousands(f.customers),
                    thousands(f.key_accounts)
                ),
                1 => format!(
                    "It has about {} customers; the sales side has rated {} of them as key accounts.",
                    thousands(f.customers),
                    thousands(f.key_accounts)
                ),
                _ => format!(
                    "Last year it rated its customers for the first time: {} of about {} are key accounts.",
                    thousands(f.key_accounts),
                    thousands(f.customers)
                ),
            }
        };
        let today = match f.setup {
            // With no rated key accounts, the story speaks of the customers, not of key accounts.
            Setup::Sales if f.key_accounts == 0 => {
                "Today each customer is looked after by the salesperson who won it."
            }
            Setup::SalesDepartment if f.key_accounts == 0 => {
                "Today the sales department looks after all the customers."
            }
            Setup::None if f.key_accounts == 0 => {
                "Today nobody is in charge of customers in particular."
            }
            Setup::Team | Setup::Department | Setup::ServiceCenter | Setup::Committee
                if f.key_accounts == 0 =>
            {
                "Today the firm has a unit for its customers, but no rated key accounts for it to manage."
            }
            Setup::Sales if f.key_accounts == 1 => {
                "Today the key account is looked after by the salesperson who won it."
            }
            Setup::Sales => "Today each key account is looked after by the salesperson who won it.",
            Setup::SalesDepartment => {
                "Today the sales department looks after the key accounts along with everything else."
            }
            Setup::None => "Today nobody is in charge of the key accounts in particular.",
            Setup::Team => "Today a small team looks after the key accounts.",
            Setup::Department => "Today a KAM department looks after the key accounts.",
            Setup::ServiceCenter => "Today a KAM service centre looks after the key accounts.",
            Setup::Committee => "Today a KAM committee looks after the key accounts.",
        };
        let plan = match (f.strategic_plan, f.told.plan) {
            (true, 0) => "The strategic plan for the next three years calls for a dedicated key-account unit.".to_string(),
            (true, 1) => format!("At its last strategy review the board decided that, for the {org}'s development, key accounts should get a unit of their own."),
            (true, _) => format!("Setting up a dedicated key-account unit is one of the goals of the {org}'s development plan."),
            (false, 0) => "The strategic plan says nothing about a dedicated key-account unit.".to_string(),
            (false, 1) => format!("A dedicated key-account unit has never come up in the {org}'s strategic planning."),
            (false, _) => "The development plan the board approved last year does not mention key accounts.".to_string(),
        };
        let p = &n.person;
        let development = match (f.account_development, f.told.development) {
            (true, 0) => format!(
                "{p}, {title}, is convinced that a dedicated unit would develop the key accounts faster and strengthen their confidence in the {org}."
            ),
            (true, 1) => format!(
                "{p}, {title}, expects a dedicated unit to make the key accounts grow faster and rely more on the {org}."
            ),
            (true, _) => format!(
                "In the view of {p}, {title}, key accounts would grow faster and trust the {org} more if a unit of their own looked after them."
            ),
            (false, 0) => format!(
                "{p}, {title}, does not expect a dedicated unit to develop the key accounts any faster."
            ),
            (false, 1) => format!(
                "{p}, {title}, doubts that a dedicated unit would make the key accounts grow faster or rely more on the {org}."
            ),
            (false, _) => format!(
                "As {p}, {title}, sees it, the key accounts would develop no faster with a unit of their own."
            ),
        };
        let ask = match f.variant {
            0 => format!("{p} asks you which key-account organisation would suit the {org}, and how it would be staffed."),
            1 => "Management wants to know which key-account organisation fits, and how it would be staffed.".to_string(),
            _ => format!("{p} has asked you for a recommendation: which key-account organisation, and how is it staffed?"),
        };
        vec![
            who,
            format!("{accounts} {today}"),
            format!("{plan} {development} {ask}"),
        ]
    }

    fn case_title(&self, id: &str) -> String {
        format!("Case {}", id.strip_prefix("case-").unwrap_or(id))
    }

    fn cases_intro(&self, count: usize) -> String {
        format!(
            "{} follow. For each, work from the figures in the story, the chapter and the conventions below:\n\n\
             1. which conditions of (一) are met (`conditions_met`: `revenue`, `key_accounts`, `strategic_plan`, `account_development`, or `none`);\n\
             2. which form of key-account organisation the chapter associates with such an organisation (`form`: `none`, `team`, `department`, `service-center` or `committee`), by (二);\n\
             3. for a team, a department, a committee or a single service centre: how many KAM managers it needs (`kam_managers`) and its headcount (`headcount`);\n\
             4. for service centres set up over a network of levels: the level that holds the service centres (`service_level`: `national`, `provincial`, `prefecture` or `county`).\n\n\
             Write your answers in `answer-sheet.toml`, under the case's heading. Every case on the sheet has the same items; only those that apply to the case's form are marked, one point each, and an answer to an item that does not apply is ignored.",
            plural(count as u64, "case", "cases")
        )
    }

    fn conventions(&self, rows: &[&'static IndustryRow], rules: &Rules) -> String {
        use crate::rules::RuleKey as K;
        let src = |key: K| self.source(key.source());
        let threshold = rules.revenue_threshold();
        let money = self.money_exact(threshold, crate::text::threshold_places(threshold));
        let k6 = rules.key_accounts_threshold;
        let per = rules.accounts_per_manager;
        let base = rules.department_base_headcount;
        let top = DEPARTMENT_HEADCOUNT_TOP.max(base);
        let team_max = rules.team_max_key_accounts;
        let center = rules.service_center_base_headcount.max(base);
        let each = rules.committee_center_min_staff;
        let mut out = String::from("## Conventions of this set\n\n");
        out.push_str("The answers are marked by the rules and figures below. The chapter gives some of them; others are the tool's reading of the chapter or its own assumptions, and each says which. Nothing else is needed to reach an answer.\n\n");
        out.push_str("### Conditions (一)\n\n");
        out.push_str(&format!(
            "An organisation may consider a dedicated KAM unit when any one of these holds:\n\n\
             - `revenue` (一)1: annual revenue of at least {money} ({}). The chapter's 达到5000万以上 (\"reaches 50 million or more\") includes the figure itself, so exactly {money} is met; the amount is read as yuan; revenue in another currency is converted at the rate the case gives.\n\
             - `key_accounts` (一)2: at least {k6} rated key accounts ({}: the low end of the chapter's \"6-10\"; reaching {k6} is enough, so exactly {k6} is met).\n\
             - `strategic_plan` (一)3: the organisation considers a unit from the angle of its strategic planning and development, as the case tells it.\n\
             - `account_development` (一)4: management judges that a unit would develop key accounts faster and strengthen their confidence in and reliance on it, as the case tells it.\n\n",
            src(K::RevenueThresholdCny),
            src(K::KeyAccountsThreshold),
        ));
        out.push_str(
            "### The form (二): nine rules, in this order; the first that applies decides\n\n",
        );
        for rule in FormRule::ALL.iter().copied() {
            let source = match rule {
                FormRule::NoKeyAccounts => {
                    "the tool's precondition: (一)2 counts rated key accounts, so an organisation that has rated none has nothing for a unit to manage yet"
                }
                FormRule::NoConditionMet => "the chapter, (一): no condition, no unit",
                FormRule::Multinational => {
                    "the chapter, (二)1; that it holds at any size is the tool's reading"
                }
                FormRule::LargeGroup => {
                    "the chapter, (二)1, printed 重点型集团企业 and read as 大型集团企业 (a reading)"
                }
                FormRule::PublicSector => {
                    "the chapter, (二)2: what such bodies mostly set up (printed 重点多, read as 大多, a reading), whatever their size"
                }
                FormRule::LargeEnterprise => {
                    "the chapter, (二)2, printed 国内重点型企业 and read as large domestic enterprises, which mostly set up a centre (a reading)"
                }
                FormRule::MediumScale => {
                    "the chapter, (二)3: what medium enterprises mostly set up (printed 重点多, read as 大多)"
                }
                FormRule::SmallManyAccounts => {
                    "derived: (二)4 gives small firms a team because their key accounts are very few, and from the 6 of (一)2 a firm may consider a department, so the tool reads \"very few\" as fewer than 6"
                }
                FormRule::SmallScale => {
                    "the chapter, (二)4: a team generally (一般) suits small domestic firms"
                }
            };
            out.push_str(&format!(
                "{}. {}: {} → {} {}. Source: {source}.\n",
                rule.number(),
                self.rule_title(rule),
                self.form_rule_when(rule, rules),
                self.form(rule.form()),
                rule.form_clause()
            ));
        }
        out.push_str("\nThe chapter says which form such organisations mostly (大多) or generally (一般) set up; the question is which form it associates with the case, not which one the organisation must set up.\n\n");
        out.push_str("### Scale: NBS 2017\n\n");
        out.push_str("Where a case does not state its scale, infer it by the National Bureau of Statistics classification 《统计上大中小微型企业划分办法（2017）》 from the figures it gives. An enterprise is large when it meets every lower bound of its row for large; otherwise medium when it meets every medium bound; otherwise small when it meets every small bound; otherwise micro. An international group and a state-sector body need no scale: rules 3 and 5 decide their form first.\n\n");
        if !rows.is_empty() {
            out.push_str("The rows the cases use (X: employees; Y: annual revenue in 万元, 1万元 = CNY 10,000):\n\n");
            out.push_str("| row | large | medium | small |\n|---|---|---|---|\n");
            for row in rows {
                out.push_str(&format!(
                    "| {} ({}) | {} | {} | {} |\n",
                    row.en_name,
                    row.zh_name,
                    bounds(row, Scale::Large),
                    bounds(row, Scale::Medium),
                    bounds(row, Scale::Small)
                ));
            }
            out.push('\n');
        }
        out.push_str("### Staffing\n\n");
        out.push_str(&format!(
            "- KAM managers: the key accounts ÷ {per}, rounded up, for every form with a unit ({}: {per} is the average load of a KAM manager in the typical department quoted in (二)1; the chapter sets no number of managers).\n\
             - A department's headcount: {base}-{top} people, as the chapter says (二)3 ({}); any number from {base} to {top} is right. With more KAM managers than that, the headcount is the managers: the chapter adds managers as key accounts grow.\n\
             - A team: for a small or micro firm with at most {team_max} rated key accounts, fewer than the {k6} of (一)2 ({}). Its headcount counts its KAM managers only: the members the firm's functions send stay in their functions and are not counted ({}).\n\
             - A single service centre (no network of levels): the larger of {center} and the KAM managers, so that it is never smaller than a department ({}).\n\
             - A committee: the management centre holds the KAM managers and is floored like a single centre, and the service and evaluation centres have {each} each, so headcount = the larger of {center} and the KAM managers + 2 × {each} ({}: the chapter names the centres but staffs none). The top managers who sit on the committee are not counted.\n\
             - Service centres over a network of levels: the levels given, top first, follow the postal example of (二)2 ({}): the lowest level given other than county holds the service centres, the levels above it hold KAM management bodies, and county, when given, has service centres set up or not as local needs decide (a county given alone holds the service centres). For such a case the graded answer is that level (`service_level`), not a number: the chapter leaves the centres' staffing to the business (人员…灵活配备).\n",
            src(K::AccountsPerManager),
            src(K::DepartmentBaseHeadcount),
            src(K::TeamMaxKeyAccounts),
            src(K::TeamMembersPerFunction),
            src(K::ServiceCenterBaseHeadcount),
            src(K::CommitteeCenterMinStaff),
            self.source(crate::rules::Source::Derived),
        ));
        out
    }

    fn key_intro(&self, count: usize, points: u64) -> String {
        format!(
            "The answers to the {}, as `kam-advise` advises each profile in `profiles/`: the conditions met with their comparison, the scale (with the NBS 2017 check where the case leaves it to infer), the form with its rule and clause and every warning the advice gives, then the items the case grades with their arithmetic, and the structure. One point per graded item, {} in all.",
            plural(count as u64, "case", "cases"),
            plural(points, "point", "points")
        )
    }

    fn scale_basis(&self, report: &Report<'_>) -> String {
        let p = report.profile;
        match (p.scale_source, p.scale) {
            (ScaleSource::Declared, Some(s)) => format!("{}, stated in the case.", self.scale(s)),
            _ => report
                .advice
                .trace
                .iter()
                .find(|t| {
                    matches!(
                        t,
                        Trace::ScaleInferred { .. } | Trace::ScaleNotNeeded { .. }
                    )
                })
                .map_or_else(
                    || "not given.".to_string(),
                    // Under the key's "Scale" heading already: no second "Scale: ".
                    |t| self.trace(t).trim_start_matches("Scale: ").to_string(),
                ),
        }
    }

    fn kam_managers_basis(&self, advice: &Advice) -> String {
        let m = advice.staffing.kam_managers;
        match advice
            .trace
            .iter()
            .find(|t| matches!(t, Trace::KamManagers { .. }))
        {
            Some(t) if advice.form != Form::None => format!("{m}: {}", self.trace(t)),
            _ => format!(
                "0: no unit is set up, so there are no KAM managers {}.",
                advice.rule.form_clause()
            ),
        }
    }

    fn headcount_basis(&self, advice: &Advice, key: &KeyAnswers) -> String {
        let m = advice.staffing.kam_managers;
        let traced = |want: fn(&Trace) -> bool| advice.trace.iter().find(|t| want(t));
        match (advice.form, key.headcount) {
            (Form::Department, Some((lo, hi))) if lo < hi => format!(
                "{lo} or {hi}, either is right: the chapter puts a department at {lo}-{hi} people (二)3; its {} within that, and the places beyond them are KAM specialists.",
                plural(m, "KAM manager fits", "KAM managers fit")
            ),
            (Form::Department, Some((h, _))) => format!(
                "{h}: the department's {}, as many as or more than the chapter's 3-4 people (二)3, which it lets grow with the key accounts (随时增加管理人员).",
                plural(m, "KAM manager", "KAM managers")
            ),
            (Form::Team, Some((h, _))) => format!(
                "{h}: a team counts only its {}; the members the firm's functions send stay in them and are not counted (the set's convention, the tool's assumption; (二)4 says only that the team is cross-functional).",
                plural(m, "KAM manager", "KAM managers")
            ),
            (Form::Committee, Some((h, _))) => {
                match traced(|t| matches!(t, Trace::CommitteeHeadcount { .. })) {
                    Some(t) => format!("{h}: {}", self.trace(t)),
                    None => h.to_string(),
                }
            }
            (Form::ServiceCenter, Some((h, _))) => {
                match traced(|t| matches!(t, Trace::CenterHeadcount { .. })) {
                    Some(t) => format!("{h}: {}", self.trace(t)),
                    None => h.to_string(),
                }
            }
            _ => format!("0: no unit is set up {}.", advice.rule.form_clause()),
        }
    }

    fn service_level_basis(&self, report: &Report<'_>, level: Level) -> String {
        let levels: Vec<String> = report
            .profile
            .network
            .levels
            .iter()
            .map(|l| self.level(*l).to_string())
            .collect();
        let county =
            report.profile.network.levels.contains(&Level::County) && level != Level::County;
        format!(
            "{}: the levels given are {}, and the lowest of them other than county holds the service centres, as in the postal example of (二)2{}. The chapter leaves the centres' staff to be arranged flexibly as the business develops, so no number is graded.",
            level.slug(),
            join_list(&levels, ", ", " and "),
            if county {
                "; the county level may have service centres as local needs decide"
            } else {
                ""
            }
        )
    }

    fn not_graded(&self, report: &Report<'_>, key: &KeyAnswers) -> Option<String> {
        let items: Vec<&str> = Item::ALL
            .iter()
            .filter(|i| !key.applies(**i))
            .map(|i| i.slug())
            .collect();
        if items.is_empty() {
            return None;
        }
        let why = match report.advice.form {
            Form::None => {
                "no unit is set up, so there are no managers, headcount or service level to give"
            }
            Form::ServiceCenter if key.service_level.is_some() => {
                "the service centres sit over a network, and the chapter leaves their staffing to the business (二)2: the level that holds them is graded instead"
            }
            _ => "the case has no service centres over a network",
        };
        Some(format!("{}; {why}.", items.join(", ")))
    }

    fn sheet_header(&self, command: &str) -> String {
        format!(
            "Answer sheet. Your name is the file's name: save it as, e.g., zhang-wei.toml.\n\
             Every case has the same items; those that do not apply to a case are not marked.\n  \
             form = one of none, team, department, service-center, committee\n  \
             conditions_met = the conditions of (一) met, e.g. [\"revenue\", \"key_accounts\"];\n                   \
             write [\"none\"] when no condition is met (an empty list counts as not answered)\n  \
             kam_managers = a whole number (remove the # in front): a team, department,\n                 \
             committee or single service centre\n  \
             headcount = a whole number (remove the # in front): the same forms\n  \
             service_level = one of national, provincial, prefecture, county (remove the # in\n                  \
             front): service centres over a network of levels\n\
             One point per item that applies. Set: {command}\n{}",
            crate::sheet::format_line()
        )
    }

    fn gift_form_question(&self) -> String {
        "Which form of key-account organisation does the chapter associate with such an organisation?".into()
    }

    fn gift_managers_question(&self) -> String {
        "How many KAM managers does it need, by the set's conventions?".into()
    }

    fn gift_headcount_question(&self) -> String {
        "What is its headcount, by the set's conventions?".into()
    }

    fn gift_level_question(&self) -> String {
        "At which level do its KAM service centres sit?".into()
    }
}
