//! The library's layers stay as `docs/architecture.md` draws them: read
//! the `crate::` paths of every module under `src/` and fail on an import
//! of a higher layer or on a circle of modules.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

/// The layers, lowest first: a module may use its own layer and those
/// before it (the order of `src/lib.rs`).
const LAYERS: &[&[&str]] = &[
    &["text", "error", "problem", "i18n"],
    &["model"],
    &["query"],
    &["criteria"],
    &["fs"],
    &["read"],
    &["select"],
    &["reports"],
    &["render"],
    &["write"],
    &["web"],
];

fn layer(module: &str) -> usize {
    let top = module.split("::").next().unwrap_or_default();
    LAYERS
        .iter()
        .position(|names| names.contains(&top))
        .unwrap_or_else(|| panic!("module `{module}` is in no layer: add it to LAYERS"))
}

/// Every library module (`a::b` for `src/a/b.rs` or `src/a/b/mod.rs`) with
/// its file; the binary's `cmd/` and `main.rs` are the top and not listed.
fn modules(src: &Path) -> BTreeMap<String, PathBuf> {
    let mut found = BTreeMap::new();
    let mut stack = vec![src.to_path_buf()];
    while let Some(dir) = stack.pop() {
        for entry in std::fs::read_dir(&dir).expect("src/ is readable") {
            let path = entry.expect("an entry of src/").path();
            let rel = path.strip_prefix(src).expect("under src/");
            if rel.starts_with("cmd") {
                continue;
            }
            if path.is_dir() {
                stack.push(path);
                continue;
            }
            if path.extension().is_none_or(|e| e != "rs") {
                continue;
            }
            let mut parts: Vec<String> = rel
                .with_extension("")
                .components()
                .map(|c| c.as_os_str().to_string_lossy().into_owned())
                .collect();
            if parts.last().is_some_and(|p| p == "mod") {
                parts.pop();
            }
            if parts == ["lib"] || parts == ["main"] {
                continue;
            }
            found.insert(parts.join("::"), path);
        }
    }
    found
}

/// The modules a file's library code names through `crate::` paths: for
/// each path, the longest prefix that is a module.
fn imports(text: &str, known: &BTreeMap<String, PathBuf>) -> BTreeSet<String> {
    let mut out = BTreeSet::new();
    // Unit tests close a file and may build their fixtures with any layer:
    // they are not part of the library.
    let library = text.split("#[cfg(test)]").next().unwrap_or_default();
    for line in library.lines() {
        let code = line.split("//").next().unwrap_or_default();
        let mut rest = code;
        while let Some(at) = rest.find("crate::") {
            rest = &rest[at + "crate::".len()..];
            let path: String = rest
                .chars()
                .take_while(|c| c.is_alphanumeric() || *c == '_' || *c == ':')
                .collect();
            let segments: Vec<&str> = path.split("::").filter(|s| !s.is_empty()).collect();
            let target = (1..=segments.len())
                .rev()
                .map(|n| segments[..n].join("::"))
                .find(|candidate| known.contains_key(candidate));
            if let Some(target) = target {
                out.insert(target);
            } else if let Some(first) = segments.first() {
                // `use crate::{a, b}` is not written in this code base; a
                // path that names no module is a mistake of this test.
                assert!(
                    !first.starts_with('{'),
                    "braced crate:: imports are not read: {line}"
                );
            }
        }
    }
    out
}

#[test]
fn no_module_imports_a_higher_layer_or_a_circle() {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let known = modules(&src);
    assert!(known.len() > 20, "found only {} modules", known.len());
    let mut graph: BTreeMap<&str, BTreeSet<String>> = BTreeMap::new();
    let mut upward = Vec::new();
    for (module, path) in &known {
        let text = std::fs::read_to_string(path).expect("a module is readable");
        let mut used = imports(&text, &known);
        used.retain(|m| m != module && !module.starts_with(&format!("{m}::")));
        for target in &used {
            if layer(target) > layer(module) {
                upward.push(format!("{module} uses {target}"));
            }
        }
        graph.insert(module, used);
    }
    assert!(
        upward.is_empty(),
        "imports of a higher layer:\n{}",
        upward.join("\n")
    );
    if let Some(circle) = find_circle(&graph) {
        panic!("an import circle: {}", circle.join(" → "));
    }
}

/// A circle of modules, as the path that closes it, if there is one.
fn find_circle(graph: &BTreeMap<&str, BTreeSet<String>>) -> Option<Vec<String>> {
    #[derive(Clone, Copy, PartialEq)]
    enum Mark {
        Open,
        Done,
    }
    fn visit(
        node: &str,
        graph: &BTreeMap<&str, BTreeSet<String>>,
        marks: &mut BTreeMap<String, Mark>,
        path: &mut Vec<String>,
    ) -> Option<Vec<String>> {
        match marks.get(node) {
            Some(Mark::Done) => return None,
            Some(Mark::Open) => {
                let from = path.iter().position(|p| p == node).unwrap_or(0);
                let mut circle = path[from..].to_vec();
                circle.push(node.to_owned());
                return Some(circle);
            }
            None => {}
        }
        marks.insert(node.to_owned(), Mark::Open);
        path.push(node.to_owned());
        for next in graph.get(node).into_iter().flatten() {
            if let Some(circle) = visit(next, graph, marks, path) {
                return Some(circle);
            }
        }
        path.pop();
        marks.insert(node.to_owned(), Mark::Done);
        None
    }
    let mut marks = BTreeMap::new();
    graph
        .keys()
        .find_map(|node| visit(node, graph, &mut marks, &mut Vec::new()))
}

#[test]
fn the_check_sees_a_circle_and_an_upward_import() {
    let mut graph: BTreeMap<&str, BTreeSet<String>> = BTreeMap::new();
    graph.insert("fs::files", BTreeSet::from(["read::cache".to_owned()]));
    graph.insert("read::cache", BTreeSet::from(["fs::files".to_owned()]));
    let circle = find_circle(&graph).expect("a circle is found");
    assert_eq!(circle.first(), circle.last());
    assert!(layer("read::cache") > layer("fs::files"));
    let known: BTreeMap<String, PathBuf> = [("read::cache".to_owned(), PathBuf::new())].into();
    let seen = imports("use crate::read::cache::Cache; // crate::fs", &known);
    assert_eq!(seen, BTreeSet::from(["read::cache".to_owned()]));
}
