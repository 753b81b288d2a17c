//! The global options, resolved once: which registers, as of which date,
//! in which format, with or without colour.

use std::io::{IsTerminal, Write};
use std::path::PathBuf;

use anyhow::{Result, bail};
use clap::{Args, ValueEnum};

use dvk::model::Phase;
use dvk::model::date::{self, Date};
use dvk::model::derived::AsOf;
use dvk::model::taxonomy::Taxonomy;
use dvk::query::Query;
use dvk::query::key::Mode;
use dvk::read::workspace::Workspace;
use dvk::render::report::{Finished, Options, write_report};
use dvk::render::{Format, Style};
use dvk::reports::report::Report;
use dvk::select::{HoldAll, HoldSelected, Scan, Selection, Sink};
use dvk::tr;

#[derive(Debug, Args)]
pub(crate) struct GlobalArgs {
    #[arg(short = 'C', long = "register", value_name = "DIR", global = true)]
    register: Vec<PathBuf>,
    #[arg(long, value_name = "DATE", global = true, conflicts_with_all = ["year", "phase"])]
    as_of: Option<String>,
    #[arg(long, value_name = "Y", global = true, conflicts_with = "phase")]
    year: Option<i32>,
    #[arg(long, value_name = "A-B", global = true)]
    phase: Option<String>,
    #[arg(long, value_enum, global = true)]
    format: Option<FormatArg>,
    #[arg(long, value_enum, value_name = "WHEN", global = true, default_value_t = ColorArg::Auto)]
    color: ColorArg,
    #[arg(short, long, global = true)]
    quiet: bool,
    // Read before the arguments are parsed (cmd::language), so that the
    // help and the usage errors speak it too; here for --help and checks.
    #[arg(long, value_name = "LANG", global = true, value_parser = ["vi", "en"])]
    lang: Option<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub(crate) enum FormatArg {
    Table,
    Csv,
    Json,
    /// A workbook: only `export` takes it (its own `--format` shadows this
    /// one), so the global option does not offer it.
    #[value(skip)]
    Xlsx,
    /// A Word document: only `annex` takes it, likewise.
    #[value(skip)]
    Docx,
    /// A `SQLite` database: only `export` takes it, likewise.
    #[value(skip)]
    Sqlite,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub(crate) enum ColorArg {
    Auto,
    Always,
    Never,
}

fn colour(choice: ColorArg, terminal: bool) -> bool {
    match choice {
        ColorArg::Always => true,
        ColorArg::Never => false,
        ColorArg::Auto => terminal && std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty()),
    }
}

pub(crate) struct Context {
    /// The registers named by -C or `DVK_REGISTER`; empty: discover.
    pub(crate) registers: Vec<PathBuf>,
    pub(crate) as_of: AsOf,
    /// The date of --as-of, --year or --phase, when one was given.
    pub(crate) given_as_of: Option<AsOf>,
    /// Today, or `DVK_TODAY`: the default for event dates.
    pub(crate) today: Date,
    format: Option<Format>,
    pub(crate) quiet: bool,
    /// Colour on stdout.
    pub(crate) color: bool,
    pub(crate) stdout_terminal: bool,
}

impl Context {
    pub(crate) fn new(args: &GlobalArgs) -> Result<Self> {
        let today = today()?;
        let as_of = if let Some(text) = &args.as_of {
            AsOf::date(super::args::day("as-of", "2025-06-30", text)?)
        } else if let Some(year) = args.year {
            let Some(date) = date::end_of_year(year)
                .filter(|_| (date::FIRST_YEAR..=date::LAST_YEAR).contains(&year))
            else {
                bail!(tr!(
                    "context-year-range",
                    first = date::FIRST_YEAR.to_string(),
                    last = date::LAST_YEAR.to_string(),
                    year = year.to_string()
                ));
            };
            AsOf {
                date,
                first_sum_year: Some(year),
            }
        } else if let Some(text) = &args.phase {
            let Some(phase) = Phase::parse(text) else {
                bail!(tr!("context-phase-form", text = text));
            };
            AsOf {
                date: date::end_of_year(phase.last).unwrap_or(today),
                first_sum_year: Some(phase.first),
            }
        } else {
            AsOf::date(today)
        };
        let registers = if args.register.is_empty() {
            std::env::var_os("DVK_REGISTER")
                .filter(|v| !v.is_empty())
                .map(|v| vec![PathBuf::from(v)])
                .unwrap_or_default()
        } else {
            args.register.clone()
        };
        let stdout_terminal = std::io::stdout().is_terminal();
        Ok(Self {
            registers,
            as_of,
            given_as_of: (args.as_of.is_some() || args.year.is_some() || args.phase.is_some())
                .then_some(as_of),
            today,
            format: args.format.and_then(|f| match f {
                FormatArg::Table => Some(Format::Table),
                FormatArg::Csv => Some(Format::Csv),
                FormatArg::Json => Some(Format::Json),
                FormatArg::Xlsx | FormatArg::Docx | FormatArg::Sqlite => None,
            }),
            quiet: args.quiet,
            color: colour(args.color, stdout_terminal),
            stdout_terminal,
        })
    }

    /// The registers, loaded and free of errors.
    pub(crate) fn load(&self) -> Result<Workspace> {
        self.scan(tr!("context-progress-reading"), &mut HoldAll)
    }

    /// The registers, loaded and free of errors, holding only the models
    /// that the query selects (or, in events mode, whose events it
    /// selects) as of the date: `list` and `export` of a few models of a
    /// large register hold those few.
    pub(crate) fn load_matching(
        &self,
        query: &Query,
        mode: Mode,
        taxonomy: &Taxonomy,
    ) -> Result<Workspace> {
        let selection = Selection {
            query,
            mode,
            as_of: &self.as_of,
        };
        self.scan(
            tr!("context-progress-reading"),
            &mut HoldSelected {
                selection,
                taxonomy,
            },
        )
    }

    /// The one way into the data: the registers read a chunk at a time
    /// into `sink`, with a progress bar saying `verb`, and refused when
    /// they have errors.
    pub(crate) fn scan(&self, verb: String, sink: &mut dyn Sink) -> Result<Workspace> {
        self.scan_with(verb, true, sink)
    }

    /// As `scan`, keeping a broken register's problems instead of refusing
    /// it: `check`.
    pub(crate) fn scan_with(
        &self,
        verb: String,
        refuse_broken: bool,
        sink: &mut dyn Sink,
    ) -> Result<Workspace> {
        let mut progress = self.progress(verb);
        let how = Scan {
            use_cache: dvk::read::cache::enabled(),
            refuse_broken,
        };
        let scanned = dvk::select::scan(
            &self.registers,
            how,
            &mut |done, total| progress.update(done, total),
            sink,
        );
        progress.finish();
        Ok(scanned?)
    }

    /// A progress bar on stderr, drawn only on a terminal, without
    /// `--quiet`, and for more than a few thousand models.
    pub(crate) fn progress(&self, verb: String) -> Progress {
        Progress {
            bar: None,
            enabled: self.draws_bars(),
            verb,
        }
    }

    /// Whether bars are drawn: on a terminal, without `--quiet`.
    fn draws_bars(&self) -> bool {
        !self.quiet && std::io::stderr().is_terminal()
    }

    /// A bar for `total` models handled one at a time from any thread
    /// (`inc`), drawn as `progress` draws its bar, from `from` models on;
    /// hidden otherwise.
    pub(crate) fn counter(
        &self,
        verb: String,
        total: usize,
        from: usize,
    ) -> indicatif::ProgressBar {
        if !self.draws_bars() || total < from {
            indicatif::ProgressBar::hidden()
        } else {
            bar(verb, total)
        }
    }

    /// The one register a command that writes works on.
    pub(crate) fn load_for_writing(&self) -> Result<Workspace> {
        if self.registers.len() > 1 {
            bail!(tr!("context-one-register"));
        }
        let workspace = Workspace::load_for_writing(self.registers.first().map(PathBuf::as_path))?;
        workspace.require_clean()?;
        Ok(workspace)
    }

    pub(crate) fn format(&self) -> Format {
        self.format.unwrap_or(if self.stdout_terminal {
            Format::Table
        } else {
            Format::Csv
        })
    }

    /// The format asked for with `--format`, if any.
    pub(crate) fn format_given(&self) -> Option<Format> {
        self.format
    }

    pub(crate) fn style(&self) -> Style {
        Style {
            color: self.color,
            width: if self.stdout_terminal {
                terminal_width()
            } else {
                None
            },
        }
    }

    /// Shows a command's report on stdout in the format asked, and its
    /// note on stderr under a terminal table.
    pub(crate) fn show(&self, report: Report) -> Result<()> {
        self.show_with(report, Options::default())
    }

    /// Shows what a scan gathered, as `show`.
    pub(crate) fn show_finished(&self, finished: Finished) -> Result<()> {
        let mut out = std::io::stdout().lock();
        let note = finished.write(self.format(), self.style(), &mut out)?;
        drop(out);
        if let Some(note) = note {
            self.note(&note);
        }
        Ok(())
    }

    pub(crate) fn show_with(&self, report: Report, options: Options) -> Result<()> {
        let mut out = std::io::stdout().lock();
        let note = write_report(report, self.format(), self.style(), options, &mut out)?;
        drop(out);
        if let Some(note) = note {
            self.note(&note);
        }
        Ok(())
    }

    /// A note for the person at the terminal, on stderr unless --quiet.
    pub(crate) fn note(&self, message: &str) {
        if !self.quiet {
            // A note may quote a file (a sheet's header, a name): escaped
            // as every message is.
            let message = dvk::text::printable(message);
            let _ = writeln!(std::io::stderr(), "{message}");
        }
    }
}

/// Lines of the answer on stdout: ids recorded, files written.
pub(crate) fn print_lines<T: std::fmt::Display>(lines: impl IntoIterator<Item = T>) -> Result<()> {
    let mut out = std::io::stdout().lock();
    for line in lines {
        writeln!(out, "{line}")?;
    }
    Ok(())
}

/// Problems that stop a command, one a line on stderr (even with
/// --quiet), before the error that sums them up.
pub(crate) fn print_problems<T: std::fmt::Display>(
    lines: impl IntoIterator<Item = T>,
) -> Result<()> {
    let mut err = std::io::stderr().lock();
    for line in lines {
        // A problem may quote a file (a cell of a sheet): escaped as every
        // message is.
        writeln!(err, "{}", dvk::text::printable(&line.to_string()))?;
    }
    Ok(())
}

fn terminal_width() -> Option<u16> {
    std::env::var("COLUMNS")
        .ok()
        .and_then(|c| c.parse().ok())
        .or_else(|| comfy_table::Table::new().width())
}

/// Today, or the day `DVK_TODAY` names (for reproducing a past run).
fn today() -> Result<Date> {
    match std::env::var("DVK_TODAY") {
        Ok(text) if !text.is_empty() => match date::parse(&text) {
            Some(d) => Ok(d),
            None => bail!(tr!("context-today", text = &text)),
        },
        _ => Ok(chrono::Local::now().date_naive()),
    }
}

pub(crate) fn print_error(error: &anyhow::Error, args: &GlobalArgs) {
    let color = colour(args.color, std::io::stderr().is_terminal());
    let label = tr!("context-error");
    let label = if color {
        format!("\x1b[1;31m{label}\x1b[0m")
    } else {
        label
    };
    // An error may quote a file (a label of dvk.toml, say).
    let message = format!("{error:#}");
    let message = dvk::text::printable(&message);
    let _ = writeln!(std::io::stderr(), "{label}: {message}");
}

/// How many models make a bar worth drawing.
const PROGRESS_FROM: usize = 3000;

/// The bar every command draws: `verb`, the bar, how many of `total`
/// models, and the time left.
fn bar(verb: String, total: usize) -> indicatif::ProgressBar {
    let bar = indicatif::ProgressBar::with_draw_target(
        Some(total as u64),
        indicatif::ProgressDrawTarget::stderr(),
    );
    bar.set_style(
        indicatif::ProgressStyle::with_template(&format!(
            "{{msg}} {{bar:40}} {{pos}}/{{len}} {} ({{eta}})",
            tr!("context-progress-models")
        ))
        .unwrap_or_else(|_| indicatif::ProgressStyle::default_bar()),
    );
    bar.set_message(verb);
    bar
}

/// A progress bar for reading or writing many models.
pub(crate) struct Progress {
    bar: Option<indicatif::ProgressBar>,
    enabled: bool,
    verb: String,
}

impl Progress {
    /// `done` of `total` models so far.
    pub(crate) fn update(&mut self, done: usize, total: usize) {
        if !self.enabled || total < PROGRESS_FROM {
            return;
        }
        let bar = self
            .bar
            .get_or_insert_with(|| bar(self.verb.clone(), total));
        bar.set_length(total as u64);
        bar.set_position(done as u64);
    }

    /// Clears the bar: results follow on stdout, errors on stderr.
    pub(crate) fn finish(self) {
        if let Some(bar) = self.bar {
            bar.finish_and_clear();
        }
    }
}
