//! The texts of the documents a consultant hands over (HTML and Markdown), in English.

use super::English;
use crate::advice::Form;
use crate::date::DocDate;
use crate::text::{AdviceText, DocumentLabels, DocumentText};

static LABELS: DocumentLabels = DocumentLabels {
    date: "Date",
    summary: "Summary",
    chart_legend_above: "post above the KAM unit",
    chart_description: "Organisation chart of the recommended key-account organisation",
};

impl DocumentText for English {
    fn document_labels(&self) -> &'static DocumentLabels {
        &LABELS
    }

    fn date(&self, date: DocDate) -> String {
        date.to_string()
    }

    fn citation(&self, scale_inferred: bool) -> String {
        let chapter = "Source: the chapter 重点客户管理的组织 (the organisation of key-account \
                       management), chapter 11, section 2; each conclusion above names the clause \
                       it rests on, (一) to (四).";
        if scale_inferred {
            format!(
                "{chapter} The firm's size was inferred by the National Bureau of Statistics' \
                 classification of 2017 (《统计上大中小微型企业划分办法（2017）》)."
            )
        } else {
            chapter.to_string()
        }
    }

    fn chart_note(&self, form: Form) -> &'static str {
        match form {
            Form::Committee | Form::ServiceCenter | Form::Team => self.placement_note(form),
            Form::Department => {
                "The posts above the department are the reporting line of the typical KAM \
                 department quoted in (二)1: an example, to be adapted to the firm's own titles."
            }
            Form::None => "",
        }
    }
}
