"""What makes a page cheaper leaves it as it was: chrome fragments, shared links, the templates' own escaping,
`_()`, and the theme compiled ahead."""

from __future__ import annotations

from pathlib import Path

import jinja2
import pytest
from jinja2.compiler import CodeGenerator
from markupsafe import Markup, escape

from storysite.render.chrome import Chrome, Fragments
from storysite.render.links import Links
from storysite.render.theme import PlainCallContext, QuickEscape, escape_output, load_templates, translate

TEMPLATE = (
    "<p>{{ here }}</p>{% chrome lang %}"
    "<a href=\"{{ url(lang ~ '/') }}\">{{ lang }}</a><a href=\"{{ url(lang ~ '/types/') }}\">{{ made() }}</a>"
    "{% endchrome %}<p>{{ url(here) }}</p>"
)
FOLDERS = ["", "en", "en/types", "en/types/k", "en/types/k/2024-05", "en/stories/a", "en/stories/b", "cy/stories/a"]


def environment() -> jinja2.Environment:
    env = jinja2.Environment(autoescape=True, extensions=[Chrome])
    env.context_class = PlainCallContext
    return env


@pytest.mark.parametrize("lang", ["en", "cy"])
def test_each_page_shows_what_it_would_without_the_store(lang: str) -> None:
    template = environment().from_string(TEMPLATE)
    store, made = Fragments(), list[Fragments | None]()

    def page(folder: str, shared: Fragments | None) -> str:
        def mark() -> str:
            made.append(shared)
            return "made"

        return template.render(here=folder + "/", lang=lang, url=Links(folder), made=mark, chrome_store=shared)

    for folder in FOLDERS * 2:
        assert page(folder, store) == page(folder, None)
    # Links of at most two parts: made for each depth and first two folders, so the story pages share one.
    assert made.count(store) == 7


def test_a_fragment_is_reused_within_a_depth_and_made_again_for_another() -> None:
    store = Fragments()
    first, sibling, deeper = Links("en/stories/a"), Links("en/stories/b"), Links("en/types/k/2024")
    assert store.get("nav", first, lambda: first("en/search/")) == "../../search/"
    assert store.get("nav", sibling, lambda: "never") == "../../search/"
    assert store.get("nav", deeper, lambda: "again") == "again"


def test_a_key_that_is_not_hashable_is_rendered_every_time() -> None:
    template = environment().from_string("{% chrome keys %}{{ url('x/') }}{% endchrome %}")
    store = Fragments()
    assert template.render(keys={"a": 1}, url=Links("y"), chrome_store=store) == "../x/"
    assert not store._made


def test_links_worked_out_once_for_a_folder_are_each_page_s_own() -> None:
    targets = ["", "en/", "en/stories/", "en/stories/a/", "en/stories/b/", "en/stories/a/p.jpg", "cy/stories/a/"]
    targets += ["static/style.css", "en/types/k/", "en/types/k/2024-05/", "en/stories", "./en//types/", "en/stories/a"]
    folders = ["", "en", "cy", "en/stories", "en/stories/a", "en/stories/b", "en/types/k", "en/types/k/2024-05"]
    shared: dict[str, dict[str, tuple[str, int]]] = {}
    for _ in range(2):
        for folder in folders:
            for target in targets:
                alone, links = Links(folder), Links(folder, shared)
                assert links(target) == alone(target)
                assert links.reach == alone.reach


class Html:
    def __html__(self) -> str:
        return "<b>safe</b>"


@pytest.mark.parametrize(
    "value", ["", "plain", '<a href="x">Tom & Jerry\'s</a>', "&amp;", Markup("<i>kept</i>"), 3, None, 2.5, Html()]
)
def test_templates_escape_their_output_as_markupsafe_does(value: object) -> None:
    assert type(escape_output(value)) is Markup
    assert escape_output(value) == escape(value)
    assert (
        environment_with(QuickEscape).from_string("<p>{{ value }}</p>").render(value=value) == f"<p>{escape(value)}</p>"
    )


def environment_with(generator: type[CodeGenerator]) -> jinja2.Environment:
    env = environment()
    env.code_generator_class = generator
    return env


@pytest.mark.parametrize("autoescape", [True, False])
@pytest.mark.parametrize("text", ["Home", "<b>bold</b>", "100%% sure", "%(n)s stories"])
def test_underscore_gives_what_jinja_s_newstyle_gettext_gives(text: str, autoescape: bool) -> None:
    variables = {"n": "<3"} if "%(n)s" in text else {}
    ours = jinja2.Environment(autoescape=autoescape, extensions=["jinja2.ext.i18n"])
    ours.context_class = PlainCallContext
    ours.globals["_"] = translate(lambda s: s)
    jinjas = jinja2.Environment(autoescape=autoescape, extensions=["jinja2.ext.i18n"])
    jinjas.install_gettext_callables(lambda s: s, lambda s, p, n: s, newstyle=True)  # type: ignore[attr-defined]
    source = "{{ _(text, **variables) }}|{{ _(text, **variables)|length }}"
    assert ours.from_string(source).render(text=text, variables=variables) == jinjas.from_string(source).render(
        text=text, variables=variables
    )


def test_the_theme_is_compiled_ahead_and_a_template_no_page_uses_may_be_broken(tmp_path: Path) -> None:
    (tmp_path / "page.html").write_text("{{ 1 + 1 }}", encoding="utf-8")
    (tmp_path / "feed.xml").write_text("<feed/>", encoding="utf-8")
    (tmp_path / "broken.html").write_text("{% if %}", encoding="utf-8")
    (tmp_path / "latin1.html").write_bytes("caf\xe9".encode("latin-1"))
    env = jinja2.Environment(loader=jinja2.FileSystemLoader(str(tmp_path)), cache_size=-1)
    load_templates(env)
    assert env.cache is not None
    assert sorted(name for _, name in env.cache) == ["feed.xml", "page.html"]
    with pytest.raises(jinja2.TemplateSyntaxError):
        env.get_template("broken.html")
