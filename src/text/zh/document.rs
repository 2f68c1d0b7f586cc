//! 交给客户的文档（HTML 和 Markdown 报告）所用的文字（中文）。

use super::Chinese;
use crate::advice::Form;
use crate::date::DocDate;
use crate::text::{AdviceText, DocumentLabels, DocumentText};

static LABELS: DocumentLabels = DocumentLabels {
    date: "日期",
    summary: "摘要",
    chart_legend_above: "上级（不属于本机构）",
    chart_description: "建议设立的重点客户管理组织的结构图",
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

    fn chart_note(&self, form: Form) -> &'static str {
        match form {
            Form::Committee | Form::ServiceCenter | Form::Team => self.placement_note(form),
            Form::Department => {
                "管理部之上的各职务是(二)1所引典型重点客户管理部门的汇报关系，仅作示例，企业可按自己的职务名称调整。"
            }
            Form::None => "",
        }
    }
}
