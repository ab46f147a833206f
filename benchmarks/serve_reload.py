"""How long from saving a story to the open browser page showing the edit, in `storysite serve`.

    python benchmarks/serve_reload.py [CONTENT] [--runs N] [--no-browser]

CONTENT defaults to the example library in content/ (or a library made by `storysite init` when
content/ has no stories). The library is copied to a temporary folder first, so nothing in the
repository is changed. With Chromium (Playwright driving /usr/bin/chromium) it measures save →
reloaded page in a real browser, through the live-reload event stream; with --no-browser it polls
the page over HTTP instead. Prints each run and the median; asserts nothing.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import queue
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.request
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from storysite.authoring.scaffold import init_library  # noqa: E402
from storysite.check.library import check_library  # noqa: E402
from storysite.model import published  # noqa: E402


def prepare(source: Path, work: Path) -> tuple[Path, str, Path]:
    """Copy the library; return its content folder, a published story's id and its English file."""
    content = work / "content"
    if any(source.glob("stories/**/*.md")):
        shutil.copytree(source, content)
    else:
        content = init_library(work)
    library = check_library(content, str(content))
    stories = published(library.stories, "intranet", dt.date.today())
    if not stories:
        sys.exit(f"{source} has no story published to the intranet: nothing to edit.")
    story = next((s for s in stories if "en" in s.versions), stories[0])
    lang = "en" if "en" in story.versions else story.languages[0]
    return content, story.id, content / story.versions[lang].rel


def start(content: Path, out: Path) -> tuple[subprocess.Popen[str], str]:
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    command = [sys.executable, "-m", "storysite", "serve", str(content), "--port", "0", "--out", str(out)]
    process = subprocess.Popen(
        command, cwd=content.parent, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True
    )
    ready: queue.Queue[str] = queue.Queue()

    def read() -> None:
        assert process.stdout is not None
        for line in process.stdout:
            if line.startswith("Serving on "):
                ready.put(line.split()[2])
            elif line.startswith("Built "):
                print("   serve:", line.strip())

    threading.Thread(target=read, daemon=True).start()
    return process, ready.get(timeout=300)


def retitle(path: Path, run: int) -> str:
    """Give the story a new title (in its own file) and return it."""
    text = path.read_text(encoding="utf-8")
    title = f"Benchmark edit {run}"
    path.write_text(re.sub(r"^title:.*$", f"title: {title}", text, count=1, flags=re.MULTILINE), encoding="utf-8")
    return title


def measure_browser(url: str, path: Path, runs: int) -> list[float]:
    from playwright.sync_api import sync_playwright

    times = []
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path="/usr/bin/chromium", args=["--no-sandbox", "--disable-gpu"])
        page = browser.new_page()
        page.goto(url)
        time.sleep(1.5)  # let the watcher and the page's event stream settle before the first edit
        for run in range(1, runs + 1):
            started = time.perf_counter()
            title = retitle(path, run)
            page.wait_for_selector(f"h1:has-text('{title}')", timeout=30_000)
            times.append(time.perf_counter() - started)
            time.sleep(0.5)
        browser.close()
    return times


def measure_http(url: str, path: Path, runs: int) -> list[float]:
    times = []
    time.sleep(1.5)
    for run in range(1, runs + 1):
        started = time.perf_counter()
        title = retitle(path, run)
        while title not in urllib.request.urlopen(url, timeout=10).read().decode("utf-8"):
            time.sleep(0.01)
        times.append(time.perf_counter() - started)
        time.sleep(0.5)
    return times


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("content", nargs="?", default=str(REPO / "content"))
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--no-browser", action="store_true")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="serve-reload-") as tmp:
        content, story_id, path = prepare(Path(args.content), Path(tmp))
        files = len(list(content.glob("stories/**/*.md")))
        print(f"Library: {args.content} ({files} story files); editing {path.name} ({story_id}).")
        process, base = start(content, Path(tmp) / "_site")
        try:
            url = f"{base}en/stories/{story_id}/"
            measure = measure_http if args.no_browser else measure_browser
            times = measure(url, path, args.runs)
        finally:
            process.terminate()
            process.wait(timeout=10)
    how = "HTTP poll" if args.no_browser else "Chromium page reload"
    for run, seconds in enumerate(times, 1):
        print(f"  run {run}: {seconds * 1000:.0f} ms")
    print(
        f"save → updated page ({how}): median {statistics.median(times) * 1000:.0f} ms, "
        f"max {max(times) * 1000:.0f} ms over {len(times)} runs (target: under 1000 ms)."
    )


if __name__ == "__main__":
    main()
