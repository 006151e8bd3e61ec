"""examples/events_per_day.py runs and writes a PNG of events per day."""
import subprocess
import sys

from conftest import SOURCE


def test_events_per_day_example(tmp_path):
    out_png = tmp_path / "plot.png"
    run = subprocess.run([sys.executable, str(SOURCE / "examples" / "events_per_day.py"),
                          str(SOURCE / "bench" / "corpus" / "wire.jsonl"), str(out_png)],
                         cwd=tmp_path, capture_output=True, text=True, timeout=600)
    assert run.returncode == 0, run.stderr
    assert "400 articles" in run.stdout
    events = int(run.stdout.split(" events\n")[0].rsplit("\n", 1)[1])
    assert events > 300
    data = out_png.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n" and len(data) > 10_000
