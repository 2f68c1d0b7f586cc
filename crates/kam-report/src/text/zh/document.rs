//! 交给客户的文档（HTML 和 Markdown 报告）所用的文字（中文）。

use super::Chinese;
use crate::advice::Form;
use crate::advice::Warning;
use crate::date::DocDate;
use crate::profile::ProfileKey;
use crate::text::ClientProblem;
use crate::text::{DocumentLabels, DocumentText, PortfolioLabels, SheetText as _, Words};

static LABELS: DocumentLabels = DocumentLabels {
    date: "日期",
    summary: "摘要",
    chart_legend_above: "上级（不属于本机构）",
    chart_description: "建议设立的重点客户管理组织的结构图",
    industry: "行业",
    employees: "从业人员",
    total_assets: "资产总额",
    current_setup: "现状",
    network: "组织层级",
    team_functions: "派出小组成员的职能部门",
    own_setting: "◆ 本单位自定的数值",
    confidential: "保密",
    logo: "标志",
};

static PORTFOLIO: PortfolioLabels = PortfolioLabels {
    title: "重点客户管理组织：客户组合评估",
    overview: "概览",
    charts: "各组织形式的分布",
    forms_chart: "各建议组织形式的单位数",
    headcount_chart: "各建议组织形式的编制人数",
    charts_description: "按建议的组织形式统计单位数和编制人数的条形图",
    table: "逐家单位",
    own_settings: "以下组织形式和数字采用了为本次评估自定的数值，部分代替了本章给出的数字。",
    not_advised: "未给出建议",
    uncounted: "—：服务中心网络未给出服务中心的个数，人员由本单位按业务需要配备，不计入编制合计。",
};

impl DocumentText for Chinese {
    fn document_labels(&self) -> &'static DocumentLabels {
        &LABELS
    }

    fn date(&self, date: DocDate) -> String {
        format!("{}年{}月{}日", date.year, date.month, date.day)
    }

    fn citation(&self, scale_inferred: bool) -> String {
        let chapter = "依据：第十一章第二节“重点客户管理的组织”；以上各项结论均注明所依据的条款（(一)至(四)）。";
        if scale_inferred {
            format!("{chapter}企业规模按《统计上大中小微型企业划分办法（2017）》推定。")
        } else {
            chapter.to_string()
        }
    }

    fn client_warning(&self, warning: Warning) -> String {
        match warning {
            Warning::GroupNotLarge { scale } => format!(
                "资料中本单位为集团企业，但规模为{}，不是大型。(二)1说重点型集团企业（本建议读作大型集团企业）采取委员会的形式，因此这里按集团的规模确定组织形式。",
                self.scale(scale)
            ),
            Warning::SmallMultinational { scale } => format!(
                "资料中本单位为国际跨国集团，规模为{}。(二)1说国际跨国集团采取委员会的形式，没有提到规模：本建议适用于集团本身；如果是集团的子公司，应按子公司自身的规模另行确定。",
                self.scale(scale)
            ),
            Warning::ScaleMismatch { declared, figures } => format!(
                "资料中填写的规模为{}，但按国家统计局《统计上大中小微型企业划分办法（2017）》，所给数据对应{}。本建议按填写的规模确定。",
                self.scale(declared),
                self.scale(figures)
            ),
            Warning::NetworkUnused { form: Form::None } => {
                "资料中的组织层级没有用到：目前不建议设立机构。".into()
            }
            Warning::NetworkUnused { form } => format!(
                "资料中的组织层级没有用到：只有重点客户服务中心(二)2按层级设置，而建议的组织形式是{}。",
                self.form(form)
            ),
            Warning::TeamUnused { form } => format!(
                "资料中派出小组成员的职能部门没有用到：建议的组织形式是{}，不是小组。",
                self.form(form)
            ),
        }
    }

    fn client_none_pointer(&self) -> &'static str {
        "重点客户管理机构的职能见本节(三)，对人员的要求见本节(四)；设立机构之后即可对照执行。"
    }

    fn clause_legend(&self) -> &'static str {
        ""
    }

    fn own_settings_legend(&self) -> &'static str {
        "标有◆的数值是本单位自定的数值，不是本章给出的。"
    }

    fn rules_file_notice(&self) -> &'static str {
        "报告使用了 --rules 文件中的数值，并以◆标为本单位自定的数值"
    }

    fn prepared_by(&self, who: &str) -> String {
        format!("编制：{who}")
    }

    fn portfolio_labels(&self) -> &'static PortfolioLabels {
        &PORTFOLIO
    }

    fn portfolio_count(&self, advised: usize, failed: usize) -> String {
        let total = advised + failed;
        if failed == 0 {
            format!("共 {total} 家单位，均已给出建议。")
        } else {
            format!(
                "共 {total} 家单位：{advised} 家已给出建议，{failed} 家因所给资料有误未给出建议（见表中标注）。"
            )
        }
    }

    fn client_problem(&self, problem: &ClientProblem) -> String {
        match problem {
            ClientProblem::Cell {
                letter,
                column,
                header,
            } => {
                let name = column.map_or(header.as_str(), |c| self.client_column(c));
                format!("{letter} 列（{name}）无法识别。")
            }
            ClientProblem::Empty {
                letter: Some(letter),
                column,
            } => match column {
                Some(c) => format!("{letter} 列（{}）未填写。", self.client_column(*c)),
                None => format!("{letter} 列未填写。"),
            },
            ClientProblem::Empty {
                letter: None,
                column,
            } => match column {
                Some(c) => format!("表中没有“{}”一列。", self.client_column(*c)),
                None => "缺少必填的资料。".to_string(),
            },
            ClientProblem::Row => "本行资料不完整或互相矛盾。".to_string(),
            ClientProblem::File => "该文件中的资料无法使用。".to_string(),
        }
    }

    fn client_column(&self, column: ProfileKey) -> &'static str {
        self.column_label(column)
    }
}
