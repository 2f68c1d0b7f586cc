//! The report layer of kam-advise: the advice of [`kam_engine`] in words and
//! documents. Every sentence in both languages ([`text`]), each citing its clause;
//! the renderers ([`render`]: terminal table, JSON, Markdown, Graphviz, HTML with its
//! chart, DOCX, the portfolio sheets, decision tables); the JSON Schemas
//! ([`schema`]); the date a document carries ([`date`]). Renderers return text or
//! bytes: no file is read or written here. A module imports only from those above it.

#![warn(unreachable_pub)]

// The engine's modules under the names this crate's code uses, and `slug_enum!`.
#[macro_use]
extern crate kam_engine;
pub use kam_engine::{Advice, Profile, ProfileError, Rules, advise, parse_profile};
pub use kam_engine::{advice, check, money, problem, profile, quote, rules, scale, spelling};

// The date a document carries (local, or SOURCE_DATE_EPOCH).
pub mod date;

// Words, then formats out, then the schemas of the profile and of the JSON written.
pub mod text;
pub mod render;
pub mod schema;
