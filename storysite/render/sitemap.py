"""sitemap.xml: every HTML page of the site."""

from __future__ import annotations

from html import escape

from storysite.render.page import Page


def sitemap(pages: list[Page], base_url: str) -> Page:
    """sitemap.xml listing every HTML page (absolute when --base-url is given)."""
    lines = ['<?xml version="1.0" encoding="UTF-8"?>', '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">']
    for page in pages:
        if not page.path.endswith(".html") or page.path == "404.html":
            continue
        loc = page.path.removesuffix("index.html")
        lines.append(f"  <url><loc>{escape(base_url + loc, quote=False)}</loc></url>")
    lines.append("</urlset>\n")
    return Page("sitemap.xml", "\n".join(lines).encode("utf-8"))
