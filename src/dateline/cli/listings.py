"""The listing subcommands: statements, events, actors, places, articles.

Each is one page of a listing in :mod:`dateline.store.tables`, as the web pages are: the same
filters, ``--sort`` by any column, ``--offset`` and ``--limit`` paging, and the total count on
stderr, so ``dateline events --type ACCUSE`` and ``/events?type=ACCUSE`` agree row for row.
"""
from __future__ import annotations

import textwrap

import click

from ..model import PLOVER_TYPES
from ..store.queries import DEFAULT_MIN_CONFIDENCE
from .browse import _store
from .common import (
    country_option,
    db_option,
    fail_cleanly,
    format_option,
    limit_option,
    offset_option,
    print_rows,
    since_option,
    sort_option,
    until_option,
)


def plover_type(ctx, param, value):
    """A PLOVER event type in any case; anything else is a usage error (exit 2) listing the types."""
    if value is None:
        return None
    if value.upper() not in PLOVER_TYPES:
        raise click.BadParameter(f"{value!r} is not a PLOVER event type; use one of {', '.join(PLOVER_TYPES)}")
    return value.upper()


def listing_options(command):
    """What every listing takes: the database, the output format, and one sorted page; errors as one line."""
    for option in (fail_cleanly, limit_option, offset_option, sort_option, format_option, db_option):
        command = option(command)
    return command


def _page(db: str, name: str, filters: dict, sort, offset: int, limit: int) -> list[dict]:
    """One page of a listing; the count and how to get the next page go to stderr."""
    from ..store import tables

    result = tables.page(_store(db), name, filters, sort, offset, limit)
    rows = result["rows"]
    shown = f"rows {offset + 1}-{offset + len(rows)}" if rows else "no rows here"
    more = f"; next page: --offset {result['next_offset']}" if result["next_offset"] is not None else ""
    noun = name[:-1] if result["count"] == 1 else name  # every listing's name is a plain plural
    click.echo(f"{result['count']} {noun} in all, {shown}{more}", err=True)
    return rows


@click.command()
@click.option("--speaker", help="Name or alias of the speaker (IEA finds the Islamic Emirate's statements).")
@click.option("--about", help="Name or alias the statement's content mentions.")
@country_option("--speaker-country", help="The speaker's country.")
@click.option("--speaker-sector", help="The speaker's PLOVER sector, e.g. GOV.")
@click.option("--speaker-type", type=click.Choice(["person", "organisation", "document", "unnamed"]),
              help="Only statements whose speaker is of this kind.")
@since_option
@until_option
@listing_options
def statements(speaker, about, speaker_country, speaker_sector, speaker_type, since, until, db, fmt, sort, offset,
               limit) -> None:
    """Who said what: statements with speaker, date, sentence and article id.

    \b
    Example:
      dateline statements --speaker Khatib --about Afghanistan --since 2023-01-01
    """
    rows = _page(db, "statements", {"speaker": speaker, "about": about, "speaker_country": speaker_country,
                                    "speaker_sector": speaker_sector, "speaker_type": speaker_type,
                                    "since": since, "until": until},
                 sort, offset, limit)
    if fmt == "table":
        for r in rows:
            who = r["speaker_name"] or r["speaker_text"] or "?"
            click.echo(f"{r['published'] or 'undated'}  {who}  [{r['article_id']} {r['id']}]")
            click.echo(textwrap.indent(textwrap.fill(r["sentence"].replace("\n", " "), 96), "    "))
        if not rows:
            click.echo("(nothing found)", err=True)
        return
    print_rows(rows, fmt)


@click.command()
@click.option("--type", "type_", help="Entity type: PERSON, ORG, GPE, NORP, …")
@country_option("--country", help="The actor's country.")
@click.option("--sector", help="PLOVER sector, e.g. GOV.")
@click.option("--name", "q", help="Part of the name.")
@listing_options
def actors(type_, country, sector, q, db, fmt, sort, offset, limit) -> None:
    """Actors with their counts of mentions, statements and events.

    \b
    Example:
      dateline actors --type PERSON --country IR --sort -statements
    """
    rows = _page(db, "actors", {"type": type_, "country": country, "sector": sector, "q": q}, sort, offset, limit)
    print_rows(rows, fmt, ["name", "type", "country", "sector", "mentions", "articles", "statements", "events"])


@click.command()
@country_option("--country", help="The place's country.")
@click.option("--feature", type=click.Choice(["country", "admin1", "admin2", "city", "region", "other"]),
              help="Kind of place.")
@click.option("--name", "q", help="Part of the name.")
@listing_options
def places(country, feature, q, db, fmt, sort, offset, limit) -> None:
    """Places mentioned, resolved to GeoNames, with counts.

    \b
    Example:
      dateline places --country AFG
    """
    rows = _page(db, "places", {"country": country, "feature": feature, "q": q}, sort, offset, limit)
    print_rows(rows, fmt, ["name", "feature", "country", "admin1", "geonames_id", "lat", "lon", "mentions",
                           "articles", "events"])


@click.command()
@click.option("--type", "type_", callback=plover_type, help="PLOVER event type, e.g. ACCUSE.")
@click.option("--actor", help="Name or alias of the actor.")
@click.option("--recipient", help="Name or alias of the recipient.")
@click.option("--place", help="Place name, admin1 name, or a country by name or code (every event placed in it).")
@country_option("--actor-country", help="The actor's country.")
@click.option("--actor-sector", help="The actor's PLOVER sector, e.g. GOV.")
@click.option("--min-confidence", type=click.FloatRange(0, 1), default=DEFAULT_MIN_CONFIDENCE, show_default=True,
              help="Only events at least this likely right (type and actor). The default is the lowest "
                   "confidence at which the events shown were right at least 80% of the time on held-out PLOVER "
                   "sentences (chosen as reporting events); on judged political news it is about 50%. "
                   "0 with --status any shows every stored event.")
@click.option("--status", type=click.Choice(["asserted", "future", "hypothetical", "negated", "any"]),
              default="asserted", show_default=True, help="What the text says of the event.")
@since_option
@until_option
@listing_options
def events(type_, actor, recipient, place, actor_country, actor_sector, min_confidence, status, since, until, db,
           fmt, sort, offset, limit) -> None:
    """Who did what to whom: PLOVER events with actor, recipient, place and date.

    By default only events the text asserts and that clear the default minimum confidence.

    \b
    Example:
      dateline events --type ACCUSE --place Afghanistan --sort -confidence
    """
    rows = _page(db, "events", {"type": type_, "actor": actor, "recipient": recipient, "place": place,
                                "actor_country": actor_country, "actor_sector": actor_sector,
                                "min_confidence": min_confidence, "since": since, "until": until,
                                "status": None if status == "any" else status},
                 sort, offset, limit)
    print_rows(rows, fmt, ["event_date", "event_type", "actor_name", "recipient_name", "location", "confidence",
                           "trigger", "article_id"])


@click.command()
@click.option("--title", "q", help="Part of the title.")
@click.option("--source", help="The source, as stored (e.g. Wikinews).")
@click.option("--actor", help="Only articles naming this actor (name or alias).")
@since_option
@until_option
@listing_options
def articles(q, source, actor, since, until, db, fmt, sort, offset, limit) -> None:
    """The stored articles (current versions) with counts of statements, events and places.

    \b
    Example:
      dateline articles --since 2023-01-01 --sort -events
    """
    rows = _page(db, "articles", {"q": q, "source": source, "actor": actor, "since": since, "until": until},
                 sort, offset, limit)
    print_rows(rows, fmt, ["id", "published", "title", "source", "statements", "events", "places"],
               {"id": 16, "title": 60})
