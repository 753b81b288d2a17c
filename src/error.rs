//! The failures of the library: what stops a command from doing its work,
//! as opposed to the problems found in a register (see `problem`).

use std::path::PathBuf;

#[derive(Debug, thiserror::Error)]
pub enum Error {
    #[error(
        "no register found in {0} or any folder above it (a register is a folder with dvk.toml)\n\
         hint: create one with `dvk init`, or name one with `-C DIR` or DVK_REGISTER"
    )]
    NotFound(PathBuf),
    #[error("{0} is not a register: it has no dvk.toml\nhint: create one with `dvk init {0}`")]
    NotARegister(PathBuf),
    // The cause is in the message, so it is not also a `source`: printed
    // with its causes (`{:#}`), the message would say it twice.
    #[error("cannot {action} {path}: {cause}")]
    Io {
        action: &'static str,
        path: PathBuf,
        cause: std::io::Error,
    },
    #[error(
        "the register has {errors} error{}; run `dvk check` to see {}\n{first}",
        if *errors == 1 { "" } else { "s" },
        if *errors == 1 { "it" } else { "them" }
    )]
    Broken {
        errors: usize,
        /// The first problem, as `PATH:LINE:COL: error: MESSAGE`.
        first: String,
    },
    /// Bad input from the command line: a query, a code, a date.
    #[error("{0}")]
    Input(String),
}

impl Error {
    pub fn io(action: &'static str, path: impl Into<PathBuf>, cause: std::io::Error) -> Self {
        Error::Io {
            action,
            path: path.into(),
            cause,
        }
    }
}

pub type Result<T, E = Error> = std::result::Result<T, E>;
