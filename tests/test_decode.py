"""Bytes become text without crashing, and every document is normalised the same way."""

from __future__ import annotations

import pytest

import cleantext
from cleantext.decode import _CONTROL_BYTES, decode, has_odd_codes, normalise

BODY = "The council voted on Tuesday to approve the budget after a long debate, officials said."


def test_no_break_thin_and_zero_width_spaces_become_plain_spaces_or_nothing():
    assert normalise("a\u00a0b\u2009c\u202fd\u200be\ufefff  g\t h") == "a b c def g h"


def test_newlines_are_unified_and_lines_stripped():
    assert normalise("one \r\ntwo\rthree\u2028four\n  five  ") == "one\ntwo\nthree\nfour\nfive"


def test_text_is_composed_to_nfc():
    assert normalise("Cafe\u0301") == "Caf\u00e9"


def test_utf8_latin1_and_utf16_bytes_decode_to_the_same_text():
    text = "Le café a été fermé par la mairie, a déclaré le porte-parole jeudi soir à Paris."
    assert decode(text.encode("utf-8")) == (text, None)
    assert decode(text.encode("utf-16")) == (text, None)
    assert decode(text.encode("latin-1"))[0] == text


def test_a_guessed_encoding_and_bad_bytes_after_a_bom_are_said():
    latin = "Le café a été fermé par la mairie, a déclaré le porte-parole jeudi soir à Paris."
    result = cleantext.clean(latin.encode("latin-1"))
    assert result.text == latin
    assert result.warnings[0].startswith("input: not UTF-8; decoded as ")
    damaged = cleantext.clean(b"\xef\xbb\xbf" + BODY.encode() + b" \xff\xfe more.")
    assert "\ufffd" in damaged.text
    assert damaged.warnings == (
        "input: bytes invalid in utf-8-sig (after its BOM) replaced by U+FFFD",
    )


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be"])
def test_utf16_without_a_bom_holding_a_lone_surrogate_is_read_with_the_bad_unit_replaced(
    encoding,
):
    # the zero bytes say UTF-16; one unpaired surrogate made the document "binary", all lost
    data = BODY.encode(encoding)
    lone = b"\x41\xdc" if encoding.endswith("le") else b"\xdc\x41"  # U+DC41, unpaired
    result = cleantext.clean(data[:20] + lone + data[20:])
    assert result.text == BODY[:10] + "\ufffd" + BODY[10:]
    assert result.warnings == (
        f"input: read as {encoding} (no byte-order mark); invalid bytes replaced",
    )


def test_binary_bytes_give_a_warning_not_a_crash():
    png = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 8
    result = cleantext.clean(png)
    assert result.text == "" and "binary" in result.warnings[0]


@pytest.mark.parametrize("empty", ["", "   \n\u00a0\n\t", b"", b"\xef\xbb\xbf"])
def test_empty_input_gives_empty_text_and_a_warning(empty):
    result = cleantext.clean(empty)
    assert result.text == "" and result.warnings == ("empty input: there is no text to clean",)


def test_whitespace_only_line_separates_paragraphs():
    result = cleantext.clean(f"{BODY}\u00a0\n\u00a0\n{BODY.upper()}")
    assert result.text == f"{BODY}\n\n{BODY.upper()}"


def test_non_text_argument_is_a_type_error():
    with pytest.raises(TypeError, match="str or bytes"):
        cleantext.clean(42)  # type: ignore[arg-type]


def test_html_bytes_use_the_charset_their_meta_tag_declares():
    body = "Le café « fermé » : l’été à Paris, a déclaré le porte-parole — jeudi soir."
    page = f'<html><head><meta charset="windows-1252"></head><body><p>{body}</p></body></html>'
    assert decode(page.encode("cp1252")) == (page, None)
    http_equiv = (
        page.replace(
            '<meta charset="windows-1252">',
            '<meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-1">',
        )
        .replace("’", "'")
        .replace("—", "-")
        .replace("«", "<<")
        .replace("»", ">>")
    )
    assert decode(http_equiv.encode("latin-1")) == (http_equiv, None)


def test_odd_codes_are_control_characters_and_lone_surrogates_only():
    # the bytes view must agree with the characters: every control code and both ends of the
    # surrogate range are odd; tab, newline, form feed, carriage return and their neighbours
    # in UTF-8 (U+D7FF and U+E000 share the lead byte 0xED with surrogates) are not
    text = "A line of text, “quoted” — with é and 🙂.\t\n\f\r"
    assert not has_odd_codes(text)
    for odd in [*map(chr, sorted(_CONTROL_BYTES)), "\ud800", "\udbff", "\udc00", "\udfff"]:
        assert has_odd_codes(text + odd + text), repr(odd)
    for fine in ("\ud7ff", "\ue000", "\x7f", "\x85", "\u2028"):
        assert not has_odd_codes(text + fine), repr(fine)
