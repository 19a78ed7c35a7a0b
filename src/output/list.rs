//! Borderless column tables for lists, like kubectl's: upper-case headers, one row per item,
//! columns sized to the available width by shortening the flexible columns with `…`.

use crate::output::text;

/// Space between columns.
const GAP: &str = "   ";
/// A flexible column is never shortened below this many characters.
const MIN_FLEX: usize = 12;

/// A column: its header, and whether it may be shortened to fit.
pub struct Column {
    /// Upper-case header.
    pub header: &'static str,
    /// Shortened with `…` when the table is too wide.
    pub flexible: bool,
}

impl Column {
    /// A column that keeps its full width.
    pub const fn fixed(header: &'static str) -> Column {
        Column {
            header,
            flexible: false,
        }
    }

    /// A column that may be shortened with `…` to fit.
    pub const fn flexible(header: &'static str) -> Column {
        Column {
            header,
            flexible: true,
        }
    }
}

/// Renders rows under headers. `paint` colours a cell after padding (so widths ignore the
/// escape codes); `width` is the room available, `None` for no limit.
pub fn render(
    columns: &[Column],
    rows: &[Vec<String>],
    width: Option<usize>,
    paint: impl Fn(usize, &str) -> Option<&'static str>,
) -> String {
    let rows: Vec<Vec<String>> = rows
        .iter()
        .map(|row| row.iter().map(|cell| text::one_line(cell)).collect())
        .collect();
    let mut widths: Vec<usize> = columns
        .iter()
        .enumerate()
        .map(|(i, c)| {
            rows.iter()
                .map(|r| r.get(i).map_or(0, |cell| cell.chars().count()))
                .chain([c.header.len()])
                .max()
                .unwrap_or(0)
        })
        .collect();
    if let Some(width) = width {
        let total = |w: &[usize]| w.iter().sum::<usize>() + GAP.len() * w.len().saturating_sub(1);
        while total(&widths) > width {
            // Shorten the widest flexible column that still has room to give.
            let widest = widths
                .iter()
                .enumerate()
                .filter(|(i, w)| {
                    columns[*i].flexible && **w > MIN_FLEX.max(columns[*i].header.len())
                })
                .max_by_key(|(_, w)| **w)
                .map(|(i, _)| i);
            match widest {
                Some(i) => widths[i] -= 1,
                None => break,
            }
        }
    }
    let mut out = String::new();
    let headers: Vec<String> = columns.iter().map(|c| c.header.to_string()).collect();
    for (r, row) in std::iter::once(&headers).chain(rows.iter()).enumerate() {
        let mut line = String::new();
        let last = columns.len() - 1;
        for (i, w) in widths.iter().enumerate() {
            let cell = shorten(row.get(i).map_or("", String::as_str), *w);
            let pad = if i == last {
                0
            } else {
                w - cell.chars().count()
            };
            let colour = if r > 0 { paint(i, &cell) } else { None };
            match colour {
                Some(code) => line.push_str(&format!("{code}{cell}\x1b[0m")),
                None => line.push_str(&cell),
            }
            if i != last {
                line.push_str(&" ".repeat(pad));
                line.push_str(GAP);
            }
        }
        out.push_str(line.trim_end());
        out.push('\n');
    }
    out
}

/// At most `width` characters, ending in `…` when cut.
fn shorten(cell: &str, width: usize) -> String {
    if cell.chars().count() <= width {
        return cell.to_string();
    }
    let kept: String = cell.chars().take(width.saturating_sub(1)).collect();
    format!("{kept}…")
}

#[cfg(test)]
mod tests {
    use super::*;

    const COLUMNS: [Column; 3] = [
        Column::fixed("ID"),
        Column::fixed("STATE"),
        Column::flexible("MESSAGE"),
    ];

    fn rows() -> Vec<Vec<String>> {
        vec![
            vec![
                "job1".into(),
                "enabled".into(),
                "a long message that goes on and on".into(),
            ],
            vec!["j2".into(), "faulted".into(), "short".into()],
        ]
    }

    #[test]
    fn columns_align_without_a_width() {
        assert_eq!(
            render(&COLUMNS, &rows(), None, |_, _| None),
            "ID     STATE     MESSAGE\njob1   enabled   a long message that goes on and on\nj2     faulted   short\n"
        );
    }

    #[test]
    fn flexible_columns_shorten_to_fit() {
        let text = render(&COLUMNS, &rows(), Some(30), |_, _| None);
        assert_eq!(
            text,
            "ID     STATE     MESSAGE\njob1   enabled   a long messa…\nj2     faulted   short\n"
        );
        assert!(text.lines().all(|l| l.chars().count() <= 30));
        // Never below the minimum, even when the room is smaller.
        let text = render(&COLUMNS, &rows(), Some(5), |_, _| None);
        assert!(text.contains("a long mess…\n"), "{text}");
    }

    #[test]
    fn paint_wraps_cells_after_padding_and_cells_cannot_break_rows() {
        let rows = vec![vec!["a\nb".into(), "faulted".into(), "m".into()]];
        let text = render(&COLUMNS, &rows, None, |i, _| (i == 1).then_some("\x1b[31m"));
        assert_eq!(
            text,
            "ID    STATE     MESSAGE\na b   \x1b[31mfaulted\x1b[0m   m\n"
        );
    }
}
