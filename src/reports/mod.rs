//! Pure computations over selected models, each returning a value that
//! becomes tables and figures: tally, verdicts, listing, view, export and
//! the report pack.

pub mod annex;
pub mod export;
pub mod figure;
pub mod history;
pub mod listing;
pub mod pack;
pub mod report;
pub mod table;
pub mod tally;
pub mod verdicts;
pub mod view;
