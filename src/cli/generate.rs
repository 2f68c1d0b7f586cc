//! `--generate`: shell completions and the man page, both from the clap definition.

use super::*;

/// An option a subcommand lists as its own: shown, not one every command has
/// (`--lang`, `--color`), not the help flag.
fn own_option(arg: &clap::Arg) -> bool {
    !arg.is_hide_set()
        && !arg.is_global_set()
        && !matches!(
            arg.get_action(),
            ArgAction::Help | ArgAction::HelpShort | ArgAction::HelpLong
        )
}

/// The command line as completions offer it: without the hidden arguments (taken
/// only to report them as misplaced), which the completion generators do not skip.
/// Each subcommand is built on its own for its arguments; what clap adds when it
/// builds (the help flag, `--lang` and `--color`) it adds again when it generates.
pub(crate) fn completion_command() -> clap::Command {
    let full = Cli::command();
    let visible = |command: &clap::Command| -> Vec<clap::Arg> {
        command
            .get_arguments()
            .filter(|a| own_option(a))
            .cloned()
            .collect()
    };
    let mut command = clap::Command::new("kam-advise")
        .version(env!("CARGO_PKG_VERSION"))
        .args(full.get_arguments().filter(|a| !a.is_hide_set()).cloned());
    for (name, sub) in NAMES
        .into_iter()
        .filter_map(|n| Some((n, full.find_subcommand(n)?)))
    {
        let mut built = sub.clone();
        built.build();
        command = command.subcommand(
            clap::Command::new(name)
                .about(sub.get_about().cloned().unwrap_or_default())
                .args(visible(&built)),
        );
    }
    command
}

/// Shell completions, or the man page (in Chinese when the output language is).
pub fn generate(what: Generate, lang: Option<Lang>) -> String {
    let mut command = if resolve_lang(lang) == Lang::Zh {
        zh::localise_completions(completion_command())
    } else {
        completion_command()
    };
    let shell = match what {
        Generate::Man if resolve_lang(lang) == Lang::Zh => {
            return man_page(zh::localise_unwrapped(Cli::command()), Lang::Zh);
        }
        Generate::Man => return man_page(Cli::command(), Lang::En),
        Generate::Bash => clap_complete::Shell::Bash,
        Generate::Zsh => clap_complete::Shell::Zsh,
        Generate::Fish => clap_complete::Shell::Fish,
        Generate::Powershell => clap_complete::Shell::PowerShell,
        Generate::Elvish => clap_complete::Shell::Elvish,
    };
    let mut out = Vec::new();
    clap_complete::generate(shell, &mut command, "kam-advise", &mut out);
    String::from_utf8_lossy(&out).into_owned()
}

/// The man page, one page: clap_mangen's title, synopsis, description and options,
/// then the commands with their own options (there are no `kam-advise-NAME(1)`
/// pages to refer to), the profile's keys, the exit status, and the examples
/// kept as laid out in `--help`.
pub(crate) fn man_page(mut command: clap::Command, lang: Lang) -> String {
    let chinese = lang == Lang::Zh;
    use clap_mangen::roff::{Roff, bold, roman};

    command.build();
    let man = clap_mangen::Man::new(command.clone());
    let mut out = Vec::new();
    // Writing into a Vec cannot fail.
    let _ = man.render_title(&mut out);
    let _ = man.render_name_section(&mut out);
    let _ = man.render_synopsis_section(&mut out);
    let _ = man.render_description_section(&mut out);
    let _ = man.render_options_section(&mut out);

    let mut roff = Roff::new();
    // Sections of this page's own (not man's NAME, SYNOPSIS …) in the page's language.
    roff.control("SH", [if chinese { "子命令" } else { "COMMANDS" }]);
    roff.text([roman(if chinese {
        zh::MAN_COMMANDS
    } else {
        "Options go before or after the command. --lang and --color apply to every command; \
         the others only where listed."
    })]);
    for sub in command
        .get_subcommands()
        .filter(|s| !s.is_hide_set() && s.get_name() != "help")
    {
        let args: Vec<&clap::Arg> = sub.get_arguments().filter(|a| own_option(a)).collect();
        let mut synopsis = vec![bold(format!("kam-advise {}", sub.get_name()))];
        for arg in &args {
            synopsis.push(roman(" "));
            synopsis.extend(arg_synopsis(arg, true));
        }
        roff.control("TP", []);
        roff.text(synopsis);
        if let Some(about) = sub.get_long_about().or_else(|| sub.get_about()) {
            roff.text([roman(about.to_string())]);
        }
        if args.is_empty() {
            continue;
        }
        roff.control("RS", []);
        for arg in args {
            roff.control("TP", []);
            roff.text(arg_synopsis(arg, false));
            let mut help = arg
                .get_long_help()
                .or_else(|| arg.get_help())
                .map(ToString::to_string)
                .unwrap_or_default();
            let values: Vec<String> = arg
                .get_possible_values()
                .iter()
                .filter(|v| !v.is_hide_set())
                .map(|v| v.get_name().to_string())
                .collect();
            if chinese {
                // The Chinese help lists the values itself, with their meanings.
                if !values.is_empty() && !help.contains(zh::MAN_POSSIBLE_VALUES) {
                    let _ = write!(
                        help,
                        "［{}：{}］",
                        zh::MAN_POSSIBLE_VALUES,
                        values.join("、")
                    );
                }
            } else if !values.is_empty() {
                let _ = write!(help, " [possible values: {}]", values.join(", "));
            }
            roff.text([roman(help)]);
        }
        roff.control("RE", []);
    }

    roff.control("SH", [if chinese { "资料文件" } else { "PROFILE" }]);
    roff.text([roman(if chinese {
        zh::MAN_PROFILE
    } else {
        "A profile is a TOML file describing one enterprise; `kam-advise init` writes an \
         annotated one to start from. Amounts are a number of units of currency, or a string \
         with 万 (1e4), 亿 (1e8), K (1e3), M (1e6), B or bn (1e9), any case, with _ or , \
         allowed between digits: \"8000万\", \"1.2亿\", \"80,000,000\". `kam-advise schema \
         profile` prints the profile's JSON Schema, for editors (see its --help)."
    })]);
    let list = |words: Vec<&str>| words.join(", ");
    let keys: Vec<(String, String)> = vec![
        ("name".into(), "Required. The enterprise's name.".into()),
        (
            "annual_revenue".into(),
            "Required. Annual revenue, an amount; (一)1 compares it with 5000万 yuan.".into(),
        ),
        (
            "key_accounts".into(),
            "Required. Key accounts the firm has rated, 0 or more; (一)2 compares them with 6."
                .into(),
        ),
        (
            "currency".into(),
            "The ISO code of the amounts (three letters); CNY when left out. Any other needs cny_rate."
                .into(),
        ),
        (
            "cny_rate".into(),
            "CNY per one unit of currency, e.g. 7.1 for USD.".into(),
        ),
        (
            "kind".into(),
            format!(
                "What kind of organisation: {} (default enterprise).",
                list(Kind::ALL.iter().map(|k| k.slug()).collect())
            ),
        ),
        (
            "scale".into(),
            format!(
                "Its size: {} (or 微型, 小型, 中型, 大型). When left out it is inferred from \
                 industry and the figures its NBS 2017 row needs.",
                list(Scale::ALL.iter().map(|s| s.slug()).collect())
            ),
        ),
        (
            "industry".into(),
            format!(
                "The NBS 2017 row, by slug or Chinese name: {}. Finance is not covered: declare scale.",
                list(INDUSTRIES.iter().map(|r| r.slug).collect())
            ),
        ),
        (
            "employees".into(),
            "Employees; most NBS rows need them to infer the scale.".into(),
        ),
        (
            "total_assets".into(),
            "Total assets, an amount; the construction, real-estate and \
             leasing-business-services rows need it to infer the scale."
                .into(),
        ),
        (
            "current_setup".into(),
            format!(
                "Who looks after key accounts today: {}. The advice then adds the gap to the \
                 recommendation and the steps to close it.",
                list(Setup::ALL.iter().map(|s| s.slug()).collect())
            ),
        ),
        (
            "[strategy] strategic_plan".into(),
            "true when a KAM unit is part of the firm's strategic or development plan; \
             condition (一)3."
                .into(),
        ),
        (
            "[strategy] account_development".into(),
            "true when a unit would grow key accounts faster and deepen their trust; \
             condition (一)4."
                .into(),
        ),
        (
            "[network] levels".into(),
            format!(
                "The tiers of a multi-level organisation, top first: {}.",
                list(Level::ALL.iter().map(|l| l.slug()).collect())
            ),
        ),
        (
            "[network] counts".into(),
            "How many units at a level, e.g. { provincial = 31, prefecture = 333 }.".into(),
        ),
        (
            "[team] functions".into(),
            "The firm's functions that send members to a team.".into(),
        ),
    ];
    let keys: Vec<(String, String)> = if chinese {
        // The ids each meaning lists, as the English lists them, apart by 、.
        let list = |words: Vec<&str>| words.join("、");
        let ids = |key: &str| -> Option<String> {
            Some(match key {
                "kind" => list(Kind::ALL.iter().map(|k| k.slug()).collect()),
                "scale" => list(Scale::ALL.iter().map(|s| s.slug()).collect()),
                "industry" => list(INDUSTRIES.iter().map(|r| r.slug).collect()),
                "current_setup" => list(Setup::ALL.iter().map(|s| s.slug()).collect()),
                "[network] levels" => list(Level::ALL.iter().map(|l| l.slug()).collect()),
                _ => return None,
            })
        };
        zh::MAN_KEYS
            .iter()
            .map(|(key, meaning)| {
                let meaning = match ids(key) {
                    Some(list) => meaning.replacen("{}", &list, 1),
                    None => (*meaning).to_string(),
                };
                ((*key).to_string(), meaning)
            })
            .collect()
    } else {
        keys
    };
    for (key, meaning) in keys {
        roff.control("TP", []);
        roff.text([bold(key)]);
        roff.text([roman(meaning)]);
    }

    roff.control("SH", ["EXIT STATUS"]);
    let english = [
        (
            "0",
            "Every profile was advised (and every other command succeeded).",
        ),
        (
            "1",
            "A profile or file failed, or the output could not be written; its errors are on \
             standard error and the other profiles are still advised.",
        ),
        (
            "2",
            "Usage error: an unknown option or value, or an option given to a command that does \
             not use it.",
        ),
        (
            "130",
            "The interview was interrupted (Ctrl-C); nothing was written.",
        ),
    ];
    let exits: &[(&str, &str)] = if chinese { zh::MAN_EXIT } else { &english };
    for &(code, meaning) in exits {
        roff.control("TP", []);
        roff.text([bold(code)]);
        roff.text([roman(meaning)]);
    }
    let _ = roff.to_writer(&mut out);

    let mut page = String::from_utf8_lossy(&out).into_owned();
    if chinese {
        // Chinese has no spaces to stretch: lines left-aligned, not justified.
        // No English hyphenation of ids (ta-ble), and a break point between Chinese
        // characters, where groff finds none by itself.
        if let Some(at) = page.find(".SH NAME") {
            page.insert_str(at, ".ad l\n.nh\n");
        }
        page = zh::man_break_points(&page);
    }
    page.push_str(".SH EXAMPLES\n.nf\n");
    let examples = if chinese { zh::EXAMPLES } else { EXAMPLES };
    for line in examples
        .lines()
        .take_while(|l| !l.starts_with("Exit codes:") && !l.starts_with("退出码："))
        .filter(|l| *l != "Examples:" && *l != "示例：")
    {
        // Escape roff's backslash and protect lines that start with a control character.
        let line = line.replace('\\', "\\e");
        if line.starts_with(['.', '\'']) {
            page.push_str("\\&");
        }
        page.push_str(&line);
        page.push('\n');
    }
    page.push_str(".fi\n");
    let mut version = Vec::new();
    let _ = man.render_version_section(&mut version);
    page.push_str(&String::from_utf8_lossy(&version));
    page
}

/// An argument as the man page writes it: `--rules FILE`, `[TOPIC]`, `PROFILE...`;
/// in brackets when optional and `bracket` is set.
pub(crate) fn arg_synopsis(arg: &clap::Arg, bracket: bool) -> Vec<clap_mangen::roff::Inline> {
    use clap_mangen::roff::{bold, italic, roman};

    let value = arg
        .get_value_names()
        .map(|names| names.join(" "))
        .unwrap_or_else(|| arg.get_id().as_str().to_uppercase());
    let mut parts = Vec::new();
    let optional = bracket && !arg.is_required_set();
    if optional {
        parts.push(roman("["));
    }
    if arg.is_positional() {
        parts.push(italic(value));
        if matches!(arg.get_action(), ArgAction::Append) {
            parts.push(roman("..."));
        }
    } else {
        if let Some(short) = arg.get_short() {
            parts.push(bold(format!("-{short}")));
            parts.push(roman(if bracket { "|" } else { ", " }));
        }
        if let Some(long) = arg.get_long() {
            parts.push(bold(format!("--{long}")));
        }
        if arg.get_action().takes_values() {
            parts.push(roman(" "));
            parts.push(italic(value));
        }
    }
    if optional {
        parts.push(roman("]"));
    }
    parts
}
