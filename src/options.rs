//! What a run is asked to do, in the library's own terms. The command line is
//! parsed by the binary (`src/cli.rs`, clap) and converted into these types;
//! nothing in the library depends on clap.

use std::path::PathBuf;

use crate::profile::Kind;
use crate::scale::Scale;
use crate::slug::slug_enum;
use crate::text::Lang;

slug_enum! {
    /// The formats of the advice on profiles.
    pub enum Format {
        /// Tables and an org tree for the terminal.
        Table = "table",
        /// One JSON object per profile, one per line (JSON Lines).
        Json = "json",
        /// A report to paste, with the org chart as a Mermaid block.
        Markdown = "markdown",
        /// The org chart for Graphviz.
        Dot = "dot",
    }
}

slug_enum! {
    /// The formats of `kam-advise rules`.
    pub enum RulesFormat {
        /// Commented TOML, ready to edit and load with `--rules`.
        Toml = "toml",
        /// One JSON object with the thresholds in force.
        Json = "json",
    }
}

slug_enum! {
    /// The formats of `kam-advise explain`.
    pub enum ExplainFormat {
        /// Tables for the terminal.
        Table = "table",
        /// Markdown tables, for a handout.
        Markdown = "markdown",
    }
}

slug_enum! {
    /// The formats of `kam-advise compare`.
    pub enum CompareFormat {
        /// One table for the terminal.
        Table = "table",
        /// One Markdown table.
        Markdown = "markdown",
        /// One JSON object per enterprise, one per line (JSON Lines).
        Json = "json",
        /// A portfolio sheet: CSV (RFC 4180, UTF-8), headers in the output language.
        Csv = "csv",
        /// A portfolio workbook (XLSX): to a file or a redirect, never a terminal.
        Xlsx = "xlsx",
    }
}

slug_enum! {
    /// The formats of `kam-advise init`.
    pub enum InitFormat {
        /// An annotated TOML profile.
        Toml = "toml",
        /// The empty portfolio sheet: the header row of the columns, as CSV.
        Csv = "csv",
    }
}

slug_enum! {
    /// The parts of `kam-advise explain`, in the order they are printed.
    pub enum Topic {
        /// (一) the conditions for a dedicated unit and their thresholds.
        Conditions = "conditions",
        /// (二) the forms, the order they are checked in, whom each suits.
        Forms = "forms",
        /// The staffing rules.
        Staffing = "staffing",
        /// (三) the unit's seven duties.
        Duties = "duties",
        /// (四) what KAM staff need, and the KAM manager.
        Requirements = "requirements",
        /// The chapter's examples: Kotler's figures, Xerox, the postal service, P&G and Walmart.
        Examples = "examples",
        /// The NBS 2017 size table used to infer the scale.
        Scale = "scale",
    }
}

slug_enum! {
    /// When to colour the output.
    pub enum ColorWhen {
        /// On a terminal only.
        Auto = "auto",
        /// Always (still never with `NO_COLOR` set).
        Always = "always",
        /// Never.
        Never = "never",
    }
}

/// One run: what to do, in which language, with which colours.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Request {
    pub job: Job,
    /// The language asked for; `None` follows the locale.
    pub lang: Option<Lang>,
    pub color: ColorWhen,
}

/// What a run does. Each job carries only the options it uses.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Job {
    /// `kam-advise PROFILE...`: advise each profile, in order.
    Advise {
        profiles: Vec<PathBuf>,
        format: Format,
        /// Add the reasoning (`--why`).
        why: bool,
        /// A `--rules` file; the chapter's figures when `None`.
        rules: Option<PathBuf>,
        /// The sheet of a workbook to read (`--sheet`); the first when `None`.
        sheet: Option<String>,
    },
    /// `kam-advise rules`: the thresholds in force.
    Rules {
        rules: Option<PathBuf>,
        format: RulesFormat,
    },
    /// `kam-advise explain [TOPIC]`: the chapter's decision rules; every topic when `None`.
    Explain {
        topic: Option<Topic>,
        rules: Option<PathBuf>,
        format: ExplainFormat,
    },
    /// `kam-advise init`: an annotated profile to start from, pre-filled where asked.
    Init {
        kind: Option<Kind>,
        scale: Option<Scale>,
        format: InitFormat,
    },
    /// `kam-advise compare PROFILE...`: one row per enterprise.
    Compare {
        profiles: Vec<PathBuf>,
        rules: Option<PathBuf>,
        format: CompareFormat,
        /// The sheet of a workbook to read (`--sheet`); the first when `None`.
        sheet: Option<String>,
        /// Start a CSV with a byte-order mark, for Excel (`--bom`).
        bom: bool,
        /// Write to this file instead of standard output (`--output`).
        output: Option<PathBuf>,
    },
    /// `kam-advise interview`: a guided questionnaire in the terminal; the profile
    /// is written to `output` when given and confirmed.
    Interview { output: Option<PathBuf> },
}
