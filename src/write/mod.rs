//! Records to files, planned then applied: the canonical form, a new
//! model's registration, appended events and assessments, import and
//! `init`, another register absorbed, evidence copied in (`--file`).

pub mod absorb;
pub mod evidence;
pub mod format;
pub mod from_sheet;
pub mod import;
pub mod init;
pub mod lifecycle;
pub mod merge;
pub mod registration;
