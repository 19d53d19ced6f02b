"""The PLV reader and the event scorer's figures."""
from __future__ import annotations

import pytest

from dateline.eval.events import format_events_report, macro_f1
from dateline.eval.plover import read_plv, unmark


def test_unmark_keeps_spans():
    text, spans = unmark("<s>The ACLU</s> on March 28 filed a lawsuit against <t>Thom</t>.")
    assert text == "The ACLU on March 28 filed a lawsuit against Thom."
    assert text[slice(*spans["s"])] == "The ACLU"
    assert text[slice(*spans["t"])] == "Thom"


def test_unmark_trims_spaces_inside_marks():
    text, spans = unmark("a request from <t>the Department (HHS) </t>for help")
    assert text[slice(*spans["t"])] == "the Department (HHS)"


def test_macro_f1_counts_each_label_equally():
    macro, per_label = macro_f1(["A", "A", "A", "B"], ["A", "A", "A", "A"])
    assert per_label["B"] == 0.0
    assert macro == pytest.approx(per_label["A"] / 2)


def test_read_plv_has_fifteen_roots(shared_data):
    items = read_plv(shared_data / "plover" / "PLV_train.tsv")
    assert len(items) == 1050
    roots = {item.root for item in items}
    assert len(roots) == 15 and "RETREAT" not in roots
    for item in items[:50]:
        if item.source_span:
            assert item.text[slice(*item.source_span)].strip()


@pytest.mark.slow
def test_cross_validation_reports_figures(shared_data):
    from dateline.eval.events import evaluate_events

    figures = evaluate_events(str(shared_data / "plover" / "PLV_train.tsv"), cv=2)
    assert figures["sentences"] == 1050 and figures["folds"] == 2
    assert 0.5 < figures["accuracy"] <= 1.0
    assert 0.0 <= figures["both_match"] <= figures["actor_match"] <= 1.0
    report = format_events_report(figures)
    assert "macro-F1" in report and "COOPERATE" in report


def test_read_gsr_maps_old_names(shared_data):
    from dateline.eval.plover import read_gsr

    items = read_gsr(shared_data / "plover" / "PLOVER_GSR_dev.json")
    assert len(items) == 63
    roots = {item.root for item in items}
    assert not roots & {"DEMAND", "DISAPPROVE", "INVESTIGATE", "FIGHT", "CONCEDE", "DOCUMENT"}
    libya = next(item for item in items if item.text.startswith("Libya has offered"))
    assert libya.root == "AGREE"
    assert libya.text[slice(*libya.source_span)] == "Libya"
    assert libya.text[slice(*libya.target_span)] == "Great Britain"
