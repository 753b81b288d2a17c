//! A register on disk: finding it, and loading every record in it in
//! parallel, with every problem found. Loading never stops at the first
//! bad file; commands other than `check` refuse a register with errors.

use std::collections::HashMap;
use std::path::{Path, PathBuf};

use rayon::prelude::*;

use crate::criteria::Catalog;
use crate::error::{Error, Result};
use crate::fs::files::Stamp;
use crate::fs::files::{read_stamped, read_text, record_files, walk};
use crate::fs::layout::{CRITERIA, FILE, MODELS, shown};
use crate::model::Model;
use crate::problem::Problem;
use crate::read::cache::{Cache, Place};
use crate::read::settings::Settings;
use crate::tr;

/// How many files are read and parsed together: enough to keep both cores
/// busy, few enough that a scan holds little.
const CHUNK: usize = 4096;

#[derive(Debug)]
pub struct Register {
    /// The register's folder, as it should be shown (relative when found
    /// from the current folder).
    pub root: PathBuf,
    pub settings: Settings,
    /// In path order.
    pub models: Vec<Model>,
    /// How many model files there are, good or bad.
    pub model_files: usize,
    /// How many models were read from them (held in `models` or not).
    pub models_read: usize,
    pub criteria: Catalog,
    /// Every problem, in path order; paths are shown relative to the
    /// current folder (`root` joined).
    pub problems: Vec<Problem>,
}

impl Register {
    /// The register as people name it: its `name` in dvk.toml, else its
    /// folder.
    pub fn title(&self) -> String {
        self.settings
            .name
            .clone()
            .unwrap_or_else(|| self.root.display().to_string())
    }

    /// Reads the register a chunk of models at a time, giving each chunk to
    /// `visit` and keeping none: memory stays small however large the
    /// register. The register returned has every problem but no models.
    /// `ids` carries the ids seen across registers, to report duplicates.
    pub fn scan(
        root: &Path,
        cache_use: crate::read::cache::Use,
        ids: &mut Ids,
        visit: &mut dyn FnMut(&Register, Vec<Model>),
    ) -> Result<Self> {
        let settings_path = root.join(FILE);
        if !settings_path.is_file() {
            return Err(Error::NotARegister(root.to_owned()));
        }
        let mut problems = Vec::new();
        let (settings, settings_text) = read_settings(root, &mut problems);
        let (criteria, criteria_texts) = load_criteria(root, &settings.taxonomy, &mut problems);
        // What parsing depends on besides each file: if it changes, the
        // cache is of no use.
        let key = crate::read::cache::key(
            std::iter::once(settings_text.as_deref().unwrap_or_default().as_bytes())
                .chain(criteria_texts.iter().map(String::as_bytes)),
        );
        // Each file's stamp, to look it up in the cache: only when there
        // is a cache to look in. The files read are stamped as they open.
        let has_cache =
            cache_use != crate::read::cache::Use::Off && crate::read::cache::exists(root);
        let (files, stamps): (Vec<PathBuf>, Vec<Option<Stamp>>) =
            walk(root, MODELS, has_cache, &mut problems)
                .into_iter()
                .unzip();
        // What a stopped import left: not records, but worth knowing of
        // (the next writer removes it).
        for folder in crate::fs::sweep::stale_staging(&root.join(MODELS)) {
            problems.push(Problem::warning(
                &shown(root, &Path::new(MODELS).join(folder)),
                None,
                tr!("check-stale-staging"),
            ));
        }
        // Read only now: how large its index may be depends on the files.
        let cache = if has_cache {
            Cache::read(root, key, &files)
        } else {
            Cache::default()
        };
        let mut register = Register {
            root: root.to_owned(),
            settings,
            model_files: files.len(),
            models_read: 0,
            criteria,
            models: Vec::new(),
            problems: Vec::new(),
        };

        ids.reserve(files.len());
        let places = cache.places(&files, &stamps);
        let hits = places.iter().filter(|p| p.is_some()).count();
        // Rewrite the cache when a file is new, changed or gone.
        let mut writer = (cache_use == crate::read::cache::Use::ReadWrite
            && (hits < files.len() || cache.len() > hits))
            .then(|| crate::read::cache::Writer::new(root, key));

        // One thread reads and parses the chunks, each on every core,
        // while this one takes the chunk before: ids, problems, the cache
        // and `visit` never hold up the parsing.
        let writing = writer.is_some();
        let reader = Chunks {
            root,
            files: &files,
            stamps: &stamps,
            places: &places,
            cache: &cache,
            taxonomy: &register.settings.taxonomy,
            criteria: &register.criteria,
            writing,
        };
        let mut read = 0;
        std::thread::scope(|scope| {
            let (send, receive) = std::sync::mpsc::sync_channel::<Chunk>(1);
            let total = files.len();
            scope.spawn(move || {
                for start in (0..total).step_by(CHUNK) {
                    let chunk = reader.read(start..(start + CHUNK).min(total));
                    if send.send(chunk).is_err() {
                        return;
                    }
                }
            });
            for chunk in receive {
                let models = chunk.take(root, &files, &places, ids, writer.as_mut(), &mut problems);
                read += models.len();
                visit(&register, models);
            }
        });
        if let Some(writer) = writer {
            writer.finish();
        }
        register.problems = problems;
        register.models_read = read;
        Ok(register)
    }

    pub fn errors(&self) -> usize {
        self.problems.iter().filter(|p| p.is_error()).count()
    }

    /// The model with an id.
    pub fn model(&self, id: &str) -> Option<&Model> {
        self.models.iter().find(|m| m.id == id)
    }

    /// Where a model's file is, as the file system knows it.
    pub fn file(&self, model: &Model) -> PathBuf {
        self.root.join(&model.path)
    }
}

/// Reads `dvk.toml`: the settings (the defaults when it is broken) and its
/// text, which the cache's key depends on.
fn read_settings(root: &Path, problems: &mut Vec<Problem>) -> (Settings, Option<String>) {
    let show = shown(root, Path::new(FILE));
    match read_text(&root.join(FILE)) {
        Ok(text) => {
            let (settings, found) = Settings::parse(&show, &text);
            problems.extend(found);
            (settings, Some(text))
        }
        Err((location, message)) => {
            problems.push(Problem::error(&show, location, message));
            (Settings::default(), None)
        }
    }
}

/// One model file, read or taken from the cache.
struct Parsed {
    model: Option<Model>,
    problems: Vec<Problem>,
    /// The file's stamp when it was read, for the cache.
    stamp: Option<Stamp>,
    /// The model as the cache keeps it, when a cache is being written and
    /// the model was read from its file.
    encoded: Option<Vec<u8>>,
}

/// Files `start..` of a register, read or taken from the cache, in order;
/// with the part of the cache that they were taken from.
struct Chunk {
    start: usize,
    parsed: Vec<Parsed>,
    span: Option<crate::read::cache::Span>,
}

impl Chunk {
    /// The chunk's models, their problems put with the others, their ids
    /// with those seen before, and each that is clean in the new cache.
    fn take(
        self,
        root: &Path,
        files: &[PathBuf],
        places: &[Option<Place>],
        ids: &mut Ids,
        mut writer: Option<&mut crate::read::cache::Writer>,
        problems: &mut Vec<Problem>,
    ) -> Vec<Model> {
        let Chunk {
            start,
            parsed,
            span,
        } = self;
        let mut models = Vec::with_capacity(parsed.len());
        for (i, parsed) in (start..).zip(parsed) {
            let Parsed {
                model,
                problems: found,
                stamp,
                encoded,
            } = parsed;
            let clean = found.is_empty();
            problems.extend(found);
            let Some(model) = model else {
                continue;
            };
            problems.extend(ids.see(&model.id, root, &model.path));
            problems.extend(evidence_problems(root, &model));
            if let (Some(writer), Some(stamp), true) = (writer.as_deref_mut(), stamp, clean) {
                let raw = encoded
                    .as_deref()
                    .or_else(|| places[i].zip(span.as_ref()).and_then(|(p, s)| s.raw(p)));
                if let Some(raw) = raw {
                    writer.add_raw(&files[i], stamp, raw);
                }
            }
            models.push(model);
        }
        models
    }
}

/// The evidence a model names that is not a file of the register, each at
/// its entry. Checked on every read, cached model or not: a file can go
/// while its model's file stays the same. The model's text is read again
/// only to place a problem.
fn evidence_problems(root: &Path, model: &Model) -> Vec<Problem> {
    let bad: Vec<(usize, &str, crate::model::evidence::Unusable)> =
        crate::model::evidence::all(model)
            .enumerate()
            .filter_map(|(i, rel)| {
                crate::fs::files::evidence(root, rel)
                    .err()
                    .map(|why| (i, rel, why))
            })
            .collect();
    if bad.is_empty() {
        return Vec::new();
    }
    let show = shown(root, &model.path);
    let text = read_text(&root.join(&model.path)).unwrap_or_default();
    let offsets = crate::read::model::evidence_offsets(&text);
    let mut sink = crate::problem::Sink::new(&show, &text);
    for (i, rel, why) in bad {
        let at = offsets
            .get(i)
            .filter(|(path, _)| path == rel)
            .map(|(_, at)| *at);
        sink.error_at(at, why.in_files(&crate::text::printable_line(rel)));
    }
    sink.problems
}

/// What reading a chunk of a register needs.
#[derive(Clone, Copy)]
struct Chunks<'a> {
    root: &'a Path,
    files: &'a [PathBuf],
    stamps: &'a [Option<Stamp>],
    places: &'a [Option<Place>],
    cache: &'a Cache,
    taxonomy: &'a crate::model::taxonomy::Taxonomy,
    criteria: &'a Catalog,
    writing: bool,
}

impl Chunks<'_> {
    /// Reads files `range` on every core.
    fn read(&self, range: std::ops::Range<usize>) -> Chunk {
        let hits: Vec<Place> = self.places[range.clone()]
            .iter()
            .flatten()
            .copied()
            .collect();
        let span = self.cache.read_span(&hits);
        let start = range.start;
        let parsed = range
            .into_par_iter()
            .map(|i| {
                let cached = self.places[i]
                    .zip(span.as_ref())
                    .and_then(|(place, span)| span.model(place));
                if let Some(model) = cached {
                    return Parsed {
                        model: Some(model),
                        problems: Vec::new(),
                        stamp: self.stamps[i],
                        encoded: None,
                    };
                }
                let mut parsed =
                    parse_file(self.root, &self.files[i], self.taxonomy, self.criteria);
                if self.writing && parsed.problems.is_empty() {
                    parsed.encoded = parsed.model.as_ref().and_then(crate::read::cache::encode);
                }
                parsed
            })
            .collect();
        Chunk {
            start,
            parsed,
            span,
        }
    }
}

/// Parses one model file; problems name it as shown.
fn parse_file(
    root: &Path,
    rel: &Path,
    taxonomy: &crate::model::taxonomy::Taxonomy,
    criteria: &Catalog,
) -> Parsed {
    let show = || shown(root, rel);
    let id = rel.file_stem().and_then(|s| s.to_str()).unwrap_or_default();
    let failed = |location, message| Parsed {
        model: None,
        problems: vec![Problem::error(&show(), location, message)],
        stamp: None,
        encoded: None,
    };
    if !crate::model::id::is_valid(id) {
        return failed(
            None,
            tr!(
                "check-bad-model-id",
                id = crate::text::printable_line(id),
                rule = crate::model::id::rule()
            ),
        );
    }
    match read_stamped(&root.join(rel)) {
        Ok((text, stamp)) => {
            let (model, mut problems) =
                crate::read::model::parse(id, rel, &text, taxonomy, criteria);
            if !problems.is_empty() {
                let show = show();
                for p in &mut problems {
                    p.path.clone_from(&show);
                }
            }
            Parsed {
                model,
                problems,
                stamp: Some(stamp),
                encoded: None,
            }
        }
        Err((location, message)) => failed(location, message),
    }
}

/// Reads every criteria set; those with errors are named in `broken`.
/// Also returns the texts read, which the cache's key depends on.
fn load_criteria(
    root: &Path,
    taxonomy: &crate::model::taxonomy::Taxonomy,
    problems: &mut Vec<Problem>,
) -> (Catalog, Vec<String>) {
    let mut catalog = Catalog::default();
    let mut texts = Vec::new();
    for rel in record_files(root, CRITERIA, problems) {
        let show = shown(root, &rel);
        let id = rel
            .file_stem()
            .and_then(|s| s.to_str())
            .unwrap_or_default()
            .to_owned();
        if !crate::model::id::is_valid(&id) {
            let message = tr!(
                "check-bad-set-id",
                id = crate::text::printable_line(&id),
                rule = crate::model::id::rule()
            );
            problems.push(Problem::error(&show, None, message));
            continue;
        }
        if catalog.knows(&id) {
            problems.push(Problem::error(
                &show,
                None,
                tr!("check-duplicate-set-id", id = &id),
            ));
            continue;
        }
        match read_text(&root.join(&rel)) {
            Ok(text) => {
                let (set, found) = crate::read::criteria::parse(&id, &show, &text, taxonomy);
                texts.push(format!("{}\n{text}", rel.display()));
                problems.extend(found);
                match set {
                    Some(set) => catalog.sets.push(set),
                    None => catalog.broken.push(id),
                }
            }
            Err((location, message)) => {
                problems.push(Problem::error(&show, location, message));
                catalog.broken.push(id);
            }
        }
    }
    (catalog, texts)
}

/// The ids seen so far, in one register or several read together, with
/// where each was seen: so that a file with an id seen before is reported,
/// and so is each file that had it first, each naming the others. A file
/// is kept as its register's folder (held once) and its path in it, so
/// that seeing an id costs no path built.
#[derive(Debug, Default)]
pub struct Ids {
    roots: Vec<PathBuf>,
    // Hashed with `foldhash` (seeded per run), several times quicker than
    // the standard hasher on a million short ids.
    first: HashMap<Box<str>, Held, foldhash::quality::RandomState>,
    /// The files after the first of each id held by more than one.
    more: HashMap<Box<str>, Vec<Held>, foldhash::quality::RandomState>,
}

/// A file that holds an id: its register (an index into `roots`) and its
/// path in it.
type Held = (usize, Box<Path>);

impl Ids {
    /// Room for `more` ids, made once instead of growing a table of a
    /// million entries step by step.
    pub fn reserve(&mut self, more: usize) {
        self.first.reserve(more);
    }

    /// Records the id of the file `rel` of the register at `root`. If other
    /// files have it already: a problem for this file naming them, and one
    /// for each of them naming this file. Each at line 1, column 1, as
    /// every other problem has a place.
    pub fn see(&mut self, id: &str, root: &Path, rel: &Path) -> Vec<Problem> {
        if self.roots.last().is_none_or(|last| last != root) {
            self.roots.push(root.to_owned());
        }
        let here = (self.roots.len() - 1, Box::<Path>::from(rel));
        let Some(first) = self.first.get(id) else {
            self.first.insert(id.into(), here);
            return Vec::new();
        };
        let others: Vec<PathBuf> = std::iter::once(first)
            .chain(self.more.get(id).into_iter().flatten())
            .map(|(r, path)| shown(&self.roots[*r], path))
            .collect();
        let this = shown(root, rel);
        let mut out = Vec::with_capacity(others.len() + 1);
        let names = others
            .iter()
            .map(|p| crate::text::printable_line(&p.display().to_string()).into_owned())
            .collect::<Vec<_>>()
            .join(", ");
        out.push(duplicate(&this, id, &names, others.len()));
        for other in &others {
            let name = crate::text::printable_line(&this.display().to_string()).into_owned();
            out.push(duplicate(other, id, &name, 1));
        }
        self.more.entry(id.into()).or_default().push(here);
        out
    }
}

/// The problem of a file holding an id other files hold (`count` of them,
/// named in `others`): at its first line, shown as every problem is.
fn duplicate(path: &Path, id: &str, others: &str, count: usize) -> Problem {
    let line = read_text(path).unwrap_or_default();
    let line = line.lines().next().unwrap_or_default();
    Problem::error(
        path,
        Some(crate::problem::Location::of(line, 0)),
        tr!(
            "check-duplicate-id",
            id = id,
            others = others,
            count = count
        ),
    )
}
