//! 建议中的各句（中文）。

use super::Chinese;
use crate::advice::{
    Basis, Change, Facts, Form, FormRule, Gap, GapDirection, Hint, Measure, OpeningReason,
    ServiceTier, Step, Trace, Warning,
};
use crate::profile::{Kind, Level, Setup};
use crate::rules::Rules;
use crate::scale::Scale;
use crate::text::{AdviceText, Words, join_list, size_checks};

/// “一项”“两项”“三项”“全部四项”。
fn how_many(met: usize) -> &'static str {
    match met {
        1 => "一项",
        2 => "两项",
        3 => "三项",
        _ => "全部四项",
    }
}

impl Chinese {
    fn levels(&self, levels: &[Level]) -> String {
        let names: Vec<String> = levels.iter().map(|l| self.level(*l).to_string()).collect();
        join_list(&names, "、", "和")
    }

    fn scale_or_unknown(&self, scale: Option<Scale>) -> &'static str {
        scale.map_or("未填写", |s| self.scale(s))
    }

    /// 现状的说法：“目前重点客户由销售人员各自掌握”。
    fn today(&self, setup: Setup) -> String {
        match setup {
            Setup::None => "目前没有专人负责重点客户".into(),
            Setup::Sales => "目前重点客户由销售人员各自掌握".into(),
            Setup::SalesDepartment => "目前重点客户由销售部门管理".into(),
            _ => format!("目前设有{}", self.setup(setup)),
        }
    }

    /// 人数写法：0→“0人”，与 `people` 相同，供句中使用。
    fn managers(&self, n: u64) -> String {
        format!("{n}名重点客户经理")
    }
}

impl AdviceText for Chinese {
    fn verdict(&self, worth_considering: bool, met: usize, rule: FormRule) -> String {
        match (rule, worth_considering) {
            (FormRule::NoKeyAccounts, true) => format!(
                "满足(一)所列四项条件中的{}，可以考虑设立专门的重点客户管理机构；但目前尚未评定重点客户，机构无客户可管，因此暂不建议设立。",
                how_many(met)
            ),
            (FormRule::NoKeyAccounts, false) => {
                "(一)所列四项条件均不满足，且尚未评定重点客户：暂不设立专门的重点客户管理机构。"
                    .into()
            }
            (_, false) => {
                "(一)所列四项条件均不满足：按本章，目前没有依据设立专门的重点客户管理机构。".into()
            }
            (_, true) => format!(
                "满足(一)所列四项条件中的{}（满足一项即可），可以考虑设立专门的重点客户管理机构。",
                how_many(met)
            ),
        }
    }

    fn reason(&self, rule: FormRule, facts: &Facts, rules: &Rules) -> String {
        let scale = self.scale_or_unknown(facts.scale);
        let k = facts.key_accounts;
        let threshold = rules.key_accounts_threshold;
        let team_max = rules.team_max_key_accounts;
        let whose = if team_max == Rules::default().team_max_key_accounts {
            "本工具"
        } else {
            "本单位自定的数值◆"
        };
        match rule {
            FormRule::SmallManyAccounts if k >= threshold => format!(
                "本企业是{scale}企业，已评定的重点客户有{k}个：按(一)2，达到{threshold}个即可以考虑设立重点客户管理部门；(二)1所引科特勒的话也说，重点客户有几个乃至更多的公司可能会组建重点客户管理部门；而(二)4为小型企业设小组，理由是重点客户数量很少，这一理由对本企业并不成立。因此本工具建议设立(二)3所述的重点客户管理部（(二)3原指中型企业）。"
            ),
            FormRule::SmallManyAccounts => format!(
                "本企业是{scale}企业，已评定的重点客户有{k}个，超过了{whose}为小组设定的上限{team_max}个，本工具不再把它看作(二)4所说的重点客户数量“很少”，因此建议设立(二)3所述的重点客户管理部（(二)3原指中型企业）。"
            ),
            FormRule::SmallScale if k < threshold => format!(
                "本企业是{scale}企业，已评定的重点客户有{k}个，少于(一)2所说可以考虑设立重点客户管理部门的{threshold}个，本工具把这看作(二)4所说的重点客户数量“很少”；按(二)4，这样的企业用不着“中心”或“部门”，能落实重点客户管理的职能即可，因此建议设立重点客户管理小组，按(二)4所引做法由跨职能人员组成。"
            ),
            FormRule::SmallScale => format!(
                "本企业是{scale}企业，已评定的重点客户有{k}个，已达到(一)2的{threshold}个，但没有超过{whose}为小组设定的上限{team_max}个，因此本工具仍建议设立由跨职能人员组成的重点客户管理小组；但请注意，(二)4设小组的理由是重点客户数量很少，而按本工具对(一)2的读法，{k}个已不算很少。"
            ),
            _ => self.reason_in_general(rule, rules),
        }
    }

    fn reason_in_general(&self, rule: FormRule, rules: &Rules) -> String {
        let threshold = rules.key_accounts_threshold;
        let team_max = rules.team_max_key_accounts;
        let whose = if team_max == Rules::default().team_max_key_accounts {
            "本工具"
        } else {
            "本单位自定的数值◆"
        };
        // 超过小组上限的企业都已达到(一)2的数量时，一般性的说法才能援引(一)2。
        let reaches_threshold = team_max.saturating_add(1) >= threshold;
        match rule {
            FormRule::NoKeyAccounts => "企业尚未评定重点客户，设立机构也无客户可管，应先完成重点客户的评定。把“已评定重点客户”作为设立机构的前提，是本工具对(一)2的理解。".into(),
            FormRule::NoConditionMet => "本章只在满足(一)所列条件之一时，才提出可以考虑设立专门机构；此处(一)所列条件一项也不满足。".into(),
            FormRule::Multinational => "国际跨国集团设立重点客户管理委员会来管理重点客户(二)1；本章没有提到这类集团的规模，本工具也不按规模区分。".into(),
            FormRule::LargeGroup => "大型集团企业设立重点客户管理委员会来管理重点客户(二)1；原文作“重点型集团企业”，本工具读作大型集团企业。".into(),
            FormRule::PublicSector => "国家行业部门大多设立重点客户服务中心(二)2（原文作“重点多”，本工具读作“大多”），该条所引邮政系统的规定即是一例；本工具对此类单位不按规模区分。".into(),
            FormRule::LargeEnterprise => "国内大型企业大多设立重点客户服务中心(二)2（原文作“国内重点型企业”和“重点多”，本工具分别读作国内大型企业和“大多”）。".into(),
            FormRule::MediumScale => "中型企业比大型企业规模小、重点客户少，大多设立重点客户管理部(二)3（原文作“重点型企业”和“重点多”，本工具分别读作大型企业和“大多”）。".into(),
            FormRule::SmallManyAccounts if reaches_threshold => format!(
                "小型或微型企业的已评定重点客户超过{team_max}个，就达到了(一)2所说可以考虑设立重点客户管理部门的{threshold}个；(二)1所引科特勒的话也说，重点客户有几个乃至更多的公司可能会组建重点客户管理部门；(二)4为小型企业设小组的理由是重点客户数量很少，这一理由随之不再成立。因此本工具建议设立(二)3所述的重点客户管理部（(二)3原指中型企业）。"
            ),
            FormRule::SmallManyAccounts => format!(
                "小型或微型企业的已评定重点客户超过{whose}为小组设定的上限{team_max}个时，本工具不再把它看作(二)4所说的重点客户数量“很少”，因此建议设立(二)3所述的重点客户管理部（(二)3原指中型企业）。"
            ),
            FormRule::SmallScale if team_max < threshold => format!(
                "小型或微型企业的已评定重点客户不超过{team_max}个，少于(一)2所说可以考虑设立重点客户管理部门的{threshold}个，本工具把这看作(二)4所说的重点客户数量“很少”；按(二)4，这样的企业用不着“中心”或“部门”，能落实重点客户管理的职能即可，因此建议设立重点客户管理小组，按(二)4所引做法由跨职能人员组成。"
            ),
            FormRule::SmallScale => format!(
                "小型或微型企业的已评定重点客户不超过{whose}为小组设定的上限{team_max}个时，本工具建议设立由跨职能人员组成的重点客户管理小组，能落实重点客户管理的职能即可；但(二)4设小组的理由是重点客户数量很少，而按本工具对(一)2的读法，达到{threshold}个已不算很少。"
            ),
        }
    }

    fn basis(&self, basis: Basis) -> String {
        match basis {
            Basis::PerManager { accounts, per } if per != 9 => format!(
                "{accounts}个重点客户按每人{per}个计算，{accounts}÷{per}，向上取整为{}；{per}个是本单位自定的数值◆（(二)1所引典型部门中每位经理平均管理9个）",
                accounts.div_ceil(per.max(1))
            ),
            Basis::PerManager { accounts, per } => format!(
                "{accounts}个重点客户按每人{per}个计算，{accounts}÷{per}，向上取整为{}；这是本工具对(二)1所引典型重点客户管理部门的解读：其中每位经理平均管理9个重点客户，本章并未规定经理人数",
                accounts.div_ceil(per.max(1))
            ),
            Basis::TeamLead { accounts, per } if accounts <= per => format!(
                "由一名重点客户经理负责这{accounts}个重点客户并带领小组；该经理须能组建和管理好一个团队(四)2"
            ),
            Basis::TeamLead { accounts, per } => format!(
                "{accounts}个重点客户按每人{per}个计算，向上取整为{}（本工具对(二)1所引典型部门的解读），其中一人带领小组，须能组建和管理好一个团队(四)2",
                accounts.div_ceil(per.max(1))
            ),
            Basis::CentersFloor { centers, per_center, accounts, per } => format!(
                "{centers}个服务中心每个至少{per_center}名，使每个中心都有人负责（本工具的假设）；若按每人{per}个计算{accounts}个重点客户所需人数（{}人）更多，则取后者（本工具对(二)1的解读）",
                accounts.div_ceil(per.max(1))
            ),
            Basis::NetworkGuide { level, per_center, accounts, per } => format!(
                "每个{}服务中心至少{per_center}名（本工具的假设）；{accounts}个重点客户按每人{per}个计算，各{}服务中心合计至少需要{}名（本工具对(二)1的解读），这只是下限，不是某一个中心的编制",
                self.level(level),
                self.level(level),
                accounts.div_ceil(per.max(1))
            ),
            Basis::DepartmentBase { base, managers } => {
                let size = if base == 3 {
                    "本章说管理部编制一般为3-4人，本工具取下限3人".to_string()
                } else {
                    format!("本章说管理部编制一般为3-4人，此处按{base}人")
                };
                format!(
                    "{size}(二)3；除{managers}名重点客户经理外，其余{}个名额为重点客户专员（“专员”这一名称由本工具拟定）",
                    base.saturating_sub(managers)
                )
            }
            Basis::CenterBase { base, managers, committee } => {
                let what = if committee {
                    "委员会的管理中心按单设的重点客户服务中心确定下限"
                } else {
                    "单设的重点客户服务中心"
                };
                format!(
                    "{what}至少{base}人，使其不少于(二)3所说中型企业管理部的3-4人（本工具的假设）；除{managers}名重点客户经理外，其余{}个名额为重点客户专员",
                    base.saturating_sub(managers)
                )
            }
            Basis::CenterFloor { per_center } => {
                format!("起步{per_center}人，随业务需要增加；本章只列出该中心，未规定人数(二)1")
            }
            Basis::CommitteeMembers => "由企业高层管理者兼任委员（本工具的假设）；本章只提出设立委员会，未说明其组成(二)1".into(),
            Basis::FocusPerAccount { accounts, per } => format!(
                "可选的做法，并非必须配备的人员：{accounts}个重点客户，每个客户各配{per}名，在客户代表之外与客户公司的主管人员保持密切联系，参照(二)1所引施乐的做法"
            ),
            Basis::PerFunction { per } => {
                format!(
                    "由相应职能部门各派{per}人加入小组，人事关系仍留在原部门（本工具的假设）；小组由跨职能人员组成，参照(二)4所引做法"
                )
            }
            Basis::NamedPartTime => {
                "指定一名负责人在本职工作之外兼管重点客户，避免客户继续由销售人员各自掌握（见本节开头）".into()
            }
        }
    }

    fn staffing_note(&self, form: Form, tier: ServiceTier) -> &'static str {
        match (form, tier) {
            (Form::None, _) => "",
            (Form::Team, _) => {
                "小组成员来自各职能部门，人事关系仍在原部门，因此不计入编制（本工具的假设）。(二)4所引宝洁的做法是一个小组固定为一个客户服务，并经常在客户的办公地点工作；本工具建议由一个小组负责全部重点客户，因为按(二)4，小型企业只要能实现重点客户管理的职能即可。"
            }
            (Form::Department, _) => {
                "本章指出，重点客户管理部的编制一般为3-4人，并根据重点客户的增减情况随时增加管理人员(二)3。"
            }
            (Form::ServiceCenter, ServiceTier::Single) => {
                "本章没有规定服务中心的人数；(二)2所引《邮政重点客户管理办法》只要求人员根据业务发展需要灵活配备。本工具为单设的服务中心定了下限（本工具的假设）：人数不少于一个重点客户管理部，重点客户经理更多时按经理人数计。"
            }
            (Form::ServiceCenter, ServiceTier::Counted { .. }) => {
                "本章没有规定服务中心的人数；(二)2所引《邮政重点客户管理办法》只要求人员根据业务发展需要灵活配备。本工具只要求每个服务中心至少有一名重点客户经理；上级管理机构和县级服务中心（如设立）的人员按业务需要配备，此处不作估算，也不计入编制。"
            }
            (Form::ServiceCenter, ServiceTier::Uncounted { .. }) => {
                "本章没有规定服务中心的人数；(二)2所引《邮政重点客户管理办法》只要求人员根据业务发展需要灵活配备。资料没有给出服务中心的数量，因此不估算编制：每个服务中心至少一名重点客户经理，上面的人数只是按平均管理客户数得出的最低参考，不是全系统的编制。上级管理机构和县级服务中心（如设立）的人员按业务需要配备。"
            }
            (Form::Committee, _) => {
                "本章只列出委员会下设的各中心，没有规定人数(二)1，因此委员会的人员配备全部是本工具的假设：重点客户经理设在管理中心；管理中心人数的下限与单设的重点客户服务中心相同，使委员会的规模不小于单设的服务中心。本工具还假设：委员会下设的服务中心负责协调，客户由管理中心的重点客户经理服务，因此起步人数较少。委员和“集中执行官”都不计入编制。"
            }
        }
    }

    fn none_pointer(&self) -> &'static str {
        "机构的职能(三)和对人员的要求(四)在设立机构之后才适用，届时可对照本章(三)和(四)的内容。"
    }

    fn reporting_line_note(&self) -> &'static str {
        "本章所引典型重点客户管理部门的汇报关系示例，可按自己的职务名称调整"
    }

    fn placement_note(&self, form: Form) -> &'static str {
        match form {
            Form::Committee => {
                "本章没有规定委员会在组织层级中的位置；将其置于最高管理层之下是本工具的安排。"
            }
            Form::ServiceCenter => {
                "本章没有规定服务中心在组织层级中的位置；将其（或体系的最高一级机构）置于最高管理层之下是本工具的安排。"
            }
            Form::Team => {
                "本章没有规定小组在组织层级中的位置；将其置于最高管理层之下是本工具的安排。"
            }
            Form::Department => {
                "管理部之上的各职务是(二)1所引典型重点客户管理部门的汇报关系，仅作示例，可按本单位的职务名称调整。"
            }
            Form::None => "",
        }
    }

    fn warning(&self, warning: Warning) -> String {
        match warning {
            Warning::GroupNotLarge { scale } => format!(
                "资料填写的类型是集团企业，但规模为{}而非大型：(二)1的重点客户管理委员会针对大型集团企业（原文作“重点型集团企业”，本工具读作大型），因此按规模确定组织形式。请核对资料文件中的类型（kind）和规模（scale）。",
                self.scale(scale)
            ),
            Warning::SmallMultinational { scale } => format!(
                "资料填写的类型是国际跨国集团，规模为{}：(二)1只说国际跨国集团采取设立重点客户管理委员会的形式，本工具对此不区分规模。如果资料描述的是集团的子公司而非集团本身，请将类型（kind）改为 enterprise。",
                self.scale(scale)
            ),
            Warning::ScaleMismatch { declared, figures } => format!(
                "资料中填写的规模为{}，但按《统计上大中小微型企业划分办法（2017）》，资料中的数据对应{}企业。本建议按填写的规模作出；请核对 `scale` 与 `employees`、`annual_revenue`、`total_assets`。",
                self.scale(declared),
                self.scale(figures)
            ),
            Warning::NetworkUnused { form } => match form {
                Form::None => {
                    "资料给出了 `[network]`，但本次不建议设立机构，层级信息未被使用。".into()
                }
                _ => format!(
                    "资料给出了 `[network]`，但只有重点客户服务中心(二)2按层级设置；本次建议的{}用不到这些层级。",
                    self.form(form)
                ),
            },
            Warning::TeamUnused { form } => format!(
                "资料给出了 `[team]`，但建议的组织形式是{}而非小组，其中的职能部门未被使用。",
                self.form(form)
            ),
        }
    }

    fn hint(&self, hint: Hint) -> String {
        let caveat = |c: Option<Warning>| match c {
            Some(Warning::SmallMultinational { scale }) => format!(
                "资料所填跨国集团的规模为{}：这一结论只适用于集团本身，不适用于子公司。",
                self.scale(scale)
            ),
            Some(Warning::GroupNotLarge { scale }) => format!(
                "资料填写的是集团企业，但规模为{}：组织形式按规模确定。",
                self.scale(scale)
            ),
            _ => String::new(),
        };
        match hint {
            Hint::RevenueShort { short_by, threshold } => {
                let (short, places) = crate::text::shortfall_shown(short_by);
                format!(
                    "年度销售额距(一)1的{}还差{}。",
                    self.money_exact(threshold, crate::text::threshold_places(threshold)),
                    self.money_exact(short, places)
                )
            }
            Hint::AccountsShort { short_by, threshold } => {
                format!("重点客户还差{short_by}个：再评定出{short_by}个，就达到(一)2所说的{threshold}个。")
            }
            Hint::RateAccountsFirst { threshold } => {
                format!("请先评定重点客户；评定满{threshold}个即满足(一)2。")
            }
            Hint::IfFirmJudges { rule, caveat: c } => format!(
                "(一)3和(一)4须自行判断：如果认为战略规划需要设立重点客户管理机构，或设立机构有利于快速培养客户，按资料所填的类型和规模，对应的组织形式是{}(二){}。{}",
                self.form(rule.form()),
                rule.form_clause().trim_start_matches("(二)"),
                caveat(c)
            ),
            Hint::OnceRated { rule, caveat: c } => format!(
                "评定出重点客户后，按资料所填的类型和规模，建议的组织形式将是{}{}。{}",
                self.form(rule.form()),
                rule.form_clause(),
                caveat(c)
            ),
            Hint::TeamDefensible { key_accounts } => format!(
                "目前只评定了{key_accounts}个重点客户，少于(一)2可以考虑设立管理部门的6个。(二)4说重点客户很少时不适合采取“中心”和“部门”的形式，本章是就小型企业而言的，所以本工具保留上面的组织形式；但设立重点客户管理小组(二)4也是站得住的理解。"
            ),
            Hint::NextChange { at_accounts, change, caveat: c } => match change {
                Change::Form { rule, headcount } => format!(
                    "重点客户达到{at_accounts}个时，建议的组织形式将变为{}{}{}。{}",
                    self.form(rule.form()),
                    rule.form_clause(),
                    headcount.map_or_else(String::new, |n| format!("，编制{n}人")),
                    caveat(c)
                ),
                Change::Headcount { headcount } => {
                    format!("重点客户达到{at_accounts}个时，机构编制增至{headcount}人。")
                }
                Change::Managers { managers } => format!(
                    "重点客户达到{at_accounts}个时，按平均管理客户数，各服务中心合计至少需要{managers}名重点客户经理（每个服务中心仍至少1名）。"
                ),
            },
            Hint::CustomRules => "以上结果使用的是 --rules 文件中的数值，而非默认值；默认值可用 `kam-advise rules` 查看。".into(),
        }
    }

    fn gap_summary(&self, gap: &Gap, rule: FormRule) -> String {
        let today = self.today(gap.current);
        let form = self.form(rule.form());
        match gap.direction {
            GapDirection::Wait if rule == FormRule::NoKeyAccounts => {
                format!("{today}；在评定重点客户之前，暂不建议设立机构。")
            }
            GapDirection::Wait => {
                format!("{today}；按本章暂无设立专门机构的依据，可由指定的兼管负责人负责重点客户。")
            }
            GapDirection::Build => format!("{today}；建议设立{form}。"),
            GapDirection::Grow => format!("{today}；建议扩展为{form}。"),
            GapDirection::Same => format!("{today}，与建议的组织形式一致。"),
            GapDirection::Reduce if rule.form() == Form::None => format!(
                "{today}，而本工具依据本章建议目前暂不设立专门机构{}。",
                rule.form_clause()
            ),
            GapDirection::Reduce => format!(
                "{today}，规格高于本工具依据本章建议的{form}{}。",
                rule.form_clause()
            ),
        }
    }

    fn opening_reason(&self, reason: OpeningReason) -> String {
        match reason {
            OpeningReason::FewAccounts { key_accounts: 0, .. } => "重点客户太少？目前尚未评定重点客户，应先评定。".into(),
            OpeningReason::FewAccounts { key_accounts, threshold } if key_accounts >= threshold => format!(
                "重点客户太少？并非如此：已评定{key_accounts}个重点客户，达到(一)2的{threshold}个。"
            ),
            OpeningReason::FewAccounts { key_accounts, threshold } => format!(
                "重点客户太少？已评定{key_accounts}个，少于(一)2的{threshold}个，但满足(一)的其他条件，仍可以考虑设立。"
            ),
            OpeningReason::Cost { headcount, focus_executives, partial } => {
                let focus = if focus_executives > 0 {
                    format!("；如采用施乐的做法，另有{focus_executives}名“集中执行官”在编制之外")
                } else {
                    String::new()
                };
                match headcount {
                    Some(headcount) if partial => format!(
                        "费用过大（原文作“费用过重点”）？费用主要取决于机构的人员：各服务中心至少{headcount}名重点客户经理，另加上级管理机构和县级服务中心（如设立）的人员，后者按业务需要配备，此处未作估算{focus}；这需要结合重点客户带来的收益自行权衡。"
                    ),
                    Some(headcount) => format!(
                        "费用过大（原文作“费用过重点”）？费用主要取决于机构编制，即{headcount}人{focus}；这需要结合重点客户带来的收益自行权衡。"
                    ),
                    None => "费用过大（原文作“费用过重点”）？费用主要取决于各服务中心配备多少人（每个中心至少一人）；这需要结合重点客户带来的收益自行权衡。".into(),
                }
            }
            OpeningReason::Need => "认为没有必要？(一)3和(一)4须自行判断：战略规划是否需要设立机构？设立机构是否有利于快速培养客户、增强客户的信心和依赖感？".into(),
        }
    }

    fn step(&self, step: &Step) -> String {
        match step {
            Step::RateAccounts { threshold } => format!("评定重点客户，再根据评定结果重新审视本建议（评定满{threshold}个即满足(一)2）。"),
            Step::NameManagers { count: 1 } => "指定一名兼管负责人，在本职工作之外负责重点客户（本工具的假设），避免客户继续由销售人员各自掌握。".into(),
            Step::NameManagers { count } => format!("指定{count}名兼管负责人，在本职工作之外负责重点客户（本工具的假设），避免客户继续由销售人员各自掌握。"),
            Step::TakeAccountsFromSalespeople { to_unit: true } => "把重点客户从各个销售人员手中收回：目前客户资源掌握在销售人员手中，并没有被利用起来（见本节开头）。将每个客户的资料、联系人和计划移交新机构。".into(),
            Step::TakeAccountsFromSalespeople { to_unit: false } => "把重点客户从各个销售人员手中收回：目前客户资源掌握在销售人员手中，并没有被利用起来（见本节开头）。将每个客户的资料、联系人和计划交给指定的兼管负责人。".into(),
            Step::TakeAccountsFromSalesDepartment => "把重点客户从销售部门移交新机构：在销售部门里，重点客户没有得到单独管理（见本节开头）。".into(),
            Step::FormCommittee => "在最高管理层之下设立重点客户管理委员会，由高层管理者兼任委员，下设重点客户管理中心、重点客户服务中心、重点客户评估中心等机构(二)1。".into(),
            Step::AppointManagers { count: 1, per } => format!(
                "任命一名重点客户经理，最多负责{per}个左右的重点客户（本工具对(二)1所引典型部门的解读），并按(四)1和(四)2的要求选拔。"
            ),
            Step::AppointManagers { count, per } => format!(
                "任命{}，每人大约负责{per}个重点客户（本工具对(二)1所引典型部门的解读），并按(四)1和(四)2的要求选拔。",
                self.managers(*count)
            ),
            Step::LeadTeam { count: 1, accounts } => format!(
                "任命一名重点客户经理负责这{accounts}个重点客户并带领小组，人选须能组建和管理好一个团队(四)2。"
            ),
            Step::LeadTeam { count, accounts } => format!(
                "任命{}负责这{accounts}个重点客户，由其中一人带领小组，须能组建和管理好一个团队(四)2。",
                self.managers(*count)
            ),
            Step::StaffNetworkCenters { level, per_center, count: Some(count), .. } => format!(
                "每个{}服务中心至少配备{per_center}名重点客户经理（合计{count}名；本工具的假设），按(四)1和(四)2的要求选拔，其余人员根据业务发展需要灵活配备(二)2。",
                self.level(*level)
            ),
            Step::StaffNetworkCenters { level, per_center, count: None, guide, per } => format!(
                "每个{}服务中心至少配备{per_center}名重点客户经理（本工具的假设），按(四)1和(四)2的要求选拔；按每人{per}个重点客户计算，合计至少需要{guide}名。其余人员根据业务发展需要灵活配备(二)2。",
                self.level(*level)
            ),
            Step::FillCenter { headcount, specialists, committee } => {
                let what = if *committee { "委员会的管理中心" } else { "重点客户服务中心" };
                let specialists = if *specialists > 0 {
                    format!("，其中重点客户专员{specialists}名")
                } else {
                    String::new()
                };
                if !specialists.is_empty() {
                    format!("{what}至少配备{headcount}人{specialists}（本工具的下限：不少于一个重点客户管理部），并随重点客户增多而增加人员。")
                } else {
                    format!("{what}配备上面所列的{headcount}名重点客户经理（不少于本工具的下限），并随重点客户增多而增加人员。")
                }
            }
            Step::StaffCenters { per_center } => format!("为委员会的服务中心和评估中心配备人员，起步各{per_center}人（本工具的假设），再随业务需要增加。"),
            Step::AssignFocusExecutives { count } => format!("如采用(二)1所引施乐的做法，为每个重点客户安排一名“集中执行官”（共{count}名），与客户公司的主管人员保持密切联系；这是可选的做法。"),
            Step::SetUpServiceCenter => "设立重点客户服务中心(二)2。".into(),
            Step::SetUpTiers { bodies, center, optional_county } => {
                let county = if *optional_county {
                    "，县级是否设立由各地根据实际情况决定"
                } else {
                    ""
                };
                if bodies.is_empty() {
                    format!("在{}设立重点客户服务中心{county}(二)2。", self.level(*center))
                } else {
                    format!(
                        "在{}设立重点客户管理机构，在{}设立重点客户服务中心{county}(二)2。",
                        self.levels(bodies),
                        self.level(*center)
                    )
                }
            }
            Step::FillDepartment { headcount, specialists } => {
                let specialists = if *specialists > 0 {
                    format!("，其中重点客户专员{specialists}名")
                } else {
                    String::new()
                };
                format!("重点客户管理部配备{headcount}人{specialists}，并随重点客户的增加随时增加人员(二)3。")
            }
            Step::AdaptReportingLine => "确定管理部向谁汇报；(二)1引述的典型汇报关系依次是重点客户经理、全国销售经理、营销与销售副总裁、首席执行官，这是一个示例，可按自己的职务名称调整。".into(),
            Step::NameTeamMembers { per } => format!("从各相关职能部门指定小组成员，每个部门{per}人（本工具的假设），组成跨职能的重点客户管理小组，只要能实现重点客户管理的职能即可(二)4；由一个小组负责全部重点客户是本工具的安排。"),
            Step::WriteDuties => "把(三)所列七项职能写入机构的职责说明。".into(),
            Step::TrainStaff => "对照(四)1的要求和(四)2中重点客户经理的角色制定培训计划(三)7。".into(),
            Step::ReviewStaffing { managers, headcount } => match headcount {
                Some(headcount) => format!(
                    "保持现有机构；核实其中是否配有{}、编制是否达到{headcount}人。",
                    self.managers(*managers)
                ),
                None => format!(
                    "保持现有机构；核实每个服务中心是否都至少有一名重点客户经理（按平均管理客户数合计至少{managers}名）。"
                ),
            },
            Step::KeepOrFold { current, form: Form::None } => format!(
                "只有在收益足以覆盖费用时才保留{}（本节开头提到，费用是不设机构的原因之一）；否则可撤销该机构，改由指定的兼管负责人负责重点客户。",
                self.setup(*current)
            ),
            Step::KeepOrFold { current, form } => format!(
                "只有在收益足以覆盖费用时才保留{}（本节开头提到，费用是不设机构的原因之一）；否则可改为{}。",
                self.setup(*current),
                self.form(*form)
            ),
        }
    }

    fn trace(&self, trace: &Trace) -> String {
        match trace {
            Trace::ScaleInferred { row, checks, scale } => {
                let row_name = crate::scale::IndustryRow::find(row).map_or(*row, |r| r.zh_name);
                format!(
                    "按《统计上大中小微型企业划分办法（2017）》中“{row_name}”的标准判断规模。{}。结论：{}。",
                    size_checks(self, checks).join("。"),
                    self.scale(*scale)
                )
            }
            Trace::ScaleNotNeeded { kind } => match kind {
                Kind::PublicSector => "规模：未填写，也无须填写。本工具对国家行业部门不按规模确定组织形式，《统计上大中小微型企业划分办法（2017）》也不对政府机构划分规模。".into(),
                _ => "规模：未填写，也无须填写。(二)1说国际跨国集团采取设立委员会的形式，没有提到规模，因此本工具对国际跨国集团不按规模确定组织形式。".into(),
            },
            Trace::Condition(c) => {
                let compare = match c.value {
                    Measure::Flag(_) | Measure::Unstated => self.measure(c.value),
                    _ => format!(
                        "{} {} {}",
                        self.measure(c.value),
                        if c.met { "≥" } else { "<" },
                        self.measure(c.threshold)
                    ),
                };
                // 恰好等于标准时说明为什么算满足：本章说“达到”即可。
                let exactly = if c.met && c.value == c.threshold && !matches!(c.value, Measure::Flag(_) | Measure::Unstated) {
                    "（恰好等于标准；本章说“达到”即可考虑设立，所以算作满足）"
                } else {
                    ""
                };
                format!(
                    "{}（{}）：{compare}，{}{exactly}。",
                    c.id.clause(),
                    self.condition(c.id),
                    if c.met { "满足" } else { "不满足" }
                )
            }
            Trace::FormRule { rule, applies, facts, team_max } => {
                let kind = self.kind(facts.kind);
                let scale = self.scale_or_unknown(facts.scale);
                let k = facts.key_accounts;
                let question = match rule {
                    FormRule::NoKeyAccounts => format!("尚未评定重点客户？重点客户数：{k}"),
                    FormRule::NoConditionMet => format!(
                        "(一)的条件均不满足？{}",
                        if facts.worth_considering { "至少满足一项" } else { "一项也不满足" }
                    ),
                    FormRule::Multinational => format!("是国际跨国集团吗？类型：{kind}"),
                    FormRule::LargeGroup => format!("是大型集团企业吗？类型：{kind}，规模：{scale}"),
                    FormRule::PublicSector => format!("是国家行业部门吗？类型：{kind}"),
                    FormRule::LargeEnterprise => format!("是大型企业吗？规模：{scale}"),
                    FormRule::MediumScale => format!("是中型企业吗？规模：{scale}"),
                    FormRule::SmallManyAccounts => format!(
                        "是小型或微型企业且重点客户超过{team_max}个吗？规模：{scale}，重点客户{k}个"
                    ),
                    FormRule::SmallScale => format!("是小型或微型企业吗？规模：{scale}"),
                };
                let answer = if *applies {
                    format!("是，{}", self.form(rule.form()))
                } else {
                    "否".into()
                };
                format!(
                    "{}：{question} → {answer}。",
                    self.with_clause(&self.rule_name(*rule), rule.form_clause())
                )
            }
            Trace::KamManagers { accounts, per, managers } => {
                format!("重点客户经理人数：{accounts}÷{per}，向上取整为{managers}。每人按{per}个重点客户计算，是本工具对(二)1所引典型部门（每位经理平均管理9个重点客户）的解读，本章并未规定经理人数。")
            }
            Trace::DepartmentHeadcount { base, managers, headcount } => {
                format!("管理部编制：本章说管理部编制一般为3-4人(二)3，本工具取{base}人与重点客户经理人数{managers}中较多的一个，即{headcount}人。")
            }
            Trace::CenterHeadcount { base, managers, headcount } => {
                format!("服务中心编制：本章没有规定(二)2；本工具取下限{base}人（不少于一个管理部）与重点客户经理人数{managers}中较多的一个，即{headcount}人。")
            }
            Trace::CentersFloor { centers, per_center, managers, headcount } => {
                format!("各服务中心的重点客户经理：本章没有规定(二)2；本工具取{centers}个中心×{per_center}人与{managers}人中较多的一个，即{headcount}人。")
            }
            Trace::CommitteeHeadcount { center, per_center, headcount } => format!(
                "委员会编制：管理中心{center}人，加上另外2个中心各{per_center}人，共{headcount}人；本章没有规定各中心的人数(二)1，这些全部是本工具的假设。"
            ),
            Trace::FocusExecutives { accounts, per, count } => {
                format!("“集中执行官”人数（如采用施乐的做法）：{accounts}个重点客户×{per}＝{count}名(二)1。")
            }
        }
    }
}
