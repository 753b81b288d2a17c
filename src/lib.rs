//! `dvk`: the register of "Dân vận khéo" models, kept as a directory of
//! TOML files. This library owns the format, the queries and the
//! computations; the binary only parses arguments and prints.

pub mod date;
pub mod model;
pub mod problem;
pub mod spanned;
pub mod taxonomy;
pub mod text;
pub mod error;
pub mod id;
pub mod register;
pub mod settings;
pub mod key;
pub mod query;
pub mod format;
pub mod write;
pub mod render;
pub mod table;
pub mod workspace;
pub mod view;
pub mod listing;
pub mod init;
pub mod registration;
