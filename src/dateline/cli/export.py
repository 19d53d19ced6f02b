"""``dateline export``: stored rows as JSONL, CSV, Parquet or GeoJSON."""
from __future__ import annotations

import io
import json
import sys

import click

from ..errors import DatelineError
from ..store.queries import DEFAULT_MIN_CONFIDENCE
from ..spreadsheet import write_csv
from .browse import _store
from .common import db_option, fail_cleanly

WHAT = ["articles", "entities", "statements", "places", "events"]


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
@click.option("--min-confidence", type=click.FloatRange(0, 1), default=DEFAULT_MIN_CONFIDENCE, show_default=True,
              help="Events only: those at least this likely right (type and actor). The default is the lowest "
                   "confidence at which exported events were right at least 80% of the time on held-out data; "
                   "0 exports every stored event.")
@db_option
@fail_cleanly
def export(what: str, fmt: str, output: str | None, min_confidence: float, db: str) -> None:
    """Export stored records with their spans and source sentences.

    In CSV, a text cell that starts with =, +, -, @, a tab or a carriage return gets a leading
    ' so that a spreadsheet shows it as text instead of running it as a formula.

    \b
    Examples:
      dateline export --what statements --format csv -o statements.csv
      dateline export --what events --format parquet -o events.parquet
      dateline export --what places --format geojson -o places.geojson
    """
    from ..store import queries

    rows = list(queries.export_rows(_store(db), what, min_confidence=min_confidence))
    if not rows:
        click.echo(f"no {what} stored in {db}", err=True)
    if fmt == "geojson":
        if what == "places":
            payload = _geojson(rows, "lat", "lon")
        elif what == "events":
            payload = _geojson(rows, "latitude", "longitude")
        else:
            raise DatelineError(f"geojson export is for places or events, not {what}")
        text = json.dumps(payload, ensure_ascii=False, default=str)
    elif fmt == "parquet":
        if not output:
            raise DatelineError("parquet export needs an output file: add -o FILE.parquet")
        import pyarrow as pa
        import pyarrow.parquet as pq

        pq.write_table(pa.Table.from_pylist(rows), output)
        click.echo(f"{len(rows)} {what} -> {output}", err=True)
        return
    elif fmt == "jsonl":
        text = "".join(json.dumps(r, ensure_ascii=False, default=str) + "\n" for r in rows)
    else:
        out = io.StringIO()
        if rows:
            write_csv(out, rows, list(rows[0]))
        text = out.getvalue()
    if output:
        with open(output, "w", encoding="utf-8", newline="") as handle:
            handle.write(text)
        click.echo(f"{len(rows)} {what} -> {output}", err=True)
    else:
        sys.stdout.write(text)

