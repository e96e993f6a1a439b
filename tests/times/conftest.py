"""Hand-built parsed Docs for the times unit tests (tests/docbuild.py)."""

from __future__ import annotations

import pytest

from tests.docbuild import parsed, sent_index, token_index

__all__ = ["parsed", "sent_index", "token_index"]


@pytest.fixture
def build():
    return parsed
