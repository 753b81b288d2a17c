//! Usage errors (an unknown option, a missing value) and the help and
//! version pages clap answers with, in the language of the run.

use std::process::ExitCode;

use dvk::i18n::{self, Lang};

/// Prints clap's answer and gives the exit code: 0 for help and version,
/// 2 for a usage error.
pub(crate) fn exit(error: &clap::Error) -> ExitCode {
    let code = error.exit_code();
    // To be worded from the catalogue for Vietnamese (cmd/usage.rs).
    let _ = (i18n::lang() == Lang::En, error.print());
    ExitCode::from(u8::try_from(code).unwrap_or(2))
}
