//! `dvk serve`: the read-only web view, on loopback unless told otherwise.

use std::net::{IpAddr, Ipv4Addr, SocketAddr};

use anyhow::Result;
use clap::Args;

use dvk::tr;
use dvk::web::{Config, Server};

use super::{Context, Exit, print_lines};

#[derive(Debug, Args)]
pub(crate) struct ServeArgs {
    #[arg(
        long,
        value_name = "ADDR",
        default_value_t = IpAddr::V4(Ipv4Addr::LOCALHOST),
        value_parser = address
    )]
    bind: IpAddr,
    #[arg(long, value_name = "N", default_value_t = 8080)]
    port: u16,
}

/// An IP address, refused in the language of the run (the standard
/// library's own words are English).
fn address(text: &str) -> Result<IpAddr, String> {
    text.trim()
        .parse()
        .map_err(|_| tr!("serve-not-an-address", text = text))
}

pub(crate) fn run(ctx: &Context, args: &ServeArgs) -> Result<Exit> {
    let server = Server::bind(Config {
        registers: ctx.registers.clone(),
        address: SocketAddr::new(args.bind, args.port),
        as_of: ctx.as_of,
        day: ctx.given_as_of.is_some_and(|a| a.first_sum_year.is_none()),
    })?;
    print_lines([format!("http://{}/", server.address()?)])?;
    ctx.note(&tr!("serve-note"));
    if !server.watching() {
        ctx.note(&tr!("serve-unwatched"));
    }
    server.run()?;
    Ok(Exit::Done)
}
