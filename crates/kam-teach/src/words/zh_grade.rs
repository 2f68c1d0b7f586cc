//! 批改的中文文本：每道题的反馈、某种组织形式为什么不对、成绩标题，以及答题卡、
//! 参考答案目录和练习输出中的问题。

use super::{GradeText, TeachText};
use crate::advice::{ConditionId, Form, FormRule, Trace};
use crate::items::KeyAnswers;
use crate::problem::Found;
use crate::profile::{Kind, ScaleSource};
use crate::render::Report;
use crate::rules::Rules;
use crate::scale::Scale;
use crate::sheet::{Answers, Item, TeachIssue, condition_from_input, form_from_input};
use crate::text::zh::Chinese;
use crate::text::{AdviceText, Words, join_list};
use crate::why::{NotBecause, RuledOut};

fn found(found: &Found) -> String {
    match found {
        Found::Str(s) => format!("字符串“{s}”"),
        Found::Integer(i) => format!("整数 {i}"),
        Found::Number(n) => format!("数值 {n}"),
        Found::Boolean(b) => format!("布尔值 {b}"),
        Found::Date => "日期".into(),
        Found::Array => "列表".into(),
        Found::Table => "表".into(),
        Found::Shown(cell) => {
            format!(
                "数值 {}（按单元格的数字格式显示为“{}”）",
                cell.number, cell.shown
            )
        }
    }
}

fn near(near: Option<&str>) -> String {
    near.map_or_else(String::new, |n| format!("（是否想写 `{n}`？）"))
}

/// 条件的简称，用于正文：写在条款之后的全角括号里，如“(一)1（年度销售额）”。
fn condition_name(id: ConditionId) -> &'static str {
    match id {
        ConditionId::Revenue => "年度销售额",
        ConditionId::KeyAccounts => "重点客户数量",
        ConditionId::StrategicPlan => "战略规划",
        ConditionId::AccountDevelopment => "快速培养客户",
    }
}

/// 规模，接在“本案属于”之后。
fn scale_words(this: &Chinese, scale: Option<Scale>, kind: Kind) -> String {
    scale.map_or_else(
        || format!("{}，案例没有给出其规模", this.kind(kind)),
        |s| format!("{}企业", this.scale(s)),
    )
}

fn met_list(ids: &[ConditionId]) -> String {
    if ids.is_empty() {
        return "一项也没有".into();
    }
    let items: Vec<String> = ids
        .iter()
        .map(|c| format!("{}（{}）", c.clause(), condition_name(*c)))
        .collect();
    join_list(&items, "、", "和")
}

/// 某条规则为什么在这里不成立。
fn why_not(this: &Chinese, r: &RuledOut, report: &Report<'_>) -> String {
    let facts = report.facts();
    let kind = this.kind(facts.kind);
    let scale = scale_words(this, facts.scale, facts.kind);
    let small = matches!(facts.scale, Some(Scale::Small | Scale::Micro));
    let max = report.rules.team_max_key_accounts;
    let k = facts.key_accounts;
    if let NotBecause::Earlier { decided } = r.because {
        return format!(
            "本案本可适用{}，但排在前面的{}已经决定了组织形式：{}",
            this.rule_name(r.rule),
            this.rule_name(decided),
            this.reason(decided, &facts, report.rules)
        );
    }
    match r.rule {
        FormRule::NoKeyAccounts => {
            format!(
                "因尚未评定重点客户而暂不设立，只适用于没有重点客户的企业(一)2，而本案已评定{k}个重点客户"
            )
        }
        FormRule::NoConditionMet => {
            let met: Vec<ConditionId> = report
                .advice
                .conditions
                .iter()
                .filter(|c| c.met)
                .map(|c| c.id)
                .collect();
            format!(
                "(一)的条件一项都不满足时才暂不设立，而本案满足{}",
                met_list(&met)
            )
        }
        FormRule::Multinational => {
            format!("(二)1说国际跨国集团采取设立委员会的形式，本案是{kind}")
        }
        FormRule::LargeGroup if facts.kind == Kind::Group => {
            format!(
                "(二)1的委员会针对原文所说的“重点型集团企业”（本工具读作大型集团企业），本案虽是集团企业，却属于{scale}"
            )
        }
        FormRule::LargeGroup => {
            format!(
                "(二)1的委员会针对原文所说的“重点型集团企业”（本工具读作大型集团企业），本案是{kind}，不是集团企业"
            )
        }
        FormRule::PublicSector => {
            format!("(二)2的服务中心针对国家行业部门，本案是{kind}，不是国家行业部门")
        }
        FormRule::LargeEnterprise => {
            format!(
                "(二)2的服务中心针对原文所说的“国内重点型企业”（本工具读作国内大型企业），本案属于{scale}"
            )
        }
        FormRule::MediumScale => format!("(二)3的管理部针对中型企业，本案属于{scale}"),
        FormRule::SmallManyAccounts if small => format!(
            "按本工具对(二)4和(二)1的理解，小型企业的重点客户超过{max}个时，可以考虑设立管理部；本案只有{k}个，没有超过"
        ),
        FormRule::SmallManyAccounts => format!(
            "本工具只为重点客户较多的小型企业建议管理部（对(二)4和(二)1的理解），本案属于{scale}"
        ),
        FormRule::SmallScale if small => format!(
            "(二)4说小组一般适用于小型企业，因为这类企业的重点客户数量很少；本案有{k}个重点客户，超过了本工具为小组设定的上限{max}个，这一前提已不成立"
        ),
        FormRule::SmallScale => format!("(二)4说小组一般适用于小型企业，本案属于{scale}"),
    }
}

fn answer_text(this: &Chinese, item: Item, value: &str) -> String {
    match item {
        Item::Form => {
            form_from_input(value).map_or_else(|| value.to_string(), |f| this.form(f).to_string())
        }
        Item::Conditions => {
            let ids: Vec<ConditionId> =
                value.split(", ").filter_map(condition_from_input).collect();
            met_list(&ids)
        }
        Item::KamManagers | Item::Headcount => format!("{}人", value.replace('-', "或")),
        Item::ServiceLevel => crate::profile::Level::from_input(value)
            .map_or_else(|| value.to_string(), |l| this.level(l).to_string()),
    }
}

impl GradeText for Chinese {
    fn not_this_form(&self, form: Form, ruled: &[RuledOut], report: &Report<'_>) -> String {
        // 委员会的两条规则出自(二)1的同一句话，合成一句说。
        let both_fail = |a: FormRule, b: FormRule| {
            ruled.len() == 2
                && ruled.iter().all(|r| r.because == NotBecause::DoesNotApply)
                && ruled.iter().any(|r| r.rule == a)
                && ruled.iter().any(|r| r.rule == b)
        };
        if form == Form::Committee && both_fail(FormRule::Multinational, FormRule::LargeGroup) {
            let facts = report.facts();
            let what = if facts.kind == Kind::Group {
                format!(
                    "本案虽是集团企业，却属于{}，也不是国际跨国集团",
                    scale_words(self, facts.scale, facts.kind)
                )
            } else {
                format!(
                    "本案是{}，既不是大型集团企业，也不是国际跨国集团",
                    self.kind(facts.kind)
                )
            };
            return format!(
                "不是{}：(二)1的重点客户管理委员会针对国际跨国集团和原文所说的“重点型集团企业”（本工具读作大型集团企业），{what}。",
                self.form_short(form)
            );
        }
        let reasons: Vec<String> = ruled
            .iter()
            .map(|r| why_not(self, r, report).trim_end_matches('。').to_string())
            .collect();
        let lead = match form {
            Form::None => "答案不是“暂不设立”".to_string(),
            _ => format!("不是{}", self.form_short(form)),
        };
        format!("{lead}：{}。", reasons.join("；"))
    }

    fn item_feedback(
        &self,
        item: Item,
        answers: &Answers,
        report: &Report<'_>,
        rules: &Rules,
    ) -> String {
        let advice = report.advice;
        match item {
            Item::Form => {
                let mut text = format!(
                    "正确答案是{}{}，依据{}。{}",
                    self.form(advice.form),
                    advice.rule.form_clause(),
                    self.rule_name(advice.rule),
                    self.reason(advice.rule, &report.facts(), rules)
                );
                if let Some(given) = answers.form.filter(|g| *g != advice.form) {
                    let ruled = crate::why::ruled_out(given, advice.rule, &report.facts(), rules);
                    text.push_str(&self.not_this_form(given, &ruled, report));
                }
                if report.profile.scale_source == ScaleSource::Inferred {
                    text.push_str(&self.scale_basis(report));
                }
                for warning in &advice.warnings {
                    text.push_str("提示：");
                    text.push_str(&crate::text::DocumentText::client_warning(self, *warning));
                }
                text
            }
            Item::Conditions => {
                let met: Vec<ConditionId> = advice
                    .conditions
                    .iter()
                    .filter(|c| c.met)
                    .map(|c| c.id)
                    .collect();
                let given = answers.conditions.as_deref();
                let steps: Vec<String> = advice
                    .conditions
                    .iter()
                    .filter(|c| given.is_none_or(|g| g.contains(&c.id) != c.met))
                    .map(|c| self.trace(&Trace::Condition(*c)))
                    .collect();
                format!("满足的条件是{}。{}", met_list(&met), steps.join(""))
            }
            Item::KamManagers => format!("正确答案是{}", self.kam_managers_basis(advice)),
            Item::Headcount => {
                let key = KeyAnswers::of(advice, report.profile, rules);
                format!("正确答案是{}", self.headcount_basis(advice, &key))
            }
            Item::ServiceLevel => match crate::items::service_level(advice) {
                Some(level) => format!("正确答案是{}", self.service_level_basis(report, level)),
                None => String::new(),
            },
        }
    }

    fn ignored_note(&self, item: Item, report: &Report<'_>) -> String {
        let form = report.advice.form;
        match (item, form) {
            (Item::ServiceLevel, _) => format!(
                "本项不评分：只有分层级设立的服务中心才问服务中心所在层级，而本案的答案是{}",
                self.form(form)
            ),
            (_, Form::None) => "本项不评分：本案不设机构，也就没有重点客户经理人数和编制可答".to_string(),
            _ => "本项不评分：本案的服务中心分层级设立，本章说其人员根据业务发展需要灵活配备(二)2，所以不评人数，改评服务中心所在的层级".to_string(),
        }
    }

    fn answer_words(&self, item: Item, value: &str) -> String {
        match item {
            Item::Conditions => format!("{}；答题卡写作 {value}", answer_text(self, item, value)),
            _ => answer_text(self, item, value),
        }
    }

    fn item_name(&self, item: Item) -> &'static str {
        match item {
            Item::Form => "组织形式",
            Item::Conditions => "满足的条件",
            Item::KamManagers => "重点客户经理",
            Item::Headcount => "编制",
            Item::ServiceLevel => "服务中心层级",
        }
    }

    fn feedback_line(&self, case: &str, item: Item, given: Option<&str>, feedback: &str) -> String {
        let what = match given {
            None => "未作答".to_string(),
            Some(g) => format!("你的答案是“{}”", answer_text(self, item, g)),
        };
        format!(
            "{} · {}：{what}；{feedback}",
            self.case_title(case),
            self.item_name(item)
        )
    }

    fn marks_title(&self, student: &str, source: &str, key: &str) -> String {
        format!("{student}的成绩（{source}，参考答案：{key}）")
    }

    fn total(&self, score: u64, max: u64, percent: u64) -> String {
        format!("合计：{score}分，满分{max}分（{percent}%）。")
    }

    fn class_title(&self, key: &str, students: usize) -> String {
        format!("{students}名学生的成绩（参考答案：{key}）")
    }

    fn sheets_failed(&self, failed: usize, total: usize) -> String {
        format!("{total} 份答题卡中有 {failed} 份无法评分，未计入上面的全班成绩")
    }

    fn teach_issue(&self, issue: &TeachIssue) -> String {
        let items = "form、conditions_met、kam_managers、headcount、service_level";
        match issue {
            TeachIssue::UnknownCase { case, near: n, first, last } => format!(
                "没有案例“{case}”{}；参考答案中的案例为 {first} 至 {last}",
                near(n.as_deref())
            ),
            TeachIssue::NotACase { key, found: f } => format!(
                "“{key}”不是案例，这里是{}：每个案例应是一个表，例如 [case-01]，其中填写 {items}",
                found(f)
            ),
            TeachIssue::UnknownItem { case, key, near: n } => format!(
                "[{case}] 中没有“{key}”这一项{}；可填的项为 {items}",
                near(*n)
            ),
            TeachIssue::WrongType { case, item, found: f } => {
                let expected = match item {
                    Item::Form => "字符串，例如 \"department\"",
                    Item::Conditions => "字符串列表，例如 [\"revenue\", \"key_accounts\"]",
                    Item::KamManagers | Item::Headcount => "整数，例如 3",
                    Item::ServiceLevel => "字符串，例如 \"prefecture\"",
                };
                format!("[{case}] 的 {item} 应填{expected}，这里是{}", found(f))
            }
            TeachIssue::UnknownForm { case, value, near: n } => format!(
                "[{case}] 的 form 填了无法识别的“{value}”{}；请填 none、team、department、service-center、committee 之一，或其中文名称",
                near(*n)
            ),
            TeachIssue::UnknownCondition { case, value, near: n } => format!(
                "[{case}] 的 conditions_met 中有无法识别的条件“{value}”{}；请填 revenue、key_accounts、strategic_plan、account_development（或条款 (一)1 至 (一)4），一项都不满足时填 \"none\"",
                near(*n)
            ),
            TeachIssue::RepeatedCondition { case, id } => {
                format!("[{case}] 的 conditions_met 中“{id}”写了两次，每项条件只写一次")
            }
            TeachIssue::NoneWithOthers { case } => format!(
                "[{case}] 的 conditions_met 中既有 \"none\" 又有条件；请只写 [\"none\"]，或只写满足的条件"
            ),
            TeachIssue::NotACount { case, item, found: f } => {
                format!("[{case}] 的 {item} 应为0或正整数，这里是 {f}")
            }
            TeachIssue::UnknownLevel { case, value, near: n } => format!(
                "[{case}] 的 service_level 填了无法识别的“{value}”{}；请填 national、provincial、prefecture、county 之一，或国家级、省级、地级、县级",
                near(*n)
            ),
            TeachIssue::OldSet { found, command } => format!(
                "属于旧版 kam-advise 生成的练习（格式 {}），本版评分的格式是 {}：此后练习评分的内容已经改变（按组织形式评分的项、管理部的3-4人、service_level），所以不按现在的规则评分；请用 {command} --output-dir 目录 重新生成这套练习，并重新发放案例和答题卡",
                found.unwrap_or(1),
                crate::sheet::SET_FORMAT
            ),
            TeachIssue::OtherSet { sheet, key } => format!(
                "这份答题卡属于另一套练习（{sheet}），与参考答案（{key}）不符，因此没有评分：请用 --key 指定答题卡所属那套练习的目录"
            ),
            TeachIssue::NoKey { dir } => format!(
                "找不到参考答案：--key 应指向用 kam-advise exercise --output-dir 生成练习的目录，其中 profiles/ 存放各案例；{dir} 下没有 profiles/*.toml"
            ),
            TeachIssue::NoSheets => "该目录中没有答题卡（*.toml）".into(),
            TeachIssue::Unreadable { failure } => format!("无法读取：{}", crate::text::zh::io_failure(failure, true)),
            TeachIssue::Exists => "文件已存在；如要替换本套练习的文件，请加 --force，或另选 --output-dir".into(),
            TeachIssue::MoreProblems { count } => format!("另有 {count} 个问题未列出（只列前 100 个）：请先改正以上问题再运行"),
            TeachIssue::NotOfASet => "不是练习套题的文件，而套题目录中只能存放套题本身（--force 会整体替换该目录）：请移走它，或另选 --output-dir".into(),
            TeachIssue::NotInSet => "不属于本套练习，而 profiles/ 中只能存放本套练习的案例（grade 和 kam-advise DIR/profiles 会读取其中所有文件）：请移走它，或另选 --output-dir".into(),
            TeachIssue::WriteFailed { failure } => format!("无法写入：{}", crate::text::zh::io_failure(failure, false)),
        }
    }
}
