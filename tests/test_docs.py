"""Every CLI command and option is documented in README.md or docs/*.md."""

from __future__ import annotations

import typer

from tests.conftest import ROOT
from tidings.cli import app


def _documentation() -> str:
    parts = [(ROOT / "README.md").read_text(encoding="utf-8")]
    parts += [p.read_text(encoding="utf-8") for p in sorted((ROOT / "docs").glob("*.md"))]
    return "\n".join(parts)


def _commands() -> dict:
    group = typer.main.get_command(app)  # typer vendors its own click: duck-type it
    assert hasattr(group, "commands")
    return dict(group.commands)


def test_every_command_and_option_is_documented():
    docs = _documentation()
    missing = []
    for name, cmd in _commands().items():
        if f"tidings {name}" not in docs:
            missing.append(f"tidings {name}")
        for param in cmd.params:
            if param.param_type_name == "option":
                for opt in param.opts:
                    if opt.startswith("--") and opt not in ("--help",) and opt not in docs:
                        missing.append(f"tidings {name} {opt}")
    assert missing == []


def test_readme_names_the_two_commands_and_ci_runs_the_test_one():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert "make demo" in readme and "make test" in readme
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert "make test" in ci
