//! One model's page, as `dvk show` gives it and more: every stored and
//! derived key with its label, the events as a timeline, each assessment
//! with every criterion's verdict and the set's conclusion as of the date,
//! the outcomes by year, and the evidence files to open.

use std::fmt::Write as _;

use crate::criteria::Catalog;
use crate::criteria::evaluate::{Verdict, evaluate};
use crate::model::derived::AsOf;
use crate::model::{Judgement, Model};
use crate::query::key::{Key, Row, number_text};
use crate::reports::table::Cell;
use crate::reports::view;
use crate::select::Selected;
use crate::tr;
use crate::web::answer::Failure;
use crate::web::html::{self, escape, path_segments};
use crate::web::pages::{Menu, date_form, layout};
use crate::web::state::Loaded;

/// The page of the model `id` as of the date; 404 when there is none.
pub fn page(loaded: &Loaded, id: &str, as_of: &AsOf) -> Result<String, Failure> {
    let workspace = &loaded.workspace;
    let taxonomy = workspace.taxonomy();
    let place = crate::model::id::is_valid(id)
        .then(|| loaded.place(id))
        .flatten();
    let Some((r, m)) = place else {
        let hint = crate::problem::hint(id, workspace.models().map(|(_, m)| m.id.as_str()));
        return Err(Failure::not_found(tr!(
            "web-no-model",
            id = id,
            hint = hint
        )));
    };
    let register = &workspace.registers[r];
    let model = &register.models[m];
    let selected = Selected {
        register,
        model,
        derived: crate::select::derive(register, model, as_of, taxonomy),
    };
    let row = selected.row(as_of);
    let mut body = date_form(&format!("/models/{}", path_segments(id)), as_of.date, &[]);
    if model.registered > as_of.date {
        let _ = writeln!(
            body,
            "<p class=note>{}</p>",
            escape(&tr!(
                "web-model-not-yet",
                registered = model.registered.to_string()
            ))
        );
    }
    let (fields, events) = view::tables(&row, taxonomy);
    body.push_str("<dl class=keys>\n");
    for cells in &fields.rows {
        if let [key, value] = cells.as_slice() {
            let _ = writeln!(
                body,
                "<dt>{}</dt><dd>{}</dd>",
                escape(&key.label()),
                escape(&crate::web::html::shown(value))
            );
        }
    }
    body.push_str("</dl>\n");
    timeline(&events, &mut body);
    assessments(&row, &register.criteria, &mut body);
    outcomes(model, taxonomy, &mut body);
    evidence(model, taxonomy, &mut body);
    Ok(layout(&model.name, Menu::Models, Some(workspace), &body))
}

/// The events, oldest first, as `show` lists them.
fn timeline(events: &crate::reports::table::Table, body: &mut String) {
    let _ = writeln!(body, "<h2>{}</h2>", escape(&tr!("web-model-events")));
    if events.rows.is_empty() {
        let _ = writeln!(
            body,
            "<p class=note>{}</p>",
            escape(&tr!("web-model-no-events"))
        );
        return;
    }
    body.push_str("<ol class=timeline>\n");
    for cells in &events.rows {
        let text = |i: usize| {
            cells
                .get(i)
                .map(|c| c.label().into_owned())
                .unwrap_or_default()
        };
        let details: Vec<String> = (2..cells.len())
            .map(text)
            .filter(|t| !t.is_empty())
            .collect();
        let _ = writeln!(
            body,
            "<li><time>{}</time><strong>{}</strong> {}</li>",
            escape(&text(0)),
            escape(&text(1)),
            escape(&details.join(" · "))
        );
    }
    body.push_str("</ol>\n");
}

/// Each assessment with every criterion of its set: the team's judgement,
/// or the automatic check's; then the set's verdict as of the date.
fn assessments(row: &Row<'_>, catalog: &Catalog, body: &mut String) {
    let model = row.model;
    if model.assessments.is_empty() {
        return;
    }
    let _ = writeln!(body, "<h2>{}</h2>", escape(&tr!("web-model-assessments")));
    for assessment in &model.assessments {
        let set = catalog.get(&assessment.criteria);
        let title = set.map_or(assessment.criteria.as_str(), |s| s.title.as_str());
        let _ = writeln!(
            body,
            "<h3>{} · {}</h3>",
            escape(&assessment.date.to_string()),
            escape(title)
        );
        let mut notes = Vec::new();
        if let Some(by) = &assessment.by {
            notes.push(tr!("web-assessment-by", by = by));
        }
        if let Some(note) = &assessment.note {
            notes.push(note.clone());
        }
        if !notes.is_empty() {
            let _ = writeln!(body, "<p class=note>{}</p>", escape(&notes.join(" · ")));
        }
        let Some(set) = set else {
            let _ = writeln!(
                body,
                "<p class=error>{}</p>",
                escape(&tr!(
                    "web-assessment-no-set",
                    criteria = &assessment.criteria
                ))
            );
            continue;
        };
        criteria_table(assessment, set, row, body);
    }
    // The verdict under each set assessed, as of the date (`evaluate`).
    let mut sets: Vec<&str> = model
        .assessments
        .iter()
        .map(|a| a.criteria.as_str())
        .collect();
    sets.dedup();
    for id in sets {
        let Some(set) = catalog.get(id) else {
            continue;
        };
        let evaluation = evaluate(set, row);
        let _ = writeln!(
            body,
            "<p>{} <span class=\"verdict-{}\">{}</span> {}</p>",
            escape(&tr!("web-verdict-under", criteria = &set.title)),
            evaluation.verdict.code(),
            escape(&verdict(evaluation.verdict)),
            escape(&tr!(
                "web-verdict-score",
                score = number_text(evaluation.score),
                max = number_text(evaluation.max_score)
            ))
        );
    }
}

/// Every criterion of the set with this assessment's judgement of it, or
/// the automatic check's.
fn criteria_table(
    assessment: &crate::model::Assessment,
    set: &crate::criteria::CriteriaSet,
    row: &Row<'_>,
    body: &mut String,
) {
    body.push_str("<table><thead><tr>");
    for heading in [
        tr!("web-criterion"),
        tr!("web-criterion-text"),
        tr!("web-criterion-judgement"),
    ] {
        let _ = write!(body, "<th>{}</th>", escape(&heading));
    }
    body.push_str("</tr></thead><tbody>\n");
    for criterion in &set.criteria {
        let judgement = match &criterion.check {
            Some(check) => tr!(
                "web-criterion-automatic",
                met = yes_no(check.matches(row)),
                check = criterion.check_text.as_deref().unwrap_or_default()
            ),
            None => assessment
                .results
                .iter()
                .find(|(id, _)| *id == criterion.id)
                .map_or_else(
                    || tr!("web-criterion-pending"),
                    |(_, j)| match j {
                        Judgement::Met(met) => yes_no(*met),
                        Judgement::Points(p) => tr!(
                            "web-criterion-points",
                            points = number_text(*p),
                            of = number_text(criterion.points)
                        ),
                    },
                ),
        };
        let _ = writeln!(
            body,
            "<tr><td>{}</td><td>{}</td><td>{}</td></tr>",
            escape(&criterion.id),
            escape(&criterion.text),
            escape(&judgement)
        );
    }
    body.push_str("</tbody></table>\n");
}

fn verdict(v: Verdict) -> String {
    match v {
        Verdict::Dat => tr!("web-verdict-dat"),
        Verdict::KhongDat => tr!("web-verdict-khong-dat"),
        Verdict::ChoDanhGia => tr!("web-verdict-cho-danh-gia"),
        Verdict::KhongApDung => tr!("web-verdict-khong-ap-dung"),
    }
}

fn yes_no(met: bool) -> String {
    if met {
        tr!("web-met")
    } else {
        tr!("web-not-met")
    }
}

/// The outcomes: a row a year, a column a metric.
fn outcomes(model: &Model, taxonomy: &crate::model::taxonomy::Taxonomy, body: &mut String) {
    if model.outcomes.is_empty() {
        return;
    }
    let mut metrics: Vec<&str> = Vec::new();
    for outcome in &model.outcomes {
        for (metric, _) in &outcome.values {
            if !metrics.contains(&metric.as_str()) {
                metrics.push(metric);
            }
        }
    }
    let mut columns = vec![crate::reports::table::Column::new(
        "year",
        tr!("web-year"),
        false,
    )];
    columns.extend(metrics.iter().map(|m| {
        crate::reports::table::Column::new(*m, Key::Outcome((*m).to_owned()).title(taxonomy), true)
    }));
    let mut table = crate::reports::table::Table::new(columns);
    for outcome in &model.outcomes {
        let mut cells = vec![Cell::text(outcome.year.to_string())];
        cells.extend(metrics.iter().map(|m| {
            outcome
                .values
                .iter()
                .find(|(k, _)| k == m)
                .map_or(Cell::Null, |(_, v)| Cell::number(*v))
        }));
        table.rows.push(cells);
    }
    let _ = writeln!(
        body,
        "<h2>{}</h2>\n<div class=table-wrap>{}</div>",
        escape(&tr!("web-model-outcomes")),
        html::plain_table(&table)
    );
}

/// The evidence files, each a link that opens it.
fn evidence(model: &Model, taxonomy: &crate::model::taxonomy::Taxonomy, body: &mut String) {
    let table = view::evidence(model, taxonomy);
    if table.rows.is_empty() {
        return;
    }
    let cell = |row: &[Cell], i: usize| {
        (i == 1).then(|| {
            let path = row[1].plain();
            format!(
                "<a href=\"/files/{}\">{}</a>",
                escape(&path_segments(&path)),
                escape(&path)
            )
        })
    };
    let _ = writeln!(
        body,
        "<h2>{}</h2>\n<div class=table-wrap>{}</div>",
        escape(&tr!("web-model-evidence")),
        html::table(&table, &|_| None, &cell)
    );
}
