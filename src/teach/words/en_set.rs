//! The teaching kit in English: stories, key, sheet, quiz, feedback, problems.

use super::NamePools;
use super::{TeachLabels, TeachText};
use crate::advice::{Advice, Form, Trace};
use crate::profile::{Kind, Level, ScaleSource, Setup};
use crate::render::Report;
use crate::teach::case::Case;
use crate::teach::plan::{Business, PublicBody, Sector};
use crate::text::en::{English, plural};
use crate::text::{AdviceText, Words, join_list, thousands};

static LABELS: TeachLabels = TeachLabels {
    cases_title: "Key-account organisation: cases",
    key_title: "Key-account organisation: answer key",
    title_separator: " — ",
    conditions_met: "Conditions met (一)",
    headcount: "Headcount",
    quiz_category: "KAM organisation",
    gift_form_title: "form",
    gift_managers_title: "KAM managers",
    right_mark: "✓",
    wrong_mark: "✗",
    missing_mark: "—",
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
            "{} follow. For each, decide from the figures in the story, with the chapter's clauses:\n\n\
             1. which conditions of (一) are met (`conditions_met`: `revenue`, `key_accounts`, `strategic_plan`, `account_development`, or `none`);\n\
             2. which form the key-account organisation takes (`form`: `none`, `team`, `department`, `service-center` or `committee`), by (二);\n\
             3. how many KAM managers it needs (`kam_managers`) and its headcount (`headcount`).\n\n\
             Write your answers in `answer-sheet.toml`, under the case's heading; each item is worth one point.",
            plural(count as u64, "case", "cases")
        )
    }

    fn key_intro(&self, count: usize) -> String {
        format!(
            "The answers to the {}, as `kam-advise` advises each profile in `profiles/`: the conditions met with their comparison, the scale, the form with its rule and clause, the KAM managers and headcount with the arithmetic, and the structure. Four points a case.",
            plural(count as u64, "case", "cases")
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
                .map_or_else(|| "not given.".to_string(), |t| self.trace(t)),
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

    fn headcount_basis(&self, advice: &Advice) -> String {
        let h = advice
            .staffing
            .headcount
            .map_or_else(|| "—".to_string(), |n| n.to_string());
        let m = advice.staffing.kam_managers;
        let traced = advice.trace.iter().find(|t| {
            matches!(
                t,
                Trace::DepartmentHeadcount { .. }
                    | Trace::CommitteeHeadcount { .. }
                    | Trace::CenterHeadcount { .. }
                    | Trace::CentersFloor { .. }
            )
        });
        match (advice.form, traced) {
            (Form::Department | Form::Committee, Some(t)) => format!("{h}: {}", self.trace(t)),
            (Form::ServiceCenter, _) => format!(
                "{h}: the {}, a guide the tool derives (for a network, the total across the network). The chapter sets no number for a service centre; staffing \"flexibly as the business develops\" is the rule of the postal regulations quoted in (二)2, an example.",
                plural(m, "KAM manager", "KAM managers")
            ),
            (Form::Team, _) => format!(
                "{h}: the {}. That the members the functions send stay in them and are not counted is the tool's arrangement; (二)4 only says the team is cross-functional.",
                plural(m, "KAM manager", "KAM managers")
            ),
            _ => format!("0: no unit is set up {}.", advice.rule.form_clause()),
        }
    }

    fn sheet_header(&self, command: &str) -> String {
        format!(
            "Answer sheet. Your name is the file's name: save it as, e.g., zhang-wei.toml.\n\
             For each case:\n  \
             form = one of none, team, department, service-center, committee\n  \
             conditions_met = the conditions of (一) met, e.g. [\"revenue\", \"key_accounts\"];\n                   \
             write [\"none\"] when no condition is met (an empty list counts as not answered)\n  \
             kam_managers = a whole number (remove the # in front)\n  \
             headcount = a whole number (remove the # in front)\n\
             One point per item. Set: {command}"
        )
    }

    fn gift_form_question(&self) -> String {
        "Which key-account organisation should it set up?".into()
    }

    fn gift_managers_question(&self) -> String {
        "How many KAM managers does it need? (0 when no unit is set up.)".into()
    }
}
