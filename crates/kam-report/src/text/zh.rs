//! 中文文本，面向咨询顾问和学生；凡陈述规则之处均注明所依据的条款。按主题拆分：名称在本文件，
//! 建议的各句在 `advice`，本章的通用内容在 `chapter`，`explain`/`rules`/`init` 在 `explain`，
//! 输入问题在下面的 `issues`。

mod advice;
mod chapter;
mod document;
mod explain;
mod interview;
mod sheet;

use super::{IssueText, Labels, Words, group_digits, wan_yi, yuan_digits};
use crate::advice::{ConditionId, Form, FormRule, Post, Role, RoleId, TeamFunction, UnitKind};
use crate::money::Decimal;
use crate::profile::{Kind, Level, ScaleSource, Setup};
use crate::rules::Source;
use crate::scale::{BoundCheck, Indicator, IndustryRow, Scale};

pub struct Chinese;

static LABELS: Labels = Labels {
    title: "重点客户管理组织建议",
    source: "资料",
    profile: "单位",
    revenue: "年度销售额",
    key_accounts: "重点客户数",
    kind: "类型",
    scale: "规模",
    conditions: "设立重点客户管理机构的条件(一)",
    condition: "条件",
    value: "实际情况",
    threshold: "标准",
    met: "是否满足",
    clause: "条款",
    yes: "是",
    no: "否",
    recommendation: "建议",
    form: "组织形式",
    rule: "规则",
    why: "理由",
    structure: "组织结构",
    optional: "可选",
    staffing: "人员配备",
    role: "岗位",
    count: "人数",
    basis: "依据",
    source_of_figure: "来源",
    headcount: "机构编制",
    kam_managers: "重点客户经理",
    focus_executives: "“集中执行官”（可选）",
    unstated_flag: "未填写",
    not_in_headcount: "不计入编制",
    reporting_line: "汇报关系(二)1",
    duties: "重点客户管理机构的职能(三)",
    requirements: "对重点客户管理人员的一般要求(四)1",
    manager: "重点客户经理(四)2",
    manager_responsibility: "主要职责",
    manager_abilities: "能力要求",
    manager_roles: "关键角色",
    warnings: "注意",
    hints: "提示",
    colon: "：",
    list_separator: "、",
    duty: "职能",
    requirement: "要求",
    manager_role: "角色",
    gap: "现状与调整建议",
    opening_reasons: "不设专门机构的常见原因（见本节开头）",
    reasoning: "推理过程",
    org_chart: "组织结构图",
    next_steps: "下一步",
    steps: "调整步骤",
    top_management: "最高管理层",
    chart_legend_unit: "重点客户管理机构",
    chart_legend_people: "人员",
    chart_legend_optional: "可选，由各地自行决定",
    not_given: "未填写",
    paren_open: "（",
    paren_close: "）",
    clause_separator: "；",
    sentence_gap: "",
    title_dash: "——",
    each_prefix: "（每个中心≥",
    each_suffix: "人）",
    headcount_managers_only: "机构编制（各服务中心的重点客户经理）",
    headcount_not_estimated: "不作估算（资料未给出服务中心的数量，各中心人员按业务需要配备）",
};

impl Words for Chinese {
    fn lang(&self) -> super::Lang {
        super::Lang::Zh
    }

    fn labels(&self) -> &'static Labels {
        &LABELS
    }

    fn form(&self, form: Form) -> &'static str {
        match form {
            Form::None => "暂不设立专门的重点客户管理机构",
            Form::Team => "重点客户管理小组（跨职能小组）",
            Form::Department => "重点客户管理部",
            Form::ServiceCenter => "重点客户服务中心",
            Form::Committee => "重点客户管理委员会",
        }
    }

    fn form_short(&self, form: Form) -> &'static str {
        match form {
            Form::None => "暂不设立",
            Form::Team => "小组",
            Form::Department => "管理部",
            Form::ServiceCenter => "服务中心",
            Form::Committee => "委员会",
        }
    }

    fn condition(&self, id: ConditionId) -> &'static str {
        match id {
            ConditionId::Revenue => "年度销售额",
            ConditionId::KeyAccounts => "已评定的重点客户数",
            ConditionId::StrategicPlan => "从战略和发展角度考虑设立",
            ConditionId::AccountDevelopment => "设立后有利于快速培养客户",
        }
    }

    fn unit(&self, kind: UnitKind, level: Option<Level>) -> String {
        let name = match kind {
            UnitKind::Committee => "重点客户管理委员会",
            UnitKind::ManagementCenter => "重点客户管理中心",
            UnitKind::ServiceCenter => "重点客户服务中心",
            UnitKind::EvaluationCenter => "重点客户评估中心",
            UnitKind::ManagementBody => "重点客户管理机构",
            UnitKind::Department => "重点客户管理部",
            UnitKind::Team => "重点客户管理小组",
        };
        match level {
            Some(level) => format!("{}{name}", self.level(level)),
            None => name.to_string(),
        }
    }

    fn level(&self, level: Level) -> &'static str {
        match level {
            Level::National => "国家级",
            Level::Provincial => "省级",
            Level::Prefecture => "地市级",
            Level::County => "县级",
        }
    }

    fn role(&self, role: &Role) -> String {
        match (role.id, &role.function) {
            (RoleId::TeamMember, Some(function)) => match function {
                TeamFunction::Finance => "对接客户财务部门的成员".into(),
                TeamFunction::Purchasing => "对接客户采购部门的成员".into(),
                TeamFunction::Production => "对接客户生产部门的成员".into(),
                TeamFunction::AfterSales => "对接客户售后服务部门的成员".into(),
                TeamFunction::Named(name) => format!("来自{name}的成员"),
            },
            (id, _) => match id {
                RoleId::CommitteeMember => "委员会委员：由高层管理者兼任",
                RoleId::KamManager => "重点客户经理",
                RoleId::KamSpecialist => "重点客户专员",
                RoleId::ServiceCenterStaff => "服务中心人员",
                RoleId::EvaluationCenterStaff => "评估中心人员",
                RoleId::FocusExecutive => "“集中执行官”",
                RoleId::TeamMember => "小组成员",
                RoleId::NamedManager => "指定的兼管负责人",
            }
            .into(),
        }
    }

    fn post(&self, post: Post) -> &'static str {
        match post {
            Post::KamManager => "重点客户经理",
            Post::NationalSalesManager => "全国销售经理",
            Post::VpMarketingSales => "营销与销售副总裁",
            Post::Ceo => "首席执行官",
        }
    }

    fn kind(&self, kind: Kind) -> &'static str {
        match kind {
            Kind::Enterprise => "企业",
            Kind::Group => "集团企业",
            Kind::Multinational => "国际跨国集团",
            Kind::PublicSector => "国家行业部门",
        }
    }

    fn scale(&self, scale: Scale) -> &'static str {
        match scale {
            Scale::Micro => "微型",
            Scale::Small => "小型",
            Scale::Medium => "中型",
            Scale::Large => "大型",
        }
    }

    fn setup(&self, setup: Setup) -> &'static str {
        match setup {
            Setup::None => "无专人负责",
            Setup::Sales => "由销售人员各自掌握",
            Setup::SalesDepartment => "销售部门",
            Setup::Team => "重点客户管理小组",
            Setup::Department => "重点客户管理部",
            Setup::ServiceCenter => "重点客户服务中心",
            Setup::Committee => "重点客户管理委员会",
        }
    }

    fn scale_source(&self, source: ScaleSource, industry: Option<&IndustryRow>) -> String {
        match (source, industry) {
            (ScaleSource::Declared, _) => "资料所填".into(),
            (ScaleSource::Inferred, Some(row)) => {
                format!(
                    "按《统计上大中小微型企业划分办法（2017）》推断；行业：{}",
                    self.industry(row)
                )
            }
            (ScaleSource::Inferred, None) => {
                "按《统计上大中小微型企业划分办法（2017）》推断".into()
            }
            (ScaleSource::None, _) => "此类单位不按规模确定组织形式".into(),
        }
    }

    fn industry(&self, row: &IndustryRow) -> &'static str {
        row.zh_name
    }

    fn source(&self, source: Source) -> &'static str {
        match source {
            Source::Chapter => "本章给出的数字",
            Source::Derived => "据本章推算",
            Source::Assumption => "本工具的假设",
            Source::RulesFile => "来自您的规则文件",
        }
    }

    fn money(&self, yuan: u64) -> String {
        wan_yi(yuan)
    }

    /// Whole yuan as 万元/亿元; to the fen in 元 ("49,999,999.60元", "0.01元").
    fn money_exact(&self, amount: Decimal, places: u32) -> String {
        match amount.trunc_u64() {
            Ok(yuan) if places == 0 => wan_yi(yuan),
            _ => format!("{}元", yuan_digits(amount, places)),
        }
    }

    fn foreign_money(&self, amount: &str, currency: &str, rate: &str, yuan: u64) -> String {
        // A currency with a Chinese name is written as Chinese readers write it:
        // 12亿美元, 1 美元＝7.1元人民币; a whole amount in 万 or 亿 like yuan.
        let name = match currency {
            "USD" => Some("美元"),
            "EUR" => Some("欧元"),
            "HKD" => Some("港元"),
            "GBP" => Some("英镑"),
            "JPY" => Some("日元"),
            _ => None,
        };
        let whole = amount.parse::<u64>().ok().filter(|n| *n >= 10_000);
        match (name, whole) {
            (Some(name), Some(n)) => {
                let written = wan_yi(n);
                let written = written.strip_suffix('元').unwrap_or(&written);
                format!(
                    "{written}{name}（按1{name}＝{rate}元人民币折合{}）",
                    wan_yi(yuan)
                )
            }
            (Some(name), None) => {
                let amount = amount.split_once('.').map_or_else(
                    || group_digits(amount),
                    |(w, f)| format!("{}.{f}", super::group_digits(w)),
                );
                format!(
                    "{amount}{name}（按1{name}＝{rate}元人民币折合{}）",
                    wan_yi(yuan)
                )
            }
            (None, _) => {
                let amount = amount.split_once('.').map_or_else(
                    || group_digits(amount),
                    |(w, f)| format!("{}.{f}", super::group_digits(w)),
                );
                format!(
                    "{currency} {amount}（按1 {currency}＝{rate}元人民币折合{}）",
                    wan_yi(yuan)
                )
            }
        }
    }

    fn rule_title(&self, rule: FormRule) -> &'static str {
        match rule {
            FormRule::NoKeyAccounts => "尚未评定重点客户",
            FormRule::NoConditionMet => "条件均不满足",
            FormRule::Multinational => "跨国集团",
            FormRule::LargeGroup => "大型集团企业",
            FormRule::PublicSector => "国家行业部门",
            FormRule::LargeEnterprise => "大型企业",
            FormRule::MediumScale => "中型企业",
            FormRule::SmallManyAccounts => "重点客户较多的小微企业",
            FormRule::SmallScale => "小微企业",
        }
    }

    fn rule_name(&self, rule: FormRule) -> String {
        format!("规则{}（{}）", rule.number(), self.rule_title(rule))
    }

    fn with_clause(&self, name: &str, clause: &str) -> String {
        format!("{name}{clause}")
    }

    fn bound_check(&self, b: &BoundCheck) -> String {
        let (name, lower, value) = match b.indicator {
            Indicator::Employees => (
                "从业人员",
                format!("{}人", b.lower),
                format!("{}人", b.value),
            ),
            Indicator::Revenue => ("营业收入", wan_yi(b.lower), wan_yi(b.value)),
            Indicator::Assets => ("资产总额", wan_yi(b.lower), wan_yi(b.value)),
        };
        let met = match (b.met, b.value == b.lower) {
            (true, true) => "恰好等于下限，“不少于”包括等于，因此满足",
            (true, false) => "满足",
            (false, _) => "不满足",
        };
        format!("{name}须不少于{lower}，本企业为{value}，{met}")
    }

    fn size_check(&self, scale: Scale, bounds: &[String]) -> String {
        format!("{}：{}", self.scale(scale), bounds.join("；"))
    }

    fn people(&self, n: u64) -> String {
        format!("{n}人")
    }

    fn staff_count(&self, n: u64) -> String {
        format!("{n}名")
    }

    fn managers_guide(&self, n: u64, per_center: u64) -> String {
        format!("按平均管理客户数至少{n}名，且每个服务中心至少{per_center}名")
    }
}

impl IssueText for Chinese {
    fn issue(&self, issue: &crate::problem::Issue) -> String {
        issues::issue(issue)
    }

    fn batch_failed(&self, failed: usize, total: usize) -> String {
        format!("{total} 份资料中有 {failed} 份未能处理")
    }

    fn usage(&self, usage: &crate::problem::Usage) -> String {
        issues::usage(usage)
    }

    fn output_failed(&self, failure: &crate::problem::OutputFailure) -> String {
        issues::output_failed(failure)
    }
}

/// 读写失败的原因（供课堂练习等其他部分的句子使用）；`reading` 为读取，否则为写入。
pub fn io_failure(failure: &crate::problem::IoFailure, reading: bool) -> String {
    issues::io_failure(failure, reading)
}

/// 输入问题的中文说明。
mod issues {
    use crate::money::MoneyError;
    use crate::problem::{
        Expected, Found, IoFailure, Issue, KeyHint, OutputFailure, Unreadable, Usage,
    };
    use crate::profile::{Level, ProfileKey};
    use crate::rules::RuleKey;

    /// The TOML parser's descriptions of what is wrong and of what it expected, in
    /// Chinese (toml 1.x writes them in English: "invalid basic string, expected
    /// `\"`"). A description not listed is shown as the parser wrote it.
    const TOML_WORDS: &[(&str, &str)] = &[
        ("`_` may only go between digits", "`_` 只能写在两个数字之间"),
        ("basic string", "基本字符串"),
        (
            "cannot recurse further; max recursion depth met",
            "嵌套层数过多",
        ),
        ("recursion limit", "嵌套层数过多"),
        (
            "carriage return must be followed by newline",
            "回车符后必须紧跟换行符",
        ),
        ("characters", "字符"),
        ("digits", "数字"),
        ("duplicate key", "键重复"),
        ("extra `=`", "多了一个 `=`"),
        (
            "extra assignment between key-value pairs",
            "键值对之间多了赋值",
        ),
        ("extra comma in array", "数组中多了逗号"),
        ("extra comma in inline table", "内联表中多了逗号"),
        (
            "integers with a radix cannot be signed",
            "带进制前缀的整数不能有正负号",
        ),
        ("invalid basic string", "字符串有误（可能缺少结尾的双引号）"),
        ("invalid binary number", "二进制数有误"),
        ("invalid boolean", "布尔值有误（应为 true 或 false）"),
        ("invalid comment character", "注释中有不允许的字符"),
        ("invalid date-time", "日期时间有误"),
        ("invalid exponent", "指数部分有误"),
        ("invalid float", "小数有误"),
        ("invalid fraction", "小数部分有误"),
        ("invalid hexadecimal number", "十六进制数有误"),
        ("invalid inline table element", "内联表的元素有误"),
        ("invalid integer number", "整数有误"),
        ("invalid key", "键有误"),
        ("invalid key-value pair", "键值对有误"),
        (
            "invalid literal string",
            "字面量字符串有误（可能缺少结尾的单引号）",
        ),
        ("invalid mantissa", "数字有误"),
        ("invalid multi-line basic string", "多行字符串有误"),
        ("invalid multi-line literal string", "多行字面量字符串有误"),
        ("invalid octal number", "八进制数有误"),
        ("invalid string", "字符串有误"),
        ("invalid table", "表有误"),
        ("invalid unquoted key", "不加引号的键有误"),
        ("invalid value", "值有误"),
        ("key", "键"),
        ("key with no value", "键后没有值"),
        (
            "keys cannot be multi-line basic strings",
            "键不能是多行字符串",
        ),
        (
            "keys cannot be multi-line literal strings",
            "键不能是多行字面量字符串",
        ),
        ("letters", "字母"),
        ("literal string", "字面量字符串"),
        ("missing array opening", "缺少数组的 `[`"),
        (
            "missing assignment between key-value pairs",
            "键与值之间缺少 `=`",
        ),
        (
            "missing comma between array elements",
            "数组元素之间缺少逗号",
        ),
        (
            "missing comma between key-value pairs",
            "键值对之间缺少逗号",
        ),
        ("missing comment start", "缺少注释开头的 `#`"),
        ("missing escaped value", "转义符 `\\` 后缺少内容"),
        ("missing inline table opening", "缺少内联表的 `{`"),
        ("missing key for inline table element", "内联表的元素缺少键"),
        ("missing opening quote", "缺少开头的引号"),
        ("missing table open", "缺少表头的 `[`"),
        ("missing value", "缺少值"),
        ("missing value for key", "键后缺少值"),
        ("multi-line basic string", "多行字符串"),
        ("newline", "换行"),
        (
            "non-double-quote visible characters",
            "双引号以外的可见字符",
        ),
        ("non-single-quote characters", "单引号以外的字符"),
        (
            "non-single-quote visible characters",
            "单引号以外的可见字符",
        ),
        ("nothing", "（此处不应再有内容）"),
        ("numbers", "数字"),
        ("printable characters", "可打印字符"),
        ("radix must be lowercase", "进制前缀须为小写"),
        ("redundant integer number prefix", "整数前缀重复"),
        ("redundant numeric sign", "正负号重复"),
        ("string values must be quoted", "字符串值须加引号"),
        ("too few unicode value digits", "Unicode 转义的位数不够"),
        ("unclosed array", "数组缺少结尾的 `]`"),
        ("unclosed array table", "数组表缺少结尾的 `]]`"),
        ("unclosed inline table", "内联表缺少结尾的 `}`"),
        ("unclosed table", "表头缺少结尾的 `]`"),
        ("unexpected `=` in array", "数组中不应有 `=`"),
        ("unexpected content", "多余的内容"),
        (
            "unexpected content between comment and newline",
            "注释与换行之间有多余的内容",
        ),
        ("unexpected key or value", "多余的键或值"),
        ("unexpected leading zero", "数字不能以 0 开头"),
        ("unexpected sign", "不应有正负号"),
        ("unicode hexadecimal value", "Unicode 十六进制值"),
        ("unquoted keys cannot be empty", "不加引号的键不能为空"),
        ("value", "值"),
    ];

    /// A message of the TOML parser in Chinese: its description, then what it
    /// expected ("…，此处应为 `=`").
    pub(super) fn toml_message(message: &str) -> String {
        let word = |english: &str| {
            TOML_WORDS
                .iter()
                .find(|(en, _)| *en == english)
                .map_or_else(|| english.to_string(), |(_, zh)| (*zh).to_string())
        };
        match message.split_once(", expected ") {
            None => word(message),
            Some((description, "nothing")) => format!("{}{}", word(description), word("nothing")),
            Some((description, expected)) => {
                // Code (`=`) set apart by spaces, as elsewhere: 此处应为换行或 `#`.
                let mut list = String::new();
                for (i, item) in expected.split(", ").map(word).enumerate() {
                    let code = item.starts_with('`');
                    if i > 0 {
                        list.push_str(if list.ends_with('`') { " 或" } else { "或" });
                    }
                    if code {
                        list.push(' ');
                    }
                    list.push_str(&item);
                }
                format!("{}，此处应为{list}", word(description))
            }
        }
    }

    /// Keys or values in a Chinese sentence: each in backticks, apart by 、.
    fn backticked(keys: &[&str]) -> String {
        keys.iter()
            .map(|k| format!("`{k}`"))
            .collect::<Vec<_>>()
            .join("、")
    }

    fn found(found: &Found) -> String {
        match found {
            Found::Str(s) => format!("字符串 \"{s}\""),
            Found::Integer(i) => format!("整数 {i}"),
            Found::Number(n) => format!("数值 {n}"),
            Found::Boolean(b) => format!("布尔值 {b}"),
            Found::Date => "日期".into(),
            Found::Array => "数组".into(),
            Found::Table => "表".into(),
            Found::Shown(cell) => {
                format!(
                    "数值 {}（按单元格的数字格式显示为 \"{}\"）",
                    cell.number, cell.shown
                )
            }
        }
    }

    fn money_error(error: &MoneyError) -> String {
        match error {
            MoneyError::Negative => "不能为负数".into(),
            MoneyError::NotFinite => "必须是有限的数（不能是 `nan` 或 `inf`）".into(),
            MoneyError::Empty => "为空".into(),
            MoneyError::Malformed => "不是金额".into(),
            MoneyError::UnknownUnit(unit) => format!("的单位 `{unit}` 无法识别"),
            MoneyError::TooLarge => "太大，无法计算".into(),
            MoneyError::TooLong => format!(
                "超过 {} 个字符，任何金额都不会写得这么长",
                crate::money::MAX_TEXT_CHARS
            ),
            MoneyError::TooSmall => format!(
                "太小，无法计算（小数点后前 {} 位均为 0）",
                crate::money::MAX_DECIMALS
            ),
            MoneyError::SignMismatch {
                sign,
                sign_currency,
                currency,
            } => {
                format!("的货币符号 `{sign}` 属于 {sign_currency}，与币种 {currency} 不符")
            }
            MoneyError::NameMismatch {
                name,
                name_currency,
                currency,
            } => format!("写的币种是 {name_currency}（`{name}`），与币种 {currency} 不符"),
            MoneyError::ElidedUnit(_) => "最后几位没有写单位".into(),
        }
    }

    /// 金额的可用写法，用于金额出错时。
    /// 拒绝时的简短说明：几个例子，以及完整写法在哪里。
    const FORMS: &str = "可写作 \"8000万\"、\"1.2亿元\"、\"RMB 80 million\" 或 \"80M\"（全部写法见 `kam-advise explain money`）";

    /// 金额属于另一币种时应当设置什么。
    fn set_currency(named: &str) -> String {
        if named == "CNY" {
            "；金额若是人民币，请设 `currency = \"CNY\"` 并删去 `cny_rate`，或在金额中不写币种"
                .into()
        } else {
            let example = if named == "USD" {
                "（如 `cny_rate = 7.1`）"
            } else {
                ""
            };
            format!(
                "；金额若是 {named}，请设 `currency = \"{named}\"`，并把 `cny_rate` 设为 1 {named} 折合的人民币数{example}"
            )
        }
    }

    fn near(near: Option<&str>) -> String {
        near.map(|n| format!("是否想写 `{n}`？"))
            .unwrap_or_default()
    }

    pub(super) fn issue(issue: &Issue) -> String {
        match issue {
            Issue::FileTooLarge { kib } => format!("文件超过 {kib} KiB；资料文件或规则文件应是简短的 TOML 文件"),
            Issue::LogoTooLarge { kib } => format!("标志图片超过 {kib} KiB，请换用较小的图片"),
            Issue::LogoNotImage => "标志文件不是 PNG、JPEG 或 SVG 图片".into(),
            Issue::Utf16 => "文件是 UTF-16 编码；请另存为 UTF-8".into(),
            Issue::Utf32 => "此文件为 UTF-32 编码：请另存为 UTF-8".into(),
            Issue::MoreProblems { count } => format!("另有 {count} 个问题未列出（只列前 100 个）：请先改正以上问题再运行"),
            Issue::NulByte => "含有 NUL 字节：文件是二进制数据，不是 TOML 文本".into(),
            Issue::NotUtf8 => "文件不是有效的 UTF-8 文本；请另存为 UTF-8".into(),
            Issue::Syntax { message, at } => {
                let message = toml_message(message);
                match at {
                    Some(at) => format!("TOML 语法错误：{message}（位于 `{at}`）"),
                    None => format!("TOML 语法错误：{message}"),
                }
            }
            Issue::UnknownKey { key, table, hint } => {
                let place = table.map(|t| format!("（在 `[{t}]` 中）")).unwrap_or_default();
                let hint = match hint {
                    KeyHint::BelongsIn(t) => format!("它属于 `[{t}]` 表：请在 `{key} = ...` 之前另起一行写 `[{t}]`"),
                    KeyHint::DidYouMean(near) => format!("是否想写 `{near}`？"),
                    KeyHint::Keys(keys) => format!("可用的键为 {}", backticked(keys)),
                };
                format!("未知的键 `{key}`{place}：{hint}")
            }
            Issue::WrongType { key, expected, found: f } => {
                let f = found(f);
                match expected {
                    Expected::String => format!("`{key}` 必须是带引号的字符串，实际为{f}"),
                    Expected::Boolean => format!("`{key}` 必须是 true 或 false（也可写 yes/no、是/否），实际为{f}"),
                    Expected::WholeNumber => format!("`{key}` 必须是整数（0 或以上，如 12 或 \"12\"），实际为{f}"),
                    Expected::Amount => format!("`{key}` 必须是金额，如 8000万、\"1.2亿\" 或 80000000，实际为{f}"),
                    Expected::Table => format!("`{key}` 必须是表（一个 `[{key}]` 段），实际为{f}"),
                    Expected::Array => format!("`{key}` 必须是用方括号括起的列表，实际为{f}"),
                }
            }
            Issue::Negative { key, found } => format!("`{key}` 必须为 0 或以上，实际为 {found}"),
            Issue::NumberTooLarge { key, found } => format!("`{key}` 太大（最多为 {}），实际为 {found}", crate::text::thousands(crate::check::MAX_COUNT)),
            Issue::UnusableNumber { key, found: f } => format!("`{key}` 不是可用的整数，实际为{}", found(f)),
            Issue::Money { key, error, found: f } => {
                let units = match error {
                    MoneyError::Malformed | MoneyError::UnknownUnit(_) => format!("；{FORMS}"),
                    MoneyError::SignMismatch { sign_currency: named, .. }
                    | MoneyError::NameMismatch { name_currency: named, .. } => set_currency(named),
                    MoneyError::ElidedUnit(readings) => format!(
                        "；是 {} 还是 {}？请写出单位（如 两亿五千万），或在最后几位前加“零”（如 两亿零五）",
                        crate::text::yuan_digits(readings.scaled, 0),
                        crate::text::yuan_digits(readings.literal, 0)
                    ),
                    _ => String::new(),
                };
                format!("`{key}` {}，实际为{}{units}", money_error(error), found(f))
            }
            Issue::UnknownValue { key, value, near: n, valid } => format!(
                "`{key}` 的值 \"{value}\" 无法识别：{}可用的值为 {}",
                near(*n),
                backticked(valid)
            ),
            Issue::UnknownIndustry { value, near: n, valid } => format!(
                "`industry` 的值 \"{value}\" 无法识别：{}可用的值为 {}（或《统计上大中小微型企业划分办法（2017）》中行业的中文名，如“工业”）",
                near(*n),
                backticked(valid)
            ),
            Issue::Missing { key } => {
                let example = match key {
                    ProfileKey::Name => "企业名称，如 `name = \"华东精密机械有限公司\"`",
                    ProfileKey::AnnualRevenue => "如 `annual_revenue = \"8000万\"`",
                    ProfileKey::KeyAccounts => "企业已评定的重点客户数，如 `key_accounts = 12`",
                    _ => "",
                };
                if example.is_empty() {
                    format!("缺少必填的键 `{key}`")
                } else {
                    format!("缺少必填的键 `{key}`（{example}）")
                }
            }
            Issue::EmptyName => "`name` 不能为空".into(),
            Issue::NameTooLong { max } => format!("`name` 超过 {max} 个字符：请填写单位名称"),
            Issue::ControlCharacters => "`name` 必须是一行文字，不能含控制字符".into(),
            Issue::BadCurrency { written } => format!("`currency` 必须是三个字母的 ISO 币种代码，如 CNY、USD、EUR（RMB、人民币 即 CNY），实际为 \"{written}\""),
            Issue::ZeroRate => "`cny_rate` 必须大于 0（1单位 `currency` 折合的人民币）".into(),
            Issue::RateWithCny { alias } => match alias {
                None => "只有 `currency` 不是 CNY 时才需要 `cny_rate`：请删除它，或把 `currency` 设为金额所用的币种".into(),
                Some(alias) => format!("只有 `currency` 不是 CNY 时才需要 `cny_rate`，而 \"{alias}\" 即 CNY：请删除 `cny_rate`，或把 `currency` 设为金额所用的币种"),
            },
            Issue::RateRequired { currency } => format!("`currency` 为 {currency}，因此必须填写 `cny_rate`：1 {currency} 折合多少人民币，如 `cny_rate = 7.1`"),
            Issue::YuanOverflow { key, error } => format!("`{key}` 折合人民币后{}（超过 {} 元）", money_error(error), u64::MAX),
            Issue::Finance => "`industry`：金融业不在《统计上大中小微型企业划分办法（2017）》的划分范围内；请删除 `industry`，改为填写 `scale`".into(),
            Issue::NetworkWithoutLevels => "`[network]` 需要 `levels`，如 `levels = [\"national\", \"provincial\", \"prefecture\"]`".into(),
            Issue::LevelsEmpty => format!("`network.levels` 为空：请按从上到下的顺序列出组织的层级，可选 {}", Level::valid_list()),
            Issue::CountForMissingLevel { level } => format!("`network.counts` 给出了“{level}”的数量，但 `network.levels` 中没有这一层级：请补上该层级，或删去它的数量"),
            Issue::ZeroCount { key } => format!("`{key}` 至少为 1：只需列出设有机构的层级"),
            Issue::FunctionRepeated { found } => format!("`team.functions` 中“{found}”出现了两次：每个职能部门只能列出一次"),
            Issue::FunctionNameBlank => "`team.functions` 中有空白名称（为空、只有空格，或只有控制字符、不可见字符）：请写明每个职能部门，如 \"财务\"".into(),
            Issue::FunctionNameHidden { found } => format!("`team.functions`：“{found}”含有控制字符或不可见字符（以 \\u{{...}} 显示）：请用普通文字填写名称"),
            Issue::RepeatedCount { level } => format!("`network.counts` 中“{level}”的数量给出了不止一次（英文标识不区分大小写，且与对应的中文名称视为同一层级）：每个层级的数量只能写一次"),
            Issue::TeamWithoutFunctions => "`[team]` 需要 `functions`，即派出小组成员的企业职能部门列表，如 functions = [\"财务\", \"售后服务\"]".into(),
            Issue::LevelOrder { level, repeated } => format!(
                "`network.levels`：\"{level}\" {}；每个层级只写一次，从上到下：{}",
                if *repeated { "重复了" } else { "顺序不对" },
                Level::valid_list()
            ),
            Issue::ScaleNotInferable => "未填写 `scale`，也未填写 `industry`，无法推断规模：请填写 `scale`（`micro`、`small`、`medium`、`large`），或填写 `industry` 及按《统计上大中小微型企业划分办法（2017）》推断该行业规模所需的数据".into(),
            Issue::FigureMissing { key, row, row_name, needs } => format!(
                "缺少 `{key}`：未填写 `scale`，而按《统计上大中小微型企业划分办法（2017）》推断 `{row}`（{row_name}）行业的规模需要 {}；请补充 `{key}` 或填写 `scale`",
                backticked(&needs.iter().map(|k| k.slug()).collect::<Vec<_>>())
            ),
            Issue::RuleNonsense { key } => match key {
                RuleKey::AccountsPerManager => "`accounts_per_manager` 至少为 1：每位重点客户经理至少负责一个客户".into(),
                RuleKey::KeyAccountsThreshold => "`key_accounts_threshold` 至少为 1：若为 0，连没有重点客户的企业也会满足条件".into(),
                _ => format!("`{key}` 至少为 {}：管理部总要有人", key.minimum()),
            },
            Issue::Unreadable { what, error } => {
                let error = io_failure(error, true);
                match what {
                    Unreadable::Profile => format!("无法读取资料文件：{error}"),
                    Unreadable::Rules => format!("无法读取规则文件：{error}"),
                    Unreadable::Logo => format!("无法读取标志图片：{error}"),
                    Unreadable::Directory => format!("无法读取目录：{error}"),
                    Unreadable::Stdin => format!("无法读取标准输入：{error}"),
                }
            }
            Issue::EmptyDirectory => "该目录下没有 *.toml 资料文件，也没有电子表格（csv、tsv、xlsx、xls、ods）；只查找该目录本身，不含子目录".into(),
            Issue::StdinTwice => "标准输入（`-` 或 `/dev/stdin`）指定了两次（作为两份资料文件，或同时作为规则文件和资料文件），但标准输入只能读取一次：请先将其中一份内容保存为文件".into(),
            Issue::AnswerSheet => "这是练习的答题卡，不是资料文件：评分请用 `kam-advise grade 答题卡文件 --key 练习目录`；本套练习各案例的资料文件在 `练习目录/profiles/` 中".into(),
            Issue::EmptyProfile => "没有任何内容（空文件或只有注释）：资料文件至少须填写 `name`、`annual_revenue` 和 `key_accounts` 三个键（`kam-advise init --lang zh > client.toml` 可生成一份模板）".into(),
            Issue::Sheet(issue) => crate::text::SheetText::sheet_issue(&super::Chinese, issue),
        }
    }

    /// 读写失败的原因：系统的英文信息一律不出现（其中可能有临时文件名），少见的情况只给错误码。
    pub(super) fn io_failure(failure: &IoFailure, reading: bool) -> String {
        match failure {
            IoFailure::NotFound => "找不到文件".into(),
            IoFailure::IsDirectory => "是目录，不是文件".into(),
            IoFailure::NotADirectory => "路径中有一段是文件，不是目录".into(),
            IoFailure::PermissionDenied if reading => "没有读取权限".into(),
            IoFailure::PermissionDenied => "没有写入权限".into(),
            IoFailure::InvalidName => "文件名无效（过长，或含有文件系统不接受的字符）".into(),
            IoFailure::StorageFull => "磁盘空间不足".into(),
            IoFailure::QuotaExceeded => "磁盘配额已用完".into(),
            IoFailure::ReadOnly => "文件系统是只读的".into(),
            IoFailure::Exists => "同名文件在此期间出现了（也许另一次运行正在写入同一位置）".into(),
            IoFailure::Symlink => {
                "这是符号链接，本工具不会通过符号链接写入：请删除该链接，或改用实际路径".into()
            }
            IoFailure::SymlinkLoop => "符号链接层数过多（可能链接成环）".into(),
            IoFailure::NotRegular => "不是普通文件，而是管道、设备或套接字".into(),
            IoFailure::NotEmpty => "目录不是空的".into(),
            IoFailure::Busy => "正被占用".into(),
            IoFailure::CannotMove => "该目录无法移动（也许是挂载点），而写入一套练习时会整体替换该目录：请指定其中的一个新目录".into(),
            IoFailure::TooLarge => "文件超出了系统允许程序写入的大小（见 `ulimit -f`）".into(),
            IoFailure::HoldsCurrentDirectory => "该目录是当前工作目录（或包含当前工作目录），而写入一套练习时会整体替换该目录：请另行指定一个新目录，如 set-1".into(),
            IoFailure::Other { code } => {
                let what = if reading {
                    "读取出错"
                } else {
                    "写入出错"
                };
                match code {
                    Some(code) => format!("{what}（系统错误码 {code}）"),
                    None => what.to_string(),
                }
            }
        }
    }

    /// "a"、"a 或 b"、"a、b 或 c"。
    fn or_list(words: &[&str]) -> String {
        match words {
            [] => String::new(),
            [one] => (*one).to_string(),
            [rest @ .., last] => format!("{} 或 {last}", rest.join("、")),
        }
    }

    pub(super) fn usage(usage: &Usage) -> String {
        match usage {
            Usage::NoProfile => "没有给出资料文件：请指定资料文件或其所在目录，或用 - 表示标准输入\
                 （`kam-advise init --lang zh > client.toml` 可生成一份资料文件模板）"
                .into(),
            Usage::NotApplicable { option, command } => {
                let why = match (*option, *command) {
                    ("--prepared-by" | "--logo" | "--confidential", _) => {
                        "它只用于交给客户的文档（kam-advise 资料文件 --format html 或 markdown）"
                    }
                    ("--sheet", _) => {
                        "它不读取电子表格（可用于 kam-advise clients.xlsx --sheet 工作表名，或 compare）"
                    }
                    ("--bom", _) => "只有 `--format csv` 才写入字节顺序标记",
                    ("--why", _) => {
                        "只有针对资料文件给出建议时才列出推理过程（kam-advise 资料文件... --why）"
                    }
                    ("--rules", "schema") => "JSON Schema 与阈值无关",
                    ("--rules", "exercise" | "grade") => {
                        "练习和参考答案一律按本章给出的数字设定，学生的每个答案都能对照本章核查"
                    }
                    ("--rules", _) => "生成资料文件模板时不涉及阈值",
                    ("--format", "schema") => "它只输出 JSON Schema",
                    ("--format", "interview") => "它以问答方式填写，只输出 TOML 格式的资料文件",
                    ("--format", "exercise") => {
                        "它总是把整套文件（Markdown、JSON Lines、TOML、GIFT）一起写入 `--output-dir` 指定的目录，无须选择格式"
                    }
                    ("--format", _) => "它只输出 TOML 格式的资料文件模板",
                    _ => "请去掉该选项",
                };
                format!("`{option}` 不适用于 `{command}`：{why}")
            }
            Usage::FormatNotApplicable {
                format,
                command,
                valid,
            } => {
                let what = command.map_or("对资料文件的建议".to_string(), |c| {
                    format!(" `{c}`")
                });
                format!(
                    "`--format {format}` 不适用于{what}：可用 {}",
                    or_list(valid)
                )
            }
            Usage::GivenTwice { option, command } => {
                format!("`{option}` 在 `{command}` 前后都给出了：只需给一次")
            }
            Usage::GenerateAlone { command } => {
                format!("`--generate` 不能与 `{command}` 同用：它只输出补全脚本或手册页")
            }
            Usage::OneDocumentEach { format, inputs } => format!(
                "`--format {format}` 为每份资料各输出一份文档，本次共给出{inputs}份资料：\
                 请用 `--output-dir 目录` 写到一个文件夹（每份资料一个文件），或只指定一份资料"
            ),
            Usage::SourceDateEpoch { value } => format!(
                "`SOURCE_DATE_EPOCH` 应为自1970年1月1日（协调世界时）起的整秒数（报告所载的日期由它确定），\
                 实际为“{value}”"
            ),
            Usage::SheetDocuments { format, sheet } => format!(
                "{sheet} 中每一行是一份资料，而 `--format {format}` 为每份资料各写一份文档：请用 `--output-dir 目录` 写入一个文件夹（每行一个文件，以该行的企业名称命名）"
            ),
            Usage::SchemaPathNotOneLine { path } => {
                format!("`--schema` 需要写在一行内、不含控制字符的路径或网址，给出的是 {path:?}")
            }
            Usage::MistypedCommand { word, near } => {
                format!("`{word}` 既不是文件也不是子命令：是否想用 `{near}`？")
            }
            Usage::NoSuchCommand { word, near } => match near {
                Some(near) => format!("没有子命令 `{word}`：是否想用 `{near}`？"),
                None => format!("没有子命令 `{word}`；`kam-advise --help` 列出了全部子命令"),
            },
            Usage::DocumentOnly { option, format } => format!(
                "`{option}` 只用于交给客户的文档（`--format html`、`--format docx` 或 `--format markdown`），不适用于 `{format}`"
            ),
            Usage::CompareDocumentOnly { option, format } => format!(
                "`{option}` 只用于交给客户的客户组合报告（`compare --format html`），不适用于 `{format}`"
            ),
            Usage::BinaryOnTerminal { format } => format!(
                "`--format {format}` 输出的是 Word 文档，不能显示在终端上：请把标准输出重定向到文件（`> report.{format}`），或使用 `--output-dir DIR`"
            ),
            Usage::LogoType { path, format } => format!(
                "{path} 是 SVG 图片，`--format {format}` 的文档无法嵌入：请改用 PNG 或 JPEG 格式的标志图片"
            ),
        }
    }

    pub(super) fn output_failed(failure: &OutputFailure) -> String {
        match failure {
            OutputFailure::Stdout(error) => {
                format!("无法写入标准输出：{}", io_failure(error, false))
            }
            OutputFailure::Json(message) => format!("无法把报告写成 JSON：{message}"),
            OutputFailure::Docx(message) => format!("无法生成 Word 文档：{message}"),
            OutputFailure::Directory { path, error } => {
                format!("无法把 {path} 用作输出目录：{}", io_failure(error, false))
            }
            OutputFailure::File {
                path,
                error: IoFailure::NotFound,
            } => format!("无法写入 {path}：所在目录不存在"),
            OutputFailure::File { path, error } => {
                format!("无法写入 {path}：{}", io_failure(error, false))
            }
            OutputFailure::Exists { path } => format!(
                "{path} 已存在，因此没有写入任何文件：如要覆盖，请加 --force，或换一个 --output-dir"
            ),
            OutputFailure::FileExists { path } => format!(
                "{path} 已存在，因此没有写入：如要覆盖，请加 --force，或用 --output 另选一个文件"
            ),
            OutputFailure::Appeared { path } => format!(
                "{path} 在本次运行写入期间出现了（也许另一次运行在写同一位置）：保留该文件，本次运行的结果没有写入"
            ),
            OutputFailure::IsAnInput { path } => format!(
                "{path} 是本次运行的输入文件之一，将对比结果写入该文件会覆盖正在读取的内容：请为 --output 另取一个文件名"
            ),
            OutputFailure::NothingAdvised { path, kept } => {
                if *kept {
                    format!("没有一份资料得出建议，因此没有写入 {path}，原文件保持不变")
                } else {
                    format!("没有一份资料得出建议，因此没有写入 {path}")
                }
            }
            OutputFailure::Clash {
                path,
                first,
                second,
            } => format!(
                "{first} 和 {second} 会写到同一个文件 {path}，因此没有写入任何文件：请给其中一份改名，或分两次运行"
            ),
        }
    }
}
