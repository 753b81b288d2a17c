//! Bar charts as SVG files, for the report pack: groups of horizontal bars
//! (one bar per series, colours named in a legend), gridlines, and each
//! number written at the end of its bar. Written by hand with sizes
//! estimated from the text, so the same chart always gives the same bytes.

use std::fmt::Write as _;

use unicode_normalization::char::is_combining_mark;

use crate::query::key::number_text;
use crate::reports::figure::Chart;

/// Fonts that have the Vietnamese letters, most wanted first.
pub const FONTS: &str = "'Noto Sans', 'DejaVu Sans', Arial, sans-serif";

const WIDTH: f64 = 860.0;
const MARGIN: f64 = 24.0;
const TITLE_SIZE: f64 = 17.0;
const NOTE_SIZE: f64 = 12.0;
const LABEL_SIZE: f64 = 13.0;
const VALUE_SIZE: f64 = 12.0;
const LEGEND_SIZE: f64 = 12.0;
const SWATCH: f64 = 12.0;
/// How much wider bold text runs than regular.
const BOLD: f64 = 1.1;
const BAR: f64 = 16.0;
const BAR_GAP: f64 = 3.0;
const GROUP_GAP: f64 = 16.0;
/// Group labels wider than this wrap onto more lines.
const LABEL_MAX: f64 = 230.0;
const TEXT: &str = "#222222";
const GRID: &str = "#dddddd";
const AXIS: &str = "#666666";
/// Okabe and Ito's colours, told apart by colour-blind readers too; a
/// ninth series would repeat the first colour, which no taxonomy needs.
const PALETTE: [&str; 8] = [
    "#0072B2", "#E69F00", "#009E73", "#D55E00", "#56B4E9", "#CC79A7", "#999999", "#000000",
];

/// The text made safe for XML, in content and in attribute values alike:
/// the five special characters as entities, line breaks and tabs as
/// spaces, characters that XML 1.0 forbids as U+FFFD.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            '\t' | '\n' | '\r' => out.push(' '),
            '\u{20}'..='\u{D7FF}' | '\u{E000}'..='\u{FFFD}' | '\u{10000}'.. => out.push(c),
            _ => out.push('\u{FFFD}'),
        }
    }
    out
}

#[allow(clippy::cast_precision_loss)]
fn float(n: usize) -> f64 {
    n as f64
}

/// A coordinate: rounded to a tenth, without a needless `.0`.
fn px(v: f64) -> String {
    // Adding 0.0 turns -0 into 0.
    let v = (v * 10.0).round() / 10.0 + 0.0;
    if v.fract() == 0.0 {
        format!("{v:.0}")
    } else {
        format!("{v:.1}")
    }
}

/// About how wide a text is in a sans-serif font of that size. Renderers
/// do not tell, so this errs on the wide side.
fn text_width(text: &str, size: f64) -> f64 {
    let ems: f64 = text
        .chars()
        .filter(|&c| !is_combining_mark(c))
        .map(|c| match c {
            ' ' | 'i' | 'j' | 'l' | 'í' | 'ì' | 'ỉ' | 'ĩ' | 'ị' | '.' | ',' | ':' | ';' | '\''
            | '(' | ')' | '[' | ']' | '|' | '!' | '/' => 0.3,
            'm' | 'w' | 'M' | 'W' | '%' => 0.85,
            c if c.is_uppercase() => 0.68,
            c if c.len_utf8() >= 3 && !c.is_alphabetic() => 1.0,
            _ => 0.6,
        })
        .sum();
    ems * size
}

/// The text cut into lines at most `width` wide, at spaces; a word wider
/// than that is a line of its own.
fn wrap(text: &str, size: f64, width: f64) -> Vec<String> {
    let mut lines = Vec::new();
    let mut line = String::new();
    for word in text.split_whitespace() {
        if line.is_empty() {
            line.push_str(word);
        } else if text_width(&line, size) + text_width(" ", size) + text_width(word, size) > width {
            lines.push(std::mem::replace(&mut line, word.to_owned()));
        } else {
            line.push(' ');
            line.push_str(word);
        }
    }
    if !line.is_empty() || lines.is_empty() {
        lines.push(line);
    }
    lines
}

/// The step between gridlines and how many steps the axis has: a round
/// step (1, 2 or 5 times a power of ten, whole when every value is), and
/// enough of them to reach the largest value.
fn axis(values: &[f64]) -> (f64, usize) {
    let max = values.iter().copied().fold(0.0_f64, f64::max);
    if max <= 0.0 || !max.is_finite() {
        return (1.0, 1);
    }
    let raw = max / 5.0;
    let power = 10_f64.powf(raw.log10().floor());
    let mut step = [1.0, 2.0, 5.0, 10.0]
        .iter()
        .map(|m| m * power)
        .find(|&s| s >= raw)
        .unwrap_or(10.0 * power);
    if values.iter().all(|v| v.fract() == 0.0) {
        step = step.max(1.0);
    }
    // A step is at least a fifth of the largest value: a handful of ticks.
    #[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss)]
    let ticks = (max / step - 1e-9).ceil() as usize;
    (step, ticks)
}

/// A tick's number, with as many decimals as the step needs.
fn tick_text(value: f64, step: f64) -> String {
    #[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss)]
    let decimals = (-step.log10().floor()).max(0.0) as usize;
    format!("{:.*}", decimals, value + 0.0)
}

/// One `<text>` element.
fn text(out: &mut String, x: f64, y: f64, size: f64, extra: &str, content: &str) {
    let _ = writeln!(
        out,
        "<text x=\"{}\" y=\"{}\" font-size=\"{}\"{extra}>{}</text>",
        px(x),
        px(y),
        px(size),
        escape(content)
    );
}

/// Where the bars are drawn: the axis's x, the width of the longest bar
/// possible, and the gridlines' step and count.
struct Plot {
    x: f64,
    width: f64,
    step: f64,
    ticks: usize,
}

impl Plot {
    fn length(&self, value: f64) -> f64 {
        let top = float(self.ticks) * self.step;
        (value.max(0.0) / top * self.width).min(self.width)
    }
}

/// The height of a group's bars.
fn bars_height(series: usize) -> f64 {
    float(series) * BAR + float(series.saturating_sub(1)) * BAR_GAP
}

impl Chart {
    /// The chart as a standalone SVG document.
    pub fn render(&self) -> String {
        let mut body = String::new();
        let y = self.heading(&mut body, MARGIN);
        let y = self.legend(&mut body, y + 12.0);
        let y = self.plot(&mut body, y + SWATCH + 14.0);
        let height = (y + MARGIN).ceil();

        let mut out = String::new();
        out.push_str("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        let _ = writeln!(
            out,
            "<svg xmlns=\"http://www.w3.org/2000/svg\" xml:lang=\"vi\" width=\"{w}\" \
             height=\"{h}\" viewBox=\"0 0 {w} {h}\" font-family=\"{FONTS}\" fill=\"{TEXT}\" \
             role=\"img\" aria-labelledby=\"title\">",
            w = px(WIDTH),
            h = px(height),
        );
        let _ = writeln!(out, "<title id=\"title\">{}</title>", escape(&self.title));
        if !self.notes.is_empty() {
            let _ = writeln!(out, "<desc>{}</desc>", escape(&self.notes.join(" ")));
        }
        out.push_str("<rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>\n");
        out.push_str(&body);
        out.push_str("</svg>\n");
        out
    }

    /// The title (bold, so reckoned wider) and the notes, wrapped to the
    /// width; returns the baseline of the last line.
    fn heading(&self, out: &mut String, mut y: f64) -> f64 {
        let inner = WIDTH - 2.0 * MARGIN;
        for line in wrap(&self.title, TITLE_SIZE * BOLD, inner) {
            y += TITLE_SIZE * 1.3;
            text(out, MARGIN, y, TITLE_SIZE, " font-weight=\"bold\"", &line);
        }
        let grey = format!(" fill=\"{AXIS}\"");
        for note in &self.notes {
            for line in wrap(note, NOTE_SIZE, inner) {
                y += NOTE_SIZE * 1.4;
                text(out, MARGIN, y, NOTE_SIZE, &grey, &line);
            }
        }
        y
    }

    /// A swatch and a name per series, in rows as wide as the chart;
    /// returns the top of the last row.
    fn legend(&self, out: &mut String, mut y: f64) -> f64 {
        let mut x = MARGIN;
        out.push_str("<g class=\"legend\">\n");
        for (i, series) in self.series.iter().enumerate() {
            let width = SWATCH + 6.0 + text_width(&series.name, LEGEND_SIZE) + 20.0;
            if x > MARGIN && x + width > WIDTH - MARGIN {
                x = MARGIN;
                y += LEGEND_SIZE * 1.8;
            }
            let _ = writeln!(
                out,
                "<rect x=\"{}\" y=\"{}\" width=\"{}\" height=\"{}\" fill=\"{}\"/>",
                px(x),
                px(y),
                px(SWATCH),
                px(SWATCH),
                PALETTE[i % PALETTE.len()]
            );
            text(
                out,
                x + SWATCH + 6.0,
                y + SWATCH - 1.5,
                LEGEND_SIZE,
                "",
                &series.name,
            );
            x += width;
        }
        out.push_str("</g>\n");
        y
    }

    /// The gridlines, the groups of bars and the axis's title, from `top`
    /// down; returns the baseline of the axis's title.
    fn plot(&self, out: &mut String, top: f64) -> f64 {
        // Columns: group labels, the bars, room for the numbers after them.
        let labels: Vec<Vec<String>> = self
            .groups
            .iter()
            .map(|g| wrap(g, LABEL_SIZE, LABEL_MAX))
            .collect();
        let label_width = labels
            .iter()
            .flatten()
            .map(|l| text_width(l, LABEL_SIZE))
            .fold(40.0_f64, f64::max)
            .min(LABEL_MAX);
        let values: Vec<f64> = self
            .series
            .iter()
            .flat_map(|s| s.values.iter().copied())
            .collect();
        let value_room = values
            .iter()
            .map(|&v| text_width(&number_text(v), VALUE_SIZE))
            .fold(0.0_f64, f64::max)
            + 10.0;
        let x = MARGIN + label_width + 12.0;
        let (step, ticks) = axis(&values);
        let plot = Plot {
            x,
            width: (WIDTH - MARGIN - value_room - x).max(100.0),
            step,
            ticks,
        };
        let mut groups = String::new();
        let bottom =
            self.groups(&mut groups, &plot, &labels, top + GROUP_GAP / 2.0) - GROUP_GAP / 2.0;
        // Gridlines first, so that the bars are drawn over them.
        let grey = format!(" text-anchor=\"middle\" fill=\"{AXIS}\"");
        out.push_str("<g class=\"grid\">\n");
        for t in 0..=plot.ticks {
            let value = float(t) * plot.step;
            let x = plot.x + plot.length(value);
            let _ = writeln!(
                out,
                "<line x1=\"{0}\" y1=\"{1}\" x2=\"{0}\" y2=\"{2}\" stroke=\"{3}\"/>",
                px(x),
                px(top),
                px(bottom),
                if t == 0 { AXIS } else { GRID }
            );
            let label = tick_text(value, plot.step);
            text(out, x, bottom + 16.0, NOTE_SIZE, &grey, &label);
        }
        out.push_str("</g>\n");
        out.push_str(&groups);
        let y = bottom + 16.0 + NOTE_SIZE * 1.6;
        let middle = plot.x + plot.width / 2.0;
        text(out, middle, y, NOTE_SIZE, &grey, &self.measure);
        y
    }

    /// Each group: its label right-aligned before the axis, its bars, and
    /// each bar's number after it; returns where the next group would go.
    fn groups(&self, out: &mut String, plot: &Plot, labels: &[Vec<String>], mut y: f64) -> f64 {
        let bars = bars_height(self.series.len());
        for (g, (group, lines)) in self.groups.iter().zip(labels).enumerate() {
            let height = bars.max(float(lines.len()) * LABEL_SIZE * 1.25);
            let middle = y + height / 2.0;
            out.push_str("<g class=\"group\">\n");
            for (l, line) in lines.iter().enumerate() {
                let offset = (float(l) - float(lines.len() - 1) / 2.0) * LABEL_SIZE * 1.25;
                let baseline = middle + offset + LABEL_SIZE * 0.35;
                let anchor = " text-anchor=\"end\"";
                text(out, plot.x - 8.0, baseline, LABEL_SIZE, anchor, line);
            }
            let mut bar_y = middle - bars / 2.0;
            for (i, series) in self.series.iter().enumerate() {
                let value = series.values.get(g).copied().unwrap_or(0.0);
                let shown = number_text(value);
                let length = plot.length(value);
                let _ = writeln!(
                    out,
                    "<rect x=\"{}\" y=\"{}\" width=\"{}\" height=\"{}\" fill=\"{}\">\
                     <title>{}</title></rect>",
                    px(plot.x),
                    px(bar_y),
                    px(length),
                    px(BAR),
                    PALETTE[i % PALETTE.len()],
                    escape(&format!("{group} - {}: {shown}", series.name)),
                );
                let baseline = bar_y + BAR / 2.0 + VALUE_SIZE * 0.35;
                text(out, plot.x + length + 4.0, baseline, VALUE_SIZE, "", &shown);
                bar_y += BAR + BAR_GAP;
            }
            out.push_str("</g>\n");
            y += height + GROUP_GAP;
        }
        y
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::reports::figure::Series;

    fn chart() -> Chart {
        Chart {
            title: "Biểu đồ 1. Mô hình theo lĩnh vực & cấp <năm 2024>".into(),
            notes: vec!["Số liệu tính đến ngày 31/12/2024".into()],
            measure: "Số mô hình".into(),
            groups: vec!["Kinh tế".into(), "Xây dựng hệ thống chính trị".into()],
            series: vec![
                Series {
                    name: "Cấp xã".into(),
                    values: vec![12.0, 0.0],
                },
                Series {
                    name: "Cấp \"huyện\"".into(),
                    values: vec![3.0, 1234.5],
                },
            ],
        }
    }

    #[test]
    fn special_characters_are_escaped() {
        assert_eq!(
            escape("a & b < c > d \"e\" 'f'"),
            "a &amp; b &lt; c &gt; d &quot;e&quot; &apos;f&apos;"
        );
        assert_eq!(
            escape("x\u{0}y\u{1b}z\u{fffe}\nw"),
            "x\u{fffd}y\u{fffd}z\u{fffd} w"
        );
        assert_eq!(escape("Quốc phòng - an ninh"), "Quốc phòng - an ninh");
    }

    #[test]
    fn the_document_carries_sizes_fonts_texts_and_numbers() {
        let svg = chart().render();
        assert!(svg.starts_with("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<svg "));
        assert!(svg.contains(" width=\"860\" height=\""), "{svg}");
        assert!(svg.contains(" viewBox=\"0 0 860 "), "{svg}");
        assert!(svg.contains(&format!(" font-family=\"{FONTS}\"")));
        assert!(svg.contains("&amp; cấp &lt;năm 2024&gt;</text>"), "{svg}");
        assert!(svg.contains(">Cấp &quot;huyện&quot;</text>"), "{svg}");
        for number in ["12", "0", "3", "1234.5"] {
            assert!(svg.contains(&format!(">{number}</text>")), "{number}");
        }
        // Each bar says what it is when pointed at.
        assert!(svg.contains("<title>Kinh tế - Cấp xã: 12</title>"), "{svg}");
        assert!(svg.ends_with("</svg>\n"));
        assert_eq!(svg, chart().render());
    }

    #[test]
    fn the_axis_ends_at_a_round_number() {
        assert_eq!(axis(&[0.0, 3.0]), (1.0, 3));
        assert_eq!(axis(&[1.0]), (1.0, 1));
        assert_eq!(axis(&[14.0, 2.0]), (5.0, 3));
        assert_eq!(axis(&[561.0]), (200.0, 3));
        assert_eq!(axis(&[0.0, 0.0]), (1.0, 1));
        assert_eq!(axis(&[]), (1.0, 1));
        assert_eq!(axis(&[0.3]), (0.1, 3));
        assert_eq!(axis(&[0.25]), (0.05, 5));
        assert_eq!(tick_text(0.2, 0.1), "0.2");
        assert_eq!(tick_text(400.0, 200.0), "400");
    }

    #[test]
    fn labels_wrap_at_spaces() {
        assert_eq!(wrap("Kinh tế", 13.0, 230.0), ["Kinh tế"]);
        let lines = wrap(
            "Xây dựng hệ thống chính trị ở cơ sở vùng đồng bào",
            13.0,
            150.0,
        );
        assert!(lines.len() > 1, "{lines:?}");
        assert!(
            lines.iter().all(|l| text_width(l, 13.0) <= 150.0),
            "{lines:?}"
        );
        assert_eq!(wrap("", 13.0, 100.0), [""]);
    }

    #[test]
    fn bars_are_as_long_as_their_share_of_the_axis() {
        let svg = Chart {
            series: vec![Series {
                name: "a".into(),
                values: vec![5.0, 10.0],
            }],
            groups: vec!["x".into(), "y".into()],
            ..chart()
        }
        .render();
        let widths: Vec<f64> = svg
            .lines()
            .filter(|l| l.starts_with("<rect") && l.contains("<title>"))
            .map(|l| {
                let start = l.find(" width=\"").unwrap() + 8;
                l[start..start + l[start..].find('"').unwrap()]
                    .parse()
                    .unwrap()
            })
            .collect();
        assert_eq!(widths.len(), 2);
        assert!((widths[1] - 2.0 * widths[0]).abs() < 0.2, "{widths:?}");
    }
}
