"""Every built-in rule fires on its target and leaves a similar-looking prose sentence alone."""

from __future__ import annotations

import pytest

import cleantext

BODY = [
    "The council voted on Tuesday to approve the budget after a long debate, officials said.",
    "Residents had waited months for the decision, which funds new schools and roads.",
]
HEADLINE = "City Council Approves Budget After Long Debate"
JPOST_CAPTION = "A council member speaks in Jerusalem, May 2, 2021 (photo credit: REUTERS/JANE DOE)"

# rule -> (document lines, the line the rule must remove)
FIRES = {
    "msn.browser-banner": (
        [
            "You are using an older browser version. Please use a supported version for the best "
            "MSN experience.",
            HEADLINE,
            *BODY,
        ],
        0,
    ),
    "msn.logo-byline": ([HEADLINE, "Reuters logo Reuters 1/2/2020 Jane Doe", *BODY], 1),
    "msn.image-caption": (
        [
            HEADLINE,
            "Reuters logo Reuters 1/2/2020 Jane Doe",
            "a man standing in a room: A voter casts a ballot. "
            "© Photographer: Jane Doe/Getty Images A voter casts a ballot.",
            *BODY,
        ],
        2,
    ),
    "bloomberg.update-note": (
        ["(Bloomberg) -- " + BODY[0], "(Updates with mayor's comment in fourth paragraph)"],
        1,
    ),
    "bloomberg.contact-reporter": (
        [
            "(Bloomberg) -- " + BODY[0],
            "To contact the reporter on this story: Jane Doe in London at",
        ],
        1,
    ),
    "bloomberg.contact-editors": (
        [
            "(Bloomberg) -- " + BODY[0],
            "To contact the editors responsible for this story: John Roe at",
        ],
        1,
    ),
    "bloomberg.more-articles": (
        ["(Bloomberg) -- " + BODY[0], "For more articles like this, please visit us at"],
        1,
    ),
    "bloomberg.copyright": (["(Bloomberg) -- " + BODY[0], "©2021 Bloomberg L.P."], 1),
    "jpost.headline": (
        [HEADLINE, "A dek that sums the story up in a sentence.", JPOST_CAPTION, *BODY],
        0,
    ),
    "jpost.standfirst": (
        [HEADLINE, "A dek that sums the story up in a sentence.", JPOST_CAPTION, *BODY],
        1,
    ),
    "generic.image-beacon": ([*BODY, "image beaconimage beacon"], 2),
    "generic.show-full-article": ([*BODY, "Show Full Article"], 2),
    "generic.advertisement": ([BODY[0], "ADVERTISEMENT", BODY[1]], 1),
    "generic.timestamp-line": ([BODY[0], "Updated on Jan. 5, 2024 at 9:00 a.m. ET", BODY[1]], 1),
    "generic.link-line": ([BODY[0], "Read more: Council Member Quits After Vote", BODY[1]], 1),
    "generic.photo-credit": (
        [
            BODY[0],
            "A voter casts a ballot in Leeds on Thursday. (Photo: Jane Doe/Reuters)",
            BODY[1],
        ],
        1,
    ),
    "generic.agency-credit": (
        [BODY[0], "Soldiers stand guard at a checkpoint. (AP Photo/Evan Vucci)", BODY[1]],
        1,
    ),
    "generic.caption-before-credit": (
        [
            BODY[0],
            "A voter casts a ballot in Leeds on Thursday",
            "(photo credit: JANE DOE/REUTERS)",
            BODY[1],
        ],
        1,
    ),
    "generic.assistance-credit": ([*BODY, "--With assistance from Jane Doe and John Roe."], 2),
    "generic.contributed-credit": ([*BODY, "The Associated Press contributed to this report."], 2),
    "generic.reported-from-credit": ([*BODY, "Doe reported from Cairo."], 2),
    "generic.reporting-by-credit": ([*BODY, "Reporting by Jane Doe; Editing by John Roe"], 2),
    "generic.contact-line": ([*BODY, "-- Jane Doe can be reached at jane.doe@example.com."], 2),
    "generic.published-line": ([HEADLINE, "Published March 4, 2024 | Updated 5:40 p.m.", *BODY], 1),
    "generic.newsletter-prompt": (
        [BODY[0], "Sign up for the Morning Brief newsletter and get the news daily", BODY[1]],
        1,
    ),
    "generic.share-prompt": ([BODY[0], "Share this article", BODY[1]], 1),
    "generic.cookie-notice": (
        [*BODY, "We use cookies to improve your experience on our site."],
        2,
    ),
    "generic.copyright-line": ([*BODY, "© 2024 Harbor Daily Media. All rights reserved."], 2),
    "generic.app-prompt": ([*BODY, "Download the Courier app for breaking news alerts"], 2),
    "generic.comment-prompt": ([*BODY, "Join the conversation"], 2),
    "generic.click-here": ([BODY[0], "Click here to see the full list of winners", BODY[1]], 1),
    "generic.tip-prompt": ([*BODY, "Have a news tip? Email us at tips@example.com."], 2),
    "generic.update-note": ([*BODY, "This story has been updated with new information."], 2),
    "generic.reading-time": ([HEADLINE, "4 min read", *BODY], 1),
    "generic.image-caption-label": (
        [BODY[0], "Image caption Crowds gathered outside the town hall on Tuesday", BODY[1]],
        1,
    ),
    "generic.agency-photo-line": (
        [BODY[0], "Firefighters work near the harbor on Monday. REUTERS/Jane Doe", BODY[1]],
        1,
    ),
    "generic.author-bio": (
        [*BODY, "Jane Doe is a reporter covering city hall. Follow her on X @janedoe"],
        2,
    ),
    "generic.byline": ([HEADLINE, "By Jane Doe and John Roe", *BODY], 1),
    "generic.role-byline": ([HEADLINE, "Jane Doe, Senior Reporter", *BODY], 1),
    "generic.pipe-byline": ([HEADLINE, "Jane Doe | Lakeside Ledger", *BODY], 1),
    "generic.advertisement-tail": (
        [BODY[0], "The vote was 7-2, the clerk said. Advertisement", BODY[1]],
        1,
    ),
    "generic.date-line": ([HEADLINE, "Tue 12 Mar 2024 14.05 GMT", *BODY], 1),
    "generic.posted-updated-line": (
        [
            HEADLINE,
            # three renderings of one date glued together, as some pages' text comes out
            "Posted 4 Dec 20234 Dec 2023Mon 4 Dec 2023 at 5:31am, updated 4 Dec 20234 Dec "
            "2023Mon 4 Dec 2023 at 9:02am",
            *BODY,
        ],
        1,
    ),
    "generic.section-label": ([BODY[0], "You may also like", BODY[1]], 1),
    "generic.first-published-credit": (
        [*BODY, "This report by The Canadian Press was first published Feb. 7, 2024."],
        2,
    ),
    "generic.contact-prompt": (
        [*BODY, "Contact reporter Devon Marsh at dmarsh@example.com or on X at @devonmarsh."],
        2,
    ),
    "generic.release-source": ([*BODY, "SOURCE Calloway Therapeutics, Inc."], 2),
    "generic.tags-line": ([*BODY, "Tags: Chicago, marathon, road racing"], 2),
    "generic.footer-links": (
        [*BODY, "Terms of Use About Albion Privacy Policy Cookies Accessibility Help"],
        2,
    ),
    "generic.new-tab-label": ([*BODY, "Purchase Licensing Rights, opens new tab"], 2),
    "generic.author-bio-line": (
        [*BODY, "Lachlan Brierley is a senior reporter covering mining."],
        2,
    ),
    "generic.headline": ([HEADLINE, *BODY], 0),
    "generic.dek": (
        [HEADLINE, "Residents waited since 2021 for a ferry timetable that works", *BODY],
        1,
    ),
}

# rule -> (document lines, a prose line that looks like the rule's target and must stay)
SPARES = {
    "msn.browser-banner": (
        [
            HEADLINE,
            "Reuters logo Reuters 1/2/2020 Jane Doe",
            "You are using an older browser version of the app, the company warned its users.",
            *BODY,
        ],
        2,
    ),
    "msn.logo-byline": (
        [
            HEADLINE,
            "Reuters logo Reuters 1/2/2020 Jane Doe",
            "The Bloomberg logo appeared on screens on 12/30/2019 during the event.",
            *BODY,
        ],
        2,
    ),
    "msn.image-caption": (
        [
            HEADLINE,
            "Reuters logo Reuters 1/2/2020 Jane Doe",
            "The photographer, who asked that her name be withheld, said the image was hers.",
            *BODY,
        ],
        2,
    ),
    "bloomberg.update-note": (
        [
            "(Bloomberg) -- " + BODY[0],
            "The company said updates with new features would arrive in June.",
        ],
        1,
    ),
    "bloomberg.contact-reporter": (
        [
            "(Bloomberg) -- " + BODY[0],
            "To contact the reporter, readers called the newsroom, she said.",
        ],
        1,
    ),
    "bloomberg.contact-editors": (
        ["(Bloomberg) -- " + BODY[0], "To contact the editors, staff used a shared inbox."],
        1,
    ),
    "bloomberg.more-articles": (
        [
            "(Bloomberg) -- " + BODY[0],
            "For more articles like this one, the magazine hired three reporters.",
        ],
        1,
    ),
    "bloomberg.copyright": (
        ["(Bloomberg) -- " + BODY[0], "Bloomberg L.P. said in 2019 that revenue grew."],
        1,
    ),
    "jpost.headline": ([JPOST_CAPTION, *BODY], 1),
    "jpost.standfirst": (["Council Approves Budget", JPOST_CAPTION, *BODY], 2),
    "generic.image-beacon": ([*BODY, "The image beacon of hope, he said, was the lighthouse."], 2),
    "generic.show-full-article": ([*BODY, "Show full article counts rose, the report said."], 2),
    "generic.advertisement": ([*BODY, "Advertisement revenue fell for a third year."], 2),
    "generic.timestamp-line": ([*BODY, "Published 40 years ago, the book still sells."], 2),
    "generic.link-line": ([*BODY, "Read more: the agency said the findings were preliminary."], 2),
    "generic.photo-credit": (
        [*BODY, "The photo credit was missing from the original caption, the editor said."],
        2,
    ),
    "generic.agency-credit": (
        [*BODY, "The band AC/DC played in Madrid on Friday (local time)."],
        2,
    ),
    "generic.caption-before-credit": ([*BODY, "The photo credit: a matter of debate."], 1),
    "generic.assistance-credit": (
        [*BODY, "With assistance from the United Nations, the town rebuilt its school."],
        2,
    ),
    "generic.contributed-credit": (
        [*BODY, "Several factors contributed to the crash, investigators said."],
        2,
    ),
    "generic.reported-from-credit": (
        [*BODY, "Police reported from the scene that two people were hurt."],
        2,
    ),
    "generic.reporting-by-credit": ([*BODY, "Reporting by The Times showed a rise in cases."], 2),
    "generic.contact-line": ([*BODY, "Officials said Jane Doe can be reached at the embassy."], 2),
    "generic.published-line": ([*BODY, "Published in 2024, the report drew wide notice."], 2),
    "generic.newsletter-prompt": (
        [*BODY, "Subscribers who signed up in March will get a refund, the company said."],
        2,
    ),
    "generic.share-prompt": ([*BODY, "Share prices fell 4 percent on Tuesday."], 2),
    "generic.cookie-notice": ([*BODY, "The bakery sold 400 cookies in an hour."], 2),
    "generic.copyright-line": (
        [*BODY, "Copyright lawsuits against the firm have multiplied, lawyers said."],
        2,
    ),
    "generic.app-prompt": ([*BODY, "Officials said they would get the app fixed by Friday."], 2),
    "generic.comment-prompt": ([*BODY, "Comments from residents were mostly positive."], 2),
    "generic.click-here": (
        [*BODY, "Voters who click through the ballot online will save time."],
        2,
    ),
    "generic.tip-prompt": ([*BODY, "Police said the tip came from a neighbor."], 2),
    "generic.update-note": ([*BODY, "The city said the map would be updated next year."], 2),
    "generic.reading-time": ([*BODY, "It took 4 minutes to read the verdict aloud."], 2),
    "generic.image-caption-label": ([*BODY, "Photographers waited outside the court."], 2),
    "generic.agency-photo-line": ([*BODY, "He called the AP on Tuesday to confirm the deal."], 2),
    "generic.author-bio": (
        [*BODY, "Jane Doe is a reporter who was detained in 2019, her lawyer said."],
        2,
    ),
    "generic.byline": ([HEADLINE, "By Monday, the waters had receded in most towns.", *BODY], 1),
    "generic.role-byline": (
        [*BODY, "Jane Doe, the editor, said the paper would print a correction."],
        2,
    ),
    "generic.pipe-byline": (
        [*BODY, "Readers named Jane Doe | Harbor Herald the best column of the year, in a poll."],
        2,
    ),
    "generic.advertisement-tail": (
        [*BODY, "The firm spent more on advertisement than research. Advertisement rose."],
        2,
    ),
    "generic.date-line": ([*BODY, "March 2024 was the wettest month on record in the county."], 2),
    "generic.posted-updated-line": (
        [*BODY, "Posted to the council in 2023, the plan was updated after the floods."],
        2,
    ),
    "generic.section-label": ([*BODY, "Related stories ran in the paper on Monday."], 2),
    "generic.first-published-credit": (
        [*BODY, "This report by the auditor was published in 2023, to wide notice."],
        2,
    ),
    "generic.contact-prompt": (
        [*BODY, "Contact with the crew was lost at 3 a.m., officials said."],
        2,
    ),
    "generic.release-source": ([*BODY, "SOURCE: the council's figures, published on Monday."], 2),
    "generic.tags-line": ([*BODY, "Tags: the agency said its labels would change next year."], 2),
    "generic.footer-links": (
        [*BODY, "The privacy policy and terms of use changed, the company said on Monday."],
        2,
    ),
    "generic.new-tab-label": ([*BODY, "A new tab opens for each visitor, the designers said."], 2),
    "generic.author-bio-line": (
        [*BODY, "Jane Okafor is a nurse who covers night shifts at the county hospital."],
        2,
    ),
    "generic.headline": (
        ["Officials said the vote, held on Tuesday, was the closest in a decade.", *BODY],
        0,
    ),
    "generic.dek": ([HEADLINE, BODY[0], "What The New Budget Means For Schools", BODY[1]], 2),
}


def builtin_rule_names(cleaner) -> set[str]:
    return {rule.name for ruleset in cleaner.rulesets for rule in ruleset.rules}


def test_every_builtin_rule_has_a_target_and_a_prose_look_alike(cleaner):
    names = builtin_rule_names(cleaner)
    assert names == set(FIRES) == set(SPARES)


@pytest.mark.parametrize("rule", sorted(FIRES))
def test_rule_fires_on_its_target(cleaner, rule):
    lines, target = FIRES[rule]
    result = cleaner.clean("\n\n".join(lines))
    # a drop_span rule removes part of the line; the others all of it
    assert any(r.rule == rule and r.text in lines[target] for r in result.removed)
    assert lines[target] not in result.text.split("\n\n")


@pytest.mark.parametrize("rule", sorted(SPARES))
def test_rule_leaves_look_alike_prose_alone(cleaner, rule):
    lines, prose = SPARES[rule]
    result = cleaner.clean("\n\n".join(lines))
    assert lines[prose] in result.text.split("\n\n")
    assert rule not in {r.rule for r in result.removed if r.text == lines[prose]}


def test_credit_rules_move_the_line_to_credits_verbatim(cleaner):
    result = cleaner.clean("\n\n".join([*BODY, "Reuters contributed to this report."]))
    assert result.credits == ("Reuters contributed to this report.",)


def test_metadata_rule_reads_named_groups_into_the_record(cleaner):
    result = cleaner.clean("\n\n".join([HEADLINE, "Reuters logo Reuters 1/2/2020 Jane Doe", *BODY]))
    assert (result.outlet, result.platform, result.date, result.authors) == (
        "Reuters",
        "MSN",
        "2020-01-02",
        ("Jane Doe",),
    )
    assert result.title == HEADLINE


@pytest.mark.parametrize(
    ("byline", "authors", "date"),
    [
        ("By Marie-Ève Tremblay The Canadian Press", ("Marie-Ève Tremblay",), None),
        ("By Tom Ashworth, Ledger staff writer", ("Tom Ashworth",), None),
        ("By Lois Carmody | Feb 22, 2024", ("Lois Carmody",), "2024-02-22"),
        ("Lois Carmody | Lakeside Ledger", ("Lois Carmody",), None),
        ("Von Katrin Vogel und Jens Hartmann", ("Katrin Vogel", "Jens Hartmann"), None),
        ("Par Antoine Lefèvre et Claire Dubois", ("Antoine Lefèvre", "Claire Dubois"), None),
        ("Por Carla Méndez y Luis Ortega", ("Carla Méndez", "Luis Ortega"), None),
    ],
)
def test_byline_with_agency_role_or_date_gives_only_the_names(cleaner, byline, authors, date):
    result = cleaner.clean("\n\n".join([HEADLINE, byline, *BODY]))
    assert (result.authors, result.date) == (authors, date)
    assert result.text.split("\n\n") == BODY


def test_the_dek_under_the_headline_is_the_description_and_leaves_the_text(cleaner):
    # in plain text the stage takes the last headline-shaped line above the story for the
    # headline, so a dek is told apart where the headline is known: from markup, here
    dek = "Residents waited three years for a ferry timetable that works"
    paragraphs = "".join(f"<p>{line} {line}</p>" for line in BODY)
    page = (
        f"<html><body><article><h1>{HEADLINE}</h1><p>{dek}</p>{paragraphs}</article></body></html>"
    )
    result = cleaner.clean(page)
    assert (result.title, result.description) == (HEADLINE, dek)
    assert dek not in result.text


def test_the_first_timestamp_is_the_date_and_every_timestamp_line_goes(cleaner):
    lines = [HEADLINE, "Tue 12 Mar 2024 14.05 GMT", BODY[0], "Wed 13 Mar 2024 09.00 GMT", BODY[1]]
    result = cleaner.clean("\n\n".join(lines))
    assert result.date == "2024-03-12"
    assert result.text.split("\n\n") == BODY


def test_doubled_line_keeps_one_copy_with_or_without_a_space(cleaner):
    paragraph = "Officials said the bridge would reopen next week."
    for gap in ("", " "):
        result = cleaner.clean("\n\n".join([BODY[0], paragraph + gap + paragraph]))
        assert result.text.split("\n\n") == [BODY[0], paragraph]
        assert ("generic.doubled-line", paragraph) in {(r.rule, r.text) for r in result.removed}


def test_short_repeated_phrase_is_not_taken_for_a_doubled_line(cleaner):
    result = cleaner.clean("\n\n".join([BODY[0], "Walla Walla", BODY[1]]))
    assert result.text.split("\n\n") == [BODY[0], "Walla Walla", BODY[1]]


def test_paragraph_repeated_in_a_row_appears_once(cleaner):
    result = cleaner.clean("\n\n".join([BODY[0], BODY[1], BODY[1]]))
    assert result.text.split("\n\n") == BODY
    assert [r.rule for r in result.removed] == ["generic.repeated-paragraph"]


def test_rule_sets_run_in_order_platform_then_outlet_then_generic(cleaner):
    result = cleaner.clean(
        "\n\n".join(
            [HEADLINE, "Bloomberg logo Bloomberg 12/30/2019 Jane Doe", "(Bloomberg) -- " + BODY[0]]
        )
    )
    assert result.rulesets == ("msn", "bloomberg", "generic")


def test_url_host_selects_a_rule_set(cleaner):
    result = cleaner.clean("\n\n".join([HEADLINE, *BODY]), url="https://www.rudaw.net/english/x")
    assert result.outlet == "Rudaw" and result.rulesets == ("rudaw", "generic")


def test_headline_printed_twice_goes_once_as_title_and_once_as_repeat(cleaner):
    result = cleaner.clean("\n\n".join([HEADLINE, HEADLINE, "By Jane Doe", *BODY]))
    assert result.title == HEADLINE and result.authors == ("Jane Doe",)
    assert result.text.split("\n\n") == BODY
    assert [r.text for r in result.removed if r.rule == "generic.headline"] == [HEADLINE] * 2


@pytest.mark.parametrize(
    ("line", "kept"),
    [
        (
            "Police Chief Sam Ortiz can be reached at the station most mornings, officials said.",
            True,
        ),
        ("-- Jane Doe can be reached at jdoe@example.com or +1 202 555 0143.", False),
        ("She said the firm contributed to the report.", True),
        ("Jane Doe in London and The Associated Press contributed reporting.", False),
        ("Read more: the plan would cut spending by a third, officials said", True),
        ("Watch: the footage shows the crowd surging toward the gate before police arrived", True),
        ("Watch: Crowds Surge Toward the Gate", False),
        (
            "She kept one (photo: an old family portrait that hung in the hall for decades)",
            True,
        ),
        ("Firefighters at the scene on Sunday. (Photo: Jane Doe/Reuters)", False),
        (
            "The probe was launched in May (NASA/Goddard Space Flight Center scientists said so.)",
            True,
        ),
    ],
)
def test_boilerplate_shapes_fire_and_prose_in_their_words_stays(line, kept):
    body = "The council voted on Tuesday to approve the budget after a long debate, officials said."
    result = cleantext.clean(f"{body}\n\n{line}")
    assert (line in result.text.split("\n\n")) is kept


def test_jpost_is_recognised_by_its_credit_style_not_by_any_photo_credit():
    body = "The council voted on Tuesday to approve the budget after a long debate, officials said."
    jpost = cleantext.clean(
        f"Headline here for the vote\n\n(photo credit: REUTERS/AKO RASHEED)\n\n{body}"
    )
    other = cleantext.clean(
        f"{body}\n\nThe square at dusk. (Photo credit: Jane Doe)\n\n{body} Again."
    )
    assert jpost.outlet == "The Jerusalem Post" and other.outlet is None
