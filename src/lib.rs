//! kam-advise: which key-account (KAM) organisation an enterprise should set up,
//! following the chapter 重点客户管理的组织 (ch. 11 §2).
//!
//! Data flows one way: profile text → [`profile::parse_profile`] → [`Profile`] →
//! [`advise`] (pure) → [`Advice`] → a renderer in [`render`] → text. The command
//! line (clap) belongs to the binary; it hands [`app::run`] an [`options::Request`].

pub mod advice;
pub mod app;
pub mod interview;
pub mod money;
pub mod options;
mod portfolio;
pub mod problem;
pub mod profile;
pub mod render;
pub mod rules;
pub mod scale;
pub mod sheet;
mod slug;
pub mod text;

pub use advice::{Advice, advise};
pub use profile::{Profile, ProfileError, parse_profile};
pub use rules::Rules;
