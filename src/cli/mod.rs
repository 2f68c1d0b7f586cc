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
use clap::{ArgAction, CommandFactory, FromArgMatches, Parser, Subcommand, ValueEnum};

use kam_advise::app::resolve_lang;
use kam_advise::options::{
    ColorWhen, CompareFormat, DocumentArgs, ExplainFormat, Format, InitFormat, Job, Output,
    Request, RulesFormat, Topic,
};
use kam_advise::problem::Usage;
use kam_advise::profile::{Kind, Level, Setup};
use kam_advise::scale::{INDUSTRIES, Scale};
use kam_advise::text::{Lang, catalog};

mod before;
mod commands;
mod early;
mod generate;
mod schema;
mod teach;
mod values;
pub mod zh;

use before::Before;
pub use before::usage_error;
pub use commands::*;
pub use generate::generate;
pub use values::*;

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
  kam-advise client.toml --format docx > report.docx
      The same report as a Word document to edit, the org chart as shapes.
  kam-advise client.toml --format markdown --why > report.md
      A report to paste, with the reasoning.
  kam-advise client.toml --format dot | dot -Tpng -o chart.png
      The org chart as a picture (Graphviz).
  kam-advise clients/ --format json | jq -r '.name + \": \" + .form'
      Advise every *.toml in a folder; one JSON object per line.
  kam-advise rules > mine.toml && kam-advise --rules mine.toml client.toml
      Dump the chapter's thresholds, edit them, advise with your own figures.
  kam-advise --lang zh explain forms --format markdown > handout.md
      The chapter's rules for a class, in Chinese; options go before or after
      the subcommand.

Exit codes: 0 every profile advised; 1 a profile or file failed (the others are
still advised); 2 usage error; 130 the interview was interrupted (Ctrl-C).";

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
        value_parser = slugs::<AnyFormat>(),
        value_name = "FORMAT",
        help_heading = "Output"
    )]
    pub format: Option<AnyFormat>,

    /// Show the reasoning: each rule that fired and the figures it compared.
    #[arg(long, help_heading = "Output")]
    pub why: bool,

    /// Write one file per profile into DIR, named after it (client.toml ->
    /// DIR/client.html; standard input -> DIR/stdin.EXT), and print the paths
    /// written. Needed for several profiles in html, docx, markdown or dot.
    #[arg(long, value_name = "DIR", help_heading = "Output")]
    pub output_dir: Option<PathBuf>,

    /// With --output-dir: replace files that exist (otherwise nothing is written).
    #[arg(long, requires = "output_dir", help_heading = "Output")]
    pub force: bool,

    /// Who prepared the report, printed under its title (html, docx, markdown).
    #[arg(long, value_name = "TEXT", help_heading = "Document")]
    pub prepared_by: Option<String>,

    /// The consultancy's logo on the report: a PNG, JPEG or SVG file of at most 1 MiB,
    /// embedded in the page (html; docx takes PNG or JPEG; markdown leaves it out).
    #[arg(long, value_name = "FILE", help_heading = "Document")]
    pub logo: Option<PathBuf>,

    /// Mark the report confidential, on every printed page (html, docx, markdown).
    #[arg(long, help_heading = "Document")]
    pub confidential: bool,

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
        conflicts_with_all = ["profiles", "format", "why", "rules", "output_dir", "force", "prepared_by", "logo", "confidential"]
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
    #[arg(short, long, value_parser = slugs::<Lang>(), global = true, help_heading = "Output")]
    pub lang: Option<Lang>,

    /// When to colour the output; never when NO_COLOR is set.
    #[arg(long, value_parser = slugs::<ColorWhen>(), value_name = "WHEN", default_value_t = ColorWhen::Auto, global = true, help_heading = "Output")]
    pub color: ColorWhen,
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
/// version with 0), said in the output language: in Chinese, clap's help, usage
/// lines and errors too (built only then: advising never builds the Chinese help).
pub fn parse() -> Action {
    let args = early::help_as_flag(std::env::args_os().collect());
    let lang = early::lang(&args);
    if let Some(word) = early::unknown_help_topic(&args) {
        let misuse = Misuse {
            usage: Usage::NoSuchCommand {
                near: kam_advise::check::closest(&word, &NAMES),
                word,
            },
            command: None,
        };
        usage_exit(&misuse, Some(lang), early::color(&args))
    }
    let parsed = Cli::command()
        .try_get_matches_from(&args)
        .and_then(|mut matches| Cli::from_arg_matches_mut(&mut matches));
    let cli = match parsed {
        Ok(cli) => cli,
        Err(_) if lang == Lang::Zh => chinese_clap_error(&args, early::color(&args)),
        Err(error) if !error.use_stderr() => printed_exit(error.print(), error.exit_code(), lang),
        Err(error) => error.exit(),
    };
    let flag = cli.shared.lang;
    let color = cli.shared.color;
    cli.into_action()
        .unwrap_or_else(|misuse| usage_exit(&misuse, flag, color))
}

/// The command line parsed again with the Chinese help: help and version are
/// printed by clap (exit 0), an error in Chinese (exit 2).
fn chinese_clap_error(args: &[OsString], color: ColorWhen) -> ! {
    let mut command = zh::localise(Cli::command()).color(clap_color(color));
    let error = match command.try_get_matches_from_mut(args) {
        Err(error) => error,
        // The English command refused what the Chinese one takes: cannot be, as
        // both have the same arguments; say so rather than run half-parsed.
        Ok(_) => command.error(ErrorKind::Format, "命令行有误"),
    };
    match error.kind() {
        ErrorKind::DisplayVersion => printed_exit(error.print(), error.exit_code(), Lang::Zh),
        ErrorKind::DisplayHelp | ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand => {
            chinese_help_exit(&error, color)
        }
        _ => {}
    }
    let usage = match error.get(clap::error::ContextKind::Usage) {
        Some(clap::error::ContextValue::StyledStr(usage)) => Some(usage.to_string()),
        _ => None,
    };
    let usage = usage.map(|u| u.strip_prefix("Usage: ").unwrap_or(&u).to_string());
    let subcommand = early::subcommand(args);
    chinese_usage_exit(
        &zh::error_message(&error),
        usage.as_deref(),
        subcommand,
        color,
    )
}

/// clap's colour choice for `--color` (never with NO_COLOR set).
fn clap_color(color: ColorWhen) -> clap::ColorChoice {
    let no_color = std::env::var_os("NO_COLOR").is_some_and(|v| !v.is_empty());
    match color {
        _ if no_color => clap::ColorChoice::Never,
        ColorWhen::Auto => clap::ColorChoice::Auto,
        ColorWhen::Always => clap::ColorChoice::Always,
        ColorWhen::Never => clap::ColorChoice::Never,
    }
}

/// Prints the Chinese help clap rendered, its headings ended by a full-width colon
/// (clap writes an ASCII one), and exits as clap would: 0 for help asked for, 2 for
/// help shown because a subcommand or argument is missing.
fn chinese_help_exit(error: &clap::Error, color: ColorWhen) -> ! {
    use std::io::Write as _;
    let help = zh::full_width_headings(&error.render().ansi().to_string());
    let choice = stream_choice(color);
    let printed = if error.use_stderr() {
        let mut stream = anstream::AutoStream::new(std::io::stderr(), choice);
        stream
            .write_all(help.as_bytes())
            .and_then(|()| stream.flush())
    } else {
        let mut stream = anstream::AutoStream::new(std::io::stdout(), choice);
        stream
            .write_all(help.as_bytes())
            .and_then(|()| stream.flush())
    };
    printed_exit(printed, error.exit_code(), Lang::Zh)
}

/// Exits with `code` once help or the version is printed, or with 1 and an error
/// naming standard output when it could not be (a full disk, `>/dev/full`): a
/// script must not take a lost version for a printed one. A closed pipe ends
/// quietly, as everywhere.
fn printed_exit(printed: std::io::Result<()>, code: i32, lang: Lang) -> ! {
    use kam_advise::problem::{IoFailure, OutputFailure};
    match printed {
        Err(error) if error.kind() != std::io::ErrorKind::BrokenPipe => {
            let failure = OutputFailure::Stdout(IoFailure::of(&error));
            kam_advise::console::set_lang(lang);
            kam_advise::console::report_error(&catalog(lang).output_failed(&failure));
            std::process::exit(1)
        }
        _ => std::process::exit(code),
    }
}

/// anstream's colour choice for `--color`, as clap would make it.
fn stream_choice(color: ColorWhen) -> anstream::ColorChoice {
    match clap_color(color) {
        clap::ColorChoice::Always => anstream::ColorChoice::Always,
        clap::ColorChoice::Never => anstream::ColorChoice::Never,
        clap::ColorChoice::Auto => anstream::ColorChoice::Auto,
    }
}

/// A usage error in Chinese, laid out as clap lays out its own: the message, the
/// usage line, where to read more; exit 2.
fn chinese_usage_exit(
    message: &str,
    usage: Option<&str>,
    command: Option<&str>,
    color: ColorWhen,
) -> ! {
    use std::io::Write as _;
    let choice = stream_choice(color);
    let error = anstyle::Style::new()
        .bold()
        .fg_color(Some(anstyle::AnsiColor::Red.into()));
    let heading = anstyle::Style::new().bold().underline();
    let mut text = format!("{error}错误：{error:#}{message}\n");
    if let Some(usage) = usage {
        text.push_str(&format!("\n{heading}用法：{heading:#}{usage}\n"));
    }
    text.push_str(&format!("\n{}\n", zh::more_help(command)));
    let mut stream = anstream::AutoStream::new(std::io::stderr(), choice);
    let _ = stream.write_all(text.as_bytes());
    let _ = stream.flush();
    std::process::exit(2)
}

/// Ends the run with a usage error found after clap (exit 2), in the output language.
fn usage_exit(misuse: &Misuse, lang: Option<Lang>, color: ColorWhen) -> ! {
    if resolve_lang(lang) != Lang::Zh {
        usage_error(misuse, lang, color).exit()
    }
    let message = catalog(Lang::Zh).usage(&misuse.usage);
    let mut command = zh::localise(Cli::command());
    let usage = match misuse.command {
        Some(name) => command
            .find_subcommand_mut(name)
            .and_then(|sub| sub.get_overridden_usage().map(ToString::to_string)),
        None => command.get_overridden_usage().map(ToString::to_string),
    };
    chinese_usage_exit(&message, usage.as_deref(), misuse.command, color)
}

impl Cli {
    /// What clap parsed, as the library's request; options given where they do
    /// nothing are a [`Misuse`].
    pub fn into_action(self) -> Result<Action, Misuse> {
        let lang = self.shared.lang;
        let color = self.shared.color;
        if let Some(what) = self.generate {
            return match &self.command {
                Some(command) => {
                    let (name, _) = command.head();
                    Err(Misuse::of(name, Usage::GenerateAlone { command: name }))
                }
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
                Some(format) => format.of::<Format>().ok_or_else(|| Misuse {
                    usage: Usage::FormatNotApplicable {
                        format: format.slug(),
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
            if let Some(misuse) = mistyped_command(&self.profiles) {
                return Err(misuse);
            }
            let document = DocumentArgs {
                prepared_by: self.prepared_by,
                logo: self.logo,
                confidential: self.confidential,
            };
            if let Some(option) = document.first_given()
                && !format.is_dated()
            {
                return Err(Misuse {
                    usage: Usage::DocumentOnly {
                        option,
                        format: format.slug(),
                    },
                    command: None,
                });
            }
            let job = Job::Advise {
                profiles: self.profiles,
                format,
                why: self.why,
                rules: self.rules,
                output,
                sheet: self.sheet,
                document,
            };
            return Ok(Action::Run(Request { job, lang, color }));
        };
        // Clap takes no PROFILE once it has seen a subcommand, nor a subcommand
        // after a PROFILE; what stands before the subcommand is one of the options.
        let (name, after) = command.head();
        let before = Before {
            name,
            format: self.format,
            why: self.why,
            rules: self.rules,
            sheet: self.sheet,
            document: DocumentArgs {
                prepared_by: self.prepared_by,
                logo: self.logo,
                confidential: self.confidential,
            },
            after,
        };
        let compare = matches!(command, Command::Compare(_));
        if let Some(option) = before.document.first_given()
            && !compare
        {
            return Err(before.not_applicable(option));
        }
        if self.output_dir.is_some() {
            return Err(before.not_applicable("--output-dir"));
        }
        if before.sheet.is_some() && !compare {
            return Err(before.not_applicable("--sheet"));
        }
        before.no_why()?;
        let job = command.job(&before)?;
        Ok(Action::Run(Request { job, lang, color }))
    }
}

/// A PROFILE that names no file, has no directory or extension, and is close to a
/// subcommand's name ("explian"): a typo, said as one, rather than "file not found".
fn mistyped_command(profiles: &[PathBuf]) -> Option<Misuse> {
    let names: Vec<&'static str> = NAMES.into_iter().chain(["help"]).collect();
    profiles.iter().find_map(|path| {
        let word = path.to_str()?;
        let bare = !word.is_empty()
            && word != "-"
            && path.components().count() == 1
            && path.extension().is_none();
        if !bare || path.exists() {
            return None;
        }
        let near = kam_advise::check::closest(word, &names)?;
        Some(Misuse {
            usage: Usage::MistypedCommand {
                word: word.to_string(),
                near,
            },
            command: None,
        })
    })
}

#[cfg(test)]
mod tests;
