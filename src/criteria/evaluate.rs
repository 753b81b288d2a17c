//! Judging a model against a criteria set as of a date, by the rules of
//! the format: automatic criteria by their query, the others by the latest
//! assessment of that set up to the date; then the verdict.

use crate::criteria::{Catalog, CriteriaSet};
use crate::model::{Assessment, Judgement, Model};
use crate::query::key::Row;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Verdict {
    /// Đạt: every required criterion met, and `min_score` reached if set.
    Dat,
    /// Không đạt: a required criterion not met, or `min_score` out of reach.
    KhongDat,
    /// Chờ đánh giá: a judgement is still missing.
    ChoDanhGia,
    /// Không áp dụng: outside the set's `applies`.
    KhongApDung,
}

impl Verdict {
    pub fn code(self) -> &'static str {
        match self {
            Verdict::Dat => "dat",
            Verdict::KhongDat => "khong_dat",
            Verdict::ChoDanhGia => "cho_danh_gia",
            Verdict::KhongApDung => "khong_ap_dung",
        }
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct Evaluation {
    pub verdict: Verdict,
    pub score: f64,
    pub max_score: f64,
    /// Criteria judged or checked and not met, in set order.
    pub failed: Vec<String>,
    /// Judged criteria with no judgement yet, in set order.
    pub pending: Vec<String>,
    /// The assessment the judgements were read from.
    pub assessment: Option<usize>,
}

/// The latest assessment of `set` up to the row's date (ties: the later in
/// the file).
fn latest<'m>(model: &'m Model, set: &str, row: &Row<'_>) -> Option<(usize, &'m Assessment)> {
    model
        .assessments
        .iter()
        .enumerate()
        .filter(|(_, a)| a.criteria == set && a.date <= row.as_of.date)
        .max_by_key(|(i, a)| (a.date, *i))
}

/// Evaluates the row's model under `set` as of the row's date.
pub fn evaluate(set: &CriteriaSet, row: &Row<'_>) -> Evaluation {
    let max_score = set.max_score();
    if set.applies.as_ref().is_some_and(|q| !q.matches(row)) {
        return Evaluation {
            verdict: Verdict::KhongApDung,
            score: 0.0,
            max_score,
            failed: Vec::new(),
            pending: Vec::new(),
            assessment: None,
        };
    }
    let assessment = latest(row.model, &set.id, row);
    let (mut score, mut open_points) = (0.0, 0.0);
    let (mut failed, mut pending) = (Vec::new(), Vec::new());
    let mut required_failed = false;
    let mut required_pending = false;
    for criterion in &set.criteria {
        let judgement = match &criterion.check {
            Some(check) => Some(Judgement::Met(check.matches(row))),
            None => assessment.and_then(|(_, a)| {
                a.results
                    .iter()
                    .find(|(id, _)| *id == criterion.id)
                    .map(|(_, j)| *j)
            }),
        };
        let (met, points) = match judgement {
            None => {
                pending.push(criterion.id.clone());
                open_points += criterion.points;
                required_pending |= criterion.required;
                continue;
            }
            Some(Judgement::Met(true)) => (true, criterion.points),
            Some(Judgement::Met(false)) => (false, 0.0),
            Some(Judgement::Points(p)) => (p > 0.0, p.min(criterion.points)),
        };
        score += points;
        if !met {
            failed.push(criterion.id.clone());
            required_failed |= criterion.required;
        }
    }
    let verdict = match set.min_score {
        _ if required_failed => Verdict::KhongDat,
        Some(min) if score + open_points < min => Verdict::KhongDat,
        _ if required_pending => Verdict::ChoDanhGia,
        Some(min) if score < min => Verdict::ChoDanhGia,
        _ => Verdict::Dat,
    };
    Evaluation {
        verdict,
        score,
        max_score,
        failed,
        pending,
        assessment: assessment.map(|(i, _)| i),
    }
}

/// The derived key `assessed`: the verdict under the set of the latest
/// assessment up to the date (any set); `None` without one, or when that
/// set is not in the catalog.
pub fn assessed(catalog: &Catalog, row: &Row<'_>) -> Option<Verdict> {
    let (_, latest) = row
        .model
        .assessments
        .iter()
        .enumerate()
        .filter(|(_, a)| a.date <= row.as_of.date)
        .max_by_key(|(i, a)| (a.date, *i))?;
    let set = catalog.get(&latest.criteria)?;
    Some(evaluate(set, row).verdict)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::derived::{AsOf, Derived};
    use crate::model::taxonomy::Taxonomy;
    use std::path::Path;

    const SET: &str = r#"
title = "Tiêu chí"
applies = "subject:tap_the"
min_score = 60

[[criterion]]
id = "dia_chi"
text = "Có tên, địa chỉ cụ thể"
check = "commune? unit?"
required = true
points = 10

[[criterion]]
id = "lan_toa"
text = "Có sức lan tỏa"
required = true
points = 40

[[criterion]]
id = "hieu_qua"
text = "Hiệu quả"
points = 30

[[criterion]]
id = "ben_vung"
text = "Bền vững"
points = 20
"#;

    fn set(text: &str) -> CriteriaSet {
        let (set, problems) =
            crate::read::criteria::parse("hd", Path::new("hd.toml"), text, &Taxonomy::default());
        assert!(problems.is_empty(), "{problems:?}");
        set.unwrap()
    }

    fn model(extra: &str) -> Model {
        let text = format!(
            "name = \"Vườn mẫu\"\nunit = \"Hội Nông dân\"\nsubject = \"tap_the\"\nfield = \"kinh_te\"\n\
             level = \"xa\"\nregistered = 2019-03-15\ncommune = \"Quảng Tân\"\n{extra}"
        );
        let catalog = Catalog {
            sets: vec![set(SET)],
            broken: vec![],
        };
        let (m, problems) = crate::read::model::parse(
            "m",
            Path::new("m.toml"),
            &text,
            &Taxonomy::default(),
            &catalog,
        );
        assert!(problems.is_empty(), "{problems:?}");
        m.unwrap()
    }

    /// Evaluates a model under a set as of a date.
    fn judge(set_text: &str, m: &Model, date: &str) -> Evaluation {
        let as_of = AsOf::date(crate::model::date::parse(date).unwrap());
        let derived = Derived::of(m, as_of.date, &Taxonomy::default());
        let row = Row {
            model: m,
            derived: &derived,
            event: None,
            as_of: &as_of,
        };
        evaluate(&set(set_text), &row)
    }

    fn eval(extra: &str, date: &str) -> Evaluation {
        judge(SET, &model(extra), date)
    }

    fn assessment(date: &str, results: &str) -> String {
        format!("\n[[assessment]]\ndate = {date}\ncriteria = \"hd\"\nresults = {{ {results} }}\n")
    }

    #[test]
    fn pending_until_judged_then_passed() {
        let e = eval("", "2020-01-01");
        assert_eq!(e.verdict, Verdict::ChoDanhGia);
        assert_eq!((e.score, e.max_score), (10.0, 100.0));
        assert_eq!(e.pending, ["lan_toa", "hieu_qua", "ben_vung"]);
        let e = eval(
            &assessment("2019-11-20", "lan_toa = true, hieu_qua = 15"),
            "2020-01-01",
        );
        // 10 + 40 + 15 = 65 ≥ 60 with every required criterion met.
        assert_eq!((e.verdict, e.score), (Verdict::Dat, 65.0));
        assert_eq!(e.pending, ["ben_vung"]);
        assert!(e.failed.is_empty());
    }

    #[test]
    fn a_required_criterion_not_met_fails() {
        let e = eval(&assessment("2019-11-20", "lan_toa = false"), "2020-01-01");
        assert_eq!(e.verdict, Verdict::KhongDat);
        assert_eq!(e.failed, ["lan_toa"]);
    }

    #[test]
    fn min_score_out_of_reach_fails_even_with_judgements_open() {
        // 10 + 40 + 0 and at most 20 more: 70 ≥ 60, still reachable.
        let e = eval(
            &assessment("2019-11-20", "lan_toa = true, hieu_qua = false"),
            "2020-01-01",
        );
        assert_eq!(e.verdict, Verdict::ChoDanhGia);
        // 10 + 0 points on lan_toa... required lan_toa with 0 points is not met.
        let e = eval(
            &assessment("2019-11-20", "lan_toa = 0, hieu_qua = 5"),
            "2020-01-01",
        );
        assert_eq!(e.verdict, Verdict::KhongDat);
        // 10 + 5 + 5 and at most 20 more = 40 < 60: out of reach.
        let e = eval(
            &assessment("2019-11-20", "lan_toa = 5, hieu_qua = 5"),
            "2020-01-01",
        );
        assert_eq!((e.verdict, e.score), (Verdict::KhongDat, 20.0));
        assert!(e.failed.is_empty());
    }

    #[test]
    fn optional_criteria_without_min_score_do_not_count() {
        let no_min = SET.replace("min_score = 60\n", "");
        let m = model(&assessment(
            "2019-11-20",
            "lan_toa = true, hieu_qua = false",
        ));
        let e = judge(&no_min, &m, "2020-01-01");
        assert_eq!(e.verdict, Verdict::Dat);
        assert_eq!(e.failed, ["hieu_qua"]);
        assert_eq!(e.pending, ["ben_vung"]);
    }

    #[test]
    fn the_latest_assessment_up_to_the_date_counts() {
        let two = format!(
            "{}{}",
            assessment("2021-10-01", "lan_toa = false"),
            assessment(
                "2023-10-01",
                "lan_toa = true, hieu_qua = true, ben_vung = true"
            )
        );
        assert_eq!(eval(&two, "2020-12-31").verdict, Verdict::ChoDanhGia);
        assert_eq!(eval(&two, "2022-12-31").verdict, Verdict::KhongDat);
        let e = eval(&two, "2024-01-01");
        assert_eq!((e.verdict, e.score), (Verdict::Dat, 100.0));
    }

    #[test]
    fn outside_applies_is_not_applicable() {
        let text = SET.replace("subject:tap_the", "subject:ca_nhan");
        let m = model("");
        let e = judge(&text, &m, "2020-01-01");
        assert_eq!(e.verdict, Verdict::KhongApDung);
    }

    #[test]
    fn automatic_criteria_follow_the_record() {
        let m = model("").clone();
        let mut no_commune = m.clone();
        no_commune.commune = None;
        let e = judge(SET, &no_commune, "2020-01-01");
        assert_eq!(
            (e.verdict, e.failed.as_slice()),
            (Verdict::KhongDat, ["dia_chi".to_owned()].as_slice())
        );
    }
}
