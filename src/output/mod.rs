//! Rendering: tables for people, JSON for programs, single fields for scripts (SPEC §5).
//! Nothing here does I/O beyond writing to the given writer; every text is built in full
//! before it is written, so that a usage error never leaves half a line on stdout.

pub mod describe;
pub mod fields;
pub mod json;
pub mod list;
pub mod settings;
pub mod table;

use std::io::{IsTerminal, Write};

use crate::cli::{ColorChoice, OutputFormat};
use crate::config::Environment;
use crate::error::Result;
use crate::model::Item;
use fields::{FieldPath, Node};

/// How to print a result.
pub struct OutputOptions {
    /// Table or JSON; ignored when fields are given.
    pub format: OutputFormat,
    /// `--field` paths; when present they win over the format.
    pub fields: Vec<FieldPath>,
    /// Whether to colour.
    pub color: bool,
    /// Width to fit tables into; `None` means no limit.
    pub width: Option<usize>,
}

/// What kind of resource is printed: its schema for `--field`, and its name for messages.
pub struct Kind<'a> {
    /// The schema of one item.
    pub schema: &'a Node,
    /// "a job", "a history entry", …
    pub what: &'a str,
}

/// The job kind.
pub const JOB: Kind = Kind {
    schema: &fields::JOB,
    what: "a job",
};
/// The history entry kind.
pub const HISTORY: Kind = Kind {
    schema: &fields::HISTORY,
    what: "a history entry",
};
/// The job collection kind.
pub const COLLECTION: Kind = Kind {
    schema: &fields::COLLECTION,
    what: "a job collection",
};

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

/// Writes a finished text.
pub fn write(out: &mut dyn Write, text: &str) -> std::result::Result<(), RenderError> {
    out.write_all(text.as_bytes())?;
    out.flush()?;
    Ok(())
}

/// Renders one resource: fields, JSON or its table.
pub fn render_one<V>(
    item: &Item<V>,
    kind: &Kind,
    options: &OutputOptions,
    table: impl Fn(&V, &OutputOptions) -> String,
) -> Result<String> {
    if !options.fields.is_empty() {
        let line = fields::render_line(&options.fields, &item.raw, kind.schema, kind.what)?;
        return Ok(format!("{line}\n"));
    }
    Ok(match options.format {
        OutputFormat::Json => json::pretty(&item.raw),
        OutputFormat::Table => table(&item.view, options),
    })
}

/// Renders a list: one line of fields per item, one JSON array, or a table.
pub fn render_list<V>(
    items: &[Item<V>],
    kind: &Kind,
    options: &OutputOptions,
    table: impl Fn(&[Item<V>], &OutputOptions) -> String,
) -> Result<String> {
    if !options.fields.is_empty() {
        let mut text = String::new();
        for item in items {
            text.push_str(&fields::render_line(
                &options.fields,
                &item.raw,
                kind.schema,
                kind.what,
            )?);
            text.push('\n');
        }
        return Ok(text);
    }
    Ok(match options.format {
        OutputFormat::Json => json::pretty_list(items.iter().map(|i| &i.raw)),
        OutputFormat::Table => table(items, options),
    })
}
