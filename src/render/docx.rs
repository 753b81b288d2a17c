//! Writes a Word document in the Party's form: the header (the issuing
//! body top left, "ĐẢNG CỘNG SẢN VIỆT NAM" and the place and date top
//! right), the title, numbered tables with an STT column and a row of
//! column numbers, and the signature block. Times New Roman, A4, the
//! margins of Party documents; the same document gives the same bytes.

use chrono::Datelike;
use docx_rs::{
    AlignmentType, Docx, LineSpacing, PageMargin, Paragraph, Pic, Run, RunFonts,
    Table as WordTable, TableCell, TableLayoutType, TableRow, WidthType,
};

use crate::error::{Error, Result};
use crate::model::date::Date;
use crate::model::issuer::Issuer;
use crate::render::png::Png;
use crate::reports::table::{Cell, Table};
use crate::tr;

/// What a missing value of `[report]` leaves: a line to fill by hand.
pub const BLANK: &str = "……………………";

/// A table of the document, numbered by its caption.
#[derive(Debug, Clone, Copy)]
pub struct Numbered<'a> {
    /// "Bảng 3. …".
    pub caption: &'a str,
    pub table: &'a Table,
    /// A chart of the table, shown under it.
    pub figure: Option<&'a Png>,
}

/// A document: header, title, tables, a closing note, signatures.
#[derive(Debug, Clone)]
pub struct Document<'a> {
    pub issuer: &'a Issuer,
    /// The day in "`place`, ngày D tháng M năm Y".
    pub date: Date,
    /// The title's lines, the first in capitals.
    pub title: Vec<String>,
    /// Lines under the title (the as-of date, the filter).
    pub notes: Vec<String>,
    pub tables: Vec<Numbered<'a>>,
    /// A paragraph after the tables.
    pub closing: Option<String>,
}

/// Font sizes in half-points.
const BODY: usize = 28;
const TABLE: usize = 26;
/// The text width of an A4 page with these margins, in twentieths of a
/// point: 210 mm less 30 mm left and 15 mm right.
const TEXT_WIDTH: usize = 9355;

/// "ngày 31 tháng 12 năm 2024"; as administrative documents write it, a
/// day below 10 and the months 1 and 2 with a leading 0 ("ngày 05 tháng
/// 02 năm 2025").
pub fn words_of(date: Date) -> String {
    let month = if date.month() <= 2 {
        format!("{:02}", date.month())
    } else {
        date.month().to_string()
    };
    // i18n: document text, Vietnamese in every language (cli.md report)
    format!("ngày {:02} tháng {month} năm {}", date.day(), date.year())
}

/// A number as Vietnamese documents write it: `1.372`, `33,3`, `-4`.
pub fn vietnamese_number(plain: &str) -> String {
    let (sign, digits) = plain
        .strip_prefix('-')
        .map_or(("", plain), |rest| ("-", rest));
    let (whole, fraction) = digits.split_once('.').unwrap_or((digits, ""));
    let mut grouped = String::new();
    for (i, c) in whole.chars().enumerate() {
        if i > 0 && (whole.len() - i) % 3 == 0 {
            grouped.push('.');
        }
        grouped.push(c);
    }
    if fraction.is_empty() {
        format!("{sign}{grouped}")
    } else {
        format!("{sign}{grouped},{fraction}")
    }
}

/// A cell as the document shows it: numbers the Vietnamese way, others
/// by their label.
fn shown(cell: &Cell) -> String {
    if cell.json().is_number() {
        vietnamese_number(&cell.plain())
    } else {
        cell.label().into_owned()
    }
}

fn run(text: &str) -> Run {
    Run::new().add_text(text)
}

fn line(text: &str, align: AlignmentType) -> Paragraph {
    Paragraph::new().add_run(run(text)).align(align)
}

fn value(v: Option<&String>) -> &str {
    v.map_or(BLANK, String::as_str)
}

fn plain_cell(paragraphs: Vec<Paragraph>, width: usize) -> TableCell {
    paragraphs
        .into_iter()
        .fold(TableCell::new(), TableCell::add_paragraph)
        .width(width, WidthType::Dxa)
        .clear_all_border()
}

/// The header: the issuing body left, the Party and the date right.
fn header(issuer: &Issuer, date: Date) -> WordTable {
    let half = TEXT_WIDTH / 2;
    let left = vec![
        line(value(issuer.parent.as_ref()), AlignmentType::Center),
        Paragraph::new()
            .add_run(run(value(issuer.issuer.as_ref())).bold())
            .align(AlignmentType::Center),
        line("*", AlignmentType::Center),
    ];
    let right = vec![
        Paragraph::new()
            // i18n: document text, Vietnamese in every language (cli.md report)
            .add_run(run("ĐẢNG CỘNG SẢN VIỆT NAM").bold().underline("single"))
            .align(AlignmentType::Center),
        line("", AlignmentType::Center),
        Paragraph::new()
            .add_run(
                run(&format!(
                    "{}, {}",
                    value(issuer.place.as_ref()),
                    words_of(date)
                ))
                .italic(),
            )
            .align(AlignmentType::Center),
    ];
    WordTable::without_borders(vec![TableRow::new(vec![
        plain_cell(left, half),
        plain_cell(right, TEXT_WIDTH - half),
    ])])
    .set_grid(vec![half, TEXT_WIDTH - half])
    .width(TEXT_WIDTH, WidthType::Dxa)
    .layout(TableLayoutType::Fixed)
}

fn sized_cell(
    text: &str,
    (bold, italic): (bool, bool),
    align: AlignmentType,
    size: usize,
) -> TableCell {
    let mut r = run(text).size(size);
    if bold {
        r = r.bold();
    }
    if italic {
        r = r.italic();
    }
    TableCell::new().add_paragraph(
        Paragraph::new()
            .add_run(r)
            .align(align)
            .line_spacing(LineSpacing::new().before(0).after(0)),
    )
}

/// The widths of the STT column and of each column of the table: text
/// columns three shares, number columns one, of the page's width.
fn widths(table: &Table) -> Vec<usize> {
    const STT: usize = 680;
    let shares: Vec<usize> = table
        .columns
        .iter()
        .map(|c| if c.numeric { 2 } else { 5 })
        .collect();
    let total: usize = shares.iter().sum::<usize>().max(1);
    let mut out = vec![STT];
    out.extend(shares.iter().map(|s| (TEXT_WIDTH - STT) * s / total));
    out
}

/// A table with an STT column, its heading, a row of column numbers, its
/// rows and its total row. Tables of more than seven columns are set in
/// 11 pt so that they fit the page's width.
fn numbered_table(table: &Table) -> WordTable {
    let size = if table.columns.len() > 7 { 22 } else { TABLE };
    let widths = widths(table);
    let table_cell = |text: &str, bold: bool, italic: bool, align: AlignmentType| {
        sized_cell(text, (bold, italic), align, size)
    };
    let mut rows = Vec::new();
    let mut heading = vec![table_cell("STT", true, false, AlignmentType::Center)];
    heading.extend(
        table
            .columns
            .iter()
            .map(|c| table_cell(&c.title, true, false, AlignmentType::Center)),
    );
    rows.push(heading_row(heading));
    let numbers: Vec<TableCell> = (1..=table.columns.len() + 1)
        .map(|i| table_cell(&format!("({i})"), false, true, AlignmentType::Center))
        .collect();
    rows.push(heading_row(numbers));
    let align = |i: usize| {
        if table.columns[i].numeric {
            AlignmentType::Right
        } else {
            AlignmentType::Left
        }
    };
    for (n, row) in table.rows.iter().enumerate() {
        let mut cells = vec![table_cell(
            &(n + 1).to_string(),
            false,
            false,
            AlignmentType::Center,
        )];
        cells.extend(
            row.iter()
                .enumerate()
                .map(|(i, c)| table_cell(&shown(c), false, false, align(i))),
        );
        rows.push(TableRow::new(cells).cant_split());
    }
    if let Some(footer) = &table.footer {
        let mut cells = vec![table_cell("", true, false, AlignmentType::Center)];
        cells.extend(
            footer
                .iter()
                .enumerate()
                .map(|(i, c)| table_cell(&shown(c), true, false, align(i))),
        );
        rows.push(TableRow::new(cells).cant_split());
    }
    WordTable::new(rows)
        .set_grid(widths)
        .width(TEXT_WIDTH, WidthType::Dxa)
        .layout(TableLayoutType::Fixed)
}

/// docx-rs cannot mark a row as a heading repeated on every page
/// (`w:tblHeader`): heading rows carry this height instead, which
/// `repeat_headings` turns into the mark once the document is written.
const HEADING_MARK: &str = "<w:trHeight w:val=\"1\" w:hRule=\"atLeast\" />";

fn heading_row(cells: Vec<TableCell>) -> TableRow {
    TableRow::new(cells)
        .cant_split()
        .row_height(1.0)
        .height_rule(docx_rs::HeightRule::AtLeast)
}

/// The document with its heading rows marked to repeat on every page: each
/// entry copied as it is (same order, same fixed time), `document.xml`
/// with the marks put in.
fn repeat_headings(bytes: &[u8]) -> std::result::Result<Vec<u8>, zip::result::ZipError> {
    use std::io::{Read, Write};
    let mut archive = zip::ZipArchive::new(std::io::Cursor::new(bytes))?;
    let mut out = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    let options = zip::write::SimpleFileOptions::default()
        .compression_method(zip::CompressionMethod::Deflated)
        .last_modified_time(zip::DateTime::default());
    for i in 0..archive.len() {
        let mut entry = archive.by_index(i)?;
        let name = entry.name().to_owned();
        if entry.is_dir() {
            out.add_directory(name, options)?;
            continue;
        }
        let mut content = Vec::new();
        entry.read_to_end(&mut content)?;
        if name == "word/document.xml" {
            let text = String::from_utf8_lossy(&content).replace(HEADING_MARK, "<w:tblHeader />");
            content = text.into_bytes();
        }
        out.start_file(name, options)?;
        out.write_all(&content)?;
    }
    Ok(out.finish()?.into_inner())
}

/// A chart as wide as the text, under its table.
fn figure(png: &Png) -> Paragraph {
    // EMU: 635 a twentieth of a point.
    const WIDTH: u32 = 9355 * 635;
    let height = u64::from(WIDTH) * u64::from(png.height) / u64::from(png.width.max(1));
    let pic = Pic::new_with_dimensions(png.bytes.clone(), png.width, png.height)
        .size(WIDTH, u32::try_from(height).unwrap_or(u32::MAX));
    Paragraph::new()
        .add_run(Run::new().add_image(pic))
        .align(AlignmentType::Center)
}

/// The signature block: who prepared the tables left, the signer right.
fn signatures(issuer: &Issuer) -> WordTable {
    let half = TEXT_WIDTH / 2;
    let blank = || line("", AlignmentType::Center);
    let left = vec![
        Paragraph::new()
            // i18n: document text, Vietnamese in every language (cli.md report)
            .add_run(run("NGƯỜI LẬP BIỂU").bold())
            .align(AlignmentType::Center),
        Paragraph::new()
            // i18n: document text, Vietnamese in every language (cli.md report)
            .add_run(run("(Ký, ghi rõ họ tên)").italic())
            .align(AlignmentType::Center),
        blank(),
        blank(),
        blank(),
        Paragraph::new()
            .add_run(run(value(issuer.prepared_by.as_ref())).bold())
            .align(AlignmentType::Center),
    ];
    let right = vec![
        Paragraph::new()
            .add_run(run(value(issuer.signer_title.as_ref())).bold())
            .align(AlignmentType::Center),
        Paragraph::new()
            // i18n: document text, Vietnamese in every language (cli.md report)
            .add_run(run("(Ký, ghi rõ họ tên, đóng dấu)").italic())
            .align(AlignmentType::Center),
        blank(),
        blank(),
        blank(),
        Paragraph::new()
            .add_run(run(value(issuer.signer.as_ref())).bold())
            .align(AlignmentType::Center),
    ];
    WordTable::without_borders(vec![TableRow::new(vec![
        plain_cell(left, half),
        plain_cell(right, TEXT_WIDTH - half),
    ])])
    .set_grid(vec![half, TEXT_WIDTH - half])
    .width(TEXT_WIDTH, WidthType::Dxa)
    .layout(TableLayoutType::Fixed)
}

/// The document's bytes.
pub fn document(doc: &Document<'_>) -> Result<Vec<u8>> {
    let mut docx = page()
        .add_table(header(doc.issuer, doc.date))
        .add_paragraph(line("", AlignmentType::Center));
    for (i, title) in doc.title.iter().enumerate() {
        let mut r = run(title).bold();
        if i == 0 {
            r = r.size(32);
        }
        docx = docx.add_paragraph(Paragraph::new().add_run(r).align(AlignmentType::Center));
    }
    for note in &doc.notes {
        docx = docx.add_paragraph(
            Paragraph::new()
                .add_run(run(note).italic())
                .align(AlignmentType::Center),
        );
    }
    let form = value(doc.issuer.form.as_ref());
    for numbered in &doc.tables {
        docx = docx
            .add_paragraph(line("", AlignmentType::Left))
            .add_paragraph(
                Paragraph::new()
                    .add_run(run(form).italic().size(TABLE))
                    .align(AlignmentType::Right)
                    .keep_next(true),
            )
            .add_paragraph(
                Paragraph::new()
                    .add_run(run(numbered.caption).bold())
                    .align(AlignmentType::Center)
                    .keep_next(true),
            )
            .add_table(numbered_table(numbered.table));
        if let Some(png) = numbered.figure {
            docx = docx.add_paragraph(figure(png));
        }
    }
    if let Some(closing) = &doc.closing {
        docx = docx
            .add_paragraph(line("", AlignmentType::Left))
            .add_paragraph(
                Paragraph::new()
                    .add_run(run(closing).italic().size(TABLE))
                    .align(AlignmentType::Both),
            );
    }
    docx = docx
        .add_paragraph(line("", AlignmentType::Left))
        .add_table(signatures(doc.issuer));
    pack(docx)
}

/// A4, the Party's margins, Times New Roman, and a fixed creation date.
fn page() -> Docx {
    let font = "Times New Roman"; // i18n: a font's name
    Docx::new()
        .page_size(11906, 16838)
        .page_margin(PageMargin {
            top: 1134,
            left: 1701,
            bottom: 1134,
            right: 850,
            header: 709,
            footer: 709,
            gutter: 0,
        })
        .default_fonts(
            RunFonts::new()
                .ascii(font)
                .hi_ansi(font)
                .east_asia(font)
                .cs(font),
        )
        .default_size(BODY)
        .created_at("2000-01-01T00:00:00Z")
}

fn pack(docx: Docx) -> Result<Vec<u8>> {
    let mut bytes = std::io::Cursor::new(Vec::new());
    docx.build()
        .pack(&mut bytes)
        .map_err(|e| Error::Input(tr!("render-docx-cannot-write", cause = e.to_string())))?;
    repeat_headings(&bytes.into_inner())
        .map_err(|e| Error::Input(tr!("render-docx-cannot-write", cause = e.to_string())))
}

/// One certificate (giấy chứng nhận): a page of its own.
#[derive(Debug, Clone)]
pub struct Certificate {
    /// Above the model's name: "Mô hình “Dân vận khéo”" or the like.
    pub kind: String,
    pub name: String,
    pub unit: String,
    /// What it was given: the level and year or term, or the form.
    pub honour: Vec<String>,
    /// "Theo Quyết định số … ngày …".
    pub decision: String,
    /// The certificate's number, when recorded.
    pub number: Option<String>,
    /// The day in "`place`, ngày D tháng M năm Y".
    pub date: Date,
}

fn centred(r: Run) -> Paragraph {
    Paragraph::new().add_run(r).align(AlignmentType::Center)
}

/// One page per certificate, each under the header of `[report]` and
/// signed by its signer.
pub fn certificates(issuer: &Issuer, certificates: &[Certificate]) -> Result<Vec<u8>> {
    let mut docx = page();
    for (i, c) in certificates.iter().enumerate() {
        if i > 0 {
            docx = docx.add_paragraph(Paragraph::new().page_break_before(true));
        }
        docx = docx
            .add_table(header(issuer, c.date))
            .add_paragraph(line("", AlignmentType::Center))
            .add_paragraph(line("", AlignmentType::Center))
            // i18n: document text, Vietnamese in every language (cli.md report)
            .add_paragraph(centred(run("GIẤY CHỨNG NHẬN").bold().size(40)))
            .add_paragraph(line("", AlignmentType::Center))
            .add_paragraph(centred(run(&c.kind)))
            .add_paragraph(centred(run(&format!("“{}”", c.name)).bold().size(32)))
            .add_paragraph(centred(run(&c.unit).bold()));
        docx = docx.add_paragraph(line("", AlignmentType::Center));
        for honour in &c.honour {
            docx = docx.add_paragraph(centred(run(honour)));
        }
        docx = docx.add_paragraph(centred(run(&c.decision).italic()));
        if let Some(number) = &c.number {
            docx = docx.add_paragraph(centred(run(&format!("Số: {number}")).italic()));
        }
        let half = TEXT_WIDTH / 2;
        let right = vec![
            centred(run(value(issuer.signer_title.as_ref())).bold()),
            line("", AlignmentType::Center),
            line("", AlignmentType::Center),
            line("", AlignmentType::Center),
            centred(run(value(issuer.signer.as_ref())).bold()),
        ];
        docx = docx
            .add_paragraph(line("", AlignmentType::Center))
            .add_table(
                WordTable::without_borders(vec![TableRow::new(vec![
                    plain_cell(vec![line("", AlignmentType::Center)], half),
                    plain_cell(right, TEXT_WIDTH - half),
                ])])
                .set_grid(vec![half, TEXT_WIDTH - half])
                .width(TEXT_WIDTH, WidthType::Dxa)
                .layout(TableLayoutType::Fixed),
            );
    }
    pack(docx)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_are_written_the_vietnamese_way() {
        assert_eq!(vietnamese_number("1372"), "1.372");
        assert_eq!(vietnamese_number("1234567"), "1.234.567");
        assert_eq!(vietnamese_number("372"), "372");
        assert_eq!(vietnamese_number("-4"), "-4");
        assert_eq!(vietnamese_number("-1500"), "-1.500");
        assert_eq!(vietnamese_number("33.3"), "33,3");
        assert_eq!(vietnamese_number("12500.25"), "12.500,25");
    }

    #[test]
    fn the_date_is_written_in_words() {
        let d = crate::model::date::parse("2024-12-31").unwrap();
        assert_eq!(words_of(d), "ngày 31 tháng 12 năm 2024");
        let d = crate::model::date::parse("2025-02-05").unwrap();
        assert_eq!(words_of(d), "ngày 05 tháng 02 năm 2025");
        let d = crate::model::date::parse("2024-09-09").unwrap();
        assert_eq!(words_of(d), "ngày 09 tháng 9 năm 2024");
    }
}
