//! English texts. Written for consultants and students; each rule cites its clause.

use super::{Catalog, Counted, ExplainLabels, Labels, thousands};
use crate::advice::{
    Basis, ConditionId, Form, FormReason, GapDirection, Hint, Measure, Post, RoleId, Step, Trace,
    UnitId, Warning,
};
use crate::options::Topic;
use crate::profile::{Kind, Level, ScaleSource, Setup};
use crate::rules::Rules;
use crate::scale::Indicator;
use crate::scale::Scale;

pub struct English;

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
};

static LABELS: Labels = Labels {
    title: "Key-account organisation advice",
    source: "Profile",
    profile: "Enterprise",
    revenue: "Annual revenue",
    key_accounts: "Key accounts",
    kind: "Kind",
    scale: "Scale",
    conditions: "Conditions for a dedicated KAM unit (一)",
    condition: "Condition",
    value: "This firm",
    threshold: "Threshold",
    met: "Met",
    clause: "Clause",
    yes: "yes",
    no: "no",
    recommendation: "Recommendation",
    form: "Form",
    why: "Why",
    structure: "Structure",
    unit: "Unit",
    level: "Level",
    optional: "optional",
    staffing: "Staffing",
    role: "Role",
    count: "Count",
    basis: "Basis",
    headcount: "Headcount of the unit",
    kam_managers: "KAM managers",
    focus_executives: "Focus executives",
    not_in_headcount: "; assigned besides the unit's own staff",
    reporting_line: "Reporting line (二)1",
    duties: "Duties of the KAM unit (三)",
    requirements: "What KAM staff need (四)1",
    manager_roles: "The KAM manager's two roles (四)2",
    warnings: "Warnings",
    hints: "Hints",
    no_structure: "No unit to set up yet.",
    colon: ": ",
    duty: "Duty",
    requirement: "Requirement",
    manager_role: "Role",
    gap: "From today's setup",
    reasoning: "Reasoning",
    org_chart: "Organisation chart",
    next_steps: "Next steps",
};

static DUTIES: [&str; 7] = [
    "Set the firm's key-account strategy, plans and targets, and see that they are carried out.",
    "Guide, supervise and assess how key accounts are handled across the firm.",
    "Lay down service standards and working processes for key accounts, coordinate their day-to-day operation, and bring the departments together on one complete service offer for each account.",
    "Research and analyse the key-account market, meet the accounts regularly, collect what they need, and propose new services and marketing approaches in good time.",
    "Draw up key-account rules and preferential terms suited to each line of business and each kind of account, and guide the accounts in applying them.",
    "Keep the key-account records, report inside the firm, and give management a sound factual basis for decisions.",
    "Organise the training of the people who manage key accounts.",
];

static REQUIREMENTS: [&str; 6] = [
    "Knows each key account through and through: how it operates, earns money, is run, and reaches its market.",
    "Thinks strategically; can plan, organise marketing and administration, and write the management and action plans for an account.",
    "Knows the firm's products in depth and its business as a whole, and explains both well to the account.",
    "Communicates strongly: works through the firm's policies and the account's questions and puts what both sides know to use.",
    "Can talk with the account's top management, bring proposals fitted to its situation, and push the cooperation forward.",
    "Can train: much of key-account work is done by training the account's staff, so KAM staff must be the firm's trainers.",
];

static MANAGER_ROLES: [&str; 2] = [
    "The customer's adviser: knows the account's strengths and weaknesses, reads its competitive position, designs solutions to its problems, helps it reach its full potential, and speaks for it inside the firm.",
    "The firm's strategist: studies the industry and the account's needs, plans how to develop and manage the account within the firm's means, raises the account's value and satisfaction, and grows both businesses together.",
];

fn plural(n: u64, one: &str, many: &str) -> String {
    if n == 1 {
        format!("1 {one}")
    } else {
        format!("{} {many}", thousands(n))
    }
}

impl Catalog for English {
    fn labels(&self) -> &'static Labels {
        &LABELS
    }
    fn duties(&self) -> &'static [&'static str; 7] {
        &DUTIES
    }
    fn requirements(&self) -> &'static [&'static str; 6] {
        &REQUIREMENTS
    }
    fn manager_roles(&self) -> &'static [&'static str; 2] {
        &MANAGER_ROLES
    }

    fn form(&self, form: Form) -> &'static str {
        match form {
            Form::None => "no KAM unit yet",
            Form::Team => "KAM team (small cross-functional team)",
            Form::Department => "KAM department",
            Form::ServiceCenter => "KAM service centre",
            Form::Committee => "KAM committee",
        }
    }

    fn form_short(&self, form: Form) -> &'static str {
        match form {
            Form::None => "none yet",
            Form::Team => "team",
            Form::Department => "department",
            Form::ServiceCenter => "service centre",
            Form::Committee => "committee",
        }
    }

    fn condition(&self, id: ConditionId) -> &'static str {
        match id {
            ConditionId::Revenue => "Annual revenue",
            ConditionId::KeyAccounts => "Rated key accounts",
            ConditionId::StrategicPlan => "Unit is part of the strategic plan",
            ConditionId::AccountDevelopment => "Unit would grow and bind key accounts faster",
        }
    }

    fn unit(&self, id: UnitId) -> &'static str {
        match id {
            UnitId::Committee => "KAM committee",
            UnitId::ManagementCentre => "KAM management centre",
            UnitId::ServiceCentre => "KAM service centre",
            UnitId::EvaluationCentre => "KAM evaluation centre",
            UnitId::ManagementBody => "KAM management body",
            UnitId::Department => "KAM department",
            UnitId::Team => "KAM team",
        }
    }

    fn level(&self, level: Level) -> &'static str {
        match level {
            Level::National => "national",
            Level::Provincial => "provincial",
            Level::Prefecture => "prefecture",
            Level::County => "county",
        }
    }

    fn role(&self, id: RoleId) -> &'static str {
        match id {
            RoleId::KamManager => "KAM manager",
            RoleId::DepartmentStaff => "KAM department staff",
            RoleId::FocusExecutive => "Focus executive",
            RoleId::FinanceMember => "Member from finance",
            RoleId::SupplyMember => "Member from production/supply",
            RoleId::AfterSalesMember => "Member from after-sales service",
        }
    }

    fn post(&self, post: Post) -> &'static str {
        match post {
            Post::KamManagers => "KAM managers",
            Post::NationalSalesManager => "National sales manager",
            Post::VpMarketingSales => "VP of marketing and sales",
            Post::Ceo => "CEO",
        }
    }

    fn kind(&self, kind: Kind) -> &'static str {
        match kind {
            Kind::Enterprise => "enterprise",
            Kind::Group => "group enterprise",
            Kind::Multinational => "multinational group",
            Kind::PublicSector => "national industry body / state sector",
        }
    }

    fn scale(&self, scale: Scale) -> &'static str {
        match scale {
            Scale::Micro => "micro",
            Scale::Small => "small",
            Scale::Medium => "medium",
            Scale::Large => "large",
        }
    }

    fn setup(&self, setup: Setup) -> &'static str {
        match setup {
            Setup::None => "nobody in particular",
            Setup::Sales => "individual salespeople",
            Setup::Team => "a KAM team",
            Setup::Department => "a KAM department",
            Setup::ServiceCenter => "a KAM service centre",
            Setup::Committee => "a KAM committee",
        }
    }

    fn scale_source(&self, source: ScaleSource, industry: Option<&str>) -> String {
        match (source, industry) {
            (ScaleSource::Declared, _) => "declared".into(),
            (ScaleSource::Inferred, Some(row)) => format!("inferred by NBS 2017, row {row}"),
            (ScaleSource::Inferred, None) => "inferred by NBS 2017".into(),
        }
    }

    fn money(&self, yuan: u64) -> String {
        format!("CNY {}", thousands(yuan))
    }

    fn count_of(&self, n: u64, what: Counted) -> String {
        match what {
            Counted::People => plural(n, "person", "people"),
        }
    }

    fn verdict(&self, warranted: bool, met: usize, total: usize) -> String {
        if warranted {
            format!(
                "A dedicated KAM unit is warranted: {met} of the {total} conditions of (一) hold, and one is enough."
            )
        } else {
            format!(
                "No condition of (一) holds (0 of {total}): a dedicated KAM unit is not warranted yet."
            )
        }
    }

    fn reason(&self, reason: FormReason) -> String {
        match reason {
            FormReason::NoKeyAccounts => "The firm has not rated any key accounts, so there is nothing to organise yet; rating them comes first (一)2.".into(),
            FormReason::NotWarranted => "None of the four conditions of (一) holds, so a dedicated unit is not justified; the accounts are best looked after by the lightest form, a small cross-functional team (二)4.".into(),
            FormReason::LargeGroup(kind) => format!(
                "A large {} runs its key accounts through a KAM committee with a management, a service and an evaluation centre (二)1.",
                if kind == Kind::Multinational { "multinational group" } else { "group enterprise" }
            ),
            FormReason::PublicSector => "A national industry body or state-sector organisation sets up KAM service centres, tiered down its network where it has one (二)2.".into(),
            FormReason::LargeScale => "A large domestic enterprise sets up a KAM service centre to manage its key accounts (二)2.".into(),
            FormReason::MediumScale => "A medium-sized enterprise has fewer key accounts than a large one: a KAM department of 3-4 people, growing as accounts are added, fits it (二)3.".into(),
            FormReason::SmallScale(scale) => format!(
                "A {} enterprise has too few key accounts for a centre or a department; a small cross-functional team does the job (二)4.",
                self.scale(scale)
            ),
        }
    }

    fn basis(&self, basis: Basis) -> String {
        match basis {
            Basis::PerManager { accounts, per } => format!(
                "ceil({accounts} / {per}): a KAM manager looks after {per} accounts on average (二)1"
            ),
            Basis::SpreadOverTiers {
                accounts,
                per,
                tiers,
            } => format!(
                "ceil({accounts} / {per}) (二)1, placed across the {tiers} tiers as the business needs (二)2"
            ),
            Basis::DepartmentMinimum { base, managers } => format!(
                "the department starts at {base} people (二)3; {} leave {} for staff who grow into the role",
                plural(managers, "KAM manager", "KAM managers"),
                plural(base.saturating_sub(managers), "place", "places")
            ),
            Basis::FocusPerAccount { accounts } => format!(
                "one senior executive for each of the {} key accounts, close to the account's management (二)1",
                thousands(accounts)
            ),
            Basis::PerFunction { per } => {
                format!("{per} from this function, working with the account for good (二)4")
            }
        }
    }

    fn warning(&self, warning: Warning) -> String {
        match warning {
            Warning::GroupNotLarge { kind, scale } => format!(
                "The profile says {}, but its scale is {}: the KAM committee (二)1 is meant for large groups, so the advice follows the scale. Check `kind` and `scale`.",
                self.kind(kind),
                self.scale(scale)
            ),
            Warning::ScaleMismatch { declared, figures } => format!(
                "The declared scale is {}, but by the NBS 2017 table the profile's figures make the firm {}. The advice uses the declared scale; check `scale` against `employees`, `annual_revenue` and `total_assets`.",
                self.scale(declared),
                self.scale(figures)
            ),
            Warning::NetworkUnused { form } => format!(
                "`[network] levels` is given, but only a service centre (二)2 is built in tiers; the recommended {} does not use it.",
                self.form(form)
            ),
            Warning::FewerManagersThanTiers { managers, tiers } => format!(
                "{tiers} tiers need staff but the accounts call for only {}: tiers will share a manager until the accounts grow, or staff them as the business needs (二)2.",
                plural(managers, "KAM manager", "KAM managers")
            ),
        }
    }

    fn hint(&self, hint: Hint) -> String {
        match hint {
            Hint::RevenueShort { short_by, threshold } => format!(
                "Revenue is {} short of the {} of (一)1.",
                self.money(short_by),
                self.money(threshold)
            ),
            Hint::AccountsShort { short_by, threshold } => format!(
                "{} more rated key {} would reach the {threshold} of (一)2.",
                thousands(short_by),
                if short_by == 1 { "account" } else { "accounts" }
            ),
            Hint::RateAccountsFirst { threshold } => format!(
                "Rate the firm's key accounts first: from {threshold} rated accounts a dedicated unit is worth considering (一)2."
            ),
            Hint::FormOnceWarranted { form } => format!(
                "Once any condition of (一) holds, this firm's kind and scale point to a {} {}.",
                self.form(form),
                form.clause()
            ),
            Hint::HeadcountGrows { at_accounts, headcount, per } => format!(
                "At {} the unit grows to {} (one KAM manager per {per} accounts (二)1).",
                plural(at_accounts, "key account", "key accounts"),
                plural(headcount, "person", "people")
            ),
            Hint::CustomRules => "These figures use thresholds from a --rules file, not the chapter's own; `kam-advise rules` shows the chapter's.".into(),
        }
    }

    fn rules_header(&self) -> &'static str {
        "kam-advise rules: the thresholds applied to every profile.\n\
         The values below are in force; the chapter's own figures are the defaults.\n\
         Edit a value and pass this file with --rules FILE. A key left out keeps the chapter's figure."
    }

    fn rule_doc(&self, key: &str) -> &'static str {
        match key {
            "revenue_threshold_cny" => {
                "Annual revenue in yuan from which a dedicated KAM unit is worth setting up (chapter: 5000万). A money string such as \"5000万\" works too."
            }
            "key_accounts_threshold" => {
                "Rated key accounts from which a dedicated KAM unit is worth setting up (chapter: 6-10; the lower end counts)."
            }
            "accounts_per_manager" => {
                "Key accounts one KAM manager looks after on average (chapter: 9). At least 1."
            }
            "department_base_headcount" => {
                "People a KAM department starts with before it grows with the accounts (chapter: 3-4)."
            }
            "team_members_per_function" => {
                "Members each function (finance, production/supply, after-sales) puts into a small KAM team."
            }
            _ => "",
        }
    }

    fn rule_default_label(&self) -> &'static str {
        "chapter's figure"
    }

    fn trace(&self, trace: &Trace) -> String {
        let verdict = |applies: bool| if applies { "yes" } else { "no" };
        match trace {
            Trace::ScaleInferred { row, checks, scale } => {
                let sizes: Vec<String> = checks
                    .iter()
                    .map(|check| {
                        let bounds: Vec<String> = check
                            .bounds
                            .iter()
                            .map(|b| {
                                let (value, lower) = match b.indicator {
                                    Indicator::Employees => {
                                        (thousands(b.value), thousands(b.lower))
                                    }
                                    _ => (self.money(b.value), self.money(b.lower)),
                                };
                                let name = match b.indicator {
                                    Indicator::Employees => "employees",
                                    Indicator::Revenue => "revenue",
                                    Indicator::Assets => "total assets",
                                };
                                format!("{name} {value} {} {lower}", if b.met { "≥" } else { "<" })
                            })
                            .collect();
                        format!(
                            "{} needs all of: {}",
                            self.scale(check.scale),
                            bounds.join(", ")
                        )
                    })
                    .collect();
                format!(
                    "Scale by NBS 2017, row `{row}`: {} → {}.",
                    sizes.join("; "),
                    self.scale(*scale)
                )
            }
            Trace::Condition(c) => {
                let shown = |m: Measure| match m {
                    Measure::Yuan(y) => self.money(y),
                    Measure::Count(n) => thousands(n),
                    Measure::Flag(b) => b.to_string(),
                };
                let compare = match c.value {
                    Measure::Flag(_) => format!("{} = {}", c.id, shown(c.value)),
                    _ => format!(
                        "{} {} {}",
                        shown(c.value),
                        if c.met { "≥" } else { "<" },
                        shown(c.threshold)
                    ),
                };
                format!(
                    "{} {}: {compare} → {}.",
                    c.id.clause(),
                    self.condition(c.id),
                    if c.met { "met" } else { "not met" }
                )
            }
            Trace::FormRule {
                rule,
                applies,
                key_accounts,
                warranted,
                kind,
                scale,
            } => {
                let a = verdict(*applies);
                match rule {
                    1 => format!(
                        "Rule 1 (一)2: no key accounts rated? key_accounts = {key_accounts} → {a}."
                    ),
                    2 => format!(
                        "Rule 2 (一): no condition met? {} → {a}{}.",
                        if *warranted {
                            "at least one is met"
                        } else {
                            "none is met"
                        },
                        if *applies {
                            ": the smallest form, a team (二)4"
                        } else {
                            ""
                        }
                    ),
                    3 => format!(
                        "Rule 3 (二)1: a large group or multinational? kind = {kind}, scale = {scale} → {a}{}.",
                        if *applies { ": KAM committee" } else { "" }
                    ),
                    4 => format!(
                        "Rule 4 (二)2: public sector, or large? kind = {kind}, scale = {scale} → {a}{}.",
                        if *applies { ": KAM service centre" } else { "" }
                    ),
                    5 => format!(
                        "Rule 5 (二)3: medium-sized? scale = {scale} → {a}{}.",
                        if *applies { ": KAM department" } else { "" }
                    ),
                    _ => format!(
                        "Rule 6 (二)4: small or micro? scale = {scale} → {a}{}.",
                        if *applies {
                            ": small cross-functional team"
                        } else {
                            ""
                        }
                    ),
                }
            }
            Trace::KamManagers {
                accounts,
                per,
                managers,
            } => {
                format!("KAM managers = ceil({accounts} / {per}) = {managers} (二)1.")
            }
            Trace::DepartmentHeadcount {
                base,
                managers,
                headcount,
            } => {
                format!("Department headcount = max({base}, {managers}) = {headcount} (二)3.")
            }
            Trace::FocusExecutives { accounts } => {
                format!("Focus executives = key accounts = {accounts} (二)1.")
            }
        }
    }

    fn gap_summary(&self, current: Setup, form: Form, direction: GapDirection) -> String {
        let today = self.setup(current);
        match direction {
            GapDirection::Wait => format!(
                "Today key accounts are with {today}; there is nothing to organise until key accounts are rated."
            ),
            GapDirection::Build => format!(
                "Today key accounts are with {today}; a {} is to be built.",
                self.form(form)
            ),
            GapDirection::Grow => format!(
                "Today the firm has {today}; it is to grow into a {}.",
                self.form(form)
            ),
            GapDirection::Same => {
                format!("Today the firm already has {today}, the recommended form.")
            }
            GapDirection::Reduce => format!(
                "Today the firm has {today}, more than the {} the chapter asks for at its size.",
                self.form(form)
            ),
        }
    }

    fn salespeople_warning(&self) -> &'static str {
        "Key accounts sit with individual salespeople: they hold the customer resources and the firm does not use them — the situation the chapter opens by warning about (§2 intro)."
    }

    fn explain_labels(&self) -> &'static ExplainLabels {
        &EXPLAIN
    }

    fn topic_title(&self, topic: Topic) -> &'static str {
        match topic {
            Topic::Conditions => "(一) When a dedicated KAM unit is warranted",
            Topic::Forms => "(二) Which form: the rules in the order they are checked",
            Topic::Staffing => "How the unit is staffed",
            Topic::Duties => "(三) The seven duties of a KAM unit",
            Topic::Requirements => "(四) What KAM staff need, and the KAM manager's two roles",
            Topic::Scale => "The size of the firm: NBS 2017 (统计上大中小微型企业划分办法)",
        }
    }

    fn topic_note(&self, topic: Topic) -> &'static str {
        match topic {
            Topic::Conditions => {
                "Any one condition is enough. Without any, the firm is advised the smallest form, a team, and shown how far it is from each threshold."
            }
            Topic::Forms => {
                "The first rule that applies decides. A group or multinational that is not large gets the form of its size, with a warning."
            }
            Topic::Staffing | Topic::Duties | Topic::Requirements => "",
            Topic::Scale => {
                "X employees (people); Y operating revenue and Z total assets in 万元 (CNY 10,000). A firm is the largest size all of whose bounds it meets; micro otherwise. A declared `scale` wins, but a contradiction with the figures is warned about."
            }
        }
    }

    fn condition_rule(&self, id: ConditionId, rules: &Rules) -> String {
        match id {
            ConditionId::Revenue => format!(
                "annual revenue ≥ {}",
                self.money(rules.revenue_threshold_cny)
            ),
            ConditionId::KeyAccounts => format!(
                "rated key accounts ≥ {} (the chapter: 6-10)",
                rules.key_accounts_threshold
            ),
            ConditionId::StrategicPlan => "[strategy] strategic_plan = true".into(),
            ConditionId::AccountDevelopment => "[strategy] account_development = true".into(),
        }
    }

    fn form_rule(&self, rule: u8) -> &'static str {
        match rule {
            1 => "no key accounts rated yet",
            2 => "no condition of (一) holds",
            3 => "a group or multinational, and large",
            4 => "a national industry body or state sector; or any large firm",
            5 => "medium-sized",
            _ => "small or micro",
        }
    }

    fn staffing_rules(&self, rules: &Rules) -> Vec<Vec<String>> {
        let per = rules.accounts_per_manager;
        let base = rules.department_base_headcount;
        let members = rules.team_members_per_function;
        vec![
            vec!["KAM managers".into(), format!("ceil(key accounts / {per}): one manager looks after {per} accounts on average"), "(二)1".into()],
            vec!["Department".into(), format!("max({base}, KAM managers): 3-4 people, growing with the accounts"), "(二)3".into()],
            vec!["Committee".into(), "a focus executive from senior management for each key account, besides the unit's staff".into(), "(二)1".into()],
            vec!["Committee".into(), "KAM managers → national sales manager → VP of marketing and sales → CEO".into(), "(二)1".into()],
            vec!["Service centre".into(), "national and provincial: management body; prefecture: service centre; county: optional; staff as the business needs".into(), "(二)2".into()],
            vec!["Team".into(), format!("the KAM manager(s) plus {members} each from finance, production/supply and after-sales service, staying with the account"), "(二)4".into()],
        ]
    }

    fn init_header(&self) -> &'static str {
        "A kam-advise profile. Fill in your figures, then run: kam-advise THIS-FILE.toml\n\
         Lines starting with # are comments; remove the # to use an optional key."
    }

    fn init_comment(&self, key: &str) -> &'static str {
        match key {
            "name" => "The enterprise's name (required).",
            "annual_revenue" => {
                "Annual revenue (required): a number, or a string with 万, 亿, K, M or B, e.g. \"8000万\", \"1.2亿\", \"80M\".\n(一)1: from 5000万 a dedicated KAM unit is worth considering."
            }
            "key_accounts" => {
                "Key accounts the firm has rated (required). (一)2: from 6 a dedicated unit is worth considering."
            }
            "currency" => "The currency of the amounts; CNY unless said otherwise.",
            "cny_rate" => "CNY per one unit of `currency`; required when the currency is not CNY.",
            "kind" => {
                "enterprise | group | multinational | public-sector (a national industry body or state sector)."
            }
            "scale" => {
                "micro | small | medium | large. Leave it out to infer it from `industry` and the figures (NBS 2017)."
            }
            "industry" => {
                "The NBS 2017 row (slug or Chinese name), e.g. industry, retail, software-it, 工业. See `kam-advise explain scale`."
            }
            "employees" => "Employees; most NBS rows need it to infer the scale.",
            "total_assets" => {
                "Total assets; construction, real estate and leasing need it to infer the scale."
            }
            "current_setup" => {
                "Who looks after key accounts today: none | sales | team | department | service-center | committee."
            }
            "strategic_plan" => {
                "(一)3: a KAM unit is part of the firm's strategic or development plan."
            }
            "account_development" => {
                "(一)4: a unit would grow key accounts faster and deepen their trust in the firm."
            }
            "network" => {
                "For a multi-level organisation: its levels, top first (national, provincial, prefecture, county)."
            }
            _ => "",
        }
    }

    fn init_example_name(&self) -> &'static str {
        "Example Manufacturing Co."
    }

    fn issue(&self, issue: &crate::problem::Issue) -> String {
        issues::issue(issue)
    }

    fn batch_failed(&self, failed: usize, total: usize) -> String {
        format!("{failed} of {total} profiles failed")
    }

    fn usage(&self, usage: &crate::problem::Usage) -> String {
        issues::usage(usage)
    }

    fn output_failed(&self, failure: &crate::problem::OutputFailure) -> String {
        issues::output_failed(failure)
    }

    fn step(&self, step: Step) -> String {
        match step {
            Step::RateAccounts { threshold } => format!("Rate the key accounts first; once there are {threshold} or more, run the advice again (一)2."),
            Step::TakeAccountsFromSales => "Take the key accounts out of individual salespeople's hands: move each account's records, contacts and plans into the new unit, so that the firm holds and uses its customer resources (§2 intro).".into(),
            Step::NameOwner => "Name who answers for the key accounts until the unit stands.".into(),
            Step::AppointManagers { count, per } => format!(
                "Appoint {}, one per {per} accounts (二)1, chosen against the requirements of (四)1.",
                plural(count, "KAM manager", "KAM managers")
            ),
            Step::NameFunctionMembers { per } => format!("Name {per} from each of finance, production/supply and after-sales service to stay with the accounts (二)4."),
            Step::FillDepartment { headcount } => format!("Staff the KAM department to {} (二)3.", plural(headcount, "person", "people")),
            Step::SetUpServiceCentre => "Set up the KAM service centre (二)2.".into(),
            Step::SetUpTiers { tiers } => format!("Set up the {tiers} tiers: management bodies at national and provincial level, service centres below, the county one where the business needs it (二)2."),
            Step::FormCommittee => "Form the KAM committee with its management, service and evaluation centres (二)1.".into(),
            Step::AssignFocusExecutives { count } => format!("Give each of the {} key accounts a focus executive from senior management (二)1.", thousands(count)),
            Step::SetReportingLine => "Set the reporting line: KAM managers → national sales manager → VP of marketing and sales → CEO (二)1.".into(),
            Step::WriteDuties => "Write the seven duties (三)1-7 into the unit's mandate.".into(),
            Step::TrainStaff => "Plan the staff's training (三)7 against the six requirements (四)1 and the manager's two roles (四)2.".into(),
            Step::ReviewStaffing { managers, headcount } => format!(
                "Keep it; check that it has {} and {} in all (二).",
                plural(managers, "KAM manager", "KAM managers"),
                plural(headcount, "person", "people")
            ),
            Step::KeepOrFold { current, form } => format!(
                "Keep {} only if it pays for itself — cost is a reason the chapter names for holding back (§2 intro); otherwise fold it into a {} {}.",
                self.setup(current),
                self.form(form),
                form.clause()
            ),
        }
    }
}

/// Problems with input, in English. These are also what `Display` prints.
mod issues {
    use crate::money::{ACCEPTED_UNITS, MoneyError};
    use crate::problem::{
        Expected, Found, IoFailure, Issue, KeyHint, OutputFailure, Unreadable, Usage, backticked,
    };
    use crate::profile::Level;

    fn found(found: &Found) -> String {
        match found {
            Found::Str(s) => format!("the string \"{s}\""),
            Found::Integer(i) => format!("the integer {i}"),
            Found::Number(n) => format!("the number {n}"),
            Found::Boolean(b) => format!("the boolean {b}"),
            Found::Date => "a date".into(),
            Found::Array => "an array".into(),
            Found::Table => "a table".into(),
        }
    }

    fn money_error(error: &MoneyError) -> String {
        match error {
            MoneyError::Negative => "must not be negative".into(),
            MoneyError::NotFinite => "must be a finite number (not nan or inf)".into(),
            MoneyError::Empty => "is empty".into(),
            MoneyError::Malformed => "is not an amount: write digits (separators `_` or `,` between digits allowed), an optional decimal point and an optional unit".into(),
            MoneyError::UnknownUnit(unit) => format!("has an unknown unit `{unit}`"),
            MoneyError::TooLarge => "is too large to compute with".into(),
        }
    }

    fn near(near: Option<&str>) -> String {
        near.map(|n| format!("did you mean `{n}`? "))
            .unwrap_or_default()
    }

    pub fn issue(issue: &Issue) -> String {
        match issue {
            Issue::FileTooLarge { kib } => format!("the file is larger than {kib} KiB; a profile or rules file is a short TOML file"),
            Issue::Utf16 => "the file is UTF-16 text; save it as UTF-8".into(),
            Issue::NotUtf8 => "the file is not valid UTF-8 text; save it as UTF-8".into(),
            Issue::Syntax { message, at } => match at {
                Some(at) => format!("invalid TOML: {message} (at `{at}`)"),
                None => format!("invalid TOML: {message}"),
            },
            Issue::UnknownKey { key, table, hint } => {
                let place = table.map(|t| format!(" in [{t}]")).unwrap_or_default();
                let hint = match hint {
                    KeyHint::BelongsIn(t) => format!("it belongs in the [{t}] table: write `[{t}]` on a line before `{key} = ...`"),
                    KeyHint::DidYouMean(near) => format!("did you mean `{near}`?"),
                    KeyHint::Keys(keys) => format!("the keys are {}", backticked(keys)),
                };
                format!("unknown key `{key}`{place}: {hint}")
            }
            Issue::WrongType { key, expected, found: f } => {
                let f = found(f);
                match expected {
                    Expected::String => format!("`{key}` must be a string in quotes, found {f}"),
                    Expected::Boolean => format!("`{key}` must be true or false, found {f}"),
                    Expected::WholeNumber => format!("`{key}` must be a whole number (0 or more, no quotes), found {f}"),
                    Expected::Amount => format!("`{key}` must be an amount such as 8000万, \"1.2亿\" or 80000000, found {f}"),
                    Expected::Table => format!("`{key}` must be a table (a `[{key}]` section), found {f}"),
                    Expected::Array => format!("`{key}` must be an array of levels, found {f}"),
                }
            }
            Issue::Negative { key, found } => format!("`{key}` must be 0 or more, found {found}"),
            Issue::NumberTooLarge { key, found } => format!("`{key}` is too large, found {found}"),
            Issue::UnusableNumber { key, found: f } => format!("`{key}` is not a usable whole number, found {}", found(f)),
            Issue::Money { key, error, found: f } => {
                let units = match error {
                    MoneyError::Malformed | MoneyError::UnknownUnit(_) => format!("; accepted units: {ACCEPTED_UNITS}"),
                    _ => String::new(),
                };
                format!("`{key}` {}, found {}{units}", money_error(error), found(f))
            }
            Issue::UnknownValue { key, value, near: n, valid } => format!(
                "`{key}` has an unknown value \"{value}\": {}the valid values are {}",
                near(*n),
                backticked(valid)
            ),
            Issue::UnknownIndustry { value, near: n, valid } => format!(
                "`industry` has an unknown value \"{value}\": {}the valid values are {} (or the Chinese name of the NBS row, e.g. 工业)",
                near(*n),
                backticked(valid)
            ),
            Issue::Missing { key } => {
                let example = match *key {
                    "name" => "the enterprise's name, e.g. name = \"华东精密机械有限公司\"",
                    "annual_revenue" => "e.g. annual_revenue = \"8000万\"",
                    _ => "the number of key accounts the firm has rated, e.g. key_accounts = 12",
                };
                format!("missing required key `{key}` ({example})")
            }
            Issue::EmptyName => "`name` must not be empty".into(),
            Issue::ControlCharacters => "`name` must be one line of text without control characters".into(),
            Issue::BadCurrency { written } => format!("`currency` must be a three-letter ISO code such as CNY, USD or EUR, found \"{written}\""),
            Issue::ZeroRate => "`cny_rate` must be more than 0 (CNY per one unit of `currency`)".into(),
            Issue::RateWithCny => "`cny_rate` applies only when `currency` is not CNY: remove it, or set `currency` to the code the amounts are in".into(),
            Issue::RateRequired { currency } => format!("`currency` is {currency}, so `cny_rate` is required: add the CNY value of one {currency}, e.g. cny_rate = 7.1"),
            Issue::YuanOverflow { key, error } => format!("`{key}` in yuan {} (over {} yuan)", money_error(error), u64::MAX),
            Issue::Finance => "`industry`: finance (金融业) is not covered by the NBS 2017 size classification; remove `industry` and declare `scale` instead".into(),
            Issue::NetworkWithoutLevels => "`[network]` needs `levels`, e.g. levels = [\"national\", \"provincial\", \"prefecture\"]".into(),
            Issue::LevelsEmpty => format!("`network.levels` is empty: list the levels the organisation has, top first, from {}", Level::valid_list()),
            Issue::LevelOrder { level, repeated } => format!(
                "`network.levels`: \"{level}\" {}; list each level once, top first: {}",
                if *repeated { "repeats" } else { "is out of order" },
                Level::valid_list()
            ),
            Issue::ScaleNotInferable => "`scale` is not given and cannot be inferred without `industry`: add `scale` (micro, small, medium, large) or `industry` with the figures its NBS 2017 row needs".into(),
            Issue::FigureMissing { key, row, row_name, needs } => format!(
                "`{key}` is missing: `scale` is not given, and inferring it by the NBS 2017 row `{row}` ({row_name}) needs {}; add `{key}` or declare `scale`",
                backticked(needs)
            ),
            Issue::RuleNonsense { key } => match *key {
                "accounts_per_manager" => "`accounts_per_manager` must be at least 1: a KAM manager looks after one account or more".into(),
                "key_accounts_threshold" => "`key_accounts_threshold` must be at least 1: with 0 every firm would qualify, even one without key accounts".into(),
                _ => format!("`{key}` must be at least 1: a department has people"),
            },
            Issue::Unreadable { what, error } => {
                let error = io_failure(error);
                match what {
                    Unreadable::Profile => format!("could not read profile: {error}"),
                    Unreadable::Rules => format!("could not read rules file: {error}"),
                    Unreadable::Directory => format!("could not read directory: {error}"),
                    Unreadable::Stdin => format!("could not read standard input: {error}"),
                }
            }
            Issue::EmptyDirectory => "no *.toml profiles directly inside this directory".into(),
            Issue::StdinTwice => "standard input can be read only once".into(),
        }
    }

    /// Why a read or a write failed, in words; the system's own message only for
    /// the rare failures without a name here.
    fn io_failure(failure: &IoFailure) -> String {
        match failure {
            IoFailure::NotFound => "file not found".into(),
            IoFailure::IsDirectory => "it is a directory, not a file".into(),
            IoFailure::NotADirectory => "a part of the path is a file, not a directory".into(),
            IoFailure::PermissionDenied => "permission denied".into(),
            IoFailure::InvalidName => {
                "the name is not valid here (too long, or characters the file system refuses)"
                    .into()
            }
            IoFailure::StorageFull => "no space left on device".into(),
            IoFailure::ReadOnly => "the file system is read-only".into(),
            IoFailure::Other { message, .. } => message.clone(),
        }
    }

    /// "a", "a or b", "a, b or c".
    fn or_list(words: &[&str]) -> String {
        match words {
            [] => String::new(),
            [one] => (*one).to_string(),
            [rest @ .., last] => format!("{} or {last}", rest.join(", ")),
        }
    }

    pub fn usage(usage: &Usage) -> String {
        match usage {
            Usage::NoProfile => "no PROFILE given: name a profile file, a directory of profiles, or - for standard input \
                 (`kam-advise init > client.toml` writes one to start from)"
                .into(),
            Usage::NotApplicable { option, command } => {
                let why = match *option {
                    "--why" => "only the advice on profiles shows its reasoning (kam-advise PROFILE... --why)",
                    "--rules" => "a new profile uses no thresholds",
                    "--format" => "it writes a TOML profile only",
                    _ => "leave it out",
                };
                format!("`{option}` does not apply to `{command}`: {why}")
            }
            Usage::FormatNotApplicable {
                format,
                command,
                valid,
            } => {
                let what = command.map_or("the advice on profiles".to_string(), |c| format!("`{c}`"));
                format!("`--format {format}` does not apply to {what}: use {}", or_list(valid))
            }
            Usage::GivenTwice { option, command } => {
                format!("`{option}` is given both before and after `{command}`: give it once")
            }
            Usage::GenerateAlone { command } => format!(
                "`--generate` cannot be used with `{command}`: it only writes completions or the man page"
            ),
        }
    }

    pub fn output_failed(failure: &OutputFailure) -> String {
        match failure {
            OutputFailure::Stdout(error) => {
                format!("cannot write to standard output: {}", io_failure(error))
            }
            OutputFailure::Json(message) => {
                format!("could not write the report as JSON: {message}")
            }
        }
    }
}
