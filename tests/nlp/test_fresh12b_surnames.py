"""A surname that is also a title word ("Judge", "General", "Major") names the person given in full
before, not the holder of a title (fresh12b: "Cardinal said" after "Darlene Cardinal" was unnamed).

Sentences written for these tests, not taken from the fresh12b articles.
"""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, name", [
    ("Mark Judge, a farmer, said the crop was gone. Judge said he would replant in the spring.", "Mark Judge"),
    ("Paula General, a nurse, said the ward was full. General said more staff were coming.", "Paula General"),
    ('Mark Judge, a farmer, said the crop was gone. "We will plant again next year," Judge said.', "Mark Judge"),
])
def test_a_title_word_after_the_full_name_is_the_surname(analyze, text, name):
    assert [s.speaker_name for s in analyze(text).statements] == [name, name]


def test_a_title_with_an_article_is_still_a_title(analyze):
    # "the General" is a rank, whoever of that surname the article named
    text = ("Paula General, a nurse, said the ward was full. General Omar Haddad visited the base. "
            "The general said the troops would stay.")
    names = [s.speaker_name for s in analyze(text).statements]
    assert names[0] == "Paula General" and names[-1] != "Paula General"
