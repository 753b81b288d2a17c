### The web view's pages (src/web)

## src/web/pages/mod.rs
web-brand = Dân vận khéo
web-menu-overview = Overview
web-menu-models = Models
web-footer = dvk serve: a read-only view of the register as it is on disk; nothing here changes it.
web-as-of-label = As of
web-show = Show
# $value: the date typed in the page's address
web-bad-date = `{ $value }` is not a date: write it as YYYY-MM-DD, like 2025-06-30

## src/web/answer.rs
web-error-400 = Bad request
web-error-403 = Refused
web-error-404 = Not found
web-error-500 = Something went wrong

## src/web/routes.rs
web-bad-path = The address is not valid UTF-8 text.
web-no-page = There is no such page. The overview and the list of models are linked above.
web-crashed = The page could not be made. Please report this to whoever keeps dvk, with the address of the page.

## src/web/mod.rs
web-cannot-bind = cannot listen on { $address }: { $cause }
web-server-failed = the web server stopped: { $cause }

## src/web/pages/problems.rs
web-broken-title = The register has errors
web-broken = { $errors ->
    [one] The register has { $errors } error, so no numbers are shown: they would be wrong.
   *[other] The register has { $errors } errors, so no numbers are shown: they would be wrong.
}
web-broken-fix = Fix what is listed below (the same list as `dvk check`), then reload this page.

## src/web/pages/overview.rs
web-overview-year = Overview of { $year }
web-overview-phase = Overview of the phase { $first }-{ $last }
web-overview-day = Overview as of { $date }
web-pick-year = Year
web-pick-phase = Phase
web-pick-date = Date
# $value: what was typed; $first, $last: the years dvk takes
web-bad-year = `{ $value }` is not a year from { $first } to { $last }
web-bad-phase = `{ $value }` is not a phase: write two years like 2021-2025
web-download-pack = Download the report pack (zip: csv, workbook, Word document, charts)
web-chart-models = Models
web-overview-count = { $count ->
    [one] { $count } model registered by { $date }.
   *[other] { $count } models registered by { $date }.
}

## src/web/pages/models.rs
web-models-title = Models
web-search = Search
web-search-label = Query
web-search-example = e.g. field:kinh_te level>=huyen "Quảng Tân"
web-search-help = Terms all of which must hold: key:value, key:a,b, key:A..B, key>=v, key?, -term, or a word of the name, unit or place (see `dvk list --help`).
# $count: models the query selects; $all: models read
web-models-count = { $count ->
    [one] { $count } model of { $all }, as of { $date }.
   *[other] { $count } models of { $all }, as of { $date }.
}
web-bad-page = `{ $value }` is not a page of this list: it has pages 1 to { $pages }
web-download-csv = Download csv
web-download-xlsx = Download workbook (xlsx)
web-page-previous = ← Previous
web-page-next = Next →
web-page-of = Page { $page } of { $pages }

## src/web/pages/model.rs
# $hint: a "did you mean" with its leading space, or nothing
web-no-model = There is no model `{ $id }` in the register.{ $hint }
web-model-not-yet = Registered on { $registered }: after the date of this page, so it is in no list or tally of that date.
web-model-events = Events
web-model-no-events = No events yet.
web-model-assessments = Assessments
web-assessment-by = by { $by }
web-assessment-no-set = The criteria set `{ $criteria }` is not in the register.
web-criterion = Criterion
web-criterion-text = What it asks
web-criterion-judgement = Judgement
# $met: met or not met; $check: the criterion's query
web-criterion-automatic = { $met } (checked automatically: `{ $check }`)
web-criterion-pending = not judged yet
web-criterion-points = { $points } of { $of } points
web-met = met
web-not-met = not met
web-verdict-under = Verdict under { $criteria } as of this date:
web-verdict-score = (score { $score } of { $max })
web-verdict-dat = passed
web-verdict-khong-dat = not passed
web-verdict-cho-danh-gia = awaiting assessment
web-verdict-khong-ap-dung = not applicable
web-model-outcomes = Outcomes
web-year = Year
web-model-evidence = Evidence

## src/web/files.rs
web-file-outside = `{ $path }` is not a path inside the register: evidence is never served from outside it.
web-file-unnamed = No record of the register names the evidence file `{ $path }` under ho-so/.
web-file-unsafe = `{ $path }` is not a regular file reached without a link: links are never followed.

## src/web/download.rs
web-pack-needs-period = The report pack covers a year or a phase: pick one instead of a date.

## src/cmd/serve.rs
serve-not-an-address = `{ $text }` is not an IP address: give one such as 127.0.0.1, 0.0.0.0 or ::1
serve-note = Serving the register read-only (it writes nothing); a change on disk shows on the next reload. Ctrl-C stops.
serve-unwatched = warning: the folders cannot be watched here, so every request reads the register again (slower).
cmd-serve-about = Serve a read-only web view of the register (overview, models, model pages, downloads); it writes nothing
cmd-serve-long-about = Serve a read-only web view of the register: an overview of a year, a phase or a date (the report's tables and charts), the list of models with the query language in a search box, a page per model, and downloads (csv, xlsx, the report pack). It binds 127.0.0.1:8080 unless told otherwise, writes nothing, serves only the evidence files records name under ho-so/, and shows each change on disk on the next reload. Prints the address to open.
cmd-serve-after = Examples:
      dvk serve
      dvk serve -C so-theo-doi --port 8000 --lang vi
cmd-serve-bind = The address to listen on; another than loopback (127.0.0.1) opens the view to the network
cmd-serve-port = The port (0: any free one)

## src/cmd/export.rs (--format sqlite)
export-sqlite-needs-out = a SQLite database is written to a file: give --out FILE.sqlite
export-sqlite-bom = --bom is for csv only
export-sqlite-written = { $count ->
    [one] exported { $count } model to { $path } (SQLite)
   *[other] exported { $count } models to { $path } (SQLite)
}

## src/render/sqlite.rs
render-sqlite-failed = cannot build the SQLite database: { $cause }

## src/web/routes.rs (the Host a request names)
web-wrong-host = This server answers only for this computer (127.0.0.1 or localhost), not for `{ $host }`.
