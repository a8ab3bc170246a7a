"""Dates, names and outlets read off a page are put in the record's form."""

from __future__ import annotations

import re

import pytest

from cleantext.metadata.values import (
    clean_title,
    date_from_url,
    host_of,
    outlet_name,
    parse_date,
    split_authors,
)


@pytest.mark.parametrize(
    "text, iso",
    [
        ("12/30/2019", "2019-12-30"),
        ("2019-12-30", "2019-12-30"),
        ("2019-12-30T10:05:00Z", "2019-12-30T10:05:00Z"),
        ("December 30, 2019", "2019-12-30"),
        ("Dec. 30, 2019", "2019-12-30"),
        ("30 December 2019", "2019-12-30"),
        ("13/45/2019", None),
        ("no date here", None),
    ],
)
def test_dates_become_iso_8601(text, iso):
    assert parse_date(text) == iso


def test_date_comes_from_a_url_path_only_when_it_has_year_month_and_day():
    assert date_from_url("https://x.com/world/2019/12/30/story.html") == "2019-12-30"
    assert date_from_url("https://x.com/world/2019/12/story.html") is None
    assert date_from_url("https://www.theguardian.com/world/2024/may/15/farmers") == "2024-05-15"
    assert date_from_url("https://www.abc.net.au/news/2024-11-03/murray/10454") == "2024-11-03"
    assert date_from_url("https://x.com/2024-11-03-a-slug-with-a-date") is None
    assert date_from_url("https://x.com/2024/abc/15/story") is None


@pytest.mark.parametrize(
    "byline, names",
    [
        ("By Glen Carey", ["Glen Carey"]),
        ("Glen Carey and Zaid Sabah", ["Glen Carey", "Zaid Sabah"]),
        ("By A. Smith, B. Jones and C. Brown", ["A. Smith", "B. Jones", "C. Brown"]),
        ("Jane Doe; John Roe", ["Jane Doe", "John Roe"]),
        # what follows a name with a role is the role's, and a paper is not a person
        ("By Peter Lindqvist, Harbor Herald Staff Writer", ["Peter Lindqvist"]),
        ("Mark Smith, Senior Editor, and Ann Lee", ["Mark Smith", "Ann Lee"]),
        ("By Jane Doe Staff Writer", ["Jane Doe"]),
        ("Rosa Oduya, Continental Press", ["Rosa Oduya"]),
        ("The Washington Post", []),
        ("记者张伟、刘芳", ["张伟", "刘芳"]),
        ("新浪新闻", []),  # a Chinese site's newsroom, not a person
        ("澎湃新闻记者 陈静", ["陈静"]),  # the outlet's reporter
        ("新华社记者 王磊 摄", []),  # photographed by: a photographer
        ("By national rural reporter Jess Whitfield and Tom Cho", ["Jess Whitfield", "Tom Cho"]),
        ("Priya Natarajan Health correspondent", ["Priya Natarajan"]),
        ("Par Jean Dupont avec AFP", ["Jean Dupont"]),
        ("人民日报", []),
        # whoever edited the story, and what follows them, are not its authors
        ("By HT News Desk | Edited by Shreya Nair, New Delhi", []),
        ("By Jane Doe | Updated by Tom Roe, Chicago", ["Jane Doe"]),
        ("Propos recueillis par Bérénice Laval", ["Bérénice Laval"]),  # an interview's writer
    ],
)
def test_bylines_split_into_names(byline, names):
    assert split_authors(byline) == names


@pytest.mark.parametrize(
    "title, site, headline",
    [
        ("Dockworkers walk out | World | Gulf Courier", "Gulf Courier", "Dockworkers walk out"),
        ("COVID-19 cases rise - BBC News", "BBC News", "COVID-19 cases rise"),
        (
            "老城区改造让百年骑楼街重焕生机_新闻中心_海川日报",
            "海川日报",
            "老城区改造让百年骑楼街重焕生机",
        ),
        ("北京发布新一轮城市更新计划-新华网", "新华网", "北京发布新一轮城市更新计划"),
        ("台風が九州に接近：朝日新聞デジタル", "朝日新聞デジタル", "台風が九州に接近"),
    ],
)
def test_page_titles_lose_the_site_and_section(title, site, headline):
    assert clean_title(title, {site}, page_title=True) == headline


def test_outlets_get_display_names():
    assert outlet_name("bloomberg") == "Bloomberg"
    assert outlet_name("Jerusalem Post") == "The Jerusalem Post"
    assert outlet_name("Some Gazette") == "Some Gazette"


def test_host_drops_www_and_port():
    assert host_of("https://www.MSN.com:443/en-us/news") == "msn.com"
    assert host_of("not a url") is None


def test_outlet_table_is_well_formed_and_names_known_hosts():
    import csv

    from cleantext.metadata.values import OUTLETS_FILE, outlet_of_host

    with OUTLETS_FILE.open(encoding="utf-8") as table:
        rows = list(csv.DictReader(table, delimiter="\t", quoting=csv.QUOTE_NONE))
    hosts = [row["host"] for row in rows]
    assert len(rows) >= 300 and len(set(hosts)) == len(hosts) and hosts == sorted(hosts)
    for row in rows:
        assert re.fullmatch(r"[a-z0-9.-]+\.[a-z]{2,}", row["host"]), row
        assert not row["host"].startswith("www.") and row["name"].strip() == row["name"] != ""
    assert outlet_of_host("edition.cnn.com") == "CNN"
    assert outlet_of_host("www.spiegel.de".removeprefix("www.")) == "Der Spiegel"
    assert outlet_of_host("example.com") is None
