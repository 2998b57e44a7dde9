"""The two-command setup: README quick start, .ci/run and the requirements files agree with the code."""

from __future__ import annotations

import ast
import re
import sys
from importlib.metadata import packages_distributions
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
APP_CODE = [ROOT / "app.py", *(ROOT / "app_pages").glob("*.py"), *(ROOT / "dashboard").rglob("*.py")]
APP_CODE += list((ROOT / "geo").rglob("*.py"))
FIRST_PARTY = {"dashboard", "geo", "tools", "tests", "app_pages"}
TEST_ONLY = {"pytest", "hypothesis", "playwright", "pypdf", "axe-playwright-python", "ruff", "mypy"}


def _pins(path: Path) -> dict[str, str]:
    pins = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        line = line.split("#", 1)[0].strip()
        if not line or line.startswith("-r "):
            continue
        match = re.fullmatch(r"([A-Za-z0-9_.\-]+)(?:\[[A-Za-z0-9_,\-]+\])?==([0-9][A-Za-z0-9.\-]*)", line)
        assert match, f"{path.name}: not an exact pin: {line!r}"
        pins[match.group(1).lower()] = match.group(2)
    return pins


def _imported_distributions(paths: list[Path]) -> set[str]:
    modules = set()
    for path in paths:
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                modules |= {alias.name.split(".")[0] for alias in node.names}
            elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                modules.add(node.module.split(".")[0])
    third_party = modules - FIRST_PARTY - set(sys.stdlib_module_names) - {"__future__"}
    owners = packages_distributions()
    return {dist.lower() for module in third_party for dist in owners.get(module, [module])}


def test_readme_quick_start_is_exactly_two_commands():
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    section = text.split("## Quick start", 1)[1].split("\n## ", 1)[0]
    blocks = re.findall(r"```bash\n(.*?)```", section, re.S)
    assert blocks == ["make run\nmake test\n"]


def test_ci_runs_the_readme_test_command():
    commands = [
        line.strip()
        for line in (ROOT / ".ci" / "run").read_text(encoding="utf-8").splitlines()
        if line.strip().startswith("make ")
    ]
    assert commands == ["make test"]


def test_runtime_requirements_pin_what_the_app_imports_and_nothing_for_tests():
    runtime = _pins(ROOT / "requirements.txt")
    imported = _imported_distributions(APP_CODE)
    assert imported - set(runtime) == set(), "imported by the app but not pinned in requirements.txt"
    assert not TEST_ONLY & set(runtime)
    assert "pypdf" not in imported  # fpdf2 gives the page count; pypdf is a test tool only


def test_dev_requirements_include_the_runtime_ones_and_the_tools():
    dev_text = (ROOT / "requirements-dev.txt").read_text(encoding="utf-8")
    assert "-r requirements.txt" in dev_text.splitlines()
    dev = _pins(ROOT / "requirements-dev.txt")
    assert not set(dev) & set(_pins(ROOT / "requirements.txt")), "pinned twice"
    assert {"pytest", "ruff", "mypy", "import-linter", "pandas-stubs"} <= set(dev)
    tests_and_tools = list((ROOT / "tests").rglob("*.py")) + list((ROOT / "tools").rglob("*.py"))
    assert (
        _imported_distributions(tests_and_tools) - set(dev) - set(_pins(ROOT / "requirements.txt")) == set()
    )
