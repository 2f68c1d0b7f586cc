//! The teaching kit's subcommands on the command line: `exercise` and `grade`, each
//! with only its own options; the main job's options given to them are refused.

use std::path::PathBuf;

use super::{Before, Misuse, slugs};
use kam_advise::options::{ExerciseJob, GradeJob};
use kam_advise::options::{GradeFormat, Job};
use kam_advise::teach::Difficulty;

pub const EXERCISE_EXAMPLES: &str = "\
Examples:
  kam-advise exercise --count 20 --seed 7 --lang zh --output-dir class-3
      A class set of 20 cases in Chinese: profiles/, cases.md (hand it out),
      answer-sheet.toml (hand it out), answer-key.md and answer-key.json (keep
      them), quiz.gift (import it into Moodle: Question bank > Import > GIFT).
  kam-advise exercise --count 12 --seed 7 --level basic --output-dir warm-up
      Clear-cut cases, the scale stated in each story.
  kam-advise class-3/profiles
      The tool's advice on every case, with its reasons.

The same count, seed, level and language give the same files, byte for byte;
another seed gives another set. Existing files are never overwritten without
--force, and nothing is written unless everything can be.";

pub const GRADE_EXAMPLES: &str = "\
Examples:
  kam-advise grade zhang-wei.toml --key class-3
      One student's marks: a point per item, and for each wrong or missing item
      the right answer and why, with the chapter's clause.
  kam-advise grade returned/ --key class-3
      A class: a row per student (named by the sheet's file name) and the items
      most missed, to go over again.
  kam-advise grade returned/ --key class-3 --format json > marks.jsonl
      One JSON line per student with the feedback, then a summary line.

A sheet with errors is reported with its line and column (exit 1); the other
sheets are still marked.";

// `kam-advise exercise`.
#[derive(Debug, clap::Args)]
#[command(after_long_help = EXERCISE_EXAMPLES)]
pub struct ExerciseArgs {
    /// How many cases, 1 to 99. Ten or more cover every form and, at mixed and hard,
    /// every boundary (5000万 exactly, 6 key accounts, 27/28, a small firm with 5 and 6,
    /// a medium group, an international group with few key accounts, a public body, an
    /// inferred scale).
    #[arg(short = 'n', long, value_name = "N", value_parser = clap::value_parser!(u64).range(1..=99))]
    pub count: u64,
    /// Any whole number; the same seed gives the same set.
    #[arg(long, value_name = "S")]
    pub seed: u64,
    /// How hard the cases are.
    #[arg(long, value_parser = slugs::<Difficulty>(), value_name = "LEVEL", default_value_t = Difficulty::Mixed)]
    pub level: Difficulty,
    /// The directory to write the set into (created when missing).
    #[arg(short, long, value_name = "DIR")]
    pub output_dir: PathBuf,
    /// Replace the files of an earlier set in DIR.
    #[arg(long)]
    pub force: bool,
}

// `kam-advise grade`.
#[derive(Debug, clap::Args)]
#[command(after_long_help = GRADE_EXAMPLES)]
pub struct GradeArgs {
    /// Answer sheets (TOML): files, or directories of them for a class.
    #[arg(value_name = "SHEET", required = true)]
    pub sheets: Vec<PathBuf>,
    /// The directory the set was written to: its profiles/ are the key.
    #[arg(long, value_name = "DIR")]
    pub key: PathBuf,
    /// Output format [default: table].
    #[arg(short, long, value_parser = slugs::<GradeFormat>(), value_name = "FORMAT")]
    pub format: Option<GradeFormat>,
}

impl ExerciseArgs {
    pub(crate) fn job(self, before: &Before) -> Result<Job, Misuse> {
        before.no_rules()?;
        before.no_format()?;
        Ok(Job::Exercise(ExerciseJob {
            count: usize::try_from(self.count).unwrap_or(kam_advise::teach::MAX_CASES),
            seed: self.seed,
            level: self.level,
            output_dir: self.output_dir,
            force: self.force,
        }))
    }
}

impl GradeArgs {
    pub(crate) fn job(self, before: &Before) -> Result<Job, Misuse> {
        before.no_rules()?;
        Ok(Job::Grade(GradeJob {
            sheets: self.sheets,
            key: self.key,
            format: before.format(self.format)?.unwrap_or(GradeFormat::Table),
        }))
    }
}
