//! English texts, for consultants and students; each rule cites its clause. Split by
//! topic: names here, the advice's sentences in `advice`, the chapter's general texts in
//! `chapter`, `explain`/`rules`/`init` in `explain`, input problems in `issues` below.

mod advice;
mod chapter;
mod document;
mod explain;
mod interview;
mod sheet;

use super::{IssueText, Labels, Words, group_digits, thousands, yuan_digits};
use crate::advice::{ConditionId, Form, FormRule, Post, Role, RoleId, TeamFunction, UnitKind};
use crate::money::Decimal;
use crate::profile::{Kind, Level, ScaleSource, Setup};
use crate::rules::Source;
use crate::scale::{BoundCheck, Indicator, IndustryRow, Scale};

pub struct English;

static LABELS: Labels = Labels {
    title: "Key-account organisation advice",
    source: "Profile",
    profile: "Organisation",
    revenue: "Annual revenue",
    key_accounts: "Key accounts",
    kind: "Kind",
    scale: "Scale",
    conditions: "Conditions for considering a dedicated KAM unit (一)",
    condition: "Condition",
    value: "Actual",
    threshold: "Threshold",
    met: "Met",
    clause: "Clause",
    yes: "yes",
    no: "no",
    recommendation: "Recommendation",
    form: "Form",
    rule: "Rule",
    why: "Why",
    structure: "Structure",
    optional: "optional",
    staffing: "Staffing",
    role: "Role",
    count: "Count",
    basis: "Basis",
    source_of_figure: "Source",
    headcount: "Headcount of the unit",
    kam_managers: "KAM managers",
    focus_executives: "Focus executives (optional)",
    unstated_flag: "not stated",
    not_in_headcount: "not in the headcount",
    reporting_line: "Reporting line (二)1",
    duties: "Duties of the KAM unit (三)",
    requirements: "What KAM staff need (四)1",
    manager: "The KAM manager (四)2",
    manager_responsibility: "Main responsibility",
    manager_abilities: "Abilities",
    manager_roles: "Two key roles",
    warnings: "Warnings",
    hints: "Hints",
    colon: ": ",
    list_separator: ", ",
    duty: "Duty",
    requirement: "Requirement",
    manager_role: "Role",
    gap: "From today's setup",
    opening_reasons: "Reasons firms give for having no unit (the chapter's opening)",
    reasoning: "Reasoning",
    org_chart: "Organisation chart",
    next_steps: "Next steps",
    steps: "Steps",
    top_management: "Top management",
    chart_legend_unit: "KAM unit",
    chart_legend_people: "people",
    chart_legend_optional: "optional, decided locally",
    not_given: "not given",
    paren_open: " (",
    paren_close: ")",
    clause_separator: "; ",
    sentence_gap: " ",
    title_dash: " — ",
    each_prefix: " ≥",
    each_suffix: " each",
    headcount_managers_only: "Headcount (the service centres' KAM managers)",
    headcount_not_estimated: "not estimated (the number of service centres is not given; each is staffed as the business needs)",
};

/// "1 person", "3 people", "1,000 key accounts".
pub fn plural(n: u64, one: &str, many: &str) -> String {
    if n == 1 {
        format!("1 {one}")
    } else {
        format!("{} {many}", thousands(n))
    }
}

/// "a" or "an" before a word.
pub fn article(word: &str) -> &'static str {
    if word.starts_with(['a', 'e', 'i', 'o', 'u', 'A', 'E', 'I', 'O', 'U']) {
        "an"
    } else {
        "a"
    }
}

impl Words for English {
    fn lang(&self) -> super::Lang {
        super::Lang::En
    }

    fn labels(&self) -> &'static Labels {
        &LABELS
    }

    fn form(&self, form: Form) -> &'static str {
        match form {
            Form::None => "no dedicated KAM unit for now",
            Form::Team => "KAM team (small cross-functional team)",
            Form::Department => "KAM department",
            Form::ServiceCenter => "KAM service centre",
            Form::Committee => "KAM committee",
        }
    }

    fn form_short(&self, form: Form) -> &'static str {
        match form {
            Form::None => "no unit",
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
            ConditionId::StrategicPlan => "Considered for strategy and development",
            ConditionId::AccountDevelopment => "A unit would develop key accounts faster",
        }
    }

    fn unit(&self, kind: UnitKind, level: Option<Level>) -> String {
        let name = match kind {
            UnitKind::Committee => "KAM committee",
            UnitKind::ManagementCenter => "KAM management centre",
            UnitKind::ServiceCenter => "KAM service centre",
            UnitKind::EvaluationCenter => "KAM evaluation centre",
            UnitKind::ManagementBody => "KAM management body",
            UnitKind::Department => "KAM department",
            UnitKind::Team => "KAM team",
        };
        match level {
            Some(level) => format!("{} {name}", self.level(level)),
            None => name.to_string(),
        }
    }

    fn level(&self, level: Level) -> &'static str {
        match level {
            Level::National => "national",
            Level::Provincial => "provincial",
            Level::Prefecture => "prefecture-level",
            Level::County => "county-level",
        }
    }

    fn role(&self, role: &Role) -> String {
        match (role.id, &role.function) {
            (RoleId::TeamMember, Some(function)) => match function {
                TeamFunction::Finance => "Member for the customer's finance department".into(),
                TeamFunction::Purchasing => {
                    "Member for the customer's purchasing department".into()
                }
                TeamFunction::Production => {
                    "Member for the customer's production department".into()
                }
                TeamFunction::AfterSales => "Member for the customer's after-sales service".into(),
                TeamFunction::Named(name) => format!("Member from {name}"),
            },
            (id, _) => match id {
                RoleId::CommitteeMember => "Committee members: top managers, part-time",
                RoleId::KamManager => "KAM manager",
                RoleId::KamSpecialist => "KAM specialist",
                RoleId::ServiceCenterStaff => "Service centre staff",
                RoleId::EvaluationCenterStaff => "Evaluation centre staff",
                RoleId::FocusExecutive => "Focus executive",
                RoleId::TeamMember => "Team member",
                RoleId::NamedManager => "Named manager, part-time",
            }
            .into(),
        }
    }

    fn post(&self, post: Post) -> &'static str {
        match post {
            Post::KamManager => "KAM managers",
            Post::NationalSalesManager => "national sales manager",
            Post::VpMarketingSales => "VP of marketing and sales",
            Post::Ceo => "CEO",
        }
    }

    fn kind(&self, kind: Kind) -> &'static str {
        match kind {
            Kind::Enterprise => "enterprise",
            Kind::Group => "group",
            Kind::Multinational => "multinational group",
            Kind::PublicSector => "state-sector body",
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
            Setup::None => "no one in particular",
            Setup::Sales => "individual salespeople",
            Setup::SalesDepartment => "the sales department",
            Setup::Team => "a KAM team",
            Setup::Department => "a KAM department",
            Setup::ServiceCenter => "a KAM service centre",
            Setup::Committee => "a KAM committee",
        }
    }

    fn scale_source(&self, source: ScaleSource, industry: Option<&IndustryRow>) -> String {
        match (source, industry) {
            (ScaleSource::Declared, _) => "declared".into(),
            (ScaleSource::Inferred, Some(row)) => {
                format!("inferred by NBS 2017; sector: {}", self.industry(row))
            }
            (ScaleSource::Inferred, None) => "inferred by NBS 2017".into(),
            (ScaleSource::None, _) => "not needed for this kind".into(),
        }
    }

    fn industry(&self, row: &IndustryRow) -> &'static str {
        row.en_name
    }

    fn source(&self, source: Source) -> &'static str {
        match source {
            Source::Chapter => "the chapter's figure",
            Source::Derived => "derived from the chapter",
            Source::Assumption => "the tool's assumption",
            Source::RulesFile => "from your rules file",
        }
    }

    fn money(&self, yuan: u64) -> String {
        format!("CNY {}", thousands(yuan))
    }

    fn money_exact(&self, amount: Decimal, places: u32) -> String {
        format!("CNY {}", yuan_digits(amount, places))
    }

    fn foreign_money(&self, amount: &str, currency: &str, rate: &str, yuan: u64) -> String {
        let amount = amount.split_once('.').map_or_else(
            || group_digits(amount),
            |(w, f)| format!("{}.{f}", group_digits(w)),
        );
        format!("{currency} {amount} = {} (at {rate})", self.money(yuan))
    }

    fn rule_title(&self, rule: FormRule) -> &'static str {
        match rule {
            FormRule::NoKeyAccounts => "no rated key accounts",
            FormRule::NoConditionMet => "no condition met",
            FormRule::Multinational => "multinational group",
            FormRule::LargeGroup => "large group",
            FormRule::PublicSector => "state-sector body",
            FormRule::LargeEnterprise => "large enterprise",
            FormRule::MediumScale => "medium-sized firm",
            FormRule::SmallManyAccounts => "small or micro firm with several key accounts",
            FormRule::SmallScale => "small or micro firm",
        }
    }

    fn rule_name(&self, rule: FormRule) -> String {
        format!("Rule {} ({})", rule.number(), self.rule_title(rule))
    }

    fn with_clause(&self, name: &str, clause: &str) -> String {
        format!("{name} {clause}")
    }

    fn bound_check(&self, b: &BoundCheck) -> String {
        let (name, lower, value) = match b.indicator {
            Indicator::Employees => ("employees", thousands(b.lower), thousands(b.value)),
            Indicator::Revenue => ("revenue", self.money(b.lower), self.money(b.value)),
            Indicator::Assets => ("total assets", self.money(b.lower), self.money(b.value)),
        };
        let met = if b.met { "met" } else { "not met" };
        format!("{name} ≥ {lower}, the firm has {value}: {met}")
    }

    fn size_check(&self, scale: Scale, bounds: &[String]) -> String {
        format!("To be {}: {}", self.scale(scale), bounds.join("; "))
    }

    fn people(&self, n: u64) -> String {
        plural(n, "person", "people")
    }

    fn staff_count(&self, n: u64) -> String {
        thousands(n)
    }

    fn managers_guide(&self, n: u64, per_center: u64) -> String {
        format!(
            "at least {} by the average load, with at least {per_center} at each service centre",
            thousands(n)
        )
    }
}

impl IssueText for English {
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
}

/// Why a read or a write failed, in English (for the texts of other parts, such as
/// the class kit's, which say it in their own sentences).
pub fn io_failure(failure: &crate::problem::IoFailure) -> String {
    issues::io_failure(failure)
}

/// Problems with input, in English. These are also what `Display` prints.
mod issues {
    use crate::money::MoneyError;
    use crate::problem::{
        Expected, Found, IoFailure, Issue, KeyHint, OutputFailure, Unreadable, Usage, backticked,
    };
    use crate::profile::{Level, ProfileKey};
    use crate::rules::RuleKey;

    fn found(found: &Found) -> String {
        match found {
            Found::Str(s) => format!("the string \"{s}\""),
            Found::Integer(i) => format!("the integer {i}"),
            Found::Number(n) => format!("the number {n}"),
            Found::Boolean(b) => format!("the boolean {b}"),
            Found::Date => "a date".into(),
            Found::Array => "an array".into(),
            Found::Table => "a table".into(),
            Found::Shown(cell) => {
                format!(
                    "the number {}, shown by its cell's format as \"{}\"",
                    cell.number, cell.shown
                )
            }
        }
    }

    fn money_error(error: &MoneyError) -> String {
        match error {
            MoneyError::Negative => "must not be negative".into(),
            MoneyError::NotFinite => "must be a finite number (not `nan` or `inf`)".into(),
            MoneyError::Empty => "is empty".into(),
            MoneyError::Malformed => "is not an amount".into(),
            MoneyError::UnknownUnit(unit) => format!("has an unknown unit `{unit}`"),
            MoneyError::TooLarge => "is too large to compute with".into(),
            MoneyError::TooLong => format!(
                "is longer than any amount is written (more than {} characters)",
                crate::money::MAX_TEXT_CHARS
            ),
            MoneyError::TooSmall => format!(
                "is too small to compute with (nothing in its first {} decimal places)",
                crate::money::MAX_DECIMALS
            ),
            MoneyError::SignMismatch {
                sign,
                sign_currency,
                currency,
            } => {
                format!("has the sign `{sign}`, which is for {sign_currency}, not {currency}")
            }
            MoneyError::NameMismatch {
                name,
                name_currency,
                currency,
            } => format!("names {name_currency} (`{name}`), not {currency}"),
            MoneyError::ElidedUnit(_) => "leaves out the unit of its last digits".into(),
        }
    }

    /// The forms an amount may take, for errors about one.
    /// The refusal's short list: a few examples and where the full grammar is.
    fn accepted_forms() -> String {
        "write it like \"8000万\", \"1.2亿元\", \"RMB 80 million\" or \"80M\" \
         (`kam-advise explain money` lists every form)"
            .to_string()
    }

    /// What to set for an amount in another currency.
    fn set_currency(named: &str) -> String {
        if named == "CNY" {
            "; for an amount in CNY, set `currency = \"CNY\"` and remove `cny_rate`, or leave the currency out of the amount".into()
        } else {
            let example = if named == "USD" {
                " (e.g. `cny_rate = 7.1`)"
            } else {
                ""
            };
            format!(
                "; for an amount in {named}, set `currency = \"{named}\"` and `cny_rate` to the CNY value of one {named}{example}"
            )
        }
    }

    fn near(near: Option<&str>) -> String {
        near.map(|n| format!("did you mean `{n}`? "))
            .unwrap_or_default()
    }

    pub(super) fn issue(issue: &Issue) -> String {
        match issue {
            Issue::FileTooLarge { kib } => format!("the file is larger than {kib} KiB; a profile or rules file is a short TOML file"),
            Issue::LogoTooLarge { kib } => format!("the logo is larger than {kib} KiB; use a smaller image"),
            Issue::LogoNotImage => "the logo is not a PNG, JPEG or SVG image".into(),
            Issue::Utf16 => "the file is UTF-16 text; save it as UTF-8".into(),
            Issue::Utf32 => "the file is UTF-32 text; save it as UTF-8".into(),
            Issue::MoreProblems { count } => format!("and {count} more problems, not listed (the first 100 are): fix these and run again"),
            Issue::NulByte => "a NUL byte: the file is binary data, not TOML text".into(),
            Issue::NotUtf8 => "the file is not valid UTF-8 text; save it as UTF-8".into(),
            Issue::Syntax { message, at } => match at {
                Some(at) => format!("invalid TOML: {message} (at `{at}`)"),
                None => format!("invalid TOML: {message}"),
            },
            Issue::UnknownKey { key, table, hint } => {
                let place = table.map(|t| format!(" in `[{t}]`")).unwrap_or_default();
                let hint = match hint {
                    KeyHint::BelongsIn(t) => format!("it belongs in the `[{t}]` table: write `[{t}]` on a line before `{key} = ...`"),
                    KeyHint::DidYouMean(near) => format!("did you mean `{near}`?"),
                    KeyHint::Keys(keys) => format!("the keys are {}", backticked(keys)),
                };
                format!("unknown key `{key}`{place}: {hint}")
            }
            Issue::WrongType { key, expected, found: f } => {
                let f = found(f);
                match expected {
                    Expected::String => format!("`{key}` must be a string in quotes, found {f}"),
                    Expected::Boolean => format!("`{key}` must be true or false (or yes/no, 是/否), found {f}"),
                    Expected::WholeNumber => format!("`{key}` must be a whole number (0 or more, such as 12 or \"12\"), found {f}"),
                    Expected::Amount => format!("`{key}` must be an amount such as 8000万, \"1.2亿\" or 80000000, found {f}"),
                    Expected::Table => format!("`{key}` must be a table (a `[{key}]` section), found {f}"),
                    Expected::Array => format!("`{key}` must be a list in square brackets, found {f}"),
                }
            }
            Issue::Negative { key, found } => format!("`{key}` must be 0 or more, found {found}"),
            Issue::NumberTooLarge { key, found } => format!("`{key}` is too large (at most {}), found {found}", crate::text::thousands(crate::check::MAX_COUNT)),
            Issue::UnusableNumber { key, found: f } => format!("`{key}` is not a usable whole number, found {}", found(f)),
            Issue::Money { key, error, found: f } => {
                let units = match error {
                    MoneyError::Malformed | MoneyError::UnknownUnit(_) => format!("; {}", accepted_forms()),
                    MoneyError::SignMismatch { sign_currency: named, .. }
                    | MoneyError::NameMismatch { name_currency: named, .. } => set_currency(named),
                    MoneyError::ElidedUnit(readings) => format!(
                        "; is it {} or {}? Write that unit (两亿五千万) or 零 before the last digits (两亿零五)",
                        crate::text::yuan_digits(readings.scaled, 0),
                        crate::text::yuan_digits(readings.literal, 0)
                    ),
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
                let example = match key {
                    ProfileKey::Name => "the enterprise's name, e.g. `name = \"华东精密机械有限公司\"`",
                    ProfileKey::AnnualRevenue => "e.g. `annual_revenue = \"8000万\"`",
                    ProfileKey::KeyAccounts => "the number of key accounts the firm has rated, e.g. `key_accounts = 12`",
                    _ => "",
                };
                if example.is_empty() {
                    format!("missing required key `{key}`")
                } else {
                    format!("missing required key `{key}` ({example})")
                }
            }
            Issue::EmptyName => "`name` must not be empty".into(),
            Issue::NameTooLong { max } => format!("`name` is longer than {max} characters: write the organisation's name"),
            Issue::ControlCharacters => "`name` must be one line of text without control characters".into(),
            Issue::BadCurrency { written } => format!("`currency` must be a three-letter ISO code such as CNY, USD or EUR (RMB and 人民币 are CNY), found \"{written}\""),
            Issue::ZeroRate => "`cny_rate` must be more than 0 (CNY per one unit of `currency`)".into(),
            Issue::RateWithCny { alias } => match alias {
                None => "`cny_rate` applies only when `currency` is not CNY: remove it, or set `currency` to the code the amounts are in".into(),
                Some(alias) => format!("`cny_rate` applies only when `currency` is not CNY, and \"{alias}\" is CNY: remove `cny_rate`, or set `currency` to the code the amounts are in"),
            },
            Issue::RateRequired { currency } => format!("`currency` is {currency}, so `cny_rate` is required: add the CNY value of one {currency}, e.g. `cny_rate = 7.1`"),
            Issue::YuanOverflow { key, error } => format!("`{key}` in yuan {} (over {} yuan)", money_error(error), u64::MAX),
            Issue::Finance => "`industry`: finance (金融业) is not covered by the NBS 2017 size classification; remove `industry` and declare `scale` instead".into(),
            Issue::NetworkWithoutLevels => "`[network]` needs `levels`, e.g. `levels = [\"national\", \"provincial\", \"prefecture\"]`".into(),
            Issue::LevelsEmpty => format!("`network.levels` is empty: list the levels the organisation has, top first, from {}", Level::valid_list()),
            Issue::CountForMissingLevel { level } => format!("`network.counts` gives a count for \"{level}\", which `network.levels` does not list: add the level or remove its count"),
            Issue::ZeroCount { key } => format!("`{key}` must be at least 1: give only the levels that have units"),
            Issue::FunctionRepeated { found } => format!("`team.functions` names \"{found}\" twice: list each function once (a function sends its members once)"),
            Issue::FunctionNameBlank => "`team.functions` has a blank name (empty, only spaces, or only control or invisible characters): name each function, e.g. \"finance\"".into(),
            Issue::FunctionNameHidden { found } => format!("`team.functions`: \"{found}\" holds a control or invisible character (shown as \\u{{...}}): write the name as plain text"),
            Issue::RepeatedCount { level } => format!("`network.counts` gives \"{level}\" more than once (however it is written: its id in any letter case and its Chinese name are the same level): give each level's count once"),
            Issue::TeamWithoutFunctions => "`[team]` needs `functions`, a list of the firm's functions that send members, e.g. functions = [\"finance\", \"after-sales service\"]".into(),
            Issue::LevelOrder { level, repeated } => format!(
                "`network.levels`: \"{level}\" {}; list each level once, top first: {}",
                if *repeated { "repeats" } else { "is out of order" },
                Level::valid_list()
            ),
            Issue::ScaleNotInferable => "`scale` is not given and cannot be inferred without `industry`: add `scale` (`micro`, `small`, `medium`, `large`) or `industry` with the figures its NBS 2017 row needs".into(),
            Issue::FigureMissing { key, row, row_name, needs } => format!(
                "`{key}` is missing: `scale` is not given, and inferring it by the NBS 2017 row `{row}` ({row_name}) needs {}; add `{key}` or declare `scale`",
                backticked(&needs.iter().map(|k| k.slug()).collect::<Vec<_>>())
            ),
            Issue::RuleNonsense { key } => match key {
                RuleKey::AccountsPerManager => "`accounts_per_manager` must be at least 1: a KAM manager looks after one account or more".into(),
                RuleKey::KeyAccountsThreshold => "`key_accounts_threshold` must be at least 1: with 0 every firm would qualify, even one without key accounts".into(),
                _ => format!("`{key}` must be at least {}: a department has people", key.minimum()),
            },
            Issue::Unreadable { what, error } => {
                let error = io_failure(error);
                match what {
                    Unreadable::Profile => format!("could not read profile: {error}"),
                    Unreadable::Rules => format!("could not read rules file: {error}"),
                    Unreadable::Logo => format!("could not read the logo: {error}"),
                    Unreadable::Directory => format!("could not read directory: {error}"),
                    Unreadable::Stdin => format!("could not read standard input: {error}"),
                }
            }
            Issue::EmptyDirectory => "no *.toml profiles or sheets (csv, tsv, xlsx, xls, ods) directly inside this directory".into(),
            Issue::StdinTwice => "standard input is named twice (`-` or `/dev/stdin`, as two profiles or as the rules and a profile) and can be read only once: save one of them to a file".into(),
            Issue::AnswerSheet => "is an answer sheet of a class set, not a profile: mark it with `kam-advise grade SHEET --key DIR`; the set's profiles are in DIR/profiles".into(),
            Issue::EmptyProfile => "is empty: a profile needs at least name, annual_revenue and key_accounts (kam-advise init prints one to start from)".into(),
            Issue::Sheet(issue) => crate::text::SheetText::sheet_issue(&super::English, issue),
        }
    }

    /// Why a read or a write failed, in words: never the system's own message, which
    /// may name a temporary file; the error number only for the rare failures without
    /// a name here.
    pub(super) fn io_failure(failure: &IoFailure) -> String {
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
            IoFailure::QuotaExceeded => "the disk quota is used up".into(),
            IoFailure::ReadOnly => "the file system is read-only".into(),
            IoFailure::Exists => "a file of that name appeared meanwhile (another run writing there?)".into(),
            IoFailure::Symlink => {
                "it is a symbolic link, and nothing is written through one: remove the link, or give the real path"
                    .into()
            }
            IoFailure::SymlinkLoop => "too many symbolic links to follow (a loop of links?)".into(),
            IoFailure::NotRegular => "it is not a regular file but a pipe, a device or a socket".into(),
            IoFailure::NotEmpty => "the directory is not empty".into(),
            IoFailure::Busy => "it is in use".into(),
            IoFailure::CannotMove => "the directory cannot be moved (a mount point?), and a class set replaces its directory whole: name a new directory inside it".into(),
            IoFailure::TooLarge => "the file would be larger than this system lets a program write (see `ulimit -f`)".into(),
            IoFailure::HoldsCurrentDirectory => "it is the directory you are in (or holds it), and a class set replaces its directory whole: name a new directory, such as set-1".into(),
            IoFailure::Other { code: Some(code) } => {
                format!("the system refused (error number {code})")
            }
            IoFailure::Other { code: None } => "the system refused".into(),
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

    pub(super) fn usage(usage: &Usage) -> String {
        match usage {
            Usage::NoProfile => "no PROFILE given: name a profile file, a directory of profiles, or - for standard input \
                 (`kam-advise init > client.toml` writes one to start from)"
                .into(),
            Usage::NotApplicable { option, command } => {
                let why = match (*option, *command) {
                    ("--prepared-by" | "--logo" | "--confidential", _) => "it applies only to the documents handed to a client (kam-advise PROFILE --format html or markdown)",
                    ("--why", _) => "only the advice on profiles shows its reasoning (kam-advise PROFILE... --why)",
                    ("--rules", "schema") => "a schema does not depend on thresholds",
                    ("--rules", "exercise" | "grade") => "a class set and its key follow the chapter's own figures, so that every answer can be checked against the chapter",
                    ("--rules", _) => "a new profile uses no thresholds",
                    ("--format", "schema") => "it writes a JSON Schema only",
                    ("--format", "interview") => "it asks questions and writes a TOML profile only",
                    ("--format", "exercise") => "it writes a whole set of files (Markdown, JSON Lines, TOML, GIFT) to --output-dir",
                    ("--format", _) => "it writes a TOML profile only",
                    ("--sheet", _) => "it reads no spreadsheet (kam-advise clients.xlsx --sheet NAME, or compare)",
                    ("--bom", _) => "only `--format csv` writes a byte-order mark",
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
            Usage::OneDocumentEach { format, inputs } => format!(
                "`--format {format}` writes one document per profile, and the inputs given come to {inputs} files: \
                 write them to a folder with `--output-dir DIR` (one file each), or name one profile"
            ),
            Usage::SourceDateEpoch { value } => format!(
                "`SOURCE_DATE_EPOCH` must be a whole number of seconds since 1970-01-01 UTC \
                 (it fixes the date reports carry), found \"{value}\""
            ),
            Usage::SheetDocuments { format, sheet } => format!(
                "{sheet} holds one profile a row, and `--format {format}` writes one document per profile: \
                 write them to a folder with `--output-dir DIR` (one file a row, named after its enterprise)"
            ),
            Usage::SchemaPathNotOneLine { path } => format!(
                "`--schema` needs a path or URL on one line, without control characters; found {path:?}"
            ),
            Usage::MistypedCommand { word, near } => format!(
                "`{word}` is neither a file nor a command: did you mean `{near}`?"
            ),
            Usage::NoSuchCommand { word, near } => match near {
                Some(near) => format!("there is no command `{word}`: did you mean `{near}`?"),
                None => format!("there is no command `{word}`; `kam-advise --help` lists them"),
            },
            Usage::DocumentOnly { option, format } => format!(
                "`{option}` is for the documents handed to a client, `--format html`, `--format docx` or `--format markdown`, not `{format}`"
            ),
            Usage::CompareDocumentOnly { option, format } => format!(
                "`{option}` is for the portfolio report handed to a client, `compare --format html`, not `{format}`"
            ),
            Usage::BinaryOnTerminal { format } => format!(
                "`--format {format}` writes a Word document, not text for a terminal: redirect standard output to a file (`> report.{format}`), or use `--output-dir DIR`"
            ),
            Usage::LogoType { path, format } => format!(
                "{path} is an SVG image, which a `--format {format}` document cannot hold: give the logo as a PNG or JPEG file"
            ),
        }
    }

    pub(super) fn output_failed(failure: &OutputFailure) -> String {
        match failure {
            OutputFailure::Stdout(error) => {
                format!("cannot write to standard output: {}", io_failure(error))
            }
            OutputFailure::Json(message) => {
                format!("could not write the report as JSON: {message}")
            }
            OutputFailure::Docx(message) => {
                format!("could not make the Word document: {message}")
            }
            OutputFailure::Directory { path, error } => format!(
                "cannot use {path} as the output directory: {}",
                io_failure(error)
            ),
            OutputFailure::File {
                path,
                error: IoFailure::NotFound,
            } => format!("cannot write {path}: its directory does not exist"),
            OutputFailure::File { path, error } => {
                format!("cannot write {path}: {}", io_failure(error))
            }
            OutputFailure::Exists { path } => format!(
                "{path} already exists, so nothing was written: add --force to overwrite it, or choose another --output-dir"
            ),
            OutputFailure::FileExists { path } => format!(
                "{path} already exists, so nothing was written: add --force to overwrite it, or choose another --output file"
            ),
            OutputFailure::Appeared { path } => format!(
                "{path} appeared while this run was writing (another run into the same place?): it is kept, and what this run made was not written"
            ),
            OutputFailure::IsAnInput { path } => format!(
                "{path} is one of the inputs of this run: writing the comparison over it would destroy what is being read; name another file for --output"
            ),
            OutputFailure::NothingAdvised { path, kept } => {
                if *kept {
                    format!("no profile was advised, so {path} was not written and is as it was")
                } else {
                    format!("no profile was advised, so {path} was not written")
                }
            }
            OutputFailure::Clash {
                path,
                first,
                second,
            } => format!(
                "{first} and {second} would both be written to {path}, so nothing was written: rename one of them, or advise them in two runs"
            ),
        }
    }
}
