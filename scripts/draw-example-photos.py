"""Draw the example library's three photos with Pillow: shapes only, no real place and no real person.

Run from the repository's root: `.venv/bin/python scripts/draw-example-photos.py` (writes into content/stories).
"""

from __future__ import annotations

import random
from pathlib import Path

from PIL import Image, ImageDraw

STORIES = Path(__file__).resolve().parent.parent / "content" / "stories"


def runner_beans() -> Image.Image:
    """A raised bed of runner beans climbing their canes, a garden path and a fence behind."""
    image = Image.new("RGB", (1800, 1200), (168, 204, 232))
    draw = ImageDraw.Draw(image)
    draw.rectangle((0, 430, 1800, 1200), fill=(96, 150, 70))  # lawn
    for x in range(0, 1800, 90):  # fence
        draw.rectangle((x + 6, 300, x + 80, 470), fill=(150, 112, 76), outline=(110, 80, 52), width=4)
    draw.polygon([(760, 1200), (1040, 1200), (960, 560), (840, 560)], fill=(190, 180, 160))  # path
    draw.rectangle((180, 640, 1620, 900), fill=(120, 78, 44), outline=(80, 50, 28), width=10)  # bed
    draw.rectangle((200, 650, 1600, 700), fill=(70, 48, 30))  # soil
    rng = random.Random(3)
    for x in range(260, 1560, 130):  # canes in pairs, tied at the top, beans climbing
        draw.line((x, 680, x + 45, 230), fill=(196, 170, 110), width=9)
        draw.line((x + 90, 680, x + 45, 230), fill=(196, 170, 110), width=9)
        for y in range(640, 260, -34):
            for cane in (x + (680 - y) * 45 // 450, x + 90 - (680 - y) * 45 // 450):
                dx = rng.randint(-22, 22)
                draw.ellipse((cane + dx - 16, y - 12, cane + dx + 16, y + 12), fill=(46, 130 + rng.randint(0, 40), 52))
                if rng.random() < 0.18:
                    draw.ellipse((cane + dx - 7, y - 7, cane + dx + 7, y + 7), fill=(220, 50, 40))  # flowers
    draw.rectangle((1380, 900, 1500, 990), fill=(60, 60, 60))  # a folding stool's seat
    draw.line((1390, 990, 1490, 1100), fill=(40, 40, 40), width=8)
    draw.line((1490, 990, 1390, 1100), fill=(40, 40, 40), width=8)
    return image


def river_drawing() -> Image.Image:
    """A felt-tip drawing of a life as a river: a winding blue line with boats and a bridge along it."""
    image = Image.new("RGB", (1400, 1000), (250, 248, 240))
    draw = ImageDraw.Draw(image)
    points = [
        (60 + i * 20, int(500 + 260 * ((i % 32) / 16 - 1) ** 2 * (1 if (i // 32) % 2 else -1))) for i in range(66)
    ]
    draw.line(points, fill=(40, 110, 200), width=46, joint="curve")
    draw.line(points, fill=(120, 180, 240), width=14, joint="curve")
    for x, colour in ((230, (230, 80, 60)), (610, (250, 180, 40)), (1010, (60, 170, 90))):
        y = dict(points).get(x - x % 20 + 0, 500)
        draw.polygon([(x - 50, y - 10), (x + 50, y - 10), (x + 30, y + 20), (x - 30, y + 20)], fill=colour)
        draw.line((x, y - 10, x, y - 90), fill=(60, 60, 60), width=5)
        draw.polygon([(x, y - 90), (x, y - 30), (x + 45, y - 30)], fill=(255, 255, 255), outline=(60, 60, 60))
    draw.arc((760, 380, 980, 620), 180, 360, fill=(120, 90, 60), width=18)  # a bridge
    for x in range(120, 1300, 160):  # hills along the top
        draw.arc((x, 60, x + 220, 260), 180, 360, fill=(90, 150, 80), width=10)
    draw.ellipse((1180, 70, 1300, 190), fill=(255, 210, 60))  # the sun
    return image


def harbour_wall() -> Image.Image:
    """Three drawn figures (shapes, not people anyone could know) on a harbour wall at dusk, eating chips."""
    image = Image.new("RGB", (1600, 1000), (250, 196, 150))
    draw = ImageDraw.Draw(image)
    draw.rectangle((0, 520, 1600, 1000), fill=(52, 92, 140))  # sea
    for y in range(560, 1000, 40):
        draw.line((0, y, 1600, y + 10), fill=(72, 116, 166), width=4)
    draw.rectangle((0, 600, 1600, 760), fill=(150, 146, 138), outline=(110, 106, 98), width=6)  # wall
    for x in range(0, 1600, 120):
        draw.line((x, 600, x, 760), fill=(120, 116, 108), width=4)
    for x, colour in ((420, (200, 60, 60)), (760, (60, 120, 200)), (1100, (70, 160, 90))):
        draw.ellipse((x - 55, 330, x + 55, 440), fill=(120, 90, 70))  # a head, no face
        draw.rounded_rectangle((x - 80, 440, x + 80, 610), radius=40, fill=colour)  # body
        draw.rectangle((x - 60, 600, x - 20, 720), fill=(40, 40, 60))  # legs over the wall
        draw.rectangle((x + 20, 600, x + 60, 720), fill=(40, 40, 60))
    draw.polygon([(560, 520), (640, 520), (620, 600), (580, 600)], fill=(245, 245, 245))  # a cone of chips
    for dx in range(570, 640, 12):
        draw.rectangle((dx, 490, dx + 6, 530), fill=(236, 190, 80))
    return image


def main() -> None:
    runner_beans().save(STORIES / "magic-moments" / "runner-beans.jpg", "JPEG", quality=85)
    river_drawing().save(STORIES / "msc-stories" / "river-drawing.png", "PNG", optimize=True)
    harbour_wall().save(STORIES / "magic-moments" / "harbour-wall.jpg", "JPEG", quality=85)


if __name__ == "__main__":
    main()
