//! `absorb`: every model of another register copied into this one (a
//! commune merged into another, a register handed over), keeping each
//! model's path under `models/`, with the criteria sets its assessments
//! name and the other register's `ho-so/` files. Planned (every conflict
//! found and named) then applied all or nothing; the other register is
//! only read.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use crate::error::{Error, IoAction, Result};
use crate::fs::files::{is_link, record_files};
use crate::fs::layout::{CRITERIA, FILE, shown};
use crate::model::Model;
use crate::model::taxonomy::Taxonomy;
use crate::read::register::Register;
use crate::read::workspace::Workspace;
use crate::tr;

/// The evidence folder (format.md, "Evidence").
pub const EVIDENCE: &str = "ho-so";

/// What a copied file is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum What {
    Model,
    CriteriaSet,
    Evidence,
}

/// One file to copy: from the other register to the same place in this
/// one (relative to each register's folder).
#[derive(Debug, Clone)]
pub struct Copy {
    pub what: What,
    pub path: PathBuf,
    pub bytes: Vec<u8>,
}

/// What absorbing would do.
#[derive(Debug, Default)]
pub struct Plan {
    /// This register's folder.
    pub root: PathBuf,
    /// Files to write, evidence and criteria sets first, models last.
    pub copies: Vec<Copy>,
    /// Criteria sets and evidence files this register already holds with
    /// the same content: nothing to copy.
    pub present: Vec<PathBuf>,
    /// Why it cannot be done, one a conflict: nothing is written if any.
    pub conflicts: Vec<String>,
    /// What the user should know but that does not stop it: renames of
    /// OTHER's `dvk.toml` that this register lacks.
    pub notes: Vec<String>,
}

impl Plan {
    pub fn count(&self, what: What) -> usize {
        self.copies.iter().filter(|c| c.what == what).count()
    }
}

/// Reads the other register (without its cache, and without taking its
/// lock: nothing is written in it) and refuses it when it is broken.
pub fn read_other(other: &Path) -> Result<Workspace> {
    if !other.join(FILE).is_file() {
        return Err(Error::NotARegister(other.to_owned()));
    }
    let workspace = Workspace::load_with(&[other.to_owned()], false, &mut |_, _| {})?;
    if let Err(Error::Broken { errors, first }) = workspace.require_clean() {
        return Err(Error::Input(tr!(
            "write-absorb-broken",
            other = other,
            errors = errors,
            first = first
        )));
    }
    Ok(workspace)
}

/// Plans absorbing `other` into `this`: every file to copy, and every
/// conflict.
pub fn plan(this: &Register, other: &Register) -> Result<Plan> {
    if same_folder(&this.root, &other.root) {
        return Err(Error::Input(tr!(
            "write-absorb-itself",
            other = &other.root
        )));
    }
    let mut conflicts: Vec<String> = Vec::new();
    let mut plan = Plan {
        root: this.root.clone(),
        ..Plan::default()
    };

    // Evidence: every file of the other register's ho-so/.
    for path in evidence_files(&other.root, &mut conflicts) {
        add(&mut plan, &mut conflicts, this, other, What::Evidence, path);
    }

    criteria_sets(&mut plan, &mut conflicts, this, other);
    models(&mut plan, &mut conflicts, this, other);
    if conflicts.is_empty() {
        reparse(&plan, this, other, &mut conflicts);
    }
    plan.conflicts = conflicts;
    plan.notes = renames_lacking(this, other);
    plan.copies.sort_by_key(|c| c.what == What::Model);
    Ok(plan)
}

/// The criteria sets the models' assessments name: copied, or found here
/// with the same content; each must read with this register's `dvk.toml`.
fn criteria_sets(plan: &mut Plan, conflicts: &mut Vec<String>, this: &Register, other: &Register) {
    let needed: std::collections::BTreeSet<&str> = other
        .models
        .iter()
        .flat_map(|m| m.assessments.iter().map(|a| a.criteria.as_str()))
        .collect();
    let mut ignored = Vec::new();
    let theirs = criteria_files(&other.root, &mut ignored);
    let ours = criteria_files(&this.root, &mut ignored);
    for id in &needed {
        let Some(path) = theirs.get(*id) else {
            continue;
        };
        match ours.get(*id) {
            Some(here) if here != path => {
                // The same set under another path here: the same id.
                match (read(&this.root.join(here)), read(&other.root.join(path))) {
                    (Ok(a), Ok(b)) if same_text(&a, &b) => plan.present.push(here.clone()),
                    (Ok(_), Ok(_)) => conflicts.push(tr!(
                        "write-absorb-criteria-differ",
                        id = *id,
                        here = &shown(&this.root, here),
                        there = &other.root.join(path)
                    )),
                    (Err(e), _) | (_, Err(e)) => conflicts.push(e.to_string()),
                }
            }
            _ => add(
                plan,
                conflicts,
                this,
                other,
                What::CriteriaSet,
                path.clone(),
            ),
        }
        if let Some(copy) = plan.copies.iter().find(|c| c.path == *path)
            && let Ok(text) = std::str::from_utf8(&copy.bytes)
        {
            let shown = other.root.join(path);
            let (_, problems) =
                crate::read::criteria::parse(id, &shown, text, &this.settings.taxonomy);
            if let Some(problem) = problems.iter().find(|p| p.is_error()) {
                conflicts.push(tr!(
                    "write-absorb-criteria-unreadable",
                    id = *id,
                    problem = problem.to_string()
                ));
            }
        }
    }
}

/// The models: an id in both registers, and the codes and metrics they use
/// that this register's taxonomy lacks, are conflicts.
fn models(plan: &mut Plan, conflicts: &mut Vec<String>, this: &Register, other: &Register) {
    let taxonomy = &this.settings.taxonomy;
    let ours: std::collections::HashMap<&str, &Model> =
        this.models.iter().map(|m| (m.id.as_str(), m)).collect();
    let mut missing: BTreeMap<(String, String), Vec<&str>> = BTreeMap::new();
    for model in &other.models {
        if let Some(here) = ours.get(model.id.as_str()) {
            conflicts.push(tr!(
                "write-absorb-id-in-both",
                id = &model.id,
                here = &shown(&this.root, &here.path),
                there = &other.root.join(&model.path)
            ));
            continue;
        }
        for (list, code) in lacking(model, taxonomy) {
            missing.entry((list, code)).or_default().push(&model.id);
        }
        add(
            plan,
            conflicts,
            this,
            other,
            What::Model,
            model.path.clone(),
        );
    }
    for ((list, code), ids) in &missing {
        conflicts.push(tr!(
            "write-absorb-code-lacking",
            list = list,
            code = code,
            models = models_named(ids)
        ));
    }
}

/// The renames of OTHER's `dvk.toml` that this register does not have
/// (absent, or to another name or from another day): the absorbed models
/// would be counted under their old names until it has them.
fn renames_lacking(this: &Register, other: &Register) -> Vec<String> {
    use crate::model::renames::{RenameKey, Renames};
    let (ours, theirs) = (
        &this.settings.taxonomy.renames,
        &other.settings.taxonomy.renames,
    );
    let mut out = Vec::new();
    for key in RenameKey::ALL {
        let ours = ours.list(key).entries();
        for entry in theirs.list(key).entries() {
            let same = ours.iter().any(|e| {
                Renames::same(key, &e.name, &entry.name)
                    && Renames::same(key, &e.to, &entry.to)
                    && e.from == entry.from
            });
            if !same {
                out.push(tr!(
                    "write-absorb-rename-lacking",
                    file = &other.root.join(FILE),
                    key = key.name(),
                    name = entry.name.as_str(),
                    to = entry.to.as_str(),
                    from = entry.from.to_string()
                ));
            }
        }
    }
    out
}

/// "model `a`", "models `a`, `b` and 3 more".
fn models_named(ids: &[&str]) -> String {
    let shown: Vec<String> = ids.iter().take(3).map(|id| format!("`{id}`")).collect();
    let more = ids.len().saturating_sub(3);
    let shown = shown.join(", ");
    if more > 0 {
        tr!("write-absorb-models-and-more", ids = shown, more = more)
    } else {
        tr!("write-absorb-models", ids = shown, count = ids.len())
    }
}

/// The codes and metrics a model uses that a taxonomy lacks, as (what,
/// code).
fn lacking(model: &Model, taxonomy: &Taxonomy) -> Vec<(String, String)> {
    let mut out = Vec::new();
    let mut need = |list: &crate::model::taxonomy::CodeList, code: &str| {
        if !list.contains(code) {
            out.push((list.name.to_owned(), code.to_owned()));
        }
    };
    need(&taxonomy.subjects, &model.subject);
    need(&taxonomy.fields, &model.field);
    need(&taxonomy.levels, &model.level);
    need(&taxonomy.kinds, &model.kind);
    for event in &model.events {
        if let Some(level) = &event.level {
            need(&taxonomy.levels, level);
        }
        if let Some(form) = &event.form {
            need(&taxonomy.forms, form);
        }
    }
    for outcome in &model.outcomes {
        for (metric, _) in &outcome.values {
            if taxonomy.metric(metric).is_none() {
                out.push(("metric".to_owned(), metric.clone()));
            }
        }
    }
    out.sort();
    out.dedup();
    out
}

/// Each model read again as this register would read it, with the
/// criteria sets it will hold: what no code check above foresaw
/// (a criterion its set does not have here, say) is a conflict too, so
/// that `dvk check` is clean afterwards.
fn reparse(plan: &Plan, this: &Register, other: &Register, conflicts: &mut Vec<String>) {
    let mut catalog = this.criteria.clone();
    for copy in plan.copies.iter().filter(|c| c.what == What::CriteriaSet) {
        let id = stem(&copy.path);
        if let Ok(text) = std::str::from_utf8(&copy.bytes)
            && let (Some(set), _) =
                crate::read::criteria::parse(&id, &copy.path, text, &this.settings.taxonomy)
        {
            catalog.sets.push(set);
        }
    }
    for copy in plan.copies.iter().filter(|c| c.what == What::Model) {
        let shown = other.root.join(&copy.path);
        let text = String::from_utf8_lossy(&copy.bytes);
        let text = text.strip_prefix('\u{feff}').unwrap_or(&text);
        let (_, problems) = crate::read::model::parse(
            &stem(&copy.path),
            &shown,
            text,
            &this.settings.taxonomy,
            &catalog,
        );
        if let Some(problem) = problems.iter().find(|p| p.is_error()) {
            conflicts.push(tr!(
                "write-absorb-model-unreadable",
                file = &shown,
                problem = problem.to_string()
            ));
        }
    }
}

fn stem(path: &Path) -> String {
    path.file_stem()
        .and_then(|s| s.to_str())
        .unwrap_or_default()
        .to_owned()
}

/// Adds a file to copy, unless this register holds the same content
/// there already; a different content, or a link on the way, is a
/// conflict.
fn add(
    plan: &mut Plan,
    conflicts: &mut Vec<String>,
    this: &Register,
    other: &Register,
    what: What,
    path: PathBuf,
) {
    let bytes = match read(&other.root.join(&path)) {
        Ok(bytes) => bytes,
        Err(e) => {
            conflicts.push(e.to_string());
            return;
        }
    };
    if let Some(link) = link_on_the_way(&this.root, &path) {
        conflicts.push(tr!(
            "write-absorb-link-here",
            path = &shown(&this.root, &link)
        ));
        return;
    }
    let target = this.root.join(&path);
    if std::fs::symlink_metadata(&target).is_ok() {
        let same = match what {
            What::Model => false,
            What::CriteriaSet => read(&target).is_ok_and(|here| same_text(&here, &bytes)),
            What::Evidence => read(&target).is_ok_and(|here| here == bytes),
        };
        if same {
            plan.present.push(path);
        } else {
            let (here, there) = (shown(&this.root, &path), other.root.join(&path));
            conflicts.push(match what {
                What::Model => tr!("write-absorb-model-here", here = &here, there = &there),
                What::CriteriaSet => {
                    tr!("write-absorb-criteria-here", here = &here, there = &there)
                }
                What::Evidence => tr!("write-absorb-evidence-here", here = &here, there = &there),
            });
        }
        return;
    }
    plan.copies.push(Copy { what, path, bytes });
}

/// The first folder or file on the way from `root` to `root/path` that is
/// a symbolic link.
fn link_on_the_way(root: &Path, path: &Path) -> Option<PathBuf> {
    let mut at = PathBuf::new();
    for part in path.components() {
        at.push(part);
        if is_link(&root.join(&at)) {
            return Some(at);
        }
    }
    None
}

/// A file's bytes, refusing a link or anything but a plain file.
fn read(path: &Path) -> Result<Vec<u8>> {
    let meta = std::fs::symlink_metadata(path).map_err(|e| Error::io(IoAction::Read, path, e))?;
    if !meta.file_type().is_file() {
        return Err(Error::Input(tr!("write-absorb-not-plain", file = path)));
    }
    std::fs::read(path).map_err(|e| Error::io(IoAction::Read, path, e))
}

/// Two criteria sets' texts are the same content when they differ only in
/// line endings, a BOM or Unicode normal form.
fn same_text(a: &[u8], b: &[u8]) -> bool {
    match (std::str::from_utf8(a), std::str::from_utf8(b)) {
        (Ok(a), Ok(b)) => crate::write::format::normalize(a) == crate::write::format::normalize(b),
        _ => a == b,
    }
}

/// Criteria set id → its file, relative to the register.
fn criteria_files(
    root: &Path,
    ignored: &mut Vec<crate::problem::Problem>,
) -> BTreeMap<String, PathBuf> {
    record_files(root, CRITERIA, ignored)
        .into_iter()
        .map(|path| (stem(&path), path))
        .collect()
}

/// Every file under `ho-so/` (relative to the register), in path order;
/// a link there is a conflict.
fn evidence_files(root: &Path, conflicts: &mut Vec<String>) -> Vec<PathBuf> {
    let mut out = Vec::new();
    let mut folders = vec![PathBuf::from(EVIDENCE)];
    while let Some(folder) = folders.pop() {
        let full = root.join(&folder);
        let Ok(meta) = std::fs::symlink_metadata(&full) else {
            continue;
        };
        if meta.file_type().is_symlink() {
            conflicts.push(tr!("write-absorb-link-there", path = &full));
            continue;
        }
        if !meta.is_dir() {
            continue;
        }
        let entries = match std::fs::read_dir(&full) {
            Ok(entries) => entries,
            Err(e) => {
                conflicts.push(Error::io(IoAction::ReadFolder, &full, e).to_string());
                continue;
            }
        };
        for entry in entries.flatten() {
            let path = folder.join(entry.file_name());
            match entry.file_type() {
                Ok(t) if t.is_dir() => folders.push(path),
                Ok(t) if t.is_file() => out.push(path),
                _ => conflicts.push(tr!(
                    "write-absorb-evidence-not-plain",
                    file = &root.join(&path)
                )),
            }
        }
    }
    out.sort();
    out
}

/// Whether two paths name the same folder.
fn same_folder(a: &Path, b: &Path) -> bool {
    match (a.canonicalize(), b.canonicalize()) {
        (Ok(a), Ok(b)) => a == b,
        _ => false,
    }
}

/// Writes the plan's files, each created new; if one fails, those already
/// written (and the folders made for them) are removed, so that the
/// register is as it was.
pub fn apply(plan: &Plan) -> Result<()> {
    let mut written: Vec<PathBuf> = Vec::new();
    let mut made: Vec<PathBuf> = Vec::new();
    for copy in &plan.copies {
        let target = plan.root.join(&copy.path);
        let result = missing_folders(&plan.root, &copy.path)
            .into_iter()
            .try_for_each(|dir| {
                std::fs::create_dir(&dir).map_err(|e| Error::io(IoAction::Create, &dir, e))?;
                made.push(dir);
                Ok(())
            })
            .and_then(|()| crate::fs::atomic::create_new_bytes(&target, &copy.bytes));
        if let Err(e) = result {
            for file in written.iter().rev() {
                let _ = std::fs::remove_file(file);
            }
            for dir in made.iter().rev() {
                let _ = std::fs::remove_dir(dir);
            }
            return Err(e);
        }
        written.push(target);
    }
    Ok(())
}

/// The folders on the way to `root/path` that do not exist yet, outermost
/// first.
fn missing_folders(root: &Path, path: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    let mut at = path.parent();
    while let Some(dir) = at.filter(|d| !d.as_os_str().is_empty()) {
        let full = root.join(dir);
        if std::fs::symlink_metadata(&full).is_ok() {
            break;
        }
        out.push(full);
        at = dir.parent();
    }
    out.reverse();
    out
}

/// What a run (or `--dry-run`) copies, one line a file relative to this
/// register, and a sentence saying how many of each.
pub fn lines(plan: &Plan) -> Vec<String> {
    plan.copies
        .iter()
        .map(|c| c.path.to_string_lossy().replace('\\', "/"))
        .collect()
}

/// "2 models, 1 criteria set and 3 evidence files".
pub fn summary(plan: &Plan) -> String {
    let models = tr!("write-absorb-n-models", count = plan.count(What::Model));
    let sets = plan.count(What::CriteriaSet);
    let sets = (sets > 0).then(|| tr!("write-absorb-n-criteria-sets", count = sets));
    let files = plan.count(What::Evidence);
    let files = (files > 0).then(|| tr!("write-absorb-n-evidence-files", count = files));
    match (sets, files) {
        (Some(sets), Some(files)) => tr!(
            "write-absorb-three",
            first = models,
            second = sets,
            third = files
        ),
        (Some(other), None) | (None, Some(other)) => {
            tr!("write-absorb-two", first = models, second = other)
        }
        (None, None) => models,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn copy(what: What, path: &str) -> Copy {
        Copy {
            what,
            path: PathBuf::from(path),
            bytes: path.as_bytes().to_vec(),
        }
    }

    #[test]
    fn a_failed_copy_removes_what_was_written() {
        let dir = tempfile::tempdir().unwrap();
        let root = dir.path();
        std::fs::create_dir_all(root.join("models")).unwrap();
        std::fs::write(root.join("models/b.toml"), "here\n").unwrap();
        let plan = Plan {
            root: root.to_owned(),
            copies: vec![
                copy(What::Evidence, "ho-so/2024/a/1.pdf"),
                copy(What::Model, "models/2024/a.toml"),
                copy(What::Model, "models/b.toml"),
            ],
            ..Plan::default()
        };
        let err = apply(&plan).unwrap_err();
        assert!(err.to_string().contains("exists already"), "{err}");
        assert!(!root.join("ho-so").exists());
        assert!(!root.join("models/2024").exists());
        assert_eq!(
            std::fs::read_to_string(root.join("models/b.toml")).unwrap(),
            "here\n"
        );
        let plan = Plan {
            copies: plan.copies[..2].to_vec(),
            ..plan
        };
        apply(&plan).unwrap();
        assert_eq!(
            std::fs::read(root.join("ho-so/2024/a/1.pdf")).unwrap(),
            b"ho-so/2024/a/1.pdf"
        );
        assert_eq!(lines(&plan), ["ho-so/2024/a/1.pdf", "models/2024/a.toml"]);
    }

    #[test]
    fn the_summary_names_what_is_copied() {
        let plan = |copies: Vec<Copy>| Plan {
            copies,
            ..Plan::default()
        };
        assert_eq!(summary(&plan(vec![])), "0 models");
        assert_eq!(summary(&plan(vec![copy(What::Model, "m")])), "1 model");
        assert_eq!(
            summary(&plan(vec![
                copy(What::Model, "m"),
                copy(What::Model, "n"),
                copy(What::CriteriaSet, "c"),
                copy(What::Evidence, "e"),
            ])),
            "2 models, 1 criteria set and 1 evidence file"
        );
        assert_eq!(
            summary(&plan(vec![
                copy(What::Model, "m"),
                copy(What::Evidence, "e")
            ])),
            "1 model and 1 evidence file"
        );
    }

    #[test]
    fn names_compare_in_one_form_for_criteria_sets() {
        assert!(same_text(b"a = 1\r\n", b"a = 1\n"));
        assert!(same_text(
            "\u{feff}t = \"Tiêu chí\"\n".as_bytes(),
            "t = \"Tiêu chí\"\n".as_bytes()
        ));
        assert!(!same_text(b"a = 1\n", b"a = 2\n"));
    }
}
