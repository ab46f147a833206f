"""Photo files beside the stories: where a reference may lead, and what a file's pixels are.

Bytes in, a Photo (its pixels' digest and size) or a located problem out: a reference to the web or
out of the content folder, a missing file, an SVG, a file whose real format is not its name's, a
truncated file, a decompression bomb or a picture too large. Pillow decodes; nothing is ever copied.
"""

from __future__ import annotations

import hashlib
import io
import posixpath
import re
import warnings
from dataclasses import dataclass
from pathlib import Path

from PIL import Image, ImageOps, UnidentifiedImageError

from storysite.errors import StorysiteError
from storysite.i18n.messages import Message, msg

SUFFIX_FORMATS = {".jpg": "JPEG", ".jpeg": "JPEG", ".png": "PNG", ".webp": "WEBP"}
"""The photo files storysite publishes, by name ending, with the format Pillow must find inside."""
MAX_PHOTO_BYTES = 40_000_000
MAX_SIDE = 12_000  # pixels on either side: larger is no photo a story needs
MAX_PIXELS = 50_000_000  # below Pillow's own bomb limit (MAX_IMAGE_PIXELS), which still counts as a bomb
_SCHEME = re.compile(r"^[A-Za-z][A-Za-z0-9+.\-]*:")


@dataclass(frozen=True, slots=True)
class Photo:
    """A photo file that decoded cleanly: where it is, and its pixels' digest and size once turned upright."""

    rel: str  # path inside CONTENT, with forward slashes
    path: str  # where to read it
    digest: str  # of its upright pixels: the published files' names come from it
    width: int
    height: int


@dataclass(frozen=True, slots=True)
class PhotoProblem:
    """Why a photo cannot be published: a rule and plain words on how to fix it."""

    rule: str
    message: Message


def reference_problem(ref: str) -> PhotoProblem | None:
    """What is wrong with how a photo is named (`file:` or a Markdown image's address), before any file is read."""
    cleaned = ref.strip()
    if not cleaned:
        return PhotoProblem("photo.file", msg("Give the photo's file name, such as `garden.jpg`."))
    if _SCHEME.match(cleaned) or cleaned.startswith(("//", "\\\\")):
        return PhotoProblem(
            "photo.outside",
            msg(
                "`{file}` is on the web or elsewhere: a photo must be a file in the story's folder. "
                "Save the photo beside the story and give its file name.",
                file=ref[:60],
            ),
        )
    if cleaned.startswith(("/", "\\")) or re.match(r"^[A-Za-z]:[\\/]", cleaned):
        return PhotoProblem(
            "photo.outside",
            msg(
                "`{file}` is an absolute path: give the photo's name as seen from the story's folder, "
                "such as `garden.jpg`.",
                file=ref[:60],
            ),
        )
    if "\\" in cleaned or "\0" in cleaned:
        return PhotoProblem(
            "photo.file", msg("Write `{file}` with forward slashes (/) between folders.", file=ref[:60])
        )
    suffix = posixpath.splitext(cleaned)[1].lower()
    if suffix == ".svg" or suffix == ".svgz":
        return PhotoProblem(
            "photo.svg",
            msg("SVG pictures are refused: they can carry a script. Save the picture as a JPEG, PNG or WebP photo."),
        )
    if suffix not in SUFFIX_FORMATS:
        return PhotoProblem(
            "photo.format",
            msg(
                "`{file}` is not a photo storysite publishes: use a JPEG (.jpg), PNG (.png) or WebP (.webp) file.",
                file=ref[:60],
            ),
        )
    return None


def photo_rel(story_rel: str, ref: str) -> str | None:
    """The path inside CONTENT of a photo named `ref` from the story at `story_rel`; None if it leads out."""
    joined = posixpath.normpath(posixpath.join(posixpath.dirname(story_rel), ref.strip()))
    if joined.startswith("../") or joined in ("..", ".") or joined.startswith("/"):
        return None
    return joined


def _outside(ref: str) -> PhotoProblem:
    return PhotoProblem(
        "photo.outside",
        msg(
            "`{file}` leads out of the content folder: storysite publishes only photos inside it. "
            "Copy the photo beside the story and give its file name.",
            file=ref[:60],
        ),
    )


def locate_photo(content: Path, story_rel: str, ref: str) -> tuple[str | None, str | None, PhotoProblem | None]:
    """Where the photo `ref` of the story at `story_rel` (inside CONTENT) is: (rel, path), or a problem.

    Never outside CONTENT: `..` that climbs out, and links (of the file or a folder) that lead out, are refused.
    """
    problem = reference_problem(ref)
    if problem is not None:
        return None, None, problem
    rel = photo_rel(story_rel, ref)
    if rel is None:
        return None, None, _outside(ref)
    root = content.resolve()
    path = content.joinpath(*rel.split("/"))
    try:
        real = path.resolve(strict=True)
    except (OSError, RuntimeError):
        return (
            None,
            None,
            PhotoProblem(
                "photo.missing",
                msg(
                    "There is no file `{file}` beside the story: save the photo there, or correct its name "
                    "(capital letters count).",
                    file=ref[:60],
                ),
            ),
        )
    if not real.is_relative_to(root):  # a link, or a linked folder, leading out of CONTENT
        return None, None, _outside(ref)
    if not real.is_file():
        return None, None, PhotoProblem("photo.missing", msg("`{file}` is not a file.", file=ref[:60]))
    return rel, str(real), None


def file_digest(path: str) -> str:
    """A digest of a photo file's bytes (for the build cache's keys): '' when it cannot be read."""
    h = hashlib.blake2b(digest_size=16)
    try:
        with open(path, "rb") as handle:
            while chunk := handle.read(1 << 20):
                h.update(chunk)
    except OSError:
        return ""
    return h.hexdigest()


def read_photo(rel: str, path: str, ref: str) -> tuple[Photo | None, PhotoProblem | None]:
    """Decode a photo file fully, as it will be published, or say why it cannot be."""
    try:
        image = decode(path, ref)
    except _Refused as refused:
        return None, refused.problem
    width, height = image.size
    return Photo(rel, path, pixel_digest(image), width, height), None


class _Refused(Exception):
    def __init__(self, problem: PhotoProblem) -> None:
        super().__init__(problem.rule)
        self.problem = problem


def decode(path: str, ref: str) -> Image.Image:
    """The photo's pixels, upright (its orientation tag applied), with nothing else of the file kept."""
    try:
        with open(path, "rb") as handle:
            data = handle.read(MAX_PHOTO_BYTES + 1)
    except OSError as exc:
        raise _Refused(
            PhotoProblem("photo.unreadable", msg("The photo could not be read: {reason}.", reason=exc.strerror))
        ) from exc
    if len(data) > MAX_PHOTO_BYTES:
        raise _Refused(_too_large(ref))
    expected = SUFFIX_FORMATS[posixpath.splitext(ref.strip())[1].lower()]
    try:
        with warnings.catch_warnings():
            # Pillow warns of a likely decompression bomb, and raises only at twice its limit: both refuse it.
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            image = Image.open(io.BytesIO(data), formats=list(dict.fromkeys(SUFFIX_FORMATS.values())))
            if image.format != expected:
                raise _Refused(_wrong_format(ref, image.format or "?", expected))
            width, height = image.size
            if width > MAX_SIDE or height > MAX_SIDE or width * height > MAX_PIXELS:
                raise _Refused(_too_large(ref))
            if getattr(image, "n_frames", 1) > 1:
                raise _Refused(
                    PhotoProblem(
                        "photo.animated",
                        msg("`{file}` is animated: save one still picture as a JPEG, PNG or WebP.", file=ref[:60]),
                    )
                )
            image.load()  # every byte decoded here: a truncated file fails now, not while publishing
            upright = ImageOps.exif_transpose(image)
    except _Refused:
        raise
    except (Image.DecompressionBombError, Image.DecompressionBombWarning) as exc:
        raise _Refused(
            PhotoProblem(
                "photo.bomb",
                msg(
                    "`{file}` claims to be far larger than any photo (a decompression bomb): storysite will not "
                    "open it. Save the photo again at a normal size.",
                    file=ref[:60],
                ),
            )
        ) from exc
    except UnidentifiedImageError as exc:
        raise _Refused(_wrong_format(ref, "?", expected)) from exc
    except (OSError, SyntaxError, ValueError, EOFError) as exc:  # Pillow's words for a damaged or truncated file
        raise _Refused(
            PhotoProblem(
                "photo.damaged",
                msg(
                    "`{file}` is damaged or cut short, so it cannot be published: export the photo again from "
                    "where it came from.",
                    file=ref[:60],
                ),
            )
        ) from exc
    return _pixels_only(upright)


def _pixels_only(image: Image.Image) -> Image.Image:
    """A new plain image of just these pixels (RGB, or RGBA when it has transparency), with no file's info."""
    has_alpha = image.mode in ("RGBA", "LA", "PA") or (image.mode == "P" and "transparency" in image.info)
    if image.mode == "CMYK" or image.mode.startswith("I") or image.mode == "F":
        image = image.convert("RGB")
    converted = image.convert("RGBA" if has_alpha else "RGB")  # always a new, plain Image (never the file's)
    converted.info.clear()  # the only place a plain Image keeps a file's EXIF, ICC, XMP or comment
    return converted


def pixel_digest(image: Image.Image) -> str:
    """A digest of an upright image's mode, size and pixels: equal for equal pictures, however saved."""
    h = hashlib.blake2b(digest_size=16)
    h.update(f"{image.mode}\0{image.size[0]}x{image.size[1]}\0".encode())
    h.update(image.tobytes())
    return h.hexdigest()


def read_pixels(photo: Photo) -> Image.Image:
    """The pixels of a photo the check decoded, read again to publish them; they must be the ones it checked."""
    try:
        image = decode(photo.path, photo.rel)
    except _Refused as refused:
        raise StorysiteError(
            msg("{file} changed while the site was being built: build it again.", file=photo.rel)
        ) from refused
    if pixel_digest(image) != photo.digest:
        raise StorysiteError(msg("{file} changed while the site was being built: build it again.", file=photo.rel))
    return image


def _too_large(ref: str) -> PhotoProblem:
    return PhotoProblem(
        "photo.too-large",
        msg(
            "`{file}` is too large to publish (more than {mb} MB, {side} pixels on a side or {mp} million pixels): "
            "save a smaller copy of the photo.",
            file=ref[:60],
            mb=MAX_PHOTO_BYTES // 1_000_000,
            side=MAX_SIDE,
            mp=MAX_PIXELS // 1_000_000,
        ),
    )


def _wrong_format(ref: str, found: str, expected: str) -> PhotoProblem:
    return PhotoProblem(
        "photo.format",
        msg(
            "`{file}` is named as a {expected} file but holds {found}: save it again as a real {expected} "
            "file (or give it the name its format has).",
            file=ref[:60],
            expected=expected,
            found=found if found != "?" else msg("no picture storysite can read"),
        ),
    )
