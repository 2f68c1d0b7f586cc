//! The binary: parses the command line (`cli`) and runs the library's app with it.
use std::process::ExitCode;

use kam_advise::app;

mod cli;

fn main() -> ExitCode {
    match cli::parse() {
        cli::Action::Generate { what, lang } => {
            app::print(&cli::generate(what, lang), lang).exit_code()
        }
        cli::Action::Run(request) => app::run(request).exit_code(),
    }
}
