//! The verdicts of many models under one criteria set, as the table that
//! `evaluate` writes: machine columns for csv and json, and for people a
//! line that says why each verdict is what it is.

use rayon::prelude::*;

use crate::criteria::CriteriaSet;
use crate::criteria::evaluate::{Evaluation, Verdict, evaluate};
use crate::model::derived::AsOf;
use crate::model::taxonomy::Taxonomy;
use crate::reports::report::{Report, View};
use crate::reports::table::{Cell, Column, Table};

use crate::select::Selected;

pub struct Judged {
    pub id: String,
    pub name: String,
    pub evaluation: Evaluation,
}

impl Judged {
    pub fn passed(&self) -> bool {
        self.evaluation.verdict == Verdict::Dat
    }
}

/// Evaluates every selected model, keeping their order.
pub fn evaluate_all(set: &CriteriaSet, selected: &[Selected<'_>], as_of: &AsOf) -> Vec<Judged> {
    selected
        .par_iter()
        .map(|s| Judged {
            id: s.model.id.clone(),
            name: s.model.name.clone(),
            evaluation: evaluate(set, &s.row(as_of)),
        })
        .collect()
}

/// `id, name, verdict, score, max_score, failed, pending`: the columns
/// of `rows`.
pub fn columns() -> Vec<Column> {
    vec![
        Column::new("id", "Mã", false),
        Column::new("name", "Tên mô hình", false),
        Column::new("verdict", "Kết quả", false),
        Column::new("score", "Điểm", true),
        Column::new("max_score", "Tối đa", true),
        Column::new("failed", "Không đạt", false),
        Column::new("pending", "Chờ đánh giá", false),
    ]
}

/// A row of `columns` a verdict; the verdicts are moved into the rows,
/// not copied.
pub fn rows(results: Vec<Judged>, taxonomy: &Taxonomy) -> Vec<Vec<Cell>> {
    results
        .into_par_iter()
        .map(|r| {
            let e = r.evaluation;
            let code = e.verdict.code();
            vec![
                Cell::Text(r.id),
                Cell::Text(r.name),
                Cell::code(code, taxonomy.verdicts.label(code)),
                Cell::number(e.score),
                Cell::number(e.max_score),
                Cell::List(e.failed),
                Cell::List(e.pending),
            ]
        })
        .collect()
}

/// Why a verdict is what it is, in a line a commission member can read.
pub fn explanation(e: &Evaluation, set: &CriteriaSet) -> String {
    let texts = |ids: &[String]| {
        ids.iter()
            .map(|id| {
                set.criterion(id).map_or_else(
                    || id.clone(),
                    |c| {
                        let required = if c.required { ", bắt buộc" } else { "" };
                        format!("{} ({id}{required})", c.text)
                    },
                )
            })
            .collect::<Vec<_>>()
            .join("; ")
    };
    let score = |e: &Evaluation| match set.min_score {
        Some(min) => format!(
            "{}/{} điểm, cần {}",
            crate::query::key::number_text(e.score),
            crate::query::key::number_text(e.max_score),
            crate::query::key::number_text(min)
        ),
        None => format!(
            "{}/{} điểm",
            crate::query::key::number_text(e.score),
            crate::query::key::number_text(e.max_score)
        ),
    };
    let mut parts = Vec::new();
    match e.verdict {
        Verdict::KhongApDung => return "ngoài phạm vi áp dụng của bộ tiêu chí".to_owned(),
        Verdict::Dat => parts.push(format!("đạt mọi tiêu chí bắt buộc; {}", score(e))),
        Verdict::KhongDat | Verdict::ChoDanhGia => parts.push(score(e)),
    }
    if !e.failed.is_empty() {
        parts.push(format!("chưa đạt: {}", texts(&e.failed)));
    }
    if !e.pending.is_empty() && e.verdict != Verdict::Dat {
        parts.push(format!("chờ thẩm định: {}", texts(&e.pending)));
    }
    parts.join(" — ")
}

/// The terminal view: one row a model with its explanation.
pub fn explained(results: &[Judged], set: &CriteriaSet, taxonomy: &Taxonomy) -> Table {
    let mut table = Table::new(vec![
        Column::new("id", "Mã", false),
        Column::new("name", "Tên mô hình", false),
        Column::new("verdict", "Kết quả", false),
        Column::new("why", "Vì sao", false),
    ]);
    table.rows = results
        .iter()
        .map(|r| {
            let code = r.evaluation.verdict.code();
            vec![
                Cell::text(&r.id),
                Cell::text(&r.name),
                Cell::code(code, taxonomy.verdicts.label(code)),
                Cell::text(explanation(&r.evaluation, set)),
            ]
        })
        .collect();
    table
}

/// `12 models: 5 dat, 3 khong_dat, 4 cho_danh_gia, 0 khong_ap_dung`.
pub fn summary(results: &[Judged]) -> String {
    let count = |v: Verdict| results.iter().filter(|r| r.evaluation.verdict == v).count();
    format!(
        "{} models: {} dat, {} khong_dat, {} cho_danh_gia, {} khong_ap_dung",
        results.len(),
        count(Verdict::Dat),
        count(Verdict::KhongDat),
        count(Verdict::ChoDanhGia),
        count(Verdict::KhongApDung)
    )
}

/// What a person reads of the verdicts: one row a model with why, and
/// how many got each verdict.
pub fn report(results: &[Judged], set: &CriteriaSet, taxonomy: &Taxonomy) -> Report {
    Report {
        people: vec![View::Table(explained(results, set, taxonomy))],
        note: Some(summary(results)),
        ..Report::default()
    }
}
