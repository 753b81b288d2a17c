//! The languages a person is spoken to in: Vietnamese and English, one
//! Fluent catalogue each (`i18n/<lang>/*.ftl`, built into the binary).
//!
//! Every sentence a person reads comes from here, through [`tr!`]: the code
//! names a message and its arguments, the catalogue words it. The language
//! is chosen once, at the start of a run ([`set`]); library code that runs
//! without a choice (unit tests, the benchmarks) speaks English.
//!
//! What scripts read never passes through here: codes, csv columns, json
//! keys and exit codes are the same in every language.

use std::borrow::Cow;
use std::sync::OnceLock;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};

/// A language dvk speaks.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Lang {
    Vi,
    En,
}

impl Lang {
    pub const ALL: [Lang; 2] = [Lang::Vi, Lang::En];

    /// The code `--lang` and `DVK_LANG` take.
    pub fn code(self) -> &'static str {
        match self {
            Lang::Vi => "vi",
            Lang::En => "en",
        }
    }

    /// `vi` or `en`, exactly (what `--lang` accepts).
    pub fn parse(code: &str) -> Option<Lang> {
        Lang::ALL.into_iter().find(|lang| lang.code() == code)
    }

    /// A locale name (`vi_VN.UTF-8`, `C`, `en_US`): Vietnamese when it
    /// starts with `vi`, English otherwise.
    pub fn of_locale(locale: &str) -> Lang {
        if locale.starts_with("vi") {
            Lang::Vi
        } else {
            Lang::En
        }
    }

    /// The language the environment asks for: `DVK_LANG`, else the first
    /// of `LC_ALL`, `LC_MESSAGES` and `LANG` that is set (an empty value
    /// is not set, as for the C library).
    pub fn from_env(var: impl Fn(&str) -> Option<String>) -> Lang {
        ["DVK_LANG", "LC_ALL", "LC_MESSAGES", "LANG"]
            .into_iter()
            .filter_map(|name| var(name).filter(|value| !value.is_empty()))
            .map(|value| Lang::of_locale(&value))
            .next()
            .unwrap_or(Lang::En)
    }
}

static CHOSEN: OnceLock<Lang> = OnceLock::new();

/// Chooses the language of this run. The first choice holds: a run speaks
/// one language from start to end.
pub fn set(lang: Lang) {
    let _ = CHOSEN.set(lang);
}

/// The language of this run (English until one is chosen).
pub fn lang() -> Lang {
    CHOSEN.get().copied().unwrap_or(Lang::En)
}

/// The catalogue's files, one a part of the program; each language has
/// every one of them (`tests/dvk/i18n.rs` holds the two to that).
pub const PARTS: [&str; 8] = [
    "common", "cli", "check", "read", "write", "reports", "render", "web",
];

macro_rules! catalogue {
    ($lang:literal) => {
        [
            include_str!(concat!("../i18n/", $lang, "/common.ftl")),
            include_str!(concat!("../i18n/", $lang, "/cli.ftl")),
            include_str!(concat!("../i18n/", $lang, "/check.ftl")),
            include_str!(concat!("../i18n/", $lang, "/read.ftl")),
            include_str!(concat!("../i18n/", $lang, "/write.ftl")),
            include_str!(concat!("../i18n/", $lang, "/reports.ftl")),
            include_str!(concat!("../i18n/", $lang, "/render.ftl")),
            include_str!(concat!("../i18n/", $lang, "/web.ftl")),
        ]
    };
}

/// The text of a language's catalogue, part by part, as built in.
pub fn sources(lang: Lang) -> [&'static str; PARTS.len()] {
    match lang {
        Lang::Vi => catalogue!("vi"),
        Lang::En => catalogue!("en"),
    }
}

type Bundle = FluentBundle<FluentResource>;

fn bundle(lang: Lang) -> &'static Bundle {
    static VI: OnceLock<Bundle> = OnceLock::new();
    static EN: OnceLock<Bundle> = OnceLock::new();
    let cell = match lang {
        Lang::Vi => &VI,
        Lang::En => &EN,
    };
    cell.get_or_init(|| {
        // i18n: cannot fail; not a message
        let id = lang.code().parse().expect("vi and en are language ids");
        let mut bundle = Bundle::new_concurrent(vec![id]);
        // Terminals show the isolation marks around arguments as boxes.
        bundle.set_use_isolating(false);
        for source in sources(lang) {
            // The catalogues are ours and tested to parse; a message lost
            // to a syntax error still answers with its id (see `message`).
            let resource = FluentResource::try_new(source.to_owned()).unwrap_or_else(|(r, _)| r);
            let _ = bundle.add_resource(resource);
        }
        bundle
    })
}

/// An argument of a message: text, or a number (numbers choose plural
/// forms, so a count must be passed as one).
#[derive(Debug, Clone)]
pub enum Arg<'a> {
    Text(Cow<'a, str>),
    Number(f64),
}

impl<'a> From<&'a str> for Arg<'a> {
    fn from(value: &'a str) -> Self {
        Arg::Text(Cow::Borrowed(value))
    }
}

impl<'a> From<&'a String> for Arg<'a> {
    fn from(value: &'a String) -> Self {
        Arg::Text(Cow::Borrowed(value))
    }
}

impl From<String> for Arg<'_> {
    fn from(value: String) -> Self {
        Arg::Text(Cow::Owned(value))
    }
}

impl<'a> From<Cow<'a, str>> for Arg<'a> {
    fn from(value: Cow<'a, str>) -> Self {
        Arg::Text(value)
    }
}

impl<'a> From<&'a std::path::Path> for Arg<'a> {
    fn from(value: &'a std::path::Path) -> Self {
        Arg::Text(value.to_string_lossy())
    }
}

impl<'a> From<&'a std::path::PathBuf> for Arg<'a> {
    fn from(value: &'a std::path::PathBuf) -> Self {
        Arg::Text(value.to_string_lossy())
    }
}

macro_rules! number_args {
    ($($t:ty),*) => {$(
        impl From<$t> for Arg<'_> {
            #[allow(clippy::cast_precision_loss, clippy::cast_lossless)]
            fn from(value: $t) -> Self {
                Arg::Number(value as f64)
            }
        }
    )*};
}
number_args!(usize, u8, u16, u32, u64, i32, i64, f64);

/// The message `id` in the language of this run, with its arguments.
pub fn message(id: &str, args: &[(&str, Arg<'_>)]) -> String {
    message_in(lang(), id, args)
}

/// The message `id` in a given language: for texts whose language is fixed
/// by what they are, whatever the run speaks.
pub fn message_in(lang: Lang, id: &str, args: &[(&str, Arg<'_>)]) -> String {
    let bundle = bundle(lang);
    let Some(pattern) = bundle.get_message(id).and_then(|m| m.value()) else {
        // Tested not to happen; were it to, the id says which message.
        return id.to_owned();
    };
    let mut fluent_args = FluentArgs::with_capacity(args.len());
    for (name, value) in args {
        let value = match value {
            Arg::Text(text) => FluentValue::from(text.as_ref()),
            Arg::Number(n) => FluentValue::from(*n),
        };
        fluent_args.set(*name, value);
    }
    let mut errors = Vec::new();
    bundle
        .format_pattern(pattern, Some(&fluent_args), &mut errors)
        .into_owned()
}

/// Whether the catalogue of this run's language has the message `id`
/// (for texts that are optional, such as a command's long help).
pub fn has(id: &str) -> bool {
    has_in(lang(), id)
}

/// Whether a language's catalogue has the message `id`.
pub fn has_in(lang: Lang, id: &str) -> bool {
    bundle(lang).has_message(id)
}

/// The message named by a literal id, with named arguments:
/// `tr!("error-io", action = .., path = &path, cause = ..)`.
#[macro_export]
macro_rules! tr {
    ($id:literal) => {
        $crate::i18n::message($id, &[])
    };
    ($id:literal, $($name:ident = $value:expr),+ $(,)?) => {
        $crate::i18n::message(
            $id,
            &[$((stringify!($name), $crate::i18n::Arg::from($value))),+],
        )
    };
}

/// The message named by a literal id in a given language:
/// for a text whose language its document fixes (the Party's report is
/// written in Vietnamese whatever the run speaks).
#[macro_export]
macro_rules! tr_in {
    ($lang:expr, $id:literal) => {
        $crate::i18n::message_in($lang, $id, &[])
    };
    ($lang:expr, $id:literal, $($name:ident = $value:expr),+ $(,)?) => {
        $crate::i18n::message_in(
            $lang,
            $id,
            &[$((stringify!($name), $crate::i18n::Arg::from($value))),+],
        )
    };
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_environment_chooses_in_order() {
        let env = |pairs: &'static [(&'static str, &'static str)]| {
            move |name: &str| {
                pairs
                    .iter()
                    .find(|(n, _)| *n == name)
                    .map(|(_, v)| (*v).to_owned())
            }
        };
        assert_eq!(Lang::from_env(env(&[])), Lang::En);
        assert_eq!(Lang::from_env(env(&[("LANG", "vi_VN.UTF-8")])), Lang::Vi);
        assert_eq!(
            Lang::from_env(env(&[("LANG", "vi_VN.UTF-8"), ("LC_ALL", "C")])),
            Lang::En
        );
        assert_eq!(
            Lang::from_env(env(&[("LC_ALL", ""), ("LC_MESSAGES", "vi_VN")])),
            Lang::Vi
        );
        assert_eq!(
            Lang::from_env(env(&[("DVK_LANG", "en"), ("LC_ALL", "vi_VN.UTF-8")])),
            Lang::En
        );
        assert_eq!(Lang::from_env(env(&[("DVK_LANG", "vi")])), Lang::Vi);
    }

    #[test]
    fn counts_choose_the_plural_form() {
        let one = message_in(Lang::En, "n-errors", &[("count", Arg::from(1usize))]);
        let two = message_in(Lang::En, "n-errors", &[("count", Arg::from(2usize))]);
        assert_eq!((one.as_str(), two.as_str()), ("1 error", "2 errors"));
        let vi = message_in(Lang::Vi, "n-errors", &[("count", Arg::from(2usize))]);
        assert_eq!(vi, "2 lỗi");
    }
}
