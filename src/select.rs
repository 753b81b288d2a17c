//! Selection: the models that exist as of a date and match a query, with
//! what they are as of that date; and the one scan every reading command
//! uses (read a chunk, count it for the bar, select, refuse a broken
//! register), whose chunks go to a sink, as ripgrep's searcher pushes
//! matches to a `Sink`.

use std::path::PathBuf;

use rayon::prelude::*;

use crate::error::Result;
use crate::model::derived::{AsOf, Derived};
use crate::model::taxonomy::Taxonomy;
use crate::model::{Event, Model};
use crate::query::Query;
use crate::query::key::{Mode, Row};
use crate::read::register::Register;
use crate::read::workspace::Workspace;

/// A model selected as of a date.
#[derive(Debug)]
pub struct Selected<'a> {
    pub register: &'a Register,
    pub model: &'a Model,
    pub derived: Derived,
}

impl<'a> Selected<'a> {
    pub fn row(&'a self, as_of: &'a AsOf) -> Row<'a> {
        Row {
            model: self.model,
            derived: &self.derived,
            event: None,
            as_of,
        }
    }
}

/// A model selected as of a date with those of its events, up to the
/// date, that match an events-mode query, in date order.
#[derive(Debug)]
pub struct SelectedEvents<'a> {
    pub selected: Selected<'a>,
    pub events: Vec<&'a Event>,
}

impl<'a> SelectedEvents<'a> {
    /// One row an event.
    pub fn rows(&'a self, as_of: &'a AsOf) -> impl Iterator<Item = Row<'a>> + 'a {
        self.events.iter().map(move |&event| Row {
            event: Some(event),
            ..self.selected.row(as_of)
        })
    }
}

/// What a scan asks for: the models that exist as of the date and match
/// the query (in models mode), or their events that match it (in events
/// mode).
#[derive(Debug, Clone, Copy)]
pub struct Selection<'a> {
    pub query: &'a Query,
    pub mode: Mode,
    pub as_of: &'a AsOf,
}

/// What receives the models of a scan, a chunk at a time, with the
/// register they belong to; what it returns is held in the workspace.
pub trait Sink {
    fn chunk(&mut self, register: &Register, models: Vec<Model>) -> Vec<Model>;
}

/// Holds every model: `load`.
pub struct HoldAll;

impl Sink for HoldAll {
    fn chunk(&mut self, _: &Register, models: Vec<Model>) -> Vec<Model> {
        models
    }
}

/// Holds nothing: `check` needs only the problems.
pub struct HoldNone;

impl Sink for HoldNone {
    fn chunk(&mut self, _: &Register, _: Vec<Model>) -> Vec<Model> {
        Vec::new()
    }
}

/// Holds the models a selection wants (or whose events it wants): `list`
/// and `export` of a few models of a large register hold those few.
pub struct HoldSelected<'a> {
    pub selection: Selection<'a>,
    /// The taxonomy the query was parsed with.
    pub taxonomy: &'a Taxonomy,
}

impl Sink for HoldSelected<'_> {
    fn chunk(&mut self, register: &Register, models: Vec<Model>) -> Vec<Model> {
        let s = self.selection;
        models
            .into_par_iter()
            .filter(|model| wanted(register, model, s.query, s.mode, s.as_of, self.taxonomy))
            .collect()
    }
}

/// Gives each chunk's selected models (in models mode) to a function and
/// holds none: `evaluate` of a national register.
pub struct EachSelected<'a, F: FnMut(&[Selected<'_>])> {
    pub query: &'a Query,
    pub as_of: &'a AsOf,
    pub each: F,
}

impl<F: FnMut(&[Selected<'_>])> Sink for EachSelected<'_, F> {
    fn chunk(&mut self, register: &Register, models: Vec<Model>) -> Vec<Model> {
        let pairs: Vec<(&Register, &Model)> = models.iter().map(|m| (register, m)).collect();
        let selected = select(&pairs, self.query, self.as_of, &register.settings.taxonomy);
        (self.each)(&selected);
        Vec::new()
    }
}

/// Gives every row a selection makes (a model, or an event of a model) to
/// a function and holds no model: `tally` of a national register.
pub struct EachRow<'a, F: FnMut(&Row<'_>)> {
    pub selection: Selection<'a>,
    pub each: F,
}

impl<F: FnMut(&Row<'_>)> Sink for EachRow<'_, F> {
    fn chunk(&mut self, register: &Register, models: Vec<Model>) -> Vec<Model> {
        let s = self.selection;
        let taxonomy = &register.settings.taxonomy;
        let pairs: Vec<(&Register, &Model)> = models.iter().map(|m| (register, m)).collect();
        match s.mode {
            Mode::Models => {
                for selected in select(&pairs, s.query, s.as_of, taxonomy) {
                    (self.each)(&selected.row(s.as_of));
                }
            }
            Mode::Events => {
                for selected in select_events(&pairs, s.query, s.as_of, taxonomy) {
                    for row in selected.rows(s.as_of) {
                        (self.each)(&row);
                    }
                }
            }
        }
        Vec::new()
    }
}

/// How a scan reads: through the cache or not, and whether a register
/// with errors is refused once read (every command but `check`).
#[derive(Debug, Clone, Copy)]
pub struct Scan {
    pub use_cache: bool,
    pub refuse_broken: bool,
}

/// The one scan: reads the registers named a chunk at a time, telling
/// `progress` how far it is, giving each chunk to `sink` and holding what
/// it returns; refuses a register with errors when asked, after reading
/// it (so that the message counts them all).
pub fn scan(
    named: &[PathBuf],
    how: Scan,
    progress: &mut dyn FnMut(usize, usize),
    sink: &mut dyn Sink,
) -> Result<Workspace> {
    let workspace = Workspace::read(named, how.use_cache, progress, &mut |register, chunk| {
        sink.chunk(register, chunk)
    })?;
    if how.refuse_broken {
        workspace.require_clean()?;
    }
    Ok(workspace)
}

/// The scan `serve` makes: the cache read where it holds a model and
/// never written (the web view writes nothing), and a broken register's
/// problems kept, to be shown instead of numbers.
pub fn scan_unwritten(named: &[PathBuf], sink: &mut dyn Sink) -> Result<Workspace> {
    let cache_use = if crate::read::cache::enabled() {
        crate::read::cache::Use::ReadOnly
    } else {
        crate::read::cache::Use::Off
    };
    Workspace::read_using(named, cache_use, &mut |_, _| {}, &mut |register, chunk| {
        sink.chunk(register, chunk)
    })
}

impl Workspace {
    /// The models registered by the as-of date that match the query, in
    /// register and path order.
    pub fn select(&self, query: &Query, as_of: &AsOf) -> Vec<Selected<'_>> {
        let all: Vec<(&Register, &Model)> = self.models().collect();
        select(&all, query, as_of, self.taxonomy())
    }

    /// A model by id, in any of the registers, with what it is as of a date.
    pub fn selected(&self, id: &str, as_of: &AsOf) -> Option<Selected<'_>> {
        let (register, model) = self.find(id)?;
        Some(Selected {
            register,
            model,
            derived: derive(register, model, as_of, self.taxonomy()),
        })
    }

    /// The events up to the as-of date that match an events-mode query,
    /// grouped by model (models registered by the date, in register and
    /// path order; events by date, ties in file order).
    pub fn select_events(&self, query: &Query, as_of: &AsOf) -> Vec<SelectedEvents<'_>> {
        let all: Vec<(&Register, &Model)> = self.models().collect();
        select_events(&all, query, as_of, self.taxonomy())
    }
}

/// What a model is as of a date, `assessed` included (under its own
/// register's criteria sets); `taxonomy` ranks levels.
pub fn derive(register: &Register, model: &Model, as_of: &AsOf, taxonomy: &Taxonomy) -> Derived {
    let mut derived = Derived::of(model, as_of.date, taxonomy);
    if !model.assessments.is_empty() {
        let row = Row {
            model,
            derived: &derived,
            event: None,
            as_of,
        };
        derived.assessed = crate::criteria::evaluate::assessed(&register.criteria, &row)
            .map(crate::criteria::evaluate::Verdict::code);
    }
    derived
}

/// Of these models, those registered by the as-of date that match the
/// query, in the order given.
pub fn select<'a>(
    models: &[(&'a Register, &'a Model)],
    query: &Query,
    as_of: &AsOf,
    taxonomy: &Taxonomy,
) -> Vec<Selected<'a>> {
    models
        .par_iter()
        .filter_map(|&(register, model)| select_one(register, model, query, as_of, taxonomy))
        .collect()
}

/// The model as of the date, if it exists then (registered by the date)
/// and matches the query.
fn select_one<'a>(
    register: &'a Register,
    model: &'a Model,
    query: &Query,
    as_of: &AsOf,
    taxonomy: &Taxonomy,
) -> Option<Selected<'a>> {
    existing(register, model, as_of, taxonomy)
        .filter(|selected| query.matches(&selected.row(as_of)))
}

/// Whether a query, in models or events mode, selects the model (or any
/// of its events) as of the date.
pub fn wanted(
    register: &Register,
    model: &Model,
    query: &Query,
    mode: Mode,
    as_of: &AsOf,
    taxonomy: &Taxonomy,
) -> bool {
    match mode {
        Mode::Models => select_one(register, model, query, as_of, taxonomy).is_some(),
        Mode::Events => select_events_one(register, model, query, as_of, taxonomy).is_some(),
    }
}

/// The model as of the date, if it exists then (registered by the date).
fn existing<'a>(
    register: &'a Register,
    model: &'a Model,
    as_of: &AsOf,
    taxonomy: &Taxonomy,
) -> Option<Selected<'a>> {
    (model.registered <= as_of.date).then(|| Selected {
        register,
        model,
        derived: derive(register, model, as_of, taxonomy),
    })
}

/// Of these models, the events up to the as-of date that match an
/// events-mode query, grouped by model.
pub fn select_events<'a>(
    models: &[(&'a Register, &'a Model)],
    query: &Query,
    as_of: &AsOf,
    taxonomy: &Taxonomy,
) -> Vec<SelectedEvents<'a>> {
    models
        .par_iter()
        .filter_map(|&(register, model)| select_events_one(register, model, query, as_of, taxonomy))
        .collect()
}

/// The model's events up to the as-of date that match an events-mode
/// query, in date order; `None` when there are none.
fn select_events_one<'a>(
    register: &'a Register,
    model: &'a Model,
    query: &Query,
    as_of: &AsOf,
    taxonomy: &Taxonomy,
) -> Option<SelectedEvents<'a>> {
    let selected = existing(register, model, as_of, taxonomy)?;
    let events: Vec<&Event> = model
        .events_until(as_of.date)
        .into_iter()
        .filter(|e| {
            query.matches(&Row {
                event: Some(e),
                ..selected.row(as_of)
            })
        })
        .collect();
    (!events.is_empty()).then_some(SelectedEvents { selected, events })
}
