//! `kam-advise schema WHICH` on the command line: which schema, and its help, which
//! teaches how editors (taplo, Even Better TOML) use the profile schema. Only `--lang`
//! and `--color` apply; the main job's options given to it are refused.

use super::{Before, Misuse, slugs};
use kam_advise::options::{Job, SchemaName};

/// How `kam-advise schema --help` teaches the use of the schemas.
pub const SCHEMA_HELP: &str = "\
Examples:
  kam-advise schema profile > kam-profile.schema.json
      Save the profile schema beside the profiles.
  kam-advise init --schema ./kam-profile.schema.json > client.toml
      A profile whose first line, `#:schema ./kam-profile.schema.json`, points taplo
      and Even Better TOML (VS Code) at the schema; add that line to older profiles.

Every profile of a folder, in .taplo.toml (read by taplo and Even Better TOML):
  [[rule]]
  include = [\"clients/*.toml\"]
  schema.path = \"./kam-profile.schema.json\"

Or in VS Code's settings.json: a regular expression of the profiles' URIs, and the
schema's absolute URI:
  \"evenBetterToml.schema.associations\": {
    \".*/clients/.*\\\\.toml$\": \"file:///home/me/kam/kam-profile.schema.json\"
  }

The editor then completes keys and values, shows what each key means, and marks
unknown keys and values and missing required keys as they are typed.

For scripts: `schema advice` and `schema compare` describe a line of `--format json`
and of `compare --format json`; keys may be added within a schema_version.";

// `kam-advise schema`.
#[derive(Debug, clap::Args)]
#[command(after_long_help = SCHEMA_HELP)]
pub struct SchemaArgs {
    /// Which schema.
    #[arg(value_parser = slugs::<SchemaName>())]
    pub which: SchemaName,
}

impl SchemaArgs {
    pub(crate) fn job(self, before: &Before) -> Result<Job, Misuse> {
        before.no_rules()?;
        before.no_format()?;
        Ok(Job::Schema { which: self.which })
    }
}
