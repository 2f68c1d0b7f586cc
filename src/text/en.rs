//! English texts. Written for consultants and students; each rule cites its clause.

use super::{Catalog, Counted, Labels, thousands};
use crate::advice::{Basis, ConditionId, Form, FormReason, Hint, Post, RoleId, UnitId, Warning};
use crate::profile::{Kind, Level, ScaleSource, Setup};
use crate::scale::Scale;

pub struct English;

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
    list_separator: ", ",
    colon: ": ",
    duty: "Duty",
    requirement: "Requirement",
    manager_role: "Role",
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
            Counted::KeyAccounts => plural(n, "key account", "key accounts"),
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
}
