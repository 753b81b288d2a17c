//! The registers a command works on: one, or several given with `-C`
//! (a province rolling up its communes). Selection happens here: the
//! models that exist as of a date and match a query, with what they are
//! as of that date.

use std::path::{Path, PathBuf};

use crate::criteria::CriteriaSet;
use crate::error::{Error, Result};
use crate::fs::layout::{CRITERIA, discover};
use crate::model::Model;
use crate::model::taxonomy::Taxonomy;
use crate::problem::Problem;
use crate::read::register::{Ids, Register};

#[derive(Debug)]
pub struct Workspace {
    /// In the order named; a duplicate id across registers is a problem of
    /// the register where it is seen second.
    pub registers: Vec<Register>,
    /// Held by commands that write, from before they read.
    pub lock: Option<crate::fs::lock::Lock>,
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
        Self::read(named, use_cache, progress, &mut |_, chunk| chunk)
    }

    /// Reads the registers a chunk of models at a time: the one reading
    /// loop. After each chunk `progress` is told how many models of how
    /// many files have been read; `hold` gets the chunk and returns the
    /// models to keep (all, those a query selects, or none, so that a
    /// national register that is only counted fits in memory). The
    /// workspace returned has every problem; refusing a broken one is the
    /// caller's choice (`check` shows it).
    pub fn read(
        named: &[PathBuf],
        use_cache: bool,
        progress: &mut dyn FnMut(usize, usize),
        hold: &mut dyn FnMut(&Register, Vec<Model>) -> Vec<Model>,
    ) -> Result<Self> {
        Self::read_using(
            named,
            crate::read::cache::Use::of(use_cache),
            progress,
            hold,
        )
    }

    /// As `read`, with the cache used as `cache_use` says (`serve` reads
    /// it and never writes it).
    pub fn read_using(
        named: &[PathBuf],
        cache_use: crate::read::cache::Use,
        progress: &mut dyn FnMut(usize, usize),
        hold: &mut dyn FnMut(&Register, Vec<Model>) -> Vec<Model>,
    ) -> Result<Self> {
        let mut ids = Ids::default();
        let registers = roots(named)?
            .iter()
            .map(|root| {
                let mut kept = Vec::new();
                let mut read = 0;
                let mut register =
                    Register::scan(root, cache_use, &mut ids, &mut |register, chunk| {
                        read += chunk.len();
                        kept.extend(hold(register, chunk));
                        progress(read, register.model_files);
                    })?;
                register.models = kept;
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
                    first: first
                        .map(|p| crate::tr!("read-first-error", problem = p.to_string()))
                        .unwrap_or_default(),
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

    /// A model by id, in any of the registers.
    pub fn find(&self, id: &str) -> Option<(&Register, &Model)> {
        self.models().find(|(_, m)| m.id == id)
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
