"""`storysite serve` against hostile requests: other host names (DNS rebinding), links, folders, `..`.

Raw HTTP over a socket, so that the Host header (or its absence, or two of them) is exactly what is sent.
"""

from __future__ import annotations

import os
import socket
from collections.abc import Iterator
from pathlib import Path

import pytest
from conftest import TODAY
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from storysite.authoring.scaffold import init_library
from storysite.build import build_site
from storysite.render.site import CSP
from storysite.serve.server import Preview, allowed_host, start_server

OUTSIDE = b"outside-the-preview-secret"


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[int, Path]]:
    """A preview served on a free port, with links planted in it that lead out of it and into it."""
    root = tmp_path_factory.mktemp("hostile")
    content = init_library(root / "lib")
    out = root / "_preview"
    assert build_site(content, str(content), out, today=TODAY).out == out
    secret = root / "secret"
    secret.mkdir()
    (secret / "index.html").write_bytes(b"<html><body>" + OUTSIDE + b"</body></html>")
    (secret / "data.json").write_bytes(OUTSIDE)
    os.symlink(secret / "index.html", out / "en" / "leak.html")
    os.symlink(secret / "data.json", out / "pagefind" / "leak.json")
    os.symlink(secret, out / "pagefind" / "outside")
    os.symlink(out / "static", out / "linked-static")  # a link even to inside the preview is refused
    os.symlink(out / "static" / "style.css", out / "static" / "again.css")
    os.symlink(secret, out / "en" / "stories" / "outside")
    (out / "empty-folder").mkdir()
    server = start_server(Preview(out), 0)
    yield server.server_address[1], out
    server.shutdown()
    server.server_close()


def request(port: int, head: bytes) -> tuple[int, dict[str, str], bytes]:
    """Send raw request bytes; the status, headers (lower-case names) and body of the answer."""
    with socket.create_connection(("127.0.0.1", port), timeout=10) as sock:
        sock.sendall(head)
        chunks = []
        while chunk := sock.recv(65536):
            chunks.append(chunk)
    data = b"".join(chunks)
    head_part, _, body = data.partition(b"\r\n\r\n")
    lines = head_part.decode("latin-1").split("\r\n")
    status = int(lines[0].split()[1])
    headers = {}
    for line in lines[1:]:
        name, _, value = line.partition(":")
        headers[name.strip().lower()] = value.strip()
    return status, headers, body


def get(port: int, path: str, host: str | None = "default", method: str = "GET") -> tuple[int, dict[str, str], bytes]:
    host_line = f"Host: 127.0.0.1:{port}\r\n" if host == "default" else ("" if host is None else f"Host: {host}\r\n")
    return request(port, f"{method} {path} HTTP/1.1\r\n{host_line}Connection: close\r\n\r\n".encode("latin-1"))


def test_the_three_local_names_with_the_port_are_answered(server: tuple[int, Path]) -> None:
    port, _ = server
    for host in (f"127.0.0.1:{port}", f"localhost:{port}", f"[::1]:{port}", f"LocalHost:{port}"):
        status, headers, body = get(port, "/en/", host)
        assert status == 200 and b"<html" in body, host
        assert headers["content-security-policy"] == CSP


@pytest.mark.parametrize(
    "host",
    [
        "evil.example",
        "evil.example:{port}",
        "127.0.0.1",  # without the port
        "localhost",
        "127.0.0.1:1",
        "localhost.:{port}",
        "localhost.evil.example:{port}",
        "127.0.0.1.nip.io:{port}",
        "0.0.0.0:{port}",
        "127.0.0.2:{port}",
        "[::ffff:127.0.0.1]:{port}",
        "user@127.0.0.1:{port}",
        "127.0.0.1:{port} evil",
        "",
    ],
)
def test_any_other_host_name_is_refused_with_a_plain_message(server: tuple[int, Path], host: str) -> None:
    port, _ = server
    status, headers, body = get(port, "/en/", host.format(port=port))
    assert status in (400, 421)
    assert headers["content-type"].startswith("text/plain")
    assert b"127.0.0.1" in body and b"<html" not in body
    assert "localhost" in body.decode() and len(body.decode().splitlines()) == 2  # Welsh, then English


def test_no_host_or_two_hosts_are_refused(server: tuple[int, Path]) -> None:
    port, _ = server
    assert get(port, "/en/", None)[0] == 400
    status, _, _ = request(port, b"GET /en/ HTTP/1.0\r\n\r\n")
    assert status == 400
    two = f"GET /en/ HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\nHost: evil.example\r\nConnection: close\r\n\r\n"
    assert request(port, two.encode())[0] in (400, 421)
    for path in ("/__storysite/events", "/__storysite/reload.js", "/pagefind/pagefind-entry.json"):
        assert get(port, path, "evil.example")[0] == 421


HOST_CHARS = st.characters(min_codepoint=0x21, max_codepoint=0x7E)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    st.one_of(
        st.text(HOST_CHARS, max_size=40),
        st.builds(
            lambda pre, name, post, port: f"{pre}{name}{post}:{port}",
            st.sampled_from(["", "a.", "x", "127.0.0.1.", "[", "localhost."]),
            st.sampled_from(["127.0.0.1", "localhost", "[::1]", "LOCALHOST", "127.1", "::1"]),
            st.sampled_from(["", ".", ".evil.example", "]", "x"]),
            st.one_of(st.just("{port}"), st.integers(0, 70000).map(str)),
        ),
    )
)
def test_generated_host_names_are_answered_only_when_local_with_the_port(server: tuple[int, Path], host: str) -> None:
    port, _ = server
    host = host.replace("{port}", str(port))
    expected = host.lower() in {f"127.0.0.1:{port}", f"localhost:{port}", f"[::1]:{port}"}
    assert allowed_host([host], port) is expected
    status, _, _ = get(port, "/static/style.css", host)
    assert (status == 200) is expected, host


@pytest.mark.parametrize(
    "path",
    [
        "/en/leak.html",
        "/pagefind/leak.json",
        "/pagefind/outside/data.json",
        "/pagefind/outside/",
        "/linked-static/style.css",
        "/static/again.css",
        "/en/stories/outside/",
        "/en/stories/outside/index.html",
    ],
)
def test_links_in_the_preview_are_never_followed(server: tuple[int, Path], path: str) -> None:
    port, _ = server
    for method in ("GET", "HEAD"):
        status, _, body = get(port, path, method=method)
        assert status == 404, (method, path)
        assert OUTSIDE not in body


FOLDERS = ["/pagefind/", "/pagefind/fragment/", "/pagefind/index/", "/static/", "/empty-folder/"]


@pytest.mark.parametrize("path", FOLDERS)
def test_folders_are_never_listed(server: tuple[int, Path], path: str) -> None:
    port, _ = server
    status, headers, body = get(port, path)
    assert status == 404
    assert b"Directory listing" not in body and b"pagefind-entry" not in body
    assert headers["content-security-policy"] == CSP


SEGMENTS = st.sampled_from(
    ["en", "cy", "static", "pagefind", "fragment", "stories", "outside", "leak.html", "leak.json", "..", ".",
     "%2e%2e", "%2E%2e", "..%2f", "%2f", "", "index.html", "style.css", "linked-static", "again.css", "data.json",
     "%00", "secret"]
)  # fmt: skip


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(SEGMENTS, min_size=1, max_size=6), st.booleans())
def test_generated_paths_give_only_regular_files_inside_the_preview(
    server: tuple[int, Path], segments: list[str], slash: bool
) -> None:
    port, out = server
    path = "/" + "/".join(segments) + ("/" if slash else "")
    status, headers, body = get(port, path)
    assert OUTSIDE not in body, path
    assert b"Directory listing" not in body, path
    assert headers.get("content-security-policy") == CSP, path
    assert status in (200, 301, 404), (path, status)
