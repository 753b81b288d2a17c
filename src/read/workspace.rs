//! The registers a command works on: one, or several given with `-C`
//! (a province rolling up its communes). Selection happens here: the
//! models that exist as of a date and match a query, with what they are
//! as of that date.

use std::path::{Path, PathBuf};

use rayon::prelude::*;

use crate::criteria::CriteriaSet;
use crate::error::{Error, Result};
use crate::model::derived::{AsOf, Derived};
use crate::model::taxonomy::Taxonomy;
use crate::model::{Event, Model};
use crate::problem::Problem;
use crate::query::Query;
use crate::query::key::{Mode, Row};
use crate::fs::layout::{CRITERIA, discover};
use crate::read::register::{Ids, Register};

#[derive(Debug)]
pub struct Workspace {
    /// In the order named; a duplicate id across registers is a problem of
    /// the register where it is seen second.
    pub registers: Vec<Register>,
    /// Held by commands that write, from before they read.
    pub lock: Option<crate::fs::lock::Lock>,
}

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

impl Workspace {
    /// Finds and loads the registers: those named (each found as git finds
    /// a repository from it), else the one above the current folder.
    pub fn load(named: &[PathBuf]) -> Result<Self> {
        Self::load_with(named, crate::read::cache::enabled(), &mut |_, _| {})
    }

    /// Loads the registers; `use_cache: false` reads and parses every file.
    /// `progress` is told how many models of how many files have been read
    /// after each chunk (for a progress bar).
    pub fn load_with(
        named: &[PathBuf],
        use_cache: bool,
        progress: &mut dyn FnMut(usize, usize),
    ) -> Result<Self> {
        Self::load_keeping(named, use_cache, &|_, _| true, progress)
    }

    /// Loads the registers, holding only the models `keep` accepts: a
    /// command that shows a few models of a large register holds those,
    /// not all. `model_count` still counts every model read.
    pub fn load_keeping(
        named: &[PathBuf],
        use_cache: bool,
        keep: &(dyn Fn(&Register, &Model) -> bool + Sync),
        progress: &mut dyn FnMut(usize, usize),
    ) -> Result<Self> {
        let mut ids = Ids::default();
        let registers = roots(named)?
            .iter()
            .map(|root| {
                let mut models = Vec::new();
                let mut read = 0;
                let mut register =
                    Register::scan(root, use_cache, &mut ids, &mut |register, chunk| {
                        read += chunk.len();
                        models.extend(
                            chunk
                                .into_par_iter()
                                .filter(|model| keep(register, model))
                                .collect::<Vec<_>>(),
                        );
                        progress(read, register.model_files);
                    })?;
                register.models = models;
                Ok(register)
            })
            .collect::<Result<_>>()?;
        Ok(Self {
            registers,
            lock: None,
        })
    }

    /// The taxonomy of the first register, read alone: what a command needs
    /// to understand its arguments before it scans. A broken `dvk.toml`
    /// gives the national default here; the scan reports it.
    pub fn taxonomy_of(named: &[PathBuf]) -> Result<Taxonomy> {
        let root = roots(named)?.remove(0);
        Ok(
            crate::fs::files::read_text(&root.join(crate::fs::layout::FILE))
                .map(|text| {
                    crate::read::settings::Settings::parse(
                        Path::new(crate::fs::layout::FILE),
                        &text,
                    )
                    .0
                    .taxonomy
                })
                .unwrap_or_default(),
        )
    }

    /// A criteria set read alone, from the first register that has it: what
    /// a command needs before it scans. `None` when no register has it or
    /// it does not parse (the scan reports why).
    pub fn criteria_of(
        named: &[PathBuf],
        id: &str,
        taxonomy: &Taxonomy,
    ) -> Result<Option<CriteriaSet>> {
        if !crate::model::id::is_valid(id) {
            return Ok(None);
        }
        for root in roots(named)? {
            let path = root.join(CRITERIA).join(format!("{id}.toml"));
            if let Ok(text) = crate::fs::files::read_text(&path) {
                return Ok(crate::read::criteria::parse(id, &path, &text, taxonomy).0);
            }
        }
        Ok(None)
    }

    /// Reads the registers a chunk of models at a time, giving each chunk
    /// to `visit` and keeping none (for commands that only count or check,
    /// so that a national register fits in memory). The workspace returned
    /// has every problem and no models.
    pub fn scan(named: &[PathBuf], visit: &mut dyn FnMut(&Register, Vec<Model>)) -> Result<Self> {
        let mut ids = Ids::default();
        let registers = roots(named)?
            .iter()
            .map(|root| Register::scan(root, crate::read::cache::enabled(), &mut ids, visit))
            .collect::<Result<_>>()?;
        Ok(Self {
            registers,
            lock: None,
        })
    }

    /// Loads one register for writing: its lock is taken first, so that
    /// what is read stays true until the command is done.
    pub fn load_for_writing(named: Option<&Path>) -> Result<Self> {
        let root = discover(named.unwrap_or(Path::new(".")))?;
        let lock = crate::fs::lock::Lock::take(&root)?;
        // The cache is never trusted for writes.
        let mut workspace = Self::load_with(&[root], false, &mut |_, _| {})?;
        workspace.lock = Some(lock);
        Ok(workspace)
    }

    /// The taxonomy reports use: the first register's.
    pub fn taxonomy(&self) -> &Taxonomy {
        &self.registers[0].settings.taxonomy
    }

    pub fn problems(&self) -> impl Iterator<Item = &Problem> {
        self.registers.iter().flat_map(|r| r.problems.iter())
    }

    pub fn errors(&self) -> usize {
        self.problems().filter(|p| p.is_error()).count()
    }

    /// Refuses a register with errors: commands other than `check` do not
    /// work on broken data.
    pub fn require_clean(&self) -> Result<()> {
        match self.errors() {
            0 => Ok(()),
            errors => {
                let first = self.problems().filter(|p| p.is_error()).min_by(|a, b| {
                    let line = |p: &Problem| p.location.as_ref().map_or(0, |l| l.line);
                    a.path.cmp(&b.path).then_with(|| line(a).cmp(&line(b)))
                });
                Err(Error::Broken {
                    errors,
                    first: first.map(|p| format!("first: {p}")).unwrap_or_default(),
                })
            }
        }
    }

    pub fn models(&self) -> impl Iterator<Item = (&Register, &Model)> {
        self.registers
            .iter()
            .flat_map(|r| r.models.iter().map(move |m| (r, m)))
    }

    /// How many models were read: all of them, held or not.
    pub fn model_count(&self) -> usize {
        self.registers.iter().map(|r| r.models_read).sum()
    }

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

    /// A model by id, in any of the registers.
    pub fn find(&self, id: &str) -> Option<(&Register, &Model)> {
        self.models().find(|(_, m)| m.id == id)
    }

    /// The events up to the as-of date that match an events-mode query,
    /// grouped by model (models registered by the date, in register and
    /// path order; events by date, ties in file order).
    pub fn select_events(&self, query: &Query, as_of: &AsOf) -> Vec<SelectedEvents<'_>> {
        let all: Vec<(&Register, &Model)> = self.models().collect();
        select_events(&all, query, as_of, self.taxonomy())
    }
}

/// The registers named (each found as git finds a repository from it),
/// else the one above the current folder.
fn roots(named: &[PathBuf]) -> Result<Vec<PathBuf>> {
    if named.is_empty() {
        Ok(vec![discover(Path::new("."))?])
    } else {
        // A register named twice (`-C r -C r`, or by two paths) is read
        // once: its models are not duplicates of themselves.
        let mut seen = Vec::new();
        let mut out = Vec::new();
        for root in named.iter().map(|p| discover(p)) {
            let root = root?;
            let same = std::fs::canonicalize(&root).unwrap_or_else(|_| root.clone());
            if !seen.contains(&same) {
                seen.push(same);
                out.push(root);
            }
        }
        Ok(out)
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
    let mut events: Vec<&Event> = model
        .events
        .iter()
        .filter(|e| e.date <= as_of.date)
        .filter(|e| {
            query.matches(&Row {
                event: Some(e),
                ..selected.row(as_of)
            })
        })
        .collect();
    events.sort_by_key(|e| e.date);
    (!events.is_empty()).then_some(SelectedEvents { selected, events })
}
