//! 中文文本。面向咨询顾问和学生；凡陈述规则之处均注明所依据的条款。

use super::{Catalog, Counted, ExplainLabels, Labels, wan_yi};
use crate::advice::{
    Basis, ConditionId, Form, FormReason, GapDirection, Hint, Measure, Post, RoleId, Step, Trace,
    UnitId, Warning,
};
use crate::options::Topic;
use crate::profile::{Kind, Level, ScaleSource, Setup};
use crate::rules::Rules;
use crate::scale::Indicator;
use crate::scale::Scale;

pub struct Chinese;

static EXPLAIN: ExplainLabels = ExplainLabels {
    met_when: "满足条件",
    order: "顺序",
    applies_when: "适用情形",
    item: "项目",
    rule: "规则",
    industry: "行",
    industry_name: "行业",
    compare_title: "各企业的重点客户管理组织",
    conditions_met: "满足 (一)",
    headcount_short: "编制",
};

static LABELS: Labels = Labels {
    title: "重点客户管理组织建议",
    source: "档案",
    profile: "企业",
    revenue: "年度销售额",
    key_accounts: "重点客户数",
    kind: "类型",
    scale: "规模",
    conditions: "设立专门重点客户管理机构的条件 (一)",
    condition: "条件",
    value: "本企业",
    threshold: "门槛",
    met: "满足",
    clause: "条款",
    yes: "是",
    no: "否",
    recommendation: "建议",
    form: "组织形式",
    why: "理由",
    structure: "组织结构",
    unit: "机构",
    level: "层级",
    optional: "可选",
    staffing: "人员配置",
    role: "岗位",
    count: "人数",
    basis: "依据",
    headcount: "机构编制",
    kam_managers: "重点客户经理",
    focus_executives: "集中执行官",
    not_in_headcount: "；在机构编制之外另行指派",
    reporting_line: "汇报关系 (二)1",
    duties: "重点客户管理机构的职能 (三)",
    requirements: "对重点客户管理人员的要求 (四)1",
    manager_roles: "重点客户经理的两个角色 (四)2",
    warnings: "警告",
    hints: "提示",
    no_structure: "目前无需设立机构。",
    colon: "：",
    duty: "职能",
    requirement: "要求",
    manager_role: "角色",
    gap: "与现状的差距",
    reasoning: "推理过程",
    org_chart: "组织结构图",
    next_steps: "下一步",
};

static DUTIES: [&str; 7] = [
    "制定企业的重点客户发展战略、规划与目标，并推动落实。",
    "对全企业的重点客户管理工作进行指导、监督和考核。",
    "制定重点客户服务规范和业务流程，统筹日常运维，并协调各部门为每个重点客户拿出完整的综合服务方案。",
    "开展重点客户市场调研与分析，定期与客户座谈，汇总客户需求，及时提出新业务开发需求和营销策略。",
    "按业务种类和客户特点制定重点客户管理制度与优惠政策，并指导客户落实。",
    "做好重点客户信息管理和内部通报，为领导决策提供可靠依据。",
    "组织重点客户管理人员的培训。",
];

static REQUIREMENTS: [&str; 6] = [
    "透彻了解每个重点客户的经营状况、盈利方式、管理手段和市场网络。",
    "具备战略思维和规划、计划能力，能够组织营销与行政工作，并编写重点客户管理与操作方案。",
    "精通本企业产品、全面熟悉本企业业务，善于向客户讲解。",
    "沟通能力强：能分析企业政策和客户提出的问题，把双方信息结合起来加以利用。",
    "能与客户高层对话，结合客户实际提出建设性意见，并推动合作落地。",
    "具备培训能力：重点客户管理很大程度上要靠培训客户员工来落实企业政策，因此管理人员必须能当企业的培训师。",
];

static MANAGER_ROLES: [&str; 2] = [
    "客户的顾问：了解客户的优势与短板，帮助客户分析竞争态势，为客户设计问题解决方案，充分挖掘其潜力，在企业内部为客户发声。",
    "本企业的战略家：收集并分析行业现状和客户需求，结合企业实际制定客户开发与管理计划，尽可能提升客户价值和满意度，促进双方业务共同发展，实现双赢。",
];

impl Catalog for Chinese {
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
            Form::None => "暂不设立机构",
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
            ConditionId::StrategicPlan => "战略规划要求设立",
            ConditionId::AccountDevelopment => "设立后有利于快速培养客户、增强客户信赖",
        }
    }

    fn unit(&self, id: UnitId) -> &'static str {
        match id {
            UnitId::Committee => "重点客户管理委员会",
            UnitId::ManagementCentre => "重点客户管理中心",
            UnitId::ServiceCentre => "重点客户服务中心",
            UnitId::EvaluationCentre => "重点客户评估中心",
            UnitId::ManagementBody => "重点客户管理机构",
            UnitId::Department => "重点客户管理部",
            UnitId::Team => "重点客户管理小组",
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

    fn role(&self, id: RoleId) -> &'static str {
        match id {
            RoleId::KamManager => "重点客户经理",
            RoleId::DepartmentStaff => "重点客户管理专员",
            RoleId::FocusExecutive => "集中执行官",
            RoleId::FinanceMember => "财务部门成员",
            RoleId::SupplyMember => "生产/供应部门成员",
            RoleId::AfterSalesMember => "售后服务部门成员",
        }
    }

    fn post(&self, post: Post) -> &'static str {
        match post {
            Post::KamManagers => "重点客户经理",
            Post::NationalSalesManager => "全国销售经理",
            Post::VpMarketingSales => "营销与销售副总裁",
            Post::Ceo => "首席执行官",
        }
    }

    fn kind(&self, kind: Kind) -> &'static str {
        match kind {
            Kind::Enterprise => "企业",
            Kind::Group => "集团企业",
            Kind::Multinational => "跨国集团",
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
            Setup::Sales => "由销售人员各自负责",
            Setup::Team => "重点客户管理小组",
            Setup::Department => "重点客户管理部",
            Setup::ServiceCenter => "重点客户服务中心",
            Setup::Committee => "重点客户管理委员会",
        }
    }

    fn scale_source(&self, source: ScaleSource, industry: Option<&str>) -> String {
        match (source, industry) {
            (ScaleSource::Declared, _) => "档案申报".into(),
            (ScaleSource::Inferred, Some(row)) => format!("按国统2017标准推断，{row} 行"),
            (ScaleSource::Inferred, None) => "按国统2017标准推断".into(),
        }
    }

    fn money(&self, yuan: u64) -> String {
        format!("{}元", wan_yi(yuan))
    }

    fn count_of(&self, n: u64, what: Counted) -> String {
        match what {
            Counted::People => format!("{n}人"),
        }
    }

    fn verdict(&self, warranted: bool, met: usize, total: usize) -> String {
        if warranted {
            format!(
                "应设立专门的重点客户管理机构：(一)的{total}项条件中满足{met}项，满足一项即可。"
            )
        } else {
            format!("(一)的{total}项条件均不满足：暂不需要设立专门的重点客户管理机构。")
        }
    }

    fn reason(&self, reason: FormReason) -> String {
        match reason {
            FormReason::NoKeyAccounts => "企业尚未评定任何重点客户，目前没有可组织的对象；应先完成重点客户评定 (一)2。".into(),
            FormReason::NotWarranted => "(一)的四项条件都不满足，设立专门机构的理由不足；先以最轻的形式——跨职能的重点客户管理小组——照管客户 (二)4。".into(),
            FormReason::LargeGroup(kind) => format!(
                "大型{}通过重点客户管理委员会管理重点客户，委员会下设管理中心、服务中心和评估中心 (二)1。",
                if kind == Kind::Multinational { "跨国集团" } else { "集团企业" }
            ),
            FormReason::PublicSector => "国家行业部门多设立重点客户服务中心，有多级网络的按层级逐级设置 (二)2。".into(),
            FormReason::LargeScale => "国内大型企业多设立重点客户服务中心来管理重点客户 (二)2。".into(),
            FormReason::MediumScale => "中型企业的重点客户少于大型企业，适合设立3-4人的重点客户管理部，并随客户增加而扩编 (二)3。".into(),
            FormReason::SmallScale(scale) => format!(
                "{}企业重点客户很少，不宜设“中心”或“部门”，由跨职能的重点客户管理小组履行职能即可 (二)4。",
                self.scale(scale)
            ),
        }
    }

    fn basis(&self, basis: Basis) -> String {
        match basis {
            Basis::PerManager { accounts, per } => {
                format!("⌈{accounts}÷{per}⌉：每位重点客户经理平均负责{per}个重点客户 (二)1")
            }
            Basis::SpreadOverTiers {
                accounts,
                per,
                tiers,
            } => format!("⌈{accounts}÷{per}⌉ (二)1，按业务需要分配到{tiers}个层级 (二)2"),
            Basis::DepartmentMinimum { base, managers } => format!(
                "管理部起步编制{base}人 (二)3；{managers}名重点客户经理之外补足{}名专员",
                base.saturating_sub(managers)
            ),
            Basis::FocusPerAccount { accounts } => {
                format!("{accounts}个重点客户各配一名高管，与客户管理层保持密切联系 (二)1")
            }
            Basis::PerFunction { per } => format!("该职能出{per}人，固定为客户服务 (二)4"),
        }
    }

    fn warning(&self, warning: Warning) -> String {
        match warning {
            Warning::GroupNotLarge { kind, scale } => format!(
                "档案类型为{}，但规模为{}：重点客户管理委员会 (二)1 适用于大型集团，因此按规模给出建议。请核对 `kind` 和 `scale`。",
                self.kind(kind),
                self.scale(scale)
            ),
            Warning::ScaleMismatch { declared, figures } => format!(
                "申报规模为{}，但按国统2017标准，档案中的数据对应{}。建议按申报规模给出；请用 `employees`、`annual_revenue`、`total_assets` 核对 `scale`。",
                self.scale(declared),
                self.scale(figures)
            ),
            Warning::NetworkUnused { form } => format!(
                "档案给出了 `[network] levels`，但只有重点客户服务中心 (二)2 分级设置；建议的{}不使用层级。",
                self.form(form)
            ),
            Warning::FewerManagersThanTiers { managers, tiers } => format!(
                "需配置人员的层级有{tiers}个，而按客户数只需{managers}名重点客户经理：在客户增加前各层级需共用经理，或按业务需要灵活配备 (二)2。"
            ),
        }
    }

    fn hint(&self, hint: Hint) -> String {
        match hint {
            Hint::RevenueShort { short_by, threshold } => format!(
                "销售额距 (一)1 的{}还差{}。",
                self.money(threshold),
                self.money(short_by)
            ),
            Hint::AccountsShort { short_by, threshold } => format!(
                "再评定{short_by}个重点客户即达到 (一)2 的{threshold}个。"
            ),
            Hint::RateAccountsFirst { threshold } => format!(
                "请先评定企业的重点客户：达到{threshold}个时即可考虑设立专门机构 (一)2。"
            ),
            Hint::FormOnceWarranted { form } => format!(
                "一旦满足 (一) 的任一条件，按本企业的类型和规模应设立{} {}。",
                self.form(form),
                form.clause()
            ),
            Hint::HeadcountGrows { at_accounts, headcount, per } => format!(
                "重点客户达到{at_accounts}个时，编制增至{headcount}人（每{per}个客户一名重点客户经理 (二)1）。"
            ),
            Hint::CustomRules => "本建议使用了 --rules 文件中的门槛，而非本章原有数值；`kam-advise rules` 可查看本章数值。".into(),
        }
    }

    fn rules_header(&self) -> &'static str {
        "kam-advise 规则：适用于每份档案的各项门槛。\n\
         下列数值即当前生效的数值；默认值为本章原有数值。\n\
         修改数值后用 --rules FILE 传入本文件。未列出的键沿用本章数值。"
    }

    fn rule_doc(&self, key: &str) -> &'static str {
        match key {
            "revenue_threshold_cny" => {
                "可考虑设立专门重点客户管理机构的年度销售额（元；本章：5000万）。也可写作 \"5000万\"。"
            }
            "key_accounts_threshold" => {
                "可考虑设立专门机构的已评定重点客户数（本章：6-10个，取下限）。"
            }
            "accounts_per_manager" => "每位重点客户经理平均负责的重点客户数（本章：9），至少为1。",
            "department_base_headcount" => {
                "重点客户管理部随客户增加扩编前的起步编制（本章：3-4人）。"
            }
            "team_members_per_function" => {
                "财务、生产/供应、售后服务各职能派入重点客户管理小组的人数。"
            }
            _ => "",
        }
    }

    fn rule_default_label(&self) -> &'static str {
        "本章数值"
    }

    fn trace(&self, trace: &Trace) -> String {
        let verdict = |applies: bool| if applies { "是" } else { "否" };
        match trace {
            Trace::ScaleInferred { row, checks, scale } => {
                let sizes: Vec<String> = checks
                    .iter()
                    .map(|check| {
                        let bounds: Vec<String> = check
                            .bounds
                            .iter()
                            .map(|b| {
                                let (name, value, lower) = match b.indicator {
                                    Indicator::Employees => (
                                        "从业人员",
                                        format!("{}人", b.value),
                                        format!("{}人", b.lower),
                                    ),
                                    Indicator::Revenue => {
                                        ("营业收入", self.money(b.value), self.money(b.lower))
                                    }
                                    Indicator::Assets => {
                                        ("资产总额", self.money(b.value), self.money(b.lower))
                                    }
                                };
                                format!("{name}{value}{}{lower}", if b.met { "≥" } else { "<" })
                            })
                            .collect();
                        format!(
                            "{}须同时满足：{}",
                            self.scale(check.scale),
                            bounds.join("，")
                        )
                    })
                    .collect();
                format!(
                    "按国统2017标准（`{row}`行）：{} → {}。",
                    sizes.join("；"),
                    self.scale(*scale)
                )
            }
            Trace::Condition(c) => {
                let shown = |m: Measure| match m {
                    Measure::Yuan(y) => self.money(y),
                    Measure::Count(n) => n.to_string(),
                    Measure::Flag(b) => if b { "是" } else { "否" }.to_string(),
                };
                let compare = match c.value {
                    Measure::Flag(_) => shown(c.value),
                    _ => format!(
                        "{}{}{}",
                        shown(c.value),
                        if c.met { "≥" } else { "<" },
                        shown(c.threshold)
                    ),
                };
                format!(
                    "{} {}：{compare} → {}。",
                    c.id.clause(),
                    self.condition(c.id),
                    if c.met { "满足" } else { "不满足" }
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
                let (k, s) = (self.kind(*kind), self.scale(*scale));
                match rule {
                    1 => {
                        format!("规则1 (一)2：尚未评定重点客户？重点客户数={key_accounts} → {a}。")
                    }
                    2 => format!(
                        "规则2 (一)：四项条件都不满足？{} → {a}{}。",
                        if *warranted {
                            "至少满足一项"
                        } else {
                            "一项也不满足"
                        },
                        if *applies {
                            "：采用最轻的形式——小组 (二)4"
                        } else {
                            ""
                        }
                    ),
                    3 => format!(
                        "规则3 (二)1：大型集团或跨国集团？类型={k}，规模={s} → {a}{}。",
                        if *applies {
                            "：重点客户管理委员会"
                        } else {
                            ""
                        }
                    ),
                    4 => format!(
                        "规则4 (二)2：国家行业部门，或大型企业？类型={k}，规模={s} → {a}{}。",
                        if *applies {
                            "：重点客户服务中心"
                        } else {
                            ""
                        }
                    ),
                    5 => format!(
                        "规则5 (二)3：中型企业？规模={s} → {a}{}。",
                        if *applies {
                            "：重点客户管理部"
                        } else {
                            ""
                        }
                    ),
                    _ => format!(
                        "规则6 (二)4：小型或微型企业？规模={s} → {a}{}。",
                        if *applies {
                            "：跨职能的重点客户管理小组"
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
                format!("重点客户经理 = ⌈{accounts}÷{per}⌉ = {managers} (二)1。")
            }
            Trace::DepartmentHeadcount {
                base,
                managers,
                headcount,
            } => {
                format!("管理部编制 = max({base}, {managers}) = {headcount} (二)3。")
            }
            Trace::FocusExecutives { accounts } => {
                format!("集中执行官 = 重点客户数 = {accounts} (二)1。")
            }
        }
    }

    fn gap_summary(&self, current: Setup, form: Form, direction: GapDirection) -> String {
        let today = self.setup(current);
        match direction {
            GapDirection::Wait => {
                format!("目前重点客户{today}；在评定重点客户之前，暂无可组织的对象。")
            }
            GapDirection::Build => format!("目前重点客户{today}；需要新建{}。", self.form(form)),
            GapDirection::Grow => format!("企业目前设有{today}；需要扩建为{}。", self.form(form)),
            GapDirection::Same => format!("企业目前已设有{today}，正是建议的形式。"),
            GapDirection::Reduce => format!(
                "企业目前设有{today}，超出本章对其规模建议的{}。",
                self.form(form)
            ),
        }
    }

    fn salespeople_warning(&self) -> &'static str {
        "重点客户掌握在销售人员个人手中：客户资源由销售人员掌握，企业本身却没有用上——这正是本节开篇所指出的问题 (本节导言)。"
    }

    fn explain_labels(&self) -> &'static ExplainLabels {
        &EXPLAIN
    }

    fn topic_title(&self, topic: Topic) -> &'static str {
        match topic {
            Topic::Conditions => "(一) 何时应设立专门的重点客户管理机构",
            Topic::Forms => "(二) 采用哪种形式：按检查顺序排列的规则",
            Topic::Staffing => "机构的人员配置",
            Topic::Duties => "(三) 重点客户管理机构的七项职能",
            Topic::Requirements => "(四) 对重点客户管理人员的要求及重点客户经理的两个角色",
            Topic::Scale => "企业规模：国统2017《统计上大中小微型企业划分办法》",
        }
    }

    fn topic_note(&self, topic: Topic) -> &'static str {
        match topic {
            Topic::Conditions => {
                "满足任一条件即可。一项都不满足时，建议采用最轻的形式——小组，并给出距各门槛的差距。"
            }
            Topic::Forms => {
                "按顺序检查，第一条适用的规则决定结果。不是大型的集团或跨国集团按其规模给出建议，并提示警告。"
            }
            Topic::Staffing | Topic::Duties | Topic::Requirements => "",
            Topic::Scale => {
                "X为从业人员（人）；Y为营业收入、Z为资产总额（万元）。企业属于其全部下限都满足的最大一档，否则为微型。档案中申报的 `scale` 优先，但与数据矛盾时会给出警告。"
            }
        }
    }

    fn condition_rule(&self, id: ConditionId, rules: &Rules) -> String {
        match id {
            ConditionId::Revenue => {
                format!("年度销售额 ≥ {}", self.money(rules.revenue_threshold_cny))
            }
            ConditionId::KeyAccounts => format!(
                "已评定重点客户 ≥ {}个（本章：6-10个）",
                rules.key_accounts_threshold
            ),
            ConditionId::StrategicPlan => "[strategy] strategic_plan = true".into(),
            ConditionId::AccountDevelopment => "[strategy] account_development = true".into(),
        }
    }

    fn form_rule(&self, rule: u8) -> &'static str {
        match rule {
            1 => "尚未评定重点客户",
            2 => "(一)的条件一项都不满足",
            3 => "集团企业或跨国集团，且为大型",
            4 => "国家行业部门；或任何大型企业",
            5 => "中型企业",
            _ => "小型或微型企业",
        }
    }

    fn staffing_rules(&self, rules: &Rules) -> Vec<Vec<String>> {
        let per = rules.accounts_per_manager;
        let base = rules.department_base_headcount;
        let members = rules.team_members_per_function;
        vec![
            vec![
                "重点客户经理".into(),
                format!("⌈重点客户数÷{per}⌉：每位经理平均负责{per}个重点客户"),
                "(二)1".into(),
            ],
            vec![
                "管理部".into(),
                format!("max({base}, 重点客户经理数)：3-4人，随客户增加而扩编"),
                "(二)3".into(),
            ],
            vec![
                "委员会".into(),
                "每个重点客户配一名来自高层的集中执行官，在机构编制之外".into(),
                "(二)1".into(),
            ],
            vec![
                "委员会".into(),
                "重点客户经理 → 全国销售经理 → 营销与销售副总裁 → 首席执行官".into(),
                "(二)1".into(),
            ],
            vec![
                "服务中心".into(),
                "国家级、省级设管理机构；地市级设服务中心；县级视情况而定；人员按业务需要灵活配备"
                    .into(),
                "(二)2".into(),
            ],
            vec![
                "小组".into(),
                format!("重点客户经理，加上财务、生产/供应、售后服务各{members}人，固定为客户服务"),
                "(二)4".into(),
            ],
        ]
    }

    fn init_header(&self) -> &'static str {
        "kam-advise 企业档案。填入本企业的数据后运行：kam-advise 本文件.toml\n\
         以 # 开头的行是注释；去掉 # 即可启用可选的键。"
    }

    fn init_comment(&self, key: &str) -> &'static str {
        match key {
            "name" => "企业名称（必填）。",
            "annual_revenue" => {
                "年度销售额（必填）：数字，或带单位 万、亿、K、M、B 的字符串，如 \"8000万\"、\"1.2亿\"、\"80M\"。\n(一)1：达到5000万即可考虑设立专门机构。"
            }
            "key_accounts" => {
                "企业已评定的重点客户数（必填）。(一)2：达到6个即可考虑设立专门机构。"
            }
            "currency" => "金额所用币种；默认 CNY。",
            "cny_rate" => "1单位 `currency` 折合多少人民币；币种不是 CNY 时必填。",
            "kind" => {
                "enterprise（企业）| group（集团企业）| multinational（跨国集团）| public-sector（国家行业部门）。"
            }
            "scale" => {
                "micro | small | medium | large（也可写 微型、小型、中型、大型）。不填则按国统2017标准由 `industry` 和数据推断。"
            }
            "industry" => {
                "国统2017标准的行业（英文代号或中文名），如 industry、retail、software-it、工业。见 `kam-advise explain scale`。"
            }
            "employees" => "从业人员数；多数行业推断规模时需要。",
            "total_assets" => "资产总额；建筑业、房地产开发经营、租赁和商务服务业推断规模时需要。",
            "current_setup" => {
                "目前由谁负责重点客户：none | sales | team | department | service-center | committee。"
            }
            "strategic_plan" => "(一)3：企业的战略或发展规划要求设立重点客户管理机构。",
            "account_development" => {
                "(一)4：设立机构有利于快速培养客户、增强客户对企业的信心和依赖。"
            }
            "network" => {
                "多级组织：按从上到下的顺序列出层级（national、provincial、prefecture、county）。"
            }
            _ => "",
        }
    }

    fn init_example_name(&self) -> &'static str {
        "示例制造有限公司"
    }

    fn issue(&self, issue: &crate::problem::Issue) -> String {
        issues::issue(issue)
    }

    fn batch_failed(&self, failed: usize, total: usize) -> String {
        format!("{total}份档案中有{failed}份失败")
    }

    fn usage(&self, usage: &crate::problem::Usage) -> String {
        issues::usage(usage)
    }

    fn output_failed(&self, failure: &crate::problem::OutputFailure) -> String {
        issues::output_failed(failure)
    }

    fn step(&self, step: Step) -> String {
        match step {
            Step::RateAccounts { threshold } => format!("先评定重点客户；达到{threshold}个以上时再运行本建议 (一)2。"),
            Step::TakeAccountsFromSales => "把重点客户从销售人员个人手中收归组织：将每个客户的档案、联系人和计划移交新机构，让企业自己掌握并用好客户资源 (本节导言)。".into(),
            Step::NameOwner => "在机构建立之前，先明确由谁对重点客户负责。".into(),
            Step::AppointManagers { count, per } => format!("按每{per}个客户一名的标准任命{count}名重点客户经理 (二)1，人选对照 (四)1 的要求。"),
            Step::NameFunctionMembers { per } => format!("财务、生产/供应、售后服务各派{per}人，固定为重点客户服务 (二)4。"),
            Step::FillDepartment { headcount } => format!("重点客户管理部配足{headcount}人 (二)3。"),
            Step::SetUpServiceCentre => "设立重点客户服务中心 (二)2。".into(),
            Step::SetUpTiers { tiers } => format!("按{tiers}个层级设置：国家级和省级设管理机构，以下设服务中心，县级视业务需要决定 (二)2。"),
            Step::FormCommittee => "组建重点客户管理委员会，下设管理中心、服务中心和评估中心 (二)1。".into(),
            Step::AssignFocusExecutives { count } => format!("为{count}个重点客户各指派一名高管担任集中执行官 (二)1。"),
            Step::SetReportingLine => "理顺汇报关系：重点客户经理 → 全国销售经理 → 营销与销售副总裁 → 首席执行官 (二)1。".into(),
            Step::WriteDuties => "把七项职能 (三)1-7 写入机构的职责说明。".into(),
            Step::TrainStaff => "对照 (四)1 的六项要求和 (四)2 的两个角色，制定人员培训计划 (三)7。".into(),
            Step::ReviewStaffing { managers, headcount } => format!("保持现有形式；核对是否配有{managers}名重点客户经理、共{headcount}人 (二)。"),
            Step::KeepOrFold { current, form } => format!(
                "只有在{}物有所值时才保留——费用过大正是本节导言所说企业不设机构的原因之一；否则并入{} {}。",
                self.setup(current),
                self.form(form),
                form.clause()
            ),
        }
    }
}

/// 输入问题的中文说明。
mod issues {
    use crate::money::MoneyError;
    use crate::problem::{
        Expected, Found, IoFailure, Issue, KeyHint, OutputFailure, Unreadable, Usage, backticked,
    };
    use crate::profile::Level;

    fn found(found: &Found) -> String {
        match found {
            Found::Str(s) => format!("字符串 \"{s}\""),
            Found::Integer(i) => format!("整数 {i}"),
            Found::Number(n) => format!("数值 {n}"),
            Found::Boolean(b) => format!("布尔值 {b}"),
            Found::Date => "日期".into(),
            Found::Array => "数组".into(),
            Found::Table => "表".into(),
        }
    }

    fn money_error(error: &MoneyError) -> String {
        match error {
            MoneyError::Negative => "不能为负数".into(),
            MoneyError::NotFinite => "必须是有限的数（不能是 nan 或 inf）".into(),
            MoneyError::Empty => "为空".into(),
            MoneyError::Malformed => {
                "不是金额：请写数字（数字之间可用 `_` 或 `,` 分隔），可带小数点和单位".into()
            }
            MoneyError::UnknownUnit(unit) => format!("的单位 `{unit}` 无法识别"),
            MoneyError::TooLarge => "太大，无法计算".into(),
        }
    }

    const UNITS: &str = "可用单位：万 (1e4)、亿 (1e8)、K (1e3)、M (1e6)、B 或 bn (1e9)，大小写均可";

    fn near(near: Option<&str>) -> String {
        near.map(|n| format!("是否想写 `{n}`？"))
            .unwrap_or_default()
    }

    pub fn issue(issue: &Issue) -> String {
        match issue {
            Issue::FileTooLarge { kib } => format!("文件超过 {kib} KiB；档案或规则文件应是简短的 TOML 文件"),
            Issue::Utf16 => "文件是 UTF-16 编码；请另存为 UTF-8".into(),
            Issue::NotUtf8 => "文件不是有效的 UTF-8 文本；请另存为 UTF-8".into(),
            Issue::Syntax { message, at } => match at {
                Some(at) => format!("TOML 语法错误：{message}（位于 `{at}`）"),
                None => format!("TOML 语法错误：{message}"),
            },
            Issue::UnknownKey { key, table, hint } => {
                let place = table.map(|t| format!("（在 [{t}] 中）")).unwrap_or_default();
                let hint = match hint {
                    KeyHint::BelongsIn(t) => format!("它属于 [{t}] 表：请在 `{key} = ...` 之前另起一行写 `[{t}]`"),
                    KeyHint::DidYouMean(near) => format!("是否想写 `{near}`？"),
                    KeyHint::Keys(keys) => format!("可用的键为 {}", backticked(keys)),
                };
                format!("未知的键 `{key}`{place}：{hint}")
            }
            Issue::WrongType { key, expected, found: f } => {
                let f = found(f);
                match expected {
                    Expected::String => format!("`{key}` 必须是带引号的字符串，实际为{f}"),
                    Expected::Boolean => format!("`{key}` 必须是 true 或 false，实际为{f}"),
                    Expected::WholeNumber => format!("`{key}` 必须是整数（0 或以上，不带引号），实际为{f}"),
                    Expected::Amount => format!("`{key}` 必须是金额，如 8000万、\"1.2亿\" 或 80000000，实际为{f}"),
                    Expected::Table => format!("`{key}` 必须是表（一个 `[{key}]` 段），实际为{f}"),
                    Expected::Array => format!("`{key}` 必须是层级数组，实际为{f}"),
                }
            }
            Issue::Negative { key, found } => format!("`{key}` 必须为 0 或以上，实际为 {found}"),
            Issue::NumberTooLarge { key, found } => format!("`{key}` 太大，实际为 {found}"),
            Issue::UnusableNumber { key, found: f } => format!("`{key}` 不是可用的整数，实际为{}", found(f)),
            Issue::Money { key, error, found: f } => {
                let units = match error {
                    MoneyError::Malformed | MoneyError::UnknownUnit(_) => format!("；{UNITS}"),
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
                "`industry` 的值 \"{value}\" 无法识别：{}可用的值为 {}（或国统行业的中文名，如 工业）",
                near(*n),
                backticked(valid)
            ),
            Issue::Missing { key } => {
                let example = match *key {
                    "name" => "企业名称，如 name = \"华东精密机械有限公司\"",
                    "annual_revenue" => "如 annual_revenue = \"8000万\"",
                    _ => "企业已评定的重点客户数，如 key_accounts = 12",
                };
                format!("缺少必填的键 `{key}`（{example}）")
            }
            Issue::EmptyName => "`name` 不能为空".into(),
            Issue::ControlCharacters => "`name` 必须是一行文字，不能含控制字符".into(),
            Issue::BadCurrency { written } => format!("`currency` 必须是三个字母的 ISO 币种代码，如 CNY、USD、EUR，实际为 \"{written}\""),
            Issue::ZeroRate => "`cny_rate` 必须大于 0（1单位 `currency` 折合的人民币）".into(),
            Issue::RateWithCny => "只有 `currency` 不是 CNY 时才需要 `cny_rate`：请删除它，或把 `currency` 设为金额所用的币种".into(),
            Issue::RateRequired { currency } => format!("`currency` 为 {currency}，因此必须填写 `cny_rate`：1 {currency} 折合多少人民币，如 cny_rate = 7.1"),
            Issue::YuanOverflow { key, error } => format!("`{key}` 折合人民币后{}（超过 {} 元）", money_error(error), u64::MAX),
            Issue::Finance => "`industry`：金融业不在国统2017规模划分范围内；请删除 `industry`，改为填写 `scale`".into(),
            Issue::NetworkWithoutLevels => "`[network]` 需要 `levels`，如 levels = [\"national\", \"provincial\", \"prefecture\"]".into(),
            Issue::LevelsEmpty => format!("`network.levels` 为空：请按从上到下的顺序列出组织的层级，可选 {}", Level::valid_list()),
            Issue::LevelOrder { level, repeated } => format!(
                "`network.levels`：\"{level}\" {}；每个层级只写一次，从上到下：{}",
                if *repeated { "重复了" } else { "顺序不对" },
                Level::valid_list()
            ),
            Issue::ScaleNotInferable => "未填写 `scale`，且没有 `industry` 无法推断规模：请填写 `scale`（micro、small、medium、large），或填写 `industry` 及其国统2017行业所需的数据".into(),
            Issue::FigureMissing { key, row, row_name, needs } => format!(
                "缺少 `{key}`：未填写 `scale`，而按国统2017行业 `{row}`（{row_name}）推断规模需要 {}；请补充 `{key}` 或填写 `scale`",
                backticked(needs)
            ),
            Issue::RuleNonsense { key } => match *key {
                "accounts_per_manager" => "`accounts_per_manager` 至少为 1：每位重点客户经理至少负责一个客户".into(),
                "key_accounts_threshold" => "`key_accounts_threshold` 至少为 1：若为 0，连没有重点客户的企业也会满足条件".into(),
                _ => format!("`{key}` 至少为 1：管理部总要有人"),
            },
            Issue::Unreadable { what, error } => {
                let error = io_failure(error, true);
                match what {
                    Unreadable::Profile => format!("无法读取档案：{error}"),
                    Unreadable::Rules => format!("无法读取规则文件：{error}"),
                    Unreadable::Directory => format!("无法读取目录：{error}"),
                    Unreadable::Stdin => format!("无法读取标准输入：{error}"),
                }
            }
            Issue::EmptyDirectory => "该目录下没有 *.toml 档案（只查找目录本层）".into(),
            Issue::StdinTwice => "标准输入只能读取一次".into(),
        }
    }

    /// 读写失败的原因；系统的英文信息一律不出现，少见的情况只给错误码。
    fn io_failure(failure: &IoFailure, reading: bool) -> String {
        match failure {
            IoFailure::NotFound => "找不到文件".into(),
            IoFailure::IsDirectory => "是目录，不是文件".into(),
            IoFailure::NotADirectory => "路径中有一段是文件，不是目录".into(),
            IoFailure::PermissionDenied if reading => "没有读取权限".into(),
            IoFailure::PermissionDenied => "没有写入权限".into(),
            IoFailure::InvalidName => "文件名无效（过长，或含有文件系统不接受的字符）".into(),
            IoFailure::StorageFull => "磁盘空间不足".into(),
            IoFailure::ReadOnly => "文件系统是只读的".into(),
            IoFailure::Other { code, .. } => {
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

    pub fn usage(usage: &Usage) -> String {
        match usage {
            Usage::NoProfile => "没有给出档案：请指定档案文件、档案目录，或用 - 表示标准输入\
                 （`kam-advise init > client.toml` 可生成一份起步用的档案）"
                .into(),
            Usage::NotApplicable { option, command } => {
                let why = match *option {
                    "--why" => "只有对档案的建议才列出推理过程（kam-advise 档案... --why）",
                    "--rules" => "新档案不涉及阈值",
                    "--format" => "它只输出 TOML 档案",
                    _ => "请去掉该选项",
                };
                format!("`{option}` 不适用于 `{command}`：{why}")
            }
            Usage::FormatNotApplicable {
                format,
                command,
                valid,
            } => {
                let what = command.map_or("档案建议".to_string(), |c| format!(" `{c}`"));
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
        }
    }

    pub fn output_failed(failure: &OutputFailure) -> String {
        match failure {
            OutputFailure::Stdout(error) => {
                format!("无法写入标准输出：{}", io_failure(error, false))
            }
            OutputFailure::Json(message) => format!("无法把报告写成 JSON：{message}"),
        }
    }
}
