//! The routes: each a handler of a few lines that reads the request's
//! parameters, asks the loaded register (read again only after a change)
//! and answers a page or a file. The work runs off the server's threads;
//! a broken register answers its problems page, a failure its page in
//! words, and a panic (none is known) a page of its own.

use std::sync::Arc;

use axum::Router;
use axum::body::Body;
use axum::extract::rejection::PathRejection;
use axum::extract::{Path, RawQuery, Request, State};
use axum::http::{HeaderValue, StatusCode, header};
use axum::middleware::{self, Next};
use axum::response::Response;
use axum::routing::get;

use crate::model::derived::AsOf;
use crate::render::Format;
use crate::tr;
use crate::web::answer::{Answer, Failure};
use crate::web::pages::{self, Params, overview::Span};
use crate::web::state::{self, Loaded};
use crate::web::{download, files};

/// What every request shares.
pub struct App {
    pub state: state::State,
    /// The date pages are as of when a request names none.
    pub as_of: AsOf,
    /// What the overview shows when a request names nothing.
    pub overview: Span,
    /// The `Host` a request must name, when the server listens on
    /// loopback: a page of another site that a rebound DNS name points
    /// at 127.0.0.1 names its own, and is refused. `None`: any.
    pub hosts: Option<Vec<String>>,
}

type Shared = State<Arc<App>>;

pub fn router(app: Arc<App>) -> Router {
    Router::new()
        .route("/", get(overview))
        .route("/models", get(models))
        .route("/models/{id}", get(model))
        .route("/files/{*path}", get(file))
        .route("/download/models.csv", get(models_csv))
        .route("/download/models.xlsx", get(models_xlsx))
        .route("/download/report.zip", get(report_zip))
        .fallback(not_found)
        .layer(middleware::from_fn_with_state(app.clone(), guard))
        .with_state(app)
}

async fn overview(State(app): Shared, RawQuery(query): RawQuery) -> Response {
    answer(app, move |app, loaded| {
        let span = Span::of(&Params::parse(query.as_deref()), app.overview)?;
        // i18n: a key of the page cache, never shown
        let key = format!("overview {span:?}");
        let html = loaded.page(&key, || Ok(pages::overview::page(&loaded.workspace, span)))?;
        Ok(Answer::html(200, html.as_ref().clone()))
    })
    .await
}

async fn models(State(app): Shared, RawQuery(query): RawQuery) -> Response {
    answer(app, move |app, loaded| {
        let (status, html) =
            pages::models::page(loaded, &Params::parse(query.as_deref()), &app.as_of)?;
        Ok(Answer::html(status, html))
    })
    .await
}

async fn model(
    State(app): Shared,
    id: Result<Path<String>, PathRejection>,
    RawQuery(query): RawQuery,
) -> Response {
    answer(app, move |app, loaded| {
        let Path(id) = id.map_err(|_| Failure::bad_request(tr!("web-bad-path")))?;
        let as_of = Params::parse(query.as_deref()).as_of(&app.as_of)?;
        Ok(Answer::html(200, pages::model::page(loaded, &id, &as_of)?))
    })
    .await
}

async fn file(State(app): Shared, path: Result<Path<String>, PathRejection>) -> Response {
    answer(app, move |_, loaded| {
        let Path(path) = path.map_err(|_| Failure::bad_request(tr!("web-bad-path")))?;
        files::serve(loaded, &path)
    })
    .await
}

async fn models_csv(State(app): Shared, RawQuery(query): RawQuery) -> Response {
    answer(app, move |app, loaded| {
        download::models(
            loaded,
            &Params::parse(query.as_deref()),
            &app.as_of,
            Format::Csv,
        )
    })
    .await
}

async fn models_xlsx(State(app): Shared, RawQuery(query): RawQuery) -> Response {
    answer(app, move |app, loaded| {
        download::models(
            loaded,
            &Params::parse(query.as_deref()),
            &app.as_of,
            Format::Xlsx,
        )
    })
    .await
}

async fn report_zip(State(app): Shared, RawQuery(query): RawQuery) -> Response {
    answer(app, move |app, loaded| {
        download::report(loaded, &Params::parse(query.as_deref()), app.overview)
    })
    .await
}

/// Refuses a request for another host than the server's (DNS rebinding).
async fn guard(State(app): Shared, request: Request, next: Next) -> Response {
    if let Some(hosts) = &app.hosts {
        let host = request
            .headers()
            .get(header::HOST)
            .and_then(|h| h.to_str().ok())
            .unwrap_or_default();
        if !hosts.iter().any(|h| h.eq_ignore_ascii_case(host)) {
            let failure = Failure::forbidden(tr!("web-wrong-host", host = host));
            return response(Answer::html(failure.status, pages::failure(&failure, None)));
        }
    }
    next.run(request).await
}

async fn not_found(State(app): Shared) -> Response {
    answer(app, |_, _| Err(Failure::not_found(tr!("web-no-page")))).await
}

/// Runs `make` on the register as it is on disk now, off the server's
/// threads: its answer, its failure's page, the problems page of a
/// broken register, or the page of a failure to read it.
async fn answer(
    app: Arc<App>,
    make: impl FnOnce(&App, &Loaded) -> Result<Answer, Failure> + Send + 'static,
) -> Response {
    let work = tokio::task::spawn_blocking(move || {
        let loaded = match app.state.current() {
            Ok(loaded) => loaded,
            Err(error) => {
                let failure = Failure::internal(error.to_string());
                return Answer::html(failure.status, pages::failure(&failure, None));
            }
        };
        if loaded.workspace.errors() > 0 {
            return Answer::html(503, pages::problems::page(&loaded.workspace));
        }
        make(&app, &loaded).unwrap_or_else(|failure| {
            Answer::html(
                failure.status,
                pages::failure(&failure, Some(&loaded.workspace)),
            )
        })
    });
    let answer = work.await.unwrap_or_else(|_| {
        let failure = Failure::internal(tr!("web-crashed"));
        Answer::html(failure.status, pages::failure(&failure, None))
    });
    response(answer)
}

/// The answer as HTTP, with the headers that keep a browser from
/// guessing types, framing the pages or loading anything from elsewhere.
fn response(answer: Answer) -> Response {
    let mut response = Response::new(Body::from(answer.body));
    *response.status_mut() =
        StatusCode::from_u16(answer.status).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
    let headers = response.headers_mut();
    headers.insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static(answer.content_type),
    );
    if let Some(disposition) = answer
        .disposition
        .and_then(|d| HeaderValue::from_str(&d).ok())
    {
        headers.insert(header::CONTENT_DISPOSITION, disposition);
    } else {
        headers.insert(
            header::CONTENT_SECURITY_POLICY,
            HeaderValue::from_static(
                "default-src 'none'; style-src 'unsafe-inline'; img-src 'self' data:; \
                 form-action 'self'; frame-ancestors 'none'; base-uri 'none'",
            ),
        );
    }
    headers.insert(
        header::X_CONTENT_TYPE_OPTIONS,
        HeaderValue::from_static("nosniff"),
    );
    headers.insert(
        header::REFERRER_POLICY,
        HeaderValue::from_static("no-referrer"),
    );
    // Every page shows the register as it is at the request.
    headers.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    response
}
