//! kam-advise: which key-account (KAM) organisation an enterprise should set up,
//! following the chapter 重点客户管理的组织 (ch. 11 §2).
//!
//! Data flows one way, and the modules are listed in that order: profile text →
//! [`check`] and [`profile`] → a checked [`Profile`] → [`advise`] (pure) → [`Advice`] →
//! the sentences of [`text`] → a renderer in [`render`] → [`app`], which reads inputs and
//! writes the output. The command line (clap) belongs to the binary; it hands
//! [`app::run`] an [`options::Request`]. A module imports only from those above it,
//! but for the exceptions docs/architecture.md lists ("Layers").

// Helpers: quoting a user's text, fixed sets of ids, and what every message to
// the user shares (a path's name, `error:` lines).
mod quote;
mod slug;
pub mod spelling;
pub mod console;

// The domain: figures, input and the engine.
pub mod money;
pub mod scale;
pub mod rules;
pub mod problem;
pub mod check;
mod rules_file;
pub mod profile;
pub mod advice;
pub mod date;

// Words, spreadsheets in, and formats out.
pub mod text;
pub mod sheet;
pub mod render;

// Every file written: whole or not at all, never over another's file without
// --force, never through a link.
pub(crate) mod write;

// The JSON Schemas of the profile and of the JSON the renderers write.
pub mod schema;

// Teaching: exercise sets made by the engine, and marking.
pub mod teach;

// Running the program: options, the interview, inputs and outputs.
pub mod options;
pub mod interview;
pub mod app;

pub use advice::{Advice, advise};
pub use profile::{Profile, ProfileError, parse_profile};
pub use rules::Rules;
