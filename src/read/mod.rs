//! Bytes to records, every problem collected: the spanned TOML readers,
//! the parsers of models, settings and criteria sets, the cache, the scan
//! of a register and the workspace of the registers a command reads.

pub mod cache;
pub mod conflict;
pub mod criteria;
pub mod model;
pub mod register;
pub mod settings;
pub mod spanned;
pub mod workspace;
