//! One module per command; this one dispatches and holds what commands share.

mod completions;
mod job;

use std::io::Write;

use crate::cli::{Cli, Command, GlobalArgs, JobCommand};
use crate::error::{Error, Kind, Result};
use crate::output::fields::FieldPath;
use crate::output::RenderError;

/// Runs the parsed command line.
pub fn run(cli: Cli) -> Result<()> {
    match &cli.command {
        Command::Job(JobCommand::Get { collection, job }) => job::get(&cli.global, collection, job),
        Command::Completions { shell } => completions::print(*shell),
    }
}

/// Parses every `--field` before anything else happens.
fn field_paths(global: &GlobalArgs) -> Result<Vec<FieldPath>> {
    global.fields.iter().map(|f| FieldPath::parse(f)).collect()
}

/// Writes a rendering to stdout; a closed pipe ends the program quietly (SPEC §5).
fn emit(render: impl FnOnce(&mut dyn Write) -> std::result::Result<(), RenderError>) -> Result<()> {
    let stdout = std::io::stdout();
    let mut out = stdout.lock();
    match render(&mut out) {
        Ok(()) => Ok(()),
        Err(RenderError::Error(e)) => Err(e),
        Err(RenderError::Io(e)) if e.kind() == std::io::ErrorKind::BrokenPipe => Ok(()),
        Err(RenderError::Io(e)) => Err(Error::new(
            Kind::Internal,
            format!("cannot write to stdout: {e}"),
        )),
    }
}
