"""Which stages run compiled, and the guard that never lets a stale compiled module run.

The install step (setup.py, run by `make setup` / `pip install -e .`) compiles the modules of
MODULES with mypyc, where a C compiler and mypy are at hand: each becomes an extension module
beside its source (pipeline/segment.cpython-311-x86_64-linux-gnu.so), all of them sharing one
library, pipeline/_compiled__mypyc*.so. They are the per-figure hot path a profile of the 29
reports shows; everything else stays Python. Where the compile cannot be done, the install goes on
and the same modules run as Python.

Python prefers an extension module to a source of the same name, so a source edited after the
build would run as the old compiled code. `install()`, run when the package is imported, puts a
finder first on sys.meta_path that loads every module of MODULES from its .py source when

- CNSTATS_PURE=1 is set (pure Python on purpose: to debug, to compare), or
- a compiled module or the shared library is missing, or a source is not the one the build
  compiled (its digest differs from the one the build wrote in _compiled.json: edited since): then
  it warns once, saying how to rebuild (`make compile`). Digests, not file times: a copy, a
  checkout or a wheel install may give any file any time; an edit undone runs compiled again.

All or none: compiled modules call each other directly, not through the import system, so one
module loaded from source among compiled ones would still be called as its old compiled code.

>>> pure_reason({"CNSTATS_PURE": "1"})
'CNSTATS_PURE=1'
>>> "pipeline.segment" in MODULES and "pipeline.native" not in MODULES
True
"""
from __future__ import annotations

import hashlib
import importlib.abc
import importlib.machinery
import importlib.util
import json
import os
import sys
import warnings
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent
SHARED_LIBRARY = "_compiled__mypyc"   # mypyc's name for the group "pipeline._compiled"
GROUP = "pipeline._compiled"
MANIFEST = "_compiled.json"   # the digest of each source as the build compiled it (written by setup.py)

# The modules compiled: those a profile of extract_document over the 29 reports ranks by their own
# time, first to last, then those they call for each figure. A module here must pass mypy (pyproject
# [tool.mypy]); it may not be a package's __init__ (a compiled one cannot import its submodules).
MODULES = (
    "pipeline.attribute.sentence",
    "pipeline.attribute.clause",
    "pipeline.attribute.figure_words",
    "pipeline.attribute.metric",
    "pipeline.attribute.trim",
    "pipeline.attribute.empty",
    "pipeline.attribute.counted_noun",
    "pipeline.attribute.topic",
    "pipeline.attribute.subject",
    "pipeline.attribute.subject_words",
    "pipeline.attribute.opening",
    "pipeline.attribute.places",
    "pipeline.attribute.carried_subject",
    "pipeline.classify",
    "pipeline.figure_names",
    "pipeline.thresholds",
    "pipeline.furniture",
    "pipeline.bare_figures",
    "pipeline.attribute.stage",
    "pipeline.quantities.plain",
    "pipeline.attribute.naming",
    "pipeline.enrich.stage",
    "pipeline.enrich.indicator",
    "pipeline.attribute.period",
    "pipeline.quantities.scan",
    "pipeline.cached_regex",
    "pipeline.enrich.status",
    "pipeline.attribute.carry",
    "pipeline.attribute.lists",
    "pipeline.segment",
    "pipeline.enrich.repeats",
    "pipeline.numerals",
    "pipeline.script",
    "pipeline.quantities.values",
    "pipeline.quantities.read",
    "pipeline.clean",
    "pipeline.attribute.stat",
    "pipeline.excerpt",
    "pipeline.quantities.lists",
    "pipeline.quantities.ratios",
    "pipeline.quantities.patterns",
    "pipeline.attribute.words",
    "pipeline.attribute.region",
    "pipeline.enrich.units",
    "pipeline.memo",
    "pipeline.attribute.stat_before",
    "pipeline.attribute.gapped",
    "pipeline.attribute.enumerated",
    "pipeline.counted",
    "pipeline.attribute.kinds",
    "pipeline.attribute.indicator",
    "pipeline.attribute.list_parts",
    "pipeline.attribute.bracketed",
    "pipeline.attribute.anaphora",
)


def source_of(module: str) -> Path:
    """The .py file of a module of the package."""
    return PACKAGE.joinpath(*module.split(".")[1:]).with_suffix(".py")


def _extension_of(source: Path) -> Path | None:
    """The compiled module beside a source, if one is there."""
    for suffix in importlib.machinery.EXTENSION_SUFFIXES:
        built = source.with_name(source.stem + suffix)
        if built.is_file():
            return built
    return None


def shared_library() -> Path | None:
    return _extension_of(PACKAGE / f"{SHARED_LIBRARY}.py")


def digest(source: Path) -> str:
    """What a build records of a source it compiled (MANIFEST), to tell later whether it changed."""
    return hashlib.sha1(source.read_bytes()).hexdigest()


def pure_reason(environ=os.environ) -> str | None:
    """Why the modules of MODULES run as Python in this process, or None when they run compiled."""
    if environ.get("CNSTATS_PURE", "") not in ("", "0"):
        return "CNSTATS_PURE=1"
    if shared_library() is None:
        return "not compiled"
    try:
        built = json.loads((PACKAGE / MANIFEST).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return f"not compiled: no readable {MANIFEST} beside the compiled modules"
    for module in MODULES:
        source = source_of(module)
        if _extension_of(source) is None:
            return f"not compiled: {source.name} has no compiled module"
        if built.get(module) != digest(source):
            return f"stale: {source.relative_to(PACKAGE.parent)} changed since the compiled modules were built"
    return None


class SourceFirst(importlib.abc.MetaPathFinder):
    """Loads modules of the package from their .py sources, whatever is compiled beside them: all of
    MODULES when `pure` (see pure_reason), and always a module outside MODULES (an extension left
    from a build that compiled it, which the shared library no longer holds)."""

    def __init__(self, pure: bool) -> None:
        self.pure = pure

    def find_spec(self, name, path=None, target=None):
        if name.startswith(PURE_COPY + "."):
            return _source_spec(name)
        if not name.startswith("pipeline.") or name == GROUP + "__mypyc":
            return None
        if name in _MODULE_SET:
            return importlib.util.spec_from_file_location(name, source_of(name)) if self.pure else None
        source = source_of(name)
        if source.is_file() and _extension_of(source) is not None:
            return importlib.util.spec_from_file_location(name, source)
        return None


_MODULE_SET = frozenset(MODULES)
REASON: str | None = None   # why this process runs pure Python (None: compiled), set by install()
PURE_COPY = "_cnstats_pure"  # the package again, all of it Python, for pure_module


def _source_spec(name: str):
    """The spec of a module or package of the pure copy, from the package's sources."""
    place = PACKAGE.joinpath(*name.split(".")[1:])
    if (place / "__init__.py").is_file():
        return importlib.util.spec_from_file_location(name, place / "__init__.py",
                                                      submodule_search_locations=[str(place)])
    return importlib.util.spec_from_file_location(name, place.with_suffix(".py")) if place.with_suffix(".py").is_file() else None


def pure_module(name: str):
    """A module of the package (`pipeline.document`) as pure Python, in a copy of the package of its
    own (`_cnstats_pure.document`), beside the compiled one: a document a compiled module refused
    (a runtime type check on a value its annotation did not foresee) is read again there, by the
    same code, so that compiling never loses a document.

    >>> pure_module("pipeline.segment").split_sentences("增长5%。")[0].text
    '增长5%。'
    """
    if PURE_COPY not in sys.modules:
        spec = _source_spec(PURE_COPY)
        package = importlib.util.module_from_spec(spec)
        sys.modules[PURE_COPY] = package
        spec.loader.exec_module(package)
    return importlib.import_module(PURE_COPY + name[len("pipeline"):])


def install() -> None:
    """Decide, once per process, whether the compiled modules may run; if not, load the sources."""
    global REASON
    if __name__ != "pipeline.native":   # the pure copy's own (pure_module): the finder is the package's
        REASON = "the pure copy"
        return
    if any(isinstance(finder, SourceFirst) for finder in sys.meta_path):
        return
    REASON = pure_reason()
    sys.meta_path.insert(0, SourceFirst(pure=REASON is not None))
    if REASON is not None and REASON.startswith("stale"):
        warnings.warn(f"cnstats runs as pure Python ({REASON}): run `make compile` "
                      "(or `pip install -e .`) to rebuild the compiled modules", RuntimeWarning, stacklevel=2)


def compiled() -> list[str]:
    """The modules of MODULES that run compiled in this process (imports them).

    >>> set(compiled()) <= set(MODULES)
    True
    """
    from importlib import import_module

    return [name for name in MODULES
            if not str(getattr(import_module(name), "__file__", "")).endswith(".py")]


def status() -> str:
    """One line saying what runs compiled, for `make bench` and `cnstats --version`-like reports."""
    names = compiled()
    if names:
        return f"compiled (mypyc): {len(names)} of {len(MODULES)} hot-path modules ({', '.join(n[9:] for n in names)})"
    return f"pure Python: {REASON or 'not compiled'} (none of the {len(MODULES)} hot-path modules compiled)"


def module_of(path) -> str:
    """The module name of a source file of the package ('' for a file outside it).

    >>> module_of(PACKAGE / "attribute" / "subject.py"), module_of("/elsewhere/subject.py")
    ('pipeline.attribute.subject', '')
    """
    path = Path(path).resolve()
    if PACKAGE not in path.parents:
        return ""
    return ".".join(path.relative_to(PACKAGE.parent).with_suffix("").parts)


def compiled_here() -> bool:
    """Whether MODULES run compiled in this process (install() decided it when the package was imported)."""
    return REASON is None and shared_library() is not None
