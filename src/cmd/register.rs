//! `dvk register`: a new model; prints its id alone on stdout.

use std::io::{BufRead, IsTerminal, Write};

use anyhow::{Result, anyhow, bail};
use clap::Args;

use dvk::model::date::{self, Date};
use dvk::model::taxonomy::CodeList;
use dvk::write::registration::{self, Draft};

use super::{Context, Outcome};

/// Register a model (đăng ký mô hình): writes models/<year>/<id>.toml and
/// prints the new id. On a terminal it asks for what is missing.
///
/// Example:
///   dvk register --name "Xây dựng vườn mẫu" --unit "Hội Nông dân xã Quảng Tân" \
///     --subject tap_the --field "Kinh tế" --level xa --commune "Quảng Tân"
#[derive(Debug, Args)]
pub(crate) struct RegisterArgs {
    /// The model's name (tên mô hình)
    #[arg(long)]
    name: Option<String>,
    /// The unit or person carrying it out (đơn vị / cá nhân)
    #[arg(long)]
    unit: Option<String>,
    /// tap_the (collective) or ca_nhan (individual), or their labels
    #[arg(long)]
    subject: Option<String>,
    /// Field (lĩnh vực): a code or label of dvk.toml's [fields]
    #[arg(long)]
    field: Option<String>,
    /// Level registered at (cấp): a code or label of [levels]
    #[arg(long)]
    level: Option<String>,
    /// Date of registration (ngày đăng ký) [default: today]
    #[arg(long, value_name = "DATE")]
    registered: Option<String>,
    /// mo_hinh (model) or dien_hinh (exemplar) [default: mo_hinh]
    #[arg(long)]
    kind: Option<String>,
    /// Phase (giai đoạn), e.g. 2021-2025
    #[arg(long)]
    phase: Option<String>,
    /// Date implementation began (ngày bắt đầu)
    #[arg(long, value_name = "DATE")]
    started: Option<String>,
    /// Province (tỉnh)
    #[arg(long)]
    province: Option<String>,
    /// District (huyện; historical, before 2025-07-01)
    #[arg(long)]
    district: Option<String>,
    /// Commune (xã)
    #[arg(long)]
    commune: Option<String>,
    /// The id to use instead of one made from year, commune and name
    #[arg(long)]
    id: Option<String>,
}

fn day(flag: &str, text: &str) -> Result<Date> {
    date::parse(text.trim())
        .ok_or_else(|| anyhow!("--{flag} takes a day like 2019-03-15, not `{text}`"))
        .and_then(|d| date::given(flag, d).map_err(anyhow::Error::msg))
}

/// Asks on stderr, reads a line from stdin.
fn ask(question: &str) -> Result<String> {
    let mut err = std::io::stderr();
    write!(err, "{question}: ")?;
    err.flush()?;
    let mut line = String::new();
    std::io::stdin().lock().read_line(&mut line)?;
    Ok(line.trim().to_owned())
}

fn ask_code(question: &str, list: &CodeList) -> Result<String> {
    ask(&format!("{question} ({})", list.choices()))
}

pub(crate) fn run(ctx: &Context, mut args: RegisterArgs) -> Result<Outcome> {
    let workspace = ctx.load_for_writing()?;
    let register = &workspace.registers[0];
    let taxonomy = &register.settings.taxonomy;
    if std::io::stdin().is_terminal() && std::io::stderr().is_terminal() {
        if args.name.is_none() {
            args.name = Some(ask("Tên mô hình (name)")?);
        }
        if args.unit.is_none() {
            args.unit = Some(ask("Đơn vị thực hiện (unit)")?);
        }
        if args.subject.is_none() {
            args.subject = Some(ask_code("Đối tượng (subject)", &taxonomy.subjects)?);
        }
        if args.field.is_none() {
            args.field = Some(ask_code("Lĩnh vực (field)", &taxonomy.fields)?);
        }
        if args.level.is_none() {
            args.level = Some(ask_code("Cấp (level)", &taxonomy.levels)?);
        }
    }
    let missing: Vec<&str> = [
        ("--name", &args.name),
        ("--unit", &args.unit),
        ("--subject", &args.subject),
        ("--field", &args.field),
        ("--level", &args.level),
    ]
    .into_iter()
    .filter(|(_, v)| v.is_none())
    .map(|(flag, _)| flag)
    .collect();
    if !missing.is_empty() {
        bail!("missing {}; nothing was written", missing.join(", "));
    }
    let draft = Draft {
        name: args.name.unwrap_or_default(),
        unit: args.unit.unwrap_or_default(),
        subject: args.subject.unwrap_or_default(),
        field: args.field.unwrap_or_default(),
        level: args.level.unwrap_or_default(),
        registered: args
            .registered
            .as_deref()
            .map(|t| day("registered", t))
            .transpose()?
            .unwrap_or(ctx.today),
        kind: args.kind,
        phase: args.phase,
        started: args
            .started
            .as_deref()
            .map(|t| day("started", t))
            .transpose()?,
        province: args.province,
        district: args.district,
        commune: args.commune,
        summary: None,
        id: args.id,
    };
    let registration = draft
        .validate(taxonomy)
        .map_err(|problems| anyhow!("{}\nnothing was written", problems.join("\n")))?;
    let id = registration::create(register, &registration)?;
    writeln!(std::io::stdout(), "{id}")?;
    ctx.note(&format!(
        "registered {}",
        dvk::fs::layout::shown(&register.root, &registration.path(&id)).display()
    ));
    Ok(Outcome::Done)
}
