"""What `cleantext learn` adds: token F1 before and after learned rules, on generated sites.

    python benchmarks/learning.py              # seed 1, both modes, the table for the README
    python benchmarks/learning.py --seed 7     # another draw of the same sites (held out)
    python benchmarks/learning.py --show-left  # also the lines learning left behind, per site

The corpus is tests/data/sites (14 fictional sites of 1 to 20 whole-page text dumps each,
wire copies across sites, republished stories, body lines that look like furniture). Rules are
learned from the corpus itself, as a user would run `cleantext learn` over their crawl, then
every page is cleaned with and without them and scored against its expected body (token
precision, recall and F1, as `cleantext eval`). Pages are grouped as the issue asks: sources
with several pages, sources seen once (learning must not change them), and the trap pages.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import sys
import tempfile
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

from cleantext import Cleaner, learn
from cleantext.evaluate import Score, means, score
from cleantext.rules.load import load_rulesets
from cleantext.transforms import TRANSFORMS

ROOT = Path(__file__).resolve().parent.parent


def load_builder(corpus: str = "sites") -> Callable[..., None]:
    """tests/data/<corpus>/build.py's `build`, loaded under a name no installed package has."""
    path = ROOT / "tests/data" / corpus / "build.py"
    spec = importlib.util.spec_from_file_location(f"cleantext_{corpus}_build", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # its dataclasses look their module up by name
    spec.loader.exec_module(module)
    return module.build  # type: ignore[no-any-return]


# Pages whose body holds a line that looks like the site's furniture, or the reverse.
TRAP_HOSTS = (
    "www.harbor-herald.example",  # the closing sentence recurs, and is body
    "www.valley-sentinel.example",  # the tip-line sentence recurs, and is body
    "www.lakeside-ledger.example",  # the contributor line recurs, and is not body
)


@dataclass(frozen=True)
class Page:
    id: str
    url: str
    host: str
    text: str
    expected: str


@dataclass(frozen=True)
class Outcome:
    page: Page
    before: Score
    after: Score
    output_changed: bool
    title_changed: bool


def pages(folder: Path) -> list[Page]:
    found = []
    with (folder / "corpus.jsonl").open(encoding="utf-8") as lines:
        for line in lines:
            record = json.loads(line)
            host = record["url"].split("/")[2]
            expected = (folder / f"{record['id']}.expected.txt").read_text(encoding="utf-8")
            found.append(Page(record["id"], record["url"], host, record["text"], expected))
    return found


def learned_cleaners(
    corpus: list[Page], mode: str, rules_dir: Path, min_docs: int = learn.MIN_DOCS
) -> tuple[Cleaner, Cleaner, list[learn.LearnedSet]]:
    """The cleaner without and with the rules learned from `corpus` (written to rules_dir)."""
    learner = learn.Learner(min_docs)
    for page in corpus:
        learner.add(page.text, page.url)
    learned = learner.rulesets()
    learn.write(learned, rules_dir)
    return Cleaner(mode=mode), Cleaner(mode=mode, extra_rules=[rules_dir]), learned


def outcomes(corpus: list[Page], plain: Cleaner, taught: Cleaner) -> list[Outcome]:
    result = []
    for page in corpus:
        before = plain.clean(page.text, url=page.url)
        after = taught.clean(page.text, url=page.url)
        result.append(
            Outcome(
                page,
                score(page.id, before.text, page.expected),
                score(page.id, after.text, page.expected),
                before.text != after.text,
                before.title != after.title,
            )
        )
    return result


def groups(found: list[Outcome], sites: dict[str, dict[str, object]]) -> dict[str, list[Outcome]]:
    return {
        "all pages": found,
        "sources with several pages": [o for o in found if not sites[o.page.host]["single"]],
        "sources seen once": [o for o in found if sites[o.page.host]["single"]],
        **{f"trap: {host.split('.')[1]}": [o for o in found if o.page.host == host]
           for host in TRAP_HOSTS if host in sites},
    }  # fmt: skip


def table(rows: Iterable[tuple[str, str, list[Outcome]]]) -> str:
    lines = [
        "| mode | pages | n | F1 before | F1 after | P before -> after | R before -> after |",
        "|---|---|---|---|---|---|---|",
    ]
    for mode, name, found in rows:
        pb, rb, fb = means([o.before for o in found])
        pa, ra, fa = means([o.after for o in found])
        lines.append(
            f"| {mode} | {name} | {len(found)} | {fb:.3f} | {fa:.3f} | {pb:.3f} -> {pa:.3f} "
            f"| {rb:.3f} -> {ra:.3f} |"
        )
    return "\n".join(lines)


def left_behind(found: list[Outcome], taught: Cleaner) -> dict[str, dict[str, int]]:
    """Per host, the lines still in the output that the expected body does not hold."""
    left: dict[str, dict[str, int]] = {}
    for outcome in found:
        expected = set(outcome.page.expected.splitlines())
        text = taught.clean(outcome.page.text, url=outcome.page.url).text
        for line in text.split("\n\n"):
            if line not in expected:
                per_host = left.setdefault(outcome.page.host, {})
                per_host[line] = per_host.get(line, 0) + 1
    return left


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--seed", type=int, default=1, help="the corpus draw (default 1)")
    parser.add_argument(
        "--corpus",
        default="sites",
        choices=["sites", "sites_real"],
        help="tests/data/sites (default), or sites_real: harder, messier whole-page dumps",
    )
    parser.add_argument("--show-left", action="store_true", help="lines learning left behind")
    parser.add_argument("--rules-out", type=Path, help="keep the learned rule files here")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as work:
        folder = Path(work) / "sites"
        load_builder(args.corpus)(folder, seed=args.seed)
        sites = json.loads((folder / "sites.json").read_text(encoding="utf-8"))
        corpus = pages(folder)
        rows = []
        for mode in ("conservative", "aggressive"):
            rules_dir = args.rules_out or Path(work) / "learned"
            plain, taught, learned = learned_cleaners(corpus, mode, rules_dir)
            load_rulesets([rules_dir], TRANSFORMS)  # what was written reads back as rule sets
            found = outcomes(corpus, plain, taught)
            grouped = groups(found, sites)
            rows += [(mode, name, group) for name, group in grouped.items()]
            changed_once = [o.page.id for o in grouped["sources seen once"] if o.output_changed]
            print(
                f"{mode}: {sum(len(s.rules) for s in learned)} rules for {len(learned)} sources; "
                f"pages of sources seen once changed by learning: {len(changed_once)}; "
                f"titles learning changed: {sum(o.title_changed for o in found)}"
            )
            if args.show_left and mode == "conservative":
                for host, lines in sorted(left_behind(found, taught).items()):
                    print(f"  {host}")
                    for line, count in sorted(lines.items(), key=lambda item: -item[1])[:15]:
                        print(f"    {count:3d}  {line[:100]}")
        print(table(rows))
    return 0


if __name__ == "__main__":
    sys.exit(main())
