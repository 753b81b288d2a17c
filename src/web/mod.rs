//! `dvk serve`: a read-only web view of the registers, as Fava is of a
//! beancount ledger. It binds loopback unless told otherwise, writes
//! nothing (the cache is read, never written), reads the registers once
//! and again only after the watcher sees a change, and computes every page
//! with the library's reports: the numbers are those of `tally` and
//! `report`.

pub mod answer;
pub mod download;
pub mod files;
pub mod html;
pub mod pages;
pub mod routes;
pub mod state;
pub mod watch;

use std::net::SocketAddr;
use std::path::PathBuf;
use std::sync::Arc;
use std::sync::atomic::AtomicBool;

use crate::error::{Error, Result};
use crate::model::derived::AsOf;
use crate::tr;

/// What to serve, and where.
#[derive(Debug, Clone)]
pub struct Config {
    /// The registers named (`-C`), or none: the one above the folder.
    pub registers: Vec<PathBuf>,
    pub address: SocketAddr,
    /// The date pages are as of when a request names none.
    pub as_of: AsOf,
    /// Whether that date was asked for as a day (`--as-of`): then the
    /// overview opens on that day rather than on its year.
    pub day: bool,
}

/// A server bound to its address, the registers read once, not yet
/// answering.
pub struct Server {
    listener: std::net::TcpListener,
    app: Arc<routes::App>,
    watch: Option<watch::Watch>,
}

impl Server {
    /// Binds the address and reads the registers (a register that cannot
    /// be found or read is an error now; a broken one is served, showing
    /// its problems), then starts watching their folders.
    pub fn bind(config: Config) -> Result<Self> {
        let cannot_bind = |e: std::io::Error| {
            Error::Input(tr!(
                "web-cannot-bind",
                address = config.address.to_string(),
                cause = crate::error::os_error(&e)
            ))
        };
        let listener = std::net::TcpListener::bind(config.address).map_err(cannot_bind)?;
        let bound = listener.local_addr().map_err(cannot_bind)?;
        let stale = Arc::new(AtomicBool::new(true));
        let app = Arc::new(routes::App {
            state: state::State::new(config.registers, stale.clone(), true),
            as_of: config.as_of,
            overview: pages::overview::Span::default_of(&config.as_of, config.day),
            hosts: bound.ip().is_loopback().then(|| loopback_hosts(bound)),
        });
        let loaded = app.state.current()?;
        let roots: Vec<PathBuf> = loaded
            .workspace
            .registers
            .iter()
            .map(|r| r.root.clone())
            .collect();
        let watch = watch::start(&roots, stale).ok();
        if watch.is_none() {
            app.state.unwatched();
        }
        Ok(Self {
            listener,
            app,
            watch,
        })
    }

    /// The address bound (with the port chosen, for port 0).
    pub fn address(&self) -> std::io::Result<SocketAddr> {
        self.listener.local_addr()
    }

    /// Whether changes are watched; if not, every request reads the
    /// registers again.
    pub fn watching(&self) -> bool {
        self.watch.is_some()
    }

    /// Answers requests until the process is stopped.
    pub fn run(self) -> Result<()> {
        let io = |e: std::io::Error| {
            Error::Input(tr!("web-server-failed", cause = crate::error::os_error(&e)))
        };
        let runtime = tokio::runtime::Builder::new_multi_thread()
            .worker_threads(2)
            .max_blocking_threads(8)
            .enable_io()
            .build()
            .map_err(io)?;
        self.listener.set_nonblocking(true).map_err(io)?;
        let router = routes::router(self.app);
        let _watch = self.watch;
        runtime
            .block_on(async move {
                let listener = tokio::net::TcpListener::from_std(self.listener)?;
                axum::serve(listener, router).await
            })
            .map_err(io)
    }
}

/// The names a browser on this machine reaches a loopback address by.
fn loopback_hosts(bound: SocketAddr) -> Vec<String> {
    let port = bound.port();
    let mut hosts = vec![
        bound.to_string(),
        format!("127.0.0.1:{port}"),
        format!("localhost:{port}"),
        format!("[::1]:{port}"),
    ];
    if port == 80 {
        hosts.extend(["127.0.0.1", "localhost", "[::1]"].map(String::from));
        hosts.push(bound.ip().to_string());
    }
    hosts
}
