//! The command's job: resolve options, read each profile, advise, render, write.
//! Output streams through one buffered writer; a failed profile is reported on
//! stderr and the batch goes on. Every message is in the output language.

use crate::render::InWords as _;
use std::io::{self, IsTerminal, Read, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

mod inputs;
mod one;
mod output_dir;
mod portfolio;
mod set_files;
mod teach;

pub use crate::write::safe_stem;
pub use inputs::{Input, expand_all};
use inputs::{read_input, read_limited};
pub use one::{RenderError, render_profile};

pub use crate::console::{path_name, report_error};

use crate::advice::advise;
use crate::date::DocDate;
use crate::options::DocumentArgs;
use crate::options::{
    ColorWhen, ExplainFormat, Format, InitFormat, Job, Output, Request, RulesFormat, SchemaName,
    Topic,
};
use crate::problem::{IoFailure, Issue, OutputFailure, Unreadable, Usage};
use crate::profile::{Kind, ProfileError, parse_profile};
use crate::render::{self, Deliverable, Logo, LogoKind, RenderOptions, Renderer, Report};
use crate::rules::Rules;
use crate::scale::Scale;
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
    /// The run was asked for something it cannot do; nothing was advised (exit 2).
    Usage,
    /// Stopped by Ctrl-C (exit 130).
    Interrupted,
}

impl Outcome {
    pub fn exit_code(self) -> ExitCode {
        match self {
            Outcome::Advised => ExitCode::SUCCESS,
            Outcome::Failed => ExitCode::from(1),
            Outcome::Usage => ExitCode::from(2),
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
    /// A Word document could not be packed.
    Docx(String),
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

impl From<render::RenderFailure> for Stop {
    fn from(failure: render::RenderFailure) -> Stop {
        match failure {
            render::RenderFailure::Json(error) => Stop::Json(error),
            render::RenderFailure::Docx(message) => Stop::Docx(message),
            render::RenderFailure::Write(error) => Stop::Stdout(error),
        }
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

/// Colour only on a terminal (or when asked), and never with NO_COLOR set. `auto`
/// follows the conventions anstream implements (NO_COLOR, CLICOLOR, CLICOLOR_FORCE,
/// TERM=dumb, a terminal or not).
pub(crate) fn resolve_color(when: ColorWhen, is_terminal: bool) -> bool {
    if env_var("NO_COLOR").is_some() {
        return false;
    }
    match when {
        ColorWhen::Always => true,
        ColorWhen::Never => false,
        ColorWhen::Auto => {
            is_terminal
                && anstream::AutoStream::choice(&io::stdout()) != anstream::ColorChoice::Never
        }
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
        date: None,
        deliverable: Default::default(),
    }
}

/// The rules in force: a `--rules` file, else the chapter's figures.
fn rules_in_force(path: Option<&Path>) -> Result<Rules, ProfileError> {
    path.map_or_else(|| Ok(Rules::default()), load_rules)
}

/// The largest `--logo` file: a logo is embedded in every document of a run.
pub(crate) const LOGO_LIMIT: usize = 1024 * 1024;

/// What the consultant adds to the documents, the logo read and checked: a PNG, JPEG
/// or SVG of at most [`LOGO_LIMIT`] bytes (read no further than that; whether the
/// format can hold its type is [`logo_misfit`]'s question).
fn deliverable(args: &DocumentArgs) -> Result<Deliverable, ProfileError> {
    let logo = match &args.logo {
        None => None,
        Some(path) => {
            let source = path_name(path);
            let mut bytes = Vec::new();
            std::fs::File::open(path)
                .and_then(|file| {
                    use std::io::Read as _;
                    file.take(LOGO_LIMIT as u64 + 1).read_to_end(&mut bytes)
                })
                .map_err(|e| unreadable(&source, Unreadable::Logo, &e))?;
            if bytes.len() > LOGO_LIMIT {
                let kib = LOGO_LIMIT / 1024;
                return Err(ProfileError::whole_file(
                    &source,
                    Issue::LogoTooLarge { kib },
                ));
            }
            let kind = LogoKind::sniff(&bytes)
                .ok_or_else(|| ProfileError::whole_file(&source, Issue::LogoNotImage))?;
            Some(Logo { kind, bytes })
        }
    };
    Ok(Deliverable {
        prepared_by: args.prepared_by.clone(),
        logo,
        confidential: args.confidential,
    })
}

/// A logo the format cannot embed: a Word document holds a PNG or JPEG, not an SVG.
fn logo_misfit(deliverable: &Deliverable, args: &DocumentArgs, format: Format) -> Option<Usage> {
    let logo = deliverable.logo.as_ref()?;
    let path = args.logo.as_deref()?;
    (format == Format::Docx && logo.kind == LogoKind::Svg).then(|| Usage::LogoType {
        path: path_name(path),
        format: format.slug(),
    })
}

/// Reads and checks a `--rules` file; `-` is standard input.
pub(crate) fn load_rules(path: &Path) -> Result<Rules, ProfileError> {
    let source = path_name(path);
    let bytes = if path.as_os_str() == "-" {
        let mut bytes = Vec::new();
        io::stdin()
            .lock()
            .take(crate::profile::MAX_PROFILE_BYTES as u64 + 1)
            .read_to_end(&mut bytes)
            .map(|_| bytes)
    } else {
        read_limited(path)
    }
    .map_err(|e| unreadable(&source, Unreadable::Rules, &e))?;
    Rules::parse(&source, &bytes)
}

/// The rules in force for a run that reads `profiles`: standard input cannot be
/// both the rules and a profile (`-`, `/dev/stdin` …, for either).
fn rules_for(rules: Option<&Path>, profiles: &[PathBuf]) -> Result<Rules, ProfileError> {
    let rules_on_stdin = rules.is_some_and(inputs::names_stdin);
    if rules_on_stdin && profiles.iter().any(|p| inputs::names_stdin(p)) {
        return Err(ProfileError::whole_file("-", Issue::StdinTwice));
    }
    rules_in_force(rules)
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

/// Runs one request: every problem is reported on stderr in the output language,
/// and the outcome gives the exit code.
pub fn run(request: Request) -> Outcome {
    let lang = resolve_lang(request.lang);
    crate::console::set_lang(lang);
    let text = catalog(lang);
    let color = request.color;
    let result = match request.job {
        Job::Advise {
            profiles,
            format,
            why,
            rules,
            output,
            sheet,
            document,
        } => match (
            rules_for(rules.as_deref(), &profiles),
            document_date(format),
            deliverable(&document),
        ) {
            (_, Err(usage), _) => Ok(misused(&usage, text)),
            (Err(e), Ok(_), _) | (Ok(_), Ok(_), Err(e)) => Ok(failed(&e, text)),
            (Ok(_), Ok(_), Ok(deliverable))
                if let Some(usage) = logo_misfit(&deliverable, &document, format) =>
            {
                Ok(misused(&usage, text))
            }
            (Ok(rules), Ok(date), Ok(deliverable)) => {
                let mut render = render_options(lang, color, why);
                render.date = date;
                render.deliverable = std::sync::Arc::new(deliverable);
                if matches!(output, Output::Dir { .. }) {
                    // Files get no colour and the width of a page, not the terminal's.
                    render.color = false;
                    render.width = resolve_width(false);
                }
                let options = Options {
                    format,
                    render,
                    rules,
                };
                advise_all(&profiles, sheet.as_deref(), &options, &output)
            }
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
            schema,
            format: InitFormat::Toml,
        } => init(kind, scale, schema.as_deref(), text),
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
            force,
            document,
        } => {
            // Only the portfolio report is dated and carries the consultant's additions.
            let date = if format == crate::options::CompareFormat::Html {
                document_date(Format::Html)
            } else {
                Ok(None)
            };
            match (
                rules_for(rules.as_deref(), &profiles),
                date,
                deliverable(&document),
            ) {
                (_, Err(usage), _) => Ok(misused(&usage, text)),
                (Err(e), Ok(_), _) | (Ok(_), Ok(_), Err(e)) => Ok(failed(&e, text)),
                (Ok(rules), Ok(date), Ok(deliverable)) => {
                    let mut render = render_options(lang, color, false);
                    render.date = date;
                    render.deliverable = std::sync::Arc::new(deliverable);
                    portfolio::compare(
                        &portfolio::Compare {
                            args: &profiles,
                            sheet: sheet.as_deref(),
                            rules: &rules,
                            format,
                            bom,
                            output: output.as_deref(),
                            force,
                        },
                        &render,
                    )
                }
            }
        }
        Job::Exercise(job) => teach::exercise(&job, crate::teach::words::teach_catalog(lang)),
        Job::Grade(job) => teach::grade(&job, &render_options(lang, color, false)),
        Job::Schema { which } => print_schema(which),
        Job::Interview { output } => {
            let options = render_options(lang, color, false);
            Ok(match crate::interview::run(output.as_deref(), &options) {
                crate::interview::Ending::Done => Outcome::Advised,
                crate::interview::Ending::NoTerminal => Outcome::Usage,
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
    let lang = resolve_lang(lang);
    crate::console::set_lang(lang);
    finish(write_all(output), catalog(lang))
}

/// The date the documents of this run carry, for a format that carries one.
fn document_date(format: Format) -> Result<Option<DocDate>, Usage> {
    if !format.is_dated() {
        return Ok(None);
    }
    DocDate::for_documents()
        .map(Some)
        .map_err(|bad| Usage::SourceDateEpoch { value: bad.0 })
}

/// A run asked for something it cannot do: reported, exit 2, nothing advised.
fn misused(usage: &Usage, text: &dyn Catalog) -> Outcome {
    report_error(&text.usage(usage));
    Outcome::Usage
}

/// A problem that ends a job before any output: reported, exit 1.
pub(crate) fn failed(problems: &ProfileError, text: &dyn Catalog) -> Outcome {
    report_problems(problems, text);
    Outcome::Failed
}

/// The outcome of a run that may have stopped: a closed stdout ends quietly (as
/// `| head -1` expects) — with exit 1 all the same when a problem was reported on
/// the way; any other failure to write is an error naming standard output.
fn finish(result: Result<Outcome, Stop>, text: &dyn Catalog) -> Outcome {
    let failure = match result {
        Ok(outcome) => return outcome,
        Err(Stop::Stdout(e)) if e.kind() == io::ErrorKind::BrokenPipe => {
            return if crate::console::error_reported() {
                Outcome::Failed
            } else {
                Outcome::Advised
            };
        }
        Err(Stop::Stdout(e)) => OutputFailure::Stdout(IoFailure::of(&e)),
        Err(Stop::Json(e)) => OutputFailure::Json(e.to_string()),
        Err(Stop::Docx(message)) => OutputFailure::Docx(message),
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

/// `kam-advise rules`: the thresholds in force, as commented TOML or one JSON object,
/// or the form rules as a decision table (JDM or DMN).
fn print_rules(rules: &Rules, format: RulesFormat, lang: Lang) -> Result<Outcome, Stop> {
    let text = catalog(lang);
    match format {
        RulesFormat::Toml => write_all(&render::rules::commented_toml(rules, text)),
        RulesFormat::Json => write_all(&(serde_json::to_string(rules)? + "\n")),
        RulesFormat::Jdm => write_all(&render::decision::jdm::document(rules, text)?),
        RulesFormat::Dmn => {
            let mut out = io::BufWriter::with_capacity(OUTPUT_BUFFER, io::stdout().lock());
            render::decision::dmn::write(&mut out, rules, text)?;
            out.flush()?;
            Ok(Outcome::Advised)
        }
    }
}

/// `kam-advise schema WHICH`: a JSON Schema, pretty-printed.
fn print_schema(which: SchemaName) -> Result<Outcome, Stop> {
    write_all(&crate::schema::pretty(which)?)
}

/// `kam-advise init`: an annotated profile to start from, after a `#:schema` line
/// when asked.
fn init(
    kind: Option<Kind>,
    scale: Option<Scale>,
    schema: Option<&str>,
    text: &dyn Catalog,
) -> Result<Outcome, Stop> {
    let directive = schema.map_or(String::new(), render::init::schema_directive);
    write_all(&(directive + &render::init::profile_template(kind, scale, text)))
}

/// `kam-advise explain [TOPIC]`: the chapter's rules as tables or Markdown.
fn explain(
    topic: Option<Topic>,
    rules: &Rules,
    format: ExplainFormat,
    render: &RenderOptions,
) -> Result<Outcome, Stop> {
    let topics = topic.map_or(Topic::ALL.to_vec(), |t| vec![t]);
    let sections = render::explain::sections(&topics, rules, render.catalog());
    match format {
        ExplainFormat::Table => write_all(&render::sections_as_table(&sections, render)),
        ExplainFormat::Markdown => write_all(&render::sections_as_markdown(&sections)),
    }
}

/// Advises every profile named on the command line, in order, writing each as
/// soon as it is advised: to standard output, or to its own file in `--output-dir`.
fn advise_all(
    args: &[PathBuf],
    sheet: Option<&str>,
    options: &Options,
    output: &Output,
) -> Result<Outcome, Stop> {
    let inputs = expand_all(args);
    let text = options.render.catalog();
    let (dir, force) = match output {
        Output::Dir { dir, force } => (dir, *force),
        Output::Stdout if options.format.is_document() && inputs.len() > 1 => {
            let usage = Usage::OneDocumentEach {
                format: options.format.slug(),
                inputs: inputs.len(),
            };
            return Ok(misused(&usage, text));
        }
        Output::Stdout if let Some(usage) = sheet_documents(&inputs, options) => {
            return Ok(misused(&usage, text));
        }
        Output::Stdout if options.format.is_binary() && io::stdout().is_terminal() => {
            let format = options.format.slug();
            return Ok(misused(&Usage::BinaryOnTerminal { format }, text));
        }
        Output::Stdout => {
            let mut out = io::BufWriter::with_capacity(OUTPUT_BUFFER, io::stdout().lock());
            let mut advised = 0usize;
            let renderer = renderer(options);
            let outcome = for_each_profile(
                inputs,
                sheet,
                &options.rules,
                text,
                &mut out,
                |_, report, out| {
                    if advised > 0 {
                        out.write_all(separator(options).as_bytes())?;
                    }
                    renderer.render(report, out)?;
                    consultant_notes(report, options);
                    advised += 1;
                    Ok(true)
                },
            )?;
            out.flush()?;
            return Ok(outcome);
        }
    };
    output_dir::advise_into(inputs, sheet, options, dir, force)
}

/// A spreadsheet, whose rows are profiles, in a format that writes one document each:
/// they cannot go to one stream.
fn sheet_documents(inputs: &[Result<Input, ProfileError>], options: &Options) -> Option<Usage> {
    let sheet = inputs.iter().find_map(|i| match i {
        Ok(Input::Sheet(path, _) | Input::ReadSheet(path, _)) => Some(path_name(path)),
        _ => None,
    })?;
    options.format.is_document().then(|| Usage::SheetDocuments {
        format: options.format.slug(),
        sheet,
    })
}

/// What stands between two profiles' output in a batch.
fn separator(options: &Options) -> String {
    match options.format {
        Format::Table => format!(
            "\n{}\n\n",
            "━".repeat(usize::from(options.render.width.min(80)))
        ),
        Format::Markdown => "\n---\n\n".to_string(),
        // Several documents are never written to one stream.
        Format::Json | Format::Dot | Format::Html | Format::Docx => String::new(),
    }
}

/// Reads, checks and advises every input, in order, and hands each to `sink` with
/// its index (every row of a sheet has its sheet's index); the sink says whether it
/// could use it (it reports its own failure). A failed profile is reported on stderr
/// and the batch goes on; a batch with failures ends with a summary line. `sheet`
/// picks the sheet of a workbook.
pub(crate) fn for_each_profile(
    inputs: Vec<Result<Input, ProfileError>>,
    sheet: Option<&str>,
    rules: &Rules,
    text: &dyn Catalog,
    out: &mut dyn Write,
    sink: impl FnMut(usize, &Report<'_>, &mut dyn Write) -> Result<bool, Stop>,
) -> Result<Outcome, Stop> {
    for_each_profile_or_error(inputs, sheet, rules, text, out, sink, |_| {})
}

/// [`for_each_profile`], with every input or row that fails also handed to
/// `on_error` in its place among the profiles (after it went to standard error):
/// `compare`'s human formats show it as a row.
pub(crate) fn for_each_profile_or_error(
    inputs: Vec<Result<Input, ProfileError>>,
    sheet: Option<&str>,
    rules: &Rules,
    text: &dyn Catalog,
    out: &mut dyn Write,
    mut sink: impl FnMut(usize, &Report<'_>, &mut dyn Write) -> Result<bool, Stop>,
    mut on_error: impl FnMut(&ProfileError),
) -> Result<Outcome, Stop> {
    let mut advised = 0usize;
    let mut failed = 0usize;
    let mut stdin_used = false;
    // Problems told and left untold per input: a sheet's rows together are told at
    // most MAX_PROBLEMS, as a profile's are (5,000 rows of 256 unnamed cells printed
    // 1.26 million lines), then how many more.
    // Inputs are read one after another: only the current one's count is kept.
    let tally = std::cell::RefCell::new(Tally::default());
    let mut take =
        |index: usize, checked: crate::sheet::RowResult, out: &mut dyn Write| -> Result<(), Stop> {
            match checked {
                Ok((source, profile)) => {
                    let advice = advise(&profile, rules);
                    let report = Report {
                        source: &source,
                        profile: &profile,
                        advice: &advice,
                        rules,
                    };
                    if sink(index, &report, out)? {
                        advised += 1;
                    } else {
                        failed += 1;
                    }
                }
                Err(problems) => {
                    // Keep what came before in order with the error on a terminal.
                    out.flush()?;
                    let count = problems.problems.len();
                    let room = tally.borrow_mut().room(index, count);
                    if count <= room {
                        report_problems(&problems, text);
                    } else if room > 0 {
                        let mut shown = problems.clone();
                        shown.problems.truncate(room);
                        report_problems(&shown, text);
                    }
                    on_error(&problems);
                    failed += 1;
                }
            }
            Ok(())
        };
    // A header and nothing under it: said, not a silent success.
    let no_rows = |path: &Path| {
        ProfileError::whole_file(
            &path_name(path),
            Issue::Sheet(crate::problem::SheetIssue::NoRows),
        )
    };
    for (index, input) in inputs.into_iter().enumerate() {
        match input {
            Ok(Input::Sheet(path, kind)) => {
                let mut rows = 0usize;
                crate::sheet::read_sheet(&path, kind, sheet, &mut |row| {
                    rows += 1;
                    take(index, row, out)
                })?;
                if rows == 0 {
                    take(index, Err(no_rows(&path)), out)?;
                }
                untold_of(&tally, index, &path, text);
            }
            Ok(Input::ReadSheet(path, rows)) => {
                if rows.is_empty() {
                    take(index, Err(no_rows(&path)), out)?;
                }
                for row in rows {
                    take(index, row, out)?;
                }
                untold_of(&tally, index, &path, text);
            }
            input => {
                let checked = input.and_then(|input| {
                    if input.reads_stdin() {
                        if stdin_used {
                            return Err(ProfileError::whole_file("-", Issue::StdinTwice));
                        }
                        stdin_used = true;
                    }
                    let (source, bytes) = read_input(&input)?;
                    let profile = parse_profile(&source, &bytes)?;
                    Ok((source, profile))
                });
                take(index, checked, out)?;
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

/// The problems told and left untold for the input being read.
#[derive(Default)]
struct Tally {
    index: usize,
    told: usize,
    untold: usize,
}

impl Tally {
    /// How many of `count` problems of input `index` may still be told; the rest
    /// are counted as untold.
    fn room(&mut self, index: usize, count: usize) -> usize {
        if index != self.index {
            *self = Tally {
                index,
                ..Tally::default()
            };
        }
        let room = crate::check::MAX_PROBLEMS
            .saturating_sub(self.told)
            .min(count);
        self.told += room;
        self.untold += count - room;
        room
    }
}

/// How many problems of a sheet's rows were left untold, if any, said once after
/// its rows.
fn untold_of(tally: &std::cell::RefCell<Tally>, index: usize, path: &Path, text: &dyn Catalog) {
    let tally = tally.borrow();
    let untold = if tally.index == index {
        tally.untold
    } else {
        0
    };
    if untold > 0 {
        let more = Issue::MoreProblems { count: untold };
        report_problems(&ProfileError::whole_file(&path_name(path), more), text);
    }
}

/// The renderer of a format, made once per run.
pub(crate) fn renderer(options: &Options) -> Box<dyn Renderer> {
    let opts = options.render.clone();
    match options.format {
        Format::Table => Box::new(render::Table::new(opts)),
        Format::Markdown => Box::new(render::Markdown(opts)),
        Format::Dot => Box::new(render::Dot(opts)),
        Format::Json => Box::new(render::Json::new(opts)),
        Format::Html => Box::new(render::Html(opts)),
        Format::Docx => Box::new(render::Docx(opts)),
    }
}

/// What the consultant must know of a document the client will read, on stderr:
/// each warning in the consultant's words (naming the profile's keys to check) and a
/// rules file in force. The document says the same to the client in its own words.
pub(crate) fn consultant_notes(report: &Report<'_>, options: &Options) {
    if !options.format.is_dated() {
        return;
    }
    let text = options.render.catalog();
    for warning in &report.advice.warnings {
        crate::console::report_warning(&format!("{}: {}", report.source, text.warning(*warning)));
    }
    if !report.rules.is_default() {
        crate::console::report_warning(&format!("{}: {}", report.source, text.rules_file_notice()));
    }
}

/// Writes the problems of one input to stderr, in the output language.
fn report_problems(problems: &ProfileError, text: &dyn Catalog) {
    report_error(&problems.render(text));
}
