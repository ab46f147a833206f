"""Photos (issue 21): listed with their own consent, re-encoded from pixels, hostile files refused at their line."""

from __future__ import annotations

import io
import os
import re
import struct
import zlib
from pathlib import Path

import pytest
from click.testing import CliRunner
from conftest import TODAY, story_text
from PIL import Image, ImageDraw

from storysite.build import build_site
from storysite.check.library import check_library
from storysite.cli import main

CAMERA_OWNER = "Gwenllian Ap-Rhys-Camera"  # written into the test photo's EXIF: must appear nowhere on the site
GPS_TAGS = {1: "N", 2: (51.0, 28.0, 52.5), 3: "W", 4: (3.0, 10.0, 40.0)}


def drawn(size: tuple[int, int] = (2000, 1200), colour: tuple[int, int, int] = (110, 160, 80)) -> Image.Image:
    """A picture of a raised bed: drawn shapes, no person."""
    image = Image.new("RGB", size, colour)
    draw = ImageDraw.Draw(image)
    w, h = size
    draw.rectangle((w // 10, h // 3, w - w // 10, h - h // 6), fill=(110, 70, 40))
    for x in range(w // 8, w - w // 8, max(w // 12, 1)):
        draw.ellipse((x, h // 3 - h // 10, x + w // 20, h // 3), fill=(40, 140, 60))
    return image


def jpeg_with_metadata(size: tuple[int, int] = (2000, 1200), orientation: int | None = None) -> bytes:
    """A JPEG carrying EXIF (camera owner, GPS position), an ICC profile, XMP and a comment."""
    exif = Image.Exif()
    exif[0x013B] = CAMERA_OWNER  # Artist
    exif[0x010F] = "Camera maker"
    exif[0x0132] = "2026:03:14 10:00:00"  # DateTime
    if orientation is not None:
        exif[0x0112] = orientation
    gps = exif.get_ifd(0x8825)
    gps.update(GPS_TAGS)
    xmp = b'<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:Description GPSLatitude="51,28.875N"/></x:xmpmeta>'
    out = io.BytesIO()
    drawn(size).save(
        out,
        "JPEG",
        exif=exif,
        icc_profile=b"\0\0\0\x80fake-icc-profile-" + CAMERA_OWNER.encode() + b"\0" * 64,
        comment=f"Taken by {CAMERA_OWNER}".encode(),
        xmp=xmp,
        quality=90,
    )
    data = out.getvalue()
    assert b"GPS" in data or Image.open(io.BytesIO(data)).getexif().get_ifd(0x8825), "the test photo has no GPS"
    return data


def png_bytes(size: tuple[int, int] = (640, 480)) -> bytes:
    out = io.BytesIO()
    drawn(size, (200, 120, 60)).save(out, "PNG")
    return out.getvalue()


def png_claiming(width: int, height: int) -> bytes:
    """A tiny PNG whose header claims `width` × `height`: the shape of a decompression bomb."""
    data = bytearray(png_bytes((4, 4)))
    ihdr = struct.pack(">II", width, height) + bytes(data[24:29])
    data[16:29] = ihdr
    data[29:33] = struct.pack(">I", zlib.crc32(b"IHDR" + ihdr) & 0xFFFFFFFF)
    return bytes(data)


PEOPLE_PHOTO = """\
  - file: group.jpg
    shows_people: true
    consent:
      status: {status}
      date: 2026-03-20
      scope: {scope}
"""


def photo_story(
    lang: str = "en",
    *,
    photos: str = "  - file: garden.jpg\n    shows_people: false\n",
    body: str | None = None,
    scope: str = "[intranet, public]",
) -> str:
    if body is None:
        body = (
            'Dai planted leeks in the raised bed.\n\n![A raised bed of leeks](garden.jpg "The bed in May")\n'
            if lang == "en"
            else 'Plannodd Dai gennin yn y gwely uchel.\n\n![Gwely uchel o gennin](garden.jpg "Y gwely ym mis Mai")\n'
        )
    extra = f"photos:\n{photos}" if photos else ""
    return story_text(lang=lang, body=body, scope=scope, extra=extra)


def library(make_library, files: dict[str, str | bytes] | None = None, **story: object) -> Path:
    base: dict[str, str | bytes] = {
        "stories/a.en.md": photo_story("en", **story),  # type: ignore[arg-type]
        "stories/a.cy.md": photo_story("cy", **story),  # type: ignore[arg-type]
        "stories/garden.jpg": jpeg_with_metadata(),
    }
    base.update(files or {})
    return make_library(base)


def build(content: Path, out: Path, **kwargs: object):
    kwargs.setdefault("index", False)
    return build_site(content, "content", out, today=TODAY, **kwargs)  # type: ignore[arg-type]


def findings(content: Path, **kwargs: object) -> list:
    return check_library(content, "content", today=TODAY, **kwargs).findings  # type: ignore[arg-type]


def published_images(out: Path) -> list[Path]:
    return sorted((out / "photos").glob("*")) if (out / "photos").is_dir() else []


def jpeg_segments(data: bytes) -> list[int]:
    """The marker of every segment before the image data of a JPEG (APPn, COM, DQT, ...)."""
    assert data[:2] == b"\xff\xd8"
    at, markers = 2, []
    while at < len(data):
        assert data[at] == 0xFF
        marker = data[at + 1]
        if marker == 0xDA:  # start of scan: the pixels follow
            break
        length = struct.unpack(">H", data[at + 2 : at + 4])[0]
        markers.append(marker)
        at += 2 + length
    return markers


def webp_chunks(data: bytes) -> list[bytes]:
    assert data[:4] == b"RIFF" and data[8:12] == b"WEBP"
    at, chunks = 12, []
    while at + 8 <= len(data):
        name, size = data[at : at + 4], struct.unpack("<I", data[at + 4 : at + 8])[0]
        chunks.append(name)
        at += 8 + size + (size & 1)
    return chunks


# -- nothing hidden leaves ------------------------------------------------------------------------------


@pytest.mark.parametrize("size", [(2000, 1200), (900, 600)], ids=["resized", "published at its own width too"])
def test_every_published_image_is_re_encoded_without_metadata(
    make_library, tmp_path: Path, size: tuple[int, int]
) -> None:
    content = library(make_library, {"stories/garden.jpg": jpeg_with_metadata(size)})
    source = Image.open(content / "stories" / "garden.jpg")
    assert source.getexif().get_ifd(0x8825), "the source photo must carry GPS for this test to mean anything"
    out = tmp_path / "site"
    result = build(content, out)
    assert result.out == out, [f for f in result.library.findings if f.is_error]
    images = published_images(out)
    assert {p.suffix for p in images} == {".webp", ".jpg"}
    assert {Image.open(p).size[0] for p in images} == ({480, 960, 1600} if size[0] > 1600 else {480, size[0]})
    for path in images:
        data = path.read_bytes()
        image = Image.open(path)
        assert not image.getexif(), path
        assert not {"exif", "icc_profile", "xmp", "XML:com.adobe.xmp", "comment", "dpi"} & set(image.info), (
            path,
            image.info.keys(),
        )
        for secret in (CAMERA_OWNER.encode(), b"Exif\0\0", b"GPS", b"fake-icc", b"xmpmeta", b"adobe:ns:meta"):
            assert secret not in data, (path, secret)
        if path.suffix == ".jpg":
            # Only the image's own segments: no APP1 (EXIF, XMP), APP2 (ICC), APP13 (IPTC) or COM (comment).
            assert set(jpeg_segments(data)) <= {0xE0, 0xDB, 0xC0, 0xC2, 0xC4, 0xDD}, (path, jpeg_segments(data))
        else:
            assert not {b"EXIF", b"XMP ", b"ICCP"} & set(webp_chunks(data)), (path, webp_chunks(data))
    # Nothing else of the source is anywhere: not the file, not its name.
    source_bytes = (content / "stories" / "garden.jpg").read_bytes()
    for path in out.rglob("*"):
        if path.is_file():
            assert path.read_bytes() != source_bytes
            assert b"garden.jpg" not in path.read_bytes() or path.suffix == ".html"  # placed by name only in HTML


def test_orientation_is_applied_before_the_metadata_goes(make_library, tmp_path: Path) -> None:
    content = library(make_library, {"stories/garden.jpg": jpeg_with_metadata((1200, 800), orientation=6)})
    out = tmp_path / "site"
    assert build(content, out).out == out
    sizes = {Image.open(p).size for p in published_images(out)}
    assert sizes and all(h > w for w, h in sizes), sizes  # turned upright: portrait now
    html = (out / "en/stories/mm-2026-001/index.html").read_text(encoding="utf-8")
    img = re.search(r'<img [^>]*width="(\d+)" height="(\d+)"', html)
    assert img is not None and int(img.group(2)) > int(img.group(1))


def test_story_page_has_picture_with_sizes_alt_lazy_and_caption(make_library, tmp_path: Path) -> None:
    out = tmp_path / "site"
    assert build(library(make_library), out).out == out
    for lang, alt, caption in (
        ("en", "A raised bed of leeks", "The bed in May"),
        ("cy", "Gwely uchel o gennin", "Y gwely ym mis Mai"),
    ):
        html = (out / f"{lang}/stories/mm-2026-001/index.html").read_text(encoding="utf-8")
        figure = re.search(r'<figure class="photo" data-pagefind-ignore>.*?</figure>', html, re.S)
        assert figure is not None, html
        fig = figure.group(0)
        assert '<source type="image/webp" srcset="' in fig and " 480w, " in fig and " 1600w" in fig
        assert f'alt="{alt}"' in fig and 'loading="lazy"' in fig and 'sizes="' in fig
        assert re.search(r'width="\d+" height="\d+"', fig)
        assert f"<figcaption>{caption}</figcaption>" in fig
        for src in re.findall(r'(?:src|srcset)="([^"]+)"', fig):
            for part in src.split(", "):
                target = (out / f"{lang}/stories/mm-2026-001" / part.split(" ")[0]).resolve()
                assert target.is_file(), part  # relative, and there
        assert "<storysite-photo" not in html
        assert "img-src 'self'" in html  # the CSP lets the site's own images load
        radicals = re.search(r'data-pagefind-meta="radicals:([^"]*)"', html)
        assert radicals is None or caption.split()[-1].lower() not in radicals.group(1).lower()


# -- audiences and consent --------------------------------------------------------------------------------


def people_library(make_library, status: str = "given", scope: str = "[intranet]") -> Path:
    photos = "  - file: garden.jpg\n    shows_people: false\n" + PEOPLE_PHOTO.format(status=status, scope=scope)
    body = {
        "en": "Dai planted leeks.\n\n![A raised bed of leeks](garden.jpg)\n\n![Three gardeners by a bed](group.jpg)\n",
        "cy": "Plannodd Dai gennin.\n\n![Gwely uchel o gennin](garden.jpg)\n\n![Tri garddwr wrth y gwely](group.jpg)\n",
    }
    return make_library(
        {
            "stories/a.en.md": photo_story("en", photos=photos, body=body["en"]),
            "stories/a.cy.md": photo_story("cy", photos=photos, body=body["cy"]),
            "stories/garden.jpg": jpeg_with_metadata(),
            "stories/group.jpg": png_to_jpeg(drawn((1000, 700), (90, 90, 200))),
        }
    )


def png_to_jpeg(image: Image.Image) -> bytes:
    out = io.BytesIO()
    image.save(out, "JPEG")
    return out.getvalue()


def names_of(out: Path) -> set[str]:
    return {p.name.split("-")[0] for p in published_images(out)}


def test_a_photo_of_people_is_left_out_of_public_when_its_consent_is_intranet_only(
    make_library, tmp_path: Path
) -> None:
    content = people_library(make_library)
    intranet, public = tmp_path / "intranet", tmp_path / "public"
    assert build(content, intranet, audience="intranet").out == intranet
    result = build(content, public, audience="public")
    assert result.out == public
    group_names = names_of(intranet) - names_of(public)
    assert len(names_of(intranet)) == 2 and len(group_names) == 1  # the group photo, on the intranet only
    [group] = group_names
    for path in public.rglob("*"):
        if path.is_file():
            data = path.read_bytes()
            assert group.encode() not in data, path
            assert b"Three gardeners" not in data and b"Tri garddwr" not in data, path
    assert (public / "en/stories/mm-2026-001/index.html").is_file()  # the story is published, without the photo
    [warned] = [f for f in result.library.findings if f.rule == "photo.out-of-scope"]
    assert (warned.path, warned.line) == ("content/stories/a.cy.md", 17)  # both list it; Welsh comes first


def test_a_withdrawn_photo_consent_takes_its_files_down_at_the_next_build(make_library, tmp_path: Path) -> None:
    content = people_library(make_library)
    out = tmp_path / "site"
    assert build(content, out).out == out
    before = names_of(out)
    for lang in ("en", "cy"):
        path = content / "stories" / f"a.{lang}.md"
        text = path.read_text(encoding="utf-8")
        path.write_text(text.replace("      status: given", "      status: withdrawn"), encoding="utf-8")
    result = build(content, out)
    assert result.out == out
    assert len(before) == 2 and len(names_of(out)) == 1
    assert "Three gardeners" not in (out / "en/stories/mm-2026-001/index.html").read_text(encoding="utf-8")
    assert any(f.rule == "photo.withdrawn" for f in result.library.findings)


def test_cards_show_photos_only_when_site_yaml_asks(make_library, tmp_path: Path) -> None:
    from conftest import SITE_YAML

    content = library(make_library)
    out = tmp_path / "site"
    assert build(content, out).out == out
    listing = (out / "en/wellbeing/health/index.html").read_text(encoding="utf-8")
    assert "card-photo" not in listing
    (content / "site.yaml").write_text(SITE_YAML + "photos_on_cards: true\n", encoding="utf-8")
    assert build(content, out).out == out
    listing = (out / "en/wellbeing/health/index.html").read_text(encoding="utf-8")
    card = re.search(r'<div class="card-photo" data-pagefind-ignore>.*?</div>', listing, re.S)
    assert card is not None and 'alt="A raised bed of leeks"' in card.group(0) and 'loading="lazy"' in card.group(0)


# -- rebuilds ---------------------------------------------------------------------------------------------


def test_rebuild_gives_byte_identical_images_without_encoding_them_again(make_library, tmp_path: Path) -> None:
    content = library(make_library)
    out = tmp_path / "site"
    first = build(content, out)
    assert first.out == out and first.photos_encoded == 6 and first.photos_reused == 0
    before = {p.name: p.read_bytes() for p in published_images(out)}
    # The story's text changes; its photo does not.
    path = content / "stories" / "a.en.md"
    path.write_text(path.read_text(encoding="utf-8").replace("planted leeks", "planted leeks again"), encoding="utf-8")
    second = build(content, out)
    assert second.out == out and (second.photos_encoded, second.photos_reused) == (0, 6)
    assert {p.name: p.read_bytes() for p in published_images(out)} == before
    # Saved again with other metadata but the same pixels: the same names, nothing encoded.
    image = Image.open(content / "stories" / "garden.jpg")
    image.load()
    again = io.BytesIO()
    Image.frombytes(image.mode, image.size, image.tobytes()).save(again, "PNG")
    (content / "stories" / "garden.png").write_bytes(again.getvalue())
    for lang in ("en", "cy"):
        path = content / "stories" / f"a.{lang}.md"
        path.write_text(path.read_text(encoding="utf-8").replace("garden.jpg", "garden.png"), encoding="utf-8")
    third = build(content, out)
    assert third.out == out and (third.photos_encoded, third.photos_reused) == (0, 6)
    # New pixels: new names, encoded, and the old files gone.
    (content / "stories" / "garden.png").write_bytes(png_bytes((1700, 900)))
    fourth = build(content, out)
    assert fourth.out == out and fourth.photos_encoded == 6
    assert not set(before) & {p.name for p in published_images(out)}


# -- located findings ---------------------------------------------------------------------------------------


def rule_lines(content: Path) -> set[tuple[str, str, int]]:
    return {(f.rule, f.path, f.line) for f in findings(content) if f.is_error}


FILE_LINE = 15  # `  - file: ...` in photo_story's English file


def truncated_jpeg() -> bytes:
    data = png_to_jpeg(drawn((800, 600)))
    return data[: len(data) // 2]


HOSTILE = [
    # (name, the photo's file name, its bytes (None: no file), expected rule)
    ("bomb past Pillow's limit", "garden.png", png_claiming(20_000, 20_000), "photo.bomb"),
    ("bomb in Pillow's warning band", "garden.png", png_claiming(10_000, 9_000), "photo.bomb"),
    ("huge dimensions", "garden.png", png_claiming(13_000, 40), "photo.too-large"),
    ("truncated JPEG", "garden.jpg", truncated_jpeg(), "photo.damaged"),
    ("PNG named .jpg", "garden.jpg", png_bytes(), "photo.format"),
    ("text named .jpg", "garden.jpg", b"<html><script>alert(1)</script></html>", "photo.format"),
    ("SVG", "drawing.svg", b'<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>', "photo.svg"),
    ("web address", "https://example.org/garden.jpg", None, "photo.outside"),
    ("protocol-relative address", "//example.org/garden.jpg", None, "photo.outside"),
    ("climbing out", "../../../secret.jpg", None, "photo.outside"),
    ("absolute path", "/etc/secret.jpg", None, "photo.outside"),
    ("missing file", "nothere.jpg", None, "photo.missing"),
]


@pytest.mark.parametrize(("name", "file", "data", "rule"), HOSTILE, ids=[h[0] for h in HOSTILE])
def test_hostile_photo_is_a_located_finding_and_nothing_is_copied(
    make_library, tmp_path: Path, name: str, file: str, data: bytes | None, rule: str
) -> None:
    photos = f"  - file: {file}\n    shows_people: false\n"
    body = {"en": f"Dai's bed.\n\n![A raised bed]({file})\n", "cy": f"Gwely Dai.\n\n![Gwely uchel]({file})\n"}
    files: dict[str, str | bytes] = {
        f"stories/a.{lang}.md": photo_story(lang, photos=photos, body=body[lang]) for lang in ("en", "cy")
    }
    if data is not None:
        files[f"stories/{file}"] = data
    if name == "climbing out":
        (tmp_path / "secret.jpg").write_bytes(jpeg_with_metadata((300, 200)))
    content = make_library(files)
    found = findings(content)
    at_file = [f for f in found if f.rule == rule and f.path == "content/stories/a.cy.md" and f.line == FILE_LINE]
    assert at_file and at_file[0].is_error, found
    if file.startswith(("https:", "//", "/")) or file.endswith(".svg"):  # refused in the body at its own line too
        assert any(f.rule == rule and f.line == FILE_LINE + 5 for f in found), found
    out = tmp_path / "site"
    result = build(content, out)
    assert result.out is None and not out.exists()  # nothing published, nothing copied
    runner = CliRunner()
    cli = runner.invoke(main, ["check", str(content)])
    assert cli.exit_code == 1 and rule in cli.output and "Traceback" not in cli.output, cli.output


def test_a_photo_linked_from_outside_the_content_folder_is_refused(make_library, tmp_path: Path) -> None:
    outside = tmp_path / "elsewhere.jpg"
    outside.write_bytes(jpeg_with_metadata((300, 200)))
    content = library(make_library, {})
    os.remove(content / "stories" / "garden.jpg")
    os.symlink(outside, content / "stories" / "garden.jpg")
    assert ("photo.outside", "content/stories/a.cy.md", FILE_LINE) in rule_lines(content)
    out = tmp_path / "site"
    assert build(content, out).out is None and not out.exists()


def test_a_photo_in_a_linked_folder_outside_content_is_refused(make_library, tmp_path: Path) -> None:
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    (elsewhere / "garden.jpg").write_bytes(jpeg_with_metadata((300, 200)))
    photos = "  - file: pics/garden.jpg\n    shows_people: false\n"
    body = {"en": "Bed.\n\n![A raised bed](pics/garden.jpg)\n", "cy": "Gwely.\n\n![Gwely uchel](pics/garden.jpg)\n"}
    content = make_library({f"stories/a.{lang}.md": photo_story(lang, photos=photos, body=body[lang]) for lang in body})
    os.symlink(elsewhere, content / "stories" / "pics")
    assert ("photo.outside", "content/stories/a.cy.md", FILE_LINE) in rule_lines(content)


STORY_CASES = [
    # (name, photos block, English body, expected (rule, line) in the English file)
    (
        "photo not listed",
        "",
        "Dai's bed.\n\n![A raised bed](garden.jpg)\n",
        ("markdown.image", 17),
    ),
    (
        "shows_people missing",
        "  - file: garden.jpg\n",
        "Dai's bed.\n\n![A raised bed](garden.jpg)\n",
        ("photo.shows-people", 15),
    ),
    (
        "people without consent",
        "  - file: garden.jpg\n    shows_people: true\n",
        "Dai's bed.\n\n![A raised bed](garden.jpg)\n",
        ("photo.consent", 15),
    ),
    (
        "shows_people not true or false",
        "  - file: garden.jpg\n    shows_people: maybe\n",
        "Dai's bed.\n\n![A raised bed](garden.jpg)\n",
        ("schema.type", 16),
    ),
    (
        "empty alt text",
        "  - file: garden.jpg\n    shows_people: false\n",
        "Dai's bed.\n\n![](garden.jpg)\n",
        ("photo.alt-empty", 20),
    ),
    (
        "web image in the body",
        "  - file: garden.jpg\n    shows_people: false\n",
        "Dai's bed.\n\n![A raised bed](garden.jpg)\n\n![x](http://example.org/track.gif)\n",
        ("photo.outside", 22),
    ),
    (
        "phone number in a caption",
        "  - file: garden.jpg\n    shows_people: false\n",
        'Dai\'s bed.\n\n![A raised bed](garden.jpg "Ring Dai on 07700 900123 for leeks")\n',
        ("phone", 20),
    ),
    (
        "phone number in alt text",
        "  - file: garden.jpg\n    shows_people: false\n",
        "Dai's bed.\n\n![Dai's bed, call 029 2018 0123](garden.jpg)\n",
        ("phone", 20),
    ),
]


@pytest.mark.parametrize(("name", "photos", "body", "expected"), STORY_CASES, ids=[c[0] for c in STORY_CASES])
def test_story_photo_problems_are_errors_at_their_line(
    make_library, name: str, photos: str, body: str, expected: tuple[str, int]
) -> None:
    content = library(make_library, {"stories/a.en.md": photo_story("en", photos=photos, body=body)}, photos=photos)
    found = [f for f in findings(content) if f.is_error and f.path == "content/stories/a.en.md"]
    got = {(f.rule, f.line) for f in found} | {(f.category, f.line) for f in found}
    assert expected in got, found


def test_alt_text_is_needed_in_both_languages(make_library, tmp_path: Path) -> None:
    content = library(make_library, {"stories/a.cy.md": photo_story("cy", body="Plannodd Dai gennin.\n")})
    [missing] = [f for f in findings(content) if f.rule == "photo.not-placed"]
    assert (missing.path, missing.is_error) == ("content/stories/a.cy.md", True)
    assert "Welsh" in missing.message
    assert build(content, tmp_path / "site").out is None


def test_unused_photo_files_in_the_folder_are_never_published(make_library, tmp_path: Path) -> None:
    content = library(make_library, {"stories/holiday.jpg": jpeg_with_metadata((900, 600))})
    out = tmp_path / "site"
    assert build(content, out).out == out
    assert len(names_of(out)) == 1
    holiday = (content / "stories" / "holiday.jpg").read_bytes()
    assert all(p.read_bytes() != holiday for p in out.rglob("*") if p.is_file())


def test_photos_never_reach_the_search_index(make_library, tmp_path: Path) -> None:
    """Figures are data-pagefind-ignore: no alt text, caption or image address in any indexed fragment."""
    import gzip

    out = tmp_path / "site"
    assert build(library(make_library), out, index=True).out == out
    fragments = [gzip.decompress(p.read_bytes()).decode() for p in out.glob("pagefind/**/*.pf_fragment")]
    assert any("raised bed" in f for f in fragments)  # the story's own words are indexed
    for fragment in fragments:
        for words in (
            "A raised bed of leeks",
            "The bed in May",
            "Gwely uchel o gennin",
            "Y gwely ym mis Mai",
            "photos/",
        ):
            assert words not in fragment, (words, fragment[:300])


def test_a_withdrawn_story_takes_its_photos_down_at_the_next_build(make_library, tmp_path: Path) -> None:
    content = library(make_library)
    out = tmp_path / "site"
    assert build(content, out).out == out and published_images(out)
    for lang in ("en", "cy"):
        path = content / "stories" / f"a.{lang}.md"
        path.write_text(
            path.read_text(encoding="utf-8").replace("status: given", "status: withdrawn"), encoding="utf-8"
        )
    result = build(content, out)
    assert result.out == out and published_images(out) == []
    assert result.photos_encoded == result.photos_reused == 0
