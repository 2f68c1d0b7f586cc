//! 教学工具的中文文本：案例、答案、答题卡、测验、批改反馈和错误提示。

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
use crate::text::zh::Chinese;
use crate::text::{AdviceText, ExplainText, Words, join_list, thousands, wan_yi};

/// 某一规模的各项下限，如“X ≥ 300，Y ≥ 2,000”。
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
    parts.join("，")
}

static LABELS: TeachLabels = TeachLabels {
    cases_title: "重点客户管理的组织：案例练习",
    key_title: "重点客户管理的组织：参考答案",
    title_separator: "：",
    conditions_met: "满足(一)中的条件",
    headcount: "编制人数",
    quiz_category: "重点客户管理的组织",
    gift_form_title: "组织形式",
    gift_managers_title: "重点客户经理人数",
    gift_headcount_title: "编制人数",
    gift_level_title: "服务中心所在层级",
    not_graded: "本案不评分的项",
    service_level: "服务中心所在层级",
    right_mark: "✓",
    wrong_mark: "✗",
    missing_mark: "—",
    not_applicable_mark: "·",
    case: "案例",
    score: "得分",
    feedback: "批改意见",
    student: "学生",
    percent: "得分率",
    most_missed: "错得最多的题目（需要重讲的内容）",
    item: "题目",
    missed_by: "答错或未答",
    right_answer: "正确答案",
    nothing_missed: "全班每道题都答对了。",
};

static POOLS: NamePools = NamePools {
    places: &[
        "江州", "临川", "青阳", "云溪", "南浦", "东岭", "西渡", "北塘", "清河", "安平", "宁远",
        "平湖", "丰城", "长汀", "石门", "桃溪",
    ],
    provinces: &["云岭", "江岭", "东湖", "南屏", "北原", "海澄"],
    mark_heads: &[
        "启", "澄", "朗", "泓", "鼎", "沐", "拓", "翰", "屹", "岱", "霁", "珩", "钧", "湛", "铭",
        "越",
    ],
    mark_tails: &[
        "澜", "川", "禾", "源", "衡", "昇", "帆", "岭", "诚", "峰", "航", "舟", "石", "瑞", "安",
        "晶",
    ],
    foreign_marks: &[
        "诺维尔",
        "泰斯马克",
        "范德尔",
        "奎隆",
        "布拉克斯霍姆",
        "埃尔瓦林",
        "奥林代尔",
        "卡斯维克",
    ],
    surnames: &[
        "王", "李", "张", "刘", "陈", "杨", "黄", "赵", "周", "吴", "徐", "孙", "马", "朱", "胡",
        "郭", "何", "林", "高", "罗",
    ],
    given_names: &[
        "建华", "丽娟", "志强", "晓梅", "国平", "文博", "雅琴", "海涛", "慧敏", "立新", "春燕",
        "振宇", "秀兰", "明远", "佳怡", "德明", "静怡", "永刚", "亚楠", "思涵",
    ],
    foreign_given_names: &[
        "安娜",
        "卢卡斯",
        "玛尔塔",
        "亨里克",
        "克拉拉",
        "约纳斯",
        "索菲亚",
        "彼得",
    ],
    foreign_surnames: &[
        "林德奎斯特",
        "凯斯勒",
        "莫罗",
        "勃兰特",
        "诺瓦克",
        "扬森",
        "费雷拉",
        "霍尔姆",
    ],
};

/// 企业名称中的行业字样，以及企业做什么。
fn sector(sector: Sector) -> (&'static str, &'static str) {
    match sector {
        Sector::Machinery => ("精密机械", "专门为机床厂生产精密零部件"),
        Sector::Packaging => ("包装", "为食品和电子企业生产纸箱和塑料包装"),
        Sector::AutoParts => ("汽车零部件", "为整车厂生产制动和转向零部件"),
        Sector::Cables => ("电缆", "生产电力电缆和数据线缆"),
        Sector::FoodProcessing => ("食品", "为超市和连锁餐饮企业加工速冻食品"),
        Sector::MedicalDevices => ("医疗器械", "为医院生产检验诊断设备"),
        Sector::PharmaWholesale => ("医药", "向医院和药店批发药品"),
        Sector::SteelWholesale => ("钢材贸易", "从事板材和管材的批发"),
        Sector::Supermarkets => ("商贸", "经营连锁超市，也承接企业和学校的团购"),
        Sector::ApplianceRetail => ("电器", "在自营门店销售家用电器，也向企业供货"),
        Sector::RoadFreight => ("物流", "从事公路货物运输"),
        Sector::ColdStorage => ("冷链仓储", "经营冷链仓库"),
        Sector::IndustrialSoftware => ("软件", "为工厂开发生产计划软件"),
        Sector::Hotels => ("酒店管理", "经营商务酒店和会议场所"),
    }
}

/// 单位名称中的字样、单位是什么，以及它所属的行业系统。
fn body(body: PublicBody) -> (&'static str, &'static str, &'static str) {
    match body {
        PublicBody::Postal => (
            "邮政分公司",
            "全国性邮政企业在本省设立的省级公司",
            "邮政系统",
        ),
        PublicBody::Power => ("供电公司", "国家电网在本省设立的省级公司", "电力系统"),
        PublicBody::Telecom => (
            "通信分公司",
            "一家全国性基础电信运营商在本省设立的省级公司",
            "电信系统",
        ),
    }
}

impl TeachText for Chinese {
    fn teach_labels(&self) -> &'static TeachLabels {
        &LABELS
    }

    fn name_pools(&self) -> &'static NamePools {
        &POOLS
    }

    fn firm_name(&self, place: &str, mark: &str, business: Business, kind: Kind) -> String {
        match (business, kind) {
            (Business::Public(b), _) => format!("{place}省{}", body(b).0),
            (Business::Firm(s), Kind::Group) => format!("{place}{mark}{}集团有限公司", sector(s).0),
            (Business::Firm(s), Kind::Multinational) => format!("{mark}{}集团", sector(s).0),
            (Business::Firm(s), _) => format!("{place}{mark}{}有限公司", sector(s).0),
        }
    }

    fn person_name(&self, surname: &str, given: &str, foreign: bool) -> String {
        if foreign {
            format!("{given}·{surname}")
        } else {
            format!("{surname}{given}")
        }
    }

    fn profile_note(&self, id: &str) -> String {
        format!(
            "{}的企业资料，案例正文见 cases.md。重新生成本套练习的命令：",
            self.case_title(id)
        )
    }

    fn story(&self, case: &Case) -> Vec<String> {
        let f = &case.facts;
        let n = &case.names;
        let title = match f.kind {
            Kind::Group => "集团董事长",
            Kind::Multinational => "集团首席商务官",
            Kind::PublicSector | Kind::Enterprise => "总经理",
        };
        let mut who = match f.business {
            Business::Public(b) => {
                let (_, what, system) = body(b);
                let mut s = format!(
                    "{}属于{system}，是{what}；按本章的分类，这类单位归入“国家行业部门”。",
                    n.firm
                );
                let below: Vec<String> = f
                    .levels
                    .iter()
                    .skip(1)
                    .map(|(level, count)| match level {
                        Level::Prefecture => format!("{count}个地市级分公司"),
                        Level::County => format!("{count}个县级分公司"),
                        _ => format!("{count}个下属单位"),
                    })
                    .collect();
                if !below.is_empty() {
                    s.push_str(&format!(
                        "省公司下设{}。",
                        join_list(&below, "、", "，地市以下还有")
                    ));
                }
                s
            }
            Business::Firm(s) => {
                let (_, what) = sector(s);
                let mut text = format!(
                    "{}成立已有{}年，总部设在{}，{what}。",
                    n.firm, f.years, n.place
                );
                if let Kind::Multinational = f.kind {
                    text = format!("{}成立已有{}年，总部设在海外，{what}。", n.firm, f.years);
                }
                match f.kind {
                    Kind::Group => text.push_str("公司是一家下设多家子公司的集团企业。"),
                    Kind::Multinational => {
                        text.push_str("它本身就是一家国际跨国集团，并不是哪个集团的子公司。")
                    }
                    _ => {}
                }
                text
            }
        };
        // 规模：或直接写明，或只给出国家统计局标准所依据的数字。
        match (f.scale, f.declared, f.business, f.employees) {
            (Some(scale), true, _, Some(e)) => {
                let s = self.scale(scale);
                who.push_str(&match f.told.scale {
                    0 => format!("按《统计上大中小微型企业划分办法（2017）》，公司属于{s}企业，现有员工{e}人。"),
                    1 => format!("公司现有员工{e}人，按国家统计局2017年的划分办法属于{s}企业。"),
                    _ => format!("作为一家{s}企业（按《统计上大中小微型企业划分办法（2017）》），公司共有员工{e}人。"),
                });
            }
            (Some(_), false, Business::Firm(sector), Some(e)) => {
                let r = sector.row().map_or("", |r| r.zh_name);
                who.push_str(&match f.told.scale {
                    0 => format!("按《统计上大中小微型企业划分办法（2017）》，公司所属的行业为“{r}”，现有从业人员{e}人。"),
                    1 => format!("公司有从业人员{e}人，在《统计上大中小微型企业划分办法（2017）》的划分表中属于“{r}”。"),
                    _ => format!("论行业，公司归入《统计上大中小微型企业划分办法（2017）》中的“{r}”；从业人员共{e}人。"),
                });
            }
            _ => {}
        }
        match f.foreign {
            Some(foreign) => {
                let currency = if foreign.code == "EUR" {
                    "欧元"
                } else {
                    "美元"
                };
                who.push_str(&format!(
                    "去年营业收入{}万{currency}，按1{currency}兑{}.{}元人民币折算。",
                    f.revenue_wan,
                    foreign.rate_tenths / 10,
                    foreign.rate_tenths % 10
                ));
            }
            None if f.kind == Kind::PublicSector => {
                who.push_str(&format!("去年业务收入{}。", wan_yi(f.revenue_wan * 10_000)));
            }
            None => who.push_str(&format!("去年营业收入{}。", wan_yi(f.revenue_wan * 10_000))),
        }
        let accounts = if f.key_accounts == 0 {
            format!(
                "公司现有客户约{}家，但还从来没有评定过重点客户。",
                f.customers
            )
        } else {
            match f.variant {
                0 => format!(
                    "公司现有客户约{}家，经评定的重点客户有{}家。",
                    f.customers, f.key_accounts
                ),
                1 => format!(
                    "在约{}家客户中，销售部门去年评定出重点客户{}家。",
                    f.customers, f.key_accounts
                ),
                _ => format!(
                    "去年公司第一次对客户进行分级，约{}家客户中有{}家被评为重点客户。",
                    f.customers, f.key_accounts
                ),
            }
        };
        let today = match f.setup {
            // 尚未评定重点客户时，不能说“重点客户”由谁负责：说的是全部客户。
            Setup::Sales if f.key_accounts == 0 => {
                "目前，客户分散在几位销售人员手里，谁开发的客户就由谁负责。"
            }
            Setup::SalesDepartment if f.key_accounts == 0 => "目前，所有客户都由销售部门统一管理。",
            Setup::None if f.key_accounts == 0 => "目前，公司没有专人负责客户管理。",
            Setup::Team | Setup::Department | Setup::ServiceCenter | Setup::Committee
                if f.key_accounts == 0 =>
            {
                "目前，公司虽已设有专门的客户管理机构，但还没有经过评定的重点客户可管。"
            }
            Setup::Sales if f.key_accounts == 1 => "目前，这家重点客户由当初开发它的销售人员负责。",
            Setup::Sales if f.key_accounts == 2 => {
                "目前，这两家重点客户各由当初开发它的销售人员负责。"
            }
            Setup::Sales => "目前，重点客户分散在几位销售人员手里，谁开发的客户就由谁负责。",
            Setup::SalesDepartment => "目前，重点客户和其他客户一样，由销售部门统一管理。",
            Setup::None => "目前，重点客户没有专人负责。",
            Setup::Team => "目前，由一个小组负责重点客户。",
            Setup::Department => "目前，由重点客户管理部负责重点客户。",
            Setup::ServiceCenter => "目前，由重点客户服务中心负责重点客户。",
            Setup::Committee => "目前，由重点客户管理委员会负责重点客户。",
        };
        let plan = match (f.strategic_plan, f.told.plan) {
            (true, 0) => "公司今后三年的战略规划明确提出，要设立专门的重点客户管理机构。",
            (true, 1) => {
                "在去年的战略研讨会上，董事会把设立专门的重点客户管理机构列为公司发展的一项安排。"
            }
            (true, _) => "公司的发展规划里有一条：设立专门机构来管理重点客户。",
            (false, 0) => "公司的战略规划中没有提到设立专门的重点客户管理机构。",
            (false, 1) => "公司制定战略规划时，从未讨论过设立专门的重点客户管理机构。",
            (false, _) => "董事会去年通过的发展规划里没有涉及重点客户。",
        };
        let p = &n.person;
        let development = match (f.account_development, f.told.development) {
            (true, 0) => format!(
                "{title}{p}认为，设立专门机构有利于更快地培养重点客户，增强客户对公司的信心和依赖。"
            ),
            (true, 1) => format!(
                "{title}{p}相信，有了专门机构，重点客户会成长得更快，也会更加信任和依赖公司。"
            ),
            (true, _) => format!(
                "在{title}{p}看来，让专门机构来管理重点客户，客户会发展得更快，对公司也更有信心。"
            ),
            (false, 0) => format!("{title}{p}并不认为设立专门机构能让重点客户成长得更快。"),
            (false, 1) => format!("{title}{p}怀疑专门机构能否让重点客户更快成长、更加依赖公司。"),
            (false, _) => {
                format!("在{title}{p}看来，即使设立专门机构，重点客户也不会因此发展得更快。")
            }
        };
        let ask = match f.variant {
            0 => format!(
                "{}请你出出主意：宜采用哪种重点客户组织形式，人员怎样配备？",
                n.person
            ),
            1 => "管理层想知道：哪种重点客户组织形式合适，人员怎样配备？".to_string(),
            _ => format!(
                "{}希望你给出建议：设立什么样的重点客户组织，人员怎样配备。",
                n.person
            ),
        };
        vec![
            who,
            format!("{accounts}{today}"),
            format!("{plan}{development}{ask}"),
        ]
    }

    fn case_title(&self, id: &str) -> String {
        format!("案例{}", id.strip_prefix("case-").unwrap_or(id))
    }

    fn cases_intro(&self, count: usize) -> String {
        format!(
            "下面共有{count}个案例。请根据案例中给出的数字，对照本章和下面的“本套练习的约定”逐一判断：\n\n\
             1. 满足(一)中的哪几项条件（答题卡中的 conditions_met 项：revenue 为(一)1年度销售额，key_accounts 为(一)2重点客户数量，strategic_plan 为(一)3战略规划，account_development 为(一)4快速培养客户；一项都不满足时写 none）；\n\
             2. 按(二)，本章认为这类单位大多（或一般）采用哪种组织形式（form 项：none 为暂不设立，team 为小组，department 为管理部，service-center 为服务中心，committee 为委员会）；\n\
             3. 小组、管理部、委员会或单个服务中心：需要几名重点客户经理（kam_managers 项），编制共几人（headcount 项）；\n\
             4. 按多个层级设立服务中心的：服务中心设在哪一级（service_level 项：national 国家级、provincial 省级、prefecture 地市级、county 县级）。\n\n\
             答案填在答题卡 answer-sheet.toml 中相应案例（如 [case-01]）的下面。每个案例的题目都一样，但只有适用于该案组织形式的项才评分，每项1分；对不适用的项作答，不扣分也不得分。"
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
        let mut out = String::from("## 本套练习的约定\n\n");
        out.push_str("评分依据下面的规则和数字。其中有的是本章给出的，有的是本工具对本章的解读或本工具自己的假设，每一条都注明了出处。做题所需的一切，都在本章、案例和这些约定之中。\n\n");
        out.push_str("### 条件(一)\n\n");
        out.push_str(&format!(
            "满足下列任何一项，就可以考虑设立专门的重点客户管理机构：\n\n\
             - revenue (一)1：年度销售额不低于{money}（{}）。本章说“达到5000万以上”，“达到”和“以上”都包括本数，所以恰好{money}也算满足；金额按人民币元理解，以外币计的收入按案例给出的汇率折算。\n\
             - key_accounts (一)2：经评定的重点客户不少于{k6}个（{}：取本章“6-10个”的下限；“达到”{k6}个即可，恰好{k6}个也算满足）。\n\
             - strategic_plan (一)3：单位从战略规划和发展的角度考虑设立，以案例所述为准。\n\
             - account_development (一)4：管理层认为设立后有利于更快地培养重点客户、增强客户的信心和依赖，以案例所述为准。\n\n",
            src(K::RevenueThresholdCny),
            src(K::KeyAccountsThreshold),
        ));
        out.push_str("### 组织形式(二)：九条规则，按下列顺序检查，第一条适用的规则决定答案\n\n");
        for rule in FormRule::ALL.iter().copied() {
            let source = match rule {
                FormRule::NoKeyAccounts => {
                    "本工具的前提：(一)2数的是经过评定的重点客户，一个都没有评定时，机构还无事可管"
                }
                FormRule::NoConditionMet => "本章(一)：条件一项都不满足，就不设机构",
                FormRule::Multinational => "本章(二)1；不论规模大小都适用，是本工具的解读",
                FormRule::LargeGroup => {
                    "本章(二)1，原文作“重点型集团企业”，本工具读作大型集团企业（解读）"
                }
                FormRule::PublicSector => {
                    "本章(二)2：这类单位大多采用的形式（原文作“重点多”，本工具读作“大多”，属解读），不论规模"
                }
                FormRule::LargeEnterprise => {
                    "本章(二)2，原文作“国内重点型企业”，本工具读作国内大型企业，这类企业大多设服务中心（解读）"
                }
                FormRule::MediumScale => {
                    "本章(二)3：中型企业大多采用的形式（原文作“重点多”，读作“大多”）"
                }
                FormRule::SmallManyAccounts => {
                    "据本章推算：(二)4说小型企业设小组是因为重点客户数量很少，而按(一)2，重点客户达到6个就可以考虑设立管理部门，所以本工具把“很少”理解为少于6个"
                }
                FormRule::SmallScale => "本章(二)4：小组一般适用于国内小型企业",
            };
            out.push_str(&format!(
                "{}. {}：{}→{}{}。出处：{source}。\n",
                rule.number(),
                self.rule_title(rule),
                self.form_rule_when(rule, rules),
                self.form(rule.form()),
                rule.form_clause()
            ));
        }
        out.push_str("\n本章说的是这类单位“大多”或“一般”采用哪种形式；题目问的是本章认为与本案相应的形式，而不是本案必须设立哪种机构。\n\n");
        out.push_str("### 规模：《统计上大中小微型企业划分办法（2017）》\n\n");
        out.push_str("案例没有写明规模的，请按国家统计局《统计上大中小微型企业划分办法（2017）》根据案例给出的数字判断：达到本行业大型企业的全部下限的为大型；否则达到中型的全部下限的为中型；否则达到小型的全部下限的为小型；其余为微型。国际跨国集团和国家行业部门不必判断规模：规则3和规则5先于规模决定它们的组织形式。\n\n");
        if !rows.is_empty() {
            out.push_str("本套案例涉及的行业（X为从业人员，人；Y为营业收入，万元）：\n\n");
            out.push_str("| 行业 | 大型 | 中型 | 小型 |\n|---|---|---|---|\n");
            for row in rows {
                out.push_str(&format!(
                    "| {} | {} | {} | {} |\n",
                    row.zh_name,
                    bounds(row, Scale::Large),
                    bounds(row, Scale::Medium),
                    bounds(row, Scale::Small)
                ));
            }
            out.push('\n');
        }
        out.push_str("### 人员配备\n\n");
        out.push_str(&format!(
            "- 重点客户经理：凡设机构的，人数为重点客户数÷{per}，向上取整（{}：{per}是(二)1所引典型部门中每位重点客户经理平均管理的重点客户数；本章没有规定经理人数）。\n\
             - 管理部的编制：本章说一般为{base}-{top}人(二)3（{}），填{base}到{top}之间的任何人数都算对。重点客户经理多于这个数时，编制就是经理人数：本章说管理人员随客户增加而增加。\n\
             - 小组：适用于重点客户不超过{team_max}个的小型或微型企业，即少于(一)2的{k6}个（{}）。小组的编制只计重点客户经理：各职能部门派出的组员仍属原部门，不计入编制（{}）。\n\
             - 单个服务中心（不分层级）：编制取{center}人与重点客户经理人数中较多的一个，使它不小于一个管理部（{}）。\n\
             - 委员会：管理中心配备全部重点客户经理，人数下限与单个服务中心相同；服务中心和评价中心各{each}人；所以编制＝{center}与重点客户经理人数中较多的一个＋2×{each}（{}：本章列出了这几个中心，但没有规定人数）。兼任委员的高层管理人员不计入编制。\n\
             - 分层级设立的服务中心：按给出的层级自上而下，参照(二)2所引的邮政例子（{}）：除县级以外最低的一级设服务中心，其上各级设重点客户管理机构；给出县级的，县级服务中心根据当地需要设或不设（只给出县级的，服务中心就设在县级）。这类案例评的是服务中心所在的层级（service_level），而不是人数：本章把这些中心的人员留给业务需要去“灵活配备”。\n",
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
            "以下是{count}个案例的参考答案，由 kam-advise 对 profiles/ 中各单位资料给出的建议整理而成：满足的条件及比较过程、规模（案例未写明的，附按《统计上大中小微型企业划分办法（2017）》的判断）、组织形式及所依据的规则和条款、建议给出的全部提示，然后是本案评分的各项及其算法，以及组织结构。每个评分项1分，共{points}分。"
        )
    }

    fn scale_basis(&self, report: &Report<'_>) -> String {
        let p = report.profile;
        match (p.scale_source, p.scale) {
            (ScaleSource::Declared, Some(s)) => format!("{}企业，案例中已写明。", self.scale(s)),
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
                    || "未填写。".to_string(),
                    // 这里已在“规模”一项之下，不再重复“规模：”。
                    |t| self.trace(t).trim_start_matches("规模：").to_string(),
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
            Some(t) if advice.form != Form::None => format!("{m}人。{}", self.trace(t)),
            _ => format!(
                "0人。不设机构，也就没有重点客户经理{}。",
                advice.rule.form_clause()
            ),
        }
    }

    fn headcount_basis(&self, advice: &Advice, key: &KeyAnswers) -> String {
        let m = advice.staffing.kam_managers;
        let traced = |want: fn(&Trace) -> bool| advice.trace.iter().find(|t| want(t));
        match (advice.form, key.headcount) {
            (Form::Department, Some((lo, hi))) if lo < hi => format!(
                "{lo}人或{hi}人都对。本章说管理部一般为{lo}-{hi}人(二)3；本案{m}名重点客户经理在此之内，其余名额为重点客户专员。"
            ),
            (Form::Department, Some((h, _))) => format!(
                "{h}人，即管理部的{m}名重点客户经理，不少于本章所说的3-4人(二)3；本章说管理人员随重点客户增加而增加。"
            ),
            (Form::Team, Some((h, _))) => format!(
                "{h}人。小组的编制只计{m}名重点客户经理；各职能部门派出的组员仍属原部门、不计入编制（本套练习的约定，本工具的假设；(二)4只说小组由跨职能人员组成）。"
            ),
            (Form::Committee, Some((h, _))) => {
                match traced(|t| matches!(t, Trace::CommitteeHeadcount { .. })) {
                    Some(t) => format!("{h}人。{}", self.trace(t)),
                    None => format!("{h}人。"),
                }
            }
            (Form::ServiceCenter, Some((h, _))) => {
                match traced(|t| matches!(t, Trace::CenterHeadcount { .. })) {
                    Some(t) => format!("{h}人。{}", self.trace(t)),
                    None => format!("{h}人。"),
                }
            }
            _ => format!("0人。不设机构{}。", advice.rule.form_clause()),
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
            "{}（{}）。本案给出的层级是{}，按(二)2所引邮政例子的做法，除县级以外最低的一级设服务中心{}。本章说这些中心的人员根据业务发展需要灵活配备，所以不评人数。",
            level.slug(),
            self.level(level),
            join_list(&levels, "、", "和"),
            if county {
                "；县级可根据当地需要设立服务中心"
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
            Form::None => "不设机构，也就没有经理人数、编制和服务中心层级可答",
            Form::ServiceCenter if key.service_level.is_some() => {
                "服务中心分层级设立，本章把其人员留给业务需要灵活配备(二)2，所以改评服务中心所在的层级"
            }
            _ => "本案没有分层级设立的服务中心",
        };
        Some(format!("{}；{why}。", items.join("、")))
    }

    fn sheet_header(&self, command: &str) -> String {
        format!(
            "答题卡。文件名就是你的名字，例如另存为 zhang-wei.toml。\n\
             每个案例的题目都一样，不适用于该案的项不评分：\n  \
             form = 组织形式：none（暂不设立）、team（小组）、department（管理部）、\n         \
             service-center（服务中心）或 committee（委员会），也可以直接写中文名称\n  \
             conditions_met = 满足(一)中的哪些条件，例如 [\"revenue\", \"key_accounts\"]，也可以写 [\"(一)1\", \"(一)2\"]；\n                   \
             一项都不满足时写 [\"none\"]（空列表算作未作答）\n  \
             kam_managers = 重点客户经理人数（去掉行首的 #，填整数）：小组、管理部、委员会或单个服务中心\n  \
             headcount = 编制人数（去掉行首的 #，填整数）：同上\n  \
             service_level = 服务中心所在层级（去掉行首的 #）：national、provincial、prefecture、county，\n                  \
             也可以写国家级、省级、地级、县级：分层级设立的服务中心\n\
             适用的每项1分。本套练习：{command}\n{}",
            crate::sheet::format_line()
        )
    }

    fn gift_form_question(&self) -> String {
        "本章认为这类单位大多（或一般）采用哪种重点客户组织形式？".into()
    }

    fn gift_managers_question(&self) -> String {
        "按本套练习的约定，需要配备几名重点客户经理？".into()
    }

    fn gift_headcount_question(&self) -> String {
        "按本套练习的约定，编制共几人？".into()
    }

    fn gift_level_question(&self) -> String {
        "重点客户服务中心设在哪一级？".into()
    }
}
