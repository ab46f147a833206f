"""Shared fixtures: throwaway libraries written from dedented strings, built sites, a real browser."""

from __future__ import annotations

import contextlib
import datetime as dt
import functools
import http.server
import os
import shutil
import socketserver
import sys
import tempfile
import textwrap
import threading
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
EXAMPLE = REPO / "content"
TODAY = dt.date(2026, 11, 22)  # fixed, so review dates in the example library give the same result every run
CHROMIUM = "/usr/bin/chromium"
# Builds cache their results in the user's cache folder; tests keep theirs in a throwaway folder.
os.environ.setdefault("STORYSITE_CACHE_DIR", tempfile.mkdtemp(prefix="storysite-test-cache-"))
# A finder that raises holds its text back in use; in the suite it fails the test that met it.
os.environ.setdefault("STORYSITE_FINDER_ERRORS", "raise")

SITE_YAML = """\
title: {cy: "Llyfrgell straeon prawf", en: "Test story library"}
organisation: {cy: "Cyngor Prawf", en: "Test Council"}
description: {cy: "Straeon prawf.", en: "Test stories."}
page_size: 2
themes:
  kindness: {cy: Caredigrwydd, en: Kindness}
  small: {cy: Mae pethau bach yn bwysig, en: Small things matter}
services:
  reablement: {cy: Ailalluogi, en: Reablement}
client_groups:
  older-people: {cy: Pobl hŷn, en: Older people}
msc_domains:
  changes-in-lives: {cy: Newidiadau ym mywydau pobl, en: Changes in people's lives}
audiences:
  intranet: {cy: Mewnrwyd, en: Intranet}
  public: {cy: Cyhoeddus, en: Public}
"""


def story_text(
    story_id: str = "mm-2026-001",
    *,
    lang: str = "en",
    title: str | None = None,
    body: str | None = None,
    status: str = "given",
    scope: str = "[intranet]",
    extra: str = "",
    consent: str | None = None,
    story_type: str = "magic-moment",
    date: str = "2026-03-14",
) -> str:
    """A valid story file, with any part replaced."""
    title = title or ("Yn ôl yn yr ardd" if lang == "cy" else "Back in the garden")
    body = (
        body
        if body is not None
        else (
            "Aeth Dai allan i’r ardd am y tro cyntaf ers blwyddyn."
            if lang == "cy"
            else "Dai went out to the garden for the first time in a year."
        )
    )
    if consent is None:
        consent = f"consent:\n  status: {status}\n  date: 2026-03-20\n  scope: {scope}\n"
    return (
        f"---\nid: {story_id}\ntype: {story_type}\ntitle: {title}\nsummary: A short summary.\ndate: {date}\n"
        f"wellbeing: [health]\nthemes: [kindness]\n{consent}pseudonyms: [Dai]\n{extra}---\n{body}\n"
    )


@pytest.fixture
def make_library(tmp_path: Path) -> Callable[..., Path]:
    """Write a library: `make_library({"stories/a.en.md": "...", ...})` → the content folder."""

    def make(files: dict[str, str | bytes], *, site: str | None = SITE_YAML) -> Path:
        content = tmp_path / "content"
        content.mkdir(exist_ok=True)
        if site is not None:
            (content / "site.yaml").write_text(site, encoding="utf-8")
        for name, text in files.items():
            path = content / name
            path.parent.mkdir(parents=True, exist_ok=True)
            if isinstance(text, bytes):
                path.write_bytes(text)
            else:
                path.write_text(textwrap.dedent(text) if text.startswith("\n") else text, encoding="utf-8")
        return content

    return make


class Services:
    """Helpers the whole session shares that run threads in this process: started on first use, stopped on demand.

    storysite forks its workers only while no other thread runs (parallel.may_fork), so a test of work on
    several processes stops them all first (the `forking` fixture), whatever ran before it; the next
    test that needs one starts it again.
    """

    def __init__(self) -> None:
        self._running: dict[str, tuple[object, Callable[[], None]]] = {}

    def get(self, name: str, start: Callable[[], tuple[object, Callable[[], None]]]) -> object:
        """The helper called `name`, started by `start` (which returns it and the call that stops it) if need be."""
        if name not in self._running:
            self._running[name] = start()
        return self._running[name][0]

    def stop_all(self) -> None:
        while self._running:
            _, stop = self._running.pop(next(iter(self._running)))
            stop()


@pytest.fixture(scope="session")
def services() -> Iterator[Services]:
    running = Services()
    yield running
    running.stop_all()


def assert_forks() -> None:
    """Fail unless storysite would fork here and now (else its parallel work silently runs in one process)."""
    from storysite import parallel

    for thread in threading.enumerate():  # a server just shut down may take a moment to end its thread
        if thread is not threading.current_thread():
            thread.join(timeout=5)
    assert parallel.may_fork(), f"storysite would not fork here: other threads run ({threading.enumerate()})"


@pytest.fixture
def forking(services: Services) -> None:
    """For a test of work on several processes: stops the shared helpers' threads, and fails unless storysite
    can fork here and now."""
    services.stop_all()
    assert_forks()


def record_worker_pids(monkeypatch: pytest.MonkeyPatch, record: Path) -> Callable[[], set[int]]:
    """Have every item storysite maps over its workers append the id of the process it ran in to `record`.

    Returns the call that reads the ids back: a test of parallel work asserts some are not its own.
    """
    from storysite import parallel
    from storysite.check import library
    from storysite.incremental import jobs

    def recorded(task: Callable[[object], object]) -> Callable[[object], object]:
        def run(item: object) -> object:
            with record.open("a", encoding="utf-8") as out:  # appended whole: workers write at once
                out.write(f"{os.getpid()}\n")
            return task(item)

        return run

    for module in (library, jobs):
        monkeypatch.setattr(
            module, "parallel_map", lambda task, items, **kw: parallel.parallel_map(recorded(task), items, **kw)
        )
    return lambda: {int(line) for line in record.read_text(encoding="utf-8").split()} if record.exists() else set()


class OpenedFiles:
    """The files this process opens while a test watches: every open, os.open included, raises Python's
    "open" audit event, so a test sees which files a build read without reaching into storysite."""

    def __init__(self) -> None:
        self._seen: list[str] | None = None

    def hook(self, event: str, args: tuple[object, ...]) -> None:
        if event == "open" and self._seen is not None and isinstance(args[0], str | bytes | os.PathLike):
            self._seen.append(os.fsdecode(args[0]))  # type: ignore[arg-type]

    @contextlib.contextmanager
    def watching(self) -> Iterator[list[str]]:
        """Within the block, the list of paths opened (as given to open) grows."""
        self._seen = seen = []
        try:
            yield seen
        finally:
            self._seen = None


@pytest.fixture(scope="session")
def opened_files() -> OpenedFiles:
    """One audit hook for the session (a hook cannot be taken away), recording only while a test watches."""
    recorder = OpenedFiles()
    sys.addaudithook(recorder.hook)
    return recorder


@pytest.fixture(scope="session")
def example_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The example library in content/, built once for the intranet audience."""
    from storysite.build import build_site

    out = tmp_path_factory.mktemp("example") / "_site"
    result = build_site(EXAMPLE, "content", out, audience="intranet", today=TODAY)
    assert result.out is not None, [f for f in result.library.findings if f.is_error]
    return out


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:  # noqa: A002
        pass


def serve_folder(root: Path, sub_path: str = "/") -> tuple[socketserver.TCPServer, str]:
    """Serve `root` on 127.0.0.1 at `sub_path` (a folder tree is made so the site lives under it)."""
    if sub_path != "/":
        mount = root.parent / f"mount-{abs(hash(sub_path))}"
        target = mount / sub_path.strip("/")
        if not target.exists():
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copytree(root, target)
        root = mount
    handler = functools.partial(_QuietHandler, directory=str(root))
    server = socketserver.ThreadingTCPServer(("127.0.0.1", 0), handler)
    server.daemon_threads = True
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server, f"http://127.0.0.1:{server.server_address[1]}{sub_path}"


@pytest.fixture
def site_url(example_site: Path, services: Services) -> str:
    """The built example site served over HTTP (one server for the session, while no test forks); ends with /."""

    def start() -> tuple[object, Callable[[], None]]:
        server, url = serve_folder(example_site)

        def stop() -> None:
            server.shutdown()
            server.server_close()

        return url, stop

    return str(services.get("example site", start))


def _launch_browser() -> tuple[object, Callable[[], None]]:
    try:
        import playwright.sync_api as playwright
    except ImportError:  # a skip here would hide every browser test
        pytest.fail("Playwright is missing: run `pip install -e '.[test]'` (scripts/test.sh does).")
    if not Path(CHROMIUM).exists():
        pytest.fail(f"{CHROMIUM} is missing: run `apt-get install -y chromium` (scripts/test.sh does).")
    driver = playwright.sync_playwright().start()
    instance = driver.chromium.launch(
        executable_path=CHROMIUM,
        args=[
            "--no-sandbox",
            "--disable-gpu",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--no-first-run",
        ],
    )

    def stop() -> None:
        instance.close()
        driver.stop()

    return instance, stop


@pytest.fixture
def browser(services: Services) -> object:
    """Debian's Chromium driven by Playwright (no browser download is possible here): one for the session,
    while no test forks."""
    return services.get("browser", _launch_browser)


@pytest.fixture
def page(browser: object) -> Iterator[object]:
    """A fresh browser page that records console errors in `page.console_errors`."""
    context = browser.new_context()  # type: ignore[attr-defined]
    new_page = context.new_page()
    new_page.console_errors = []
    new_page.on(
        "console",
        lambda msg: (
            msg.type == "error" and new_page.console_errors.append(f"{msg.text} ({msg.location.get('url', '')})")
        ),
    )
    new_page.on("pageerror", lambda exc: new_page.console_errors.append(str(exc)))
    yield new_page
    context.close()
