//! Criteria sets (`criteria/<id>.toml`): the checklist of a guidance
//! (hướng dẫn), each criterion either checked automatically by a query or
//! judged by an appraisal team in an `[[assessment]]`.

pub mod evaluate;

use crate::model::Judgement;
use crate::model::date::Date;
use crate::query::Query;
use crate::tr;

#[derive(Debug, Clone)]
pub struct CriteriaSet {
    /// The file stem.
    pub id: String,
    pub title: String,
    pub issuer: Option<String>,
    pub issued: Option<Date>,
    /// Models outside it are not applicable (`khong_ap_dung`).
    pub applies: Option<Query>,
    pub min_score: Option<f64>,
    pub criteria: Vec<Criterion>,
}

#[derive(Debug, Clone)]
pub struct Criterion {
    pub id: String,
    pub text: String,
    /// Met when the record matches; `None`: the team's judgement.
    pub check: Option<Query>,
    pub check_text: Option<String>,
    pub required: bool,
    pub points: f64,
}

impl CriteriaSet {
    pub fn criterion(&self, id: &str) -> Option<&Criterion> {
        self.criteria.iter().find(|c| c.id == id)
    }

    /// Whether an assessment may judge this criterion (and, given a
    /// judgement, whether the value fits it): the message if not.
    pub fn admits(&self, id: &str, judgement: Option<Judgement>) -> Result<(), String> {
        let Some(criterion) = self.criterion(id) else {
            let hint = crate::problem::hint(id, self.criteria.iter().map(|c| c.id.as_str()));
            let judged: Vec<&str> = self
                .criteria
                .iter()
                .filter(|c| c.check.is_none())
                .map(|c| c.id.as_str())
                .collect();
            return Err(tr!(
                "check-not-a-criterion",
                id = id,
                set = &self.id,
                hint = hint,
                judged = judged.join(", ")
            ));
        };
        if let Some(Judgement::Points(p)) = judgement
            && p > criterion.points
        {
            return Err(tr!(
                "check-too-many-points",
                points = crate::query::key::number_text(p),
                id = id,
                max = crate::query::key::number_text(criterion.points)
            ));
        }
        Ok(())
    }

    /// The message for a judgement of a criterion that is checked
    /// automatically, if `id` is one.
    pub fn automatic(&self, id: &str) -> Option<String> {
        let check = self.criterion(id)?.check_text.as_ref()?;
        Some(tr!("check-automatic", id = id, check = check))
    }

    /// `CRITERION=VALUE` judgements of an appraisal team, each checked
    /// against the set (a judged criterion, a value that fits it, judged
    /// once); every problem when any.
    pub fn judgements(&self, pairs: &[String]) -> Result<Vec<(String, Judgement)>, Vec<String>> {
        let mut results: Vec<(String, Judgement)> = Vec::new();
        let mut problems = Vec::new();
        for pair in pairs {
            let Some((id, text)) = pair.split_once('=') else {
                problems.push(tr!("read-judgement-form", pair = pair));
                continue;
            };
            let id = id.trim();
            let Some(j) = Judgement::parse(text) else {
                problems.push(tr!("read-judgement-value", pair = pair));
                continue;
            };
            if let Some(check) = self.criterion(id).and_then(|c| c.check_text.as_ref()) {
                problems.push(tr!("read-judgement-automatic", id = id, check = check));
                continue;
            }
            if let Err(message) = self.admits(id, Some(j)) {
                problems.push(message);
                continue;
            }
            if results.iter().any(|(other, _)| other == id) {
                problems.push(tr!("read-judged-twice", id = id));
                continue;
            }
            results.push((id.to_owned(), j));
        }
        if problems.is_empty() {
            Ok(results)
        } else {
            Err(problems)
        }
    }

    pub fn max_score(&self) -> f64 {
        self.criteria.iter().map(|c| c.points).sum()
    }
}

/// The criteria sets of a register, with the ids of those that could not
/// be read (so that assessments naming them are not reported twice).
#[derive(Debug, Clone, Default)]
pub struct Catalog {
    pub sets: Vec<CriteriaSet>,
    pub broken: Vec<String>,
}

impl Catalog {
    pub fn get(&self, id: &str) -> Option<&CriteriaSet> {
        self.sets.iter().find(|s| s.id == id)
    }

    pub fn knows(&self, id: &str) -> bool {
        self.get(id).is_some() || self.broken.iter().any(|b| b == id)
    }

    pub fn ids(&self) -> impl Iterator<Item = &str> {
        self.sets
            .iter()
            .map(|s| s.id.as_str())
            .chain(self.broken.iter().map(String::as_str))
    }

    /// The message for a set id that is not in the register.
    pub fn unknown(&self, id: &str) -> String {
        let hint = crate::problem::hint(id, self.ids());
        let ids: Vec<&str> = self.ids().collect();
        if ids.is_empty() {
            tr!("check-unknown-set-none", id = id, hint = hint)
        } else {
            tr!(
                "check-unknown-set",
                id = id,
                hint = hint,
                sets = ids.join(", ")
            )
        }
    }
}
