//! 访谈的中文文字：每个问题，以及问题下方一行说明（写明所依据的条款），
//! 还有访谈开始、小结和保存时的提示。

use super::Chinese;
use crate::money::MoneyError;
use crate::profile::ProfileKey;
use crate::text::InterviewText;
use crate::text::{Choice, Question};

impl InterviewText for Chinese {
    fn question(&self, question: Question) -> &'static str {
        match question {
            Question::Key(ProfileKey::Name) => "企业名称是什么？",
            Question::Key(ProfileKey::Kind) => "企业属于哪一类组织？",
            Question::Key(ProfileKey::Currency) => "金额使用哪种币种？",
            Question::Key(ProfileKey::CnyRate) => "一单位该币种折合多少元人民币？",
            Question::Key(ProfileKey::AnnualRevenue) => "年度销售额是多少？",
            Question::Key(ProfileKey::KeyAccounts) => "企业已评定了多少个重点客户？",
            Question::Key(ProfileKey::Scale) => "企业规模如何？",
            Question::Key(ProfileKey::Industry) => {
                "属于哪个行业（《统计上大中小微型企业划分办法（2017）》）？"
            }
            Question::Key(ProfileKey::Employees) => "从业人员有多少人？",
            Question::Key(ProfileKey::TotalAssets) => "资产总额是多少？",
            Question::Key(ProfileKey::CurrentSetup) => "目前由谁负责重点客户？",
            Question::Key(ProfileKey::StrategicPlan) => {
                "从企业战略规划和发展来看，是否需要设立重点客户管理机构？"
            }
            Question::Key(ProfileKey::AccountDevelopment) => {
                "设立机构是否有利于更快培养重点客户，增强客户对企业的信心和依赖？"
            }
            Question::HasNetwork => "企业是否分层级设置（国家级、省级、地市级、县级）？",
            Question::Key(ProfileKey::Levels) => "组织包括哪些层级？",
            Question::Key(ProfileKey::Counts) => "各层级分别有多少个机构？",
            Question::Key(ProfileKey::Functions) => "小组成员来自哪些职能部门？",
        }
    }

    fn question_help(&self, question: Question) -> &'static str {
        match question {
            Question::Key(ProfileKey::Name) => "用作建议的标题",
            Question::Key(ProfileKey::Kind) => {
                "(二)1、(二)2：国际跨国集团和大型集团企业可设重点客户管理委员会，国家行业部门多设服务中心"
            }
            Question::Key(ProfileKey::Currency) => {
                "默认为人民币（也可填 RMB 或 人民币）；金额以其他币种计时填其代码，如 USD"
            }
            Question::Key(ProfileKey::CnyRate) => {
                "用于把金额折算为人民币，(一)1 和《统计上大中小微型企业划分办法（2017）》都按人民币比较，如 7.1"
            }
            Question::Key(ProfileKey::AnnualRevenue) => {
                "(一)1：达到5000万元即可考虑设立专门机构；按平常的写法填写，如 8000万元、0.8亿、80M"
            }
            Question::Key(ProfileKey::KeyAccounts) => {
                "(一)2：达到6个即可考虑设立专门机构；尚未评定则填 0"
            }
            Question::Key(ProfileKey::Scale) => "(二)2至(二)4：规模决定设服务中心、管理部还是小组",
            Question::Key(ProfileKey::Industry) => {
                "《统计上大中小微型企业划分办法（2017）》：按所属行业的指标推断规模；输入文字可筛选"
            }
            Question::Key(ProfileKey::Employees) => {
                "《统计上大中小微型企业划分办法（2017）》：推断该行业企业的规模需要这一数据"
            }
            Question::Key(ProfileKey::TotalAssets) => {
                "《统计上大中小微型企业划分办法（2017）》：该行业推断规模还需要资产总额，写法同销售额"
            }
            Question::Key(ProfileKey::CurrentSetup) => "本节开头：建议会列出从现状走向新机构的步骤",
            Question::Key(ProfileKey::StrategicPlan) => "(一)3：由企业自己判断",
            Question::Key(ProfileKey::AccountDevelopment) => "(一)4：由企业自己判断",
            Question::HasNetwork => "(二)2：服务中心按组织的层级分级设置",
            Question::Key(ProfileKey::Levels) => {
                "(二)2：上层设管理机构，最低一级设服务中心；按空格键勾选"
            }
            Question::Key(ProfileKey::Counts) => "(二)2：会显示在组织结构中；不清楚可以留空",
            Question::Key(ProfileKey::Functions) => {
                "(二)4、(四)2：各部门之间用分号隔开；留空则默认为对接客户财务、采购、生产和售后服务的部门"
            }
        }
    }

    fn choice(&self, choice: Choice) -> &'static str {
        match choice {
            Choice::InferScale => "按各项数据推断（《统计上大中小微型企业划分办法（2017）》）",
            Choice::ScaleNotNeeded => "无需填写（此类组织的形式与规模无关）",
            Choice::NotGiven => "不填",
        }
    }

    fn keys_select(&self) -> &'static str {
        "↑↓ 移动，输入文字筛选，回车确认，Esc 返回上一题"
    }

    fn keys_confirm(&self) -> &'static str {
        "输入“是”或“否”（也可输入 y 或 n），直接回车取默认值，Esc 返回上一题"
    }

    fn keys_text(&self) -> &'static str {
        "回车确认，Esc 返回上一题"
    }

    fn yes_no(&self) -> (&'static str, &'static str) {
        ("是", "否")
    }

    fn not_yes_no(&self) -> &'static str {
        "请回答“是”或“否”。"
    }

    fn answer_required(&self) -> &'static str {
        "此题必须回答。"
    }

    fn count_question(&self, level: &str) -> String {
        format!("{level}机构有多少个？")
    }

    fn level_required(&self) -> &'static str {
        "请按空格键至少勾选一个层级。"
    }

    fn intro(&self) -> &'static str {
        "逐项填写重点客户管理的企业资料。按 Esc 返回上一题；按 Ctrl-C 退出，不会写入任何文件。"
    }

    fn summary_title(&self) -> &'static str {
        "您的回答"
    }

    fn write_question(&self, path: &str) -> String {
        format!("是否将资料文件写入 {path}？")
    }

    fn overwrite_question(&self, path: &str) -> String {
        format!("{path} 已存在，是否替换？")
    }

    fn written(&self, path: &str) -> String {
        format!("资料文件已写入 {path}。以后可运行 kam-advise {path} 再次获取建议。")
    }

    fn not_written(&self) -> &'static str {
        "未写入任何文件。"
    }

    fn save_question(&self) -> &'static str {
        "是否把这些回答保存为资料文件？"
    }

    fn file_name_question(&self) -> &'static str {
        "资料文件的文件名？"
    }

    fn file_name_help(&self) -> &'static str {
        "须为 .toml 文件；回车采用所示的文件名，Esc 不写入文件"
    }

    fn canceled(&self) -> &'static str {
        "<已返回>"
    }

    fn answers_source(&self) -> &'static str {
        "访谈所填"
    }

    fn no_match(&self, filter: &str) -> String {
        format!("没有与“{filter}”相符的选项：请按退格键修改筛选文字。")
    }

    fn amount_not_read(&self, error: &MoneyError) -> String {
        let examples = "如 8000万、1.2亿元、五亿、80M";
        match error {
            MoneyError::Negative => "金额不能为负数。".into(),
            MoneyError::UnknownUnit(unit) => format!("无法识别单位“{unit}”：请写成{examples}。"),
            MoneyError::ElidedUnit(readings) => format!(
                "是 {} 还是 {}？请写出最后的单位（两亿五千万）或加“零”（两亿零五）。",
                crate::text::yuan_digits(readings.scaled, 0),
                crate::text::yuan_digits(readings.literal, 0)
            ),
            MoneyError::SignMismatch {
                sign_currency: named,
                currency,
                ..
            }
            | MoneyError::NameMismatch {
                name_currency: named,
                currency,
                ..
            } => format!(
                "这个金额是 {named}，而所答币种是 {currency}：请按 Esc 返回修改币种，或以 {currency} 填写。"
            ),
            MoneyError::TooLarge => "金额太大，无法计算。".into(),
            MoneyError::TooLong => format!(
                "超过 {} 个字符，任何金额都不会写得这么长。",
                crate::money::MAX_TEXT_CHARS
            ),
            MoneyError::TooSmall => {
                "金额太小，无法计算：请以元为单位填写，或加上单位（万、亿）。".into()
            }
            _ => format!("不是金额：请写成{examples}。"),
        }
    }

    fn count_not_read(&self) -> &'static str {
        "此处须填 0 或以上的整数，如 12。"
    }

    fn interrupted(&self) -> &'static str {
        "已中断，未写入任何文件"
    }

    fn terminal_closed(&self) -> &'static str {
        "终端在答完之前关闭了：访谈已停止，未写入任何文件"
    }

    fn no_terminal(&self) -> &'static str {
        "interview 须在终端中逐项提问，而标准输入或标准输出不是终端：在脚本中请改用资料文件（先运行 `kam-advise init --lang zh > client.toml`，再运行 `kam-advise client.toml`）"
    }
}
