"""Bytes to text, and the normalisation every document gets before any rule sees it."""

from __future__ import annotations

import codecs
import re
import unicodedata

import regex

from .errors import InputError

# Byte-order marks, longest first so UTF-32 LE is not taken for UTF-16 LE.
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)

# Share of NUL or other control bytes above which bytes are not text in any 8-bit charset.
_BINARY_CONTROL_SHARE = 0.10
_CONTROL_BYTES = frozenset(range(32)) - {9, 10, 12, 13}


def _utf16_without_bom(data: bytes) -> str | None:
    """ "utf-16-le" or "utf-16-be" for text in UTF-16 without its BOM, told by the zero byte
    every Latin letter carries on one side; else None. (Such bytes are valid UTF-8 too.)"""
    sample = data[:65536]
    if len(sample) < 8 or len(data) % 2:
        return None
    zeros = (sample[0::2].count(0), sample[1::2].count(0))  # high bytes: even = BE, odd = LE
    pairs = len(sample) // 2
    for encoding, (high, low) in (("utf-16-le", zeros[::-1]), ("utf-16-be", zeros)):
        if high >= 0.5 * pairs and low <= 0.01 * pairs:
            return encoding
    return None


def decode(data: bytes) -> tuple[str, str | None]:
    """Decode bytes to text; return (text, warning or None). Raise InputError for binary data.

    Tried in order: a byte-order mark, UTF-8, the charset an HTML page declares in a <meta>
    tag, then charset-normalizer's guess. A BOM followed by bytes that are not in its encoding,
    or a guessed encoding, is said in the warning.
    """
    # FF FE 00 00 opens UTF-32 LE, and also UTF-16 LE text whose first character is NUL:
    # the first encoding whose BOM matches and that decodes the bytes cleanly wins.
    boms = [encoding for bom, encoding in _BOMS if data.startswith(bom)]
    for encoding in boms:
        try:
            return data.decode(encoding), None
        except UnicodeDecodeError:
            continue
    if boms:
        text = data.decode(boms[0], errors="replace")
        return text, f"input: bytes invalid in {boms[0]} (after its BOM) replaced by U+FFFD"
    if utf16 := _utf16_without_bom(data):
        read_as = f"input: read as {utf16} (no byte-order mark)"
        try:
            return data.decode(utf16), read_as
        except UnicodeDecodeError:  # a lone surrogate: the zero bytes still say UTF-16
            return data.decode(utf16, errors="replace"), f"{read_as}; invalid bytes replaced"
    try:
        return data.decode("utf-8"), None
    except UnicodeDecodeError:
        pass
    sample = data[:65536]
    controls = sum(1 for byte in sample if byte in _CONTROL_BYTES)
    if controls > _BINARY_CONTROL_SHARE * len(sample):
        raise InputError("input looks binary (many control bytes), not text or HTML")
    # UTF-8 with a few stray bytes: valid multi-byte characters outnumber the bad bytes
    # (text in an 8-bit charset has next to no valid UTF-8 sequences).
    text = data.decode("utf-8", errors="replace")
    bad = text.count("\ufffd") - data.count("\ufffd".encode())
    valid = len(_NON_ASCII.findall(text)) - bad
    if valid >= bad and bad <= len(data) // 100 + 1:
        return text, f"input: {bad} byte(s) invalid in UTF-8 replaced by U+FFFD"
    declared = _declared_charset(data[:4096])
    if declared:
        try:
            return data.decode(declared), None
        except (LookupError, UnicodeDecodeError):
            pass  # a wrong or unknown declaration: detect instead
    from charset_normalizer import from_bytes  # imported late: only non-UTF-8 input needs it

    matches = from_bytes(data)
    best = matches.best()
    if best is None:
        raise InputError("input is not text in any encoding that could be detected")
    # Where charsets score alike (cp1250 and cp1252 differ in a few letters: "Muńoz" and
    # "Muñoz"), windows-1252 wins: it is the web's default for pages in no declared charset.
    tied = (m for m in matches if (m.chaos, m.coherence) == (best.chaos, best.coherence))
    best = next((m for m in tied if m.encoding == "cp1252"), best)
    return str(best), f"input: not UTF-8; decoded as {best.encoding}, a guess"


# <meta charset="..."> or <meta http-equiv="Content-Type" content="text/html; charset=...">
_META_CHARSET = regex.compile(
    rb"""<meta\b[^>]{0,200}?charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]{2,40})""", regex.IGNORECASE
)


def _declared_charset(head: bytes) -> str | None:
    """The charset an HTML page declares in its first bytes, if any."""
    match = _META_CHARSET.search(head)
    return match.group(1).decode("ascii").lower() if match else None


# The character classes are scanned with `re`, several times faster than `regex` at this.
# Spaces that are not U+0020: no-break, thin, em/en, ideographic, ...
_ODD_SPACES = "\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000\t\f\v"
# Invisible characters that carry no text: zero-width space, BOM, word joiner, soft hyphen.
# ZWJ/ZWNJ stay: they shape emoji and Persian/Indic words.
_INVISIBLE = "\u200b\u2060\ufeff\u00ad\u180e"
# C0/C1 controls other than newline (tabs are made spaces first).
_CONTROLS = "\x00-\x09\x0b-\x1f\x7f-\x9f"
_LINE_BREAKS = "\r\u2028\u2029\x85"
_ANY_ODD = re.compile(f"[{_ODD_SPACES}{_INVISIBLE}{_CONTROLS}{_LINE_BREAKS}]")
_REPLACEMENTS = (
    (re.compile(f"\\r\\n|[{_LINE_BREAKS}]"), "\n"),
    (re.compile(f"[{_ODD_SPACES}]"), " "),
    (re.compile(f"[{_INVISIBLE}{_CONTROLS}]"), ""),
)
_SPACE_RUNS = re.compile(" {2,}")


def has_odd_codes(text: str) -> bool:
    """Control characters or lone surrogates: rare, so one scan spares most documents both
    `without_surrogates` and `looks_binary`. Asked of the UTF-8 bytes, where deleting control
    bytes and finding the lead bytes of encoded surrogates run at memory speed: a regex class
    over the str took twice as long, 3 % of the time of cleaning a web page."""
    data = text.encode("utf-8", "surrogatepass")
    return len(data.translate(None, _CONTROL_CODES)) != len(data) or bool(
        _SURROGATE_UTF8.search(data)
    )


def without_surrogates(text: str) -> str:
    """A str may hold lone surrogates (halves of a UTF-16 pair, from JSON "\\ud800"): no encoder
    writes them and lxml stops reading at one, so they go before anything else."""
    return _SURROGATES.sub("", text)


_SURROGATES = re.compile("[\ud800-\udfff]")


def looks_binary(text: str) -> bool:
    """Text decoded from binary data: many control characters."""
    sample = text[:65536]
    return len(_BINARY_CHARACTERS.findall(sample)) > _BINARY_CONTROL_SHARE * len(sample)


# the control codes that mark binary data, as a regex class: one definition for bytes and text
_CONTROL_CLASS = "".join(f"\\x{code:02x}" for code in sorted(_CONTROL_BYTES))
_BINARY_CHARACTERS = re.compile(f"[{_CONTROL_CLASS}]")
_NON_ASCII = re.compile("[^\x00-\x7f]")
_CONTROL_CODES = bytes(sorted(_CONTROL_BYTES))
_SURROGATE_UTF8 = re.compile(rb"\xed[\xa0-\xbf]")  # how "surrogatepass" writes U+D800-U+DFFF


def normalise(text: str) -> str:
    """Unify newlines and spaces, drop invisible characters, compose to NFC.

    Returns lines joined by "\\n", each with single spaces and no leading or
    trailing white space; blank lines stay (they separate paragraphs).
    Each step runs only when the text needs it: most documents need none.
    """
    if _ANY_ODD.search(text):
        for pattern, replacement in _REPLACEMENTS:
            text = pattern.sub(replacement, text)
    if not unicodedata.is_normalized("NFC", text):
        text = unicodedata.normalize("NFC", text)
    if "  " in text:
        text = _SPACE_RUNS.sub(" ", text)
    return "\n".join(line.strip() for line in text.split("\n"))
