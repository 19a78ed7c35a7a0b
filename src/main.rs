//! Parse, run, turn the error into an exit code; nothing else.

use std::process::ExitCode;

fn main() -> ExitCode {
    schedctl::platform::exit_on_interrupt();
    std::panic::set_hook(Box::new(|info| {
        eprintln!("schedctl: error: internal error: {info}");
        eprintln!("hint: this is a bug in schedctl; please report it with the command you ran");
        std::process::exit(1);
    }));
    let cli = match schedctl::cli::parse() {
        Ok(cli) => cli,
        Err(e) => return clap_exit(e),
    };
    match schedctl::commands::run(cli) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprint!("{}", e.render());
            ExitCode::from(e.exit_code())
        }
    }
}

/// Help and version go to stdout with status 0; usage errors get our prefix and status 2.
fn clap_exit(e: clap::Error) -> ExitCode {
    use clap::error::ErrorKind;
    match e.kind() {
        ErrorKind::DisplayHelp | ErrorKind::DisplayVersion => {
            // A closed pipe while printing help is not worth reporting.
            let _ = e.print();
            ExitCode::SUCCESS
        }
        ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand => {
            let _ = e.print();
            ExitCode::from(2)
        }
        _ => {
            let text = e.render().to_string();
            let text = text.strip_prefix("error: ").unwrap_or(&text);
            eprint!("schedctl: error: {text}");
            ExitCode::from(2)
        }
    }
}
