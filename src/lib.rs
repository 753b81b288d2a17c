//! `dvk`: the register of "Dân vận khéo" models, kept as a directory of
//! TOML files. This library owns the format, the queries and the
//! computations; the binary only parses arguments and prints.

pub mod cache;
pub mod chart;
pub mod criteria;
pub mod date;
pub mod error;
pub mod evaluate;
pub mod export;
pub mod files;
pub mod format;
pub mod id;
pub mod import;
pub mod init;
pub mod key;
pub mod lifecycle;
pub mod listing;
pub mod lock;
pub mod model;
pub mod problem;
pub mod query;
pub mod register;
pub mod registration;
pub mod render;
pub mod report;
pub mod settings;
pub mod spanned;
pub mod svg;
pub mod table;
pub mod tally;
pub mod taxonomy;
pub mod text;
pub mod verdicts;
pub mod view;
pub mod workspace;
pub mod write;
pub mod xlsx;
