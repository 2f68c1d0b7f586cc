//! The integration tests, one binary: the command line as users and scripts meet it.

// A test may unwrap anywhere, helpers included: a failed unwrap is a failed test.
#![allow(clippy::unwrap_used)]

mod support;

mod cli;
mod decision;
mod docx;
mod documents;
mod errors;
mod examples;
mod files;
mod hostile;
mod html;
// Through a pseudo-terminal (rexpect): Unix only.
#[cfg(unix)]
mod interview;
mod names;
mod portfolio;
mod properties;
mod reports;
mod revenue;
mod schema;
mod sheets;
mod staffing;
mod teach;
