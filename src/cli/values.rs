//! The values clap reads: the library's own enums, taken by their slugs through one
//! value parser ([`slugs`]), each value with the help clap shows beside it (in
//! `--help` and in completions). Only `--generate`, which names no library type, is
//! an enum of the command line's own.

use std::ffi::OsStr;
use std::marker::PhantomData;

use clap::builder::{PossibleValue, PossibleValuesParser, TypedValueParser};

use super::*;
use kam_advise::options::GradeFormat;
use kam_advise::schema::SchemaName;
use kam_advise::slug::Slug;
use kam_advise::teach::Difficulty;

/// A library enum as the command line takes it: by its slugs, each with the help
/// shown beside it (`None`: the values are listed on one line, without meanings).
/// The English help is here; the Chinese is in `VALUES` of `zh.rs`.
pub(crate) trait Value: Slug + Send + Sync {
    fn help(self) -> Option<&'static str> {
        None
    }

    /// Taken, but neither listed nor completed.
    fn hidden(self) -> bool {
        false
    }
}

/// clap's value parser of a [`Value`]: `#[arg(value_parser = slugs::<Kind>())]`.
pub(crate) fn slugs<T: Value>() -> Slugs<T> {
    Slugs(PhantomData)
}

/// See [`slugs`].
pub(crate) struct Slugs<T>(PhantomData<fn() -> T>);

impl<T> Clone for Slugs<T> {
    fn clone(&self) -> Self {
        Slugs(PhantomData)
    }
}

impl<T: Value> TypedValueParser for Slugs<T> {
    type Value = T;

    fn parse_ref(
        &self,
        command: &clap::Command,
        arg: Option<&clap::Arg>,
        value: &OsStr,
    ) -> Result<T, clap::Error> {
        let text = value.to_string_lossy();
        if let Some(value) = T::from_slug(&text) {
            return Ok(value);
        }
        // Not one of the words: clap's own error, listing the visible ones (a word
        // that is not UTF-8 is shown with replacement characters, as clap does).
        let values: Vec<PossibleValue> = self.possible_values().into_iter().flatten().collect();
        match PossibleValuesParser::new(values).parse_ref(command, arg, OsStr::new(&*text)) {
            Err(error) => Err(error),
            Ok(_) => Err(clap::Error::new(ErrorKind::InvalidValue).with_cmd(command)),
        }
    }

    fn possible_values(&self) -> Option<Box<dyn Iterator<Item = PossibleValue> + '_>> {
        Some(Box::new(T::ALL.iter().map(|&value| {
            PossibleValue::new(value.slug())
                .help(value.help())
                .hide(value.hidden())
        })))
    }
}

/// `--format` before a subcommand, or for the advice: any format a command writes,
/// checked once the command is known ([`Before::format`]). The advice's formats are
/// listed; the others are taken hidden, for `kam-advise --format toml rules`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct AnyFormat(&'static str);

/// The formats the advice does not write, with what writes them.
const OTHER_FORMATS: [(&str, &str); 5] = [
    ("toml", "Commented TOML (`rules` and `init` only)"),
    ("jdm", "A GoRules decision table (`rules` only)"),
    ("dmn", "A DMN 1.3 decision table (`rules` only)"),
    ("csv", "A CSV sheet (`compare` and `init` only)"),
    ("xlsx", "An XLSX workbook (`compare` only)"),
];

impl AnyFormat {
    /// This format as one of `T`, if a command writing `T` writes it.
    pub(crate) fn of<T: Slug>(self) -> Option<T> {
        T::from_slug(self.0)
    }

    pub(crate) fn slug(self) -> &'static str {
        self.0
    }
}

impl Slug for AnyFormat {
    const ALL: &'static [AnyFormat] = &[
        AnyFormat("table"),
        AnyFormat("json"),
        AnyFormat("markdown"),
        AnyFormat("dot"),
        AnyFormat("html"),
        AnyFormat("docx"),
        AnyFormat(OTHER_FORMATS[0].0),
        AnyFormat(OTHER_FORMATS[1].0),
        AnyFormat(OTHER_FORMATS[2].0),
        AnyFormat(OTHER_FORMATS[3].0),
        AnyFormat(OTHER_FORMATS[4].0),
    ];

    fn slug(self) -> &'static str {
        self.0
    }
}

impl Value for AnyFormat {
    fn help(self) -> Option<&'static str> {
        match self.of::<Format>() {
            Some(format) => format.help(),
            None => OTHER_FORMATS
                .iter()
                .find(|(slug, _)| *slug == self.0)
                .map(|(_, help)| *help),
        }
    }

    fn hidden(self) -> bool {
        self.of::<Format>().is_none()
    }
}

impl Value for Format {
    fn help(self) -> Option<&'static str> {
        Some(match self {
            Format::Table => "Tables and an org tree for the terminal",
            Format::Json => "One JSON object per profile, one per line (JSON Lines)",
            Format::Markdown => "A report to paste, with the org chart as a Mermaid block",
            Format::Dot => "The org chart for Graphviz",
            Format::Html => {
                "A self-contained HTML page with the org chart drawn in, ready to print"
            }
            Format::Docx => {
                "A Word document (DOCX) to edit, the org chart as Word shapes; to a file or a \
                 redirect, never a terminal"
            }
        })
    }
}

impl Value for RulesFormat {
    fn help(self) -> Option<&'static str> {
        Some(match self {
            RulesFormat::Toml => "Commented TOML, ready to edit and load with --rules",
            RulesFormat::Json => "One JSON object with the thresholds in force",
            RulesFormat::Jdm => "The form rules as a GoRules decision table (JSON Decision Model)",
            RulesFormat::Dmn => {
                "The form rules as a DMN 1.3 decision table, for Camunda and other modelers"
            }
        })
    }
}

impl Value for ExplainFormat {
    fn help(self) -> Option<&'static str> {
        Some(match self {
            ExplainFormat::Table => "Tables for the terminal",
            ExplainFormat::Markdown => "Markdown tables, for a handout",
        })
    }
}

impl Value for CompareFormat {
    fn help(self) -> Option<&'static str> {
        Some(match self {
            CompareFormat::Table => "One table for the terminal",
            CompareFormat::Markdown => "One Markdown table",
            CompareFormat::Json => "One JSON object per enterprise, one per line (JSON Lines)",
            CompareFormat::Csv => {
                "A portfolio sheet: CSV (RFC 4180, UTF-8), headers in the output language"
            }
            CompareFormat::Xlsx => "A portfolio workbook (XLSX): to --output FILE or a redirect",
            CompareFormat::Html => {
                "A portfolio report to hand over: one HTML page with the table and charts, ready \
                 to print; to --output FILE or a redirect"
            }
        })
    }
}

impl Value for InitFormat {
    fn help(self) -> Option<&'static str> {
        Some(match self {
            InitFormat::Toml => "An annotated TOML profile",
            InitFormat::Csv => "The empty portfolio sheet (the column names), as CSV",
        })
    }
}

impl Value for GradeFormat {
    fn help(self) -> Option<&'static str> {
        Some(match self {
            GradeFormat::Table => {
                "Tables for the terminal: a row per case (or per student), then the feedback"
            }
            GradeFormat::Json => {
                "One JSON object per sheet, one per line; a class adds a summary line"
            }
            GradeFormat::Markdown => "The same as Markdown, to hand back",
        })
    }
}

impl Value for Topic {
    fn help(self) -> Option<&'static str> {
        Some(match self {
            Topic::Conditions => "(一) the conditions for a dedicated unit and their thresholds",
            Topic::Forms => "(二) the forms, the order they are checked in, whom each suits",
            Topic::Staffing => "The staffing rules",
            Topic::Duties => "(三) the unit's seven duties",
            Topic::Requirements => "(四) what KAM staff need, and the KAM manager",
            Topic::Examples => {
                "The chapter's examples: Kotler's figures, Xerox, the postal service, P&G and \
                 Walmart"
            }
            Topic::Readings => {
                "How the tool reads the printed chapter where its words differ (重点型 as 大型)"
            }
            Topic::Scale => "The NBS 2017 size table used to infer the scale",
            Topic::Money => "How an amount of money may be written in a profile or sheet",
        })
    }
}

impl Value for Difficulty {
    fn help(self) -> Option<&'static str> {
        Some(match self {
            Difficulty::Basic => {
                "Clear-cut cases, the scale stated, figures far from the thresholds"
            }
            Difficulty::Mixed => "The boundaries students get wrong; half of the scales to infer",
            Difficulty::Hard => "The boundaries, every scale to infer from the NBS 2017 figures",
        })
    }
}

impl Value for SchemaName {
    fn help(self) -> Option<&'static str> {
        Some(match self {
            SchemaName::Profile => {
                "The profile (TOML): completion, documentation and checks in an editor"
            }
            SchemaName::Advice => "A line of `kam-advise --format json`",
            SchemaName::Compare => "A line of `kam-advise compare --format json`",
        })
    }
}

impl Value for Lang {
    fn help(self) -> Option<&'static str> {
        Some(match self {
            Lang::En => "English",
            Lang::Zh => "Chinese (中文)",
        })
    }
}

impl Value for ColorWhen {
    fn help(self) -> Option<&'static str> {
        Some(match self {
            ColorWhen::Auto => "On a terminal only",
            ColorWhen::Always => "Always (still never with NO_COLOR set)",
            ColorWhen::Never => "Never",
        })
    }
}

// Kinds and sizes for `init` are listed without meanings.
impl Value for Kind {}
impl Value for Scale {}

/// What `--generate` writes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Generate {
    Bash,
    Zsh,
    Fish,
    Powershell,
    Elvish,
    /// The man page (roff).
    Man,
}
