//! The interview in the terminal (inquire, on stderr): one prompt per question,
//! Esc goes back one question, Ctrl-C stops with nothing written. At the end the
//! summary and the recommendation go to stdout, and with `--output FILE` the
//! profile is written — only after the last answer, only when confirmed, never
//! over an existing file without asking (and never over a link, a directory, a
//! pipe or a device: those are refused before the first question), through a
//! temporary file that claims the name ([`crate::write`]), so an interrupted run
//! leaves nothing behind.

use crate::render::InWords as _;
use std::io::{self, IsTerminal, Write};
use std::path::{Path, PathBuf};
use std::sync::Mutex;
use std::time::Duration;

use inquire::error::InquireError;
use inquire::ui::{RenderConfig, Styled};
use inquire::validator::Validation;
use inquire::{Confirm, MultiSelect, Select, Text};

use super::{Answers, Choice, Question, ScaleAnswer};
use crate::advice::advise;
use crate::console::{path_name, report_error};
use crate::problem::{IoFailure, OutputFailure};
use crate::profile::ProfileKey;
use crate::profile::{Kind, Level, Setup};
use crate::render::{self, RenderOptions, Report};
use crate::rules::Rules;
use crate::scale::{INDUSTRIES, Scale};
use crate::text::Catalog;
use crate::write::{self, Found};

/// How an interview ended, for the exit code.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Ending {
    /// Answered to the end (the profile written, or not asked for, or declined): 0.
    Done,
    /// No terminal to ask on: 2.
    NoTerminal,
    /// Ctrl-C: 130.
    Interrupted,
    /// The profile or the output could not be written: 1.
    Failed,
}

/// Why a prompt did not give an answer.
enum Stop {
    Back,
    Interrupt,
    Io(String),
}

/// How the interview ends when a prompt stops it: interrupted (Ctrl-C) or failed,
/// said on standard error. Going back (`Stop::Back`) is each caller's own to
/// handle before; passed here it ends the interview quietly.
fn ended(stop: Stop, text: &dyn Catalog) -> Ending {
    match stop {
        Stop::Interrupt => {
            report_error(text.interrupted());
            Ending::Interrupted
        }
        Stop::Io(message) => {
            report_error(&message);
            Ending::Failed
        }
        Stop::Back => Ending::Done,
    }
}

impl From<InquireError> for Stop {
    fn from(error: InquireError) -> Stop {
        match error {
            InquireError::OperationCanceled => Stop::Back,
            InquireError::OperationInterrupted => Stop::Interrupt,
            other => Stop::Io(other.to_string()),
        }
    }
}

/// Runs the interview; `output` is where the profile goes once confirmed.
pub fn run(output: Option<&Path>, render: &RenderOptions) -> Ending {
    let text = render.catalog();
    if !io::stdin().is_terminal() || !io::stdout().is_terminal() {
        report_error(text.no_terminal());
        return Ending::NoTerminal;
    }
    // A name that can never be written is said before the questions, not after.
    if let Some(path) = output
        && let Err(error) = write::inspect(path)
    {
        report_error(&text.output_failed(&OutputFailure::File {
            path: path_name(path),
            error,
        }));
        return Ending::Failed;
    }
    let config = if render.color {
        RenderConfig::default_colored()
    } else {
        RenderConfig::empty()
    };
    inquire::set_global_render_config(
        config.with_canceled_prompt_indicator(Styled::new(text.canceled())),
    );
    watch_terminal(text);
    let _ = writeln!(io::stderr(), "{}", text.intro());
    let mut answers = Answers::default();
    // Every answer ever given, for the defaults when the user goes back.
    let mut last = Answers::default();
    let mut asked: Vec<Question> = Vec::new();
    while let Some(question) = answers.next() {
        match ask(question, &mut answers, &last, text) {
            Ok(()) => {
                asked.push(question);
                last = merge(last, &answers);
            }
            Err(Stop::Back) => {
                if let Some(previous) = asked.pop() {
                    answers.clear(previous);
                }
            }
            Err(stop) => return ended(stop, text),
        }
    }
    let profile = match answers.profile() {
        Ok(profile) => profile,
        Err(problems) => {
            report_error(&problems.render(text));
            return Ending::Failed;
        }
    };
    let rules = Rules::default();
    let advice = advise(&profile, &rules);
    let report = Report {
        source: text.answers_source(),
        profile: &profile,
        advice: &advice,
        rules: &rules,
    };
    let shown = format!(
        "\n{}\n{}\n{}",
        text.summary_title(),
        summary(&answers, text),
        String::from_utf8(
            render::Renderer::to_bytes(&render::Table::new(render.clone()), &report)
                .unwrap_or_default()
        )
        .unwrap_or_default()
    );
    let mut out = io::stdout().lock();
    if out
        .write_all(shown.as_bytes())
        .and_then(|()| out.flush())
        .is_err()
    {
        return Ending::Failed;
    }
    drop(out);
    match output {
        None => offer_save(&answers, text),
        Some(path) => save(path.to_path_buf(), &answers, text, true),
    }
}

/// Without `--output`: asks whether to keep the answers, and under which name (the
/// enterprise's, made safe for a file name, by default).
fn offer_save(answers: &Answers, text: &'static dyn Catalog) -> Ending {
    match yes_no(text.save_question(), text.keys_confirm(), true, text) {
        Ok(true) => {}
        Ok(false) | Err(Stop::Back) => {
            let _ = writeln!(io::stderr(), "{}", text.not_written());
            return Ending::Done;
        }
        Err(stop) => return ended(stop, text),
    }
    let stem = answers
        .name
        .as_deref()
        .and_then(crate::write::safe_stem)
        .unwrap_or_else(|| "profile".to_string());
    match file_name(&format!("{stem}.toml"), text) {
        Ok(Some(path)) => save(path, answers, text, false),
        Ok(None) => {
            let _ = writeln!(io::stderr(), "{}", text.not_written());
            Ending::Done
        }
        Err(ending) => ending,
    }
}

/// A file name to write the profile to, `default` offered; one that can never be
/// written (a directory, a link) is refused as it is typed. `None`: Esc.
fn file_name(default: &str, text: &'static dyn Catalog) -> Result<Option<PathBuf>, Ending> {
    let validator = move |input: &str| {
        let name = input.trim();
        if name.is_empty() {
            return Ok(Validation::Invalid(fitted(text.answer_required()).into()));
        }
        Ok(match write::inspect(Path::new(name)) {
            Ok(_) => Validation::Valid,
            Err(error) => {
                let failure = OutputFailure::File {
                    path: name.to_string(),
                    error,
                };
                Validation::Invalid(fitted(&text.output_failed(&failure)).into())
            }
        })
    };
    let help = fitted(text.file_name_help());
    let answer = Text::new(text.file_name_question())
        .with_help_message(&help)
        .with_default(default)
        .with_validator(validator)
        .prompt();
    match answer.map_err(Stop::from) {
        Ok(name) => Ok(Some(PathBuf::from(name.trim()))),
        Err(Stop::Back) => Ok(None),
        Err(stop) => Err(ended(stop, text)),
    }
}

/// Held while the profile is written: the watch on the terminal waits for it, so a
/// closing terminal never cuts a write short.
static WRITING: Mutex<()> = Mutex::new(());

/// How often the terminal is looked at.
const WATCH_EVERY: Duration = Duration::from_millis(200);

/// Watches the terminal from a thread of its own. When it closes while SIGHUP is
/// ignored (`nohup`), a prompt's reads return nothing at once, forever, and the
/// prompt would spin at full CPU; a hung-up terminal is no terminal any more
/// (`isatty` fails with EIO), so the run ends instead: exit 1, nothing written.
fn watch_terminal(text: &'static dyn Catalog) {
    let watch = move || {
        loop {
            std::thread::sleep(WATCH_EVERY);
            if !io::stdin().is_terminal() {
                let _writing = WRITING.lock();
                report_error(text.terminal_closed());
                std::process::exit(1);
            }
        }
    };
    // Without the thread (none can be made) the interview still runs, as before.
    let _ = std::thread::Builder::new()
        .name("terminal-watch".into())
        .spawn(watch);
}

/// Keeps every answer given so far.
fn merge(mut last: Answers, now: &Answers) -> Answers {
    for question in Question::ALL {
        if now.is_answered(*question) {
            match question {
                Question::Key(ProfileKey::Name) => last.name.clone_from(&now.name),
                Question::Key(ProfileKey::Kind) => last.kind = now.kind,
                Question::Key(ProfileKey::Currency) => last.currency.clone_from(&now.currency),
                Question::Key(ProfileKey::CnyRate) => last.cny_rate.clone_from(&now.cny_rate),
                Question::Key(ProfileKey::AnnualRevenue) => {
                    last.annual_revenue.clone_from(&now.annual_revenue)
                }
                Question::Key(ProfileKey::KeyAccounts) => {
                    last.key_accounts.clone_from(&now.key_accounts)
                }
                Question::Key(ProfileKey::Scale) => last.scale = now.scale,
                Question::Key(ProfileKey::Industry) => last.industry = now.industry,
                Question::Key(ProfileKey::Employees) => last.employees.clone_from(&now.employees),
                Question::Key(ProfileKey::TotalAssets) => {
                    last.total_assets.clone_from(&now.total_assets)
                }
                Question::Key(ProfileKey::CurrentSetup) => last.current_setup = now.current_setup,
                Question::Key(ProfileKey::StrategicPlan) => {
                    last.strategic_plan = now.strategic_plan
                }
                Question::Key(ProfileKey::AccountDevelopment) => {
                    last.account_development = now.account_development;
                }
                Question::HasNetwork => last.has_network = now.has_network,
                Question::Key(ProfileKey::Levels) => last.levels.clone_from(&now.levels),
                Question::Key(ProfileKey::Counts) => last.counts.clone_from(&now.counts),
                Question::Key(ProfileKey::Functions) => last.functions.clone_from(&now.functions),
            }
        }
    }
    last
}

/// The help line under a prompt: what the question serves, then the keys.
fn help(text: &dyn Catalog, question: Question, keys: &str) -> String {
    fitted(&format!("{} · {keys}", text.question_help(question)))
}

/// Asks one question and records the answer.
fn ask(
    question: Question,
    answers: &mut Answers,
    last: &Answers,
    text: &'static dyn Catalog,
) -> Result<(), Stop> {
    match question {
        Question::Key(ProfileKey::Name)
        | Question::Key(ProfileKey::Currency)
        | Question::Key(ProfileKey::CnyRate)
        | Question::Key(ProfileKey::AnnualRevenue)
        | Question::Key(ProfileKey::KeyAccounts)
        | Question::Key(ProfileKey::Employees)
        | Question::Key(ProfileKey::TotalAssets) => {
            let previous = match question {
                Question::Key(ProfileKey::Name) => last.name.clone(),
                Question::Key(ProfileKey::Currency) => last.currency.clone().or(Some("CNY".into())),
                Question::Key(ProfileKey::CnyRate) => last.cny_rate.clone(),
                Question::Key(ProfileKey::AnnualRevenue) => last.annual_revenue.clone(),
                Question::Key(ProfileKey::KeyAccounts) => last.key_accounts.clone(),
                Question::Key(ProfileKey::Employees) => last.employees.clone(),
                Question::Key(ProfileKey::TotalAssets) => last.total_assets.clone(),
                // Not typed: asked below.
                chosen!() => None,
            };
            let answer = typed(question, answers, previous.as_deref(), text)?;
            answers.set_text(question, &answer);
        }
        Question::Key(ProfileKey::Kind) => {
            let labels: Vec<String> = Kind::ALL.iter().map(|k| text.kind(*k).into()).collect();
            let at = last
                .kind
                .and_then(|k| Kind::ALL.iter().position(|x| *x == k));
            answers.kind = Some(Kind::ALL[select(question, labels, at, text)?]);
        }
        Question::Key(ProfileKey::Scale) => {
            let size_optional =
                matches!(answers.kind, Some(Kind::PublicSector | Kind::Multinational));
            let first = if size_optional {
                ScaleAnswer::NotNeeded
            } else {
                ScaleAnswer::Infer
            };
            let mut options = vec![first];
            options.extend(Scale::ALL.iter().map(|s| ScaleAnswer::Declared(*s)));
            let labels = options
                .iter()
                .map(|o| match o {
                    ScaleAnswer::Infer => text.choice(Choice::InferScale).into(),
                    ScaleAnswer::NotNeeded => text.choice(Choice::ScaleNotNeeded).into(),
                    ScaleAnswer::Declared(s) => text.scale(*s).into(),
                })
                .collect();
            let at = last
                .scale
                .and_then(|s| options.iter().position(|o| *o == s));
            answers.scale = Some(options[select(question, labels, at, text)?]);
        }
        Question::Key(ProfileKey::Industry) => {
            let labels = INDUSTRIES.iter().map(|r| text.industry(r).into()).collect();
            let at = last
                .industry
                .and_then(|r| INDUSTRIES.iter().position(|x| x.slug == r.slug));
            answers.industry = Some(&INDUSTRIES[select(question, labels, at, text)?]);
        }
        Question::Key(ProfileKey::CurrentSetup) => {
            let mut labels = vec![text.choice(Choice::NotGiven).to_string()];
            labels.extend(Setup::ALL.iter().map(|s| text.setup(*s).to_string()));
            let at = last.current_setup.map(|s| match s {
                None => 0,
                Some(s) => 1 + Setup::ALL.iter().position(|x| *x == s).unwrap_or(0),
            });
            let index = select(question, labels, at, text)?;
            answers.current_setup = Some(index.checked_sub(1).map(|i| Setup::ALL[i]));
        }
        Question::Key(ProfileKey::StrategicPlan) => {
            answers.strategic_plan = Some(confirm(question, last.strategic_plan, text)?);
        }
        Question::Key(ProfileKey::AccountDevelopment) => {
            let previous = last.account_development;
            answers.account_development = Some(confirm(question, previous, text)?);
        }
        Question::HasNetwork => {
            answers.has_network = Some(confirm(question, last.has_network, text)?);
        }
        Question::Key(ProfileKey::Levels) => answers.levels = Some(levels(answers, last, text)?),
        Question::Key(ProfileKey::Counts) => answers.counts = Some(counts(answers, last, text)?),
        Question::Key(ProfileKey::Functions) => {
            answers.functions = Some(functions(answers, last, text)?)
        }
    }
    Ok(())
}

/// A typed answer, checked as the profile checks it; re-asked until accepted.
fn typed(
    question: Question,
    answers: &Answers,
    previous: Option<&str>,
    text: &'static dyn Catalog,
) -> Result<String, Stop> {
    let help = help(text, question, text.keys_text());
    let snapshot = answers.clone();
    let validator = move |input: &str| {
        if input.trim().is_empty() {
            return Ok(Validation::Invalid(fitted(text.answer_required()).into()));
        }
        Ok(match snapshot.check(question, input, text) {
            Ok(()) => Validation::Valid,
            Err(message) => Validation::Invalid(fitted(&message).into()),
        })
    };
    // The accepted answer is echoed as read (３２ → 32, ８０００万 → 8000万).
    let as_read = move |input: &str| match question {
        Question::Key(ProfileKey::KeyAccounts) | Question::Key(ProfileKey::Employees) => {
            super::answers::count_as_read(input)
        }
        Question::Key(ProfileKey::AnnualRevenue) | Question::Key(ProfileKey::TotalAssets) => {
            super::answers::amount_as_read(input)
        }
        Question::Key(ProfileKey::Name | ProfileKey::Currency | ProfileKey::CnyRate) => {
            input.trim().to_string()
        }
        // Not typed (chosen from a list): never asked here.
        chosen!() => input.trim().to_string(),
    };
    let mut prompt = Text::new(text.question(question))
        .with_help_message(&help)
        .with_validator(validator)
        .with_formatter(&as_read);
    if let Some(previous) = previous {
        prompt = prompt.with_default(previous);
    }
    Ok(prompt.prompt()?)
}

/// A message wrapped to the terminal's width between words (and between CJK
/// characters), under the "# " inquire puts before it: inquire itself cuts it at
/// the last column, inside words.
fn fitted(message: &str) -> String {
    // A terminal that does not say its width (0 columns) is taken as 80 wide.
    let columns = match crossterm::terminal::size() {
        Ok((columns, _)) if columns > 0 => usize::from(columns),
        _ => 80,
    };
    crate::render::wrap::wrap(message, columns.saturating_sub(3).max(20), "", "  ")
}

/// One option of a list; the index chosen.
fn select(
    question: Question,
    labels: Vec<String>,
    at: Option<usize>,
    text: &dyn Catalog,
) -> Result<usize, Stop> {
    let help = help(text, question, text.keys_select());
    let no_match = |filter: &str| fitted(&text.no_match(filter));
    let chosen = Select::new(text.question(question), labels)
        .with_help_message(&help)
        .with_no_match_message(&no_match)
        .with_starting_cursor(at.unwrap_or(0))
        .with_page_size(8)
        .raw_prompt()?;
    Ok(chosen.index)
}

/// Yes or no, in the words of either language.
fn confirm(question: Question, previous: Option<bool>, text: &dyn Catalog) -> Result<bool, Stop> {
    let help = help(text, question, text.keys_confirm());
    yes_no(
        text.question(question),
        &help,
        previous.unwrap_or(false),
        text,
    )
}

fn yes_no(message: &str, help: &str, default: bool, text: &dyn Catalog) -> Result<bool, Stop> {
    let (yes, no) = text.yes_no();
    let parser = |input: &str| crate::spelling::flag(input).ok_or(());
    let shown = move |b: bool| if b { yes.to_string() } else { no.to_string() };
    let hint = move |b: bool| {
        if b {
            format!("{yes}/{no} [{yes}]")
        } else {
            format!("{yes}/{no} [{no}]")
        }
    };
    Ok(Confirm::new(message)
        .with_default(default)
        .with_help_message(help)
        .with_parser(&parser)
        .with_error_message(text.not_yes_no())
        .with_formatter(&shown)
        .with_default_value_formatter(&hint)
        .prompt()?)
}

/// The levels of the network, top first.
fn levels(
    answers: &Answers,
    last: &Answers,
    text: &'static dyn Catalog,
) -> Result<Vec<Level>, Stop> {
    let help = help(text, Question::Key(ProfileKey::Levels), text.keys_select());
    let labels: Vec<String> = Level::ALL.iter().map(|l| text.level(*l).into()).collect();
    let defaults: Vec<usize> = last
        .levels
        .iter()
        .flatten()
        .filter_map(|l| Level::ALL.iter().position(|x| x == l))
        .collect();
    // A firm that said it has levels must name one; a public-sector body may not.
    let required = answers.kind != Some(Kind::PublicSector);
    let validator = move |chosen: &[inquire::list_option::ListOption<&String>]| {
        Ok(if required && chosen.is_empty() {
            Validation::Invalid(text.level_required().into())
        } else {
            Validation::Valid
        })
    };
    let no_match = |filter: &str| fitted(&text.no_match(filter));
    let chosen = MultiSelect::new(text.question(Question::Key(ProfileKey::Levels)), labels)
        .with_help_message(&help)
        .with_no_match_message(&no_match)
        .with_default(&defaults)
        .with_validator(validator)
        .raw_prompt()?;
    Ok(chosen.iter().map(|o| Level::ALL[o.index]).collect())
}

/// How many units each chosen level has; an empty answer gives none.
fn counts(
    answers: &Answers,
    last: &Answers,
    text: &'static dyn Catalog,
) -> Result<Vec<(Level, String)>, Stop> {
    let help = help(text, Question::Key(ProfileKey::Counts), text.keys_text());
    let mut counts = Vec::new();
    for level in answers.levels.iter().flatten() {
        let level = *level;
        let question = text.count_question(text.level(level));
        let snapshot = answers.clone();
        let validator = move |input: &str| {
            if input.trim().is_empty() {
                return Ok(Validation::Valid);
            }
            Ok(match snapshot.check_count(level, input, text) {
                Ok(()) => Validation::Valid,
                Err(message) => Validation::Invalid(fitted(&message).into()),
            })
        };
        let previous = last
            .counts
            .iter()
            .flatten()
            .find(|(l, _)| *l == level)
            .map(|(_, n)| n.clone());
        let mut prompt = Text::new(&question)
            .with_help_message(&help)
            .with_validator(validator)
            .with_formatter(&super::answers::count_as_read);
        if let Some(previous) = &previous {
            prompt = prompt.with_default(previous);
        }
        let answer = prompt.prompt()?;
        if !answer.trim().is_empty() {
            counts.push((level, answer.trim().to_string()));
        }
    }
    Ok(counts)
}

/// The functions that send members to a team, separated by `;`; empty: the default.
fn functions(
    answers: &Answers,
    last: &Answers,
    text: &'static dyn Catalog,
) -> Result<Option<Vec<String>>, Stop> {
    let help = help(text, Question::Key(ProfileKey::Functions), text.keys_text());
    let snapshot = answers.clone();
    let validator = move |input: &str| {
        Ok(match snapshot.check_functions(input, text) {
            Ok(()) => Validation::Valid,
            Err(message) => Validation::Invalid(fitted(&message).into()),
        })
    };
    let previous = last.functions.clone().flatten().map(|f| f.join("; "));
    let mut prompt = Text::new(text.question(Question::Key(ProfileKey::Functions)))
        .with_help_message(&help)
        .with_validator(validator);
    if let Some(previous) = &previous {
        prompt = prompt.with_default(previous);
    }
    Ok(super::answers::split_functions(&prompt.prompt()?))
}

/// "label: value" lines of the answers, in the profile's order.
fn summary(answers: &Answers, text: &dyn Catalog) -> String {
    let values = answers.values();
    let mut lines = Vec::new();
    for column in ProfileKey::ALL {
        let shown = answers.shown(*column, &values, text);
        if let Some(shown) = shown {
            let label = text.column_label(*column);
            lines.push(format!("  {label}{}{shown}", text.labels().colon));
        }
    }
    lines.join("\n") + "\n"
}

/// Writes the profile once confirmed (`confirm`: asked first, for `--output`), never
/// over a file without asking — declined, another name is asked for, so the answers
/// are not lost — through a temporary file in the same directory renamed into place.
fn save(mut path: PathBuf, answers: &Answers, text: &'static dyn Catalog, confirm: bool) -> Ending {
    let ask =
        |message: String, default: bool| match yes_no(&message, text.keys_confirm(), default, text)
        {
            Ok(answer) => Ok(answer),
            Err(Stop::Back) => Ok(false),
            Err(stop) => Err(ended(stop, text)),
        };
    let mut confirm = confirm;
    loop {
        let name = path_name(&path);
        let found = match write::inspect(&path) {
            Ok(found) => found,
            Err(error) => return save_failed(name, error, text),
        };
        let confirmed = match confirm {
            true => ask(text.write_question(&name), true),
            false => Ok(true),
        };
        confirm = false;
        let confirmed = match confirmed {
            Ok(true) if found == Found::File => match ask(text.overwrite_question(&name), false) {
                // Not over this file: another name, the answers kept.
                Ok(false) => match file_name(&name, text) {
                    Ok(Some(other)) => {
                        path = other;
                        continue;
                    }
                    Ok(None) => Ok(false),
                    Err(ending) => return ending,
                },
                other => other,
            },
            other => other,
        };
        match confirmed {
            Ok(true) => {}
            Ok(false) => {
                let _ = writeln!(io::stderr(), "{}", text.not_written());
                return Ending::Done;
            }
            Err(ending) => return ending,
        }
        let contents = render::init::annotated(&answers.values(), text);
        let _writing = WRITING.lock();
        // Replaced only if it was there and the user said so; a file that appeared
        // while the questions were answered is kept.
        return match write::write_file(&path, contents.as_bytes(), found == Found::File) {
            Ok(()) => {
                let _ = writeln!(io::stderr(), "{}", text.written(&name));
                Ending::Done
            }
            Err(error) => save_failed(name, error, text),
        };
    }
}

/// The profile could not be written: said, exit 1.
fn save_failed(path: String, error: IoFailure, text: &dyn Catalog) -> Ending {
    let failure = if error == IoFailure::Exists {
        OutputFailure::Appeared { path }
    } else {
        OutputFailure::File { path, error }
    };
    report_error(&text.output_failed(&failure));
    Ending::Failed
}
