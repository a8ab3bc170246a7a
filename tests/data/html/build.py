# ruff: noqa: E501  -- the stories keep one paragraph per line
"""Builds the hand-written HTML corpus in this folder: `python tests/data/html/build.py`.

Six fictional stories, written for this corpus, are each set into two of twelve page templates
modelled on common news-site layouts (nav, cookie banner, captions with credits, related links,
newsletter box, share bar, comments, author bio, pagination, ads, pull quote). For every page
NAME.html it writes NAME.expected.txt (the story's paragraphs, one per block, headline left
out) and NAME.expected.json (title, authors, date, outlet, url as the markup states them).
The expected texts are the stories as written here, never an extractor's output.
"""

from __future__ import annotations

import html
import json
from pathlib import Path

HERE = Path(__file__).parent

STORIES = [
    {
        "slug": "port-strike",
        "title": "Dockworkers walk out at three Gulf Coast ports over automation plan",
        "authors": ["Maria Delgado", "Tom Becker"],
        "date": "2023-10-04",
        "paragraphs": [
            "HOUSTON — Thousands of dockworkers walked off the job at three Gulf Coast ports on Tuesday, halting most container traffic in a dispute over plans to install automated cranes.",
            "The union said about 6,500 members took part in the strike, which began at 6 a.m. at the ports of Houston, Galveston and Corpus Christi.",
            "“We are not against progress, but we will not be replaced by machines without a say in how it happens,” said Luis Ortega, the union’s local president.",
            "The port operators said the new cranes would make the terminals safer and faster, and that no current jobs would be cut before 2027.",
            "Shipping analysts said a walkout lasting more than a week could delay holiday deliveries and push up freight rates across the region.",
            "Federal mediators were expected to meet both sides on Thursday. Neither side would say whether a new offer was on the table.",
        ],
    },
    {
        "slug": "glacier-study",
        "title": "Alpine glaciers lost a tenth of their ice in two summers, study finds",
        "authors": ["Anna Keller"],
        "date": "2024-03-18",
        "paragraphs": [
            "ZURICH — Switzerland’s glaciers lost about 10 percent of their remaining ice in just two summers, according to a study published on Monday.",
            "Researchers at the Federal Institute of Technology measured 176 glaciers using drones, satellite images and stakes drilled into the ice.",
            "“The pace is faster than anything we have recorded since measurements began more than a century ago,” said Dr. Lukas Brunner, who led the work.",
            "Small glaciers below 3,000 meters were hit hardest. Several in the eastern Alps have broken into separate fragments and are no longer monitored.",
            "The study warns that summer water supplies for farms and hydroelectric dams in the valleys could fall sharply by the middle of the century.",
        ],
    },
    {
        "slug": "library-reopens",
        "title": "City’s oldest library reopens after a four-year restoration",
        "authors": ["Grace Whitfield"],
        "date": "2022-06-11",
        "paragraphs": [
            "BOSTON — The city’s oldest public library reopened on Saturday after a four-year restoration that cost $48 million and uncovered murals hidden for more than a century.",
            "Hundreds of residents lined up before the doors opened at 9 a.m., some carrying books they had borrowed before the building closed in 2018.",
            "Workers found the murals behind plaster in the main reading room. They show the harbor as it looked in the 1880s, crowded with sailing ships.",
            "“It feels like getting an old friend back, only better dressed,” said Eleanor Park, 72, who has held a library card since she was 6.",
            "The library will be open seven days a week, and a new children’s wing will host reading hours every afternoon.",
        ],
    },
    {
        "slug": "rail-fares",
        "title": "Regional rail fares to rise 7 percent in January",
        "authors": ["James O’Neill"],
        "date": "2023-11-29",
        "paragraphs": [
            "Regional rail fares will rise by an average of 7 percent on Jan. 2, the transit authority announced on Wednesday, the largest increase in more than a decade.",
            "Officials blamed higher energy costs and a drop in ridership that has left the system with a projected deficit of $310 million next year.",
            "Monthly passes for the longest routes will go up by $22. Weekend fares and discounts for students and older riders will not change.",
            "Commuter groups criticized the decision. “People are being asked to pay more for trains that run less often,” said Priya Nair of the Riders Alliance.",
            "The authority said it would add express services on two lines in the spring and review the fares again in July.",
        ],
    },
    {
        "slug": "vaccine-trial",
        "title": "Early trial of malaria vaccine shows strong protection in children",
        "authors": ["Samuel Mensah", "Claire Dubois"],
        "date": "2024-01-09",
        "paragraphs": [
            "ACCRA, Ghana — An experimental malaria vaccine protected about three in four young children from the disease over a year, researchers reported on Tuesday.",
            "The trial followed 1,200 children aged 5 months to 3 years in northern Ghana and Burkina Faso, where malaria peaks during the rainy season.",
            "Children who received three doses and a booster had 74 percent fewer cases than those who received a rabies shot used as a comparison.",
            "“These are the best results we have seen in this age group, but a larger trial must confirm them,” said Prof. Kwame Asante, one of the lead investigators.",
            "The researchers said the vaccine could be produced at low cost. A trial with 4,800 children is planned to begin in May.",
            "Malaria killed more than 600,000 people in 2022, most of them children under 5 in Africa, according to the World Health Organization.",
        ],
    },
    {
        "slug": "bridge-closure",
        "title": "Cracks force closure of river bridge used by 40,000 drivers a day",
        "authors": ["Daniel Roth"],
        "date": "2023-05-22",
        "paragraphs": [
            "Engineers closed the Fairview River Bridge on Monday after an inspection found cracks in two of its steel supports, diverting about 40,000 vehicles a day.",
            "The state transportation department said the bridge would stay closed for at least six weeks while crews install temporary braces.",
            "“Safety comes first. We would rather inconvenience people than take a chance,” said Gov. Helen Marsh at a news conference near the bridge.",
            "Drivers faced delays of up to an hour on Monday evening as traffic was routed over two smaller bridges downstream.",
            "The bridge, built in 1968, was rated in fair condition in its last full inspection two years ago.",
        ],
    },
]

SITES = [
    ("Gulf Courier", "www.gulfcourier.example"),
    ("Alpine Report", "alpinereport.example"),
    ("The Harbor Ledger", "www.harborledger.example"),
    ("Metro Transit News", "metrotransit.example"),
    ("Global Health Daily", "www.globalhealthdaily.example"),
    ("Valley Tribune", "www.valleytribune.example"),
]


DIV = '<div class="text">{}</div>'


def para(text: str) -> str:
    return f"<p>{html.escape(text, quote=False)}</p>"


def head(story: dict, site: str, url: str, meta: str, charset: str = "utf-8") -> str:
    title = html.escape(story["title"])
    return (
        f'<!DOCTYPE html>\n<html lang="en"><head><meta charset="{charset}">'
        f"<title>{title} | {site}</title>"
        f'<meta name="viewport" content="width=device-width, initial-scale=1">{meta}</head>'
    )


NAV = (
    '<header class="site-header"><a class="logo" href="/">{site}</a><nav><ul>'
    '<li><a href="/news">News</a></li><li><a href="/politics">Politics</a></li>'
    '<li><a href="/business">Business</a></li><li><a href="/sport">Sport</a></li>'
    '<li><a href="/opinion">Opinion</a></li><li><a href="/subscribe">Subscribe</a></li>'
    "</ul></nav></header>"
)
FOOTER = (
    '<footer><ul><li><a href="/about">About us</a></li><li><a href="/contact">Contact</a></li>'
    '<li><a href="/privacy">Privacy policy</a></li><li><a href="/terms">Terms of use</a></li></ul>'
    "<p>© 2024 {site}. All rights reserved.</p></footer></body></html>"
)
COOKIES = (
    '<div id="cookie-banner" class="cookie-consent"><p>We use cookies to improve your '
    "experience and to show you personalised ads. By continuing to browse, you agree to our "
    "use of cookies.</p><button>Accept all</button><button>Manage settings</button></div>"
)
SHARE = (
    '<div class="share-bar"><a href="#">Share on Facebook</a> <a href="#">Tweet</a> '
    '<a href="#">Email</a> <a href="#">Copy link</a></div>'
)
NEWSLETTER = (
    '<aside class="newsletter"><h3>Get the morning briefing</h3><p>Sign up for our free '
    'newsletter and get the day’s top stories in your inbox.</p><form><input type="email" '
    'placeholder="Your email"><button>Sign up</button></form></aside>'
)


def related(links: list[str]) -> str:
    items = "".join(
        f'<li><a href="/news/{i}">{html.escape(t)}</a></li>' for i, t in enumerate(links)
    )
    return f'<section class="related"><h3>Related stories</h3><ul>{items}</ul></section>'


def figure(caption: str, credit: str) -> str:
    return (
        f'<figure><img src="/img/lead.jpg" alt=""><figcaption>{html.escape(caption)} '
        f'<span class="credit">{html.escape(credit)}</span></figcaption></figure>'
    )


def byline(authors: list[str]) -> str:
    return f'<p class="byline">By {" and ".join(authors)}</p>'


def json_ld(story: dict, url: str, site: str) -> str:
    data = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": story["title"],
        "datePublished": story["date"] + "T08:30:00Z",
        "author": [{"@type": "Person", "name": a} for a in story["authors"]],
        "publisher": {"@type": "Organization", "name": site},
        "mainEntityOfPage": url,
    }
    return f'<script type="application/ld+json">{json.dumps(data)}</script>'


def body(story: dict, inserts: dict[int, str] | None = None) -> str:
    inserts = inserts or {}
    out = []
    for i, p in enumerate(story["paragraphs"]):
        out.append(para(p))
        if i in inserts:
            out.append(inserts[i])
    return "".join(out)


def page(n: int) -> tuple[str, bytes, dict, list[str]]:
    """(name, page bytes, expected record, expected paragraphs) for template n (1-12)."""
    story = STORIES[(n - 1) % len(STORIES)]
    site, host = SITES[(n - 1) % len(SITES)]
    url = f"https://{host}/{['news', 'world', 'local'][n % 3]}/{story['date'].replace('-', '/')}/{story['slug']}"
    if n > 6:
        url = f"https://{host}/stories/{story['slug']}-{n}"
    h1 = f"<h1>{html.escape(story['title'])}</h1>"
    expected = list(story["paragraphs"])
    record = {
        "title": story["title"],
        "authors": story["authors"],
        "date": story["date"],
        "outlet": site,
        "url": url,
    }
    canonical = f'<link rel="canonical" href="{url}">'
    og = (
        f'<meta property="og:title" content="{html.escape(story["title"])}">'
        f'<meta property="og:site_name" content="{site}"><meta property="og:url" content="{url}">'
    )
    published = f'<meta property="article:published_time" content="{story["date"]}T07:00:00Z">'
    authors_meta = f'<meta name="author" content="{", ".join(story["authors"])}">'
    time_tag = f'<time datetime="{story["date"]}T09:00:00Z">{story["date"]}</time>'
    nav, foot = NAV.format(site=site), FOOTER.format(site=site)
    charset = "utf-8"
    bom = b""
    if n == 1:  # wire story: byline, <time>, caption with agency credit
        meta = canonical + og
        main = (
            f"<article>{h1}{byline(story['authors'])}{time_tag}"
            f"{figure('Striking workers gather outside the main gate on Tuesday.', '(Photo: Carlos Ruiz/Reuters)')}"
            f"{body(story)}</article>"
        )
    elif n == 2:  # cookie banner, related links, a "Read more" line inside the body
        meta = og + published + authors_meta
        read_more = para("Read more: Europe’s Vanishing Ice, in Pictures")
        main = f"{COOKIES}<main><article>{h1}{body(story, {1: read_more})}</article>{related(['Ski resorts brace for a short season', 'Why the Rhone is running low'])}</main>"
    elif n == 3:  # newsletter box inside the article, share bar, JSON-LD
        meta = (
            json_ld(story, url, site)
            + canonical
            + f'<meta property="og:site_name" content="{site}">'
        )
        main = f"<article>{h1}{SHARE}{body(story, {2: NEWSLETTER})}{SHARE}</article>"
    elif n == 4:  # comments and an author bio after the story
        meta = og + published + authors_meta
        bio = (
            f'<div class="author-bio"><p>{story["authors"][0]} covers transport and city hall. '
            "She joined the paper in 2015 after a decade at regional newspapers.</p></div>"
        )
        comments = (
            '<section id="comments"><h3>Comments (3)</h3><div class="comment"><p>Another '
            'increase? This is getting ridiculous.</p></div><div class="comment"><p>At least '
            "the student discount stays.</p></div><p>Log in to comment.</p></section>"
        )
        record["authors"] = story["authors"]
        main = f"<article>{h1}{body(story)}{bio}</article>{comments}"
    elif n == 5:  # an ad label inside the article and a pagination hint
        meta = og + published + authors_meta
        ad = '<div class="ad-slot"><p>Advertisement</p></div>'
        pages = (
            '<nav class="pagination"><span>Page 1 of 2</span> <a href="?page=2">Next page</a></nav>'
        )
        main = (
            f"<article>{h1}{byline(story['authors'])}{body(story, {1: ad, 3: ad})}{pages}</article>"
        )
    elif n == 6:  # subheadings and a pull quote repeating a line of the story
        meta = og + published + authors_meta
        quote = story["paragraphs"][2].split("”")[0].lstrip("“")
        pull = f'<aside class="pull-quote"><blockquote>{html.escape(quote)}</blockquote></aside>'
        sub1, sub2 = "What engineers found", "How long the closure will last"
        paragraphs = story["paragraphs"]
        main = (
            f"<article>{h1}{''.join(para(p) for p in paragraphs[:1])}<h2>{sub1}</h2>"
            f"{para(paragraphs[1])}{pull}{para(paragraphs[2])}<h2>{sub2}</h2>"
            f"{''.join(para(p) for p in paragraphs[3:])}</article>"
        )
        expected = [paragraphs[0], sub1, paragraphs[1], paragraphs[2], sub2, *paragraphs[3:]]
    elif n == 7:  # no date anywhere in the markup; the story text names dates
        meta = canonical + f'<meta property="og:site_name" content="{site}">' + authors_meta
        record["date"] = None
        main = f"<article>{h1}{body(story)}</article>"
    elif n == 8:  # windows-1252, declared in <meta charset>
        meta = og + published + authors_meta
        charset = "windows-1252"
        main = f"<article>{h1}{figure('Visitors in the restored reading room.', 'Photo credit: Jane Lee')}{body(story)}</article>"
    elif n == 9:  # UTF-8 with a byte-order mark, related links inside the article
        meta = og + published + authors_meta
        bom = b"\xef\xbb\xbf"
        main = f"<article>{h1}{body(story)}{related(['Fares rose 4 percent last year', 'Ridership slowly recovers'])}</article>"
    elif n == 10:  # two authors in one meta tag, caption with a credit in parentheses
        meta = og + published + authors_meta
        main = (
            f"<article>{h1}{byline(story['authors'])}"
            f"{figure('A health worker prepares a dose in Tamale.', '(Photo: Kofi Boateng/AP)')}"
            f"{body(story)}{SHARE}</article>"
        )
    elif n == 11:  # div soup, no <article>, heavy navigation around the story
        meta = og + published + authors_meta
        main = (
            '<div class="wrapper"><div class="sidebar"><h3>Most read</h3><ul>'
            '<li><a href="/a">Council approves new budget</a></li><li><a href="/b">Storm '
            'warning for the weekend</a></li></ul></div><div class="content">'
            f"{h1}{''.join(DIV.format(para(p)) for p in story['paragraphs'])}"
            "</div></div>"
        )
    else:  # 12: live-update style timestamps header, tags and share, JSON-LD only
        meta = (
            json_ld(story, url, site)
            + canonical
            + f'<meta property="og:site_name" content="{site}">'
        )
        tags = '<ul class="tags"><li><a href="/t/roads">Roads</a></li><li><a href="/t/safety">Safety</a></li></ul>'
        main = f'<article>{h1}<p class="updated">Updated 5:42 p.m.</p>{body(story)}{tags}{SHARE}</article>'
    text = head(story, site, url, meta, charset) + f"<body>{nav}{main}{foot}"
    data = bom + text.encode("cp1252" if charset == "windows-1252" else "utf-8")
    name = f"{n:02d}_{story['slug']}"
    return name, data, record, expected


def main() -> None:
    for n in range(1, 13):
        name, data, record, expected = page(n)
        (HERE / f"{name}.html").write_bytes(data)
        (HERE / f"{name}.expected.txt").write_text("\n\n".join(expected) + "\n", encoding="utf-8")
        (HERE / f"{name}.expected.json").write_text(
            json.dumps(record, ensure_ascii=False, indent=2) + "\n", encoding="utf-8"
        )


if __name__ == "__main__":
    main()
