//! What is read off the command line before clap parses it: the language and the
//! colour asked for (so that clap's help and errors can be said in Chinese), and
//! `help COMMAND ...` turned into `COMMAND ... --help`, so that `kam-advise help init
//! --lang zh` works as `kam-advise init --help --lang zh` does.

use std::ffi::OsString;

use super::NAMES;
use kam_advise::options::ColorWhen;
use kam_advise::text::Lang;

/// The options of the main job that take a value in the next word: skipped with
/// it when looking for the first word that is not an option.
const TAKE_VALUE: &[&str] = &[
    "--lang",
    "-l",
    "--color",
    "--format",
    "-f",
    "--rules",
    "--output-dir",
    "--prepared-by",
    "--logo",
    "--sheet",
    "--generate",
];

/// The value given to an option (`--lang zh`, `--lang=zh`, `-l zh`, `-lzh`), the
/// last one given, before any `--`.
fn option_value(args: &[OsString], long: &str, short: Option<&str>) -> Option<String> {
    let mut found = None;
    let mut words = args.iter().skip(1).map(|a| a.to_string_lossy());
    while let Some(word) = words.next() {
        if word == "--" {
            break;
        }
        if word == long || Some(word.as_ref()) == short {
            found = words.next().map(|w| w.into_owned());
        } else if let Some(value) = word.strip_prefix(&format!("{long}=")) {
            found = Some(value.to_string());
        } else if let Some(value) = short
            .and_then(|s| word.strip_prefix(s))
            .filter(|v| !v.is_empty())
        {
            found = Some(value.trim_start_matches('=').to_string());
        }
    }
    found
}

/// The language the run asks for: `--lang` when it names one, else the locale.
pub fn lang(args: &[OsString]) -> Lang {
    let flag = match option_value(args, "--lang", Some("-l")).as_deref() {
        Some("zh") => Some(Lang::Zh),
        Some("en") => Some(Lang::En),
        _ => None,
    };
    kam_advise::app::resolve_lang(flag)
}

/// The colour the run asks for, `auto` unless `--color` names another.
pub fn color(args: &[OsString]) -> ColorWhen {
    match option_value(args, "--color", None).as_deref() {
        Some("always") => ColorWhen::Always,
        Some("never") => ColorWhen::Never,
        _ => ColorWhen::Auto,
    }
}

/// The first word that is not an option or an option's value, if there is one.
fn first_word(args: &[OsString]) -> Option<usize> {
    let mut index = 1;
    while let Some(word) = args.get(index).map(|a| a.to_string_lossy()) {
        if word == "--" {
            return None;
        }
        if !word.starts_with('-') || word == "-" {
            return Some(index);
        }
        index += if TAKE_VALUE.contains(&word.as_ref()) {
            2
        } else {
            1
        };
    }
    None
}

/// The subcommand the command line runs, if its first word names one.
pub fn subcommand(args: &[OsString]) -> Option<&'static str> {
    let word = args.get(first_word(args)?)?.to_string_lossy();
    NAMES.into_iter().find(|name| *name == word)
}

/// The word after `help` when it names no subcommand (`help explian`), as
/// [`help_as_flag`] leaves such a command line.
pub fn unknown_help_topic(args: &[OsString]) -> Option<String> {
    let index = first_word(args).filter(|&i| args[i] == "help")?;
    let word = args.get(index + 1)?.to_string_lossy().into_owned();
    (!word.starts_with('-') && !NAMES.contains(&word.as_str())).then_some(word)
}

/// `kam-advise [OPTIONS] help [COMMAND] [ARGS]` as `kam-advise [OPTIONS] [COMMAND]
/// [ARGS] --help` (`help help` as `--help`); any other command line as it is, so that
/// `help WORD` for a word that names no subcommand is clap's error, with its "did
/// you mean".
pub fn help_as_flag(args: Vec<OsString>) -> Vec<OsString> {
    let Some(index) = first_word(&args).filter(|&i| args[i] == "help") else {
        return args;
    };
    let mut rewritten = args;
    rewritten.remove(index);
    match rewritten
        .get(index)
        .map(|w| w.to_string_lossy().into_owned())
    {
        Some(word) if word == "help" => {
            rewritten.remove(index);
        }
        Some(word) if !word.starts_with('-') && !NAMES.contains(&word.as_str()) => {
            rewritten.insert(index, OsString::from("help"));
            return rewritten;
        }
        _ => {}
    }
    rewritten.push(OsString::from("--help"));
    rewritten
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(line: &str) -> Vec<OsString> {
        line.split_whitespace().map(OsString::from).collect()
    }

    #[test]
    fn the_language_is_read_in_every_spelling() {
        for line in [
            "kam-advise --lang zh init",
            "kam-advise init --lang=zh",
            "kam-advise -l zh",
            "kam-advise -lzh x.toml",
            "kam-advise --lang en --lang zh",
        ] {
            assert_eq!(lang(&words(line)), Lang::Zh, "{line}");
        }
        assert_eq!(lang(&words("kam-advise --lang zh -l en")), Lang::En);
        assert_eq!(
            lang(&words("kam-advise -- --lang zh")),
            lang(&words("kam-advise"))
        );
        assert_eq!(
            color(&words("kam-advise --color never x")),
            ColorWhen::Never
        );
        assert_eq!(
            color(&words("kam-advise --color=always")),
            ColorWhen::Always
        );
        assert_eq!(
            subcommand(&words("kam-advise --lang zh init --format x")),
            Some("init")
        );
        assert_eq!(subcommand(&words("kam-advise --format json x.toml")), None);
    }

    #[test]
    fn help_before_a_command_becomes_its_help_flag() {
        let cases = [
            ("kam-advise help", "kam-advise --help"),
            (
                "kam-advise help init --lang zh",
                "kam-advise init --lang zh --help",
            ),
            (
                "kam-advise --lang zh help explain",
                "kam-advise --lang zh explain --help",
            ),
            ("kam-advise init help", "kam-advise init help"),
            ("kam-advise help help", "kam-advise --help"),
            ("kam-advise help explian", "kam-advise help explian"),
            ("kam-advise client.toml", "kam-advise client.toml"),
            ("kam-advise -- help", "kam-advise -- help"),
        ];
        for (line, want) in cases {
            assert_eq!(help_as_flag(words(line)), words(want), "{line}");
        }
    }
}
