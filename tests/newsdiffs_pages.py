# ruff: noqa: E501  -- the corpus keeps one paragraph per line, as the pages do
"""Synthetic NewsDiffs pages built from two known versions of a story, for testing reconstruction.

A scraped NewsDiffs comparison page (see ``seeds/001_*.txt``) is plain text:

    This article is from the source 'washpo' and was first published or seen on . It last ...
    <blank>
    You can find the current article at its original source at <url>
    <blank>
    The article has changed N times. There is an RSS feed of changes available.
    <blank>
    Version 1 Version 2
    <old title> <new title>
    (32 minutes later)
    <one line per row of a paragraph-level side-by-side diff>
    [<credit><joiner><credit>]
    [<related headline><joiner><related headline> ... <promo><joiner><promo>]

Each diff row is the Version 1 paragraph followed by the Version 2 paragraph, joined by " " or by
nothing at all (the real pages do both, so the joiner is drawn per row). An unchanged paragraph fills
both sides; a deleted one only the left, an added one only the right; a replace block pairs old and
new paragraphs one to one. A moved paragraph shows as a deletion at its old place and an insertion
at its new place. Rows come from ``difflib.SequenceMatcher`` on the two paragraph lists.

What varies with the seed: the story (three fictional, hand-written stories, 48 paragraphs with
datelines, curly quotes, abbreviations such as "Maj. Gen.", "U.S.", "Jan. 5", "a.m.", ellipses,
questions, subheadings without a final period, one-sentence paragraphs), which 6-14 paragraphs
make Version 1, the edits that make Version 2 (unchanged, lightly edited, deleted, inserted and
moved paragraphs; sometimes a new title), the joiners, the header counts, the time gap, and whether
a credit row and related-story rows follow. Nothing here imports ``cleantext``.
"""

from __future__ import annotations

import difflib
import random
import re
from dataclasses import dataclass, field


@dataclass(frozen=True)
class Story:
    """A fictional story. Paragraphs and extras are written with " | " between sentences."""

    section: str
    titles: tuple[str, str]
    speaker: str  # surname that replaces "he said"/"she said" in an edit
    credit: str
    related: tuple[str, ...]
    extras: tuple[str, ...]  # sentences an edit may append to a paragraph
    paragraphs: tuple[str, ...]  # the first one carries the dateline


STORIES: tuple[Story, ...] = (
    Story(
        section="world/middle_east",
        titles=(
            "Power cuts spread across southern Iraq as heat wave strains aging grid",
            "Iraq rations electricity in the south as heat wave pushes grid to the brink",
        ),
        speaker="Mansour",
        credit="Haddad reported from Basra.",
        related=(
            "Here’s how Iraq’s power shortages fuel summer protests",
            "Iraq signs deal to import more electricity from its neighbors",
            "Basra’s water crisis deepens as river salinity rises",
            "What to know about the oil revenue dispute between Baghdad and Erbil",
        ),
        extras=(
            "A second spokesman said more crews would be deployed on Tuesday.",
            "The ministry did not say how many households were affected.",
            "Local officials in Maysan province reported similar outages.",
        ),
        paragraphs=(
            "BAGHDAD — Rolling blackouts spread across southern Iraq on Monday as temperatures climbed past 120 degrees, forcing hospitals onto backup generators and sending thousands of families to sleep on their rooftops. | Officials said the national grid had lost nearly a third of its capacity since Friday.",
            "The Electricity Ministry blamed the outages on a sharp drop in gas supplies and on sabotage of two high-voltage lines north of Basra. | A ministry spokesman, Ahmed al-Zubaidi, said repair crews had been sent to both sites but could not work during the hottest hours of the day.",
            "“We are doing everything we can, but the demand is simply beyond what the system was built for,” Zubaidi said. | “No grid in the world could carry this load.”",
            "In the Hayyaniyah district of Basra, residents said power had been available for about four hours a day since the weekend. | Many rely on neighborhood generators that charge by the amp, a cost that has nearly doubled this month.",
            "“I paid for the generator, I paid for the fuel, and still my children cannot sleep,” said Umm Ali, a 41-year-old mother of five who asked to be identified by her nickname for fear of reprisal. | “Where does the money go?”",
            "The shortages have become a yearly ritual in Iraq, where successive governments have spent billions of dollars on the power sector since 2003 with little to show for it. | Analysts say corruption, theft and a dependence on imported gas have left the system unable to keep pace with a growing population.",
            "Dr. Leila Mansour, an energy researcher at the University of Baghdad, said the problem was as much political as technical. | “Every minister promises that next summer will be different,” she said. | “Then next summer comes.”",
            "A hard summer ahead",
            "The U.S. Embassy said in a statement that it was “closely following” the situation and had offered technical assistance. | Washington has pressed Baghdad for years to reduce its reliance on gas from neighboring Iran, which has repeatedly cut supplies over unpaid bills.",
            "Iraq owes Iran roughly $1.6 billion for gas and electricity deliveries, according to Iraqi officials, though the figure is disputed. | Payments have been delayed by sanctions that make it difficult to move money between the two countries.",
            "Protests broke out late Sunday in Nasiriyah, where several hundred demonstrators blocked a highway with burning tires. | Security forces fired tear gas to disperse the crowd, and at least 12 people were injured, according to a local health official.",
            "Is the government listening? | Few in the crowd seemed to think so.",
            "Maj. Gen. Saad Maan, a spokesman for the Interior Ministry, said police had been ordered to show restraint. | He said the protesters had a “legitimate grievance” but warned that attacks on public property would not be tolerated.",
            "The prime minister’s office announced Monday evening that government offices in four southern provinces would close at 11 a.m. for the rest of the week to conserve power.",
            "The measure drew mockery online. | “Close the offices, open the generators . . . and call it a plan,” one user wrote.",
            "It was not clear how long the rationing would last.",
        ),
    ),
    Story(
        section="world/europe",
        titles=(
            "London Tube drivers announce strike over new overnight rosters",
            "London Tube drivers to strike next week, threatening travel chaos",
        ),
        speaker="Okafor",
        credit="Whitfield reported from London.",
        related=(
            "Britain’s rail unions and the long fight over pay",
            "Why London’s night Tube matters to the city’s economy",
            "Strikes return to Europe’s transport networks as costs climb",
        ),
        extras=(
            "A TfL spokeswoman declined to comment further.",
            "The union has not ruled out further action in February.",
            "Overground and Elizabeth line services are not affected.",
        ),
        paragraphs=(
            "LONDON — Drivers on the London Underground will walk off the job for 48 hours next week, their union said Thursday, in a dispute over new overnight rosters that it says will leave staff exhausted and passengers less safe. | The strike, set to begin at 12:01 a.m. on Jan. 5, would shut most of the network.",
            "Transport for London, which runs the system, said it was “deeply disappointed” by the decision and urged the union to return to talks. | It said the new rosters had been designed to reduce overtime, not to increase hours.",
            "The Rail, Maritime and Transport union said more than 90 percent of members who voted had backed the walkout. | Turnout was 71 percent, comfortably above the legal threshold for industrial action.",
            "“Our members are not asking for the moon,” said Grace Okafor, the union’s regional organizer. | “They are asking to be able to see their families and get a night’s sleep.”",
            "Commuters reacted with weary resignation.",
            "“Again?” said Tom Pritchard, 34, an accountant waiting for a train at Bank station on Thursday morning. | “I’ll be working from home, I suppose. . . . Half the city will be.”",
            "Business groups warned that the strike could cost the capital’s economy tens of millions of pounds a day at a time when shops and restaurants are still recovering from a slow autumn. | The London Chamber of Commerce called on both sides to “put passengers first.”",
            "The mayor’s office said it would add extra bus services and open more bicycle docking stations during the walkout. | Officials acknowledged, however, that buses could carry only a fraction of the roughly four million people who use the Tube on a typical weekday.",
            "What the dispute is about",
            "Under the proposed rosters, drivers would work up to six consecutive night shifts, compared with four now. | Management says the change is needed to run a reliable night service on weekends, which was expanded last year.",
            "Okafor said drivers had been told of the plan by email in November and had not been consulted. | “You don’t treat people like that and expect them to say thank you,” she said.",
            "A spokesman for the Department for Transport said the government was “monitoring the situation” but had no plans to intervene. | Ministers have repeatedly said pay and conditions on the Tube are a matter for TfL.",
            "The U.K. has seen a wave of transport strikes over the past two years, as unions have pushed for pay increases to keep up with inflation.",
            "Some drivers said privately that they hoped a deal could be reached before next week. | “Nobody wants to lose two days’ pay,” said one driver at a depot in north London, who spoke on the condition of anonymity because he was not authorized to speak to reporters. | “But nobody wants these rosters either.”",
            "Talks are expected to resume on Monday at the offices of Acas, the government’s conciliation service. | Neither side would say whether a new offer was on the table.",
            "Could the strike still be called off? | “We’ll see… it depends on them,” she said.",
        ),
    ),
    Story(
        section="national-security",
        titles=(
            "Army grounds training helicopters after crash that killed two soldiers",
            "Army orders safety review of helicopter fleet after fatal training crash",
        ),
        speaker="Reyes",
        credit="Lamont reported from Fort Caldwell, Tex.",
        related=(
            "Military aviation accidents are rising. Lawmakers want answers",
            "The Army’s struggle to keep experienced mechanics",
            "What we know about the soldiers killed in Tuesday’s crash",
            "Inside the training that prepares pilots to fly at night",
        ),
        extras=(
            "The Army said an investigation team arrived at the site Wednesday morning.",
            "Officials did not say when the grounding would be lifted.",
            "The base flew its flags at half-staff on Wednesday.",
        ),
        paragraphs=(
            "WASHINGTON — The Army on Wednesday grounded its fleet of training helicopters at three bases after a crash that killed two soldiers during a night exercise, officials said. | The order affects about 60 aircraft and will remain in place until inspections are complete.",
            "The helicopter, a TH-60 used to train new pilots, went down at about 9:40 p.m. Tuesday in a wooded area near Fort Caldwell, Tex., according to a statement from the base. | A third soldier was injured and was in stable condition.",
            "The Army identified the dead as Chief Warrant Officer 2 Daniel Ortiz, 29, of El Paso, and Sgt. Maria Chen, 24, of Sacramento. | Both were assigned to an aviation training battalion.",
            "“This is a devastating loss for our community,” said Maj. Gen. Thomas Whitaker, the commander at Fort Caldwell. | “Our thoughts are with their families, and we will find out what happened.”",
            "Investigators have not said what caused the crash. | Weather in the area was clear, with light winds, according to the National Weather Service.",
            "It was the third fatal accident involving Army aviation this year. | In March, four soldiers were killed when their helicopter struck power lines in Alaska, and in June a pilot died in a crash during a training flight in Georgia.",
            "Lawmakers on the House Armed Services Committee have asked the Pentagon for a briefing. | “We need to know whether these are isolated incidents or a pattern,” said Rep. Carla Reyes (D-N.M.), a member of the committee.",
            "Reyes said she was particularly concerned about reports that maintenance crews at some bases were short-staffed. | “You can’t cut corners on this,” she said.",
            "A pattern of accidents",
            "A 2021 report by the Government Accountability Office found that Army aviation units had struggled to retain experienced mechanics and that many aircraft were flying with deferred maintenance. | The Army said at the time that it had taken steps to address the problems.",
            "Flying at night with vision goggles is among the most demanding tasks for new pilots, said retired Col. James Harlan, a former Army aviator who now teaches at a flight school in Alabama. | “Your depth perception is off, your peripheral vision is gone,” he said. | “Small mistakes get big very fast.”",
            "Harlan cautioned against drawing conclusions before the investigation is finished.",
            "The Army said the grounding was a precaution and did not indicate a known defect in the aircraft. | Training flights at other bases will continue.",
            "Did the crew report any problem before the crash? | A spokesman for the base, Lt. Col. Dana Price, declined to say, citing the investigation.",
            "A memorial service is planned for Friday at 10 a.m. at the base chapel, Price said.",
            "Ortiz’s sister, Ana, wrote on social media that her brother had wanted to fly since he was a boy. | “He finally got there,” she wrote. | “He was so proud.”",
        ),
    ),
)

PROMOS: tuple[str, ...] = (
    "Follow our foreign correspondents for the latest news from around the world",
    "Sign up for the World Brief newsletter and get the day’s top stories each morning",
    "Read more coverage from our reporters on the ground",
)

# Word or clause swaps for light edits; one that applies to the paragraph is picked at random.
SWAPS: tuple[tuple[str, str], ...] = (
    ("Monday", "Tuesday"),
    ("Thursday", "Wednesday"),
    ("at least", "more than"),
    ("nearly", "almost"),
    ("roughly", "about"),
    ("repeatedly", "frequently"),
    ("sharp", "steep"),
    ("warned", "cautioned"),
    ("a third", "a quarter"),
    ("according to", "citing"),
    ("over the past two years", "since 2022"),
    ("was in stable condition", "was taken to a hospital in stable condition"),
)

_SAID = re.compile(r"\b(?:he|she) said\b")


def _sentences(paragraph: str) -> list[str]:
    return paragraph.split(" | ")


def _text(paragraph: str) -> str:
    """The paragraph as it appears in an article: the sentence marks become spaces."""
    return " ".join(_sentences(paragraph))


def _is_prose(sentence: str) -> bool:
    return sentence.rstrip('”’"').endswith((".", "?", "!", "…"))


def _light_edit(paragraph: str, story: Story, extras: list[str], rng: random.Random) -> str:
    """One small change: a word or clause swapped, a speaker named, a last sentence added or dropped."""
    sentences = _sentences(paragraph)
    options: list[str] = []
    swaps = [(a, b) for a, b in SWAPS if a in paragraph]
    if swaps:
        options.append("swap")
    if _SAID.search(paragraph):
        options.append("name")
    if extras and _is_prose(sentences[-1]):  # editors add sentences to prose, not to subheadings
        options.append("append")
    if len(sentences) > 1:
        options.append("drop")
    choice = rng.choice(options) if options else "none"
    if choice == "swap":
        a, b = rng.choice(swaps)
        return paragraph.replace(a, b, 1)
    if choice == "name":
        return _SAID.sub(f"{story.speaker} said", paragraph, count=1)
    if choice == "append":
        return " | ".join([*sentences, extras.pop()])
    if choice == "drop":
        return " | ".join(sentences[:-1])
    return paragraph


def make_versions(rng: random.Random) -> tuple[str, list[str], str, list[str]]:
    """Pick a story and 6-14 of its paragraphs (Version 1), then edit them into Version 2.

    Returns (old_title, old_paragraphs, new_title, new_paragraphs); no version repeats a paragraph,
    and the two versions always differ.
    """
    story = rng.choice(STORIES)
    rest = list(range(1, len(story.paragraphs)))
    picked = sorted(rng.sample(rest, rng.randint(5, 13)))
    old = [story.paragraphs[0], *(story.paragraphs[i] for i in picked)]
    pool = [story.paragraphs[i] for i in rest if i not in picked]
    rng.shuffle(pool)
    extras = list(story.extras)
    rng.shuffle(extras)

    new: list[str] = []
    for i, paragraph in enumerate(old):
        roll = rng.random()
        if i > 0 and roll < 0.12:
            pass  # deleted
        elif roll < 0.40:
            edited = _light_edit(paragraph, story, extras, rng)
            new.append(edited if edited not in new and edited not in old else paragraph)
        else:
            new.append(paragraph)
        if pool and rng.random() < 0.15:
            new.append(pool.pop())  # inserted
    if len(new) >= 4 and rng.random() < 0.5:  # one paragraph moved 2-5 places; the lede stays
        src = rng.randrange(1, len(new))
        dst = min(max(src + rng.choice((-1, 1)) * rng.randint(2, 5), 1), len(new) - 1)
        if abs(dst - src) >= 2:
            new.insert(dst, new.pop(src))
    if new == old:
        k = rng.randrange(len(new))
        new[k] = new[k] + " | " + (extras.pop() if extras else story.extras[0])

    old_title, new_title = story.titles if rng.random() < 0.5 else story.titles[::-1]
    if rng.random() < 0.75:
        new_title = old_title
    return old_title, [_text(p) for p in old], new_title, [_text(p) for p in new]


def make_url(title: str, rng: random.Random, source: str = "washpo") -> str:
    """A Washington Post-style story URL (section, slug, date, id) for the given title."""
    host = {
        "nyt": "www.nytimes.com",
        "cnn": "www.cnn.com",
        "politico": "www.politico.com",
        "bbc": "www.bbc.co.uk",
    }.get(source, "www.washingtonpost.com")
    section = next((s.section for s in STORIES if title in s.titles), "world")
    slug = re.sub(r"[^a-z0-9]+", "-", title.lower().replace("’", "")).strip("-")
    date = f"{rng.randint(2015, 2021)}/{rng.randint(1, 12):02d}/{rng.randint(1, 28):02d}"
    h = f"{rng.getrandbits(128):032x}"
    uid = f"{h[:8]}-{h[8:12]}-11ea-{h[12:16]}-{h[16:28]}"
    return f"https://{host}/{section}/{slug}/{date}/{uid}_story.html"


def _row(left: str | None, right: str | None, rng: random.Random) -> str:
    """One side-by-side row; a two-sided row joins its halves with " " or with nothing."""
    if left is not None and right is not None:
        return left + rng.choice((" ", "")) + right
    return left if left is not None else right or ""


def render_page(
    old_title: str,
    old: list[str],
    new_title: str,
    new: list[str],
    *,
    source: str = "washpo",
    url: str | None = None,
    credit: str | None = None,
    related: list[str] | None = None,
    rng: random.Random,
) -> str:
    """Render the two versions as the text a scraper copies from NewsDiffs' side-by-side view.

    ``credit`` (if given) is rendered as the last paragraph of both versions, i.e. one doubled row
    after the diff rows; ``related`` lines (headlines, then a promo) each become a doubled row after
    it. ``url`` defaults to a made-up one for ``new_title``. The page ends with a newline.
    """
    url = url or make_url(new_title, rng, source)
    gap = rng.choice((f"{rng.randint(2, 59)} minutes", f"{rng.randint(2, 23)} hours"))
    lines = [
        f"This article is from the source '{source}' and was first published or seen on . It last changed over 40 days ago and won't be checked again for changes.",
        "",
        f"You can find the current article at its original source at {url}",
        "",
        f"The article has changed {rng.randint(2, 12)} times. There is an RSS feed of changes available.",
        "",
        "Version 1 Version 2",
        f"{old_title} {new_title}",
        f"({gap} later)",
    ]
    matcher = difflib.SequenceMatcher(a=old, b=new, autojunk=False)
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        left, right = old[i1:i2], new[j1:j2]
        paired = min(len(left), len(right)) if tag in ("equal", "replace") else 0
        for k in range(paired):
            lines.append(_row(left[k], right[k], rng))
        lines.extend(_row(p, None, rng) for p in left[paired:])
        lines.extend(_row(None, p, rng) for p in right[paired:])
    for extra in ([credit] if credit else []) + (related or []):
        lines.append(_row(extra, extra, rng))
    return "\n".join(lines) + "\n"


@dataclass(frozen=True)
class Case:
    """A generated page and the versions it was made from.

    ``old``/``new`` are the body paragraphs only; ``credit`` (when not None) is on the page as the
    last paragraph of both versions. ``related`` lists the trailing related-story headlines and
    the promo line, each once, in page order. ``url`` is the one in the page header.
    """

    page: str
    old_title: str
    old: list[str]
    new_title: str
    new: list[str]
    credit: str | None = None
    related: list[str] = field(default_factory=list)
    url: str = ""
    ambiguities: list[str] = field(default_factory=list)


def ambiguities(old: list[str], new: list[str]) -> list[str]:
    """What makes a page undecidable from its text alone, whatever the algorithm.

    - "deleted": a paragraph only in Version 1 that nothing in Version 2 revises; on the page
      it is a one-sided row, exactly like a paragraph added in Version 2.
    - "moved": a paragraph moved without an edit; its two one-sided rows read the same either
      way round, so moved up and moved down cannot be told apart.
    """
    found = []
    kept = set(new)
    for paragraph in old:
        if paragraph in kept:
            continue
        words = set(paragraph.lower().split())
        if not any(len(words & set(p.lower().split())) >= 0.5 * len(words) for p in new):
            found.append("deleted")
    matcher = difflib.SequenceMatcher(a=old, b=new, autojunk=False)
    aligned = {old[a + k] for a, _, size in matcher.get_matching_blocks() for k in range(size)}
    if any(p in kept and p not in aligned for p in old):
        found.append("moved")
    return sorted(set(found))


def generate_case(seed: int) -> Case:
    """A deterministic test case for ``seed``."""
    rng = random.Random(seed)
    old_title, old, new_title, new = make_versions(rng)
    story = next(s for s in STORIES if old_title in s.titles)
    credit = story.credit if rng.random() < 0.6 else None
    related: list[str] = []
    if rng.random() < 0.7:
        related = rng.sample(story.related, rng.randint(1, min(4, len(story.related))))
        related.append(rng.choice(PROMOS))
    url = make_url(new_title, rng)
    page = render_page(
        old_title, old, new_title, new, url=url, credit=credit, related=related, rng=rng
    )
    return Case(page, old_title, old, new_title, new, credit, related, url, ambiguities(old, new))


if __name__ == "__main__":
    import sys

    print(generate_case(int(sys.argv[1]) if len(sys.argv) > 1 else 1).page, end="")
