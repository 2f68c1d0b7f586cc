//! The command line (clap, the binary's only): the parser and its help, the
//! conversion into the library's [`Request`], completions and the man page.
//!
//! Options may stand before or after a subcommand. `--lang` and `--color` apply to
//! every command; `--format`, `--why` and `--rules` are taken only by the commands
//! that use them: anywhere else they are a usage error (exit 2) that says so.

use std::ffi::OsString;
use std::fmt::Write as _;
use std::path::PathBuf;

use clap::error::ErrorKind;
use clap::{ArgAction, CommandFactory, Parser, Subcommand, ValueEnum};

use kam_advise::app::resolve_lang;
use kam_advise::options::{
    ColorWhen, CompareFormat, ExplainFormat, Format, InitFormat, Job, Output, Request, RulesFormat,
    Topic,
};
use kam_advise::problem::Usage;
use kam_advise::profile::{Kind, Level, Setup};
use kam_advise::scale::{INDUSTRIES, Scale};
use kam_advise::text::{Lang, catalog};

mod schema;
mod teach;

/// The examples of `--help` and of the man page.
pub const EXAMPLES: &str = "\
Examples:
  kam-advise examples/medium-manufacturer.toml
      Advise one enterprise, as a table in the terminal.
  kam-advise client.toml --format html > report.html
      The report to hand over: one page with the org chart drawn in; open it
      in a browser and print it to PDF.
  kam-advise clients/ --format html --output-dir reports/
      One report per client, reports/NAME.html for clients/NAME.toml.
  kam-advise client.toml --format markdown --why > report.md
      A report to paste, with the reasoning.
  kam-advise client.toml --format dot | dot -Tpng -o chart.png
      The org chart as a picture (Graphviz).
  kam-advise clients/ --format json | jq -r '.name + \": \" + .form'
      Advise every *.toml in a folder; one JSON object per line.
  kam-advise rules > my-rules.toml && kam-advise --rules my-rules.toml client.toml
      Dump the chapter's thresholds, edit them, advise with your own figures.
  kam-advise --lang zh explain forms --format markdown > handout.md
      The chapter's rules for a class, in Chinese; options go before or after
      the subcommand.

Exit codes: 0 every profile advised; 1 a profile or file failed (the others are
still advised); 2 usage error.";

/// Advises which key-account (KAM) organisation an enterprise should set up,
/// following the chapter 重点客户管理的组织 (ch. 11 §2).
#[derive(Debug, Parser)]
#[command(
    name = "kam-advise",
    version,
    about,
    long_about = "Advises which key-account (KAM) organisation an enterprise should set up — a KAM \
committee, service centre, department or small cross-functional team — with its structure, \
duties and staffing, following the chapter 重点客户管理的组织 (ch. 11 §2). Every conclusion \
cites its clause.",
    after_long_help = EXAMPLES
)]
pub struct Cli {
    /// Enterprise profiles (TOML) or sheets of one enterprise a row (csv, tsv, xlsx,
    /// xls, ods): files, directories (every *.toml and sheet directly inside, in name
    /// order), or - for standard input. A file named like a subcommand is read when
    /// written as ./NAME.
    #[arg(value_name = "PROFILE")]
    pub profiles: Vec<PathBuf>,

    /// Output format [default: table].
    #[arg(
        short,
        long,
        value_enum,
        value_name = "FORMAT",
        help_heading = "Output"
    )]
    pub format: Option<FormatArg>,

    /// Show the reasoning: each rule that fired and the figures it compared.
    #[arg(long, help_heading = "Output")]
    pub why: bool,

    /// Write one file per profile into DIR, named after it (client.toml ->
    /// DIR/client.html; standard input -> DIR/stdin.EXT), and print the paths
    /// written. Needed for several profiles in html, markdown or dot.
    #[arg(long, value_name = "DIR", help_heading = "Output")]
    pub output_dir: Option<PathBuf>,

    /// With --output-dir: replace files that exist (otherwise nothing is written).
    #[arg(long, requires = "output_dir", help_heading = "Output")]
    pub force: bool,

    /// A TOML file of thresholds that replace the chapter's figures (see `kam-advise rules`).
    #[arg(long, value_name = "FILE", help_heading = "Rules")]
    pub rules: Option<PathBuf>,

    /// The sheet of a workbook (xlsx, xls, ods) to read [default: the first].
    #[arg(long, value_name = "NAME", help_heading = "Input")]
    pub sheet: Option<String>,

    #[command(flatten)]
    pub shared: Shared,

    /// Write shell completions or the man page to standard output.
    #[arg(
        long,
        value_enum,
        value_name = "WHAT",
        help_heading = "Setup",
        conflicts_with_all = ["profiles", "format", "why", "rules", "output_dir", "force"]
    )]
    pub generate: Option<Generate>,

    #[command(subcommand)]
    pub command: Option<Command>,
}

/// The options every command takes, before or after the subcommand.
#[derive(Debug, clap::Args)]
pub struct Shared {
    /// Language of every text, errors included [default: zh when LC_ALL, LC_MESSAGES
    /// or LANG starts with zh, else en].
    #[arg(short, long, value_enum, global = true, help_heading = "Output")]
    pub lang: Option<LangArg>,

    /// When to colour the output; never when NO_COLOR is set.
    #[arg(long, value_enum, value_name = "WHEN", default_value_t = ColorArg::Auto, global = true, help_heading = "Output")]
    pub color: ColorArg,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Print the rules in force: commented TOML to edit and pass to --rules, JSON, or the form
    /// rules as a decision table (GoRules JDM, DMN 1.3).
    Rules {
        /// Print the thresholds of this file (the chapter's figure for any key it leaves out).
        #[arg(long, value_name = "FILE")]
        rules: Option<PathBuf>,
        /// Output format [default: toml].
        #[arg(short, long, value_enum, value_name = "FORMAT")]
        format: Option<RulesFormatArg>,
        #[command(flatten)]
        unused: WhyUnused,
    },
    /// Print the chapter's decision rules as tables, for teaching.
    Explain {
        /// One part only; all parts when left out.
        #[arg(value_enum)]
        topic: Option<TopicArg>,
        /// Explain with the thresholds of this file instead of the chapter's figures.
        #[arg(long, value_name = "FILE")]
        rules: Option<PathBuf>,
        /// Output format [default: table].
        #[arg(short, long, value_enum, value_name = "FORMAT")]
        format: Option<ExplainFormatArg>,
        #[command(flatten)]
        unused: WhyUnused,
    },
    /// Print an annotated profile to start from: `kam-advise init > client.toml`
    /// (`--format csv`: the empty portfolio sheet).
    Init {
        /// Pre-fill for this kind of organisation.
        #[arg(long, value_enum)]
        kind: Option<KindArg>,
        /// Pre-fill for this size (declared in the profile).
        #[arg(long, value_enum)]
        scale: Option<ScaleArg>,
        /// Start with the line `#:schema PATH`, so that editors (taplo, Even Better TOML)
        /// complete and check the profile with the schema saved at PATH by `kam-advise
        /// schema profile > PATH` (a path relative to the profile, or a URL).
        #[arg(long, value_name = "PATH")]
        schema: Option<String>,
        /// Output format [default: toml].
        #[arg(short, long, value_enum, value_name = "FORMAT")]
        format: Option<InitFormatArg>,
        #[command(flatten)]
        unused: InitUnused,
    },
    /// One row per enterprise: scale, key accounts, conditions met, form, staffing.
    Compare {
        /// Profiles to compare: files, directories, or - for standard input.
        #[arg(value_name = "PROFILE", required = true)]
        profiles: Vec<PathBuf>,
        /// Advise with the thresholds of this file instead of the chapter's figures.
        #[arg(long, value_name = "FILE")]
        rules: Option<PathBuf>,
        /// Output format [default: table].
        #[arg(short, long, value_enum, value_name = "FORMAT")]
        format: Option<CompareFormatArg>,
        /// The sheet of a workbook (xlsx, xls, ods) to read [default: the first].
        #[arg(long, value_name = "NAME")]
        sheet: Option<String>,
        /// Start the CSV with a byte-order mark, so that Excel reads it as UTF-8.
        #[arg(long)]
        bom: bool,
        /// Write to FILE instead of standard output (needed for xlsx on a terminal).
        #[arg(short, long, value_name = "FILE")]
        output: Option<PathBuf>,
        #[command(flatten)]
        unused: WhyUnused,
    },
    /// Write a class set: cases told as stories, the answer key, a blank answer sheet
    /// and a Moodle quiz (GIFT).
    Exercise(teach::ExerciseArgs),
    /// Mark answer sheets against a set's key, with feedback that cites the chapter.
    Grade(teach::GradeArgs),
    /// Print a JSON Schema (draft-07): of the profile, for editors, or of a JSON line, for scripts.
    Schema(schema::SchemaArgs),
    /// A guided interview in the terminal that ends in the advice and, with --output,
    /// a saved profile.
    Interview {
        /// Write the answers as an annotated profile to FILE (asked for confirmation).
        #[arg(short, long, value_name = "FILE")]
        output: Option<PathBuf>,
        #[command(flatten)]
        unused: InterviewUnused,
    },
}

impl Command {
    fn name(&self) -> &'static str {
        match self {
            Command::Rules { .. } => "rules",
            Command::Explain { .. } => "explain",
            Command::Init { .. } => "init",
            Command::Compare { .. } => "compare",
            Command::Exercise(_) => "exercise",
            Command::Grade(_) => "grade",
            Command::Schema(_) => "schema",
            Command::Interview { .. } => "interview",
        }
    }
}

/// `--why` where it does nothing: taken (and hidden) only so that the error can
/// say it does not apply, rather than clap's "unexpected argument".
#[derive(Debug, clap::Args)]
pub struct WhyUnused {
    #[arg(long, hide = true)]
    why: bool,
}

/// The options `init` and `schema` do nothing with: taken (and hidden) only so that
/// the error can say they do not apply.
#[derive(Debug, clap::Args)]
pub struct InitUnused {
    #[arg(long, hide = true)]
    why: bool,
    #[arg(long, hide = true, value_name = "FILE")]
    rules: Option<OsString>,
}

/// The options a command that takes none but `--lang` and `--color` does nothing
/// with (`schema`, `exercise`, `grade`'s own): taken (and hidden) only so that the
/// error can say they do not apply.
#[derive(Debug, clap::Args)]
pub struct NoOptions {
    #[arg(long, hide = true)]
    why: bool,
    #[arg(long, hide = true, value_name = "FILE")]
    rules: Option<OsString>,
    #[arg(short, long, hide = true, value_name = "FORMAT")]
    format: Option<OsString>,
}

/// The options `interview` does nothing with: taken (and hidden) only so that the
/// error can say they do not apply.
#[derive(Debug, clap::Args)]
pub struct InterviewUnused {
    #[arg(long, hide = true)]
    why: bool,
    #[arg(long, hide = true, value_name = "FILE")]
    rules: Option<OsString>,
    #[arg(short, long, hide = true, value_name = "FORMAT")]
    format: Option<OsString>,
}

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
    fn slug(self) -> &'static str {
        match self {
            FormatArg::Table => "table",
            FormatArg::Json => "json",
            FormatArg::Markdown => "markdown",
            FormatArg::Dot => "dot",
            FormatArg::Html => "html",
            FormatArg::Toml => "toml",
            FormatArg::Jdm => "jdm",
            FormatArg::Dmn => "dmn",
            FormatArg::Csv => "csv",
            FormatArg::Xlsx => "xlsx",
        }
    }

    fn advice(self) -> Option<Format> {
        match self {
            FormatArg::Table => Some(Format::Table),
            FormatArg::Json => Some(Format::Json),
            FormatArg::Markdown => Some(Format::Markdown),
            FormatArg::Dot => Some(Format::Dot),
            FormatArg::Html => Some(Format::Html),
            FormatArg::Toml
            | FormatArg::Jdm
            | FormatArg::Dmn
            | FormatArg::Csv
            | FormatArg::Xlsx => None,
        }
    }

    fn rules(self) -> Option<RulesFormat> {
        match self {
            FormatArg::Toml => Some(RulesFormat::Toml),
            FormatArg::Json => Some(RulesFormat::Json),
            FormatArg::Jdm => Some(RulesFormat::Jdm),
            FormatArg::Dmn => Some(RulesFormat::Dmn),
            FormatArg::Table
            | FormatArg::Markdown
            | FormatArg::Dot
            | FormatArg::Html
            | FormatArg::Csv
            | FormatArg::Xlsx => None,
        }
    }

    fn explain(self) -> Option<ExplainFormat> {
        match self {
            FormatArg::Table => Some(ExplainFormat::Table),
            FormatArg::Markdown => Some(ExplainFormat::Markdown),
            FormatArg::Json
            | FormatArg::Dot
            | FormatArg::Html
            | FormatArg::Toml
            | FormatArg::Jdm
            | FormatArg::Dmn
            | FormatArg::Csv
            | FormatArg::Xlsx => None,
        }
    }

    fn compare(self) -> Option<CompareFormat> {
        match self {
            FormatArg::Table => Some(CompareFormat::Table),
            FormatArg::Markdown => Some(CompareFormat::Markdown),
            FormatArg::Json => Some(CompareFormat::Json),
            FormatArg::Csv => Some(CompareFormat::Csv),
            FormatArg::Xlsx => Some(CompareFormat::Xlsx),
            FormatArg::Dot
            | FormatArg::Html
            | FormatArg::Toml
            | FormatArg::Jdm
            | FormatArg::Dmn => None,
        }
    }

    fn init(self) -> Option<InitFormat> {
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
}

impl From<CompareFormatArg> for CompareFormat {
    fn from(arg: CompareFormatArg) -> CompareFormat {
        match arg {
            CompareFormatArg::Table => CompareFormat::Table,
            CompareFormatArg::Markdown => CompareFormat::Markdown,
            CompareFormatArg::Json => CompareFormat::Json,
            CompareFormatArg::Csv => CompareFormat::Csv,
            CompareFormatArg::Xlsx => CompareFormat::Xlsx,
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
    /// The NBS 2017 size table used to infer the scale.
    Scale,
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
            TopicArg::Scale => Topic::Scale,
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

/// What the command line asks for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Action {
    /// Write completions or the man page.
    Generate { what: Generate, lang: Option<Lang> },
    /// A run of the library.
    Run(Request),
}

/// A usage error found after clap: what is wrong, and the subcommand whose usage
/// line goes with the message.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Misuse {
    pub usage: Usage,
    pub command: Option<&'static str>,
}

impl Misuse {
    fn of(command: &'static str, usage: Usage) -> Misuse {
        Misuse {
            usage,
            command: Some(command),
        }
    }
}

/// Parses the command line; a usage error ends the process with exit 2 (help and
/// version with 0), its message in the output language where it is ours.
pub fn parse() -> Action {
    let cli = Cli::parse();
    let lang = cli.shared.lang.map(Lang::from);
    let color = cli.shared.color;
    cli.into_action()
        .unwrap_or_else(|misuse| usage_error(&misuse, lang, color).exit())
}

impl Cli {
    /// What clap parsed, as the library's request; options given where they do
    /// nothing are a [`Misuse`].
    pub fn into_action(self) -> Result<Action, Misuse> {
        let lang = self.shared.lang.map(Lang::from);
        let color = ColorWhen::from(self.shared.color);
        if let Some(what) = self.generate {
            return match &self.command {
                Some(command) => Err(Misuse::of(
                    command.name(),
                    Usage::GenerateAlone {
                        command: command.name(),
                    },
                )),
                None => Ok(Action::Generate { what, lang }),
            };
        }
        let Some(command) = self.command else {
            if self.profiles.is_empty() {
                return Err(Misuse {
                    usage: Usage::NoProfile,
                    command: None,
                });
            }
            let format = match self.format {
                None => Format::Table,
                Some(arg) => arg.advice().ok_or_else(|| Misuse {
                    usage: Usage::FormatNotApplicable {
                        format: arg.slug(),
                        command: None,
                        valid: Format::ALL.iter().map(|f| f.slug()).collect(),
                    },
                    command: None,
                })?,
            };
            let output = match self.output_dir {
                Some(dir) => Output::Dir {
                    dir,
                    force: self.force,
                },
                None => Output::Stdout,
            };
            let job = Job::Advise {
                profiles: self.profiles,
                format,
                why: self.why,
                rules: self.rules,
                output,
                sheet: self.sheet,
            };
            return Ok(Action::Run(Request { job, lang, color }));
        };
        // Clap takes no PROFILE once it has seen a subcommand, nor a subcommand
        // after a PROFILE; what stands before the subcommand is one of the options.
        let name = command.name();
        if self.output_dir.is_some() {
            return Err(Misuse::of(
                name,
                Usage::NotApplicable {
                    option: "--output-dir",
                    command: name,
                },
            ));
        }
        let before = Before {
            name,
            format: self.format,
            why: self.why,
            rules: self.rules,
            sheet: self.sheet,
        };
        if before.sheet.is_some() && !matches!(command, Command::Compare { .. }) {
            return Err(before.not_applicable("--sheet"));
        }
        let job = match command {
            Command::Rules {
                rules,
                format,
                unused,
            } => {
                before.no_why(unused.why)?;
                Job::Rules {
                    rules: before.rules(rules)?,
                    format: before
                        .format(
                            format.map(RulesFormat::from),
                            FormatArg::rules,
                            RulesFormat::ALL.iter().map(|f| f.slug()).collect(),
                        )?
                        .unwrap_or(RulesFormat::Toml),
                }
            }
            Command::Explain {
                topic,
                rules,
                format,
                unused,
            } => {
                before.no_why(unused.why)?;
                Job::Explain {
                    topic: topic.map(Topic::from),
                    rules: before.rules(rules)?,
                    format: before
                        .format(
                            format.map(ExplainFormat::from),
                            FormatArg::explain,
                            ExplainFormat::ALL.iter().map(|f| f.slug()).collect(),
                        )?
                        .unwrap_or(ExplainFormat::Table),
                }
            }
            Command::Init {
                kind,
                scale,
                schema,
                format,
                unused,
            } => {
                before.no_why(unused.why)?;
                if before.rules.is_some() || unused.rules.is_some() {
                    return Err(before.not_applicable("--rules"));
                }
                if let Some(path) = schema
                    .as_deref()
                    .filter(|p| p.chars().any(char::is_control))
                {
                    let path = path.to_string();
                    return Err(Misuse::of(name, Usage::SchemaPathNotOneLine { path }));
                }
                Job::Init {
                    kind: kind.map(Kind::from),
                    scale: scale.map(Scale::from),
                    schema,
                    format: before
                        .format(
                            format.map(InitFormat::from),
                            FormatArg::init,
                            InitFormat::ALL.iter().map(|f| f.slug()).collect(),
                        )?
                        .unwrap_or(InitFormat::Toml),
                }
            }
            Command::Interview { output, unused } => {
                before.no_why(unused.why)?;
                if before.rules.is_some() || unused.rules.is_some() {
                    return Err(before.not_applicable("--rules"));
                }
                if before.format.is_some() || unused.format.is_some() {
                    return Err(before.not_applicable("--format"));
                }
                Job::Interview { output }
            }
            Command::Schema(args) => schema::schema_job(args, &before)?,
            Command::Compare {
                profiles,
                rules,
                format,
                sheet,
                bom,
                output,
                unused,
            } => {
                before.no_why(unused.why)?;
                let format = before
                    .format(
                        format.map(CompareFormat::from),
                        FormatArg::compare,
                        CompareFormat::ALL.iter().map(|f| f.slug()).collect(),
                    )?
                    .unwrap_or(CompareFormat::Table);
                if bom && format != CompareFormat::Csv {
                    return Err(before.not_applicable("--bom"));
                }
                let sheet = match (&before.sheet, sheet) {
                    (Some(_), Some(_)) => return Err(before.given_twice("--sheet")),
                    (before, after) => after.or_else(|| before.clone()),
                };
                Job::Compare {
                    profiles,
                    rules: before.rules(rules)?,
                    format,
                    sheet,
                    bom,
                    output,
                }
            }
            Command::Exercise(args) => teach::exercise_job(args, &before)?,
            Command::Grade(args) => teach::grade_job(args, &before)?,
        };
        Ok(Action::Run(Request { job, lang, color }))
    }
}

/// The main job's options as given before a subcommand, to be checked against
/// what the subcommand uses.
struct Before {
    name: &'static str,
    format: Option<FormatArg>,
    why: bool,
    rules: Option<PathBuf>,
    sheet: Option<String>,
}

impl Before {
    fn not_applicable(&self, option: &'static str) -> Misuse {
        Misuse::of(
            self.name,
            Usage::NotApplicable {
                option,
                command: self.name,
            },
        )
    }

    /// No subcommand shows reasoning: `--why`, before or after it, is an error.
    fn no_why(&self, after: bool) -> Result<(), Misuse> {
        if self.why || after {
            return Err(self.not_applicable("--why"));
        }
        Ok(())
    }

    /// For `init` and `schema`: `--why`, `--rules` and `--format`, before or after the
    /// subcommand, are errors.
    fn nothing_but_lang(&self, after: &NoOptions) -> Result<(), Misuse> {
        self.no_why(after.why)?;
        if self.rules.is_some() || after.rules.is_some() {
            return Err(self.not_applicable("--rules"));
        }
        if self.format.is_some() || after.format.is_some() {
            return Err(self.not_applicable("--format"));
        }
        Ok(())
    }

    /// `--rules`, given before or after the subcommand, not both.
    fn rules(&self, after: Option<PathBuf>) -> Result<Option<PathBuf>, Misuse> {
        match (&self.rules, after) {
            (Some(_), Some(_)) => Err(self.given_twice("--rules")),
            (before, None) => Ok(before.clone()),
            (None, after) => Ok(after),
        }
    }

    /// `--format`, given before or after the subcommand, not both; a value given
    /// before it must be one the subcommand writes.
    fn format<T>(
        &self,
        after: Option<T>,
        convert: fn(FormatArg) -> Option<T>,
        valid: Vec<&'static str>,
    ) -> Result<Option<T>, Misuse> {
        match (self.format, after) {
            (Some(_), Some(_)) => Err(self.given_twice("--format")),
            (None, after) => Ok(after),
            (Some(arg), None) => convert(arg).map(Some).ok_or_else(|| {
                Misuse::of(
                    self.name,
                    Usage::FormatNotApplicable {
                        format: arg.slug(),
                        command: Some(self.name),
                        valid,
                    },
                )
            }),
        }
    }

    fn given_twice(&self, option: &'static str) -> Misuse {
        Misuse::of(
            self.name,
            Usage::GivenTwice {
                option,
                command: self.name,
            },
        )
    }
}

/// A [`Misuse`] as a clap error (exit 2, with the usage line of the subcommand),
/// its message worded by the catalogue of the output language.
pub fn usage_error(misuse: &Misuse, lang: Option<Lang>, color: ColorArg) -> clap::Error {
    let message = catalog(resolve_lang(lang)).usage(&misuse.usage);
    let no_color = std::env::var_os("NO_COLOR").is_some_and(|v| !v.is_empty());
    let choice = match color {
        _ if no_color => clap::ColorChoice::Never,
        ColorArg::Auto => clap::ColorChoice::Auto,
        ColorArg::Always => clap::ColorChoice::Always,
        ColorArg::Never => clap::ColorChoice::Never,
    };
    let kind = match misuse.usage {
        Usage::NoProfile => ErrorKind::MissingRequiredArgument,
        _ => ErrorKind::ArgumentConflict,
    };
    let mut command = Cli::command().color(choice);
    command.build();
    match misuse
        .command
        .and_then(|name| command.find_subcommand_mut(name))
    {
        Some(subcommand) => subcommand.error(kind, message),
        None => command.error(kind, message),
    }
}

/// The subcommands, as clap names them.
const SUBCOMMANDS: [&str; 8] = [
    "rules",
    "explain",
    "init",
    "compare",
    "exercise",
    "grade",
    "schema",
    "interview",
];

/// The command line as completions offer it: without the hidden arguments (taken
/// only to report them as misplaced), which the completion generators do not skip.
fn completion_command() -> clap::Command {
    let full = Cli::command();
    let visible = |command: &clap::Command| -> Vec<clap::Arg> {
        command
            .get_arguments()
            .filter(|a| !a.is_hide_set())
            .cloned()
            .collect()
    };
    let mut command = clap::Command::new("kam-advise")
        .version(env!("CARGO_PKG_VERSION"))
        .args(visible(&full));
    for name in SUBCOMMANDS {
        if let Some(sub) = full.find_subcommand(name) {
            command = command.subcommand(
                clap::Command::new(name)
                    .about(sub.get_about().cloned().unwrap_or_default())
                    .args(visible(sub)),
            );
        }
    }
    command
}

/// Shell completions, or the man page.
pub fn generate(what: Generate) -> String {
    let mut command = completion_command();
    let shell = match what {
        Generate::Man => return man_page(Cli::command()),
        Generate::Bash => clap_complete::Shell::Bash,
        Generate::Zsh => clap_complete::Shell::Zsh,
        Generate::Fish => clap_complete::Shell::Fish,
        Generate::Powershell => clap_complete::Shell::PowerShell,
        Generate::Elvish => clap_complete::Shell::Elvish,
    };
    let mut out = Vec::new();
    clap_complete::generate(shell, &mut command, "kam-advise", &mut out);
    String::from_utf8_lossy(&out).into_owned()
}

/// The man page, one page: clap_mangen's title, synopsis, description and options,
/// then the commands with their own options (there are no `kam-advise-NAME(1)`
/// pages to refer to), the profile's keys, the exit status, and the examples
/// kept as laid out in `--help`.
fn man_page(mut command: clap::Command) -> String {
    use clap_mangen::roff::{Roff, bold, roman};

    command.build();
    let man = clap_mangen::Man::new(command.clone());
    let mut out = Vec::new();
    // Writing into a Vec cannot fail.
    let _ = man.render_title(&mut out);
    let _ = man.render_name_section(&mut out);
    let _ = man.render_synopsis_section(&mut out);
    let _ = man.render_description_section(&mut out);
    let _ = man.render_options_section(&mut out);

    let mut roff = Roff::new();
    roff.control("SH", ["COMMANDS"]);
    roff.text([roman(
        "Options go before or after the command. --lang and --color apply to every command; \
         the others only where listed.",
    )]);
    for sub in command
        .get_subcommands()
        .filter(|s| !s.is_hide_set() && s.get_name() != "help")
    {
        let args: Vec<&clap::Arg> = sub
            .get_arguments()
            .filter(|a| {
                !a.is_hide_set()
                    && !a.is_global_set()
                    && !matches!(
                        a.get_action(),
                        ArgAction::Help | ArgAction::HelpShort | ArgAction::HelpLong
                    )
            })
            .collect();
        let mut synopsis = vec![bold(format!("kam-advise {}", sub.get_name()))];
        for arg in &args {
            synopsis.push(roman(" "));
            synopsis.extend(arg_synopsis(arg, true));
        }
        roff.control("TP", []);
        roff.text(synopsis);
        if let Some(about) = sub.get_long_about().or_else(|| sub.get_about()) {
            roff.text([roman(about.to_string())]);
        }
        if args.is_empty() {
            continue;
        }
        roff.control("RS", []);
        for arg in args {
            roff.control("TP", []);
            roff.text(arg_synopsis(arg, false));
            let mut help = arg
                .get_long_help()
                .or_else(|| arg.get_help())
                .map(ToString::to_string)
                .unwrap_or_default();
            let values: Vec<String> = arg
                .get_possible_values()
                .iter()
                .filter(|v| !v.is_hide_set())
                .map(|v| v.get_name().to_string())
                .collect();
            if !values.is_empty() {
                let _ = write!(help, " [possible values: {}]", values.join(", "));
            }
            roff.text([roman(help)]);
        }
        roff.control("RE", []);
    }

    roff.control("SH", ["PROFILE"]);
    roff.text([roman(
        "A profile is a TOML file describing one enterprise; `kam-advise init` writes an \
         annotated one to start from. Amounts are a number of units of currency, or a string \
         with 万 (1e4), 亿 (1e8), K (1e3), M (1e6), B or bn (1e9), any case, with _ or , \
         allowed between digits: \"8000万\", \"1.2亿\", \"80,000,000\". `kam-advise schema \
         profile` prints the profile's JSON Schema, for editors (see its --help).",
    )]);
    let list = |words: Vec<&str>| words.join(", ");
    let keys: Vec<(String, String)> = vec![
        ("name".into(), "Required. The enterprise's name.".into()),
        (
            "annual_revenue".into(),
            "Required. Annual revenue, an amount; (一)1 compares it with 5000万 yuan.".into(),
        ),
        (
            "key_accounts".into(),
            "Required. Key accounts the firm has rated, 0 or more; (一)2 compares them with 6."
                .into(),
        ),
        (
            "currency".into(),
            "The ISO code of the amounts (three letters); CNY when left out. Any other needs cny_rate."
                .into(),
        ),
        (
            "cny_rate".into(),
            "CNY per one unit of currency, e.g. 7.1 for USD.".into(),
        ),
        (
            "kind".into(),
            format!(
                "What kind of organisation: {} (default enterprise).",
                list(Kind::ALL.iter().map(|k| k.slug()).collect())
            ),
        ),
        (
            "scale".into(),
            format!(
                "Its size: {} (or 微型, 小型, 中型, 大型). When left out it is inferred from \
                 industry and the figures its NBS 2017 row needs.",
                list(Scale::ALL.iter().map(|s| s.slug()).collect())
            ),
        ),
        (
            "industry".into(),
            format!(
                "The NBS 2017 row, by slug or Chinese name: {}. Finance is not covered: declare scale.",
                list(INDUSTRIES.iter().map(|r| r.slug).collect())
            ),
        ),
        (
            "employees".into(),
            "Employees; most NBS rows need them to infer the scale.".into(),
        ),
        (
            "total_assets".into(),
            "Total assets, an amount; the construction, real-estate and \
             leasing-business-services rows need it to infer the scale."
                .into(),
        ),
        (
            "current_setup".into(),
            format!(
                "Who looks after key accounts today: {}. The advice then adds the gap to the \
                 recommendation and the steps to close it.",
                list(Setup::ALL.iter().map(|s| s.slug()).collect())
            ),
        ),
        (
            "[strategy] strategic_plan".into(),
            "true when a KAM unit is part of the firm's strategic or development plan; \
             condition (一)3."
                .into(),
        ),
        (
            "[strategy] account_development".into(),
            "true when a unit would grow key accounts faster and deepen their trust; \
             condition (一)4."
                .into(),
        ),
        (
            "[network] levels".into(),
            format!(
                "The tiers of a multi-level organisation, top first: {}.",
                list(Level::ALL.iter().map(|l| l.slug()).collect())
            ),
        ),
        (
            "[network] counts".into(),
            "How many units at a level, e.g. { provincial = 31, prefecture = 333 }.".into(),
        ),
        (
            "[team] functions".into(),
            "The firm's functions that send members to a team.".into(),
        ),
    ];
    for (key, meaning) in keys {
        roff.control("TP", []);
        roff.text([bold(key)]);
        roff.text([roman(meaning)]);
    }

    roff.control("SH", ["EXIT STATUS"]);
    for (code, meaning) in [
        (
            "0",
            "Every profile was advised (and every other command succeeded).",
        ),
        (
            "1",
            "A profile or file failed, or the output could not be written; its errors are on \
             standard error and the other profiles are still advised.",
        ),
        (
            "2",
            "Usage error: an unknown option or value, or an option given to a command that does \
             not use it.",
        ),
    ] {
        roff.control("TP", []);
        roff.text([bold(code)]);
        roff.text([roman(meaning)]);
    }
    let _ = roff.to_writer(&mut out);

    let mut page = String::from_utf8_lossy(&out).into_owned();
    page.push_str(".SH EXAMPLES\n.nf\n");
    for line in EXAMPLES
        .lines()
        .take_while(|l| !l.starts_with("Exit codes:"))
        .filter(|l| *l != "Examples:")
    {
        // Escape roff's backslash and protect lines that start with a control character.
        let line = line.replace('\\', "\\e");
        if line.starts_with(['.', '\'']) {
            page.push_str("\\&");
        }
        page.push_str(&line);
        page.push('\n');
    }
    page.push_str(".fi\n");
    let mut version = Vec::new();
    let _ = man.render_version_section(&mut version);
    page.push_str(&String::from_utf8_lossy(&version));
    page
}

/// An argument as the man page writes it: `--rules FILE`, `[TOPIC]`, `PROFILE...`;
/// in brackets when optional and `bracket` is set.
fn arg_synopsis(arg: &clap::Arg, bracket: bool) -> Vec<clap_mangen::roff::Inline> {
    use clap_mangen::roff::{bold, italic, roman};

    let value = arg
        .get_value_names()
        .map(|names| names.join(" "))
        .unwrap_or_else(|| arg.get_id().as_str().to_uppercase());
    let mut parts = Vec::new();
    let optional = bracket && !arg.is_required_set();
    if optional {
        parts.push(roman("["));
    }
    if arg.is_positional() {
        parts.push(italic(value));
        if matches!(arg.get_action(), ArgAction::Append) {
            parts.push(roman("..."));
        }
    } else {
        if let Some(short) = arg.get_short() {
            parts.push(bold(format!("-{short}")));
            parts.push(roman(if bracket { "|" } else { ", " }));
        }
        if let Some(long) = arg.get_long() {
            parts.push(bold(format!("--{long}")));
        }
        if arg.get_action().takes_values() {
            parts.push(roman(" "));
            parts.push(italic(value));
        }
    }
    if optional {
        parts.push(roman("]"));
    }
    parts
}

#[cfg(test)]
mod tests {
    use super::*;
    use kam_advise::options::SchemaName;

    #[test]
    fn verify_cli() {
        Cli::command().debug_assert();
    }

    /// Every value of the library has its word on the command line, the same slug.
    #[test]
    fn command_line_words_are_the_library_slugs() {
        fn words<A: ValueEnum>() -> Vec<String> {
            A::value_variants()
                .iter()
                .filter_map(|v| v.to_possible_value())
                .filter(|v| !v.is_hide_set())
                .map(|v| v.get_name().to_string())
                .collect()
        }
        fn slugs<T: Copy>(all: &[T], slug: fn(T) -> &'static str) -> Vec<String> {
            all.iter().map(|&t| slug(t).to_string()).collect()
        }
        assert_eq!(words::<TopicArg>(), slugs(Topic::ALL, Topic::slug));
        assert_eq!(words::<KindArg>(), slugs(Kind::ALL, Kind::slug));
        assert_eq!(
            words::<schema::SchemaArg>(),
            slugs(SchemaName::ALL, SchemaName::slug)
        );
        assert_eq!(words::<ScaleArg>(), slugs(Scale::ALL, Scale::slug));
        assert_eq!(words::<LangArg>(), slugs(Lang::ALL, Lang::slug));
        assert_eq!(words::<ColorArg>(), slugs(ColorWhen::ALL, ColorWhen::slug));
        assert_eq!(words::<FormatArg>(), slugs(Format::ALL, Format::slug));
        assert_eq!(
            words::<RulesFormatArg>(),
            slugs(RulesFormat::ALL, RulesFormat::slug)
        );
        assert_eq!(
            words::<ExplainFormatArg>(),
            slugs(ExplainFormat::ALL, ExplainFormat::slug)
        );
        assert_eq!(
            words::<CompareFormatArg>(),
            slugs(CompareFormat::ALL, CompareFormat::slug)
        );
        for arg in TopicArg::value_variants() {
            assert_eq!(
                Some(Topic::from(*arg).slug()),
                arg.to_possible_value().as_ref().map(|v| v.get_name())
            );
        }
        for arg in FormatArg::value_variants() {
            assert_eq!(
                Some(arg.slug()),
                arg.to_possible_value().as_ref().map(|v| v.get_name())
            );
        }
    }

    fn action(args: &[&str]) -> Result<Action, Misuse> {
        let cli = Cli::try_parse_from(std::iter::once("kam-advise").chain(args.iter().copied()))
            .unwrap_or_else(|e| panic!("{args:?}: {e}"));
        cli.into_action()
    }

    fn job(args: &[&str]) -> Job {
        match action(args) {
            Ok(Action::Run(request)) => request.job,
            other => panic!("{args:?}: {other:?}"),
        }
    }

    fn usage(args: &[&str]) -> Usage {
        match action(args) {
            Err(misuse) => misuse.usage,
            other => panic!("{args:?}: {other:?}"),
        }
    }

    #[test]
    fn options_stand_before_or_after_the_subcommand() {
        for args in [
            &["--rules", "r.toml", "rules"][..],
            &["rules", "--rules", "r.toml"],
        ] {
            assert_eq!(
                job(args),
                Job::Rules {
                    rules: Some("r.toml".into()),
                    format: RulesFormat::Toml
                }
            );
        }
        for args in [
            &["-f", "markdown", "explain", "forms"][..],
            &["explain", "forms", "--format", "markdown"],
        ] {
            assert_eq!(
                job(args),
                Job::Explain {
                    topic: Some(Topic::Forms),
                    rules: None,
                    format: ExplainFormat::Markdown
                }
            );
        }
        assert_eq!(
            job(&["--format", "toml", "rules"]),
            Job::Rules {
                rules: None,
                format: RulesFormat::Toml
            }
        );
        for args in [
            &["--lang", "zh", "explain"][..],
            &["explain", "--lang", "zh"],
        ] {
            match action(args) {
                Ok(Action::Run(request)) => assert_eq!(request.lang, Some(Lang::Zh)),
                other => panic!("{other:?}"),
            }
        }
    }

    #[test]
    fn options_where_they_do_nothing_are_misuse() {
        let not_applicable = |option, command| Usage::NotApplicable { option, command };
        assert_eq!(
            usage(&["--why", "compare", "x.toml"]),
            not_applicable("--why", "compare")
        );
        assert_eq!(
            usage(&["compare", "x.toml", "--why"]),
            not_applicable("--why", "compare")
        );
        assert_eq!(usage(&["rules", "--why"]), not_applicable("--why", "rules"));
        assert_eq!(
            usage(&["-f", "dot", "init"]),
            Usage::FormatNotApplicable {
                format: "dot",
                command: Some("init"),
                valid: vec!["toml", "csv"]
            }
        );
        assert_eq!(
            usage(&["interview", "-f", "json"]),
            not_applicable("--format", "interview")
        );
        assert_eq!(
            usage(&["--sheet", "S", "explain"]),
            not_applicable("--sheet", "explain")
        );
        assert_eq!(
            usage(&["compare", "x.csv", "--bom"]),
            not_applicable("--bom", "compare")
        );
        assert_eq!(
            usage(&["--sheet", "A", "compare", "x.xlsx", "--sheet", "B"]),
            Usage::GivenTwice {
                option: "--sheet",
                command: "compare"
            }
        );
        assert_eq!(
            job(&[
                "--format", "csv", "compare", "x.xlsx", "--bom", "--sheet", "B", "-o", "p.csv"
            ]),
            Job::Compare {
                profiles: vec!["x.xlsx".into()],
                rules: None,
                format: CompareFormat::Csv,
                sheet: Some("B".into()),
                bom: true,
                output: Some("p.csv".into()),
            }
        );
        assert_eq!(
            job(&["init", "--format", "csv"]),
            Job::Init {
                kind: None,
                scale: None,
                schema: None,
                format: InitFormat::Csv
            }
        );
        assert_eq!(
            usage(&["--rules", "r.toml", "init"]),
            not_applicable("--rules", "init")
        );
        assert_eq!(
            usage(&["-f", "dot", "explain"]),
            Usage::FormatNotApplicable {
                format: "dot",
                command: Some("explain"),
                valid: vec!["table", "markdown"]
            }
        );
        assert_eq!(
            usage(&["-f", "toml", "x.toml"]),
            Usage::FormatNotApplicable {
                format: "toml",
                command: None,
                valid: vec!["table", "json", "markdown", "dot", "html"]
            }
        );
        assert_eq!(
            usage(&["--rules", "a.toml", "rules", "--rules", "b.toml"]),
            Usage::GivenTwice {
                option: "--rules",
                command: "rules"
            }
        );
        assert_eq!(usage(&[]), Usage::NoProfile);
        assert_eq!(
            usage(&["--generate", "man", "explain"]),
            Usage::GenerateAlone { command: "explain" }
        );
    }

    #[test]
    fn schema_and_init_schema_take_their_own_options_only() {
        let not_applicable = |option, command| Usage::NotApplicable { option, command };
        assert_eq!(
            job(&["--lang", "zh", "schema", "advice"]),
            Job::Schema {
                which: SchemaName::Advice
            }
        );
        assert_eq!(
            usage(&["schema", "compare", "--why"]),
            not_applicable("--why", "schema")
        );
        assert_eq!(
            usage(&["--rules", "r.toml", "schema", "profile"]),
            not_applicable("--rules", "schema")
        );
        assert_eq!(
            usage(&["schema", "profile", "-f", "json"]),
            not_applicable("--format", "schema")
        );
        assert_eq!(
            job(&["init", "--schema", "./kam-profile.schema.json"]),
            Job::Init {
                kind: None,
                scale: None,
                schema: Some("./kam-profile.schema.json".into()),
                format: InitFormat::Toml
            }
        );
        assert_eq!(
            usage(&["init", "--schema", "a\nb.json"]),
            Usage::SchemaPathNotOneLine {
                path: "a\nb.json".into()
            }
        );
    }

    #[test]
    fn a_file_named_like_a_subcommand_is_a_profile_as_dot_slash_name() {
        assert_eq!(
            job(&["./explain"]),
            Job::Advise {
                profiles: vec!["./explain".into()],
                format: Format::Table,
                why: false,
                rules: None,
                output: Output::Stdout,
                sheet: None,
            }
        );
    }

    #[test]
    fn misuse_is_exit_2_with_the_subcommands_usage() {
        let misuse = Misuse::of(
            "compare",
            Usage::NotApplicable {
                option: "--why",
                command: "compare",
            },
        );
        let error = usage_error(&misuse, Some(Lang::En), ColorArg::Never);
        assert_eq!(error.exit_code(), 2);
        let text = error.to_string();
        assert!(
            text.starts_with("error: `--why` does not apply to `compare`"),
            "{text}"
        );
        assert!(text.contains("Usage: kam-advise compare"), "{text}");
    }

    #[test]
    fn completions_offer_only_the_options_each_command_uses() {
        let command = Cli::command();
        let names: Vec<&str> = command.get_subcommands().map(|s| s.get_name()).collect();
        assert_eq!(names, SUBCOMMANDS);
        let fish = generate(Generate::Fish);
        for sub in SUBCOMMANDS {
            assert!(
                !fish.contains(&format!("using_subcommand {sub}\" -l why")),
                "{fish}"
            );
        }
        assert!(!fish.contains("using_subcommand init\" -l rules"), "{fish}");
        assert!(
            fish.contains("using_subcommand explain\" -l rules"),
            "{fish}"
        );
        completion_command().debug_assert();
    }

    #[test]
    fn the_man_page_refers_to_no_page_it_does_not_generate() {
        let page = generate(Generate::Man);
        // roff writes kam\-advise\-explain(1): no such reference at all.
        assert!(!page.contains("(1)"), "{page}");
        for section in [
            ".SH COMMANDS",
            ".SH PROFILE",
            ".SH \"EXIT STATUS\"",
            ".SH EXAMPLES",
        ] {
            assert!(page.contains(section), "{section}");
        }
    }
}
