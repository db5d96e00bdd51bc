"""One finished document on disk: its documents row and facts rows, under its shard key.

A shard is written to a temporary name and renamed, so it is either whole or absent; a run
killed mid-way leaves the shards of the documents it finished, and the next run reuses them.

>>> import tempfile, pathlib
>>> shards = Shards(pathlib.Path(tempfile.mkdtemp()))
>>> shards.write("k1", {"doc_id": "a", "n_facts": 1}, [{"doc_id": "a", "start": 3}])
>>> shards.read("k1")
({'doc_id': 'a', 'n_facts': 1}, [{'doc_id': 'a', 'start': 3}])
>>> shards.read("missing") is None
True
"""
from __future__ import annotations

import json
import os
import shutil
import tempfile
from pathlib import Path


class Shards:
    def __init__(self, folder: Path):
        self.folder = Path(folder)

    def path(self, key: str) -> Path:
        return self.folder / key[:2] / f"{key}.json"

    def exists(self, key: str) -> bool:
        return self.path(key).is_file()

    def write(self, key: str, document: dict, facts: list[dict]) -> None:
        path = self.path(key)
        path.parent.mkdir(parents=True, exist_ok=True)
        payload = json.dumps({"document": document, "facts": facts}, ensure_ascii=False)
        handle, temporary = tempfile.mkstemp(prefix=f".{key}.", suffix=".tmp", dir=path.parent)
        try:
            with os.fdopen(handle, "w", encoding="utf-8") as out:
                out.write(payload)
            os.replace(temporary, path)
        except BaseException:
            if os.path.exists(temporary):
                os.unlink(temporary)
            raise

    def read(self, key: str) -> tuple[dict, list[dict]] | None:
        """The rows of a shard, or None when it is absent or damaged."""
        try:
            data = json.loads(self.path(key).read_text(encoding="utf-8"))
            return data["document"], data["facts"]
        except (OSError, ValueError, KeyError, TypeError):
            return None

    def keep_only(self, keys: set[str]) -> int:
        """Delete every shard (and leftover temporary file) not named in `keys`; count them."""
        removed = 0
        if not self.folder.is_dir():
            return 0
        for sub in self.folder.iterdir():
            if not sub.is_dir():
                continue
            for file in sub.iterdir():
                if file.name.endswith(".json") and file.name[:-5] in keys:
                    continue
                file.unlink(missing_ok=True)
                removed += 1
            try:
                sub.rmdir()
            except OSError:
                pass
        return removed

    def clear(self) -> None:
        shutil.rmtree(self.folder, ignore_errors=True)
