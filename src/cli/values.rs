//! The values clap reads (formats, topics, kinds, sizes, languages, colour, what
//! `--generate` writes), each converted into the library's own type.

use super::*;

/// `--format` before a subcommand or for the advice. `toml` is hidden: it is only
/// for `kam-advise --format toml rules`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum FormatArg {
    /// Tables and an org tree for the terminal.
    Table,
    /// One JSON object per profile, one per line (JSON Lines).
    Json,
    /// A report to paste, with the org chart as a Mermaid block.
    Markdown,
    /// The org chart for Graphviz.
    Dot,
    /// A self-contained HTML page with the org chart drawn in, ready to print.
    Html,
    /// A Word document (DOCX) to edit, the org chart as Word shapes; to a file or a
    /// redirect, never a terminal.
    Docx,
    /// Commented TOML (`rules` and `init` only).
    #[value(hide = true)]
    Toml,
    /// A GoRules decision table (`rules` only).
    #[value(hide = true)]
    Jdm,
    /// A DMN 1.3 decision table (`rules` only).
    #[value(hide = true)]
    Dmn,
    /// A CSV sheet (`compare` and `init` only).
    #[value(hide = true)]
    Csv,
    /// An XLSX workbook (`compare` only).
    #[value(hide = true)]
    Xlsx,
}

impl FormatArg {
    pub(crate) fn slug(self) -> &'static str {
        match self {
            FormatArg::Table => "table",
            FormatArg::Json => "json",
            FormatArg::Markdown => "markdown",
            FormatArg::Dot => "dot",
            FormatArg::Html => "html",
            FormatArg::Docx => "docx",
            FormatArg::Toml => "toml",
            FormatArg::Jdm => "jdm",
            FormatArg::Dmn => "dmn",
            FormatArg::Csv => "csv",
            FormatArg::Xlsx => "xlsx",
        }
    }

    pub(crate) fn advice(self) -> Option<Format> {
        match self {
            FormatArg::Table => Some(Format::Table),
            FormatArg::Json => Some(Format::Json),
            FormatArg::Markdown => Some(Format::Markdown),
            FormatArg::Dot => Some(Format::Dot),
            FormatArg::Html => Some(Format::Html),
            FormatArg::Docx => Some(Format::Docx),
            FormatArg::Toml
            | FormatArg::Jdm
            | FormatArg::Dmn
            | FormatArg::Csv
            | FormatArg::Xlsx => None,
        }
    }

    pub(crate) fn rules(self) -> Option<RulesFormat> {
        match self {
            FormatArg::Toml => Some(RulesFormat::Toml),
            FormatArg::Json => Some(RulesFormat::Json),
            FormatArg::Jdm => Some(RulesFormat::Jdm),
            FormatArg::Dmn => Some(RulesFormat::Dmn),
            FormatArg::Table
            | FormatArg::Markdown
            | FormatArg::Dot
            | FormatArg::Html
            | FormatArg::Docx
            | FormatArg::Csv
            | FormatArg::Xlsx => None,
        }
    }

    pub(crate) fn explain(self) -> Option<ExplainFormat> {
        match self {
            FormatArg::Table => Some(ExplainFormat::Table),
            FormatArg::Markdown => Some(ExplainFormat::Markdown),
            FormatArg::Json
            | FormatArg::Dot
            | FormatArg::Html
            | FormatArg::Docx
            | FormatArg::Toml
            | FormatArg::Jdm
            | FormatArg::Dmn
            | FormatArg::Csv
            | FormatArg::Xlsx => None,
        }
    }

    pub(crate) fn compare(self) -> Option<CompareFormat> {
        match self {
            FormatArg::Table => Some(CompareFormat::Table),
            FormatArg::Markdown => Some(CompareFormat::Markdown),
            FormatArg::Json => Some(CompareFormat::Json),
            FormatArg::Csv => Some(CompareFormat::Csv),
            FormatArg::Xlsx => Some(CompareFormat::Xlsx),
            FormatArg::Html => Some(CompareFormat::Html),
            FormatArg::Dot
            | FormatArg::Docx
            | FormatArg::Toml
            | FormatArg::Jdm
            | FormatArg::Dmn => None,
        }
    }

    pub(crate) fn init(self) -> Option<InitFormat> {
        match self {
            FormatArg::Toml => Some(InitFormat::Toml),
            FormatArg::Csv => Some(InitFormat::Csv),
            _ => None,
        }
    }
}

/// Formats of `init`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum InitFormatArg {
    /// An annotated TOML profile.
    Toml,
    /// The empty portfolio sheet (the column names), as CSV.
    Csv,
}

impl From<InitFormatArg> for InitFormat {
    fn from(arg: InitFormatArg) -> InitFormat {
        match arg {
            InitFormatArg::Toml => InitFormat::Toml,
            InitFormatArg::Csv => InitFormat::Csv,
        }
    }
}

/// Formats of `rules`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum RulesFormatArg {
    /// Commented TOML, ready to edit and load with --rules.
    Toml,
    /// One JSON object with the thresholds in force.
    Json,
    /// The form rules as a GoRules decision table (JSON Decision Model).
    Jdm,
    /// The form rules as a DMN 1.3 decision table, for Camunda and other modelers.
    Dmn,
}

impl From<RulesFormatArg> for RulesFormat {
    fn from(arg: RulesFormatArg) -> RulesFormat {
        match arg {
            RulesFormatArg::Toml => RulesFormat::Toml,
            RulesFormatArg::Json => RulesFormat::Json,
            RulesFormatArg::Jdm => RulesFormat::Jdm,
            RulesFormatArg::Dmn => RulesFormat::Dmn,
        }
    }
}

/// Formats of `explain`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ExplainFormatArg {
    /// Tables for the terminal.
    Table,
    /// Markdown tables, for a handout.
    Markdown,
}

impl From<ExplainFormatArg> for ExplainFormat {
    fn from(arg: ExplainFormatArg) -> ExplainFormat {
        match arg {
            ExplainFormatArg::Table => ExplainFormat::Table,
            ExplainFormatArg::Markdown => ExplainFormat::Markdown,
        }
    }
}

/// Formats of `compare`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum CompareFormatArg {
    /// One table for the terminal.
    Table,
    /// One Markdown table.
    Markdown,
    /// One JSON object per enterprise, one per line (JSON Lines).
    Json,
    /// A portfolio sheet: CSV (RFC 4180, UTF-8), headers in the output language.
    Csv,
    /// A portfolio workbook (XLSX): to --output FILE or a redirect.
    Xlsx,
    /// A portfolio report to hand over: one HTML page with the table and charts,
    /// ready to print; to --output FILE or a redirect.
    Html,
}

impl From<CompareFormatArg> for CompareFormat {
    fn from(arg: CompareFormatArg) -> CompareFormat {
        match arg {
            CompareFormatArg::Table => CompareFormat::Table,
            CompareFormatArg::Markdown => CompareFormat::Markdown,
            CompareFormatArg::Json => CompareFormat::Json,
            CompareFormatArg::Csv => CompareFormat::Csv,
            CompareFormatArg::Xlsx => CompareFormat::Xlsx,
            CompareFormatArg::Html => CompareFormat::Html,
        }
    }
}

/// The parts of `explain`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum TopicArg {
    /// (一) the conditions for a dedicated unit and their thresholds.
    Conditions,
    /// (二) the forms, the order they are checked in, whom each suits.
    Forms,
    /// The staffing rules.
    Staffing,
    /// (三) the unit's seven duties.
    Duties,
    /// (四) what KAM staff need, and the KAM manager.
    Requirements,
    /// The chapter's examples: Kotler's figures, Xerox, the postal service, P&G and Walmart.
    Examples,
    /// How the tool reads the printed chapter where its words differ (重点型 as 大型).
    Readings,
    /// The NBS 2017 size table used to infer the scale.
    Scale,
    /// How an amount of money may be written in a profile or sheet.
    Money,
}

impl From<TopicArg> for Topic {
    fn from(arg: TopicArg) -> Topic {
        match arg {
            TopicArg::Conditions => Topic::Conditions,
            TopicArg::Forms => Topic::Forms,
            TopicArg::Staffing => Topic::Staffing,
            TopicArg::Duties => Topic::Duties,
            TopicArg::Requirements => Topic::Requirements,
            TopicArg::Examples => Topic::Examples,
            TopicArg::Readings => Topic::Readings,
            TopicArg::Scale => Topic::Scale,
            TopicArg::Money => Topic::Money,
        }
    }
}

/// Kinds for `init`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum KindArg {
    Enterprise,
    Group,
    Multinational,
    PublicSector,
}

impl From<KindArg> for Kind {
    fn from(arg: KindArg) -> Kind {
        match arg {
            KindArg::Enterprise => Kind::Enterprise,
            KindArg::Group => Kind::Group,
            KindArg::Multinational => Kind::Multinational,
            KindArg::PublicSector => Kind::PublicSector,
        }
    }
}

/// Sizes for `init`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ScaleArg {
    Micro,
    Small,
    Medium,
    Large,
}

impl From<ScaleArg> for Scale {
    fn from(arg: ScaleArg) -> Scale {
        match arg {
            ScaleArg::Micro => Scale::Micro,
            ScaleArg::Small => Scale::Small,
            ScaleArg::Medium => Scale::Medium,
            ScaleArg::Large => Scale::Large,
        }
    }
}

/// Languages.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum LangArg {
    /// English.
    En,
    /// Chinese (中文).
    Zh,
}

impl From<LangArg> for Lang {
    fn from(arg: LangArg) -> Lang {
        match arg {
            LangArg::En => Lang::En,
            LangArg::Zh => Lang::Zh,
        }
    }
}

/// When to use colour.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ColorArg {
    /// On a terminal only.
    Auto,
    /// Always (still never with NO_COLOR set).
    Always,
    /// Never.
    Never,
}

impl From<ColorArg> for ColorWhen {
    fn from(arg: ColorArg) -> ColorWhen {
        match arg {
            ColorArg::Auto => ColorWhen::Auto,
            ColorArg::Always => ColorWhen::Always,
            ColorArg::Never => ColorWhen::Never,
        }
    }
}

/// What `--generate` writes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Generate {
    Bash,
    Zsh,
    Fish,
    Powershell,
    Elvish,
    /// The man page (roff).
    Man,
}
