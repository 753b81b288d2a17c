//! HTML made safe: the one escaping function every value of a page goes
//! through, links with their query strings encoded, and a `Table` of the
//! reports drawn as an HTML table. Nothing from a register reaches a page
//! unescaped.

use std::fmt::Write as _;

use crate::reports::table::{Cell, Table};

/// The text made safe for HTML, in content and in attribute values alike
/// (quoted with `"`): the five special characters as entities, and
/// characters no page should hold (controls other than line breaks and
/// tabs, lone surrogates cannot occur in a `str`) as U+FFFD.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + text.len() / 8);
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            '\n' | '\t' | '\r' => out.push(c),
            c if c.is_control() => out.push('\u{FFFD}'),
            c => out.push(c),
        }
    }
    out
}

/// A link's address: `path` (ASCII, ours) with `params` as its query
/// string, each name and value form-encoded; empty values left out.
pub fn href(path: &str, params: &[(&str, &str)]) -> String {
    let mut query = form_urlencoded::Serializer::new(String::new());
    for (name, value) in params.iter().filter(|(_, v)| !v.is_empty()) {
        query.append_pair(name, value);
    }
    let query = query.finish();
    if query.is_empty() {
        path.to_owned()
    } else {
        format!("{path}?{query}")
    }
}

/// A path of the register (`ho-so/2019/biên bản.pdf`) as the path of a
/// link: each segment percent-encoded, the `/` between them kept.
pub fn path_segments(path: &str) -> String {
    // Everything but the unreserved characters of RFC 3986.
    const SEGMENT: &percent_encoding::AsciiSet = &percent_encoding::NON_ALPHANUMERIC
        .remove(b'-')
        .remove(b'.')
        .remove(b'_')
        .remove(b'~');
    path.split('/')
        .map(|segment| percent_encoding::utf8_percent_encode(segment, SEGMENT).to_string())
        .collect::<Vec<_>>()
        .join("/")
}

/// How a cell is drawn, given its row and column: its label, escaped
/// (`None`), or something of the caller's (a link), already safe.
pub type CellHtml<'a> = &'a dyn Fn(&[Cell], usize) -> Option<String>;

/// A table as people read it: the columns' titles as headings (each made
/// by `heading`, escaped text by default), labels in the cells, numbers
/// to the right, the footer (a total) last.
pub fn table(
    table: &Table,
    heading: &dyn Fn(usize) -> Option<String>,
    cell: CellHtml<'_>,
) -> String {
    let mut out = String::from("<table>\n<thead><tr>");
    for (i, column) in table.columns.iter().enumerate() {
        let class = if column.numeric { " class=num" } else { "" };
        let text = heading(i).unwrap_or_else(|| escape(&column.title));
        let _ = write!(out, "<th{class}>{text}</th>");
    }
    out.push_str("</tr></thead>\n<tbody>\n");
    let row = |out: &mut String, cells: &[Cell], tag: &str| {
        out.push_str("<tr>");
        for (i, c) in cells.iter().enumerate() {
            let numeric =
                table.columns.get(i).is_some_and(|c| c.numeric) || matches!(c, Cell::Number(_));
            let class = if numeric { " class=num" } else { "" };
            let text = cell(cells, i).unwrap_or_else(|| escape(&shown(c)));
            let _ = write!(out, "<{tag}{class}>{text}</{tag}>");
        }
        out.push_str("</tr>\n");
    };
    for cells in &table.rows {
        row(&mut out, cells, "td");
    }
    out.push_str("</tbody>\n");
    if let Some(footer) = &table.footer {
        out.push_str("<tfoot>");
        row(&mut out, footer, "th");
        out.push_str("</tfoot>\n");
    }
    out.push_str("</table>\n");
    out
}

/// A cell's label, numbers as the language of the page writes them
/// (`1.372` and `33,3` in Vietnamese, as the Word report does).
pub fn shown(cell: &Cell) -> String {
    match cell {
        Cell::Number(_) if crate::i18n::lang() == crate::i18n::Lang::Vi => {
            crate::render::docx::vietnamese_number(&cell.label())
        }
        _ => cell.label().into_owned(),
    }
}

/// A table drawn with every heading and cell as its text.
pub fn plain_table(t: &Table) -> String {
    table(t, &|_| None, &|_, _| None)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::reports::table::Column;

    #[test]
    fn hostile_text_is_escaped() {
        assert_eq!(
            escape("<script>alert('x')</script> & \"q\""),
            "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;q&quot;"
        );
        assert_eq!(escape("a\u{0}b\u{1b}[31m"), "a\u{FFFD}b\u{FFFD}[31m");
        assert_eq!(
            escape("Mô hình \"Dân vận khéo\""),
            "Mô hình &quot;Dân vận khéo&quot;"
        );
        // An attribute cannot be left: no quote survives.
        assert!(!escape("\" onmouseover=\"x").contains('"'));
    }

    #[test]
    fn links_encode_their_values() {
        assert_eq!(
            href("/models", &[("q", "field:\"Kinh tế\" & <x>"), ("page", "")]),
            "/models?q=field%3A%22Kinh+t%E1%BA%BF%22+%26+%3Cx%3E"
        );
        assert_eq!(href("/", &[]), "/");
        assert_eq!(
            path_segments("ho-so/2019/biên bản?.pdf"),
            "ho-so/2019/bi%C3%AAn%20b%E1%BA%A3n%3F.pdf"
        );
        assert_eq!(path_segments("../x"), "../x");
    }

    #[test]
    fn a_table_escapes_every_cell_and_heading() {
        let mut t = Table::new(vec![
            Column::new("name", "<b>Tên</b>", false),
            Column::new("count", "Số", true),
        ]);
        t.rows
            .push(vec![Cell::text("<script>x</script>"), Cell::number(3.0)]);
        t.footer = Some(vec![Cell::text("Tổng"), Cell::number(3.0)]);
        let html = plain_table(&t);
        assert!(html.contains("&lt;b&gt;Tên&lt;/b&gt;"), "{html}");
        assert!(
            html.contains("<td>&lt;script&gt;x&lt;/script&gt;</td>"),
            "{html}"
        );
        assert!(html.contains("<td class=num>3</td>"), "{html}");
        assert!(!html.contains("<script>"));
    }
}
