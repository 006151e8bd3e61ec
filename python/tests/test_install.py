"""The installed package: `cmake --install BUILD --prefix DIR` puts casus in
DIR/lib/python3.X/dist-packages/casus (the interpreter's layout), and an
interpreter importing it from another folder, with no CASUS_DATA, finds
DIR/share/casus/data, also after DIR is moved."""
import os
import re
import shutil
import subprocess
import sys

PROBE = """
import casus, json
e = casus.Coder().code('Turkey condemned Syria.')
print(json.dumps({'file': casus.__file__, 'source': e[0]['source']['code'],
                  'dictionary': e[0]['evidence']['dictionary']}))
"""


def _run(package_dir, cwd):
    env = {k: v for k, v in os.environ.items() if k not in ("CASUS_DATA", "CASUS_LEXICON")}
    env["PYTHONPATH"] = str(package_dir)
    out = subprocess.run([sys.executable, "-c", PROBE], cwd=cwd, env=env, capture_output=True,
                         text=True)
    assert out.returncode == 0, out.stderr
    import json
    return json.loads(out.stdout)


def test_installed_package_finds_its_data(build_dir, tmp_path):
    cache = (build_dir / "CMakeCache.txt").read_text()
    rel = re.search(r"^CASUS_PYTHON_INSTALL_DIR:\w+=(.*)$", cache, re.M).group(1)
    assert re.fullmatch(r"lib/python3\.\d+/(dist|site)-packages", rel)
    prefix = tmp_path / "prefix"
    subprocess.run(["cmake", "--install", str(build_dir), "--prefix", str(prefix)], check=True,
                   capture_output=True)
    assert (prefix / rel / "casus" / "__init__.py").exists()
    assert (prefix / rel / "casus" / "dask.py").exists()
    got = _run(prefix / rel, cwd="/")
    assert got["file"].startswith(str(prefix)), got
    assert got["source"] == "TUR" and got["dictionary"].startswith("data/verbs/")
    # Moved, it still finds its own data (nothing points at the old prefix).
    moved = tmp_path / "moved"
    shutil.move(str(prefix), str(moved))
    got = _run(moved / rel, cwd=str(tmp_path))
    assert got["file"].startswith(str(moved)) and got["source"] == "TUR"
    # Without its data, the load fails naming where it looked.
    shutil.rmtree(moved / "share")
    env = {k: v for k, v in os.environ.items() if k not in ("CASUS_DATA", "CASUS_LEXICON")}
    env["PYTHONPATH"] = str(moved / rel)
    out = subprocess.run([sys.executable, "-c", "import casus; casus.Coder()"], cwd="/",
                         env=env, capture_output=True, text=True)
    assert out.returncode != 0
    assert "casus.NotFoundError" in out.stderr and str(moved / rel / "casus") in out.stderr
