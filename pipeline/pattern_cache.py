"""Compiled regular expressions of the standard re module kept between processes, as Python keeps compiled
bytecode in __pycache__.

Importing the stages compiles some 200 patterns with re (the figures' pattern, alternations of the lexicon's
words), whose compiler is written in Python: about 0.16 s of the 0.6 s a fresh process spends importing. What
it gives is plain data, the pattern's code (a list of integers) and its groups, from which `_sre.compile`
builds the pattern without parsing. While the package imports, `install()` has re look a pattern up by its
text and flags in one file; `save()` (at the end of pipeline.document's import) adds those it had to compile.

The same text and flags compile to the same code under the same Python, which the file's name says (`key`):
another version reads another file (tests/test_pattern_cache.py checks that a pattern built from the file
equals one compiled: re's patterns compare their code). The patterns of `regex` are not kept: its compiler
does not give the same code in two processes. A pattern compiled after the stages are imported (built per
call) is compiled as usual and not kept: the file holds the package's own patterns, no document's text.
The file (one per copy of the package) is in $CNSTATS_CACHE (a folder), else $XDG_CACHE_HOME/cnstats, else
~/.cache/cnstats; CNSTATS_CACHE=0 turns the cache off, and a folder that cannot be written leaves it empty.

>>> import re
>>> compiled = _re_compile_kept(r"(?P<number>\\d+)(万)?", 0)
>>> compiled.match("64万").groups(), compiled.groupindex["number"]
(('64', '万'), 1)
"""
from __future__ import annotations

import gc
import hashlib
import marshal
import os
import sys
from pathlib import Path

_KEPT: dict = {}          # ("re", pattern, flags): what it compiles to, read from the file and added
_ADDED: dict = {}         # the part of _KEPT compiled in this process, for save()
_USED: set = set()        # the entries of _KEPT found while recording: what save() keeps of the file
_RECORDING = False        # while the package imports: patterns compiled then are kept
_ORIGINAL: dict = {}      # the compilers' own functions, put back by uninstall()


_PACKAGE = Path(__file__).resolve().parent   # (each copy of the package its own file: two versions of the
#                                              patterns, run by turns, would otherwise replace each other's)


def key() -> str:
    """What the code of a compiled pattern depends on, Python (its re compiler and engine) and regex (for
    what `kept` holds), and the copy of the package whose patterns the file holds."""
    import _sre

    try:
        from regex import __version__ as regex_version   # (its Unicode tables: the code points kept)
    except ImportError:  # pragma: no cover - regex is a declared dependency
        regex_version = ""
    tag = f"{sys.version}|{_sre.MAGIC}|{_sre.CODESIZE}|{_sre.MAXREPEAT}|{_sre.MAXGROUPS}|{regex_version}|{_PACKAGE}|1"
    return hashlib.sha1(tag.encode("utf-8")).hexdigest()[:16]


def cache_file() -> Path | None:
    """The file of this Python, or None when the cache is turned off (CNSTATS_CACHE=0)."""
    named = os.environ.get("CNSTATS_CACHE")
    if named == "0":
        return None
    try:
        folder = Path(named) if named else Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "cnstats"
    except (RuntimeError, KeyError, OSError):   # no home folder to be found: no cache
        return None
    return folder / f"patterns-{key()}.marshal"


def _re_compile_kept(pattern, flags=0):
    """re's compile (re._compiler.compile): a pattern kept is built from its code; one compiled while
    recording is compiled the way re._compiler.compile does, its code kept."""
    import _sre
    from re import _compiler, _parser

    original = _ORIGINAL.get("re", _compiler.compile)
    if not isinstance(pattern, str) or flags & _compiler.SRE_FLAG_DEBUG:
        return original(pattern, flags)
    entry = ("re", pattern, int(flags))
    made = _KEPT.get(entry)
    if made is None:
        if not _RECORDING:
            return original(pattern, flags)
        parsed = _parser.parse(pattern, flags)
        code = _compiler._code(parsed, flags)
        groupindex = dict(parsed.state.groupdict)
        indexgroup = [None] * parsed.state.groups
        for name, index in groupindex.items():
            indexgroup[index] = name
        made = (int(flags | parsed.state.flags), list(map(int, code)), parsed.state.groups - 1, groupindex,
                tuple(indexgroup))   # (its opcodes are ints of a named subclass, which marshal does not write)
        _KEPT[entry] = _ADDED[entry] = made
        return _sre.compile(pattern, *made)
    if _RECORDING:
        _USED.add(entry)
    try:
        return _sre.compile(pattern, *made)
    except (TypeError, ValueError, OverflowError, RuntimeError):   # an entry not of this engine's shape
        del _KEPT[entry]
        return original(pattern, flags)


def kept(name: str, compute):
    """compute(), kept in the file under `name` while the package imports: for what the patterns are built
    from and costs as much (cached_regex.code_points: \\p{Han} scanned over every code point). The value must
    be what marshal writes (tuples, lists, numbers, strings) and depend only on Python and regex.

    >>> kept("a sum", lambda: (1 + 2,))
    (3,)
    """
    entry = ("data", name, 0)
    value = _KEPT.get(entry)
    if value is None:
        value = compute()
        if _RECORDING:
            _KEPT[entry] = _ADDED[entry] = value
    elif _RECORDING:
        _USED.add(entry)
    return value


def install() -> None:
    """Read the file and have re compile through it (once per process)."""
    global _RECORDING
    if _ORIGINAL:
        return
    path = cache_file()
    if path is None:
        return
    try:
        from re import _compiler, _parser  # noqa: F401 - Python 3.11 on: the compiler _re_compile_kept follows
        if not hasattr(_compiler, "_code") or getattr(_compiler.compile, "__name__", "") == _re_compile_kept.__name__:
            return      # an older Python, or installed already (by the package's pure copy: native.pure_module)
    except ImportError:
        return
    collecting = gc.isenabled()
    gc.disable()        # (the code's 10^5 integers in lists: a collector run every 700 of them, for nothing)
    try:
        stored = path.read_bytes()
        if hashlib.sha1(stored[20:]).digest() == stored[:20]:   # whole, as save() wrote it
            loaded = marshal.loads(stored[20:])
            if isinstance(loaded, dict):
                _KEPT.update(loaded)
    except (OSError, ValueError, EOFError, TypeError):
        pass        # no file yet, or one not whole: the patterns are compiled
    finally:
        if collecting:
            gc.enable()
    _ORIGINAL["re"] = _compiler.compile
    _compiler.compile = _re_compile_kept
    _RECORDING = True


def save() -> None:
    """Stop recording; when patterns had to be compiled, write the file again with the patterns this import
    compiled or found (those of an older version of the package drop out), aside, then renamed over it: a
    reader finds the old file or the new one."""
    global _RECORDING
    _RECORDING = False
    path = cache_file()
    if not _ADDED or path is None:
        return
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        temporary = path.with_name(f".{path.name}.{os.getpid()}.tmp")
        data = marshal.dumps({entry: _KEPT[entry] for entry in _KEPT if entry in _USED or entry in _ADDED})
        temporary.write_bytes(hashlib.sha1(data).digest() + data)
        os.replace(temporary, path)
        _ADDED.clear()
    except (OSError, ValueError):
        pass        # a cache that cannot be written: the next process compiles again


def uninstall() -> None:
    """Give re its own compiler back (for tests)."""
    global _RECORDING
    if not _ORIGINAL:
        return
    from re import _compiler

    _compiler.compile = _ORIGINAL.pop("re")
    _RECORDING = False
