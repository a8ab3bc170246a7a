"""cleantext learn: a source's recurring lines become auditable rules that cleaning then uses;
stories, syndicated copies and sources seen once teach nothing."""

from __future__ import annotations

import json
import subprocess
import sys

import regex

from cleantext import Cleaner, learn

HOST = "https://www.harbor-herald.example"
STORIES = [
    [
        "Ferry service resumes after storm damage repairs",
        f"By Ana Ruiz{'' if n % 2 else ', Harbor Herald Staff Writer'}",
        f"The ferry between the island and the mainland ran again on day {n} after crews "
        "replaced a damaged ramp, the port authority said.",
        f"About {200 + n} passengers crossed on the first sailing, and officials expect "
        "traffic to return to normal within a week.",
    ]
    for n in range(6)
]
HEADLINES = ["Ferry runs again", "Port opens new ramp", "Island traffic returns",
             "Crews finish early", "Storm damage tallied", "Mainland link restored"]  # fmt: skip
OPENERS = ["Officials said", "Residents noted", "The mayor said", "Engineers reported",
           "Port staff confirmed", "Travellers agreed"]  # fmt: skip
STORIES = [
    [
        HEADLINES[n],
        lines[1],
        f"{OPENERS[n]} that {lines[2][0].lower()}{lines[2][1:]}",
        f"{OPENERS[-1 - n]} that {lines[3][0].lower()}{lines[3][1:]}",
    ]  # fmt: skip
    for n, lines in enumerate(STORIES)
]
NAV = ["Home | News | Sport | Opinion", "Subscribe to the Harbor Herald"]
FOOTER = [
    "About us",
    "Contact",
    "Privacy policy",
    "The Harbor Herald will update this story as more information becomes available.",
]


def page(n: int) -> str:
    counter = [f"Page {n + 1} of {n + 4}", f"© {2015 + n} Harbor Herald Media"]
    return "\n\n".join(NAV + STORIES[n] + counter + FOOTER)


def learned(pages: dict[str, str], min_docs: int = 3) -> list[learn.LearnedSet]:
    learner = learn.Learner(min_docs)
    for url, text in pages.items():
        learner.add(text, url)
    return learner.rulesets()


def test_recurring_lines_become_rules_with_their_evidence():
    [ruleset] = learned({f"{HOST}/news/{n}": page(n) for n in range(6)})
    assert ruleset.host == "harbor-herald.example" and ruleset.pages == 6
    reasons = {rule.example: rule for rule in ruleset.rules}
    assert set(reasons) >= {*NAV, "About us", "Contact", "Privacy policy"}
    assert reasons["About us"].pages == 6
    masked = [rule for rule in ruleset.rules if rule.kind == "masked"]
    assert {rule.pattern for rule in masked} == {
        r"^Page \d+ of \d+$",
        r"^©\ \d+ Harbor Herald Media$".replace("\\ ", " "),
    }
    # a full sentence on every page needs nine pages in ten and five at least: six of six here
    assert FOOTER[-1] in reasons
    # the story lines and headlines are never learned, nor the bylines: the byline rule reads
    # them into `authors`, which a learned drop rule would stop
    story_lines = {line for story in STORIES for line in story}
    assert not story_lines & set(reasons)


def test_a_prose_sentence_on_some_pages_is_not_learned():
    pages = {f"{HOST}/news/{n}": page(n) for n in range(6)}
    for n in (1, 3):  # the closing sentence on four of six pages: body text, not furniture
        pages[f"{HOST}/news/{n}"] = pages[f"{HOST}/news/{n}"].replace(FOOTER[-1], "")
    [ruleset] = learned(pages)
    assert FOOTER[-1] not in {rule.example for rule in ruleset.rules}
    assert "About us" in {rule.example for rule in ruleset.rules}


PITCH = (
    "The biggest stories from the harbor and the island, delivered to your inbox every "
    "morning before the first ferry leaves."
)
TIP_LINE = "Anyone with information is asked to call the harbor police on 555 0100 at any time."


def story(n: int) -> list[str]:
    """A story of its own for page n: no two pages look like copies."""
    return [
        f"Dock {n} reopens after repairs",
        f"Crews finished work on dock {n} on Monday, {n + 2} days ahead of the schedule the "
        "port authority set in the spring, officials said.",
        f"The repairs cost about {n + 3} million dollars, and the dock will handle ferries "
        f"and fishing boats from berth {n + 10} onward.",
    ]


def test_a_sentence_boxed_in_by_furniture_is_learned_on_fewer_pages_than_prose_needs():
    # A newsletter box on six pages of ten: its pitch is a sentence, which alone would need
    # nine pages in ten, but it stands between two short lines on every page it is on. The
    # police tip line closing six stories does on five of them (right after the box), and
    # after a line of the story on the sixth: a story's line, sometimes placed by furniture.
    box = ["Harbor Herald Daily", PITCH, "Enter your email", "Sign up"]
    pages = {}
    for n in range(10):
        lines = story(n)
        if n < 5:
            lines = lines + box + [TIP_LINE]
        elif n == 5:
            lines = lines[:2] + box + lines[2:] + [TIP_LINE]
        pages[f"{HOST}/news/{n}"] = "\n\n".join(NAV + lines + FOOTER[:3])
    [ruleset] = learned(pages)
    rules = {rule.example: rule for rule in ruleset.rules}
    assert rules[PITCH].kind == "boxed" and rules[PITCH].pages == 6
    assert "each time between two lines that are not prose" in ruleset.to_toml()
    assert TIP_LINE not in rules
    assert "Harbor Herald Daily" in rules  # a short line on a fifth of the pages or more


def test_a_headline_other_pages_list_is_not_learned_where_its_own_url_names_it(tmp_path):
    # page 0's headline is in the "Most read" list of every other page: a line on all of
    # them, but page 0's URL spells it, so learning it would drop page 0's own title
    most_read = ["Most read", story(0)[0], "Council approves the harbor budget"]
    pages = {
        f"{HOST}/news/2025/01/{10 + n}/dock-{n}-reopens-after": "\n\n".join(
            NAV + story(n) + (most_read if n else []) + FOOTER[:3]
        )
        for n in range(6)
    }
    [ruleset] = learned(pages)
    examples = {rule.example for rule in ruleset.rules}
    assert {"Council approves the harbor budget", "Most read"} <= examples
    assert story(0)[0] not in examples
    learn.write([ruleset], tmp_path)
    first = next(iter(pages.items()))
    result = Cleaner(extra_rules=[tmp_path]).clean(first[1], url=first[0])
    assert result.title == story(0)[0]


def test_short_lines_need_a_fifth_of_the_pages_and_longer_ones_half():
    # "Play Video" on the two video stories of ten; a headline of five words and more on two
    # pages of ten is another story's, listed
    pages = {}
    for n in range(10):
        extra = ["Play Video", "Flu cases climb across the county"] if n in (3, 7) else []
        pages[f"{HOST}/news/{n}"] = "\n\n".join(NAV + story(n)[:2] + extra + story(n)[2:])
    [ruleset] = learned(pages)
    examples = {rule.example for rule in ruleset.rules}
    assert "Play Video" in examples
    assert "Flu cases climb across the county" not in examples


def test_syndicated_copies_count_once_and_small_sources_teach_nothing():
    copies = {f"{HOST}/news/{n}": page(0) for n in range(5)}  # one story, five times
    assert learned(copies) == []
    assert learned({f"{HOST}/news/{n}": page(n) for n in range(2)}) == []


def test_long_furniture_lines_do_not_make_short_stories_look_like_copies():
    # Every page carries three long notices; each story has two long lines of its own. The
    # notices are the source's, not the story's: once they are seen on two pages (the second
    # looks like a copy of the first: most of its long lines were seen), no page is a copy.
    notices = [
        f"This article was imported from a wire service feed and has not been edited by our "
        f"staff, notice number {n} of the three notices on every single page."
        for n in range(3)
    ]
    pages = {f"{HOST}/news/{n}": "\n\n".join(NAV + STORIES[n] + notices + FOOTER) for n in range(6)}
    learner = learn.Learner()
    for url, text in pages.items():
        learner.add(text, url)
    [source] = learner.sources.values()
    assert (source.pages, source.copies) == (5, 1)
    copies = {f"{HOST}/copy/{n}": pages[f"{HOST}/news/3"] for n in range(3)}
    for url, text in copies.items():  # one story again and again: copies, all three
        learner.add(text, url)
    assert (source.pages, source.copies) == (5, 4)


def test_learned_files_load_as_rule_sets_and_clean_only_their_host(tmp_path):
    sets = learned({f"{HOST}/news/{n}": page(n) for n in range(6)})
    [path] = learn.write(sets, tmp_path)
    cleaner = Cleaner(extra_rules=[tmp_path])
    fresh = "\n\n".join(NAV + STORIES[2] + ["About us", "Page 9 of 12"])
    on_site = cleaner.clean(fresh, url=f"{HOST}/news/new")
    assert "About us" not in on_site.text and "Home | News" not in on_site.text
    assert STORIES[2][2] in on_site.text and STORIES[2][3] in on_site.text
    assert any(r.rule.startswith("learned.harbor-herald.example.line-") for r in on_site.removed)
    elsewhere = cleaner.clean(fresh, url="https://other.example/news/new")
    assert elsewhere == Cleaner().clean(fresh, url="https://other.example/news/new")
    assert 'reason = "appears on 6 of 6 pages of harbor-herald.example' in path.read_text()


def test_learn_command_writes_rule_sets_from_jsonl(tmp_path):
    lines = [json.dumps({"url": f"{HOST}/news/{n}", "text": page(n)}) for n in range(6)]
    lines.append(json.dumps({"text": "A page without a URL teaches nothing."}))
    lines.append("not json")
    lines.append('{"text": ' + "[" * 5000 + "]" * 5000 + "}")  # too deep for Python's reader
    out = subprocess.run(
        [sys.executable, "-m", "cleantext", "learn", "--out", str(tmp_path / "rules")],
        input="\n".join(lines).encode(),
        capture_output=True,
        timeout=60,
    )
    assert out.returncode == 0, out.stderr
    assert (tmp_path / "rules" / "learned.harbor-herald.example.toml").is_file()
    summary = out.stderr.decode()
    assert "6 pages of 1 sources" in summary
    assert "1 documents without a URL or a rule set" in summary
    assert "2 unreadable lines" in summary


def with_box(n: int, box_after: int | None = None) -> str:
    """A page whose story is followed (or, at `box_after`, interrupted) by a "Most Read" box of
    headlines that change from page to page, and by teasers that open or end alike."""
    story = STORIES[n][2:]
    box = ["Most Read", f"{HEADLINES[(n + 1) % 6]} in {n} towns", f"{HEADLINES[(n + 2) % 6]}"]
    teasers = [
        f"Read more: {HEADLINES[(n + 3) % 6]}",
        f"Harbor at dawn, day {n} (Photo: Ana Ruiz/Harbor Herald)",
    ]
    lines = NAV + [STORIES[n][0]] + teasers + story + box + FOOTER[:3]
    if box_after is not None:
        lines = NAV + story[:box_after] + box + story[box_after:] + FOOTER[:3]
    return "\n\n".join(lines)


def rules_of(ruleset: learn.LearnedSet, kind: str) -> dict[str, learn.LearnedRule]:
    return {rule.example: rule for rule in ruleset.rules if rule.kind == kind}


def test_a_line_no_prose_ever_follows_cuts_the_block_below_it(tmp_path):
    [ruleset] = learned({f"{HOST}/news/{n}": with_box(n) for n in range(5)})
    bottom = rules_of(ruleset, "bottom")
    assert {"Most Read", "About us"} <= set(bottom)
    assert bottom["Most Read"].action == "drop_rest" and NAV[0] not in bottom
    learn.write([ruleset], tmp_path)
    assert (
        "opens the page's bottom block on 5 of 5 pages"
        in (tmp_path / f"{ruleset.name}.toml").read_text()
    )
    fresh = with_box(5)
    result = Cleaner(extra_rules=[tmp_path]).clean(fresh, url=f"{HOST}/news/new")
    assert "Mainland link restored in 5 towns" not in result.text  # a headline never seen
    assert all(line in result.text for line in STORIES[5][2:])
    # One page with the box inside the story: prose follows it there, so it marks no bottom.
    pages = {f"{HOST}/news/{n}": with_box(n, box_after=1 if n == 2 else None) for n in range(5)}
    [ruleset] = learned(pages)
    assert "Most Read" not in rules_of(ruleset, "bottom")


def test_shared_openings_and_endings_become_one_rule_unless_prose_has_them(tmp_path):
    [ruleset] = learned({f"{HOST}/news/{n}": with_box(n) for n in range(5)})
    openings, endings = rules_of(ruleset, "opening"), rules_of(ruleset, "ending")
    assert [rule.pattern.split(".{")[0] for rule in openings.values()] == ["^Read more: "]
    assert [rule.pattern.split("}")[-1] for rule in endings.values()] == [r"/Harbor Herald\)$"]
    learn.write([ruleset], tmp_path)
    fresh = with_box(5).replace("Read more: Storm damage tallied", "Read more: Tide tables")
    result = Cleaner(extra_rules=[tmp_path]).clean(fresh, url=f"{HOST}/news/new")
    assert "Tide tables" not in result.text and "Harbor at dawn" not in result.text
    # a line of prose that opens the same way: the opening is the story's, not furniture's
    pages = {f"{HOST}/news/{n}": with_box(n) for n in range(5)}
    pages[f"{HOST}/news/9"] = with_box(5).replace(
        "Read more: Island traffic returns", "Read more: the port authority has published its "
        "full report on the storm, and it runs to more than two hundred pages of findings."
    )  # fmt: skip
    [ruleset] = learned(pages)
    assert not rules_of(ruleset, "opening")


def test_pages_without_a_url_are_learned_under_the_rule_set_that_detects_them(tmp_path):
    learner = learn.Learner()
    for n in range(4):  # military.com's "Show Full Article" is its rule set's signature
        learner.add(page(n) + "\n\nShow Full Article", None)
    learner.add("A note with no source at all.", None)
    [ruleset] = learner.rulesets()
    assert ruleset.host == "military-detected" and learner.without_source == 1
    learn.write([ruleset], tmp_path)
    fresh = page(5) + "\n\nShow Full Article"
    result = Cleaner(extra_rules=[tmp_path]).clean(fresh)
    assert "learned.military-detected" in result.rulesets and "About us" not in result.text
    assert Cleaner(extra_rules=[tmp_path]).clean(page(5)) == Cleaner().clean(page(5))


def test_learning_with_workers_writes_the_same_files(tmp_path):
    """-j 2 reads pages in worker processes; the files equal -j 1's, byte for byte (rule order
    never depends on a process's hash seed)."""
    lines = [json.dumps({"url": f"{HOST}/news/{n}", "text": with_box(n)}) for n in range(6)]
    corpus = tmp_path / "corpus.jsonl"
    corpus.write_text("\n".join(lines * 30) + "\n", encoding="utf-8")  # copies count once
    written = {}
    for jobs in ("1", "2"):
        out = tmp_path / f"rules-{jobs}"
        done = subprocess.run(
            [sys.executable, "-m", "cleantext", "learn", str(corpus), "--out", str(out),
             "-j", jobs, "--progress"],
            capture_output=True, timeout=120,
        )  # fmt: skip
        assert done.returncode == 0, done.stderr
        assert b"180 documents" in done.stderr  # the progress line's last count
        written[jobs] = {p.name: p.read_text() for p in out.iterdir()}
    assert written["1"] == written["2"] and len(written["1"]) == 1


def test_memory_stays_bounded_and_small_sources_still_learn(monkeypatch):
    """Past HELD_LIMIT, lines seen on one page are forgotten, large sources first: a big
    source's stream of one-off lines does not grow memory, nor cost a small source its rules."""
    monkeypatch.setattr(learn, "HELD_LIMIT", 5_000)
    monkeypatch.setattr(learn, "COPY_WINDOW", 500)
    learner = learn.Learner()
    peak = per_page = 0
    for n in range(4_000):
        unique = [f"Wire item {n}-{k}: crews and officials met again on day {k}" for k in range(5)]
        learner.add("\n".join(["Big Site menu", *unique]), f"https://big.example/{n}")
        if n % 1_000 == 500:  # a small source's four pages, far apart in the stream
            learner.add(page(n // 1_000), f"{HOST}/news/{n}")
        peak = max(peak, learner.held())
        per_page = per_page if n else learner.held()  # lines, patterns, story hashes
    # held: the limit, plus what the 1,000 pages between two checks add; without forgetting,
    # 4,000 pages would hold four times that
    assert per_page > 10 and peak <= 5_000 + 1_000 * per_page
    learned_hosts = {ruleset.host: ruleset for ruleset in learner.rulesets()}
    assert "About us" in {rule.example for rule in learned_hosts["harbor-herald.example"].rules}
    assert "Big Site menu" in {rule.example for rule in learned_hosts["big.example"].rules}


def test_a_recurring_byline_shape_becomes_a_metadata_rule(tmp_path):
    """ "Story by NAME" on most pages, with a different name: a rule that reads the author."""
    reporters = ["Ana Ruiz", "Tom Okafor", "Lena de Vries", "Ian Hale", "Mia Chen", "Raj Patel"]
    pages = {
        f"{HOST}/news/{n}": page(n).replace(STORIES[n][1], f"Story by {reporters[n]}")
        for n in range(6)
    }
    [ruleset] = learned(pages)
    [byline] = [rule for rule in ruleset.rules if "Story by" in rule.pattern]  # nothing else
    assert byline.kind == "byline"
    assert byline.pattern == "^Story by (?P<authors>.{3,60})$" and byline.action == "metadata"
    learn.write([ruleset], tmp_path)
    fresh = page(2).replace(STORIES[2][1], "Story by Kofi Mensah")
    result = Cleaner(extra_rules=[tmp_path]).clean(fresh, url=f"{HOST}/news/new")
    assert result.authors == ("Kofi Mensah",) and "Story by" not in result.text
    assert Cleaner().clean(fresh).authors == ()  # no built-in rule knows this byline


CAPTIONS = [
    "Crews repair the ferry ramp.",
    "Passengers wait at the terminal on Monday.",
    "The new ramp, seen from the water.",
    "A port worker checks the mooring lines.",
    "Traffic builds on the mainland side.",
    "The first sailing leaves the island.",
]
CREDIT = "Photo: Jane Doe/Harbor Herald"


def with_photo(n: int, above: str | None = None) -> str:
    """A page whose story opens with a photo: its caption (or `above`), then the credit."""
    head, byline, *story = STORIES[n]
    return "\n\n".join(NAV + [head, byline, above or CAPTIONS[n], CREDIT] + story + FOOTER[:3])


def test_the_line_above_a_recurring_photo_credit_is_learned_as_its_caption(tmp_path):
    [ruleset] = learned({f"{HOST}/news/{n}": with_photo(n) for n in range(5)})
    [caption] = rules_of(ruleset, "caption").values()
    assert regex.search(caption.next, CREDIT) and not regex.search(caption.next, CAPTIONS[0])
    assert caption.action == "drop" and caption.pages == 5
    learn.write([ruleset], tmp_path)
    written = (tmp_path / f"{ruleset.name}.toml").read_text()
    assert "right above a line of the rule below it (a photo credit) on 5 of 5 pages" in written
    result = Cleaner(extra_rules=[tmp_path]).clean(with_photo(5), url=f"{HOST}/news/new")
    assert CAPTIONS[5] not in result.text and CREDIT not in result.text  # a caption never seen
    assert all(line in result.text for line in STORIES[5][2:])
    # One page has a paragraph of prose right above the credit: nothing says what sits there.
    paragraph = STORIES[0][2] + " " + STORIES[0][3]
    pages = {f"{HOST}/news/{n}": with_photo(n, paragraph if n == 3 else None) for n in range(5)}
    [ruleset] = learned(pages)
    assert not rules_of(ruleset, "caption")
    # Above a line that is no photo credit, a one-sentence line is not taken for a caption.
    pages = {
        f"{HOST}/news/{n}": with_photo(n).replace(CREDIT, "Filed under: Harbor") for n in range(5)
    }
    [ruleset] = learned(pages)
    assert not rules_of(ruleset, "caption")
