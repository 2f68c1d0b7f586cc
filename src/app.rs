//! The command's job: resolve options, read each profile, advise, render, write.
//! Output streams through one buffered writer; a failed profile is reported on
//! stderr and the batch goes on. Every message is in the output language.

use std::ffi::OsStr;
use std::io::{self, IsTerminal, Read, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use anyhow::Result;

use crate::advice::advise;
use crate::options::{
    ColorWhen, ExplainFormat, Format, InitFormat, Job, Request, RulesFormat, Topic,
};
use crate::problem::{IoFailure, Issue, OutputFailure, Unreadable};
use crate::profile::{Kind, MAX_PROFILE_BYTES, ProfileError, parse_profile};
use crate::render::{self, RenderOptions, Report};
use crate::rules::Rules;
use crate::scale::Scale;
use crate::sheet::SheetKind;
use crate::text::{Catalog, Lang, catalog};

/// Output buffer: large enough that a batch writes in few system calls.
pub(crate) const OUTPUT_BUFFER: usize = 64 * 1024;

/// Width used when the output is not a terminal and `COLUMNS` is not set.
const DEFAULT_WIDTH: u16 = 100;

/// How a run ended, for the exit code.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Outcome {
    /// Every profile was advised (exit 0).
    Advised,
    /// At least one profile or file failed (exit 1).
    Failed,
    /// Asked for what cannot be done here, such as an interview without a
    /// terminal or a workbook written to one (exit 2).
    Refused,
    /// Stopped by Ctrl-C (exit 130).
    Interrupted,
}

impl Outcome {
    pub fn exit_code(self) -> ExitCode {
        match self {
            Outcome::Advised => ExitCode::SUCCESS,
            Outcome::Failed => ExitCode::from(1),
            Outcome::Refused => ExitCode::from(2),
            Outcome::Interrupted => ExitCode::from(130),
        }
    }
}

/// Everything the advice on profiles needs, resolved from the command line and
/// the environment.
#[derive(Debug, Clone)]
pub struct Options {
    pub format: Format,
    pub render: RenderOptions,
    pub rules: Rules,
}

/// Why a run stopped before its end.
#[derive(Debug)]
pub(crate) enum Stop {
    /// Standard output refused a write. Inputs are read into [`ProfileError`]s, so
    /// every `io::Error` that reaches `?` in a run is a write to standard output.
    Stdout(io::Error),
    /// A report could not be serialised as JSON.
    Json(serde_json::Error),
}

impl From<io::Error> for Stop {
    fn from(error: io::Error) -> Stop {
        Stop::Stdout(error)
    }
}

impl From<serde_json::Error> for Stop {
    fn from(error: serde_json::Error) -> Stop {
        Stop::Json(error)
    }
}

/// Reads an environment variable, treating an empty value as unset.
fn env_var(name: &str) -> Option<String> {
    std::env::var(name).ok().filter(|v| !v.is_empty())
}

/// The language: the flag, else the first of LC_ALL, LC_MESSAGES, LANG that is set.
pub fn resolve_lang(flag: Option<Lang>) -> Lang {
    flag.unwrap_or_else(|| {
        ["LC_ALL", "LC_MESSAGES", "LANG"]
            .iter()
            .find_map(|v| env_var(v))
            .map_or(Lang::En, |locale| Lang::from_locale(&locale))
    })
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

/// How to render, from the language, the colour asked for and the terminal.
fn render_options(lang: Lang, color: ColorWhen, why: bool) -> RenderOptions {
    let is_terminal = io::stdout().is_terminal();
    RenderOptions {
        lang,
        color: resolve_color(color, is_terminal),
        width: resolve_width(is_terminal),
        why,
    }
}

/// The rules in force: a `--rules` file, else the chapter's figures.
fn rules_in_force(path: Option<&Path>) -> Result<Rules, ProfileError> {
    path.map_or_else(|| Ok(Rules::default()), load_rules)
}

/// Reads and checks a `--rules` file.
pub fn load_rules(path: &Path) -> Result<Rules, ProfileError> {
    let source = path_name(path);
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

/// A path as messages and reports name it: as given, with any byte that is not
/// UTF-8 written `\xNN` rather than lost.
pub fn path_name(path: &Path) -> String {
    #[cfg(unix)]
    {
        use std::os::unix::ffi::OsStrExt;
        let mut name = String::new();
        for chunk in path.as_os_str().as_bytes().utf8_chunks() {
            name.push_str(chunk.valid());
            for byte in chunk.invalid() {
                name.push_str(&format!("\\x{byte:02X}"));
            }
        }
        name
    }
    #[cfg(not(unix))]
    {
        path.display().to_string()
    }
}

/// Runs one request: every problem is reported on stderr in the output language,
/// and the outcome gives the exit code.
pub fn run(request: Request) -> Outcome {
    let lang = resolve_lang(request.lang);
    let text = catalog(lang);
    let color = request.color;
    let result = match request.job {
        Job::Advise {
            profiles,
            format,
            why,
            rules,
            sheet,
        } => match rules_in_force(rules.as_deref()) {
            Ok(rules) => {
                let options = Options {
                    format,
                    render: render_options(lang, color, why),
                    rules,
                };
                advise_all(&profiles, sheet.as_deref(), &options)
            }
            Err(e) => Ok(failed(&e, text)),
        },
        Job::Rules { rules, format } => match rules_in_force(rules.as_deref()) {
            Ok(rules) => print_rules(&rules, format, lang),
            Err(e) => Ok(failed(&e, text)),
        },
        Job::Explain {
            topic,
            rules,
            format,
        } => match rules_in_force(rules.as_deref()) {
            Ok(rules) => explain(topic, &rules, format, &render_options(lang, color, false)),
            Err(e) => Ok(failed(&e, text)),
        },
        Job::Init {
            kind,
            scale,
            format: InitFormat::Toml,
        } => init(kind, scale, text),
        Job::Init {
            format: InitFormat::Csv,
            ..
        } => write_all(&render::init::empty_sheet(text)),
        Job::Compare {
            profiles,
            rules,
            format,
            sheet,
            bom,
            output,
        } => match rules_in_force(rules.as_deref()) {
            Ok(rules) => crate::portfolio::compare(
                &crate::portfolio::Compare {
                    args: &profiles,
                    sheet: sheet.as_deref(),
                    rules: &rules,
                    format,
                    bom,
                    output: output.as_deref(),
                },
                &render_options(lang, color, false),
            ),
            Err(e) => Ok(failed(&e, text)),
        },
        Job::Interview { output } => {
            let options = render_options(lang, color, false);
            Ok(match crate::interview::run(output.as_deref(), &options) {
                crate::interview::Ending::Done => Outcome::Advised,
                crate::interview::Ending::NoTerminal => Outcome::Refused,
                crate::interview::Ending::Interrupted => Outcome::Interrupted,
                crate::interview::Ending::Failed => Outcome::Failed,
            })
        }
    };
    finish(result, text)
}

/// Writes a finished text (completions, the man page) to stdout, with the same
/// error handling as a run.
pub fn print(output: &str, lang: Option<Lang>) -> Outcome {
    finish(write_all(output), catalog(resolve_lang(lang)))
}

/// A problem that ends a job before any output: reported, exit 1.
pub(crate) fn failed(problems: &ProfileError, text: &dyn Catalog) -> Outcome {
    report_problems(problems, text);
    Outcome::Failed
}

/// The outcome of a run that may have stopped: a closed stdout ends quietly (as
/// `| head -1` expects); any other failure to write is an error naming standard
/// output.
fn finish(result: Result<Outcome, Stop>, text: &dyn Catalog) -> Outcome {
    let failure = match result {
        Ok(outcome) => return outcome,
        Err(Stop::Stdout(e)) if e.kind() == io::ErrorKind::BrokenPipe => {
            return Outcome::Advised;
        }
        Err(Stop::Stdout(e)) => OutputFailure::Stdout(IoFailure::of(&e)),
        Err(Stop::Json(e)) => OutputFailure::Json(e.to_string()),
    };
    report_error(&text.output_failed(&failure));
    Outcome::Failed
}

/// Writes a finished text to stdout.
pub(crate) fn write_all(text: &str) -> Result<Outcome, Stop> {
    let mut out = io::stdout().lock();
    out.write_all(text.as_bytes())?;
    out.flush()?;
    Ok(Outcome::Advised)
}

/// `kam-advise rules`: the thresholds in force, as commented TOML or one JSON object.
fn print_rules(rules: &Rules, format: RulesFormat, lang: Lang) -> Result<Outcome, Stop> {
    match format {
        RulesFormat::Toml => write_all(&render::rules::commented_toml(rules, catalog(lang))),
        RulesFormat::Json => write_all(&(serde_json::to_string(rules)? + "\n")),
    }
}

/// `kam-advise init`: an annotated profile to start from.
fn init(kind: Option<Kind>, scale: Option<Scale>, text: &dyn Catalog) -> Result<Outcome, Stop> {
    write_all(&render::init::profile_template(kind, scale, text))
}

/// `kam-advise explain [TOPIC]`: the chapter's rules as tables or Markdown.
fn explain(
    topic: Option<Topic>,
    rules: &Rules,
    format: ExplainFormat,
    render: &RenderOptions,
) -> Result<Outcome, Stop> {
    let topics = topic.map_or(Topic::ALL.to_vec(), |t| vec![t]);
    let sections = render::explain::sections(&topics, rules, render.catalog(), render.lang);
    match format {
        ExplainFormat::Table => write_all(&render::sections_as_table(&sections, render)),
        ExplainFormat::Markdown => write_all(&render::sections_as_markdown(&sections)),
    }
}

/// A profile to read: a file, standard input, or a sheet of one profile a row.
enum Input {
    Stdin,
    File(PathBuf),
    Sheet(PathBuf, SheetKind),
}

/// Advises every profile named on the command line, in order, writing each as
/// soon as it is advised.
fn advise_all(args: &[PathBuf], sheet: Option<&str>, options: &Options) -> Result<Outcome, Stop> {
    let mut out = io::BufWriter::with_capacity(OUTPUT_BUFFER, io::stdout().lock());
    let mut advised = 0usize;
    let text = options.render.catalog();
    let outcome = for_each_profile(
        args,
        sheet,
        &options.rules,
        text,
        &mut out,
        |report, out| {
            if advised > 0 {
                out.write_all(separator(options).as_bytes())?;
            }
            out.write_all(render_report(report, options)?.as_bytes())?;
            advised += 1;
            Ok(())
        },
    )?;
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
pub(crate) fn for_each_profile(
    args: &[PathBuf],
    sheet: Option<&str>,
    rules: &Rules,
    text: &dyn Catalog,
    out: &mut dyn Write,
    mut sink: impl FnMut(&Report<'_>, &mut dyn Write) -> Result<(), Stop>,
) -> Result<Outcome, Stop> {
    let mut advised = 0usize;
    let mut failed = 0usize;
    let mut stdin_used = false;
    let mut take = |checked: Result<(String, crate::profile::Profile), ProfileError>,
                    out: &mut dyn Write|
     -> Result<(), Stop> {
        match checked {
            Ok((source, profile)) => {
                let advice = advise(&profile, rules);
                let report = Report {
                    source: &source,
                    profile: &profile,
                    advice: &advice,
                    rules,
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
        Ok(())
    };
    for arg in args {
        for input in expand(arg) {
            if let Ok(Input::Sheet(path, kind)) = &input {
                crate::sheet::read_sheet(path, *kind, sheet, &mut |row| take(row, out))?;
                continue;
            }
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
            take(checked, out)?;
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
        return vec![Ok(match SheetKind::of(arg) {
            Some(kind) => Input::Sheet(arg.to_path_buf(), kind),
            None => Input::File(arg.to_path_buf()),
        })];
    }
    let source = path_name(arg);
    let entries = match std::fs::read_dir(arg) {
        Ok(entries) => entries,
        Err(e) => return vec![Err(unreadable(&source, Unreadable::Directory, &e))],
    };
    // The listing knows each entry's type: no extra system call per file.
    let mut files: Vec<PathBuf> = entries
        .filter_map(Result::ok)
        .filter(|entry| !entry.file_type().is_ok_and(|t| t.is_dir()))
        .map(|entry| entry.path())
        .filter(|path| path.extension() == Some(OsStr::new("toml")) || is_sheet(path))
        .collect();
    files.sort();
    if files.is_empty() {
        return vec![Err(ProfileError::whole_file(
            &source,
            Issue::EmptyDirectory,
        ))];
    }
    files
        .into_iter()
        .map(|f| match SheetKind::of(&f) {
            Some(kind) => Ok(Input::Sheet(f, kind)),
            None => Ok(Input::File(f)),
        })
        .collect()
}

/// A sheet in a directory: by extension, but not the `~$name.xlsx` lock file Excel
/// keeps beside a workbook it has open.
fn is_sheet(path: &Path) -> bool {
    let lock = path
        .file_name()
        .and_then(|n| n.to_str())
        .is_some_and(|n| n.starts_with("~$"));
    SheetKind::of(path).is_some() && !lock
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
        // A sheet is read row by row (`sheet::read_sheet`), never here.
        Input::File(path) | Input::Sheet(path, _) => {
            let source = path_name(path);
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
        rules: &options.rules,
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
