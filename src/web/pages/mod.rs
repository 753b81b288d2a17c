//! The pages of the web view: each a function from the loaded register and
//! the request's parameters to html, inside one layout (the register's
//! name, the menu, the date the numbers are as of). Every value goes
//! through `html::escape`; every text comes from the catalogue (`web-…`).

pub mod model;
pub mod models;
pub mod overview;
pub mod problems;

use std::fmt::Write as _;

use crate::model::date::{self, Date};
use crate::model::derived::AsOf;
use crate::read::register::Register;
use crate::read::workspace::Workspace;
use crate::tr;
use crate::web::answer::Failure;
use crate::web::html::{escape, href, path_segments};

/// The menu's entries.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Menu {
    Overview,
    Models,
    None,
}

/// The style of every page: served with it, nothing from elsewhere.
const STYLE: &str = include_str!("../style.css");

/// A whole page: `title`, then `body` (html already safe) under the
/// menu; `registers` named in the header when known.
pub fn layout(title: &str, menu: Menu, registers: Option<&Workspace>, body: &str) -> String {
    let lang = crate::i18n::lang().code();
    let mut out = String::with_capacity(body.len() + STYLE.len() + 1024);
    let _ = write!(
        out,
        "<!doctype html>\n<html lang={lang}>\n<head>\n<meta charset=utf-8>\n\
         <meta name=viewport content=\"width=device-width, initial-scale=1\">\n\
         <title>{} · dvk</title>\n<style>\n{STYLE}</style>\n</head>\n<body>\n<header>\n",
        escape(title)
    );
    let name = registers
        .map(|w| {
            w.registers
                .iter()
                .map(Register::title)
                .collect::<Vec<_>>()
                .join(" · ")
        })
        .unwrap_or_default();
    let _ = write!(
        out,
        "<div class=brand><a href=\"/\">{}</a><span class=register>{}</span></div>\n<nav>",
        escape(&tr!("web-brand")),
        escape(&name)
    );
    for (entry, path, text) in [
        (Menu::Overview, "/", tr!("web-menu-overview")),
        (Menu::Models, "/models", tr!("web-menu-models")),
    ] {
        let current = if entry == menu {
            " aria-current=page"
        } else {
            ""
        };
        let _ = write!(out, "<a href=\"{path}\"{current}>{}</a>", escape(&text));
    }
    let _ = write!(
        out,
        "</nav>\n</header>\n<main>\n<h1>{}</h1>\n{body}</main>\n<footer>{}</footer>\n</body>\n</html>\n",
        escape(title),
        escape(&tr!("web-footer"))
    );
    out
}

/// The page of a failure: what went wrong, in words, and the way back.
pub fn failure(failure: &Failure, registers: Option<&Workspace>) -> String {
    let body = format!(
        "<p class=error role=alert>{}</p>\n<p><a href=\"/\">{}</a> · <a href=\"/models\">{}</a></p>\n",
        escape(&failure.message),
        escape(&tr!("web-menu-overview")),
        escape(&tr!("web-menu-models"))
    );
    layout(&failure.title(), Menu::None, registers, &body)
}

/// The request's parameters, as decoded from its query string, each value
/// in NFC (a search typed in NFD finds what NFC finds).
#[derive(Debug, Clone, Default)]
pub struct Params(Vec<(String, String)>);

impl Params {
    pub fn parse(query: Option<&str>) -> Self {
        Self(
            form_urlencoded::parse(query.unwrap_or_default().as_bytes())
                .map(|(k, v)| (k.into_owned(), crate::text::nfc(v.trim()).into_owned()))
                .collect(),
        )
    }

    /// The last value given for `name`, if not empty.
    pub fn get(&self, name: &str) -> Option<&str> {
        self.0
            .iter()
            .rev()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.as_str())
            .filter(|v| !v.is_empty())
    }

    /// The date of `date=` (a day), else `default`.
    pub fn as_of(&self, default: &AsOf) -> Result<AsOf, Failure> {
        match self.get("date") {
            None => Ok(*default),
            Some(text) => day(text).map(AsOf::date),
        }
    }
}

/// A day as `YYYY-MM-DD`, or the failure that says what is expected.
pub fn day(text: &str) -> Result<Date, Failure> {
    date::parse(text).ok_or_else(|| Failure::bad_request(tr!("web-bad-date", value = text)))
}

/// A form that picks the date the page is as of (kept with the page's
/// other parameters).
pub fn date_form(action: &str, as_of: Date, keep: &[(&str, &str)]) -> String {
    let mut out = format!(
        "<form class=date method=get action=\"{action}\"><label>{} \
         <input type=date name=date value=\"{as_of}\"></label>",
        escape(&tr!("web-as-of-label"))
    );
    for (name, value) in keep.iter().filter(|(_, v)| !v.is_empty()) {
        let _ = write!(
            out,
            "<input type=hidden name=\"{}\" value=\"{}\">",
            escape(name),
            escape(value)
        );
    }
    let _ = writeln!(out, "<button>{}</button></form>", escape(&tr!("web-show")));
    out
}

/// A link to a model's page.
pub fn model_link(id: &str, text: &str, as_of: Option<Date>) -> String {
    let date = as_of.map(|d| d.to_string()).unwrap_or_default();
    format!(
        "<a href=\"{}\">{}</a>",
        escape(&href(
            &format!("/models/{}", path_segments(id)),
            &[("date", &date)]
        )),
        escape(text)
    )
}
