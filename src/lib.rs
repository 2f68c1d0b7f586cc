//! kam-advise: which key-account (KAM) organisation an enterprise should set up,
//! following the chapter 重点客户管理的组织 (ch. 11 §2).
//!
//! Data flows one way, and the modules are listed in that order: profile text →
//! [`check`] and [`profile`] → a checked [`Profile`] → [`advise`] (pure) → [`Advice`] →
//! the sentences of [`text`] → a renderer in [`render`] → [`app`], which reads inputs and
//! writes the output. The command line (clap) belongs to the binary; it hands
//! [`app::run`] an [`options::Request`]. A module imports only from those above it.

#![warn(unreachable_pub)]

// The engine is its own crate (crates/kam-engine): figures, input and the advice,
// with no words, files or terminal. Its modules are re-exported under the names the
// layers above use; `slug_enum!` comes with it.
#[macro_use]
extern crate kam_engine;
use kam_engine::quote;
pub use kam_engine::{advice, check, money, problem, profile, rules, scale, slug, spelling};
// The report layer is its own crate too (crates/kam-report): words, renderers, schemas.
pub use kam_report::{date, render, schema, text};

// What every message to the user shares (a path's name, `error:` lines).
pub mod console;

// Spreadsheets in.
pub mod sheet;

// Every file written: whole or not at all, never over another's file without
// --force, never through a link.
pub(crate) mod write;

// Teaching is its own crate too (crates/kam-teach): exercise sets made by the
// engine, and marking.
pub use kam_teach as teach;

// Running the program: options, the interview, inputs and outputs.
pub mod options;
pub mod interview;
pub mod app;

pub use advice::{Advice, advise};
pub use profile::{Profile, ProfileError, parse_profile};
pub use rules::Rules;

// The engine's tests that read a problem in words (the engine has none).
#[cfg(test)]
mod engine_words;
