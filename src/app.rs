//! The command's job: resolve options, read each profile, advise, render, write.
//! Output streams through one buffered writer; a failed profile is reported on
//! stderr and the batch goes on.

use std::ffi::OsStr;
use std::io::{self, IsTerminal, Read, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use anyhow::Result;
use clap::CommandFactory;

use crate::advice::advise;
use crate::cli::{Cli, ColorWhen, Command, Format, Generate, LangArg, OutputArgs};
use crate::problem::{IoFailure, Issue, Unreadable};
use crate::profile::{MAX_PROFILE_BYTES, ProfileError, parse_profile};
use crate::render::{self, RenderOptions, Report};
use crate::rules::Rules;
use crate::text::{Catalog, Lang, catalog};

/// Output buffer: large enough that a batch writes in few system calls.
const OUTPUT_BUFFER: usize = 64 * 1024;

/// Width used when the output is not a terminal and `COLUMNS` is not set.
const DEFAULT_WIDTH: u16 = 100;

/// How a run ended, for the exit code.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Outcome {
    /// Every profile was advised (exit 0).
    Advised,
    /// At least one profile or file failed (exit 1).
    Failed,
}

impl Outcome {
    pub fn exit_code(self) -> ExitCode {
        match self {
            Outcome::Advised => ExitCode::SUCCESS,
            Outcome::Failed => ExitCode::from(1),
        }
    }
}

/// Everything a run needs, resolved from the command line and the environment.
#[derive(Debug, Clone)]
pub struct Options {
    pub format: Format,
    pub render: RenderOptions,
    pub rules: Rules,
}

/// Reads an environment variable, treating an empty value as unset.
fn env_var(name: &str) -> Option<String> {
    std::env::var(name).ok().filter(|v| !v.is_empty())
}

/// The language: the flag, else the first of LC_ALL, LC_MESSAGES, LANG that is set.
pub fn resolve_lang(flag: Option<LangArg>) -> Lang {
    match flag {
        Some(LangArg::En) => Lang::En,
        Some(LangArg::Zh) => Lang::Zh,
        None => ["LC_ALL", "LC_MESSAGES", "LANG"]
            .iter()
            .find_map(|v| env_var(v))
            .map_or(Lang::En, |locale| Lang::from_locale(&locale)),
    }
}

/// Colour only on a terminal (or when asked), and never with NO_COLOR set.
pub fn resolve_color(when: ColorWhen, is_terminal: bool) -> bool {
    if env_var("NO_COLOR").is_some() {
        return false;
    }
    match when {
        ColorWhen::Always => true,
        ColorWhen::Never => false,
        ColorWhen::Auto => is_terminal,
    }
}

/// The width to fit: the terminal's, else `COLUMNS`, else [`DEFAULT_WIDTH`].
fn resolve_width(is_terminal: bool) -> u16 {
    let terminal = if is_terminal {
        // comfy-table asks the terminal when stdout is one.
        comfy_table::Table::new().width()
    } else {
        None
    };
    terminal
        .or_else(|| env_var("COLUMNS").and_then(|c| c.parse().ok()))
        .unwrap_or(DEFAULT_WIDTH)
        .clamp(40, 400)
}

fn resolve_options(args: &OutputArgs) -> Result<Options, ProfileError> {
    let is_terminal = io::stdout().is_terminal();
    let rules = match &args.rules {
        Some(path) => load_rules(path)?,
        None => Rules::default(),
    };
    Ok(Options {
        format: args.format,
        render: RenderOptions {
            lang: resolve_lang(args.lang),
            color: resolve_color(args.color, is_terminal),
            width: resolve_width(is_terminal),
            why: args.why,
        },
        rules,
    })
}

/// Reads and checks a `--rules` file.
pub fn load_rules(path: &Path) -> Result<Rules, ProfileError> {
    let source = path.display().to_string();
    let bytes = read_limited(path).map_err(|e| unreadable(&source, Unreadable::Rules, &e))?;
    Rules::parse(&source, &bytes)
}

fn unreadable(source: &str, what: Unreadable, error: &io::Error) -> ProfileError {
    ProfileError::whole_file(
        source,
        Issue::Unreadable {
            what,
            error: IoFailure::of(error),
        },
    )
}

/// Runs the command.
pub fn run(cli: Cli) -> Result<Outcome> {
    if let Some(what) = cli.generate {
        let mut out = io::stdout().lock();
        generate(what, &mut out)?;
        out.flush()?;
        return Ok(Outcome::Advised);
    }
    let options = match resolve_options(&cli.output) {
        Ok(options) => options,
        Err(e) => {
            report_problems(&e, catalog(resolve_lang(cli.output.lang)));
            return Ok(Outcome::Failed);
        }
    };
    match cli.command {
        Some(Command::Rules) => write_all(options.rules.to_commented_toml(options.render.lang)),
        Some(Command::Explain { topic }) => explain(topic, &options),
        Some(Command::Init { kind, scale }) => write_all(render::init::profile_template(
            kind,
            scale,
            options.render.catalog(),
        )),
        Some(Command::Compare { profiles }) => compare(&profiles, &options),
        None if cli.profiles.is_empty() => Cli::command()
            .error(
                clap::error::ErrorKind::MissingRequiredArgument,
                "no PROFILE given: name a profile file, a directory of profiles, or - for standard input \
                 (`kam-advise init > client.toml` writes one to start from)",
            )
            .exit(),
        None => advise_all(&cli.profiles, &options),
    }
}

/// Writes a finished text to stdout.
fn write_all(text: String) -> Result<Outcome> {
    let mut out = io::stdout().lock();
    out.write_all(text.as_bytes())?;
    out.flush()?;
    Ok(Outcome::Advised)
}

/// `kam-advise explain [TOPIC]`: the chapter's rules as tables or Markdown.
fn explain(topic: Option<crate::cli::Topic>, options: &Options) -> Result<Outcome> {
    let topics = topic.map_or(crate::cli::Topic::ALL.to_vec(), |t| vec![t]);
    let text = options.render.catalog();
    let sections = render::explain::sections(&topics, &options.rules, text, options.render.lang);
    match options.format {
        Format::Table => write_all(render::sections_as_table(&sections, &options.render)),
        Format::Markdown => write_all(render::sections_as_markdown(&sections)),
        Format::Json | Format::Dot => Cli::command()
            .error(
                clap::error::ErrorKind::InvalidValue,
                "`explain` prints tables: use --format table (default) or --format markdown",
            )
            .exit(),
    }
}

/// `kam-advise compare PROFILE...`: one row per enterprise.
fn compare(args: &[PathBuf], options: &Options) -> Result<Outcome> {
    if options.format == Format::Dot {
        Cli::command()
            .error(
                clap::error::ErrorKind::InvalidValue,
                "`compare` prints one table: use --format table, markdown or json",
            )
            .exit();
    }
    let mut out = io::BufWriter::with_capacity(OUTPUT_BUFFER, io::stdout().lock());
    let mut rows = Vec::new();
    let outcome = for_each_profile(args, options, &mut out, |report, out| {
        let row = render::compare::Row::of(report);
        if options.format == Format::Json {
            // JSON Lines stream as they come, like the main job.
            let line = serde_json::to_string(&row).map_err(io::Error::other)?;
            writeln!(out, "{line}")?;
        } else {
            rows.push(row);
        }
        Ok(())
    })?;
    if !rows.is_empty() {
        let section = render::compare::section(&rows, &options.render);
        let text = match options.format {
            Format::Markdown => render::sections_as_markdown(&[section]),
            _ => render::sections_as_table(&[section], &options.render),
        };
        out.write_all(text.as_bytes())?;
    }
    out.flush()?;
    Ok(outcome)
}

/// Writes completions for a shell, or the man page.
fn generate(what: Generate, out: &mut dyn Write) -> Result<()> {
    let mut command = Cli::command();
    let shell = match what {
        Generate::Man => return write_man_page(command, out),
        Generate::Bash => clap_complete::Shell::Bash,
        Generate::Zsh => clap_complete::Shell::Zsh,
        Generate::Fish => clap_complete::Shell::Fish,
        Generate::Powershell => clap_complete::Shell::PowerShell,
        Generate::Elvish => clap_complete::Shell::Elvish,
    };
    clap_complete::generate(shell, &mut command, "kam-advise", out);
    Ok(())
}

/// The man page: clap_mangen's sections, with the examples kept as laid out in
/// `--help` (roff would otherwise refill them into one paragraph).
fn write_man_page(command: clap::Command, out: &mut dyn Write) -> Result<()> {
    let man = clap_mangen::Man::new(command);
    man.render_title(out)?;
    man.render_name_section(out)?;
    man.render_synopsis_section(out)?;
    man.render_description_section(out)?;
    man.render_options_section(out)?;
    man.render_subcommands_section(out)?;
    writeln!(out, ".SH EXAMPLES")?;
    writeln!(out, ".nf")?;
    for line in crate::cli::EXAMPLES.lines().filter(|l| *l != "Examples:") {
        // Escape roff's backslash and protect lines that start with a control character.
        let line = line.replace('\\', "\\e");
        if line.starts_with(['.', '\'']) {
            writeln!(out, "\\&{line}")?;
        } else {
            writeln!(out, "{line}")?;
        }
    }
    writeln!(out, ".fi")?;
    man.render_version_section(out)?;
    Ok(())
}

/// A profile to read: a file or standard input.
enum Input {
    Stdin,
    File(PathBuf),
}

/// Advises every profile named on the command line, in order, writing each as
/// soon as it is advised.
fn advise_all(args: &[PathBuf], options: &Options) -> Result<Outcome> {
    let mut out = io::BufWriter::with_capacity(OUTPUT_BUFFER, io::stdout().lock());
    let mut advised = 0usize;
    let outcome = for_each_profile(args, options, &mut out, |report, out| {
        if advised > 0 {
            out.write_all(separator(options).as_bytes())?;
        }
        out.write_all(
            render_report(report, options)
                .map_err(io::Error::other)?
                .as_bytes(),
        )?;
        advised += 1;
        Ok(())
    })?;
    out.flush()?;
    Ok(outcome)
}

/// What stands between two profiles' output in a batch.
fn separator(options: &Options) -> String {
    match options.format {
        Format::Table => format!(
            "\n{}\n\n",
            "━".repeat(usize::from(options.render.width.min(80)))
        ),
        Format::Markdown => "\n---\n\n".to_string(),
        Format::Json | Format::Dot => String::new(),
    }
}

/// Reads, checks and advises every profile the arguments stand for, in order, and
/// hands each to `sink`. A failed profile is reported on stderr and the batch goes
/// on; a batch with failures ends with a summary line.
fn for_each_profile(
    args: &[PathBuf],
    options: &Options,
    out: &mut dyn Write,
    mut sink: impl FnMut(&Report<'_>, &mut dyn Write) -> io::Result<()>,
) -> Result<Outcome> {
    let mut advised = 0usize;
    let mut failed = 0usize;
    let mut stdin_used = false;
    let text = options.render.catalog();
    for arg in args {
        for input in expand(arg) {
            let checked = input.and_then(|input| {
                if matches!(input, Input::Stdin) {
                    if stdin_used {
                        return Err(ProfileError::whole_file("-", Issue::StdinTwice));
                    }
                    stdin_used = true;
                }
                let (source, bytes) = read_input(&input)?;
                let profile = parse_profile(&source, &bytes)?;
                Ok((source, profile))
            });
            match checked {
                Ok((source, profile)) => {
                    let advice = advise(&profile, &options.rules);
                    let report = Report {
                        source: &source,
                        profile: &profile,
                        advice: &advice,
                    };
                    sink(&report, out)?;
                    advised += 1;
                }
                Err(problems) => {
                    // Keep what came before in order with the error on a terminal.
                    out.flush()?;
                    report_problems(&problems, text);
                    failed += 1;
                }
            }
        }
    }
    if failed == 0 {
        return Ok(Outcome::Advised);
    }
    let total = advised + failed;
    if total > 1 {
        report_error(&text.batch_failed(failed, total));
    }
    Ok(Outcome::Failed)
}

/// The inputs an argument stands for: `-`, a file, or the `*.toml` files of a directory.
fn expand(arg: &Path) -> Vec<Result<Input, ProfileError>> {
    if arg.as_os_str() == "-" {
        return vec![Ok(Input::Stdin)];
    }
    if !arg.is_dir() {
        return vec![Ok(Input::File(arg.to_path_buf()))];
    }
    let source = arg.display().to_string();
    let entries = match std::fs::read_dir(arg) {
        Ok(entries) => entries,
        Err(e) => return vec![Err(unreadable(&source, Unreadable::Directory, &e))],
    };
    // The listing knows each entry's type: no extra system call per file.
    let mut files: Vec<PathBuf> = entries
        .filter_map(Result::ok)
        .filter(|entry| !entry.file_type().is_ok_and(|t| t.is_dir()))
        .map(|entry| entry.path())
        .filter(|path| path.extension() == Some(OsStr::new("toml")))
        .collect();
    files.sort();
    if files.is_empty() {
        return vec![Err(ProfileError::whole_file(
            &source,
            Issue::EmptyDirectory,
        ))];
    }
    files.into_iter().map(|f| Ok(Input::File(f))).collect()
}

/// Reads at most one byte more than a profile may have, so a huge file or an
/// endless device cannot exhaust memory.
fn read_limited(path: &Path) -> io::Result<Vec<u8>> {
    let file = std::fs::File::open(path)?;
    // Opening a directory succeeds on some systems; reading it is never a profile.
    if file.metadata().is_ok_and(|m| m.is_dir()) {
        return Err(io::ErrorKind::IsADirectory.into());
    }
    // The size as a hint, so a profile is read in one call rather than grown into.
    let limit = MAX_PROFILE_BYTES as u64 + 1;
    let hint = file.metadata().map_or(0, |m| m.len()).min(limit);
    let mut bytes = Vec::with_capacity(usize::try_from(hint).unwrap_or(0) + 1);
    file.take(limit).read_to_end(&mut bytes)?;
    Ok(bytes)
}

/// Reads one input: its name for messages, and its bytes.
fn read_input(input: &Input) -> Result<(String, Vec<u8>), ProfileError> {
    match input {
        Input::Stdin => {
            let mut bytes = Vec::new();
            io::stdin()
                .lock()
                .take(MAX_PROFILE_BYTES as u64 + 1)
                .read_to_end(&mut bytes)
                .map_err(|e| unreadable("-", Unreadable::Stdin, &e))?;
            Ok(("-".to_string(), bytes))
        }
        Input::File(path) => {
            let source = path.display().to_string();
            let bytes =
                read_limited(path).map_err(|e| unreadable(&source, Unreadable::Profile, &e))?;
            Ok((source, bytes))
        }
    }
}

/// Renders one advised profile in the chosen format.
pub fn render_report(report: &Report<'_>, options: &Options) -> serde_json::Result<String> {
    Ok(match options.format {
        Format::Table => render::table::render(report, &options.render),
        Format::Markdown => render::markdown::render(report, &options.render),
        Format::Dot => render::dot::render(report, &options.render),
        Format::Json => render::json::render(report, &options.render)? + "\n",
    })
}

/// The whole path for one profile, from bytes to text: parse, check, advise, render.
/// An invalid profile is a [`ProfileError`] (its `Display` names file, line and key).
pub fn render_profile(source: &str, bytes: &[u8], options: &Options) -> Result<String> {
    let profile = parse_profile(source, bytes)?;
    let advice = advise(&profile, &options.rules);
    let report = Report {
        source,
        profile: &profile,
        advice: &advice,
    };
    Ok(render_report(&report, options)?)
}

/// Writes the problems of one input to stderr, in the output language.
fn report_problems(problems: &ProfileError, text: &dyn Catalog) {
    report_error(&problems.render(text));
}

/// Writes an error to stderr, one `error:` line per line of the message.
pub fn report_error(message: &str) {
    let mut err = io::stderr().lock();
    for line in message.lines() {
        let _ = writeln!(err, "error: {line}");
    }
}

/// Whether an error is a closed stdout, which ends the run quietly.
pub fn is_broken_pipe(err: &anyhow::Error) -> bool {
    err.chain().any(|cause| {
        cause
            .downcast_ref::<io::Error>()
            .is_some_and(|e| e.kind() == io::ErrorKind::BrokenPipe)
    })
}
