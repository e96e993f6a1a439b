"""CLI commands of the store area; registered on ``tidings.cli.app`` when the CLI loads."""

from __future__ import annotations

from tidings.cli import app  # noqa: F401
