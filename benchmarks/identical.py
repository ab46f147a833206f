"""Build the same libraries with an old commit and with this checkout, and compare the sites byte for byte.

    python benchmarks/identical.py --old main --stories 1000

The old commit is taken out of git (`git archive`, so the repository is left as it is) and run with its
own code and theme (PYTHONPATH), in a process of its own; this checkout runs the same way. Each library
is built twice by each: once from nothing, then again with the cache and the spare the first build
left, so both the cold and the warm path are compared. Pagefind's own index files (pagefind/) are left
out: they are not reproducible. Exit 0 when every tree is the same, 1 with the differences.
"""

from __future__ import annotations

import argparse
import filecmp
import os
import shutil
import subprocess
import sys
import tarfile
import tempfile
from collections.abc import Iterator
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "benchmarks" / "perf"))

from generate import generate  # noqa: E402

LEFT_OUT = ("pagefind/",)  # Pagefind's index: not byte-reproducible from run to run


def export(rev: str, target: Path) -> str:
    """Unpack commit `rev` of this repository into `target`; returns its full hash."""
    commit = subprocess.run(
        ["git", "rev-parse", "--verify", f"{rev}^{{commit}}"], cwd=REPO, capture_output=True, text=True, check=True
    ).stdout.strip()
    archive = subprocess.run(["git", "archive", "--format=tar", commit], cwd=REPO, capture_output=True, check=True)
    target.mkdir(parents=True)
    with tempfile.TemporaryFile() as tar:
        tar.write(archive.stdout)
        tar.seek(0)
        with tarfile.open(fileobj=tar) as unpacked:
            unpacked.extractall(target, filter="data")
    return commit


def build(code: Path, content: Path, out: Path, cache: Path) -> None:
    """`storysite build CONTENT --out OUT` with the code in `code`, in a process of its own."""
    env = {**os.environ, "PYTHONPATH": str(code), "STORYSITE_CACHE_DIR": str(cache), "LC_ALL": "C.UTF-8"}
    env.pop("STORYSITE_WORKERS", None)
    run = subprocess.run(
        [sys.executable, "-m", "storysite", "build", content.name, "--out", str(out)],
        cwd=content.parent,
        env=env,
        capture_output=True,
        text=True,
    )
    if run.returncode != 0:
        raise SystemExit(f"build with {code} failed ({run.returncode}):\n{run.stdout}{run.stderr}")


def files(root: Path) -> Iterator[str]:
    """Every file under `root` by its path relative to it, but Pagefind's index."""
    for path in sorted(root.rglob("*")):
        rel = path.relative_to(root).as_posix()
        if path.is_file() and not rel.startswith(LEFT_OUT):
            yield rel


def differences(old: Path, new: Path) -> list[str]:
    """What differs between two built sites: files only in one, and files whose bytes differ."""
    old_files, new_files = set(files(old)), set(files(new))
    found = [f"only in the old site: {p}" for p in sorted(old_files - new_files)]
    found += [f"only in the new site: {p}" for p in sorted(new_files - old_files)]
    found += [
        f"differs: {p}" for p in sorted(old_files & new_files) if not filecmp.cmp(old / p, new / p, shallow=False)
    ]
    if (old / "pagefind").is_dir() != (new / "pagefind").is_dir():
        found.append("pagefind/: made by one build only")
    return found


def compare(old_code: Path, new_code: Path, libraries: dict[str, Path], work: Path) -> dict[str, list[str]]:
    """Build each library cold, then warm, with both codes; the differences per library and pass."""
    result: dict[str, list[str]] = {}
    for name, content in libraries.items():
        outs: dict[str, Path] = {}
        for side, code in (("old", old_code), ("new", new_code)):
            cache, out = work / f"cache-{side}-{name}", work / f"site-{side}-{name}" / "_site"
            build(code, content, out, cache)
            shutil.copytree(out, work / f"cold-{side}-{name}", symlinks=True)
            build(code, content, out, cache)  # again: the cache and the spare are used
            outs[side] = out
        result[f"{name} (cold)"] = differences(work / f"cold-old-{name}", work / f"cold-new-{name}")
        result[f"{name} (rebuild)"] = differences(outs["old"], outs["new"])
    return result


def libraries(work: Path, stories: int, source: Path = REPO) -> dict[str, Path]:
    """The example library in `source`/content and a generated one of `stories` stories, each in a folder of its own.

    The example is the old commit's: a newer one may use fields the old code does not know (sign_off).
    """
    example = work / "example" / "content"
    shutil.copytree(source / "content" if (source / "content").is_dir() else REPO / "content", example)
    generated = work / "generated" / "content"
    generate(generated, stories)
    return {"example": example, f"generated-{stories}": generated}


def run(old: str, stories: int, work: Path) -> tuple[str, dict[str, list[str]]]:
    """Compare commit `old` with this checkout; returns the old commit's hash and the differences."""
    commit = export(old, work / "old")
    return commit, compare(work / "old", REPO, libraries(work, stories, work / "old"), work)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--old", default="main", help="the commit to compare with (default: main)")
    parser.add_argument("--stories", type=int, default=1000, help="stories in the generated library")
    parser.add_argument("--keep", action="store_true", help="keep the built sites (the folder is printed)")
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="storysite-identical-"))
    try:
        commit, result = run(args.old, args.stories, work)
        print(f"old: {args.old} ({commit[:12]}); new: this checkout ({REPO})")
        for name, found in result.items():
            print(f"{name}: {'identical' if not found else f'{len(found)} differences'}")
            for line in found[:50]:
                print(f"  {line}")
    finally:
        if args.keep:
            print(f"sites kept in {work}")
        else:
            shutil.rmtree(work, ignore_errors=True)
    sys.exit(1 if any(result.values()) else 0)


if __name__ == "__main__":
    main()
