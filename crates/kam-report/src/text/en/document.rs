//! The texts of the documents a consultant hands over (HTML and Markdown), in English.

use super::English;
use crate::advice::Form;
use crate::advice::Warning;
use crate::date::DocDate;
use crate::profile::ProfileKey;
use crate::text::ClientProblem;
use crate::text::{DocumentLabels, DocumentText, PortfolioLabels, Words};

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

static PORTFOLIO: PortfolioLabels = PortfolioLabels {
    title: "Key-account organisation: portfolio review",
    overview: "Overview",
    charts: "Forms across the portfolio",
    forms_chart: "Organisations by recommended form",
    headcount_chart: "Headcount by recommended form",
    charts_description: "Bar charts of how many organisations each recommended form has, and of their headcount",
    table: "Organisation by organisation",
    own_settings: "The forms and figures follow settings chosen for this review in place of some of the chapter's figures.",
    not_advised: "Not advised",
    uncounted: "—: a service-centre network whose centres are not counted: its staffing is left to the organisation, and it is not in the headcount total.",
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

    fn portfolio_labels(&self) -> &'static PortfolioLabels {
        &PORTFOLIO
    }

    fn portfolio_count(&self, advised: usize, failed: usize) -> String {
        let total = advised + failed;
        let organisations = if total == 1 {
            "1 organisation".to_string()
        } else {
            format!("{total} organisations")
        };
        if failed == 0 {
            let all = if total == 1 { "advised" } else { "all advised" };
            format!("{organisations}, {all}.")
        } else {
            format!(
                "{organisations}: {advised} advised, {failed} not advised because of an error in the details given (marked in the table)."
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
                format!("Column {letter} ({name}) could not be read.")
            }
            ClientProblem::Empty {
                letter: Some(letter),
                column,
            } => match column {
                Some(c) => format!("Column {letter} ({}) is empty.", self.client_column(*c)),
                None => format!("Column {letter} is empty."),
            },
            ClientProblem::Empty {
                letter: None,
                column,
            } => match column {
                Some(c) => format!("The sheet has no column for {}.", self.client_column(*c)),
                None => "A required value is missing.".to_string(),
            },
            ClientProblem::Row => {
                "The details in this row are incomplete or do not fit together.".to_string()
            }
            ClientProblem::File => "The details in this file could not be used.".to_string(),
        }
    }

    fn client_column(&self, column: ProfileKey) -> &'static str {
        match column {
            ProfileKey::Name => "name",
            ProfileKey::AnnualRevenue => "annual revenue",
            ProfileKey::KeyAccounts => "key accounts",
            ProfileKey::Currency => "currency",
            ProfileKey::CnyRate => "exchange rate to CNY",
            ProfileKey::Kind => "kind of organisation",
            ProfileKey::Scale => "size",
            ProfileKey::Industry => "industry",
            ProfileKey::Employees => "employees",
            ProfileKey::TotalAssets => "total assets",
            ProfileKey::CurrentSetup => "today's setup",
            ProfileKey::StrategicPlan => "a unit for strategic planning, (一)3",
            ProfileKey::AccountDevelopment => "a unit to develop key accounts, (一)4",
            ProfileKey::Levels => "levels of the organisation",
            ProfileKey::Counts => "units at each level",
            ProfileKey::Functions => "functions that send team members",
        }
    }
}
