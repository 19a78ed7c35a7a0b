//! List tables (SPEC §5, §9), rendered by comfy-table, borderless like kubectl's: upper-case
//! headers, left aligned, three spaces between columns, no trailing spaces, never wider than
//! the given width when that can be done.
//!
//! Fitting is done here, and comfy-table renders rows that already fit: its table is
//! borderless (`NOTHING`), with `ContentArrangement::Disabled` (each column exactly as wide as
//! its widest cell) and a right padding of three on every column but the last. Its own
//! `Dynamic` arrangement does not do what SPEC §5 asks: it wraps a long cell onto more lines
//! instead of cutting it with `…` (it truncates only rows given a maximum height), it has no
//! priorities for leaving columns out (`ColumnConstraint::Hidden` is set beforehand), and how
//! it shares the width out is its own business, which would make the output change with its
//! releases. Both this module and comfy-table count display columns with `unicode-width`'s
//! `str` width (a CJK character is two, a combining mark none), so they agree on every width.
//!
//! The fitting, for a width `W`: every column at its full width if the table fits; else the
//! flexible columns are shortened with `…`, widest first, down to [`MIN_FLEXIBLE`] or their
//! header's width; if that is not enough, whole columns are left out, lowest priority first
//! (the rightmost first among equals), and the flexible columns shortened again from their
//! full widths. [`Kind::Key`] columns (ID, STATE, STATUS) are never shortened or left out, so
//! when they alone are wider than `W` (a long ID on a narrow terminal), the lines are wider
//! than `W`: cutting an ID would show a name that does not exist.
//!
//! Colour is applied after the layout, around each cell's text (not its padding), so escape
//! codes never count toward a width: comfy-table can only style cells through crossterm (its
//! `tty` feature) and measures text with escape codes only with `custom_styling`.

use comfy_table::{presets, ContentArrangement, Table};
use unicode_width::{UnicodeWidthChar, UnicodeWidthStr};

use crate::text;

/// Spaces between two columns.
pub const GAP: usize = 3;
/// A flexible column is never shortened below this many display columns (or its header's
/// width, when that is wider).
pub const MIN_FLEXIBLE: usize = 12;

/// What a column may give up when the table is too wide.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// Never shortened nor left out: ID, STATE, STATUS.
    Key,
    /// Shown at full width, or left out.
    Fixed,
    /// Shortened with `…` (to [`MIN_FLEXIBLE`] at least), or left out: action, recurrence,
    /// message.
    Flexible,
}

/// A column of a list table.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Column {
    /// Upper-case header.
    pub header: &'static str,
    /// What it may give up to fit.
    pub kind: Kind,
    /// Which columns are left out first: the lowest priority goes first. Ignored for keys.
    pub priority: u8,
    /// A flexible column is not shortened below this (nor below [`MIN_FLEXIBLE`]): other
    /// columns are left out first.
    pub min: usize,
}

impl Column {
    /// A column that is always shown in full.
    pub const fn key(header: &'static str) -> Column {
        Column {
            header,
            kind: Kind::Key,
            priority: u8::MAX,
            min: 0,
        }
    }

    /// A column shown at full width or left out.
    pub const fn fixed(header: &'static str, priority: u8) -> Column {
        Column {
            header,
            kind: Kind::Fixed,
            priority,
            min: 0,
        }
    }

    /// A column that may be shortened with `…`, then left out.
    pub const fn flexible(header: &'static str, priority: u8) -> Column {
        Column {
            header,
            kind: Kind::Flexible,
            priority,
            min: MIN_FLEXIBLE,
        }
    }

    /// A flexible column that keeps at least `min` display columns: the one a reader needs
    /// most (a history entry's message), for which others are left out sooner.
    pub const fn flexible_at_least(header: &'static str, priority: u8, min: usize) -> Column {
        Column {
            header,
            kind: Kind::Flexible,
            priority,
            min,
        }
    }

    /// The narrowest this column is shortened to.
    fn floor(&self, full: usize) -> usize {
        match self.kind {
            Kind::Flexible => full.min(self.min.max(MIN_FLEXIBLE).max(self.header.width())),
            Kind::Key | Kind::Fixed => full,
        }
    }
}

/// Renders `rows` under `columns`, fitted into `width` display columns (`None`: no limit,
/// every column at full width), each line ending in `\n`.
///
/// Every cell goes through [`text::one_line`] (and loses leading and trailing spaces), so no
/// cell can break a row or drive the terminal. A row with fewer cells than columns is padded
/// with empty cells. `paint(column, cell)` gets the index in `columns` and the cell as given,
/// and may return an SGR prefix (`"\x1b[31m"`) for that cell; the shown text is followed by
/// `\x1b[0m`. Headers are never painted.
pub fn render(
    columns: &[Column],
    rows: &[Vec<String>],
    width: Option<usize>,
    no_headers: bool,
    paint: impl Fn(usize, &str) -> Option<&'static str>,
) -> String {
    let cells: Vec<Vec<String>> = rows
        .iter()
        .map(|row| {
            (0..columns.len())
                .map(|i| row.get(i).map_or_else(String::new, |c| clean(c)))
                .collect()
        })
        .collect();
    let full: Vec<usize> = columns
        .iter()
        .enumerate()
        .map(|(i, column)| {
            let header = if no_headers { 0 } else { column.header.width() };
            let widest = cells.iter().map(|row| row[i].width()).max().unwrap_or(0);
            // comfy-table never makes a column narrower than one.
            header.max(widest).max(1)
        })
        .collect();
    let shown = fit(columns, &full, width);

    let mut table = Table::new();
    table
        .load_preset(presets::NOTHING)
        .set_content_arrangement(ContentArrangement::Disabled);
    if !no_headers {
        table.set_header(shown.iter().map(|&(i, _)| columns[i].header));
    }
    let fitted: Vec<Vec<String>> = cells
        .iter()
        .map(|row| shown.iter().map(|&(i, w)| shorten(&row[i], w)).collect())
        .collect();
    for row in &fitted {
        table.add_row(row.clone());
    }
    let last = shown.len().saturating_sub(1);
    for (k, column) in table.column_iter_mut().enumerate() {
        column.set_padding((0, if k == last { 0 } else { GAP as u16 }));
    }

    let widths: Vec<usize> = shown.iter().map(|&(_, w)| w).collect();
    let mut out = String::new();
    let mut lines = table.lines();
    if !no_headers {
        if let Some(header) = lines.next() {
            out.push_str(header.trim_end());
            out.push('\n');
        }
    }
    for ((line, row), source) in lines.zip(&fitted).zip(rows) {
        let colours: Vec<Option<&'static str>> = shown
            .iter()
            .zip(row)
            .map(|(&(i, _), cell)| {
                let given = source.get(i).map_or("", String::as_str);
                paint(i, given).filter(|_| !cell.is_empty())
            })
            .collect();
        let line = colour(line, row, &widths, &colours);
        out.push_str(line.trim_end());
        out.push('\n');
    }
    out
}

/// A cell as shown: one line, safe, no spaces at its ends.
fn clean(cell: &str) -> String {
    text::one_line(cell).trim().to_string()
}

/// The columns to show, as (index in `columns`, width), in order.
fn fit(columns: &[Column], full: &[usize], width: Option<usize>) -> Vec<(usize, usize)> {
    let mut shown: Vec<usize> = (0..columns.len()).collect();
    let Some(width) = width else {
        return shown.iter().map(|&i| (i, full[i])).collect();
    };
    loop {
        let mut widths: Vec<usize> = shown.iter().map(|&i| full[i]).collect();
        // A shortened column ends in `…`: one display column, but three bytes, and byte
        // counters (`awk '{ print length }'` with mawk, `cut -b`) are how scripts check a
        // width. Budgeting those two bytes keeps an ASCII table within the width either way.
        let total = |w: &[usize]| {
            let cut = (0..w.len()).filter(|&k| w[k] < full[shown[k]]).count();
            w.iter().sum::<usize>() + GAP * w.len().saturating_sub(1) + ELLIPSIS_EXTRA * cut
        };
        // Shorten the widest flexible column that can still give, one column at a time, so
        // that long cells lose the most; the rightmost first among equals.
        while total(&widths) > width {
            let widest = (0..shown.len())
                .filter(|&k| widths[k] > columns[shown[k]].floor(full[shown[k]]))
                .max_by_key(|&k| widths[k]);
            match widest {
                Some(k) => widths[k] -= 1,
                None => break,
            }
        }
        if total(&widths) <= width {
            return shown.iter().copied().zip(widths).collect();
        }
        // Leave out the lowest-priority column that may go (the rightmost among equals), and
        // shorten again from the full widths.
        let drop = (0..shown.len())
            .filter(|&k| columns[shown[k]].kind != Kind::Key)
            .min_by_key(|&k| (columns[shown[k]].priority, std::cmp::Reverse(k)));
        match drop {
            Some(k) => {
                shown.remove(k);
            }
            // Only keys are left: they are shown in full even if wider than the width.
            None => return shown.iter().copied().zip(widths).collect(),
        }
    }
}

/// The bytes of `…` beyond the one column it shows in.
const ELLIPSIS_EXTRA: usize = '…'.len_utf8() - 1;

/// At most `width` display columns, ending in `…` when cut.
fn shorten(cell: &str, width: usize) -> String {
    if cell.width() <= width {
        return cell.to_string();
    }
    let room = width.saturating_sub(1);
    let mut end = 0;
    let mut used = 0;
    for (at, c) in cell.char_indices() {
        let w = c.width().unwrap_or(0);
        if used + w > room {
            break;
        }
        used += w;
        end = at + c.len_utf8();
    }
    // A `str` width may differ from the sum of its characters' (emoji sequences): trust the
    // one comfy-table uses.
    let mut kept = &cell[..end];
    while kept.width() > room {
        let Some((at, _)) = kept.char_indices().next_back() else {
            break;
        };
        kept = &kept[..at];
    }
    format!("{kept}…")
}

/// `line` (one rendered row, cells `row` in columns `widths` wide) with each cell wrapped in
/// its colour. A cell not found where the layout puts it is left plain rather than risk the
/// alignment.
fn colour(line: String, row: &[String], widths: &[usize], colours: &[Option<&str>]) -> String {
    if colours.iter().all(Option::is_none) {
        return line;
    }
    let mut starts = Vec::with_capacity(row.len());
    let mut at = 0;
    for (cell, width) in row.iter().zip(widths) {
        starts.push(at);
        at += cell.len() + width.saturating_sub(cell.width()) + GAP;
    }
    let mut line = line;
    // From the right, so that the byte positions on the left stay valid.
    for k in (0..row.len()).rev() {
        let (Some(code), start) = (colours[k], starts[k]) else {
            continue;
        };
        let cell = &row[k];
        if line
            .get(start..)
            .is_some_and(|rest| rest.starts_with(cell.as_str()))
        {
            line.insert_str(start + cell.len(), "\x1b[0m");
            line.insert_str(start, code);
        }
    }
    line
}

#[cfg(test)]
mod tests {
    use super::*;

    const JOBS: [Column; 6] = [
        Column::key("ID"),
        Column::key("STATE"),
        Column::flexible("ACTION", 3),
        Column::flexible("RECURRENCE", 2),
        Column::fixed("LAST RUN", 1),
        Column::fixed("NEXT RUN", 4),
    ];

    fn jobs() -> Vec<Vec<String>> {
        [
            [
                "backup-nightly",
                "Enabled",
                "GET https://example.com/api/backup/start?full=true",
                "every day at 02:00, until 2026-01-01T00:00:00Z",
                "3h ago",
                "in 21h",
            ],
            [
                "ping",
                "Faulted",
                "storage queue acct/queue",
                "every 5 minutes",
                "11y ago",
                "",
            ],
        ]
        .iter()
        .map(|r| r.iter().map(|c| c.to_string()).collect())
        .collect()
    }

    fn plain(_: usize, _: &str) -> Option<&'static str> {
        None
    }

    fn lines_fit(text: &str, width: usize) -> bool {
        text.lines().all(|l| l.width() <= width)
    }

    #[test]
    fn without_a_limit_every_column_is_full_width() {
        let text = render(&JOBS, &jobs(), None, false, plain);
        assert_eq!(
            text,
            "ID               STATE     ACTION                                               RECURRENCE                                       LAST RUN   NEXT RUN\n\
             backup-nightly   Enabled   GET https://example.com/api/backup/start?full=true   every day at 02:00, until 2026-01-01T00:00:00Z   3h ago     in 21h\n\
             ping             Faulted   storage queue acct/queue                             every 5 minutes                                  11y ago\n"
        );
        // 160 columns are enough for all of it: the same table.
        assert_eq!(render(&JOBS, &jobs(), Some(160), false, plain), text);
    }

    #[test]
    fn at_100_the_flexible_columns_are_shortened_widest_first() {
        let text = render(&JOBS, &jobs(), Some(100), false, plain);
        assert_eq!(
            text,
            "ID               STATE     ACTION                   RECURRENCE               LAST RUN   NEXT RUN\n\
             backup-nightly   Enabled   GET https://example.c…   every day at 02:00, u…   3h ago     in 21h\n\
             ping             Faulted   storage queue acct/qu…   every 5 minutes          11y ago\n"
        );
        assert!(lines_fit(&text, 100));
    }

    #[test]
    fn at_80_the_flexible_columns_are_shortened_before_any_is_left_out() {
        let text = render(&JOBS, &jobs(), Some(80), false, plain);
        assert_eq!(
            text,
            "ID               STATE     ACTION         RECURRENCE     LAST RUN   NEXT RUN\n\
             backup-nightly   Enabled   GET https:/…   every day a…   3h ago     in 21h\n\
             ping             Faulted   storage que…   every 5 min…   11y ago\n"
        );
        assert!(lines_fit(&text, 80));
        // That is the narrowest with every column: the flexible ones at 12, and each `…`
        // budgeted as the three bytes it takes, so that byte counters see 80 too.
        assert!(text.lines().all(|l| l.len() <= 80), "{text}");
        let text = render(&JOBS, &jobs(), Some(79), false, plain);
        assert!(!text.starts_with(
            "ID               STATE     ACTION         RECURRENCE     LAST RUN   NEXT RUN\n"
        ));
        assert!(lines_fit(&text, 79));
    }

    #[test]
    fn when_shortening_is_not_enough_the_lowest_priority_column_goes_and_the_rest_regain_room() {
        let text = render(&JOBS, &jobs(), Some(75), false, plain);
        assert_eq!(
            text,
            "ID               STATE     ACTION            RECURRENCE        NEXT RUN\n\
             backup-nightly   Enabled   GET https://ex…   every day at 0…   in 21h\n\
             ping             Faulted   storage queue …   every 5 minutes\n"
        );
        assert!(lines_fit(&text, 75));
    }

    #[test]
    fn narrower_still_leaves_out_columns_by_priority_until_only_keys_remain() {
        let text = render(&JOBS, &jobs(), Some(50), false, plain);
        assert_eq!(
            text,
            "ID               STATE     NEXT RUN\n\
             backup-nightly   Enabled   in 21h\n\
             ping             Faulted\n"
        );
        assert!(lines_fit(&text, 50));
        let text = render(&JOBS, &jobs(), Some(30), false, plain);
        assert_eq!(
            text,
            "ID               STATE\nbackup-nightly   Enabled\nping             Faulted\n"
        );
    }

    #[test]
    fn an_id_wider_than_the_width_is_never_cut() {
        let rows = vec![vec![
            "a-job-with-a-very-long-name-indeed".to_string(),
            "Enabled".to_string(),
            "GET https://x".to_string(),
        ]];
        let columns = [
            Column::key("ID"),
            Column::key("STATE"),
            Column::flexible("ACTION", 1),
        ];
        let text = render(&columns, &rows, Some(20), false, plain);
        assert_eq!(
            text,
            "ID                                   STATE\na-job-with-a-very-long-name-indeed   Enabled\n"
        );
        assert!(!lines_fit(&text, 20));
    }

    #[test]
    fn no_headers_drops_the_header_line_and_its_width() {
        let columns = [Column::key("ID"), Column::fixed("LAST RUN", 1)];
        let rows = vec![vec!["a".to_string(), "1h".to_string()]];
        assert_eq!(render(&columns, &rows, None, true, plain), "a   1h\n");
        assert_eq!(
            render(&columns, &rows, None, false, plain),
            "ID   LAST RUN\na    1h\n"
        );
        assert_eq!(render(&columns, &[], None, true, plain), "");
        assert_eq!(render(&columns, &[], None, false, plain), "ID   LAST RUN\n");
    }

    #[test]
    fn wide_and_combining_characters_align_by_display_width() {
        let columns = [
            Column::key("ID"),
            Column::key("STATE"),
            Column::flexible("MESSAGE", 1),
        ];
        let rows: Vec<Vec<String>> = [
            ["日本語", "Enabled", "ok"],
            [
                "e\u{301}te\u{301}",
                "Faulted",
                "失敗しました、もう一度やり直してください",
            ],
            ["plain", "Enabled", "x"],
        ]
        .iter()
        .map(|r| r.iter().map(|c| c.to_string()).collect())
        .collect();
        assert_eq!(
            render(&columns, &rows, None, false, plain),
            "ID       STATE     MESSAGE\n\
             日本語   Enabled   ok\n\
             e\u{301}te\u{301}      Faulted   失敗しました、もう一度やり直してください\n\
             plain    Enabled   x\n"
        );
        // Shortened to 13: six wide characters and `…` (whose two extra bytes are budgeted).
        let text = render(&columns, &rows, Some(34), false, plain);
        assert!(text.contains("   失敗しました…\n"), "{text}");
        assert!(lines_fit(&text, 34));
        // To 12: a wide character that would straddle the end is left out.
        let text = render(&columns, &rows, Some(33), false, plain);
        assert_eq!(
            text,
            "ID       STATE     MESSAGE\n\
             日本語   Enabled   ok\n\
             e\u{301}te\u{301}      Faulted   失敗しまし…\n\
             plain    Enabled   x\n"
        );
        assert!(lines_fit(&text, 31));
    }

    #[test]
    fn colour_wraps_the_text_and_leaves_the_alignment_alone() {
        let paint = |i: usize, cell: &str| match (i, cell) {
            (1, "Faulted") => Some("\x1b[31m"),
            (1, "Enabled") => Some("\x1b[32m"),
            (5, _) => Some("\x1b[2m"),
            _ => None,
        };
        let text = render(&JOBS, &jobs(), Some(80), false, paint);
        assert_eq!(
            text,
            "ID               STATE     ACTION         RECURRENCE     LAST RUN   NEXT RUN\n\
             backup-nightly   \x1b[32mEnabled\x1b[0m   GET https:/…   every day a…   3h ago     \x1b[2min 21h\x1b[0m\n\
             ping             \x1b[31mFaulted\x1b[0m   storage que…   every 5 min…   11y ago\n"
        );
        let stripped = text
            .replace("\x1b[31m", "")
            .replace("\x1b[32m", "")
            .replace("\x1b[2m", "")
            .replace("\x1b[0m", "");
        assert_eq!(stripped, render(&JOBS, &jobs(), Some(80), false, plain));
    }

    #[test]
    fn cells_are_one_safe_line_without_trailing_spaces() {
        let columns = [Column::key("ID"), Column::flexible("MESSAGE", 1)];
        let rows = vec![
            vec!["a\nb".to_string(), "x\x1b[31my\u{202e}\n".to_string()],
            vec!["c".to_string()],
        ];
        assert_eq!(
            render(&columns, &rows, None, false, plain),
            "ID    MESSAGE\na b   x\\u{1b}[31my\\u{202e}\nc\n"
        );
    }

    #[test]
    fn shorten_cuts_at_display_width() {
        assert_eq!(shorten("abcdef", 6), "abcdef");
        assert_eq!(shorten("abcdefg", 6), "abcde…");
        assert_eq!(shorten("日本語です", 6), "日本…");
        assert_eq!(shorten("ae\u{301}e\u{301}zz", 4), "ae\u{301}e\u{301}…");
    }
}
