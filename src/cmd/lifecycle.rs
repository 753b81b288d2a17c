//! The lifecycle verbs: `propose`, `recognize`, `reject`, `commend`,
//! `replicate`, `stop`, `revoke`. Each appends one `[[event]]` to each
//! model it names; they share their options and this one `run`.

use anyhow::Result;
use clap::Args;

use chrono::Datelike;
use dvk::model::EventType;
use dvk::model::derived::AsOf;
use dvk::text::plural;
use dvk::write::lifecycle::{self, EventRequest};
use dvk::write::{evidence, from_sheet};

use super::args::{day, day_or};

use super::{Context, Exit, print_lines};

/// What every verb takes: the models, the date and the decision.
#[derive(Debug, Args)]
pub(crate) struct EventArgs {
    /// The models' ids
    #[arg(value_name = "ID")]
    ids: Vec<String>,
    /// Also every model matching this query (as of --as-of, else the date)
    #[arg(long = "where", value_name = "QUERY", allow_hyphen_values = true)]
    selection: Option<String>,
    /// Also every model a spreadsheet names (a decision's annex, .csv,
    /// .xlsx, .ods): by a column `id` (Mã), or `name` (Tên mô hình) and
    /// `unit` (Đơn vị thực hiện) together; all rows or nothing
    #[arg(long, value_name = "FILE")]
    from: Option<std::path::PathBuf>,
    /// The sheet of --from's workbook [default: the first]
    #[arg(long, value_name = "NAME", requires = "from")]
    sheet: Option<String>,
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
    /// Evidence (a decision, minutes...): copied to ho-so/<year of --date>/
    /// and named by the event; repeatable; at most 50 MiB a file
    #[arg(long = "file", value_name = "PATH")]
    files: Vec<std::path::PathBuf>,
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
    /// The last day the recognition holds (công nhận đến) [default: the
    /// term of dvk.toml's [recognition], else until revoked or stopped]
    #[arg(long, value_name = "DATE")]
    until: Option<String>,
    /// The certificate's number (số giấy chứng nhận)
    #[arg(long, value_name = "N")]
    number: Option<String>,
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
    /// The certificate's number (số bằng khen, giấy khen)
    #[arg(long, value_name = "N")]
    number: Option<String>,
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
        ctx.note("no model matches --where; nothing was written");
        return Ok(Exit::Done);
    }
    let table = lifecycle::event_table(&event);
    let edits = lifecycle::plan(register, &ids, |_| table.clone())?;
    if let Some(warning) = lifecycle::warning(&event) {
        ctx.note(&warning);
    }
    if args.dry_run {
        lifecycle::write_preview(&edits, &mut std::io::stdout().lock())?;
        let files = edits.len();
        ctx.note(&format!(
            "{files} file(s) would change; nothing was written"
        ));
        return Ok(Exit::Done);
    }
    let staged = evidence::stage(&register.root, &evidence)?;
    lifecycle::apply_with_evidence(&edits, staged)?;
    print_lines(edits.iter().map(|edit| &edit.id))?;
    let models = plural(edits.len(), "model");
    ctx.note(&format!("recorded `{}` for {models}", verb.kind.code()));
    Ok(Exit::Done)
}
