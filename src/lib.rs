//! kam-advise: which key-account (KAM) organisation an enterprise should set up,
//! following the chapter 重点客户管理的组织 (ch. 11 §2).
//!
//! Data flows one way, and the modules are listed in that order: profile text →
//! [`check`] and [`profile`] → a checked [`Profile`] → [`advise`] (pure) → [`Advice`] →
//! the sentences of [`text`] → a renderer in [`render`] → [`app`], which reads inputs and
//! writes the output. The command line (clap) belongs to the binary; it hands
//! [`app::run`] an [`options::Request`]. A module imports only from those above it.

// Helpers: fixed sets of ids, quoting a user's text.
mod atomic;
mod quote;
mod slug;

// The domain: figures, input and the engine.
pub mod money;
pub mod scale;
pub mod rules;
pub mod problem;
pub mod check;
pub mod profile;
pub mod sheet;
pub mod advice;
pub mod date;

// Words and formats.
pub mod text;
pub mod render;

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
