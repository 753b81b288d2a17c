//! The list of models: the query language in a search box (its errors on
//! the page, in words), columns sorted by a click on their heading, a
//! page of rows at a time, and the list as csv or a workbook.

use std::fmt::Write as _;
use std::sync::Arc;

use crate::model::derived::AsOf;
use crate::query::Query;
use crate::query::key::{Mode, Row};
use crate::reports::listing::{self, SortKey};
use crate::select::{Selected, derive};
use crate::tr;
use crate::web::answer::Failure;
use crate::web::html::{self, escape, href};
use crate::web::pages::{Menu, Params, layout, model_link};
use crate::web::state::{Loaded, Place};

/// Rows on a page.
pub const PER_PAGE: usize = 50;

/// What a list asks for: the query as typed and understood, the sort, the
/// date.
pub struct ListRequest {
    pub text: String,
    pub sort_text: String,
    pub as_of: AsOf,
    query: Result<Query, String>,
    sort: Result<Vec<SortKey>, String>,
}

impl ListRequest {
    pub fn of(params: &Params, default: &AsOf, loaded: &Loaded) -> Result<Self, Failure> {
        let taxonomy = loaded.workspace.taxonomy();
        let text = params.get("q").unwrap_or_default().to_owned();
        let sort_text = params.get("sort").unwrap_or_default().to_owned();
        Ok(Self {
            query: Query::parse(&text, Mode::Models, taxonomy).map_err(|e| e.to_string()),
            sort: listing::parse_sort(&sort_text, Mode::Models, taxonomy)
                .map_err(|e| e.to_string()),
            as_of: params.as_of(default)?,
            text,
            sort_text,
        })
    }

    /// The query's or the sort's error, in words.
    pub fn error(&self) -> Option<&str> {
        self.query
            .as_ref()
            .err()
            .or(self.sort.as_ref().err())
            .map(String::as_str)
    }

    /// The parameters that ask for this list again.
    pub fn params(&self) -> Vec<(&'static str, String)> {
        vec![
            ("q", self.text.clone()),
            ("sort", self.sort_text.clone()),
            ("date", self.as_of.date.to_string()),
        ]
    }

    /// The models it selects, sorted: remembered, so that the next page or
    /// another download of the same list does not select again.
    pub fn places(&self, loaded: &Loaded) -> Result<Arc<Vec<Place>>, Failure> {
        let (Ok(query), Ok(keys)) = (&self.query, &self.sort) else {
            return Err(Failure::bad_request(self.error().unwrap_or_default()));
        };
        let key = format!(
            "{}\u{0}{}\u{0}{}",
            self.as_of.date, self.text, self.sort_text
        );
        let workspace = &loaded.workspace;
        Ok(loaded.list(&key, || {
            let selected = workspace.select(query, &self.as_of);
            let mut rows: Vec<Row<'_>> = selected.iter().map(|s| s.row(&self.as_of)).collect();
            listing::sort(&mut rows, keys, workspace.taxonomy());
            Ok(rows
                .iter()
                .filter_map(|row| loaded.place(&row.model.id))
                .collect())
        })?)
    }
}

/// The models at these places, as of the date.
pub fn selected<'a>(loaded: &'a Loaded, places: &[Place], as_of: &AsOf) -> Vec<Selected<'a>> {
    let workspace = &loaded.workspace;
    places
        .iter()
        .filter_map(|&(r, m)| {
            let register = workspace.registers.get(r)?;
            let model = register.models.get(m)?;
            Some(Selected {
                register,
                model,
                derived: derive(register, model, as_of, workspace.taxonomy()),
            })
        })
        .collect()
}

/// The list page (status 400 with the error on it when the query or the
/// sort cannot be understood).
pub fn page(loaded: &Loaded, params: &Params, default: &AsOf) -> Result<(u16, String), Failure> {
    let request = ListRequest::of(params, default, loaded)?;
    let workspace = &loaded.workspace;
    let mut body = search_form(&request);
    let title = tr!("web-models-title");
    let places = match request.places(loaded) {
        Ok(places) => places,
        Err(failure) => {
            let _ = writeln!(
                body,
                "<p class=error role=alert>{}</p>",
                escape(&failure.message)
            );
            return Ok((400, layout(&title, Menu::Models, Some(workspace), &body)));
        }
    };
    let pages = places.len().div_ceil(PER_PAGE).max(1);
    let page = match params.get("page") {
        None => 1,
        Some(text) => text
            .parse::<usize>()
            .ok()
            .filter(|p| (1..=pages).contains(p))
            .ok_or_else(|| {
                Failure::bad_request(tr!("web-bad-page", value = text, pages = pages))
            })?,
    };
    let shown = &places[(page - 1) * PER_PAGE..(page * PER_PAGE).min(places.len())];
    let _ = writeln!(
        body,
        "<p class=note id=count>{}</p>",
        escape(&tr!(
            "web-models-count",
            count = places.len(),
            all = workspace.model_count(),
            date = request.as_of.date.to_string()
        ))
    );
    downloads(&request, &mut body);
    table(loaded, &request, shown, &mut body);
    pager(&request, page, pages, &mut body);
    Ok((200, layout(&title, Menu::Models, Some(workspace), &body)))
}

fn search_form(request: &ListRequest) -> String {
    let mut out = format!(
        "<form method=get action=\"/models\" role=search>\
         <input type=search name=q value=\"{}\" placeholder=\"{}\" aria-label=\"{}\" autofocus>",
        escape(&request.text),
        escape(&tr!("web-search-example")),
        escape(&tr!("web-search-label"))
    );
    for (name, value) in [("sort", &request.sort_text)] {
        if !value.is_empty() {
            let _ = write!(
                out,
                "<input type=hidden name={name} value=\"{}\">",
                escape(value)
            );
        }
    }
    let _ = write!(
        out,
        "<label>{} <input type=date name=date value=\"{}\"></label><button>{}</button></form>\n\
         <p class=note>{}</p>\n",
        escape(&tr!("web-as-of-label")),
        request.as_of.date,
        escape(&tr!("web-search")),
        escape(&tr!("web-search-help"))
    );
    out
}

fn downloads(request: &ListRequest, body: &mut String) {
    let params = request.params();
    let params: Vec<(&str, &str)> = params.iter().map(|(k, v)| (*k, v.as_str())).collect();
    let _ = writeln!(
        body,
        "<p class=downloads><a href=\"{}\" download>{}</a><a href=\"{}\" download>{}</a></p>",
        escape(&href("/download/models.csv", &params)),
        escape(&tr!("web-download-csv")),
        escape(&href("/download/models.xlsx", &params)),
        escape(&tr!("web-download-xlsx"))
    );
}

/// The rows of one page, their ids linking to the models' pages, each
/// heading a link that sorts by its column (again: the other way).
fn table(loaded: &Loaded, request: &ListRequest, places: &[Place], body: &mut String) {
    let workspace = &loaded.workspace;
    let taxonomy = workspace.taxonomy();
    let selected = selected(loaded, places, &request.as_of);
    let rows: Vec<Row<'_>> = selected.iter().map(|s| s.row(&request.as_of)).collect();
    let keys = listing::columns(Mode::Models, taxonomy);
    let table = listing::table(&rows, &keys, Mode::Models, taxonomy);
    let date = request.as_of.date.to_string();
    let heading = |i: usize| {
        let column = table.columns.get(i)?;
        let sorted = request.sort_text == column.name;
        let sort = if sorted {
            format!("-{}", column.name)
        } else {
            column.name.clone()
        };
        let mark = if sorted {
            " ▲"
        } else if request.sort_text.strip_prefix('-') == Some(column.name.as_str()) {
            " ▼"
        } else {
            ""
        };
        Some(format!(
            "<a href=\"{}\">{}</a>{mark}",
            escape(&href(
                "/models",
                &[("q", &request.text), ("sort", &sort), ("date", &date)]
            )),
            escape(&column.title)
        ))
    };
    // The id and the name link to the model's page.
    let linked: Vec<usize> = table
        .columns
        .iter()
        .enumerate()
        .filter(|(_, c)| c.name == "id" || c.name == "name")
        .map(|(i, _)| i)
        .collect();
    let cell = |row: &[crate::reports::table::Cell], i: usize| {
        let id = row.first()?.plain();
        linked
            .contains(&i)
            .then(|| model_link(&id, &row[i].label(), Some(request.as_of.date)))
    };
    let _ = writeln!(
        body,
        "<div class=table-wrap>{}</div>",
        html::table(&table, &heading, &cell)
    );
}

fn pager(request: &ListRequest, page: usize, pages: usize, body: &mut String) {
    let params = request.params();
    let link = |to: usize, text: String| {
        let page = to.to_string();
        let mut all: Vec<(&str, &str)> = params.iter().map(|(k, v)| (*k, v.as_str())).collect();
        all.push(("page", &page));
        format!(
            "<a href=\"{}\">{}</a>",
            escape(&href("/models", &all)),
            escape(&text)
        )
    };
    body.push_str("<nav class=pages>");
    if page > 1 {
        body.push_str(&link(page - 1, tr!("web-page-previous")));
    }
    let _ = write!(
        body,
        "<span>{}</span>",
        escape(&tr!("web-page-of", page = page, pages = pages))
    );
    if page < pages {
        body.push_str(&link(page + 1, tr!("web-page-next")));
    }
    body.push_str("</nav>\n");
}
