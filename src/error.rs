//! The failures of the library: what stops a command from doing its work,
//! as opposed to the problems found in a register (see `problem`).

use std::fmt;
use std::path::PathBuf;

use crate::tr;

#[derive(Debug, thiserror::Error)]
pub enum Error {
    #[error("{}", tr!("error-not-found", path = .0))]
    NotFound(PathBuf),
    #[error("{}", tr!("error-not-a-register", path = .0))]
    NotARegister(PathBuf),
    // The cause is in the message, so it is not also a `source`: printed
    // with its causes (`{:#}`), the message would say it twice.
    #[error("{}", tr!("error-io", action = action.to_string(), path = path, cause = os_error(cause)))]
    Io {
        action: IoAction,
        path: PathBuf,
        cause: std::io::Error,
    },
    #[error("{}", tr!("error-broken", errors = *errors, first = first))]
    Broken {
        errors: usize,
        /// The first problem, as `PATH:LINE:COL: error: MESSAGE`.
        first: String,
    },
    /// Bad input from the command line: a query, a code, a date.
    #[error("{0}")]
    Input(String),
}

/// What was being done to a file when the system refused.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum IoAction {
    Create,
    Read,
    ReadFolder,
    Write,
    WriteIn,
    Open,
    Copy,
    Remove,
    Lock,
    RunGitIn,
}

impl fmt::Display for IoAction {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&match self {
            IoAction::Create => tr!("io-create"),
            IoAction::Read => tr!("io-read"),
            IoAction::ReadFolder => tr!("io-read-folder"),
            IoAction::Write => tr!("io-write"),
            IoAction::WriteIn => tr!("io-write-in"),
            IoAction::Open => tr!("io-open"),
            IoAction::Copy => tr!("io-copy"),
            IoAction::Remove => tr!("io-remove"),
            IoAction::Lock => tr!("io-lock"),
            IoAction::RunGitIn => tr!("io-run-git-in"),
        })
    }
}

/// The system's words for a failure, in the language of the run: the
/// common kinds from the catalogue, the rest as the system says them.
pub fn os_error(cause: &std::io::Error) -> String {
    use std::io::ErrorKind;
    let os = cause.to_string();
    match cause.kind() {
        ErrorKind::NotFound => tr!("os-not-found", os = os),
        ErrorKind::PermissionDenied => tr!("os-permission-denied", os = os),
        ErrorKind::AlreadyExists => tr!("os-already-exists", os = os),
        ErrorKind::IsADirectory => tr!("os-is-a-directory", os = os),
        ErrorKind::NotADirectory => tr!("os-not-a-directory", os = os),
        ErrorKind::StorageFull => tr!("os-storage-full", os = os),
        ErrorKind::ReadOnlyFilesystem => tr!("os-read-only", os = os),
        ErrorKind::InvalidData => tr!("os-invalid-data", os = os),
        ErrorKind::AddrInUse => tr!("os-address-in-use", os = os),
        ErrorKind::AddrNotAvailable => tr!("os-address-not-available", os = os),
        _ => os,
    }
}

impl Error {
    pub fn io(action: IoAction, path: impl Into<PathBuf>, cause: std::io::Error) -> Self {
        Error::Io {
            action,
            path: path.into(),
            cause,
        }
    }
}

pub type Result<T, E = Error> = std::result::Result<T, E>;
