"""`cleantext eval`: token precision, recall and F1 against expected texts."""

from __future__ import annotations

import pytest
from test_cli import GOOD, run

from cleantext.evaluate import score


def test_scores_are_bag_of_token_precision_recall_and_f1():
    exact = score("a", "The vote passed.", "the VOTE passed")
    assert (exact.precision, exact.recall, exact.f1) == (1.0, 1.0, 1.0)
    extra = score("b", "The vote passed. Advertisement", "The vote passed.")
    assert extra.precision == pytest.approx(3 / 4) and extra.recall == 1.0
    assert extra.f1 == pytest.approx(2 * 0.75 / 1.75)
    assert score("c", "", "").f1 == 1.0 and score("d", "", "words").f1 == 0.0


def test_eval_command_scores_a_gold_folder_and_the_baseline(tmp_path):
    (tmp_path / "story.txt").write_text(f"{GOOD}\n\nAdvertisement\n", encoding="utf-8")
    (tmp_path / "story.expected.txt").write_text(GOOD + "\n", encoding="utf-8")
    page = f"<html><body><article><p>{GOOD}</p><p>Advertisement</p></article></body></html>"
    (tmp_path / "page.html").write_text(page, encoding="utf-8")
    (tmp_path / "page.expected.txt").write_text(GOOD + "\n", encoding="utf-8")
    (tmp_path / "orphan.txt").write_text("no expected text beside it", encoding="utf-8")
    out = run("eval", str(tmp_path), "--baseline", "--justext")
    assert out.returncode == 0, out.stderr
    text = out.stdout.decode()
    text, justext_part = text.split("jusText: ")
    assert justext_part.startswith("2 documents")
    cleantext_part, baseline_part = text.split("baseline: ")
    assert cleantext_part.startswith("cleantext: 2 documents")
    assert cleantext_part.rstrip().endswith("mean       P 1.000  R 1.000  F1 1.000")
    assert "P 1.000" not in baseline_part.split("mean")[1]  # "Advertisement" stays in


def test_eval_without_gold_files_is_a_usage_error(tmp_path):
    out = run("eval", str(tmp_path))
    assert out.returncode == 2 and b"expected.txt" in out.stderr
