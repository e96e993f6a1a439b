"""The CLI is documented: every command and option in README.md or docs/*.md, and docs/cli.md
lists each command's own options exactly as its ``--help`` does (as sqlite-utils' test_docs)."""

from __future__ import annotations

import re
import runpy

import pytest
import typer
from typer.testing import CliRunner

from tests.conftest import ROOT
from tidings.cli import app

REFERENCE = runpy.run_path(str(ROOT / "scripts" / "cli_reference.py"))
# An option row in --help: "  --since, --from YYYY-MM-DD  Events whose ..." (the first column only).
HELP_OPTION = re.compile(r"^(?:[│|]\s+)?(?:\*\s+)?(-{1,2}[a-z][^ ]*(?: ?[^ ]+)*?)(?:\s{2,}|$)")


def _documentation() -> str:
    parts = [(ROOT / "README.md").read_text(encoding="utf-8")]
    parts += [p.read_text(encoding="utf-8") for p in sorted((ROOT / "docs").glob("*.md"))]
    return "\n".join(parts)


def _commands() -> dict:
    group = typer.main.get_command(app)  # typer vendors its own click: duck-type it
    assert hasattr(group, "commands")
    return dict(group.commands)


def _help_options(name: str) -> set[str]:
    """The long options ``tidings NAME --help`` prints (without --help)."""
    result = CliRunner().invoke(app, [name, "--help"], env={"COLUMNS": "120", "NO_COLOR": "1"})
    assert result.exit_code == 0, result.output
    found = set()
    for line in result.output.splitlines():
        m = HELP_OPTION.match(line.strip())
        if m:
            found |= set(re.findall(r"(?<![\w-])(--[a-z][\w-]*)", m.group(1)))
    return found - {"--help"}


def _reference_options(name: str) -> set[str]:
    """The options in the ``tidings NAME`` section of docs/cli.md."""
    text = (ROOT / "docs" / "cli.md").read_text(encoding="utf-8")
    section = text.split(f"## `tidings {name}`\n", 1)[1].split("\n## ", 1)[0]
    rows = [ln for ln in section.splitlines() if ln.startswith("| `--")]
    return {o for row in rows for o in re.findall(r"`(--[\w-]+)`", row.split(" | ")[0])}


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


@pytest.mark.parametrize("name", list(_commands()))
def test_each_command_reference_lists_exactly_its_help_options(name):
    on_help = _help_options(name)
    assert on_help, f"no options parsed from tidings {name} --help"
    assert _reference_options(name) == on_help


def test_cli_reference_is_current():
    """docs/cli.md is what scripts/cli_reference.py writes (run it after changing a command)."""
    assert (ROOT / "docs" / "cli.md").read_text(encoding="utf-8") == REFERENCE["render"]()


def test_readme_names_the_two_commands_and_ci_runs_the_test_one():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert "make demo" in readme and "make test" in readme
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert "make test" in ci and "make lint" in ci
