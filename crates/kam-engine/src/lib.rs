//! The engine of kam-advise: the chapter 重点客户管理的组织 (ch. 11 §2) as data and
//! a pure function. Profile text → [`check`] and [`profile`] → a checked [`Profile`]
//! → [`advise`] → [`Advice`]; every threshold and assumption in [`Rules`]; every
//! problem with an input as data ([`problem`]), put into words by the catalogues of
//! the report layer, never here. No file, terminal, sheet or document is touched.
//! A module imports only from those above it.

#![warn(unreachable_pub)]

// Helpers: quoting a user's text, fixed sets of ids (the `slug_enum!` macro, used by
// the layers above too), the spellings input accepts.
#[doc(hidden)]
pub mod quote;
#[doc(hidden)]
#[macro_use]
pub mod slug;
pub mod spelling;

// Figures, input and the engine.
pub mod money;
pub mod scale;
pub mod rules;
pub mod problem;
pub mod check;
pub mod rules_file;
pub mod keys;
pub mod profile;
pub mod advice;

pub use advice::{Advice, advise};
pub use profile::{Profile, ProfileError, parse_profile};
pub use rules::Rules;
