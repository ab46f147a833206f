"""Validate hand-written benchmark stories without showing what the identifying-details check found.

A writer runs this in place of `storysite check`: it says whether the markers parse and the clean story is a
valid storysite story, and hides every identifying-details finding, so the stories stay unseen by the check
until they are scored (see BRIEF.md and ../README.md).

usage: python benchmarks/privacy/real/writers/validate.py FILE [FILE ...]
"""

import json
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[3]  # the checkout the writer works in, whose storysite and site.yaml are used
sys.path.insert(0, str(HERE.parent))
import corpus  # noqa: E402

HIDDEN = set(corpus.CATEGORIES)


def _marker_problems(files: list[Path]) -> int:
    bad = 0
    for path in files:
        m = corpus._FILE_NAME.match(path.name)
        if not m:
            print(f"{path}: file name must be <id>.<cy|en>.md")
            bad += 1
            continue
        try:
            marked = corpus.parse_file(path)
        except corpus.MarkerError as err:
            print(f"marker problem: {err}")
            bad += 1
            continue
        if f"id: {m['id']}\n" not in marked.clean:
            print(f"{path.name}: front matter must say `id: {m['id']}`")
            bad += 1
        print(f"{path.name}: {len(marked.identifying)} identifying details, {len(marked.decoys)} decoys")
    return bad


def _story_problems(files: list[Path]) -> int | None:
    """The check's findings on the clean stories, identifying ones left out; None if the check could not run."""
    with tempfile.TemporaryDirectory() as tmp:
        lib = Path(tmp) / "library"
        (lib / "stories").mkdir(parents=True)
        (lib / "site.yaml").write_bytes((ROOT / "content" / "site.yaml").read_bytes())
        for path in files:
            (lib / "stories" / path.name).write_text(corpus.parse_file(path).clean, encoding="utf-8")
        proc = subprocess.run(
            [sys.executable, "-m", "storysite", "check", str(lib), "--format", "json"],
            cwd=ROOT,
            capture_output=True,
            text=True,
            check=False,
        )
    if proc.returncode not in (0, 1):
        print(f"the check could not run:\n{proc.stderr[-2000:]}")
        return None
    shown = [f for f in json.loads(proc.stdout)["findings"] if f.get("category") not in HIDDEN]
    for f in shown:
        print(f"{Path(f['path']).name}:{f['line']}:{f['column']}: {f.get('severity', '')} {f['rule']}: {f['message']}")
    return len(shown)


def main(paths: list[str]) -> int:
    files = [Path(p).resolve() for p in paths]
    if not files:
        print(__doc__)
        return 2
    if _marker_problems(files):
        return 1
    shown = _story_problems(files)
    if shown is None:
        return 1
    if shown:
        print(f"{shown} problem(s) to fix (identifying-details findings are hidden on purpose).")
        return 1
    print("OK: markers parse and the stories are valid (identifying-details findings are hidden on purpose).")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
