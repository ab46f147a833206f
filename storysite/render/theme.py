"""The Jinja2 environment: an ordered list of template folders, Babel translations, date filters."""

from __future__ import annotations

import contextlib
from collections.abc import Callable, MutableMapping
from functools import cache
from pathlib import Path
from types import BuiltinFunctionType, FunctionType, MethodType
from typing import TYPE_CHECKING, Any

import jinja2
from jinja2.compiler import CodeGenerator, Frame
from jinja2.ext import Extension
from jinja2.lexer import TOKEN_DOT, TOKEN_LPAREN, TOKEN_NAME, TOKEN_PIPE, TOKEN_RPAREN, TOKEN_STRING, Token, TokenStream
from jinja2.utils import _PassArg
from markupsafe import Markup, escape

from storysite.i18n.catalogs import long_date, month_year, translations
from storysite.render.chrome import Chrome
from storysite.render.links import Links
from storysite.resources import builtin

if TYPE_CHECKING:
    from storysite.render.jobs import Memo


def theme_dirs(theme: str, project: Path | None) -> list[Path]:
    """Template folders, first match wins: the project's theme, then the built-in theme, then the default."""
    dirs = []
    if project is not None:
        dirs.append(project / "themes" / theme)
    dirs += [builtin("themes") / theme, builtin("themes") / "default"]
    seen: list[Path] = []
    for folder in dirs:
        if folder.is_dir() and folder not in seen:
            seen.append(folder)
    return seen


def environment(lang: str, theme: str, project: Path | None) -> jinja2.Environment:
    """One environment per language, with that language's catalog installed."""
    # Keyed on the compiled catalog too, so that an edited .po file is used by the next build in this process.
    return _environment(lang, theme, project, translations(lang, project))


class FlatGlobals(jinja2.Environment):
    """An environment whose templates hold its globals in a dict of their own, not a ChainMap over them.

    Each page and each include copies its template's globals into a new context: a ChainMap is copied
    key by key in Python, a dict at once. Globals are all set before any template is loaded.
    """

    def make_globals(self, d: MutableMapping[str, Any] | None) -> MutableMapping[str, Any]:
        return {**self.globals, **(d or {})}

    def getattr(self, obj: Any, attribute: str) -> Any:
        """`obj.attribute` in a template: for a dict (a story's card), its item without a failed attribute first.

        A plain dict has no attributes but its class's, so Jinja's own lookup would fail with an AttributeError
        (costly, and a card is read a dozen times) and then take the item; the result is the same.
        """
        if type(obj) is dict and attribute not in _DICT_ATTRIBUTES:
            try:
                return obj[attribute]
            except KeyError:
                return self.undefined(obj=obj, name=attribute)
        return super().getattr(obj, attribute)


_DICT_ATTRIBUTES = frozenset(dir(dict))


@cache
def _environment(lang: str, theme: str, project: Path | None, catalog: object) -> jinja2.Environment:
    env = FlatGlobals(
        loader=jinja2.FileSystemLoader([str(d / "templates") for d in theme_dirs(theme, project)]),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        extensions=["jinja2.ext.i18n", ConstantGettext, Chrome],
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        auto_reload=False,  # each build looks once (look_again), not at every include of every page
        cache_size=-1,  # a dict, not an LRU cache that moves the template to its end at every include
    )
    env.context_class = PlainCallContext
    env.code_generator_class = QuickEscape
    env.install_gettext_translations(catalog, newstyle=True)  # type: ignore[attr-defined]
    env.globals["_"] = translate(catalog.gettext)  # type: ignore[attr-defined]
    env.extend(constant_catalog=catalog)
    env.filters["long_date"] = lambda d, lang=lang: long_date(d, lang)
    env.filters["month_year"] = lambda d, lang=lang: month_year(d, lang)
    return env


def load_templates(env: jinja2.Environment) -> None:
    """Compile every template of the theme now, before the render's workers are forked, so that none of them
    compiles one again; a template that fails is left to fail where a page uses it."""
    for name in env.list_templates(extensions=("html", "xml")):
        with contextlib.suppress(jinja2.TemplateError, UnicodeError, OSError):  # as if no page used it
            env.get_template(name)


def look_again(env: jinja2.Environment) -> None:
    """Forget the templates whose file changed since `env` loaded them: once a build, as serve needs."""
    if env.cache is not None:
        for key, template in list(env.cache.items()):
            if not template.is_up_to_date:
                del env.cache[key]


class QuickEscape(CodeGenerator):
    """Templates compiled to escape what they output with `escape_output`, not markupsafe's `escape`."""

    def visit_Template(self, node: jinja2.nodes.Template, frame: Frame | None = None) -> None:
        super().visit_Template(node, frame)
        # After the template's functions, so that they find this `escape`, not the runtime's imported above them.
        self.writeline(f"from {__name__} import escape_output as escape")


def escape_output(value: Any) -> Markup:
    """markupsafe's `escape`, without its two calls in Python for text and for Markup (escaped already).

    A page outputs a hundred values through it; the text is escaped as markupsafe's own Python code does.
    """
    kind = type(value)
    if kind is Markup:
        return value  # type: ignore[no-any-return]
    if kind is str:
        text = value.replace("&", "&amp;").replace(">", "&gt;").replace("<", "&lt;")
        return str.__new__(Markup, text.replace("'", "&#39;").replace('"', "&#34;"))
    return escape(value)


class PlainCallContext(jinja2.runtime.Context):
    """A context whose calls of plain functions (url, card_html, label) skip Jinja's checks for special ones.

    Jinja looks for a pass_context mark on every call, on the callable and on its `__call__`; a page makes
    hundreds of calls, nearly all of them to the plain functions the renderer passes in, to `Links`, to
    built-in methods (which cannot be marked), to `{% chrome %}` (a method) and to `_()` (which asks for the
    evaluation context alone).
    """

    def call(__self, __obj: Any, *args: Any, **kwargs: Any) -> Any:  # noqa: N805 - as Context.call, for its kwargs
        kind = type(__obj)
        if kind is FunctionType or kind is MethodType:
            passes = getattr(__obj, "jinja_pass_arg", None)
            if passes is _PassArg.eval_context:
                args = (__self.eval_ctx, *args)
            elif passes is not None:
                return super().call(__obj, *args, **kwargs)
        elif kind is not Links and kind is not BuiltinFunctionType:
            return super().call(__obj, *args, **kwargs)
        kwargs.pop("_block_vars", None)
        kwargs.pop("_loop_vars", None)
        try:
            return __obj(*args, **kwargs)
        except StopIteration:  # as Context.call
            return __self.environment.undefined(
                "value was undefined because a callable raised a StopIteration exception"
            )


def translate(gettext: Callable[[str], str]) -> Callable[..., str]:
    """`_()` as Jinja's newstyle gettext has it, in one call, not three through the context.

    Jinja's `_` looks `gettext` up in the context and calls it, which calls the catalog, each call
    through Context.call; a story page makes a dozen such calls (labels, filter names). It asks for the
    evaluation context only (whether to escape), which PlainCallContext passes without deriving a context.
    """

    @jinja2.pass_eval_context
    def _(eval_ctx: jinja2.nodes.EvalContext, string: str, /, **variables: Any) -> str:
        text = gettext(string)
        if not variables and "%" not in text:  # `text % {}` is the text: no Markup.__mod__ for nothing
            return Markup(text) if eval_ctx.autoescape else text
        return (Markup(text) if eval_ctx.autoescape else text) % variables

    return _


class TemplateCache(jinja2.BytecodeCache):
    """Compiled templates kept in the build cache, so a rebuild does not compile them again.

    Compiling the templates is a noticeable part of a rebuild. Jinja checks each
    one against its source's checksum; the cache key's fingerprint covers the rest of what the
    compiled code holds (the catalog folded into it by ConstantGettext, and storysite itself).
    """

    def __init__(self, cache: Memo, lang: str) -> None:
        self.cache = cache
        self.lang = lang

    def load_bytecode(self, bucket: jinja2.bccache.Bucket) -> None:
        data = self.cache.get(self.cache.key("template", self.lang, bucket.key))
        if isinstance(data, bytes):
            bucket.bytecode_from_string(data)

    def dump_bytecode(self, bucket: jinja2.bccache.Bucket) -> None:
        self.cache.put(self.cache.key("template", self.lang, bucket.key), bucket.bytecode_to_string())


def static_files(theme: str, project: Path | None) -> dict[str, Path]:
    """Static assets by their path under static/, the first theme folder that has one winning."""
    files: dict[str, Path] = {}
    for folder in reversed(theme_dirs(theme, project)):
        static = folder / "static"
        if static.is_dir():
            for path in sorted(static.rglob("*")):
                if path.is_file() and not path.is_symlink():
                    files[path.relative_to(static).as_posix()] = path
    return dict(sorted(files.items()))


class ConstantGettext(Extension):
    """Translate each `_("a literal")` once, when the template is compiled, not on every page.

    Every page makes many of these calls (docs/performance.md), and the environment is one
    language's, so the answer never changes. The literal becomes what the
    newstyle `_()` returns, exactly: the catalog's translation, `%` formatted with no values
    (so `%%` is `%`), marked safe. Calls with values, or anything but one literal, are left alone.
    """

    def filter_stream(self, stream: TokenStream) -> TokenStream:
        tokens = list(stream)
        out: list[Token] = []
        i = 0
        while i < len(tokens):
            folded = self._fold(tokens, i)
            if folded is None:
                out.append(tokens[i])
                i += 1
            else:
                out.extend(folded)
                i += 4
        return TokenStream(iter(out), stream.name, stream.filename)

    def _fold(self, tokens: list[Token], i: int) -> list[Token] | None:
        call = tokens[i : i + 4]
        if len(call) < 4 or [t.type for t in call] != [TOKEN_NAME, TOKEN_LPAREN, TOKEN_STRING, TOKEN_RPAREN]:
            return None
        if call[0].value != "_" or (i > 0 and tokens[i - 1].type == TOKEN_DOT):
            return None
        try:
            text = self.environment.constant_catalog.gettext(call[2].value) % {}  # type: ignore[attr-defined]
        except (TypeError, ValueError, KeyError):
            return None  # not plain text: leave it to the call, which says what is wrong
        line = call[0].lineno
        return [
            Token(line, TOKEN_LPAREN, "("),
            Token(line, TOKEN_STRING, text),
            Token(line, TOKEN_PIPE, "|"),
            Token(line, TOKEN_NAME, "safe"),
            Token(line, TOKEN_RPAREN, ")"),
        ]
