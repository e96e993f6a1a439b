"""CLI commands of the evaluate area; registered on ``tidings.cli.app`` when the CLI loads."""

from __future__ import annotations

import json
from enum import StrEnum
from pathlib import Path
from typing import Annotated, Any

import typer

from tidings.cli._util import (
    DictOpt,
    LearnedOpt,
    NoActorsOpt,
    NoDefaultOpt,
    NoVerbsOpt,
    PartialOpt,
    app,
    check_dictionaries,
    default_set,
    learned_filter,
    partial_events,
)


class EvalFormat(StrEnum):
    table = "table"
    json = "json"


class Task(StrEnum):
    events = "events"
    actors = "actors"
    quotes = "quotes"
    times = "times"
    places = "places"
    sentences = "sentences"


@app.command()
def evaluate(
    gold: Annotated[
        Path,
        typer.Argument(
            metavar="GOLD",
            help='Gold file: JSONL, one hand-coded article a line ({"text", "published", "events": [...]}), '
            "or a sentence suite TSV.",
            exists=True,
            dir_okay=False,
        ),
    ],
    task: Annotated[
        Task | None,
        typer.Option(
            "--task",
            metavar="TASK",
            help="What to score: events, actors, quotes, times, places or sentences (default: events; sentences for a .tsv file).",
        ),
    ] = None,
    explain: Annotated[
        bool,
        typer.Option("--explain", help="List each gold item's error class and each unmatched extraction."),
    ] = False,
    split: Annotated[
        str | None,
        typer.Option(
            "--split",
            metavar="NAME",
            help="Only gold lines of this split (dev, heldout, ...; lines without one are dev).",
        ),
    ] = None,
    documents: Annotated[
        Path | None,
        typer.Option(
            "--documents",
            metavar="FILE",
            help="Score these saved Documents (tidings extract JSONL, by id) instead of analysing.",
            exists=True,
            dir_okay=False,
        ),
    ] = None,
    format: Annotated[
        EvalFormat, typer.Option("--format", metavar="FORMAT", help="table or json.")
    ] = EvalFormat.table,
    dictionary: DictOpt = None,
    no_default_dictionaries: NoDefaultOpt = False,
    no_default_actors: NoActorsOpt = False,
    no_default_verbs: NoVerbsOpt = False,
    learned: LearnedOpt = None,
    partial: PartialOpt = None,
) -> None:
    """Score tidings against hand-checked gold: precision, recall and F1 (events), accuracy (others)."""
    from tidings.pipeline import Pipeline

    learned_filter(learned)
    partial_events(partial)
    chosen = task or (Task.sentences if gold.suffix == ".tsv" else Task.events)
    pipe = Pipeline(
        dictionaries=check_dictionaries(dictionary),
        default_dictionaries=default_set(no_default_dictionaries, no_default_actors, no_default_verbs),  # type: ignore[arg-type]
    )
    if chosen is Task.events:
        out, text = _events(gold, split, explain, documents, pipe)
    else:
        out, text = _OTHERS[chosen](gold, split, explain, pipe)
    typer.echo(json.dumps(out, indent=1) if format is EvalFormat.json else text)


def _sentences(gold: Path, split: str | None, explain: bool, pipe: Any) -> tuple[dict[str, Any], str]:
    from tidings.evaluate.sentences import render_suite, run_suite

    s = run_suite(gold, pipe)
    return s.as_dict(), render_suite(s, explain)


def _quotes(gold: Path, split: str | None, explain: bool, pipe: Any) -> tuple[dict[str, Any], str]:
    from tidings.evaluate.quotes import analyse, read_gold, render, score

    rows = read_gold(gold, split)
    q = score(rows, analyse(rows, pipe))
    out = {
        "gold": q.gold,
        "predicted": q.predicted,
        "precision": round(q.precision, 4),
        "recall": round(q.recall, 4),
        "f1": round(q.f1, 4),
        "speaker_accuracy": round(q.speaker_accuracy, 4),
        "kind_accuracy": round(q.kind_accuracy, 4),
    }
    return out, render(q, explain)


def _actors(gold: Path, split: str | None, explain: bool, pipe: Any) -> tuple[dict[str, Any], str]:
    from tidings.evaluate.others import actors

    out = actors(gold, split, pipe.nlp)
    text = "  ".join(f"{k} {v}" for k, v in out.items() if k != "errors")
    text += "".join(
        f"\n  {e['id']}: {e['text']!r} gold {e['gold']} got {e['got']}"
        for e in (out["errors"] if explain else [])
    )
    return out, text


def _times_places(what: str) -> Any:
    def run(gold: Path, split: str | None, explain: bool, pipe: Any) -> tuple[dict[str, Any], str]:
        from tidings.evaluate.others import times_places

        out = times_places(gold, split, pipe)[what]
        text = f"{what}: {out['correct']}/{out['gold']} correct ({out['accuracy']:.1%}), {out['found']}/{out['gold']} found, "
        text += f"{out['predicted_matched']}/{out['predicted']} predicted match gold text"
        text += "".join(f"\n  miss {m}" for m in (out["misses"] if explain else []))
        return out, text

    return run


_OTHERS = {
    Task.sentences: _sentences,
    Task.quotes: _quotes,
    Task.actors: _actors,
    Task.times: _times_places("times"),
    Task.places: _times_places("places"),
}


def _events(
    gold: Path, split: str | None, explain: bool, documents: Path | None, pipe: Any
) -> tuple[dict[str, Any], str]:
    from tidings.evaluate.events import analysed, read_documents, render_table, score_rows
    from tidings.evaluate.gold import read_gold, splits

    rows = read_gold(gold, "events", split)
    docs = analysed(rows, pipe, read_documents(documents) if documents else None)
    s = score_rows(rows, docs)
    out: dict[str, Any] = {"splits": splits(rows), **s.as_dict()}
    text = f"splits: {', '.join(splits(rows)) or '-'}\n" + render_table(s)
    if explain:
        from tidings.evaluate.explain import explain as run_explain
        from tidings.evaluate.explain import render_explain

        e = run_explain(rows, docs)
        out["explain"] = e.as_dict()
        text = render_explain(e) + "\n\n" + text
    return out, text
