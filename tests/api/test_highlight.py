"""Article highlighting: well-nested HTML whose text is exactly the article, whatever the overlaps."""
from __future__ import annotations

import random
from html.parser import HTMLParser

from dateline.api.highlight import Mark, highlight, marks


class Reader(HTMLParser):
    """Parses highlighted HTML: checks nesting, rebuilds the text, collects each id's text."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.stack: list[tuple[str, str | None]] = []
        self.text: list[str] = []
        self.by_id: dict[str, list[str]] = {}
        self.links_inside_links = 0

    def handle_starttag(self, tag, attrs):
        if tag == "a" and any(t == "a" for t, _ in self.stack):
            self.links_inside_links += 1
        ident = dict(attrs).get("id")
        if ident:
            assert ident not in self.by_id, f"id {ident} used twice"
            self.by_id[ident] = []
        self.stack.append((tag, ident))

    def handle_endtag(self, tag):
        assert self.stack and self.stack[-1][0] == tag, f"</{tag}> closes {self.stack[-1:]}"
        self.stack.pop()

    def handle_data(self, data):
        self.text.append(data)
        for _, ident in self.stack:
            if ident:
                self.by_id[ident].append(data)


def read(html: str) -> Reader:
    reader = Reader()
    reader.feed(html)
    reader.close()
    assert not reader.stack, f"unclosed {reader.stack}"
    return reader


def test_text_is_escaped_and_kept_exactly():
    text = 'He said "<b>no</b>" & left.\n\tThen: it\'s over.'
    html = highlight(text, [Mark(3, 7, "cue"), Mark(8, 19, "content", anchor="S1")])
    assert "<b>" not in html and "&lt;b&gt;no&lt;/b&gt;" in html and "&amp;" in html
    assert "".join(read(html).text) == text


def test_overlapping_marks_nest_and_the_anchor_stays_on_the_first_fragment():
    text = "Iranian minister Khatib said Daesh left Syria."
    spans = [Mark(0, 23, "speaker"), Mark(8, 40, "content", anchor="S1"), Mark(17, 23, "ent", href="/actor/Khatib"),
             Mark(0, 7, "place"), Mark(0, 7, "ent", href="/actor/Iran"), Mark(40, 45, "place")]
    html = highlight(text, spans)
    reader = read(html)
    assert "".join(reader.text) == text
    assert "".join(reader.by_id["S1"]).startswith("minister Khatib")
    assert 'class="content more"' in html  # the content resumes after the speaker closes
    assert reader.links_inside_links == 0


def test_random_overlaps_always_give_well_formed_html():
    rng = random.Random(20230915)
    text = "Kabul & <Herat> \"said\" the 'minister' of Badakhshan, on Friday."
    kinds = ["sentence", "content", "speaker", "cue", "trigger", "ent", "place"]
    for _ in range(300):
        spans = []
        for i in range(rng.randint(0, 8)):
            start = rng.randint(-3, len(text))
            end = rng.randint(start, len(text) + 3)
            kind = rng.choice(kinds)
            spans.append(Mark(start, end, kind, title=f"t{i} <&>", anchor=f"S{i}" if kind == "sentence" else "",
                              href="/actor/x" if kind == "ent" else ""))
        reader = read(highlight(text, spans))
        assert "".join(reader.text) == text
        assert reader.links_inside_links == 0


def test_seed_article_anchors_hold_their_sentences(seed_analysis):
    text = seed_analysis.text
    reader = read(highlight(text, marks(seed_analysis)))
    assert "".join(reader.text) == text
    assert seed_analysis.statements
    for statement in seed_analysis.statements:
        start, end = statement.sentence_span
        shown = "".join(reader.by_id[statement.id])
        assert shown and text[start:end].startswith(shown), statement.id
