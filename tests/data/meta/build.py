# ruff: noqa: E501  -- the stories keep one paragraph per line
"""Builds the news-metadata corpus in this folder: `python tests/data/meta/build.py`.

Every page is a short fictional story, written for this corpus, set into markup modelled on a
real family of news templates (WordPress with Yoast, Arc XP, BLOX/TownNews, Brightspot,
Substack, Medium, BBC-, Guardian-, Spiegel-, Le Monde-, El País-, Xinhua-, NHK-like pages and
more; the family is named in a comment in each page function). Most pages live on invented
outlets under `.example` hosts; some sit on real, well-known news hosts, and several of those
name no site anywhere in the markup, so the outlet can only come from a table of known hosts.

Each page varies the signals a metadata extractor reads (JSON-LD, OpenGraph, Dublin Core,
`<meta>` tags, microdata, visible bylines and dates) and sets traps (site names in `<title>`,
kickers, agencies and photographers in bylines, modified and sidebar dates, dates as text).
The main variation is recorded as "case" in the page's expected record.

For every page it writes NAME.html and NAME.expected.json with the fields
case, url, title, authors, date, outlet and lang. The expected values are what a careful
reader of the page would say its metadata is: the headline as shown (no site name, no
kicker), the people who wrote the story (no agencies, desks, editors or photographers),
the publication date as the page states it (YYYY-MM-DD, the page's own local date; null if
the page has none) and the outlet's display name (null if neither the page nor its host
tells). They were decided from the pages, never from an extractor's output. It also writes
README.md with the counts per case and language.
"""

from __future__ import annotations

import datetime as dt
import html
import json
import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

HERE = Path(__file__).parent


@dataclass
class Page:
    slug: str
    lang: str
    case: str
    url: str
    title: str
    authors: list[str]
    date: str | None
    outlet: str | None
    html: str
    real_host: bool = False  # a real, well-known news host
    host_only: bool = False  # no site name in the markup: the outlet comes from the host
    name: str = field(default="", init=False)

    def expected(self) -> dict:
        return {
            "case": self.case,
            "url": self.url,
            "title": self.title,
            "authors": self.authors,
            "date": self.date,
            "outlet": self.outlet,
            "lang": self.lang,
        }


PAGES: list[Callable[[], Page]] = []


def page(fn: Callable[[], Page]) -> Callable[[], Page]:
    PAGES.append(fn)
    return fn


# --- markup helpers -------------------------------------------------------------------------


def esc(text: str) -> str:
    return html.escape(text, quote=False)


def attr(text: str) -> str:
    return html.escape(text, quote=True)


def meta(name: str, content: str) -> str:
    return f'<meta name="{name}" content="{attr(content)}">\n'


def prop(name: str, content: str) -> str:
    return f'<meta property="{name}" content="{attr(content)}">\n'


def canonical(url: str) -> str:
    return f'<link rel="canonical" href="{attr(url)}">\n'


def ld(data: dict) -> str:
    body = json.dumps(data, ensure_ascii=False, indent=1)
    return f'<script type="application/ld+json">\n{body}\n</script>\n'


def paras(texts: list[str], cls: str | None = None) -> str:
    open_tag = f'<p class="{cls}">' if cls else "<p>"
    return "".join(f"{open_tag}{esc(t)}</p>\n" for t in texts)


def doc(lang: str, title: str | None, head: str, body: str) -> str:
    title_tag = f"<title>{esc(title)}</title>\n" if title is not None else ""
    return (
        f'<!DOCTYPE html>\n<html lang="{lang}">\n<head>\n<meta charset="utf-8">\n{title_tag}'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"{head}</head>\n<body>\n{body}</body>\n</html>\n"
    )


NAV = {
    "en": ["News", "Politics", "Business", "Science", "Sport", "Opinion"],
    "de": ["Politik", "Wirtschaft", "Wissenschaft", "Kultur", "Sport", "Meinung"],
    "fr": ["International", "Politique", "Économie", "Culture", "Sport", "Idées"],
    "es": ["España", "Internacional", "Economía", "Cultura", "Deportes", "Opinión"],
    "zh": ["首页", "时政", "国际", "财经", "科技", "体育"],
    "ja": ["ニュース", "政治", "経済", "国際", "科学", "スポーツ"],
}
FOOTER_LINKS = {
    "en": (["About us", "Contact", "Privacy policy", "Terms of use"], "All rights reserved."),
    "de": (["Impressum", "Kontakt", "Datenschutz", "AGB"], "Alle Rechte vorbehalten."),
    "fr": (
        ["Qui sommes-nous", "Contact", "Confidentialité", "Mentions légales"],
        "Tous droits réservés.",
    ),
    "es": (
        ["Quiénes somos", "Contacto", "Privacidad", "Aviso legal"],
        "Todos los derechos reservados.",
    ),
    "zh": (["关于我们", "联系我们", "隐私政策", "版权声明"], "版权所有"),
    "ja": (["会社概要", "お問い合わせ", "プライバシー", "利用規約"], "無断転載を禁じます。"),
}
MOST_READ = {
    "en": (
        "Most read",
        [
            "Council delays vote on new stadium",
            "Storm warning issued for the weekend",
            "Ten places to eat outdoors this summer",
        ],
    ),
    "de": (
        "Meistgelesen",
        [
            "Stadtrat vertagt Entscheidung über neues Stadion",
            "Unwetterwarnung für das Wochenende",
            "Zehn Ausflugstipps für den Sommer",
        ],
    ),
    "fr": (
        "Les plus lus",
        [
            "Le conseil municipal reporte le vote sur le stade",
            "Alerte orages pour le week-end",
            "Dix terrasses où dîner cet été",
        ],
    ),
    "es": (
        "Lo más leído",
        [
            "El pleno aplaza la votación del nuevo estadio",
            "Aviso amarillo por tormentas el fin de semana",
            "Diez terrazas para cenar este verano",
        ],
    ),
    "zh": ("热点新闻", ["多地发布暴雨预警", "新学期开学准备工作有序推进", "夏季旅游市场持续升温"]),
    "ja": (
        "アクセスランキング",
        ["週末は各地で大雨のおそれ", "新年度予算案が成立", "夏休みのおすすめ旅行先"],
    ),
}


UTILITY = {
    "en": ("Skip to content", "Log in", "Subscribe"),
    "de": ("Zum Inhalt springen", "Anmelden", "Abonnieren"),
    "fr": ("Aller au contenu", "Se connecter", "S’abonner"),
    "es": ("Ir al contenido", "Iniciar sesión", "Suscríbete"),
    "zh": ("跳到正文", "登录", "订阅"),
    "ja": ("本文へ移動", "ログイン", "購読"),
}
SHARE = {
    "en": ["Share on Facebook", "Share on X", "Email", "Copy link"],
    "de": ["Auf Facebook teilen", "Auf X teilen", "Per E-Mail senden", "Link kopieren"],
    "fr": ["Partager sur Facebook", "Partager sur X", "Envoyer par e-mail", "Copier le lien"],
    "es": ["Compartir en Facebook", "Compartir en X", "Enviar por correo", "Copiar enlace"],
    "zh": ["分享到微信", "分享到微博", "复制链接"],
    "ja": ["Xでポスト", "Facebookでシェア", "リンクをコピー"],
}
RELATED = {
    "en": (
        "Related",
        [
            "What the new transit plan means for commuters",
            "Five questions about the state budget",
            "Photos: The week in pictures",
        ],
    ),
    "de": (
        "Mehr zum Thema",
        [
            "Was der neue Nahverkehrsplan für Pendler bedeutet",
            "Fünf Fragen zum Landeshaushalt",
            "Bilder der Woche",
        ],
    ),
    "fr": (
        "Sur le même sujet",
        [
            "Ce que change le nouveau plan de transports",
            "Cinq questions sur le budget régional",
            "Les photos de la semaine",
        ],
    ),
    "es": (
        "Más información",
        [
            "Qué cambia con el nuevo plan de transporte",
            "Cinco preguntas sobre el presupuesto regional",
            "Las fotos de la semana",
        ],
    ),
    "zh": ("相关新闻", ["新版公交线路调整解读", "五问地方财政预算", "一周图片精选"]),
    "ja": ("関連ニュース", ["新しい交通計画で何が変わる", "県予算案 5つのポイント", "今週の写真"]),
}
NEWSLETTER = {
    "en": (
        "Get the morning briefing",
        "Sign up for our free newsletter and get the day’s top stories in your inbox.",
        "Your email address",
        "Sign up",
    ),
    "de": (
        "Der Morgen-Newsletter",
        "Die wichtigsten Nachrichten des Tages, jeden Morgen kostenlos in Ihrem Postfach.",
        "Ihre E-Mail-Adresse",
        "Jetzt anmelden",
    ),
    "fr": (
        "La lettre du matin",
        "Recevez gratuitement chaque matin l’essentiel de l’actualité.",
        "Votre adresse e-mail",
        "S’inscrire",
    ),
    "es": (
        "El boletín de la mañana",
        "Reciba gratis cada mañana las noticias más importantes del día.",
        "Su correo electrónico",
        "Suscribirse",
    ),
    "zh": ("订阅早报", "每天早上免费获取当日要闻。", "电子邮箱", "立即订阅"),
    "ja": (
        "朝のニュースレター",
        "主要ニュースを毎朝無料でお届けします。",
        "メールアドレス",
        "登録する",
    ),
}


def slugify(text: str) -> str:
    return "".join(c if c.isalnum() else "-" for c in text.lower()).strip("-")


def header(lang: str, site: str | None) -> str:
    """Masthead and section navigation; without a site name the logo is a bare SVG."""
    logo = (
        esc(site)
        if site
        else '<svg class="logo-mark" role="img" aria-hidden="true" width="140" height="28"></svg>'
    )
    items = "".join(f'<li><a href="/{slugify(s)}/">{esc(s)}</a></li>' for s in NAV[lang])
    skip, login, subscribe = UTILITY[lang]
    return (
        f'<a class="skip-link" href="#main">{esc(skip)}</a>\n'
        f'<header class="site-header">\n<a class="logo" href="/">{logo}</a>\n'
        f'<nav class="main-nav" aria-label="Sections"><ul>{items}</ul></nav>\n'
        f'<div class="utility"><a href="/account/login">{esc(login)}</a> <a class="subscribe" href="/subscribe">{esc(subscribe)}</a></div>\n</header>\n'
    )


def footer(lang: str, site: str | None) -> str:
    links, rights = FOOTER_LINKS[lang]
    items = "".join(f'<li><a href="/{slugify(s)}">{esc(s)}</a></li>' for s in links)
    owner = f" {esc(site)}" if site else ""
    return f'<footer class="site-footer">\n<ul>{items}</ul>\n<p>© 2024{owner}. {rights}</p>\n</footer>\n'


def most_read(lang: str) -> str:
    heading, items = MOST_READ[lang]
    lis = "".join(f'<li><a href="/a/{i + 101}">{esc(t)}</a></li>' for i, t in enumerate(items))
    return f'<aside class="most-read">\n<h2>{esc(heading)}</h2>\n<ol>{lis}</ol>\n</aside>\n'


def extras(lang: str) -> str:
    """Share bar, related links and a newsletter box: page furniture without dates or names."""
    share = "".join(
        f'<li><a href="#share-{i}">{esc(s)}</a></li>' for i, s in enumerate(SHARE[lang])
    )
    heading, items = RELATED[lang]
    related = "".join(f'<li><a href="/r/{i + 7}">{esc(t)}</a></li>' for i, t in enumerate(items))
    title, blurb, placeholder, button = NEWSLETTER[lang]
    return (
        f'<ul class="share-bar">{share}</ul>\n'
        f'<section class="related">\n<h2>{esc(heading)}</h2>\n<ul>{related}</ul>\n</section>\n'
        f'<section class="newsletter">\n<h2>{esc(title)}</h2>\n<p>{esc(blurb)}</p>\n'
        f'<form action="/newsletter" method="post"><input type="email" name="email" placeholder="{attr(placeholder)}"><button type="submit">{esc(button)}</button></form>\n</section>\n'
    )


def body(
    lang: str,
    site: str | None,
    article: str,
    aside: str | None = None,
    top: str | None = None,
    furniture: bool = True,
) -> str:
    """The page body: masthead (or `top`), the article, page furniture, a sidebar, the footer."""
    side = most_read(lang) if aside is None else aside
    more = extras(lang) if furniture else ""
    return f'{top or header(lang, site)}<main id="main" class="content">\n{article}{more}{side}</main>\n{footer(lang, site)}'


HANDMADE_CSS = (
    "<style>\nbody { font-family: Georgia, serif; max-width: 60em; margin: 0 auto; color: #222; }\n"
    "h1 { font-size: 1.8em; margin: 0.6em 0; } a { color: #1a5e8a; } ul { padding-left: 1.2em; }\n"
    ".top, #kopf { background: #eef3f6; padding: 0.5em 1em; } .main, #inhalt { float: left; width: 65%; }\n"
    ".links, #rand { float: right; width: 30%; font-size: 0.9em; } .bottom, #fuss { clear: both; border-top: 1px solid #ccc; padding: 1em 0; }\n"
    "</style>\n"
)


def person(name: str, url: str | None = None) -> dict:
    data = {"@type": "Person", "name": name}
    if url:
        data["url"] = url
    return data


def org(name: str, kind: str = "Organization") -> dict:
    return {"@type": kind, "name": name}


# --- English pages --------------------------------------------------------------------------


@page
def bike_lanes() -> Page:
    # Arc XP article page (Washington Post-like) on an invented paper: one JSON-LD block with
    # two author objects and publisher.name; no OpenGraph, no visible byline or date.
    site = "The Capital Ledger"
    url = "https://www.capitalledger.example/dc-md-va/2023/04/12/council-approves-protected-bike-lanes/"
    title = "Council approves protected bike lanes on six downtown streets"
    authors = ["Keisha Monroe", "Daniel Okafor"]
    head = ld(
        {
            "@context": "https://schema.org",
            "@type": "NewsArticle",
            "headline": title,
            "datePublished": "2023-04-12T05:30:00-04:00",
            "dateModified": "2023-04-12T19:02:00-04:00",
            "author": [
                person(a, f"https://www.capitalledger.example/people/{slugify(a)}/")
                for a in authors
            ],
            "publisher": {
                "@type": "Organization",
                "name": site,
                "logo": {
                    "@type": "ImageObject",
                    "url": "https://www.capitalledger.example/logo.png",
                },
            },
            "mainEntityOfPage": url,
        }
    )
    text = paras(
        [
            "The city council voted 9-4 on Tuesday to build protected bike lanes on six downtown streets, ending a two-year fight between cycling groups and business owners who feared losing parking.",
            "The lanes, separated from traffic by concrete curbs, will replace about 300 parking spaces along Fifth, Seventh and Ninth streets and three cross streets near the convention center.",
            "“This is about getting people to work safely, not about a war on cars,” said council member Rosa Whitfield, who sponsored the plan.",
            "Construction is scheduled to begin in August and take about 18 months. The transportation department said it would add loading zones for delivery trucks on every block.",
        ],
        "article-body-p",
    )
    article = f'<article class="article-body" data-qa="main">\n<h1 class="headline" data-qa="headline">{esc(title)}</h1>\n{text}</article>\n'
    return Page(
        "bike-lanes",
        "en",
        "jsonld-only",
        url,
        title,
        authors,
        "2023-04-12",
        site,
        doc("en", f"{title} - {site}", head, body("en", None, article)),
    )


@page
def lake_algae() -> Page:
    # WordPress news theme with Yoast SEO: a JSON-LD "@graph" whose Article points at its
    # Person, WebPage and Organization nodes only by "@id"; no other metadata.
    site = "Lakeshore Gazette"
    base = "https://lakeshoregazette.example"
    url = f"{base}/news/blue-green-algae-closes-three-beaches/"
    title = "Blue-green algae bloom closes three beaches for the holiday weekend"
    person_id = f"{base}/#/schema/person/5c1e0a9b7d2f"
    head = ld(
        {
            "@context": "https://schema.org",
            "@graph": [
                {
                    "@type": "Article",
                    "@id": f"{url}#article",
                    "isPartOf": {"@id": url},
                    "author": {"@id": person_id},
                    "headline": title,
                    "datePublished": "2022-09-03T14:12:45+00:00",
                    "dateModified": "2022-09-05T08:01:10+00:00",
                    "mainEntityOfPage": {"@id": url},
                    "publisher": {"@id": f"{base}/#organization"},
                    "articleSection": ["Environment"],
                    "inLanguage": "en-US",
                },
                {
                    "@type": "WebPage",
                    "@id": url,
                    "url": url,
                    "name": f"{title} - {site}",
                    "isPartOf": {"@id": f"{base}/#website"},
                    "datePublished": "2022-09-03T14:12:45+00:00",
                    "dateModified": "2022-09-05T08:01:10+00:00",
                },
                {
                    "@type": "WebSite",
                    "@id": f"{base}/#website",
                    "url": f"{base}/",
                    "name": site,
                    "publisher": {"@id": f"{base}/#organization"},
                },
                {
                    "@type": "Organization",
                    "@id": f"{base}/#organization",
                    "name": site,
                    "url": f"{base}/",
                },
                {
                    "@type": "Person",
                    "@id": person_id,
                    "name": "Rebecca Lund",
                    "url": f"{base}/author/rlund/",
                },
            ],
        }
    )
    text = paras(
        [
            "Health officials closed three public beaches on the north shore on Saturday after tests found high levels of toxins from a blue-green algae bloom.",
            "Swimmers and pet owners were told to stay out of the water at Miller Point, Sandy Hook Park and the town beach until at least Tuesday. Dogs are especially at risk because they often drink lake water.",
            "The county has recorded blooms every late summer since 2019. Scientists link them to warm water and fertilizer washing off nearby farms.",
            "Fresh samples will be taken on Monday morning, and results are expected within a day.",
        ]
    )
    article = (
        '<article id="post-8812" class="post-8812 post type-post status-publish format-standard category-environment">\n'
        f'<header class="entry-header">\n<h1 class="entry-title">{esc(title)}</h1>\n'
        '<div class="entry-meta"><span class="cat-links">Posted in <a href="/category/environment/" rel="category tag">Environment</a></span></div>\n</header>\n'
        f'<div class="entry-content">\n{text}</div>\n</article>\n'
    )
    return Page(
        "lake-algae",
        "en",
        "jsonld-graph",
        url,
        title,
        ["Rebecca Lund"],
        "2022-09-03",
        site,
        doc("en", f"{title} - {site}", head, body("en", site, article)),
    )


@page
def orchard_frost() -> Page:
    # Drupal regional paper: a JSON-LD Article whose author is a plain string.
    site = "Prairie Sentinel"
    url = "https://www.prairiesentinel.example/news/late-frost-wipes-out-orchard-crops"
    title = "Late frost wipes out most of the county’s apple and cherry crop"
    head = ld(
        {
            "@context": "https://schema.org",
            "@type": "Article",
            "headline": title,
            "author": "Martin Feld",
            "datePublished": "2021-04-22",
            "publisher": org(site),
            "url": url,
        }
    )
    text = paras(
        [
            "Two nights of hard frost last week destroyed as much as 80 percent of the apple and cherry blossoms in Harlan County, growers said on Wednesday.",
            "Temperatures fell to 24 degrees just as the trees reached full bloom. Some farmers ran wind machines and lit heaters through the night, but many lacked the equipment.",
            "“You can do everything right and still lose the year in six hours,” said Nate Sorensen, whose family has farmed cherries near Oak Ridge since 1952.",
            "The state agriculture department said it would ask for a federal disaster declaration, which would make low-interest loans available to growers.",
        ]
    )
    article = (
        '<article role="article" class="node node--type-article node--view-mode-full">\n'
        f'<h1 class="page-title"><span class="field field--name-title">{esc(title)}</span></h1>\n'
        f'<div class="field field--name-body field--type-text-with-summary">\n{text}</div>\n</article>\n'
    )
    return Page(
        "orchard-frost",
        "en",
        "jsonld-author-string",
        url,
        title,
        ["Martin Feld"],
        "2021-04-22",
        site,
        doc("en", f"{title} | {site}", head, body("en", site, article)),
    )


@page
def seal_count() -> Page:
    # Brightspot CMS (public-radio-like): a ReportageNewsArticle whose authors are a list of
    # plain strings; the date sits in the URL as 2020-08-09, not as a /2020/08/09/ path.
    site = "Coast Public Radio"
    url = (
        "https://www.coastpublicradio.example/environment/2020-08-09/harbor-seal-count-hits-record"
    )
    title = "Harbor seal count hits a record high along the northern coast"
    authors = ["Ana Ruiz", "Peter Holm"]
    head = ld(
        {
            "@context": "https://schema.org",
            "@type": "ReportageNewsArticle",
            "headline": title,
            "author": authors,
            "datePublished": "2020-08-09T11:00:00-07:00",
            "publisher": org(site, "NewsMediaOrganization"),
            "mainEntityOfPage": {"@type": "WebPage", "@id": url},
        }
    )
    text = paras(
        [
            "Volunteers counted 4,812 harbor seals on beaches and rocks along the northern coast this summer, the highest number since the annual survey began in 1985.",
            "The count is done over two days at low tide, when seals haul out to rest. Teams use binoculars and drones flown high enough not to disturb the animals.",
            "Biologists credit a ban on gillnets near river mouths and a rebound in anchovy, one of the seals’ main foods.",
            "Not every colony grew. Numbers fell at two sites near busy harbors, where kayak tours and dogs on the beach often scare seals back into the water.",
        ]
    )
    article = (
        '<article class="ArticlePage-mainContent">\n<div class="ArticlePage-breadcrumbs"><a href="/environment">Environment</a></div>\n'
        f'<h1 class="ArticlePage-headline">{esc(title)}</h1>\n'
        '<div class="ArticlePage-audio"><button class="AudioPlayer-play">Listen • 3:52</button></div>\n'
        f'<div class="RichTextArticleBody RichTextBody">\n{text}</div>\n</article>\n'
    )
    return Page(
        "seal-count",
        "en",
        "jsonld-author-list-strings",
        url,
        title,
        authors,
        "2020-08-09",
        site,
        doc("en", title, head, body("en", site, article)),
    )


@page
def remote_newsroom() -> Page:
    # Medium post: meta author, OpenGraph and article:published_time; <title> carries
    # "| by Author | Medium"; the visible date is "Jan 16, 2024".
    url = "https://medium.com/@danawhitaker/what-four-years-of-remote-work-taught-our-small-newsroom-8f3a1c2d9e4b"
    title = "What four years of remote work taught our small newsroom"
    head = (
        meta("author", "Dana Whitaker")
        + prop("og:site_name", "Medium")
        + prop("og:type", "article")
        + prop("og:title", title)
        + prop("og:url", url)
        + prop("article:published_time", "2024-01-16T15:22:31.904Z")
        + prop("article:author", "https://medium.com/@danawhitaker")
        + canonical(url)
    )
    text = paras(
        [
            "When our office lease ran out in early 2020, we did not renew it. Four years later, our eight-person newsroom still has no office, and we have learned a few things the hard way.",
            "The first is that writing things down beats meetings. Every story now starts as a short memo in a shared folder, and anyone can comment on it before the reporting starts.",
            "The second is that people need a reason to talk that is not work. We keep a weekly call with no agenda, and attendance has never dropped below six.",
            "The third lesson is the hardest: young reporters miss the chance to overhear experienced colleagues on the phone. We now pair each new hire with an editor for daily calls in their first three months.",
        ],
        "pw-post-body-paragraph",
    )
    top = '<div class="metabar"><a href="/" aria-label="Homepage"><svg width="112" height="25"></svg></a><a href="/m/signin">Sign in</a></div>\n'
    article = (
        f'<article>\n<section>\n<h1 class="pw-post-title" data-testid="storyTitle">{esc(title)}</h1>\n'
        '<div class="pw-author"><a href="/@danawhitaker" rel="noopener follow"><img alt="Dana Whitaker" src="/img/dw.jpg" width="44" height="44"></a>'
        '<a data-testid="authorName" href="/@danawhitaker">Dana Whitaker</a> · <button>Follow</button></div>\n'
        '<div class="pw-meta"><span data-testid="storyReadTime">6 min read</span> · <span data-testid="storyPublishDate">Jan 16, 2024</span></div>\n'
        f"{text}</section>\n</article>\n"
    )
    aside = '<aside class="more-from"><h2>More from Dana Whitaker</h2><ul><li><a href="/@danawhitaker/notes">Notes on editing at a distance</a></li></ul></aside>\n'
    return Page(
        "remote-newsroom",
        "en",
        "title-author-suffix",
        url,
        title,
        ["Dana Whitaker"],
        "2024-01-16",
        "Medium",
        doc(
            "en",
            f"{title} | by Dana Whitaker | Medium",
            head,
            body("en", "Medium", article, aside, top, furniture=False),
        ),
    )


@page
def night_library() -> Page:
    # Substack post: JSON-LD NewsArticle with the newsletter as publisher, og:site_name;
    # <title> is "Headline - by Author".
    site = "The Quiet Margin"
    url = "https://thequietmargin.substack.com/p/the-library-that-stayed-open-all-night"
    title = "The library that stayed open all night"
    head = (
        prop("og:type", "article")
        + prop("og:title", title)
        + prop("og:site_name", site)
        + prop("og:url", url)
        + meta("author", "Owen Parr")
        + ld(
            {
                "@context": "https://schema.org",
                "@type": "NewsArticle",
                "url": url,
                "mainEntityOfPage": url,
                "headline": title,
                "datePublished": "2023-02-19T13:01:07.000Z",
                "dateModified": "2023-02-19T13:01:07.000Z",
                "isAccessibleForFree": True,
                "author": [person("Owen Parr", "https://substack.com/@owenparr")],
                "publisher": {
                    "@type": "Organization",
                    "name": site,
                    "url": "https://thequietmargin.substack.com",
                },
            }
        )
    )
    text = paras(
        [
            "For one week every winter, the public library in my hometown stayed open around the clock. Nobody I asked could remember who first had the idea.",
            "The reason was practical. The town’s heating plant was shut for repairs each February, and the library had its own boiler. So the doors stayed open, and people came.",
            "I spent most of those nights as a teenager reading atlases at a table near the radiator. Farmers came in after milking. Nurses came after late shifts.",
            "The tradition ended in 2009, when the plant was replaced. I still think about what a town learns when its only warm room is full of books.",
        ]
    )
    top = f'<div class="topbar"><a class="navbar-title-link" href="/">{esc(site)}</a><button class="subscribe-btn">Subscribe</button><a href="/sign-in">Sign in</a></div>\n'
    article = (
        f'<article class="typography newsletter-post post">\n<div class="post-header">\n<h1 class="post-title">{esc(title)}</h1>\n'
        '<h3 class="subtitle">A small-town tradition, and what it taught me</h3>\n'
        '<div class="post-meta"><a class="author-name" href="https://substack.com/@owenparr">Owen Parr</a> <div class="post-date" title="Feb 19, 2023, 1:01 PM">Feb 19, 2023</div></div>\n</div>\n'
        f'<div class="available-content"><div class="body markup">\n{text}</div></div>\n'
        '<div class="subscribe-widget"><p>Thanks for reading The Quiet Margin! Subscribe for free to receive new posts.</p></div>\n</article>\n'
    )
    aside = '<aside class="post-footer"><a href="/comments">12 comments</a> · <a href="/share">Share</a></aside>\n'
    return Page(
        "night-library",
        "en",
        "title-author-suffix",
        url,
        title,
        ["Owen Parr"],
        "2023-02-19",
        site,
        doc(
            "en",
            f"{title} - by Owen Parr",
            head,
            body("en", site, article, aside, top, furniture=False),
        ),
    )


@page
def ferry_fares() -> Page:
    # UK regional daily (Reach-like): OpenGraph and article:* tags only, author as a name in
    # article:author, no visible byline or date.
    site = "The Northern Post"
    url = "https://www.northernpost.example/news/local-news/islanders-protest-ferry-fares-rise-16032991"
    title = "Islanders protest as ferry fares rise for the second time in a year"
    head = (
        prop("og:type", "article")
        + prop("og:title", title)
        + prop("og:site_name", site)
        + prop("og:url", url)
        + prop("article:published_time", "2019-03-27T06:00:00Z")
        + prop("article:modified_time", "2019-03-27T09:45:12Z")
        + prop("article:author", "Helen Ward")
        + prop("article:section", "Local News")
    )
    text = paras(
        [
            "More than 200 islanders gathered at the harbour on Tuesday to protest against a second ferry fare rise in twelve months.",
            "From April, a return ticket for a car and driver will cost £48, up from £41. Foot passengers will pay £9.20, an increase of 60p.",
            "The ferry company said fuel and maintenance costs had risen sharply and that the crossing had lost money for three years running.",
            "Residents said the increase would hit families and small businesses hardest. “We have no bridge and no airport. The ferry is our road,” said Morag Lindsay, who runs a shop near the pier.",
        ]
    )
    article = (
        f'<article class="article-main">\n<h1 class="section-theme-highlight">{esc(title)}</h1>\n'
        '<p class="sub-header">Fares have gone up twice in twelve months</p>\n'
        f'<div class="article-body" itemprop="articleBody">\n{text}</div>\n</article>\n'
    )
    return Page(
        "ferry-fares",
        "en",
        "og-only",
        url,
        title,
        ["Helen Ward"],
        "2019-03-27",
        site,
        doc("en", f"{title} - {site}", head, body("en", site, article)),
    )


@page
def peat_bogs() -> Page:
    # The Guardian (real host): article:author holds a profile URL, the name is in the
    # visible byline; <title> is "Headline | Section | The Guardian"; the page shows BST.
    site = "The Guardian"
    url = "https://www.theguardian.com/environment/2021/oct/08/restored-peat-bogs-uplands-store-carbon-again"
    title = "Restored peat bogs in uplands now store carbon again, scientists say"
    profile = "https://www.theguardian.com/profile/fiona-macrae"
    head = (
        prop("og:site_name", site)
        + prop("og:type", "article")
        + prop("og:title", title)
        + prop("og:url", url)
        + prop("article:author", profile)
        + prop("article:published_time", "2021-10-08T15:42:10.000Z")
        + prop("article:modified_time", "2021-10-09T07:10:00.000Z")
        + prop("article:section", "Environment")
    )
    text = paras(
        [
            "Peat bogs in the Pennines that were drained for grazing decades ago have begun storing carbon again after being rewetted, according to a ten-year study.",
            "Researchers measured gases from 14 sites where drainage ditches had been blocked. Within six years most had stopped releasing carbon dioxide, and several were taking it in.",
            "Peatlands cover about a tenth of the UK but hold more carbon than all of its forests combined. Damaged bogs release an estimated 16m tonnes of carbon dioxide a year.",
            "The authors said restoration must speed up to meet climate targets. Only a quarter of England’s upland peat is in good condition.",
        ]
    )
    article = (
        '<article class="dcr-1ap9ptu">\n<div class="dcr-section"><a href="/environment">Environment</a></div>\n'
        f'<div data-gu-name="headline"><h1 class="dcr-y70mar">{esc(title)}</h1></div>\n'
        '<div data-gu-name="standfirst"><p>Blocking drainage ditches turned damaged moorland from a source of emissions back into a store</p></div>\n'
        f'<address aria-label="Contributor info" data-component="meta-byline"><a rel="author" href="{profile}">Fiona MacRae</a></address>\n'
        '<details class="dcr-dateline"><summary>Fri 8 Oct 2021 16.42 BST</summary>Last modified on Sat 9 Oct 2021 08.10 BST</details>\n'
        f'<div id="maincontent" class="article-body-commercial-selector">\n{text}</div>\n</article>\n'
    )
    return Page(
        "peat-bogs",
        "en",
        "og-author-url",
        url,
        title,
        ["Fiona MacRae"],
        "2021-10-08",
        site,
        doc("en", f"{title} | Environment | {site}", head, body("en", site, article)),
        real_host=True,
    )


@page
def fjord_tunnel() -> Page:
    # Nordic public-portal CMS with Dublin Core metadata only (two DC.creator tags).
    site = "Fjord Times"
    url = "https://www.fjordtimes.example/article/2018/worlds-deepest-undersea-road-tunnel-opens"
    title = "World’s deepest undersea road tunnel opens to traffic"
    head = (
        '<link rel="schema.DC" href="http://purl.org/dc/elements/1.1/">\n'
        + meta("DC.title", title)
        + meta("DC.creator", "Ingrid Solberg")
        + meta("DC.creator", "Erik Dahl")
        + meta("DC.date.issued", "2018-11-05")
        + meta("DC.publisher", site)
        + meta("DC.language", "en")
        + meta("DC.subject", "Transport; Infrastructure")
        + meta("DC.type", "Text")
    )
    text = paras(
        [
            "The world’s deepest undersea road tunnel opened on Monday, cutting the journey between the mainland and the island of Fjordøy from 70 minutes by ferry to 15 minutes by car.",
            "The 14-kilometer tunnel reaches 392 meters below sea level. Drivers face a steep climb of up to 5 percent on the way out.",
            "The project cost 7.2 billion kroner and took five years to build. A toll of 140 kroner per car will be charged for the next 15 years.",
            "Fishermen on the island welcomed the tunnel, saying it would make it easier to get fresh catch to markets in the south.",
        ]
    )
    article = f'<div id="article" class="article">\n<h1>{esc(title)}</h1>\n<div class="ingress">\n{text}</div>\n</div>\n'
    return Page(
        "fjord-tunnel",
        "en",
        "dublin-core",
        url,
        title,
        ["Ingrid Solberg", "Erik Dahl"],
        "2018-11-05",
        site,
        doc("en", title, head, body("en", site, article)),
    )


@page
def subway_elevators() -> Page:
    # The New York Times (real host): the "byl" and "pdate" meta tags, OpenGraph, a visible
    # byline and "Published ... Updated ..." times; the outlet is named only in <title>.
    site = "The New York Times"
    url = "https://www.nytimes.com/2022/11/07/nyregion/subway-station-elevators.html"
    title = "Subway Will Add Elevators at 20 More Stations, Officials Say"
    head = (
        meta("byl", "By Sarah Kline and Jonah Whitcomb")
        + meta("pdate", "20221107")
        + prop("og:type", "article")
        + prop("og:title", title)
        + prop("og:url", url)
        + prop("article:published_time", "2022-11-07T15:04:22.000Z")
        + prop("article:modified_time", "2022-11-08T02:11:40.000Z")
        + prop("article:section", "New York")
    )
    text = paras(
        [
            "New York’s transit authority will install elevators at 20 more subway stations over the next five years, officials said on Monday, part of a legal settlement with disability rights groups.",
            "Fewer than a third of the system’s 472 stations can be used by people who cannot climb stairs. The settlement requires 95 percent of stations to be accessible by 2055.",
            "The new list includes busy stops in the Bronx and Queens that have no step-free entrance at all. Each project is expected to cost between $50 million and $90 million.",
            "Advocates called the agreement a start but said the timeline was far too slow. “Many of us will not live to see it finished,” said Marta Ruiz, who uses a wheelchair and commutes from Jackson Heights.",
        ],
        "css-at9mc1 evys1bk0",
    )
    article = (
        f'<article id="story">\n<header class="css-1vkm6nb"><h1 data-testid="headline" class="css-1l0wj3e">{esc(title)}</h1>\n'
        '<p id="article-summary" class="css-1n0orw4">The plan is part of a legal settlement that requires nearly all stations to be accessible.</p>\n'
        '<p class="css-aknsld last-byline" itemprop="author">By <span class="css-1baulvz">Sarah Kline</span> and <span class="css-1baulvz">Jonah Whitcomb</span></p>\n'
        '<time class="css-1z1nqv e16638kd0" datetime="2022-11-07T10:04:22-05:00">Published Nov. 7, 2022</time> '
        '<span class="css-1gyd6jh">Updated Nov. 8, 2022, 9:11 p.m. ET</span>\n</header>\n'
        f'<section name="articleBody">\n{text}</section>\n</article>\n'
    )
    return Page(
        "subway-elevators",
        "en",
        "meta-byl",
        url,
        title,
        ["Sarah Kline", "Jonah Whitcomb"],
        "2022-11-07",
        site,
        doc("en", f"{title} - {site}", head, body("en", None, article)),
        real_host=True,
    )


@page
def solar_tortoise() -> Page:
    # WordPress VIP site with Parse.ly tags only: parsely-title, two parsely-author tags,
    # parsely-pub-date in UTC.
    site = "Red Rock Courier"
    url = "https://www.redrockcourier.example/news/solar-farm-scaled-back-desert-tortoise-habitat/"
    title = "Solar farm plan scaled back to protect desert tortoise habitat"
    head = (
        meta("parsely-title", title)
        + meta("parsely-link", url)
        + meta("parsely-type", "post")
        + meta("parsely-pub-date", "2021-11-02T16:30:00Z")
        + meta("parsely-author", "Tess Alvarez")
        + meta("parsely-author", "Brian Kowalski")
        + meta("parsely-section", "Environment")
        + meta("parsely-tags", "solar,wildlife,public lands")
    )
    text = paras(
        [
            "A company planning one of the largest solar farms in the Southwest has cut the project by a third after wildlife officials raised concerns about the desert tortoise.",
            "The revised plan covers about 3,300 acres instead of 5,000 and leaves a two-mile corridor open so tortoises can move between burrows and feeding areas.",
            "The project would still produce enough electricity for about 180,000 homes, the company said in filings with federal land managers.",
            "Conservation groups said the changes were welcome but not enough. A public comment period runs through Dec. 15.",
        ]
    )
    article = (
        f'<article class="post-article">\n<h1 class="article-title">{esc(title)}</h1>\n'
        '<figure class="wp-block-image"><img src="/wp-content/uploads/tortoise.jpg" alt="A desert tortoise"><figcaption>A desert tortoise near the project site.</figcaption></figure>\n'
        f'<div class="article-content">\n{text}</div>\n</article>\n'
    )
    return Page(
        "solar-tortoise",
        "en",
        "parsely",
        url,
        title,
        ["Tess Alvarez", "Brian Kowalski"],
        "2021-11-02",
        site,
        doc("en", f"{title} – {site}", head, body("en", site, article)),
    )


@page
def waterfront_rents() -> Page:
    # Regional paper with Sailthru tags only: sailthru.title, sailthru.author, and a
    # sailthru.date without time zone.
    site = "Bayview Tribune"
    url = (
        "https://www.bayviewtribune.example/business/two-waterfront-restaurants-close-rents-double"
    )
    title = "Two waterfront restaurants close as rents double"
    head = (
        meta("sailthru.title", title)
        + meta("sailthru.author", "Kim Adler")
        + meta("sailthru.date", "2018-07-21 09:15:00")
        + meta("sailthru.tags", "business,restaurants,waterfront")
        + meta(
            "description", "The Pelican Grill and Nonna Rosa’s will close at the end of the month."
        )
    )
    text = paras(
        [
            "Two restaurants that served the waterfront for more than 30 years will close at the end of the month after their landlord nearly doubled the rent.",
            "The owners of the Pelican Grill and Nonna Rosa’s said their new leases would have cost more than $22,000 a month each.",
            "The building’s owner, a real estate fund based out of state, said the rents reflect what similar spaces now fetch on the waterfront.",
            "Regulars have started a petition asking the city to protect long-standing small businesses. It had 3,400 signatures by Friday.",
        ]
    )
    article = f'<article class="story">\n<h1 class="story-headline">{esc(title)}</h1>\n<div class="story-body">\n{text}</div>\n</article>\n'
    return Page(
        "waterfront-rents",
        "en",
        "sailthru",
        url,
        title,
        ["Kim Adler"],
        "2018-07-21",
        site,
        doc("en", f"{title} | {site} | bayviewtribune.example", head, body("en", site, article)),
    )


@page
def fire_engine() -> Page:
    # Older newspaper template with schema.org microdata only; the datetime is late in the
    # evening at -05:00, so the UTC date would be the next day.
    site = "Pine County Press"
    url = "https://www.pinecountypress.example/news/article_5d2a9b7e.html"
    title = "Volunteer fire department gets its first new engine in 31 years"
    text = paras(
        [
            "The Cedar Falls Volunteer Fire Department showed off its first new fire engine in 31 years on Monday evening, after three years of pancake breakfasts, raffles and a state grant.",
            "The $412,000 engine carries 1,000 gallons of water and a modern set of hydraulic rescue tools. The old engine, built in 1986, will go to a department in a neighboring county.",
            "“Our folks used to cross their fingers every time we turned the key,” said Chief Donna Pruitt.",
            "The department answers about 260 calls a year with 24 volunteers. It is looking for more, especially people who live close to the station.",
        ]
    )
    article = (
        '<article itemscope itemtype="https://schema.org/NewsArticle">\n'
        f'<h1 itemprop="headline">{esc(title)}</h1>\n'
        '<div class="byline">By <span itemprop="author" itemscope itemtype="https://schema.org/Person"><span itemprop="name">Walter Brandt</span></span> · '
        '<time itemprop="datePublished" datetime="2017-10-02T21:40:00-05:00">Oct 2, 2017</time></div>\n'
        f'<span itemprop="publisher" itemscope itemtype="https://schema.org/Organization"><meta itemprop="name" content="{site}"></span>\n'
        f'<div itemprop="articleBody">\n{text}</div>\n</article>\n'
    )
    return Page(
        "fire-engine",
        "en",
        "microdata",
        url,
        title,
        ["Walter Brandt"],
        "2017-10-02",
        site,
        doc("en", title, "", body("en", site, article)),
    )


@page
def levee_repairs() -> Page:
    # AP-like wire page on an invented portal: no metadata in <head> at all, only a visible
    # "By A and B" byline and a <time datetime>.
    site = "Delta Dispatch"
    url = "https://www.deltadispatch.example/article/levee-repairs-race-river-rises-9c41e2"
    title = "Levee repairs race the clock as river rises again"
    text = paras(
        [
            "GREENVILLE — Crews worked through the night on Thursday to patch two weakened sections of levee as the river climbed toward its second crest in a month.",
            "The Army Corps of Engineers said sandbags and stone had been placed along about half a mile of the levee south of town, where seepage was spotted last week.",
            "Forecasters expect the river to peak on Saturday at about 47 feet, one foot below the level reached in August.",
            "About 900 homes lie behind the damaged sections. Officials have not ordered evacuations but asked residents to keep bags packed.",
        ]
    )
    article = (
        f'<div class="Page-content">\n<div class="Page-headline"><h1>{esc(title)}</h1></div>\n'
        '<div class="Page-byline"><div class="Page-authors">By Marisol Vega and Aaron Fitch</div>'
        '<div class="Page-dateModified"><time datetime="2020-09-17T14:20:00-05:00">Sept. 17, 2020</time></div></div>\n'
        f'<div class="RichTextStoryBody">\n{text}</div>\n</div>\n'
    )
    return Page(
        "levee-repairs",
        "en",
        "dom-byline",
        url,
        title,
        ["Marisol Vega", "Aaron Fitch"],
        "2020-09-17",
        site,
        doc("en", title, "", body("en", site, article)),
    )


@page
def wind_auction() -> Page:
    # Reuters (real host): JSON-LD with three authors, byline "A, B and C", and a credit line
    # at the end that also names an editor (not an author).
    site = "Reuters"
    url = "https://www.reuters.com/business/energy/norway-offshore-wind-auction-draws-record-bids-2023-06-21/"
    title = "Norway offshore wind auction draws record bids"
    authors = ["Nora Blake", "Ivan Petrov", "Grace Oyelaran"]
    head = (
        prop("og:site_name", site)
        + prop("og:title", title)
        + prop("og:type", "article")
        + prop("og:url", url)
        + ld(
            {
                "@context": "http://schema.org",
                "@type": "NewsArticle",
                "headline": title,
                "datePublished": "2023-06-21T10:42:00Z",
                "dateModified": "2023-06-21T14:05:00Z",
                "author": [person(a) for a in authors],
                "publisher": {"@type": "Organization", "name": site},
                "articleSection": "Energy",
            }
        )
    )
    text = paras(
        [
            "OSLO, June 21 (Reuters) - Norway’s first large offshore wind auction drew bids from 11 groups, the energy ministry said on Wednesday, more than twice as many as officials had expected.",
            "The auction covers an area in the North Sea that could host up to 1.5 gigawatts of floating turbines, enough to power about 1 million homes.",
            "Bidders include oil companies, utilities and several pension funds, the ministry said, without naming them. Winners will be announced in December.",
            "The government aims to award areas for 30 gigawatts of offshore wind by 2040, up from almost none today.",
        ],
        "text__text__1FZLe",
    )
    article = (
        f'<article class="article__container">\n<h1 data-testid="Heading" class="text__heading_3">{esc(title)}</h1>\n'
        '<div class="article-header__author-date"><div class="info-content__author-date">By <a href="/authors/nora-blake/">Nora Blake</a>, '
        '<a href="/authors/ivan-petrov/">Ivan Petrov</a> and <a href="/authors/grace-oyelaran/">Grace Oyelaran</a></div>'
        '<time datetime="2023-06-21T10:42:00Z"><span>June 21, 2023</span><span>10:42 AM UTC</span><span>Updated June 21, 2023</span></time></div>\n'
        f'<div class="article-body__content">\n{text}'
        '<p class="sign-off">Reporting by Nora Blake in Oslo and Ivan Petrov in London; additional reporting by Grace Oyelaran in Lagos; editing by Mark Potter</p>\n'
        '<p class="trust-principles">Our Standards: The Thomson Reuters Trust Principles.</p>\n</div>\n</article>\n'
    )
    return Page(
        "wind-auction",
        "en",
        "multi-author",
        url,
        title,
        authors,
        "2023-06-21",
        site,
        doc("en", f"{title} | {site}", head, body("en", site, article)),
        real_host=True,
    )


@page
def paper_mill() -> Page:
    # Regional US paper on Town News/BLOX: UUID article URL, meta author "A & B", OpenGraph.
    site = "Upstate Beacon"
    url = "https://www.upstatebeacon.example/news/local/article_4be1c0f2-3a7d-11ec-9d1a-1b2c3d4e5f60.html"
    title = "Paper mill to close after 112 years, cutting 340 jobs"
    head = (
        meta("author", "Tom Reyes & Lila Chen")
        + prop("og:site_name", site)
        + prop("og:type", "article")
        + prop("og:title", title)
        + prop("og:url", url)
        + prop("article:published_time", "2021-10-29T17:45:00-04:00")
        + prop("article:section", "Local")
    )
    text = paras(
        [
            "The paper mill that has anchored the village of North Falls for more than a century will close in January, its owner announced Friday, eliminating 340 jobs.",
            "The company blamed falling demand for coated paper used in magazines and catalogs, and the high cost of upgrading the mill’s aging boilers.",
            "Workers learned of the closure at a meeting at the start of the morning shift. Many said they had expected cuts but not a full shutdown.",
            "The mill is the county’s largest taxpayer. Village officials said they would ask the state for help finding a new use for the 90-acre site.",
        ]
    )
    article = (
        f'<div class="asset" id="asset-content">\n<div class="asset-header"><h1 class="headline"><span class="asset-headline">{esc(title)}</span></h1>\n'
        '<ul class="list-inline"><li><span class="asset-byline">By Tom Reyes &amp; Lila Chen</span></li>'
        '<li><time datetime="2021-10-29T17:45:00-04:00" class="tnt-date">Oct 29, 2021</time></li></ul></div>\n'
        f'<div class="asset-content subscriber-premium" itemprop="articleBody">\n{text}</div>\n</div>\n'
    )
    return Page(
        "paper-mill",
        "en",
        "multi-author",
        url,
        title,
        ["Tom Reyes", "Lila Chen"],
        "2021-10-29",
        site,
        doc("en", f"{title} | Local News | upstatebeacon.example", head, body("en", site, article)),
    )


@page
def early_ski() -> Page:
    # Regional sports section: meta author with names joined by a semicolon, OpenGraph.
    site = "Cascade Chronicle"
    url = "https://cascadechronicle.example/sports/ski-area-opens-early-record-snow"
    title = "Ski area opens two weeks early after record November snowfall"
    head = (
        meta("author", "Hannah Cole; Victor Mendes")
        + prop("og:site_name", site)
        + prop("og:title", title)
        + prop("og:type", "article")
        + prop("article:published_time", "2022-11-19T08:00:00-08:00")
    )
    text = paras(
        [
            "Timber Ridge opened for the season on Saturday, two weeks ahead of schedule, after the snowiest November in the mountain’s recorded history.",
            "More than 80 inches fell at the summit over the past three weeks. Four of the area’s seven lifts were running by 9 a.m., and the parking lots were full by 10.",
            "The early start is a relief after two poor seasons that left the resort open fewer than 90 days each winter.",
            "Avalanche crews warned backcountry skiers that the new snow sits on a weak layer formed in October and could slide easily.",
        ]
    )
    article = (
        f'<article class="story">\n<p class="section-label">Outdoors</p>\n<h1>{esc(title)}</h1>\n'
        '<p class="byline">Hannah Cole; Victor Mendes</p>\n'
        f'<div class="story-text">\n{text}</div>\n</article>\n'
    )
    return Page(
        "early-ski",
        "en",
        "multi-author",
        url,
        title,
        ["Hannah Cole", "Victor Mendes"],
        "2022-11-19",
        site,
        doc("en", f"{title} | {site}", head, body("en", site, article)),
    )


@page
def bus_drivers() -> Page:
    # The Washington Post (real host), Arc XP: JSON-LD with datePublished and a later
    # dateModified; the page shows "Updated" before "Published".
    site = "The Washington Post"
    url = "https://www.washingtonpost.com/education/2022/03/01/virginia-school-bus-driver-shortage-bonuses/"
    title = "Virginia school districts offer $5,000 bonuses as bus driver shortage deepens"
    authors = ["Monica Reyes", "Tobias Grant"]
    head = (
        ld(
            {
                "@context": "https://schema.org",
                "@type": "NewsArticle",
                "headline": title,
                "datePublished": "2022-03-01T12:05:00-05:00",
                "dateModified": "2022-03-04T09:30:00-05:00",
                "author": [
                    person(a, f"https://www.washingtonpost.com/people/{slugify(a)}/")
                    for a in authors
                ],
                "publisher": {"@type": "NewsMediaOrganization", "name": site},
                "isAccessibleForFree": False,
            }
        )
        + prop("og:type", "article")
        + prop("og:title", title)
    )
    text = paras(
        [
            "Several Northern Virginia school districts are offering signing bonuses of up to $5,000 to new bus drivers, as a shortage leaves thousands of students waiting at stops or arriving late to class.",
            "Fairfax County, the state’s largest district, said it was short about 90 drivers this week. Some routes have been combined, and a few schools now start 20 minutes later.",
            "Districts blame the shortage on the pandemic, early retirements and competition from delivery companies that pay more and offer regular hours.",
            "Parents say the gaps have upended work schedules. “Some mornings I wait 40 minutes with my kids and then drive them anyway,” said Alisha Brooks, a nurse in Springfield.",
        ],
        "wpds-c-cYdRxM",
    )
    article = (
        f'<article>\n<div data-qa="headline"><h1 data-qa="headline-text">{esc(title)}</h1></div>\n'
        '<div data-qa="author-byline">By <a data-qa="author-name" href="/people/monica-reyes/">Monica Reyes</a> and '
        '<a data-qa="author-name" href="/people/tobias-grant/">Tobias Grant</a></div>\n'
        '<div data-qa="timestamp"><span data-qa="display-date">Updated March 4, 2022 at 9:30 a.m. EST</span> | '
        '<span data-qa="published-date">Published March 1, 2022 at 12:05 p.m. EST</span></div>\n'
        f'<div class="article-body">\n{text}</div>\n</article>\n'
    )
    return Page(
        "bus-drivers",
        "en",
        "date-modified",
        url,
        title,
        authors,
        "2022-03-01",
        site,
        doc("en", f"{title} - {site}", head, body("en", None, article)),
        real_host=True,
    )


@page
def avalanche_pass() -> Page:
    # Local TV station site (Nexstar-like): the only publication date is the byline <time>;
    # the story itself names three other dates.
    site = "Summit 5 News"
    url = "https://www.summit5news.example/news/local/avalanche-buries-stretch-of-highway-40/"
    title = "Avalanche buries stretch of mountain highway; no one hurt"
    head = prop("og:site_name", site) + prop("og:title", title) + prop("og:type", "article")
    text = paras(
        [
            "An avalanche buried a quarter-mile stretch of Highway 40 near Eagle Pass on Tuesday afternoon, closing the road in both directions. No vehicles were caught in the slide.",
            "Crews had closed the highway for avalanche control about an hour earlier, the state transportation department said, which likely kept cars out of the slide path.",
            "It was the second closure this month. A smaller slide on Jan. 5, 2020, blocked one lane for six hours. The last major slide here, on Dec. 27, 2018, took three days to clear.",
            "The department expects the pass to reopen by Friday, Jan. 17, if the weather holds.",
        ]
    )
    article = (
        f'<article class="article-content">\n<h1 class="article-title">{esc(title)}</h1>\n'
        '<div class="article-authors">by: <a href="/author/jordan-ames/">Jordan Ames</a></div>\n'
        '<p class="article-date">Posted: <time datetime="2020-01-14T18:30:00-07:00">Jan 14, 2020 / 06:30 PM MST</time></p>\n'
        f'<div class="article-body">\n{text}</div>\n</article>\n'
    )
    return Page(
        "avalanche-pass",
        "en",
        "date-in-text",
        url,
        title,
        ["Jordan Ames"],
        "2020-01-14",
        site,
        doc("en", title, head, body("en", site, article)),
    )


@page
def covered_bridge() -> Page:
    # Regional paper with a "Latest news" rail before the article: every item carries a
    # newer <time> than the story, whose own date is in the byline.
    site = "Keystone Journal"
    url = "https://www.keystonejournal.example/news/restored-covered-bridge-reopens/"
    title = "Restored covered bridge reopens to walkers and cyclists"
    latest = [
        ("2021-12-02T16:00:00-05:00", "Dec. 2, 2021", "Holiday parade route announced"),
        (
            "2021-12-01T09:30:00-05:00",
            "Dec. 1, 2021",
            "Township approves 2022 budget without tax increase",
        ),
        ("2021-11-30T12:15:00-05:00", "Nov. 30, 2021", "High school band heads to state finals"),
    ]
    rail = (
        '<aside class="latest-rail">\n<h2>Latest news</h2>\n<ul>'
        + "".join(
            f'<li><a href="/news/{slugify(t)}/">{esc(t)}</a> <time datetime="{d}">{shown}</time></li>'
            for d, shown, t in latest
        )
        + "</ul>\n</aside>\n"
    )
    text = paras(
        [
            "A 150-year-old covered bridge over Mill Creek reopened on Wednesday after a two-year restoration, this time for people on foot and on bicycles only.",
            "Carpenters replaced rotten beams with oak cut from a nearby farm and used wooden pegs instead of bolts where they could, following the original plans.",
            "The bridge was closed to cars in 2019 after an inspector found that a truck had cracked one of its main timbers.",
            "Township supervisors said the bridge will be lit at night and connected to a walking trail along the creek next spring.",
        ]
    )
    article = (
        f'{rail}<article class="story">\n<h1>{esc(title)}</h1>\n'
        '<p class="byline">By Ruth Abernathy <time datetime="2021-11-18T07:00:00-05:00">Nov. 18, 2021</time></p>\n'
        f'<div class="story-body">\n{text}</div>\n</article>\n'
    )
    more = (
        '<aside class="more-from">\n<h2>More from the Journal</h2>\n<ul>'
        '<li><a href="/news/deer-season-opens/">Deer season opens with fewer hunters</a> <time datetime="2021-11-29">Nov. 29, 2021</time></li>'
        '<li><a href="/news/library-fines-end/">Library ends overdue fines</a> <time datetime="2021-11-24">Nov. 24, 2021</time></li></ul>\n</aside>\n'
    )
    return Page(
        "covered-bridge",
        "en",
        "date-sidebar",
        url,
        title,
        ["Ruth Abernathy"],
        "2021-11-18",
        site,
        doc("en", f"{title} | {site}", "", body("en", site, article, more)),
    )


@page
def citrus_freeze() -> Page:
    # WordPress news theme with date permalinks: the date is only in the URL path.
    site = "Sunbelt Star"
    url = "https://www.sunbeltstar.example/2019/12/30/citrus-growers-brace-for-hardest-freeze-in-a-decade/"
    title = "Citrus growers brace for the hardest freeze in a decade"
    head = (
        prop("og:site_name", site) + prop("og:title", title) + prop("og:url", url) + canonical(url)
    )
    text = paras(
        [
            "Citrus growers across the central part of the state spent the weekend running irrigation pumps and checking thermometers as forecasters warned of the hardest freeze in a decade.",
            "Temperatures could fall to 26 degrees for up to five hours on Tuesday night, cold enough to damage oranges still on the trees.",
            "Growers spray water on the fruit because ice forming on the peel releases heat and keeps the inside from freezing.",
            "Most of the early orange crop has already been picked. Grapefruit and late oranges are most at risk.",
        ]
    )
    article = (
        f'<article class="post type-post">\n<header class="entry-header"><h1 class="entry-title">{esc(title)}</h1>\n'
        '<div class="entry-meta"><span class="byline">By <span class="author vcard"><a class="url fn n" href="/author/cmedina/">Carlos Medina</a></span></span></div></header>\n'
        f'<div class="entry-content">\n{text}</div>\n</article>\n'
    )
    return Page(
        "citrus-freeze",
        "en",
        "date-url",
        url,
        title,
        ["Carlos Medina"],
        "2019-12-30",
        site,
        doc("en", f"{title} – {site}", head, body("en", site, article)),
    )


@page
def fire_station() -> Page:
    # Small US weekly without structured data: "Posted: 03/07/2021" in US month/day order.
    site = "Granite Valley Register"
    url = "https://www.granitevalleyregister.example/local/town-meeting-approves-new-fire-station/"
    title = "Town meeting approves new fire station after third vote"
    text = paras(
        [
            "Voters approved a $6.8 million fire station on Saturday, ending a debate that had lasted through three town meetings and two failed ballot questions.",
            "The new station will replace a 1950s building where the newest engines barely fit through the doors and firefighters sleep in a converted storage room.",
            "The measure passed 412 to 297. Supporters said the price would only rise if the town waited another year.",
            "Construction could begin this fall on land next to the town garage. The average homeowner will pay about $140 more in property taxes each year.",
        ]
    )
    article = (
        f'<div class="article">\n<h1>{esc(title)}</h1>\n<div class="article-info"><span class="author">By Ellen Marsh</span> | '
        '<span class="posted">Posted: 03/07/2021</span></div>\n'
        f'<div class="article-text">\n{text}</div>\n</div>\n'
    )
    return Page(
        "fire-station",
        "en",
        "date-text",
        url,
        title,
        ["Ellen Marsh"],
        "2021-03-07",
        site,
        doc("en", f"{title} | {site}", "", body("en", site, article)),
    )


@page
def beach_sand() -> Page:
    # Coastal daily: "Published Dec. 9, 2020 at 4:12 p.m. | Updated Dec. 10, 2020" as text.
    site = "Coastline Daily"
    url = "https://coastlinedaily.example/news/storm-battered-beach-new-sand"
    title = "Storm-battered beach to get 400,000 cubic yards of new sand"
    head = prop("og:site_name", site) + prop("og:title", title) + prop("og:type", "article")
    text = paras(
        [
            "Federal and state agencies will pump about 400,000 cubic yards of sand onto a two-mile stretch of beach that lost much of its shoreline in this fall’s storms.",
            "The work, expected to cost $14 million, will use sand dredged from a shoal about a mile offshore. Beach access will close in sections while pipes are in place.",
            "Some homeowners along the stretch have seen the dunes in front of their houses shrink by 30 feet since September.",
            "Scientists warn that replenished sand usually washes away within a few years and that rising seas will make the problem worse.",
        ]
    )
    article = (
        f'<article>\n<h1 class="headline">{esc(title)}</h1>\n<div class="meta"><span class="byline">By Rajiv Menon</span>\n'
        '<span class="dateline">Published Dec. 9, 2020 at 4:12 p.m. | Updated Dec. 10, 2020 at 9:03 a.m.</span></div>\n'
        f'<div class="body">\n{text}</div>\n</article>\n'
    )
    return Page(
        "beach-sand",
        "en",
        "date-text",
        url,
        title,
        ["Rajiv Menon"],
        "2020-12-09",
        site,
        doc("en", title, head, body("en", site, article)),
    )


@page
def iraq_heat() -> Page:
    # Al Jazeera (real host): "Published On 14 Aug 2022" as text only, date also in the URL
    # as /2022/8/14/; <title> is "Headline | News | Al Jazeera".
    site = "Al Jazeera"
    url = "https://www.aljazeera.com/news/2022/8/14/heatwave-strains-power-grid-in-southern-iraq"
    title = "Heatwave strains power grid as temperatures top 50C in southern Iraq"
    head = (
        prop("og:site_name", site)
        + prop("og:title", title)
        + prop("og:type", "article")
        + prop("og:url", url)
    )
    text = paras(
        [
            "Temperatures above 50 degrees Celsius (122 degrees Fahrenheit) have left large parts of southern Iraq with only a few hours of electricity a day, as demand outstrips what the grid can supply.",
            "In Basra, residents said power cuts lasted up to 12 hours on Sunday. Families who can afford it pay for private generators, which fill streets with noise and fumes.",
            "The electricity ministry said output had fallen because of reduced gas imports and damage to transmission lines.",
            "Doctors reported a rise in heatstroke cases, especially among outdoor workers and the elderly.",
        ]
    )
    article = (
        f'<div id="main-content-area">\n<header class="article-header"><h1>{esc(title)}</h1>\n'
        '<p class="article__subhead"><em>Power cuts last up to 12 hours a day in Basra as demand outstrips supply.</em></p></header>\n'
        '<div class="article-author"><span class="article-author-name">By <a href="/author/layla_hassan">Layla Hassan</a></span></div>\n'
        '<div class="article-dates"><div class="date-simple"><span class="screen-reader-text">Published On 14 Aug 2022</span><span aria-hidden="true">14 Aug 2022</span></div></div>\n'
        f'<div class="wysiwyg wysiwyg--all-content">\n{text}</div>\n</div>\n'
    )
    return Page(
        "iraq-heat",
        "en",
        "date-text",
        url,
        title,
        ["Layla Hassan"],
        "2022-08-14",
        site,
        doc("en", f"{title} | News | {site}", head, body("en", site, article)),
        real_host=True,
    )


@page
def fishing_pier() -> Page:
    # City paper with no OpenGraph: the headline is in <h1> and in a <title> with a
    # "| Site" suffix.
    site = "Harbor City Herald"
    url = "https://www.harborcityherald.example/news/city/new-fishing-pier-opens-east-waterfront"
    title = "New fishing pier opens on the east waterfront"
    text = paras(
        [
            "A 600-foot fishing pier opened on the east waterfront on Saturday, the first public place to cast a line in the harbor since the old pier was torn down in 2011.",
            "The $9 million pier has bait stations, fish-cleaning sinks and lights for night fishing. It is open from 5 a.m. to midnight.",
            "Anglers lined the railings within an hour of the ribbon cutting, mostly catching small bluefish and porgies.",
            "The parks department said signs in four languages will warn people not to eat more than one meal a week of fish caught in the harbor.",
        ]
    )
    article = (
        f'<article class="news-article">\n<h1>{esc(title)}</h1>\n<p class="byline">By Luis Carmona</p>\n'
        '<p class="timestamp"><time datetime="2023-07-08T10:00:00-04:00">July 8, 2023</time></p>\n'
        f"{text}</article>\n"
    )
    return Page(
        "fishing-pier",
        "en",
        "title-site-suffix",
        url,
        title,
        ["Luis Carmona"],
        "2023-07-08",
        site,
        doc("en", f"{title} | {site}", "", body("en", site, article)),
    )


@page
def budget_veto() -> Page:
    # City paper whose <title> is "Section: Headline – Site".
    site = "Westbridge Post"
    url = "https://www.westbridgepost.example/politics/mayor-vetoes-budget-police-funding"
    title = "Mayor vetoes budget, setting up fight over police funding"
    text = paras(
        [
            "Mayor Carl Brennan vetoed the city’s $1.2 billion budget on Thursday, objecting to a council plan to move $8 million from the police department to mental health services.",
            "The council passed the budget 7-2 last week. It needs six votes to override the veto, and council leaders said they had them.",
            "Brennan said the cut would force the department to leave dozens of officer positions empty. Supporters said the money would pay for crisis teams that respond to calls involving mental illness.",
            "If no budget is in place by July 1, the city will operate on last year’s spending levels.",
        ]
    )
    article = (
        f'<article>\n<a class="section-link" href="/politics">Politics</a>\n<h1 class="article-headline">{esc(title)}</h1>\n'
        '<div class="article-byline">By Amelia Stone · <time datetime="2022-06-23T16:10:00-04:00">June 23, 2022</time></div>\n'
        f'<div class="article-body">\n{text}</div>\n</article>\n'
    )
    return Page(
        "budget-veto",
        "en",
        "title-section",
        url,
        title,
        ["Amelia Stone"],
        "2022-06-23",
        site,
        doc("en", f"Politics: {title} – {site}", "", body("en", site, article)),
    )


@page
def garden_harvest() -> Page:
    # Community news site: og:title (and twitter:title) add "| Site" to the headline; the
    # URL holds only year and month.
    site = "Northgate News"
    url = "https://northgatenews.example/2020/10/community-garden-record-harvest"
    title = "Community garden donates a record 3 tons of vegetables"
    head = (
        prop("og:title", f"{title} | {site}")
        + meta("twitter:title", f"{title} | {site}")
        + prop("og:site_name", site)
        + prop("og:type", "article")
        + prop("article:published_time", "2020-10-22T12:00:00+00:00")
    )
    text = paras(
        [
            "Volunteers at the Northgate Community Garden have donated more than three tons of vegetables to local food banks this season, the most since the garden opened in 2009.",
            "The garden added 20 raised beds this spring after a surge of people looking for things to do outdoors. Many of the new gardeners pledged part of their harvest.",
            "Tomatoes, squash and kale made up most of the donations. The food bank said fresh produce is the item it most often runs short of.",
            "The garden will hold a potluck on Saturday to thank volunteers and plan next year’s beds.",
        ]
    )
    article = (
        f'<article class="single">\n<h1>{esc(title)}</h1>\n<p class="byline">By Bea Lindqvist</p>\n'
        f'<div class="content">\n{text}</div>\n</article>\n'
    )
    return Page(
        "garden-harvest",
        "en",
        "og-title-suffix",
        url,
        title,
        ["Bea Lindqvist"],
        "2020-10-22",
        site,
        doc("en", f"{title} | {site}", head, body("en", site, article)),
    )


@page
def beach_cleanup() -> Page:
    # Older WordPress magazine theme: the site logo is the page's <h1>, the headline is an
    # <h2 class="entry-title">.
    site = "The Coastal Current"
    url = "https://thecoastalcurrent.example/2016/05/12/surfers-haul-trash-off-gull-point-beach/"
    title = "Surfers haul half a ton of trash off Gull Point beach"
    top = (
        f'<header id="masthead" class="site-header">\n<h1 class="site-title"><a href="/" rel="home">{esc(site)}</a></h1>\n'
        '<p class="site-description">Surf, sand and local news</p>\n'
        '<nav class="main-navigation"><ul><li><a href="/news/">News</a></li><li><a href="/surf/">Surf report</a></li><li><a href="/events/">Events</a></li></ul></nav>\n</header>\n'
    )
    text = paras(
        [
            "About 120 surfers and neighbors spent Saturday morning combing Gull Point beach and pulled out more than half a ton of trash.",
            "Most of it was plastic: bottle caps, foam cups and fishing line. Volunteers also found a shopping cart, two car tires and a waterlogged sofa.",
            "The cleanup is organized every spring by the local surf club, which weighs and sorts the trash and sends the numbers to a national database.",
            "Club members said the amount of fishing line has grown every year and asked anglers to use the recycling tubes at the parking lot.",
        ]
    )
    article = (
        f'<article class="post hentry">\n<header class="entry-header"><h2 class="entry-title">{esc(title)}</h2>\n'
        '<div class="entry-meta">Posted on <a href="/2016/05/12/" rel="bookmark"><time class="entry-date published" datetime="2016-05-12T10:00:00+00:00">May 12, 2016</time></a> '
        'by <span class="author vcard"><a class="url fn n" href="/author/sdoyle/">Sean Doyle</a></span></div></header>\n'
        f'<div class="entry-content">\n{text}</div>\n</article>\n'
    )
    return Page(
        "beach-cleanup",
        "en",
        "h1-logo",
        url,
        title,
        ["Sean Doyle"],
        "2016-05-12",
        site,
        doc("en", f"{title} | {site}", "", body("en", site, article, top=top)),
    )


@page
def er_waits() -> Page:
    # UK national-paper template: an "Exclusive" kicker above the <h1>, also glued to the
    # front of og:title and <title>; byline "Name, Health Editor".
    site = "The Daily Meridian"
    url = "https://www.dailymeridian.example/news/emergency-waits-twelve-hours-hospitals-figures"
    title = "Emergency patients waited over 12 hours at one in five hospitals, figures show"
    head = (
        prop("og:title", f"Exclusive: {title}")
        + prop("og:site_name", site)
        + prop("og:type", "article")
        + prop("article:published_time", "2023-01-26T22:30:00Z")
    )
    text = paras(
        [
            "Patients waited more than 12 hours in emergency departments at one in five hospitals last month, according to figures obtained by the Daily Meridian.",
            "The data, released under freedom of information rules, show that the longest recorded wait was 61 hours, for an elderly woman with a broken hip.",
            "Hospital leaders said a shortage of beds was the main cause, with thousands of patients well enough to leave but unable to get care at home.",
            "The health department said it was opening 5,000 extra beds and that waits had started to fall in January.",
        ]
    )
    article = (
        f'<article class="article">\n<p class="kicker">Exclusive</p>\n<h1 class="article-title">{esc(title)}</h1>\n'
        '<p class="byline">By <a href="/author/oliver-hart">Oliver Hart</a>, Health Editor</p>\n'
        f'<div class="article-body">\n{text}</div>\n</article>\n'
    )
    return Page(
        "er-waits",
        "en",
        "kicker",
        url,
        title,
        ["Oliver Hart"],
        "2023-01-26",
        site,
        doc("en", f"Exclusive: {title} | {site}", head, body("en", site, article)),
    )


@page
def fireworks_canceled() -> Page:
    # Default WordPress theme with Yoast on a neighborhood site: meta author, JSON-LD author
    # and byline are all the account name "admin".
    site = "Pine Hollow Neighborhood News"
    url = "https://pinehollownews.example/?p=1432"
    title = "Fourth of July fireworks canceled, parade goes ahead"
    head = (
        meta("author", "admin")
        + prop("og:site_name", site)
        + prop("og:title", title)
        + ld(
            {
                "@context": "https://schema.org",
                "@type": "Article",
                "headline": title,
                "author": person("admin"),
                "datePublished": "2020-07-02T12:00:00+00:00",
                "publisher": org(site),
            }
        )
    )
    text = paras(
        [
            "The neighborhood association has canceled this year’s fireworks show at the lake because the company that runs it could not find enough licensed staff.",
            "The parade will go ahead as usual on Saturday at 10 a.m., starting at the elementary school and ending at the lake pavilion.",
            "Bikes, wagons and dogs in costume are welcome. Judges will hand out ribbons for the best decorated entries.",
            "The association hopes to hold a fireworks show on Labor Day instead and will post an update here.",
        ]
    )
    article = (
        f'<article class="post-1432 post">\n<header class="entry-header"><h1 class="entry-title">{esc(title)}</h1></header>\n'
        '<div class="entry-meta">Posted on <time class="entry-date" datetime="2020-07-02T12:00:00+00:00">July 2, 2020</time> by <span class="author">admin</span></div>\n'
        f'<div class="entry-content">\n{text}</div>\n</article>\n'
    )
    return Page(
        "fireworks-canceled",
        "en",
        "author-admin",
        url,
        title,
        [],
        "2020-07-02",
        site,
        doc("en", f"{title} – {site}", head, body("en", site, article)),
    )


@page
def county_fair() -> Page:
    # Regional US paper on Town News/BLOX: byline and meta author are just "Staff".
    site = "Marlow County Star"
    url = "https://www.marlowcountystar.example/news/article_77a1c3d4-0b5e-11ea-8f2b-0a1b2c3d4e5f.html"
    title = "County fair breaks attendance record despite rainy weekend"
    head = (
        meta("author", "Staff")
        + prop("og:site_name", site)
        + prop("og:title", title)
        + prop("og:type", "article")
        + prop("article:published_time", "2019-08-19T15:20:00-05:00")
    )
    text = paras(
        [
            "The Marlow County Fair drew 61,400 visitors over five days, breaking the record set in 2016 even though rain fell on two of them.",
            "Organizers credited a new grandstand concert series and free admission for children under 12 on opening day.",
            "The 4-H livestock auction raised $248,000 for young exhibitors, also a record. The grand champion steer sold for $14 a pound.",
            "Planning for next year’s fair begins in October, and the board is looking for volunteers.",
        ]
    )
    article = (
        f'<div class="asset" id="asset-content">\n<h1 class="headline"><span class="asset-headline">{esc(title)}</span></h1>\n'
        '<ul class="list-inline"><li><span class="asset-byline">By Staff</span></li><li><time datetime="2019-08-19T15:20:00-05:00">Aug 19, 2019</time></li></ul>\n'
        f'<div class="asset-content" itemprop="articleBody">\n{text}</div>\n</div>\n'
    )
    return Page(
        "county-fair",
        "en",
        "author-staff",
        url,
        title,
        [],
        "2019-08-19",
        site,
        doc("en", f"{title} | News | marlowcountystar.example", head, body("en", site, article)),
    )


@page
def hay_prices() -> Page:
    # Farm-news CMS that fills an empty author field with "No Author", in JSON-LD and byline.
    site = "Valley Farm Report"
    url = "https://www.valleyfarmreport.example/markets/hay-prices-climb-drought"
    title = "Hay prices climb as drought cuts second cutting"
    head = prop("og:site_name", site) + ld(
        {
            "@context": "https://schema.org",
            "@type": "NewsArticle",
            "headline": title,
            "author": {"@type": "Person", "name": "No Author"},
            "datePublished": "2022-07-27T09:00:00-05:00",
            "publisher": org(site),
        }
    )
    text = paras(
        [
            "Hay prices in the region have risen about 35 percent since spring as dry weather cut the second cutting short on many farms.",
            "Good-quality alfalfa was selling for $280 a ton at last week’s auction, compared with $205 a year ago.",
            "Cattle producers said they are culling cows early rather than buying feed at those prices.",
            "Extension agents suggest testing hay for nutrient content before buying, since drought-stressed hay can vary widely.",
        ]
    )
    article = (
        f'<article class="news-item">\n<h1>{esc(title)}</h1>\n<p class="byline">By No Author</p>\n'
        f'<div class="news-body">\n{text}</div>\n</article>\n'
    )
    return Page(
        "hay-prices",
        "en",
        "author-none",
        url,
        title,
        [],
        "2022-07-27",
        site,
        doc("en", f"{title} - {site}", head, body("en", site, article)),
    )


@page
def wildfire_smoke() -> Page:
    # Regional US paper on Town News/BLOX running a wire story: "By The Associated Press"
    # in byline, meta author and JSON-LD author; the outlet is the paper.
    site = "Tri-County Ledger"
    url = "https://www.tricountyledger.example/news/national/article_0e9f8a7b-6c5d-11ee-a1b2-c3d4e5f6a7b8.html"
    title = "Wildfire smoke prompts air quality alerts across the Upper Midwest"
    head = (
        meta("author", "The Associated Press")
        + prop("og:site_name", site)
        + prop("og:title", title)
        + ld(
            {
                "@context": "http://schema.org",
                "@type": "NewsArticle",
                "headline": title,
                "author": [{"@type": "Person", "name": "The Associated Press"}],
                "datePublished": "2023-06-06T14:10:00-05:00",
                "publisher": org(site),
            }
        )
    )
    text = paras(
        [
            "MINNEAPOLIS (AP) — Smoke from wildfires burning in Canada drifted across the Upper Midwest on Tuesday, prompting air quality alerts in four states.",
            "Officials urged children, older adults and people with asthma or heart disease to limit time outdoors. Some schools kept students inside for recess.",
            "The haze turned the sun orange at midday in parts of Minnesota and Wisconsin and was expected to linger through Wednesday.",
            "More than 400 fires were burning across Canada, according to the country’s wildfire agency.",
        ]
    )
    article = (
        f'<div class="asset" id="asset-content">\n<h1 class="headline"><span class="asset-headline">{esc(title)}</span></h1>\n'
        '<ul class="list-inline"><li><span class="asset-byline">By The Associated Press</span></li><li><time datetime="2023-06-06T14:10:00-05:00">Jun 6, 2023</time></li></ul>\n'
        f'<div class="asset-content" itemprop="articleBody">\n{text}'
        "<p>Copyright 2023 The Associated Press. All rights reserved. This material may not be published, broadcast, rewritten or redistributed without permission.</p>\n</div>\n</div>\n"
    )
    return Page(
        "wildfire-smoke",
        "en",
        "author-agency",
        url,
        title,
        [],
        "2023-06-06",
        site,
        doc(
            "en",
            f"{title} | National News | tricountyledger.example",
            head,
            body("en", site, article),
        ),
    )


@page
def museum_bronzes() -> Page:
    # AP News (real host) with no site name anywhere in the markup: byline, a
    # <bsp-timestamp> with epoch milliseconds and the displayed "Updated" time.
    url = "https://apnews.com/article/museum-returns-bronze-sculptures-west-africa-3f9a1b2c4d5e6f708192a3b4c5d6e7f8"
    title = "Museum returns 12 bronze sculptures taken during colonial raid"
    head = prop("og:title", title) + prop("og:type", "article") + prop("og:url", url)
    text = paras(
        [
            "LONDON (AP) — A museum in southern England on Wednesday returned 12 bronze sculptures that British soldiers took from a West African royal palace more than a century ago.",
            "The pieces, including plaques showing court officials and a cast head of a queen mother, were handed to a delegation of officials and royal family members at a ceremony in the museum’s main hall.",
            "The museum’s trustees voted last year to return the works after research confirmed how they were acquired.",
            "“This is not the end of a conversation but the beginning of a new one,” the museum’s director told the audience.",
        ]
    )
    article = (
        f'<div class="Page-content">\n<h1 class="Page-headline">{esc(title)}</h1>\n'
        '<div class="Page-byline"><div class="Page-authors">By <a class="Link" href="/author/julia-martens">Julia Martens</a></div>\n'
        '<div class="Page-dateModified">Updated <bsp-timestamp data-timestamp="1666178700000" data-dateformat="h:mm a z, MMMM d, yyyy"><span>7:25 AM EDT, October 19, 2022</span></bsp-timestamp></div></div>\n'
        f'<div class="RichTextStoryBody RichTextBody">\n{text}</div>\n</div>\n'
    )
    return Page(
        "museum-bronzes",
        "en",
        "host-table",
        url,
        title,
        ["Julia Martens"],
        "2022-10-19",
        "Associated Press",
        doc("en", title, head, body("en", None, article)),
        real_host=True,
        host_only=True,
    )


@page
def shearing_festival() -> Page:
    # Scottish local paper: the lead photo and its "Photo:" credit come before the byline.
    site = "Highland Ledger"
    url = "https://www.highlandledger.example/news/shearing-festival-draws-crowds-back-to-the-glen"
    title = "Shearing festival draws crowds back to the glen"
    head = prop("og:site_name", site) + prop("og:title", title)
    text = paras(
        [
            "Hundreds of visitors returned to the glen on Saturday for the annual shearing festival, which was cancelled last year because of flooding.",
            "Shearers from across the country competed to clip sheep fastest and cleanest. The winner, a farmer from the islands, took 48 seconds per ewe.",
            "Children lined up for sheepdog demonstrations, and local weavers sold blankets made from last year’s wool.",
            "Organisers said ticket sales covered the cost of repairing the flood-damaged showground.",
        ]
    )
    article = (
        f'<article class="story">\n<h1>{esc(title)}</h1>\n'
        '<figure class="lead-image"><img src="/img/shearing.jpg" alt="Shearers at work"><figcaption>Competitors at the shearing stands on Saturday. '
        '<span class="credit">Photo: Callum Reid</span></figcaption></figure>\n'
        '<p class="byline">By Isla Munro</p>\n<p class="date"><time datetime="2019-06-15T17:00:00+01:00">15 June 2019</time></p>\n'
        f'<div class="story-body">\n{text}</div>\n</article>\n'
    )
    return Page(
        "shearing-festival",
        "en",
        "author-photo-credit",
        url,
        title,
        ["Isla Munro"],
        "2019-06-15",
        site,
        doc("en", f"{title} | {site}", head, body("en", site, article)),
    )


@page
def four_day_week() -> Page:
    # Regional US paper: byline "By Name, Staff Writer".
    site = "Bramble Bay Times"
    url = "https://www.bramblebaytimes.example/news/local/2024/02/08/school-board-votes-four-day-week/"
    title = "School board votes to try a four-day week next fall"
    head = prop("og:site_name", site) + prop("og:title", title) + prop("og:type", "article")
    text = paras(
        [
            "The Bramble Bay school board voted 5-2 on Wednesday to move to a four-day school week next fall, joining more than a dozen rural districts in the state.",
            "Students will attend Tuesday through Friday, with longer days to make up the lost time. The district will offer child care on Mondays for a small fee.",
            "Board members said the change is meant to attract teachers, since the district has struggled to fill positions against better-paying schools nearby.",
            "Several parents opposed the plan, saying it would be hard to find care for younger children. The board will review the change after one year.",
        ]
    )
    article = (
        f'<article class="gnt_ar">\n<h1 class="gnt_ar_hl">{esc(title)}</h1>\n'
        '<div class="gnt_ar_by">By Rosa Whitman, Staff Writer</div>\n<div class="gnt_ar_dt"><time datetime="2024-02-08T06:00:00-06:00">Feb. 8, 2024</time></div>\n'
        f'<div class="gnt_ar_b">\n{text}</div>\n</article>\n'
    )
    return Page(
        "four-day-week",
        "en",
        "author-staff-writer",
        url,
        title,
        ["Rosa Whitman"],
        "2024-02-08",
        site,
        doc("en", f"{title} | {site}", head, body("en", site, article)),
    )


@page
def monsoon_floods() -> Page:
    # Small Southwest daily whose only byline is in capitals; no structured data gives the
    # name another way, so it is expected as written.
    site = "Arroyo Gazette"
    url = "https://www.arroyogazette.example/news/flash-flood-warnings-monsoon-storms-return"
    title = "Flash flood warnings issued as monsoon storms return"
    text = paras(
        [
            "Forecasters issued flash flood warnings for much of the county on Friday as monsoon storms returned after a dry June.",
            "Up to two inches of rain fell in less than an hour in the foothills, sending water rushing through normally dry washes and across several roads.",
            "Firefighters rescued a driver whose pickup stalled in a flooded crossing near Canyon Road. He was not hurt.",
            "Officials reminded drivers never to enter flooded roads. A foot of moving water can sweep away most cars.",
        ]
    )
    article = (
        f'<article>\n<h1>{esc(title)}</h1>\n<p class="byline">By DONALD KERRIGAN</p>\n'
        '<p class="pubdate"><time datetime="2021-07-23T17:45:00-07:00">Jul 23, 2021</time></p>\n'
        f"{text}</article>\n"
    )
    return Page(
        "monsoon-floods",
        "en",
        "author-caps",
        url,
        title,
        ["DONALD KERRIGAN"],
        "2021-07-23",
        site,
        doc("en", f"{title} | {site}", "", body("en", site, article)),
    )


@page
def chip_factory() -> Page:
    # Tech news site: the byline is followed by the writer's e-mail address and @handle.
    site = "Circuit Ledger"
    url = "https://www.circuitledger.example/2022/09/14/lumen-semiconductor-ohio-chip-factory/"
    title = "Chipmaker picks Ohio site for $8 billion factory"
    head = prop("og:site_name", site) + prop("og:title", title) + prop("og:type", "article")
    text = paras(
        [
            "Lumen Semiconductor will build an $8 billion chip factory near Columbus, Ohio, the company said on Wednesday. It expects to hire about 2,000 workers when production starts in 2026.",
            "The plant will make chips for cars and factory equipment rather than the most advanced processors, a market that suffered severe shortages during the pandemic.",
            "State officials offered about $600 million in tax credits and road improvements. The company also expects federal grants under last month’s chip subsidy law.",
            "Construction is set to begin early next year on a 900-acre site that is now farmland.",
        ]
    )
    article = (
        f'<article class="post">\n<h1 class="post-title">{esc(title)}</h1>\n'
        '<div class="post-byline"><span class="author">By <a href="/author/priya-shah/">Priya Shah</a></span> '
        '<a class="email" href="mailto:priya.shah@circuitledger.example">priya.shah@circuitledger.example</a> '
        '<a class="handle" href="https://twitter.com/priyashahtech">@priyashahtech</a> '
        '<time datetime="2022-09-14T13:00:00-04:00">Sep 14, 2022 1:00 PM EDT</time></div>\n'
        f'<div class="post-content">\n{text}</div>\n'
        '<div class="author-bio"><p>Follow @priyashahtech on Twitter for more on chips and supply chains.</p></div>\n</article>\n'
    )
    return Page(
        "chip-factory",
        "en",
        "author-email-handle",
        url,
        title,
        ["Priya Shah"],
        "2022-09-14",
        site,
        doc("en", title, head, body("en", site, article)),
    )


@page
def water_main() -> Page:
    # Local TV station site (Tegna-like): "By A" with an "Updated by B, Digital Producer"
    # line; the producer only revised the post.
    site = "Tri-State 9 News"
    url = "https://www.tristate9.example/article/news/local/water-main-break-floods-downtown/289-7c1d3e5f"
    title = "Water main break floods downtown streets, closes businesses"
    head = prop("og:site_name", site) + prop("og:title", title) + prop("og:type", "article")
    text = paras(
        [
            "A 100-year-old water main burst under Market Street on Wednesday afternoon, sending water into basements and forcing a dozen businesses to close.",
            "Water gushed up through the pavement for more than two hours before crews could shut the valves. Parts of three streets were under a foot of water.",
            "The water department said about 600 customers lost service or had low pressure. A boil-water notice is in effect until tests come back clean.",
            "Market Street will stay closed between Second and Fourth streets while crews dig up and replace the broken section.",
        ]
    )
    article = (
        f'<article class="article">\n<h1 class="article__headline">{esc(title)}</h1>\n'
        '<div class="article__byline"><div class="article__author">By Greg Hall</div>'
        '<div class="article__updated-by">Updated by Nina Ortiz, Digital Producer</div>\n'
        '<div class="article__published">Published: <time datetime="2021-02-03T18:04:00-05:00">6:04 PM EST February 3, 2021</time></div>'
        '<div class="article__updated">Updated: 8:30 PM EST February 3, 2021</div></div>\n'
        f'<div class="article__body">\n{text}</div>\n</article>\n'
    )
    return Page(
        "water-main",
        "en",
        "author-updated-by",
        url,
        title,
        ["Greg Hall"],
        "2021-02-03",
        site,
        doc("en", f"{title} | tristate9.example", head, body("en", site, article)),
    )


@page
def book_sale() -> Page:
    # Hand-made community page: no <title>, no metadata, no date, no byline, no site name;
    # just a headline and text.
    url = "https://news.hillcrest-community.example/post/4471"
    title = "Library book sale returns this weekend"
    top = '<div class="top"><a href="/">Home</a> · <a href="/events">Events</a> · <a href="/contact">Contact</a> <form action="/search"><input name="q" placeholder="Search posts"><button>Go</button></form></div>\n'
    text = paras(
        [
            "The Friends of the Library will hold their spring book sale on Saturday and Sunday in the community room, with more than 8,000 books, records and puzzles for sale.",
            "Hardcovers cost $2 and paperbacks $1. On Sunday afternoon, shoppers can fill a grocery bag for $5.",
            "Money raised pays for summer reading prizes and the library’s free museum passes. Donations of books in good condition are welcome until Thursday.",
            "Volunteers are still needed to sort books on Friday evening and to help shoppers carry boxes to their cars. Pizza will be provided.",
        ]
    )
    article = f'<div class="post">\n<h1>{esc(title)}</h1>\n{text}<p><a href="/post/4470">« Previous post</a> | <a href="/">All posts</a></p>\n</div>\n'
    aside = (
        '<div class="links"><h3>Other posts</h3><ul><li><a href="/post/4470">Snow removal reminders</a></li><li><a href="/post/4468">Pool hours change</a></li>'
        '<li><a href="/post/4465">Lost cat near the tennis courts</a></li><li><a href="/post/4461">Volunteers needed for the park cleanup</a></li>'
        '<li><a href="/post/4457">Recycling pickup moves to Thursdays</a></li></ul>\n'
        '<h3>Useful links</h3><ul><li><a href="/events">Calendar of events</a></li><li><a href="/board">Neighborhood board</a></li><li><a href="/lost-found">Lost and found</a></li></ul></div>\n'
    )
    page_body = f'{top}<div class="main">\n{article}{aside}</div>\n<div class="bottom"><p>Questions? Write to the volunteers through the contact page. Posts are written by neighbors for neighbors.</p></div>\n'
    return Page(
        "book-sale",
        "en",
        "no-metadata",
        url,
        title,
        [],
        None,
        None,
        doc("en", None, HANDMADE_CSS, page_body),
    )


@page
def island_school() -> Page:
    # BBC News (real host): JSON-LD ReportageNewsArticle whose author is the organisation
    # "BBC News"; the reporter is only in the visible byline, with a role line under it.
    site = "BBC News"
    url = "https://www.bbc.co.uk/news/uk-scotland-highlands-islands-56012345"
    title = "Island school reopens with just three pupils"
    head = (
        prop("og:site_name", site)
        + prop("og:title", title)
        + prop("og:type", "article")
        + prop("og:url", url)
        + ld(
            {
                "@context": "http://schema.org",
                "@type": "ReportageNewsArticle",
                "url": url,
                "headline": title,
                "datePublished": "2021-02-11T06:02:11.000Z",
                "dateModified": "2021-02-11T06:02:11.000Z",
                "author": {
                    "@type": "NewsMediaOrganization",
                    "name": "BBC News",
                    "logo": {
                        "@type": "ImageObject",
                        "url": "https://www.bbc.co.uk/news/special/2015/newsspec_10857/bbc_news_logo.png",
                    },
                },
                "publisher": {
                    "@type": "NewsMediaOrganization",
                    "name": "BBC News",
                    "publishingPrinciples": "http://www.bbc.co.uk/news/help-41670342",
                },
            }
        )
    )
    text = paras(
        [
            "A primary school on one of Scotland’s smallest inhabited islands has reopened after seven years, with three pupils and one teacher.",
            "The school closed in 2014 when its last pupil moved to secondary school on the mainland. Two young families have since moved to the island to work on a fish farm.",
            "The council spent £180,000 repairing the building, which had been used as a community hall.",
            "“It’s lovely to hear children’s voices in the village again,” said one resident, who was taught in the same classroom in the 1960s.",
        ],
        "ssrcss-1q0x1qg-Paragraph",
    )
    article = (
        f'<article>\n<header><h1 id="main-heading" class="ssrcss-15xko80-StyledHeading">{esc(title)}</h1></header>\n'
        '<div data-component="byline-block"><div class="ssrcss-68pt20-Text-TextContributorName">By Hamish Reid</div>'
        '<div class="ssrcss-84ltp5-Text">BBC Scotland, Highlands and Islands reporter</div></div>\n'
        '<div><time data-testid="timestamp" datetime="2021-02-11T06:02:11.000Z">11 February 2021</time></div>\n'
        f'<div data-component="text-block">\n{text}</div>\n</article>\n'
    )
    return Page(
        "island-school",
        "en",
        "jsonld-org-author",
        url,
        title,
        ["Hamish Reid"],
        "2021-02-11",
        site,
        doc("en", f"{title} - {site}", head, body("en", site, article)),
        real_host=True,
    )


@page
def pilot_shortage() -> Page:
    # CNN (real host): meta author and byline both read "Name, CNN"; <title> ends with
    # "| CNN Business".
    site = "CNN"
    url = "https://edition.cnn.com/2023/05/16/business/regional-airlines-pilot-shortage/index.html"
    title = "Regional airlines cut routes as pilot shortage drags on"
    head = (
        meta("author", "Lena Farrow, CNN")
        + prop("og:site_name", site)
        + prop("og:title", title)
        + prop("og:type", "article")
        + prop("article:published_time", "2023-05-16T14:30:00Z")
        + prop("article:modified_time", "2023-05-16T14:30:00Z")
    )
    text = paras(
        [
            "Regional airlines in the United States are cutting flights to dozens of small cities because they cannot hire enough pilots, industry data shows.",
            "Regional carriers, which fly smaller jets under contract for the major airlines, have lost experienced pilots to bigger airlines offering higher pay.",
            "At least 30 airports have lost all scheduled service since 2019, according to an industry group, and many more have fewer daily flights.",
            "Airlines have raised starting pay sharply and some have opened their own flight schools, but training a new pilot can take two years.",
        ],
        "paragraph inline-placeholder",
    )
    article = (
        f'<article>\n<div class="headline"><h1 id="maincontent" class="headline__text">{esc(title)}</h1></div>\n'
        '<div class="byline"><span class="byline__names">By <a class="byline__link" href="/profiles/lena-farrow">Lena Farrow</a>, CNN</span></div>\n'
        '<div class="timestamp">Updated 10:30 AM EDT, Tue May 16, 2023</div>\n'
        f'<div class="article__content">\n{text}</div>\n</article>\n'
    )
    return Page(
        "pilot-shortage",
        "en",
        "author-outlet-suffix",
        url,
        title,
        ["Lena Farrow"],
        "2023-05-16",
        site,
        doc("en", f"{title} | CNN Business", head, body("en", site, article)),
        real_host=True,
    )


@page
def honeybee_losses() -> Page:
    # NPR (real host) with no site name in the markup: a byline without "By", a <time>, and
    # the date also in the URL path.
    url = "https://www.npr.org/2021/09/22/1039485760/beekeepers-winter-colony-losses-survey"
    title = "Beekeepers report fewer winter losses, but colonies remain under strain"
    head = prop("og:title", title) + prop("og:type", "article")
    text = paras(
        [
            "Beekeepers in the United States lost about 32 percent of their colonies last winter, fewer than the year before but still well above what they consider sustainable, a national survey found.",
            "The survey, run by a university-led group of researchers, collects reports from thousands of beekeepers ranging from hobbyists to large commercial operations.",
            "Varroa mites, which spread viruses among bees, remain the leading cause of losses. Poor nutrition and pesticides also play a role.",
            "Commercial beekeepers replace lost colonies by splitting healthy hives, but that takes time and money.",
        ]
    )
    article = (
        f'<article class="story">\n<div class="storytitle"><h1>{esc(title)}</h1></div>\n'
        '<div id="storybyline"><div class="byline"><p class="byline__name byline__name--block"><a href="/people/maya-jordan">Maya Jordan</a></p></div></div>\n'
        '<div class="dateblock"><time datetime="2021-09-22T05:00:00-04:00"><span class="date">September 22, 2021</span><span class="time">5:00 AM ET</span></time></div>\n'
        f'<div id="storytext" class="storytext">\n{text}</div>\n</article>\n'
    )
    return Page(
        "honeybee-losses",
        "en",
        "host-table",
        url,
        title,
        ["Maya Jordan"],
        "2021-09-22",
        "NPR",
        doc("en", title, head, body("en", None, article)),
        real_host=True,
        host_only=True,
    )


# --- German pages ---------------------------------------------------------------------------


@page
def wildbienen() -> Page:
    # DER SPIEGEL (real host), Spiegel-like: the <h1> holds a kicker span and a headline span;
    # <title> is "Kicker: Headline - DER SPIEGEL"; meta author names the magazine, the
    # visible byline names the two writers.
    url = "https://www.spiegel.de/wissenschaft/natur/wildbienen-in-staedten-mehr-arten-als-auf-dem-land-a-3f1c2b9e-8d7a-4e6f-9b0c-1a2b3c4d5e6f"
    kicker = "Artenvielfalt"
    title = "In Städten leben mehr Wildbienenarten als auf dem Land"
    head = (
        meta("author", "DER SPIEGEL")
        + prop("og:title", title)
        + prop("og:type", "article")
        + prop("og:url", url)
    )
    text = paras(
        [
            "In deutschen Großstädten leben mehr Arten von Wildbienen als in vielen landwirtschaftlich genutzten Gebieten. Das zeigt eine Studie, für die Forschende drei Jahre lang Bienen in Gärten, Parks und auf Brachflächen gezählt haben.",
            "In Berlin, Leipzig und München fanden sie zusammen 287 Arten, darunter einige, die auf der Roten Liste stehen. Auf Äckern in der Umgebung waren es deutlich weniger.",
            "Entscheidend seien Blühflächen, offene Bodenstellen und alte Mauern, in denen Bienen nisten können, schreiben die Autorinnen und Autoren.",
            "Sie warnen aber davor, Städte als Rettung für die Insekten zu sehen. Viele spezialisierte Arten fänden dort keine passenden Pflanzen.",
        ]
    )
    article = (
        '<article aria-label="In Städten leben mehr Wildbienenarten als auf dem Land">\n<header>\n'
        f'<h1 class="leading-tight"><span class="text-primary-base font-sansUI">{esc(kicker)}</span> '
        f'<span class="align-middle">{esc(title)}</span></h1>\n'
        '<div class="leading-loose">Forschende haben in drei Großstädten fast 300 Bienenarten gezählt. Auf den Feldern ringsum waren es deutlich weniger.</div>\n'
        '<div class="font-sansUI">Von <a href="/impressum/autor-anna-berger">Anna Berger</a> und <a href="/impressum/autor-jonas-koch">Jonas Koch</a></div>\n'
        '<time datetime="2022-08-16 14:02:11" class="timeformat">16.08.2022, 14.02 Uhr</time>\n</header>\n'
        f'<section class="relative" data-area="body">\n{text}</section>\n</article>\n'
    )
    return Page(
        "wildbienen",
        "de",
        "kicker",
        url,
        title,
        ["Anna Berger", "Jonas Koch"],
        "2022-08-16",
        "Der Spiegel",
        doc("de", f"{kicker}: {title} - DER SPIEGEL", head, body("de", None, article)),
        real_host=True,
    )


@page
def nachtzug() -> Page:
    # ZEIT ONLINE (real host) with no site name in the markup: kicker, "Von" byline and a
    # <time> showing "30. Dezember 2019, 17:32 Uhr".
    url = "https://www.zeit.de/mobilitaet/2019-12/nachtzug-wien-bruessel-neue-verbindung"
    title = "Nachtzug verbindet wieder Wien und Brüssel"
    head = prop("og:title", title) + prop("og:type", "article")
    text = paras(
        [
            "Erstmals seit 16 Jahren fährt wieder ein Nachtzug zwischen Wien und Brüssel. Der erste Zug soll im Januar starten, zunächst zweimal pro Woche.",
            "Die Fahrt dauert rund 14 Stunden und führt über Linz, Nürnberg, Frankfurt und Köln. Reisende können zwischen Sitzplätzen, Liegewagen und Schlafwagen wählen.",
            "Die Bahngesellschaften setzen auf Menschen, die aus Klimagründen aufs Fliegen verzichten wollen. Ein Platz im Liegewagen soll ab 59 Euro kosten.",
            "Kritik kommt von Fahrgastverbänden: Die Züge seien zu alt, und zwei Fahrten pro Woche reichten nicht, um Geschäftsreisende zu gewinnen.",
        ],
        "paragraph article__item",
    )
    article = (
        '<article class="article">\n<header class="article-header">\n<h1 class="article-heading">'
        '<span class="article-heading__kicker">Bahnverkehr</span><span class="visually-hidden">: </span>'
        f'<span class="article-heading__title">{esc(title)}</span></h1>\n'
        '<div class="summary">Ab Januar rollt wieder ein Schlafwagen von der Donau nach Belgien.</div>\n'
        '<div class="byline">Von <a href="/autoren/H/Lena_Hartmann/index">Lena Hartmann</a></div>\n'
        '<div class="metadata"><time class="metadata__date" datetime="2019-12-30T17:32:10+01:00">30. Dezember 2019, 17:32 Uhr</time></div>\n</header>\n'
        f'<div class="article-body">\n{text}</div>\n</article>\n'
    )
    return Page(
        "nachtzug",
        "de",
        "host-table",
        url,
        title,
        ["Lena Hartmann"],
        "2019-12-30",
        "Die Zeit",
        doc("de", title, head, body("de", None, article)),
        real_host=True,
        host_only=True,
    )


@page
def handwerk() -> Page:
    # Frankfurter Allgemeine (real host): JSON-LD, og:site_name and a visible byline agree;
    # <title> is "Kicker: Headline | FAZ".
    site = "Frankfurter Allgemeine Zeitung"
    url = "https://www.faz.net/aktuell/wirtschaft/unternehmen/handwerk-sucht-auszubildende-18234567.html"
    title = "Handwerksbetriebe suchen händeringend Auszubildende"
    head = (
        prop("og:site_name", site)
        + prop("og:title", title)
        + prop("og:type", "article")
        + ld(
            {
                "@context": "https://schema.org",
                "@type": "NewsArticle",
                "headline": title,
                "datePublished": "2022-08-03T09:41:17+02:00",
                "dateModified": "2022-08-03T09:41:17+02:00",
                "author": [person("Katrin Vogel")],
                "publisher": org(site),
                "mainEntityOfPage": url,
            }
        )
    )
    text = paras(
        [
            "Im deutschen Handwerk bleiben in diesem Jahr so viele Ausbildungsplätze unbesetzt wie selten zuvor. Nach Angaben des Branchenverbands waren Ende Juli noch mehr als 30.000 Stellen frei.",
            "Besonders schwer haben es Bäckereien, Fleischereien und Betriebe im Lebensmittelhandwerk. Aber auch Elektriker und Installateure finden oft keinen Nachwuchs.",
            "Viele Betriebe werben inzwischen mit Prämien, Dienstwagen oder einer Vier-Tage-Woche. Einige suchen gezielt im Ausland nach jungen Leuten.",
            "Der Verband fordert, die Berufsorientierung an Gymnasien zu stärken. Dort werde das Handwerk noch zu selten als Alternative zum Studium vorgestellt.",
        ],
        "First atc-TextParagraph",
    )
    article = (
        '<article class="atc">\n<header class="atc-Header">\n<h2 class="atc-HeadlineEmphasis">Fachkräftemangel:</h2>\n'
        f'<h1 class="atc-HeadlineText">{esc(title)}</h1>\n'
        '<p class="atc-Meta">Von <span class="atc-MetaAuthor">Katrin Vogel</span> · Aktualisiert am <time datetime="2022-08-03T09:41:17+0200">03.08.2022-09:41</time></p>\n</header>\n'
        f'<div class="atc-Text">\n{text}</div>\n</article>\n'
    )
    return Page(
        "handwerk",
        "de",
        "jsonld-article",
        url,
        title,
        ["Katrin Vogel"],
        "2022-08-03",
        site,
        doc("de", f"Fachkräftemangel: {title} | FAZ", head, body("de", site, article)),
        real_host=True,
    )


@page
def isar_hochwasser() -> Page:
    # Süddeutsche Zeitung (real host): og:site_name and a "Von A und B" byline; the <time>
    # uses a space between date and time.
    site = "Süddeutsche Zeitung"
    url = "https://www.sueddeutsche.de/muenchen/isar-hochwasserschutz-ausbau-1.5281234"
    title = "Mehr Schutz vor dem nächsten Isar-Hochwasser"
    head = (
        prop("og:site_name", site)
        + prop("og:title", f"{title} - München - SZ.de")
        + prop("og:type", "article")
    )
    text = paras(
        [
            "Die Stadt München will in den kommenden zehn Jahren rund 120 Millionen Euro in den Hochwasserschutz an der Isar investieren. Das hat der Stadtrat am Mittwoch beschlossen.",
            "Geplant sind höhere Deiche im Süden der Stadt, neue Rückhalteflächen und mobile Schutzwände an mehreren Brücken.",
            "Anlass sind neue Berechnungen, nach denen extreme Hochwasser durch den Klimawandel häufiger werden könnten. Beim Hochwasser 2013 war die Isar nur knapp unter der Deichkrone geblieben.",
            "Umweltverbände begrüßen die Pläne, fordern aber, mehr Auwälder als natürliche Überflutungsflächen zu erhalten.",
        ],
        "css-13wylk3",
    )
    article = (
        '<article class="sz-article">\n<header>\n<h2 class="css-1tm5due"><span class="css-1r5gb7q">München</span></h2>\n'
        f'<h1 class="css-1bhnxuf" data-manual="title">{esc(title)}</h1>\n'
        '<time class="css-1r5gb7q" datetime="2021-05-06 18:22:01">6. Mai 2021, 18:22 Uhr</time>\n'
        '<p class="css-1psf6fh" data-manual="author">Von Thomas Berger und Miriam Lang</p>\n</header>\n'
        f'<div itemprop="articleBody">\n{text}</div>\n</article>\n'
    )
    return Page(
        "isar-hochwasser",
        "de",
        "multi-author",
        url,
        title,
        ["Thomas Berger", "Miriam Lang"],
        "2021-05-06",
        site,
        doc("de", f"München: {title} - Süddeutsche Zeitung", head, body("de", site, article)),
        real_host=True,
    )


@page
def fahrradteile() -> Page:
    # WELT (real host) with no site name in the markup: "Von" byline and
    # "Veröffentlicht am 12.03.2021" in a <time>.
    url = "https://www.welt.de/wirtschaft/article229876543/Fahrradhaendler-warten-monatelang-auf-Ersatzteile.html"
    title = "Fahrradhändler warten monatelang auf Ersatzteile"
    head = prop("og:title", title) + prop("og:type", "article")
    text = paras(
        [
            "Wer im Frühjahr ein neues Fahrrad kaufen will, braucht Geduld. Viele Händler warten seit Monaten auf Rahmen, Schaltungen und Bremsen aus Asien.",
            "Die Nachfrage ist seit Beginn der Pandemie stark gestiegen, gleichzeitig fehlen Container und Frachtkapazitäten. Einige Teile haben Lieferzeiten von mehr als einem Jahr.",
            "Werkstätten berichten, dass sie Reparaturen ablehnen müssen, weil einfache Ersatzteile wie Ketten oder Schläuche fehlen.",
            "Der Branchenverband rechnet damit, dass sich die Lage erst im kommenden Jahr entspannt.",
        ]
    )
    article = (
        f'<article class="c-article-page">\n<h2 class="c-topic">Fahrradboom</h2>\n<h1 class="c-headline">{esc(title)}</h1>\n'
        '<div class="c-author">Von <a href="/autor/markus-brandt/">Markus Brandt</a>, Wirtschaftsredakteur</div>\n'
        '<div class="c-publish-date">Veröffentlicht am <time datetime="2021-03-12T07:46:00Z">12.03.2021</time> | Lesedauer: 3 Minuten</div>\n'
        f'<div class="c-article-text">\n{text}</div>\n</article>\n'
    )
    return Page(
        "fahrradteile",
        "de",
        "host-table",
        url,
        title,
        ["Markus Brandt"],
        "2021-03-12",
        "Die Welt",
        doc("de", title, head, body("de", None, article)),
        real_host=True,
        host_only=True,
    )


@page
def glasfaser() -> Page:
    # tagesschau.de (real host), no site name and no author in the markup: the only date is
    # "Stand: 21.01.2023 18:04 Uhr" as text.
    url = "https://www.tagesschau.de/inland/glasfaser-ausbau-laendlicher-raum-101.html"
    title = "Glasfaserausbau auf dem Land kommt langsamer voran als geplant"
    head = prop("og:title", title) + prop("og:type", "website")
    text = paras(
        [
            "Der Ausbau schneller Internetanschlüsse in ländlichen Regionen kommt langsamer voran als von der Bundesregierung geplant. Nur rund ein Viertel der Haushalte auf dem Land kann derzeit einen Glasfaseranschluss nutzen.",
            "Als Gründe nennen Netzbetreiber fehlende Tiefbaufirmen, lange Genehmigungsverfahren und gestiegene Baukosten.",
            "Kommunen klagen zudem über komplizierte Förderprogramme. Manche Anträge würden mehr als ein Jahr lang geprüft.",
            "Das Digitalministerium kündigte an, die Verfahren zu vereinfachen. Bis 2030 sollen alle Haushalte Zugang zu Glasfaser haben.",
        ],
        "textabsatz columns twelve m-ten m-offset-one l-eight l-offset-two",
    )
    article = (
        '<article class="container content-wrapper__group">\n<h1 class="seitenkopf__headline">'
        f'<span class="seitenkopf__topline">Breitband</span> <span class="seitenkopf__headline--text">{esc(title)}</span></h1>\n'
        '<p class="metatextline">Stand: 21.01.2023 18:04 Uhr</p>\n'
        f"{text}</article>\n"
    )
    return Page(
        "glasfaser",
        "de",
        "date-text",
        url,
        title,
        [],
        "2023-01-21",
        "Tagesschau",
        doc("de", title, head, body("de", None, article)),
        real_host=True,
        host_only=True,
    )


@page
def gemeindebau_solar() -> Page:
    # DER STANDARD (real host): JSON-LD NewsArticle with the author as a plain string.
    site = "Der Standard"
    url = (
        "https://www.derstandard.at/story/2000141234567/wiener-gemeindebauten-bekommen-solaranlagen"
    )
    title = "Wiener Gemeindebauten bekommen Solaranlagen auf den Dächern"
    head = ld(
        {
            "@context": "http://schema.org",
            "@type": "NewsArticle",
            "headline": title,
            "author": "Lukas Wimmer",
            "datePublished": "2022-11-24T11:15:00+01:00",
            "publisher": org(site),
            "inLanguage": "de-AT",
        }
    )
    text = paras(
        [
            "Auf den Dächern von 90 Wiener Gemeindebauten sollen bis 2025 Photovoltaikanlagen entstehen. Die Stadt rechnet damit, dass sie genug Strom für rund 4.000 Haushalte liefern.",
            "Mieterinnen und Mieter sollen sich an Energiegemeinschaften beteiligen können und den Strom günstiger beziehen als vom Netz.",
            "Bei älteren Bauten müssen zunächst die Dächer saniert werden. Deshalb beginnt der Ausbau bei Anlagen aus den 1970er- und 1980er-Jahren.",
            "Die Opposition begrüßt das Vorhaben, hält das Tempo aber für zu gering.",
        ]
    )
    article = (
        f'<article class="story-article">\n<header class="article-header"><h2 class="article-kicker">Energiewende</h2>\n<h1 class="article-title">{esc(title)}</h1>\n'
        '<div class="article-byline"><span class="article-origins">Lukas Wimmer</span> <time datetime="2022-11-24T11:15">24. November 2022, 11:15</time></div></header>\n'
        f'<div class="article-body">\n{text}</div>\n</article>\n'
    )
    return Page(
        "gemeindebau-solar",
        "de",
        "jsonld-author-string",
        url,
        title,
        ["Lukas Wimmer"],
        "2022-11-24",
        site,
        doc("de", f"{title} - Wien - derStandard.at › Panorama", head, body("de", site, article)),
        real_host=True,
    )


@page
def hafenfaehre() -> Page:
    # WordPress news theme with Yoast SEO (German): a JSON-LD "@graph" where the article's
    # author and publisher are "@id" references to other nodes.
    site = "Hanse-Echo"
    base = "https://hanse-echo.example"
    url = f"{base}/lokales/neue-hafenfaehre-soll-pendler-entlasten/"
    title = "Neue Hafenfähre soll Pendler entlasten"
    person_id = f"{base}/#/schema/person/9a8b7c6d5e4f"
    head = ld(
        {
            "@context": "https://schema.org",
            "@graph": [
                {
                    "@type": "WebPage",
                    "@id": url,
                    "url": url,
                    "name": f"{title} - {site}",
                    "isPartOf": {"@id": f"{base}/#website"},
                    "inLanguage": "de-DE",
                },
                {
                    "@type": "NewsArticle",
                    "@id": f"{url}#article",
                    "isPartOf": {"@id": url},
                    "author": [{"@id": person_id}],
                    "headline": title,
                    "datePublished": "2023-03-14T07:30:00+01:00",
                    "dateModified": "2023-03-15T10:00:00+01:00",
                    "publisher": {"@id": f"{base}/#organization"},
                    "inLanguage": "de-DE",
                },
                {
                    "@type": "Organization",
                    "@id": f"{base}/#organization",
                    "name": site,
                    "url": f"{base}/",
                },
                {
                    "@type": "WebSite",
                    "@id": f"{base}/#website",
                    "url": f"{base}/",
                    "name": site,
                    "publisher": {"@id": f"{base}/#organization"},
                },
                {"@type": "Person", "@id": person_id, "name": "Jens Petersen"},
            ],
        }
    )
    text = paras(
        [
            "Ab April verbindet eine neue Fährlinie den Stadtteil Süderhafen mit der Innenstadt. Die Fahrt dauert zwölf Minuten, die Schiffe verkehren im Berufsverkehr alle 20 Minuten.",
            "Die Verkehrsbetriebe hoffen, damit die stark belastete Elbbrücke zu entlasten. Dort stehen Pendler morgens oft im Stau.",
            "Für die Fähre gilt der normale Nahverkehrstarif. Fahrräder dürfen kostenlos mitgenommen werden.",
            "Die beiden Schiffe fahren mit Strom aus Batterien, die an den Anlegern geladen werden.",
        ]
    )
    article = (
        f'<article class="post type-post category-lokales">\n<header class="entry-header"><h1 class="entry-title">{esc(title)}</h1>\n'
        '<div class="entry-meta"><span class="cat-links">Veröffentlicht in <a href="/lokales/">Lokales</a></span></div></header>\n'
        f'<div class="entry-content">\n{text}</div>\n</article>\n'
    )
    return Page(
        "hafenfaehre",
        "de",
        "jsonld-graph",
        url,
        title,
        ["Jens Petersen"],
        "2023-03-14",
        site,
        doc("de", f"{title} - {site}", head, body("de", site, article)),
    )


@page
def sonntagsbibliothek() -> Page:
    # German regional paper: OpenGraph with article:published_time, article:modified_time
    # and article:author only.
    site = "Weserblick"
    url = "https://www.weserblick.example/region/stadtbibliothek-oeffnet-sonntags-12345678.html"
    title = "Stadtbibliothek öffnet künftig auch sonntags"
    head = (
        prop("og:title", title)
        + prop("og:site_name", site)
        + prop("og:type", "article")
        + prop("og:locale", "de_DE")
        + prop("article:published_time", "2022-01-20T05:00:00+01:00")
        + prop("article:modified_time", "2022-01-20T12:31:00+01:00")
        + prop("article:author", "Sabine Roth")
    )
    text = paras(
        [
            "Die Stadtbibliothek öffnet ab März auch an Sonntagen. Von 11 bis 17 Uhr können Besucherinnen und Besucher dann lesen, lernen und Medien ausleihen.",
            "Möglich wird das durch ein Gesetz des Landes, das Bibliotheken die Sonntagsöffnung erlaubt, wenn dort kein regulärer Verkaufsbetrieb stattfindet.",
            "Am Sonntag sollen vor allem Familien und Schülerinnen und Schüler angesprochen werden. Geplant sind Vorlesestunden und offene Lernräume.",
            "Das zusätzliche Personal finanziert die Stadt zunächst für zwei Jahre.",
        ]
    )
    article = f'<article class="article">\n<h1 class="article__headline">{esc(title)}</h1>\n<div class="article__body">\n{text}</div>\n</article>\n'
    return Page(
        "sonntagsbibliothek",
        "de",
        "og-only",
        url,
        title,
        ["Sabine Roth"],
        "2022-01-20",
        site,
        doc("de", f"{title} | {site}", head, body("de", site, article)),
    )


@page
def kiezblock() -> Page:
    # Berlin paper on an old CMS with Dublin Core tags only.
    site = "Spreekurier"
    url = "https://www.spreekurier.example/berlin/artikel/kiezblock-friedrichshain-47112"
    title = "Anwohner stimmen für autofreien Kiezblock"
    head = (
        '<link rel="schema.DC" href="http://purl.org/dc/elements/1.1/">\n'
        + meta("DC.title", title)
        + meta("DC.creator", "Paul Neumann")
        + meta("DC.date", "2018-04-09")
        + meta("DC.publisher", site)
        + meta("DC.language", "de")
    )
    text = paras(
        [
            "In einem Wohnviertel in Friedrichshain sollen Autos künftig nicht mehr quer durch die Nebenstraßen fahren dürfen. Eine Mehrheit der Anwohnerinnen und Anwohner hat sich in einer Befragung für den sogenannten Kiezblock ausgesprochen.",
            "Poller und Einbahnstraßen sollen den Durchgangsverkehr auf die Hauptstraßen lenken. Anlieger, Lieferdienste und Rettungswagen können weiter in alle Straßen fahren.",
            "Gewerbetreibende befürchten weniger Laufkundschaft. Der Bezirk will die Folgen deshalb ein Jahr lang beobachten.",
        ]
    )
    article = f'<div class="artikel">\n<h1>{esc(title)}</h1>\n<div class="artikeltext">\n{text}</div>\n</div>\n'
    return Page(
        "kiezblock",
        "de",
        "dublin-core",
        url,
        title,
        ["Paul Neumann"],
        "2018-04-09",
        site,
        doc("de", title, head, body("de", site, article)),
    )


@page
def viehscheid() -> Page:
    # Regional paper: plain <meta name="author"> and <meta name="date">, nothing else.
    site = "Allgäuer Abendpost"
    url = (
        "https://www.allgaeuer-abendpost.example/lokales/kempten/viehscheid-faellt-aus_arid-204511"
    )
    title = "Viehscheid fällt in diesem Jahr aus"
    head = (
        meta("author", "Christine Huber")
        + meta("date", "2020-08-04")
        + meta(
            "description", "Ohne Festzelt und Zuschauer: Die Tiere kommen trotzdem von den Alpen."
        )
    )
    text = paras(
        [
            "Der traditionelle Viehscheid in mehreren Allgäuer Gemeinden fällt in diesem Jahr aus. Die Veranstalter sehen sich nicht in der Lage, die nötigen Abstände und Hygieneregeln einzuhalten.",
            "Die Tiere werden trotzdem im September von den Alpen ins Tal getrieben, allerdings ohne Festzelt, Musik und Zuschauer.",
            "Für Gastwirte und Schausteller ist die Absage ein weiterer Rückschlag. Viele hatten auf das Geschäft im Herbst gehofft.",
        ]
    )
    article = f'<article class="artikel">\n<h1>{esc(title)}</h1>\n<div class="artikel-text">\n{text}</div>\n</article>\n'
    return Page(
        "viehscheid",
        "de",
        "meta-name",
        url,
        title,
        ["Christine Huber"],
        "2020-08-04",
        site,
        doc("de", f"{title} - {site}", head, body("de", site, article)),
    )


@page
def streuobst() -> Page:
    # TYPO3 regional paper with schema.org microdata: two itemprop="author" persons, a
    # datePublished <time> and a later dateModified <meta>.
    site = "Taunusbote"
    url = "https://www.taunusbote.example/nachrichten/region/streuobstwiesen-foerderprogramm.html"
    title = "Landkreis startet Programm zur Rettung der Streuobstwiesen"
    text = paras(
        [
            "Der Landkreis will die Streuobstwiesen in der Region besser schützen. Ein neues Förderprogramm zahlt Eigentümern künftig bis zu 30 Euro pro Baum, der fachgerecht geschnitten wird.",
            "Viele Wiesen sind in den vergangenen Jahrzehnten verwildert, weil sich die Pflege für die Besitzer nicht mehr lohnt. Alte Bäume brechen zusammen, junge werden kaum nachgepflanzt.",
            "Dabei gelten die Wiesen als besonders artenreich. Dort leben unter anderem Steinkäuze, Gartenschläfer und zahlreiche Insektenarten.",
            "Zusätzlich will der Kreis Schnittkurse anbieten und eine Saftpresse unterstützen, die Obst aus der Region zu fairen Preisen ankauft.",
        ]
    )
    article = (
        '<div class="news-single-item" itemscope itemtype="http://schema.org/NewsArticle">\n'
        f'<h1 itemprop="headline">{esc(title)}</h1>\n'
        '<p class="news-meta">Von <span itemprop="author" itemscope itemtype="http://schema.org/Person"><span itemprop="name">Sophie Adler</span></span> und '
        '<span itemprop="author" itemscope itemtype="http://schema.org/Person"><span itemprop="name">Ben Schäfer</span></span> · '
        '<time itemprop="datePublished" datetime="2019-05-30T09:00:00+02:00">30.05.2019</time>'
        '<meta itemprop="dateModified" content="2019-06-01T11:20:00+02:00"></p>\n'
        f'<div itemprop="publisher" itemscope itemtype="http://schema.org/Organization"><meta itemprop="name" content="{site}"></div>\n'
        f'<div class="news-text-wrap" itemprop="articleBody">\n{text}</div>\n</div>\n'
    )
    return Page(
        "streuobst",
        "de",
        "microdata",
        url,
        title,
        ["Sophie Adler", "Ben Schäfer"],
        "2019-05-30",
        site,
        doc("de", f"{site}: {title}", "", body("de", site, article)),
    )


@page
def weinernte() -> Page:
    # Regional paper running a dpa story: byline, meta author and JSON-LD author all "dpa".
    site = "Mainfranken Anzeiger"
    url = "https://www.mainfranken-anzeiger.example/ueberregional/wirtschaft/winzer-erwarten-kleinere-ernte-art-9812"
    title = "Winzer erwarten kleinere Ernte, aber gute Qualität"
    head = (
        meta("author", "dpa")
        + prop("og:site_name", site)
        + prop("og:title", title)
        + ld(
            {
                "@context": "https://schema.org",
                "@type": "NewsArticle",
                "headline": title,
                "author": {"@type": "Organization", "name": "dpa"},
                "datePublished": "2021-09-14T15:20:00+02:00",
                "publisher": org(site),
            }
        )
    )
    text = paras(
        [
            "Würzburg (dpa/lby) - Die Winzer in Franken rechnen in diesem Jahr mit einer kleineren Weinernte als im Vorjahr. Spätfrost im Frühjahr und Hagel im Sommer hätten in einigen Lagen große Schäden angerichtet, teilte der Weinbauverband mit.",
            "Die Qualität der Trauben sei dagegen gut. Der verregnete Sommer habe zwar Pilzkrankheiten begünstigt, die Winzer hätten aber rechtzeitig reagiert.",
            "Die Hauptlese soll in den kommenden Tagen beginnen. Mehrere Betriebe suchen noch Erntehelfer.",
        ]
    )
    article = (
        f'<article class="article">\n<h1>{esc(title)}</h1>\n<p class="article-author">dpa</p>\n'
        '<p class="article-date"><time datetime="2021-09-14T15:20:00+02:00">14.09.2021, 15:20 Uhr</time></p>\n'
        f'<div class="article-text">\n{text}</div>\n<p class="copyright">© dpa-infocom, dpa:210914-99-212345/3</p>\n</article>\n'
    )
    return Page(
        "weinernte",
        "de",
        "author-agency",
        url,
        title,
        [],
        "2021-09-14",
        site,
        doc("de", f"{title} | {site}", head, body("de", site, article)),
    )


@page
def tagebausee() -> Page:
    # East German regional paper: "Veröffentlicht am 4. November 2022, 06:30 Uhr" as text only.
    site = "Lausitzer Tagespost"
    url = "https://www.lausitzer-tagespost.example/cottbus/badestelle-am-tagebausee-id-5567123"
    title = "Am neuen Tagebausee soll eine Badestelle entstehen"
    text = paras(
        [
            "Am künftigen Ostsee bei Cottbus soll bis 2026 eine erste offizielle Badestelle entstehen. Die Stadt hat dafür einen Bebauungsplan auf den Weg gebracht.",
            "Der See entsteht in einem ehemaligen Braunkohletagebau und wird seit 2019 mit Wasser aus der Spree geflutet. Er soll einmal der größte künstliche See Deutschlands werden.",
            "Geplant sind ein Sandstrand, ein Parkplatz und ein Rettungsturm. Wann das Wasser tatsächlich freigegeben wird, hängt aber von der Wasserqualität ab.",
        ]
    )
    article = (
        f'<article class="article">\n<p class="article-kicker">Cottbuser Ostsee</p>\n<h1 class="article-title">{esc(title)}</h1>\n'
        '<div class="article-info"><span class="author">Von Claudia Richter</span> <span class="date">Veröffentlicht am 4. November 2022, 06:30 Uhr</span></div>\n'
        f'<div class="article-content">\n{text}</div>\n</article>\n'
    )
    return Page(
        "tagebausee",
        "de",
        "date-text",
        url,
        title,
        ["Claudia Richter"],
        "2022-11-04",
        site,
        doc("de", f"{title} | {site}", "", body("de", site, article)),
    )


@page
def erntehelfer() -> Page:
    # Ippen network-like regional page: "Erstellt: ... Aktualisiert: ..." with OpenGraph
    # article times that agree.
    site = "Elbufer Nachrichten"
    url = "https://www.elbufer-nachrichten.example/lokales/stade/obstbauern-klagen-ueber-fehlende-erntehelfer-92031457.html"
    title = "Obstbauern im Alten Land klagen über fehlende Erntehelfer"
    head = (
        prop("og:site_name", site)
        + prop("og:title", title)
        + prop("og:type", "article")
        + prop("article:published_time", "2021-09-18T08:15:00+02:00")
        + prop("article:modified_time", "2021-09-19T11:10:00+02:00")
    )
    text = paras(
        [
            "Mitten in der Apfelernte fehlen vielen Obstbauern im Alten Land Arbeitskräfte. Einige Betriebe können ihre Bäume nur zur Hälfte abernten.",
            "Früher kamen viele Erntehelfer aus Polen und Rumänien. Inzwischen finden sie auch in ihren Heimatländern gut bezahlte Arbeit.",
            "Die Betriebe versuchen es mit Aushängen an Hochschulen und mit Aufrufen in sozialen Netzwerken. Studierende können bis zu 15 Euro pro Stunde verdienen.",
            "Der Obstbauverband fordert, die Regeln für Saisonarbeit aus Ländern außerhalb der EU zu vereinfachen.",
        ]
    )
    article = (
        f'<article class="id-Story">\n<h1 class="id-Story-headline">{esc(title)}</h1>\n'
        '<p class="id-Story-authors">Von <a href="/autoren/tobias-wendt">Tobias Wendt</a></p>\n'
        '<p class="id-Story-timestamp"><span>Erstellt: 18.09.2021, 08:15 Uhr</span> | <span>Aktualisiert: 19.09.2021, 11:10 Uhr</span></p>\n'
        f'<div class="id-Story-body">\n{text}</div>\n</article>\n'
    )
    return Page(
        "erntehelfer",
        "de",
        "date-modified",
        url,
        title,
        ["Tobias Wendt"],
        "2021-09-18",
        site,
        doc("de", f"{title} | {site}", head, body("de", site, article)),
    )


@page
def romanshorn_faehre() -> Page:
    # Lake Constance regional paper: byline and meta author are just "Redaktion".
    site = "Bodensee Blatt"
    url = "https://www.bodensee-blatt.example/region/friedrichshafen/faehre-romanshorn-winterfahrplan.html"
    title = "Fähre nach Romanshorn fährt im Winter seltener"
    head = meta("author", "Redaktion") + prop("og:site_name", site) + prop("og:title", title)
    text = paras(
        [
            "Die Autofähre zwischen Friedrichshafen und Romanshorn fährt ab November nur noch im Stundentakt. Bisher legten die Schiffe in der Hauptverkehrszeit alle 30 Minuten ab.",
            "Die Betreiber begründen den Schritt mit der geringen Nachfrage in den Wintermonaten und gestiegenen Energiekosten.",
            "Pendler aus der Schweiz kritisieren die Änderung. Für viele verlängert sich der Arbeitsweg damit um bis zu eine halbe Stunde.",
            "Im April soll wieder der Sommerfahrplan gelten.",
        ]
    )
    article = (
        f'<article>\n<h1>{esc(title)}</h1>\n<p class="autor">Von Redaktion</p>\n'
        '<p class="datum"><time datetime="2023-10-27T16:45:00+02:00">27.10.2023</time></p>\n'
        f'<div class="text">\n{text}</div>\n</article>\n'
    )
    return Page(
        "romanshorn-faehre",
        "de",
        "author-staff",
        url,
        title,
        [],
        "2023-10-27",
        site,
        doc("de", f"{title} | {site}", head, body("de", site, article)),
    )


@page
def router_luecke() -> Page:
    # Heise-like tech news site: author link at the top and the author's initials "(nha)"
    # at the end of the text; the colon in the headline belongs to the headline.
    site = "Technikschau"
    url = "https://www.technikschau.example/news/Sicherheitsluecke-in-Routern-Hersteller-liefert-Update-9182736.html"
    title = "Sicherheitslücke in Routern: Hersteller liefert Update nach"
    head = prop("og:site_name", site) + prop("og:title", title) + prop("og:type", "article")
    text = paras(
        [
            "Ein großer Hersteller von Heimroutern hat ein Update für eine Sicherheitslücke veröffentlicht, über die Angreifer aus dem Internet die Kontrolle über die Geräte übernehmen konnten.",
            "Betroffen sind mehrere ältere Modelle, bei denen die Fernwartung ab Werk eingeschaltet war. Sicherheitsforscher hatten den Fehler bereits im Februar gemeldet.",
            "Nutzer sollten das Update umgehend installieren und die Fernwartung abschalten, wenn sie sie nicht benötigen. Die meisten Geräte aktualisieren sich automatisch.",
        ]
    )
    article = (
        f'<article class="article-layout">\n<h1 class="a-article-header__title">{esc(title)}</h1>\n'
        '<div class="a-publish-info"><time datetime="2022-05-11T15:03:00+02:00">11.05.2022 15:03 Uhr</time> '
        '<span class="a-creator">Von <a href="/autor/nils-hartung">Nils Hartung</a></span></div>\n'
        f'<div class="article-content">\n{text}<p class="a-kuerzel">(nha)</p>\n</div>\n</article>\n'
    )
    return Page(
        "router-luecke",
        "de",
        "author-initials",
        url,
        title,
        ["Nils Hartung"],
        "2022-05-11",
        site,
        doc("de", f"{title} | {site}", head, body("de", site, article)),
    )


@page
def traditionssegler() -> Page:
    # Northern German regional paper: the lead photo with "Foto:" credit sits above the
    # "Von" byline.
    site = "Der Nordstern"
    url = "https://www.nordstern-zeitung.example/lokales/kiel/traditionssegler-kehrt-zurueck-a-78123.html"
    title = "Traditionssegler kehrt nach Restaurierung in den Hafen zurück"
    head = prop("og:site_name", site) + prop("og:title", title)
    text = paras(
        [
            "Nach drei Jahren in der Werft ist der Traditionssegler „Greta“ am Samstag in seinen Heimathafen zurückgekehrt. Hunderte Menschen begrüßten das Schiff an der Kaimauer.",
            "Ehrenamtliche Helfer haben den über 100 Jahre alten Rumpf zum großen Teil erneuert und die Masten aus Lärchenholz neu gebaut. Die Kosten lagen bei rund 1,2 Millionen Euro.",
            "Ab Juli soll die „Greta“ wieder Gäste an Bord nehmen. Tagesfahrten auf der Ostsee sind bereits weitgehend ausgebucht.",
        ]
    )
    article = (
        f'<article class="artikel">\n<h1>{esc(title)}</h1>\n'
        '<figure><img src="/bilder/greta.jpg" alt="Segelschiff"><figcaption>Die „Greta“ beim Einlaufen in die Förde. <span class="bildquelle">Foto: Max Ebert</span></figcaption></figure>\n'
        '<p class="autor">Von Julia Sommer</p>\n<p class="datum"><time datetime="2020-06-27T18:00:00+02:00">27.06.2020</time></p>\n'
        f'<div class="artikel-text">\n{text}</div>\n</article>\n'
    )
    return Page(
        "traditionssegler",
        "de",
        "author-photo-credit",
        url,
        title,
        ["Julia Sommer"],
        "2020-06-27",
        site,
        doc("de", f"{title} | {site}", head, body("de", site, article)),
    )


@page
def stadtbahn() -> Page:
    # Regional paper: byline "Von A, B und C" and JSON-LD authors as a list of strings.
    site = "Neckartal Kurier"
    url = "https://www.neckartal-kurier.example/region/stadtbahn-wird-verlaengert-112233.html"
    title = "Stadtbahn wird bis ins Neckartal verlängert"
    authors = ["Anna Keller", "David Wolf", "Elif Yıldız"]
    head = (
        prop("og:site_name", site)
        + prop("og:title", title)
        + ld(
            {
                "@context": "https://schema.org",
                "@type": "NewsArticle",
                "headline": title,
                "author": authors,
                "datePublished": "2024-02-29T19:05:00+01:00",
                "publisher": org(site),
            }
        )
    )
    text = paras(
        [
            "Die Stadtbahn soll in den kommenden Jahren um elf Kilometer bis in die Gemeinden im oberen Neckartal verlängert werden. Der Kreistag hat am Donnerstag mit großer Mehrheit zugestimmt.",
            "Die Kosten werden auf rund 240 Millionen Euro geschätzt. Bund und Land wollen den größten Teil übernehmen.",
            "Die neue Strecke nutzt überwiegend eine stillgelegte Güterbahn. Sechs neue Haltestellen sind geplant.",
            "Die ersten Züge könnten 2030 fahren, sofern das Planfeststellungsverfahren ohne größere Einwände abläuft.",
        ]
    )
    article = (
        f'<article class="article">\n<h1>{esc(title)}</h1>\n<p class="byline">Von Anna Keller, David Wolf und Elif Yıldız</p>\n'
        '<p class="date"><time datetime="2024-02-29T19:05:00+01:00">29.02.2024, 19:05 Uhr</time></p>\n'
        f'<div class="article-text">\n{text}</div>\n</article>\n'
    )
    return Page(
        "stadtbahn",
        "de",
        "multi-author",
        url,
        title,
        authors,
        "2024-02-29",
        site,
        doc("de", f"{title} | {site}", head, body("de", site, article)),
    )


@page
def dorffest() -> Page:
    # Hand-made club page: no metadata, no date, no byline, no site name.
    url = "https://www.ortsverein-lindenau.example/aktuelles/beitrag.php?id=218"
    title = "Dorffest wegen Unwetterwarnung verschoben"
    top = '<div id="kopf"><a href="/">Startseite</a> | <a href="/aktuelles/">Aktuelles</a> | <a href="/termine/">Termine</a> | <a href="/kontakt/">Kontakt</a> <form action="/suche/"><input name="q" placeholder="Suchbegriff"><button>Suchen</button></form></div>\n'
    text = paras(
        [
            "Das für Samstag geplante Dorffest auf dem Festplatz wird wegen einer Unwetterwarnung um eine Woche verschoben. Der Wetterdienst rechnet mit Gewittern, Starkregen und Sturmböen.",
            "Bereits gekaufte Essensmarken behalten ihre Gültigkeit. Der Kinderflohmarkt findet ebenfalls am Ersatztermin statt.",
            "Helferinnen und Helfer für den Auf- und Abbau werden weiterhin gesucht. Wer mitmachen möchte, meldet sich bitte beim Vorstand.",
            "Das Programm mit Blaskapelle, Kinderschminken und Tombola bleibt unverändert. Der Erlös kommt wie jedes Jahr dem Kindergarten zugute.",
        ]
    )
    page_body = (
        f'{top}<div id="inhalt">\n<h1>{esc(title)}</h1>\n{text}</div>\n'
        '<div id="rand"><h3>Weitere Beiträge</h3><ul><li><a href="?id=217">Neue Bänke am Dorfteich</a></li><li><a href="?id=215">Rückblick Maibaumfest</a></li>'
        '<li><a href="?id=214">Jahreshauptversammlung: Vorstand bestätigt</a></li><li><a href="?id=211">Altpapiersammlung der Jugendfeuerwehr</a></li>'
        '<li><a href="?id=209">Neue Übungszeiten im Sportheim</a></li></ul>\n'
        '<h3>Mitmachen</h3><ul><li><a href="/verein/mitglied-werden/">Mitglied werden</a></li><li><a href="/verein/spenden/">Spenden</a></li><li><a href="/galerie/">Fotogalerie</a></li></ul></div>\n'
        '<div id="fuss"><a href="/impressum/">Impressum</a> | <a href="/datenschutz/">Datenschutz</a> | <a href="/kontakt/">Kontakt</a></div>\n'
    )
    return Page(
        "dorffest",
        "de",
        "no-metadata",
        url,
        title,
        [],
        None,
        None,
        doc("de", "Aktuelles", HANDMADE_CSS, page_body),
    )


# --- French pages ---------------------------------------------------------------------------


@page
def oiseaux() -> Page:
    # Le Monde (real host), Le Monde-like, with no site name in the markup: "Par" byline and
    # "Publié le 30 décembre 2019 à 10h05 - Mis à jour le 31 décembre 2019" as text.
    url = "https://www.lemonde.fr/planete/article/2019/12/30/les-oiseaux-des-champs-continuent-de-disparaitre_6024356_3244.html"
    title = "Les oiseaux des champs continuent de disparaître en France"
    head = prop("og:title", title) + prop("og:type", "article") + prop("og:locale", "fr_FR")
    text = paras(
        [
            "Les populations d’oiseaux vivant dans les milieux agricoles ont encore reculé en 2019, selon le bilan annuel publié lundi par des chercheurs et des associations de protection de la nature.",
            "L’alouette des champs, la perdrix grise et le bruant jaune figurent parmi les espèces les plus touchées. Certaines ont perdu plus de la moitié de leurs effectifs en trente ans.",
            "Les scientifiques mettent en cause l’usage des pesticides, qui réduit le nombre d’insectes dont se nourrissent les oisillons, ainsi que la disparition des haies.",
            "Les auteurs appellent à accélérer la transition vers des pratiques agricoles plus favorables à la biodiversité.",
        ],
        "article__paragraph",
    )
    article = (
        '<section class="article__wrapper">\n<header class="article__header">\n'
        f'<h1 class="article__title">{esc(title)}</h1>\n'
        '<p class="article__desc">Le bilan annuel confirme le déclin de l’alouette, de la perdrix grise et du bruant jaune.</p>\n'
        '<span class="meta__author">Par <a class="article__author-link" href="/signataires/claire-mounier/">Claire Mounier</a></span>\n'
        '<span class="meta__date">Publié le 30 décembre 2019 à 10h05 - Mis à jour le 31 décembre 2019 à 08h12</span>\n</header>\n'
        f'<article class="article__content">\n{text}</article>\n</section>\n'
    )
    return Page(
        "oiseaux",
        "fr",
        "date-text",
        url,
        title,
        ["Claire Mounier"],
        "2019-12-30",
        "Le Monde",
        doc("fr", title, head, body("fr", None, article)),
        real_host=True,
        host_only=True,
    )


@page
def baguette() -> Page:
    # Le Figaro (real host): og:site_name, article:published_time and "Par A et B".
    site = "Le Figaro"
    url = "https://www.lefigaro.fr/conjoncture/le-prix-de-la-baguette-grimpe-dans-les-boulangeries-20220912"
    title = "Le prix de la baguette grimpe dans les boulangeries"
    head = (
        prop("og:site_name", site)
        + prop("og:title", title)
        + prop("og:type", "article")
        + prop("article:published_time", "2022-09-12T18:40:00+02:00")
        + prop("article:section", "Conjoncture")
    )
    text = paras(
        [
            "Le prix moyen de la baguette a dépassé un euro dans de nombreuses boulangeries, poussé par la hausse du coût de la farine, du beurre et surtout de l’énergie.",
            "Certains artisans disent avoir vu leur facture d’électricité tripler depuis le début de l’année. Plusieurs envisagent de réduire leurs horaires d’ouverture.",
            "La fédération de la boulangerie demande au gouvernement une aide spécifique pour les petites entreprises qui utilisent des fours électriques.",
            "Les clients, eux, disent surveiller davantage leurs achats, sans pour autant renoncer à leur baguette quotidienne.",
        ],
        "fig-paragraph",
    )
    article = (
        f'<article class="fig-main">\n<h1 class="fig-headline">{esc(title)}</h1>\n'
        '<div class="fig-content-metas__authors">Par <a href="/auteur/julien-morel">Julien Morel</a> et <a href="/auteur/sophie-lambert">Sophie Lambert</a></div>\n'
        '<div class="fig-content-metas__pub"><span>Publié le <time datetime="2022-09-12T18:40:00+02:00">12/09/2022 à 18:40</time></span></div>\n'
        f'<div class="fig-body">\n{text}</div>\n</article>\n'
    )
    return Page(
        "baguette",
        "fr",
        "multi-author",
        url,
        title,
        ["Julien Morel", "Sophie Lambert"],
        "2022-09-12",
        site,
        doc("fr", title, head, body("fr", site, article)),
        real_host=True,
    )


@page
def passerelle() -> Page:
    # French regional daily whose <title> puts the site name first: "Site - Headline".
    site = "Le Courrier de l’Estuaire"
    url = "https://www.courrier-estuaire.example/saint-nazaire/une-passerelle-pietonne-relie-le-port-au-centre-ville-2023-05-04"
    title = "Un nouveau pont pour piétons relie le port au centre-ville"
    text = paras(
        [
            "Un pont réservé aux piétons et aux cyclistes relie désormais le quartier du port au centre-ville. Il a été inauguré jeudi en présence de plusieurs centaines d’habitants.",
            "L’ouvrage de 140 mètres enjambe le bassin principal et peut pivoter pour laisser passer les bateaux. Son coût s’élève à 11 millions d’euros.",
            "Jusqu’ici, les piétons devaient faire un détour de près de deux kilomètres par le pont routier.",
            "La ville espère que le pont encouragera l’installation de commerces sur les quais, encore peu fréquentés.",
        ]
    )
    article = (
        f'<article class="article">\n<h1 class="article-titre">{esc(title)}</h1>\n'
        '<p class="article-signature">Par Hélène Garnier · <time datetime="2023-05-04T11:00:00+02:00">4 mai 2023</time></p>\n'
        f'<div class="article-corps">\n{text}</div>\n</article>\n'
    )
    return Page(
        "passerelle",
        "fr",
        "title-site-prefix",
        url,
        title,
        ["Hélène Garnier"],
        "2023-05-04",
        site,
        doc("fr", f"{site} - {title}", "", body("fr", site, article)),
    )


@page
def incendie() -> Page:
    # French regional daily running an agency story: byline "La Vigie du Sud avec AFP".
    site = "La Vigie du Sud"
    url = "https://www.lavigiedusud.example/actualites/incendie-1200-hectares-campings-evacues-2022-07-19"
    title = "Incendie dans l’arrière-pays : 1 200 hectares brûlés, des campings évacués"
    head = (
        prop("og:site_name", site)
        + prop("og:title", title)
        + prop("og:type", "article")
        + prop("article:published_time", "2022-07-19T21:15:00+02:00")
    )
    text = paras(
        [
            "Un incendie a parcouru environ 1 200 hectares de garrigue et de pinède mardi dans l’arrière-pays, obligeant les autorités à évacuer trois campings et plusieurs hameaux.",
            "Plus de 600 pompiers, appuyés par des avions bombardiers d’eau, étaient mobilisés dans la soirée. Le vent violent compliquait leur travail.",
            "Aucune victime n’était à déplorer, mais deux maisons ont été détruites, selon la préfecture.",
            "Une enquête a été ouverte pour déterminer l’origine du feu.",
        ]
    )
    article = (
        f'<article>\n<h1>{esc(title)}</h1>\n<p class="signature">La Vigie du Sud avec AFP</p>\n'
        '<p class="date">Publié le <time datetime="2022-07-19T21:15:00+02:00">19/07/2022 à 21h15</time></p>\n'
        f'<div class="texte">\n{text}</div>\n</article>\n'
    )
    return Page(
        "incendie",
        "fr",
        "author-agency",
        url,
        title,
        [],
        "2022-07-19",
        site,
        doc("fr", f"{title} | {site}", head, body("fr", site, article)),
    )


@page
def station_ski() -> Page:
    # French mountain daily: everything in one JSON-LD block, nothing visible besides <h1>.
    site = "Le Quotidien Alpin"
    url = "https://www.quotidien-alpin.example/savoie/sans-neige-une-station-se-reinvente"
    title = "Sans neige, une petite station se réinvente en village de randonnée"
    head = ld(
        {
            "@context": "https://schema.org",
            "@type": "NewsArticle",
            "headline": title,
            "author": [person("Mathieu Perrin")],
            "datePublished": "2020-03-02T07:00:00+01:00",
            "publisher": org(site),
            "inLanguage": "fr-FR",
        }
    )
    text = paras(
        [
            "Après trois hivers presque sans neige, la petite station de Saint-Véran-les-Pins a démonté ses derniers téléskis cet automne. Elle mise désormais sur la randonnée et le vélo.",
            "La commune a transformé l’ancienne gare de départ en refuge et balisé quarante kilomètres de sentiers. Un loueur de vélos électriques s’est installé au village.",
            "Les habitants restent partagés. Certains regrettent l’époque où les familles venaient skier chaque février, d’autres estiment qu’il n’y avait pas d’autre choix.",
            "D’autres stations de moyenne montagne observent l’expérience de près.",
        ]
    )
    article = f'<article class="article">\n<h1>{esc(title)}</h1>\n<div class="article-texte">\n{text}</div>\n</article>\n'
    return Page(
        "station-ski",
        "fr",
        "jsonld-only",
        url,
        title,
        ["Mathieu Perrin"],
        "2020-03-02",
        site,
        doc("fr", f"{title} - {site}", head, body("fr", None, article)),
    )


@page
def vendanges() -> Page:
    # French regional site: og:title adds " - Site" to the headline.
    site = "Nouvelles de Loire"
    url = "https://www.nouvellesdeloire.example/tours/vendanges-precoces-vouvray"
    title = "Vendanges précoces dans le vignoble de Vouvray"
    head = (
        prop("og:title", f"{title} - {site}")
        + prop("og:site_name", site)
        + prop("og:type", "article")
        + prop("article:published_time", "2020-08-24T16:00:00+02:00")
    )
    text = paras(
        [
            "Les vendanges ont commencé lundi dans le vignoble de Vouvray, près de trois semaines plus tôt qu’il y a vingt ans. Les fortes chaleurs de l’été ont accéléré la maturation du raisin.",
            "Les vignerons se disent satisfaits de l’état sanitaire des grappes, mais les volumes seront réduits à cause de la sécheresse.",
            "Pour éviter la chaleur, de nombreux domaines font cueillir le raisin tôt le matin, parfois dès cinq heures.",
        ]
    )
    article = f'<article>\n<h1>{esc(title)}</h1>\n<p class="auteur">Par Antoine Lefèvre</p>\n<div class="corps">\n{text}</div>\n</article>\n'
    return Page(
        "vendanges",
        "fr",
        "og-title-suffix",
        url,
        title,
        ["Antoine Lefèvre"],
        "2020-08-24",
        site,
        doc("fr", f"{title} - {site}", head, body("fr", site, article)),
    )


@page
def marche_nocturne() -> Page:
    # Small French weekly: "Par la rédaction" (the desk, not a person) and a dd/mm/yyyy date.
    site = "Gazette de la Durance"
    url = "https://www.gazette-durance.example/societe/le-marche-nocturne-des-producteurs-revient"
    title = "Le marché nocturne des producteurs revient tout l’été"
    head = meta("author", "La rédaction") + prop("og:site_name", site) + prop("og:title", title)
    text = paras(
        [
            "Le marché nocturne des producteurs locaux revient chaque jeudi soir à partir du 17 juin, sur la place de la mairie.",
            "Une trentaine d’exposants proposeront fruits, fromages, vins et plats à emporter. Des tables seront installées pour dîner sur place.",
            "Un concert gratuit est prévu chaque semaine à partir de 20 heures. Le marché se tiendra jusqu’à la fin du mois d’août.",
        ]
    )
    article = (
        f'<article>\n<h1>{esc(title)}</h1>\n<p class="signature">Par la rédaction</p>\n'
        '<p class="date"><time datetime="2021-06-10T09:30:00+02:00">10/06/2021</time></p>\n'
        f'<div class="texte">\n{text}</div>\n</article>\n'
    )
    return Page(
        "marche-nocturne",
        "fr",
        "author-staff",
        url,
        title,
        [],
        "2021-06-10",
        site,
        doc("fr", f"{title} - {site}", head, body("fr", site, article)),
    )


# --- Spanish pages --------------------------------------------------------------------------


@page
def embalses() -> Page:
    # El País (real host), El País-like: JSON-LD with two authors, og:site_name, names shown
    # without "Por", a text date "05 oct 2022 - 05:40 CEST".
    site = "El País"
    url = "https://elpais.com/sociedad/2022-10-05/los-embalses-espanoles-bajan-al-30-de-su-capacidad.html"
    title = "Los embalses españoles bajan al 30% de su capacidad"
    authors = ["Lucía Herrero", "Pablo Ibarra"]
    head = (
        prop("og:site_name", site)
        + prop("og:title", title)
        + prop("og:type", "article")
        + ld(
            {
                "@context": "https://schema.org",
                "@type": "NewsArticle",
                "headline": title,
                "datePublished": "2022-10-05T05:40:00+02:00",
                "dateModified": "2022-10-05T13:12:00+02:00",
                "author": [person(a) for a in authors],
                "publisher": org(site, "NewsMediaOrganization"),
            }
        )
    )
    text = paras(
        [
            "La reserva de agua en los embalses españoles ha caído al 30% de su capacidad, uno de los niveles más bajos para esta época del año desde que hay registros comparables.",
            "Las cuencas del Guadalquivir y del Guadiana son las más afectadas. En algunos pantanos han vuelto a aparecer pueblos que quedaron sumergidos hace décadas.",
            "Varios municipios de Andalucía y Extremadura ya aplican cortes nocturnos de agua para ahorrar reservas.",
            "Los expertos recuerdan que incluso un otoño lluvioso no bastaría para recuperar los niveles normales.",
        ]
    )
    article = (
        f'<article id="main-content">\n<header class="a_e"><h1 class="a_t">{esc(title)}</h1>\n'
        '<h2 class="a_st">La sequía deja al descubierto pueblos que quedaron bajo el agua hace décadas</h2></header>\n'
        '<div class="a_md"><div class="a_md_a"><a href="/autor/lucia-herrero/">Lucía Herrero</a>, <a href="/autor/pablo-ibarra/">Pablo Ibarra</a></div>'
        '<div class="a_md_f"><span>Madrid</span> - <time datetime="2022-10-05T05:40:00+02:00">05 oct 2022 - 05:40 CEST</time></div></div>\n'
        f'<div class="a_c clearfix" data-dtm-region="articulo_cuerpo">\n{text}</div>\n</article>\n'
    )
    return Page(
        "embalses",
        "es",
        "jsonld-article",
        url,
        title,
        authors,
        "2022-10-05",
        site,
        doc("es", f"{title} | Sociedad | EL PAÍS", head, body("es", site, article)),
        real_host=True,
    )


@page
def robots_hospital() -> Page:
    # El Mundo (real host) with no site name in the markup: author name and a <time>.
    url = "https://www.elmundo.es/ciencia-y-salud/2023/03/07/640712abfc6c83e1458b45a7.html"
    title = "Un hospital de Valencia prueba robots para repartir medicamentos"
    head = prop("og:title", title) + prop("og:type", "article")
    text = paras(
        [
            "Un hospital de Valencia ha empezado a probar tres robots autónomos que llevan medicamentos desde la farmacia hasta las plantas de hospitalización.",
            "Los robots circulan por los pasillos y usan los ascensores sin ayuda. Cada uno puede cargar hasta 60 kilos en cajones con cerradura.",
            "Según la dirección del centro, el sistema liberará a los celadores de unos 40 viajes diarios para que se dediquen a atender a los pacientes.",
            "La prueba durará seis meses. Si funciona, el hospital prevé ampliarla al laboratorio y a la cocina.",
        ],
        "ue-c-article__paragraph",
    )
    article = (
        f'<article class="ue-l-article">\n<div class="ue-c-article__header"><h1 class="ue-c-article__headline">{esc(title)}</h1></div>\n'
        '<div class="ue-c-article__byline"><div class="ue-c-article__byline-name">Javier Ortega</div><div class="ue-c-article__byline-location">Valencia</div>\n'
        '<time class="ue-c-article__publishdate" datetime="2023-03-07T18:40:00+01:00">Martes, 7 marzo 2023 - 18:40</time></div>\n'
        f'<div class="ue-c-article__body">\n{text}</div>\n</article>\n'
    )
    return Page(
        "robots-hospital",
        "es",
        "host-table",
        url,
        title,
        ["Javier Ortega"],
        "2023-03-07",
        "El Mundo",
        doc("es", title, head, body("es", None, article)),
        real_host=True,
        host_only=True,
    )


@page
def veda_sardina() -> Page:
    # Spanish regional daily: "Por A y B" and a dd/mm/yyyy <time>.
    site = "El Heraldo Costero"
    url = "https://www.heraldocostero.example/local/pescadores-sardina-piden-ayudas-veda-20210419.html"
    title = "Los pescadores de sardina piden ayudas por la veda de primavera"
    head = prop("og:site_name", site) + prop("og:title", title)
    text = paras(
        [
            "La flota de cerco del puerto ha amarrado sus barcos durante la veda de la sardina, que este año se prolongará dos meses, y los armadores piden ayudas para compensar la pérdida de ingresos.",
            "Unos 40 barcos y más de 300 marineros dependen de esta pesquería. Durante la veda, muchos se dedican a reparar redes y motores.",
            "Los biólogos consideran necesaria la medida para que la población de sardina se recupere tras varios años de capturas escasas.",
            "El Gobierno regional estudia una línea de ayudas que podría aprobarse en mayo.",
        ]
    )
    article = (
        f'<article class="noticia">\n<h1>{esc(title)}</h1>\n<p class="firma">Por Marta Soler y Andrés Vidal</p>\n'
        '<p class="fecha"><time datetime="2021-04-19T09:10:00+02:00">19/04/2021 09:10</time></p>\n'
        f'<div class="cuerpo">\n{text}</div>\n</article>\n'
    )
    return Page(
        "veda-sardina",
        "es",
        "multi-author",
        url,
        title,
        ["Marta Soler", "Andrés Vidal"],
        "2021-04-19",
        site,
        doc("es", f"{title} | {site}", head, body("es", site, article)),
    )


@page
def cine_cooperativa() -> Page:
    # Spanish local paper: "Publicado el 14 de febrero de 2021" as text only.
    site = "Crónica de Valdemora"
    url = "https://www.cronicadevaldemora.example/sociedad/el-ultimo-cine-del-pueblo-reabre"
    title = "El último cine del pueblo reabre gracias a una cooperativa de vecinos"
    text = paras(
        [
            "El cine Avenida, cerrado desde 2017, volvió a abrir sus puertas este fin de semana gracias a una cooperativa formada por más de 400 vecinos.",
            "Cada socio aportó 50 euros para renovar las butacas y comprar un proyector digital. Varios voluntarios se turnan en la taquilla y en el bar.",
            "La programación combinará estrenos con ciclos de cine clásico y sesiones para escolares.",
            "«Aquí vimos nuestras primeras películas; no podíamos dejar que se convirtiera en un garaje», explicó la presidenta de la cooperativa.",
        ]
    )
    article = (
        f'<article>\n<h1>{esc(title)}</h1>\n<p class="autor">Por Inés Navarro</p>\n<p class="fecha">Publicado el 14 de febrero de 2021</p>\n'
        f'<div class="texto">\n{text}</div>\n</article>\n'
    )
    return Page(
        "cine-cooperativa",
        "es",
        "date-text",
        url,
        title,
        ["Inés Navarro"],
        "2021-02-14",
        site,
        doc("es", f"{title} - {site}", "", body("es", site, article)),
    )


@page
def observatorio() -> Page:
    # Latin American regional daily: the byline is in capitals, JSON-LD gives the name in
    # normal case, which is the expected spelling.
    site = "Diario Altiplano"
    url = "https://www.diarioaltiplano.example/region/inauguran-observatorio-astronomico-abierto-al-publico"
    title = "Inauguran un observatorio astronómico abierto al público"
    head = ld(
        {
            "@context": "https://schema.org",
            "@type": "NewsArticle",
            "headline": title,
            "author": {"@type": "Person", "name": "Carla Méndez"},
            "datePublished": "2019-11-08T12:00:00-03:00",
            "publisher": org(site),
        }
    )
    text = paras(
        [
            "Un nuevo observatorio astronómico abrió este viernes sus puertas a visitantes, escuelas y aficionados en las afueras de la ciudad.",
            "El edificio cuenta con un telescopio de 60 centímetros y una terraza para observar a simple vista. Los cielos de la región son de los más oscuros del país.",
            "Las visitas nocturnas se podrán reservar en línea a partir de diciembre. Los estudiantes de escuelas públicas entrarán gratis.",
        ]
    )
    article = (
        f'<article>\n<h1 class="titulo">{esc(title)}</h1>\n<p class="firma">Por CARLA MÉNDEZ</p>\n'
        f'<div class="nota">\n{text}</div>\n</article>\n'
    )
    return Page(
        "observatorio",
        "es",
        "author-caps-jsonld",
        url,
        title,
        ["Carla Méndez"],
        "2019-11-08",
        site,
        doc("es", f"{title} | {site}", head, body("es", site, article)),
    )


# --- Chinese pages --------------------------------------------------------------------------


@page
def bingxue() -> Page:
    # Xinhuanet (real host), Xinhua-like, with no site name in the markup: the date is split
    # over <span>s in the header, the reporters are in the dateline "（记者王磊、李静）", and
    # the editor "【责任编辑:陈晓】" is not an author.
    url = "https://www.xinhuanet.com/2019-12/30/c_1125402561.htm"
    title = "东北地区冰雪旅游季提前开启"
    text = paras(
        [
            "新华社哈尔滨12月30日电（记者王磊、李静）随着气温持续走低，东北多地冰雪旅游季提前开启。哈尔滨、吉林等地的冰雪乐园近日陆续迎客。",
            "据介绍，今年各地新增了多条冰雪旅游线路，并推出面向家庭游客的滑雪课程和冰上运动体验项目。",
            "业内人士表示，冰雪旅游正成为带动东北地区冬季消费的重要力量，相关酒店和餐饮预订量较去年同期明显增长。",
        ]
    )
    article = (
        f'<div class="header">\n<div class="head-line"><h1><span class="title">{esc(title)}</span></h1></div>\n'
        '<div class="header-time left"><span class="year"><em>2019</em></span><span class="day"><em>12</em>/<em>30</em></span><span class="time">10:05:12</span></div>\n</div>\n'
        f'<div class="main clearfix"><div id="detail">\n{text}</div>\n<div id="articleEdit"><span class="editor">【责任编辑:陈晓】</span></div></div>\n'
    )
    return Page(
        "bingxue",
        "zh",
        "host-table",
        url,
        title,
        ["王磊", "李静"],
        "2019-12-30",
        "Xinhua",
        doc("zh-CN", title, meta("keywords", "冰雪旅游,东北"), body("zh", None, article)),
        real_host=True,
        host_only=True,
    )


@page
def qilou() -> Page:
    # Chinese city daily: "本报记者 张明 刘芳" and "2021年6月18日 08:15" as text; <title> is
    # "Headline_Site".
    site = "海川日报"
    url = "https://www.haichuandaily.example/news/content/2021-06/18/content_48213.html"
    title = "老城区改造让百年骑楼街重焕生机"
    text = paras(
        [
            "经过两年多的修缮，海川老城区的百年骑楼街近日重新开放。斑驳的外墙得到修复，沿街商铺也陆续开门迎客。",
            "改造过程中，施工方尽量保留原有的砖木结构和装饰花纹，并对地下管网进行了全面更新。",
            "不少老街坊回到这里喝早茶、逛老店。一位七十多岁的居民说：“小时候就在这条街上长大，现在又热闹起来了。”",
            "据了解，当地还计划在骑楼街设立非遗展示馆，介绍传统手工艺。",
        ]
    )
    article = (
        f'<div class="article">\n<h1 class="article-title">{esc(title)}</h1>\n'
        '<div class="article-info"><span class="date">2021年6月18日 08:15</span>　<span class="source">来源：海川日报</span>　<span class="author">本报记者 张明 刘芳</span></div>\n'
        f'<div class="article-content">\n{text}</div>\n</div>\n'
    )
    return Page(
        "qilou",
        "zh",
        "date-text",
        url,
        title,
        ["张明", "刘芳"],
        "2021-06-18",
        site,
        doc("zh-CN", f"{title}_{site}", "", body("zh", site, article)),
    )


@page
def yunketang() -> Page:
    # Chinese regional news portal reprinting a story: "来源：" names another paper, but the
    # outlet publishing the page is the portal (JSON-LD publisher, og:site_name).
    site = "南岭新闻网"
    url = "https://www.nanlingnews.example/tech/2022/0909/7734.shtml"
    title = "山区学校用上“云课堂”，学生可与城市同步上课"
    head = (
        prop("og:site_name", site)
        + prop("og:title", title)
        + ld(
            {
                "@context": "https://schema.org",
                "@type": "NewsArticle",
                "headline": title,
                "author": {"@type": "Person", "name": "赵婷"},
                "datePublished": "2022-09-09T10:00:00+08:00",
                "publisher": org(site),
            }
        )
    )
    text = paras(
        [
            "新学期开始，南岭山区的二十多所乡村学校接入了“云课堂”系统，学生可以通过大屏幕与城市学校同步上课。",
            "每间教室配备了摄像头和麦克风，山区学生可以在课堂上向城市老师提问，老师也能实时看到学生的反应。",
            "当地教育部门表示，这一做法主要用于英语、音乐和美术等师资紧缺的科目。",
            "有教师指出，网络稳定性仍是难题，部分学校在雨天经常出现卡顿。",
        ]
    )
    article = (
        f'<div class="content">\n<h1>{esc(title)}</h1>\n'
        '<div class="info"><span>2022-09-09 10:00</span>　<span>来源：海川日报</span>　<span>作者：赵婷</span></div>\n'
        f'<div class="text">\n{text}</div>\n</div>\n'
    )
    return Page(
        "yunketang",
        "zh",
        "syndicated-source",
        url,
        title,
        ["赵婷"],
        "2022-09-09",
        site,
        doc("zh-CN", f"{title} - {site}", head, body("zh", site, article)),
    )


# --- Japanese pages -------------------------------------------------------------------------


@page
def kisei_rush() -> Page:
    # NHK News (real host), NHK-like, with no site name and no author in the markup: a <time>
    # showing "2019年12月30日 17時05分"; the URL holds the date as 20191230.
    url = "https://www3.nhk.or.jp/news/html/20191230/k10012232101000.html"
    title = "帰省ラッシュがピーク 新幹線自由席で乗車率150％も"
    head = prop("og:title", title) + prop("og:type", "article")
    text = paras(
        [
            "年末年始を故郷や行楽地で過ごす人たちの帰省ラッシュが30日、ピークを迎え、新幹線や高速道路は混雑しました。",
            "JR各社によりますと、東京駅を出発する東北新幹線や東海道新幹線の下りの自由席は、午前中を中心に乗車率が150％に達した列車もありました。",
            "高速道路でも各地で渋滞が発生し、一時、20キロを超える渋滞となった区間もありました。",
            "Uターンラッシュは来月3日ごろにピークを迎える見込みです。",
        ]
    )
    article = (
        f'<article class="module module--detail">\n<header class="module--header"><h1 class="content--title"><span>{esc(title)}</span></h1>\n'
        '<p class="content--date"><time datetime="2019-12-30T17:05">2019年12月30日 17時05分</time></p></header>\n'
        f'<section class="content--detail-main">\n<div class="body-text">\n{text}</div></section>\n</article>\n'
    )
    return Page(
        "kisei-rush",
        "ja",
        "host-table",
        url,
        title,
        [],
        "2019-12-30",
        "NHK",
        doc("ja", title, head, body("ja", None, article)),
        real_host=True,
        host_only=True,
    )


@page
def sakura() -> Page:
    # Japanese regional paper running a Kyodo story: the only credit is "（共同）" at the end of
    # the text, an agency, not an author.
    site = "みなと新報"
    url = "https://www.minato-shimpo.example/articles/20200403/national/k0412"
    title = "各地で桜が満開に　平年より1週間早く"
    head = (
        prop("og:site_name", site)
        + prop("og:title", title)
        + prop("og:type", "article")
        + prop("article:published_time", "2020-04-03T19:20:00+09:00")
    )
    text = paras(
        [
            "気象台は3日、各地で桜が満開になったと発表した。平年より1週間ほど早く、記録的に暖かかった3月の影響とみられる。",
            "公園では花見を楽しむ人の姿が見られたが、多くの自治体は宴会を控えるよう呼びかけている。",
            "気象台によると、来週以降は北日本でも開花が進む見通し。（共同）",
        ]
    )
    article = (
        f'<article class="article">\n<h1 class="article__title">{esc(title)}</h1>\n'
        '<p class="article__date">2020年4月3日 19:20</p>\n'
        f'<div class="article__body">\n{text}</div>\n</article>\n'
    )
    return Page(
        "sakura",
        "ja",
        "author-agency",
        url,
        title,
        [],
        "2020-04-03",
        site,
        doc("ja", f"{title} | {site}", head, body("ja", site, article)),
    )


@page
def mujin_koshoten() -> Page:
    # Japanese city paper: the reporters' names close the story in parentheses,
    # "（山本翔太、小林美咲）", and the publication time is a <time>.
    site = "東湾新聞"
    url = "https://www.towan-shimbun.example/news/local/2022/06/15/003.html"
    title = "商店街に無人古書店が開店　代金は箱に入れる仕組み"
    text = paras(
        [
            "市内の商店街に、店員のいない古書店がオープンした。客は棚から本を選び、表示された代金を入り口の木箱に入れる仕組みだ。",
            "店を開いたのは近くに住む元教員の男性。「本を手放したい人と読みたい人をつなぐ場所にしたい」と話す。",
            "開店から1か月で約600冊が売れた。代金が足りなかった日はほとんどないという。",
        ]
    )
    article = (
        f'<article class="news-article">\n<h1>{esc(title)}</h1>\n'
        '<p class="news-date"><time datetime="2022-06-15T06:00:00+09:00">2022年6月15日 6時00分</time></p>\n'
        f'<div class="news-body">\n{text}<p class="news-writer">（山本翔太、小林美咲）</p>\n</div>\n</article>\n'
    )
    return Page(
        "mujin-koshoten",
        "ja",
        "dom-byline",
        url,
        title,
        ["山本翔太", "小林美咲"],
        "2022-06-15",
        site,
        doc("ja", f"{title} | {site}", "", body("ja", site, article)),
    )


# --- output ---------------------------------------------------------------------------------

CASES = {
    "jsonld-only": "Only a JSON-LD NewsArticle carries title, authors (objects), date and publisher.",
    "jsonld-graph": 'JSON-LD "@graph" (Yoast-style): the article\'s author and publisher are "@id" references to Person and Organization nodes.',
    "jsonld-author-string": "JSON-LD author given as a plain string.",
    "jsonld-author-list-strings": "JSON-LD ReportageNewsArticle with authors as a list of strings.",
    "jsonld-article": "JSON-LD NewsArticle together with OpenGraph and a visible byline that agree.",
    "jsonld-org-author": "JSON-LD author is a NewsMediaOrganization (the outlet); the person is only in the visible byline.",
    "title-author-suffix": 'Medium/Substack: <title> ends with "by Author" (and the platform or newsletter).',
    "og-only": "OpenGraph with article:published_time, article:modified_time and article:author (a name) only.",
    "og-author-url": "article:author holds a profile URL; the name is in the visible byline.",
    "dublin-core": "Dublin Core only: DC.title, DC.creator, DC.date / DC.date.issued, DC.publisher.",
    "meta-byl": 'NYT-style <meta name="byl"> ("By A and B") and <meta name="pdate">.',
    "meta-name": 'Plain <meta name="author"> and <meta name="date"> only.',
    "parsely": "Parse.ly tags only: parsely-title, parsely-author (twice), parsely-pub-date.",
    "sailthru": "Sailthru tags only: sailthru.title, sailthru.author, sailthru.date without time zone.",
    "microdata": "schema.org microdata: itemprop headline, author > name, datePublished (and dateModified).",
    "dom-byline": 'Nothing in <head>; a visible byline ("By A and B", or Japanese names in parentheses) and <time datetime>.',
    "multi-author": 'Two or three authors joined as "A, B and C", "A & B", "A; B", "A und B", "A, B und C", "A et B", "A y B".',
    "date-modified": "Published and a later modified/updated date; the expected date is the published one.",
    "date-in-text": "The story text names other dates; the publication date is only in the byline <time>.",
    "date-sidebar": 'A "latest news" rail before the article and a list after it carry newer dates.',
    "date-url": "The date appears only in the URL path (/2019/12/30/).",
    "date-text": "The date is written as text only: 03/07/2021 (US), Dec. 9, 2020, 14 Aug 2022, 21.01.2023, 4. November 2022, 30 décembre 2019, 14 de febrero de 2021, 2021年6月18日.",
    "title-site-suffix": '<title> is "Headline | Site" and there is no og:title.',
    "title-site-prefix": '<title> is "Site - Headline".',
    "title-section": '<title> is "Section: Headline – Site".',
    "og-title-suffix": 'og:title (and twitter:title) add "| Site" or "- Site" to the <h1>.',
    "h1-logo": 'The site logo is the page\'s <h1>; the headline is an <h2 class="entry-title">.',
    "kicker": 'A kicker ("Exclusive", "Artenvielfalt") above or inside the <h1>, also in <title>/og:title.',
    "author-admin": 'WordPress "Posted by admin": the account name is not a person; expected authors [].',
    "author-staff": '"By Staff", "Von Redaktion", "Par la rédaction": a desk, not a person; expected authors [].',
    "author-none": 'The CMS writes "No Author" into JSON-LD and byline; expected authors [].',
    "author-agency": 'An agency as the only credit ("By The Associated Press", dpa, "avec AFP", （共同）); expected authors [], the outlet is the publishing site.',
    "author-photo-credit": 'A photographer\'s credit ("Photo: ...", "Foto: ...") comes before the writer\'s byline.',
    "author-staff-writer": 'Byline "By Name, Staff Writer".',
    "author-caps": 'The only byline is in capitals ("By DONALD KERRIGAN"); expected as written.',
    "author-caps-jsonld": "Byline in capitals, JSON-LD gives the name in normal case; expected as JSON-LD spells it.",
    "author-email-handle": "An e-mail address and an @handle follow the name in the byline.",
    "author-updated-by": '"By A" plus "Updated by B, Digital Producer"; only A is an author.',
    "author-outlet-suffix": 'Meta author and byline read "Name, CNN".',
    "author-initials": 'The author\'s initials "(nha)" close the text (heise style) besides the full-name byline.',
    "host-table": "A real host whose markup names no site at all; the outlet must come from a table of known hosts.",
    "syndicated-source": 'A portal reprinting a story with "来源：" naming another paper; the outlet is the portal.',
    "no-metadata": "No metadata, date, byline or site name; just a headline and text.",
}
LANGS = {
    "en": "English",
    "de": "German",
    "fr": "French",
    "es": "Spanish",
    "zh": "Chinese",
    "ja": "Japanese",
}


def check(p: Page) -> None:
    """The expected record must be readable off the page; sizes stay small."""
    size = len(p.html.encode("utf-8"))
    assert 2_000 <= size <= 10_240, (p.name, size)
    assert p.case in CASES, (p.name, p.case)
    assert p.lang in LANGS, (p.name, p.lang)
    text = html.unescape(p.html)
    assert p.title in text, (p.name, p.title)
    for author in p.authors:
        assert author in text, (p.name, author)
    if p.date is not None:
        dt.date.fromisoformat(p.date)
    without_urls = " ".join(
        w for w in text.split() if "://" not in w and "mailto:" not in w
    ).lower()
    if p.host_only:
        assert p.real_host and p.outlet, p.name
        assert p.outlet.lower() not in without_urls, (p.name, p.outlet)
    elif p.outlet is not None:
        assert p.outlet.lower() in without_urls, (p.name, p.outlet)


def cell(text: str) -> str:
    """A table cell: markup in backticks, pipes escaped."""
    return re.sub(r"(<[^>]+>)", r"`\1`", text).replace("|", "\\|")


def readme(pages: list[Page]) -> str:
    cases = Counter(p.case for p in pages)
    langs = Counter(p.lang for p in pages)
    lines = [
        "# News-metadata corpus",
        "",
        f"{len(pages)} small HTML pages for testing the extraction of a news article's title, authors,",
        "publication date and outlet. Generated by `build.py` in this folder (run",
        "`python tests/data/meta/build.py`); edit the builder, not the pages.",
        "",
        "Every page is a short fictional story written for this corpus, set into markup modelled on a",
        "real family of news templates (named in a comment in each page function of `build.py`).",
        "Outlets under `.example` hosts are invented; pages on real hosts carry invented stories and",
        "reporters, and expect the outlet's real display name.",
        "",
        "For each `NAME.html` there is `NAME.expected.json`:",
        "",
        "| field | meaning |",
        "|---|---|",
        "| `case` | the main variation the page tests (table below) |",
        "| `url` | the page's URL; pass it to the cleaner as `url=` |",
        "| `title` | the headline as a reader sees it: no site name, no section, no kicker |",
        "| `authors` | the people who wrote the story, in page order; never agencies, desks, the outlet, editors, photographers or CMS accounts (`[]` if none) |",
        "| `date` | the publication date (not the modified date) as `YYYY-MM-DD`, in the page's own time zone as the markup states it; `null` if the page has none |",
        "| `outlet` | the outlet's display name; from the page when it names itself, else from the host for well-known hosts; `null` otherwise |",
        "| `lang` | language of the page |",
        "",
        "The expected values were decided by reading the pages, never from an extractor's output.",
        "",
        "## Cases",
        "",
        "| case | pages | what varies |",
        "|---|---:|---|",
    ]
    lines += [f"| `{c}` | {cases[c]} | {cell(CASES[c])} |" for c in CASES if cases[c]]
    lines += [
        "",
        "Many pages set more than one trap; `case` names the main one. Also spread over the corpus:",
        '`<title>` with site and section ("Headline | Environment | The Guardian", "Headline | CNN Business",',
        '"Headline | Local News | host", "Headline_海川日报"), kickers above or inside `<h1>` (Spiegel-, Zeit-,',
        "FAZ-, tagesschau-like pages), a timestamp late in the evening at -05:00 (UTC is the next day), dates in",
        "URLs that agree with the page, an editor named in a Reuters-style sign-off and a Xinhua-style",
        '"责任编辑" line (not authors), and a meta author that names the outlet ("DER SPIEGEL").',
    ]
    lines += ["", "## Languages", "", "| language | pages |", "|---|---:|"]
    lines += [f"| {LANGS[code]} (`{code}`) | {langs[code]} |" for code in LANGS if langs[code]]
    real = [p for p in pages if p.real_host]
    lines += [
        "",
        "## Pages on real hosts",
        "",
        f'{len(real)} pages sit on real news hosts; the {sum(p.host_only for p in real)} marked "host only" name no',
        "site anywhere in their markup, so their outlet has to come from a table of known hosts.",
        "",
        "| page | host | outlet | host only |",
        "|---|---|---|---|",
    ]
    for p in real:
        host = p.url.split("/")[2]
        lines.append(f"| `{p.name}` | {host} | {p.outlet} | {'yes' if p.host_only else ''} |")
    return "\n".join(lines) + "\n"


def main() -> None:
    pages = []
    for n, make in enumerate(PAGES, 1):
        p = make()
        p.name = f"{n:02d}_{p.lang}_{p.slug}"
        check(p)
        pages.append(p)
    assert len({p.name for p in pages}) == len(pages)
    assert len({p.url for p in pages}) == len(pages)
    for p in pages:
        (HERE / f"{p.name}.html").write_text(p.html, encoding="utf-8")
        (HERE / f"{p.name}.expected.json").write_text(
            json.dumps(p.expected(), ensure_ascii=False, indent=2) + "\n", encoding="utf-8"
        )
    (HERE / "README.md").write_text(readme(pages), encoding="utf-8")


if __name__ == "__main__":
    main()
