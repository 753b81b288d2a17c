//! The command line, end to end: the one integration binary. Each module
//! runs `dvk` on temporary registers and asserts stdout, stderr and the
//! exit code together: one module a command, then what cuts across them,
//! the error catalogue (`tests/errors/`) and the reliability suites.

mod support;

// One module a command.
mod absorb;
mod annex;
mod assess;
mod check;
mod completions;
mod custom;
mod documents;
mod evaluate;
mod evidence;
mod export;
mod export_sqlite;
mod fmt;
mod history;
mod import;
mod init;
mod lifecycle;
mod list;
mod merge_driver;
mod register;
mod report;
mod serve;
mod show;
mod tally;

// What cuts across the commands.
mod examples;
mod help;
mod i18n;
mod layers;
mod output;
mod query;
mod recognition;
mod registers;
mod renames;
mod usage;

// Every message a user can get, one folder each: tests/errors/.
mod errors;

// Fuzzing, property tests, hostile registers and crash safety.
mod reliability;
