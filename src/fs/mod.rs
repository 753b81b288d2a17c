//! Bytes on disk: the register's layout, safe reads that never follow a
//! link or wait on a pipe, atomic writes, the lock writers take, and
//! sweeping what killed writers left.

pub mod atomic;
pub mod files;
pub mod git;
pub mod layout;
pub mod lock;
pub mod sweep;
