"""The running app never needs tools/ or the curation files: it reads only the generated CSV files."""

from __future__ import annotations

import ast
from pathlib import Path

from tools import named, targets

ROOT = targets.ROOT
RUNTIME = [
    ROOT / "app.py",
    ROOT / "serve.py",
    *sorted((ROOT / "app_pages").rglob("*.py")),
    *sorted((ROOT / "dashboard").rglob("*.py")),
]
# The CLI wires the build-time commands (generate, bench) and imports them only inside their handlers.
CLI = ROOT / "dashboard" / "cli.py"


def _tools_imports(path: Path, *, top_level_only: bool) -> list[int]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    nodes = tree.body if top_level_only else list(ast.walk(tree))
    lines = []
    for node in nodes:
        if isinstance(node, ast.Import):
            modules = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            modules = [node.module or ""]
        else:
            continue
        if any(module.split(".")[0] == "tools" for module in modules):
            lines.append(node.lineno)
    return lines


def test_runtime_code_does_not_import_tools() -> None:
    assert len(RUNTIME) > 20
    offenders = {
        str(path.relative_to(ROOT)): lines
        for path in RUNTIME
        if path != CLI and (lines := _tools_imports(path, top_level_only=False))
    }
    assert offenders == {}
    assert _tools_imports(CLI, top_level_only=True) == []


def test_runtime_code_does_not_read_the_curation_files() -> None:
    names = (named.CURATED_FILE.name, targets.TARGETS_FILE.name)
    for path in RUNTIME:
        text = path.read_text(encoding="utf-8")
        assert not any(name in text for name in names), path
