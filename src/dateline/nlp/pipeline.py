"""Model loading and the analysis loop.

Stages, in order, for each article:
  1. spaCy (tokens, sentences, parse, named entities), streamed in batches with ``nlp.pipe``
  2. dates       the publication date from the text when metadata gave none
  3. actors      entities grouped by canonical name, aliases, roles, country, sector
  4. statements  who said what, speakers resolved to entities
  5. places      place mentions resolved to gazetteer entries
  6. events      PLOVER events with actor, recipient, place and date

Only this module loads models. Workers are top-level functions so a process pool
(or a distributed map) can pickle them.
"""
from __future__ import annotations

import logging
import multiprocessing
import os
import re
import signal
import threading
import time
from collections import deque
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from typing import Any, Callable, Iterable, Iterator, Optional, Union

from ..model import Analysis, Article
from .abbreviations import add_title_abbreviations
from .spacy_model import INSTALL_HINT as INSTALL_HINT
from .spacy_model import MODEL_NAMES as MODEL_NAMES
from .spacy_model import model_name as model_name
from .spacy_model import pipeline_label as pipeline_label

log = logging.getLogger(__name__)

# Docs per nlp.pipe batch. The parser's working memory grows with the batch's tokens: 32 long
# news articles peaked near 430 MB, 8 near 290 MB, at the same speed (measured on LGL).
BATCH_SIZE = 8

_NLP = None


def _paragraph_breaks(doc):
    """Start a sentence after every blank line: a paragraph never continues a sentence.

    The parser otherwise joins a dateline or heading line to the first sentence below it
    ("(Last Updated On: …)" + "Iranian Minister … says"), which widens sentence spans.
    """
    for token in doc[:-1]:
        if token.is_space and token.text.count("\n") >= 2:
            doc[token.i + 1].is_sent_start = True
    return doc


def load_nlp():
    """Load the spaCy pipeline once per process and return it."""
    global _NLP
    if _NLP is None:
        import spacy
        from spacy.language import Language

        name = model_name()
        if "dateline_paragraphs" not in Language.factories:
            Language.component("dateline_paragraphs", func=_paragraph_breaks)
        nlp = spacy.load(name)
        add_title_abbreviations(nlp)  # "Sgt. Andrew Douglas told …" is one sentence
        nlp.add_pipe("dateline_paragraphs", before="parser")
        log.info("loaded spaCy pipeline %s %s", name, nlp.meta.get("version"))
        for stage in stages():
            if stage.prepare is not None:
                stage.prepare(nlp)
        _NLP = nlp
    return _NLP


@dataclass(frozen=True)
class Stage:
    """One of dateline's components: ``run(doc, analysis) -> analysis``.

    ``prepare(nlp)``, where given, loads and checks the component's data files and builds what it
    needs from the pipeline's vocabulary, once per process, before any article is read: a bad data
    file then stops start-up with one error instead of failing every article.
    """

    name: str
    run: Callable[[Any, Analysis], Analysis]
    prepare: Optional[Callable[[Any], None]] = None


def stages() -> list[Stage]:
    """Every stage, in the order they run: each reads what the ones before it found."""
    from . import dates
    from .actors import assign_keys, find_actors, prepare_actors
    from .events import find_events, prepare_events
    from .places import find_places, prepare_places
    from .statements import find_statements, prepare_statements

    return [
        Stage("dates", dates.assign_published),
        Stage("actors", find_actors, prepare_actors),
        Stage("statements", find_statements, prepare_statements),
        Stage("places", find_places, prepare_places),
        Stage("events", find_events, prepare_events),
        Stage("keys", assign_keys),  # last: events add the common-noun parties they find
    ]



def components(until: Optional[str] = None, skip: Iterable[str] = ()) -> list[Callable]:
    """The ``run`` functions of the stages in order, up to and including ``until``, minus ``skip``.

    Evals and trainers ask for what they need (``components(until="statements")``) instead of
    listing stages themselves.
    """
    chosen = stages()
    names = [stage.name for stage in chosen]
    left_out = set(skip)  # read once: a generator would be empty the second time
    for name in (until, *left_out):
        if name is not None and name not in names:
            raise ValueError(f"no stage {name!r}; the stages are {', '.join(names)}")
    if until is not None:
        chosen = chosen[:names.index(until) + 1]
    return [stage.run for stage in chosen if stage.name not in left_out]


@dataclass
class Failure:
    """An article that could not be analysed, with the one-line reason."""

    article: Article
    reason: str


Result = Union[Analysis, Failure]


def parse_texts(texts: Iterable[str], batch_size: int = BATCH_SIZE) -> Iterator:
    """spaCy Docs of texts as the pipeline parses them (``parser_text``), for evals and trainers."""
    return load_nlp().pipe((parser_text(text) for text in texts), batch_size=batch_size)


def analyze_doc(doc, article: Article, steps: Optional[list[Callable]] = None) -> Analysis:
    """Run dateline's components over one parsed Doc."""
    analysis = Analysis(article=article)
    for step in steps or components():
        analysis = step(doc, analysis)
    return analysis


# A single line break inside a paragraph, after a line at least this long that does not end a
# sentence, is hard wrapping (plain-text mail and wire copy wrap at 60-80 columns); a shorter
# line is a heading or list item, and one ending in . ! ? or a closing quote may be a paragraph.
WRAPPED_LINE_CHARS = 50
_SENTENCE_END = (".", "!", "?", "”", '"', "’", "'", ":")
_LINE_BREAK = re.compile(r"(?<![\r\n])(\r?\n)(?![\r\n]|[ \t]*\r?\n)")


def parser_text(text: str) -> str:
    """The text as the parser sees it: hard-wrapped line breaks become spaces.

    The result has the same length as ``text``, so every offset into it indexes ``text``
    too; components read strings from ``analysis.text``, never from the parser's copy.
    """
    def unwrap(match: re.Match) -> str:
        line_start = text.rfind("\n", 0, match.start()) + 1
        line = text[line_start:match.start()].rstrip()
        if len(line) < WRAPPED_LINE_CHARS or line.endswith(_SENTENCE_END):
            return match.group()
        return " " * len(match.group())

    return _LINE_BREAK.sub(unwrap, text)


def _parse(nlp, batch: list[Article], batch_size: int) -> Iterator[tuple[Article, object]]:
    """``(article, doc or Failure reason)`` for a batch, in order.

    A text over the parser's limit is refused up front; if spaCy raises on a batch, each
    article is parsed on its own so only the culprit fails.
    """
    fits = [a for a in batch if len(a.text) <= nlp.max_length]
    try:
        docs = dict(zip((id(a) for a in fits), nlp.pipe((parser_text(a.text) for a in fits),
                                                        batch_size=batch_size)))
    except Exception:
        log.exception("a batch failed in spaCy; parsing its articles one by one")
        docs = {}
        for article in fits:
            try:
                docs[id(article)] = nlp(parser_text(article.text))
            except Exception as exc:
                docs[id(article)] = f"spaCy failed: {type(exc).__name__}: {exc}"
    for article in batch:
        if len(article.text) > nlp.max_length:
            yield article, (f"too long for the parser: {len(article.text):,} characters "
                            f"(the limit is {nlp.max_length:,})")
        else:
            yield article, docs[id(article)]


def analyze_articles(articles: Iterable[Article], batch_size: int = BATCH_SIZE) -> Iterator[Result]:
    """Analyse articles in one process, parsing them in batches with ``nlp.pipe``.

    Yields an Analysis per article, or a Failure (too long, spaCy or a component raised on
    it); the stream goes on either way.
    """
    nlp = load_nlp()
    steps = components()
    for batch in _chunks(articles, batch_size):
        for article, doc in _parse(nlp, batch, batch_size):
            if isinstance(doc, str):
                yield Failure(article, doc)
                continue
            try:
                yield analyze_doc(doc, article, steps)
            except Exception as exc:  # one bad article never kills a batch
                log.exception("analysis failed for %s", article.origin or article.id)
                yield Failure(article, f"analysis failed: {type(exc).__name__}: {exc}")


def analyze_text(text: str, **meta) -> Analysis:
    """Analyse one text and return its Analysis (raises on failure)."""
    (result,) = list(analyze_articles([Article(text=text, **meta)]))
    if isinstance(result, Failure):
        raise RuntimeError(result.reason)
    return result


def _analyze_chunk(chunk: list[Article]) -> list[Result]:
    return list(analyze_articles(chunk))


def _chunks(articles: Iterable[Article], size: int) -> Iterator[list[Article]]:
    chunk: list[Article] = []
    for article in articles:
        chunk.append(article)
        if len(chunk) >= size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


# How often a worker checks that the process that started it is still alive (seconds).
PARENT_CHECK_SECONDS = 1.0


def _watch_parent(parent: int) -> None:
    while True:
        time.sleep(PARENT_CHECK_SECONDS)
        if os.getppid() != parent:  # re-parented: the main process is gone
            os._exit(1)


def _start_worker(parent: int) -> None:
    """Set up an analysis worker: Ctrl-C is the main process's to handle (it stops the pool),
    and a worker whose main process died (``kill -9``) exits instead of waiting for work forever."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    threading.Thread(target=_watch_parent, args=(parent,), daemon=True, name="parent-watch").start()
    load_nlp()


def _new_pool(workers: int) -> ProcessPoolExecutor:
    ctx = multiprocessing.get_context("fork")
    return ProcessPoolExecutor(workers, mp_context=ctx, initializer=_start_worker, initargs=(os.getpid(),))


def _submit(executor, chunk: list[Article]) -> tuple[list[Article], Future]:
    return chunk, executor.submit(_analyze_chunk, chunk)


def _analyze_alone(article: Article) -> list[Result]:
    """One article in a pool of its own: if its worker dies, this article killed it (a death in
    a shared pool could be any article in flight there)."""
    solo = _new_pool(1)
    try:
        return solo.submit(_analyze_chunk, [article]).result()
    except BrokenProcessPool:
        return [Failure(article, "analysis worker died on this article (out of memory?)")]
    finally:
        solo.shutdown(cancel_futures=True)


def analyze_parallel(articles: Iterable[Article], workers: int = 1, chunk_size: int = 8) -> Iterator[Result]:
    """Analyse with ``workers`` processes, each loading the model once; order is kept.

    The input iterator is consumed in the calling thread (a pool's feeder thread would break
    callers whose generator touches thread-bound objects such as a SQLite connection), with
    at most ``2 * workers`` chunks in flight. When a worker dies (killed for memory, say),
    the pool is restarted and the chunks it held are retried one article at a time, so only
    the article that kills a worker is reported as a Failure.
    """
    if workers <= 1:
        yield from analyze_articles(articles)
        return
    # Load (and check every data file) here, not in every worker: a missing model or a bad data
    # file is then one error, and the forked workers share the loaded pipeline's memory.
    load_nlp()
    pool = {"executor": _new_pool(workers)}
    pending: deque = deque()

    def collect(chunk: list[Article], future: Optional[Future]) -> list[Result]:
        if future is None:  # in flight when a worker died: each article again, on its own
            return [r for article in chunk for r in _analyze_alone(article)]
        try:
            return future.result()
        except BrokenProcessPool:
            log.warning("an analysis worker died; retrying its articles one at a time")
            pool["executor"].shutdown(cancel_futures=True)
            pool["executor"] = _new_pool(workers)
            # Every chunk in flight died with the pool, and any of them may hold the article that
            # killed it: each is retried article by article, alone, so a death names its article.
            for i, (other, _) in enumerate(pending):
                pending[i] = (other, None)
            return collect(chunk, None)

    try:
        for chunk in _chunks(articles, chunk_size):
            pending.append(_submit(pool["executor"], chunk))
            while len(pending) >= 2 * workers:
                yield from collect(*pending.popleft())
        while pending:
            yield from collect(*pending.popleft())
    finally:
        pool["executor"].shutdown(cancel_futures=True)
