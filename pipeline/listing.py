"""Which files a run reads, the doc_id each one's rows carry, and which files cannot be read at all.

>>> import tempfile, pathlib
>>> raw = pathlib.Path(tempfile.mkdtemp())
>>> for name in ("bj.txt", "bj.pdf", "2025/sh.txt"):
...     (raw / name).parent.mkdir(exist_ok=True)
...     _ = (raw / name).write_bytes(b"x")
>>> listing = find_inputs([raw])
>>> [file.doc_id for file in listing.files]
['2025/sh', 'bj.pdf', 'bj.txt']
>>> listing.collisions[0].split(" would ")[1]
"have doc_id 'bj', as another file does: named bj.pdf, bj.txt"

The contract's doc_id is the path below the input folder, POSIX separators, without extension
(a file given by name: its stem). No input file is ever dropped: where two files would get the
same doc_id, each keeps its extension (`bj.pdf`, `bj.txt`); files from different inputs that
still collide are prefixed by their input folder's name (`a/bj.txt`, `b/bj.txt`); the same path
reached twice is read once. Should two files still collide (only contrived layouts do), the later
ones get `~2`, `~3`… Every collision is reported, for the run to warn about.

File names are bytes to the system. A name that is not UTF-8 (say GBK, from a zip archive made on
Windows) is read as GB18030 when it decodes as such (`b'\\xc9\\xcf\\xba\\xa3.txt'` → `上海.txt`), else each
byte that is not UTF-8 is written `\\xNN`: see `printable`. doc_id and `source` hold that text; the
file is opened by its real name.

Folders that cannot be listed become entries with an `error`, so that the run records them as
rejected rows instead of skipping them. Symbolic links to folders are followed (each real folder
is read once). Hidden files and folders (names starting with a dot) are not inputs.
"""
from __future__ import annotations

import os
import stat as stat_module
from dataclasses import dataclass, field
from pathlib import PurePosixPath

# Larger files are not read (a rejected row says so); `--max-size` changes it.
DEFAULT_MAX_BYTES = 200_000_000
FOLDER_ERROR = "cannot read folder"     # how the error of a folder that cannot be listed begins

_KINDS = (
    (stat_module.S_ISDIR, "a folder"),
    (stat_module.S_ISFIFO, "a named pipe (FIFO)"),
    (stat_module.S_ISCHR, "a character device"),
    (stat_module.S_ISBLK, "a block device"),
    (stat_module.S_ISSOCK, "a socket"),
)


@dataclass(frozen=True)
class InputFile:
    """One input: the path the system knows it by, its doc_id, and why it cannot be read (folders
    that cannot be listed)."""

    path: str
    doc_id: str
    error: str | None = None


@dataclass
class Listing:
    files: list[InputFile] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)      # inputs that do not exist: a usage error
    collisions: list[str] = field(default_factory=list)    # what the run warns about


def printable(name: str) -> str:
    """A file name (as `os.fsdecode` gives it) as text any table can hold.

    >>> printable("chuanyu.txt")
    'chuanyu.txt'
    >>> printable(os.fsdecode(b"2025/\\xc9\\xcf\\xba\\xa3.txt"))      # GBK bytes: read as GB18030
    '2025/上海.txt'
    >>> printable(os.fsdecode(b"\\xff\\xfe-report.txt"))              # neither: the bytes, escaped
    '\\\\xff\\\\xfe-report.txt'
    """
    try:
        name.encode("utf-8")
        return name
    except UnicodeEncodeError:
        pass
    return "/".join(_component(part) for part in name.split("/"))


def _component(part: str) -> str:
    try:
        part.encode("utf-8")
        return part
    except UnicodeEncodeError:
        pass
    raw = part.encode("utf-8", "surrogateescape") if _escaped_bytes_only(part) else None
    if raw is None:  # lone surrogates that are not escaped bytes
        return part.encode("utf-8", "backslashreplace").decode("utf-8")
    try:
        return raw.decode("gb18030")
    except UnicodeDecodeError:
        return raw.decode("utf-8", "backslashreplace")


def _escaped_bytes_only(part: str) -> bool:
    return all(not 0xD800 <= ord(char) <= 0xDFFF or 0xDC80 <= ord(char) <= 0xDCFF for char in part)


def doc_id_for(path: str, root: str | None, extension: bool = False) -> str:
    """The contract's doc_id: path below the input folder, POSIX, no extension (or with it).

    >>> doc_id_for("data/raw/2025/chuanyu.txt", "data/raw")
    '2025/chuanyu'
    >>> doc_id_for("elsewhere/bulletin.txt", None), doc_id_for("a/bj.txt", "a", extension=True)
    ('bulletin', 'bj.txt')
    """
    if root is None:
        relative = PurePosixPath(os.path.basename(path))
    else:
        relative = PurePosixPath(os.path.relpath(path, root).replace(os.sep, "/"))
    if not extension and relative.suffix and relative.stem:
        relative = relative.with_suffix("")
    return printable(str(relative))


def kind_of(mode: int) -> str | None:
    """What a file that is not a regular file is, in words; None for a regular file.

    >>> kind_of(stat_module.S_IFIFO), kind_of(stat_module.S_IFREG)
    ('a named pipe (FIFO)', None)
    """
    for test, name in _KINDS:
        if test(mode):
            return name
    return None if stat_module.S_ISREG(mode) else "not a regular file"


def check_file(path: str, max_bytes: int | None = DEFAULT_MAX_BYTES) -> tuple[os.stat_result | None, str | None]:
    """The file's status when it may be read: a regular file no larger than `max_bytes`; else why not.

    Never opens the file, so a named pipe or a device cannot make the caller wait.
    """
    shown = printable(path)
    try:
        status = os.stat(path)
    except OSError as error:
        return None, os_error(shown, error)
    kind = kind_of(status.st_mode)
    if kind is not None:
        return None, f"cannot read {shown}: it is {kind}, not a regular file"
    if max_bytes is not None and status.st_size > max_bytes:
        return None, (f"too large: {shown} has {status.st_size / 1e6:,.1f} MB, over the limit of "
                      f"{max_bytes / 1e6:,.1f} MB (split it, or raise the limit with --max-size MB)")
    return status, None


def os_error(shown: str, error: OSError) -> str:
    """Why a file cannot be read, in words a person can act on."""
    if isinstance(error, PermissionError):
        return f"cannot read {shown}: permission denied (check the file's permissions)"
    if isinstance(error, IsADirectoryError):
        return f"cannot read {shown}: it is a folder"
    if isinstance(error, FileNotFoundError):
        return f"cannot read {shown}: the file disappeared or is a broken link"
    return f"cannot read {shown}: {error.strerror or error}"


def find_inputs(paths: list[str | os.PathLike], exclude: str | os.PathLike | None = None) -> Listing:
    """Every file under the given folders (recursed) and the files named directly, with unique
    doc_ids, sorted by doc_id. Files whose real path lies in `exclude` (the output folder) are
    not inputs."""
    listing = Listing()
    outside = os.path.realpath(exclude) if exclude is not None else None
    found: list[tuple[str, str | None, int, str, str | None]] = []   # path, root, input number, root name, error
    seen: set[str] = set()
    for number, given in enumerate(paths):
        given = os.fspath(given)
        if os.path.isdir(given):
            name = os.path.basename(os.path.normpath(given))
            name = name if name not in ("", ".", "..") else os.path.basename(os.path.realpath(given))
            for path, error in _walk(given, outside):
                key = os.path.normpath(os.path.abspath(path))
                if key not in seen:
                    seen.add(key)
                    found.append((path, given, number, name, error))
        elif os.path.lexists(given):
            key = os.path.normpath(os.path.abspath(given))
            if key not in seen and not _inside(given, outside):
                seen.add(key)
                parent = os.path.basename(os.path.dirname(os.path.abspath(given)))
                found.append((given, None, number, parent, None))
        else:
            listing.problems.append(f"no such file or folder: {given}")
    listing.files, listing.collisions = _name(found)
    return listing


def _inside(path: str, outside: str | None) -> bool:
    if outside is None:
        return False
    real = os.path.realpath(path)
    return real == outside or real.startswith(outside.rstrip(os.sep) + os.sep)


def _walk(root: str, outside: str | None):
    """(path, None) for each file under root, (folder, why) for each folder that cannot be listed.

    Iterative (no recursion on depth); follows links to folders, each real folder once."""
    visited: set[str] = set()
    stack = [root]
    while stack:
        folder = stack.pop()
        real = os.path.realpath(folder)
        if real in visited or _inside(folder, outside):
            continue
        visited.add(real)
        try:
            with os.scandir(folder) as found:
                items = sorted(found, key=lambda item: item.name)
        except OSError as error:
            yield folder, _folder_error(printable(folder), error)
            continue
        subfolders = []
        for item in items:
            if item.name.startswith("."):
                continue
            try:
                is_folder = item.is_dir()           # follows a link to a folder
            except OSError:
                is_folder = False
            if is_folder:
                subfolders.append(item.path)
            elif not (outside is not None and item.is_symlink() and _inside(item.path, outside)):
                yield item.path, None          # (a file that is no link lies in this folder, not in OUT)
        stack.extend(reversed(subfolders))


def _folder_error(shown: str, error: OSError) -> str:
    if isinstance(error, PermissionError):
        return (f"{FOLDER_ERROR} {shown}: permission denied, so its files were not read (check the "
                "folder's permissions); their rows from the last run are kept")
    return (f"{FOLDER_ERROR} {shown}: {error.strerror or error}, so its files were not read; "
            "their rows from the last run are kept")


def _name(found: list[tuple[str, str | None, int, str, str | None]]) -> tuple[list[InputFile], list[str]]:
    """doc_ids, escalated where they collide: extension, then input folder's name, then ~N."""
    level = [0] * len(found)

    def id_of(index: int) -> str:
        path, root, _number, root_name, error = found[index]
        folder = error is not None
        doc_id = doc_id_for(path, root, extension=level[index] >= 1 or folder)
        if folder and root is not None and os.path.normpath(path) == os.path.normpath(root):
            doc_id = printable(root_name)
        if level[index] >= 2:
            doc_id = f"{printable(root_name)}/{doc_id}"
        return doc_id

    base = [id_of(index) for index in range(len(found))]
    ids = list(base)
    for _round in range(3):
        groups = _duplicates(ids)
        if not groups:
            break
        for indexes in groups:
            inputs = {found[index][2] for index in indexes}
            for index in indexes:
                if level[index] == 0 or (level[index] == 1 and len(inputs) > 1):
                    level[index] += 1
            for index in indexes:
                ids[index] = id_of(index)
    for indexes in _duplicates(ids):   # a last resort for contrived layouts
        for count, index in enumerate(indexes[1:], start=2):
            ids[index] = f"{ids[index]}~{count}"
    collisions = []
    for indexes in _groups(base):
        if any(ids[index] != base[index] for index in indexes):
            paths = ", ".join(printable(found[index][0]) for index in indexes)
            collisions.append(f"{paths} would have doc_id {base[indexes[0]]!r}, as another file does: named "
                              + ", ".join(ids[index] for index in indexes))
    files = [InputFile(item[0], doc_id, item[4]) for item, doc_id in zip(found, ids)]
    return sorted(files, key=lambda file: file.doc_id), collisions


def _groups(ids: list[str]) -> list[list[int]]:
    by_id: dict[str, list[int]] = {}
    for index, doc_id in enumerate(ids):
        by_id.setdefault(doc_id, []).append(index)
    return list(by_id.values())


def _duplicates(ids: list[str]) -> list[list[int]]:
    return [indexes for indexes in _groups(ids) if len(indexes) > 1]
