#!/usr/bin/env python3
"""Drives headless Chromium over `dvk serve` on a copy of data-sample, as a
leader would: loads each page, picks a year and a date on the overview,
types queries in the search box (in NFC and in NFD), follows a model link,
downloads a file, opens an evidence file, and saves a screenshot of each
step under target/browser/. Talks to Chromium over the DevTools protocol
with the standard library only (a small WebSocket client below).

Usage: tests/browser/run.py DVK CHROMIUM
Exits 0 when every step passed, 1 naming the first that did not.
"""

import base64
import json
import os
import shutil
import signal
import socket
import struct
import subprocess
import sys
import tempfile
import time
import unicodedata
import urllib.request

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
SHOTS = os.path.join(ROOT, "target", "browser")


class WebSocket:
    """Just enough of RFC 6455 for the DevTools protocol: text frames."""

    def __init__(self, url):
        assert url.startswith("ws://")
        host_port, path = url[5:].split("/", 1)
        host, port = host_port.split(":")
        self.sock = socket.create_connection((host, int(port)), timeout=60)
        key = base64.b64encode(os.urandom(16)).decode()
        self.sock.sendall(
            (
                f"GET /{path} HTTP/1.1\r\nHost: {host_port}\r\nUpgrade: websocket\r\n"
                f"Connection: Upgrade\r\nSec-WebSocket-Key: {key}\r\n"
                "Sec-WebSocket-Version: 13\r\n\r\n"
            ).encode()
        )
        head = b""
        while b"\r\n\r\n" not in head:
            head += self.sock.recv(1)
        if b" 101 " not in head.split(b"\r\n")[0]:
            raise RuntimeError(f"no websocket: {head!r}")

    def send(self, text):
        data = text.encode()
        mask = os.urandom(4)
        head = bytes([0x81])
        n = len(data)
        if n < 126:
            head += bytes([0x80 | n])
        elif n < 65536:
            head += bytes([0x80 | 126]) + struct.pack(">H", n)
        else:
            head += bytes([0x80 | 127]) + struct.pack(">Q", n)
        masked = bytes(b ^ mask[i % 4] for i, b in enumerate(data))
        self.sock.sendall(head + mask + masked)

    def _exact(self, n):
        out = b""
        while len(out) < n:
            chunk = self.sock.recv(n - len(out))
            if not chunk:
                raise RuntimeError("websocket closed")
            out += chunk
        return out

    def recv(self):
        message = b""
        while True:
            b0, b1 = self._exact(2)
            n = b1 & 0x7F
            if n == 126:
                n = struct.unpack(">H", self._exact(2))[0]
            elif n == 127:
                n = struct.unpack(">Q", self._exact(8))[0]
            payload = self._exact(n)
            opcode = b0 & 0x0F
            if opcode == 8:
                raise RuntimeError("websocket closed")
            if opcode in (0, 1, 2):
                message += payload
                if b0 & 0x80:
                    return message.decode()


class Page:
    """One tab, driven over the DevTools protocol."""

    def __init__(self, ws_url):
        self.ws = WebSocket(ws_url)
        self.next_id = 0
        self.events = []

    def call(self, method, **params):
        self.next_id += 1
        mine = self.next_id
        self.ws.send(json.dumps({"id": mine, "method": method, "params": params}))
        while True:
            message = json.loads(self.ws.recv())
            if message.get("id") == mine:
                if "error" in message:
                    raise RuntimeError(f"{method}: {message['error']}")
                return message.get("result", {})
            self.events.append(message)

    def wait_event(self, method, timeout=60):
        deadline = time.time() + timeout
        while time.time() < deadline:
            for i, event in enumerate(self.events):
                if event.get("method") == method:
                    return self.events.pop(i)
            self.events.append(json.loads(self.ws.recv()))
        raise RuntimeError(f"no {method} within {timeout} s")

    def js(self, expression):
        result = self.call("Runtime.evaluate", expression=expression, returnByValue=True)
        if "exceptionDetails" in result:
            raise RuntimeError(f"{expression}: {result['exceptionDetails']}")
        return result["result"].get("value")

    def navigate(self, url):
        self.events.clear()
        self.call("Page.navigate", url=url)
        self.wait_event("Page.loadEventFired")

    def after(self, action):
        """Runs an action that loads a new page, and waits for it."""
        self.events.clear()
        action()
        self.wait_event("Page.loadEventFired")

    def click(self, selector):
        """A real click in the middle of the element."""
        box = self.js(
            f"(() => {{ const e = document.querySelector({json.dumps(selector)});"
            " e.scrollIntoView({block: 'center'}); const r = e.getBoundingClientRect();"
            " return [r.x + r.width / 2, r.y + r.height / 2]; })()"
        )
        for kind in ("mousePressed", "mouseReleased"):
            self.call(
                "Input.dispatchMouseEvent", type=kind, x=box[0], y=box[1], button="left", clickCount=1
            )

    def type_into(self, selector, text):
        self.js(
            f"(() => {{ const e = document.querySelector({json.dumps(selector)});"
            " e.focus(); e.select(); })()"
        )
        self.call("Input.insertText", text=text)

    def enter(self):
        for kind in ("keyDown", "keyUp"):
            self.call(
                "Input.dispatchKeyEvent",
                type=kind,
                key="Enter",
                code="Enter",
                windowsVirtualKeyCode=13,
                text="\r" if kind == "keyDown" else "",
            )

    def shot(self, name):
        """The window (1280 x 900) as NAME.png, the whole page as NAME-full.png."""
        path = os.path.join(SHOTS, f"{name}.png")
        with open(path, "wb") as f:
            f.write(base64.b64decode(self.call("Page.captureScreenshot", format="png")["data"]))
        height = self.js("document.documentElement.scrollHeight")
        height = max(900, min(int(height or 900), 8000))
        self.call(
            "Emulation.setDeviceMetricsOverride", width=1280, height=height, deviceScaleFactor=1, mobile=False
        )
        data = self.call("Page.captureScreenshot", format="png")["data"]
        self.call(
            "Emulation.setDeviceMetricsOverride", width=1280, height=900, deviceScaleFactor=1, mobile=False
        )
        with open(os.path.join(SHOTS, f"{name}-full.png"), "wb") as f:
            f.write(base64.b64decode(data))
        return path


def check(condition, what):
    if not condition:
        raise AssertionError(what)


def main():
    dvk, chromium = sys.argv[1], sys.argv[2]
    os.makedirs(SHOTS, exist_ok=True)
    work = tempfile.mkdtemp(prefix="dvk-browser-")
    register = os.path.join(work, "so")
    shutil.copytree(os.path.join(ROOT, "data-sample"), register, ignore=shutil.ignore_patterns(".dvk"))
    downloads = os.path.join(work, "downloads")
    os.makedirs(downloads)
    env = dict(os.environ, DVK_TODAY="2025-06-30")
    env.pop("DVK_REGISTER", None)
    server = subprocess.Popen(
        [dvk, "-C", register, "--lang", "vi", "serve", "--port", "0"],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        env=env,
        text=True,
    )
    browser = None
    try:
        base = server.stdout.readline().strip().rstrip("/")
        check(base.startswith("http://127.0.0.1:"), f"dvk serve printed {base!r}")
        profile = os.path.join(work, "profile")
        browser = subprocess.Popen(
            [
                chromium,
                "--headless=new",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--no-first-run",
                "--remote-debugging-port=0",
                f"--user-data-dir={profile}",
                "about:blank",
            ],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            # Its own process group: its helpers are stopped with it.
            start_new_session=True,
        )
        active = os.path.join(profile, "DevToolsActivePort")
        deadline = time.time() + 60
        while not (os.path.exists(active) and open(active).read().count("\n") >= 1):
            check(time.time() < deadline, "Chromium did not start")
            time.sleep(0.2)
        port, browser_path = open(active).read().split("\n")[:2]
        targets = json.load(urllib.request.urlopen(f"http://127.0.0.1:{port}/json/list"))
        page_target = next(t for t in targets if t["type"] == "page")
        root = Page(f"ws://127.0.0.1:{port}{browser_path}")
        root.call("Browser.setDownloadBehavior", behavior="allow", downloadPath=downloads)
        page = Page(page_target["webSocketDebuggerUrl"])
        page.call("Page.enable")
        page.call("Runtime.enable")
        page.call(
            "Emulation.setDeviceMetricsOverride", width=1280, height=900, deviceScaleFactor=1, mobile=False
        )
        steps = 0

        def step(name, detail=""):
            nonlocal steps
            steps += 1
            print(f"ok {steps:2} {name}: {page.shot(f'{steps:02}-{name}')} {detail}")

        # The overview: the year the server starts on, then a year picked.
        page.navigate(base + "/")
        check(page.js("document.documentElement.lang") == "vi", "the page is in Vietnamese")
        check("Tổng quan" in page.js("document.querySelector('h1').textContent"), "the overview's title")
        check(page.js("document.querySelectorAll('svg').length") >= 1, "charts on the overview")
        step("tong-quan")
        page.type_into("#pick-year input[name=year]", "2024")
        page.after(page.enter)
        check(page.js("location.search") == "?year=2024", "the year picked")
        tables = page.js("document.querySelectorAll('main table').length")
        check(tables >= 10, f"the report's tables ({tables})")
        step("tong-quan-2024", f"{tables} tables")
        page.type_into("#pick-phase input[name=phase]", "2021-2025")
        page.after(lambda: page.click("#pick-phase button"))
        check(page.js("location.search") == "?phase=2021-2025", "the phase picked")
        step("tong-quan-giai-doan")
        page.type_into("#pick-date input[name=date]", "")
        page.js(
            "(() => { const e = document.querySelector('#pick-date input[name=date]');"
            " e.value = '2024-06-30'; })()"
        )
        page.after(lambda: page.click("#pick-date button"))
        check(page.js("location.search") == "?date=2024-06-30", "the date picked")
        step("tong-quan-ngay")

        # The list; a query typed in NFC, then in NFD, then a wrong one.
        page.after(lambda: page.click("nav a[href='/models']"))
        all_rows = page.js("document.querySelectorAll('main tbody tr').length")
        check(all_rows > 20, f"the list's rows ({all_rows})")
        step("danh-sach")
        query = 'commune:"Quảng Tân" field:kinh_te'
        counts = []
        for form, text in (("nfc", query), ("nfd", unicodedata.normalize("NFD", query))):
            page.type_into("input[name=q]", text)
            page.after(page.enter)
            counts.append(page.js("document.querySelector('#count').textContent"))
            rows = page.js("document.querySelectorAll('main tbody tr').length")
            check(0 < rows < all_rows, f"{form}: the query selects some ({rows})")
            step(f"tim-{form}", counts[-1])
        check(counts[0] == counts[1], f"NFC and NFD find the same: {counts}")
        page.type_into("input[name=q]", "khoa:la")
        page.after(page.enter)
        error = page.js("document.querySelector('.error').textContent")
        check("khoa" in error, f"the query's error on the page: {error!r}")
        step("tim-loi", error.splitlines()[0])

        # Sorting by a column, then the next page.
        page.type_into("input[name=q]", "")
        page.after(page.enter)
        page.after(lambda: page.click("thead th:nth-child(6) a"))
        check("sort=registered" in page.js("location.search"), "sorted by a column")
        step("sap-xep")

        # A model's page, followed from its link.
        page.type_into("input[name=q]", "vườn mẫu")
        page.after(page.enter)
        page.after(lambda: page.click("main tbody tr:first-child td:first-child a"))
        check(page.js("location.pathname").startswith("/models/"), "a model's page")
        sections = page.js("[...document.querySelectorAll('h2')].map(h => h.textContent)")
        check("Quá trình" in sections and "Hồ sơ minh chứng" in sections, f"sections {sections}")
        step("mo-hinh", page.js("document.querySelector('h1').textContent"))

        # An evidence file opens in place.
        href = page.js("document.querySelector('a[href^=\"/files/\"]').getAttribute('href')")
        with urllib.request.urlopen(base + href) as answer:
            check(answer.headers["Content-Type"] == "application/pdf", "evidence is a pdf")
            check(answer.headers["Content-Disposition"].startswith("inline"), "opened in place")

        # A download: the list as csv, saved by the browser.
        page.navigate(base + "/models?q=field%3Akinh_te")
        page.click("a[href^='/download/models.csv']")
        deadline = time.time() + 60
        while not [f for f in os.listdir(downloads) if f.endswith(".csv")]:
            check(time.time() < deadline, "the csv was not downloaded")
            time.sleep(0.2)
        name = [f for f in os.listdir(downloads) if f.endswith(".csv")][0]
        with open(os.path.join(downloads, name), encoding="utf-8-sig") as f:
            header = f.readline()
        check(header.startswith("id,name,"), f"the csv's header: {header[:40]!r}")
        print(f"ok    download: {name} ({os.path.getsize(os.path.join(downloads, name))} bytes)")

        # The answers to mistakes.
        page.navigate(base + "/models/khong-co-mo-hinh-nay")
        check("Không tìm thấy" in page.js("document.querySelector('h1').textContent"), "404 page")
        step("khong-tim-thay")
        page.navigate(base + "/?year=abc")
        check("không phải là năm" in page.js("document.querySelector('.error').textContent"), "400 page")
        step("yeu-cau-sai")
        print(f"all {steps} pages loaded and checked; screenshots in {SHOTS}")
    except Exception as error:  # noqa: BLE001 - any failure fails the run
        print(f"FAILED: {error}", file=sys.stderr)
        return 1
    finally:
        if browser is not None:
            try:
                os.killpg(browser.pid, signal.SIGKILL)
            except ProcessLookupError:
                pass
            browser.wait()
        server.kill()
        server.wait()
        shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
