"""Save `storysite check --format json` for three libraries, or compare it byte for byte with a saved run.

    python benchmarks/privacy/same_findings.py save /tmp/before
    python benchmarks/privacy/same_findings.py compare /tmp/before

The libraries: a generated one (`benchmarks/perf/generate.py`, made once in --work and kept), the
example library `content/`, and the hand-written development corpus (benchmarks/privacy/real/dev) as
score_real.py writes it. A fourth output is `scan_text`'s detections on the privacy benchmark's
generated stories (benchmarks/privacy/generate.py, dev split, seed 1), which plant every kind of
identifying detail the generated library has none of. Each check runs this checkout's code in a
process of its own, from the repository's root, so the paths in the findings are the same from run
to run. For a change that must not change any result. Exit 0 when every output is the same, 1
with the names of those that differ.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO / "benchmarks" / "perf"))
sys.path.insert(0, str(REPO / "benchmarks" / "privacy" / "real"))

from corpus import corpus_files, write_library  # noqa: E402
from generate import generate  # noqa: E402


def libraries(work: Path, stories: int) -> dict[str, Path]:
    """The three libraries by name, made in `work` when they are not there yet."""
    generated = work / f"generated-{stories}"
    if not generated.exists():
        generate(generated, stories, 1)
    dev = work / "dev"
    if not dev.exists():
        write_library(corpus_files("dev"), dev)
    return {"generated": generated, "content": REPO / "content", "dev": dev}


def check_json(library: Path) -> bytes:
    """What `storysite check LIBRARY --format json` prints (exit 0 and 1 are both results)."""
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    proc = subprocess.run(
        [sys.executable, "-m", "storysite", "check", str(library), "--format", "json"],
        cwd=REPO,
        capture_output=True,
        env=env,
        check=False,
    )
    if proc.returncode not in (0, 1):
        sys.exit(f"storysite check {library} failed (exit {proc.returncode}):\n{proc.stderr.decode()}")
    return proc.stdout


def scan_generated(stories: int) -> bytes:
    """`scan_text`'s detections on the privacy benchmark's generated stories, one line each, in a process of its own."""
    code = (
        "import sys\n"
        f"sys.path.insert(0, {str(REPO / 'benchmarks' / 'privacy')!r})\n"
        "from generate import generate\n"
        "from storysite.privacy import scan_text\n"
        f"for i, s in enumerate(generate(1, 'dev', {stories})):\n"
        "    for d in scan_text(s.text, s.lang, pseudonyms=s.pseudonyms, allow=s.allow):\n"
        "        print(i, repr(d))\n"
    )
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    return subprocess.run([sys.executable, "-c", code], cwd=REPO, capture_output=True, env=env, check=True).stdout


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("action", choices=("save", "compare"))
    parser.add_argument("saved", type=Path, help="the folder of saved outputs")
    parser.add_argument("--work", type=Path, default=Path("/tmp/same-findings"), help="where the libraries are made")
    parser.add_argument("--stories", type=int, default=2000)
    args = parser.parse_args()
    args.work.mkdir(parents=True, exist_ok=True)
    different: list[str] = []
    outputs = {name: check_json(library) for name, library in libraries(args.work, args.stories).items()}
    outputs["scanned"] = scan_generated(args.stories)
    for name, out in outputs.items():
        saved = args.saved / f"{name}.json"
        if args.action == "save":
            args.saved.mkdir(parents=True, exist_ok=True)
            saved.write_bytes(out)
            print(f"{name}: {len(out)} bytes saved")
        elif saved.read_bytes() == out:
            print(f"{name}: the same")
        else:
            print(f"{name}: DIFFERENT")
            different.append(name)
    return 1 if different else 0


if __name__ == "__main__":
    sys.exit(main())
