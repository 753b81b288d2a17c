//! Horizontal bar charts drawn with Unicode blocks, for `tally --chart`:
//! labels aligned by their width on a terminal (Vietnamese letters with
//! diacritics are one column wide, combining marks none), bars scaled to
//! the width, in eighths of a column.

use unicode_width::{UnicodeWidthChar, UnicodeWidthStr};

use crate::reports::figure::Bar;

/// The partial blocks, one to seven eighths of a column.
const EIGHTHS: [char; 7] = ['▏', '▎', '▍', '▌', '▋', '▊', '▉'];
const FULL: char = '█';

/// Bars at most `width` columns wide, one line each: the label padded to
/// the widest (cut with `…` past a third of the width), the bar, the text.
pub fn draw(bars: &[Bar], width: usize) -> String {
    let label_width = bars
        .iter()
        .map(|b| b.label.width())
        .max()
        .unwrap_or(0)
        .min(width / 3)
        .max(1);
    let text_width = bars.iter().map(|b| b.text.width()).max().unwrap_or(0);
    // Label, a space, the bar, a space, the text.
    let room = width.saturating_sub(label_width + text_width + 2).max(10);
    let max = bars.iter().map(|b| b.value).fold(0.0_f64, f64::max);
    let mut out = String::new();
    for bar in bars {
        let label = fit(&bar.label, label_width);
        let pad = label_width - label.width();
        out.push_str(&label);
        out.extend(std::iter::repeat_n(' ', pad + 1));
        let drawn = blocks(bar.value, max, room);
        let drawn_width = drawn.chars().count();
        out.push_str(&drawn);
        out.extend(std::iter::repeat_n(' ', room - drawn_width + 1));
        out.extend(std::iter::repeat_n(' ', text_width - bar.text.width()));
        out.push_str(&bar.text);
        out.push('\n');
    }
    out
}

/// A bar of `value` out of `max` in `room` columns; a value above zero
/// shows at least one eighth.
fn blocks(value: f64, max: f64, room: usize) -> String {
    if max <= 0.0 || value <= 0.0 {
        return String::new();
    }
    #[allow(
        clippy::cast_possible_truncation,
        clippy::cast_sign_loss,
        clippy::cast_precision_loss
    )]
    let eighths = ((value / max * room as f64 * 8.0).round() as usize).clamp(1, room * 8);
    let mut out: String = std::iter::repeat_n(FULL, eighths / 8).collect();
    if !eighths.is_multiple_of(8) {
        out.push(EIGHTHS[eighths % 8 - 1]);
    }
    out
}

/// The text cut to `width` columns, ending in `…` when cut.
fn fit(text: &str, width: usize) -> String {
    let text = &*crate::text::printable(text);
    if text.width() <= width {
        return text.to_owned();
    }
    let mut out = String::new();
    let mut used = 0;
    for c in text.chars() {
        let w = c.width().unwrap_or(0);
        if used + w + 1 > width {
            break;
        }
        out.push(c);
        used += w;
    }
    out.push('…');
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn bar(label: &str, value: f64) -> Bar {
        Bar {
            label: label.into(),
            value,
            text: value.to_string(),
        }
    }

    #[test]
    fn bars_scale_to_the_widest_in_eighths() {
        let chart = draw(
            &[
                bar("Kinh tế", 16.0),
                bar("Văn hóa - xã hội", 3.0),
                bar("x", 0.0),
            ],
            50,
        );
        // Labels 16 wide and texts 2 leave 30 columns of bar: 3 of 16 is
        // 5 columns and 5 eighths.
        let full = "█".repeat(30);
        assert_eq!(
            chart,
            format!(
                "Kinh tế          {full} 16\n\
                 Văn hóa - xã hội █████▋                          3\n\
                 x                                                0\n"
            )
        );
        for line in chart.lines() {
            assert_eq!(line.width(), 50, "{line}");
        }
    }

    #[test]
    fn decomposed_text_is_as_wide_as_composed() {
        let nfd: String =
            unicode_normalization::UnicodeNormalization::nfd("Quốc phòng - an ninh").collect();
        let chart = draw(&[bar(&nfd, 1.0), bar("Quốc phòng - an ninh", 1.0)], 60);
        let widths: Vec<usize> = chart.lines().map(UnicodeWidthStr::width).collect();
        assert_eq!(widths[0], widths[1]);
    }

    #[test]
    fn long_labels_are_cut() {
        assert_eq!(fit("Xây dựng hệ thống chính trị", 10), "Xây dựng …");
        assert_eq!(blocks(1.0, 1000.0, 10), "▏");
    }
}
