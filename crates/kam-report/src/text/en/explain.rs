//! `explain`, `rules`, `init` and `compare` texts in English.

use super::English;
use crate::advice::{ConditionId, FormRule};
use crate::profile::{ProfileKey, Table};
use crate::rules::{RuleKey, Rules};
use crate::text::Topic;
use crate::text::{ExplainLabels, ExplainText, Words};

static EXPLAIN: ExplainLabels = ExplainLabels {
    met_when: "Met when",
    order: "Order",
    applies_when: "Applies when",
    item: "What",
    rule: "Rule",
    industry: "Row",
    industry_name: "Industry",
    compare_title: "KAM organisation by enterprise",
    conditions_met: "Met (一)",
    headcount_short: "Headcount",
    example: "Example",
    printed: "Printed",
    read_as: "Read as",
    written: "Written",
    profile_currency: "Profile's currency",
};

/// The tool's readings of the printed chapter, each once (docs/rules.md, "Readings of
/// the printed text"). The opening's phrase that repeats one term is described, never
/// quoted.
static READINGS: [(&str, &str, &str); 11] = [
    (
        "opening",
        "重点组织、重点管理和重点维护",
        "as printed: here 重点 is meant (organising, managing and maintaining key accounts with focus), not a replaced 大",
    ),
    (
        "opening",
        "(not quoted: the phrase on how firms organise for key accounts, which names one term twice)",
        "paraphrased only: these accounts too are left to the business or sales department, with no unit of their own; the first term was probably 大客户 (major accounts)",
    ),
    (
        "opening",
        "费用过重点",
        "费用过大: the cost is seen as too large",
    ),
    (
        "(二)1",
        "重点型集团企业",
        "大型集团企业: large group enterprise (rule 4)",
    ),
    (
        "(二)1, (二)4",
        "大客户, 大客户经理, 大客户管理部门 in the Kotler quotations",
        "the chapter's 重点客户, 重点客户经理, 重点客户管理部门 (key account, KAM manager, KAM department); the 9 accounts per manager and rule 8 rest on this",
    ),
    (
        "(二)2",
        "国内重点型企业",
        "国内大型企业: large domestic enterprise (rule 6)",
    ),
    ("(二)2, (二)3", "重点多", "大多: mostly (rules 5-7)"),
    ("(二)3", "重点型企业", "大型企业: large enterprise (rule 7)"),
    ("(四)1(6)", "很重点程度上", "很大程度上: to a great extent"),
    ("(四)2", "最重点限度", "最大限度: as far as possible"),
    (
        "(四)2",
        "重点客户的主要职责",
        "the KAM manager's main responsibility, as the heading 重点客户经理的角色 shows; the firm's side either way",
    ),
];

impl ExplainText for English {
    fn explain_labels(&self) -> &'static ExplainLabels {
        &EXPLAIN
    }

    fn topic_title(&self, topic: Topic) -> &'static str {
        match topic {
            Topic::Conditions => "(一) When a firm may consider a dedicated KAM unit",
            Topic::Forms => "(二) Which form: the rules in the order they are checked",
            Topic::Staffing => "How the unit is staffed, and where each figure comes from",
            Topic::Duties => "(三) The seven duties of a KAM unit",
            Topic::Requirements => "(四) What KAM staff need, and the KAM manager",
            Topic::Examples => "The chapter's examples",
            Topic::Readings => "How the tool reads the printed chapter",
            Topic::Money => "How to write an amount of money",
            Topic::Scale => {
                "The size of the firm: NBS 2017 (《统计上大中小微型企业划分办法（2017）》)"
            }
        }
    }

    fn topic_note(&self, topic: Topic) -> &'static str {
        match topic {
            Topic::Conditions => {
                "The chapter says a firm meeting any one of these may consider a dedicated unit. A firm that meets none is advised no unit, shown how far it is from each threshold, and told what form it would get if it judged (一)3 or (一)4 true."
            }
            Topic::Forms => {
                "The first rule that applies decides. \"Large\" and \"mostly\" in the reasons are the tool's readings of the printed 重点型 and 重点多 (see \"How the tool reads the printed chapter\"); the forms of rules 5-7 are what such bodies and firms mostly set up, not what they must."
            }
            Topic::Staffing => {
                "chapter: the chapter gives the figure for this use; derived: computed from a chapter figure by the tool's reading; assumption: the tool's own. Every derived figure and assumption is a key of `kam-advise rules`."
            }
            Topic::Duties | Topic::Requirements => "",
            Topic::Readings => {
                "In this copy of the chapter the character 大 was replaced by 重点 almost everywhere. The middle column is what a reader of the printed text finds; the right column is the tool's reading of it, not what the chapter prints. Every text of the tool that quotes the chapter quotes it as printed."
            }
            Topic::Examples => {
                "The chapter quotes \"Philip Kotler on the art of managing major accounts\" (China Business, 2006) and the postal service's rules for key accounts. This copy prints 重点客户 (key account) almost everywhere, in most places probably where 大客户 (major account) stood, as the title of the Kotler quotation still shows; the tool uses the term as printed."
            }
            Topic::Money => {
                "An amount is a number in the profile's currency (CNY unless `currency` says otherwise) or a string written as people write it: digits with or without thousands separators, in scientific notation, or in Chinese numerals (大写 too); a scale word after them (万, 亿, 千万, thousand, million, billion, k, M, bn); a currency code, name or sign before or after (CNY, RMB, 人民币, 元, ¥, USD, US$, $, 美元). A sign or code must match `currency`; for an amount in another currency set `currency` to its code and `cny_rate` to the CNY value of one unit. An amount whose last unit is left out (两亿五) is refused, not guessed: write that unit (两亿五千万) or 零 before the last digits (两亿零五)."
            }
            Topic::Scale => {
                "X employees (people); Y operating revenue and Z total assets in 万元 (CNY 10,000). A firm is the largest size all of whose lower bounds it meets; micro otherwise. A declared `scale` wins, but a contradiction with the figures is warned about."
            }
        }
    }

    fn condition_rule(&self, id: ConditionId, rules: &Rules) -> String {
        match id {
            ConditionId::Revenue => {
                let threshold = rules.revenue_threshold();
                format!("annual revenue ≥ {}", self.money_exact(threshold, crate::text::threshold_places(threshold)))
            }
            ConditionId::KeyAccounts => format!(
                "rated key accounts ≥ {} (the chapter: 6-10; the low end is used)",
                rules.key_accounts_threshold
            ),
            ConditionId::StrategicPlan => "the firm considers a KAM unit from the angle of its strategic planning and development (profile key strategic_plan)".into(),
            ConditionId::AccountDevelopment => "a unit would develop key accounts faster and deepen their confidence in and reliance on the firm (profile key account_development)".into(),
        }
    }

    fn form_rule_when(&self, rule: FormRule, rules: &Rules) -> String {
        match rule {
            FormRule::NoKeyAccounts => "no key accounts rated yet (the tool's precondition)".into(),
            FormRule::NoConditionMet => "no condition of (一) is met".into(),
            FormRule::Multinational => {
                "an international group (any size: the tool's reading)".into()
            }
            FormRule::LargeGroup => "a large group enterprise".into(),
            FormRule::PublicSector => "a state-sector body (any size: the tool's reading)".into(),
            FormRule::LargeEnterprise => "a large enterprise".into(),
            FormRule::MediumScale => "a medium enterprise".into(),
            FormRule::SmallManyAccounts => format!(
                "small or micro, with more than {} rated key accounts (the tool's reading of (二)4 with (一)2 and (二)1)",
                rules.team_max_key_accounts
            ),
            FormRule::SmallScale => format!(
                "small or micro, with at most {} rated key accounts",
                rules.team_max_key_accounts
            ),
        }
    }

    fn staffing_rules(&self, rules: &Rules) -> Vec<[String; 4]> {
        use crate::rules::RuleKey as K;
        use crate::rules::Source::{Assumption, Chapter, Derived};
        let per = rules.accounts_per_manager;
        let row = |item: &str, rule: String, source, keys: &[K], clause: &str| {
            [
                item.to_string(),
                rule,
                self.source(rules.source_of(source, keys)).to_string(),
                clause.to_string(),
            ]
        };
        vec![
            row("KAM managers", format!("key accounts ÷ {per}, rounded up: the tool's reading of the typical department quoted, where each manager looks after 9 on average"), Derived, &[K::AccountsPerManager], "(二)1"),
            row("Department", format!("the larger of {} and the KAM managers (the chapter's \"3-4 people\", growing with the accounts)", rules.department_base_headcount), Chapter, &[K::DepartmentBaseHeadcount], "(二)3"),
            row("Department", "reporting line: the chapter's quoted example (KAM managers → national sales manager → VP of marketing and sales → CEO), to adapt".into(), Derived, &[], "(二)1"),
            row("KAM specialists", "the places of a department or centre beyond its KAM managers: the size is the chapter's (department) or the tool's floor (centre); the split and the name are the tool's".into(), Assumption, &[], "(二)3"),
            row("Service centre (one)", format!("the larger of {} and the KAM managers, so that it is never smaller than a department", rules.service_center_base_headcount.max(rules.department_base_headcount)), Assumption, &[K::ServiceCenterBaseHeadcount, K::DepartmentBaseHeadcount], "(二)2"),
            row("Service centres (network)", format!("at least {} KAM manager(s) at each centre of the service tier; with the number of centres given, the larger of centres × {} and key accounts ÷ {per}; without it, no headcount", rules.service_center_min_staff, rules.service_center_min_staff), Assumption, &[K::ServiceCenterMinStaff], "(二)2"),
            row("Service centres (network)", "the postal example's tiers applied to the levels given: management bodies above, the service centres at the lowest level other than county, county optional; management bodies and county centres staffed as the business needs, not estimated".into(), Derived, &[], "(二)2"),
            row("Committee", format!("the KAM managers in the management centre, floored like one service centre; {} in each of the service and evaluation centres; top managers sit on it part-time, not in the headcount", rules.committee_center_min_staff), Assumption, &[K::CommitteeCenterMinStaff, K::ServiceCenterBaseHeadcount], "(二)1"),
            row("Committee", format!("focus executives, {} per key account, if the Xerox practice is followed: optional, not in the headcount", rules.focus_executives_per_account), Derived, &[K::FocusExecutivesPerAccount], "(二)1"),
            row("Placement", "a committee, a service centre (or a network's top body) and a team drawn under top management".into(), Assumption, &[], "(二)"),
            row("Team", format!("members: {} from each function dealing with the customer's finance, purchasing, production and after-sales departments, not in the headcount (the KAM managers, counted as above, lead it)", rules.team_members_per_function), Assumption, &[K::TeamMembersPerFunction], "(二)4"),
            row("Small firm", small_firm_limit(rules), Derived, &[K::TeamMaxKeyAccounts], "(二)4, (一)2"),
            row("No unit", format!("{} named manager(s), part-time, not in the headcount", rules.named_managers), Assumption, &[K::NamedManagers], "(一)"),
        ]
    }

    fn readings(&self) -> &'static [(&'static str, &'static str, &'static str)] {
        &READINGS
    }

    fn rules_header(&self) -> &'static str {
        "kam-advise rules: the figures applied to every profile.\n\
         Each key gives its clause and whether it is the chapter's figure, derived from it,\n\
         or the tool's assumption. Edit a value and pass this file with --rules FILE;\n\
         a key left out keeps its default."
    }

    fn rule_doc(&self, key: RuleKey) -> &'static str {
        match key {
            RuleKey::RevenueThresholdCny => {
                "Annual revenue in yuan from which a dedicated KAM unit may be considered (the chapter: 5000万). A money string such as \"5000万\" works too."
            }
            RuleKey::KeyAccountsThreshold => {
                "Rated key accounts from which a unit may be considered (the chapter: 6-10; the low end is used). At least 1."
            }
            RuleKey::TeamMaxKeyAccounts => {
                "The most rated key accounts a small or micro firm may have and still be advised a team; above it, a KAM department. (二)4 gives small firms a team because their key accounts are very few (很少), and the tool reads \"very few\" as fewer than the 6 at which (一)2 lets a firm consider a KAM department, hence 5 by default. The 6-10 of (一)2 is a threshold for considering a unit, not a team's capacity."
            }
            RuleKey::AccountsPerManager => {
                "Key accounts per KAM manager: the average load in the typical department the chapter quotes (9). At least 1."
            }
            RuleKey::DepartmentBaseHeadcount => {
                "People a KAM department starts with (the chapter: 3-4). At least 1."
            }
            RuleKey::ServiceCenterBaseHeadcount => {
                "The least headcount of a single KAM service centre (the tool's assumption, so that it is not smaller than a department; the chapter gives no figure). At least 1."
            }
            RuleKey::ServiceCenterMinStaff => {
                "The least KAM managers at each service centre of a network's service tier (the tool's assumption; the chapter leaves staffing to the business). At least 1."
            }
            RuleKey::CommitteeCenterMinStaff => {
                "People in each of the committee's service and evaluation centres to begin with (the chapter gives no figure)."
            }
            RuleKey::FocusExecutivesPerAccount => {
                "Focus executives per key account in a committee (the Xerox example: one each)."
            }
            RuleKey::TeamMembersPerFunction => {
                "Members each function sends to a team (the chapter gives no figure); not counted in the headcount."
            }
            RuleKey::NamedManagers => {
                "People named to answer for key accounts part-time when no unit is indicated (the chapter gives no figure)."
            }
        }
    }

    fn rule_default_label(&self) -> &'static str {
        "default"
    }

    fn decision_revenue_label(&self) -> &'static str {
        "Annual revenue in yuan (CNY)"
    }

    fn init_header(&self) -> &'static str {
        "A kam-advise profile. Fill in your figures, then run: kam-advise THIS-FILE.toml\n\
         Lines starting with # are comments; remove the # to use an optional key."
    }

    fn init_comment(&self, key: ProfileKey) -> &'static str {
        match key {
            ProfileKey::Name => "The enterprise's name (required).",
            ProfileKey::AnnualRevenue => {
                "Annual revenue (required): a number, or a string such as \"8000万元\", \"1.2亿\", \"80M\" or \"80 million\".\n(一)1: from 5000万 a dedicated KAM unit may be considered."
            }
            ProfileKey::KeyAccounts => {
                "Key accounts the firm has rated (required). (一)2: from 6 a dedicated unit may be considered."
            }
            ProfileKey::Currency => {
                "The currency of the amounts: CNY (also RMB, 人民币) unless said otherwise."
            }
            ProfileKey::CnyRate => {
                "CNY per one unit of `currency`; required when the currency is not CNY."
            }
            ProfileKey::Kind => {
                "enterprise | group | multinational | public-sector (a state-sector body)."
            }
            ProfileKey::Scale => {
                "micro | small | medium | large. Leave it out to infer it from `industry` and the figures (NBS 2017);\nnot needed for public-sector or multinational."
            }
            ProfileKey::Industry => {
                "The NBS 2017 row (slug or Chinese name), e.g. industry, retail, software-it, 工业. See `kam-advise explain scale`."
            }
            ProfileKey::Employees => "Employees; most NBS rows need it to infer the scale.",
            ProfileKey::TotalAssets => {
                "Total assets; construction, real estate and leasing need it to infer the scale."
            }
            ProfileKey::CurrentSetup => {
                "Who looks after key accounts today: none | sales | sales-department | team | department | service-center | committee."
            }
            ProfileKey::StrategicPlan => {
                "(一)3: the firm considers a KAM unit from the angle of its strategic planning and development."
            }
            ProfileKey::AccountDevelopment => {
                "(一)4: a unit would develop key accounts faster and deepen their confidence in the firm."
            }
            ProfileKey::Levels => {
                "The levels the organisation has, top first (national, provincial, prefecture, county)."
            }
            ProfileKey::Counts => {
                "How many units a level has, e.g. { provincial = 31, prefecture = 333 }."
            }
            ProfileKey::Functions => "The firm's functions that send members to the team.",
        }
    }

    fn init_table_comment(&self, table: Table) -> &'static str {
        match table {
            Table::Network => {
                "For a multi-level organisation: its levels, top first (national, provincial, prefecture, county),\nand how many units a level has."
            }
            Table::Team => {
                "For a team: the firm's functions that send members (default: those dealing with the customer's\nfinance, purchasing, production and after-sales departments)."
            }
            Table::Strategy => {
                "Why the firm would set up a unit: (一)3 and (一)4 are its own judgement."
            }
        }
    }

    fn init_example_name(&self) -> &'static str {
        "Example Manufacturing Co."
    }
}

/// The small firm's limit in the staffing table, with the reading it rests on.
fn small_firm_limit(rules: &Rules) -> String {
    let max = rules.team_max_key_accounts;
    let threshold = rules.key_accounts_threshold;
    if max.saturating_add(1) == threshold {
        format!(
            "more than {max} rated key accounts: a department instead of a team; (二)4's \"very few\" read as fewer than the {threshold} at which (一)2 lets a firm consider a department"
        )
    } else {
        format!(
            "more than {max} rated key accounts: a department instead of a team (the tool reads (二)4's \"very few\" as fewer than the {threshold} of (一)2)"
        )
    }
}
