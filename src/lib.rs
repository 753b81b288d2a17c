//! `dvk`: the register of "Dân vận khéo" models, kept as a directory of
//! TOML files. This library owns the format, the queries and the
//! computations; the binary only parses arguments and prints.
//!
//! The layers, lowest first; each imports only from those listed before
//! it (`tests/dvk/layers.rs` holds the code to that; `docs/architecture.md`
//! says what each owns).

pub mod criteria; // criteria sets and verdicts (pure)
pub mod error; // failures of the program
pub mod fs; // bytes on disk: layout, safe reads, atomic writes, the lock
pub mod i18n; // the languages: Fluent catalogues, the language of the run, tr!
pub mod model; // what a record is: types, dates, ids, taxonomy, derived keys (pure)
pub mod problem; // problems in the data, as values, and the "did you mean" hint
pub mod query; // keys, rows and values, the query language
pub mod read; // bytes to records: readers, parsers, cache, register, workspace
pub mod render; // tables and figures to bytes: terminal, csv, json, xlsx, svg
pub mod reports; // pure computations that become tables and figures
pub mod select; // a query applied as of a date; the one chunked scan
pub mod text; // NFC, folding, printable text
pub mod web; // the read-only web view: routes, pages, the watcher
pub mod write; // records to files, planned then applied
