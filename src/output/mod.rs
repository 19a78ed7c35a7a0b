//! Rendering: tables for people, JSON for programs, single fields for scripts (SPEC §5).
//! Nothing here does I/O beyond writing to the given writer; every text is built in full
//! before it is written, so that a usage error never leaves half a line on stdout.

pub mod describe;
pub mod fields;
pub mod grid;
pub mod jq;
pub mod json;
pub mod list;
pub mod settings;
pub mod table;
pub mod text;

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

impl OutputOptions {
    /// Options for stdout as it is: colour by [`use_color`], width by [`table_width`].
    pub fn for_stdout(
        format: OutputFormat,
        fields: Vec<FieldPath>,
        color: Option<ColorChoice>,
        env: &dyn Environment,
    ) -> Self {
        OutputOptions {
            format,
            fields,
            color: use_color(color, env),
            width: table_width(env),
        }
    }
}

/// Decides colour for stdout, in SPEC §4's order: `--color` when given > `NO_COLOR` non-empty
/// (never) > `CLICOLOR_FORCE` other than `0` (always) > whether stdout is a terminal.
pub fn use_color(choice: Option<ColorChoice>, env: &dyn Environment) -> bool {
    decide_color(choice, env, std::io::stdout().is_terminal())
}

fn decide_color(choice: Option<ColorChoice>, env: &dyn Environment, terminal: bool) -> bool {
    match choice {
        Some(ColorChoice::Always) => true,
        Some(ColorChoice::Never) => false,
        Some(ColorChoice::Auto) => terminal,
        None if env.var("NO_COLOR").is_some_and(|v| !v.is_empty()) => false,
        None if env.var("CLICOLOR_FORCE").is_some_and(|v| v != "0") => true,
        None => terminal,
    }
}

/// Columns for tables: the terminal's width when stdout is one, else `COLUMNS` (so that
/// `COLUMNS=80 schedctl … | less` fits), else unknown.
pub fn table_width(env: &dyn Environment) -> Option<usize> {
    if std::io::stdout().is_terminal() {
        return crate::platform::stdout_terminal_width();
    }
    env.var("COLUMNS")
        .and_then(|v| v.to_str()?.trim().parse::<usize>().ok())
        .filter(|&n| n > 0)
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

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashMap;
    use std::ffi::OsString;

    struct Env(HashMap<&'static str, &'static str>);

    impl Environment for Env {
        fn var(&self, name: &str) -> Option<OsString> {
            self.0.get(name).map(OsString::from)
        }
    }

    fn env(vars: &[(&'static str, &'static str)]) -> Env {
        Env(vars.iter().copied().collect())
    }

    #[test]
    fn color_follows_the_order_of_spec_section_4() {
        use ColorChoice::*;
        let none = env(&[]);
        let no_color = env(&[("NO_COLOR", "1")]);
        let empty_no_color = env(&[("NO_COLOR", ""), ("CLICOLOR_FORCE", "1")]);
        let force = env(&[("CLICOLOR_FORCE", "1")]);
        let force_zero = env(&[("CLICOLOR_FORCE", "0")]);
        let both = env(&[("NO_COLOR", "1"), ("CLICOLOR_FORCE", "1")]);
        // --color given wins over everything, and `auto` given means the terminal decides.
        assert!(decide_color(Some(Always), &both, false));
        assert!(!decide_color(Some(Never), &force, true));
        assert!(decide_color(Some(Auto), &no_color, true));
        assert!(!decide_color(Some(Auto), &force, false));
        // Then NO_COLOR (non-empty), then CLICOLOR_FORCE (not 0), then the terminal.
        assert!(!decide_color(None, &no_color, true));
        assert!(!decide_color(None, &both, true));
        assert!(decide_color(None, &empty_no_color, false));
        assert!(decide_color(None, &force, false));
        assert!(!decide_color(None, &force_zero, false));
        assert!(decide_color(None, &force_zero, true));
        assert!(decide_color(None, &none, true));
        assert!(!decide_color(None, &none, false));
    }
}
