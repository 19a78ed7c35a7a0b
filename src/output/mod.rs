//! Rendering (SPEC §5): tables for people, JSON for programs, single fields for scripts, in
//! the form, colour and width the caller decided. Nothing here does I/O beyond writing to the
//! given writer; every text is built in full before it is written, so that a usage error never
//! leaves half a line on stdout.

pub mod describe;
pub mod fields;
pub mod grid;
pub mod jq;
pub mod json;
pub mod outcome;
pub mod settings;
pub mod table;

use std::io::Write;
use std::time::SystemTime;

use crate::error::Result;
use crate::explain::usage;
use crate::model::field::FieldPath;
use crate::model::schema::Schema;
use crate::model::Item;

/// The form of a result when neither `--field` nor `--jq` is given.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    /// A table for people.
    Table,
    /// A table with every column at full width and times in UTC, like kubectl's `-o wide`.
    Wide,
    /// The service's JSON, pretty-printed.
    Json,
    /// One compact JSON value per line, one line per item of a list.
    Jsonl,
}

/// How to print a result, decided by the caller: the renderers look at nothing else.
pub struct OutputOptions {
    /// Table or JSON; ignored when fields or a jq program are given.
    pub format: Format,
    /// `--field` paths; when present they win over the format.
    pub fields: Vec<FieldPath>,
    /// `--jq`: when present it wins over the format (it never comes with fields).
    pub jq: Option<jq::Program>,
    /// Whether to colour.
    pub color: bool,
    /// Width to fit tables into; `None` means no limit. `-o wide` ignores it.
    pub width: Option<usize>,
    /// `--no-headers`: list tables without their header line.
    pub no_headers: bool,
    /// Now, for the times that tables show relative to it.
    pub now: SystemTime,
}

/// Writes a finished text.
pub fn write(out: &mut dyn Write, text: &str) -> std::io::Result<()> {
    out.write_all(text.as_bytes())?;
    out.flush()?;
    Ok(())
}

/// Runs `--jq` over the JSON that `-o json` would print; its failure is a usage error.
fn run_jq(program: &jq::Program, input: &serde_json::Value) -> Result<String> {
    program.run(input).map_err(usage::jq_invalid)
}

/// Renders one resource: fields, a jq program's results, JSON or its table.
pub fn render_one<V>(
    item: &Item<V>,
    schema: &Schema,
    options: &OutputOptions,
    table: impl Fn(&V, &OutputOptions) -> String,
) -> Result<String> {
    if !options.fields.is_empty() {
        let line = fields::render_line(&options.fields, &item.raw, schema)?;
        return Ok(format!("{line}\n"));
    }
    if let Some(program) = &options.jq {
        return run_jq(program, &item.raw);
    }
    Ok(match options.format {
        Format::Json => json::pretty(&item.raw),
        Format::Jsonl => json::line(&item.raw),
        Format::Table | Format::Wide => table(&item.view, options),
    })
}

/// Renders a list: one line of fields per item, a jq program's results over the array, one
/// JSON array, one JSON line per item, or a table (nothing for an empty list: the caller says
/// so on stderr).
pub fn render_list<V>(
    items: &[Item<V>],
    schema: &Schema,
    options: &OutputOptions,
    table: impl Fn(&[Item<V>], &OutputOptions) -> String,
) -> Result<String> {
    if !options.fields.is_empty() {
        let mut text = String::new();
        for item in items {
            text.push_str(&fields::render_line(&options.fields, &item.raw, schema)?);
            text.push('\n');
        }
        return Ok(text);
    }
    if let Some(program) = &options.jq {
        let array = serde_json::Value::Array(items.iter().map(|i| i.raw.clone()).collect());
        return run_jq(program, &array);
    }
    Ok(match options.format {
        Format::Json => json::pretty_list(items.iter().map(|i| &i.raw)),
        Format::Jsonl => items.iter().map(|i| json::line(&i.raw)).collect(),
        // An empty list prints nothing at all, not even headers (SPEC §3).
        Format::Table | Format::Wide if items.is_empty() => String::new(),
        Format::Table | Format::Wide => table(items, options),
    })
}
