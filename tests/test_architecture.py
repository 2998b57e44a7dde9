"""The layer contract (pyproject's [tool.importlinter]) holds, and it does fail on a wrong import.

`lint-imports` runs in CI too; running it here means a wrong import also fails `python -m pytest`.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
PACKAGES = ("dashboard", "geo", "tools", "app_pages")


def _lint_imports(root: Path) -> subprocess.CompletedProcess[str]:
    """lint-imports in a fresh interpreter whose import path is ``root`` alone (not this checkout)."""
    env = {**os.environ, "PYTHONPATH": str(root), "COLUMNS": "200"}
    code = "import sys; from importlinter.cli import lint_imports; sys.exit(lint_imports(no_cache=True))"
    return subprocess.run(
        [sys.executable, "-c", code], cwd=root, env=env, capture_output=True, text=True, check=False
    )


def test_the_tree_keeps_its_layers():
    result = _lint_imports(ROOT)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "0 broken" in result.stdout


@pytest.fixture
def tree_copy(tmp_path: Path) -> Path:
    for package in PACKAGES:
        shutil.copytree(ROOT / package, tmp_path / package, ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copy(ROOT / "pyproject.toml", tmp_path / "pyproject.toml")
    return tmp_path


def _inject(root: Path, module: str, line: str) -> None:
    path = root / module
    path.write_text(f"{line}  # noqa\n{path.read_text(encoding='utf-8')}", encoding="utf-8")


@pytest.mark.parametrize(
    ("module", "line", "contract"),
    [
        # An upward import: a calculation reaching for a figure builder.
        ("dashboard/analysis/aggregate.py", "from dashboard.render import charts", "dashboard layers"),
        # The core must not know about the importer.
        ("dashboard/core/filters.py", "import dashboard.ingest.validation", "dashboard layers"),
        # Streamlit below the ui layer.
        ("dashboard/render/tables.py", "import streamlit", "only dashboard.ui"),
        ("dashboard/ui/urlstate.py", "from streamlit_folium import st_folium", "only dashboard.ui"),
        # The running app importing build-time code.
        ("geo/regions.py", "from tools import bench_geo", "never imports the build-time tools"),
        ("dashboard/cli.py", "from tools import generate", "never imports the build-time tools"),
        # A page computing for itself instead of asking the ui layer (components, the cached data boundary).
        (
            "app_pages/grafieken.py",
            "from dashboard.analysis import chart_data",
            "pages import only dashboard.ui",
        ),
        (
            "app_pages/nood.py",
            "from dashboard.core.filters import apply_filters",
            "pages import only dashboard.ui",
        ),
        ("app_pages/kaart.py", "import dashboard.render.maps", "pages import only dashboard.ui"),
        (
            "app_pages/gegevens.py",
            "from dashboard.ingest import validation",
            "pages import only dashboard.ui",
        ),
        ("app_pages/over.py", "from dashboard.register import db", "pages import only dashboard.ui"),
        ("app_pages/valpreventie.py", "from tools import bench", "never imports the build-time tools"),
        # The pure halves of the fall-prevention page stay free of Streamlit.
        ("dashboard/ui/valpreventie_state.py", "import streamlit", "only dashboard.ui"),
        # The app's own HTTP routes are plain Starlette, below nothing that needs a session.
        ("dashboard/web/routes.py", "import streamlit", "only dashboard.ui"),
        ("dashboard/web/readiness.py", "from dashboard.ui import data", "dashboard layers"),
    ],
)
def test_a_wrong_import_breaks_the_contract(tree_copy: Path, module: str, line: str, contract: str):
    assert _lint_imports(tree_copy).returncode == 0  # the copy itself is clean
    _inject(tree_copy, module, line)
    result = _lint_imports(tree_copy)
    assert result.returncode != 0
    # "name BROKEN", or "name BROKEN (1 ignored import)" for a contract that names an exception.
    broken = [
        row for row in result.stdout.splitlines() if re.search(r" BROKEN( \(\d+ ignored imports?\))?$", row)
    ]
    assert any(contract in row for row in broken), result.stdout


def test_a_module_outside_every_layer_is_refused(tree_copy: Path):
    """exhaustive: a new top-level module in dashboard/ must be given a layer."""
    (tree_copy / "dashboard" / "helpers.py").write_text("VALUE = 1\n", encoding="utf-8")
    result = _lint_imports(tree_copy)
    assert result.returncode != 0
    assert "helpers" in result.stdout
