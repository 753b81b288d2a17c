//! The lifecycle verbs: `propose`, `recognize`, `reject`, `commend`,
//! `replicate`, `stop`, `revoke`. Each appends one `[[event]]` to each
//! model it names; they share their options and this one `run`.

use anyhow::Result;
use clap::Args;

use chrono::Datelike;
use dvk::model::EventType;
use dvk::model::derived::AsOf;
use dvk::tr;
use dvk::write::lifecycle::{self, EventRequest};
use dvk::write::{evidence, from_sheet};

use super::args::{day, day_or};

use super::{Context, Exit, print_lines};

// What every verb takes: the models, the date and the decision.
#[derive(Debug, Args)]
pub(crate) struct EventArgs {
    #[arg(value_name = "ID")]
    ids: Vec<String>,
    #[arg(long = "where", value_name = "QUERY", allow_hyphen_values = true)]
    selection: Option<String>,
    #[arg(long, value_name = "FILE")]
    from: Option<std::path::PathBuf>,
    #[arg(long, value_name = "NAME", requires = "from")]
    sheet: Option<String>,
    #[arg(long, value_name = "DATE")]
    date: Option<String>,
    #[arg(long)]
    decision: Option<String>,
    #[arg(long)]
    authority: Option<String>,
    #[arg(long)]
    note: Option<String>,
    #[arg(long = "file", value_name = "PATH")]
    files: Vec<std::path::PathBuf>,
    #[arg(long)]
    dry_run: bool,
}

#[derive(Debug, Args)]
pub(crate) struct ProposeArgs {
    #[command(flatten)]
    common: EventArgs,
    #[arg(long)]
    level: String,
}

#[derive(Debug, Args)]
pub(crate) struct RecognizeArgs {
    #[command(flatten)]
    common: EventArgs,
    #[arg(long)]
    level: String,
    #[arg(long, value_name = "DATE")]
    until: Option<String>,
    #[arg(long, value_name = "N")]
    number: Option<String>,
}

#[derive(Debug, Args)]
pub(crate) struct RejectArgs {
    #[command(flatten)]
    common: EventArgs,
    #[arg(long)]
    level: Option<String>,
}

#[derive(Debug, Args)]
pub(crate) struct CommendArgs {
    #[command(flatten)]
    common: EventArgs,
    #[arg(long)]
    form: String,
    #[arg(long)]
    level: Option<String>,
    #[arg(long, value_name = "N")]
    number: Option<String>,
}

#[derive(Debug, Args)]
pub(crate) struct ReplicateArgs {
    #[command(flatten)]
    common: EventArgs,
    #[arg(long)]
    place: String,
}

#[derive(Debug, Args)]
pub(crate) struct StopArgs {
    #[command(flatten)]
    common: EventArgs,
}

#[derive(Debug, Args)]
pub(crate) struct RevokeArgs {
    #[command(flatten)]
    common: EventArgs,
    #[arg(long)]
    level: Option<String>,
}

/// One verb's request: the event type and the options only it has.
pub(crate) struct Verb<'a> {
    kind: EventType,
    common: &'a EventArgs,
    level: Option<&'a str>,
    form: Option<&'a str>,
    place: Option<&'a str>,
    until: Option<&'a str>,
    number: Option<&'a str>,
}

impl<'a> Verb<'a> {
    pub(crate) fn propose(a: &'a ProposeArgs) -> Self {
        Self::new(EventType::DeNghi, &a.common).level(Some(&a.level))
    }
    pub(crate) fn recognize(a: &'a RecognizeArgs) -> Self {
        let mut verb = Self::new(EventType::CongNhan, &a.common).level(Some(&a.level));
        verb.until = a.until.as_deref();
        verb.number = a.number.as_deref();
        verb
    }
    pub(crate) fn reject(a: &'a RejectArgs) -> Self {
        Self::new(EventType::KhongDat, &a.common).level(a.level.as_deref())
    }
    pub(crate) fn commend(a: &'a CommendArgs) -> Self {
        let mut verb = Self::new(EventType::KhenThuong, &a.common).level(a.level.as_deref());
        verb.form = Some(&a.form);
        verb.number = a.number.as_deref();
        verb
    }
    pub(crate) fn replicate(a: &'a ReplicateArgs) -> Self {
        let mut verb = Self::new(EventType::NhanRong, &a.common);
        verb.place = Some(&a.place);
        verb
    }
    pub(crate) fn stop(a: &'a StopArgs) -> Self {
        Self::new(EventType::Ngung, &a.common)
    }
    pub(crate) fn revoke(a: &'a RevokeArgs) -> Self {
        Self::new(EventType::ThuHoi, &a.common).level(a.level.as_deref())
    }

    fn new(kind: EventType, common: &'a EventArgs) -> Self {
        Self {
            kind,
            common,
            level: None,
            form: None,
            place: None,
            until: None,
            number: None,
        }
    }

    /// What the verb was told of the event.
    fn request(&self) -> Result<EventRequest<'a>> {
        Ok(EventRequest {
            level: self.level,
            form: self.form,
            place: self.place,
            decision: self.common.decision.as_deref(),
            authority: self.common.authority.as_deref(),
            until: self
                .until
                .map(|t| day("until", "2026-12-31", t))
                .transpose()?,
            number: self.number,
            note: self.common.note.as_deref(),
        })
    }

    fn level(mut self, level: Option<&'a str>) -> Self {
        self.level = level;
        self
    }
}

impl EventArgs {
    /// The ids given, then the models the rows of `--from` name.
    fn named(&self, register: &dvk::read::register::Register) -> Result<Vec<String>> {
        let mut named = self.ids.clone();
        if let Some(from) = &self.from {
            named.extend(from_sheet::ids(register, from, self.sheet.as_deref())?);
        }
        Ok(named)
    }
}

pub(crate) fn run(ctx: &Context, verb: &Verb<'_>) -> Result<Exit> {
    let args = verb.common;
    let workspace = ctx.load_for_writing()?;
    let register = &workspace.registers[0];
    let date = day_or("date", "2020-06-18", args.date.as_deref(), ctx.today)?;
    let mut event = lifecycle::build_event(
        verb.kind,
        date,
        &verb.request()?,
        &register.settings.taxonomy,
    )?;
    let evidence = evidence::plan(&register.root, date.year(), &args.files)?;
    event.files = evidence.iter().map(|e| e.rel.clone()).collect();
    let as_of = ctx.given_as_of.unwrap_or(AsOf::date(date));
    let named = args.named(register)?;
    let ids = lifecycle::targets(&workspace, &named, args.selection.as_deref(), &as_of)?;
    if ids.is_empty() {
        ctx.note(&tr!("lifecycle-none-matches"));
        return Ok(Exit::Done);
    }
    let table = lifecycle::event_table(&event);
    let edits = lifecycle::plan(register, &ids, |_| table.clone())?;
    if let Some(warning) = lifecycle::warning(&event) {
        ctx.note(&warning);
    }
    if args.dry_run {
        lifecycle::write_preview(&edits, &mut std::io::stdout().lock())?;
        ctx.note(&tr!("lifecycle-dry-run", count = edits.len()));
        return Ok(Exit::Done);
    }
    let staged = evidence::stage(&register.root, &evidence)?;
    lifecycle::apply_with_evidence(&edits, staged)?;
    print_lines(edits.iter().map(|edit| &edit.id))?;
    ctx.note(&tr!(
        "lifecycle-recorded",
        code = verb.kind.code(),
        count = edits.len()
    ));
    Ok(Exit::Done)
}
