//! `dvk serve`, over HTTP: every route and every error answer, each from a
//! server started on a free port in a temporary register and talked to
//! with a plain TCP client. The server is killed when its test ends, pass
//! or fail.

use std::fs;
use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpStream;
use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use unicode_normalization::UnicodeNormalization;

use crate::support::{Test, model, sample};

/// A running `dvk serve`, killed when dropped.
struct Server {
    child: Child,
    /// `127.0.0.1:PORT`.
    address: String,
}

impl Server {
    fn start(register: &Path, args: &[&str]) -> Self {
        let mut child = Command::new(assert_cmd::cargo::cargo_bin("dvk"))
            .current_dir(register)
            .env_remove("DVK_REGISTER")
            .env("DVK_LANG", "en")
            .env("DVK_TODAY", "2025-06-30")
            .args(["serve", "--port", "0"])
            .args(args)
            .stdin(Stdio::null())
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .expect("dvk serve starts");
        let mut line = String::new();
        let stdout = child.stdout.take().expect("its stdout");
        let read = BufReader::new(stdout).read_line(&mut line);
        let server = Self {
            child,
            address: line
                .trim()
                .trim_start_matches("http://")
                .trim_end_matches('/')
                .to_owned(),
        };
        assert!(
            read.is_ok() && !server.address.is_empty(),
            "dvk serve printed no address"
        );
        server
    }

    /// GET `path` as written (never normalised): status, headers, body.
    fn get(&self, path: &str) -> Answer {
        self.get_from(&self.address, path)
    }

    /// GET `path` naming `host` in the request's `Host`.
    fn get_from(&self, host: &str, path: &str) -> Answer {
        let mut stream = TcpStream::connect(&self.address).expect("the server answers");
        stream
            .set_read_timeout(Some(Duration::from_secs(120)))
            .unwrap();
        write!(
            stream,
            "GET {path} HTTP/1.1\r\nHost: {host}\r\nConnection: close\r\n\r\n"
        )
        .unwrap();
        let mut raw = Vec::new();
        stream.read_to_end(&mut raw).unwrap();
        let split = raw
            .windows(4)
            .position(|w| w == b"\r\n\r\n")
            .expect("a head and a body");
        let head = String::from_utf8_lossy(&raw[..split]).into_owned();
        let status = head
            .split(' ')
            .nth(1)
            .and_then(|s| s.parse().ok())
            .expect("a status");
        Answer {
            status,
            head: head.to_ascii_lowercase(),
            body: raw[split + 4..].to_vec(),
        }
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

struct Answer {
    status: u16,
    /// The status line and headers, lowercased.
    head: String,
    body: Vec<u8>,
}

impl Answer {
    fn text(&self) -> String {
        String::from_utf8_lossy(&self.body).into_owned()
    }

    fn header(&self, name: &str) -> Option<String> {
        self.head.lines().find_map(|l| {
            l.strip_prefix(&format!("{name}: "))
                .map(|v| v.trim().to_owned())
        })
    }
}

/// A copy of data-sample in a temporary folder (its cache left behind).
fn sample_copy() -> tempfile::TempDir {
    fn copy(from: &Path, to: &Path) {
        fs::create_dir_all(to).unwrap();
        for entry in fs::read_dir(from).unwrap() {
            let entry = entry.unwrap();
            let name = entry.file_name();
            if name == ".dvk" {
                continue;
            }
            let kind = entry.file_type().unwrap();
            if kind.is_dir() {
                copy(&entry.path(), &to.join(&name));
            } else if kind.is_file() {
                fs::copy(entry.path(), to.join(&name)).unwrap();
            }
        }
    }
    let dir = tempfile::tempdir().unwrap();
    copy(&sample(), dir.path());
    dir
}

/// Runs dvk in `dir` as the server does (same day, same language).
fn dvk(dir: &Path, args: &[&str]) -> String {
    let out = Command::new(assert_cmd::cargo::cargo_bin("dvk"))
        .current_dir(dir)
        .env_remove("DVK_REGISTER")
        .env("DVK_LANG", "en")
        .env("DVK_TODAY", "2025-06-30")
        .env("DVK_NO_CACHE", "1")
        .args(args)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "dvk {args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap()
}

/// A cell's text: tags removed (a link's text kept), entities decoded.
fn strip_tags(cell: &str) -> String {
    let mut out = String::new();
    let mut in_tag = false;
    for c in cell.chars() {
        match c {
            '<' => in_tag = true,
            '>' => in_tag = false,
            c if !in_tag => out.push(c),
            _ => {}
        }
    }
    out.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&amp;", "&")
}

/// Rows of cells from the cells' html in order: `rows` misses a cell whose
/// text holds a tag, so cells are read by their closing tags instead.
fn table_rows(html: &str) -> Vec<Vec<String>> {
    let mut out = Vec::new();
    for row in html.split("<tr>").skip(1) {
        let row = row.split("</tr>").next().unwrap_or_default();
        let mut cells = Vec::new();
        let mut rest = row;
        while let Some(open) = rest.find("<t") {
            let after = &rest[open..];
            let Some(start) = after.find('>') else { break };
            let close = after.find("</t").unwrap_or(after.len());
            cells.push(strip_tags(&after[start + 1..close]));
            rest = &after[(close + 4).min(after.len())..];
        }
        out.push(cells);
    }
    out
}

#[test]
fn binds_loopback_by_default_and_says_where() {
    let dir = sample_copy();
    let server = Server::start(dir.path(), &[]);
    assert!(
        server.address.starts_with("127.0.0.1:"),
        "{}",
        server.address
    );
    let page = server.get("/");
    assert_eq!(page.status, 200);
    assert!(page.head.contains("content-type: text/html; charset=utf-8"));
    assert!(
        page.header("content-security-policy")
            .is_some_and(|c| c.contains("default-src 'none'")),
        "{}",
        page.head
    );
    assert_eq!(
        page.header("x-content-type-options").as_deref(),
        Some("nosniff")
    );
    // Nothing from elsewhere: no address of another host in any page.
    for path in ["/", "/models", "/models/2019-quang-tan-xay-dung-vuon-mau"] {
        // (The SVG charts' namespace is a name, not a resource.)
        let text = server
            .get(path)
            .text()
            .replace("xmlns=\"http://www.w3.org/2000/svg\"", "");
        assert!(
            !text.contains("http://") && !text.contains("https://"),
            "{path}"
        );
        assert!(!text.contains("url("), "{path}");
        assert!(!text.contains("<script"), "{path}");
    }
}

#[test]
fn the_overview_of_a_year_has_the_numbers_of_report() {
    let dir = sample_copy();
    let out = tempfile::tempdir().unwrap();
    let pack = out.path().join("pack");
    dvk(
        dir.path(),
        &["report", "--year", "2024", "--out", pack.to_str().unwrap()],
    );
    let server = Server::start(dir.path(), &[]);
    let page = server.get("/?year=2024");
    assert_eq!(page.status, 200);
    let html = page.text();
    assert!(html.contains("<svg"), "the charts are drawn in the page");
    let shown = table_rows(&html);
    let mut checked = 0;
    for entry in fs::read_dir(&pack).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().is_none_or(|e| e != "csv") {
            continue;
        }
        let text = fs::read_to_string(&path).unwrap();
        let mut reader = csv::ReaderBuilder::new()
            .has_headers(false)
            .from_reader(text.trim_start_matches('\u{feff}').as_bytes());
        for record in reader.records() {
            let record: Vec<String> = record.unwrap().iter().map(str::to_owned).collect();
            assert!(
                shown.contains(&record),
                "{}: row {record:?} is not on the overview",
                path.display()
            );
            checked += 1;
        }
    }
    assert!(checked > 50, "{checked} rows checked");
    // The phase and a date are picked the same way.
    assert_eq!(server.get("/?phase=2021-2025").status, 200);
    assert_eq!(
        server.get("/?year=2024").text(),
        html,
        "warm: the same page"
    );
}

#[test]
fn the_overview_of_a_date_has_the_numbers_of_tally() {
    let dir = sample_copy();
    let server = Server::start(dir.path(), &[]);
    let html = server.get("/?date=2024-06-30").text();
    let shown = table_rows(&html);
    for by in ["status", "subject", "level"] {
        let csv = dvk(
            dir.path(),
            &[
                "tally",
                "--by",
                by,
                "--as-of",
                "2024-06-30",
                "--format",
                "csv",
            ],
        );
        let counts: Vec<String> = csv
            .lines()
            .skip(1)
            .map(|l| l.rsplit(',').next().unwrap().to_owned())
            .collect();
        // The table of that key: the rows whose counts follow in order.
        let found = shown.windows(counts.len()).any(|w| {
            w.iter()
                .map(|r| r.last().cloned().unwrap_or_default())
                .eq(counts.iter().cloned())
                && w.iter().all(|r| r.len() == 2)
        });
        assert!(found, "tally --by {by}: {counts:?} not on the page");
    }
    let total: usize = dvk(
        dir.path(),
        &["list", "--as-of", "2024-06-30", "--format", "csv"],
    )
    .lines()
    .count()
        - 1;
    assert!(
        html.contains(&format!("{total} models registered by 2024-06-30")),
        "{total}"
    );
}

#[test]
fn bad_overview_parameters_answer_400_in_words() {
    let dir = sample_copy();
    let server = Server::start(dir.path(), &[]);
    for (path, words) in [
        ("/?year=abc", "is not a year"),
        ("/?year=99999", "is not a year"),
        ("/?phase=2025-2021", "is not a phase"),
        ("/?date=2024-13-40", "is not a date"),
        ("/?date=%3Cscript%3E", "&lt;script&gt;"),
    ] {
        let answer = server.get(path);
        assert_eq!(answer.status, 400, "{path}");
        assert!(answer.text().contains(words), "{path}: {}", answer.text());
        assert!(!answer.text().contains("<script>"), "{path}");
    }
}

#[test]
fn the_list_takes_the_query_language_in_nfc_and_nfd() {
    let dir = sample_copy();
    let server = Server::start(dir.path(), &[]);
    let term = "commune:\"Quảng Tân\"";
    let expected = dvk(dir.path(), &["list", term, "--format", "csv"])
        .lines()
        .count()
        - 1;
    assert!(expected > 0);
    let encode = |s: &str| -> String {
        s.bytes()
            .map(|b| {
                if b.is_ascii_alphanumeric() {
                    (b as char).to_string()
                } else {
                    format!("%{b:02X}")
                }
            })
            .collect()
    };
    let nfd: String = term.nfd().collect();
    assert_ne!(nfd, term);
    for query in [term.to_owned(), nfd] {
        let page = server.get(&format!("/models?q={}", encode(&query)));
        assert_eq!(page.status, 200);
        let html = page.text();
        assert!(
            html.contains(&format!("{expected} models of 56, as of 2025-06-30")),
            "{query:?}: {}",
            html.lines()
                .find(|l| l.contains("id=count"))
                .unwrap_or_default()
        );
        // The search box keeps what was typed (in NFC), escaped.
        assert!(
            html.contains("value=\"commune:&quot;Quảng Tân&quot;\""),
            "{query:?}"
        );
    }
}

#[test]
fn a_bad_query_shows_its_error_on_the_page_with_400() {
    let dir = sample_copy();
    let server = Server::start(dir.path(), &[]);
    for (path, words) in [
        ("/models?q=foo:bar", "unknown key `foo`"),
        ("/models?q=field:nope", "nope"),
        ("/models?q=%22unclosed", "quote"),
        ("/models?sort=nokey", "unknown key `nokey`"),
        ("/models?page=abc", "is not a page of this list"),
        ("/models?page=0", "is not a page of this list"),
        ("/models?page=99", "is not a page of this list"),
        ("/models?date=2024-02-30", "is not a date"),
    ] {
        let answer = server.get(path);
        assert_eq!(answer.status, 400, "{path}");
        assert!(answer.text().contains(words), "{path}: {}", answer.text());
    }
    // The search box is still there, with what was typed.
    let page = server.get("/models?q=foo:bar").text();
    assert!(page.contains("name=q value=\"foo:bar\""));
}

#[test]
fn the_list_sorts_by_a_column_and_pages() {
    let mut t = Test::new();
    for i in 0..120 {
        t = t.model(
            &format!("m{i:03}"),
            &model(
                &format!("Mô hình {i}"),
                "kinh_te",
                "xa",
                &format!("2020-01-{:02}", i % 28 + 1),
                "",
            ),
        );
    }
    let server = Server::start(t.path(), &[]);
    let first = |html: &str| {
        table_rows(html)
            .get(1)
            .and_then(|r| r.first().cloned())
            .unwrap_or_default()
    };
    let sorted = dvk(
        t.path(),
        &["list", "--sort", "-registered,name", "--format", "csv"],
    );
    let expected_first = sorted.lines().nth(1).unwrap().split(',').next().unwrap();
    let page = server.get("/models?sort=-registered,name").text();
    assert_eq!(first(&page), expected_first);
    // A heading sorts by its column, and again the other way.
    assert!(
        page.contains("href=\"/models?sort=name&amp;date=2025-06-30\""),
        "{page}"
    );
    let by_name = server.get("/models?sort=name").text();
    assert!(by_name.contains("href=\"/models?sort=-name&amp;date=2025-06-30\""));
    assert_eq!(first(&by_name), "m000");
    // 120 models: pages of 50.
    let third = server.get("/models?sort=name&page=3").text();
    assert_eq!(table_rows(&third).len(), 1 + 20);
    let by_name = dvk(t.path(), &["list", "--sort", "name", "--format", "csv"]);
    let hundred_and_first = by_name.lines().nth(101).unwrap().split(',').next().unwrap();
    assert_eq!(first(&third), hundred_and_first);
    assert!(third.contains("Page 3 of 3"));
    assert_eq!(server.get("/models?page=4").status, 400);
}

#[test]
fn a_model_page_shows_keys_events_assessments_outcomes_and_evidence() {
    let dir = sample_copy();
    let server = Server::start(dir.path(), &[]);
    let id = "2019-quang-tan-xay-dung-vuon-mau";
    let page = server.get(&format!("/models/{id}"));
    assert_eq!(page.status, 200);
    let html = page.text();
    let show = dvk(dir.path(), &["show", id, "--format", "json"]);
    let show: serde_json::Value = serde_json::from_str(&show).unwrap();
    assert!(html.contains(show["name"].as_str().unwrap()));
    for section in ["Events", "Assessments", "Outcomes", "Evidence"] {
        assert!(html.contains(&format!("<h2>{section}</h2>")), "{section}");
    }
    assert!(html.contains("<ol class=timeline>"));
    assert!(html.contains("class=\"verdict-"), "a verdict under the set");
    assert!(html.contains("href=\"/files/ho-so/2019/dang-ky-vuon-mau.pdf\""));
    // Every event of show is on the timeline, by its date.
    for event in show["event"].as_array().unwrap() {
        let date = event["date"].as_str().unwrap();
        assert!(html.contains(&format!("<time>{date}</time>")), "{date}");
    }
    // Keys with labels: the status as of the date.
    assert!(html.contains("<dt>"), "keys with their labels");
}

#[test]
fn every_value_is_escaped() {
    let hostile = "<script>alert('x')</script> & \"q\"";
    let t = Test::new().model(
        "hostile",
        &format!(
            "name = '{hostile}'\nunit = \"<img src=x onerror=alert(1)>\"\nsubject = \"tap_the\"\n\
             field = \"kinh_te\"\nlevel = \"xa\"\nregistered = 2020-01-01\n\
             summary = \"</td></tr></table><h1>x</h1>\"\n"
        ),
    );
    let server = Server::start(t.path(), &[]);
    for path in ["/models", "/models/hostile", "/models?q=%3Cscript%3E", "/"] {
        let html = server.get(path).text();
        assert!(!html.contains("<script>"), "{path}");
        assert!(!html.contains("<img"), "{path}");
        assert!(!html.contains("<h1>x</h1>"), "{path}");
    }
    let html = server.get("/models/hostile").text();
    assert!(html.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;q&quot;"));
}

#[test]
fn unknown_ids_and_pages_answer_404() {
    let dir = sample_copy();
    let server = Server::start(dir.path(), &[]);
    for path in [
        "/models/no-such-model",
        "/models/%3Cscript%3E",
        "/models/..%2F..%2Fdvk.toml",
        "/nothing/here",
        "/models/2019-quang-tan-xay-dung-vuon-mau/more",
    ] {
        let answer = server.get(path);
        assert_eq!(answer.status, 404, "{path}");
        assert!(!answer.text().contains("<script>"), "{path}");
        assert!(answer.text().contains("<a href=\"/models\">"), "a way back");
    }
    let near = server.get("/models/2019-quang-tan-xay-dung-vuon-ma").text();
    assert!(
        near.contains("2019-quang-tan-xay-dung-vuon-mau"),
        "did you mean"
    );
    // Not UTF-8.
    assert_eq!(server.get("/models/%FF").status, 400);
}

#[test]
fn evidence_is_served_only_when_a_record_names_it_inside_ho_so() {
    let dir = sample_copy();
    fs::write(dir.path().join("ho-so/2019/unnamed.pdf"), "%PDF unnamed").unwrap();
    fs::write(dir.path().join("secret.txt"), "SECRET").unwrap();
    let server = Server::start(dir.path(), &[]);
    let named = server.get("/files/ho-so/2019/dang-ky-vuon-mau.pdf");
    assert_eq!(named.status, 200);
    assert_eq!(
        named.header("content-type").as_deref(),
        Some("application/pdf")
    );
    assert_eq!(
        named.header("content-disposition").as_deref(),
        Some(
            "inline; filename=\"dang-ky-vuon-mau.pdf\"; filename*=utf-8''dang%2dky%2dvuon%2dmau%2epdf"
        )
    );
    assert_eq!(
        named.body,
        fs::read(dir.path().join("ho-so/2019/dang-ky-vuon-mau.pdf")).unwrap()
    );
    for (path, status) in [
        ("/files/ho-so/2019/unnamed.pdf", 404),
        ("/files/dvk.toml", 404),
        ("/files/ho-so/../secret.txt", 400),
        ("/files/ho-so/2019/../../secret.txt", 400),
        ("/files/%2e%2e/secret.txt", 400),
        ("/files/ho-so/%2e%2e/secret.txt", 400),
        ("/files/ho-so%2f..%2fsecret.txt", 400),
        ("/files//etc/passwd", 400),
        ("/files/%2Fetc%2Fpasswd", 400),
        ("/files/ho-so/./2019/dang-ky-vuon-mau.pdf", 400),
    ] {
        let answer = server.get(path);
        assert_eq!(answer.status, status, "{path}: {}", answer.text());
        assert!(!answer.text().contains("SECRET"), "{path}");
    }
}

#[cfg(unix)]
#[test]
fn a_link_planted_under_ho_so_is_never_followed() {
    let dir = sample_copy();
    fs::write(dir.path().join("secret.txt"), "SECRET").unwrap();
    fs::create_dir_all(dir.path().join("private")).unwrap();
    fs::write(dir.path().join("private/x.pdf"), "SECRET").unwrap();
    let server = Server::start(dir.path(), &[]);
    // Planted after the server read the register: the record still names
    // the path, and a link now stands in its place or on its way.
    let named = dir.path().join("ho-so/2019/dang-ky-vuon-mau.pdf");
    fs::remove_file(&named).unwrap();
    std::os::unix::fs::symlink(dir.path().join("secret.txt"), &named).unwrap();
    let folder = dir.path().join("ho-so/2020");
    fs::remove_dir_all(&folder).unwrap();
    std::os::unix::fs::symlink(dir.path().join("private"), &folder).unwrap();
    fs::write(dir.path().join("private/123-qd-hu.pdf"), "SECRET").unwrap();
    for path in [
        "/files/ho-so/2019/dang-ky-vuon-mau.pdf",
        "/files/ho-so/2020/123-qd-hu.pdf",
    ] {
        let answer = server.get(path);
        assert_ne!(answer.status, 200, "{path}");
        assert!(!answer.text().contains("SECRET"), "{path}");
    }
}

#[test]
fn a_broken_register_shows_its_problems_not_numbers() {
    let t = Test::new()
        .model("good", &model("Tốt", "kinh_te", "xa", "2020-01-01", ""))
        .model("bad", "name = \"Hỏng\"\nfield = \"khong_co\"\n");
    let server = Server::start(t.path(), &[]);
    for path in ["/", "/models", "/models/good", "/download/models.csv"] {
        let answer = server.get(path);
        assert_eq!(answer.status, 503, "{path}");
        let html = answer.text();
        assert!(html.contains("The register has"), "{path}");
        assert!(html.contains("models/bad.toml"), "{path}: {html}");
        assert!(!html.contains("<table"), "{path}: no numbers");
    }
}

#[test]
fn a_change_on_disk_shows_on_reload() {
    let t = Test::new().model("a", &model("Một", "kinh_te", "xa", "2020-01-01", ""));
    let server = Server::start(t.path(), &[]);
    assert!(server.get("/models").text().contains("1 model of 1"));
    fs::write(
        t.path().join("models/b.toml"),
        model("Hai", "kinh_te", "xa", "2020-01-01", ""),
    )
    .unwrap();
    let deadline = Instant::now() + Duration::from_secs(20);
    loop {
        let html = server.get("/models").text();
        if html.contains("2 models of 2") {
            break;
        }
        assert!(Instant::now() < deadline, "the change never showed: {html}");
        std::thread::sleep(Duration::from_millis(100));
    }
    // And a model broken on disk shows the problems page.
    fs::write(t.path().join("models/b.toml"), "name = 1\n").unwrap();
    let deadline = Instant::now() + Duration::from_secs(20);
    while server.get("/models").status != 503 {
        assert!(Instant::now() < deadline, "the broken file never showed");
        std::thread::sleep(Duration::from_millis(100));
    }
}

#[test]
fn serve_writes_nothing() {
    let dir = sample_copy();
    let before = listing(dir.path());
    let server = Server::start(dir.path(), &[]);
    for path in [
        "/",
        "/models",
        "/download/models.csv",
        "/download/report.zip?year=2024",
    ] {
        assert_eq!(server.get(path).status, 200, "{path}");
    }
    drop(server);
    assert_eq!(
        listing(dir.path()),
        before,
        "no file added, not even a cache"
    );
}

/// Every path under a folder.
fn listing(dir: &Path) -> Vec<String> {
    let mut out = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        for entry in fs::read_dir(&d).unwrap() {
            let path = entry.unwrap().path();
            out.push(path.strip_prefix(dir).unwrap().display().to_string());
            if path.is_dir() {
                stack.push(path);
            }
        }
    }
    out.sort();
    out
}

#[test]
fn downloads_are_the_list_as_export_writes_it_and_the_report_pack() {
    let dir = sample_copy();
    let server = Server::start(dir.path(), &[]);
    let csv = server.get("/download/models.csv?q=field%3Akinh_te&sort=name");
    assert_eq!(csv.status, 200);
    assert_eq!(
        csv.header("content-type").as_deref(),
        Some("text/csv; charset=utf-8")
    );
    assert!(
        csv.header("content-disposition")
            .is_some_and(|d| d.starts_with("attachment; filename=\"mo-hinh-2025-06-30.csv\"")),
        "{}",
        csv.head
    );
    let mut expected = dvk(
        dir.path(),
        &["list", "field:kinh_te", "--sort", "name", "--format", "csv"],
    )
    .lines()
    .skip(1)
    .map(|l| l.split(',').next().unwrap().to_owned())
    .collect::<Vec<_>>();
    let text = csv.text();
    let got: Vec<String> = csv::Reader::from_reader(text.trim_start_matches('\u{feff}').as_bytes())
        .records()
        .map(|r| r.unwrap()[0].to_owned())
        .collect();
    assert_eq!(got, expected, "the list's models in the list's order");
    expected.sort();
    let exported = dvk(dir.path(), &["export", "field:kinh_te", "--bom"]);
    assert_eq!(
        csv.text().lines().next(),
        exported.lines().next(),
        "export's columns"
    );
    let xlsx = server.get("/download/models.xlsx");
    assert_eq!(xlsx.status, 200);
    assert!(xlsx.body.starts_with(b"PK"));
    assert!(xlsx.head.contains("spreadsheetml"));
    let zip = server.get("/download/report.zip?year=2024");
    assert_eq!(zip.status, 200);
    assert_eq!(
        zip.header("content-type").as_deref(),
        Some("application/zip")
    );
    assert!(zip.body.starts_with(b"PK"));
    let names = String::from_utf8_lossy(&zip.body);
    for name in [
        "bao-cao-2024/README.md",
        "bao-cao-2024/bao-cao-2024.xlsx",
        "bao-cao-2024/bao-cao-2024.docx",
    ] {
        assert!(names.contains(name), "{name}");
    }
    assert_eq!(
        server.get("/download/report.zip?date=2024-01-01").status,
        400
    );
    assert_eq!(server.get("/download/models.csv?q=foo:bar").status, 400);
}

#[test]
fn pages_speak_the_language_of_the_run() {
    let dir = sample_copy();
    let server = Server::start(dir.path(), &["--lang", "vi"]);
    let html = server.get("/models").text();
    assert!(html.contains("<html lang=vi>"));
    assert!(html.contains("Danh sách mô hình"));
    assert!(html.contains("Tính đến ngày"));
    let missing = server.get("/models/khong-co");
    assert_eq!(missing.status, 404);
    assert!(missing.text().contains("Không tìm thấy"));
}

#[test]
fn a_taken_port_is_an_error_in_words() {
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let port = listener.local_addr().unwrap().port().to_string();
    let t = Test::new();
    let (_, err, code) = t.run_with(&["serve", "--port", &port]);
    assert_eq!(code, 2);
    assert!(
        err.starts_with(&format!("error: cannot listen on 127.0.0.1:{port}: ")),
        "{err}"
    );
}

#[test]
fn an_empty_register_has_every_page() {
    let t = Test::new();
    let server = Server::start(t.path(), &[]);
    for path in [
        "/",
        "/?date=2024-01-01",
        "/?phase=2021-2025",
        "/models",
        "/download/models.csv",
        "/download/models.xlsx",
        "/download/report.zip?year=2024",
    ] {
        assert_eq!(server.get(path).status, 200, "{path}");
    }
    assert!(server.get("/models").text().contains("0 models of 0"));
}

#[test]
fn another_host_name_is_refused_on_loopback() {
    let t = Test::new();
    let server = Server::start(t.path(), &[]);
    let port = server.address.rsplit(':').next().unwrap().to_owned();
    assert_eq!(
        server.get_from(&format!("localhost:{port}"), "/").status,
        200
    );
    // A page of another site whose name was rebound to 127.0.0.1.
    let rebound = server.get_from(&format!("evil.example:{port}"), "/models");
    assert_eq!(rebound.status, 403);
    assert!(rebound.text().contains("only for this computer"));
    assert!(rebound.text().contains("evil.example"));
    assert!(!rebound.text().contains("<table"));
}

#[test]
fn the_overview_opens_on_the_date_the_server_was_given() {
    let t = Test::new().model("a", &model("Một", "kinh_te", "xa", "2020-01-01", ""));
    let title = |args: &[&str]| {
        let server = Server::start(t.path(), args);
        let html = server.get("/").text();
        html.split("<h1>")
            .nth(1)
            .and_then(|h| h.split("</h1>").next())
            .unwrap_or_default()
            .to_owned()
    };
    assert_eq!(title(&[]), "Overview of 2025");
    assert_eq!(title(&["--year", "2024"]), "Overview of 2024");
    assert_eq!(
        title(&["--phase", "2021-2025"]),
        "Overview of the phase 2021-2025"
    );
    assert_eq!(
        title(&["--as-of", "2024-06-30"]),
        "Overview as of 2024-06-30"
    );
}

#[test]
fn a_register_that_cannot_be_read_any_more_answers_500_in_words() {
    let t = Test::new().model("a", &model("Một", "kinh_te", "xa", "2020-01-01", ""));
    let server = Server::start(t.path(), &[]);
    assert_eq!(server.get("/models").status, 200);
    fs::remove_file(t.path().join("dvk.toml")).unwrap();
    let deadline = Instant::now() + Duration::from_secs(20);
    let answer = loop {
        let answer = server.get("/models");
        if answer.status != 200 {
            break answer;
        }
        assert!(Instant::now() < deadline, "the change never showed");
        std::thread::sleep(Duration::from_millis(100));
    };
    assert_eq!(answer.status, 500);
    assert!(answer.text().contains("Something went wrong"));
    assert!(answer.text().contains("dvk.toml") || answer.text().contains("register"));
    // Put back, the register is served again.
    fs::write(t.path().join("dvk.toml"), "name = \"Sổ thử\"\n").unwrap();
    let deadline = Instant::now() + Duration::from_secs(20);
    while server.get("/models").status != 200 {
        assert!(Instant::now() < deadline, "the register never came back");
        std::thread::sleep(Duration::from_millis(100));
    }
}
