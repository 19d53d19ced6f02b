"""Read-only subcommands over the store: search, show, stats, actor (the listings are in :mod:`.listings`)."""
from __future__ import annotations

import json
import textwrap

import click

from ..errors import DatelineError
from ..store.shown import DEFAULT_MIN_CONFIDENCE, DEFAULT_STATUS
from .common import db_option, fail_cleanly, format_option, limit_option, print_rows


def _store(db: str):
    """Open the database for reading; an older schema is upgraded once first."""
    from ..store import open_store
    from ..store.readonly import OldSchema, open_readonly

    try:
        return open_readonly(db)
    except OldSchema:
        open_store(db).close()
        return open_readonly(db)


@click.command()
@click.argument("query")
@db_option
@format_option
@limit_option
@fail_cleanly
def search(query: str, db: str, fmt: str, limit: int) -> None:
    """Full-text search over article text and statement content.

    Every word of QUERY must occur, in any order and case; words are matched whole, without
    stemming ("attack" does not find "attacked"), and a possessive 's is dropped. OR, quotes
    and * are read as words, not as operators: run one search per alternative.

    \b
    Example:
      dateline search "Badakhshan"
      dateline search "grain port Izmail"
    """
    from ..store import queries

    rows = queries.search(_store(db), query, limit)
    operators = sorted({w for w in query.split() if w in ("OR", "AND", "NOT")} | ({"*"} if "*" in query else set()))
    if not rows and operators:
        click.echo(f"not operators here: {', '.join(operators)}; every word must occur, so run one search per "
                   "alternative", err=True)
    print_rows(rows, fmt, ["kind", "article_id", "published", "speaker_name", "snippet"],
               {"snippet": 90, "article_id": 16})


@click.command()
@click.argument("article_id")
@db_option
@click.option("--json", "as_json", is_flag=True, help="Print the stored dateline.analysis/1 record.")
@fail_cleanly
def show(article_id: str, db: str, as_json: bool) -> None:
    """Show one article with its entities, statements, places and events.

    ARTICLE_ID may be a unique prefix of 6 or more characters.

    \b
    Example:
      dateline show 3f2a9c1d
    """
    analysis = _store(db).analysis(article_id)
    if analysis is None:
        # Ids are matched by prefix from 6 characters (sqlite.py's analysis()): say so to a user who gave fewer.
        short = " (a prefix of an id needs 6 or more characters)" if len(article_id) < 6 else ""
        raise DatelineError(f"no article {article_id!r} in {db}{short}; list them with: dateline articles --db {db}")
    if as_json:
        click.echo(json.dumps(analysis.to_dict(), ensure_ascii=False, indent=2))
        return
    art, text = analysis.article, analysis.text
    click.echo(f"{art.id}  {art.published or 'undated'}  {art.title or ''}  {art.url or ''}".rstrip())
    click.echo(textwrap.fill(text[:600].replace("\n", " "), 100) + (" …" if len(text) > 600 else ""))
    _echo_versions(_store(db), art.id, art.url)
    names = {e.id: e.name for e in analysis.entities}
    click.echo(f"\nEntities ({len(analysis.entities)}):")
    for e in analysis.entities:
        extra = ", ".join(x for x in (e.country, e.sector, "; ".join(e.roles)) if x)
        click.echo(f"  {e.id:<4} {e.type:<7} {e.name}" + (f"  [{extra}]" if extra else "")
                   + (f"  aka {', '.join(e.aliases)}" if e.aliases else ""))
    click.echo(f"\nStatements ({len(analysis.statements)}):")
    for s in analysis.statements:
        who = s.speaker_name or s.speaker_text or "?"
        click.echo(f"  {s.id:<4} {who} ({s.cue}, {s.kind}): {textwrap.shorten(s.content, 110)}")
    click.echo(f"\nPlaces ({len(analysis.places)}):")
    for p in analysis.places:
        click.echo(f"  {p.id:<4} {p.name}  {p.feature} {p.country or ''} geonames:{p.geonames_id} ({p.lat}, {p.lon})")
    shown = [v for v in analysis.events if _shown(v)]
    click.echo(f"\nEvents ({len(analysis.events)}; {len(shown)} shown by default in listings, the rest marked):")
    for v in analysis.events:
        click.echo(f"  {v.id:<4} {v.type:<9} {names.get(v.actor, '-')} -> {names.get(v.recipient, '-')}"
                   f"  \"{text[v.trigger_span[0]:v.trigger_span[1]]}\"  {v.date or ''}  {v.confidence:g}"
                   + ("" if _shown(v) else f"  [hidden: {_why_hidden(v)}]"))


def _shown(event) -> bool:
    """Whether `dateline events` and the web pages list the event unless asked for more."""
    return event.confidence >= DEFAULT_MIN_CONFIDENCE and (event.status or DEFAULT_STATUS) == DEFAULT_STATUS


def _why_hidden(event) -> str:
    reasons = [f"confidence below {DEFAULT_MIN_CONFIDENCE}"] if event.confidence < DEFAULT_MIN_CONFIDENCE else []
    if (event.status or DEFAULT_STATUS) != DEFAULT_STATUS:
        reasons.append(event.status)
    return ", ".join(reasons)


def _version_line(row: dict, this_id: str) -> str:
    mark = "this one" if row["id"] == this_id else ""
    if row["current"]:
        mark = f"{mark}, current" if mark else "current"
    return (f"  {row['id']:<25} ingested {row['ingested_at']}  {row['published'] or 'undated'}  "
            f"{row['title'] or ''}" + (f"  ({mark})" if mark else "")).rstrip()


def _echo_versions(store, article_id: str, url: str | None) -> None:
    """The story's versions, when it has more than one, and the other articles at its URL."""
    from ..store import queries

    found = queries.versions(store, article_id)
    if len(found["versions"]) > 1:
        click.echo("\nVersions (oldest first; search and listings show the current one):")
        for row in found["versions"]:
            click.echo(_version_line(row, article_id))
    if found["same_url"]:
        click.echo(f"\nOther articles at {url} (different stories, and their versions):")
        for row in found["same_url"]:
            click.echo(_version_line(row, article_id))


@click.command()
@db_option
@click.option("--json", "as_json", is_flag=True, help="Print as JSON.")
@fail_cleanly
def stats(db: str, as_json: bool) -> None:
    """Counts of articles, actors, statements, places, events and rejects.

    \b
    Example:
      dateline stats --db news.db
    """
    from ..store import queries

    figures = queries.stats(_store(db))
    if as_json:
        click.echo(json.dumps(figures, indent=2))
        return
    for key in ("articles", "actors", "statements", "places", "events", "rejects"):
        shown = f"  ({figures['events_shown']} shown by default: asserted, confidence {DEFAULT_MIN_CONFIDENCE} or more)"
        click.echo(f"{key:<11} {figures[key]}{shown if key == 'events' else ''}")
    click.echo(f"published   {figures['published_from'] or '-'} .. {figures['published_to'] or '-'}")
    for row in figures["rejects_by_reason"][:10]:
        click.echo(f"  rejected {row['n']} x {row['reason']}")


@click.command()
@click.argument("name")
@db_option
@click.option("--json", "as_json", is_flag=True, help="Print as JSON.")
@fail_cleanly
def actor(name: str, db: str, as_json: bool) -> None:
    """One actor: aliases, roles, counts and latest statements.

    \b
    Example:
      dateline actor "Islamic Emirate"
    """
    from ..store import queries

    found = queries.actor(_store(db), name)
    if found is None:
        raise DatelineError(f"no actor named {name!r}; list them with: dateline actors")
    if as_json:
        click.echo(json.dumps(found, ensure_ascii=False, indent=2))
        return
    click.echo(f"{found['name']}  ({found['type']}, country {found['country'] or '-'}, sector {found['sector'] or '-'})")
    click.echo(f"aliases:  {', '.join(found['aliases']) or '-'}")
    click.echo(f"roles:    {', '.join(found['roles']) or '-'}")
    click.echo(f"counts:   {found['mentions']} mentions in {found['articles']} articles, "
               f"{found['statements']} statements, {found['events']} events")
    for s in found["latest_statements"]:
        click.echo(f"  {s['published'] or 'undated'} [{s['article_id']}] {s['cue'] or ''}: "
                   f"{textwrap.shorten(s['content'], 100)}")
