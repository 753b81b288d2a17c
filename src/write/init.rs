//! A new register: `dvk.toml`, `models/`, `criteria/` with one example
//! criteria set, and a `.gitignore` for what `dvk` keeps beside the records;
//! inside a git work tree, the merge driver set up as well.

use std::fs;
use std::path::{Path, PathBuf};

use crate::error::{Error, IoAction, Result};
use crate::fs::layout::FILE;
use crate::fs::layout::{CRITERIA, MODELS};
use crate::tr;

const SETTINGS: &str = include_str!("templates/dvk.toml");
const CRITERIA_EXAMPLE: &str = include_str!("templates/criteria-example.toml");
pub const CRITERIA_EXAMPLE_ID: &str = "hd-tinh-2021-2025";

/// Creates a register in `dir` (made if missing); refuses a folder that
/// already holds one. Returns the files written.
pub fn init(dir: &Path, name: &str) -> Result<Vec<PathBuf>> {
    if dir.join(FILE).exists() {
        return Err(Error::Input(tr!(
            "write-init-exists",
            path = dir,
            file = FILE
        )));
    }
    fs::create_dir_all(dir).map_err(|e| Error::io(IoAction::Create, dir, e))?;
    let escaped = toml_edit::Value::from(name).to_string();
    let settings = SETTINGS.replace("\"{NAME}\"", escaped.trim());
    let mut written = Vec::new();
    for (rel, contents) in [
        (PathBuf::from(MODELS).join(".gitkeep"), ""),
        (
            PathBuf::from(CRITERIA).join(format!("{CRITERIA_EXAMPLE_ID}.toml")),
            CRITERIA_EXAMPLE,
        ),
        (
            PathBuf::from(".gitignore"),
            // i18n: template text written into the new register's .gitignore
            "# dvk's own files beside the records (lock, cache)\n/.dvk/\n\
             # what a stopped writer leaves; the next writer removes it\n\
             /models/.import-*\n.dvk-*.tmp\n",
        ),
        // dvk.toml last: a register exists only once it is complete.
        (PathBuf::from(FILE), settings.as_str()),
    ] {
        let path = dir.join(&rel);
        if path.exists() {
            continue;
        }
        crate::fs::atomic::create_new(&path, contents)?;
        written.push(rel);
    }
    Ok(written)
}

/// Inside a git work tree, sets up the merge driver for the register in
/// `dir` as `dvk merge-driver --install` does; `None` outside git (or
/// without git).
pub fn install_merge_driver(dir: &Path) -> Result<Option<crate::write::merge::Installed>> {
    if crate::fs::git::work_tree(dir).is_none() {
        return Ok(None);
    }
    crate::write::merge::install(dir).map(Some)
}

#[cfg(test)]
mod custom_example {
    use super::SETTINGS;

    /// The commented `[custom]` block of a new `dvk.toml` reads without a
    /// problem once its `# ` are taken off.
    #[test]
    fn the_custom_example_reads_once_uncommented() {
        let mut block = String::new();
        for line in SETTINGS.lines().skip_while(|l| *l != "# [custom]") {
            block.push_str(line.trim_start_matches("# "));
            block.push('\n');
        }
        assert!(block.starts_with("[custom]\n"), "{block}");
        let (settings, problems) =
            crate::read::settings::Settings::parse(std::path::Path::new("dvk.toml"), &block);
        assert!(problems.is_empty(), "{problems:?}");
        let codes: Vec<&str> = settings
            .taxonomy
            .custom
            .iter()
            .map(|k| k.code.as_str())
            .collect();
        assert_eq!(
            codes,
            [
                "dia_ban",
                "ho_huong_loi",
                "chu_tri",
                "nguon_luc",
                "san_pham"
            ]
        );
    }
}
