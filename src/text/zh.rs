//! 中文文本。面向咨询顾问和学生；凡陈述规则之处均注明所依据的条款。

use super::{Catalog, Counted, Labels, wan_yi};
use crate::advice::{Basis, ConditionId, Form, FormReason, Hint, Post, RoleId, UnitId, Warning};
use crate::profile::{Kind, Level, ScaleSource, Setup};
use crate::scale::Scale;

pub struct Chinese;

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
    list_separator: "、",
    colon: "：",
    duty: "职能",
    requirement: "要求",
    manager_role: "角色",
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
            (ScaleSource::Inferred, Some(row)) => format!("按国统2017标准推断（{row}）"),
            (ScaleSource::Inferred, None) => "按国统2017标准推断".into(),
        }
    }

    fn money(&self, yuan: u64) -> String {
        format!("{}元", wan_yi(yuan))
    }

    fn count_of(&self, n: u64, what: Counted) -> String {
        match what {
            Counted::KeyAccounts => format!("{n}个重点客户"),
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
}
