"""HTML input goes through trafilatura, then through the same rules as plain text."""

from __future__ import annotations

import cleantext
from cleantext.html import looks_like_html

PARAGRAPHS = [
    "The council voted on Tuesday to approve the city budget after a debate that ran late into "
    "the night, with members split over funding for schools and roads.",
    "Residents had waited months for the decision, which funds new schools, repairs two bridges "
    "and hires forty more teachers across the district next autumn.",
    "Read more: Council Member Quits After Budget Vote",
    "The mayor said the plan was the best the city could afford, and promised a review of the "
    "spending in a year's time once the first schools are open.",
]
PAGE = f"""<!DOCTYPE html>
<html><head><title>Council approves budget | Example Times</title>
<meta property="og:site_name" content="Example Times">
<meta name="author" content="Jane Doe">
<meta property="article:published_time" content="2021-03-04">
<link rel="canonical" href="https://example.com/news/2021/03/04/budget"></head>
<body><nav><a href="/">Home</a> <a href="/news">News</a></nav>
<article><h1>Council approves budget</h1>
{"".join(f"<p>{p}</p>" for p in PARAGRAPHS)}
</article><footer>© 2021 Example Times. All rights reserved.</footer></body></html>"""


def test_html_is_recognised_and_plain_text_quoting_a_tag_is_not():
    assert looks_like_html(PAGE)
    assert not looks_like_html("The editor wrapped the word in a <b> tag, he said.\n\nMore text.")


def test_html_page_gives_paragraphs_metadata_and_rules_on_its_residue():
    result = cleantext.clean(PAGE.encode("utf-8"))
    assert result.text.split("\n\n") == [PARAGRAPHS[0], PARAGRAPHS[1], PARAGRAPHS[3]]
    assert ("generic.link-line", PARAGRAPHS[2]) in {(r.rule, r.text) for r in result.removed}
    assert result.authors == ("Jane Doe",)
    assert result.date == "2021-03-04"
    assert result.url == "https://example.com/news/2021/03/04/budget"
    assert result.outlet == "Example Times"


def test_template_markup_is_never_text():
    # <template> holds markup for scripts to copy, never shown; trafilatura kept its text
    hidden = (
        "<template><p>The panel will meet again in May to hear the appeal, he said.</p></template>"
    )
    result = cleantext.clean(PAGE.replace("<p>", hidden + "<p>", 1))
    assert result.text.split("\n\n") == [PARAGRAPHS[0], PARAGRAPHS[1], PARAGRAPHS[3]]


def test_a_date_only_the_story_text_mentions_is_not_the_publication_date():
    page = PAGE.replace('<meta property="article:published_time" content="2021-03-04">', "")
    page = page.replace(
        'href="https://example.com/news/2021/03/04/budget"',
        'href="https://example.com/news/budget"',
    )
    page = page.replace("next autumn.", "next autumn, starting on March 3, 2019.")
    assert cleantext.clean(page).date is None


def test_outlet_falls_back_to_the_known_host_table():
    page = PAGE.replace('<meta property="og:site_name" content="Example Times">', "")
    page = page.replace("| Example Times", "").replace("Example Times", "")
    assert cleantext.clean(page).outlet is None
    on_cnn = page.replace("https://example.com/", "https://edition.cnn.com/")
    assert cleantext.clean(on_cnn).outlet == "CNN"


CHINESE_PAGE = """<!DOCTYPE html>
<html lang="zh-CN"><head><title>上海地铁新线开通试运营_新闻中心_海川网</title>
<meta name="author" content="海川新闻">
<meta property="article:published_time" content="2026-10-12T09:00:00+08:00"></head>
<body><div class="main"><h1>上海地铁新线开通试运营</h1>
<p>海川网上海10月12日电（记者张伟、刘芳）上海地铁新线今天开通试运营，全长三十公里，设站二十座。</p>
<p>据介绍，新线将连接多个重要交通枢纽，预计日均客流量超过三十万人次，市民出行将更加方便。</p>
<p>有关负责人表示，新线开通后将根据客流情况适时调整运营时间，并加强站内安全管理。</p>
</div></body></html>"""


def test_a_chinese_page_names_its_reporters_and_not_its_newsroom():
    result = cleantext.clean(CHINESE_PAGE)
    assert result.title == "上海地铁新线开通试运营"
    # <meta name=author> names the site's newsroom; the dateline names the reporters
    assert result.authors == ("张伟", "刘芳")
    assert dict(result.provenance)["authors"] == "dom:dateline"
    assert result.outlet == "海川网"  # what the <title> adds to the headline, after "_"


def test_json_ld_nested_too_deep_is_skipped_not_fatal():
    for depth in (50, 500, 50_000):
        block = "[" * depth + "]" * depth
        page = PAGE.replace(
            "</head>", f'<script type="application/ld+json">{block}</script></head>'
        )
        result = cleantext.clean(page)
        assert result.title == "Council approves budget" and result.authors == ("Jane Doe",)


def _dated(published: str, printed: str = "", url: str = "https://example.com/news/budget") -> str:
    """PAGE published at `published`, with `printed` beside its headline, at `url`."""
    page = PAGE.replace('content="2021-03-04"', f'content="{published}"')
    page = page.replace("https://example.com/news/2021/03/04/budget", url)
    return page.replace("</h1>", f'</h1><div class="date">{printed}</div>' if printed else "</h1>")


def test_a_utc_timestamp_is_read_on_the_day_the_page_prints():
    # 23:40 UTC on 20 July is 00:40 on 21 July in London, as the page tells its readers
    late = _dated("2024-07-20T23:40:12.000Z", "Sunday 21 July 2024 00:40 BST")
    assert cleantext.clean(late).date == "2024-07-21T00:40:12+01:00"
    west = _dated("2025-11-03T04:30:00Z", "Nov. 2, 2025 8:30 PM PT")
    assert cleantext.clean(west).date == "2025-11-02T20:30:00-08:00"
    spanish = _dated("2025-09-04T03:12:00Z", "03 de septiembre 2025, 10:12 p. m.")
    assert cleantext.clean(spanish).date == "2025-09-03T22:12:00-05:00"
    # the same moment stated with the page's offset in another tag
    tagged = late.replace("</head>", '<time datetime="2024-07-21T00:40:12+01:00"></time></head>')
    assert cleantext.clean(tagged).date == "2024-07-21T00:40:12+01:00"
    # only the day: the URL's (the Guardian spells the month)
    by_url = _dated("2024-05-14T23:30:12Z", url="https://example.com/world/2024/may/15/budget")
    result = cleantext.clean(by_url)
    assert (result.date, dict(result.provenance)["date"]) == ("2024-05-15", "url:path")


def test_a_utc_timestamp_keeps_its_day_when_the_page_says_nothing_else():
    assert cleantext.clean(_dated("2024-07-20T23:40:12Z")).date == "2024-07-20T23:40:12Z"
    # a printed time that is no zone's clock for that moment (the update's) changes nothing
    update = _dated("2024-07-20T13:40:00Z", "Updated 21 July 2024 09:02")
    assert cleantext.clean(update).date == "2024-07-20T13:40:00Z"
    # a later day printed without a time, on a page modified since: perhaps the update's day
    modified = _dated("2024-07-20T23:40:00Z", "21 July 2024").replace(
        "</head>", '<meta property="article:modified_time" content="2024-07-21T09:00:00Z"></head>'
    )
    assert cleantext.clean(modified).date == "2024-07-20T23:40:00Z"


def test_a_date_printed_as_updated_is_taken_only_when_the_page_has_no_other():
    page = _dated("", "Updated 7:25 AM EDT, October 19, 2022").replace(
        '<meta property="article:published_time" content="">', ""
    )
    assert cleantext.clean(page).date == "2022-10-19"
    both = page.replace(
        '<div class="date">', '<div class="date">Published October 18, 2022</div><div class="date">'
    )
    assert cleantext.clean(both).date == "2022-10-18"


def test_the_h1_readers_see_wins_over_a_headline_written_for_search_engines():
    seo = "Four-day week plan would wreck British productivity, experts say"
    tags = (
        f'<title>{seo} | Example Times</title><meta property="og:title" content="{seo}">'
        f'<script type="application/ld+json">{{"@type": "NewsArticle", "headline": "{seo}"}}'
        "</script>"
    )
    page = PAGE.replace("<title>Council approves budget | Example Times</title>", tags)
    page = page.replace(
        "<h1>Council approves budget</h1>", "<h1>The four-day week is a fantasy</h1>"
    )
    assert cleantext.clean(page).title == "The four-day week is a fantasy"
    # an <h1> that shares no word with the page's titles is not the story's (a banner's)
    banner = page.replace("The four-day week is a fantasy", "We value your privacy here")
    assert cleantext.clean(banner).title == seo


def test_a_japanese_lead_names_its_reporters_after_their_places():
    page = CHINESE_PAGE.replace('lang="zh-CN"', 'lang="ja"').replace(
        "<p>海川网上海10月12日电（记者张伟、刘芳）",
        "<p>【ワシントン＝中川拓真、ニューヨーク＝森本彩】",
    )
    assert cleantext.clean(page).authors == ("中川拓真", "森本彩")
