//! The texts of the documents a consultant hands over (HTML and Markdown), in English.

use super::English;
use crate::advice::Form;
use crate::advice::Warning;
use crate::date::DocDate;
use crate::text::{DocumentLabels, DocumentText, Words};

static LABELS: DocumentLabels = DocumentLabels {
    date: "Date",
    summary: "Summary",
    chart_legend_above: "post above the KAM unit",
    chart_description: "Organisation chart of the recommended key-account organisation",
    industry: "Industry",
    employees: "Employees",
    total_assets: "Total assets",
    current_setup: "Today's setup",
    network: "Levels of the organisation",
    team_functions: "Functions that send team members",
    own_setting: "◆ the organisation's own setting",
    confidential: "Confidential",
    logo: "Logo",
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

    fn client_warning(&self, warning: Warning) -> String {
        match warning {
            Warning::GroupNotLarge { scale } => format!(
                "The organisation is described as a group, but a {} one. (二)1 gives a KAM committee to large groups (printed 重点型集团企业, which this advice reads as 大型), so the form here follows the group's size.",
                self.scale(scale)
            ),
            Warning::SmallMultinational { scale } => format!(
                "The organisation is described as an international group of {} size. (二)1 says that international groups use a KAM committee, without regard to size: this advice holds for the group itself; a subsidiary would be advised as a firm of its own size.",
                self.scale(scale)
            ),
            Warning::ScaleMismatch { declared, figures } => format!(
                "The declared size, {}, does not match the figures given, which make the firm {} under the national classification (NBS 2017). This advice follows the declared size.",
                self.scale(declared),
                self.scale(figures)
            ),
            Warning::NetworkUnused { form: Form::None } => {
                "The levels of the organisation are not used: no unit is recommended.".into()
            }
            Warning::NetworkUnused { form } => format!(
                "The levels of the organisation are not used: only a KAM service centre (二)2 is organised by levels, and the recommendation is {}.",
                self.form_with_article(form)
            ),
            Warning::TeamUnused { form } => format!(
                "The functions named to send team members are not used: the recommendation is {}, not a team.",
                self.form_with_article(form)
            ),
        }
    }

    fn client_none_pointer(&self) -> &'static str {
        "The duties of a KAM unit are set out in part (三) of the chapter's section, and what its people need in part (四); they apply once a unit is set up."
    }

    fn clause_legend(&self) -> &'static str {
        "(一), (二), (三) and (四) are the four parts of the chapter's section; (一)1 is part (一), item 1."
    }

    fn own_settings_legend(&self) -> &'static str {
        "Figures marked ◆ are the organisation's own settings, not the chapter's."
    }

    fn rules_file_notice(&self) -> &'static str {
        "the report uses figures from your --rules file; it marks them ◆ as the organisation's own settings"
    }

    fn prepared_by(&self, who: &str) -> String {
        format!("Prepared by {who}")
    }
}
