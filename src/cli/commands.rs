//! The subcommands. Each is listed with its name and summary at start, and its
//! arguments are added only when it is the one run (or help, completions and the
//! man page need them all): clap's `Command::defer`. Building every subcommand's
//! arguments, and copying `--lang` and `--color` into each, was most of the
//! start-up work of advising one profile (docs/performance.md).

use super::*;

use clap::{ArgMatches, Args};

#[derive(Debug)]
pub enum Command {
    Rules(RulesArgs),
    Explain(ExplainArgs),
    Init(InitArgs),
    Compare(CompareArgs),
    Exercise(teach::ExerciseArgs),
    Grade(teach::GradeArgs),
    Schema(schema::SchemaArgs),
    Interview(InterviewArgs),
}

/// Each subcommand: its name, its summary in `kam-advise --help`, and how its
/// arguments are added (fresh, or for `update_from_arg_matches`).
type Augment = fn(clap::Command) -> clap::Command;
const SUBCOMMANDS: [(&str, &str, Augment, Augment); 8] = [
    (
        "rules",
        "Print the rules in force: commented TOML to edit and pass to --rules, JSON, or the \
         form rules as a decision table (GoRules JDM, DMN 1.3)",
        RulesArgs::augment_args,
        RulesArgs::augment_args_for_update,
    ),
    (
        "explain",
        "Print the chapter's decision rules as tables, for teaching",
        ExplainArgs::augment_args,
        ExplainArgs::augment_args_for_update,
    ),
    (
        "init",
        "Print an annotated profile to start from: `kam-advise init > client.toml` \
         (`--format csv`: the empty portfolio sheet)",
        InitArgs::augment_args,
        InitArgs::augment_args_for_update,
    ),
    (
        "compare",
        "One row per enterprise: scale, key accounts, conditions met, form, staffing",
        CompareArgs::augment_args,
        CompareArgs::augment_args_for_update,
    ),
    (
        "exercise",
        "Write a class set: cases told as stories, the answer key, a blank answer sheet and a \
         Moodle quiz (GIFT)",
        teach::ExerciseArgs::augment_args,
        teach::ExerciseArgs::augment_args_for_update,
    ),
    (
        "grade",
        "Mark answer sheets against a set's key, with feedback that cites the chapter",
        teach::GradeArgs::augment_args,
        teach::GradeArgs::augment_args_for_update,
    ),
    (
        "schema",
        "Print a JSON Schema (draft-07): of the profile, for editors, or of a JSON line, for \
         scripts",
        schema::SchemaArgs::augment_args,
        schema::SchemaArgs::augment_args_for_update,
    ),
    (
        "interview",
        "A guided interview in the terminal that ends in the advice and, with --output, a \
         saved profile",
        InterviewArgs::augment_args,
        InterviewArgs::augment_args_for_update,
    ),
];

/// The subcommands' names, in the order `--help` lists them.
pub(crate) fn names() -> impl Iterator<Item = &'static str> {
    SUBCOMMANDS.iter().map(|(name, ..)| *name)
}

/// Each subcommand with its summary and its own arguments, not yet built (no help
/// flag, no `--lang`): what completions list.
pub(crate) fn with_arguments() -> impl Iterator<Item = (&'static str, clap::Command)> {
    SUBCOMMANDS
        .iter()
        .map(|&(name, about, augment, _)| (name, augment(clap::Command::new(name).about(about))))
}

impl Command {
    pub(crate) fn name(&self) -> &'static str {
        match self {
            Command::Rules(_) => "rules",
            Command::Explain(_) => "explain",
            Command::Init(_) => "init",
            Command::Compare(_) => "compare",
            Command::Exercise(_) => "exercise",
            Command::Grade(_) => "grade",
            Command::Schema(_) => "schema",
            Command::Interview(_) => "interview",
        }
    }
}

/// Each subcommand by name and summary, its arguments deferred to `augment`.
fn listed(command: clap::Command, for_update: bool) -> clap::Command {
    SUBCOMMANDS
        .iter()
        .fold(command, |command, &(name, about, fresh, update)| {
            let augment = if for_update { update } else { fresh };
            command.subcommand(clap::Command::new(name).about(about).defer(augment))
        })
}

impl Subcommand for Command {
    fn augment_subcommands(command: clap::Command) -> clap::Command {
        listed(command, false)
    }

    fn augment_subcommands_for_update(command: clap::Command) -> clap::Command {
        listed(command, true)
    }

    fn has_subcommand(name: &str) -> bool {
        names().any(|n| n == name)
    }
}

impl FromArgMatches for Command {
    fn from_arg_matches(matches: &ArgMatches) -> Result<Self, clap::Error> {
        Self::from_arg_matches_mut(&mut matches.clone())
    }

    fn from_arg_matches_mut(matches: &mut ArgMatches) -> Result<Self, clap::Error> {
        let Some((name, mut sub)) = matches.remove_subcommand() else {
            return Err(clap::Error::new(ErrorKind::MissingSubcommand));
        };
        let sub = &mut sub;
        Ok(match name.as_str() {
            "rules" => Command::Rules(RulesArgs::from_arg_matches_mut(sub)?),
            "explain" => Command::Explain(ExplainArgs::from_arg_matches_mut(sub)?),
            "init" => Command::Init(InitArgs::from_arg_matches_mut(sub)?),
            "compare" => Command::Compare(CompareArgs::from_arg_matches_mut(sub)?),
            "exercise" => Command::Exercise(teach::ExerciseArgs::from_arg_matches_mut(sub)?),
            "grade" => Command::Grade(teach::GradeArgs::from_arg_matches_mut(sub)?),
            "schema" => Command::Schema(schema::SchemaArgs::from_arg_matches_mut(sub)?),
            "interview" => Command::Interview(InterviewArgs::from_arg_matches_mut(sub)?),
            _ => return Err(clap::Error::new(ErrorKind::InvalidSubcommand)),
        })
    }

    fn update_from_arg_matches(&mut self, matches: &ArgMatches) -> Result<(), clap::Error> {
        self.update_from_arg_matches_mut(&mut matches.clone())
    }

    fn update_from_arg_matches_mut(&mut self, matches: &mut ArgMatches) -> Result<(), clap::Error> {
        *self = Self::from_arg_matches_mut(matches)?;
        Ok(())
    }
}

// `kam-advise rules` (its summary is in SUBCOMMANDS).
#[derive(Debug, Args)]
pub struct RulesArgs {
    /// Print the thresholds of this file (the chapter's figure for any key it leaves out).
    #[arg(long, value_name = "FILE")]
    pub rules: Option<PathBuf>,
    /// Output format [default: toml].
    #[arg(short, long, value_parser = slugs::<RulesFormat>(), value_name = "FORMAT")]
    pub format: Option<RulesFormat>,
    #[command(flatten)]
    pub unused: WhyUnused,
}

// `kam-advise explain`.
#[derive(Debug, Args)]
pub struct ExplainArgs {
    /// One part only; all parts when left out.
    #[arg(value_parser = slugs::<Topic>())]
    pub topic: Option<Topic>,
    /// Explain with the thresholds of this file instead of the chapter's figures.
    #[arg(long, value_name = "FILE")]
    pub rules: Option<PathBuf>,
    /// Output format [default: table].
    #[arg(short, long, value_parser = slugs::<ExplainFormat>(), value_name = "FORMAT")]
    pub format: Option<ExplainFormat>,
    #[command(flatten)]
    pub unused: WhyUnused,
}

// `kam-advise init`.
#[derive(Debug, Args)]
pub struct InitArgs {
    /// Pre-fill for this kind of organisation.
    #[arg(long, value_parser = slugs::<Kind>())]
    pub kind: Option<Kind>,
    /// Pre-fill for this size (declared in the profile).
    #[arg(long, value_parser = slugs::<Scale>())]
    pub scale: Option<Scale>,
    /// Start with the line `#:schema PATH`, so that editors (taplo, Even Better TOML)
    /// complete and check the profile with the schema saved at PATH by `kam-advise
    /// schema profile > PATH` (a path relative to the profile, or a URL).
    #[arg(long, value_name = "PATH")]
    pub schema: Option<String>,
    /// Output format [default: toml].
    #[arg(short, long, value_parser = slugs::<InitFormat>(), value_name = "FORMAT")]
    pub format: Option<InitFormat>,
    #[command(flatten)]
    pub unused: InitUnused,
}

// `kam-advise compare`.
#[derive(Debug, Args)]
pub struct CompareArgs {
    /// Profiles to compare: files, directories, or - for standard input.
    #[arg(value_name = "PROFILE", required = true)]
    pub profiles: Vec<PathBuf>,
    /// Advise with the thresholds of this file instead of the chapter's figures.
    #[arg(long, value_name = "FILE")]
    pub rules: Option<PathBuf>,
    /// Output format [default: table].
    #[arg(short, long, value_parser = slugs::<CompareFormat>(), value_name = "FORMAT")]
    pub format: Option<CompareFormat>,
    /// The sheet of a workbook (xlsx, xls, ods) to read [default: the first].
    #[arg(long, value_name = "NAME")]
    pub sheet: Option<String>,
    /// Start the CSV with a byte-order mark, so that Excel reads it as UTF-8.
    #[arg(long)]
    pub bom: bool,
    /// Write to FILE instead of standard output (needed for xlsx on a terminal).
    #[arg(short, long, value_name = "FILE")]
    pub output: Option<PathBuf>,
    /// Overwrite the --output file if it exists.
    #[arg(long, requires = "output")]
    pub force: bool,
    /// Who prepared the portfolio report, printed under its title (html only).
    #[arg(long, value_name = "TEXT", help_heading = "Document")]
    pub prepared_by: Option<String>,
    /// The consultancy's logo on the portfolio report: a PNG, JPEG or SVG file of at
    /// most 1 MiB, embedded in the page (html only).
    #[arg(long, value_name = "FILE", help_heading = "Document")]
    pub logo: Option<PathBuf>,
    /// Mark the portfolio report confidential, on every printed page (html only).
    #[arg(long, help_heading = "Document")]
    pub confidential: bool,
    #[command(flatten)]
    pub unused: WhyUnused,
}

// `kam-advise interview`.
#[derive(Debug, Args)]
pub struct InterviewArgs {
    /// Write the answers as an annotated profile to FILE (asked for confirmation).
    #[arg(short, long, value_name = "FILE")]
    pub output: Option<PathBuf>,
    #[command(flatten)]
    pub unused: NoOptions,
}

// `--why` where it does nothing: taken (and hidden) only so that the error can
// say it does not apply, rather than clap's "unexpected argument".
#[derive(Debug, clap::Args)]
pub struct WhyUnused {
    #[arg(long, hide = true)]
    pub(crate) why: bool,
}

// The options `init` and `schema` do nothing with: taken (and hidden) only so that
// the error can say they do not apply.
#[derive(Debug, clap::Args)]
pub struct InitUnused {
    #[arg(long, hide = true)]
    pub(crate) why: bool,
    #[arg(long, hide = true, value_name = "FILE")]
    pub(crate) rules: Option<OsString>,
}

// The options a command that takes none but `--lang` and `--color` does nothing
// with (`schema`, `interview`, `exercise`, `grade`'s own): taken (and hidden) only so that the
// error can say they do not apply.
#[derive(Debug, clap::Args)]
pub struct NoOptions {
    #[arg(long, hide = true)]
    pub(crate) why: bool,
    #[arg(long, hide = true, value_name = "FILE")]
    pub(crate) rules: Option<OsString>,
    #[arg(short, long, hide = true, value_name = "FORMAT")]
    pub(crate) format: Option<OsString>,
}
