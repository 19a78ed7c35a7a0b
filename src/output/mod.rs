//! Rendering: tables for people, JSON for programs, single fields for scripts (SPEC §5).
//! Nothing here does I/O beyond writing to the given writer.

pub mod describe;
pub mod fields;
pub mod json;
pub mod settings;
pub mod table;

use std::io::{IsTerminal, Write};

use crate::cli::{ColorChoice, OutputFormat};
use crate::config::Environment;
use crate::error::Result;
use crate::model::Job;
use fields::FieldPath;

/// How to print a result.
pub struct OutputOptions {
    /// Table or JSON; ignored when fields are given.
    pub format: OutputFormat,
    /// `--field` paths; when present they win over the format.
    pub fields: Vec<FieldPath>,
    /// Whether to colour.
    pub color: bool,
}

/// Decides colour: `--color always|never` > `NO_COLOR` non-empty (never) > `CLICOLOR_FORCE`
/// other than `0` (always) > whether stdout is a terminal.
pub fn use_color(choice: ColorChoice, env: &dyn Environment) -> bool {
    match choice {
        ColorChoice::Always => true,
        ColorChoice::Never => false,
        ColorChoice::Auto => {
            if env.var("NO_COLOR").is_some_and(|v| !v.is_empty()) {
                false
            } else if env.var("CLICOLOR_FORCE").is_some_and(|v| v != "0") {
                true
            } else {
                std::io::stdout().is_terminal()
            }
        }
    }
}

/// Why a render failed: a usage problem to report, or a write error (a closed pipe, say).
pub enum RenderError {
    /// e.g. an unknown `--field` path.
    Error(crate::error::Error),
    /// Writing to stdout failed.
    Io(std::io::Error),
}

impl From<std::io::Error> for RenderError {
    fn from(e: std::io::Error) -> Self {
        RenderError::Io(e)
    }
}

impl From<crate::error::Error> for RenderError {
    fn from(e: crate::error::Error) -> Self {
        RenderError::Error(e)
    }
}

/// Prints one job. The text is built in full before anything is written, so that a usage
/// error never leaves half a line on stdout.
pub fn print_job(
    out: &mut dyn Write,
    job: &Job,
    options: &OutputOptions,
) -> std::result::Result<(), RenderError> {
    let text = render_job(job, options)?;
    out.write_all(text.as_bytes())?;
    out.flush()?;
    Ok(())
}

fn render_job(job: &Job, options: &OutputOptions) -> Result<String> {
    if !options.fields.is_empty() {
        let line = fields::render_line(&options.fields, &job.raw, &fields::JOB, "a job")?;
        return Ok(format!("{line}\n"));
    }
    Ok(match options.format {
        OutputFormat::Json => json::pretty(&job.raw),
        OutputFormat::Table => table::job(&job.view, options.color),
    })
}
