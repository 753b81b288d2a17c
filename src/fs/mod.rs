//! Bytes on disk: the register's layout, safe reads that never follow a
//! link or wait on a pipe, atomic writes, and the lock writers take.

pub mod atomic;
pub mod files;
pub mod git;
pub mod layout;
pub mod lock;
