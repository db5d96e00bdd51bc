"""The install step's one addition to pyproject.toml: the hot path compiled with mypyc, if it can be.

pipeline/native.py names the modules (MODULES) and explains how a process chooses between the
compiled modules and their sources. Here they are compiled, when `build_ext` runs (`pip install
-e .`, `pip install .`, `make compile`): mypy type-checks them and writes C, the C compiler builds
one extension per module and a library they share. Whatever fails (no C compiler, no Python
headers, no mypy, a type error after an edit) is a warning: the install goes on without compiled
modules and the package runs as pure Python, as it does with CNSTATS_PURE=1 set at install time.
"""
from __future__ import annotations

import importlib.machinery
import importlib.util
import json
import os
import sys
import time
from pathlib import Path

from setuptools import Extension, setup
from setuptools.command.build_ext import build_ext

HERE = Path(__file__).resolve().parent


def _native():
    """pipeline/native.py, read without importing the package."""
    spec = importlib.util.spec_from_file_location("_cnstats_native", HERE / "pipeline" / "native.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _warn(message: str) -> None:
    print(f"warning: cnstats: {message}; it will run as pure Python (slower, same results)", file=sys.stderr)


def _remove_compiled() -> None:
    for suffix in importlib.machinery.EXTENSION_SUFFIXES:
        for built in (HERE / "pipeline").rglob(f"*{suffix}"):
            built.unlink()
    (HERE / "pipeline" / _native().MANIFEST).unlink(missing_ok=True)


class OptionalCompile(build_ext):
    """build_ext that compiles MODULES with mypyc, and falls back to pure Python on any failure."""

    def finalize_options(self) -> None:
        self.distribution.ext_modules = self._compiled()   # build_ext takes them from there
        self.force = True    # every build compiles every module: no object file of an earlier build is reused
        super().finalize_options()

    def _compiled(self) -> list:
        """mypyc's extensions (type-checking the modules and writing their C), or none."""
        if os.environ.get("CNSTATS_PURE", "") not in ("", "0"):
            print("cnstats: CNSTATS_PURE is set: nothing compiled", file=sys.stderr)
            return []
        self._started = time.perf_counter()
        cwd = os.getcwd()
        try:
            os.chdir(HERE)   # mypyc writes its C under build/ and names modules by their relative paths
            from mypyc.build import mypycify

            native = _native()
            paths = [str(Path(*name.split(".")).with_suffix(".py")) for name in native.MODULES]
            # the sources as mypyc reads them now: what the compiled modules are, for native.pure_reason
            self._manifest = {name: native.digest(HERE / path) for name, path in zip(native.MODULES, paths)}
            return mypycify(paths, opt_level="3", debug_level="0", group_name=native.GROUP, verbose=False)
        except BaseException as error:   # mypy's type errors exit with SystemExit
            if isinstance(error, KeyboardInterrupt):
                raise
            _warn(f"the hot path could not be compiled ({type(error).__name__}: {error})")
            return []
        finally:
            os.chdir(cwd)

    def run(self) -> None:
        if not self.extensions:
            return
        cwd = os.getcwd()
        try:
            os.chdir(HERE)
            _remove_compiled()   # what an earlier build left, of modules it compiled and this one may not
            super().run()
            self._write_manifest()
        except Exception as error:   # no C compiler, no Python headers, a compiler error
            _warn(f"the compiled modules could not be built ({type(error).__name__}: {error})")
            self.extensions = []
            return
        finally:
            os.chdir(cwd)
        print(f"cnstats: compiled {len(self.extensions) - 1} modules with mypyc in "
              f"{time.perf_counter() - self._started:.0f} s", file=sys.stderr)

    def _write_manifest(self) -> None:
        """_compiled.json beside the compiled modules: in the source tree (an editable install runs
        there) and in the build's package folder (a wheel installs that)."""
        text = json.dumps(self._manifest, indent=0, sort_keys=True)
        for folder in {HERE / "pipeline", Path(self.build_lib).resolve() / "pipeline"}:
            folder.mkdir(parents=True, exist_ok=True)
            (folder / _native().MANIFEST).write_text(text, encoding="utf-8")


# A placeholder, replaced by mypyc's extensions when build_ext runs: it makes setuptools run
# build_ext (and tag the wheel for this platform) without type-checking at every setup.py call.
setup(ext_modules=[Extension("pipeline._compiled__mypyc", sources=[])], cmdclass={"build_ext": OptionalCompile})
