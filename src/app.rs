//! The command's job: resolve options, read each profile, advise, render, write.
//! Output streams through one buffered writer; a failed profile is reported on
//! stderr and the batch goes on.

use std::ffi::OsStr;
use std::io::{self, IsTerminal, Read, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use anyhow::{Context, Result};
use clap::CommandFactory;

use crate::advice::advise;
use crate::cli::{Cli, ColorWhen, Command, Format, Generate, LangArg, OutputArgs};
use crate::profile::{MAX_PROFILE_BYTES, ProfileError, parse_profile};
use crate::render::{self, RenderOptions, Report};
use crate::rules::Rules;
use crate::text::Lang;

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

fn resolve_options(args: &OutputArgs) -> Result<Options> {
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
        },
        rules,
    })
}

/// Reads and checks a `--rules` file.
pub fn load_rules(path: &Path) -> Result<Rules> {
    let bytes = read_limited(path)
        .with_context(|| format!("could not read rules file `{}`", path.display()))?;
    Ok(Rules::parse(&path.display().to_string(), &bytes)?)
}

/// Runs the command.
pub fn run(cli: Cli) -> Result<Outcome> {
    if let Some(what) = cli.generate {
        let mut out = io::stdout().lock();
        generate(what, &mut out)?;
        out.flush()?;
        return Ok(Outcome::Advised);
    }
    let options = resolve_options(&cli.output)?;
    if let Some(command) = cli.command {
        let mut out = io::BufWriter::new(io::stdout().lock());
        match command {
            Command::Rules => out.write_all(
                options
                    .rules
                    .to_commented_toml(options.render.lang)
                    .as_bytes(),
            )?,
        }
        out.flush()?;
        return Ok(Outcome::Advised);
    }
    if cli.profiles.is_empty() {
        Cli::command()
            .error(
                clap::error::ErrorKind::MissingRequiredArgument,
                "no PROFILE given: name a profile file, a directory of profiles, or - for standard input \
                 (try `kam-advise examples/medium-manufacturer.toml` in the source tree)",
            )
            .exit();
    }
    advise_all(&cli.profiles, &options)
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

/// Advises every profile named on the command line, in order.
fn advise_all(args: &[PathBuf], options: &Options) -> Result<Outcome> {
    let mut out = io::BufWriter::new(io::stdout().lock());
    let mut advised = 0usize;
    let mut failed = 0usize;
    let mut stdin_used = false;
    for arg in args {
        for input in expand(arg) {
            let result = input.and_then(|input| {
                if matches!(input, Input::Stdin) {
                    if stdin_used {
                        return Err("-: standard input can be read only once".to_string());
                    }
                    stdin_used = true;
                }
                read_and_render(&input, options, advised)
            });
            match result {
                Ok(rendered) => {
                    out.write_all(rendered.as_bytes())?;
                    advised += 1;
                }
                Err(message) => {
                    // Keep what came before in order with the error.
                    out.flush()?;
                    report_error(&message);
                    failed += 1;
                }
            }
        }
    }
    out.flush()?;
    if failed > 0 {
        let total = advised + failed;
        if total > 1 {
            report_error(&format!("{failed} of {total} profiles failed"));
        }
        Ok(Outcome::Failed)
    } else {
        Ok(Outcome::Advised)
    }
}

/// The inputs an argument stands for: `-`, a file, or the `*.toml` files of a directory.
fn expand(arg: &Path) -> Vec<Result<Input, String>> {
    if arg.as_os_str() == "-" {
        return vec![Ok(Input::Stdin)];
    }
    if !arg.is_dir() {
        return vec![Ok(Input::File(arg.to_path_buf()))];
    }
    let entries = match std::fs::read_dir(arg) {
        Ok(entries) => entries,
        Err(e) => {
            return vec![Err(format!(
                "{}: could not read directory: {e}",
                arg.display()
            ))];
        }
    };
    let mut files: Vec<PathBuf> = entries
        .filter_map(|entry| entry.ok().map(|e| e.path()))
        .filter(|path| path.extension() == Some(OsStr::new("toml")) && !path.is_dir())
        .collect();
    files.sort();
    if files.is_empty() {
        return vec![Err(format!(
            "{}: no *.toml profiles directly inside this directory",
            arg.display()
        ))];
    }
    files.into_iter().map(|f| Ok(Input::File(f))).collect()
}

/// Reads at most one byte more than a profile may have, so a huge file or an
/// endless device cannot exhaust memory.
fn read_limited(path: &Path) -> io::Result<Vec<u8>> {
    let file = std::fs::File::open(path)?;
    let mut bytes = Vec::new();
    file.take(MAX_PROFILE_BYTES as u64 + 1)
        .read_to_end(&mut bytes)?;
    Ok(bytes)
}

fn read_and_render(input: &Input, options: &Options, index: usize) -> Result<String, String> {
    let (source, bytes) = match input {
        Input::Stdin => {
            let mut bytes = Vec::new();
            io::stdin()
                .lock()
                .take(MAX_PROFILE_BYTES as u64 + 1)
                .read_to_end(&mut bytes)
                .map_err(|e| format!("-: could not read standard input: {e}"))?;
            ("-".to_string(), bytes)
        }
        Input::File(path) => {
            let source = path.display().to_string();
            let bytes =
                read_limited(path).map_err(|e| format!("{source}: could not read profile: {e}"))?;
            (source, bytes)
        }
    };
    let mut rendered = render_profile(&source, &bytes, options).map_err(|e| e.to_string())?;
    if index > 0 && options.format == Format::Table {
        let rule = "━".repeat(usize::from(options.render.width.min(80)));
        rendered = format!("\n{rule}\n\n{rendered}");
    }
    Ok(rendered)
}

/// The whole path for one profile: parse, check, advise, render.
pub fn render_profile(
    source: &str,
    bytes: &[u8],
    options: &Options,
) -> Result<String, ProfileError> {
    let profile = parse_profile(source, bytes)?;
    let advice = advise(&profile, &options.rules);
    let report = Report {
        source,
        profile: &profile,
        advice: &advice,
    };
    Ok(match options.format {
        Format::Table => render::table::render(&report, &options.render),
        Format::Json => {
            let mut line = render::json::render(&report, &options.render).map_err(|e| {
                ProfileError::whole_file(source, format!("could not write JSON: {e}"))
            })?;
            line.push('\n');
            line
        }
    })
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
