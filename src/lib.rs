//! `dvk`: the register of "Dân vận khéo" models, kept as a directory of
//! TOML files. This library owns the format, the queries and the
//! computations; the binary only parses arguments and prints.

pub mod date;
pub mod error;
pub mod format;
pub mod id;
pub mod import;
pub mod init;
pub mod key;
pub mod listing;
pub mod model;
pub mod problem;
pub mod query;
pub mod register;
pub mod registration;
pub mod render;
pub mod settings;
pub mod spanned;
pub mod table;
pub mod taxonomy;
pub mod text;
pub mod view;
pub mod workspace;
pub mod write;
