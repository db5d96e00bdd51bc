"""The doctests of the compiled modules (pipeline/native.py's MODULES) run wherever the package does.

mypyc drops docstrings, so a compiled module has no doctest left to collect. Where the package runs
compiled, each such module's doctests are collected from its source instead: the source is run as a
Python module of its own (named `<module>__source`, beside the compiled package) and its docstrings
run against it. Run as pure Python (`CNSTATS_PURE=1 make test`), they are collected as usual.
"""
from __future__ import annotations

import importlib.util
import sys

import pytest
from _pytest.doctest import DoctestModule

from pipeline import native


class SourceDoctestModule(DoctestModule):
    """The doctests of a compiled module, read from and run against its source."""

    def _getobj(self):
        name = f"{native.module_of(self.path)}__source"
        module = sys.modules.get(name)
        if module is None:
            spec = importlib.util.spec_from_file_location(name, self.path)
            module = importlib.util.module_from_spec(spec)
            sys.modules[name] = module    # as an import does: dataclasses and doctest look it up there
            spec.loader.exec_module(module)
        return module


@pytest.hookimpl(wrapper=True)
def pytest_collect_file(file_path, parent):
    collected = yield
    if not native.compiled_here() or native.module_of(file_path) not in native.MODULES:
        return collected
    return [SourceDoctestModule.from_parent(parent, path=file_path) if type(item) is DoctestModule else item
            for item in collected]
