//! The command-line interface: clap structs only.

use std::path::PathBuf;

use clap::{Parser, Subcommand, ValueEnum};

/// The examples of `--help` and of the man page.
pub const EXAMPLES: &str = "\
Examples:
  kam-advise examples/medium-manufacturer.toml
      Advise one enterprise, as a table in the terminal.
  kam-advise client.toml --format markdown --why > report.md
      A report to hand over, with the org chart and the reasoning.
  kam-advise client.toml --format dot | dot -Tpng -o chart.png
      The org chart as a picture (Graphviz).
  kam-advise clients/ --format json | jq -r '.name + \": \" + .form'
      Advise every *.toml in a folder; one JSON object per line.
  kam-advise rules > my-rules.toml && kam-advise --rules my-rules.toml client.toml
      Dump the chapter's thresholds, edit them, advise with your own figures.

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
    after_long_help = EXAMPLES,
    args_conflicts_with_subcommands = true
)]
pub struct Cli {
    /// Enterprise profiles (TOML): files, directories (every *.toml directly inside,
    /// in name order), or - for standard input. A file named like a subcommand is
    /// read when written as ./NAME.
    #[arg(value_name = "PROFILE")]
    pub profiles: Vec<PathBuf>,

    #[command(flatten)]
    pub output: OutputArgs,

    /// Write shell completions or the man page to standard output.
    #[arg(long, value_enum, value_name = "WHAT", help_heading = "Setup")]
    pub generate: Option<Generate>,

    #[command(subcommand)]
    pub command: Option<Command>,
}

/// Options that shape every output, subcommands included.
#[derive(Debug, clap::Args)]
pub struct OutputArgs {
    /// Output format.
    #[arg(short, long, value_enum, default_value_t = Format::Table, global = true, help_heading = "Output")]
    pub format: Format,

    /// Language of every text [default: zh when LC_ALL, LC_MESSAGES or LANG starts with zh, else en].
    #[arg(short, long, value_enum, global = true, help_heading = "Output")]
    pub lang: Option<LangArg>,

    /// When to colour the table output; never when NO_COLOR is set.
    #[arg(long, value_enum, value_name = "WHEN", default_value_t = ColorWhen::Auto, global = true, help_heading = "Output")]
    pub color: ColorWhen,

    /// Show the reasoning: each rule that fired and the figures it compared.
    #[arg(long, global = true, help_heading = "Output")]
    pub why: bool,

    /// A TOML file of thresholds that replace the chapter's figures (see `kam-advise rules`).
    #[arg(long, value_name = "FILE", global = true, help_heading = "Rules")]
    pub rules: Option<PathBuf>,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Print the effective rules as commented TOML, ready to edit and pass to --rules.
    Rules,
    /// Print the chapter's decision rules as tables, for teaching.
    Explain {
        /// One part only; all parts when left out.
        #[arg(value_enum)]
        topic: Option<Topic>,
    },
    /// Print an annotated profile to start from: `kam-advise init > client.toml`.
    Init {
        /// Pre-fill for this kind of organisation.
        #[arg(long, value_enum)]
        kind: Option<KindArg>,
        /// Pre-fill for this size (declared in the profile).
        #[arg(long, value_enum)]
        scale: Option<ScaleArg>,
    },
    /// One row per enterprise: scale, key accounts, conditions met, form, staffing.
    Compare {
        /// Profiles to compare: files, directories, or - for standard input.
        #[arg(value_name = "PROFILE", required = true)]
        profiles: Vec<PathBuf>,
    },
}

/// The parts of `explain`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Topic {
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

impl Topic {
    pub const ALL: [Topic; 7] = [
        Topic::Conditions,
        Topic::Forms,
        Topic::Staffing,
        Topic::Duties,
        Topic::Requirements,
        Topic::Examples,
        Topic::Scale,
    ];
}

/// Kinds for `init`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum KindArg {
    Enterprise,
    Group,
    Multinational,
    PublicSector,
}

/// Sizes for `init`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ScaleArg {
    Micro,
    Small,
    Medium,
    Large,
}

/// Output formats.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Format {
    /// Tables and an org tree for the terminal.
    Table,
    /// One JSON object per profile, one per line (JSON Lines).
    Json,
    /// A report to paste, with the org chart as a Mermaid block.
    Markdown,
    /// The org chart for Graphviz.
    Dot,
}

/// Languages.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum LangArg {
    /// English.
    En,
    /// Chinese (中文).
    Zh,
}

/// When to use colour.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ColorWhen {
    /// On a terminal only.
    Auto,
    /// Always (still never with NO_COLOR set).
    Always,
    /// Never.
    Never,
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

#[cfg(test)]
mod tests {
    use super::*;
    use clap::CommandFactory;

    #[test]
    fn verify_cli() {
        Cli::command().debug_assert();
    }
}
