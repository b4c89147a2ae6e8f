"""parsers/ and replies/render.py are the pure core: they must not import I/O."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
FORBIDDEN = {"intake", "store", "sqlalchemy", "imapclient", "aiosmtplib", "aiosmtpd", "socket",
             "smtplib", "imaplib", "subprocess", "requests", "httpx", "asyncio"}
# The one exception tree lives in intake.errors, which has no I/O.
ALLOWED = {"intake.errors"}


def imported_modules(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
    return names


CORE_FILES = sorted((ROOT / "parsers").rglob("*.py")) + [ROOT / "replies" / "render.py"]


@pytest.mark.parametrize("path", CORE_FILES, ids=lambda p: str(p.relative_to(ROOT)))
def test_core_module_does_no_io(path: Path) -> None:
    bad = {name for name in imported_modules(path)
           if name not in ALLOWED and name.split(".")[0] in FORBIDDEN}
    assert not bad, f"{path.relative_to(ROOT)} imports {sorted(bad)}"
