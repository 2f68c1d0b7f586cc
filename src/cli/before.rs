//! The main job's options given before a subcommand, checked against what the
//! subcommand uses; a misplaced option becomes a usage error in the output language.

use super::*;
use kam_advise::slug::Slug;

/// The main job's options as given before a subcommand, to be checked against
/// what the subcommand uses, with those given after it that it does not take.
pub(crate) struct Before {
    pub(crate) name: &'static str,
    pub(crate) format: Option<AnyFormat>,
    pub(crate) why: bool,
    pub(crate) rules: Option<PathBuf>,
    pub(crate) sheet: Option<String>,
    pub(crate) document: DocumentArgs,
    pub(crate) after: Misplaced,
}

impl Before {
    pub(crate) fn not_applicable(&self, option: &'static str) -> Misuse {
        Misuse::of(
            self.name,
            Usage::NotApplicable {
                option,
                command: self.name,
            },
        )
    }

    /// No subcommand shows reasoning: `--why`, before or after it, is an error.
    pub(crate) fn no_why(&self) -> Result<(), Misuse> {
        if self.why || self.after.why {
            return Err(self.not_applicable("--why"));
        }
        Ok(())
    }

    /// For a subcommand without `--rules`: given before or after it, an error.
    pub(crate) fn no_rules(&self) -> Result<(), Misuse> {
        if self.rules.is_some() || self.after.rules {
            return Err(self.not_applicable("--rules"));
        }
        Ok(())
    }

    /// For a subcommand without `--format`: given before or after it, an error.
    pub(crate) fn no_format(&self) -> Result<(), Misuse> {
        if self.format.is_some() || self.after.format {
            return Err(self.not_applicable("--format"));
        }
        Ok(())
    }

    /// `--rules`, given before or after the subcommand, not both.
    pub(crate) fn rules(&self, after: Option<PathBuf>) -> Result<Option<PathBuf>, Misuse> {
        match (&self.rules, after) {
            (Some(_), Some(_)) => Err(self.given_twice("--rules")),
            (before, None) => Ok(before.clone()),
            (None, after) => Ok(after),
        }
    }

    /// `--format`, given before or after the subcommand, not both; a format given
    /// before it must be one the subcommand writes.
    pub(crate) fn format<T: Slug>(&self, after: Option<T>) -> Result<Option<T>, Misuse> {
        match (self.format, after) {
            (Some(_), Some(_)) => Err(self.given_twice("--format")),
            (None, after) => Ok(after),
            (Some(format), None) => format.of::<T>().map(Some).ok_or_else(|| {
                Misuse::of(
                    self.name,
                    Usage::FormatNotApplicable {
                        format: format.slug(),
                        command: Some(self.name),
                        valid: T::ALL.iter().map(|f| f.slug()).collect(),
                    },
                )
            }),
        }
    }

    pub(crate) fn given_twice(&self, option: &'static str) -> Misuse {
        Misuse::of(
            self.name,
            Usage::GivenTwice {
                option,
                command: self.name,
            },
        )
    }
}

/// A [`Misuse`] as a clap error (exit 2, with the usage line of the subcommand),
/// its message worded by the catalogue of the output language.
pub fn usage_error(misuse: &Misuse, lang: Option<Lang>, color: ColorWhen) -> clap::Error {
    let message = catalog(resolve_lang(lang)).usage(&misuse.usage);
    let choice = clap_color(color);
    let kind = match misuse.usage {
        Usage::NoProfile => ErrorKind::MissingRequiredArgument,
        _ => ErrorKind::ArgumentConflict,
    };
    let mut command = Cli::command().color(choice);
    command.build();
    match misuse
        .command
        .and_then(|name| command.find_subcommand_mut(name))
    {
        Some(subcommand) => subcommand.error(kind, message),
        None => command.error(kind, message),
    }
}
