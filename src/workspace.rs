//! The registers a command works on: one, or several given with `-C`
//! (a province rolling up its communes). Selection happens here: the
//! models that exist as of a date and match a query, with what they are
//! as of that date.

use std::path::{Path, PathBuf};

use rayon::prelude::*;

use crate::error::{Error, Result};
use crate::key::Row;
use crate::model::derived::{AsOf, Derived};
use crate::model::{Event, Model};
use crate::problem::Problem;
use crate::query::Query;
use crate::register::{self, Register};
use crate::taxonomy::Taxonomy;

#[derive(Debug)]
pub struct Workspace {
    pub registers: Vec<Register>,
    /// Problems across registers: ids present in more than one.
    pub shared_problems: Vec<Problem>,
    /// Held by commands that write, from before they read.
    pub lock: Option<crate::lock::Lock>,
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
        Self::load_with(named, crate::cache::enabled())
    }

    fn load_with(named: &[PathBuf], use_cache: bool) -> Result<Self> {
        let roots = if named.is_empty() {
            vec![register::discover(Path::new("."))?]
        } else {
            named
                .iter()
                .map(|p| register::discover(p))
                .collect::<Result<_>>()?
        };
        let registers: Vec<Register> = roots
            .iter()
            .map(|r| Register::load_with(r, use_cache))
            .collect::<Result<_>>()?;
        let shared_problems = if registers.len() > 1 {
            register::duplicate_ids(&registers.iter().collect::<Vec<_>>())
        } else {
            Vec::new()
        };
        Ok(Self {
            registers,
            shared_problems,
            lock: None,
        })
    }

    /// Loads one register for writing: its lock is taken first, so that
    /// what is read stays true until the command is done.
    pub fn load_for_writing(named: Option<&Path>) -> Result<Self> {
        let root = register::discover(named.unwrap_or(Path::new(".")))?;
        let lock = crate::lock::Lock::take(&root)?;
        // The cache is never trusted for writes.
        let mut workspace = Self::load_with(&[root], false)?;
        workspace.lock = Some(lock);
        Ok(workspace)
    }

    /// The taxonomy reports use: the first register's.
    pub fn taxonomy(&self) -> &Taxonomy {
        &self.registers[0].settings.taxonomy
    }

    pub fn problems(&self) -> impl Iterator<Item = &Problem> {
        self.registers
            .iter()
            .flat_map(|r| r.problems.iter())
            .chain(self.shared_problems.iter())
    }

    pub fn errors(&self) -> usize {
        self.problems().filter(|p| p.is_error()).count()
    }

    /// Refuses a register with errors: commands other than `check` do not
    /// work on broken data.
    pub fn require_clean(&self) -> Result<()> {
        match self.errors() {
            0 => Ok(()),
            errors => Err(Error::Broken { errors }),
        }
    }

    pub fn models(&self) -> impl Iterator<Item = (&Register, &Model)> {
        self.registers
            .iter()
            .flat_map(|r| r.models.iter().map(move |m| (r, m)))
    }

    pub fn model_count(&self) -> usize {
        self.registers.iter().map(|r| r.models.len()).sum()
    }

    /// The models registered by the as-of date that match the query, in
    /// register and path order.
    pub fn select(&self, query: &Query, as_of: &AsOf) -> Vec<Selected<'_>> {
        let all: Vec<(&Register, &Model)> = self.models().collect();
        all.par_iter()
            .filter(|(_, m)| m.registered <= as_of.date)
            .filter_map(|&(register, model)| {
                let derived = self.derive(register, model, as_of);
                let selected = Selected {
                    register,
                    model,
                    derived,
                };
                query.matches(&selected.row(as_of)).then_some(selected)
            })
            .collect()
    }

    /// What a model is as of a date, `assessed` included (under its own
    /// register's criteria sets).
    pub fn derive(&self, register: &Register, model: &Model, as_of: &AsOf) -> Derived {
        let mut derived = Derived::of(model, as_of.date, self.taxonomy());
        if !model.assessments.is_empty() {
            let row = Row {
                model,
                derived: &derived,
                event: None,
                as_of,
            };
            derived.assessed = crate::evaluate::assessed(&register.criteria, &row)
                .map(super::evaluate::Verdict::code);
        }
        derived
    }

    /// A model by id, in any of the registers, with what it is as of a date.
    pub fn selected(&self, id: &str, as_of: &AsOf) -> Option<Selected<'_>> {
        let (register, model) = self.find(id)?;
        Some(Selected {
            register,
            model,
            derived: self.derive(register, model, as_of),
        })
    }

    /// A criteria set by id, from the first register that has it.
    pub fn criteria(&self, id: &str) -> Option<&crate::criteria::CriteriaSet> {
        self.registers.iter().find_map(|r| r.criteria.get(id))
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
        all.par_iter()
            .filter(|(_, m)| m.registered <= as_of.date)
            .filter_map(|&(register, model)| {
                let selected = Selected {
                    register,
                    model,
                    derived: self.derive(register, model, as_of),
                };
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
            })
            .collect()
    }
}
