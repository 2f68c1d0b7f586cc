//! `explain`、`rules`、`init` 和 `compare` 的中文文本。

use super::Chinese;
use crate::advice::{ConditionId, FormRule};
use crate::profile::{ProfileKey, Table};
use crate::rules::{RuleKey, Rules};
use crate::text::Topic;
use crate::text::{ExplainLabels, ExplainText, Words};

static EXPLAIN: ExplainLabels = ExplainLabels {
    met_when: "判定标准",
    order: "顺序",
    applies_when: "适用情形",
    item: "项目",
    rule: "规则",
    industry: "代码",
    industry_name: "行业",
    compare_title: "各企业的重点客户管理组织",
    conditions_met: "满足(一)",
    headcount_short: "编制",
    example: "案例",
    printed: "原文",
    read_as: "本工具的读法",
    written: "写法",
    profile_currency: "资料的币种",
};

/// 本工具对原文的读法，每项列一次（docs/rules.md，“Readings of the printed text”）。
/// 开头那句把同一个词写了两遍的话只转述，不引用。
static READINGS: [(&str, &str, &str); 11] = [
    (
        "开头",
        "重点组织、重点管理和重点维护",
        "照原文理解：这里的“重点”是本义，指有重点地组织、管理和维护，并非由“大”替换而来",
    ),
    (
        "开头",
        "（不引用：谈企业如何组织重点客户的那句话，同一个词写了两遍）",
        "只转述其意：这些客户也由业务部门或销售部门兼管，没有专门的管理部门；前一个词原来很可能是“大客户”",
    ),
    ("开头", "费用过重点", "费用过大"),
    ("(二)1", "重点型集团企业", "大型集团企业（规则4）"),
    (
        "(二)1、(二)4",
        "所引科特勒原文中的“大客户”“大客户经理”“大客户管理部门”",
        "即本章的“重点客户”“重点客户经理”“重点客户管理部门”；每位经理管理9个客户的推算和规则8都以此为据",
    ),
    ("(二)2", "国内重点型企业", "国内大型企业（规则6）"),
    ("(二)2、(二)3", "重点多", "大多（规则5至7）"),
    ("(二)3", "重点型企业", "大型企业（规则7）"),
    ("(四)1(6)", "很重点程度上", "很大程度上"),
    ("(四)2", "最重点限度", "最大限度"),
    (
        "(四)2",
        "重点客户的主要职责",
        "据小标题“重点客户经理的角色”，读作重点客户经理的主要职责；无论哪种读法，都是企业一方的职责",
    ),
];

impl ExplainText for Chinese {
    fn explain_labels(&self) -> &'static ExplainLabels {
        &EXPLAIN
    }

    fn topic_title(&self, topic: Topic) -> &'static str {
        match topic {
            Topic::Conditions => "(一) 企业设立重点客户管理机构的条件",
            Topic::Forms => "(二) 组织形式：按检查顺序排列的规则",
            Topic::Staffing => "人员配备及各数字的来源",
            Topic::Duties => "(三) 重点客户管理机构的七项职能",
            Topic::Requirements => "(四) 对重点客户管理人员的要求及重点客户经理",
            Topic::Examples => "本章引用的案例",
            Topic::Readings => "本工具对原文的读法",
            Topic::Money => "金额的写法",
            Topic::Scale => "企业规模：《统计上大中小微型企业划分办法（2017）》",
        }
    }

    fn topic_note(&self, topic: Topic) -> &'static str {
        match topic {
            Topic::Conditions => {
                "本章指出，满足其中任何一项，企业就可以考虑设立专门机构。一项也不满足的企业，本工具不建议设立机构，并说明距各项标准还差多少，以及如果企业认为(一)3或(一)4成立，对应的组织形式是什么。"
            }
            Topic::Forms => {
                "按顺序检查，第一条适用的规则决定组织形式。理由中的“大型”和“大多”是本工具的读法，原文分别作“重点型”和“重点多”（见“本工具对原文的读法”）。规则5至7的形式是此类单位大多采用的，并非硬性规定。"
            }
            Topic::Staffing => {
                "本章给出的数字：本章直接给出的数字；据本章推算：本工具按自己的理解，由本章的数字推算得出；本工具的假设：本章没有给出，由本工具设定。推算所得和假设的数字都可以在 `kam-advise rules` 中修改。"
            }
            Topic::Duties | Topic::Requirements => "",
            Topic::Readings => {
                "本章的这一版本中，“大”字几乎都被替换成了“重点”。中间一栏是原文印出的字样，右栏是本工具对它的理解，并非原文字样。本工具凡引用原文之处，一律照原文引用。"
            }
            Topic::Examples => {
                "本章的引文出自《菲利普·科特勒纵论大客户的管理艺术》（《中国经营报》，2006年）和《邮政重点客户管理办法》。本版本几乎处处印作“重点客户”，其中多数很可能由“大客户”替换而来，所引科特勒原文的标题即作“大客户”；本工具统一采用本版本的印法。"
            }
            Topic::Money => {
                "金额可写成资料币种的数字（不填 `currency` 时为人民币），也可按日常写法写成字符串：数字可带千位分隔符，也可用科学记数法或中文数字（含大写）；其后可加数量单位（万、亿、千万、thousand、million、billion、k、M、bn）；前后可加币种代码、名称或符号（CNY、RMB、人民币、元、¥、USD、US$、$、美元）。符号或代码须与 `currency` 一致；金额属于其他币种时，把 `currency` 设为该币种代码，并把 `cny_rate` 设为1个单位折合的人民币数。省略了最后一个单位的金额（两亿五）不予猜测，一律拒绝：请写出该单位（两亿五千万），或在最后几位之前加“零”（两亿零五）。"
            }
            Topic::Scale => {
                "X为从业人员（人），Y为营业收入（万元），Z为资产总额（万元）。企业规模取各项下限同时满足的最高一档；一档也达不到的为微型企业。资料中填写的规模（scale）优先，与数据不符时本工具会给出提醒。"
            }
        }
    }

    fn condition_rule(&self, id: ConditionId, rules: &Rules) -> String {
        match id {
            ConditionId::Revenue => {
                let threshold = rules.revenue_threshold();
                format!("年度销售额达到{}", self.money_exact(threshold, crate::text::threshold_places(threshold)))
            }
            ConditionId::KeyAccounts => format!(
                "已评定的重点客户达到{}个（本章为6-10个，取下限）",
                rules.key_accounts_threshold
            ),
            ConditionId::StrategicPlan => "企业从战略规划和发展角度考虑设立（资料项 strategic_plan）".into(),
            ConditionId::AccountDevelopment => "设立机构有利于快速培养客户，增强客户对企业的信心和依赖感（资料项 account_development）".into(),
        }
    }

    fn form_rule_when(&self, rule: FormRule, rules: &Rules) -> String {
        match rule {
            FormRule::NoKeyAccounts => "尚未评定重点客户（本工具设定的前提）".into(),
            FormRule::NoConditionMet => "(一)的条件一项也不满足".into(),
            FormRule::Multinational => "国际跨国集团（不区分规模，本工具的理解）".into(),
            FormRule::LargeGroup => "大型集团企业".into(),
            FormRule::PublicSector => "国家行业部门（不区分规模，本工具的理解）".into(),
            FormRule::LargeEnterprise => "大型企业".into(),
            FormRule::MediumScale => "中型企业".into(),
            FormRule::SmallManyAccounts => format!(
                "小型或微型企业，且已评定的重点客户超过{}个（本工具对(二)4、(一)2和(二)1的理解）",
                rules.team_max_key_accounts
            ),
            FormRule::SmallScale => format!(
                "小型或微型企业，且已评定的重点客户不超过{}个",
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
            row("重点客户经理", format!("重点客户数÷{per}，向上取整；这是本工具对所引典型部门的解读：每位经理平均管理9个客户"), Derived, &[K::AccountsPerManager], "(二)1"),
            row("管理部", format!("取{}和重点客户经理人数中的较大者（本章的“3-4人”，随客户增加而增加）", rules.department_base_headcount), Chapter, &[K::DepartmentBaseHeadcount], "(二)3"),
            row("管理部", "汇报关系：本章所引的示例（重点客户经理→全国销售经理→营销与销售副总裁→首席执行官），可按实际调整".into(), Derived, &[], "(二)1"),
            row("重点客户专员", "管理部或服务中心中重点客户经理以外的名额：总人数来自本章（管理部）或本工具的下限（服务中心），如何划分以及“专员”这一名称由本工具拟定".into(), Assumption, &[], "(二)3"),
            row("服务中心（单设）", format!("取{}和重点客户经理人数中的较大者，使其不少于一个管理部", rules.service_center_base_headcount.max(rules.department_base_headcount)), Assumption, &[K::ServiceCenterBaseHeadcount, K::DepartmentBaseHeadcount], "(二)2"),
            row("服务中心（多级体系）", format!("服务中心所在层级的每个中心至少{}名重点客户经理；给出中心数量时，取中心数×{}与重点客户数÷{per}中的较大者；未给出时不估算编制", rules.service_center_min_staff, rules.service_center_min_staff), Assumption, &[K::ServiceCenterMinStaff], "(二)2"),
            row("服务中心（多级体系）", "把邮政示例的层级套用到资料填写的层级：县级以外的最低一级设重点客户服务中心，其上各级设重点客户管理机构，县级是否设立由各地决定；管理机构和县级中心的人员按业务需要配备，不作估算".into(), Derived, &[], "(二)2"),
            row("委员会", format!("重点客户经理设在管理中心，管理中心按单设的服务中心确定下限；服务中心和评估中心各{}人；高层管理者兼任委员，不计入编制", rules.committee_center_min_staff), Assumption, &[K::CommitteeCenterMinStaff, K::ServiceCenterBaseHeadcount], "(二)1"),
            row("委员会", format!("如采用施乐的做法，每个重点客户配{}名“集中执行官”：可选，不计入编制", rules.focus_executives_per_account), Derived, &[K::FocusExecutivesPerAccount], "(二)1"),
            row("位置", "委员会、服务中心（或多级体系的最高一级机构）和小组画在最高管理层之下".into(), Assumption, &[], "(二)"),
            row("小组", format!("成员：对接客户财务、采购、生产和售后服务的职能部门各派{}人，不计入编制（小组由上面计算的重点客户经理带领）", rules.team_members_per_function), Assumption, &[K::TeamMembersPerFunction], "(二)4"),
            row("小型企业", small_firm_limit(rules), Derived, &[K::TeamMaxKeyAccounts], "(二)4、(一)2"),
            row("不设机构", format!("指定{}名兼管负责人，不计入编制", rules.named_managers), Assumption, &[K::NamedManagers], "(一)"),
        ]
    }

    fn readings(&self) -> &'static [(&'static str, &'static str, &'static str)] {
        &READINGS
    }

    fn rules_header(&self) -> &'static str {
        "kam-advise rules：对每份资料适用的数值。\n\
         每一项都注明所依据的条款，以及它是本章给出的数字、据本章推算，还是本工具的假设。\n\
         修改数值后用 --rules 文件 传入本文件；未写的项保持默认值。"
    }

    fn rule_doc(&self, key: RuleKey) -> &'static str {
        match key {
            RuleKey::RevenueThresholdCny => {
                "年度销售额达到多少元即可考虑设立专门的重点客户管理机构（本章为5000万元）。也可以写成 \"5000万\" 这样的字符串。"
            }
            RuleKey::KeyAccountsThreshold => {
                "已评定的重点客户达到多少个即可考虑设立机构（本章为6-10个，取下限）。至少为1。"
            }
            RuleKey::TeamMaxKeyAccounts => {
                "小型或微型企业已评定的重点客户不超过多少个时仍建议设小组，超过则建议设重点客户管理部。(二)4为小型企业设小组，理由是重点客户数量“很少”；本工具把“很少”读作少于(一)2可以考虑设立重点客户管理部门的6个，因此默认值为5。(一)2的“6-10个”是考虑设立机构的门槛，不是小组能管多少客户的上限。"
            }
            RuleKey::AccountsPerManager => {
                "每位重点客户经理负责的重点客户数：本章所引典型部门的平均数（9个）。至少为1。"
            }
            RuleKey::DepartmentBaseHeadcount => {
                "重点客户管理部的起步编制（本章为3-4人）。至少为1。"
            }
            RuleKey::ServiceCenterBaseHeadcount => {
                "单设的重点客户服务中心的最低编制（本工具的假设，使其不少于一个管理部；本章未给出）。至少为1。"
            }
            RuleKey::ServiceCenterMinStaff => {
                "多级体系中，服务中心所在层级每个中心至少配备的重点客户经理人数（本工具的假设；本章规定人员灵活配备）。至少为1。"
            }
            RuleKey::CommitteeCenterMinStaff => {
                "委员会下设的服务中心和评估中心各自的起步人数（本章未给出）。"
            }
            RuleKey::FocusExecutivesPerAccount => {
                "委员会中每个重点客户配备的“集中执行官”人数（施乐的做法：每个客户一名）。"
            }
            RuleKey::TeamMembersPerFunction => {
                "每个职能部门派入小组的人数（本章未给出），不计入编制。"
            }
            RuleKey::NamedManagers => "不设机构时指定兼管重点客户的人数（本章未给出）。",
        }
    }

    fn rule_default_label(&self) -> &'static str {
        "默认值"
    }

    fn decision_revenue_label(&self) -> &'static str {
        "年度销售额（元）"
    }

    fn init_header(&self) -> &'static str {
        "kam-advise 企业资料。填好数据后运行：kam-advise 本文件.toml\n\
         以 # 开头的行是注释；去掉 # 即可启用可选项。"
    }

    fn init_comment(&self, key: ProfileKey) -> &'static str {
        match key {
            ProfileKey::Name => "企业名称（必填）。",
            ProfileKey::AnnualRevenue => {
                "年度销售额（必填）：数字，或 \"8000万元\"、\"1.2亿\"、\"80M\" 这样的字符串。\n(一)1：达到5000万元即可考虑设立专门的重点客户管理机构。"
            }
            ProfileKey::KeyAccounts => {
                "企业已评定的重点客户数（必填）。(一)2：达到6个即可考虑设立专门机构。"
            }
            ProfileKey::Currency => "金额的币种：默认为人民币（CNY，也可写 RMB 或 人民币）。",
            ProfileKey::CnyRate => "一单位 `currency` 折合多少元人民币；币种不是人民币时必填。",
            ProfileKey::Kind => {
                "enterprise（企业）| group（集团企业）| multinational（国际跨国集团）| public-sector（国家行业部门）。"
            }
            ProfileKey::Scale => {
                "micro | small | medium | large（也可写 微型、小型、中型、大型）。不填则按 `industry` 和各项数据推断\n（《统计上大中小微型企业划分办法（2017）》）；国家行业部门和国际跨国集团可以不填。"
            }
            ProfileKey::Industry => {
                "《统计上大中小微型企业划分办法（2017）》中的行业（代码或中文名称），如 industry、retail、software-it、工业。\n见 `kam-advise explain scale`。"
            }
            ProfileKey::Employees => "从业人员数；多数行业推断规模时需要。",
            ProfileKey::TotalAssets => {
                "资产总额；建筑业、房地产开发经营、租赁和商务服务业推断规模时需要。"
            }
            ProfileKey::CurrentSetup => {
                "目前由谁负责重点客户：none | sales | sales-department | team | department | service-center | committee\n（也可写 无、销售人员、销售部门、小组、管理部、服务中心、委员会）。"
            }
            ProfileKey::StrategicPlan => {
                "(一)3：企业从战略规划和发展角度考虑设立重点客户管理机构。"
            }
            ProfileKey::AccountDevelopment => {
                "(一)4：设立机构有利于快速培养客户，增强客户对企业的信心和依赖感。"
            }
            ProfileKey::Levels => {
                "组织的层级，从上到下（national、provincial、prefecture、county）。"
            }
            ProfileKey::Counts => "各层级的机构数量，如 { provincial = 31, prefecture = 333 }。",
            ProfileKey::Functions => "派出小组成员的企业职能部门。",
        }
    }

    fn init_table_comment(&self, table: Table) -> &'static str {
        match table {
            Table::Network => {
                "多层级组织：从上到下列出层级（national、provincial、prefecture、county），\n以及各层级的机构数量。"
            }
            Table::Team => {
                "小组：派出成员的企业职能部门（默认为对接客户财务、采购、生产和售后服务的部门）。"
            }
            Table::Strategy => "企业设立机构的考虑：(一)3和(一)4由企业自行判断。",
        }
    }

    fn init_example_name(&self) -> &'static str {
        "示例机械制造有限公司"
    }
}

/// 人员配备表中小型企业的上限，连同其依据的读法。
fn small_firm_limit(rules: &Rules) -> String {
    let max = rules.team_max_key_accounts;
    let threshold = rules.key_accounts_threshold;
    if max.saturating_add(1) == threshold {
        format!(
            "已评定的重点客户超过{max}个时，设管理部而非小组；把(二)4的“很少”读作少于(一)2可以考虑设立重点客户管理部门的{threshold}个"
        )
    } else {
        format!(
            "已评定的重点客户超过{max}个时，设管理部而非小组（本工具把(二)4的“很少”读作少于(一)2的{threshold}个）"
        )
    }
}
