//! The report pack as files: a CSV per table (UTF-8 with a BOM, so that
//! Excel reads the Vietnamese right), one workbook, an SVG per chart and a
//! README saying what each holds. The same pack gives the same bytes.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};

use crate::error::{Error, IoAction, Result};
use crate::render;
use crate::render::docx::{self, Document, Numbered};
use crate::render::png::{Png, Renderer};
use crate::render::xlsx::{self, Sheet};
use crate::reports::pack::{Pack, vietnamese};
use crate::reports::table::{Cell, Column, Table};

/// The table as people read it: titles as headers, labels in the cells,
/// the total as the last row.
fn shown(table: &Table) -> Table {
    let label = |cells: &[Cell]| -> Vec<Cell> {
        cells
            .iter()
            .map(|c| Cell::Given {
                label: c.label().into_owned(),
                plain: c.label().into_owned(),
                json: c.json(),
            })
            .collect()
    };
    let mut out = Table::new(
        table
            .columns
            .iter()
            .map(|c| Column {
                name: c.title.clone(),
                ..c.clone()
            })
            .collect(),
    );
    out.rows = table.rows.iter().map(|r| label(r)).collect();
    out.rows.extend(table.footer.as_deref().map(label));
    out
}

/// Every file of the pack, by name.
pub fn files(pack: &Pack) -> Result<Vec<(String, Vec<u8>)>> {
    let mut files = Vec::new();
    let heading = pack.heading();
    let mut titles: Vec<Vec<String>> = Vec::new();
    for part in &pack.parts {
        let table = shown(&part.table);
        let mut csv = "\u{feff}".as_bytes().to_vec();
        render::write_csv(&table, true, &mut csv)
            .map_err(|e| Error::io(IoAction::Write, format!("{}.csv", part.stem), e))?;
        files.push((format!("{}.csv", part.stem), csv));
        let mut lines = vec![part.title.clone()];
        lines.extend(heading.iter().cloned());
        titles.push(lines);
    }
    for figure in &pack.figures {
        files.push((
            format!("{}.svg", figure.stem),
            figure.chart.render().into_bytes(),
        ));
    }
    let sheets: Vec<Sheet<'_>> = pack
        .parts
        .iter()
        .zip(&titles)
        .map(|(part, title)| Sheet {
            name: part.sheet,
            title,
            table: &part.table,
            shown: true,
            form: Some(xlsx::Form {
                issuer: &pack.issuer,
                date: pack.as_of,
            }),
        })
        .collect();
    files.push((
        format!("{}.xlsx", pack.name()),
        xlsx::workbook(&sheets, pack.as_of)?,
    ));
    files.push((format!("{}.docx", pack.name()), document(pack)?));
    files.push(("README.md".to_owned(), readme(pack).into_bytes()));
    Ok(files)
}

/// The Word document: the Party header of `[report]`, the title, every
/// table numbered, and the signature block; dated the as-of date.
pub fn document(pack: &Pack) -> Result<Vec<u8>> {
    let mut closing = String::from(
        // i18n: document text, Vietnamese in every language (cli.md report)
        "Số liệu lấy từ sổ theo dõi mô hình \"Dân vận khéo\" bằng lệnh dvk report; mỗi bảng \
         cũng có trong tệp CSV và trong sổ tính cùng thư mục.",
    );
    if !pack.figures.is_empty() {
        let names: Vec<String> = pack
            .figures
            .iter()
            .map(|f| format!("{}.svg", f.stem))
            .collect();
        let _ = write!(
            closing,
            // i18n: document text, Vietnamese in every language (cli.md report)
            " Biểu đồ dưới các bảng chính cũng có ở dạng SVG: {}.",
            names.join(", ")
        );
    }
    let renderer = Renderer::new();
    let pictures: Vec<(&str, Png)> = pack
        .figures
        .iter()
        .filter_map(|f| Some((f.stem, renderer.png(&f.chart.render())?)))
        .collect();
    docx::document(&Document {
        issuer: &pack.issuer,
        date: pack.as_of,
        title: vec![
            // i18n: document text, Vietnamese in every language (cli.md report)
            "BÁO CÁO".to_owned(),
            format!(
                // i18n: document text, Vietnamese in every language (cli.md report)
                "Số liệu phong trào thi đua \"Dân vận khéo\" {}",
                pack.period.words()
            ),
        ],
        notes: pack.heading(),
        tables: pack
            .parts
            .iter()
            .map(|part| Numbered {
                caption: &part.title,
                table: &part.table,
                figure: pictures
                    .iter()
                    .find(|(stem, _)| *stem == part.stem)
                    .map(|(_, png)| png),
            })
            .collect(),
        closing: Some(closing),
    })
}

/// What the pack holds, in Vietnamese: the period, the as-of date, the
/// registers, and what each table counts.
pub fn readme(pack: &Pack) -> String {
    let mut out = String::new();
    let period = pack.period;
    let _ = writeln!(
        out,
        // i18n: document text, Vietnamese in every language (cli.md report)
        "# Báo cáo phong trào thi đua \"Dân vận khéo\" {}\n",
        period.words()
    );
    // i18n: document text, Vietnamese in every language (cli.md report)
    let _ = writeln!(out, "- Sổ theo dõi: {}", pack.registers.join("; "));
    let _ = writeln!(
        out,
        // i18n: document text, Vietnamese in every language (cli.md report)
        "- Kỳ báo cáo: {} (từ 01/01/{} đến 31/12/{})",
        period.words(),
        period.first,
        period.last
    );
    // i18n: document text, Vietnamese in every language (cli.md report)
    let _ = writeln!(out, "- Số liệu tính đến ngày: {}", vietnamese(pack.as_of));
    if !pack.query.is_empty() {
        // i18n: document text, Vietnamese in every language (cli.md report)
        let _ = writeln!(out, "- Điều kiện lọc: `{}`", pack.query);
    }
    let _ = writeln!(
        out,
        // i18n: document text, Vietnamese in every language (cli.md report)
        "- Số mô hình đăng ký đến ngày đó{}: {}\n",
        if pack.query.is_empty() {
            ""
        } else {
            // i18n: document text, Vietnamese in every language (cli.md report)
            " (thỏa điều kiện lọc)"
        },
        pack.models
    );
    let _ = writeln!(
        out,
        // i18n: document text, Vietnamese in every language (cli.md report)
        "Mỗi bảng có trong `{}.xlsx` (mỗi bảng một trang tính, có dòng tiêu đề) và trong \
         một tệp CSV cùng thư mục (UTF-8 có BOM, phân cách bằng dấu phẩy, ngày viết \
         YYYY-MM-DD, dòng cuối là tổng cộng). Một mô hình đăng ký sau ngày tính số liệu \
         chưa có trong sổ. Chạy lại lệnh `dvk report` với cùng sổ và cùng kỳ cho ra đúng \
         từng byte các tệp này.\n",
        pack.name()
    );
    let _ = writeln!(
        out,
        // i18n: document text, Vietnamese in every language (cli.md report)
        "`{}.docx` là văn bản Word để ký và nộp: phần đầu văn bản của Đảng lấy từ `[report]` \
         trong `dvk.toml` (chỗ còn thiếu để trống, điền tay), mọi bảng được đánh số, có cột STT, \
         dòng số thứ tự cột và số biểu, số viết theo kiểu Việt Nam (1.372), và phần chữ ký. Biểu \
         đồ của các bảng chính in ngay dưới bảng (ảnh PNG vẽ từ các tệp SVG bên dưới). Mỗi trang tính của sổ tính cũng \
         là một biểu để in (A4 ngang, vừa một trang bề ngang, lặp dòng tiêu đề).\n",
        pack.name()
    );
    let _ = writeln!(out, "| Tệp | Bảng |\n|---|---|");
    for part in &pack.parts {
        let _ = writeln!(out, "| `{}.csv` | {} |", part.stem, part.title);
    }
    if !pack.figures.is_empty() {
        let _ = writeln!(
            out,
            // i18n: document text, Vietnamese in every language (cli.md report)
            "\nBiểu đồ của các bảng chính, dạng SVG (mở bằng trình duyệt, chèn được vào \
             Word hoặc LibreOffice), số liệu ghi ở cuối từng thanh:\n\n| Tệp | Biểu đồ |\n|---|---|"
        );
        for figure in &pack.figures {
            let _ = writeln!(out, "| `{}.svg` | {} |", figure.stem, figure.chart.title);
        }
    }
    for part in &pack.parts {
        let _ = writeln!(out, "\n## {}\n\n{}", part.title, part.about);
    }
    out
}

/// Writes the pack's files into a folder (made if missing), each replaced
/// whole; returns their paths.
pub fn write(pack: &Pack, dir: &Path) -> Result<Vec<PathBuf>> {
    std::fs::create_dir_all(dir).map_err(|e| Error::io(IoAction::Create, dir, e))?;
    let mut written = Vec::new();
    for (name, bytes) in files(pack)? {
        let path = dir.join(name);
        crate::fs::atomic::replace_bytes(&path, &bytes)?;
        written.push(path);
    }
    Ok(written)
}
