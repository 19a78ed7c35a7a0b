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
use crate::model::field::FieldPath;
use crate::model::schema::Schema;
use crate::model::Item;

/// The form of a result when no `--field` is given.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    /// A table for people.
    Table,
    /// A table with every column at full width and times in UTC, like kubectl's `-o wide`.
    Wide,
    /// The service's JSON, pretty-printed.
    Json,
}

/// How to print a result, decided by the caller: the renderers look at nothing else.
pub struct OutputOptions {
    /// Table or JSON; ignored when fields are given.
    pub format: Format,
    /// `--field` paths; when present they win over the format.
    pub fields: Vec<FieldPath>,
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

/// Renders one resource: fields, JSON or its table.
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
    Ok(match options.format {
        Format::Json => json::pretty(&item.raw),
        Format::Table | Format::Wide => table(&item.view, options),
    })
}

/// Renders a list: one line of fields per item, one JSON array, or a table (nothing for an
/// empty list: the caller says so on stderr).
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
    Ok(match options.format {
        Format::Json => json::pretty_list(items.iter().map(|i| &i.raw)),
        // An empty list prints nothing at all, not even headers (SPEC §3).
        Format::Table | Format::Wide if items.is_empty() => String::new(),
        Format::Table | Format::Wide => table(items, options),
    })
}
