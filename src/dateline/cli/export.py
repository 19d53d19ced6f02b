"""``dateline export``: stored rows as JSONL, CSV, Parquet or GeoJSON."""
from __future__ import annotations

import io
import json
import os
import sys

import click

from ..errors import DatelineError
from ..spreadsheet import write_csv
from ..store.queries import DEFAULT_MIN_CONFIDENCE
from ..store.shown import DEFAULT_STATUS
from .browse import _store
from .common import country_option, db_option, fail_cleanly, since_option, until_option
from .listings import plover_type

WHAT = ["articles", "entities", "statements", "places", "events"]

# option -> the filter it is in each listing (the same filters as `dateline events`, `statements`, …)
FILTERS = {
    "events": {"type": "type", "actor": "actor", "recipient": "recipient", "place": "place",
               "country": "actor_country", "sector": "actor_sector", "since": "since", "until": "until",
               "source": "source", "min_confidence": "min_confidence", "status": "status"},
    "statements": {"speaker": "speaker", "about": "about", "country": "speaker_country", "sector": "speaker_sector",
                   "since": "since", "until": "until", "source": "source"},
    "entities": {"type": "type", "country": "country", "sector": "sector"},
    "places": {"country": "country"},
    "articles": {"since": "since", "until": "until", "source": "source", "actor": "actor"},
}
LISTING = {"entities": "actors"}
# what -> (the export row's key columns, the listing's columns holding the same values)
KEYS = {"events": (("article_id", "event_id"), ("article_id", "event_id")),
        "statements": (("article_id", "statement_id"), ("article_id", "id")),
        "entities": (("name",), ("name",)), "places": (("name", "geonames_id"), ("name", "geonames_id")),
        "articles": (("id",), ("id",))}


def _filtered(store, what: str, given: dict) -> tuple[list[dict], int]:
    """The export rows of ``what`` that pass the listing filters in ``given`` (option -> value).

    Raises:
        DatelineError: an option this kind of record cannot be filtered by.
    """
    from ..store import queries, tables

    chosen = {k: v for k, v in given.items() if v not in (None, "")}
    wrong = sorted(set(chosen) - set(FILTERS[what]))
    if wrong:
        takes = ", ".join("--" + k.replace("_", "-") for k in FILTERS[what]) or "none"
        raise DatelineError(f"--{wrong[0].replace('_', '-')} does not filter {what}; {what} take {takes}")
    rows = list(queries.export_rows(store, what))
    if not chosen:
        return rows, len(rows)
    row_keys, listing_keys = KEYS[what]
    found = tables.page(store, LISTING.get(what, what), {FILTERS[what][k]: v for k, v in chosen.items()}, limit=None)
    wanted = {tuple(r[k] for k in listing_keys) for r in found["rows"]}
    kept = [r for r in rows if tuple(r[k] for k in row_keys) in wanted]
    return kept, len(kept)


def _check_output(output: str) -> None:
    """Refuse an output file whose folder is missing or not writable, naming the fix."""
    folder = os.path.dirname(os.path.abspath(output))
    if not os.path.isdir(folder):
        raise DatelineError(f"cannot write {output}: there is no folder {folder}; create it first "
                            f"(mkdir -p {folder}) or choose another -o")
    if not os.access(folder, os.W_OK) or (os.path.exists(output) and not os.access(output, os.W_OK)):
        raise DatelineError(f"cannot write {output}: permission denied; choose another -o")


def _geojson(rows: list[dict], lat: str, lon: str) -> dict:
    features = [{"type": "Feature", "geometry": {"type": "Point", "coordinates": [r[lon], r[lat]]},
                 "properties": {k: v for k, v in r.items() if k not in (lat, lon)}}
                for r in rows if r.get(lat) is not None and r.get(lon) is not None]
    return {"type": "FeatureCollection", "features": features}


@click.command()
@click.option("--what", type=click.Choice(WHAT), required=True, help="Which records to export.")
@click.option("--format", "fmt", type=click.Choice(["jsonl", "csv", "parquet", "geojson"]), default="jsonl",
              show_default=True, help="geojson: places, or events that have a place.")
@click.option("--output", "-o", type=click.Path(dir_okay=False), help="Output file (default: stdout; "
              "required for parquet).")
@click.option("--type", "type_", help="events: PLOVER type; entities: entity type (PERSON, ORG, …).")
@click.option("--actor", help="events: the actor; articles: articles naming this actor.")
@click.option("--recipient", help="events: the recipient.")
@click.option("--place", help="events: place name, admin1 name or country code.")
@click.option("--speaker", help="statements: the speaker.")
@click.option("--about", help="statements: a name the content mentions.")
@country_option("--country", help="events: actor's; statements: speaker's; entities, places: their country.")
@click.option("--sector", help="events: actor's; statements: speaker's; entities: their PLOVER sector.")
@click.option("--min-confidence", type=click.FloatRange(0, 1),
              help=f"events: at least this likely right (default {DEFAULT_MIN_CONFIDENCE}, the lowest confidence "
                   "right at least 80% of the time on held-out PLOVER sentences, about 50% on judged political news; "
                   "0 with --status any exports every stored event).")
@click.option("--status", type=click.Choice(["asserted", "future", "hypothetical", "negated", "any"]),
              help="events: what the text says of the event (default asserted, as `dateline events` and the "
                   "web pages show; any: every status).")
@click.option("--source", help="events, statements, articles: the article's source.")
@since_option
@until_option
@db_option
@fail_cleanly
def export(what: str, fmt: str, output: str | None, type_, actor, recipient, place, speaker, about, country, sector,
           min_confidence, status, source, since, until, db: str) -> None:
    """Export stored records with their spans and source sentences.

    In CSV, a text cell that starts with =, +, -, @, a tab or a carriage return gets a leading
    ' so that a spreadsheet shows it as text instead of running it as a formula.

    \b
    Examples:
      dateline export --what statements --format csv -o statements.csv
      dateline export --what events --format parquet -o events.parquet
      dateline export --what places --format geojson -o places.geojson
      dateline export --what events --type ACCUSE --country AF --format csv
    """
    # Mistakes in where or how to write fail before the query, never as a traceback after it.
    if fmt == "parquet" and not output:
        raise DatelineError("parquet export needs an output file: add -o FILE.parquet")
    if fmt == "geojson" and what not in ("places", "events"):
        raise DatelineError(f"geojson export is for places or events, not {what}")
    if output:
        _check_output(output)
    if what == "events":
        type_ = plover_type(None, None, type_)
        if min_confidence is None:
            min_confidence = DEFAULT_MIN_CONFIDENCE
        # The events `dateline events` lists by default, so an export and the listing agree row for row.
        status = DEFAULT_STATUS if status is None else None if status == "any" else status
    given = {"type": type_, "actor": actor, "recipient": recipient, "place": place, "speaker": speaker,
             "about": about, "country": country, "sector": sector, "min_confidence": min_confidence,
             "status": status, "source": source, "since": since, "until": until}
    rows, count = _filtered(_store(db), what, given)
    if not rows:
        click.echo(f"no {what} match in {db}", err=True)
    if fmt == "geojson":
        if what == "places":
            payload = _geojson(rows, "lat", "lon")
        else:
            payload = _geojson(rows, "latitude", "longitude")
        text = json.dumps(payload, ensure_ascii=False, default=str)
        features = len(payload["features"])
        left_out = f" ({count - features} of {count} {what} have no coordinates)" if features < count else ""
        summary = f"{features} features{left_out}"
    elif fmt == "parquet":
        import pyarrow as pa
        import pyarrow.parquet as pq

        pq.write_table(pa.Table.from_pylist(rows), output)
        click.echo(f"{len(rows)} {what} -> {output}", err=True)
        return
    elif fmt == "jsonl":
        text = "".join(json.dumps(r, ensure_ascii=False, default=str) + "\n" for r in rows)
        summary = f"{len(rows)} {what}"
    else:
        out = io.StringIO()
        if rows:
            write_csv(out, rows, list(rows[0]))
        text = out.getvalue()
        summary = f"{len(rows)} {what}"
    if output:
        try:
            with open(output, "w", encoding="utf-8", newline="") as handle:
                handle.write(text)
        except OSError as exc:  # the disk filled, the file was locked: one line, not a traceback
            raise DatelineError(f"cannot write {output}: {exc.strerror or exc}") from exc
        click.echo(f"{summary} -> {output}", err=True)
    else:
        sys.stdout.write(text)

