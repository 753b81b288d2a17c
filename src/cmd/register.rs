//! `dvk register`: a new model; prints its id alone on stdout.

use std::io::{BufRead, IsTerminal, Write};

use anyhow::{Result, anyhow, bail};
use clap::Args;

use dvk::model::date::Date;
use dvk::model::taxonomy::{CodeList, Taxonomy};
use dvk::tr;
use dvk::write::registration::{self, Draft};

use super::args::{day, day_or};
use super::{Context, Exit};

#[derive(Debug, Args)]
pub(crate) struct RegisterArgs {
    #[arg(long)]
    name: Option<String>,
    #[arg(long)]
    unit: Option<String>,
    #[arg(long)]
    subject: Option<String>,
    #[arg(long)]
    field: Option<String>,
    #[arg(long)]
    level: Option<String>,
    #[arg(long, value_name = "DATE")]
    registered: Option<String>,
    #[arg(long)]
    kind: Option<String>,
    #[arg(long)]
    phase: Option<String>,
    #[arg(long, value_name = "DATE")]
    started: Option<String>,
    #[arg(long)]
    province: Option<String>,
    #[arg(long)]
    district: Option<String>,
    #[arg(long)]
    commune: Option<String>,
    #[arg(long = "set", value_name = "KEY=VALUE")]
    set: Vec<String>,
    #[arg(long)]
    id: Option<String>,
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

pub(crate) fn run(ctx: &Context, mut args: RegisterArgs) -> Result<Exit> {
    let workspace = ctx.load_for_writing()?;
    let register = &workspace.registers[0];
    let taxonomy = &register.settings.taxonomy;
    if std::io::stdin().is_terminal() && std::io::stderr().is_terminal() {
        ask_missing(&mut args, taxonomy)?;
    }
    let registration = draft(args, ctx.today)?
        .validate(taxonomy)
        .map_err(|problems| anyhow!(tr!("register-problems", problems = problems.join("\n"))))?;
    let id = registration::create(register, &registration)?;
    writeln!(std::io::stdout(), "{id}")?;
    let path = dvk::fs::layout::shown(&register.root, &registration.path(&id));
    ctx.note(&tr!("register-done", path = &path));
    Ok(Exit::Done)
}

/// Asks for each required key the arguments lack (on a terminal).
fn ask_missing(args: &mut RegisterArgs, taxonomy: &Taxonomy) -> Result<()> {
    if args.name.is_none() {
        args.name = Some(ask(&tr!("register-prompt-name"))?);
    }
    if args.unit.is_none() {
        args.unit = Some(ask(&tr!("register-prompt-unit"))?);
    }
    if args.subject.is_none() {
        args.subject = Some(ask_code(
            &tr!("register-prompt-subject"),
            &taxonomy.subjects,
        )?);
    }
    if args.field.is_none() {
        args.field = Some(ask_code(&tr!("register-prompt-field"), &taxonomy.fields)?);
    }
    if args.level.is_none() {
        args.level = Some(ask_code(&tr!("register-prompt-level"), &taxonomy.levels)?);
    }
    // The register's own keys, each optional: an empty answer leaves it out.
    for key in &taxonomy.custom {
        let given = args
            .set
            .iter()
            .any(|s| s.split_once('=').is_some_and(|(k, _)| k.trim() == key.code));
        if given {
            continue;
        }
        let kind = match key.codes() {
            Some(list) => list.choices(),
            None => key.kind.name().to_owned(),
        };
        let answer = ask(&tr!(
            "register-prompt-custom",
            label = &key.label,
            code = &key.code,
            kind = kind
        ))?;
        if !answer.is_empty() {
            args.set.push(format!("{}={answer}", key.code));
        }
    }
    Ok(())
}

/// The arguments as a draft to validate: every required key given, days
/// parsed, `registered` today unless given.
fn draft(args: RegisterArgs, today: Date) -> Result<Draft> {
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
        bail!(tr!("register-missing", flags = missing.join(", ")));
    }
    let registered = args.registered.as_deref();
    let started = args.started.as_deref();
    Ok(Draft {
        name: args.name.unwrap_or_default(),
        unit: args.unit.unwrap_or_default(),
        subject: args.subject.unwrap_or_default(),
        field: args.field.unwrap_or_default(),
        level: args.level.unwrap_or_default(),
        registered: day_or("registered", "2019-03-15", registered, today)?,
        kind: args.kind,
        phase: args.phase,
        started: started
            .map(|t| day("started", "2019-03-15", t))
            .transpose()?,
        province: args.province,
        district: args.district,
        commune: args.commune,
        summary: None,
        id: args.id,
        custom: args
            .set
            .iter()
            .map(|set| {
                set.split_once('=')
                    .map(|(k, v)| (k.trim().to_owned(), v.to_owned()))
                    .ok_or_else(|| anyhow!(tr!("register-set-form", set = set)))
            })
            .collect::<Result<_>>()?,
    })
}
