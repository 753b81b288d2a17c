//! The page a broken register gets instead of numbers: every problem as
//! `dvk check` gives it, with the offending line, so that whoever keeps
//! the register knows what to fix.

use crate::read::workspace::Workspace;
use crate::tr;
use crate::web::html::escape;
use crate::web::pages::{Menu, layout};

/// The problems page of a workspace with errors.
pub fn page(workspace: &Workspace) -> String {
    let errors = workspace.errors();
    let mut text = Vec::new();
    // Written to memory: cannot fail.
    let _ = crate::render::problems::write_problems(workspace.problems(), false, &mut text);
    let body = format!(
        "<p class=error role=alert>{}</p>\n<p>{}</p>\n<pre class=problems>{}</pre>\n",
        escape(&tr!("web-broken", errors = errors)),
        escape(&tr!("web-broken-fix")),
        escape(&String::from_utf8_lossy(&text))
    );
    layout(&tr!("web-broken-title"), Menu::None, Some(workspace), &body)
}
