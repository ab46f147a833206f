"""The image pipeline's speed and output sizes: a library of stories with drawn photos, built cold and warm.

    python benchmarks/photos.py --photos 100 --width 3000 --height 2000

Each story shows one photo (a drawn picture saved as a camera-sized JPEG with EXIF and GPS). The library
is checked on its own (every photo decoded and hashed), then built from nothing (every photo encoded at
its widths, WebP and JPEG), then built again with nothing changed (photos taken from the store) and
again after one photo changed. Prints the times, how many files were encoded or reused, and the sizes
of the sources and of what was published, by width and format. Search indexing is left out.
"""

from __future__ import annotations

import argparse
import datetime as dt
import io
import os
import platform
import random
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path

from PIL import Image, ImageDraw

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from storysite.build import build_site  # noqa: E402
from storysite.check.library import check_library  # noqa: E402

SITE = """\
title: {cy: "Meincnod lluniau", en: "Photo benchmark"}
organisation: {cy: "Cyngor Prawf", en: "Test Council"}
description: {cy: "Straeon gyda lluniau.", en: "Stories with photos."}
audiences:
  intranet: {cy: Mewnrwyd, en: Intranet}
"""
STORY = """\
---
id: mm-bench-{n:04d}
type: magic-moment
title: "{title}"
summary: "A garden, drawn."
date: 2026-03-14
wellbeing: [health]
consent:
  status: given
  date: 2026-03-20
  scope: [intranet]
photos:
  - file: bed-{n:04d}.jpg
    shows_people: false
---
{text}

![{alt}](bed-{n:04d}.jpg "{caption}")
"""


def photo(seed: int, width: int, height: int) -> bytes:
    """A drawn garden with noise enough to compress like a photo, saved with EXIF and a GPS position."""
    rng = random.Random(seed)
    small = Image.new("RGB", (width // 8, height // 8), (100 + rng.randint(0, 60), 160, 90))
    draw = ImageDraw.Draw(small)
    for _ in range(120):
        x, y = rng.randrange(small.width), rng.randrange(small.height)
        r = rng.randint(3, 30)
        draw.ellipse((x - r, y - r, x + r, y + r), fill=(rng.randint(0, 255), rng.randint(60, 200), 40))
    image = small.resize((width, height), Image.Resampling.BICUBIC)
    noise = Image.effect_noise((width, height), 24).convert("RGB")
    image = Image.blend(image, noise, 0.12)
    exif = Image.Exif()
    exif[0x010F] = "Benchmark camera"
    exif.get_ifd(0x8825).update({1: "N", 2: (51.0, 28.0, 52.5), 3: "W", 4: (3.0, 10.0, 40.0)})
    out = io.BytesIO()
    image.save(out, "JPEG", quality=88, exif=exif)
    return out.getvalue()


def make_library(root: Path, count: int, width: int, height: int) -> int:
    """Write `count` stories (both languages), each with its own photo; returns the photos' total bytes."""
    content = root / "content"
    stories = content / "stories"
    stories.mkdir(parents=True)
    (content / "site.yaml").write_text(SITE, encoding="utf-8")
    total = 0
    for n in range(count):
        data = photo(n, width, height)
        (stories / f"bed-{n:04d}.jpg").write_bytes(data)
        total += len(data)
        for lang, title, text, alt, caption in (
            ("en", "The bed", "The bed was full of leeks.", "A raised bed of leeks", "The bed in May"),
            ("cy", "Y gwely", "Roedd y gwely yn llawn cennin.", "Gwely uchel o gennin", "Y gwely ym mis Mai"),
        ):
            (stories / f"bed-{n:04d}.{lang}.md").write_text(
                STORY.format(n=n, title=title, text=text, alt=alt, caption=caption), encoding="utf-8"
            )
    return total


def timed(label: str, call):  # type: ignore[no-untyped-def]
    started = time.perf_counter()
    result = call()
    seconds = time.perf_counter() - started
    print(f"{label:<44} {seconds:7.2f} s")
    return result, seconds


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--photos", type=int, default=100)
    parser.add_argument("--width", type=int, default=3000)
    parser.add_argument("--height", type=int, default=2000)
    args = parser.parse_args()
    today = dt.date(2026, 11, 22)
    with tempfile.TemporaryDirectory(prefix="storysite-photos-") as temp:
        root = Path(temp)
        os.environ["STORYSITE_CACHE_DIR"] = str(root / "cache")
        source_bytes = make_library(root, args.photos, args.width, args.height)
        content, out = root / "content", root / "_site"
        print(
            f"{args.photos} photos of {args.width}x{args.height} (JPEG, {source_bytes / 1e6:.1f} MB), {platform.node()}"
        )
        print(f"{platform.platform()}, Python {platform.python_version()}, {len(os.sched_getaffinity(0))} cores")
        library, _ = timed(
            "check (decode and hash every photo)", lambda: check_library(content, "content", today=today)
        )
        assert library.ok, [f for f in library.findings if f.is_error][:3]

        def build():  # type: ignore[no-untyped-def]
            return build_site(content, "content", out, audience="intranet", today=today, index=False)

        cold, _ = timed("build from nothing (encode every photo)", build)
        print(f"  encoded {cold.photos_encoded} files, reused {cold.photos_reused}")
        warm, _ = timed("build again, nothing changed", build)
        print(f"  encoded {warm.photos_encoded} files, reused {warm.photos_reused}")
        (content / "stories" / "bed-0000.jpg").write_bytes(photo(10_000, args.width, args.height))
        one, _ = timed("build again, one photo changed", build)
        print(f"  encoded {one.photos_encoded} files, reused {one.photos_reused}")
        sizes: dict[str, list[int]] = defaultdict(list)
        for path in (out / "photos").iterdir():
            width, ext = path.stem.rsplit("-", 1)[1], path.suffix
            sizes[f"{width} px {ext[1:]}"].append(path.stat().st_size)
        published = sum(sum(v) for v in sizes.values())
        print(f"published: {sum(len(v) for v in sizes.values())} files, {published / 1e6:.1f} MB")
        for key in sorted(sizes, key=lambda k: (int(k.split()[0]), k)):
            values = sizes[key]
            print(f"  {key:<12} {len(values):4d} files, mean {sum(values) / len(values) / 1e3:7.1f} kB")


if __name__ == "__main__":
    main()
