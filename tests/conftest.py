"""Shared test fixtures: where the read-only materials beside the project live."""
from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
# ../shared beside the project, or beside the folder of worktrees that holds it (/work/wt/NAME → /work/shared)
SHARED = next((p for p in (ROOT.parent / "shared", ROOT.parent.parent / "shared") if p.is_dir()), ROOT.parent / "shared")


def shared_path(*parts: str) -> Path:
    """A path under ../shared, or skip the test when the materials are absent."""
    path = SHARED.joinpath(*parts)
    if not path.exists():
        pytest.skip(f"{path} is absent (../shared is not beside the project)")
    return path


@pytest.fixture
def shared():
    return shared_path
