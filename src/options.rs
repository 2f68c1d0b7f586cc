//! What a run is asked to do, in the library's own terms. The command line is
//! parsed by the binary (`src/cli/`, clap) and converted into these types;
//! nothing in the library depends on clap.

use std::path::PathBuf;

use crate::profile::Kind;
use crate::scale::Scale;
pub use crate::schema::SchemaName;
use crate::teach::Difficulty;
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
        /// A self-contained HTML page with the org chart drawn in, ready to print.
        Html = "html",
        /// A Word document (DOCX) to edit, the org chart as Word shapes: to a file
        /// or a redirect, never a terminal.
        Docx = "docx",
    }
}

impl Format {
    /// The file name extension of a report in this format (`--output-dir`).
    pub fn extension(self) -> &'static str {
        match self {
            Format::Table => "txt",
            Format::Json => "json",
            Format::Markdown => "md",
            Format::Dot => "dot",
            Format::Html => "html",
            Format::Docx => "docx",
        }
    }

    /// One whole document per profile: several of them do not make one stream on
    /// standard output, so a batch goes to `--output-dir`.
    pub fn is_document(self) -> bool {
        match self {
            Format::Markdown | Format::Dot | Format::Html | Format::Docx => true,
            Format::Table | Format::Json => false,
        }
    }

    /// Carries the date it was made (a report handed to a client).
    pub fn is_dated(self) -> bool {
        matches!(self, Format::Markdown | Format::Html | Format::Docx)
    }

    /// Bytes that are no text (a zipped document): never written to a terminal.
    pub fn is_binary(self) -> bool {
        self == Format::Docx
    }
}

slug_enum! {
    /// The formats of `kam-advise rules`.
    pub enum RulesFormat {
        /// Commented TOML, ready to edit and load with `--rules`.
        Toml = "toml",
        /// One JSON object with the thresholds in force.
        Json = "json",
        /// The form rules as a GoRules decision table (JSON Decision Model).
        Jdm = "jdm",
        /// The form rules as a DMN 1.3 decision table, for Camunda and other modelers.
        Dmn = "dmn",
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
        /// A portfolio report to hand over: one self-contained HTML page with the
        /// table and charts, ready to print; to a file or a redirect, never a terminal.
        Html = "html",
    }
}

impl CompareFormat {
    /// The format a file name asks for by its extension (`review.xlsx`), if any:
    /// `compare --output review.xlsx` without `--format` wrote a text table there.
    pub fn of_file_name(path: &std::path::Path) -> Option<CompareFormat> {
        let ext = path.extension()?.to_str()?.to_ascii_lowercase();
        match ext.as_str() {
            "xlsx" => Some(CompareFormat::Xlsx),
            "csv" => Some(CompareFormat::Csv),
            "json" | "jsonl" => Some(CompareFormat::Json),
            "html" | "htm" => Some(CompareFormat::Html),
            "md" | "markdown" => Some(CompareFormat::Markdown),
            _ => None,
        }
    }
}

impl CompareFormat {
    /// A document for a person that a terminal cannot show (a workbook, a page to
    /// open in a browser): written to `--output FILE` or a redirect, never a terminal.
    pub fn refused_on_terminal(self) -> bool {
        matches!(self, CompareFormat::Xlsx | CompareFormat::Html)
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

/// The parts of `kam-advise explain` (defined with the texts that word them).
pub use crate::text::Topic;

slug_enum! {
    /// The formats of `kam-advise grade`.
    pub enum GradeFormat {
        /// Tables for the terminal: a row per case (or per student), then the feedback.
        Table = "table",
        /// One JSON object per sheet, one per line; a class adds a summary line.
        Json = "json",
        /// The same as Markdown, to hand back.
        Markdown = "markdown",
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

/// Where the advice on profiles is written.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Output {
    /// Standard output, one report after the other.
    Stdout,
    /// One file per profile in this directory (`--output-dir`), named after the
    /// profile; existing files are replaced only with `force`.
    Dir { dir: PathBuf, force: bool },
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
        /// Where the reports go.
        output: Output,
        /// The sheet of a workbook to read (`--sheet`); the first when `None`.
        sheet: Option<String>,
        /// What the consultant adds to a document.
        document: DocumentArgs,
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
        /// `--schema PATH`: a first line `#:schema PATH` for editors (taplo).
        schema: Option<String>,
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
        /// Overwrite an existing `--output` file (`--force`).
        force: bool,
        /// What the consultant adds to the portfolio report (html only).
        document: DocumentArgs,
    },
    /// `kam-advise exercise`: write a class set of cases with its key, sheet and quiz.
    Exercise(ExerciseJob),
    /// `kam-advise grade SHEET... --key DIR`: mark answer sheets against a set's key.
    Grade(GradeJob),
    /// `kam-advise schema WHICH`: a JSON Schema (draft-07).
    Schema { which: SchemaName },
    /// `kam-advise interview`: a guided questionnaire in the terminal; the profile
    /// is written to `output` when given and confirmed.
    Interview { output: Option<PathBuf> },
}

/// What `kam-advise exercise` was asked for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ExerciseJob {
    pub count: usize,
    pub seed: u64,
    pub level: Difficulty,
    pub output_dir: PathBuf,
    pub force: bool,
}

/// What `kam-advise grade` was asked for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GradeJob {
    pub sheets: Vec<PathBuf>,
    pub key: PathBuf,
    pub format: GradeFormat,
}

/// `--prepared-by`, `--logo` and `--confidential`: what a consultant adds to the
/// documents of a run (HTML, Markdown, DOCX), as given; the logo is read when the run starts.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct DocumentArgs {
    pub prepared_by: Option<String>,
    pub logo: Option<std::path::PathBuf>,
    pub confidential: bool,
}

impl DocumentArgs {
    /// The first of the options given, for a usage error where none applies.
    pub fn first_given(&self) -> Option<&'static str> {
        if self.prepared_by.is_some() {
            Some("--prepared-by")
        } else if self.logo.is_some() {
            Some("--logo")
        } else if self.confidential {
            Some("--confidential")
        } else {
            None
        }
    }
}
