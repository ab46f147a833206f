"""Published photos: each re-encoded from its pixels at a few widths (WebP, JPEG fallback), and its HTML.

Only pixels are encoded (content.photos.decode keeps nothing else of the file), so no EXIF, GPS, XMP,
IPTC, ICC profile, comment or thumbnail can reach the site. Output names come from the pixels' digest:
the build's PhotoStore keeps encoded files by name, so an unchanged photo is not encoded again.
"""

from __future__ import annotations

import io
import re
from collections.abc import Callable, Iterable, Mapping
from html import unescape
from typing import Protocol

from PIL import Image

from storysite.content.markdown import PHOTO_MARKER
from storysite.content.photos import Photo, read_pixels
from storysite.model import StoryPhoto
from storysite.parallel import parallel_map
from storysite.render.page import Page

WIDTHS = (480, 960, 1600)
"""The widths a photo is published at (never wider than it is): phones, most screens, wide screens and print."""
FORMATS = (("webp", "image/webp"), ("jpg", "image/jpeg"))
WEBP_QUALITY = 80
WEBP_METHOD = 4  # libwebp's default effort: smaller files, paid once per photo (the store keeps them)
RESAMPLE = Image.Resampling.LANCZOS
JPEG_QUALITY = 82
STORY_SIZES = "(min-width: 48rem) 46rem, calc(100vw - 2rem)"
CARD_SIZES = "(min-width: 40rem) 20rem, calc(100vw - 2rem)"


class PhotoStore(Protocol):
    """Encoded photo files kept between builds by output name (the build's, in its private cache folder)."""

    def get(self, name: str) -> bytes | None: ...

    def put(self, name: str, data: bytes) -> None: ...


class NoStore:
    """A store that keeps nothing: every photo is encoded (a renderer run without a build)."""

    def get(self, name: str) -> bytes | None:
        return None

    def put(self, name: str, data: bytes) -> None:
        return None


def widths(photo: Photo) -> list[tuple[int, int]]:
    """Each published (width, height): WIDTHS below the photo's own width, then its own (at most the last)."""
    chosen = [w for w in WIDTHS if w < photo.width]
    top = min(photo.width, WIDTHS[-1])
    if top not in chosen:
        chosen.append(top)
    return [(w, max(1, round(photo.height * w / photo.width))) for w in chosen]


def file_name(photo: Photo, width: int, ext: str) -> str:
    """Where one size of a photo is published: named by its pixels, so that a changed photo gets new names."""
    return f"photos/{photo.digest[:24]}-{width}.{ext}"


def file_names(photo: Photo) -> list[str]:
    return [file_name(photo, w, ext) for w, _ in widths(photo) for ext, _ in FORMATS]


def encode(photo: Photo) -> dict[str, bytes]:
    """Every published file of a photo, from its pixels only (read again, and checked to be the ones checked)."""
    image = read_pixels(photo)
    out: dict[str, bytes] = {}
    source = image
    for width, height in reversed(widths(photo)):  # largest first: each smaller size is made from the last
        sized = source if (width, height) == source.size else source.resize((width, height), RESAMPLE, reducing_gap=3.0)
        sized.info.clear()  # resize copies its source's info: nothing but pixels may be saved
        for ext, _ in FORMATS:
            buffer = io.BytesIO()
            if ext == "webp":
                sized.save(
                    buffer, "WEBP", quality=WEBP_QUALITY, method=WEBP_METHOD, exif=b"", icc_profile=None, xmp=b""
                )
            else:
                _flatten(sized).save(buffer, "JPEG", quality=JPEG_QUALITY, optimize=True, progressive=True)
            out[file_name(photo, width, ext)] = buffer.getvalue()
        source = sized
    return dict(sorted(out.items()))


def _flatten(image: Image.Image) -> Image.Image:
    """JPEG has no transparency: a transparent photo is laid on white."""
    if image.mode != "RGBA":
        return image
    white = Image.new("RGB", image.size, (255, 255, 255))
    white.paste(image, mask=image.getchannel("A"))
    return white


def photo_pages(photos: Iterable[Photo], store: PhotoStore) -> list[Page]:
    """Every published file of `photos`: from the store when it has them all, else encoded (on every core)."""
    unique = list({p.digest: p for p in photos}.values())
    pages: list[Page] = []
    todo: list[Photo] = []
    for photo in unique:
        names = file_names(photo)
        kept = [store.get(name) for name in names]
        if all(data is not None for data in kept):
            pages.extend(Page(name, data) for name, data in zip(names, kept, strict=True))
        else:
            todo.append(photo)
    for files in parallel_map(encode, todo, min_items=4):
        for name, data in files.items():
            store.put(name, data)
            pages.append(Page(name, data))
    return pages


def picture_html(photo: Photo, alt: str, url: Callable[[str], str], sizes: str, *, lazy: bool = True) -> str:
    """A <picture>: WebP sizes, JPEG fallback, width and height (no layout shift), lazy; `alt` already escaped."""
    sized = widths(photo)
    webp = ", ".join(f"{url(file_name(photo, w, 'webp'))} {w}w" for w, _ in sized)
    jpeg = ", ".join(f"{url(file_name(photo, w, 'jpg'))} {w}w" for w, _ in sized)
    fallback_w, fallback_h = next(((w, h) for w, h in reversed(sized) if w <= 960), sized[0])
    loading = ' loading="lazy"' if lazy else ""
    return (
        f'<picture><source type="image/webp" srcset="{webp}" sizes="{sizes}">'
        f'<img src="{url(file_name(photo, fallback_w, "jpg"))}" srcset="{jpeg}" sizes="{sizes}" '
        f'width="{fallback_w}" height="{fallback_h}" alt="{alt}"{loading} decoding="async"></picture>'
    )


def place_photos(html: str, photos: Mapping[str, StoryPhoto], url: Callable[[str], str], sizes: str) -> str:
    """A body's photo placeholders replaced: a published photo by its figure, any other by nothing (fail closed)."""
    if "<storysite-photo " not in html:
        return html

    def figure(found: re.Match[str]) -> str:
        file, alt, caption, block = found.groups()
        photo = photos.get(unescape(file))
        if photo is None:
            return ""
        picture = picture_html(photo.image, alt, url, sizes)
        if block:
            caption_html = f"<figcaption>{caption}</figcaption>" if caption.strip() else ""
            return f'<figure class="photo" data-pagefind-ignore>{picture}{caption_html}</figure>'
        caption_html = f' <span class="photo-caption">{caption}</span>' if caption.strip() else ""
        return f'<span class="photo photo-inline" data-pagefind-ignore>{picture}{caption_html}</span>'

    return PHOTO_MARKER.sub(figure, html)


def strip_markers(html: str) -> str:
    """`html` without any photo placeholder left in it: what no one placed is not published."""
    return PHOTO_MARKER.sub("", html) if "<storysite-photo " in html else html


def first_alt(html: str, file: str) -> str:
    """The (escaped) alt text a body gives the photo `file`, or ''."""
    for found in PHOTO_MARKER.finditer(html):
        if unescape(found.group(1)) == file:
            return found.group(2)
    return ""


def card_photo_html(photo: StoryPhoto, alt: str, url: Callable[[str], str]) -> str:
    """A story's photo on its card: the smallest size will do."""
    return f'<div class="card-photo" data-pagefind-ignore>{picture_html(photo.image, alt, url, CARD_SIZES)}</div>'
