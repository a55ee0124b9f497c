"""The HTML review page in a real browser: Debian's Chromium, headless, driven over the DevTools
protocol with the standard library only (a minimal WebSocket client below).

Checks: the page loads without console errors, exceptions or policy violations; its script ran;
flagged segments come in risk order; injected markup stayed text and ran nothing; j/k move
between flagged segments; filters and sorting work; a focused mark shows its reason.
"""

from __future__ import annotations

import base64
import dataclasses
import json
import os
import shutil
import socket
import struct
import subprocess
import tempfile
import time
import urllib.parse
import urllib.request
from pathlib import Path

import pytest

from checker.render import render
from checker.report import Finding, TextSpan
from test_render import make_report, sample_segments

pytestmark = pytest.mark.browser

CHROMIUM = next((c for c in ("/usr/bin/chromium", shutil.which("chromium") or "") if c and os.path.exists(c)), None)
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
         "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-extensions",
         "--remote-debugging-address=127.0.0.1", "--remote-debugging-port=0"]

# Payloads that would leave a trace if they ran: a flag on the page, a changed title.
PAYLOAD_SCRIPT = "<script>document.documentElement.dataset.pwned = 'script'</script>"
PAYLOAD_IMG = "\"><img src=x onerror=\"document.documentElement.dataset.pwned='img'\">"

if CHROMIUM is None:
    pytest.skip("chromium is not installed (Debian: apt-get install chromium); the HTML page's browser "
                "tests need it", allow_module_level=True)


class DevTools:
    """Just enough of a WebSocket client (RFC 6455) to talk to one DevTools target."""

    def __init__(self, url: str, timeout: float = 20.0) -> None:
        parts = urllib.parse.urlparse(url)
        self.sock = socket.create_connection((parts.hostname, parts.port), timeout=timeout)
        key = base64.b64encode(os.urandom(16)).decode()
        self.sock.sendall((f"GET {parts.path} HTTP/1.1\r\nHost: {parts.hostname}:{parts.port}\r\n"
                           "Upgrade: websocket\r\nConnection: Upgrade\r\n"
                           f"Sec-WebSocket-Key: {key}\r\nSec-WebSocket-Version: 13\r\n\r\n").encode())
        self.buffer = b""
        while b"\r\n\r\n" not in self.buffer:
            chunk = self.sock.recv(4096)
            if not chunk:
                raise ConnectionError("DevTools closed the connection during the handshake")
            self.buffer += chunk
        head, self.buffer = self.buffer.split(b"\r\n\r\n", 1)
        if b" 101 " not in head.split(b"\r\n", 1)[0]:
            raise ConnectionError(f"WebSocket handshake refused: {head[:200]!r}")
        self.events: list[dict] = []
        self._id = 0

    def close(self) -> None:
        self.sock.close()

    def _read(self, n: int) -> bytes:
        while len(self.buffer) < n:
            chunk = self.sock.recv(65536)
            if not chunk:
                raise ConnectionError("DevTools closed the connection")
            self.buffer += chunk
        data, self.buffer = self.buffer[:n], self.buffer[n:]
        return data

    def _send_frame(self, opcode: int, payload: bytes) -> None:
        header = bytes([0x80 | opcode])
        n = len(payload)
        if n < 126:
            header += bytes([0x80 | n])
        elif n < 65536:
            header += bytes([0x80 | 126]) + struct.pack(">H", n)
        else:
            header += bytes([0x80 | 127]) + struct.pack(">Q", n)
        mask = os.urandom(4)
        self.sock.sendall(header + mask + bytes(b ^ mask[i % 4] for i, b in enumerate(payload)))

    def _message(self) -> dict:
        parts = []
        while True:
            first, second = self._read(2)
            opcode, n = first & 0x0F, second & 0x7F
            if n == 126:
                n = struct.unpack(">H", self._read(2))[0]
            elif n == 127:
                n = struct.unpack(">Q", self._read(8))[0]
            mask = self._read(4) if second & 0x80 else None
            payload = self._read(n)
            if mask:
                payload = bytes(b ^ mask[i % 4] for i, b in enumerate(payload))
            if opcode == 0x9:  # ping
                self._send_frame(0xA, payload)
                continue
            if opcode == 0x8:
                raise ConnectionError("DevTools closed the WebSocket")
            if opcode in (0x0, 0x1, 0x2):
                parts.append(payload)
                if first & 0x80:
                    return json.loads(b"".join(parts).decode("utf-8"))

    def call(self, method: str, **params):
        self._id += 1
        self._send_frame(0x1, json.dumps({"id": self._id, "method": method, "params": params}).encode())
        while True:
            message = self._message()
            if message.get("id") == self._id:
                if "error" in message:
                    raise RuntimeError(f"{method}: {message['error']}")
                return message.get("result", {})
            if "method" in message:
                self.events.append(message)

    def wait_for(self, event: str, timeout: float = 20.0) -> dict:
        deadline = time.monotonic() + timeout
        for message in self.events:
            if message["method"] == event:
                return message
        while time.monotonic() < deadline:
            message = self._message()
            if "method" in message:
                self.events.append(message)
                if message["method"] == event:
                    return message
        raise TimeoutError(f"no {event} within {timeout} s")

    def evaluate(self, expression: str):
        result = self.call("Runtime.evaluate", expression=expression, returnByValue=True, awaitPromise=True)
        if "exceptionDetails" in result:
            raise RuntimeError(f"page script failed: {result['exceptionDetails']}")
        return result["result"].get("value")

    def problems(self) -> list[str]:
        """Console errors and warnings, uncaught exceptions and browser log errors so far."""
        found = []
        for message in self.events:
            params = message.get("params", {})
            if message["method"] == "Runtime.exceptionThrown":
                found.append(f"exception: {params['exceptionDetails'].get('text')} "
                             f"{params['exceptionDetails'].get('exception', {}).get('description', '')}")
            elif message["method"] == "Runtime.consoleAPICalled" and params.get("type") in ("error", "warning", "assert"):
                found.append(f"console.{params['type']}: {[a.get('value') for a in params.get('args', [])]}")
            elif message["method"] == "Log.entryAdded" and params["entry"].get("level") in ("error", "warning"):
                found.append(f"log {params['entry']['level']}: {params['entry'].get('text')}")
        return found


@pytest.fixture(scope="module")
def browser():
    """A headless Chromium with a fresh profile; yields the DevTools HTTP endpoint."""
    home = Path(tempfile.mkdtemp(prefix="checker-chromium-"))
    profile = home / "profile"
    log = open(home / "chromium.log", "wb")  # a file, not a pipe: a full pipe would block chromium
    process = subprocess.Popen([CHROMIUM, *FLAGS, f"--user-data-dir={profile}", "about:blank"],
                               stdout=subprocess.DEVNULL, stderr=log)
    try:
        port_file = profile / "DevToolsActivePort"
        deadline = time.monotonic() + 60
        while not (port_file.exists() and port_file.read_text().strip()):
            if process.poll() is not None:
                output = (home / "chromium.log").read_text(errors="replace")[-800:]
                pytest.fail(f"chromium exited with {process.returncode}: {output}")
            if time.monotonic() > deadline:
                pytest.fail("chromium did not open its DevTools port within 60 s")
            time.sleep(0.05)
        port = int(port_file.read_text().split()[0])
        yield f"http://127.0.0.1:{port}"
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
        log.close()
        shutil.rmtree(home, ignore_errors=True)


def _no_proxy_get(url: str, method: str = "GET"):
    opener = urllib.request.build_opener(urllib.request.ProxyHandler({}))
    with opener.open(urllib.request.Request(url, method=method), timeout=20) as response:
        return json.loads(response.read().decode())


@pytest.fixture()
def open_page(browser, tmp_path):
    """Open a report's HTML page in a new tab, listening from before the load; yields the tab."""
    tabs = []

    def open_(report) -> DevTools:
        page = tmp_path / f"report-{len(tabs)}.html"
        page.write_text(render(report, "html"), encoding="utf-8")
        target = _no_proxy_get(f"{browser}/json/new?about:blank", method="PUT")
        tab = DevTools(target["webSocketDebuggerUrl"])
        tabs.append((tab, target["id"]))
        for domain in ("Runtime", "Log", "Page"):
            tab.call(f"{domain}.enable")
        # A background tab has no focus, so :focus would never match; behave as the active tab.
        tab.call("Emulation.setFocusEmulationEnabled", enabled=True)
        tab.call("Page.navigate", url=page.as_uri())
        tab.wait_for("Page.loadEventFired")
        return tab

    yield open_
    for tab, target_id in tabs:
        tab.close()
        try:
            _no_proxy_get(f"{browser}/json/close/{target_id}")
        except Exception:  # noqa: BLE001 - the tab may be gone already; closing is tidying up
            pass


def _report_with_payloads():
    segments = sample_segments()
    injected = segments[3]
    bad = "Le texte " + PAYLOAD_SCRIPT + " et " + PAYLOAD_IMG + " ici."
    segments[3] = dataclasses.replace(
        injected,
        translation=TextSpan(bad, 200, 200 + len(bad), 5),
        backtranslation=PAYLOAD_IMG,
        findings=(Finding("backtranslation-mismatch", "major", "adds " + PAYLOAD_IMG,
                          (209, 209 + len(PAYLOAD_SCRIPT)), None, 0.7),))
    return make_report(segments)


def test_page_loads_without_errors_and_its_script_runs(open_page):
    tab = open_page(make_report())
    assert tab.evaluate("document.documentElement.getAttribute('data-ready')") == "true"
    assert tab.evaluate("document.getElementById('shown').textContent") == "6 of 6 shown"
    assert tab.problems() == []


def test_flagged_segments_appear_in_risk_order(open_page):
    tab = open_page(make_report())
    order = tab.evaluate("""Array.from(document.querySelectorAll('article.seg.flagged'))
        .filter(a => a.offsetParent !== null)
        .map(a => [a.id, parseFloat(a.dataset.risk)])""")
    assert order == [["seg-1", 0.91], ["seg-4", 0.7], ["seg-3", 0.6], ["seg-2", 0.3], ["seg-0", 0.2]]
    tops = tab.evaluate("Array.from(document.querySelectorAll('article.seg')).map(a => a.getBoundingClientRect().top)")
    assert tops == sorted(tops)


def test_injected_markup_renders_as_text_and_runs_nothing(open_page):
    tab = open_page(_report_with_payloads())
    assert tab.evaluate("document.documentElement.dataset.pwned || null") is None
    assert tab.evaluate("document.images.length") == 0
    assert tab.evaluate("document.scripts.length") == 1
    text = tab.evaluate("document.querySelector('#seg-3 .col .text').textContent")
    assert text == "Le texte " + PAYLOAD_SCRIPT + " et " + PAYLOAD_IMG + " ici."
    assert tab.evaluate("document.querySelector('#seg-3 mark.hl').textContent") == PAYLOAD_SCRIPT
    assert tab.evaluate("document.querySelector('#seg-3 .col.back .text').textContent") == PAYLOAD_IMG
    assert tab.problems() == []


def test_j_and_k_move_between_flagged_segments(open_page):
    tab = open_page(make_report())

    def press(key: str) -> str:
        for kind in ("keyDown", "keyUp"):
            tab.call("Input.dispatchKeyEvent", type=kind, key=key, text=key if kind == "keyDown" else "",
                     code=f"Key{key.upper()}", windowsVirtualKeyCode=ord(key.upper()))
        return tab.evaluate("document.activeElement.id")

    assert [press("j"), press("j"), press("j"), press("k")] == ["seg-1", "seg-4", "seg-3", "seg-4"]
    assert tab.evaluate("document.querySelectorAll('article.current').length") == 1
    # The ok segment is never a stop: after the last flagged one, j stays put.
    assert [press("j"), press("j"), press("j")] == ["seg-3", "seg-2", "seg-0"]
    assert press("j") == "seg-0"
    assert tab.problems() == []


def test_filters_by_severity_and_check_and_sorts_by_document_order(open_page):
    tab = open_page(make_report())
    visible = "Array.from(document.querySelectorAll('article.seg')).filter(a => !a.hidden).map(a => a.id)"
    tab.evaluate("document.querySelector('#severity-filter input[value=minor]').click()")
    assert tab.evaluate(visible) == ["seg-1", "seg-4", "seg-3", "seg-5"]
    assert tab.evaluate("document.getElementById('shown').textContent") == "4 of 6 shown"
    tab.evaluate("""(() => { const s = document.getElementById('check'); s.value = 'omission';
                    s.dispatchEvent(new Event('change')); })()""")
    assert tab.evaluate(visible) == ["seg-4"]
    tab.evaluate("""(() => { const s = document.getElementById('check'); s.value = '';
                    s.dispatchEvent(new Event('change'));
                    document.querySelector('#severity-filter input[value=minor]').click();
                    const o = document.getElementById('sort'); o.value = 'order';
                    o.dispatchEvent(new Event('change')); })()""")
    assert tab.evaluate(visible) == ["seg-0", "seg-1", "seg-2", "seg-3", "seg-4", "seg-5"]
    assert tab.problems() == []


def test_a_focused_mark_shows_its_reason_and_lights_up_its_counterpart(open_page):
    tab = open_page(make_report())
    tab.evaluate("document.querySelector('#seg-1 mark.hl').focus()")
    tip = tab.evaluate("getComputedStyle(document.activeElement, '::after').content")
    assert tip == '"major · backtranslation-mismatch: back-translation says “crisis” where the reference says “protest”"'
    assert tab.evaluate("Array.from(document.querySelectorAll('#seg-1 mark.linked')).map(m => m.textContent)") == \
        ["crise", "protest"]
    assert tab.evaluate("document.getElementById('seg-1-f0').classList.contains('linked')") is True
    assert tab.evaluate("document.activeElement.getAttribute('aria-describedby')") == "seg-1-f0"
