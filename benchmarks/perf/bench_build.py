"""Benchmark storysite against Hugo + Pagefind on a generated library, in one run.

    nohup python3 benchmarks/perf/bench_build.py --stories 1000 10000 30000 > benchmarks/out/bench.txt 2>&1 &
    python3 benchmarks/perf/bench_build.py --stories 1000 --no-hugo --old main   # old and new, side by side
    python3 benchmarks/perf/bench_build.py --stories 10000 --old 127e19d --new d8f6a9d --rounds 5   # alternated

Publishing one story (issue 20): after the clean build, the first rebuild (one story edited), then
PUBLISH_RUNS rebuilds each for one story edited, one added and one withdrawn, search index included,
with their medians; each rebuild's CPU time by stage, Pagefind's apart; and serve's save → reloaded
page (benchmarks/serve_reload.py) unless --no-serve.

For each N: `storysite check` (MB/s; twice, each with an empty cache, the second time with the files in memory), a clean
`storysite build`, a rebuild after one story changed (from the cache; search re-index shown apart)
and STEADY more, each after another story changed (through the spare tree the rebuild before left),
with their median, then Hugo and the Pagefind CLI on the same stories. Each step runs in its own
child process, whose wall time, peak memory (ru_maxrss of the largest process in it, workers
included) and CPU time are measured. Results are also
appended as JSON lines to benchmarks/out/results.jsonl. With --old REV, commit REV (its own code, theme
and catalogs) is measured too, in the same run, each N old then new, and the two are shown side by side.
With --rounds K the two sides take turns K times (old, new, then new, old, ...), so that a machine
whose speed drifts during the run weighs on both alike; the comparison is of each figure's median over
the rounds, and of the median of the K paired ratios. --new REV measures commit REV as the new side
instead of this checkout (a merge against its parent, say).
"""

from __future__ import annotations

import argparse
import compileall
import json
import os
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[1]
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(REPO))

import generate  # noqa: E402
import hugo_site  # noqa: E402

ENV = {**os.environ, "PYTHONPATH": str(REPO)}
STEADY = 3  # rebuilds through the spare, each after another story changed
PUBLISH_RUNS = 5  # rebuilds for each way of publishing one story: edited, added, withdrawn
REBUILD = """
import json, os, sys, time
from pathlib import Path
from storysite.build import build_site
from storysite.cli import collect_less
collect_less()  # as `storysite build` does
started = time.perf_counter()
result = build_site(Path(sys.argv[1]), sys.argv[1], Path(sys.argv[2]))
cpu = getattr(result, "cpu", {})  # an old commit's build may not measure it
seconds = time.perf_counter() - started
print(json.dumps({"seconds": seconds, "timings": result.timings, "cpu": cpu, "pages": result.pages}))
sys.stdout.flush()
os._exit(0)  # as `storysite build` ends (cli.run): the process's wall time is the command's
"""


def measure(command: list[str], cwd: Path, env: dict[str, str] | None = None) -> dict:
    """Run `command` in a child that reports its wall time, the peak RSS of its largest process and the CPU
    time (user and system) of all its processes: the work two cores share, whatever the wall time hides."""
    probe = (
        "import resource, subprocess, sys, time, json\n"
        "t = time.perf_counter()\n"
        "p = subprocess.run(sys.argv[1:], capture_output=True, text=True)\n"
        "s = time.perf_counter() - t\n"
        "u = resource.getrusage(resource.RUSAGE_CHILDREN)\n"
        "print(json.dumps({'seconds': s, 'max_rss_mb': u.ru_maxrss / 1024, 'cpu_s': u.ru_utime + u.ru_stime,\n"
        "                  'rc': p.returncode,\n"
        "                  'out': p.stdout[-2000:], 'err': p.stderr[-2000:]}))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", probe, *command], cwd=cwd, env=env or ENV, capture_output=True, text=True, check=True
    )
    result = json.loads(done.stdout)
    if result["rc"] != 0:
        raise SystemExit(f"{' '.join(command)} failed ({result['rc']}):\n{result['out']}\n{result['err']}")
    return result


def html_pages(folder: Path) -> int:
    return sum(1 for _ in folder.rglob("*.html"))


def change_one_story(content: Path, which: int = 0) -> None:
    """Edit the body of one story, as a practitioner fixing a sentence would (`which`: another story each time)."""
    paths = sorted((content / "stories").rglob("*.en.md"))
    path = paths[(len(paths) // 2 + 7 * which) % len(paths)]
    text = path.read_text(encoding="utf-8")
    path.write_text(text.rstrip("\n") + " The team wrote this sentence later, at the review.\n", encoding="utf-8")


def add_one_story(content: Path, which: int) -> None:
    """A new story, both languages, copied from one already there with a new id (as `storysite new` makes one)."""
    paths = sorted((content / "stories").rglob("*.en.md"))
    source = paths[(3 * which) % len(paths)]
    new_id = f"mm-2099-{which + 1:03d}"
    for lang in ("en", "cy"):
        version = source.with_name(source.name.replace(".en.", f".{lang}."))
        if version.exists():
            text = version.read_text(encoding="utf-8")
            old_id = text.split("\nid: ", 1)[1].split("\n", 1)[0]
            text = text.replace(f"id: {old_id}\n", f"id: {new_id}\n", 1)
            (version.parent / f"added-{which:03d}.{lang}.md").write_text(text, encoding="utf-8")


def withdraw_one_story(content: Path, which: int) -> None:
    """A storyteller withdraws consent: the story's versions say so (and leave the site)."""
    paths = sorted((content / "stories").rglob("*.en.md"))
    source = paths[(len(paths) // 3 + 11 * which) % len(paths)]
    for lang in ("en", "cy"):
        version = source.with_name(source.name.replace(".en.", f".{lang}."))
        if version.exists():
            text = version.read_text(encoding="utf-8")
            version.write_text(text.replace("status: given", "status: withdrawn", 1), encoding="utf-8")


PUBLISH = {"edited": change_one_story, "added": add_one_story, "withdrawn": withdraw_one_story}


def rebuild_once(content: Path, out: Path, root: Path) -> dict:
    """One rebuild as a whole command, its phases and their CPU time (Pagefind's as the index's children)."""
    rebuild = measure([sys.executable, "-c", REBUILD, str(content), str(out)], root)
    report = json.loads(rebuild["out"].strip().splitlines()[-1])
    wait_for_old_site(out)
    return {"s": rebuild["seconds"], "cpu_s": rebuild["cpu_s"], "timings": report["timings"], "cpu": report["cpu"]}


def serve_reload(content: Path, runs: int) -> float | None:
    """The median of serve's save → reloaded page, from benchmarks/serve_reload.py (Chromium when present)."""
    script = REPO / "benchmarks" / "serve_reload.py"
    browser = [] if Path("/usr/bin/chromium").exists() else ["--no-browser"]
    done = subprocess.run(
        [sys.executable, str(script), str(content), "--runs", str(runs), *browser],
        env=ENV,
        capture_output=True,
        text=True,
    )
    for line in done.stdout.splitlines():
        if "median" in line:
            return float(line.split("median ", 1)[1].split(" ms", 1)[0]) / 1000
    print(f"  serve_reload.py printed no median:\n{done.stdout[-1000:]}\n{done.stderr[-1000:]}")
    return None


def wait_for_old_site(out: Path) -> float:
    """Seconds until the old site a build replaced (deleted by a process of its own) is gone."""
    started = time.perf_counter()
    while any(out.parent.glob(f".{out.name}.building-*")) or any(out.parent.glob(f".{out.name}.old-*")):
        time.sleep(0.05)
    return time.perf_counter() - started


def _empty_cache(folder: Path) -> dict[str, str]:
    """The benchmark's environment with an empty cache folder at FOLDER (emptied here)."""
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)
    return {**ENV, "STORYSITE_CACHE_DIR": str(folder)}


def bench(stories: int, work: Path, hugo: bool, publish: bool = True, serve: bool = True) -> dict:
    """Every measurement for a library of `stories` stories."""
    root = work / f"n{stories}"
    content = root / "content"
    if not (content / "site.yaml").is_file():
        generate.generate(content, stories)
    source_bytes = sum(p.stat().st_size for p in (content / "stories").rglob("*.md"))
    storysite = [sys.executable, "-m", "storysite"]
    row: dict = {"stories": stories, "source_mb": source_bytes / 1e6, "cores": len(os.sched_getaffinity(0))}

    # Twice: first with the files as the disk holds them (the runs before, Pagefind's above all, may have
    # pushed them out of memory), then as a practitioner checking again, or CI after a checkout, reads them.
    # Each time with an empty cache of its own: not the one the last build left (with --old, the other side's).
    check = measure([*storysite, "check", str(content)], root, env=_empty_cache(root / "check-cache"))
    row["check_s"], row["check_rss_mb"], row["check_cpu_s"] = check["seconds"], check["max_rss_mb"], check["cpu_s"]
    row["check_mb_s"] = source_bytes / 1e6 / check["seconds"]
    again = measure([*storysite, "check", str(content)], root, env=_empty_cache(root / "check-cache"))
    row["check_again_s"], row["check_again_cpu_s"] = again["seconds"], again["cpu_s"]
    row["check_again_mb_s"] = source_bytes / 1e6 / again["seconds"]

    out = root / "_site"
    shutil.rmtree(out, ignore_errors=True)
    for left in root.glob("._site.*"):  # a spare or staging folder of an earlier run: a clean build has neither
        shutil.rmtree(left, ignore_errors=True)
    ENV["STORYSITE_CACHE_DIR"] = str(root / "cache")
    shutil.rmtree(root / "cache", ignore_errors=True)  # a clean build: nothing cached
    build = measure([*storysite, "build", str(content), "--out", str(out)], root)
    row["pages"] = html_pages(out)
    row["build_s"], row["build_rss_mb"], row["build_cpu_s"] = build["seconds"], build["max_rss_mb"], build["cpu_s"]

    # The first rebuild after a clean build writes into the spare the clean build made (its files linked to
    # the site's; before issue 20's first-rebuild work there was none, and it wrote every page); the next
    # ones into the spare the rebuild before kept. Both are measured, the steady one STEADY times
    # (another story each time) as this machine's timings vary from run to run.
    steady = [f"rebuild_again_{n}" for n in range(1, STEADY)]
    for which, name in enumerate(("rebuild", "rebuild_again", *steady)):
        change_one_story(content, which)
        rebuild = measure([sys.executable, "-c", REBUILD, str(content), str(out)], root)
        report = json.loads(rebuild["out"].strip().splitlines()[-1])
        row[f"{name}_s"] = rebuild["seconds"]
        row[f"{name}_inprocess_s"] = report["seconds"]
        row[f"{name}_index_s"] = report["timings"].get("index", 0.0)
        row[f"{name}_without_index_s"] = report["seconds"] - row[f"{name}_index_s"]
        row[f"{name}_process_without_index_s"] = rebuild["seconds"] - row[f"{name}_index_s"]
        row[f"{name}_timings"] = report["timings"]
        row[f"{name}_rss_mb"] = rebuild["max_rss_mb"]
        row[f"{name}_cpu_s"] = rebuild["cpu_s"]
        row[f"{name}_old_site_deleted_after_s"] = wait_for_old_site(out)  # deleted in the background: let it finish
    if publish:
        # Publishing one story, as the web team does every day: whole commands, search index included.
        for kind, change in PUBLISH.items():
            runs_of_kind = []
            for which in range(PUBLISH_RUNS):
                change(content, 100 + which)
                runs_of_kind.append(rebuild_once(content, out, root))
            row[f"publish_{kind}"] = runs_of_kind
            row[f"publish_{kind}_median_s"] = statistics.median(run["s"] for run in runs_of_kind)
        # The first rebuild after a clean build, through the spare the clean build made (see above).
        shutil.rmtree(out, ignore_errors=True)
        for left in root.glob("._site.*"):
            shutil.rmtree(left, ignore_errors=True)
        shutil.rmtree(root / "cache", ignore_errors=True)
        measure([*storysite, "build", str(content), "--out", str(out)], root)
        change_one_story(content, 200)
        row["first_rebuild"] = rebuild_once(content, out, root)
    if serve:
        row["serve_reload_s"] = serve_reload(content, PUBLISH_RUNS)
    runs = ["rebuild_again", *steady]
    for figure in ("without_index_s", "process_without_index_s", "cpu_s"):
        row[f"steady_{figure}"] = [row[f"{name}_{figure}"] for name in runs]
        row[f"steady_median_{figure}"] = statistics.median(row[f"steady_{figure}"])
    row["cache_mb"] = sum(p.stat().st_size for p in (root / "cache").rglob("*") if p.is_file()) / 1e6

    if hugo:
        site = root / "hugo"
        if not (site / "hugo.toml").is_file():
            hugo_site.convert(content, site)
        public = root / "public"
        shutil.rmtree(public, ignore_errors=True)
        shutil.rmtree(site / "resources", ignore_errors=True)
        run = measure(["hugo", "--source", str(site), "--destination", str(public), "--quiet"], root)
        pagefind = measure([hugo_site_pagefind(), "--site", str(public)], root)
        row["hugo_pages"] = html_pages(public) - html_pages(public / "pagefind")
        row["hugo_s"], row["pagefind_s"] = run["seconds"], pagefind["seconds"]
        row["hugo_pagefind_s"] = run["seconds"] + pagefind["seconds"]
        row["hugo_rss_mb"], row["pagefind_rss_mb"] = run["max_rss_mb"], pagefind["max_rss_mb"]
        row["hugo_cpu_s"], row["pagefind_cpu_s"] = run["cpu_s"], pagefind["cpu_s"]
        row["ratio"] = row["build_s"] / row["hugo_pagefind_s"]
    return row


def snapshot(folder: Path, source: Path = REPO) -> None:
    """Copy the code, themes and catalogs, so that edits made during a long run do not change it."""
    shutil.rmtree(folder, ignore_errors=True)
    for name in ("storysite", "themes", "locales"):
        shutil.copytree(source / name, folder / name, ignore=shutil.ignore_patterns("__pycache__"))
    # Byte-compiled, as pip installs it: else every command would compile storysite again (0.3 s each
    # where PYTHONDONTWRITEBYTECODE is set, as on the benchmark machine).
    compileall.compile_dir(folder / "storysite", quiet=1)
    ENV["PYTHONPATH"] = str(folder)
    print(f"code: a snapshot of {source} in {folder}; load average {os.getloadavg()[0]:.2f}")


def hugo_site_pagefind() -> str:
    from pagefind_bin import get_executable

    return str(get_executable())


def cpu_line(run: dict) -> str:
    """CPU seconds by stage: the process and its workers; the index's is almost all Pagefind's."""
    stages = ", ".join(f"{name} {cpu:.2f}" for name, cpu in run["cpu"].items() if not name.endswith("_children"))
    pagefind = run["cpu"].get("index_children", 0.0)
    return f"{stages}; Pagefind {pagefind:.2f} of {run['cpu_s']:.2f} s in all"


def show(row: dict) -> None:
    print(f"\nN = {row['stories']:,} stories ({row['source_mb']:.1f} MB of Markdown, {row['cores']} cores)")
    print(
        f"  storysite check           {row['check_s']:8.2f} s  {row['check_mb_s']:6.1f} MB/s   "
        f"peak {row['check_rss_mb']:6.0f} MB  cpu {row['check_cpu_s']:.1f} s"
    )
    print(
        f"  check again (files read)  {row['check_again_s']:8.2f} s  {row['check_again_mb_s']:6.1f} MB/s   "
        f"             cpu {row['check_again_cpu_s']:.1f} s"
    )
    print(
        f"  storysite build           {row['build_s']:8.2f} s  {row['pages'] / row['build_s']:6.0f} pages/s "
        f"peak {row['build_rss_mb']:6.0f} MB  ({row['pages']:,} HTML pages)  cpu {row['build_cpu_s']:.1f} s"
    )
    for name, label in (("rebuild", "rebuild, one story edited"), ("rebuild_again", "again, through the spare")):
        print(
            f"  {label:25} {row[f'{name}_inprocess_s']:8.2f} s  "
            f"(search re-index {row[f'{name}_index_s']:.2f} s; without it {row[f'{name}_without_index_s']:.2f} s; "
            f"process {row[f'{name}_s']:.2f} s, {row[f'{name}_process_without_index_s']:.2f} s without the re-index, "
            f"peak {row[f'{name}_rss_mb']:.0f} MB)"
        )
        print(f"    phases: {', '.join(f'{k} {v:.2f}' for k, v in row[f'{name}_timings'].items())}")
        deleted = row[f"{name}_old_site_deleted_after_s"]
        print(f"    what it threw away was deleted in the background {deleted:.2f} s later")
    for n in range(1, STEADY):
        name = f"rebuild_again_{n}"
        print(
            f"  {'and again':25} {row[f'{name}_without_index_s']:8.2f} s  without the re-index "
            f"(process {row[f'{name}_process_without_index_s']:.2f} s; phases: "
            f"{', '.join(f'{k} {v:.2f}' for k, v in row[f'{name}_timings'].items() if k != 'index')})"
        )
    print(
        f"  steady rebuild, median of {STEADY}: {row['steady_median_without_index_s']:.2f} s without the re-index "
        f"(process {row['steady_median_process_without_index_s']:.2f} s)  (target <= 2 s)"
    )
    print(f"  build cache and site state  {row['cache_mb']:.0f} MB")
    for kind in PUBLISH:
        if f"publish_{kind}" not in row:
            continue
        times = ", ".join(f"{run['s']:.2f}" for run in row[f"publish_{kind}"])
        print(
            f"  publish one story {kind:9} {row[f'publish_{kind}_median_s']:8.2f} s  median of {PUBLISH_RUNS}, "
            f"search included ({times})  (target <= 4 s)"
        )
        print(f"    cpu by stage (last run): {cpu_line(row[f'publish_{kind}'][-1])}")
    if "first_rebuild" in row:
        first = row["first_rebuild"]
        print(f"  first rebuild after clean {first['s']:8.2f} s  search included  (target <= 4 s)")
        print(f"    cpu by stage: {cpu_line(first)}")
    if row.get("serve_reload_s") is not None:
        print(f"  serve: save → page       {row['serve_reload_s']:8.2f} s  median  (target <= 1 s)")
    if "ratio" in row:
        print(
            f"  hugo                      {row['hugo_s']:8.2f} s  {row['hugo_pages'] / row['hugo_s']:6.0f} pages/s "
            f"peak {row['hugo_rss_mb']:6.0f} MB  ({row['hugo_pages']:,} HTML pages)  cpu {row['hugo_cpu_s']:.1f} s"
        )
        print(
            f"  pagefind (hugo's site)    {row['pagefind_s']:8.2f} s                 "
            f"peak {row['pagefind_rss_mb']:6.0f} MB  cpu {row['pagefind_cpu_s']:.1f} s"
        )
        print(
            f"  hugo + pagefind           {row['hugo_pagefind_s']:8.2f} s  "
            f"{row['hugo_pages'] / row['hugo_pagefind_s']:6.0f} pages/s"
        )
        print(f"  ratio storysite / (hugo + pagefind) = {row['ratio']:.2f}  (target <= 0.80)")
    sys.stdout.flush()


SIDE_BY_SIDE = (  # figure, label: what compare() shows of an old and a new run
    ("check_s", "storysite check"),
    ("check_cpu_s", "  its CPU time"),
    ("check_again_s", "check again (files read)"),
    ("check_again_cpu_s", "  its CPU time"),
    ("build_s", "storysite build"),
    ("build_cpu_s", "  its CPU time"),
    ("build_rss_mb", "build peak memory (MB)"),
    ("rebuild_inprocess_s", "rebuild, one story edited"),
    ("rebuild_without_index_s", "  without the re-index"),
    ("rebuild_cpu_s", "  its CPU time"),
    ("steady_median_without_index_s", "steady rebuild, median"),
    ("steady_median_cpu_s", "  its CPU time"),
)


def compare(old: list[dict], new: list[dict], names: tuple[str, str]) -> None:
    """Each figure of the old and the new runs side by side: medians over the rounds, new / old of the
    medians, and the median of the rounds' own new / old (each round's two runs ran one after the other)."""
    rounds = len(new)
    print(f"\nN = {new[0]['stories']:,}: old ({names[0]}) and new ({names[1]}), in one run of {rounds} round(s)")
    for key, label in SIDE_BY_SIDE:
        olds, news = [row[key] for row in old], [row[key] for row in new]
        old_median, new_median = statistics.median(olds), statistics.median(news)
        ratio = new_median / old_median if old_median else float("nan")
        line = f"  {label:32} old {old_median:9.2f}   new {new_median:9.2f}   new/old {ratio:5.2f}"
        if rounds > 1:
            paired = statistics.median(n / o for o, n in zip(olds, news, strict=True) if o)
            each = " ".join(f"{o:.2f}/{n:.2f}" for o, n in zip(olds, news, strict=True))
            line += f"   paired {paired:5.2f}   (old/new by round: {each})"
        print(line)
    sys.stdout.flush()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--stories", type=int, nargs="+", default=[1000])
    parser.add_argument("--work", type=Path, default=REPO / "benchmarks" / "out" / "perf")
    parser.add_argument("--no-hugo", action="store_true", help="measure storysite only")
    parser.add_argument("--old", help="also measure this commit, old then new for each N (Hugo is left out)")
    parser.add_argument("--no-publish", action="store_true", help="leave out publishing one story (issue 20)")
    parser.add_argument("--no-serve", action="store_true", help="leave out serve's save → reloaded page")
    parser.add_argument("--new", help="with --old: measure this commit as the new side, not this checkout")
    parser.add_argument("--rounds", type=int, default=1, help="with --old: old and new take turns this many times")
    args = parser.parse_args()
    if (args.new or args.rounds != 1) and not args.old:
        parser.error("--new and --rounds compare two commits: give --old too")
    args.work.mkdir(parents=True, exist_ok=True)
    codes = {"new": args.work / "code"}
    names = {"new": "this checkout"}
    if args.old:
        sys.path.insert(0, str(REPO / "benchmarks"))
        from identical import export

        for side, rev in (("old", args.old), ("new", args.new)):
            if rev is None:
                continue
            tree = args.work / f"{side}-tree"
            shutil.rmtree(tree, ignore_errors=True)
            names[side] = export(rev, tree)[:12]
            codes[side] = args.work / f"code-{side}"
            snapshot(codes[side], tree)
        codes = {"old": codes["old"], "new": codes["new"]}
    if not args.new:
        snapshot(codes["new"])
    for stories in args.stories:
        rows: dict[str, list[dict]] = {side: [] for side in codes}
        for turn in range(args.rounds):
            last = turn == args.rounds - 1
            order = list(codes.items()) if turn % 2 == 0 else list(reversed(codes.items()))
            for side, code in order:
                ENV["PYTHONPATH"] = str(code)
                work = (args.work / side if args.old else args.work).resolve()
                hugo = not args.no_hugo and not args.old and shutil.which("hugo") is not None
                started = time.perf_counter()
                new = side == "new" and last  # publishing and serve: once, after the compared figures
                row = bench(
                    stories, work, hugo=hugo, publish=new and not args.no_publish, serve=new and not args.no_serve
                )
                row["bench_s"], row["code"], row["round"] = time.perf_counter() - started, names[side], turn + 1
                show(row)
                rows[side].append(row)
                (REPO / "benchmarks" / "out").mkdir(parents=True, exist_ok=True)
                with (REPO / "benchmarks" / "out" / "results.jsonl").open("a", encoding="utf-8") as log:
                    log.write(json.dumps(row) + "\n")
        if args.old:
            compare(rows["old"], rows["new"], (names["old"], names["new"]))


if __name__ == "__main__":
    main()
