//! A decision's list as files: CSV (UTF-8 with a BOM), a workbook and a
//! Word document in the Party's form, or one certificate page per model
//! recognised or commended.

use chrono::Datelike;

use crate::error::{Error, Result};
use crate::model::EventType;
use crate::model::issuer::Issuer;
use crate::model::taxonomy::Taxonomy;
use crate::render::docx::{self, Certificate, Document, Numbered};
use crate::render::xlsx::{self, Form, Sheet};
use crate::reports::annex::Annex;
use crate::reports::pack::vietnamese;
use crate::tr;

/// How a decision's list is written: the one place that chooses among
/// its forms.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Csv,
    Workbook,
    Document,
    /// One certificate page per model recognised or commended.
    Certificates,
}

impl Kind {
    /// The file extension of this form.
    pub fn extension(self) -> &'static str {
        match self {
            Kind::Csv => "csv",
            Kind::Workbook => "xlsx",
            Kind::Document | Kind::Certificates => "docx",
        }
    }

    /// The file a list of `decision` is written to when none is named:
    /// `danh-sach-<decision>.<ext>` (`chung-nhan-` for certificates); csv
    /// goes to stdout.
    pub fn default_file(self, decision: &str) -> Option<String> {
        let stem = if self == Kind::Certificates {
            "chung-nhan"
        } else {
            "danh-sach"
        };
        (self != Kind::Csv).then(|| format!("{stem}-{}.{}", slug(decision), self.extension()))
    }
}

/// `123-QĐ/HU` → `123-qd-hu`: a file name from a decision number.
fn slug(decision: &str) -> String {
    let folded = crate::text::fold(decision);
    let words: Vec<&str> = folded
        .split(|c: char| !c.is_ascii_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect();
    words.join("-")
}

/// The list in a form.
pub fn write(
    kind: Kind,
    annex: &Annex<'_>,
    taxonomy: &Taxonomy,
    issuer: &Issuer,
) -> Result<Vec<u8>> {
    match kind {
        Kind::Csv => csv(annex, taxonomy),
        Kind::Workbook => workbook(annex, taxonomy, issuer),
        Kind::Document => document(annex, taxonomy, issuer),
        Kind::Certificates => certificates(annex, taxonomy, issuer),
    }
}

/// The list as CSV, Excel's way: a BOM, the Vietnamese headings.
pub fn csv(annex: &Annex<'_>, taxonomy: &Taxonomy) -> Result<Vec<u8>> {
    let mut out = "\u{feff}".as_bytes().to_vec();
    crate::render::write_csv(&annex.table(taxonomy), true, &mut out)
        .map_err(|e| Error::Input(tr!("render-annex-cannot-write", cause = e.to_string())))?;
    Ok(out)
}

/// The list as a workbook of one sheet, a form to print and sign.
pub fn workbook(annex: &Annex<'_>, taxonomy: &Taxonomy, issuer: &Issuer) -> Result<Vec<u8>> {
    let table = annex.table(taxonomy);
    let title = annex.title();
    xlsx::workbook(
        &[Sheet {
            name: "Danh sách", // i18n: document text, Vietnamese in every language (cli.md report)
            title: &title,
            table: &table,
            shown: true,
            form: Some(Form {
                issuer,
                date: annex.date,
            }),
        }],
        annex.date,
    )
}

/// The list as a Word document under the header of `[report]`.
pub fn document(annex: &Annex<'_>, taxonomy: &Taxonomy, issuer: &Issuer) -> Result<Vec<u8>> {
    let table = annex.table(taxonomy);
    // i18n: document text, Vietnamese in every language (cli.md report)
    let caption = format!("Danh sách kèm theo Quyết định số {}", annex.decision);
    let mut title = annex.title();
    let notes = vec![title.remove(1)];
    docx::document(&Document {
        issuer,
        date: annex.date,
        title,
        notes,
        tables: vec![Numbered {
            caption: &caption,
            table: &table,
            figure: None,
        }],
        closing: None,
    })
}

/// One certificate page per event of the decision that recognised or
/// commended a model.
pub fn certificates(annex: &Annex<'_>, taxonomy: &Taxonomy, issuer: &Issuer) -> Result<Vec<u8>> {
    let mut pages = Vec::new();
    for entry in annex.certified() {
        let (m, e) = (entry.model, entry.event);
        let level = e
            .level
            .as_deref()
            .map(|l| taxonomy.levels.label(l).to_lowercase());
        let honour = if e.kind == EventType::CongNhan {
            // i18n: document text, Vietnamese in every language (cli.md report)
            let mut line = String::from("Được công nhận là mô hình “Dân vận khéo”");
            if let Some(level) = &level {
                line.push(' ');
                line.push_str(level);
            }
            let mut lines = vec![line];
            lines.push(match e.until {
                Some(until) => format!(
                    // i18n: document text, Vietnamese in every language (cli.md report)
                    "Thời hạn công nhận: từ ngày {} đến ngày {}",
                    vietnamese(e.date),
                    vietnamese(until)
                ),
                // i18n: document text, Vietnamese in every language (cli.md report)
                None => format!("Năm {}", e.date.year()),
            });
            lines
        } else {
            let form = e
                .form
                .as_deref()
                .map_or(docx::BLANK, |f| taxonomy.forms.label(f));
            // i18n: document text, Vietnamese in every language (cli.md report)
            vec![format!("Được tặng {form}")]
        };
        let mut decision = format!(
            // i18n: document text, Vietnamese in every language (cli.md report)
            "(Theo Quyết định số {} ngày {}",
            e.decision.as_deref().unwrap_or(&annex.decision),
            vietnamese(e.date)
        );
        if let Some(authority) = &e.authority {
            decision.push_str(" của "); // i18n: document text, Vietnamese in every language (cli.md report)
            decision.push_str(authority);
        }
        decision.push(')');
        pages.push(Certificate {
            kind: if e.kind == EventType::CongNhan {
                // i18n: document text, Vietnamese in every language (cli.md report)
                "Chứng nhận mô hình".to_owned()
            } else {
                // i18n: document text, Vietnamese in every language (cli.md report)
                "Khen thưởng mô hình".to_owned()
            },
            name: m.name.clone(),
            unit: m.unit.clone(),
            honour,
            decision,
            number: e.number.clone(),
            date: e.date,
        });
    }
    if pages.is_empty() {
        return Err(Error::Input(tr!(
            "render-annex-no-certificate",
            decision = &annex.decision
        )));
    }
    docx::certificates(issuer, &pages)
}
