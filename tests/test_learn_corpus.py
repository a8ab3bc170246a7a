"""cleantext learn on generated multi-site corpora (tests/data/sites, and the messier
tests/data/sites_real written by a helper who never saw the code): learned rules raise F1 on
whole-page dumps, recall stays, sources seen once and body lines that recur are untouched."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))
from learning import groups, learned_cleaners, load_builder, outcomes, pages  # noqa: E402

from cleantext.evaluate import means  # noqa: E402

# Per corpus: the F1 learning must add in conservative mode (measured on seeds 1, 7 and 23:
# sites +0.031 to +0.037, sites_real +0.105 to +0.114), and the hosts whose body has a line
# that recurs from page to page (a closing sentence, a tip line, a public-meetings line).
GAIN = {"sites": 0.02, "sites_real": 0.08}
TRAPS = {
    "sites": ("www.harbor-herald.example", "www.valley-sentinel.example"),
    "sites_real": (
        "www.bayport-metro.example",
        "www.westpfalz-kurier.example",
        "www.elmwood-weekly.example",
    ),
}


DRAWS = [("sites", 1), ("sites", 7), ("sites_real", 1), ("sites_real", 7)]  # README's, another


@pytest.fixture(scope="module", params=DRAWS, ids=lambda draw: f"{draw[0]}-{draw[1]}")
def corpus(request, tmp_path_factory):
    name, seed = request.param
    folder = tmp_path_factory.mktemp(f"{name}-{seed}")
    load_builder(name)(folder, seed=seed)
    return name, folder


@pytest.mark.parametrize("mode", ["conservative", "aggressive"])
def test_learned_rules_raise_f1_and_keep_recall(corpus, mode, tmp_path):
    name, corpus = corpus
    sites = json.loads((corpus / "sites.json").read_text(encoding="utf-8"))
    plain, taught, learned = learned_cleaners(pages(corpus), mode, tmp_path)
    found = groups(outcomes(pages(corpus), plain, taught), sites)
    _, recall_before, f1_before = means([o.before for o in found["all pages"]])
    _, recall_after, f1_after = means([o.after for o in found["all pages"]])
    gain = GAIN[name] if mode == "conservative" else 0.0
    assert f1_after >= f1_before + gain, (f1_before, f1_after)
    assert recall_after >= recall_before - 0.01
    assert not [o.page.id for o in found["sources seen once"] if o.output_changed]
    # recurring closing and tip-line sentences are body on these sites: never learned away
    for host in TRAPS[name]:
        trapped = [o.page for o in found["all pages"] if o.page.host == host]
        assert trapped, host
        for page in trapped:
            body = set(page.expected.splitlines())
            removed = taught.clean(page.text, url=page.url).removed
            assert not [r for r in removed if r.rule.startswith("learned.") and r.text in body]
    assert {s.host for s in learned} == {h.removeprefix("www.") for h, s in sites.items()
                                         if s["pages"] >= 3}  # fmt: skip
