"""The preview web server: built files with the reload script, the error page, and a reload event stream."""

from __future__ import annotations

import http.server
import os
import secrets
import stat
import threading
from collections.abc import Callable
from pathlib import Path
from urllib.parse import unquote, urlsplit

from storysite import LANGUAGES
from storysite.i18n.messages import in_language, msg
from storysite.render.site import CSP
from storysite.serve.error_page import ERROR_CSS, EVENTS, RELOAD_JS, SCRIPT, STYLE, inject
from storysite.serve.review_page import REVIEW_CSS, REVIEW_STYLE, ROUTE


class Preview:
    """What the server shows: a version that changes on every rebuild, and the error page if the last one failed."""

    def __init__(self, out: Path) -> None:
        self.out = out.resolve()
        self.token = secrets.token_hex(4)  # a restarted server always differs, so open pages reload
        self.generation = 0
        self.error_page: bytes | None = None
        self.stopped = False
        self._changed = threading.Condition()
        self.review: Callable[[str, str], bytes | None] | None = None  # (lang, id) → the review page (review_page)

    @property
    def version(self) -> str:
        return f"{self.token}-{self.generation}"

    def publish(self, error_page: bytes | None) -> None:
        """Show a new build (or its error page) and tell every open page to reload."""
        with self._changed:
            self.generation += 1
            self.error_page = error_page
            self._changed.notify_all()

    def wait(self, seen: str | None, timeout: float) -> str:
        """The version, once it differs from `seen` or after `timeout` seconds."""
        with self._changed:
            self._changed.wait_for(lambda: self.version != seen or self.stopped, timeout)
            return self.version

    def stop(self) -> None:
        with self._changed:
            self.stopped = True
            self._changed.notify_all()


HOSTS = ("127.0.0.1", "localhost", "[::1]")  # the only names serve answers to: no other site can point at it
_OPEN = os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_CLOEXEC", 0)


def allowed_host(values: list[str], port: int) -> bool:
    """Whether a request's Host headers name this server: exactly one, 127.0.0.1, localhost or [::1] with its port.

    A page on another site can make a browser send requests here under its own name (DNS rebinding):
    answering only to these names keeps the preview, which may show unpublished stories, to this computer.
    """
    if len(values) != 1:
        return False
    host = values[0].strip().lower()
    return host in {f"{name}:{port}" for name in HOSTS} or (port == 80 and host in HOSTS)


def wrong_host(port: int) -> bytes:
    """The plain answer to a request for another host name, in Welsh then English."""
    message = msg(
        "storysite serve answers only to 127.0.0.1, localhost and [::1] on port {port}: open http://127.0.0.1:{port}/",
        port=port,
    )
    return "".join(f"{in_language(message, lang)}\n" for lang in LANGUAGES).encode("utf-8")


def open_inside(root: Path, path: str) -> tuple[int, bool] | None:
    """Open the regular file at the URL path `path` under `root`, never through a link: (descriptor, is a folder).

    A folder gives its index.html (is a folder: True); anything else (a link anywhere on the way, a
    device, a folder with no index.html, `..`) gives None.
    """
    parts = [part for part in path.split("/") if part not in ("", ".")]
    if any(part == ".." or "\0" in part for part in parts):
        return None
    folder = getattr(os, "O_DIRECTORY", 0)
    try:
        fd = os.open(root, os.O_RDONLY | folder | getattr(os, "O_CLOEXEC", 0))
    except OSError:
        return None
    try:
        for part in parts:
            inner = os.open(part, _OPEN, dir_fd=fd)
            os.close(fd)
            fd = inner
        is_folder = stat.S_ISDIR(os.fstat(fd).st_mode)
        if is_folder:
            inner = os.open("index.html", _OPEN, dir_fd=fd)
            os.close(fd)
            fd = inner
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            raise FileNotFoundError(path)
        os.set_blocking(fd, True)
        return fd, is_folder
    except OSError:
        os.close(fd)
        return None


class PreviewHandler(http.server.SimpleHTTPRequestHandler):
    """Serve the newest built folder's regular files; pages get the reload script; a failed build shows its error page.

    Every answer carries the Content-Security-Policy; a request for another host name, a link, or a
    folder without index.html (no listings) is refused.
    """

    preview: Preview

    def __init__(self, *args: object, preview: Preview, **kwargs: object) -> None:
        self.preview = preview
        super().__init__(*args, directory=str(preview.out), **kwargs)  # type: ignore[arg-type]

    def do_GET(self) -> None:  # noqa: N802 - the stdlib's name
        self._answer(body=True)

    def do_HEAD(self) -> None:  # noqa: N802 - the stdlib's name
        self._answer(body=False)

    def _answer(self, *, body: bool) -> None:
        port = int(self.server.server_address[1])  # type: ignore[index]
        if not allowed_host(self.headers.get_all("Host") or [], port):
            status = 421 if self.headers.get_all("Host") else 400
            return self._send(status, wrong_host(port), "text/plain; charset=utf-8", body)
        path = unquote(urlsplit(self.path).path)
        if path == EVENTS and body:
            return self._events()
        if path == SCRIPT:
            return self._send(200, RELOAD_JS.encode(), "text/javascript; charset=utf-8", body)
        if path == STYLE:
            return self._send(200, ERROR_CSS.encode(), "text/css; charset=utf-8", body)
        if path == REVIEW_STYLE:
            return self._send(200, REVIEW_CSS.encode(), "text/css; charset=utf-8", body)
        review = ROUTE.match(path) if self.preview.review is not None else None
        if review is not None and self.preview.review is not None:
            return self._review(review.group(1), review.group(2), body)
        page = path.endswith(("/", ".html")) or "." not in path.rsplit("/", 1)[-1]
        if self.preview.error_page is not None and page and not path.startswith("/pagefind/"):
            return self._send(500, self.preview.error_page, "text/html; charset=utf-8", body)
        found = open_inside(self.preview.out, path)
        if found is not None and found[1] and not path.endswith("/"):
            os.close(found[0])  # a folder's address without its slash: its page's relative links need the slash
            query = urlsplit(self.path).query
            return self._redirect(urlsplit(self.path).path + "/" + (f"?{query}" if query else ""))
        if found is None:
            return self._missing(body)
        with os.fdopen(found[0], "rb") as handle:
            data = handle.read()
        if found[1] or path.endswith(".html"):
            return self._send(200, inject(data, self.preview.version), "text/html; charset=utf-8", body)
        return self._send(200, data, self.guess_type(path), body)

    def _review(self, lang: str, story_id: str, body: bool) -> None:
        """The review page, made now from the content folder (never written to the site)."""
        assert self.preview.review is not None
        page = self.preview.review(lang, story_id)
        if page is None:
            return self._missing(body)
        return self._send(200, inject(page, self.preview.version), "text/html; charset=utf-8", body)

    def _missing(self, body: bool) -> None:
        """The site's own 404 page (a regular file, with the reload script), else a plain 404."""
        found = open_inside(self.preview.out, "404.html")
        if found is None:
            return self._send(404, b"Not found\n", "text/plain; charset=utf-8", body)
        with os.fdopen(found[0], "rb") as handle:
            return self._send(404, inject(handle.read(), self.preview.version), "text/html; charset=utf-8", body)

    def _redirect(self, location: str) -> None:
        self.send_response(301)
        self.send_header("Location", location)
        self.send_header("Content-Length", "0")
        self.end_headers()

    def _send(self, status: int, data: bytes, content_type: str, body: bool = True) -> None:
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        if body:
            self.wfile.write(data)

    def _events(self) -> None:
        """Server-Sent Events: the site's version now, and again whenever it changes."""
        self.send_response(200)
        self.send_header("Content-Type", "text/event-stream")
        self.end_headers()
        seen = None
        try:
            while not self.preview.stopped:
                version = self.preview.wait(seen, timeout=15)
                self.wfile.write(f"data: {version}\n\n".encode() if version != seen else b": still here\n\n")
                self.wfile.flush()
                seen = version
        except (BrokenPipeError, ConnectionResetError):
            pass

    def end_headers(self) -> None:
        self.send_header("Cache-Control", "no-store")  # a preview must always show the newest build
        self.send_header("Content-Security-Policy", CSP)  # the policy the README recommends for the built site
        self.send_header("X-Content-Type-Options", "nosniff")
        super().end_headers()

    def list_directory(self, path: str | os.PathLike[str]) -> None:
        """Never list a folder (the stdlib's handler would)."""
        self.send_error(404)

    def log_message(self, format: str, *args: object) -> None:  # noqa: A002 - the stdlib's name
        pass


def start_server(preview: Preview, port: int) -> http.server.ThreadingHTTPServer:
    """Serve on 127.0.0.1:port in a background thread (port 0 picks a free one)."""
    server = http.server.ThreadingHTTPServer(("127.0.0.1", port), lambda *a: PreviewHandler(*a, preview=preview))
    server.daemon_threads = True
    threading.Thread(target=server.serve_forever, name="storysite-serve", daemon=True).start()
    return server
