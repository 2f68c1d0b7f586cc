use std::process::ExitCode;

use clap::Parser;

use kam_advise::app;
use kam_advise::cli::Cli;

fn main() -> ExitCode {
    let cli = Cli::parse();
    match app::run(cli) {
        Ok(outcome) => outcome.exit_code(),
        Err(err) if app::is_broken_pipe(&err) => ExitCode::SUCCESS,
        Err(err) => {
            app::report_error(&format!("{err:#}"));
            ExitCode::from(1)
        }
    }
}
