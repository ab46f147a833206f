"""The preview web server: built files with the reload script, the error page, and a reload event stream."""

from __future__ import annotations

import http.server
import secrets
import threading
from pathlib import Path
from urllib.parse import unquote, urlsplit

from storysite.serve_page import EVENTS, RELOAD_JS, SCRIPT, inject


class Preview:
    """What the server shows: a version that changes on every rebuild, and the error page if the last one failed."""

    def __init__(self, out: Path) -> None:
        self.out = out.resolve()
        self.token = secrets.token_hex(4)  # a restarted server always differs, so open pages reload
        self.generation = 0
        self.error_page: bytes | None = None
        self.stopped = False
        self._changed = threading.Condition()

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


class PreviewHandler(http.server.SimpleHTTPRequestHandler):
    """Serve the newest built folder; pages get the reload script; a failed build shows its error page."""

    preview: Preview

    def __init__(self, *args: object, preview: Preview, **kwargs: object) -> None:
        self.preview = preview
        super().__init__(*args, directory=str(preview.out), **kwargs)  # type: ignore[arg-type]

    def do_GET(self) -> None:  # noqa: N802 - the stdlib's name
        path = unquote(urlsplit(self.path).path)
        if path == EVENTS:
            return self._events()
        if path == SCRIPT:
            return self._send(200, RELOAD_JS.encode(), "text/javascript; charset=utf-8")
        if not path.startswith("/pagefind/") and (page := self._page(path)) is not None:
            return self._send(*page)
        return super().do_GET()

    def _page(self, path: str) -> tuple[int, bytes, str] | None:
        """An HTML page (or the error page) to send with the reload script, or None for other files."""
        html = path.endswith(("/", ".html"))
        if self.preview.error_page is not None and (html or "." not in path.rsplit("/", 1)[-1]):
            return 500, self.preview.error_page, "text/html; charset=utf-8"
        file = Path(self.translate_path(path))
        if file.is_dir():
            if not path.endswith("/"):
                return None  # the standard handler redirects to the folder's address with a slash
            file = file / "index.html"
        if file.is_file():
            if file.suffix != ".html":
                return None
            return 200, inject(file.read_bytes(), self.preview.version), "text/html; charset=utf-8"
        missing = self.preview.out / "404.html"
        if missing.is_file():
            return 404, inject(missing.read_bytes(), self.preview.version), "text/html; charset=utf-8"
        return None

    def _send(self, status: int, body: bytes, content_type: str) -> None:
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

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
        super().end_headers()

    def translate_path(self, path: str) -> str:
        self.directory = str(self.preview.out)  # the same path names the newest folder after every swap
        return super().translate_path(path)

    def log_message(self, format: str, *args: object) -> None:  # noqa: A002 - the stdlib's name
        pass


def start_server(preview: Preview, port: int) -> http.server.ThreadingHTTPServer:
    """Serve on 127.0.0.1:port in a background thread (port 0 picks a free one)."""
    server = http.server.ThreadingHTTPServer(("127.0.0.1", port), lambda *a: PreviewHandler(*a, preview=preview))
    server.daemon_threads = True
    threading.Thread(target=server.serve_forever, name="storysite-serve", daemon=True).start()
    return server
