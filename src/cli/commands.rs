//! The subcommands. Each is listed with its name and summary at start, and its
//! arguments are added only when it is the one run (or help, completions and the
//! man page need them all): [`Deferred`], through clap's `Command::defer`. Building
//! every subcommand's arguments, and copying `--lang` and `--color` into each, was
//! most of the start-up work of advising one profile (docs/performance.md).

use super::*;

use clap::{ArgMatches, Args};

/// The subcommands, in the order `--help` lists them; each summary is its doc comment.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Print the rules in force: commented TOML to edit and pass to --rules, JSON, or the
    /// form rules as a decision table (GoRules JDM, DMN 1.3)
    Rules(Deferred<RulesArgs>),
    /// Print the chapter's decision rules as tables, for teaching
    Explain(Deferred<ExplainArgs>),
    /// Print an annotated profile to start from: `kam-advise init > client.toml`
    /// (`--format csv`: the empty portfolio sheet)
    Init(Deferred<InitArgs>),
    /// One row per enterprise: scale, key accounts, conditions met, form, staffing
    Compare(Deferred<CompareArgs>),
    /// Write a class set: cases told as stories, the answer key, a blank answer sheet and
    /// a Moodle quiz (GIFT)
    Exercise(Deferred<teach::ExerciseArgs>),
    /// Mark answer sheets against a set's key, with feedback that cites the chapter
    Grade(Deferred<teach::GradeArgs>),
    /// Print a JSON Schema (draft-07): of the profile, for editors, or of a JSON line, for
    /// scripts
    Schema(Deferred<schema::SchemaArgs>),
    /// A guided interview in the terminal that ends in the advice and, with --output, a
    /// saved profile
    Interview(Deferred<InterviewArgs>),
}

/// The subcommands' names, in the order `--help` lists them (read before clap parses:
/// `help WORD`, a mistyped subcommand).
pub(crate) const NAMES: [&str; 8] = [
    "rules",
    "explain",
    "init",
    "compare",
    "exercise",
    "grade",
    "schema",
    "interview",
];

impl Command {
    /// The subcommand's name, and the main job's options given after it that it
    /// does not take.
    pub(crate) fn head(&self) -> (&'static str, Misplaced) {
        match self {
            Command::Rules(c) => ("rules", c.misplaced),
            Command::Explain(c) => ("explain", c.misplaced),
            Command::Init(c) => ("init", c.misplaced),
            Command::Compare(c) => ("compare", c.misplaced),
            Command::Exercise(c) => ("exercise", c.misplaced),
            Command::Grade(c) => ("grade", c.misplaced),
            Command::Schema(c) => ("schema", c.misplaced),
            Command::Interview(c) => ("interview", c.misplaced),
        }
    }

    /// The job the subcommand asks for, with the options given before it.
    pub(crate) fn job(self, before: &Before) -> Result<Job, Misuse> {
        match self {
            Command::Rules(c) => c.args.job(before),
            Command::Explain(c) => c.args.job(before),
            Command::Init(c) => c.args.job(before),
            Command::Compare(c) => c.args.job(before),
            Command::Exercise(c) => c.args.job(before),
            Command::Grade(c) => c.args.job(before),
            Command::Schema(c) => c.args.job(before),
            Command::Interview(c) => c.args.job(before),
        }
    }
}

/// A subcommand's own arguments `A`, added only when clap builds the subcommand; with
/// them, hidden, the main job's options it does not take (`--why`, and `--rules` and
/// `-f`/`--format` where it has none of its own), taken only so that the error can say
/// they do not apply rather than clap's "unexpected argument".
#[derive(Debug)]
pub struct Deferred<A> {
    pub args: A,
    pub misplaced: Misplaced,
}

/// The main job's options given after a subcommand that does not take them.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Misplaced {
    pub why: bool,
    pub rules: bool,
    pub format: bool,
}

/// The hidden options of [`Deferred`]: id, long, short, placeholder, and whether
/// it takes a value.
const MISPLACED: [(&str, &str, Option<char>, &str, bool); 3] = [
    ("misplaced_why", "why", None, "WHY", false),
    ("misplaced_rules", "rules", None, "FILE", true),
    ("misplaced_format", "format", Some('f'), "FORMAT", true),
];

/// `A`'s arguments, then the hidden options it has none of its own for.
fn with_misplaced<A: Args>(command: clap::Command) -> clap::Command {
    let command = A::augment_args(command);
    MISPLACED.iter().fold(
        command,
        |command, &(id, long, short, value_name, takes_value)| {
            if command.get_arguments().any(|a| a.get_long() == Some(long)) {
                return command;
            }
            let arg = clap::Arg::new(id)
                .long(long)
                .short(short)
                .value_name(value_name)
                .hide(true);
            command.arg(if takes_value {
                arg.value_parser(clap::value_parser!(OsString))
                    .action(ArgAction::Set)
            } else {
                arg.value_parser(clap::value_parser!(bool))
                    .action(ArgAction::SetTrue)
            })
        },
    )
}

impl<A: Args> Args for Deferred<A> {
    fn augment_args(command: clap::Command) -> clap::Command {
        command.defer(with_misplaced::<A>)
    }

    fn augment_args_for_update(command: clap::Command) -> clap::Command {
        command.defer(with_misplaced::<A>)
    }
}

impl<A: FromArgMatches> FromArgMatches for Deferred<A> {
    fn from_arg_matches(matches: &ArgMatches) -> Result<Self, clap::Error> {
        Self::from_arg_matches_mut(&mut matches.clone())
    }

    fn from_arg_matches_mut(matches: &mut ArgMatches) -> Result<Self, clap::Error> {
        // A hidden option is there only where the subcommand has no option of its own
        // by that name; asked for one that is not there, clap says false (or, in a
        // debug build, that the id is unknown).
        let given = |id| matches.try_contains_id(id).unwrap_or(false);
        let misplaced = Misplaced {
            why: matches
                .try_get_one::<bool>(MISPLACED[0].0)
                .ok()
                .flatten()
                .is_some_and(|why| *why),
            rules: given(MISPLACED[1].0),
            format: given(MISPLACED[2].0),
        };
        Ok(Deferred {
            args: A::from_arg_matches_mut(matches)?,
            misplaced,
        })
    }

    fn update_from_arg_matches(&mut self, matches: &ArgMatches) -> Result<(), clap::Error> {
        *self = Self::from_arg_matches(matches)?;
        Ok(())
    }
}

// Each subcommand's arguments carry no doc comment: clap's derive would make it the
// summary, replacing the variant's when the deferred arguments are added.

// `kam-advise rules`.
#[derive(Debug, Args)]
pub struct RulesArgs {
    /// Print the thresholds of this file (the chapter's figure for any key it leaves out).
    #[arg(long, value_name = "FILE")]
    pub rules: Option<PathBuf>,
    /// Output format [default: toml].
    #[arg(short, long, value_parser = slugs::<RulesFormat>(), value_name = "FORMAT")]
    pub format: Option<RulesFormat>,
}

impl RulesArgs {
    fn job(self, before: &Before) -> Result<Job, Misuse> {
        Ok(Job::Rules {
            rules: before.rules(self.rules)?,
            format: before.format(self.format)?.unwrap_or(RulesFormat::Toml),
        })
    }
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
}

impl ExplainArgs {
    fn job(self, before: &Before) -> Result<Job, Misuse> {
        Ok(Job::Explain {
            topic: self.topic,
            rules: before.rules(self.rules)?,
            format: before.format(self.format)?.unwrap_or(ExplainFormat::Table),
        })
    }
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
}

impl InitArgs {
    fn job(self, before: &Before) -> Result<Job, Misuse> {
        before.no_rules()?;
        if let Some(path) = self
            .schema
            .as_deref()
            .filter(|p| p.chars().any(char::is_control))
        {
            let path = path.to_string();
            return Err(Misuse::of(
                before.name,
                Usage::SchemaPathNotOneLine { path },
            ));
        }
        Ok(Job::Init {
            kind: self.kind,
            scale: self.scale,
            schema: self.schema,
            format: before.format(self.format)?.unwrap_or(InitFormat::Toml),
        })
    }
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
    /// Output format [default: by --output's extension (.xlsx .csv .json .html .md), else table].
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
}

impl CompareArgs {
    fn job(self, before: &Before) -> Result<Job, Misuse> {
        let document = DocumentArgs {
            prepared_by: match (&before.document.prepared_by, self.prepared_by) {
                (Some(_), Some(_)) => return Err(before.given_twice("--prepared-by")),
                (before, after) => after.or_else(|| before.clone()),
            },
            logo: match (&before.document.logo, self.logo) {
                (Some(_), Some(_)) => return Err(before.given_twice("--logo")),
                (before, after) => after.or_else(|| before.clone()),
            },
            confidential: before.document.confidential || self.confidential,
        };
        let format = before
            .format(self.format)?
            .or_else(|| self.output.as_deref().and_then(CompareFormat::of_file_name))
            .unwrap_or(CompareFormat::Table);
        if self.bom && format != CompareFormat::Csv {
            return Err(before.not_applicable("--bom"));
        }
        if let Some(option) = document.first_given()
            && format != CompareFormat::Html
        {
            return Err(Misuse::of(
                before.name,
                Usage::CompareDocumentOnly {
                    option,
                    format: format.slug(),
                },
            ));
        }
        let sheet = match (&before.sheet, self.sheet) {
            (Some(_), Some(_)) => return Err(before.given_twice("--sheet")),
            (before, after) => after.or_else(|| before.clone()),
        };
        Ok(Job::Compare {
            profiles: self.profiles,
            rules: before.rules(self.rules)?,
            format,
            sheet,
            bom: self.bom,
            output: self.output,
            force: self.force,
            document,
        })
    }
}

// `kam-advise interview`.
#[derive(Debug, Args)]
pub struct InterviewArgs {
    /// Write the answers as an annotated profile to FILE (asked for confirmation).
    #[arg(short, long, value_name = "FILE")]
    pub output: Option<PathBuf>,
}

impl InterviewArgs {
    fn job(self, before: &Before) -> Result<Job, Misuse> {
        before.no_rules()?;
        before.no_format()?;
        Ok(Job::Interview {
            output: self.output,
        })
    }
}
