//! The overview: for a year or a phase, the report pack's tables and charts
//! (the numbers of `dvk report`); for a date, the tallies a leader asks
//! for first (the numbers of `dvk tally --as-of`), each drawn as a chart
//! too. The period or date is picked on the page.

use std::fmt::Write as _;

use chrono::Datelike;

use crate::model::Phase;
use crate::model::date::{FIRST_YEAR, LAST_YEAR};
use crate::model::derived::AsOf;
use crate::query::Query;
use crate::query::key::Mode;
use crate::read::workspace::Workspace;
use crate::reports::figure::{Chart, Series};
use crate::reports::pack::{self, Period};
use crate::reports::tally::{self, Spec};
use crate::tr;
use crate::web::answer::Failure;
use crate::web::html::{escape, href, plain_table};
use crate::web::pages::{Menu, Params, day, layout};

/// What the overview covers: a period of the report, or a day.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Span {
    Period(Period),
    Day(AsOf),
}

impl Span {
    /// The span a request asks for (`date=`, `phase=` or `year=`, in that
    /// order), else `default`.
    pub fn of(params: &Params, default: Span) -> Result<Self, Failure> {
        if let Some(text) = params.get("date") {
            return Ok(Span::Day(AsOf::date(day(text)?)));
        }
        if let Some(text) = params.get("phase") {
            return Phase::parse(text)
                .filter(|p| p.first >= FIRST_YEAR && p.last <= LAST_YEAR)
                .map(|p| {
                    Span::Period(Period {
                        first: p.first,
                        last: p.last,
                    })
                })
                .ok_or_else(|| Failure::bad_request(tr!("web-bad-phase", value = text)));
        }
        if let Some(text) = params.get("year") {
            return text
                .parse::<i32>()
                .ok()
                .filter(|y| (FIRST_YEAR..=LAST_YEAR).contains(y))
                .map(|year| {
                    Span::Period(Period {
                        first: year,
                        last: year,
                    })
                })
                .ok_or_else(|| {
                    Failure::bad_request(tr!(
                        "web-bad-year",
                        value = text,
                        first = FIRST_YEAR.to_string(),
                        last = LAST_YEAR.to_string()
                    ))
                });
        }
        Ok(default)
    }

    /// What the overview shows when a request names nothing: the period
    /// of `--year` or `--phase`, the day of `--as-of` (`day`), else the
    /// year of the date the server runs as of.
    pub fn default_of(as_of: &AsOf, day: bool) -> Self {
        match Period::of(as_of) {
            Some(period) => Span::Period(period),
            None if day => Span::Day(*as_of),
            None => Span::Period(Period {
                first: as_of.date.year(),
                last: as_of.date.year(),
            }),
        }
    }

    /// The parameters that ask for this span again.
    pub fn params(&self) -> Vec<(&'static str, String)> {
        match self {
            Span::Period(p) if p.first == p.last => vec![("year", p.first.to_string())],
            Span::Period(p) => vec![("phase", p.label())],
            Span::Day(as_of) => vec![("date", as_of.date.to_string())],
        }
    }

    fn title(&self) -> String {
        match self {
            Span::Period(p) if p.first == p.last => {
                tr!("web-overview-year", year = p.first.to_string())
            }
            Span::Period(p) => tr!(
                "web-overview-phase",
                first = p.first.to_string(),
                last = p.last.to_string()
            ),
            Span::Day(as_of) => tr!("web-overview-day", date = as_of.date.to_string()),
        }
    }
}

/// The overview's title and body.
pub fn page(workspace: &Workspace, span: Span) -> String {
    let mut body = pickers(span);
    match span {
        Span::Period(period) => period_body(workspace, period, &mut body),
        Span::Day(as_of) => day_body(workspace, &as_of, &mut body),
    }
    layout(&span.title(), Menu::Overview, Some(workspace), &body)
}

/// The three forms that pick a year, a phase or a day.
fn pickers(span: Span) -> String {
    let (year, phase, date) = match span {
        Span::Period(p) if p.first == p.last => (p.first.to_string(), String::new(), String::new()),
        Span::Period(p) => (String::new(), p.label(), String::new()),
        Span::Day(a) => (String::new(), String::new(), a.date.to_string()),
    };
    let form = |name: &str, label: String, input: String| {
        format!(
            "<form method=get action=\"/\" id=pick-{name}><label>{} {input}</label><button>{}</button></form>",
            escape(&label),
            escape(&tr!("web-show"))
        )
    };
    format!(
        "<div class=pickers>{}{}{}</div>\n",
        form(
            "year",
            tr!("web-pick-year"),
            format!(
                "<input type=number name=year min={FIRST_YEAR} max={LAST_YEAR} value=\"{}\">",
                escape(&year)
            )
        ),
        form(
            "phase",
            tr!("web-pick-phase"),
            format!(
                "<input name=phase placeholder=2021-2025 pattern=\"[0-9]{{4}}-[0-9]{{4}}\" size=10 value=\"{}\">",
                escape(&phase)
            )
        ),
        form(
            "date",
            tr!("web-pick-date"),
            format!("<input type=date name=date value=\"{}\">", escape(&date))
        ),
    )
}

/// The report pack of a period: every table, each chart under its table,
/// and the pack to download.
fn period_body(workspace: &Workspace, period: Period, body: &mut String) {
    let pack = pack::build(workspace, &Query::all(), "", period);
    for line in pack.heading() {
        let _ = writeln!(body, "<p class=note>{}</p>", escape(&line));
    }
    let params = Span::Period(period).params();
    let params: Vec<(&str, &str)> = params.iter().map(|(k, v)| (*k, v.as_str())).collect();
    let _ = writeln!(
        body,
        "<p class=downloads><a href=\"{}\" download>{}</a></p>",
        escape(&href("/download/report.zip", &params)),
        escape(&tr!("web-download-pack"))
    );
    for part in &pack.parts {
        let _ = write!(
            body,
            "<section id=\"{}\">\n<h2>{}</h2>\n<div class=table-wrap>{}</div>\n",
            escape(part.stem),
            escape(&part.title),
            plain_table(&part.table)
        );
        for figure in pack.figures.iter().filter(|f| f.stem == part.stem) {
            // Drawn by render::svg, every text in it escaped there.
            let _ = writeln!(body, "<div class=chart>{}</div>", figure.chart.render());
        }
        body.push_str("</section>\n");
    }
}

/// The keys the overview of a day counts by: one table each (two keys
/// make a cross-tab), the single ones drawn as charts.
const DAY_TALLIES: [&[&str]; 4] = [&["status"], &["field", "level"], &["subject"], &["level"]];

/// The tallies of a day.
fn day_body(workspace: &Workspace, as_of: &AsOf, body: &mut String) {
    let taxonomy = workspace.taxonomy();
    let selected = workspace.select(&Query::all(), as_of);
    let _ = writeln!(
        body,
        "<p class=note>{}</p>",
        escape(&tr!(
            "web-overview-count",
            count = selected.len(),
            date = as_of.date.to_string()
        ))
    );
    for by in DAY_TALLIES {
        // The keys are ours and known to every taxonomy.
        let Ok(spec) = Spec::parse(by, &[], Mode::Models, false, taxonomy) else {
            continue;
        };
        let tally = tally::count(selected.iter().map(|s| s.row(as_of)), &spec, taxonomy);
        let titles: Vec<String> = spec.by.iter().map(|k| k.title(taxonomy)).collect();
        let _ = writeln!(body, "<section>\n<h2>{}</h2>", escape(&titles.join(" × ")));
        for table in tally.views(taxonomy) {
            let _ = writeln!(body, "<div class=table-wrap>{}</div>", plain_table(&table));
        }
        if spec.by.len() == 1 {
            let bars = tally.bars(taxonomy);
            let chart = Chart {
                title: titles.join(" × "),
                notes: vec![tr!("web-overview-day", date = as_of.date.to_string())],
                measure: tr!("web-chart-models"),
                groups: bars.iter().map(|b| b.label.clone()).collect(),
                series: vec![Series {
                    name: tr!("web-chart-models"),
                    values: bars.iter().map(|b| b.value).collect(),
                }],
            };
            let _ = writeln!(body, "<div class=chart>{}</div>", chart.render());
        }
        body.push_str("</section>\n");
    }
}
