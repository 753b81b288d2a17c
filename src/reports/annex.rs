//! `annex`: the list attached to a decision (danh sách kèm theo quyết
//! định): every event whose `decision` is the one asked for, compared
//! ignoring case, diacritics and spaces, numbered, with its model; and the
//! certificates of the models it recognised or commended.

use crate::error::{Error, Result};
use crate::model::date::Date;
use crate::model::taxonomy::Taxonomy;
use crate::model::{Event, EventType, Model};
use crate::read::workspace::Workspace;
use crate::reports::table::{Cell, Column, Table};
use crate::text::fold;
use crate::tr;

/// One event of the decision, with its model.
#[derive(Debug, Clone, Copy)]
pub struct Entry<'a> {
    pub model: &'a Model,
    pub event: &'a Event,
}

/// The decision's list.
#[derive(Debug, Clone)]
pub struct Annex<'a> {
    /// The decision as typed when an event writes it so, else as most of
    /// its events write it (the first, on a tie).
    pub decision: String,
    /// The date of the first event that carries it.
    pub date: Date,
    /// Who issued it, as the first event that names one writes it.
    pub authority: Option<String>,
    /// In date order, then by model id.
    pub entries: Vec<Entry<'a>>,
}

/// A decision number as it is compared: folded, without spaces.
pub fn compared(decision: &str) -> String {
    fold(decision)
        .chars()
        .filter(|c| !c.is_whitespace())
        .collect()
}

/// The list's headings: the csv column names that `--from` reads back.
#[rustfmt::skip]
// i18n: csv column names (what `--from` reads back), Vietnamese in every language
const TITLES: [&str; 8] = ["Mã", "Tên mô hình", "Đơn vị thực hiện", "Lĩnh vực", "Đối tượng", "Cấp", "Hình thức", "Số"];

/// The events of the workspace's models that carry `decision`; an error
/// naming the nearest decision numbers when none does.
pub fn find<'a>(workspace: &'a Workspace, decision: &str) -> Result<Annex<'a>> {
    let wanted = compared(decision);
    let mut entries: Vec<Entry<'a>> = Vec::new();
    let mut others: Vec<&'a str> = Vec::new();
    for register in &workspace.registers {
        for model in &register.models {
            for event in &model.events {
                let Some(carried) = event.decision.as_deref() else {
                    continue;
                };
                if compared(carried) == wanted {
                    entries.push(Entry { model, event });
                } else {
                    others.push(carried);
                }
            }
        }
    }
    entries.sort_by(|a, b| {
        a.event
            .date
            .cmp(&b.event.date)
            .then_with(|| a.model.id.cmp(&b.model.id))
    });
    let Some(first) = entries.first() else {
        return Err(Error::Input(not_carried(decision, &wanted, others)));
    };
    Ok(Annex {
        decision: entries
            .iter()
            .filter_map(|e| e.event.decision.as_deref())
            .find(|d| *d == crate::text::nfc(decision))
            .unwrap_or_else(|| most_written(&entries))
            .to_owned(),
        date: first.event.date,
        authority: entries.iter().find_map(|e| e.event.authority.clone()),
        entries,
    })
}

/// The way of writing the decision that most entries use.
fn most_written<'a>(entries: &[Entry<'a>]) -> &'a str {
    let written: Vec<&'a str> = entries
        .iter()
        .filter_map(|e| e.event.decision.as_deref())
        .collect();
    let mut best = written.first().copied().unwrap_or_default();
    let mut most = 0;
    for w in &written {
        let n = written.iter().filter(|o| *o == w).count();
        if n > most {
            (best, most) = (w, n);
        }
    }
    best
}

/// "no event carries …", with the three nearest numbers the register has.
fn not_carried(decision: &str, wanted: &str, mut others: Vec<&str>) -> String {
    others.sort_unstable();
    others.dedup_by(|a, b| compared(a) == compared(b));
    let mut ranked: Vec<(usize, &str)> = others
        .into_iter()
        .map(|o| (strsim::levenshtein(&compared(o), wanted), o))
        .collect();
    ranked.sort_unstable();
    let nearest: Vec<String> = ranked
        .iter()
        .take(3)
        .map(|(_, o)| format!("`{o}`"))
        .collect();
    if nearest.is_empty() {
        tr!("report-annex-no-decision", decision = decision)
    } else {
        tr!(
            "report-annex-not-carried",
            decision = decision,
            nearest = nearest.join(", ")
        )
    }
}

impl Annex<'_> {
    /// "Danh sách kèm theo Quyết định số … ngày …": the title's lines.
    pub fn title(&self) -> Vec<String> {
        let mut second = format!(
            // i18n: document text, Vietnamese in every language (cli.md report)
            "(Kèm theo Quyết định số {} ngày {}",
            self.decision,
            crate::reports::pack::vietnamese(self.date)
        );
        if let Some(authority) = &self.authority {
            second.push_str(" của "); // i18n: document text, Vietnamese in every language (cli.md report)
            second.push_str(authority);
        }
        second.push(')');
        // i18n: document text, Vietnamese in every language (cli.md report)
        vec!["DANH SÁCH".to_owned(), second]
    }

    /// The list as people read it: labels, Vietnamese headings (those that
    /// `--from` takes: Mã, Tên mô hình, Đơn vị thực hiện).
    pub fn table(&self, taxonomy: &Taxonomy) -> Table {
        let titles = TITLES;
        let mut table = Table::new(titles.iter().map(|t| Column::new(*t, *t, false)).collect());
        let text = |v: Option<&str>| v.map_or_else(Cell::null, Cell::text);
        for entry in &self.entries {
            let (m, e) = (entry.model, entry.event);
            table.rows.push(vec![
                Cell::text(&m.id),
                Cell::text(&m.name),
                Cell::text(&m.unit),
                Cell::text(taxonomy.fields.label(&m.field)),
                Cell::text(taxonomy.subjects.label(&m.subject)),
                text(e.level.as_deref().map(|l| taxonomy.levels.label(l))),
                text(e.form.as_deref().map(|f| taxonomy.forms.label(f))),
                text(e.number.as_deref()),
            ]);
        }
        table
    }

    /// The entries that get a certificate: recognitions and commendations.
    pub fn certified(&self) -> impl Iterator<Item = &Entry<'_>> {
        self.entries
            .iter()
            .filter(|e| matches!(e.event.kind, EventType::CongNhan | EventType::KhenThuong))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn decisions_compare_ignoring_case_diacritics_and_spaces() {
        assert_eq!(compared("123-QĐ/HU"), compared("123 - qđ/hu"));
        assert_eq!(compared("123-QĐ/HU"), "123-qd/hu");
        assert_ne!(compared("123-QĐ/HU"), compared("124-QĐ/HU"));
    }

    #[test]
    fn a_missing_decision_names_the_nearest() {
        let message = not_carried(
            "12-QĐ/HU",
            &compared("12-QĐ/HU"),
            vec![
                "13-QĐ/HU",
                "412-QĐ/HU",
                "1830-QĐ/TU",
                "13-QĐ/HU",
                "99-QĐ/ĐU",
            ],
        );
        assert_eq!(
            message,
            "no event carries the decision `12-QĐ/HU`; the nearest: `13-QĐ/HU`, `412-QĐ/HU`, `99-QĐ/ĐU`"
        );
        assert_eq!(
            not_carried("1", "1", Vec::new()),
            "no event carries the decision `1`; no event names a decision"
        );
    }
}
