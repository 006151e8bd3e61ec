"""Shared fixtures: the casus package under test and the build tree it came from.

The tests import the package the interpreter finds (scripts/test puts the
build tree's <build>/python first on PYTHONPATH); the build tree is found
from the package's location (<build>/python/casus/), and PYTHONPATH is set
for the worker processes the Dask tests start.
"""
import os
import pathlib

import pytest

import casus

PACKAGE = pathlib.Path(casus.__file__).resolve().parent
SOURCE = pathlib.Path(__file__).resolve().parents[2]
_path = os.environ.get("PYTHONPATH", "")
if str(PACKAGE.parent) not in _path.split(os.pathsep):
    os.environ["PYTHONPATH"] = os.pathsep.join(p for p in (str(PACKAGE.parent), _path) if p)


@pytest.fixture(scope="session")
def build_dir():
    build = PACKAGE.parents[1]
    if not (build / "CMakeCache.txt").exists():
        pytest.skip("casus is not imported from a build tree (%s)" % PACKAGE)
    return build


@pytest.fixture(scope="session")
def casus_bin(build_dir):
    return build_dir / "casus"


@pytest.fixture(scope="session")
def coder():
    return casus.Coder()


@pytest.fixture(scope="session")
def wire():
    """The bench corpus: 400 news articles as JSON Lines records."""
    import json

    path = SOURCE / "bench" / "corpus" / "wire.jsonl"
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
