"""The two-command setup: README quick start, .ci/run and the requirements files agree with the code."""

from __future__ import annotations

import ast
import re
import subprocess
import sys
from importlib.metadata import packages_distributions
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
APP_CODE = [
    ROOT / "app.py",
    ROOT / "serve.py",
    *(ROOT / "app_pages").glob("*.py"),
    *(ROOT / "dashboard").rglob("*.py"),
]
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


def _make_run(*variables: str) -> str:
    """The command ``make run`` would start (``make -n``: printed, not run)."""
    out = subprocess.run(
        ["make", "-n", "run", f"VENV={sys.prefix}", *variables],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    return next(line for line in out.splitlines() if "streamlit run" in line)


def test_make_run_serves_serve_py_on_loopback_unless_told_otherwise():
    command = _make_run()
    assert "streamlit run serve.py" in command
    assert "--server.address 127.0.0.1" in command and "--server.port 8501" in command
    assert "--server.address 0.0.0.0" in _make_run("HOST=0.0.0.0")
    assert "--server.port 8600" in _make_run("PORT=8600")
    assert 'address = "127.0.0.1"' in (ROOT / ".streamlit" / "config.toml").read_text(encoding="utf-8")


def test_the_readmes_nginx_configuration_is_the_shipped_file():
    """One nginx configuration for one process and for several: what the README shows is a part of
    deploy/nginx/preventiekaart.conf, word for word, and it names the file."""
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    site = (ROOT / "deploy" / "nginx" / "preventiekaart.conf").read_text(encoding="utf-8")
    blocks = re.findall(r"```nginx\n(.*?)```", readme, re.S)
    assert blocks, "the README shows the upstream block of the site file"
    for block in blocks:
        assert block in site, block
    assert readme.count("deploy/nginx/preventiekaart.conf") >= 2
    assert not any("ip_hash" in block for block in blocks)  # an office behind one address: one process
