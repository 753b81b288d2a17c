//! The lifecycle verbs: `propose`, `recognize`, `reject`, `commend`,
//! `replicate`, `stop`, `revoke`. Each appends one `[[event]]` to each
//! model it names; they share their options and this one `run`.

use std::io::Write;

use anyhow::{Result, anyhow, bail};
use clap::Args;

use dvk::model::date::{self, Date};
use dvk::model::derived::AsOf;
use dvk::model::{Event, EventType};
use dvk::query::Query;
use dvk::query::key::Mode;
use dvk::write::lifecycle;

use super::{Context, Outcome};

/// What every verb takes: the models, the date and the decision.
#[derive(Debug, Args)]
pub(crate) struct EventArgs {
    /// The models' ids
    #[arg(value_name = "ID")]
    ids: Vec<String>,
    /// Also every model matching this query (as of --as-of, else the date)
    #[arg(long = "where", value_name = "QUERY", allow_hyphen_values = true)]
    selection: Option<String>,
    /// The day of the decision [default: today]
    #[arg(long, value_name = "DATE")]
    date: Option<String>,
    /// The decision's number (số quyết định), e.g. 123-QĐ/HU
    #[arg(long)]
    decision: Option<String>,
    /// Who decided (cơ quan), e.g. "Ban Thường vụ Huyện ủy"
    #[arg(long)]
    authority: Option<String>,
    /// A note
    #[arg(long)]
    note: Option<String>,
    /// Show what would be appended; write nothing
    #[arg(long)]
    dry_run: bool,
}

/// Propose models to a level for recognition (đề nghị công nhận).
///
/// Example: dvk propose 2019-quang-tan-xay-dung-vuon-mau --level huyen --date 2020-03-10
#[derive(Debug, Args)]
pub(crate) struct ProposeArgs {
    #[command(flatten)]
    common: EventArgs,
    /// The level proposed to (cấp)
    #[arg(long)]
    level: String,
}

/// Record a recognition (công nhận) at a level; one decision often
/// recognises many models.
///
/// Example: dvk recognize --where "proposed:huyen status:de_nghi" --level huyen \
///   --date 2020-06-18 --decision 123-QĐ/HU --authority "Ban Thường vụ Huyện ủy"
#[derive(Debug, Args)]
pub(crate) struct RecognizeArgs {
    #[command(flatten)]
    common: EventArgs,
    /// The level recognised at (cấp)
    #[arg(long)]
    level: String,
}

/// Record that an appraisal did not recognise models (không đạt).
///
/// Example: dvk reject 2023-ham-liem-chinh-trang --level tinh --date 2024-11-05
#[derive(Debug, Args)]
pub(crate) struct RejectArgs {
    #[command(flatten)]
    common: EventArgs,
    /// The level that appraised (cấp)
    #[arg(long)]
    level: Option<String>,
}

/// Record a commendation (khen thưởng): Bằng khen, Giấy khen, biểu dương.
///
/// Example: dvk commend 2019-quang-tan-xay-dung-vuon-mau --form giay_khen --level huyen
#[derive(Debug, Args)]
pub(crate) struct CommendArgs {
    #[command(flatten)]
    common: EventArgs,
    /// The form (hình thức): a code or label of [forms]
    #[arg(long)]
    form: String,
    /// The level of the authority (cấp)
    #[arg(long)]
    level: Option<String>,
}

/// Record a replication (nhân rộng) of models to another place.
///
/// Example: dvk replicate 2019-quang-tan-xay-dung-vuon-mau --place "xã Dực Yên"
#[derive(Debug, Args)]
pub(crate) struct ReplicateArgs {
    #[command(flatten)]
    common: EventArgs,
    /// Where it was replicated (nơi nhân rộng)
    #[arg(long)]
    place: String,
}

/// Record that models were discontinued (ngừng), e.g. at the annual review.
///
/// Example: dvk stop 2018-cong-an-huyen-dam-ha-nang-cao --date 2024-12-20
#[derive(Debug, Args)]
pub(crate) struct StopArgs {
    #[command(flatten)]
    common: EventArgs,
}

/// Record that a recognition was revoked (thu hồi); without --level every
/// recognition of the model is revoked.
///
/// Example: dvk revoke 2016-an-thang-phong-chong --level huyen --decision 45-QĐ/HU
#[derive(Debug, Args)]
pub(crate) struct RevokeArgs {
    #[command(flatten)]
    common: EventArgs,
    /// The level whose recognition is revoked
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
}

impl<'a> Verb<'a> {
    pub(crate) fn propose(a: &'a ProposeArgs) -> Self {
        Self::new(EventType::DeNghi, &a.common).level(Some(&a.level))
    }
    pub(crate) fn recognize(a: &'a RecognizeArgs) -> Self {
        Self::new(EventType::CongNhan, &a.common).level(Some(&a.level))
    }
    pub(crate) fn reject(a: &'a RejectArgs) -> Self {
        Self::new(EventType::KhongDat, &a.common).level(a.level.as_deref())
    }
    pub(crate) fn commend(a: &'a CommendArgs) -> Self {
        let mut verb = Self::new(EventType::KhenThuong, &a.common).level(a.level.as_deref());
        verb.form = Some(&a.form);
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
        }
    }

    fn level(mut self, level: Option<&'a str>) -> Self {
        self.level = level;
        self
    }
}

fn day(text: &str) -> Result<Date> {
    date::parse(text.trim())
        .ok_or_else(|| anyhow!("--date takes a day like 2020-06-18, not `{text}`"))
        .and_then(|d| date::given("date", d).map_err(anyhow::Error::msg))
}

fn non_empty(text: Option<&String>) -> Option<String> {
    text.map(|t| t.trim().to_owned()).filter(|t| !t.is_empty())
}

pub(crate) fn run(ctx: &Context, verb: &Verb<'_>) -> Result<Outcome> {
    let args = verb.common;
    let workspace = ctx.load_for_writing()?;
    let register = &workspace.registers[0];
    let taxonomy = &register.settings.taxonomy;
    let date = args
        .date
        .as_deref()
        .map(day)
        .transpose()?
        .unwrap_or(ctx.today);
    let mut event = Event::new(date, verb.kind);
    event.level = verb
        .level
        .map(|l| {
            taxonomy
                .levels
                .resolve(l)
                .map(str::to_owned)
                .ok_or_else(|| anyhow!("--level: {}", taxonomy.levels.unknown(l)))
        })
        .transpose()?;
    event.form = verb
        .form
        .map(|f| {
            taxonomy
                .forms
                .resolve(f)
                .map(str::to_owned)
                .ok_or_else(|| anyhow!("--form: {}", taxonomy.forms.unknown(f)))
        })
        .transpose()?;
    event.place = verb
        .place
        .map(str::to_owned)
        .filter(|p| !p.trim().is_empty());
    event.decision = non_empty(args.decision.as_ref());
    event.authority = non_empty(args.authority.as_ref());
    event.note = non_empty(args.note.as_ref());
    lifecycle::check_event(&event)?;

    let mut ids = args.ids.clone();
    if let Some(text) = &args.selection {
        let query = Query::parse(text, Mode::Models, taxonomy)?;
        let as_of = ctx.given_as_of.unwrap_or(AsOf::date(date));
        ids.extend(
            workspace
                .select(&query, &as_of)
                .iter()
                .map(|s| s.model.id.clone()),
        );
    } else if ids.is_empty() {
        bail!("name the models: give their ids, or --where QUERY");
    }
    if ids.is_empty() {
        ctx.note("no model matches --where; nothing was written");
        return Ok(Outcome::Done);
    }
    let table = lifecycle::event_table(&event);
    let edits = lifecycle::plan(register, &ids, |_| table.clone())?;
    if event.level.as_deref() == Some("huyen") && date >= dvk::read::model::district_abolished() {
        ctx.note("warning: the district level (huyen) no longer exists from 2025-07-01");
    }
    let mut out = std::io::stdout().lock();
    if args.dry_run {
        for edit in &edits {
            writeln!(out, "# {}\n{}", edit.shown.display(), edit.table)?;
        }
        ctx.note(&format!(
            "{} file(s) would change; nothing was written",
            edits.len()
        ));
        return Ok(Outcome::Done);
    }
    lifecycle::apply(&edits)?;
    for edit in &edits {
        writeln!(out, "{}", edit.id)?;
    }
    ctx.note(&format!(
        "recorded `{}` for {} model{}",
        verb.kind.code(),
        edits.len(),
        if edits.len() == 1 { "" } else { "s" }
    ));
    Ok(Outcome::Done)
}
