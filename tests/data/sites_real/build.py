#!/usr/bin/env python3
"""Realistic multi-site news dump corpus for learned-boilerplate evaluation.

Every page imitates what a select-all / copy of a real news article page (or a
naive HTML-to-text pass) produces: skip links, long menus, tickers, weather and
date lines, bylines, share bars, captions, in-body advertising and "Read more"
lines, newsletter boxes, pull quotes, video player text, most-read lists,
comment threads, author bios, cookie banners and footers.  Stories are written
from template pools in English, German, French and Spanish.

Usage:
    python tests/data/sites_real/build.py OUT_DIR [--seed N]
or from Python:
    build(Path(out_dir), seed=1)

Standard library only; deterministic for a given seed.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
import time
import unicodedata
from datetime import datetime, timedelta
from pathlib import Path

# --------------------------------------------------------------------------
# calendar and language helpers
# --------------------------------------------------------------------------

MONTHS = {
    "en": [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ],
    "de": [
        "Januar",
        "Februar",
        "März",
        "April",
        "Mai",
        "Juni",
        "Juli",
        "August",
        "September",
        "Oktober",
        "November",
        "Dezember",
    ],
    "fr": [
        "janvier",
        "février",
        "mars",
        "avril",
        "mai",
        "juin",
        "juillet",
        "août",
        "septembre",
        "octobre",
        "novembre",
        "décembre",
    ],
    "es": [
        "enero",
        "febrero",
        "marzo",
        "abril",
        "mayo",
        "junio",
        "julio",
        "agosto",
        "septiembre",
        "octubre",
        "noviembre",
        "diciembre",
    ],
}
DAYS = {
    "en": ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"],
    "de": ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"],
    "fr": ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"],
    "es": ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"],
}
AP_MONTHS = [
    "Jan.",
    "Feb.",
    "March",
    "April",
    "May",
    "June",
    "July",
    "Aug.",
    "Sept.",
    "Oct.",
    "Nov.",
    "Dec.",
]

DST_US = datetime(2025, 3, 9, 2)
DST_EU = datetime(2025, 3, 30, 1)


def us_tz(d):
    return "EDT" if d >= DST_US else "EST"


def uk_tz(d):
    return "BST" if d >= DST_EU else "GMT"


def ampm(d, dots=False, upper=True):
    h = d.hour % 12 or 12
    suf = ("a.m." if d.hour < 12 else "p.m.") if dots else ("AM" if d.hour < 12 else "PM")
    if not dots and not upper:
        suf = suf.lower()
    return f"{h}:{d.minute:02d} {suf}" if (dots or upper) else f"{h}:{d.minute:02d}{suf}"


def thousands(n, lang):
    s = f"{n:,}"
    if lang == "de" or lang == "es":
        return s.replace(",", ".")
    if lang == "fr":
        return s.replace(",", "\u202f") if n >= 10000 else s.replace(",", "")
    return s


def dec(x, lang):
    s = f"{x:.1f}"
    return s.replace(".", ",") if lang in ("de", "fr", "es") else s


def slugify(text, maxwords=9):
    t = text.replace("ß", "ss").replace("ä", "ae").replace("ö", "oe").replace("ü", "ue")
    t = t.replace("Ä", "Ae").replace("Ö", "Oe").replace("Ü", "Ue")
    t = unicodedata.normalize("NFKD", t).encode("ascii", "ignore").decode()
    words = re.findall(r"[a-z0-9]+", t.lower())
    return "-".join(words[:maxwords]) or "story"


SMALL = {
    "a",
    "an",
    "the",
    "and",
    "but",
    "or",
    "for",
    "nor",
    "on",
    "at",
    "to",
    "by",
    "of",
    "in",
    "as",
    "vs",
    "from",
    "with",
    "into",
    "over",
}


def title_case(s):
    out = []
    for i, w in enumerate(s.split(" ")):
        if i and w.lower() in SMALL:
            out.append(w.lower())
        elif w[:1].islower():
            out.append(w[:1].upper() + w[1:])
        else:
            out.append(w)
    return " ".join(out)


def cap1(s):
    for i, ch in enumerate(s):
        if ch.isalpha():
            return s[:i] + ch.upper() + s[i + 1 :]
        if ch not in "\"'“‘„«¿¡ ":
            return s
    return s


def curly(s):
    """Straight quotes to typographic ones (used by some sites)."""
    s = re.sub(r'(^|[\s(\[—-])"', "\\1“", s)
    s = s.replace('"', "”")
    s = re.sub(r"(^|[\s(\[—-])'", "\\1‘", s)
    s = s.replace("'", "’")
    return s


UK_SPELL = [
    (r"\bneighbor", "neighbour"),
    (r"\bNeighbor", "Neighbour"),
    (r"\bcenter\b", "centre"),
    (r"\bcenters\b", "centres"),
    (r"\bCenter\b", "Centre"),
    (r"(\d+) percent\b", r"\1%"),
    (r"\bpercent\b", "per cent"),
    (r"\bapartments\b", "flats"),
    (r"\bapartment\b", "flat"),
    (r"\bparking garage\b", "car park"),
    (r"\bprogram\b", "programme"),
    (r"\bprograms\b", "programmes"),
    (r"\borganization", "organisation"),
    (r"\bcolor", "colour"),
    (r"\bdefense\b", "defence"),
    (r"\bsidewalks?\b", "pavements"),
    (r"\bElementary School\b", "Primary School"),
    (r"\belementary school", "primary school"),
    (r"\bhigh school\b", "secondary school"),
    (r"\bhomeowners\b", "householders"),
    (r"\brealize", "realise"),
    (r"\borganize", "organise"),
    (r"\bapologize", "apologise"),
    (r"\bcriticize", "criticise"),
    (r"\blabor\b", "labour"),
    (r"\bfavor", "favour"),
    (r"\btraveled\b", "travelled"),
    (r"\bcanceled\b", "cancelled"),
    (r"\bpolice officers\b", "officers"),
    (r"\bgas station", "petrol station"),
    (r"\bjewelry\b", "jewellery"),
    (r"\bgray\b", "grey"),
    (r"\bparking lot\b", "car park"),
]


def uk(s):
    for a, b in UK_SPELL:
        s = re.sub(a, b, s)
    return s


# --------------------------------------------------------------------------
# people
# --------------------------------------------------------------------------

NAMES = {
    "en": (
        "James Michael David Daniel Marcus Kevin Luis Andre Samuel Tom Omar Patrick Ravi Wei "
        "Jonah Eli Gabriel Connor Darnell Hector Ian Felix Nathan Rafael Theo Victor Walter "
        "Aaron Brian Curtis Derek Elliot Graham Hugo Isaac Malik Neil Owen Peter Ross Simon "
        "Tariq Jamal Kenji Dmitri Trevor Wesley Callum Rory",
        "Maria Jennifer Aisha Laura Priya Rachel Emily Grace Sofia Hannah Nadia Teresa Monica "
        "Keisha Lin Yvonne Claire Diane Erin Fatima Gloria Helen Irene Joanna Kara Leah Marisol "
        "Nina Olivia Paula Renee Sandra Tamara Vanessa Wendy Zoe Beatrice Carmen Delia Imani "
        "Megan Siobhan Ngozi Harriet Lucy Anjali Bethany Ingrid",
        "Alvarez Bennett Brooks Castillo Chen Coleman Dawson Delgado Donovan Ellison Farrow "
        "Fitzgerald Fleming Garrison Hale Hargrove Hayes Ibarra Jensen Kaplan Kowalski Lindqvist "
        "Lowell Maddox Marsh Mbeki Mendoza Nakamura Novak Okafor Osei Pearson Pruitt Quinlan "
        "Ramirez Reyes Rosen Sandoval Shapiro Sinclair Takahashi Thornton Underwood Vance "
        "Whitaker Winslow Yates Zielinski Abernathy Boateng Carver Duarte Esposito Greer "
        "Holloway Iqbal Keane Larkin Moreau Nguyen O'Brien Patel Radcliffe Sato Tran Voss "
        "Webb Amari Blake Crowley Dunne Emerson Foley Galloway Harlow Kemp",
    ),
    "de": (
        "Klaus Thomas Michael Andreas Stefan Jürgen Markus Tobias Florian Matthias Peter Uwe "
        "Jan Lukas Wolfgang Dieter Holger Sebastian Christian Frank Bernd Rainer Timo Daniel "
        "Philipp Heiko Oliver Dirk Volker Moritz",
        "Anna Sabine Petra Julia Claudia Monika Katrin Stefanie Andrea Birgit Laura Lena Sarah "
        "Nicole Heike Ursula Martina Susanne Carola Ingrid Eva Miriam Jana Tanja Simone Kerstin "
        "Bettina Nadine Vera",
        "Müller Schmidt Schneider Fischer Weber Meyer Wagner Becker Schulz Hoffmann Koch Bauer "
        "Richter Klein Wolf Schröder Neumann Schwarz Zimmermann Braun Krüger Hofmann Hartmann "
        "Lange Schmitt Werner Krause Lehmann Köhler Maier Frank Kaiser Fuchs Vogel Jung "
        "Keller Roth Sommer Lorenz Brandt Haas Graf Kuhn Ludwig Pfeiffer Seidel Franke Engel "
        "Stein Horn Busch Bergmann Voigt Sauer Arnold Ebert Gerber Stauch Heinz Dietz Kessler "
        "Ritter Scholl Lauer Decker",
    ),
    "fr": (
        "Jean Pierre Michel Philippe Alain Nicolas Laurent Julien Thomas Antoine Mathieu "
        "Olivier Sébastien Bernard Didier Hugo Lucas Romain Guillaume Christophe Francis Yannick",
        "Marie Sophie Isabelle Nathalie Catherine Sandrine Céline Camille Julie Claire Anne "
        "Élodie Aurélie Émilie Martine Valérie Chloé Léa Hélène Sylvie Mireille Agnès",
        "Martin Bernard Dubois Thomas Robert Richard Petit Durand Leroy Moreau Simon Laurent "
        "Lefebvre Michel Garcia David Bertrand Roux Vincent Fournier Morel Girard André Mercier "
        "Lambert Bonnet Fontaine Rousseau Blanc Guérin Faure Chevalier Gauthier Perrin "
        "Clément Fabre Marty Delmas Carrère Cazals Vidal Bousquet Teyssier Alibert",
    ),
    "es": (
        "José Antonio Manuel Francisco Juan David Javier Carlos Miguel Rafael Pedro Alejandro "
        "Fernando Luis Sergio Pablo Jorge Alberto Andrés Ramón",
        "María Carmen Ana Isabel Laura Lucía Marta Elena Cristina Pilar Rosa Raquel Sara Paula "
        "Beatriz Nuria Silvia Teresa Alicia Inés",
        "García Rodríguez González Fernández López Martínez Sánchez Pérez Gómez Martín Jiménez "
        "Ruiz Hernández Díaz Moreno Álvarez Muñoz Romero Alonso Gutiérrez Navarro Torres "
        "Domínguez Vázquez Ramos Gil Ramírez Serrano Blanco Molina Morales Suárez Ortega "
        "Delgado Castro Ortiz Rubio Marín Sanz Iglesias",
    ),
}
NAMES = {k: tuple(x.split() for x in v) for k, v in NAMES.items()}

PRON = {
    "he": ("he", "she"),
    "him": ("him", "her"),
    "his": ("his", "her"),
    "er": ("er", "sie"),
    "sein": ("sein", "ihr"),
    "seine": ("seine", "ihre"),
    "der": ("der", "die"),
    "dem": ("dem", "der"),
    "des": ("des", "der"),
    "il": ("il", "elle"),
    "e": ("", "e"),
    "le": ("le", "la"),
    "el": ("él", "ella"),
    "o": ("o", "a"),
}


class Person:
    def __init__(self, first, last, g, pre="", app=""):
        self.first, self.last, self.g, self.pre, self.app = first, last, g, pre, app

    @property
    def full(self):
        return f"{self.first} {self.last}"

    def attr(self, a):
        if a in ("full", "first", "last", "pre", "app"):
            return getattr(self, a)
        low = a[0].lower() + a[1:]
        if low in PRON:
            v = PRON[low][0 if self.g == "m" else 1]
            return cap1(v) if a[0].isupper() else v
        raise KeyError(a)


def new_person(rng, lang, used=None, g=None):
    g = g or rng.choice("mf")
    males, females, lasts = NAMES[lang]
    for _ in range(50):
        first = rng.choice(males if g == "m" else females)
        last = rng.choice(lasts)
        if lang == "es" and rng.random() < 0.4:
            last = last + " " + rng.choice([x for x in lasts if x != last])
        if used is None or last not in used:
            break
    if used is not None:
        used.add(last)
    return Person(first, last, g)


# --------------------------------------------------------------------------
# template filling
# --------------------------------------------------------------------------

ALT_RE = re.compile(r"\[([^\[\]]*\|[^\[\]]*)\]")
PH_RE = re.compile(r"\{([^{}]+)\}")
SPEC_RE = re.compile(r"^(#|\$|k\$|d\$|%|y|f|o)(\d+(?:\.\d+)?)-(\d+(?:\.\d+)?)$")


def _an(m):
    """'a 8-story' -> 'an 8-story', 'a 11,000' -> 'an 11,000' (but 'a 180', 'a 1,800')."""
    lead = m.group(2).split(",")[0]
    if lead.startswith("8") or lead in ("11", "18"):
        return f"{m.group(1)}n {m.group(2)}"
    return m.group(0)


class Filler:
    def __init__(self, rng, lang, dialect, ctx):
        self.rng, self.lang, self.dialect, self.ctx = rng, lang, dialect, ctx
        self.mentioned = set()

    def spec(self, kind, a, b):
        rng, lang = self.rng, self.lang
        us = self.dialect != "uk"
        cur = self.ctx.get("cur", "$")
        if kind == "#":
            n = rng.randint(int(a), int(b))
            if n >= 100000:
                n = round(n, -3)
            elif n >= 10000:
                n = round(n, -2)
            return thousands(n, lang)
        if kind == "y":
            return str(rng.randint(int(a), int(b)))
        if kind == "o":
            n = rng.randint(int(a), int(b))
            suf = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
            return f"{n}{suf}"
        if kind == "f":
            return dec(rng.uniform(float(a), float(b)), lang)
        if kind == "%":
            n = rng.randint(int(a), int(b))
            if lang == "en":
                return f"{n} percent" if us else f"{n}%"
            return {"de": f"{n} Prozent", "fr": f"{n} %", "es": f"{n} %"}[lang]
        if kind == "$":
            v = rng.uniform(float(a), float(b))
            num = str(int(round(v))) if v >= 100 else dec(v, lang)
            if lang == "en":
                return f"{cur}{num} million" if us else f"{cur}{num}m"
            if lang == "de":
                return f"{num} Millionen Euro"
            if lang == "fr":
                return f"{num} millions d'euros"
            return f"{num} millones de euros"
        if kind in ("k$", "d$"):
            step = 5000 if kind == "k$" else 10
            lo, hi = float(a), float(b)
            if kind == "k$":
                lo, hi = lo * 1000, hi * 1000
            v = int(round(rng.uniform(lo, hi) / step) * step)
            if lang == "en":
                return f"{cur}{thousands(v, lang)}"
            if lang == "de":
                return f"{thousands(v, lang)} Euro"
            return f"{thousands(v, lang)} euros"
        raise ValueError(kind)

    def alt(self, t):
        return ALT_RE.sub(lambda m: self.rng.choice(m.group(1).split("|")), t)

    def _ph(self, m):
        key = m.group(1)
        sm = SPEC_RE.match(key)
        if sm:
            return self.spec(*sm.groups())
        mode = ""
        if key[-1] in "+^*":
            key, mode = key[:-1], key[-1]
        attr = None
        if "." in key:
            key, attr = key.split(".", 1)
        val = self.ctx[key]
        if isinstance(val, Person):
            if attr:
                return val.attr(attr)
            if key in self.mentioned:
                return val.last
            self.mentioned.add(key)
            if mode == "+" and val.app:
                return f"{val.full}, {val.app}"
            if mode == "^" and val.pre:
                return f"{val.pre} {val.full}"
            if mode == "*" and val.app:
                return f"{val.full}, {val.app},"
            return val.full
        return val

    def fill(self, t, sentence=True):
        for _ in range(3):
            t2 = self.alt(t)
            t2 = PH_RE.sub(self._ph, t2)
            if t2 == t:
                break
            t = t2
            if "{" not in t:
                break
        t = re.sub(r"\s+", " ", t).strip()
        t = t.replace(" ,", ",").replace("a.m..", "a.m.").replace("p.m..", "p.m.")
        if self.lang == "en":
            t = re.sub(r"\b([Aa]) (\d[\d,.]*)", _an, t)
        if sentence:
            t = cap1(t)
        if self.lang == "en" and self.dialect == "uk":
            t = uk(t)
        return t


# --------------------------------------------------------------------------
# topic definitions (parsed from the CONTENT_* strings at the end of file)
# --------------------------------------------------------------------------


class Topic:
    def __init__(self, lang, name, tags):
        self.lang, self.name, self.tags = lang, name, tags
        self.sec = "local"
        self.vars = []
        self.roles = {"p1": [], "p2": [], "p3": []}
        self.items = {k: [] for k in "K H D L B Q G N S C V T E X P".split()}
        self.tagged = {k: [] for k in self.items}
        self.angled = {k: [] for k in self.items}
        self.angles = []

    def for_angle(self, angle):
        return {k: [t for a, t in v if a is None or angle in a] for k, v in self.angled.items()}

    def generic_for(self, topic):
        """Generic items usable by topic: untagged ones plus those tagged with one of its tags."""
        return {
            k: [t for tag, t in v if tag is None or tag in topic.tags]
            for k, v in self.tagged.items()
        }


def parse_topics(text):
    topics = {}
    cur = None
    for raw in text.splitlines():
        line = raw.strip()
        if not line or line.startswith("//"):
            continue
        if line.startswith("@"):
            parts = line[1:].split()
            cur = Topic(parts[0], parts[1], parts[2:])
            topics[(parts[0], parts[1])] = cur
            continue
        key, _, rest = line.partition(" ")
        rest = rest.strip()
        tag = angles = None
        if "@" in key and not key.startswith("@"):
            key, tag = key.split("@", 1)
        if "#" in key:
            key, a = key.split("#", 1)
            angles = set(a.split(","))
            for x in sorted(angles):
                if x not in cur.angles:
                    cur.angles.append(x)
        if key in cur.tagged:
            cur.tagged[key].append((tag, rest))
            cur.angled[key].append((angles, rest))
        if key == "sec":
            cur.sec = rest
        elif key.startswith("="):
            name, _, va = key[1:].partition("#")
            cur.vars.append((name, rest, set(va.split(",")) if va else None))
        elif key in cur.roles:
            cur.roles[key].append(rest.split("|"))
        elif key in ("K", "T"):
            cur.items[key].append(rest)
        elif key in cur.items:
            cur.items[key].append(rest)
        else:
            raise ValueError(f"bad content line: {raw!r}")
    return topics


def make_role_person(rng, lang, role, filler, used, key=None):
    p = new_person(rng, lang, used)
    if key:
        filler.ctx[key] = p
    if not role:
        return p
    if lang == "en":
        pre, app = (role + [""])[:2]
    else:
        if len(role) >= 4:
            pre = role[0] if p.g == "m" else role[1]
            app = role[2] if p.g == "m" else role[3]
        elif len(role) == 3:
            pre = role[0]
            app = role[1] if p.g == "m" else role[2]
        else:
            pre, app = (role + [""])[:2]
    p.pre = filler.fill(pre, sentence=False) if pre else ""
    p.app = filler.fill(app, sentence=False) if app else ""
    return p


def var_value(filler, spec):
    if re.match(r"^\d+-\d+$", spec):
        a, b = spec.split("-")
        return filler.spec("#", a, b)
    sm = SPEC_RE.match(spec)
    if sm and "|" not in spec:
        return filler.spec(*sm.groups())
    if "|" in spec:
        return filler.fill(filler.rng.choice(spec.split("|")), sentence=False)
    return filler.fill(spec, sentence=False)


SENT_SPLIT = re.compile(r"(?<=[.!?])[\"”»“]?\s+(?=[\"“„«¿¡]?[A-ZÄÖÜÉÀÂÈÊÎÔÇÁÍÓÚÑ0-9])")


def sentences(text):
    return [s for s in SENT_SPLIT.split(text) if s.strip()]


def long_sentences(lines):
    n = 0
    for line in lines:
        for s in sentences(line):
            if len(s.split()) >= 12:
                n += 1
    return n


# --------------------------------------------------------------------------
# stories
# --------------------------------------------------------------------------


class Story:
    def __init__(self, sid, lang):
        self.sid, self.lang = sid, lang
        self.topic = self.sec = self.headline = self.dek = self.kicker = ""
        self.paras = []  # body lines in order (paragraphs and subheads)
        self.subheads = set()  # indices into paras that are subheadings
        self.pull = []  # pull-quote candidates (never equal to a body line)
        self.captions = []
        self.videos = []
        self.tags = []
        self.trap_ok = False
        self.wire = None  # dict for wire stories
        self.place = ""
        self.ctx = {}
        self.live = None  # list of entries for live blogs

    def expected(self):
        return list(self.paras)


CYCLE = ["B", "Q", "B", "G", "B", "Q", "G", "B"]


def region_ctx(rng, region, date, lang):
    ctx = {}
    for k, v in region.items():
        if isinstance(v, str):
            ctx[k] = v
    places = rng.sample(region["places"], 3)
    ctx["place"], ctx["place2"], ctx["place3"] = places
    if "streets" in region:
        ctx["street"], ctx["street2"] = rng.sample(region["streets"], 2)
    for k, v in region.get("pick", {}).items():
        ctx[k] = rng.choice(v)
    ctx.update(region.get("fixed", {}))
    event = date - timedelta(days=rng.choice([0, 0, 1, 1, 2]))
    ctx["day"] = DAYS[lang][event.weekday()]
    ctx["day2"] = DAYS[lang][(date + timedelta(days=rng.randint(2, 6))).weekday()]
    ctx["month"] = MONTHS[lang][date.month - 1]
    ctx["nextmonth"] = MONTHS[lang][date.month % 12]
    h, mi = rng.randint(5, 22), rng.choice([0, 5, 10, 15, 20, 25, 30, 35, 40, 45, 50, 55])
    if lang == "en":
        if region.get("dialect") == "uk":
            ctx["time"] = f"{h:02d}:{mi:02d}"
        else:
            ctx["time"] = ampm(datetime(2025, 1, 1, h, mi), dots=True)
    elif lang == "de":
        ctx["time"] = f"{h}.{mi:02d} Uhr"
    elif lang == "fr":
        ctx["time"] = f"{h} h {mi:02d}" if mi else f"{h} heures"
    else:
        ctx["time"] = f"las {h}.{mi:02d}"
    return ctx


def _draw(rng, pools, kind, order):
    for pool in pools:
        for k in [kind] + order:
            if pool.get(k):
                return pool[k].pop()
    return None


def gen_story(
    rng, sid, topic, generic, region, date, style, used, length, used_heads, max_tries=40
):
    lang = topic.lang
    dialect = region.get("dialect", "us")
    for attempt in range(max_tries):
        if attempt == max_tries // 2 and length != "normal":
            length = "normal"
        ctx = region_ctx(rng, region, date, lang)
        f = Filler(rng, lang, dialect, ctx)
        angle = rng.choice(topic.angles) if topic.angles else None
        for name, spec, va in topic.vars:
            if va is None or angle in va:
                ctx[name] = var_value(f, spec)
        surn = set()
        for k in ("p1", "p2", "p3"):
            roles = topic.roles[k] or generic.roles[k] or [[]]
            ctx[k] = make_role_person(rng, lang, rng.choice(roles), f, surn, k)
        f.mentioned = set()
        # how many sentence units to collect
        lo, hi = style.get("para", (1, 3))
        if length == "short":
            target = 4
        elif length == "long":
            target = rng.randint(13, 20)
        else:
            n = rng.randint(4, 9)
            target = (1 if style.get("lead_alone", True) else rng.randint(lo, hi)) + sum(
                rng.randint(lo, hi) for _ in range(n - 1)
            )
        ti = topic.for_angle(angle)
        tp = {k: rng.sample(v, len(v)) for k, v in ti.items()}
        gp = {k: rng.sample(v, len(v)) for k, v in generic.generic_for(topic).items()}
        lead_t = tp["L"].pop()
        closing = None
        if tp["N"] and rng.random() < 0.85:
            closing = tp["N"].pop()
        elif gp["N"] and rng.random() < 0.5:
            closing = gp["N"].pop()
        need = target - 1 - (1 if closing else 0)
        max_extra = need if length == "long" else 2
        own, extra = [], []
        ci = rng.randrange(len(CYCLE))
        guard = 0
        # the topic's own sentences first; generic ones only to fill up
        while len(own) + len(extra) < need and guard < 200:
            guard += 1
            kind = CYCLE[ci % len(CYCLE)]
            ci += 1
            if length == "short":
                kind = rng.choice(["B", "Q"])
            t = _draw(rng, [tp], kind, ["B", "G", "Q"])
            if t is not None:
                own.append(t)
                continue
            if len(extra) >= max_extra:
                break
            t = _draw(rng, [gp], kind, ["B", "G", "Q"])
            if t is None:
                break
            extra.append(t)
        order = list(own)
        for t in extra:  # generic sentences go somewhere in the middle, not at the end
            lo_i = min(2, len(order))
            order.insert(rng.randint(lo_i, max(lo_i, len(order) - 1)), t)
        order = [lead_t] + order + ([closing] if closing else [])
        # fill in reading order so that people are introduced on first mention
        units = []
        for t in order:
            for _ in range(4):
                snap = set(f.mentioned)
                x = f.fill(t)
                if x not in used and x not in units:
                    units.append(x)
                    break
                f.mentioned = snap
        if not units:
            continue
        # group units into paragraphs
        if length == "short":
            sizes = [2, 2] if len(units) >= 4 else [1, max(1, len(units) - 1)]
        elif length == "long":
            if len(units) < 12:
                continue
            npar = min(len(units), rng.randint(12, 16))
            sizes = [1] * npar
            for _ in range(len(units) - npar):
                cand = [j for j in range(1, npar) if sizes[j] < max(2, hi)]
                if not cand:
                    break
                sizes[rng.choice(cand)] += 1
        else:
            sizes = [1 if style.get("lead_alone", True) else rng.randint(lo, hi)]
            while sum(sizes) < len(units):
                sizes.append(rng.randint(lo, hi))
        paras, i = [], 0
        for size in sizes:
            chunk = units[i : i + size]
            i += size
            if not chunk:
                break
            paras.append(" ".join(chunk))
        if i < len(units) and paras:
            paras[-1] = paras[-1] + " " + " ".join(units[i:])
        if length == "short" and len(paras) != 2:
            continue
        if length == "long" and len(paras) < 12:
            continue
        if long_sentences(paras) < 3:
            continue
        if any(p in used for p in paras):
            continue
        # headline and furniture text use a separate filler (mentions differ)
        hf = Filler(rng, lang, dialect, ctx)
        headline = hf.fill(rng.choice(ti["H"]))
        if headline in used_heads:
            continue
        st = Story(sid, lang)
        st.topic, st.sec, st.ctx = topic.name, topic.sec, ctx
        st.headline = headline
        hf.mentioned = set()
        st.dek = hf.fill(rng.choice(ti["D"])) if ti["D"] else ""
        kick = rng.choice(topic.items["K"]) if topic.items["K"] else topic.sec
        st.kicker = hf.fill(rng.choice(kick.split("|")).strip(), sentence=False)
        hf.mentioned = {"p1", "p2", "p3"}
        caps = ti["C"] or generic.items["C"]
        st.captions = [hf.fill(c) for c in rng.sample(caps, min(3, len(caps)))]
        vids = ti["V"] or generic.items["V"]
        st.videos = [hf.fill(v) for v in rng.sample(vids, min(2, len(vids)))]
        if topic.items["T"]:
            st.tags = [
                t.strip() for t in hf.fill(rng.choice(topic.items["T"]), sentence=False).split(",")
            ]
        st.trap_ok = topic.items["X"][0] if topic.items["X"] else None
        st.place = ctx["place"]
        # subheads for long stories
        body = list(paras)
        if length == "long" and style.get("subheads", True):
            subs = list(dict.fromkeys(ti["S"]))
            rng.shuffle(subs)
            gsubs = list(generic.items["S"])
            rng.shuffle(gsubs)
            k = rng.randint(2, 3)
            chosen = []
            for s in subs + gsubs:
                if len(chosen) >= k:
                    break
                s2 = hf.fill(s)
                if s2 not in chosen:
                    chosen.append(s2)
            spots = sorted(rng.sample(range(3, len(paras) - 1), min(k, len(paras) - 4)))
            off = 0
            for pos, s in zip(spots, chosen):
                body.insert(pos + off, s)
                st.subheads.add(pos + off)
                off += 1
        st.paras = body
        st.topic_obj = topic
        st.templates = set(order)
        st.angle = angle
        st.dialect = dialect
        # pull quotes: a sentence of a multi-sentence paragraph or the quoted words
        for idx, p in enumerate(body):
            if idx in st.subheads:
                continue
            ss = sentences(p)
            if len(ss) > 1:
                for s in ss:
                    if len(s.split()) >= 8:
                        st.pull.append(s)
            m = re.search(r"[\"“„«]\s?([^\"”“»]{30,}?)[,.]?\s?[\"”“»]", p)
            if m:
                q = m.group(1).strip().rstrip(",")
                st.pull.append(q + ("" if q.endswith((".", "?", "!")) else "."))
        st.pull = [q for q in st.pull if q not in body]
        for p in paras:
            used.add(p)
        for u in units:
            used.add(u)
        used_heads.add(headline)
        return st
    raise RuntimeError(f"could not generate a story for topic {topic.name}")


def apply_style(st, style):
    """Site typography for locally written stories."""
    if style.get("curly"):
        st.paras = [curly(p) for p in st.paras]
        st.pull = [curly(p) for p in st.pull]
        st.headline = curly(st.headline)
        st.dek = curly(st.dek)
        st.captions = [curly(c) for c in st.captions]
    return st


# --------------------------------------------------------------------------
# CONTENT: English local news
# --------------------------------------------------------------------------
# @lang name tags...     starts a topic
# sec KEY                generic section
# =var SPEC              story variable: a-b int, $a-b millions, k$ thousands,
#                        d$ plain money, %a-b percent, y year, f float, or a|b|c
# p1/p2/p3 PRE|APP       people roles (de/fr/es: PRE_M|PRE_F|APP_M|APP_F)
# K kickers, H headline, D dek, L lead, B detail, Q quote, G background,
# N next steps/closing, S subheading, C caption, V video title, T tags,
# X story may carry the site's "reached out" closing line
# {p1} full name then surname, {p1+} name + apposition, {p1^} title + name

CONTENT_EN = r"""
@en _generic
p1 |a spokesperson for the city
p2 |a resident of {place}
p3 |who has followed the issue for years
B@civic Officials did not say how many people were directly affected, but records from {county} suggest the number runs into the hundreds.
B@civic Documents obtained by {paper} show the issue was first raised in a memo in {y2016-2022}, though no action followed at the time.
B@civic Several people who spoke to {paper} on {day} said they had only learned about the change from neighbors or on social media.
B@civic The figures were presented at a briefing in {city} on {day} and have not been independently verified.
B@incident A review of public records found at least {#3-11} similar cases in {county} over the past decade.
G@civic The issue has come up repeatedly at public meetings in {place} and {place2} over the past two years.
G@civic Officials in neighboring {place3} faced a similar decision in {y2018-2023} and ended up reversing course within a year.
G@civic {city} has grown by roughly {#8-40} thousand residents since the last census, putting pressure on services across the area.
G@civic The debate echoes an earlier fight in the late {y1990-1999}s, when a comparable proposal drew hundreds of people to a packed hearing in {place2}.
Q@civic "We have been asking the same questions for a long time and we are still waiting for answers," said {p2+}.
Q@civic "This is not the end of the conversation, it is the beginning of it," said {p1+}.
Q "People deserve to know what is happening in their own neighborhood," {p2} said.
Q@civic {p3*} said the outcome would be watched closely in other parts of {county}. "Whatever happens here is going to be copied elsewhere," {p3.he} said.
N@civic Officials said they expected to provide an update at the next public meeting on {day2}.
N@civic Residents can submit written comments until the end of {month}, according to a notice posted on the city's website.
N A follow-up report is due in {nextmonth}, officials said.
B@incident Neighbors described hearing a loud bang shortly before emergency crews arrived on {street}.
B@incident Video shared on social media and reviewed by {paper} showed emergency vehicles lining {street} as a crowd gathered nearby.
B@incident Several businesses on {street} stayed closed for the rest of the day, and a nearby school kept students inside as a precaution.
G@incident It was not the first such scare in {place}; longtime residents recalled a similar incident on {street2} in {y2012-2022}.
Q@incident "I have lived here a long time and I have never seen anything like it," said {p2+}.
N@incident Officials said more information would be released once the investigation is complete.
S What happens next
S Background
S What we know
S The numbers
S Reaction
C People gather in {place} on {day}.
C A view of {street} in {place}.
V Watch: What residents in {place} are saying
V Watch: The story in 60 seconds

@en housing us uk civic
sec local
K HOUSING|CITY HALL|DEVELOPMENT
=units 80-640
=amount $18-160
=vote 7-2|6-3|5-4|8-1|9-2
=company Crestline Partners|Harbor Gate Development|Ostrander Homes|Bellwether Residential|Northstar Builders|Larkfield Living
=site a former bus depot|a vacant shopping plaza|the old Kessler textile mill|a city-owned parking lot|a former hospital campus|an abandoned rail yard|a shuttered department store
=afford 10-35
=hours 3-6
p1 {cm}|a {cm_lc} who represents {place}
p1 Planning Director|the city's planning director
p1 Deputy Mayor|the deputy mayor for housing
p2 |a tenant organizer with the {place} Renters Union
p2 |who has lived on {street} for {#6-31} years
p2 |the owner of a bakery on {street}
p2 |a retired teacher who lives two blocks from the site
p3 |an economist at {university} who studies housing markets
p3 |a housing policy researcher at {university}
H {council_short} approves {units}-unit housing plan in {place}
H {place} neighbors split as city weighs {units} new apartments
H Plan to turn {site} into homes clears key vote
H {council_short} backs {amount} housing deal after {hours}-hour debate
H Rents, traffic and parking dominate fight over {place} apartments
D The {vote} vote clears the way for construction to begin as early as next year, though neighbors say their concerns were brushed aside.
D Supporters call the project overdue in a city where rents have climbed for a decade; opponents worry about traffic.
D {company} says the first tenants could move in within three years.
L {council} voted {vote} on {day} to approve a plan for {units} apartments on {site} in {place}, ending more than a year of debate over one of the largest housing proposals the neighborhood has seen.
L A proposal to build {units} homes on {site} in {place} cleared its biggest hurdle {day} night when {council} approved the project by a {vote} vote after nearly {hours} hours of public comment.
L After months of delays, city leaders on {day} signed off on a {amount} development that would bring {units} apartments to {place}, though the fight over the project may not be over.
B Under the agreement, {afford} percent of the units will be reserved for households earning less than {#50-80} percent of the area median income.
B The developer, {company}, has said it expects the project to cost roughly {amount} and to take about {#18-36} months to build.
B Plans filed with the city show a {#5-14}-story building with ground-floor shops, a {#40-220}-space parking garage and a small public plaza facing {street}.
B The site has sat largely empty since {y1998-2016}, when the previous owner moved its operations out of {city}.
B City staff estimated the project would generate about {k$300-1900} a year in property taxes once it is fully occupied.
B More than {#40-160} people signed up to speak at the meeting, and the line to enter the chamber stretched down the hallway for most of the evening.
B The approval came with {#3-9} conditions, including a new traffic study and limits on construction hours near the {place2} community center.
G The vote comes as {city} faces a shortage of roughly {#4000-22000} homes, according to a housing report commissioned by the city last year.
G Median rent for a two-bedroom apartment in {city} has climbed to about {d$1500-3400} a month, up {#18-45} percent over five years, according to city figures.
G Similar proposals in {place2} were scaled back in recent years after neighbors went to court over environmental reviews.
Q "This city cannot keep saying no to housing and then act surprised when rents go up again," said {p1+}.
Q "Nobody in this room is against housing," said {p2+}. "We are against being ignored."
Q "We heard the concerns about traffic, and we changed the plan to address them," {p1} said during the meeting.
Q {p2*} said {p2.he} worried the new building would push up rents for older apartments nearby. "People who have been here for decades are going to be pushed out," {p2.he} said.
Q "The affordable units are a good start, but they will not come close to meeting demand," said {p3+}.
Q {p3*} said projects of this size typically take two to four years to have any measurable effect on local rents.
N The project still needs final building permits, and {company} said it hopes to break ground before the end of the year.
N A group of neighbors has said it is considering a legal challenge, which could delay construction by several months.
N {council} is expected to take up a separate proposal on rent stabilization on {day2}.
S A long road to approval
S Traffic and parking worries
S Who will be able to afford it
C Residents line up to speak at the {council_short} meeting on {day}.
C The vacant site on {street} where the apartments would be built.
C A rendering of the proposed building on {street}, released by {company}.
V Watch: Neighbors pack hearing over {place} apartments
T Housing, {council_short}, {place}, Development
X company

@en fire us uk incident
sec local
K BREAKING|PUBLIC SAFETY|FIRE
=alarm two-alarm|three-alarm|four-alarm|five-alarm
=bldg a three-story apartment building|a vacant warehouse|a row of shops|a family-run restaurant|a two-family home|an auto body shop|a church hall|a self-storage facility
=crews 40-140
=hurt 2-9
=displaced 6-48
p1 Fire Chief|the {fire_short} chief
p1 Battalion Chief|a battalion chief with {fire}
p1 |a spokesperson for {fire}
p2 |who lives across the street
p2 |the owner of the building
p2 |a neighbor who called 911   
p3 |the regional director of the Red Cross
p3 |a fire safety consultant and former fire marshal
H {alarm} fire tears through {bldg} in {place}
H {displaced} people displaced after overnight fire in {place}
H Firefighters battle blaze on {street} for hours; {hurt} hurt
H Cause under investigation after fire guts {bldg} on {street}
D Crews from across the city spent much of the night fighting the flames, and several neighbors were evacuated as a precaution.
D Investigators were still at the scene {day} afternoon, and officials have not said what started the blaze.
D Red Cross volunteers are helping displaced residents find somewhere to stay.
L A {alarm} fire ripped through {bldg} on {street} in {place} early {day}, injuring {hurt} people and forcing dozens of residents out into the cold.
L Firefighters spent more than {#3-7} hours battling a blaze that destroyed {bldg} in {place} on {day}, officials said.
L {displaced} people were left without a home after fire swept through {bldg} on {street} late {day}, according to {fire}.
B About {crews} firefighters responded to the blaze, which was first reported shortly before {time}.
B Flames could be seen shooting from the roof when the first crews arrived, and the fire spread to an adjoining building within minutes.
B {hurt} people, including {#2-3} firefighters, were taken to {hospital} with injuries officials described as not life-threatening.
B Crews were hampered by low water pressure and had to run hoses from hydrants on {street2}, a block away.
B Traffic on {street} was closed in both directions for most of the morning as crews doused hot spots.
B Investigators from the fire marshal's office were combing through the debris on {day} and had not determined a cause.
B The building had been cited for fire code violations in {y2017-2023}, according to city inspection records reviewed by {paper}.
G It was the {o2-5} major fire in {place} since the start of the year, a stretch that has rattled residents of the neighborhood.
G Fire officials have repeatedly urged residents to check smoke alarms after a series of deadly fires in older buildings across {city}.
Q "The smoke was so thick you could not see the other side of the street," said {p2+}.
Q "Our crews made an aggressive interior attack and got everybody out, which is the most important thing," said {p1+}.
Q {p2*} said {p2.he} woke to the sound of people banging on doors. "I grabbed my kids and my phone and that was it," {p2.he} said.
Q "Families lost everything tonight, and they are going to need help for weeks, not days," said {p3+}.
Q {p1*} said the cause of the fire remained under investigation but that it did not appear to be suspicious.
N The Red Cross said it was providing temporary housing, food and clothing to {#4-20} families.
N Anyone who saw the fire start or has video from the area is asked to contact the fire marshal's office.
N A fund set up by neighbors to help the displaced families had raised more than {d$4000-38000} by {day} evening.
S Families left with nothing
S Questions about the building
S A neighborhood on edge
C Firefighters at the scene on {street} on {day}.
C Smoke rises over {place} as crews battle the fire.
C The charred remains of the building on {street}.
V Watch: Flames shoot from roof in {place}
V Watch: Video shows the moment crews arrive
T Fire, {place}, Public safety
X building

@en crime us uk incident
sec crime
K CRIME|PUBLIC SAFETY|POLICE
=crime an armed robbery at a convenience store|a series of car break-ins|a stabbing outside a bar|a carjacking in a supermarket parking lot|a burglary at a jewelry store|a shooting that left one man wounded|a string of catalytic converter thefts
=arrests 1-4
=age 17-58
p1 Police Chief|the police chief
p1 Detective Sergeant|a detective sergeant with {police_full}
p1 |a spokesperson for {police_full}
p2 |who owns a shop nearby
p2 |who has lived in {place} for more than {#10-40} years
p2 |the president of the {place} neighborhood association
p3 |a criminologist at {university}
p3 |a former prosecutor who now teaches at {university}
H#arrest Police arrest {arrests} after {crime} in {place}
H {place} residents uneasy after {crime}
H#arrest Suspect, {age}, charged in {crime}
H#search Police seek witnesses after {crime} on {street}
D Investigators say the suspects may be linked to other incidents in the area.
D Residents say the neighborhood has felt less safe in recent months, though police figures tell a more complicated story.
D#search Detectives are asking anyone with video footage from {street} to come forward.
L#arrest Police arrested {arrests} people on {day} in connection with {crime} in {place}, authorities said.
L#arrest A {age}-year-old has been charged after {crime} on {street} in {place}, according to {police}.
L#search Detectives are searching for suspects after {crime} in {place} late {day}, the latest in a run of incidents that has left some residents on edge.
B Officers were called to {street} at about {time} and found the scene already cleared, police said.
B Surveillance footage released by police shows {#2-3} people wearing dark hooded clothing leaving the area on foot.
B#arrest The suspect is due to appear in {court} on {day2} and is being held on {d$5000-250000} bail.
B Police said they recovered a vehicle believed to have been used in the incident in {place2} a few hours later.
B No one was seriously injured, though one person was treated at the scene for minor cuts, according to police.
B Detectives believe the incident may be connected to at least {#2-6} similar reports in {place} and {place2} since {month}.
G Reported robberies in {city} fell {#3-18} percent last year, but police figures show a rise in vehicle crimes in several neighborhoods.
G {place} has seen a string of break-ins along {street} since late last year, prompting some business owners to install new cameras.
Q "We are taking this extremely seriously and we have additional patrols in the area," said {p1+}.
Q "You hear about this kind of thing happening somewhere else, not on your own block," said {p2+}.
Q {p2*} said {p2.he} had stopped walking home after dark. "It is not how I want to live, but I have to be careful," {p2.he} said.
Q "Short-term spikes like this are often driven by a small number of people," said {p3+}. "That is actually good news, because it means arrests can make a real difference."
Q#arrest {p1*} declined to say whether the suspects were known to police.
N Police asked anyone with information or video footage to contact the department's tip line.
N#arrest The investigation is ongoing, and police said more arrests were possible.
S Footage shows suspects fleeing
S Neighbors on edge
C Police tape blocks part of {street} on {day}.
C Officers canvass the area in {place} on {day}.
V Watch: Surveillance video released by police
T Crime, {place}, Police
X store

B#search Police have not released descriptions of the suspects beyond saying they appeared to be in their late teens or early twenties.
B#search Investigators were going door to door on {street} on {day} asking residents and business owners for doorbell and security camera footage.
@en court us uk
sec courts
K COURTS|CRIME|JUSTICE
=charge embezzling from a youth sports league|a fatal hit-and-run|running an investment scheme that targeted retirees|defrauding a city contract program|arson at a restaurant he co-owned|stealing from elderly clients
=years 2-14
=money $1-9
p1 Judge|the judge
p2 |the defendant's attorney
p2 |a lawyer representing the defendant
p3 |a spokesperson for {prosecutor}
p3 |the lead prosecutor in the case
H#sent Former {place} businessman sentenced to {years} years for {charge}
H#verdict Jury convicts defendant of {charge}
H#delay Judge delays sentencing in {charge} case
H#sent Victims confront defendant in court over {charge}
D#sent Prosecutors had asked for a longer sentence, arguing the defendant showed no remorse.
D#sent,delay Several victims spoke in court, describing years of financial and emotional damage.
D#verdict,sent The defense says it plans to appeal.
L#sent A former {place} man was sentenced on {day} to {years} years in prison for {charge}, capping a case that dragged on for nearly three years.
L#verdict A jury in {court} found a {place} man guilty on {day} of {charge}, after deliberating for about {#4-19} hours.
L#delay The sentencing of a man convicted of {charge} was postponed on {day} after his lawyers asked for more time to review new evidence.
B Prosecutors said the scheme cost victims more than {money} over a period of {#3-8} years.
B#verdict The defendant, who wore a gray suit, showed little emotion as the verdict was read in the crowded courtroom.
B#sent {#4-12} victims or their relatives spoke before the sentence was handed down, several of them in tears.
B#sent In addition to the prison term, the judge ordered restitution of {money} and {#3-5} years of supervised release.
B The trial lasted {#2-4} weeks and included testimony from more than {#12-40} witnesses, including two former business partners.
B Court records show the defendant had previously been sued by at least {#2-5} former clients, all of whom settled out of court.
G The case drew attention in {place} because many of the victims were longtime members of the same church and community groups.
G The charges were filed in {y2021-2023} after an audit flagged irregular payments going to a company registered in {place2}.
Q#sent "You took advantage of people who trusted you completely," {p1^} said before announcing the sentence.
Q#sent,delay "My client accepts responsibility and is deeply sorry for the harm he caused," said {p2+}.
Q#verdict "Today's verdict sends a clear message that this kind of conduct will not be tolerated in our community," said {p3+}.
Q#verdict,sent {p2*} said the defense would file an appeal within {#14-30} days, arguing that key evidence should not have been admitted.
N#verdict,sent The defendant was taken into custody immediately after the hearing.
N#sent A restitution hearing is scheduled for {nextmonth}.
S#sent Victims speak out
S#verdict,sent The appeal
C The courthouse in {city} on {day}.
C Family members of victims leave court on {day}.
T Courts, Crime, {place}
X company

N#delay A new sentencing date has been set for {nextmonth}, and the defendant remains free on bail.
N#verdict Sentencing is scheduled for {nextmonth}; the defendant faces up to {#10-25} years in prison.
B#delay The defense told the judge it had received more than {#2000-9000} pages of financial records from prosecutors only {#5-12} days earlier.
B#delay Several victims who had traveled to the courthouse to speak at the hearing expressed frustration at the delay.
Q#delay "We have waited years for this, and now we have to wait again," said one victim, who asked not to be named.
@en transit us uk civic
sec transport
K TRANSPORTATION|COMMUTE|GETTING AROUND
=route 12|31|47|58|6|22|9
=months 3-14
=riders 4000-38000
=cost $12-240
p1 |the general manager of {transit}
p1 |a spokesperson for {transit}
p1 {cm}|a {cm_lc} who chairs the transportation committee
p2 |who commutes from {place} every day
p2 |who runs a dry cleaner on {street}
p2 |a nurse who relies on the bus to get to {hospital}
p3 |a transportation planner at {university}
H#cut {transit_short} to cut service on Route {route} as ridership lags
H#bridge {street} bridge closure to snarl traffic for {months} months
H#track Commuters face delays as {cost} track project begins
H#buslane New bus lanes on {street} win approval despite business worries
D#cut Officials say the changes are needed to close a budget gap; riders say they are being left behind.
D#bridge,track Detours will add as much as {#10-35} minutes to some trips, according to transit planners.
D#track,bridge,buslane The project is funded largely by state and federal grants.
L#cut {transit} will cut weekday service on Route {route} starting next month, a move officials say is needed to close a budget gap but that riders in {place} say will leave them stranded.
L#bridge The {street} bridge connecting {place} and {place2} will close to traffic for about {months} months starting {day2} for a {cost} rebuild, officials announced {day}.
L#track Work began {day} on a {cost} project to replace aging tracks and signals between {place} and {place2}, the largest such project in the system's history.
B#cut,track,buslane About {riders} riders use the affected service on a typical weekday, according to agency figures.
B#bridge,track Detours will send drivers along {street2}, which officials acknowledged is already congested during the morning rush.
B#cut The agency said buses on the route will run every {#15-30} minutes instead of every {#6-12} minutes during peak hours.
B#bridge,track Crews will work overnight and on weekends to limit the impact on daytime traffic, according to a project timeline.
B#bridge,track,buslane The project is being paid for with a mix of state grants and a {cost} federal loan approved last year.
B#bridge Engineers rated the old structure as being in poor condition after an inspection in {y2019-2023} found corroded steel and crumbling concrete.
G#cut,buslane,track Ridership across the system has recovered to about {#68-92} percent of its pre-pandemic level, officials said.
G#cut The agency faces a projected deficit of {$20-180} next year as emergency federal funding runs out.
Q#cut "Nobody wants to cut service, but we cannot spend money we do not have," said {p1+}.
Q "I already leave the house before six, and now I will have to leave even earlier," said {p2+}.
Q#cut "Every time they cut a route, more people give up on the bus, and then they cut it again," said {p3+}.
Q {p2*} said {p2.he} had not heard about the change until a neighbor mentioned it on {day}.
N The agency will hold public meetings on the changes in {place} and {place2} before the end of {month}.
N#bridge,track Updates on detours and schedules will be posted on the agency's website and app.
S Longer trips for some riders
S#cut,track The money problem
C#cut,buslane A bus on Route {route} in {place} on {day}.
C#bridge,track Construction barriers on {street} on {day}.
V#bridge,track Watch: What the closure means for your commute
T Transportation, {transit_short}, {place}
X contractor

L#buslane {council} approved a plan {day} to add dedicated bus lanes along {#2-5} miles of {street}, a change officials say will speed up trips but that some shop owners fear will cost them customers.
B#buslane Buses on the corridor currently average about {#6-9} miles per hour during the evening rush, according to a city study.
B#buslane About {#40-120} parking spaces would be removed to make room for the lanes, though the city says loading zones will be kept on side streets.
Q#buslane "Half my customers drive here, and now there will be nowhere for them to stop," said {p2+}.
Q#buslane "Bus lanes are the cheapest way to make transit faster, and they work almost everywhere they are tried," said {p3+}.
B#bridge The bridge carries about {#12000-40000} vehicles a day, according to state traffic counts.
B#track Weekend service between {place} and {place2} will be replaced by shuttle buses for at least {#6-12} weekends.
Q#bridge,track "This work should have been done a decade ago, and every year of delay made it more expensive," said {p3+}.
@en schools us uk civic
sec education
K EDUCATION|SCHOOLS
=school {place} Elementary School|{place} Middle School|{place} High School|{place2} Elementary School
=gap $4-62
=students 180-1400
=teachers 12-140
p1 Superintendent|the superintendent of {schools}
p1 |the president of the school board
p1 |the district's chief financial officer
p2 |the parent of a {o2-5} grader at {school}
p2 |a math teacher at {school}
p2 |the president of the local teachers union
p3 |an education researcher at {university}
H#close {schools_short} weighs closing {school} to close {gap} gap
H#close Parents rally to save {school} as board weighs cuts
H#cuts Board approves plan to cut {teachers} teaching positions
H#scores Test scores rise at {school}, but gaps remain
D#close The proposal would move {students} students to other buildings starting next fall.
D#close,cuts Parents packed the meeting, many holding handmade signs.
D#close,cuts Officials say enrollment has fallen every year for a decade.
L#close {schools} is considering closing {school} as it tries to close a {gap} budget gap, a proposal that drew an angry response from parents at a meeting {day} night.
L#cuts The school board voted {day} to eliminate {teachers} teaching positions next year, part of a package of cuts officials say is needed to balance the district's budget.
L#close Hundreds of parents and students gathered outside {school} on {day} to protest a plan that would close the building and send its {students} students elsewhere.
B#close,cuts The district's enrollment has fallen by about {#8-22} percent over the past decade, leaving many buildings half empty.
B#close Under the proposal, students would be split between {place2} Elementary School and a renovated building on {street}.
B#close District officials said the closure would save about {$1-6} a year in staffing, maintenance and energy costs.
B#cuts The board also approved a {%2-5} raise for support staff, the first in three years.
B#close,cuts More than {#60-300} people attended the meeting, which ran past midnight.
B#close The building, which opened in {y1954-1978}, needs an estimated {$8-40} in repairs, including a new roof and heating system.
G#close,cuts Districts across the region are facing similar decisions as birth rates fall and emergency pandemic funding runs out.
G#close {school} was last threatened with closure in {y2010-2016}, when parents raised money for a new playground and library.
Q#close "We are not closing schools because we want to, we are doing it because the math no longer works," said {p1+}.
Q#close "This school is the heart of the neighborhood, and my kids cannot imagine going anywhere else," said {p2+}.
Q#close "Closures save less money than people expect, and the costs to students can last for years," said {p3+}.
Q#close,cuts {p2*} said families had been given too little time to respond. "We found out from a flyer in a backpack," {p2.he} said.
N#close,cuts The board is scheduled to take a final vote on {day2}.
N#close The district will host community meetings at each affected school before the final vote.
S#close,cuts Parents push back
S#close,cuts A shrinking district
C#close,cuts Parents hold signs outside {school} on {day}.
C A classroom at {school}.
V#close Watch: Parents rally outside {school}
T Education, {schools_short}, {place}
X district

L#scores Students at {school} posted the biggest gains in reading and math in {county} this year, according to state data released {day}, though officials cautioned that large gaps remain.
B#scores The share of students reading at grade level rose to {%41-63}, up from {%30-40} two years earlier.
B#scores Math proficiency improved more slowly, rising about {#3-8} points over the same period.
B#scores The school credits a tutoring program launched in {y2022-2023} that pairs students with trained volunteers {#2-4} times a week.
B#scores Students from low-income families still trail their classmates by about {#15-30} points in both subjects.
Q#scores "Our teachers and kids worked incredibly hard for this, and it shows," said {p1+}.
Q#scores "It is real progress, but one good year is not a trend," said {p3+}.
N#scores The district plans to expand the tutoring program to {#3-8} more schools next fall.
S#scores What changed
S#scores The gaps that remain
Q#cuts "Larger classes are not a rumor anymore, they are what my students will walk into in September," said {p2+}.
Q#cuts "Nobody on this board wanted to cut teachers, but the alternative was a deficit we could not close," said {p1+}.
@en health us uk civic
sec health
K HEALTH|HOSPITALS
=hosp {hospital}
=wait 4-14
=beds 20-160
=jobs 40-420
p1 |the chief executive of {hosp}
p1 |the chief medical officer at {hosp}
p1 |a spokesperson for {health_agency}
p2 |who waited {#6-19} hours in the emergency room with {p2.his} father last month
p2 |a nurse at {hosp} for {#8-25} years
p2 |a patient advocate in {place}
p3 |a health policy professor at {university}
H#er Emergency room waits at {hosp} hit record {wait} hours
H#maternity {hosp} to close maternity ward, citing staffing shortage
H#expansion {hosp} plans {beds}-bed expansion as demand surges
H#measles Health officials warn of measles cases in {place}
D#er Patients and staff describe crowded hallways and long delays.
D#er,maternity The hospital says it cannot recruit enough nurses and doctors.
D#measles Officials urged anyone who is not vaccinated to contact their doctor.
L#er Patients at {hosp} waited an average of {wait} hours in the emergency department last month, the longest delays since the hospital began publishing figures, according to data released {day}.
L#maternity {hosp} will close its maternity unit in {nextmonth}, forcing expectant parents in {place} and surrounding communities to travel farther to give birth.
L#expansion {hosp} announced {day} that it will add {beds} beds and hire about {jobs} staff as part of an expansion it says is needed to keep pace with demand.
L#measles Health officials confirmed {#2-6} cases of measles in {place} on {day} and warned that others may have been exposed at a pharmacy and a school.
B#er,maternity,expansion The hospital said about {%8-20} of nursing positions are currently vacant, forcing it to rely on expensive agency staff.
B#er Patients who need a bed are sometimes kept on stretchers in hallways for a day or more, according to staff.
B#maternity The unit delivered about {#400-1400} babies last year, according to figures provided by the hospital.
B#expansion The expansion, which will cost an estimated {$40-320}, is expected to be completed by {y2026-2028}.
B#measles Officials said people who visited the pharmacy on {street} on {day} between {time} and closing may have been exposed.
B#er,maternity The hospital has spent {$3-25} on temporary staffing so far this year, nearly double the amount budgeted.
G#er,maternity,expansion Hospitals across the region have struggled with staff shortages and rising demand from an aging population.
G#measles Vaccination rates among kindergartners in {county} have fallen to about {#82-91} percent, below the level experts say is needed to prevent outbreaks.
Q#er,maternity "Our staff are doing heroic work under very difficult conditions," said {p1+}.
Q#er "He was on a stretcher in a hallway for most of a day, and nobody could tell us anything," said {p2+}.
Q#er,maternity "This is not a problem one hospital can fix on its own," said {p3+}. "It is a workforce problem, and it has been building for years."
Q#er,expansion {p1*} said the hospital had opened a new unit to move admitted patients out of the emergency department more quickly.
N#maternity,expansion The hospital's board will discuss the plan at its next meeting, which is open to the public.
N#measles Health officials said anyone with symptoms should call ahead before visiting a doctor's office or emergency room.
S#er,maternity Stretched thin
S#er,maternity What patients are saying
C#er,expansion The emergency entrance at {hosp} on {day}.
C Staff at {hosp} in {city}.
V#er Watch: Inside a crowded emergency room
T Health, {hosp}, Hospitals
X hospital

Q#measles "Measles is extremely contagious, and the best protection is two doses of the vaccine," said {p1+}.
B#measles The cases involve {#2-4} children and an adult, none of whom had been vaccinated, officials said.
B#measles Health workers were contacting families at a school in {place} where one of the patients had attended classes.
Q#maternity "Driving forty minutes while in labor is not a plan, it is a risk," said {p2+}.
B#maternity The nearest remaining maternity unit is about {#20-45} miles away, in {place3}.
B#expansion The new wing will include a larger emergency department, {#2-4} operating rooms and a rooftop helipad.
Q#expansion "Demand is only going in one direction, and we have to be ready for it," said {p1+}.
N#er The hospital said it would publish monthly wait time figures on its website starting in {nextmonth}.
S#measles Who is at risk
S#expansion What the expansion includes
B#measles Symptoms include a high fever, cough and a rash that usually appears three to five days after the first signs of illness.
B#measles A free vaccination clinic will open at the {place} community center on {day2} and run through the weekend.
G#measles The last measles outbreak in {county}, in {y2014-2019}, sickened {#9-30} people before it was contained.
Q#measles "We are seeing more families who have questions about vaccines, and we want to answer them, not lecture them," said {p3+}.
D#expansion The project would nearly double the size of the emergency department.
B#expansion About {jobs} new positions will be created, most of them for nurses, technicians and support staff.
Q#expansion "Every winter our hallways fill up, and this is how we stop that from happening," {p1} said.
@en weather us uk incident
sec weather
K WEATHER|STORM WATCH
=rain 2-6
=snow 6-22
=gust 45-80
=outages 4000-62000
p1 |the city's emergency management director
p1 |a meteorologist with {weather_agency}
p1 |a spokesperson for {utility}
p2 |whose basement flooded for the second time this year
p2 |who was shoveling out {p2.his} driveway in {place}
p2 |who runs a hardware store on {street}
p3 |a climate scientist at {university}
H#wind Storm knocks out power to {outages} as winds top {gust} mph
H#rain Flood warnings issued as heavy rain soaks {city}
H#snow {snow} inches of snow: schools closed, roads treacherous
H#rain Cleanup begins after storm floods streets in {place}
D#wind,snow Crews worked through the night to restore power; some customers may be in the dark until the weekend.
D#rain Forecasters say more rain is on the way later this week.
D#snow,rain Officials urged drivers to stay off the roads.
L#wind A powerful storm swept through {city} on {day}, knocking out power to about {outages} customers and bringing down trees across {place} and {place2}.
L#rain Heavy rain flooded streets and basements across {city} on {day}, with some areas receiving more than {rain} inches in a matter of hours.
L#snow A winter storm dumped as much as {snow} inches of snow on parts of {county} on {day}, closing schools and snarling traffic across the region.
B#wind Wind gusts reached {gust} miles per hour at the airport, according to {weather_agency}.
B#wind,snow {utility} said about {%30-80} of affected customers had their power restored by {day} evening.
B#rain Several roads in {place} were closed after storm drains backed up, and firefighters rescued a driver from a stalled car on {street}.
B#snow Crews spread more than {#2000-9000} tons of salt on city streets, officials said.
B#wind,snow A large tree fell onto a house on {street}, but no one inside was injured, according to the fire department.
B#rain The river at {place2} rose about {f2-6} feet overnight, reaching its highest level since {y2011-2022}.
G It was the {o3-6} significant storm to hit the area since the start of the year.
G#rain Scientists say heavier downpours are becoming more common as a warming atmosphere holds more moisture.
Q "We are asking people to stay home unless they absolutely have to travel," said {p1+}.
Q#rain "This is the second time this year, and the insurance company is already asking questions," said {p2+}.
Q#rain "The drainage systems in most older cities were designed for a climate we no longer have," said {p3+}.
Q#wind,snow {p2*} said {p2.he} had been without power since early {day}. "We have a camping stove and a lot of blankets," {p2.he} said.
N#rain {weather_agency} said another round of rain could arrive by {day2}.
N#wind,snow Residents can report downed lines and outages through the utility's website or by phone.
S#wind,snow Outages across the region
S More on the way
C#wind A fallen tree blocks {street} in {place} on {day}.
C#rain Floodwater covers a road in {place}.
C#snow Crews clear snow on {street} on {day}.
V#rain Watch: Drone footage shows flooded streets in {place}
V#wind Watch: Trees down across {place}
T Weather, Storm, {place}
X utility

B#snow Snowfall totals ranged from {#4-9} inches in {place} to more than a foot in parts of {place2}, according to preliminary reports.
B#snow Dozens of crashes were reported on area highways, including a {#5-14}-car pileup on {street}.
Q#snow "We have every plow on the road and we will keep them out until every street is passable," said {p1+}.
B#wind Crews reported more than {#100-400} downed trees and {#20-90} broken utility poles across the region.
B#rain Firefighters pumped water out of more than {#40-200} basements, and several families in {place} were moved to a shelter.
S#rain Basements and roads under water
S#snow Schools and roads
@en business us uk civic
sec business
K BUSINESS|ECONOMY|JOBS
=company Harlow Foods|Brightwater Brewing|Castellan Manufacturing|Pioneer Cabinetry|Meridale Logistics|Tessaro Pharmaceuticals|Corbin Steel Works|Quayside Textiles
=jobs 40-900
=invest $8-240
p1 |the chief executive of {company}
p1 |the company's president
p1 |the city's economic development director
p2 |a machinist who has lived in {place} for {#8-30} years
p2 |who owns a diner across the street from the factory
p2 |the head of the local chamber of commerce
p3 |an economist at {university}
H#close {company} to close {place} plant, cutting {jobs} jobs
H#expand {company} picks {place} for {invest} expansion
H#layoff Workers stunned as {company} announces layoffs
H#expand {company} opens new headquarters in {place}, bringing {jobs} jobs
D#close,layoff The company blamed rising costs and weaker demand.
D#expand City officials offered tax breaks to land the project.
D#close,layoff Workers learned of the decision at a meeting on {day}.
L#close {company} will close its factory in {place} by the end of the year, eliminating about {jobs} jobs, the company told workers on {day}.
L#expand {company} plans to invest {invest} in a new facility in {place} that could employ as many as {jobs} people, company and city officials announced {day}.
L#layoff Employees at {company}'s plant in {place} learned {day} that about {jobs} of them will lose their jobs as the company shifts production out of state.
B#close,layoff The company said the decision was driven by higher costs for energy and raw materials and by slowing orders from its largest customers.
B#expand The city agreed to tax incentives worth about {$2-18} over {#10-15} years, according to documents filed with the development authority.
B#close,layoff Workers will receive severance based on length of service, and the company said it would help some employees transfer to other sites.
B#close,layoff The plant opened in {y1952-1988} and once employed more than {#1200-3000} people.
B#expand The new facility will sit on a {#20-90}-acre site off {street} that has been vacant for more than a decade.
B Average pay at the site is about {d$42000-78000} a year, according to the company.
G#close,layoff Manufacturing employment in {county} has fallen by about a quarter since {y2000-2008}.
G The area's unemployment rate stood at {f3-6} percent in {month}, slightly above the national average.
Q#close,layoff "This was an incredibly difficult decision, and it is in no way a reflection on the dedication of our workforce," said {p1+}.
Q#close,layoff "My father worked here, and I thought I would retire here too," said {p2+}.
Q#close,layoff "When a plant like this closes, the effects ripple through every restaurant, every shop and every school in town," said {p3+}.
Q#expand {p1*} said the company had considered several other locations before choosing {place}.
N#close,layoff State workforce officials said they would hold job fairs for affected workers in the coming weeks.
N#expand The project still needs zoning approval, which is expected this spring.
S#close,layoff A town built around a factory
S#expand The incentive deal
C#close,layoff Workers leave the {company} plant in {place} on {day}.
C The {company} facility on {street}.
T Business, Jobs, {company}, {place}
X company

Q#expand "This is the biggest private investment in {place} in a generation," said {p1+}.
Q#expand "We have been waiting a long time for good jobs to come back to this part of town," said {p2+}.
B#expand Construction is expected to begin later this year and take about {#18-30} months.
B#expand The company said it would recruit locally and partner with {university} on a training program.
G#expand The site was once home to a steel fabricator that closed in {y1995-2009}.
@en environment us uk civic
sec environment
K ENVIRONMENT|CLIMATE
=river the {place} River|Mill Creek|the Sorrel River|Heron Creek|Blackwater Brook
=trees 500-12000
=fine k$20-900
p1 |the city's sustainability director
p1 |a spokesperson for the state environmental agency
p1 |the director of parks and recreation
p2 |a volunteer with Friends of {river}
p2 |who has fished {river} since {p2.he} was a boy
p2 |a birdwatcher who walks the trail every morning
p3 |an ecologist at {university}
H#sewage Sewage overflows into {river} spark calls for action
H#trees City to plant {trees} trees in hottest neighborhoods
H#fine Company fined {fine} over pollution in {river}
H#cleanup Volunteers haul tons of trash from {river}
D#sewage Advocates say the problem has been ignored for years.
D#trees The effort targets neighborhoods with the least shade and the highest summer temperatures.
D#fine The state says the company failed to report the leak for several days.
L#sewage Untreated sewage spilled into {river} at least {#8-40} times last year, according to data released {day}, prompting calls from residents and advocates for faster upgrades to the city's aging pipes.
L#trees {city} will plant {trees} trees over the next three years, focusing on neighborhoods such as {place} where summer temperatures run several degrees higher than in leafier parts of the city.
L#fine A chemical plant near {place} has agreed to pay {fine} to settle claims that it polluted {river}, state regulators said {day}.
B#sewage The overflows happen when heavy rain overwhelms a sewer system that carries both storm water and waste, officials said.
B#trees Tree cover in {place} is about {%8-15}, compared with more than {%30-45} in the city's wealthiest neighborhoods.
B#fine Regulators said tests found elevated levels of ammonia and other chemicals downstream of the plant for several weeks.
B#cleanup More than {#80-300} volunteers removed about {#2-11} tons of trash, including shopping carts, tires and a motorcycle frame.
B#trees,sewage The program will be funded by a {$2-30} federal grant and money from the city's capital budget.
B#fine,sewage Fish kills were reported along a {#2-9}-mile stretch of the river last summer.
G#sewage Cities across the country are under pressure to upgrade combined sewer systems, many of which date back more than a century.
G#trees Studies have found that neighborhoods with fewer trees can be {#5-12} degrees hotter on summer afternoons.
Q#trees "We can see the difference the moment you walk out of the park and onto the street," said {p1+}.
Q#sewage,fine,cleanup "I used to take my kids swimming here, and now I would not let my dog in the water," said {p2+}.
Q#sewage,fine,cleanup "The river can recover, but only if the pollution stops," said {p3+}.
Q#cleanup {p2*} said volunteers had been asking for more trash cans and warning signs along the trail for years.
N#fine The company must also pay for monitoring of the river for the next five years.
N#trees Residents can request a free street tree through the city's website.
S#sewage A century-old system
S#trees Cooling the hottest streets
C#cleanup Volunteers pull debris from {river} on {day}.
C#trees A newly planted tree on {street} in {place}.
V#cleanup Watch: Volunteers pull shopping carts from {river}
T Environment, {river}, Parks
X company

D#cleanup Volunteers pulled shopping carts, tires and a motorcycle frame from the water.
L#cleanup More than {#80-300} volunteers spent {day} pulling trash from the banks of {river} in {place}, the largest cleanup of the river in years, organizers said.
B#sewage The city has a {$100-900} plan to separate its sewer pipes, but much of the work is not scheduled to begin until {y2027-2030}.
N#sewage The utility will present an updated timeline for the sewer project in {nextmonth}.
B#cleanup Organizers said the trash was sorted on site, and about {%20-40} of it will be recycled.
N#cleanup Another cleanup is planned for {nextmonth}, and organizers said they hoped to double the number of volunteers.
B#trees Crews will favor native species such as oaks and maples, which provide more shade and need less water once established.
B#fine The plant's owner said the leak came from a corroded pipe that has since been replaced.
C#sewage An outfall pipe on {river} near {place}.
C#fine The chemical plant near {place}.
B#trees Officials said about a third of the trees will go along busy streets, with the rest in parks and school yards.
Q#trees "My street has two trees on it, and in July you can feel the heat coming off the pavement," said {p2+}.
G#trees The city lost an estimated {#3000-9000} street trees to storms, disease and construction over the past decade.
B#fine Under the settlement, part of the money will go toward restoring wetlands along {river}.
G#fine The plant was cited for a smaller spill in {y2016-2021}, according to state records.
Q#fine "Nobody told us anything for days, and we were letting our kids play by the water," said {p2+}.
B#cleanup Volunteers ranged from scout troops to retirees, and a local bakery donated breakfast for everyone who showed up.
G#cleanup The cleanup has been held every spring since {y2009-2016}, when a handful of neighbors started pulling trash from the banks.
Q#cleanup "Every year we think there will be less, and every year we fill the dumpsters again," said {p1+}.
@en culture us uk civic
sec culture
K ARTS|CULTURE|THINGS TO DO
=venue the {city} Museum of Art|the Orpheum Theater|the {place} Public Library|the old Carlisle Cinema|the Grandview Ballroom|Riverside Hall
=festival the {place} Jazz Festival|the {city} Lantern Parade|the Harbor Film Festival|the {place} Folk Weekend|the Spring Street Food Fair
=visitors 8000-90000
p1 |the executive director of {venue}
p1 |the festival's artistic director
p1 |the city's arts commissioner
p2 |a painter who has lived in {place} since the 1990s
p2 |who has attended the festival every year since {y1996-2012}
p2 |a musician who played the festival last year
p3 |a historian at {university}
H#reopen {venue} reopens after {$4-38} renovation
H#festival {festival} returns with bigger lineup, new location
H#cuts Funding cuts threaten {festival}
H#sell {venue} to sell off part of its collection
D#festival Organizers expect more than {visitors} visitors.
D#cuts,sell The decision has divided the city's arts community.
D#festival,reopen Tickets go on sale next week.
L#reopen {venue} will reopen to the public on {day2} after a {#2-4}-year renovation that added new galleries, a cafe and a rooftop terrace, officials said {day}.
L#festival {festival} will return this summer with a larger lineup and a new home in {place2}, organizers announced {day}.
L#cuts {festival}, which drew about {visitors} people last year, could be scaled back or canceled after the city proposed cutting its funding in half.
B#reopen The renovation restored the building's original plaster ceilings, which had been hidden behind dropped tiles since the {y1960-1979}s.
B#festival Organizers said about {#40-120} artists would take part, including several performers from {place} who are appearing for the first time.
B#cuts,festival The city contributed {k$150-900} to last year's event, about a third of its budget, according to organizers.
B#reopen Admission will be free on the first Sunday of every month, a practice the museum said it hopes to continue.
B#festival The event will stretch across {#3-8} blocks of {street}, which will be closed to traffic for the weekend.
G#reopen,sell The building was designed in {y1908-1931} and served as a bank and later a furniture store before the museum moved in.
G#cuts,sell,festival Arts groups across the region have struggled to rebuild audiences since the pandemic.
Q#reopen "We wanted the building to feel like it belongs to everyone in the city, not just the people who already go to museums," said {p1+}.
Q#festival,cuts "This festival is the reason I fell in love with this city," said {p2+}.
Q#cuts,sell "Public money for the arts is always the first thing on the chopping block, and it is always a false economy," said {p3+}.
Q#cuts {p1*} said organizers were talking to private sponsors to fill the gap.
N#reopen,festival Tickets are available through the venue's website, and a limited number will be sold at the door.
N#festival The full lineup will be announced in {nextmonth}.
S#festival A new home
S#cuts,sell,festival Who pays
C#reopen,sell Visitors at {venue} on {day}.
C#festival,cuts Performers at last year's {festival}.
V#reopen Watch: A first look inside {venue}
T Arts, Culture, {place}
X organizers

L#sell {venue} plans to sell about {#20-80} works from its collection to pay for repairs and staff raises, a decision that has drawn sharp criticism from artists and donors.
B#sell The works to be sold include {#2-6} paintings that have not been displayed in more than {#20-40} years, according to the museum.
Q#sell "Selling art to pay bills sets a dangerous precedent," said {p3+}.
N#sell The museum's board is expected to vote on the sales in {nextmonth}.
B#cuts Organizers said they would need to raise about {k$100-400} from sponsors and ticket sales to keep the event at its current size.
N#cuts The council will take a final vote on the budget in {nextmonth}.
B#reopen The renovation was paid for with a mix of city money, state grants and about {$2-9} from private donors.
B#reopen New galleries on the second floor will show work by artists from {place} and other neighborhoods for the first time.
Q#reopen "People are going to walk in and not recognize the place, in the best way," said {p2+}.
G#reopen Attendance had fallen to about {#40000-90000} a year before the building closed for work.
B#festival Organizers said a new shuttle would run from {place3} every {#15-30} minutes, and more bike parking would be added.
Q#festival "We wanted the festival to feel bigger without losing what made it special," said {p1+}.
G#festival The festival began in {y1978-1999} as a single afternoon concert in a parking lot.
B#sell Museum officials said the sales could raise as much as {$4-20}.
G#sell Professional guidelines generally allow museums to sell works only to buy other art, not to cover operating costs.
@en sports_us us
sec sport
K SPORTS|{team_short}
=score1 3-7
=score2 0-2
=att 9000-18500
=streak 3-9
p1 |the {team_short}' coach
p1 |the {team_short}' head coach
p2 |the {team_short}' captain
p2 |who scored twice for the {team_short}
p2 |the {team_short}' goaltender
p3 |the {rival} coach
H {team_short} beat {rival} {score1}-{score2} to extend win streak to {streak}
H {team_short} rally late, top {rival} {score1}-{score2}
H Rookie shines as {team_short} beat {rival}
H {team_short} clinch playoff spot with win over {rival}
D A sellout crowd of {att} watched the {team_short} extend their winning run.
D The win moves {team} within two points of first place.
D The {team_short} have now won seven of their last eight home games.
L {team} beat the {rival} {score1}-{score2} on {day} night, extending their winning streak to {streak} games and moving closer to a playoff spot.
L Two goals in the final {#4-9} minutes lifted {team} to a {score1}-{score2} win over the {rival} on {day}.
L A rookie playing in only his {o3-12} professional game scored twice as {team} beat the {rival} {score1}-{score2} on {day}.
B The {team_short} outshot the {rival} {#30-44} to {#18-29} and controlled play for long stretches of the second period.
B The {rival} took an early lead on a power-play goal just {#2-7} minutes into the game, but the {team_short} answered before the first intermission.
B Attendance was {att}, the largest crowd of the season at the arena.
B The {team_short} are {#2-9} points ahead of the ninth-place team with {#10-22} games left in the regular season.
B The {team_short}' defense blocked {#12-24} shots, and the penalty kill did not allow a goal on {#3-6} chances.
G The {team_short} missed the playoffs the past two seasons and began this season with a new coaching staff.
G The {team_short} and the {rival} have met in the playoffs {#3-6} times, most recently in {y2014-2021}.
Q "We stuck with it and trusted the process, even when we were down," said {p1+}.
Q "The crowd tonight was unbelievable, you could feel it on the bench," said {p2+}.
Q "We gave them too many chances and you cannot do that against a team like this," said {p3+}.
Q {p1*} said the team would rest some players before the road trip.
N The {team_short} open a four-game road trip on {day2}.
N The teams meet again in {nextmonth}.
C {team_short} players celebrate a goal against the {rival} on {day}.
C Fans cheer at the arena on {day}.
V Watch: Highlights from the {team_short}' win over the {rival}
T Sports, {team_short}, Hockey
X team

@en football_uk uk
sec sport
K FOOTBALL|{team_short}
=score1 2-4
=score2 0-1
=att 6000-24000
=pos 3rd|4th|5th|6th|7th|8th
p1 |the {team_short} manager
p1 |{team_short} boss
p2 |the {team_short} captain
p2 |who scored the winner for {team_short}
p3 |the {rival} manager
H {team} {score1}-{score2} {rival}: Hosts climb to {pos} with home win
H Late winner lifts {team_short} past {rival}
H {team_short} end winless run with victory over {rival}
H Injury-time drama as {team_short} beat {rival}
D The result moves the club within touching distance of the play-off places.
D A crowd of {att} saw the hosts come from behind.
D The visitors had a goal ruled out for offside.
L {team} beat {rival} {score1}-{score2} on {day} to move up to {pos} in the table.
L A late goal earned {team} a {score1}-{score2} win over {rival} in front of {att} fans on {day}.
L {team} ended a run of {#4-9} games without a win by beating {rival} {score1}-{score2} on {day}.
B The visitors started brightly and hit the woodwork inside the first {#5-15} minutes.
B The home side took the lead shortly before half-time when a low cross from the left was turned in at the near post.
B {rival} had a goal disallowed for offside midway through the second half after a lengthy review.
B The attendance of {att} was the largest at the ground this season.
B {team_short} have now won {#3-6} of their last {#6-9} league games and are unbeaten at home since {month}.
B The winning goal came from a corner, the {o4-9} time this season the side have scored from a set piece.
G The club were relegated two seasons ago and have been rebuilding under a new ownership group.
G The sides met in a cup tie earlier in the season, which {rival} won on penalties.
Q "The lads showed real character today, we kept going right to the end," said {p1+}.
Q "It is a massive three points for us and for the supporters," said {p2+}.
Q "We did not do enough with the ball, and we were punished for it," said {p3+}.
Q {p1*} said the side would assess an injury to their first-choice goalkeeper before the next match.
N {team_short} travel to face a side in the relegation places next {day2}.
N {rival} host the league leaders next weekend.
C {team_short} players celebrate the winner against {rival} on {day}.
C Fans at the ground on {day}.
V Watch: Highlights as {team_short} beat {rival}
T Football, {team_short}, {rival}
X club

@en politics us civic
sec politics
K POLITICS|STATEHOUSE|ELECTION
=bill a ban on cellphones in classrooms|a cap on rent increases|a tax credit for child care|a plan to legalize sports betting|new limits on police car chases|a statewide paid sick leave requirement
=votes 21-34
=against 9-19
=raised $1-6
p1 State Senator|a Democrat from {place}
p1 State Representative|a Republican who represents {place2}
p1 |the governor's press secretary
p2 |the head of a statewide business association
p2 |the president of the state chamber of commerce
p3 |a political science professor at {university}
H#bill Senate passes {bill} in {votes}-{against} vote
H#race Mayor's race heats up as challenger reports {raised} haul
H#stall Lawmakers stall on {bill} as session nears end
H#bill Governor signals support for {bill}
D#bill The measure now heads to the House, where its prospects are less certain.
D#race The challenger has outraised the incumbent for two straight quarters.
D#bill,stall Business groups have lobbied hard against the proposal.
L#bill The state Senate voted {votes}-{against} on {day} to approve {bill}, sending the measure to the House with less than a month left in the legislative session.
L#race A first-time candidate for mayor of {city} raised more than {raised} in the last three months, according to campaign filings released {day}, setting up what could be the most expensive race in the city's history.
L#stall Lawmakers left the Capitol on {day} without acting on {bill}, raising doubts about whether the proposal will pass before the session ends.
B#bill,stall The bill was amended {#2-6} times in committee, including a change that delays its effective date until {y2026-2027}.
B#bill,stall Supporters packed a hearing room last week, and more than {#40-200} people submitted written testimony on the bill.
B#race The campaign reported {#1200-9000} individual donors, most of whom gave less than {d$100-250}.
B#bill,stall Opponents argued the measure would cost the state about {$20-140} a year, a figure supporters dispute.
B#bill Two senators from {place} crossed party lines to support the bill, while {#2-4} members did not vote.
B#bill The governor has {#10-15} days to sign or veto the measure once it reaches {p1.his} desk.
G#bill,stall Similar proposals have failed in each of the past {#2-4} sessions.
G#race Turnout in the last mayoral election was just {%19-31}, one of the lowest figures among large cities in the state.
Q#bill,stall "This is about giving families a little bit of breathing room," said {p1^}.
Q#bill,stall "Every business owner I talk to is worried about what this will cost them," said {p2+}.
Q#race "The money tells you who thinks this race is competitive, and right now a lot of people do," said {p3+}.
Q#bill {p1*} said {p1.he} expected the House to take up the measure within {#2-3} weeks.
N#bill,stall The House is expected to take up the bill after the spring recess.
N#race The election is scheduled for {nextmonth}, with early voting beginning two weeks earlier.
S#bill How the vote broke down
S#race Follow the money
C#bill,stall Lawmakers on the Senate floor on {day}.
C#bill,stall Supporters rally at the Capitol on {day}.
V#bill,stall Watch: Debate on the Senate floor
T Politics, Legislature, Election
X campaign

B#race The incumbent's campaign reported raising about {$0.4-1.5} in the same period and said it had more cash on hand.
B#race Television advertising in the race is expected to begin next month, according to people familiar with both campaigns.
Q#race "Voters in {place} want to know who is going to fix the potholes and who is going to keep rents in check," said {p2+}.
C#race Supporters at a campaign event in {place2} on {day}.
@en politics_uk uk civic
sec politics
K POLITICS|LOCAL ELECTIONS
=cuts $4-38
=tax %3-5
=seats 2-9
p1 Councillor|the leader of {council_short_uk}
p1 |the council's cabinet member for finance
p2 |the leader of the opposition group on the council
p2 |a campaigner with the {place} Residents Association
p3 |a local government expert at {university}
H#tax Council approves {tax} council tax rise and {cuts} of cuts
H#libraries Libraries and youth clubs face axe in {cuts} savings plan
H#byelection By-election called after {place} councillor resigns
H#tax,libraries Council leader faces no-confidence vote over budget
D#tax,libraries Opposition councillors said the plan would hit the poorest hardest.
D#tax,libraries The council says rising social care costs leave it with no choice.
D#byelection,tax The vote is expected later this month.
L#tax Councillors in {city} have approved a {tax} rise in council tax alongside {cuts} of savings, blaming soaring demand for social care.
L#libraries A plan to close {#3-7} libraries and cut funding for youth clubs is part of a {cuts} savings package put forward by {council_short_uk}.
L#byelection A by-election will be held in {place} after a councillor stood down citing ill health, with the result potentially deciding control of the council.
B#tax,libraries The council said spending on adult social care had risen by almost {%12-30} in two years.
B#tax,libraries The authority has {#4-9} weeks of reserves left at the current rate of spending, according to a report by its finance director.
B#libraries Under the plans, opening hours at the remaining libraries would be cut and more services would be moved online.
B#byelection,tax The ruling group holds a majority of just {seats} seats on the council.
B#libraries,tax A public consultation on the proposals attracted more than {#1500-6000} responses.
G#tax,libraries Councils across the country have warned they face a funding gap running into billions of pounds.
G#tax The council last raised tax by the maximum amount permitted in {y2021-2024}.
Q#libraries,tax "Nobody came into local government to close libraries, but the numbers simply do not add up," said {p1+}.
Q#libraries,tax "These cuts will fall hardest on the people who have the least," said {p2+}.
Q#tax,libraries "This council is not unusual, it is just further along a road many others are on," said {p3+}.
N#libraries,tax A final decision is expected at a full council meeting next month.
N#byelection Polling stations will be open from 7am to 10pm on the day of the by-election, and postal votes must arrive by the close of polls.
S#tax,libraries The numbers
C The council offices in {city}.
T Politics, {council_short_uk}, Local government
X council

B#byelection {#3-6} candidates have been confirmed, including representatives of all the main parties and an independent.
B#byelection Turnout at the last election in the ward was {%22-34}.
Q#byelection "Whoever wins this seat will have a big say in what happens to this town over the next two years," said {p3+}.
G#byelection The ward has changed hands {#2-3} times since {y2010-2016}.
S#byelection Who is standing
B#byelection The seat became vacant after {#1-2} years in which the councillor represented the ward for the ruling group.
Q#byelection "People here care about potholes, buses and the high street, not national politics," said {p2+}.
N#byelection The result is expected to be declared in the early hours of the following morning.
@en science us uk
sec science
K SCIENCE|RESEARCH
=topic sleep and memory in teenagers|microplastics in drinking water|a new antibiotic compound found in soil|how urban foxes adapt to city life|early detection of Alzheimer's disease|the decline of bumblebees
=grant $1-12
=part 200-4500
p1 |a professor of biology at {university} and the study's lead author
p1 |a researcher at {university} who led the work
p2 |a scientist at another institution who reviewed the findings
p3 |who was not involved in the research
H#study {university} study sheds new light on {topic}
H#grant Local researchers win {grant} grant to study {topic}
H#study New research on {topic} could change treatment, scientists say
D#study The findings were published this week in a peer-reviewed journal.
D Researchers caution that more work is needed.
D#study The study followed participants for several years.
L#study Researchers at {university} say they have found new evidence about {topic}, in a study published {day} that followed about {part} participants.
L#grant A team at {university} has received a {grant} grant to study {topic}, one of the largest awards in the school's history.
B#study The team collected samples from {#12-60} sites across {county} over a period of {#2-5} years.
B#study The participants were divided into groups and tracked with a combination of surveys, lab tests and wearable devices.
B#study The researchers found a difference of about {%12-38} between the two groups, which they described as significant.
B#grant The grant will fund {#4-12} graduate students and a new laboratory on the university's main campus.
G Earlier studies had produced mixed results, in part because they relied on much smaller samples.
Q#study "This was a surprise to us, and we spent a long time making sure it was not a mistake in the data," said {p1+}.
Q#study "It is a careful study, but I would want to see it repeated before drawing firm conclusions," said {p2+}.
Q#study {p1*} said the team hoped to begin a larger follow-up study next year.
N#study The researchers plan to publish further results later this year.
C Researchers at work in a laboratory at {university}.
T Science, Research, {university}
X university
Q#grant "This funding lets us ask questions we simply could not afford to ask before," said {p1+}.
B#grant The project is expected to last {#3-5} years and will involve partners at {#2-6} other institutions.
N#grant Work on the project is expected to begin in the fall, once new staff have been hired.
B#grant The team will study samples from {#8-40} sites and work with local health clinics to recruit volunteers.
G#grant The university has received a series of large research awards in recent years as it expands its science programs.
Q#grant "Questions like this have gone unanswered for decades simply because nobody paid for the work," said {p2+}.
"""

CONTENT_TAB = r"""
@en tab_celeb uk
sec celebrity
K EXCLUSIVE|SHOWBIZ|TV
=show Love Villa|Celebrity Survival Camp|Bake Off Royale|Dance Fever|The Big House|Stars on Ice
=fee k$80-900
p1 {show} star|the {show} star
p1 Former {show} winner|the former {show} winner
p2 |{p1.his} former co-star
p2 |a fellow contestant
p3 |a celebrity publicist
H#split {show} star {p1.last} splits from fiancé after {#2-6} years
H#tour {show} legend {p1.last} 'heartbroken' as comeback tour axed
H#deal {p1.last} lands {fee} deal after {show} exit
H#snub TV fans fume as {show} star {p1.last} snubs reunion
D#split The star was spotted looking downcast in {city} just days after the news broke.
D#split Insiders say the pair had been living separate lives for months.
D Fans flooded social media with messages of support.
L#split {show} favourite {p1} has split from {p1.his} long-term partner, The Blast can reveal.
L#tour {show} star {p1} has been left heartbroken after {p1.his} comeback tour was axed just weeks before opening night.
L#deal Former {show} winner {p1} has signed a bumper {fee} deal to front a new prime-time series, just months after quitting the show.
L#snub {show} star {p1} has sparked fury among fans after pulling out of the show's big reunion special at the last minute.
B#split A source told The Blast: "It has been coming for a while, but it is still really sad for everyone involved."
B#split The pair were last pictured together at a charity gala in {city} in {month}, where they appeared to be in good spirits.
B#split {p1.He} deleted several photos of the couple from {p1.his} social media accounts over the weekend, fuelling speculation of a split.
B#tour Ticket holders were told on {day} that they would receive a full refund within {#14-30} days.
B The {#28-44}-year-old rose to fame on the {y2016-2021} series, when {p1.he} finished in the final three.
B#snub Producers are said to be furious after spending {fee} on a set for the special, which films in {city} next month.
B#snub,deal Bosses are understood to have offered the star a bigger fee to change {p1.his} mind, but the offer was turned down.
B#tour,snub Fans took to social media to share their disappointment, with one writing: "Honestly gutted, I had tickets for my birthday."
G The star has previously spoken about struggling with the pressures of fame, telling a podcast last year that {p1.he} had "hit rock bottom".
G#snub,deal The show has been rocked by a string of departures since its new series launched in {month}.
Q#split,tour A spokesperson for the star said: "{p1.He} asks for privacy at this difficult time."
Q {p2+}, said: "Everyone on the show adores {p1.him}, and we just want {p1.him} to be happy."
Q#deal {p3+}, said: "This kind of deal shows just how much the networks still value reality stars with a loyal fanbase."
N The Blast has contacted representatives for the star for comment.
C {p1*} pictured at an awards bash last year.
C The star on the {show} set.
V Watch: {p1.last}'s most memorable {show} moments
T Celebrity, {show}, TV
X show

B#deal The new series, a Saturday-night entertainment show, is due to begin filming in {city} in {nextmonth}.
B#deal Insiders say the deal makes the star one of the best-paid presenters in reality television.
B#tour Promoters blamed poor ticket sales, with some venues said to be less than half full.
B#tour The {#12-30}-date tour had been due to open in {city} next month.
Q#tour The star wrote on Instagram: "I am absolutely devastated and I am so sorry to everyone who bought a ticket."
B#snub The special, marking {#5-10} years since the show began, will now go ahead without one of its biggest names.
@en tab_lottery uk
sec news
K LUCKY|WINNER
=prize $1-38
=town {place}|{place2}
=job school dinner lady|forklift driver|retired postman|hairdresser|taxi driver|nurse
p1 |
p2 |{p1.his} partner
p3 |a lottery spokesperson
H Lucky {job} scoops {prize} jackpot with numbers picked by grandkids
H 'I'm keeping my job!' Lottery winner, {#28-71}, vows to stay grounded
H {town} {job} wins {prize} on scratchcard bought with spare change
D The winner plans to buy a new car, pay off the mortgage and treat the family to a holiday.
D The ticket was bought at a corner shop just yards from the winner's home.
L {p1}, a {job} from {town}, has scooped a {prize} jackpot after playing the same numbers every week for {#9-26} years.
L A {job} from {town}, {p1}, has won {prize} on a scratchcard bought with change from a newspaper.
B The winning ticket was bought at a corner shop on {street} on {day} morning.
B The winner said {p1.he} checked the numbers {#3-9} times before waking up {p1.his} partner at {time}.
B {p1.He} plans to buy a new car, help {p1.his} children onto the property ladder and book a family holiday to Florida.
B The numbers were chosen using the birthdays of {p1.his} {#3-6} grandchildren.
B {p1.He} said {p1.he} would be keeping {p1.his} job because {p1.he} "would go mad sitting at home".
G It is the {o3-7} big win in {town} in the past decade, earning the area a reputation as a lucky spot.
Q {p2+}, said: "I thought it was a wind-up, I made {p1.him} show me the ticket three times."
Q {p1*} said: "I still cannot believe it, I keep thinking someone is going to ring and say it was a mistake."
Q {p3+}, said: "We are thrilled for the winner and their family, and we hope they enjoy every penny."
N The couple said they would throw a party at their local pub this weekend.
C The winner celebrates with a bottle of bubbly.
C The shop on {street} where the ticket was bought.
T Lottery, {town}, Good news
X lottery

@en tab_neighbour uk
sec news
K FURY|NEIGHBOURS FROM HELL
=thing a 12ft hedge|a garden shed|a hot tub|a giant inflatable Santa|an extension|a row of leylandii trees|a pigeon loft
=cost k$5-60
p1 |a retired engineer from {place}
p1 |a mum-of-{#2-4} from {place}
p2 |{p1.his} neighbour of {#5-20} years
p3 |a spokesperson for {council_short_uk}
H Neighbours at war over {thing} in {place}
H Homeowner ordered to tear down {thing} after {#2-6}-year feud
H 'It's ruined my life': Fury over neighbour's {thing}
D The row has already cost both sides thousands in legal fees.
D Council planners ruled the structure breached the rules.
L A homeowner in {place} has been ordered to tear down {thing} after a bitter {#2-6}-year feud with the family next door.
L Neighbours in {place} have been plunged into a bitter row over {thing} that one resident claims has left {p2.him} living in darkness.
B The row began in {y2019-2023} when {thing} appeared without warning at the bottom of the garden.
B Both sides have spent an estimated {cost} on solicitors, surveyors and planning appeals.
B Council planners ruled that the structure breached planning rules and gave the owner {#28-90} days to remove it.
B The pair no longer speak and communicate only through letters from their lawyers.
B Other residents of the street said the feud had become the talk of the neighbourhood, with some taking sides.
Q {p1+}, said: "I have lived here all my life and I have never known anything like it."
Q {p2*} said: "All I wanted was a bit of sunlight in my own garden, and now I am painted as the villain."
Q {p3+}, said: "The council has taken enforcement action and will monitor the situation closely."
N The owner has {#14-28} days to lodge an appeal.
C The {thing} at the centre of the row.
C The street in {place} where the feud has raged.
T Neighbours, {place}, Planning
X council

@en tab_pet uk
sec news
K HEARTWARMING|PETS
=pet cat|springer spaniel|tortoise|parrot|cockapoo|rescue greyhound
=petname Biscuit|Pickle|Alfie|Luna|Nugget|Bramble|Rolo|Mabel
=miles 12-240
p1 |{petname}'s owner
p1 |a grandmother from {place}
p2 |a vet at the {place2} Animal Hospital
p3 |a spokesperson for the animal charity
H#missing Missing {pet} {petname} turns up {miles} miles away after {#2-9} months
H#hero Hero {pet} {petname} raises alarm as fire breaks out
H#swallowed {pet} {petname} survives after swallowing {#3-14} hair bobbles
D#missing The family had all but given up hope.
D#swallowed,hero Vets say the pet was lucky to be alive.
L#missing A {pet} called {petname} who vanished from {p1.his} home in {place} has been found safe and well {miles} miles away.
L#hero A {pet} named {petname} has been hailed a hero after waking {p1.his} owner as smoke filled their home in {place}.
B#missing {petname} was identified thanks to a microchip after being taken to a vet by a member of the public.
B#missing The family had put up posters and shared appeals on social media, reaching more than {#5000-40000} people.
B#missing Vets said {petname} was thin and dehydrated but otherwise in good health.
B#hero Firefighters said the alarm raised by the pet gave the family vital minutes to escape.
B#hero {petname} was treated with oxygen at the scene and later given a clean bill of health.
Q#missing,swallowed {p1+}, said: "When the vet rang I burst into tears, I just could not believe it."
Q#missing {p2+}, said: "Microchipping really does make all the difference in cases like this."
Q#missing {p3+}, said: "This is a lovely reminder never to give up hope."
N {petname} is now back home and "enjoying a lot of extra treats", the family said.
C {petname} back home with the family.
C#missing The {pet} was found {miles} miles from home.
T Pets, Animals, {place}
X charity

L#swallowed A {pet} named {petname} needed emergency surgery after swallowing {#3-14} hair bobbles, a sock and part of a toy at {p1.his} home in {place}.
B#swallowed Vets discovered the blockage on an X-ray after {petname} stopped eating and became lethargic.
B#swallowed The operation took about {#1-3} hours, and {petname} stayed at the surgery for {#2-5} nights to recover.
Q#hero {p1+}, said: "If it was not for {petname}, I do not think we would be here today."
Q#swallowed {p2+}, said: "We see this more often than people think, so keep small items well out of reach."
Q#swallowed,hero {p3+}, said: "Stories like this show just how much our pets give back to us."
B#hero The family were asleep upstairs when {petname} began barking and scratching at the bedroom door shortly after {time}.
B#hero Crews from {fire} said the blaze started in the kitchen and caused serious damage to the ground floor.
G#hero {petname} was adopted from a rescue centre in {place2} just {#6-18} months ago.
B#swallowed The bill for the surgery came to about {d$900-3500}, which was partly covered by insurance.
G#swallowed Vets say swallowed objects are one of the most common reasons for emergency operations on pets.
@en tab_holiday uk
sec travel
K HOLIDAY HELL|TRAVEL
=dest Tenerife|Majorca|Crete|Benidorm|Cancun|Lanzarote|Antalya
=airline SkyBreeze|Jetvista|Orange Wing Air|Azul Charter
=hours 9-31
p1 |a mum-of-{#2-4} from {place}
p1 |a retired couple from {place}
p2 |a fellow passenger
p3 |a spokesperson for {airline}
H#stranded Holiday hell as {#140-260} Brits stranded for {hours} hours in {dest}
H#hotel Family's dream {dest} break ruined by 'filthy' hotel
H#stranded Brits stuck on runway for {#4-9} hours as {airline} flight grounded
D#stranded Passengers say they were given one meal voucher and no information.
D#hotel The travel firm has offered a partial refund.
L#stranded Around {#140-260} holidaymakers were left stranded in {dest} for {hours} hours after their {airline} flight home was cancelled at the last minute.
L#hotel A family from {place} say their dream holiday in {dest} turned into a nightmare after they arrived to find their hotel room crawling with cockroaches.
B#stranded Passengers were told to wait at the airport for updates but were later bussed to hotels around midnight.
B#stranded Some travellers said they were handed a single meal voucher worth about {d$8-15}.
B#hotel The family said they had paid {k$3-9} for the all-inclusive package, booked more than a year in advance.
B#stranded Under UK rules, passengers on delayed flights may be entitled to compensation of up to {d$220-520} each.
Q#stranded {p1+}, said: "It was chaos, nobody knew what was going on and the kids were exhausted."
Q#stranded {p2+}, said: "The staff at the airport were doing their best, but the airline just vanished."
Q#stranded {p3+}, said: "We sincerely apologise to customers for the disruption to their journey."
N#stranded {airline} said passengers would be contacted about compensation.
C#stranded Passengers stranded at the airport in {dest}.
C#hotel The hotel pool the family say was never cleaned.
T Travel, {dest}, Airlines
X airline
B#hotel The family said they were moved to {#2-3} different rooms during their stay, each with its own problems.
B#hotel Photos shared with The Blast show mould on the bathroom ceiling and a pool covered in leaves.
B#hotel The travel firm has offered the family a refund of {d$200-900}, which they say is an insult.
Q#hotel {p1+}, said: "We saved for two years for this holiday, and it was a disaster from the moment we arrived."
Q#hotel A spokesperson for the travel company said: "We are sorry to hear of the family's experience and are looking into their complaint."
N#hotel The family say they are now considering legal action.
"""

CONTENT_TECH = r"""
@en _generic_tech
p1 |a company spokesperson
p2 |an analyst at Marlowe Securities
p3 |a professor at the Hartwell School of Business
B The company did not break out figures for individual products in its filing.
B Shares of the company have risen about {%8-60} over the past year, outpacing the broader market.
B The move comes as companies across the industry reassess spending after a period of rapid hiring.
G Investors have grown impatient with companies that are spending heavily without a clear path to profit.
G The sector has seen a wave of consolidation over the past {#2-3} years as borrowing costs rose.
Q "The market is rewarding discipline right now, and this fits that story," said {p2+}.
Q {p3+}, said the episode showed how quickly sentiment can turn in the sector.
N The company is scheduled to hold an investor day in {nextmonth}.
S The bigger picture
S What analysts are saying
S Why it matters
C Traders work on the floor of the exchange.
V Watch: What the news means for investors

@en tech_earnings us
sec business
K EARNINGS|MARKETS
=company Quillon Systems|Kestrel Cloud|Norvale Payments|Orrin Motors|Pallas Software|Brightpath Logistics|Vantor Semiconductor|Lumenfield Media
=rev f1-48
=growth 3-41
=move 3-19
p1 Chief Executive|the chief executive of {company}
p1 CFO|{company}'s chief financial officer
p2 |an analyst at Marlowe Securities
p2 |an analyst at Dunmore & Co.
p3 |a portfolio manager at Ashgrove Capital
H#beat {company} shares jump {move}% as cloud sales beat forecasts
H#miss {company} stock sinks after weak outlook overshadows record quarter
H#miss {company} revenue rises {growth}% but margins disappoint investors
D#beat The company raised its full-year forecast, citing strong demand from business customers.
D#miss Executives warned that higher costs would weigh on profits for the rest of the year.
D The results were the first under the company's new chief executive.
L#beat Shares of {company} rose about {move}% in after-hours trading on {day} after the company reported quarterly revenue of ${rev} billion, beating analysts' expectations.
L#miss {company} reported a {growth}% rise in quarterly revenue on {day}, but its shares fell about {move}% after the company issued a weaker-than-expected forecast for the current quarter.
B Net income for the quarter came to ${f0.2-6} billion, or ${f0.3-4} a share, compared with ${f0.1-3} billion a year earlier.
B Revenue from the company's cloud division grew {%15-60} from a year earlier, the fastest pace in two years.
B The company said it expects revenue of between ${f1-4} billion and ${f4.5-9} billion in the current quarter.
B#miss Operating margin narrowed to {%9-28} as the company spent heavily on data centers and new hires.
B The company also announced a ${f1-15} billion share buyback program.
B Analysts polled by a financial data firm had expected revenue of about ${rev} billion for the quarter.
Q#beat "Demand from enterprise customers has never been stronger, and we are investing to meet it," said {p1^}.
Q#miss "The quarter was fine, but the guidance is what the market cares about right now," said {p2+}.
Q#miss "There is a lot of optimism priced into these shares, so any stumble gets punished," said {p3+}.
Q#miss {p1*} told analysts on a conference call that the company would slow hiring in some divisions.
N The company will report its next quarterly results in {nextmonth}.
S Cloud drives growth
S Costs climb
C {company}'s headquarters.
T Earnings, {company}, Stocks
X company

Q#beat "This was a clean beat across the board, and the guidance was better than feared," said {p2+}.
B#beat The company raised its forecast for the full year and said demand from large business customers had accelerated in recent weeks.
@en tech_launch us
sec tech
K GADGETS|AI|PRODUCTS
=company Quillon Systems|Heliotrope AI|Pallas Software|Arbor Devices|Kestrel Cloud|Nimbus Labs
=product#device Atlas Fold|Pane Pro|Halo Buds|Orbit Glasses|Beacon Hub|Studio Tab
=product#ai Forge Assistant|Atlas Copilot|Beacon AI|Studio Agent|Orbit Assist
=price 199-1799
p1 |the head of product at {company}
p1 Chief Executive|the chief executive of {company}
p2 |an analyst at Clearline Research
p3 |a privacy researcher at the Tallis Institute
H#device {company} unveils {product}, its most ambitious device yet
H#ai {company} launches {product} AI assistant for businesses
H#device Hands-on: {product} is fast, pricey and a little unfinished
D#device The product will cost ${price} and go on sale next month.
D#ai The company is betting that businesses will pay for AI features.
D#ai Privacy advocates have questions about how the data will be used.
L#device {company} on {day} unveiled {product}, a new device that the company says will go on sale next month for ${price}.
L#ai {company} launched {product} on {day}, an artificial intelligence assistant aimed at businesses that the company says can draft documents, summarize meetings and answer customer questions.
B The company said {product} would be available in {#12-40} countries at launch, with more to follow later in the year.
B#device Early testers reported that the battery lasted about {#9-22} hours under normal use.
B#ai Business customers will pay ${#12-60} per user per month, with discounts for large contracts.
B The launch event, held in a converted warehouse in San Francisco, drew about {#300-1200} developers and journalists.
B#ai The company said customer data would not be used to train its models without permission.
G Rivals have rushed out similar products over the past year, and analysts say few have found a large paying audience.
Q "We built this for the way people actually work today," {p1^} said on stage.
Q#device "It is a credible product, but the price will limit how many people buy it in the first year," said {p2+}.
Q#ai "The question is not what it can do, it is what happens to everything you type into it," said {p3+}.
N Preorders open on {day2}.
S Pricing and availability
S The competition
C {p1*} presents {product} at the launch event.
C#device {product} on display at the event.
V Watch: {product} in 90 seconds
T Gadgets, {company}, AI
X company

B#device The device weighs about {#180-420} grams and comes in {#2-4} colors.
Q#ai "It is useful for the boring parts of the job, and that is exactly where the money is," said {p2+}.
@en tech_layoffs us
sec tech
K LAYOFFS|WORK
=company Lumenfield Media|Norvale Payments|Brightpath Logistics|Tessellate Games|Orrin Motors|Quillon Systems
=jobs 120-6400
=share 4-18
p1 Chief Executive|the chief executive of {company}
p2 |a software engineer who was laid off on {day}
p2 |a former product manager at the company
p3 |a labor economist at the Hartwell School of Business
H {company} to cut {jobs} jobs, about {share}% of staff
H {company} layoffs hit engineering and recruiting teams
H Second round of cuts at {company} rattles employees
D The company said it would focus on artificial intelligence.
D Employees learned of the cuts in an early-morning email.
L {company} said {day} it would cut about {jobs} jobs, or roughly {share}% of its workforce, as it reorganizes around artificial intelligence and trims costs.
L Employees at {company} were told in an early-morning email on {day} that about {jobs} positions would be eliminated, the company's second round of cuts in less than a year.
B Affected employees will receive at least {#12-20} weeks of severance and extended health coverage, according to the memo.
B The cuts fall most heavily on the recruiting, marketing and hardware teams, according to people familiar with the matter.
B The company expects to record charges of about ${#80-600} million related to the restructuring.
B The company had about {#6000-48000} employees at the end of last year, according to its annual report.
Q "These are not decisions we make lightly, and I take full responsibility," {p1^} wrote in the memo.
Q "I found out when my laptop stopped working," said {p2+}.
Q "Companies are cutting in one place to hire in another, so the headline number hides a lot of churn," said {p3+}.
N The company said it would continue to hire in its artificial intelligence division.
S How employees found out
C {company}'s offices.
T Layoffs, {company}, Jobs
X company

@en tech_funding us
sec startups
K STARTUPS|VENTURE CAPITAL
=startup Fernline|Parcelly|Cobalt Health|Tidewell Energy|Gridmark|Ledgerleaf|Sproutbox
=round $20-400
=val f0.4-9
=investor Ashgrove Capital|Halyard Ventures|Northpoint Partners|Seven Oaks Growth
p1 |{startup}'s co-founder and chief executive
p2 |a partner at {investor}
p3 |a venture capital researcher at PitchLedger
H {startup} raises {round} at ${val} billion valuation
H {investor} leads {round} round in {startup}
H {startup} becomes latest AI startup to hit unicorn status
D The company plans to use the money to expand overseas.
D The round was one of the largest for an early-stage company this year.
L {startup}, a startup that makes software for small businesses, said {day} that it had raised {round} in a funding round led by {investor} that values the company at ${val} billion.
L {investor} has led a {round} investment in {startup}, the companies said {day}, the latest sign that investors remain eager to back young artificial intelligence companies.
B The company was founded in {y2018-2022} and has about {#60-400} employees.
B {startup} said its annual recurring revenue had roughly tripled over the past year, though it did not disclose exact figures.
B Existing investors also participated in the round, the company said.
B The company plans to use the money to hire engineers and open offices in London and Singapore.
G Venture funding for AI startups reached about ${#40-120} billion last year, according to data from PitchLedger.
Q "We are still at the very beginning of what this can be," said {p1+}.
Q "The team has shown it can sell to customers who are usually very hard to win," said {p2+}.
Q "Valuations like this assume a lot of things go right for a long time," said {p3+}.
N The company said it had no plans for an initial public offering.
C {startup}'s founders at the company's office.
T Startups, Venture capital, {startup}
X startup

@en tech_regulation us
sec policy
K POLICY|ANTITRUST|PRIVACY
=company Quillon Systems|Heliotrope AI|Kestrel Cloud|Lumenfield Media|Norvale Payments
=fine $50-900
p1 |the agency's chair
p1 |a senior official at the Federal Commerce Commission
p2 |a spokesperson for {company}
p2 |{company}'s general counsel
p3 |a consumer advocate at Digital Fairness Now
H#suit Regulators sue {company}, alleging illegal tactics to crush rivals
H#settle {company} agrees to {fine} settlement over children's data
H#hearing Senators grill {company} executives over AI safety
D#suit The company says it will fight the case in court.
D#settle The settlement also requires an independent privacy audit.
L#suit Federal regulators sued {company} on {day}, accusing it of using its dominance to squeeze smaller rivals and keep prices high.
L#settle {company} has agreed to pay {fine} to settle allegations that it collected data from children without their parents' permission, regulators said {day}.
B#suit The complaint, filed in federal court, runs to more than {#80-220} pages and cites internal emails between senior executives.
B#settle The settlement requires the company to delete data collected from users under {#13-16} and to submit to independent audits for {#10-20} years.
B#settle The company did not admit wrongdoing as part of the agreement.
B#hearing Lawmakers from both parties questioned the executives for more than {#3-5} hours.
G Regulators have taken a more aggressive approach to big technology companies over the past several years, with mixed results in court.
Q#suit,settle "No company is too big to follow the law," said {p1+}.
Q#suit "We strongly disagree with the allegations and will defend ourselves vigorously," said {p2+}.
Q#settle "The fine is a rounding error for a company this size; the audit requirement is what matters," said {p3+}.
N#suit A hearing in the case has not yet been scheduled.
C The {company} campus.
T Policy, Antitrust, {company}
X company

L#hearing Senators from both parties grilled executives from {company} on {day} about the safety of the company's artificial intelligence products and how children use them.
D#hearing Lawmakers pressed the company on safety testing and on what it knows about young users.
Q#hearing "We have made safety a priority from the very beginning," {p2+}, told the committee.
Q#hearing "These companies have had years to fix this and they have not," said {p3+}.
B#hearing Several senators said they were drafting legislation that would require independent testing before new products are released.
N#settle The agreement must still be approved by a federal judge.
N#hearing The committee said it would hold a second hearing in {nextmonth}.
B#suit The agency is asking the court to block the company from bundling some of its products and to consider changes to its business.
B#suit Shares of {company} fell about {#2-6}% in trading after the lawsuit was announced.
G#suit The case is one of several brought against large technology companies by federal and state regulators since {y2020-2023}.
Q#suit "This case is about whether customers and rivals get a fair shot," said {p3+}.
B#settle Regulators said the company had collected birth dates, voice recordings and location data from children who used its apps.
G#settle It is one of the largest penalties ever imposed under the federal children's privacy law.
B#hearing Executives said the company had spent more than ${#1-5} billion on safety and trust teams over the past year.
G#hearing Congress has held a string of hearings on artificial intelligence but has yet to pass major legislation.
@en tech_breach us
sec security
K SECURITY|CYBER
=company Norvale Payments|Brightpath Logistics|Tallowmere Health|Cobalt Health|Pallas Software|Corwin Insurance
=users 40000-9000000
=group Obsidian Spider|Pale Lantern|a group calling itself Nightjar
p1 |{company}'s chief information security officer
p1 |a spokesperson for {company}
p2 |a security researcher at Fencepost Labs
p3 |a customer who received a breach notification
H#theft {company} says hackers stole data on {users} customers
H#ransomware Ransomware attack disrupts {company} systems for a {o2-5} day
H#theft {company} breach exposed Social Security numbers, filing shows
D The company said it had contained the incident.
D#theft Customers are being offered free credit monitoring.
L#theft {company} said {day} that hackers had stolen personal information belonging to about {users} customers, one of the largest breaches disclosed this year.
L#ransomware A ransomware attack has knocked key systems at {company} offline, the company said {day}, disrupting services for customers across the country.
B#theft The stolen data included names, addresses and in some cases dates of birth and account numbers, the company said.
B The company said it first detected suspicious activity on its network on {day} and brought in outside investigators.
B Researchers linked the attack to {group}, which has targeted health care and logistics companies.
B#theft Customers will be offered {#12-24} months of free credit monitoring.
G The number of ransomware attacks reported to authorities has risen sharply over the past {#2-4} years.
Q "We take the security of our customers' information extremely seriously," said {p1+}.
Q "This group is patient, and it tends to sit inside a network for weeks before anyone notices," said {p2+}.
Q#theft "I got a letter saying my information may have been taken, and that was it," said {p3+}.
N#theft The company said it would notify affected customers by mail.
C A cybersecurity operations center.
T Security, Data breach, {company}
X company
B#ransomware Customers reported being unable to log in to their accounts or reach customer service for much of the day.
B#ransomware The company did not say whether it had paid a ransom or how much the attackers had demanded.
N#ransomware The company said it hoped to restore most systems by the end of the week.
"""

CONTENT_WIRE = r"""
@en _generic_wire
p1 |a spokesperson for the state emergency management agency
p2 |a resident
p3 |an analyst
B Authorities did not immediately release further details.
B The figures could not be independently confirmed.
G It was not immediately clear how long the disruption would last.
Q@incident "We are going to get through this," said {p1+}.
N Officials planned to give another update later in the day.
S Background
C@incident An image from the scene.
C A file photo.

@en wire_storm wire incident
sec national
=kind tornado|powerful storm|ice storm|line of severe thunderstorms
=dead 2-9
=outage 40000-380000
p1 Gov.|the state's governor
p1 |the county emergency management director
p2 |who rode out the storm in {p2.his} basement
p3 |a meteorologist with the National Weather Service office in {place2}
H {dead} dead as {kind} tears through {state}
H {kind} leaves trail of damage across {state}; {outage} without power
D Crews searched damaged homes as residents picked through debris.
L A {kind} tore through parts of {state} overnight, killing at least {dead} people, flattening homes and leaving about {outage} customers without power, officials said {day}.
B The storm damaged or destroyed about {#80-600} homes in and around {place}, according to a preliminary assessment.
B Search and rescue teams went door to door on {day} morning, and officials said they expected the death toll to rise.
B Power lines and trees blocked several highways, including a stretch of Interstate {#20-90} that remained closed into the afternoon.
B The National Weather Service said it would send survey teams to determine the strength of the storm.
B Shelters opened at schools and churches in {place} and neighboring {place2}.
G The region has seen an unusually active start to the severe weather season.
Q "It sounded like a freight train, and then the windows were gone," said {p2+}.
Q "Our hearts go out to the families who lost loved ones last night," {p1^} said at a news conference.
Q {p3+}, said another round of storms was possible later in the week.
N The governor declared a state of emergency for {#4-15} counties.
C Debris litters a street in {place}.

C Volunteers sort donations at a shelter in {place2}.
V Watch: Storm damage seen from the air
@en wire_wildfire wire incident
sec national
=acres 2000-90000
=homes 12-400
=evac 1500-30000
p1 |a spokesperson for the state forestry agency
p1 |the county sheriff
p2 |who evacuated with {p2.his} children and two dogs
p3 |a fire scientist at a state university
H Wildfire near {place} forces {evac} to flee, destroys {homes} homes
H Crews gain ground on {state} wildfire as winds ease
D Firefighters battled the flames from the air and on the ground.
L A fast-moving wildfire burning near {place}, {state}, has forced about {evac} people to evacuate and destroyed at least {homes} homes, authorities said {day}.
B The fire had burned about {acres} acres by {day} afternoon and was {%0-35} contained, according to state fire officials.
B Gusty winds and low humidity pushed the flames across a highway and into a subdivision late {day}.
B More than {#400-2000} firefighters were assigned to the blaze, supported by helicopters and air tankers.
B The cause of the fire was under investigation.
G Fire seasons in the West have grown longer and more destructive over the past two decades, researchers say.
Q "We left with the clothes on our backs," said {p2+}.
Q "The wind is the problem, and the wind is not going to give us a break until tomorrow night," said {p1+}.
Q {p3+}, said unusually dry conditions had left grass and brush ready to burn.
N Evacuation orders remained in place for several communities.
C Flames burn near homes outside {place}.

V Watch: Flames jump a highway near {place}
@en wire_quake wire incident
sec national
=mag f4.5-6.4
=hurt 3-40
p1 |a seismologist with the U.S. Geological Survey
p1 |the county's emergency manager
p2 |who owns a restaurant in {place}
H Magnitude {mag} earthquake shakes {state}; {hurt} injured
H Quake rattles {place}, damaging buildings and cutting power
D The shaking was felt hundreds of miles away.
L A magnitude {mag} earthquake struck near {place}, {state}, on {day}, damaging older buildings, cracking roads and injuring at least {hurt} people, officials said.
B The quake struck at a depth of about {#5-20} miles shortly after {time}, according to the U.S. Geological Survey.
B Dozens of aftershocks followed, the largest a magnitude {f3-4} about an hour after the main quake.
B Inspectors were checking bridges and dams in the area, and a stretch of state highway was closed because of rockfall.
B Schools in the area canceled classes for the rest of the week.
Q "Everything came off the shelves at once, and the whole building was swaying," said {p2+}.
Q "People should be prepared for aftershocks for days and possibly weeks," said {p1+}.
N Officials urged residents to check gas lines for leaks.
C Cracked pavement in {place} after the earthquake.

C Inspectors check a damaged building in {place}.
V Watch: Security camera captures the moment the quake hit
@en wire_rates meridian
sec business
=country Norvia|Estavia|the Kestrel Islands|Valdoria
=bank the central bank|the Bank of {country}
=rate f1.5-6
=bp 25|50
p1 |the central bank's governor
p2 |an economist at Halden Bank in {city}
H#raise {country} central bank raises rates by {bp} basis points, signals more
H#hold {country} central bank holds rates, warns on inflation
D Markets had expected the move.
L#raise {bank} raised its main interest rate by {bp} basis points to {rate}% on {day}, its {o2-5} increase this year, as policymakers try to cool stubborn inflation.
B Annual inflation in {country} stood at {f3-9}% in {month}, well above the bank's target of 2%.
B#raise The currency strengthened about {f0.2-1.5}% against the dollar after the announcement.
B The decision was unanimous, the bank said in a statement.
B Economists polled by Meridian had expected the move.
Q "We will do what is necessary to bring inflation back to target," {p1} told reporters.
Q#raise {p2*} said the bank was likely to pause at its next meeting. "They want to see how the economy digests this," {p2.he} said.
N The bank's next policy meeting is scheduled for {nextmonth}.

L#hold {bank} left its main interest rate unchanged at {rate}% on {day}, but warned that inflation remained too high and that further increases could not be ruled out.
Q#hold {p2*} said the bank was likely to raise rates again before the summer. "They are buying time," {p2.he} said.
B#hold Some policymakers had argued for another increase, according to a summary of the meeting released with the decision.
B#hold The decision to pause came as economic growth slowed to {f0.1-1.2}% in the last quarter.
G Inflation in {country} has been driven largely by food and energy prices, which rose sharply over the past year.
C The central bank's headquarters.
C A currency exchange office in the capital of {country}.
@en wire_merger meridian
sec business
=buyer Castellan Group|Hallmoor Industries|Voss Maritime|Aldergate Holdings|Pemberton Foods
=target Orrin Motors|Brightpath Logistics|Tessaro Pharmaceuticals|Quayside Textiles|Meridale Logistics
=price f1.2-38
p1 |{buyer}'s chief executive
p2 |an analyst at Halden Bank
H#deal {buyer} agrees to buy {target} for ${price} billion
H#scrutiny {buyer}'s ${price} billion bid for {target} faces antitrust scrutiny
D The deal is the largest in the sector this year.
L#deal {buyer} has agreed to buy {target} for about ${price} billion including debt, the companies said on {day}, creating one of the largest groups in the industry.
B#deal The offer represents a premium of about {#18-45}% to {target}'s closing share price on {day}.
B The companies expect to save about ${#100-900} million a year in costs within three years of closing.
B#deal Shares in {target} jumped {#10-30}% in early trading, while {buyer} shares fell about {#2-6}%.
B#deal The deal is subject to regulatory approval and is expected to close in the second half of next year.
Q#deal "Together we will be stronger, more efficient and better positioned to compete," {p1} said in a statement.
Q#deal "Regulators will look closely at this one," said {p2+}.
N Advisers to the companies were not immediately identified.

L#scrutiny Antitrust regulators have opened an in-depth investigation into {buyer}'s proposed ${price} billion takeover of {target}, the companies said on {day}.
B#scrutiny Regulators said they were concerned the deal could lead to higher prices for customers in several markets.
B#scrutiny The review could take up to {#4-6} months, delaying the expected closing of the deal into next year.
Q#scrutiny "We will work constructively with the authorities," {buyer} said in a statement.
G The sector has been consolidating as companies seek scale to cope with higher costs and slowing demand.
B#scrutiny Rivals and customer groups have lobbied regulators to block the deal or require the sale of some businesses.
Q#scrutiny "The remedies will decide whether this deal survives," said {p2+}.
C The {target} headquarters.
C A {buyer} sign outside the company's offices.
@en wire_airline meridian wire
sec business
=airline SkyBreeze|Jetvista|Continental Skyways|Northstar Air|Azul Charter
=cancel 300-2400
p1 |a spokesperson for {airline}
p2 |a passenger stuck at the airport in {place}
p3 |an aviation analyst
H#outage {airline} cancels {cancel} flights after computer outage
H#strike {airline} pilots vote to strike over pay
D Travelers faced long lines and few answers.
L#outage {airline} canceled about {cancel} flights on {day} after a computer outage grounded planes across its network, stranding thousands of travelers.
B#outage The airline said the outage was caused by a failed software update and was not the result of a cyberattack.
B#outage More than {#1000-5000} additional flights were delayed, according to a flight-tracking website.
B Shares of the airline fell about {#2-8}% in trading on {day}.
B#outage The airline said customers could rebook without paying a change fee.
Q#outage "We sincerely apologize to our customers for this disruption," said {p1+}.
Q#outage "I have been here since six this morning and nobody can tell me anything," said {p2+}.
Q#outage {p3+}, said it could take several days for the airline to get crews and planes back in position.
N#outage The airline said it expected to operate a full schedule by {day2}.

L#strike Pilots at {airline} voted overwhelmingly on {day} to authorize a strike, escalating a long-running dispute over pay and scheduling.
B#strike About {%90-99} of pilots who cast ballots voted in favor, according to the union.
B#strike A strike could not begin immediately, because federal rules require a lengthy mediation process first.
Q#strike "Our pilots have been patient for a long time, and that patience has run out," said a union spokesperson.
N#strike Talks between the airline and the union are scheduled to resume next week.
B#strike The union says pilots have gone {#3-5} years without a raise while the airline's profits have recovered.
G The airline industry has struggled with staffing shortages and rising costs since air travel rebounded.
Q#strike "We hope to reach an agreement that is fair to our pilots and sustainable for the company," said {p1+}.
C Travelers wait at a check-in counter.
C {airline} planes parked at a gate.
@en wire_recall wire
sec national
=product baby loungers|air fryers|electric scooters|space heaters|children's pajamas|dehumidifiers
=units 40000-2000000
=maker Hallmoor Home|Brightcrest|Nestique|Voltaro|Comfy Cradle
p1 |a spokesperson for the Consumer Product Safety Commission
p2 |a parent who bought one of the products
H {maker} recalls {units} {product} over fire risk
H Recall: {units} {product} sold nationwide pose injury hazard
L {maker} is recalling about {units} {product} sold in the United States after reports of overheating and injuries, federal regulators said {day}.
B The company has received {#20-300} reports of the products overheating, including {#3-30} that resulted in minor burns, according to the Consumer Product Safety Commission.
B The products were sold at major retailers and online from {y2020-2023} for between ${#30-60} and ${#70-180}.
B Consumers should stop using the products immediately and contact the company for a full refund.
Q "Consumers should check their homes right away," said {p1+}.
Q "I had no idea there was a problem until I saw the news," said {p2+}.
N Consumers can find model numbers on the regulators' website.

D The company said it was not aware of any serious injuries.
G Regulators have announced a series of recalls of household appliances over fire risks this year.
B The recall involves {#4-12} models, which can be identified by a label on the bottom of the unit.
C One of the recalled {product}, in an image released by regulators.
@en wire_court wire
sec national
=case a law restricting cellphone use by drivers|a state ban on certain firearms|the state's congressional map|a voter ID law|limits on short-term rentals
=vote 4-3|5-2|6-1
p1 Justice|a member of the court
p2 |the state attorney general
p3 |a law professor at a state university
H#strike {state} Supreme Court strikes down {case}
H#uphold {state} high court upholds {case} in {vote} ruling
D The ruling could be appealed.
L#strike The {state} Supreme Court on {day} struck down {case}, ruling {vote} that it violated the state constitution.
B#strike Writing for the majority, {p1^} said the law was too broad and gave officials too much discretion.
B#strike The dissenting justices argued that the court should have deferred to the Legislature.
B The law was passed in {y2019-2023} and had been on hold since a lower court blocked it.
Q "We are reviewing the decision and considering our options," said {p2+}.
Q "This is an important ruling that other states will read closely," said {p3+}.
N#strike Lawmakers could attempt to pass a revised version of the law next session.

L#uphold The {state} Supreme Court on {day} upheld {case}, ruling {vote} that the measure did not violate the state constitution.
B#uphold Writing for the majority, {p1^} said lawmakers had acted within their authority.
B#uphold The dissenting justices warned that the ruling gave the Legislature too much power over individual rights.
N#uphold Opponents said they would consider asking voters to repeal the law through a ballot measure.
G The case was one of the most closely watched of the court's term.
Q "The court has given us clear guidance, and we will follow it," said a spokesperson for the governor.
C The {state} Supreme Court building.
@en wire_strike meridian
sec business
=port the port of Valdmar|the port of Hessing|the port of Kastell|the port of Brenner Bay
=workers 3000-20000
p1 |the union's president
p2 |a spokesperson for the port operators' association
p3 |a shipping analyst
H Dockworkers at {port} begin strike, halting container traffic
H Strike at {port} enters {o2-6} day as talks stall
L About {workers} dockworkers at {port} walked off the job on {day} after contract talks broke down, halting most container traffic at one of the region's busiest hubs.
B At least {#20-80} container ships were waiting to unload by {day} evening, according to ship-tracking data.
B The union is seeking wage increases of about {#12-25}% over {#3-5} years and limits on automation.
B The employers have offered raises of about {#6-10}%, according to people familiar with the talks.
Q "Our members keep this port running, and they deserve a fair share," said {p1+}.
Q "We remain at the table and ready to reach a fair agreement," said {p2+}.
Q {p3+}, said each day of the strike would take weeks to clear.
N No new talks were scheduled.
C Containers stacked at {port}.
"""

CONTENT_LIVE = r"""
@en live_election us
sec politics
K LIVE|ELECTION 2025
=race the race for mayor of {city}|the special election for the 4th Congressional District|the Senate primary|the race for county executive
=turnout 21-48
p1 |a former city council president
p2 |a two-term state representative
p3 |the county elections director
H Live updates: {p1.last} and {p2.last} locked in tight race as results come in
H Election night live: Results in {race}
D Follow along for results, analysis and reaction from campaign headquarters across {city}.
D Polls closed at 8 p.m.; results are being reported county by county.
E Polls are now closed in {city} >> Polls closed at 8 p.m. across {city}, and the first results from early and mail-in ballots are expected within the hour. >> Anyone who was in line at 8 p.m. is still allowed to vote, officials said, and at least {#3-9} polling places in {place3} still had lines.
E Early numbers show {p1.last} ahead in {place} >> With about {%8-20} of the expected vote counted, {p1} leads in {place} and {place2}, two neighborhoods that were expected to favor {p1.him}. >> Those early returns, about {#9000-40000} votes, are mostly mail-in ballots, which tend to arrive first and may not reflect the final result.
E {p2.last} campaign says it is 'feeling good' >> A spokesperson for {p2} told reporters at the campaign's party in {place3} that internal numbers showed a close race. >> The mood in the room was upbeat, with about {#100-400} supporters gathered around two large screens showing results.
E Turnout on track for about {turnout} percent >> The county elections office said turnout was on track to reach about {turnout} percent, higher than the last comparable election. >> Long lines were reported at several polling places in {place2} in the final hour of voting.
E Voting machine problem in {place2} resolved >> A problem with a ballot scanner at a polling place in {place2} delayed voting for about {#30-90} minutes earlier this evening, according to {p3+}. >> Voters were able to leave ballots in a secure box to be counted later, and no votes were lost, {p3} said.
E {p2.last} closes the gap >> With about {%40-60} of the vote counted, {p2} has narrowed {p1}'s lead to fewer than {#800-4000} votes. >> The latest batch of results came largely from election-day voting in {place3}, where {p2} has campaigned heavily.
E What {p1.last} told supporters >> {p1} briefly addressed supporters shortly after 10 p.m., thanking volunteers and urging patience. >> "We are not going to call anything tonight until every vote is counted," {p1.he} said.
E What's at stake >> The winner will take office in January and will face an immediate decision on the city's budget, which faces a shortfall of about {$40-160}. >> Both candidates have promised to hire about {#100-300} more police officers and speed up housing construction in neighborhoods like {place2}, but they differ sharply on taxes.
E Reader question: When will we know? >> Election officials said they expect to finish counting the roughly {#40000-160000} ballots cast on election day by early tomorrow morning. >> Mail-in ballots postmarked by today can still arrive and be counted for another {#3-7} days, which means a very close race may not be settled tonight.
E {p1.last} extends lead with latest batch >> A new batch of results pushed {p1.last}'s lead back above {#2000-6000} votes, with roughly {%70-85} of the expected vote now counted. >> Most of the remaining ballots are from {place}, which has leaned toward {p1.last} all night.
E Scene at {p2.last} headquarters >> At a union hall in {place3}, about {#200-500} supporters of {p2.last} waited for results as a local band played. >> Several people from {place} said they planned to stay until the race was called, however late that might be.
E Race remains too close to call >> With about {%88-95} of votes counted, the race remains too close to call, and neither {p1.last} nor {p2.last} has claimed victory. >> Counting will resume at {#8-10} a.m., officials said, and we will have updates here as soon as new numbers from {place} and {place2} are posted.

@en live_storm us
sec weather
K LIVE|WEATHER
=storm Winter storm|Nor'easter|Blizzard|Snowstorm
=outages 20000-140000
=snow 8-24
p1 |the city's emergency management director
p2 |a spokesperson for {utility}
p3 |a meteorologist with the National Weather Service
H Live: {storm} slams {city}; {outages} without power
H {storm} live updates: Roads closed, schools shut as {snow} inches forecast
D Follow live updates on closings, power outages and travel conditions.
D Forecasters expect the worst conditions through the evening commute.
E Power outages climb past {outages} >> {utility} reported about {outages} customers without power shortly after noon, most of them in {place} and {place2}. >> The utility said about {#100-600} line workers from neighboring states were on their way to help with repairs.
E Schools closed for the rest of the week in {place} >> Schools in {place} will remain closed through Friday because of downed trees and power outages, district officials said. >> Meal pickup sites will open at {#3-6} schools for families who rely on school lunches.
E Snow totals so far >> {place2} has recorded about {#6-14} inches of snow so far, according to {p3+}, while {place3} has seen closer to {#4-10} inches. >> Another {#3-8} inches could fall before the storm moves out late tonight.
E Travel ban in effect >> The city has banned all nonessential travel until further notice, officials announced at a briefing led by {p1+}. >> Drivers found on the road without good reason could be fined up to {d$100-500}, though officials said the priority was keeping plows moving.
E Warming centers open >> The city has opened {#4-9} warming centers, including at the {place} community center and the main library. >> Anyone in {place2} or {place3} who needs a ride to a center can call the city's hotline, officials said.
E Tree falls on car on {street} >> A large tree fell onto a parked car on {street} in {place} earlier today; no one was inside, the fire department said. >> Crews have closed the street between {street2} and the river while they remove the tree.
E Flights canceled at the airport >> More than {#200-700} flights in and out of the airport have been canceled today, according to a flight-tracking website. >> Travelers are urged to check with their airlines before heading to the airport, where about {#40-160} flights were also delayed.
E Utility says some outages could last days >> {p2} said most customers should have power back by tomorrow night but warned that some in hard-hit areas could wait until the weekend. >> "We are dealing with broken poles, not just downed wires, and that takes time," {p2.he} said.
E What the forecast looks like tonight >> Snow is expected to taper off after midnight, but temperatures will drop to about {#8-19} degrees, turning slush into ice. >> {p3} said gusts of up to {#35-55} mph could cause blowing and drifting snow through the morning.
E Transit running on reduced schedule >> {transit} said buses were running on a reduced snow schedule and several routes had been suspended. >> Trains were running about every {#15-30} minutes, with delays on the line to {place3}.
E Plow tracker now online >> The city's online plow tracker shows crews have made at least one pass on about {%50-80} of residential streets. >> Officials asked residents to move cars off designated snow routes such as {street} to let plows through.

@en live_budget us
sec politics
K LIVE|STATEHOUSE
=budget f40-72
=gap f1-6
p1 Gov.|the governor
p2 |the Senate majority leader
p3 |the House minority leader
H Live: Lawmakers race to pass ${budget} billion budget before deadline
H State budget live updates: Vote expected tonight
D The House and Senate must pass a budget by midnight to avoid a partial shutdown.
E Budget deal announced >> Legislative leaders announced a tentative agreement on a ${budget} billion budget late this afternoon after more than {#10-20} hours of closed-door talks. >> Details of the deal were not immediately released, but leaders said it closes a ${gap} billion shortfall without broad tax increases.
E What's in the deal >> The agreement includes an increase of about {%3-7} in school funding and money to hire {#300-900} corrections officers, according to a summary shared with reporters. >> It also delays a planned cut to the state income tax by one year, a change worth about ${f0.3-1.2} billion.
E Senate begins debate >> The Senate gaveled in at {time} and began debate on the budget bill. >> {p2+} told colleagues the deal was "not perfect but responsible."
E Minority leader: 'We were shut out' >> {p3+} criticized the process, saying rank-and-file members had less than {#4-8} hours to read a bill more than {#600-1200} pages long. >> "This is no way to spend the public's money," {p3.he} said on the floor.
E Protesters gather outside the chamber >> About {#100-400} people gathered in the Capitol rotunda to protest proposed cuts to public transit funding. >> Capitol police said the demonstration was peaceful and that about {#2-6} people were asked to leave the gallery.
E Governor expected to sign >> {p1^} said in a statement that {p1.he} would sign the budget if it reaches {p1.his} desk in its current form. >> {p1.He} praised lawmakers for "finding common ground."
E Senate passes budget >> The Senate approved the budget {#30-40} to {#10-20} shortly before {time}, largely along party lines. >> The bill now goes to the House, which is expected to vote within the hour, with {#2-5} amendments still pending.
E Transit advocates disappointed >> Advocates said the budget leaves transit agencies with about ${f0.2-0.9} billion less than they requested. >> Several lawmakers from {city} said they would push for more money in a supplemental budget later this year.
E House debate under way >> The House began debating the budget with about {#2-3} hours left before the deadline. >> Members have filed more than {#40-120} amendments, though leaders said few were likely to be adopted.
E What happens if they miss the deadline? >> If no budget is in place by midnight, most of the state's {#60-90} agencies would have to begin shutting down nonessential services. >> Payments to about {#40000-90000} state workers and some contractors could be delayed.

@en live_strike us
sec transport
K LIVE|TRANSIT STRIKE
=workers 2000-9000
p1 |the president of the transit workers union
p2 |the general manager of {transit}
p3 Mayor|the mayor
H Live: Transit strike shuts down buses and trains across {city}
H {transit_short} strike day {#2-4}: Talks resume as commuters scramble
D Follow live updates on the strike, negotiations and how to get around.
E Strike begins at 4 a.m. >> About {workers} bus and train operators walked off the job at 4 a.m. after overnight talks failed to produce a deal. >> No buses or trains are running, and {transit} said it could not say when service would resume.
E Traffic heavy on major roads >> Traffic on {street} and other main roads into downtown was backed up for miles this morning as commuters turned to cars. >> The trip from {place} to downtown was taking more than {#60-95} minutes at the height of the rush.
E What the union wants >> The union is seeking raises of about {%5-9} a year over three years and changes to scheduling rules that workers say force them into split shifts. >> {transit} has offered raises of about {%2-4} a year.
E Union leader speaks to picket line >> {p1+} told workers gathered outside the {place2} garage that the union was ready to return to the table "any time." >> "We do not want to be out here, but we will stay as long as it takes," {p1.he} said.
E Mayor urges both sides to settle >> {p3^} called on both sides to "get back in a room and stay there until this is done." >> The city has opened {#2-6} park-and-ride lots and extended bike-share hours to help commuters.
E Schools adjust >> Public schools will open as usual, but the roughly {#4000-12000} students who rely on city buses will be excused if they arrive late, the district said. >> Some high schools in {place3} will offer remote classes.
E Agency: No talks scheduled yet >> {p2+} said in a statement that the agency had made a fair offer and remained willing to talk. >> No new negotiating sessions had been scheduled as of {#1-5} p.m.
E Commuters share their stories >> We asked readers how they are getting to work. More than {#80-300} replied; many said they were working from home, while others described long walks and expensive rides. >> One nurse in {place} said she had paid more than {d$40-80} for a ride to the hospital this morning.
E Businesses downtown report quiet day >> Several restaurants and shops on {street2} said business was down sharply. >> The owner of a sandwich shop near City Hall said lunch sales were about {%40-60} of the usual level.
E Talks to resume tomorrow >> Both sides have agreed to resume negotiations at {#9-11} a.m. tomorrow with a state mediator, the union said. >> Service will not run tomorrow morning regardless of how talks go, the agency said, though it hopes to restore {#2-6} key routes by the evening.
"""

CONTENT_DE = r"""
@de _generic
p1 Sprecher|Sprecherin|Sprecher der Verbandsgemeinde|Sprecherin der Verbandsgemeinde
p2 |Anwohner aus {place}|Anwohnerin aus {place}
p3 ||
B@civic Wie viele Menschen genau betroffen sind, konnte die Verwaltung am {day} noch nicht sagen.
B@civic Nach Angaben der Verwaltung war das Thema bereits im Jahr {y2016-2022} erstmals im Ausschuss besprochen worden.
B@civic Mehrere Anwohner berichteten dem {paper}, sie hätten von den Plänen erst aus der Zeitung erfahren.
B@civic Die Zahlen wurden am {day} in einer Sitzung in {stadt} vorgestellt und sollen in den kommenden Wochen noch einmal geprüft werden.
G@civic Das Thema beschäftigt die Menschen in {place} und {place2} bereits seit mehreren Jahren.
G@civic In der Nachbargemeinde {place3} hatte es vor einigen Jahren eine ähnliche Diskussion gegeben, die am Ende vor Gericht landete.
Q@civic „Wir warten seit Jahren auf eine Antwort, und es passiert einfach nichts“, sagte {p2+}.
Q@civic „Das letzte Wort ist in dieser Sache noch nicht gesprochen“, sagte {p1+}.
N@civic Eine Entscheidung wird für die nächste Sitzung des Gremiums im {nextmonth} erwartet.
N@civic Weitere Informationen will die Verwaltung in den kommenden Wochen auf ihrer Internetseite veröffentlichen.
S Wie es jetzt weitergeht
S Hintergrund
S Die Zahlen
B@incident Nach Angaben von Anwohnern war in der {street} kurz zuvor ein lauter Knall zu hören gewesen.
B@incident Schaulustige behinderten zeitweise die Arbeit der Einsatzkräfte, die Polizei sperrte die {street} für mehrere Stunden.
G@incident Erst vor wenigen Monaten hatte ein ähnlicher Einsatz in {place2} für Aufsehen gesorgt.
Q@incident „So etwas habe ich hier in {#20-40} Jahren noch nicht erlebt“, sagte {p2+}.
N@incident Die Ermittlungen dauern nach Angaben der Polizei an.
C Blick auf {place}.
V Video: Das sagen die Menschen in {place}

@de gemeinderat civic
sec lokales
K {stadt}|Gemeinderat|Kommunalpolitik
=summe $1-24
=stimmen 14|15|16|17|18|19|21
=gegen 2|3|4|5|6|7
=projekt das Neubaugebiet „Am Kirchberg“|die Sanierung des Hallenbads|die neue Kita in {place}|das neue Gewerbegebiet an der {road}|die Umgestaltung des Marktplatzes|die Radwegverbindung nach {place2}
p1 Bürgermeister|Bürgermeisterin|Bürgermeister von {place}|Bürgermeisterin von {place}
p1 Ortsbürgermeister|Ortsbürgermeisterin|Ortsbürgermeister von {place}|Ortsbürgermeisterin von {place}
p1 Beigeordneter|Beigeordnete|Beigeordneter der Stadt {stadt}|Beigeordnete der Stadt {stadt}
p2 |Fraktionsvorsitzender der Grünen im Rat|Fraktionsvorsitzende der Grünen im Rat
p2 |Sprecher der Bürgerinitiative|Sprecherin der Bürgerinitiative
p2 |Fraktionschef der FWG|Fraktionschefin der FWG
p3 |Kämmerer der Stadt|Kämmerin der Stadt
H#approve Gemeinderat {place} gibt grünes Licht für {projekt}
H#delay Streit um {projekt}: Rat vertagt Entscheidung
H#cost {summe} für {projekt} – Kritik an steigenden Kosten
H#approve Knappe Mehrheit für {projekt} in {place}
D#approve Nach langer Debatte stimmte eine Mehrheit für das Vorhaben. Die Opposition kritisiert die Kosten.
D Anwohner hatten zuvor Unterschriften gegen die Pläne gesammelt.
D#cost Die Kosten sind seit der ersten Planung deutlich gestiegen.
L#approve Der Gemeinderat von {place} hat am {day}abend mit {stimmen} zu {gegen} Stimmen beschlossen, {projekt} auf den Weg zu bringen.
L#delay Nach einer mehr als dreistündigen Debatte hat der Rat in {place} die Entscheidung über {projekt} erneut vertagt.
L#cost Die Kosten für {projekt} sind deutlich höher als geplant: Statt der ursprünglich veranschlagten Summe rechnet die Verwaltung inzwischen mit {summe}.
B#approve,cost Nach Angaben der Verwaltung soll mit den Arbeiten frühestens im Herbst begonnen werden, die Bauzeit wird auf rund {#12-30} Monate geschätzt.
B Das Land beteiligt sich mit Fördermitteln in Höhe von etwa {%40-65} an den Kosten, den Rest muss die Gemeinde selbst aufbringen.
B Gegen das Vorhaben hatte eine Bürgerinitiative in den vergangenen Wochen mehr als {#300-1800} Unterschriften gesammelt.
B In der Sitzung verfolgten rund {#40-150} Zuhörerinnen und Zuhörer die Debatte, einige von ihnen mussten im Flur stehen.
B Ein Gutachten hatte zuvor ergeben, dass der bestehende Bau nur mit erheblichem Aufwand zu erhalten wäre.
B#approve Die Verwaltung will nun einen Zeitplan ausarbeiten und die Aufträge im Laufe des Jahres ausschreiben.
G Bereits im Jahr {y2018-2022} war ein ähnliches Vorhaben an der Finanzierung gescheitert.
G Die Gemeinde steht wie viele Kommunen in der Region unter erheblichem finanziellen Druck, der Haushalt weist ein Defizit von {k$300-2500} aus.
Q „Wir können es uns nicht leisten, noch länger zu warten“, sagte {p1^} in der Sitzung.
Q „Die Bürgerinnen und Bürger wurden viel zu spät eingebunden“, kritisierte {p2+}.
Q#cost,delay {p3+}, warnte vor weiter steigenden Baukosten. „Jedes Jahr Verzögerung kostet uns bares Geld“, sagte {p3.er}.
Q {p2*} kündigte an, das Thema nicht auf sich beruhen zu lassen. „Wir prüfen jetzt alle rechtlichen Möglichkeiten.“
N#approve,cost Der Bauausschuss soll sich bereits in seiner nächsten Sitzung am {day2} mit den Details befassen.
N Eine Bürgerversammlung zu dem Projekt ist für den {nextmonth} geplant.
S Kosten laufen aus dem Ruder
S Kritik aus der Opposition
S Wie es weitergeht
C Der Gemeinderat von {place} bei seiner Sitzung am {day}.
C Auf diesem Gelände in {place} soll gebaut werden.
T {place}, Gemeinderat, Kommunalpolitik
X rat

N#delay Der Rat will sich nun in seiner Sitzung im {nextmonth} erneut mit dem Thema befassen.
B#delay Mehrere Ratsmitglieder verlangten vor einer Entscheidung zusätzliche Gutachten zu Kosten und Verkehr.
@de polizei incident
sec blaulicht
K Polizei|Blaulicht|{place}
=tat in ein Einfamilienhaus|in eine Bäckerei|in ein Vereinsheim|in eine Arztpraxis|in mehrere Gartenhütten|in einen Kiosk
=beute k$1-40
p1 Polizeisprecher|Polizeisprecherin|Sprecher der {pi}|Sprecherin der {pi}
p2 |Inhaber des Geschäfts|Inhaberin des Geschäfts
p2 |Nachbar|Nachbarin
p3 ||
H Einbruch {tat} in {place}: Polizei sucht Zeugen
H Unbekannte brechen {tat} ein – hoher Schaden
H Serie von Einbrüchen in {place}: Täter weiter flüchtig
D Die Täter erbeuteten Bargeld und Elektronik. Die Kripo ermittelt.
D Anwohner sind beunruhigt, die Polizei hat ihre Streifen verstärkt.
L Unbekannte sind in der Nacht zum {day} {tat} in {place} eingebrochen und haben Beute im Wert von {beute} gemacht.
L In {place} ist es erneut zu einem Einbruch gekommen: Bislang unbekannte Täter drangen am {day} {tat} in der {street} ein.
B Die Täter hebelten nach Angaben der Polizei ein Fenster auf der Rückseite des Gebäudes auf und durchsuchten anschließend sämtliche Räume.
B Der Einbruch wurde erst am Morgen gegen [6.15|6.40|7.05|7.30|7.50] Uhr von einer Mitarbeiterin bemerkt, die sofort die Polizei verständigte.
B Der Sachschaden wird auf mehrere tausend Euro geschätzt.
B Nach ersten Erkenntnissen der Ermittler könnte die Tat mit {#2-6} weiteren Einbrüchen in {place} und {place2} seit Jahresbeginn in Verbindung stehen.
B Spezialisten der Kriminalpolizei sicherten am Tatort Spuren, unter anderem Fingerabdrücke und Schuhabdrücke.
B Ein Zeuge will in der Nacht gegen [0.50|1.15|2.30|3.40] Uhr ein dunkles Auto mit auswärtigem Kennzeichen in der {street} gesehen haben.
G Die Zahl der Wohnungseinbrüche im Bereich der {pi} war im vergangenen Jahr um {%5-18} gestiegen.
Q „Wir nehmen die Häufung sehr ernst und haben die Streifen in dem Bereich verstärkt“, sagte {p1+}.
Q „Man fühlt sich in den eigenen vier Wänden einfach nicht mehr sicher“, sagte {p2+}.
Q {p2*} berichtete, dass in der Straße bereits vor einigen Wochen verdächtige Personen aufgefallen seien.
N Die Polizei rät, Fenster und Türen auch bei kurzer Abwesenheit stets zu verschließen.
C Spurensicherung am Tatort in {place}.
C Die Polizei ermittelt nach dem Einbruch in {place}.
T Polizei, Einbruch, {place}
X polizei

@de unfall incident
sec blaulicht
K Unfall|Blaulicht|{road}
=verl 2-4
=fahrzeug ein Kleintransporter|ein Lastwagen|ein Motorradfahrer|ein Traktor|ein Linienbus|ein Pkw
=alter 19-84
p1 Polizeisprecher|Polizeisprecherin|Sprecher der {pi}|Sprecherin der {pi}
p1 Wehrleiter|Wehrleiterin|Wehrleiter der Feuerwehr {place}|Wehrleiterin der Feuerwehr {place}
p2 |Augenzeuge|Augenzeugin
p3 ||
H Schwerer Unfall auf der {road} bei {place}: {verl} Verletzte
H {road} nach Unfall stundenlang gesperrt
H {alter}-Jähriger bei Unfall zwischen {place} und {place2} schwer verletzt
D Ein Rettungshubschrauber war im Einsatz. Die Polizei ermittelt zur Unfallursache.
D Im Berufsverkehr bildeten sich lange Staus.
L Bei einem schweren Verkehrsunfall auf der {road} zwischen {place} und {place2} sind am {day} {verl} Menschen verletzt worden.
L Die {road} bei {place} war am {day} nach einem Unfall mehrere Stunden voll gesperrt, weil {fahrzeug} in den Gegenverkehr geraten war.
B Nach Angaben der Polizei kam {fahrzeug} gegen {time} aus bislang ungeklärter Ursache von der Fahrbahn ab.
B Ein {alter} Jahre alter Mann musste von der Feuerwehr aus seinem Fahrzeug befreit werden und wurde mit dem Rettungshubschrauber in eine Klinik geflogen.
B Der Sachschaden wird auf rund {k$10-90} geschätzt.
B Die Strecke blieb für die Dauer der Bergungsarbeiten bis etwa {time} gesperrt, der Verkehr wurde über {place3} umgeleitet.
B Neben Polizei und Rettungsdienst waren rund {#20-60} Einsatzkräfte der Feuerwehren aus {place} und {place2} vor Ort.
B Ein Gutachter wurde hinzugezogen, um den genauen Unfallhergang zu klären.
G Der Streckenabschnitt gilt seit Jahren als Unfallschwerpunkt, zuletzt hatte es dort im {y2022-2024} einen tödlichen Unfall gegeben.
Q „Die Rettung gestaltete sich wegen der Lage des Fahrzeugs schwierig“, sagte {p1+}.
Q „Es ging alles unglaublich schnell, plötzlich war das Auto auf unserer Spur“, sagte {p2+}.
N Die Polizei bittet Zeugen, die den Unfall beobachtet haben, sich zu melden.
C Rettungskräfte an der Unfallstelle auf der {road}.
C Die {road} war stundenlang gesperrt.
T Unfall, {road}, {place}
X polizei

@de feuerwehr incident
sec blaulicht
K Feuerwehr|Brand|{place}
=objekt eine Scheune|ein Wohnhaus|eine Lagerhalle|ein Mehrfamilienhaus|eine Werkstatt|ein leerstehendes Gasthaus
=kraefte 30-140
=schaden k$40-900
p1 Wehrleiter|Wehrleiterin|Wehrleiter der Verbandsgemeinde|Wehrleiterin der Verbandsgemeinde
p1 Einsatzleiter|Einsatzleiterin|Einsatzleiter der Feuerwehr|Einsatzleiterin der Feuerwehr
p2 |Nachbar|Nachbarin
p2 |Besitzer des Gebäudes|Besitzerin des Gebäudes
p3 ||
H Großbrand in {place}: {objekt} in Flammen
H Feuer zerstört {objekt} – {schaden} Schaden
H Nächtlicher Brand in {place}: Bewohner retten sich ins Freie
D Rund {kraefte} Einsatzkräfte waren die ganze Nacht im Einsatz.
D Die Brandursache ist noch unklar. Die Kriminalpolizei hat die Ermittlungen aufgenommen.
L Bei einem Großbrand in {place} ist in der Nacht zum {day} {objekt} fast vollständig zerstört worden.
L In {place} hat am {day} {objekt} in der {street} gebrannt, rund {kraefte} Feuerwehrleute waren stundenlang im Einsatz.
B Als die ersten Einsatzkräfte gegen {time} eintrafen, schlugen die Flammen bereits aus dem Dach.
B Die Bewohner konnten sich rechtzeitig ins Freie retten, {#1-3} Personen wurden mit Verdacht auf Rauchvergiftung ins Krankenhaus gebracht.
B Die Löscharbeiten dauerten bis in die Morgenstunden, immer wieder flammten Glutnester auf.
B Den Schaden schätzt die Polizei auf etwa {schaden}.
B Wegen der starken Rauchentwicklung wurden die Anwohner über die Warn-App aufgefordert, Fenster und Türen geschlossen zu halten.
B Die Wasserversorgung musste über eine lange Schlauchleitung aus dem nahen Bach sichergestellt werden.
G Erst im {month} des vergangenen Jahres hatte es in {place2} einen ähnlichen Brand gegeben.
Q „Ein Übergreifen der Flammen auf die Nachbargebäude konnten wir verhindern“, sagte {p1+}.
Q „Ich bin vom Knistern wach geworden und habe sofort die 112 gewählt“, sagte {p2+}.
N Die Kriminalpolizei hat die Ermittlungen zur Brandursache aufgenommen.
S Ermittlungen zur Ursache
C Die Feuerwehr im Einsatz in {place}.
C Nur noch die Grundmauern stehen.
V Video: Flammen schlagen aus dem Dach
T Feuerwehr, Brand, {place}
X feuerwehr

@de baustelle civic
sec verkehr
K Verkehr|Baustelle|{road}
=wochen 3-26
=kosten $1-18
p1 |Sprecher des Landesbetriebs Mobilität|Sprecherin des Landesbetriebs Mobilität
p1 |Leiter des Bauamts|Leiterin des Bauamts
p2 |Inhaber einer Bäckerei an der Ortsdurchfahrt|Inhaberin einer Bäckerei an der Ortsdurchfahrt
p2 |Pendler aus {place2}|Pendlerin aus {place2}
p3 ||
H#sperrung {road} bei {place}: Vollsperrung für {wochen} Wochen
H#bruecke Brückensanierung in {place} kostet {kosten}
H#sperrung Umleitung über {place2}: Pendler müssen sich auf Staus einstellen
D#sperrung Die Umleitung führt über schmale Ortsdurchfahrten. Anwohner befürchten mehr Verkehr.
D Die Arbeiten sollen bis zum Sommer abgeschlossen sein.
L#sperrung Die {road} zwischen {place} und {place2} wird ab {day2} für voraussichtlich {wochen} Wochen voll gesperrt.
L#bruecke Die Sanierung der Brücke über die Lauter in {place} wird deutlich teurer als geplant und soll nun {kosten} kosten.
B#sperrung Grund für die Sperrung sind Arbeiten an der Fahrbahndecke und an den Entwässerungsleitungen, teilte der Landesbetrieb mit.
B#sperrung Die Umleitung führt über {place3}, Autofahrer müssen sich auf einen Umweg von rund {#6-18} Kilometern einstellen.
B#sperrung Auch die Buslinien {#200-299} und {#300-399} sind von der Sperrung betroffen und fahren geänderte Routen.
B#bruecke Die Brücke stammt aus dem Jahr {y1958-1975} und war bei einer Prüfung als sanierungsbedürftig eingestuft worden.
B Täglich nutzen nach einer Zählung rund {#4000-16000} Fahrzeuge die Strecke.
G Die Gemeinde hatte bereits seit Jahren auf eine Sanierung der Strecke gedrängt.
Q „Wir wissen, dass die Sperrung für viele eine Belastung ist, aber die Arbeiten sind dringend notwendig“, sagte {p1+}.
Q#sperrung „Wenn die Straße zu ist, bleiben bei uns die Kunden weg“, befürchtet {p2+}.
N Aktuelle Informationen zur Umleitung veröffentlicht der Landesbetrieb auf seiner Internetseite.
C#sperrung Auf der {road} bei {place} wird gebaut.
T Verkehr, {road}, Baustelle
X lbm

B#bruecke Grund für die Mehrkosten sind nach Angaben der Verwaltung gestiegene Preise für Stahl und Beton sowie zusätzliche Arbeiten an den Fundamenten.
B#bruecke Während der Bauarbeiten soll eine Behelfsbrücke für Fußgänger und Radfahrer eingerichtet werden.
C#bruecke Die Brücke über die Lauter in {place}.
@de firma civic
sec wirtschaft
K Wirtschaft|{place}
=firma Kessler Metallbau|Pfalzwerk Kunststofftechnik|Lautertaler Mühle|Westrich Logistik|Hohenfelder Brauerei|Seidel Elektronik
=stellen 20-400
=invest $2-60
p1 Geschäftsführer|Geschäftsführerin|Geschäftsführer von {firma}|Geschäftsführerin von {firma}
p2 |Betriebsratsvorsitzender|Betriebsratsvorsitzende
p3 |Wirtschaftsförderer des Landkreises|Wirtschaftsförderin des Landkreises
H#abbau {firma} baut {stellen} Stellen in {place} ab
H#invest {firma} investiert {invest} in neues Werk
H#insolvenz Traditionsbetrieb {firma} meldet Insolvenz an
D#abbau,insolvenz Die Belegschaft wurde am {day} in einer Betriebsversammlung informiert.
D#abbau,insolvenz Die Gewerkschaft kündigt Widerstand an.
L#abbau Der Hersteller {firma} will an seinem Standort in {place} bis Ende des Jahres rund {stellen} Arbeitsplätze abbauen.
L#invest {firma} investiert {invest} in ein neues Werk im Gewerbegebiet von {place} und will dort in den kommenden Jahren bis zu {stellen} neue Arbeitsplätze schaffen.
L#insolvenz Das Traditionsunternehmen {firma} aus {place} hat beim Amtsgericht einen Antrag auf Eröffnung eines Insolvenzverfahrens gestellt.
B#abbau,insolvenz Das Unternehmen begründet den Schritt mit gestiegenen Energiekosten und einer schwachen Auftragslage.
B Derzeit beschäftigt die Firma in {place} nach eigenen Angaben rund {#120-900} Mitarbeiterinnen und Mitarbeiter.
B#insolvenz Die Löhne und Gehälter sind nach Angaben des vorläufigen Insolvenzverwalters für die kommenden drei Monate gesichert.
B Das Unternehmen wurde im Jahr {y1890-1975} gegründet und ist bis heute in Familienbesitz.
B#invest Das neue Werk soll auf einer Fläche von rund {#3-12} Hektar entstehen.
Q#abbau,insolvenz „Diese Entscheidung ist uns sehr schwer gefallen“, sagte {p1^}.
Q#abbau,insolvenz „Für die Kolleginnen und Kollegen ist das ein Schlag ins Gesicht“, sagte {p2+}.
Q#invest {p3+}, sprach von einem wichtigen Signal für die Region.
N#abbau Die Gewerkschaft will in den kommenden Tagen mit der Geschäftsführung über einen Sozialplan verhandeln.
C Das Werk von {firma} in {place}.
T Wirtschaft, {firma}, Arbeitsplätze
X firma

N#insolvenz Der Geschäftsbetrieb läuft nach Angaben des vorläufigen Insolvenzverwalters vorerst uneingeschränkt weiter.
N#invest Baubeginn soll bereits im kommenden Frühjahr sein.
Q#invest „Wir bekennen uns klar zum Standort {place}“, sagte {p1^}.
B#invest Die Gemeinde hatte das Gelände im vergangenen Jahr eigens für Gewerbeansiedlungen erschlossen.
B#abbau Betroffen sind nach Angaben des Betriebsrats vor allem die Produktion und die Logistik.
G Die Industrie in der Region klagt seit Monaten über hohe Energiepreise und eine schwache Nachfrage.
Q#abbau „Wir werden um jeden einzelnen Arbeitsplatz kämpfen“, kündigte {p2} an.
@de schule civic
sec lokales
K Bildung|Schule|{place}
=schule Grundschule {place}|Realschule plus {place}|Grundschule am Rosenberg|Integrierte Gesamtschule {place2}
=kosten $1-14
p1 Schulleiter|Schulleiterin|Leiter der {schule}|Leiterin der {schule}
p2 |Vorsitzender des Schulelternbeirats|Vorsitzende des Schulelternbeirats
p3 |Bildungsdezernent des Kreises|Bildungsdezernentin des Kreises
H#sanierung {schule}: Sanierung kostet {kosten}
H#mangel Lehrermangel an der {schule}: Unterricht fällt aus
H#container Eltern protestieren gegen Containerlösung an der {schule}
D#sanierung,container Die Schülerinnen und Schüler sollen während der Bauzeit in Containern unterrichtet werden.
D Der Elternbeirat fordert schnelle Lösungen.
L#sanierung Die Sanierung der {schule} wird nach neuen Berechnungen {kosten} kosten und soll in den Sommerferien beginnen.
L#mangel An der {schule} fallen seit Wochen Unterrichtsstunden aus, weil {#3-8} Lehrerstellen nicht besetzt sind.
B#sanierung,container Während der Bauzeit sollen die rund {#180-900} Schülerinnen und Schüler in Containern auf dem Sportplatz unterrichtet werden.
B#mangel Betroffen sind vor allem die Fächer Mathematik, Physik und Musik, teilte die Schulleitung mit.
B#sanierung,container Das Gebäude stammt aus den [60|70]er-Jahren und entspricht nicht mehr den heutigen Anforderungen an Brandschutz und Energieeffizienz.
B#sanierung,container Der Kreis übernimmt als Schulträger den größten Teil der Kosten.
Q „Wir tun alles, um den Unterricht so gut es geht abzusichern“, sagte {p1^}.
Q „Die Geduld der Eltern ist langsam am Ende“, sagte {p2+}.
Q {p3+}, versprach eine Lösung bis zum Beginn des neuen Schuljahres.
N Ein Informationsabend für Eltern ist für den {day2} geplant.
C Die {schule} in {place}.
T Schule, Bildung, {place}
X schule

L#container Eltern der {schule} wehren sich gegen den Plan, ihre Kinder während der Sanierung {#2-3} Jahre lang in Containern unterrichten zu lassen.
B#mangel Nach Angaben der Schulleitung mussten allein im vergangenen Monat rund {#40-120} Unterrichtsstunden gestrichen werden.
B#mangel Vertretungskräfte seien auf dem Arbeitsmarkt kaum zu finden, heißt es aus der Schulaufsicht.
@de fest civic
sec kultur
K Freizeit|Kultur|{place}
=fest das Weinfest|der Bauernmarkt|die Kerwe|das Stadtfest|das Brunnenfest|der Ostermarkt
=besucher 2000-40000
p1 |Vorsitzender des Verkehrsvereins|Vorsitzende des Verkehrsvereins
p1 |Organisator des Festes|Organisatorin des Festes
p2 |Winzer aus {place}|Winzerin aus {place}
p3 ||
H {fest} in {place}: Das ist geplant
H {besucher} Besucher zum Fest in {place} erwartet
H Neues Konzept für {fest} in {place}
D An drei Tagen gibt es Musik, Wein und regionale Spezialitäten.
D Erstmals gibt es ein Mehrwegbecher-System.
L {fest} in {place} findet in diesem Jahr vom {#1-12}. bis {#13-28}. {nextmonth} statt, die Veranstalter rechnen mit rund {besucher} Besucherinnen und Besuchern.
L Mit einem neuen Konzept wollen die Organisatoren {fest} in {place} wieder attraktiver machen.
B Auf dem Programm stehen unter anderem Auftritte von {#6-14} Bands aus der Region und ein Kinderprogramm am Sonntagnachmittag.
B Erstmals wird es ein Pfandsystem mit Mehrwegbechern geben, um die Müllberge zu verringern.
B Die Ortsdurchfahrt ist während des Festes für den Verkehr gesperrt, Parkplätze gibt es am Sportplatz.
B Im vergangenen Jahr hatte das Fest wegen des Wetters ein deutliches Minus gemacht.
Q „Wir wollen wieder mehr junge Leute ansprechen“, sagte {p1+}.
Q „Für uns Winzer ist das Fest die wichtigste Veranstaltung des Jahres“, sagte {p2+}.
N Das vollständige Programm ist auf der Internetseite des Verkehrsvereins zu finden.
C Besucherinnen und Besucher auf dem Festplatz in {place} im vergangenen Jahr.
T Freizeit, {place}, Feste
X verein

@de fussball
sec sport
K Fußball|Oberliga|Verbandsliga
=heim {verein}
=gast {verein2}
=t1 1-4
=t2 0-2
p1 Trainer|Trainerin|Trainer von {heim}|Trainerin von {heim}
p2 |Kapitän von {heim}|Kapitänin von {heim}
p3 |Trainer der Gäste|Trainerin der Gäste
H {heim} schlägt {gast} mit {t1}:{t2}
H Last-Minute-Sieg für {heim} gegen {gast}
H {heim} klettert nach {t1}:{t2} auf Platz {#2-6}
D Vor {#300-1400} Zuschauern drehte die Heimelf die Partie in der zweiten Hälfte.
D Der Sieg war am Ende verdient.
L {heim} hat am {day} das Heimspiel gegen {gast} mit {t1}:{t2} gewonnen und sich in der Tabelle auf Rang {#2-6} verbessert.
L Mit einem Treffer in der Nachspielzeit hat {heim} gegen {gast} einen {t1}:{t2}-Sieg gefeiert.
B Die Gäste gingen bereits in der {#5-25}. Minute durch einen Foulelfmeter in Führung.
B Nach der Pause übernahmen die Gastgeber die Kontrolle und kamen in der {#50-70}. Minute zum Ausgleich.
B Vor {#300-1400} Zuschauern hatte die Partie zunächst nur wenige Torraumszenen zu bieten.
B Der eingewechselte Stürmer traf in der {#80-94}. Minute per Kopf zur Führung.
Q „Die Mannschaft hat Moral gezeigt und nie aufgegeben“, sagte {p1^}.
Q „Heute hat man gesehen, was in dieser Truppe steckt“, sagte {p2+}.
Q {p3+}, haderte mit dem Elfmeter. „Das war aus meiner Sicht kein Foul“, sagte {p3.er}.
N Am kommenden Wochenende muss {heim} auswärts beim Tabellenführer antreten.
C Jubel bei {heim} nach dem Siegtreffer.
T Fußball, {heim}, {gast}
X verein

@de unwetter incident
sec lokales
K Wetter|Unwetter|Region
=liter 30-90
=einsaetze 40-260
p1 Kreisfeuerwehrinspekteur|Kreisfeuerwehrinspekteurin|Kreisfeuerwehrinspekteur des Landkreises|Kreisfeuerwehrinspekteurin des Landkreises
p2 |Anwohner in {place}|Anwohnerin in {place}
p3 |Meteorologe beim Wetterdienst|Meteorologin beim Wetterdienst
H Unwetter in der Region: {einsaetze} Einsätze für die Feuerwehr
H#regen Starkregen flutet Keller in {place}
H#sturm Sturm entwurzelt Bäume – {road} gesperrt
D Besonders betroffen waren {place} und {place2}. Verletzt wurde niemand.
D Der Wetterdienst warnt vor weiteren Gewittern.
L Ein heftiges Unwetter hat am {day} in der Region für zahlreiche Feuerwehreinsätze gesorgt, besonders betroffen waren {place} und {place2}.
L#regen Starkregen hat am {day}abend in {place} zahlreiche Keller und Straßen überflutet, innerhalb einer Stunde fielen bis zu {liter} Liter Regen pro Quadratmeter.
B Die Feuerwehren im Landkreis rückten nach Angaben der Leitstelle zu rund {einsaetze} Einsätzen aus.
B#sturm Umgestürzte Bäume blockierten mehrere Straßen, darunter die {road} zwischen {place} und {place3}.
B#regen In {place2} lief ein Bach über die Ufer und überflutete eine Unterführung, ein Auto blieb im Wasser stecken.
B Der Bahnverkehr zwischen {stadt} und {place3} war für mehrere Stunden unterbrochen.
G Erst im vergangenen Sommer hatte ein ähnliches Unwetter in der Region Schäden in Millionenhöhe verursacht.
Q „Unsere Leute waren die ganze Nacht im Einsatz“, sagte {p1+}.
Q#regen „Das Wasser stand bei uns fast einen halben Meter hoch im Keller“, sagte {p2+}.
Q {p3+}, rechnet in den kommenden Tagen mit weiteren Gewittern.
N Der Wetterdienst hat für die kommenden Tage erneut Unwetterwarnungen herausgegeben.
C#regen Überflutete Straße in {place}.
C#regen Einsatzkräfte pumpen einen Keller aus.
V#regen Video: Wassermassen in {place}
T Unwetter, Wetter, {place}
X feuerwehr

B#sturm Orkanartige Böen erreichten nach Angaben des Wetterdienstes Geschwindigkeiten von bis zu {#90-120} Kilometern pro Stunde.
Q#sturm „Bei uns ist ein Baum direkt aufs Carport gestürzt, zum Glück war niemand draußen“, sagte {p2+}.
C#sturm Ein umgestürzter Baum blockiert die {road}.
@de ddn_streik ddnwire
sec wirtschaft
=branche Nahverkehr|Einzelhandel|öffentlichen Dienst|Sozial- und Erziehungsdienst
=gewerkschaft Verdi|die Gewerkschaft
p1 |Gewerkschaftssprecher|Gewerkschaftssprecherin
p2 |Verhandlungsführer der Arbeitgeber|Verhandlungsführerin der Arbeitgeber
H Warnstreiks im {branche}: Tausende legen Arbeit nieder
H Tarifstreit im {branche} spitzt sich zu
L Im Tarifstreit im {branche} haben am {day} in mehreren Bundesländern Tausende Beschäftigte die Arbeit niedergelegt.
B Die Gewerkschaft fordert eine Lohnerhöhung um {%6-11}, mindestens aber {#250-400} Euro mehr im Monat, bei einer Laufzeit von zwölf Monaten.
B Die Arbeitgeber haben bislang ein Plus von {%3-5} in zwei Stufen bei einer Laufzeit von {#24-30} Monaten angeboten.
B Betroffen waren nach Gewerkschaftsangaben unter anderem Betriebe in {place}, {place2} und {place3}.
B Die nächste Verhandlungsrunde ist für Ende des Monats angesetzt.
Q „Die Beschäftigten haben mehr verdient als warme Worte“, sagte {p1+}.
Q „Diese Streiks treffen vor allem die Menschen, die auf Busse und Bahnen angewiesen sind“, kritisierte {p2+}.
N Weitere Warnstreiks schloss die Gewerkschaft ausdrücklich nicht aus.

D Fahrgäste und Kunden müssen sich auf Einschränkungen einstellen.
G Die Tarifverhandlungen laufen bereits seit mehreren Wochen, bislang ohne Annäherung.
@de ddn_bahn ddnwire
sec wirtschaft
=strecke zwischen {place} und {place2}|im Großraum {place}
p1 |Bahnsprecher|Bahnsprecherin
p2 |Sprecher des Fahrgastverbands|Sprecherin des Fahrgastverbands
H Bahn sperrt Strecke {strecke} monatelang
H Generalsanierung: Pendler müssen auf Busse umsteigen
L Die Bahn sperrt die Strecke {strecke} von {nextmonth} an für mehrere Monate, um Gleise, Weichen und Stellwerke zu erneuern.
B Während der Bauzeit sollen Ersatzbusse eingesetzt werden, die Fahrzeit verlängert sich nach Angaben der Bahn um bis zu {#20-50} Minuten.
B Der Konzern investiert nach eigenen Angaben rund {$200-900} in die Sanierung des Abschnitts.
B Täglich nutzen rund {#20000-90000} Fahrgäste die betroffene Strecke.
Q „Wir wissen, dass wir unseren Fahrgästen viel zumuten“, sagte {p1+}.
Q „Die Ersatzbusse müssen pünktlich und in ausreichender Zahl fahren“, forderte {p2+}.
N Details zum Ersatzverkehr will die Bahn in den kommenden Wochen veröffentlichen.
D Pendler müssen sich auf längere Fahrzeiten einstellen.
G Die Bahn hat bundesweit mehr als 40 besonders stark belastete Strecken für eine Generalsanierung ausgewählt.
B Auch der Güterverkehr muss während der Sperrung auf andere Strecken ausweichen.
"""

CONTENT_FR = r"""
@fr _generic
p1 |porte-parole de la mairie|porte-parole de la mairie
p2 |habitant de {place}|habitante de {place}
p3 ||
B@civic Plusieurs habitants interrogés par {paper} affirment avoir découvert le projet par le bouche-à-oreille.
B@civic Selon les services de la mairie, le dossier avait déjà été évoqué en commission en {y2017-2022}, sans suite.
B@civic Les chiffres ont été présentés {day} lors d'une réunion publique à {stadt}, devant une centaine de personnes.
G@civic Le sujet revient régulièrement dans les conversations à {place} et à {place2} depuis plusieurs années.
G@civic La commune voisine de {place3} avait connu une situation comparable il y a quelques années.
Q@civic « Cela fait des années que nous posons les mêmes questions, sans jamais obtenir de réponse », regrette {p2+}.
Q@civic « Rien n'est encore définitivement tranché », assure {p1+}.
N@civic Une nouvelle réunion publique doit se tenir en {nextmonth}.
S Et maintenant ?
S Le contexte
B@incident Plusieurs riverains, réveillés par le bruit, sont sortis dans la rue à l'arrivée des secours, rue {rue}.
G@incident Un événement similaire s'était produit à {place2} il y a quelques mois, sans faire de victime.
Q@incident « On n'avait jamais vu ça ici, tout le quartier est sous le choc », confie {p2+}.
N@incident L'enquête devra établir les circonstances exactes du drame, selon une source proche du dossier.
C Vue de {place}.
V Vidéo : les habitants de {place} réagissent

@fr conseil civic
sec actualite
K {place}|Politique locale|Conseil municipal
=projet la rénovation de la piscine municipale|la construction d'une nouvelle médiathèque|le réaménagement de la place du Marché|la création d'une maison de santé|l'extension de la zone d'activités|la réfection des halles
=montant $1-18
=pour 19|21|23|24|25|27
=contre 2|3|4|5|6|7
p1 maire|maire|maire de {place}|maire de {place}
p1 adjoint aux finances|adjointe aux finances|adjoint chargé des finances|adjointe chargée des finances
p2 |conseiller municipal d'opposition|conseillère municipale d'opposition
p2 |président du comité de quartier|présidente du comité de quartier
p3 ||
H {place} : le conseil municipal vote {projet}
H {projet} : un budget de {montant} qui fait débat
H À {place}, l'opposition dénonce le coût de {projet}
D Le projet a été adopté par {pour} voix contre {contre}. L'opposition dénonce un « dossier mal ficelé ».
D Les travaux devraient débuter à l'automne.
L Le conseil municipal de {place} a adopté {day} soir, par {pour} voix contre {contre}, {projet}, un dossier qui divise la commune depuis plus d'un an.
L D'un montant de {montant}, {projet} a suscité de vifs échanges lors du dernier conseil municipal de {place}.
B Les travaux devraient débuter à l'automne et durer environ {#12-30} mois, selon le calendrier présenté par les services techniques.
B La commune espère obtenir des subventions de l'État et de la région à hauteur de {%30-60} du coût total.
B Une pétition contre le projet a recueilli plus de {#300-2000} signatures au cours des dernières semaines.
B Près d'une centaine d'habitants avaient pris place dans la salle du conseil, certains restant debout jusqu'à la fin de la séance.
B Le projet prévoit également la création de {#20-80} places de stationnement supplémentaires rue {rue}.
G Un premier projet, présenté en {y2017-2021}, avait été abandonné faute de financement.
Q « Nous ne pouvons plus attendre, le bâtiment ne répond plus aux normes », a défendu {p1+}.
Q « Les habitants n'ont pas été suffisamment consultés », a dénoncé {p2+}.
Q {p2*} a annoncé son intention de saisir le tribunal administratif. « Nous irons jusqu'au bout », a-t-{p2.il} prévenu.
N Une réunion publique de présentation du projet est prévue le {day2} à la salle des fêtes.
S Un coût qui inquiète
S L'opposition vent debout
C Le conseil municipal de {place} réuni {day} soir.
T {place}, Conseil municipal, Politique locale
X mairie

G La commune a déjà engagé plusieurs chantiers importants depuis le début du mandat.
@fr accident incident
sec faits-divers
K Faits divers|{place}
=vehicule une voiture|une camionnette|un poids lourd|une moto|un tracteur
=age 19-83
=blesses 1-4
p1 |commandant de la compagnie de gendarmerie|commandante de la compagnie de gendarmerie
p1 |officier des sapeurs-pompiers|officière des sapeurs-pompiers
p2 |témoin de l'accident|témoin de l'accident
p3 ||
H Grave accident sur la {rd} près de {place} : {blesses} blessés
H Un homme de {age} ans grièvement blessé dans une collision à {place}
H La {rd} coupée plusieurs heures après un accident
D Les secours sont intervenus en nombre. Une enquête a été ouverte.
D La circulation a été déviée par {place2}.
L Un grave accident de la circulation s'est produit {day} vers {time} sur la {rd}, entre {place} et {place2}, faisant {blesses} blessés.
L Un homme âgé de {age} ans a été grièvement blessé {day} après-midi à {place}, lorsque {vehicule} a quitté la route pour une raison encore indéterminée.
B Selon les premiers éléments de l'enquête, {vehicule} aurait dévié de sa trajectoire dans une courbe avant de percuter un arbre.
B Les sapeurs-pompiers ont dû procéder à une désincarcération, et la victime a été héliportée vers le CHU.
B La route a été coupée à la circulation pendant près de {#2-5} heures, le temps des constatations et du dépannage.
B Une quinzaine de sapeurs-pompiers et une équipe du Smur ont été mobilisés.
B Les gendarmes ont procédé au dépistage d'alcoolémie des conducteurs, qui s'est révélé négatif.
G Ce tronçon de la {rd} est régulièrement pointé du doigt par les riverains pour sa dangerosité.
Q « L'intervention a été particulièrement délicate en raison de la position du véhicule », a expliqué {p1+}.
Q « J'ai entendu un grand bruit et j'ai tout de suite appelé les secours », raconte {p2+}.
N Une enquête a été ouverte par la gendarmerie pour déterminer les circonstances exactes de l'accident.
C Les secours sur les lieux de l'accident, {day}.
T Faits divers, Accident, {place}
X gendarmerie

@fr incendie incident
sec faits-divers
K Faits divers|Incendie
=batiment une grange|une maison|un entrepôt|un restaurant|un appartement|un hangar agricole
=pompiers 20-90
p1 |officier des sapeurs-pompiers|officière des sapeurs-pompiers
p2 |voisin|voisine
p2 |propriétaire des lieux|propriétaire des lieux
p3 ||
H {place} : {batiment} ravagé par les flammes
H Incendie à {place} : {pompiers} pompiers mobilisés
H Spectaculaire incendie dans la nuit à {place}
D Aucun blessé n'est à déplorer. Une enquête est en cours.
D Les habitants ont été évacués par précaution.
L Un violent incendie a détruit {batiment} dans la nuit de {day} à {place}, mobilisant près de {pompiers} sapeurs-pompiers.
L Un incendie a entièrement détruit {batiment} {day} en fin d'après-midi, rue {rue} à {place}, sans faire de blessé.
B L'alerte a été donnée vers {time} par un voisin qui avait aperçu une épaisse fumée noire.
B À l'arrivée des secours, le bâtiment était déjà embrasé et les flammes menaçaient une habitation voisine.
B Les sapeurs-pompiers ont réussi à protéger les maisons alentour, mais le bâtiment n'a pas pu être sauvé.
B Le feu n'a été déclaré maîtrisé qu'au petit matin, après plusieurs heures d'efforts.
B Les dégâts sont estimés à plusieurs centaines de milliers d'euros.
Q « Le vent a compliqué notre intervention », a indiqué {p1+}.
Q « Nous avons vu les flammes monter très haut, c'était impressionnant », témoigne {p2+}.
N Les causes de l'incendie restent à déterminer, une enquête a été confiée à la gendarmerie.
C Le bâtiment après le passage des flammes.
V Vidéo : les images de l'incendie
T Faits divers, Incendie, {place}
X pompiers

@fr rugby
sec sports
K Rugby|Fédérale 1|Sports
=club {club}
=adv {club2}
=s1 18-41
=s2 6-17
p1 |entraîneur de {club}|entraîneuse de {club}
p2 |capitaine de {club}|capitaine de {club}
p3 ||
H Rugby : {club} s'impose face à {adv} ({s1}-{s2})
H {club} enchaîne une {#3-6}e victoire consécutive
H Fédérale 1 : {club} renverse {adv} dans les dernières minutes
D Devant {#1200-4000} spectateurs, les locaux ont pris le dessus en seconde période.
L {club} a dominé {adv} ({s1}-{s2}) {day} après-midi, au terme d'un match longtemps indécis.
L Porté par son public, {club} a remporté une précieuse victoire face à {adv} sur le score de {s1} à {s2}.
B Les visiteurs avaient pourtant rejoint les vestiaires avec un léger avantage au score.
B En seconde période, la mêlée locale a pris le dessus et a permis d'inscrire deux essais coup sur coup.
B Le buteur local a réussi {#5-8} tirs au but sur {#7-9} tentatives.
B Avec cette victoire, le club remonte à la {#2-5}e place du classement.
Q « Les garçons ont montré beaucoup de caractère », a salué {p1+}.
Q « On savait que ce serait un match de combat », a reconnu {p2+}.
N {club} se déplacera le week-end prochain chez le leader.
C Les joueurs de {club} célèbrent la victoire.
T Rugby, {club}, Sports
X club

@fr festival civic
sec culture
K Culture|Sortir|Festival
=festival le festival Jazz au Pré|les Rencontres de la Chanson|le festival Lumières d'Oc|le marché aux truffes|la fête de la Saint-Jean
=visiteurs 3000-45000
p1 |président de l'association organisatrice|présidente de l'association organisatrice
p2 |bénévole depuis {#5-20} ans|bénévole depuis {#5-20} ans
p3 ||
H {festival} revient avec une programmation renouvelée
H {place} : {festival} attend {visiteurs} visiteurs
L {festival} revient à {place} du {#1-12} au {#14-28} {nextmonth}, avec une programmation renouvelée et près de {visiteurs} visiteurs attendus.
L Après une édition difficile l'an dernier, {festival} mise sur une nouvelle formule pour attirer un public plus jeune.
B Une quarantaine d'artistes sont annoncés, dont plusieurs têtes d'affiche nationales.
B Pour la première fois, une partie des concerts sera gratuite et se tiendra sur la place de la mairie.
B Le budget de l'édition s'élève à {k$80-600}, financé en partie par la commune et la région.
B Près de {#80-250} bénévoles sont mobilisés pour l'accueil, la buvette et la sécurité.
Q « Nous voulons que le festival reste une fête populaire », insiste {p1+}.
Q « Chaque année, c'est la même énergie, on ne s'en lasse pas », confie {p2+}.
N La billetterie ouvrira le {day2} sur le site internet du festival.
C Le public lors de la dernière édition.
T Culture, Festival, {place}
X association

D Une quarantaine d'artistes sont attendus sur trois jours.
G Le festival a été créé en {y1985-2005} par une poignée de bénévoles passionnés.
@fr usine civic
sec economie
K Économie|Emploi
=entreprise les Papeteries du Tarn|Fabre Aéro Composants|la Laiterie des Causses|Delmas Plasturgie|les Conserveries Marty
=postes 30-350
p1 |directeur du site|directrice du site
p2 |délégué syndical|déléguée syndicale
p3 ||
H#suppression {entreprise} annonce la suppression de {postes} postes
H#invest {entreprise} va investir {$2-40} à {place}
L#suppression La direction de {entreprise} a annoncé {day} la suppression de {postes} postes sur son site de {place}, provoquant la colère des salariés.
L#invest {entreprise} va investir {$2-40} dans l'agrandissement de son usine de {place}, avec à la clé la création d'une centaine d'emplois.
B Le site emploie actuellement environ {#150-800} salariés, selon la direction.
B#suppression La direction invoque la hausse des coûts de l'énergie et un recul des commandes.
B#suppression Un comité social et économique extraordinaire doit se tenir dans les prochains jours.
B L'usine a été fondée en {y1920-1975} et constitue l'un des principaux employeurs du secteur.
Q#suppression « C'est un coup de massue pour les salariés et pour tout le territoire », dénonce {p2+}.
Q#suppression « Cette décision a été prise pour assurer la pérennité du site », affirme {p1+}.
N#suppression Un rassemblement est prévu devant l'usine le {day2}.
C L'usine de {entreprise} à {place}.
T Économie, Emploi, {entreprise}
X entreprise

B#invest Les travaux doivent débuter au printemps pour une mise en service prévue fin {y2026-2027}.
Q#invest « C'est une excellente nouvelle pour l'emploi local », se réjouit {p2+}.
Q#invest « Nous croyons à l'avenir de ce site », affirme {p1+}.
N#invest Les recrutements débuteront dans les prochains mois, en lien avec les acteurs locaux de l'emploi.
D La nouvelle a été annoncée aux salariés lors d'une réunion extraordinaire.
B#invest L'extension doit permettre de doubler les capacités de production d'ici trois ans.
G Le territoire a perdu plusieurs centaines d'emplois industriels au cours des quinze dernières années.
@fr apf_greve apfwire
sec france
=secteur la SNCF|les contrôleurs aériens|les enseignants|les routiers
p1 |secrétaire général du syndicat|secrétaire générale du syndicat
p2 |ministre des Transports|ministre des Transports
H Grève : fortes perturbations attendues {day} chez {secteur}
H Mouvement social chez {secteur} : le point sur les perturbations
L Un mouvement de grève chez {secteur} devrait entraîner de fortes perturbations {day} dans toute la France, selon les prévisions communiquées par les syndicats.
B Les syndicats réclament des hausses de salaire et dénoncent une dégradation des conditions de travail.
B Selon la direction, environ {%20-45} des personnels concernés ont déclaré leur intention de faire grève.
B Les usagers sont invités à reporter leurs déplacements ou à vérifier les horaires avant de partir.
Q « Nous n'avons pas été entendus, la grève est notre dernier recours », a déclaré {p1+}.
Q {p2+}, a appelé à « la responsabilité de chacun ».
N De nouvelles négociations doivent s'ouvrir la semaine prochaine.
D Les usagers sont invités à anticiper leurs déplacements.
G Il s'agit du {#2-4}e mouvement de ce type depuis le début de l'année.
B Des rassemblements sont prévus dans plusieurs grandes villes, dont Lyon, Toulouse et Lille.
"""

CONTENT_ES = r"""
@es _generic
p1 |portavoz del Ayuntamiento|portavoz del Ayuntamiento
p2 |vecino de {place}|vecina de {place}
p3 ||
B@civic Varios vecinos consultados por {paper} aseguraron haberse enterado del proyecto por las redes sociales.
B@civic Según fuentes municipales, el asunto ya se había tratado en comisión en {y2017-2022}, sin que se adoptara ninguna decisión.
G@civic El asunto preocupa desde hace años a los vecinos de {place} y {place2}.
Q@civic «Llevamos años pidiendo lo mismo y nadie nos da una respuesta», lamentó {p2+}.
Q@civic «Todavía no hay nada decidido», aseguró {p1+}.
N@civic El Ayuntamiento prevé dar más detalles en las próximas semanas.
S Qué pasará ahora
B@incident Varios vecinos salieron a la calle alarmados por el humo y el ruido de las sirenas en la calle {calle}.
Q@incident «Nunca habíamos visto algo así en el barrio», relató {p2+}.
C Vista de {place}.
V Vídeo: así lo viven los vecinos de {place}

@es pleno civic
sec local
K {place}|Ayuntamiento|Política municipal
=proyecto la reforma del paseo marítimo|la construcción de un nuevo polideportivo|la ampliación del puerto deportivo|el nuevo plan de aparcamientos|la rehabilitación del mercado central
=importe $1-24
p1 alcalde|alcaldesa|alcalde de {place}|alcaldesa de {place}
p1 concejal de Urbanismo|concejala de Urbanismo|concejal de Urbanismo|concejala de Urbanismo
p2 |portavoz de la oposición|portavoz de la oposición
p3 ||
H El pleno de {place} aprueba {proyecto}
H {proyecto} costará {importe} y divide a los vecinos
H La oposición carga contra {proyecto} en {place}
L El pleno del Ayuntamiento de {place} aprobó el {day}, con los votos del equipo de gobierno, {proyecto}, un proyecto valorado en {importe}.
L {proyecto} centró el debate del último pleno municipal de {place}, en una sesión que se prolongó durante más de {#3-5} horas.
B Las obras comenzarán previsiblemente después del verano y tendrán una duración aproximada de {#10-24} meses.
B El proyecto cuenta con una subvención europea que cubre alrededor del {%40-70} del presupuesto.
B Una plataforma vecinal ha reunido más de {#500-3000} firmas en contra de la propuesta.
B Más de un centenar de vecinos siguieron la sesión desde el salón de plenos y a través de la retransmisión en directo.
Q «Es una inversión necesaria para el futuro del municipio», defendió {p1+}.
Q «Se ha hecho sin escuchar a los vecinos», criticó {p2+}.
N El proyecto se someterá ahora a un periodo de exposición pública de {#20-45} días.
S Críticas de la oposición
C El pleno municipal de {place}, el {day}.
T {place}, Ayuntamiento, Política
X ayuntamiento

D El equipo de gobierno defiende que la obra es necesaria; la oposición denuncia falta de transparencia.
D La sesión se prolongó hasta bien entrada la noche.
G El proyecto llevaba años en un cajón por falta de financiación.
@es incendio incident
sec sucesos
K Sucesos|{place}
=lugar una nave industrial|una vivienda unifamiliar|un restaurante del paseo|una zona de matorral|un edificio de viviendas
=bomberos 12-60
p1 |jefe de bomberos|jefa de bomberos
p2 |testigo de los hechos|testigo de los hechos
p3 ||
H Un incendio calcina {lugar} en {place}
H Desalojan a los vecinos por un incendio en {place}
H Aparatoso incendio en {lugar} de {place}
L Un incendio declarado el {day} por la tarde calcinó {lugar} en {place}, sin que hubiera que lamentar daños personales.
L Una veintena de vecinos tuvieron que ser desalojados el {day} por un incendio en {lugar} de la calle {calle}, en {place}.
B Al lugar se desplazaron {bomberos} efectivos de bomberos, que tardaron varias horas en controlar las llamas.
B El aviso se recibió en el centro de emergencias sobre {time}, según informaron fuentes de la Policía Local.
B Dos personas fueron atendidas por inhalación de humo, aunque no precisaron traslado al hospital.
B Las causas del incendio se desconocen por el momento y la Guardia Civil ha abierto una investigación.
Q «El viento complicó mucho las labores de extinción», explicó {p1+}.
Q «Vimos una columna de humo negro enorme y salimos corriendo», relató {p2+}.
N Los técnicos evaluarán en los próximos días el estado de la estructura.
C Los bomberos trabajan en la extinción del incendio.
T Sucesos, Incendio, {place}
X bomberos

D No hubo que lamentar heridos graves, aunque varias personas fueron atendidas por inhalación de humo.
G No es el primer incendio que se registra en la zona en los últimos meses.
@es playas civic
sec local
K Turismo|Playas|Verano
=bandera 3-11
=turistas 20000-240000
p1 |concejal de Turismo|concejala de Turismo
p2 |propietario de un chiringuito|propietaria de un chiringuito
p3 ||
H#banderas Las playas de {place} pierden {#1-3} banderas azules
H#turistas {place} espera {turistas} turistas en Semana Santa
H#turistas Polémica por las nuevas normas en las playas de {place}
L#turistas {place} espera recibir alrededor de {turistas} visitantes durante la Semana Santa, según las previsiones de la concejalía de Turismo.
L#banderas Las playas de {place} han perdido este año {#1-3} de sus banderas azules por problemas en la calidad del agua y la accesibilidad.
B#turistas La ocupación hotelera prevista ronda el {%75-95}, varios puntos por encima del año pasado.
B El Ayuntamiento reforzará la limpieza de la arena y la vigilancia con {#10-40} socorristas más.
B#turistas Los hosteleros del paseo marítimo se quejan de la falta de aparcamiento en las horas punta.
Q#turistas «Estamos preparados para una temporada récord», aseguró {p1+}.
Q#turistas «Sin aparcamiento, el cliente se va a otro sitio», advirtió {p2+}.
N La temporada oficial de baño comenzará el {#1-15} de junio.
C La playa de {place}, el {day}.
T Turismo, Playas, {place}
X turismo

B#banderas Según el informe, los análisis detectaron en varias ocasiones niveles elevados de bacterias tras episodios de lluvia.
Q#banderas «Es un golpe para la imagen del municipio», lamentó {p2+}.
N#banderas El Ayuntamiento recurrirá la decisión y prevé invertir en la depuradora antes del verano.
D El Ayuntamiento confía en una temporada récord pese a las críticas.
B#banderas Las playas afectadas son las de {place2} y la cala situada junto al puerto deportivo.
G#banderas El municipio llegó a contar con {#6-11} banderas azules hace apenas una década.
B#turistas Las reservas de apartamentos turísticos también han crecido, según la asociación de empresarios del sector.
G El turismo representa alrededor del {%30-45} del empleo en el municipio.
@es puerto civic
sec economia
K Economía|Puerto
=toneladas 200000-2400000
=empleos 40-600
p1 |presidente de la Autoridad Portuaria|presidenta de la Autoridad Portuaria
p2 |representante de los estibadores|representante de los estibadores
p3 ||
H#record El puerto de {stadt} mueve {toneladas} toneladas, un récord
H#ampliacion La ampliación del puerto creará {empleos} empleos
L#record El puerto de {stadt} cerró el año con un movimiento de {toneladas} toneladas de mercancías, la cifra más alta de su historia.
L#ampliacion La ampliación de la terminal de contenedores del puerto de {stadt} creará unos {empleos} empleos directos, según las previsiones de la Autoridad Portuaria.
B#record El crecimiento se debe sobre todo al aumento del tráfico de contenedores y de graneles agrícolas.
B#ampliacion La inversión prevista asciende a {$20-140} y las obras podrían comenzar el próximo año.
B#record El número de escalas de cruceros también creció, hasta alcanzar las {#60-220}.
Q#record «Es el resultado del esfuerzo de toda la comunidad portuaria», destacó {p1+}.
Q#ampliacion «Queremos que el empleo que se cree sea estable y de calidad», reclamó {p2+}.
N#ampliacion La Autoridad Portuaria presentará el plan definitivo en {nextmonth}.
C Vista de la terminal de contenedores.
T Economía, Puerto, {stadt}
X puerto
N#record La Autoridad Portuaria prevé mantener el crecimiento durante el próximo ejercicio.
Q#ampliacion «Es el proyecto más importante del puerto en décadas», destacó {p1+}.
D La Autoridad Portuaria destaca el crecimiento del tráfico de contenedores.
B#record El tráfico de contenedores creció un {%6-18} respecto al año anterior.
B#ampliacion El proyecto incluye un nuevo muelle de {#300-700} metros y la ampliación de la explanada de contenedores.
G El puerto es uno de los principales motores económicos de la comarca desde hace décadas.
Q#record «Hay margen para seguir creciendo si mejoramos los accesos por carretera y ferrocarril», señaló {p2+}.
B#ampliacion Los ecologistas han presentado alegaciones por el impacto de las obras en la pradera marina.
"""


# --------------------------------------------------------------------------
# regions (story context)
# --------------------------------------------------------------------------

US_STREETS = [
    "Alder Street",
    "Harbor Boulevard",
    "Pike Avenue",
    "Ferry Road",
    "Commerce Street",
    "Delancey Avenue",
    "Maple Avenue",
    "Route 9",
    "Grand Street",
    "Water Street",
    "Lincoln Avenue",
    "Fulton Street",
    "Orchard Road",
    "Canal Street",
    "Bay Road",
    "Summit Avenue",
    "Prospect Street",
    "Chestnut Street",
    "Wharf Street",
    "Elm Street",
]
UK_STREETS = [
    "High Street",
    "Station Road",
    "Church Lane",
    "Mill Road",
    "Victoria Street",
    "London Road",
    "Queen's Road",
    "Market Square",
    "Bridge Street",
    "Park Lane",
    "the A614",
    "Northgate",
    "Castle Street",
    "Wellington Road",
    "Abbey Walk",
]

REGIONS = {
    "bayport": dict(
        dialect="us",
        city="Bayport",
        county="Marlow County",
        paper="The Bayport Metro",
        council="the City Council",
        council_short="City Council",
        cm="Council Member",
        cm_lc="council member",
        police="Bayport police",
        police_full="the Bayport Police Department",
        fire="the Bayport Fire Department",
        fire_short="fire department",
        court="Marlow County Superior Court",
        prosecutor="the Marlow County District Attorney's Office",
        university="Bayport State University",
        transit="the Bayport Area Transit Authority",
        transit_short="BATA",
        schools="the Bayport Unified School District",
        schools_short="School district",
        utility="Bayport Power & Light",
        health_agency="the county health department",
        weather_agency="the National Weather Service",
        team="the Bayport Mariners",
        team_short="Mariners",
        cur="$",
        places=[
            "Eastgate",
            "Millbrook",
            "Harbor Point",
            "Oak Flats",
            "Riverside Heights",
            "Northgate",
            "Kingsway",
            "Cedar Hill",
            "Lowtown",
            "Fairmount",
            "Shoreline",
            "Dockside",
            "Westbury",
            "Linden Park",
            "South Ferry",
            "Alder Square",
        ],
        streets=US_STREETS,
        pick=dict(
            hospital=[
                "St. Brendan's Medical Center",
                "Bayport General Hospital",
                "Mercy Harbor Hospital",
                "Eastgate Community Hospital",
            ],
            rival=[
                "Carlton Comets",
                "Ridgeport Rangers",
                "Lakeview Lynx",
                "Granite City Miners",
                "Port Sutton Pilots",
                "Westhaven Wolves",
            ],
        ),
    ),
    "elmwood": dict(
        dialect="us",
        city="Elmwood",
        county="Harlan County",
        paper="the Elmwood Weekly",
        council="the Town Council",
        council_short="Town Council",
        cm="Councilor",
        cm_lc="councilor",
        police="Elmwood police",
        police_full="the Elmwood Police Department",
        fire="the Elmwood Volunteer Fire Company",
        fire_short="fire company",
        court="Harlan County District Court",
        prosecutor="the Harlan County Attorney's Office",
        university="Harlan Community College",
        transit="the Harlan County Transit service",
        transit_short="County Transit",
        schools="the Elmwood Area School District",
        schools_short="Elmwood schools",
        utility="Harlan Rural Electric",
        health_agency="the county health department",
        weather_agency="the National Weather Service",
        team="the Elmwood Eagles",
        team_short="Eagles",
        cur="$",
        places=[
            "North Elmwood",
            "Dunmore",
            "Carver Falls",
            "Pell Creek",
            "West Elmwood",
            "Elmwood Center",
            "Birch Hollow",
            "Stony Run",
        ],
        streets=[
            "Main Street",
            "Church Street",
            "Depot Road",
            "Route 30",
            "Mill Street",
            "County Road 12",
            "School Street",
            "Maple Lane",
            "River Road",
            "Quarry Road",
        ],
        pick=dict(
            hospital=["Harlan County Medical Center", "Elmwood Family Health Center"],
            rival=["Dunmore Dukes", "Carver Falls Cougars"],
        ),
    ),
    "ridgeline": dict(
        dialect="us",
        city="Ridgeline",
        county="Sawtooth County",
        paper="the Ridgeline Record",
        council="the City Council",
        council_short="City Council",
        cm="Council Member",
        cm_lc="council member",
        police="Ridgeline police",
        police_full="the Ridgeline Police Department",
        fire="Ridgeline Fire & Rescue",
        fire_short="fire department",
        court="Sawtooth County District Court",
        prosecutor="the Sawtooth County Attorney's Office",
        university="Sawtooth State College",
        transit="Ridgeline Transit",
        transit_short="Ridgeline Transit",
        schools="the Ridgeline School District",
        schools_short="School board",
        utility="Basin Power Cooperative",
        health_agency="the county health district",
        weather_agency="the National Weather Service",
        team="the Ridgeline Miners",
        team_short="Miners",
        cur="$",
        places=[
            "Copper Gap",
            "Basin City",
            "Old Town",
            "Juniper Flats",
            "Pinyon Heights",
            "Elk Meadow",
        ],
        streets=[
            "Main Street",
            "Silver Avenue",
            "Highway 93",
            "Canyon Road",
            "Ore Street",
            "Aspen Drive",
        ],
        pick=dict(hospital=["Sawtooth Regional Medical Center"], rival=["Basin City Bulldogs"]),
    ),
    "harborview": dict(
        dialect="us",
        city="Harborview",
        county="Gull County",
        paper="Harborview News",
        council="the Village Board",
        council_short="Village Board",
        cm="Trustee",
        cm_lc="trustee",
        police="Harborview police",
        police_full="the Harborview Police Department",
        fire="the Harborview Fire Department",
        fire_short="fire department",
        court="Gull County Court",
        prosecutor="the Gull County District Attorney's Office",
        university="Gull Point College",
        transit="the county bus system",
        transit_short="Gull Transit",
        schools="the Harborview Central School District",
        schools_short="School board",
        utility="Coastal Electric",
        health_agency="the county health department",
        weather_agency="the National Weather Service",
        team="the Harborview Herons",
        team_short="Herons",
        cur="$",
        places=[
            "Gull Point",
            "the Narrows",
            "Bayside",
            "Lighthouse Hill",
            "Mill Cove",
            "Sandy Hook",
        ],
        streets=[
            "Front Street",
            "Main Street",
            "Shore Road",
            "Bay Avenue",
            "Chapel Street",
            "Route 25A",
        ],
        pick=dict(hospital=["Gull County Hospital"], rival=["Mill Cove Mariners"]),
    ),
    "capital": dict(
        dialect="us",
        city="Halston",
        county="Tamsin County",
        paper="the Capital Courier",
        council="the City Council",
        council_short="City Council",
        cm="Council Member",
        cm_lc="council member",
        police="Halston police",
        police_full="the Halston Police Department",
        fire="the Halston Fire Department",
        fire_short="fire department",
        court="Tamsin County Circuit Court",
        prosecutor="the Tamsin County State's Attorney",
        university="Halston University",
        transit="the Halston Regional Transit Authority",
        transit_short="HRTA",
        schools="Halston Public Schools",
        schools_short="Halston schools",
        utility="Capital Power",
        health_agency="the state health department",
        weather_agency="the National Weather Service",
        team="the Halston Hawks",
        team_short="Hawks",
        cur="$",
        places=[
            "Capitol Hill",
            "Old Market",
            "Westover",
            "Brightwood",
            "Fenwick",
            "Riverbend",
            "Southport",
            "Greenfield",
            "Union Square",
            "Hollins Park",
        ],
        streets=US_STREETS,
        pick=dict(
            hospital=["Halston Memorial Hospital", "Capitol Regional Medical Center"],
            rival=["Carlton Comets", "Lakeview Lynx"],
        ),
    ),
    "uk": dict(
        dialect="uk",
        county="Westlands",
        paper="BRC News",
        council="the council",
        council_short="Council",
        cm="Councillor",
        cm_lc="councillor",
        police="Westlands Police",
        police_full="Westlands Police",
        fire="Westlands Fire and Rescue Service",
        fire_short="fire service",
        court="{city} Crown Court",
        prosecutor="the Crown Prosecution Service",
        university="the University of {city}",
        transit="Westlands Buses",
        transit_short="Westlands Buses",
        schools="{city} Council's education department",
        schools_short="Council",
        utility="Westlands Electricity Networks",
        health_agency="the Westlands Health Board",
        weather_agency="the Met Office",
        team="Kelbridge Town",
        team_short="Kelbridge",
        cur="£",
        council_short_uk="{city} Council",
        places=[
            "Abbey Fields",
            "St Jude's",
            "Northgate",
            "Brook Green",
            "Castlefields",
            "Holme Park",
            "Wyke End",
            "Cotton Row",
            "Marsh Lane",
            "Fenby",
            "Oldfield",
            "Sutton Ings",
        ],
        streets=UK_STREETS,
        pick=dict(
            city=["Kelbridge", "Stanmouth", "Ashworth", "Brennock", "Fallowfield", "Marden Vale"],
            hospital=[
                "Kelbridge General Hospital",
                "St Anne's Hospital",
                "Stanmouth Royal Infirmary",
            ],
            rival=["Stanmouth Rovers", "Ashworth United", "Brennock Athletic", "Fallowfield City"],
        ),
    ),
    "westpfalz": dict(
        dialect="de",
        stadt="Eichenbach",
        paper="Westpfalz-Kurier",
        pi="Polizeiinspektion Eichenbach",
        places=[
            "Eichenbach",
            "Waldried",
            "Hohenfeld",
            "Lautertal",
            "Niederwiesen",
            "Rothenstein",
            "Kirchberg am Wald",
            "Dörrbach",
            "Steinhausen",
            "Obermühlen",
            "Sankt Albrecht",
        ],
        streets=[
            "Hauptstraße",
            "Bahnhofstraße",
            "Lindenstraße",
            "Mühlgasse",
            "Schillerstraße",
            "Industriestraße",
            "Ringstraße",
            "Kirchgasse",
            "Brunnenstraße",
            "Gartenstraße",
        ],
        pick=dict(
            road=["B 270", "L 389", "K 14", "B 48", "L 395", "K 27"],
            verein=["FC Eichenbach", "SV Waldried", "TuS Hohenfeld", "VfR Lautertal"],
            verein2=["SG Rothenstein", "FV Dörrbach", "SpVgg Niederwiesen", "TSG Steinhausen"],
        ),
    ),
    "ddn": dict(
        dialect="de",
        stadt="Berlin",
        paper="ddn",
        places=[
            "Mainz",
            "Stuttgart",
            "München",
            "Frankfurt am Main",
            "Hannover",
            "Leipzig",
            "Köln",
            "Nürnberg",
            "Kassel",
            "Erfurt",
        ],
        streets=["Hauptstraße", "Bahnhofstraße"],
    ),
    "courrier": dict(
        dialect="fr",
        stadt="Saint-Aurèle",
        paper="le Courrier du Midi",
        places=[
            "Saint-Aurèle",
            "Montclar-sur-Tarn",
            "Villeneuve-les-Pins",
            "Lagarrigue",
            "Castelmoron",
            "Saint-Jory-des-Prés",
            "Puylaurens-le-Vieux",
            "Réalmont-Haut",
            "Cabanac",
        ],
        streets=["rue de la République", "avenue Jean-Jaurès"],
        pick=dict(
            rd=["RD 612", "RD 999", "RN 88", "RD 84", "RD 631"],
            rue=[
                "de la République",
                "Jean-Jaurès",
                "des Écoles",
                "Gambetta",
                "du Moulin",
                "de la Gare",
                "Victor-Hugo",
            ],
            club=["le SC Saint-Aurèle", "l'US Montclar", "le RC Villeneuve"],
            club2=["le Stade Lagarrigue", "l'AS Castelmoron", "le CA Puylaurens"],
        ),
    ),
    "apf": dict(
        dialect="fr",
        stadt="Paris",
        paper="l'APF",
        places=["Paris", "Lyon", "Toulouse", "Marseille", "Lille", "Bordeaux"],
        streets=["rue de Rivoli", "boulevard Haussmann"],
    ),
    "costa": dict(
        dialect="es",
        stadt="Puerto Almendro",
        paper="Diario de la Costa",
        places=[
            "Puerto Almendro",
            "San Telmo del Mar",
            "Alcaravea",
            "Villanueva de la Ribera",
            "Cala Serena",
            "Los Olivos",
        ],
        streets=["avenida del Mar", "calle Mayor"],
        pick=dict(calle=["Mayor", "San Roque", "de la Constitución", "del Carmen", "Real"]),
    ),
    "wire_us": dict(
        dialect="us",
        paper="Associated Wire",
        cur="$",
        utility="the local utility",
        places=["x", "y", "z"],
        streets=US_STREETS,
    ),
    "meridian": dict(
        dialect="us",
        paper="Meridian",
        cur="$",
        places=["x", "y", "z"],
        streets=US_STREETS,
        pick=dict(
            city=["Frankfurt", "Singapore", "London", "New York", "Tokyo", "Zurich", "Toronto"]
        ),
    ),
}

WIRE_TOWNS = [
    ("Carson Falls", "Nev.", "Nevada"),
    ("Millbrook", "Ore.", "Oregon"),
    ("Dunhill", "Texas", "Texas"),
    ("Pine Hollow", "Ark.", "Arkansas"),
    ("Shelby Crossing", "Ky.", "Kentucky"),
    ("Lake Tamarack", "Minn.", "Minnesota"),
    ("Port Huxley", "Fla.", "Florida"),
    ("Granite Bluff", "Colo.", "Colorado"),
    ("Ashby", "Kan.", "Kansas"),
    ("Coldwater Springs", "Mont.", "Montana"),
    ("Verona Junction", "Okla.", "Oklahoma"),
    ("Fort Calloway", "Ala.", "Alabama"),
    ("Sutter Bend", "Calif.", "California"),
    ("New Haddon", "Miss.", "Mississippi"),
]
MERIDIAN_CITIES = [
    "FRANKFURT",
    "SINGAPORE",
    "LONDON",
    "NEW YORK",
    "TOKYO",
    "ZURICH",
    "TORONTO",
    "BRUSSELS",
]

# --------------------------------------------------------------------------
# comment threads
# --------------------------------------------------------------------------

COMMENTS = {
    "en": [
        "This has been going on for years and nobody at city hall seems to care.",
        "I drive past there every day and I honestly had no idea.",
        "Great reporting, thank you for staying on this story.",
        "Why does it always take a disaster before anyone does anything?",
        "Follow the money. It is always the same people who benefit.",
        "My parents lived in {place} for forty years and it was never like this.",
        "Not everything is a conspiracy. Sometimes things just cost more than people expect.",
        "Did anyone actually read the report? It says something very different.",
        "Thoughts and prayers to everyone affected, what a terrible week.",
        "The comments section on this site gets worse every year.",
        "So who exactly is paying for all of this? Asking for a taxpayer.",
        "I was there on Monday and it was chaos, the article undersells it.",
        "Can we please get an update on what happened with the last plan?",
        "Cancelled my subscription last year and came back just for stories like this.",
        "Another year, another promise. I will believe it when I see it.",
        "Honestly this is good news and people will still find a way to complain.",
        "Where were the inspectors? That is the real question here.",
        "Moved away from {city} in 2019 and reading this I do not regret it.",
        "They should have asked the people who actually live there.",
        "Seems like the reporter left out the part about the budget.",
        "Well said. I agree with every word.",
        "The photos say it all.",
        "How is this still allowed in 2025?",
        "My kid's school is on that street and nobody told the parents anything.",
        "Good. About time someone was held accountable.",
    ],
    "de": [
        "Das war doch abzusehen, die Probleme sind seit Jahren bekannt.",
        "Vielen Dank für die ausführliche Berichterstattung.",
        "Und wer bezahlt das am Ende? Natürlich wieder der Bürger.",
        "Ich wohne seit 30 Jahren in {place} und so etwas habe ich noch nicht erlebt.",
        "Man sollte erst einmal abwarten, was die Ermittlungen ergeben.",
        "Typisch, es passiert erst etwas, wenn es zu spät ist.",
        "Gute Nachricht für die Region, endlich tut sich mal was.",
        "Hat jemand den ganzen Artikel gelesen? Da steht doch etwas ganz anderes.",
        "Die Umleitung ist eine Katastrophe, ich stehe jeden Morgen im Stau.",
        "Alles Gute an die Betroffenen!",
        "Früher war das Fest viel schöner, heute ist alles nur noch Kommerz.",
        "Warum wurden die Anwohner nicht vorher gefragt?",
        "Respekt an die Einsatzkräfte, die da die ganze Nacht draußen waren.",
        "Ich kann das Gejammer nicht mehr hören.",
    ],
    "fr": [
        "Cela fait des années que les riverains alertent sur ce problème.",
        "Merci pour cet article très complet.",
        "Et qui va payer ? Toujours les mêmes.",
        "J'habite {place} depuis vingt ans et je n'ai jamais vu ça.",
        "Courage aux familles touchées.",
        "Encore un projet décidé sans consulter les habitants.",
        "Bravo aux pompiers pour leur intervention.",
        "Il faudrait peut-être attendre les conclusions de l'enquête avant de juger.",
        "Enfin une bonne nouvelle pour le territoire !",
        "Cette route est dangereuse, tout le monde le sait depuis longtemps.",
    ],
    "es": [
        "Llevamos años denunciando esto y nadie hace nada.",
        "Gracias por la información.",
        "¿Y quién lo paga? Los de siempre.",
        "Vivo en {place} desde hace veinte años y nunca había visto algo así.",
        "Ánimo a los afectados.",
        "Otra obra que se decide sin preguntar a los vecinos.",
        "Enhorabuena a los bomberos por su trabajo.",
    ],
}
USER_A = [
    "bayside",
    "harbor",
    "north",
    "river",
    "old",
    "true",
    "local",
    "concerned",
    "real",
    "just",
    "quiet",
    "long",
    "east",
    "happy",
    "grumpy",
    "proud",
    "tired",
    "honest",
]
USER_B = [
    "bob",
    "mom",
    "dad",
    "reader",
    "citizen",
    "taxpayer",
    "neighbor",
    "guy",
    "gal",
    "voice",
    "observer",
    "native",
    "realist",
    "skeptic",
    "commuter",
]
USER_DE = [
    "Pfälzer_Bub",
    "Waldrieder",
    "Kritischer Leser",
    "M. Schneider",
    "Eichenbacher77",
    "Bürger aus H.",
    "Lauterfrosch",
    "K. Roth",
    "Weinfreundin",
    "alterHase",
    "Pendler_B270",
]
USER_FR = [
    "Jean-Mi81",
    "Tarnaise",
    "Citoyen_vigilant",
    "M. Delmas",
    "Papy du Midi",
    "Occitane31",
    "Le Râleur",
    "S. Fabre",
]
USER_ES = ["Almendreño", "vecina_indignada", "Pepe M.", "Costero74", "Lucía R.", "el_del_puerto"]


def username(rng, lang):
    if lang == "de":
        return rng.choice(USER_DE)
    if lang == "fr":
        return rng.choice(USER_FR)
    if lang == "es":
        return rng.choice(USER_ES)
    k = rng.random()
    if k < 0.5:
        return f"{rng.choice(USER_A)}_{rng.choice(USER_B)}{rng.choice(['', '', str(rng.randint(1, 99)), '1962', '88'])}"
    if k < 0.8:
        return f"{rng.choice(NAMES['en'][0] + NAMES['en'][1])} {rng.choice(NAMES['en'][2])[0]}."
    return f"{rng.choice(USER_A).capitalize()}{rng.choice(USER_B).capitalize()}"


def comment_texts(rng, lang, n, ctx):
    pool = list(COMMENTS[lang])
    rng.shuffle(pool)
    out = []
    for c in pool[:n]:
        out.append(
            c.replace("{place}", ctx.get("place", "")).replace(
                "{city}", ctx.get("city", ctx.get("stadt", ""))
            )
        )
    return out


def ago(rng, lang="en", short=True):
    k = rng.random()
    if lang == "de":
        return rng.choice(
            [
                f"vor {rng.randint(2, 59)} Minuten",
                f"vor {rng.randint(1, 23)} Stunden",
                f"vor {rng.randint(1, 6)} Tagen",
            ]
        )
    if lang == "fr":
        return rng.choice(
            [
                f"il y a {rng.randint(2, 59)} min",
                f"il y a {rng.randint(1, 23)} h",
                f"il y a {rng.randint(1, 6)} jours",
            ]
        )
    if lang == "es":
        return rng.choice([f"hace {rng.randint(2, 59)} min", f"hace {rng.randint(1, 23)} h"])
    if short:
        if k < 0.35:
            return f"{rng.randint(2, 59)}m ago"
        if k < 0.85:
            return f"{rng.randint(1, 23)}h ago"
        return f"{rng.randint(1, 6)}d ago"
    if k < 0.35:
        return f"{rng.randint(2, 59)} minutes ago"
    if k < 0.85:
        h = rng.randint(1, 23)
        return f"{h} hour{'s' if h > 1 else ''} ago"
    d = rng.randint(1, 6)
    return f"{d} day{'s' if d > 1 else ''} ago"


WEATHER_EN = [
    "Cloudy",
    "Partly Cloudy",
    "Sunny",
    "Rain",
    "Showers",
    "Fog",
    "Light Snow",
    "Windy",
    "Mostly Sunny",
    "Drizzle",
    "Clear",
]
WEATHER_DE = [
    "bewölkt",
    "sonnig",
    "Regen",
    "Schauer",
    "Nebel",
    "leichter Schneefall",
    "heiter",
    "stark bewölkt",
    "windig",
]
WEATHER_FR = ["nuageux", "ensoleillé", "pluie", "averses", "brouillard", "éclaircies", "venteux"]
WEATHER_ES = ["nublado", "soleado", "lluvia", "chubascos", "despejado", "intervalos nubosos"]


def sky(rng, lang, t):
    pool = {"en": WEATHER_EN, "de": WEATHER_DE, "fr": WEATHER_FR, "es": WEATHER_ES}[lang]
    if t > 2:
        pool = [w for w in pool if "snow" not in w.lower() and "schnee" not in w.lower()]
    return rng.choice(pool)


def temp_c(rng, d):
    base = {1: 3, 2: 5, 3: 9, 4: 13}.get(d.month, 10)
    return base + rng.randint(-5, 6)


def weekday(d, lang="en"):
    return DAYS[lang][d.weekday()]


def long_date_en(d):
    return f"{MONTHS['en'][d.month - 1]} {d.day}, {d.year}"


def read_time(lines, wpm=230):
    words = sum(len(l.split()) for l in lines)
    return max(1, round(words / wpm))


# --------------------------------------------------------------------------
# sites and pages
# --------------------------------------------------------------------------


class Page:
    def __init__(self, site, story, kind, dt, rng):
        self.site, self.story, self.kind, self.dt, self.rng = site, story, kind, dt, rng
        self.id = self.url = None
        self.section = self.crumb = ""
        self.reporters = []
        self.url_section = None
        self.updated = None
        self.variant = 0

    def others(self, k, extras=True):
        pool = [h for h in self.site.headlines if h != self.story.headline]
        if extras:
            pool += self.site.extras
        return self.rng.sample(pool, min(k, len(pool)))


class Site:
    def __init__(
        self,
        key,
        host,
        name,
        lang,
        n,
        region,
        render,
        style,
        topics,
        newline="\n",
        spacing="blocks",
        trailing=0.0,
        sections=None,
        reporter_titles=None,
        bio=None,
        crlf_share=None,
    ):
        self.key, self.host, self.name, self.lang, self.n = key, host, name, lang, n
        self.region, self.render, self.style, self.topics = region, render, style, topics
        self.newline, self.spacing, self.trailing = newline, spacing, trailing
        self.crlf_share = crlf_share
        self.sections = sections or {}
        self.reporter_titles = reporter_titles or ["Staff Writer"]
        self.bio = bio
        self.pages = []
        self.headlines = []
        self.extras = []
        self.reporters = []

    def section_of(self, sec):
        return self.sections.get(sec) or self.sections.get("*") or (sec.title(), sec.title())


def email_of(person, host):
    base = slugify(person.first + " " + person.last).replace("-", ".")
    return f"{base}@{host.replace('www.', '')}"


def byline_names(reps, lang="en"):
    names = [r["p"].full for r in reps]
    if len(names) == 1:
        return names[0]
    conj = {"en": "and", "de": "und", "fr": "et", "es": "y"}[lang]
    return ", ".join(names[:-1]) + f" {conj} " + names[-1]


def weave(rng, paras, subidx, inserts, min_pos=1):
    """Place furniture line groups between body paragraphs (never right after a subhead)."""
    n = len(paras)
    cands = [i for i in range(min_pos, n) if (i - 1) not in subidx]
    if not cands:
        cands = [n]
    slots = {}
    for ins in inserts:
        if not ins:
            continue
        slots.setdefault(rng.choice(cands), []).append(ins)
    out = []
    for i, p in enumerate(paras):
        for ins in slots.get(i, []):
            out.extend(ins)
        out.append(p)
    for ins in slots.get(n, []):
        out.extend(ins)
    return out


def photographer(rng, lang):
    return new_person(rng, lang).full


def finish(site, page, blocks):
    rng = page.rng
    lines = []
    style = site.spacing
    if style == "mixed":
        style = rng.choice(["none", "blocks", "double", "random"])
    for bi, block in enumerate(blocks):
        block = [l for l in block if l is not None]
        if not block:
            continue
        if lines:
            if style == "blocks":
                lines.append("")
            elif style == "random" and rng.random() < 0.6:
                lines.append("")
                if rng.random() < 0.15:
                    lines.append("")
        for line in block:
            lines.append(line)
            if style == "double":
                lines.append("")
    out = []
    for line in lines:
        if line and site.trailing and rng.random() < site.trailing:
            line = line + rng.choice([" ", " ", "  ", "\t", " \u00a0"])
        out.append(line)
    if site.key == "elmwood":
        # WordPress themes leave indented lines and &nbsp; paragraphs behind
        out2 = []
        for line in out:
            if line and rng.random() < 0.08:
                line = "\t" + line
            out2.append(line)
            if line and rng.random() < 0.05:
                out2.append("\u00a0")
        out = out2
    nl = site.newline
    if site.crlf_share is not None:
        nl = "\r\n" if rng.random() < site.crlf_share else "\n"
    page.newline = nl
    return nl.join(out) + nl


# ----------------------------------------------------------------- Bayport

BAYPORT_NAV = [
    "Sections",
    "News",
    "Local",
    "Politics",
    "Crime & Courts",
    "Business",
    "Sports",
    "Opinion",
    "Arts & Culture",
    "Food & Drink",
    "Real Estate",
    "Obituaries",
    "Weather",
    "Events",
    "Puzzles & Games",
    "e-Edition",
    "Newsletters",
]
BAYPORT_COOKIE = (
    "We use cookies and similar technologies to improve your experience, measure our audience "
    "and personalize the ads you see. By clicking “Accept all” you agree to the storing of "
    "cookies on your device. You can change your preferences at any time under Privacy "
    "Settings at the bottom of every page."
)


def r_bayport(S, P):
    r, st, dt = P.rng, P.story, P.dt
    B = [
        ["Skip to main content", "Skip to navigation"]
        if r.random() < 0.8
        else ["Skip to main content"]
    ]
    B.append(["The Bayport Metro", "Edition:", "Bayport", "Suburbs", "Statewide"])
    tc = temp_c(r, dt)
    B.append([f"{weekday(dt)}, {long_date_en(dt)} | {tc * 9 // 5 + 32}°F {sky(r, 'en', tc)}"])
    B.append(["Log in", "Subscribe for $1"])
    B.append(list(BAYPORT_NAV))
    if r.random() < 0.75:
        B.append(["BREAKING NEWS", P.others(1)[0]])
    if r.random() < 0.6:
        B.append(["Trending"] + P.others(r.randint(3, 5)))
    B.append([P.crumb])
    B.append([st.kicker.upper(), title_case(st.headline), st.dek])
    if st.wire:
        by = [f"By {st.wire['by']}", st.wire["agency"]]
    else:
        reps = P.reporters
        if len(reps) == 1:
            by = [f"By {reps[0]['p'].full}, {reps[0]['title']}"]
        else:
            by = [f"By {byline_names(reps)}"]
    pub = f"Published {ampm(dt)} {us_tz(dt)}, {dt:%a} {long_date_en(dt).replace(',', '')}"
    pub = f"Published {ampm(dt)} {us_tz(dt)}, {dt:%a} {MONTHS['en'][dt.month - 1]} {dt.day}, {dt.year}"
    meta = by + [pub]
    if P.updated:
        u = P.updated
        meta.append(
            f"Updated {ampm(u)} {us_tz(u)}, {u:%a} {MONTHS['en'][u.month - 1]} {u.day}, {u.year}"
        )
    meta.append(f"{read_time(st.paras)} min read")
    B.append(meta)
    B.append(["Share", "Facebook", "X", "Email", "Copy link"])
    ncom = r.randint(0, 240)
    if ncom:
        B.append([f"{ncom} comments"])
    cred = lambda: r.choice(
        [
            f"(Photo: {photographer(r, 'en')}/The Bayport Metro)",
            f"({photographer(r, 'en')}/The Bayport Metro)",
            f"(Photo courtesy of {photographer(r, 'en')})",
            "(Associated Wire Photo)"
            if st.wire
            else f"(File photo: {photographer(r, 'en')}/The Bayport Metro)",
        ]
    )
    body = list(st.paras)
    B.append([f"{st.captions[0]} {cred()}"])
    ins = [["Advertisement", "Story continues below advertisement"]]
    if r.random() < 0.8:
        ins.append([f"READ MORE: {P.others(1)[0]}"])
    if r.random() < 0.5:
        ins.append([f"Related: {P.others(1)[0]}"])
    if r.random() < 0.6:
        ins.append(
            [
                "Sign up for The Morning Metro",
                "Get the day's top Bayport stories in your inbox every weekday morning, plus breaking news alerts when it matters.",
                "Enter your email address",
                "Sign up",
                "By signing up, you agree to our Terms of Use and Privacy Policy.",
            ]
        )
    if st.pull and r.random() < 0.45:
        ins.append([f"“{r.choice(st.pull).strip('“”')}”"])
    if st.videos and r.random() < 0.35:
        ins.append([st.videos[0], f"{r.randint(0, 3)}:{r.randint(5, 59):02d}", "Play Video"])
    if len(st.captions) > 1 and r.random() < 0.4:
        ins.append([f"{st.captions[1]} {cred()}"])
    if len(body) > 6:
        ins.append(["Advertisement"])
    B.append(weave(r, body, st.subheads, ins))
    if st.wire and st.wire.get("contrib"):
        B.append([st.wire["contrib"]])
    if st.tags:
        B.append(["Topics: " + ", ".join(st.tags)])
    if not st.wire:
        B.append([rp["bio"] for rp in P.reporters])
    if ncom and r.random() < 0.85:
        cb = [f"Comments ({ncom})", "Sign in to join the conversation"]
        for c in comment_texts(r, "en", min(ncom, r.randint(2, 6)), st.ctx):
            cb += [
                username(r, "en"),
                ago(r, short=False),
                c,
                "Reply",
                "Report",
                str(r.randint(0, 90)),
            ]
        cb.append("Load more comments")
        B.append(cb)
    mr = ["Most Read"]
    for i, h in enumerate(P.others(r.randint(5, 10)), 1):
        mr += [str(i), h]
    B.append(mr)
    more = [f"More from {P.section}"]
    for h in P.others(r.randint(5, 8)):
        more += [h, ago(r)]
    B.append(more)
    B.append(
        [
            "About Us | Contact Us | Careers | Advertise | Newsroom Ethics | Corrections",
            "Terms of Use | Privacy Policy | Your Privacy Choices | Accessibility | Site Map",
            "Download the Bayport Metro app: App Store | Google Play",
            f"© {dt.year} Bayport Metro Media Inc. All rights reserved.",
        ]
    )
    B.append([BAYPORT_COOKIE, "Accept all", "Manage preferences"])
    return B, body


# ----------------------------------------------------------------- Daily Blast (tabloid)

BLAST_COOKIE = (
    "We and our partners use cookies and similar technologies on this site to store and "
    "access information on your device, to personalise content and ads, and to analyse our "
    "traffic. You can accept all cookies, reject them or choose which ones to allow by "
    "clicking More Options. Your choices will apply across the Daily Blast websites."
)
BLAST_TIPS = (
    "Got a story? Email tips@daily-blast.example or call our news desk on 020 7946 0123. "
    "You can WhatsApp us on 07700 900123. We pay for exclusive stories and videos."
)


def r_blast(S, P):
    r, st, dt = P.rng, P.story, P.dt
    B = [["Skip to content"], ["THE DAILY BLAST", "Sign in", "Subscribe"]]
    B.append(["NewsSportTVShowbizFabulousMoneyMotorsTravelTechPuzzles"])
    sub = {
        "sport": "Sport Football Cricket Boxing Racing F1 Darts",
        "celebrity": "Showbiz Celebrity TV Soaps Reality TV Music Film",
    }.get(st.sec, "News UK News World News Politics Royals Crime Weather Health")
    B.append([sub])
    B.append([f"{weekday(dt)}, {dt.day} {MONTHS['en'][dt.month - 1]} {dt.year}"])
    tags = []
    for pg in r.sample(S.pages, min(6, len(S.pages))):
        if pg.story.tags and pg.story is not st:
            tags.append(pg.story.tags[0])
    tags = list(dict.fromkeys(tags))[:4] or ["Weather"]
    B.append(["HOT TOPICS", " | ".join(tags)])
    B.append([P.crumb])
    head = []
    if r.random() < 0.35:
        head.append(r.choice(["EXCLUSIVE", st.kicker.upper()]))
    head += [st.headline.upper(), st.dek]
    B.append(head)
    if st.wire:
        by = [st.wire["by"], st.wire["agency"]]
    else:
        by = [f"{P.reporters[0]['p'].full}, {P.reporters[0]['title']}"]
    stamp = f"Published: {dt:%H:%M}, {dt.day} {dt:%b} {dt.year}"
    if P.updated:
        stamp += f"| Updated: {P.updated:%H:%M}, {P.updated.day} {P.updated:%b} {P.updated.year}"
    B.append(by + [stamp])
    ncom = r.randint(0, 900) if r.random() < 0.75 else 0
    B.append(["Facebook X WhatsApp Email", f"{ncom} comments" if ncom else "Comment"])
    credit = lambda: r.choice(
        [
            "Credit: Blast Pictures",
            "Credit: Getty",
            "Credit: Instagram",
            f"Credit: {photographer(r, 'en')}",
            "Credit: Supplied",
            "Credit: Alamy",
        ]
    )
    if st.videos and r.random() < 0.6:
        B.append(
            [
                st.videos[0],
                "Play Video",
                "Video Loading",
                "Video Not Available",
                "Click to play",
                "Tap to play",
                f"The video will auto-play soon{r.randint(3, 9)}Cancel",
                "Watch now",
            ]
        )
    B.append([f"{st.captions[0]}{credit()}"])
    body = [p.upper() if i in st.subheads else p for i, p in enumerate(st.paras)]
    subidx = st.subheads
    ins = [["Advertisement"], ["Advertisement"]]
    topic = (st.tags[0] if st.tags else "NEWS").upper()
    ins.append([f"READ MORE ON {topic}"] + [h.upper() for h in P.others(r.randint(2, 3))])
    if len(st.captions) > 1:
        ins.append([f"{st.captions[1]}{credit()}"])
    if r.random() < 0.4:
        ins.append([f"+{r.randint(3, 12)}", "View Gallery"])
    if st.pull and r.random() < 0.4:
        ins.append([f"'{r.choice(st.pull)}'"])
    if r.random() < 0.5:
        mr = ["MOST READ IN NEWS"]
        for i, h in enumerate(P.others(4), 1):
            mr += [str(i), h.upper()]
        ins.append(mr)
    B.append(weave(r, body, subidx, ins))
    if st.wire and st.wire.get("contrib"):
        B.append([st.wire["contrib"]])
    B.append([BLAST_TIPS])
    if st.tags:
        B.append(["Topics"] + [t for t in st.tags])
    if ncom:
        cb = [
            "Comments",
            "Comments are subject to our community guidelines, which can be viewed here.",
        ]
        for c in comment_texts(r, "en", min(ncom, r.randint(2, 5)), st.ctx):
            cb += [
                username(r, "en"),
                ago(r, short=False),
                c,
                "Reply",
                f"{r.randint(0, 80)}",
                f"{r.randint(0, 30)}",
            ]
        B.append(cb)
    B.append(["MORE FROM THE DAILY BLAST"] + [h.upper() for h in P.others(r.randint(5, 8))])
    B.append(
        [
            "About us",
            "Contact us",
            "Editorial complaints",
            "Advertise with us",
            "Privacy policy",
            "Cookie policy",
            "Terms & conditions",
            "Sitemap",
            "Topics A-Z",
        ]
    )
    B.append(
        [
            f"© Blast Media Ltd {dt.year}. All rights reserved. Blast Media Ltd is registered in England and Wales No. 04123456, 1 Printer's Yard, London SE1 9ZZ."
        ]
    )
    B.append([BLAST_COOKIE, "Accept All", "Reject All", "More Options"])
    return B, body


# ----------------------------------------------------------------- Elmwood Weekly (WordPress)

ELMWOOD_TRAP = (
    "Meetings are open to the public and are also streamed live on the town's YouTube channel."
)


def r_elmwood(S, P):
    r, st, dt = P.rng, P.story, P.dt
    B = [["Skip to content"], ["Elmwood Weekly", "Your hometown news since 1952"]]
    B.append(
        [
            "Menu",
            "Home",
            "News",
            "Sports",
            "Schools",
            "Obituaries",
            "Community",
            "Opinion",
            "Police Blotter",
            "Classifieds",
            "Contact",
            "Subscribe",
        ]
    )
    B.append(["Search for:", "Search"])
    B.append([st.headline])
    who = P.reporters[0]["p"].full
    d = long_date_en(dt)
    if P.variant == 0:
        B.append([f"Posted on {d} by {who}"])
    else:
        B.append([d, who, r.choice(["Leave a comment", f"{r.randint(1, 9)} Comments"])])
    B.append(
        [
            r.choice(
                [
                    f"{st.captions[0]} Submitted photo",
                    f"{st.captions[0]} (Photo by {who})",
                    "Submitted photo",
                    f"{st.captions[0]}",
                ]
            )
        ]
    )
    body = list(st.paras)
    ins = []
    if r.random() < 0.5:
        ins.append([r.choice(["Advertisement", "ADVERTISEMENT"])])
    if r.random() < 0.4:
        ins.append([f"RELATED: {P.others(1)[0]}"])
    B.append(weave(r, body, st.subheads, ins))
    B.append(
        [
            "Share this:",
            "Click to share on Facebook (Opens in new window)",
            "Facebook",
            "Click to share on X (Opens in new window)",
            "X",
            "Click to email a link to a friend (Opens in new window)",
            "Email",
            "Click to print (Opens in new window)",
            "Print",
        ]
    )
    B.append(["Like this:", "Like Loading..."])
    rel = ["Related"]
    for pg in r.sample(S.pages, min(3, len(S.pages))):
        if pg.story is st:
            continue
        rel += [pg.story.headline, long_date_en(pg.dt), f'In "{pg.section}"']
    B.append(rel)
    B.append(
        [
            f"Posted in {P.section}"
            + (
                f", {r.choice(['Community', 'Town Government', 'Front Page'])}"
                if r.random() < 0.5
                else ""
            ),
            "Tagged " + ", ".join(t.lower() for t in st.tags[:3]) if st.tags else None,
        ]
    )
    prev, nxt = (
        P.others(2, extras=False)
        if len(S.headlines) > 2
        else ("Town news roundup", "Letters to the editor")
    )
    B.append(
        [
            "Post navigation",
            "Previous Post",
            f"Previous post: {prev}",
            "Next Post",
            f"Next post: {nxt}",
        ]
    )
    B.append(
        [
            "Leave a Reply Cancel reply",
            "Your email address will not be published. Required fields are marked *",
            "Comment *",
            "Name *",
            "Email *",
            "Website",
            "Save my name, email, and website in this browser for the next time I comment.",
            "Post Comment",
        ]
    )
    recent = sorted((pg for pg in S.pages if pg.story is not st), key=lambda x: x.dt)[-5:]
    B.append(["Recent Posts"] + [pg.story.headline for pg in reversed(recent)])
    arch = ["Archives"]
    y, m = dt.year, dt.month
    for _ in range(r.randint(6, 9)):
        arch.append(f"{MONTHS['en'][m - 1]} {y}")
        m -= 1
        if m == 0:
            y, m = y - 1, 12
    B.append(arch)
    B.append(
        [
            "Categories",
            "Community",
            "Front Page",
            "Obituaries",
            "Opinion",
            "Police Blotter",
            "Schools",
            "Sports",
            "Town Government",
        ]
    )
    B.append(
        [
            "Elmwood Weekly, 14 Main Street, Elmwood. Phone (555) 013-2284. Published every Thursday.",
            "Proudly powered by WordPress | Theme: Newsup by Themeansar.",
        ]
    )
    return B, body


# ----------------------------------------------------------------- BRC (public broadcaster)

BRC_FOOT = [
    "Terms of Use",
    "About the BRC",
    "Privacy Policy",
    "Cookies",
    "Accessibility Help",
    "Parental Guidance",
    "Contact the BRC",
    "Get Personalised Newsletters",
    "Why you can trust the BRC",
    "Advertise with us",
]


def r_brc(S, P):
    r, st, dt = P.rng, P.story, P.dt
    B = [["Skip to content", "Accessibility Help"]]
    B.append(
        [
            "Your account",
            "Home",
            "News",
            "Sport",
            "Weather",
            "Player",
            "Radio",
            "Bitesize",
            "Food",
            "More menu",
            "Search BRC",
            "Close menu",
        ]
    )
    if st.sec == "sport":
        B.append(
            [
                "BRC Sport",
                "Menu",
                "Home Football Cricket Formula 1 Rugby U Rugby L Tennis Golf Athletics Cycling",
            ]
        )
    else:
        B.append(
            [
                "BRC News",
                "Menu",
                "Home UK World Politics Business Climate Health Science Technology Entertainment & Arts Local News",
            ]
        )
    B.append([P.crumb])
    B.append([st.headline])
    if r.random() < 0.5:
        B.append([f"{dt.day} {MONTHS['en'][dt.month - 1]} {dt.year}"])
    else:
        B.append(
            [
                f"Published {dt.day} {MONTHS['en'][dt.month - 1]}"
                + (f" {dt.year}" if r.random() < 0.5 else "")
            ]
            + ([f"Updated {ago(r, short=False)}"] if P.updated or r.random() < 0.2 else [])
        )
    B.append(["Share", "Save"])
    rep = P.reporters[0]
    if st.wire:
        B.append([st.wire["by"], st.wire["agency"]])
    elif r.random() < 0.3:
        B.append([rep["p"].full, f"Reporting from{st.ctx.get('city', 'Kelbridge')}"])
    else:
        B.append([rep["p"].full, rep["title"].replace("{city}", st.ctx.get("city", "Kelbridge"))])
    src = lambda: r.choice(
        [
            "Getty Images",
            "PA Media",
            "BRC",
            f"{photographer(r, 'en')}/BRC",
            "Westlands Police",
            "Family handout",
            "Supplied",
        ]
    )
    B.append(["Image source,", src(), "Image caption,", st.captions[0]])
    body = list(st.paras)
    ins = []
    if len(st.captions) > 1:
        ins.append(["Image source,", src(), "Image caption,", st.captions[1]])
    if st.videos and r.random() < 0.5:
        ins.append(
            ["Media caption,", st.videos[0].replace("Watch: ", "")]
            if r.random() < 0.5
            else [st.videos[0], f"{r.randint(0, 2)}:{r.randint(5, 59):02d}"]
        )
    if r.random() < 0.3 and len(st.captions) > 2:
        ins.append(["Image source,", src(), "Image caption,", st.captions[2]])
    B.append(weave(r, body, st.subheads, ins, min_pos=2))
    if st.sec != "sport" and not st.wire:
        B.append(
            [
                "Follow BRC Westlands on Facebook, X and Instagram. Send your story ideas to westlands.news@brc.example."
            ]
        )
    if st.tags:
        B.append(["Related topics"] + st.tags)
    more = ["More on this story"]
    for h in P.others(r.randint(2, 3)):
        more += [h, f"Published {r.randint(1, 28)} {r.choice(MONTHS['en'][:3])}"]
    B.append(more)
    top = ["Top stories"]
    for h in P.others(3):
        top += [h, f"Updated {ago(r, short=False)}" if r.random() < 0.5 else "Live"]
    B.append(top)
    B.append(["Features"] + P.others(4))
    mr = ["Most read"]
    for i, h in enumerate(P.others(10), 1):
        mr += [str(i), h]
    B.append(mr)
    B.append(
        [
            "BRC News Services",
            "On your mobile",
            "On smart speakers",
            "Get news alerts",
            "Contact BRC News",
        ]
    )
    B.append(["Home News Sport Business Innovation Culture Travel Earth Video Live"])
    B.append(list(BRC_FOOT))
    B.append(
        [
            f"Copyright {dt.year} BRC. All rights reserved.  The BRC is not responsible for the content of external sites. Read about our approach to external linking."
        ]
    )
    return B, body


# ----------------------------------------------------------------- Westpfalz-Kurier (German)

WESTPFALZ_TRAP = (
    "Hinweise nimmt die Polizeiinspektion Eichenbach unter der Telefonnummer 06371 9220-0 entgegen."
)
WESTPFALZ_COOKIE = (
    "Wir verwenden Cookies und ähnliche Technologien, um Inhalte und Anzeigen zu personalisieren, "
    "Funktionen für soziale Medien anbieten zu können und die Zugriffe auf unsere Website zu "
    "analysieren. Sie können Ihre Einwilligung jederzeit über den Link „Cookie-Einstellungen“ "
    "am Ende der Seite widerrufen."
)


def de_stamp(d):
    return f"{d:%d.%m.%Y}, {d:%H:%M} Uhr"


def r_westpfalz(S, P):
    r, st, dt = P.rng, P.story, P.dt
    B = [["Zum Inhalt springen", "Zur Navigation springen"]]
    B.append(["Westpfalz-Kurier", "E-Paper", "Abo", "Anmelden"])
    tc = temp_c(r, dt)
    B.append(
        [
            f"{weekday(dt, 'de')}, {dt.day}. {MONTHS['de'][dt.month - 1]} {dt.year} | {tc} °C {sky(r, 'de', tc)}"
        ]
    )
    B.append(
        [
            "StartseiteRegionEichenbachWaldriedHohenfeld Politik Wirtschaft Sport Kultur Blaulicht Freizeit Ratgeber Service"
        ]
    )
    if r.random() < 0.3:
        B.append([f"Eilmeldung: {P.others(1)[0]}"])
    B.append([P.crumb])
    B.append([st.kicker, st.headline, st.dek])
    if st.wire:
        meta = [f"Von {st.wire['agency']}"]
    else:
        meta = [f"Von {byline_names(P.reporters, 'de')}"]
    meta.append(de_stamp(dt))
    if P.updated:
        meta.append(f"Aktualisiert: {de_stamp(P.updated)}")
    meta.append(f"Lesezeit: {read_time(st.paras, 200)} Min.")
    if r.random() < 0.5:
        meta.append("Artikel anhören")
    B.append(meta)
    ncom = r.randint(0, 40)
    B.append(
        ["Teilen", "Facebook", "WhatsApp", "E-Mail"] + ([f"Kommentare ({ncom})"] if ncom else [])
    )
    foto = lambda: r.choice(
        [
            f"Foto: {photographer(r, 'de')}",
            "Foto: ddn",
            f"Foto: Feuerwehr {st.place}",
            "Foto: Polizei",
            f"Foto: {P.reporters[0]['p'].last if P.reporters else 'ddn'}",
            "Symbolfoto: ddn",
        ]
    )
    B.append([f"{st.captions[0]} {foto()}"] if r.random() < 0.6 else [st.captions[0], foto()])
    body = list(st.paras)
    ins = [["Anzeige"]]
    if r.random() < 0.7:
        ins.append([f"Lesen Sie auch: {P.others(1)[0]}"])
    if r.random() < 0.4:
        ins.append(["Mehr zum Thema", P.others(1)[0]])
    if r.random() < 0.5:
        ins.append(
            [
                "Newsletter",
                "Der Kurier am Morgen: Die wichtigsten Nachrichten aus der Westpfalz jeden Morgen kostenlos in Ihr Postfach.",
                "E-Mail-Adresse",
                "Jetzt anmelden",
            ]
        )
    if st.videos and r.random() < 0.3:
        ins.append([st.videos[0], f"0{r.randint(0, 3)}:{r.randint(5, 59):02d}"])
    if st.pull and r.random() < 0.3:
        ins.append([r.choice(st.pull)])
    B.append(weave(r, body, st.subheads, ins))
    if st.tags:
        B.append(
            ["Schlagworte"] + st.tags
            if r.random() < 0.5
            else ["Schlagworte: " + ", ".join(st.tags)]
        )
    more = [f"Mehr aus {st.place if not st.wire else 'Deutschland'}"]
    for h in P.others(r.randint(4, 6)):
        more += [h, ago(r, "de")]
    B.append(more)
    if ncom:
        cb = [f"Kommentare ({ncom})", "Um kommentieren zu können, müssen Sie angemeldet sein."]
        for c in comment_texts(r, "de", min(ncom, r.randint(1, 4)), st.ctx):
            d2 = dt + timedelta(minutes=r.randint(20, 600))
            cb += [username(r, "de"), de_stamp(d2), c, "Antworten", "Melden"]
        B.append(cb)
    mr = ["Meistgelesen"]
    for i, h in enumerate(P.others(5), 1):
        mr += [f"{i}.", h]
    B.append(mr)
    B.append(
        [
            "Impressum | Datenschutz | AGB | Kontakt | Mediadaten | Barrierefreiheit | Cookie-Einstellungen",
            f"© {dt.year} Westpfalz-Kurier Verlagsgesellschaft mbH & Co. KG. Alle Rechte vorbehalten.",
        ]
    )
    B.append([WESTPFALZ_COOKIE, "Alle akzeptieren", "Einstellungen"])
    return B, body


# ----------------------------------------------------------------- Allgäuer Rundschau (single, German)


def r_allgaeu(S, P):
    r, st, dt = P.rng, P.story, P.dt
    B = [
        ["Zum Hauptinhalt"],
        ["Allgäuer Rundschau", "Login", "Abonnieren"],
        ["Allgäu | Kempten | Bayern | Politik | Wirtschaft | Sport | Kultur | Panorama"],
        [f"{P.crumb}"],
        [st.headline],
        [f"{dt:%d.%m.%Y} | {dt:%H:%M} Uhr", f"Von {st.wire['agency']}"],
        ["Artikel teilen:", "FacebookXWhatsAppE-Mail"],
    ]
    B.append([f"{st.captions[0]} (Foto: ddn)"] if st.captions else ["Symbolbild (Foto: ddn)"])
    body = list(st.paras)
    B.append(weave(r, body, st.subheads, [["Anzeige"]]))
    B.append(["Mehr zum Thema"] + P.others(3))
    B.append(["Impressum · Datenschutz · Kontakt · AGB", f"© Allgäuer Rundschau {dt.year}"])
    return B, body


# ----------------------------------------------------------------- Le Courrier du Midi (French)

COURRIER_COOKIE = (
    "Avec votre accord, nous et nos partenaires utilisons des cookies ou technologies similaires "
    "pour stocker et accéder à des informations personnelles comme votre visite sur ce site. Vous "
    "pouvez retirer votre consentement ou vous opposer aux traitements basés sur l'intérêt "
    "légitime à tout moment en cliquant sur « Paramétrer les cookies » en bas de page."
)


def r_courrier(S, P):
    r, st, dt = P.rng, P.story, P.dt
    B = [["Aller au contenu principal"], ["Le Courrier du Midi"]]
    B.append(["Se connecterS'abonner 1€ le premier mois"])
    B.append(
        [
            "Menu",
            "Actualité",
            "Saint-Aurèle",
            "Montclar",
            "Faits divers",
            "Politique",
            "Économie",
            "Sports",
            "Rugby",
            "Culture",
            "Loisirs",
            "Nécrologie",
            "Annonces légales",
        ]
    )
    B.append(["Choisir mon édition", "Tarn", "Aveyron", "Lot"])
    B.append([f"{weekday(dt, 'fr')} {dt.day} {MONTHS['fr'][dt.month - 1]} {dt.year}"])
    if r.random() < 0.5:
        B.append([f"À la une : {P.others(1)[0]}"])
    B.append([P.crumb])
    head = [st.kicker, st.headline, st.dek]
    if r.random() < 0.25:
        head.insert(0, "Abonnés")
    B.append(head)
    if st.wire:
        meta = [st.wire["agency"]]
    else:
        meta = [f"Par {byline_names(P.reporters, 'fr')}"]
    s = f"Publié le {dt:%d/%m/%Y} à {dt.hour}h{dt.minute:02d}"
    if P.updated:
        s += f", mis à jour le {P.updated:%d/%m/%Y} à {P.updated.hour}h{P.updated.minute:02d}"
    meta += [s, f"Lecture : {read_time(st.paras, 200)} min"]
    B.append(meta)
    B.append(
        [
            "Partager",
            "Partager sur Facebook",
            "Partager sur X",
            "Envoyer par e-mail",
            "Copier le lien",
        ]
    )
    cred = lambda: r.choice(
        [
            f"Photo CdM - {photographer(r, 'fr')}",
            "Photo d'illustration CdM",
            "Photo APF",
            "Photo DR",
            f"CdM - {photographer(r, 'fr')}",
        ]
    )
    B.append([f"{st.captions[0]} {cred()}"])
    body = list(st.paras)
    ins = [["Publicité"]]
    if r.random() < 0.7:
        ins.append([f"Lire aussi : {P.others(1)[0]}"])
    if r.random() < 0.3:
        ins.append(["À lire aussi", P.others(1)[0]])
    if r.random() < 0.5:
        ins.append(
            [
                "Newsletter",
                "Recevez chaque matin l'essentiel de l'actualité de votre département directement dans votre boîte mail.",
                "Votre adresse e-mail",
                "Je m'inscris",
            ]
        )
    if st.videos and r.random() < 0.3:
        ins.append([st.videos[0], "Lecture", f"0{r.randint(0, 2)}:{r.randint(5, 59):02d}"])
    B.append(weave(r, body, st.subheads, ins))
    B.append(["Sur le même sujet"] + P.others(r.randint(3, 5)))
    ncom = r.randint(0, 25)
    if ncom:
        cb = [f"Commentaires ({ncom})", "Réagir"]
        for c in comment_texts(r, "fr", min(ncom, r.randint(1, 4)), st.ctx):
            cb += [username(r, "fr"), ago(r, "fr"), c, "Répondre", "Signaler"]
        B.append(cb)
    mr = ["Les plus lus"]
    for i, h in enumerate(P.others(5), 1):
        mr += [str(i), h]
    B.append(mr)
    B.append(
        [
            "Mentions légales - Politique de confidentialité - CGU - Charte de modération - Gestion des cookies - Contact",
            f"© Le Courrier du Midi {dt.year}",
        ]
    )
    B.append([COURRIER_COOKIE, "Accepter et fermer", "Paramétrer les cookies"])
    return B, body


# ----------------------------------------------------------------- Bytewire (tech/business)


def market_line(r):
    def q(base, spread):
        v = base * (1 + r.uniform(-spread, spread))
        ch = r.uniform(-1.8, 1.8)
        return f"{v:,.2f} {'+' if ch >= 0 else ''}{ch:.2f}%"

    return (
        f"DOW {q(38900, 0.04)}  S&P 500 {q(5100, 0.04)}  NASDAQ {q(16200, 0.05)}  "
        f"10-YR {r.uniform(3.9, 4.6):.2f}%  BTC {q(61000, 0.12)}"
    )


def r_bytewire(S, P):
    r, st, dt = P.rng, P.story, P.dt
    B = [["Skip to main content"], ["Bytewire", "SectionsSearchSign inSubscribe"]]
    B.append([market_line(r)])
    B.append(["Tech AI Markets Startups Policy Security Gadgets Enterprise Podcasts Events"])
    if r.random() < 0.5:
        B.append(["Latest", P.others(1)[0]])
    B.append([P.section.upper() if r.random() < 0.5 else f"{P.section} / {st.kicker.title()}"])
    B.append([st.headline, st.dek])
    if st.wire:
        meta = [f"{st.wire['by']} | {st.wire['agency']}"]
    else:
        reps = P.reporters
        meta = [
            f"{reps[0]['p'].full} | {reps[0]['title']}" if len(reps) == 1 else byline_names(reps)
        ]
    fmt = lambda d: f"{d:%b} {d.day}, {d.year}, {ampm(d)} ET"
    meta.append(fmt(dt))
    if P.updated:
        meta.append(f"Updated {fmt(P.updated)}")
    rt = f"{read_time(st.paras)} min read"
    if r.random() < 0.5:
        meta.append(rt + "ShareFacebookXLinkedInEmailCopy link")
    else:
        meta += [rt, "Share", "Facebook", "X", "LinkedIn", "Email", "Copy link"]
    meta.append("Save")
    B.append(meta)
    if r.random() < 0.45:
        cands = [s for p in st.paras for s in sentences(p) if 10 <= len(s.split()) <= 30]
        if len(cands) >= 3:
            B.append(["Key takeaways"] + ["• " + s for s in r.sample(cands, 3)])
    cred = lambda: r.choice(
        [
            f"Photo: {photographer(r, 'en')}/Bytewire",
            "Photo: Getty Images",
            f"Photo: {photographer(r, 'en')} for Bytewire",
            "Photo illustration: Bytewire",
        ]
    )
    B.append([f"{st.captions[0]} {cred()}"])
    body = list(st.paras)
    ins = [["Advertisement"]]
    if r.random() < 0.7:
        ins.append([f"Related: {P.others(1)[0]}"])
    if r.random() < 0.5:
        ins.append(
            [
                "Bytewire Daily",
                "The biggest stories in tech and business, delivered before the markets open.",
                "Enter your email",
                "Subscribe",
            ]
        )
    if st.pull and r.random() < 0.35:
        ins.append([r.choice(st.pull)])
    if st.videos and r.random() < 0.3:
        ins.append([st.videos[0], f"{r.randint(0, 3)}:{r.randint(5, 59):02d}"])
    B.append(weave(r, body, st.subheads, ins))
    if st.wire and st.wire.get("contrib"):
        B.append([st.wire["contrib"]])
    if r.random() < 0.3:
        B.append(
            [
                f"Disclosure: Bytewire's parent company, Halyard Media, has a commercial partnership with {r.choice(['Kestrel Cloud', 'Quillon Systems', 'Norvale Payments'])}."
            ]
        )
    if st.tags:
        B.append(["Tags", " · ".join(st.tags)])
    if not st.wire:
        B.append([rp["bio"] for rp in P.reporters])
    mp = ["Most Popular"]
    for i, h in enumerate(P.others(5), 1):
        mp += [str(i), h]
    B.append(mp)
    more = [f"More in {P.section}"]
    for h in P.others(4):
        more += [h, ago(r)]
    B.append(more)
    B.append(
        [
            "About · Careers · Ethics Policy · Advertise · Contact · Privacy · Terms · Do Not Sell or Share My Personal Information",
            f"© {dt.year} Bytewire Media LLC. All rights reserved. Market data provided by Sigma Data. Quotes delayed at least 15 minutes.",
        ]
    )
    return B, body


# ----------------------------------------------------------------- NewsFeed Hub (aggregator)

PROMOTED = [
    "Doctors Stunned By This Simple Morning Habit",
    "Homeowners Are Getting A Surprise From Their Utility",
    "The Sneakers Everyone In {state} Is Talking About",
    "Here's What A New Roof Should Cost You In 2025",
    "Seniors Are Ditching Their Cable For This",
    "This Tiny Gadget Is Taking Over Kitchens",
    "You Won't Believe What These Child Stars Look Like Now",
    "Experts Warn About This Common Supplement",
    "Retirees Are Moving To This Overlooked Town",
    "The Credit Card Banks Don't Want You To Know About",
    "Try This Word Game Before Bed",
    "Why Millions Are Switching Their Car Insurance This Month",
]
PROMO_BRANDS = [
    "Health Digest",
    "HomeSaver Tips",
    "Trendsy",
    "FinanceBuzz Daily",
    "Smart Lifestyle",
    "WordWhirl",
]
AW_NOTICE = (
    "Copyright 2025 Associated Wire. All rights reserved. This material may not be published, broadcast, "
    "rewritten or redistributed without permission."
)
FEED_NOTICE = (
    "This article was automatically imported from a wire service feed and has not been edited by "
    "NewsFeed Hub staff."
)


def r_feedhub(S, P):
    r, st, dt = P.rng, P.story, P.dt
    B = [
        [
            "NewsFeed Hub",
            "Home Top Stories World U.S. Business Tech Science Health Sports Entertainment",
        ],
        ["Sign in", "Get the app"],
    ]
    tags = ["#" + slugify(h, 2).replace("-", "") for h in P.others(4)]
    B.append(["Trending: " + " ".join(tags)])
    B.append([st.headline])
    ag = st.wire["agency"]
    B.append(
        [
            ag,
            f"{MONTHS['en'][dt.month - 1]} {dt.day}, {dt.year} · {ampm(dt)}"
            if r.random() < 0.6
            else ago(r),
        ]
    )
    B.append([f"By {st.wire['by']}, {ag}" if r.random() < 0.7 else f"By {st.wire['by'].upper()}"])
    B.append([FEED_NOTICE])
    if st.captions:
        B.append([f"{st.captions[0]} ({ag} Photo/{photographer(r, 'en')})"])
    body = list(st.paras)
    ins = [["Advertisement"]]
    if r.random() < 0.6:
        ins.append(["Trending Now"] + P.others(2))
    if r.random() < 0.4:
        ins.append(["Sponsored", r.choice(PROMOTED).replace("{state}", "Your State")])
    B.append(weave(r, body, st.subheads, ins))
    if st.wire.get("contrib"):
        B.append([st.wire["contrib"]])
    B.append(
        [
            AW_NOTICE
            if ag == "Associated Wire"
            else "Meridian news agency content. All rights reserved. Republication or redistribution of Meridian content is expressly prohibited without prior written consent."
        ]
    )
    pr = ["Promoted Stories"]
    for t in r.sample(PROMOTED, r.randint(4, 6)):
        pr += [
            t.replace("{state}", r.choice(["Ohio", "Texas", "Florida", "Your State"])),
            r.choice(PROMO_BRANDS),
        ]
    B.append(pr)
    B.append(["More Top Stories"] + P.others(r.randint(5, 8)))
    B.append(["Load more"])
    B.append(
        [
            "About NewsFeed Hub · Privacy · Terms · Help · Advertise",
            f"© {dt.year} NewsFeed Hub Inc.",
        ]
    )
    return B, body


# ----------------------------------------------------------------- Capital Courier (live blogs)


def r_capital(S, P):
    r, st, dt = P.rng, P.story, P.dt
    B = [["Skip to main content"], ["Capital Courier", "Subscribe", "Log in"]]
    B.append(
        [
            "News | Politics | Statehouse | Business | Sports | Opinion | Weather | Obituaries | Puzzles"
        ]
    )
    B.append([f"{dt:%a}, {dt:%b} {dt.day}, {dt.year} · {temp_c(r, dt) * 9 // 5 + 32}°F"])
    B.append([P.crumb])
    body = []
    if st.live:
        B.append(["LIVE", st.headline, st.dek])
        last = st.live[0]["t"]
        now = last + timedelta(minutes=r.randint(3, 55))

        def rel(t):
            m = int((now - t).total_seconds() // 60)
            return f"{m}m ago" if m < 60 else f"{m // 60}h ago"

        B.append(
            [
                f"Updated {int((now - last).total_seconds() // 60)} minutes ago"
                if r.random() < 0.5
                else f"Last updated: {ampm(last)} {us_tz(last)}"
            ]
        )
        B.append([f"By {byline_names(P.reporters)}"])
        B.append(["Share", "Facebook", "X", "Email"])
        ke = ["Key events"]
        for e in sorted(
            r.sample(st.live, min(4, len(st.live))), key=lambda e: e["t"], reverse=True
        ):
            ke += [rel(e["t"]), e["title"]]
        B.append(ke)
        B.append(
            [
                "Show key events only",
                "Please turn on JavaScript. Some features of this page may not work.",
            ]
        )
        with_tz = r.random() < 0.4
        for k, e in enumerate(st.live):
            blk = [f"{ampm(e['t'])} {us_tz(e['t'])}" if with_tz else ampm(e["t"]), e["title"]]
            if k == 0 and r.random() < 0.4:
                blk.insert(0, "Pinned")
            blk += e["paras"]
            body += [e["title"]] + e["paras"]
            if r.random() < 0.4:
                blk.append(r.choice(P.reporters)["p"].full)
            blk.append("Share")
            B.append(blk)
            if k % 4 == 3:
                B.append(["Advertisement"])
        B.append(["Load more updates"] if r.random() < 0.6 else ["Live updates have ended."])
    else:
        B.append([st.kicker.upper(), st.headline, st.dek])
        if st.wire:
            B.append([f"By {st.wire['by']}", st.wire["agency"]])
        else:
            B.append([f"By {byline_names(P.reporters)}"])
        B.append([f"{MONTHS['en'][dt.month - 1]} {dt.day}, {dt.year} {ampm(dt, dots=True)}"])
        B.append(["Share", "Facebook", "X", "Email"])
        B.append([f"{st.captions[0]} ({photographer(r, 'en')}/Capital Courier)"])
        body = list(st.paras)
        ins = [["Advertisement"], [f"RELATED: {P.others(1)[0]}"]]
        if st.pull and r.random() < 0.4:
            ins.append([r.choice(st.pull)])
        B.append(weave(r, body, st.subheads, ins))
        if st.wire and st.wire.get("contrib"):
            B.append([st.wire["contrib"]])
    B.append(["Related coverage"] + P.others(r.randint(3, 5)))
    B.append(
        [
            "The Capital Courier is published by Courier Media Group, 200 State Street, Halston.",
            "Contact us | Corrections | Subscriber services | Privacy | Terms",
            f"© {dt.year} Courier Media Group. All rights reserved.",
        ]
    )
    return B, body


# ----------------------------------------------------------------- Diario de la Costa (Spanish)

COSTA_COOKIE = (
    "Utilizamos cookies propias y de terceros para mejorar nuestros servicios y mostrarle publicidad "
    "relacionada con sus preferencias mediante el análisis de sus hábitos de navegación. Si continúa "
    "navegando, consideramos que acepta su uso. Puede obtener más información en nuestra Política de cookies."
)


def r_costa(S, P):
    r, st, dt = P.rng, P.story, P.dt
    B = [["Ir al contenido"], ["Diario de la Costa", "Suscríbete", "Iniciar sesión"]]
    B.append(
        [
            "Portada Local Puerto Almendro Comarca Sucesos Economía Deportes Cultura Opinión Servicios"
        ]
    )
    B.append(
        [
            f"{cap1(weekday(dt, 'es'))}, {dt.day} de {MONTHS['es'][dt.month - 1]} de {dt.year}",
            f"{temp_c(r, dt) + 5} °C {r.choice(WEATHER_ES)}",
        ]
    )
    B.append([P.crumb])
    B.append([st.kicker, st.headline, st.dek])
    meta = [f"Por {byline_names(P.reporters, 'es')}", f"{st.place} | {dt:%d/%m/%Y} - {dt:%H:%M} h"]
    if P.updated:
        meta.append(f"Actualizado: {P.updated:%d/%m/%Y} - {P.updated:%H:%M} h")
    B.append(meta)
    B.append(
        ["Compartir en Facebook", "Compartir en X", "Compartir en WhatsApp", "Enviar por correo"]
    )
    B.append(
        [
            f"{st.captions[0]} | {r.choice(['Foto: ' + photographer(r, 'es'), 'Diario de la Costa', 'Archivo'])}"
        ]
    )
    body = list(st.paras)
    ins = [["Publicidad"], [f"Lee también: {P.others(1)[0]}"]]
    if r.random() < 0.5:
        ins.append(["Te puede interesar", P.others(1)[0]])
    B.append(weave(r, body, st.subheads, ins))
    if st.tags:
        B.append(["Etiquetas"] + st.tags)
    mr = ["Lo más leído"]
    for i, h in enumerate(P.others(5), 1):
        mr += [str(i), h]
    B.append(mr)
    B.append(
        [
            "Aviso legal | Política de privacidad | Política de cookies | Contacto | Publicidad",
            f"© Diario de la Costa {dt.year}. Todos los derechos reservados.",
        ]
    )
    B.append([COSTA_COOKIE, "Aceptar", "Configurar"])
    return B, body


# ----------------------------------------------------------------- Ridgeline Record (small)


def r_ridgeline(S, P):
    r, st, dt = P.rng, P.story, P.dt
    B = [
        ["Ridgeline Record", "Serving Sawtooth County since 1911"],
        ["Home | News | Sports | Obituaries | Opinion | Classifieds | e-Edition | Subscribe"],
        [st.headline],
    ]
    if st.wire:
        B.append([f"By {st.wire['by']}, {st.wire['agency']}"])
    else:
        B.append([f"By {P.reporters[0]['p'].full}, Ridgeline Record"])
    B.append([f"Posted {weekday(dt)}, {long_date_en(dt)} {ampm(dt, upper=False)}"])
    body = list(st.paras)
    B.append(
        weave(
            r,
            body,
            st.subheads,
            [["Ad"], ["Support local journalism. Subscribe to the Ridgeline Record today."]],
        )
    )
    if st.wire and st.wire.get("contrib"):
        B.append([st.wire["contrib"]])
    B.append(["Share this story", "Facebook", "Email"])
    if st.tags:
        B.append(["Tags: " + ", ".join(st.tags)])
    B.append([f"© {dt.year} Ridgeline Record. 22 Silver Avenue, Ridgeline. All rights reserved."])
    return B, body


# ----------------------------------------------------------------- single-page sites


def r_harborview(S, P):
    r, st, dt = P.rng, P.story, P.dt
    B = [
        ["Harborview News", "Home | Village | Schools | Sports | Obituaries | Calendar | Contact"],
        [f"{weekday(dt)}, {long_date_en(dt)}"],
        [st.headline, st.dek],
        [f"Posted by {P.reporters[0]['p'].full} on {dt:%m/%d/%Y}"],
        [f"{st.captions[0]} Photo by {P.reporters[0]['p'].full}"],
    ]
    body = list(st.paras)
    B.append(weave(r, body, st.subheads, [["Advertisement"]]))
    B.append(["Comments are closed."])
    B.append(["Harborview News is an independent community newspaper. © 2025 Harborview News LLC"])
    return B, body


def r_tidewater(S, P):
    r, st, dt = P.rng, P.story, P.dt
    B = [
        ["Skip to main content"],
        ["Tidewater Times", "Subscribe", "Sign in"],
        [
            "News",
            "Local",
            "Nation & World",
            "Business",
            "Sports",
            "Opinion",
            "Obituaries",
            "Weather",
        ],
        [f"{weekday(dt)}, {long_date_en(dt)} | {temp_c(r, dt) * 9 // 5 + 32}°F"],
        ["BREAKING", "Tidewater school board names interim superintendent"],
        ["Nation & World"],
        [st.headline],
        [f"By {st.wire['by']}", st.wire["agency"], f"{long_date_en(dt)} at {ampm(dt, dots=True)}"],
        ["Share", "Facebook", "X", "Email", "Print"],
    ]
    if st.captions:
        B.append([f"{st.captions[0]} (Associated Wire)"])
    body = list(st.paras)
    B.append(
        weave(
            r,
            body,
            st.subheads,
            [["Advertisement"], ["READ MORE: Tidewater ferry fares to rise in July"]],
        )
    )
    if st.wire.get("contrib"):
        B.append([st.wire["contrib"]])
    B.append(
        [
            "Most Read",
            "1",
            "Tidewater school board names interim superintendent",
            "2",
            "Ferry fares to rise in July",
            "3",
            "Restaurant inspections: Five places cited last week",
        ]
    )
    B.append(
        ["Contact Us | Advertise | Terms | Privacy", f"© {dt.year} Tidewater Times Publishing Co."]
    )
    B.append(
        [
            "We use cookies to give you the best experience on our website. By continuing to browse, you agree to our use of cookies.",
            "OK",
        ]
    )
    return B, body


# --------------------------------------------------------------------------
# site table
# --------------------------------------------------------------------------

BAYPORT_TRAP = "The Bayport Metro has reached out to the company for comment."

EN_LOCAL = [
    "housing",
    "fire",
    "crime",
    "court",
    "transit",
    "schools",
    "health",
    "weather",
    "business",
    "environment",
    "culture",
]


def make_sites():
    S = []
    S.append(
        Site(
            "bayport",
            "www.bayport-metro.example",
            "The Bayport Metro",
            "en",
            30,
            "bayport",
            r_bayport,
            dict(para=(1, 3), curly=True),
            EN_LOCAL + ["sports_us", "politics", "science"],
            spacing="random",
            trailing=0.05,
            sections={
                "local": ("Local", "News > Local"),
                "crime": ("Crime & Courts", "News > Crime & Courts"),
                "courts": ("Crime & Courts", "News > Crime & Courts"),
                "transport": ("Transportation", "News > Transportation"),
                "education": ("Education", "News > Education"),
                "health": ("Health", "News > Health"),
                "weather": ("Weather", "News > Weather"),
                "business": ("Business", "Business > Local Business"),
                "environment": ("Environment", "News > Environment"),
                "culture": ("Arts", "Arts & Culture > Arts"),
                "sport": ("Sports", "Sports > Hockey"),
                "politics": ("Politics", "News > Politics"),
                "science": ("Science", "News > Science"),
                "national": ("Nation & World", "News > Nation & World"),
            },
            reporter_titles=[
                ("Senior Reporter", "city hall", "local politics"),
                ("City Hall Reporter", "city hall and housing", "local politics"),
                ("Political Editor", "state politics", "politics"),
                ("Public Safety Reporter", "public safety", "crime courts"),
                ("Courts Reporter", "the courts", "courts crime"),
                ("Education Reporter", "education", "education"),
                ("Transportation Reporter", "transportation", "transport"),
                ("Business Reporter", "business and the local economy", "business national"),
                ("Health Reporter", "health care", "health science"),
                ("Environment Reporter", "climate and the environment", "environment weather"),
                ("Arts Writer", "arts and culture", "culture"),
                ("Sports Writer", "the Mariners", "sport"),
                ("Staff Writer", "breaking news", "weather local crime national"),
            ],
            bio="{name} covers {beat} for The Bayport Metro. Contact {him} at {email}.",
        )
    )
    S.append(
        Site(
            "blast",
            "www.daily-blast.example",
            "The Daily Blast",
            "en",
            22,
            "uk",
            r_blast,
            dict(para=(1, 1), curly=False),
            [
                "tab_celeb",
                "tab_lottery",
                "tab_neighbour",
                "tab_pet",
                "tab_holiday",
                "crime",
                "fire",
                "weather",
                "football_uk",
            ],
            newline="\r\n",
            spacing="none",
            trailing=0.15,
            sections={
                "celebrity": ("Showbiz", "Showbiz › Celebrity"),
                "news": ("News", "News › UK News"),
                "travel": ("Travel", "Travel › Travel News"),
                "crime": ("News", "News › Crime"),
                "local": ("News", "News › UK News"),
                "weather": ("News", "News › Weather"),
                "sport": ("Sport", "Sport › Football"),
                "national": ("News", "News › World News"),
                "business": ("Money", "Money › Business"),
            },
            reporter_titles=[
                ("Showbiz Reporter", None, "celebrity"),
                ("Showbiz Editor", None, "celebrity"),
                ("News Reporter", None, "news local weather travel national"),
                ("Senior News Reporter", None, "news travel weather national"),
                ("Crime Reporter", None, "crime"),
                ("Sports Reporter", None, "sport"),
            ],
        )
    )
    S.append(
        Site(
            "elmwood",
            "www.elmwood-weekly.example",
            "Elmwood Weekly",
            "en",
            18,
            "elmwood",
            r_elmwood,
            dict(para=(2, 3), lead_alone=False, curly=False),
            [
                "housing",
                "schools",
                "fire",
                "crime",
                "business",
                "culture",
                "environment",
                "weather",
                "transit",
                "health",
            ],
            spacing="double",
            trailing=0.1,
            sections={
                "local": ("News", ""),
                "education": ("Schools", ""),
                "crime": ("Police Blotter", ""),
                "courts": ("Police Blotter", ""),
                "business": ("Business", ""),
                "culture": ("Community", ""),
                "politics": ("Town Government", ""),
                "*": ("News", ""),
            },
            reporter_titles=["Editor", "Staff Writer"],
        )
    )
    S.append(
        Site(
            "brc",
            "www.brc-news.example",
            "BRC News",
            "en",
            24,
            "uk",
            r_brc,
            dict(para=(1, 1), curly=False),
            EN_LOCAL + ["football_uk", "politics_uk", "science"],
            spacing="none",
            trailing=0.0,
            sections={
                "sport": ("Football", "Sport > Football"),
                "politics": ("Politics", "UK Politics"),
                "health": ("Health", "Health"),
                "science": ("Science", "Science & Environment"),
                "environment": ("Science", "Science & Environment"),
                "business": ("Business", "Business"),
                "culture": ("Entertainment & Arts", "Entertainment & Arts"),
                "education": ("Family & Education", "Family & Education"),
                "*": ("England", "England | Westlands"),
            },
            reporter_titles=[
                ("BRC News, {city}", None, "*"),
                ("BRC News, {city}", None, "*"),
                ("Health correspondent", None, "health science"),
                ("Political reporter", None, "politics"),
                ("Education correspondent", None, "education"),
                ("Transport correspondent", None, "transport"),
                ("BRC Sport", None, "sport"),
                ("Environment correspondent", None, "environment weather"),
                ("Business reporter", None, "business"),
            ],
        )
    )
    S.append(
        Site(
            "westpfalz",
            "www.westpfalz-kurier.example",
            "Westpfalz-Kurier",
            "de",
            22,
            "westpfalz",
            r_westpfalz,
            dict(para=(1, 3), curly=False),
            [
                "gemeinderat",
                "polizei",
                "unfall",
                "feuerwehr",
                "baustelle",
                "firma",
                "schule",
                "fest",
                "fussball",
                "unwetter",
            ],
            newline="\r\n",
            spacing="blocks",
            trailing=0.08,
            sections={
                "lokales": ("Region", "Startseite › Region › {place}"),
                "blaulicht": ("Blaulicht", "Startseite › Blaulicht › {place}"),
                "verkehr": ("Region", "Startseite › Region › Verkehr"),
                "wirtschaft": ("Wirtschaft", "Startseite › Wirtschaft"),
                "kultur": ("Freizeit", "Startseite › Freizeit & Kultur"),
                "sport": ("Sport", "Startseite › Sport › Fußball"),
            },
            reporter_titles=["Redakteur"],
        )
    )
    S.append(
        Site(
            "courrier",
            "www.courrier-du-midi.example",
            "Le Courrier du Midi",
            "fr",
            16,
            "courrier",
            r_courrier,
            dict(para=(2, 3), lead_alone=False, curly=False),
            ["conseil", "accident", "incendie", "rugby", "festival", "usine"],
            spacing="none",
            trailing=0.2,
            crlf_share=0.5,
            sections={
                "actualite": ("Actualité", "Accueil > Actualité > {place}"),
                "faits-divers": ("Faits divers", "Accueil > Faits divers > {place}"),
                "sports": ("Rugby", "Accueil > Sports > Rugby"),
                "culture": ("Culture", "Accueil > Culture et loisirs"),
                "economie": ("Économie", "Accueil > Économie"),
                "france": ("France", "Accueil > Actualité > France"),
            },
            reporter_titles=["Rédaction"],
        )
    )
    S.append(
        Site(
            "bytewire",
            "www.bytewire.example",
            "Bytewire",
            "en",
            20,
            "bayport",
            r_bytewire,
            dict(para=(1, 2), curly=True),
            [
                "tech_earnings",
                "tech_launch",
                "tech_layoffs",
                "tech_funding",
                "tech_regulation",
                "tech_breach",
            ],
            spacing="random",
            trailing=0.03,
            sections={
                "business": ("Markets", ""),
                "tech": ("Gadgets", ""),
                "startups": ("Startups", ""),
                "policy": ("Policy", ""),
                "security": ("Security", ""),
                "national": ("News", ""),
            },
            reporter_titles=[
                (
                    "Senior Technology Reporter",
                    "cloud computing and enterprise software",
                    "tech business",
                ),
                ("Markets Reporter", "markets and earnings", "business"),
                ("Security Correspondent", "cybersecurity", "security"),
                ("Startups Reporter", "startups and venture capital", "startups"),
                ("Policy Reporter", "technology policy and antitrust", "policy"),
                ("Senior Editor", "consumer technology", "tech"),
            ],
            bio="{name} is a {title_lc} at Bytewire covering {beat}. {He} previously worked at {prev}.",
        )
    )
    S.append(
        Site(
            "feedhub",
            "www.newsfeed-hub.example",
            "NewsFeed Hub",
            "en",
            18,
            "wire_us",
            r_feedhub,
            dict(para=(1, 2)),
            [],
            spacing="mixed",
            trailing=0.02,
            sections={"*": ("Top Stories", "")},
        )
    )
    S.append(
        Site(
            "capital",
            "www.capital-courier.example",
            "Capital Courier",
            "en",
            16,
            "capital",
            r_capital,
            dict(para=(1, 3), curly=False),
            ["politics", "transit", "housing", "health", "schools", "crime", "business", "court"],
            spacing="blocks",
            trailing=0.0,
            sections={
                "politics": ("Politics", "Politics"),
                "transport": ("Transportation", "News / Transportation"),
                "weather": ("Weather", "Weather"),
                "*": ("News", "News / Local"),
            },
            reporter_titles=[
                ("Statehouse Reporter", None, "politics"),
                ("Politics Editor", None, "politics"),
                ("Metro Reporter", None, "*"),
                ("Transportation Reporter", None, "transport"),
                ("Staff Writer", None, "*"),
            ],
        )
    )
    S.append(
        Site(
            "costa",
            "www.diario-de-la-costa.example",
            "Diario de la Costa",
            "es",
            5,
            "costa",
            r_costa,
            dict(para=(1, 2), curly=False),
            ["pleno", "incendio", "playas", "puerto"],
            newline="\r\n",
            spacing="blocks",
            trailing=0.1,
            sections={
                "local": ("Local", "Portada > Local > {place}"),
                "sucesos": ("Sucesos", "Portada > Sucesos"),
                "economia": ("Economía", "Portada > Economía"),
            },
            reporter_titles=["Redacción"],
        )
    )
    S.append(
        Site(
            "ridgeline",
            "www.ridgeline-record.example",
            "Ridgeline Record",
            "en",
            4,
            "ridgeline",
            r_ridgeline,
            dict(para=(1, 2), curly=False),
            ["schools", "fire", "business"],
            spacing="double",
            trailing=0.0,
            sections={"*": ("News", "")},
            reporter_titles=["Staff"],
        )
    )
    S.append(
        Site(
            "harborview",
            "www.harborview-news.example",
            "Harborview News",
            "en",
            1,
            "harborview",
            r_harborview,
            dict(para=(2, 3), lead_alone=False),
            ["environment"],
            spacing="blocks",
            sections={"*": ("Village", "")},
        )
    )
    S.append(
        Site(
            "tidewater",
            "www.tidewater-times.example",
            "Tidewater Times",
            "en",
            1,
            "wire_us",
            r_tidewater,
            dict(para=(1, 2)),
            [],
            newline="\r\n",
            spacing="random",
            sections={"*": ("Nation & World", "")},
        )
    )
    S.append(
        Site(
            "allgaeu",
            "www.allgaeuer-rundschau.example",
            "Allgäuer Rundschau",
            "de",
            1,
            "ddn",
            r_allgaeu,
            dict(para=(1, 2)),
            [],
            spacing="blocks",
            sections={"*": ("Wirtschaft", "Startseite > Wirtschaft")},
        )
    )
    return {s.key: s for s in S}


# English wire stories: (id, topic, agency, hosts); the first host is always the aggregator
WIRE_PLAN = [
    ("w01", "wire_storm", "AW", ["feedhub", "bayport", "tidewater"]),
    ("w02", "wire_wildfire", "AW", ["feedhub", "bayport", "capital", "ridgeline"]),
    ("w03", "wire_merger", "Meridian", ["feedhub", "bayport"]),
    ("w04", "wire_quake", "AW", ["feedhub", "blast"]),
    ("w05", "wire_airline", "Meridian", ["feedhub", "blast", "capital"]),
    ("w06", "wire_rates", "Meridian", ["feedhub", "bytewire"]),
    ("w07", "wire_strike", "Meridian", ["feedhub", "bytewire"]),
    ("w08", "wire_recall", "AW", ["feedhub"]),
    ("w09", "wire_court", "AW", ["feedhub"]),
    ("w10", "wire_storm", "AW", ["feedhub"]),
    ("w11", "wire_wildfire", "AW", ["feedhub"]),
    ("w12", "wire_merger", "Meridian", ["feedhub"]),
    ("w13", "wire_rates", "Meridian", ["feedhub"]),
    ("w14", "wire_airline", "AW", ["feedhub"]),
    ("w15", "wire_recall", "AW", ["feedhub"]),
    ("w16", "wire_court", "AW", ["feedhub"]),
    ("w17", "wire_strike", "Meridian", ["feedhub"]),
    ("w18", "wire_quake", "AW", ["feedhub"]),
    ("g01", "ddn_streik", "ddn", ["westpfalz", "allgaeu"]),
    ("g02", "ddn_bahn", "ddn", ["westpfalz"]),
    ("f01", "apf_greve", "APF", ["courrier"]),
]
LIVE_PLAN = [
    "live_election",
    "live_storm",
    "live_budget",
    "live_strike",
    "live_election",
    "live_storm",
]

START = datetime(2025, 1, 13)
END = datetime(2025, 4, 11)

PREV_JOBS = [
    "the Harbor Business Journal",
    "a trade publication in Chicago",
    "the Bayport Metro",
    "a financial newswire",
    "a public radio station in Ohio",
]


def make_reporters(rng, site, n):
    out = []
    used = set()
    specs = site.reporter_titles
    if specs and not isinstance(specs[0], str):
        n = len(specs)
    for i in range(n):
        p = new_person(rng, site.lang, used)
        spec = specs[i % len(specs)]
        if isinstance(spec, str):
            spec = (spec, None, None)
        title, beat, secs = spec
        rep = {"p": p, "title": title, "bio": None, "secs": secs.split() if secs else None}
        if site.bio:
            beat = beat or "local news"
            rep["bio"] = site.bio.format(
                name=p.full,
                beat=beat,
                him=p.attr("him"),
                He=p.attr("He"),
                email=email_of(p, site.host),
                title_lc=title.lower(),
                prev=rng.choice(PREV_JOBS),
            )
        out.append(rep)
    return out


# --------------------------------------------------------------------------
# generation of wire stories, live blogs and updates
# --------------------------------------------------------------------------


def gen_wire(rng, wid, topic, agency, date, used, used_heads, generic):
    if agency in ("AW", "Meridian"):
        towns = rng.sample(WIRE_TOWNS, 3)
        region = dict(REGIONS["wire_us" if agency == "AW" else "meridian"])
        region["places"] = [t[0] for t in towns]
        region["fixed"] = {
            "place": towns[0][0],
            "state": towns[0][2],
            "place2": towns[1][0],
            "place3": towns[2][0],
        }
        style = {"para": (1, 2) if agency == "AW" else (1, 1)}
        lang = "en"
    elif agency == "ddn":
        region, style, lang = REGIONS["ddn"], {"para": (1, 2)}, "de"
    else:
        region, style, lang = REGIONS["apf"], {"para": (1, 2)}, "fr"
    length = (
        rng.choice(["normal", "normal", "normal", "short"]) if agency != "Meridian" else "normal"
    )
    st = gen_story(rng, wid, topic, generic, region, date, style, used, length, used_heads)
    ctx = st.ctx
    reporter = new_person(rng, lang)
    editor = new_person(rng, lang)
    if agency == "AW":
        town = [t for t in WIRE_TOWNS if t[0] == ctx["place"]][0]
        dateline = f"{town[0].upper()}, {town[1]} (AW) — "
        other = [t for t in WIRE_TOWNS if t[0] == ctx["place2"]][0]
        contrib = (
            f"Associated Wire writer {editor.full} in {other[0]}, {other[1]}, contributed to this report."
            if rng.random() < 0.7
            else None
        )
        st.wire = {"agency": "Associated Wire", "by": reporter.full, "contrib": contrib}
    elif agency == "Meridian":
        city = rng.choice(MERIDIAN_CITIES)
        dateline = f"{city}, {AP_MONTHS[date.month - 1]} {date.day} (Meridian) - "
        st.wire = {
            "agency": "Meridian",
            "by": reporter.full,
            "contrib": f"Reporting by {reporter.full} in {city.title()}; Editing by {editor.full}",
        }
    elif agency == "ddn":
        dateline = f"{ctx['place']} (ddn) - "
        st.wire = {"agency": "ddn", "by": "ddn", "contrib": None}
    else:
        dateline = f"{ctx['place'].upper()} (APF) - "
        st.wire = {"agency": "APF", "by": "APF", "contrib": None}
    used.discard(st.paras[0])
    st.paras[0] = dateline + st.paras[0]
    used.add(st.paras[0])
    st.pull = [q for q in st.pull if q not in st.paras]
    if not st.captions:
        st.captions = []
    return st


def gen_live(rng, sid, topic, region, date, used, used_heads):
    lang = "en"
    for attempt in range(40):
        ctx = region_ctx(rng, region, date, lang)
        f = Filler(rng, lang, "us", ctx)
        for name, spec, va in topic.vars:
            ctx[name] = var_value(f, spec)
        surn = set()
        for k in ("p1", "p2", "p3"):
            roles = topic.roles[k] or [[]]
            ctx[k] = make_role_person(rng, lang, rng.choice(roles), f, surn, k)
        f.mentioned = set()
        n = min(len(topic.items["E"]), rng.randint(9, 12))
        chosen = rng.sample(range(len(topic.items["E"])), n)
        chosen.sort()
        if topic.name == "live_election":
            t0 = date.replace(hour=19, minute=rng.randint(40, 59))
        else:
            t0 = date.replace(hour=rng.randint(6, 9), minute=rng.randint(0, 59))
        times = []
        t = t0
        for _ in chosen:
            t = t + timedelta(minutes=rng.randint(9, 48))
            times.append(t)
        order = list(zip(chosen, times))[::-1]  # newest first, as on the page
        entries = []
        for idx, tm in order:
            parts = topic.items["E"][idx].split(" >> ")
            title = f.fill(parts[0])
            paras = [f.fill(x) for x in parts[1:]]
            paras = [p for p in paras if p not in used]
            if not paras or title in [e["title"] for e in entries]:
                continue
            entries.append({"t": tm, "title": title, "paras": paras})
        if len(entries) < 6:
            continue
        hf = Filler(rng, lang, "us", ctx)
        headline = hf.fill(rng.choice(topic.items["H"]))
        if headline in used_heads:
            continue
        st = Story(sid, lang)
        st.topic, st.sec, st.ctx = topic.name, topic.sec, ctx
        st.headline = headline
        st.dek = hf.fill(rng.choice(topic.items["D"]))
        st.kicker = "LIVE"
        st.live = entries
        st.place = ctx["place"]
        st.captions = ["Live coverage"]
        st.tags = []
        for e in entries:
            st.subheads.add(len(st.paras))
            st.paras.append(e["title"])
            st.paras.extend(e["paras"])
        st.topic_obj = topic
        st.dialect = "us"
        for e in entries:
            for p in e["paras"]:
                used.add(p)
        used_heads.add(headline)
        return st
    raise RuntimeError("live blog generation failed")


def make_update(rng, st, used, generic=None):
    """An updated copy: one figure changes and one new paragraph appears near the top."""
    import copy

    new = copy.copy(st)
    new.paras = list(st.paras)
    new.subheads = set(st.subheads)
    f = Filler(rng, st.lang, getattr(st, "dialect", "us"), st.ctx)
    f.mentioned = {"p1", "p2", "p3"}
    ti = st.topic_obj.for_angle(getattr(st, "angle", None))
    cands = [t for k in ("B", "G") for t in ti[k] if t not in getattr(st, "templates", ())]
    rng.shuffle(cands)
    if generic is not None:
        gi = generic.generic_for(st.topic_obj)
        more = [t for k in ("B", "G") for t in gi[k] if t not in getattr(st, "templates", ())]
        rng.shuffle(more)
        cands += more
    extra = None
    for t in cands:
        s = f.fill(t)
        if s not in used and s not in new.paras:
            extra = s
            break
    # change one number
    for idx in range(1, len(new.paras)):
        if idx in new.subheads:
            continue
        m = list(re.finditer(r"(?<![\d.,])(\d{2,3})(?![\d.,])", new.paras[idx]))
        if m:
            mm = m[0]
            val = int(mm.group(1)) + rng.randint(1, 9)
            new.paras[idx] = new.paras[idx][: mm.start()] + str(val) + new.paras[idx][mm.end() :]
            break
    if extra:
        new.paras.insert(1, extra)
        new.subheads = {i + 1 if i >= 1 else i for i in new.subheads}
        used.add(extra)
    for p in new.paras:
        used.add(p)
    new.pull = [q for q in st.pull if q not in new.paras]
    return new


# --------------------------------------------------------------------------
# building the corpus
# --------------------------------------------------------------------------

N_REPORTERS = {
    "bayport": 7,
    "blast": 5,
    "elmwood": 2,
    "brc": 6,
    "westpfalz": 5,
    "courrier": 4,
    "bytewire": 5,
    "capital": 4,
    "costa": 2,
    "ridgeline": 2,
    "harborview": 1,
}
EXTRA_TOPICS = {
    "feedhub": ("en", ["wire_storm", "wire_recall", "wire_court", "wire_merger", "wire_quake"]),
    "tidewater": ("en", ["wire_storm", "wire_recall"]),
    "allgaeu": ("de", ["ddn_streik", "ddn_bahn"]),
}


def load_topics():
    topics = {}
    for text in (
        CONTENT_EN,
        CONTENT_TAB,
        CONTENT_TECH,
        CONTENT_WIRE,
        CONTENT_LIVE,
        CONTENT_DE,
        CONTENT_FR,
        CONTENT_ES,
    ):
        topics.update(parse_topics(text))
    return topics


def random_dt(rng, lo=START, hi=END):
    d = lo + timedelta(days=rng.randint(0, (hi - lo).days))
    return d.replace(hour=rng.randint(6, 21), minute=rng.randint(0, 59))


def make_extras(rng, site, topics, used_heads, k):
    lang = site.lang
    if site.key in EXTRA_TOPICS:
        lang, names = EXTRA_TOPICS[site.key]
        region = REGIONS["wire_us"] if lang == "en" else REGIONS["ddn"]
        region = dict(region)
        region["places"] = [t[0] for t in WIRE_TOWNS] if lang == "en" else region["places"]
        region["pick"] = dict(region.get("pick", {}), state=[t[2] for t in WIRE_TOWNS])
    else:
        names = site.topics
        region = REGIONS[site.region]
    out = []
    tries = 0
    while len(out) < k and tries < k * 20:
        tries += 1
        t = topics[(lang, rng.choice(names))]
        ctx = region_ctx(rng, region, random_dt(rng), lang)
        if "country" not in ctx:
            ctx.setdefault("country", "Norvia")
        f = Filler(rng, lang, region.get("dialect", "us"), ctx)
        try:
            for name, spec, va in t.vars:
                ctx[name] = var_value(f, spec)
            for p in ("p1", "p2", "p3"):
                roles = t.roles[p] or [[]]
                ctx[p] = make_role_person(rng, lang, rng.choice(roles), f, set(), p)
            h = f.fill(rng.choice(t.items["H"]))
        except KeyError:
            continue
        if h in used_heads or h in out:
            continue
        out.append(h)
    return out


def build(out_dir, seed=1):
    """Write the corpus into out_dir and return summary statistics."""
    t_start = time.time()
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    topics = load_topics()
    T = lambda lang, name: topics[(lang, name)]
    generic = {
        "en": T("en", "_generic"),
        "de": T("de", "_generic"),
        "fr": T("fr", "_generic"),
        "es": T("es", "_generic"),
        "tech": T("en", "_generic_tech"),
        "wire": T("en", "_generic_wire"),
    }
    sites = make_sites()
    used, used_heads = set(), set()
    for s in sites.values():
        s.reporters = make_reporters(
            random.Random(f"{seed}:reporters:{s.key}"), s, N_REPORTERS.get(s.key, 0)
        )

    # ---- wire stories
    wrng = random.Random(f"{seed}:wires")
    wires = {}
    for wid, tname, agency, hosts in WIRE_PLAN:
        lang = {"ddn": "de", "APF": "fr"}.get(agency, "en")
        gen = generic["wire"] if lang == "en" else generic[lang]
        date = random_dt(wrng, START, END - timedelta(days=1))
        st = gen_wire(wrng, wid, T(lang, tname), agency, date, used, used_heads, gen)
        wires[wid] = (st, date, hosts)

    # ---- per-site stories and pages
    all_pages = []
    for site in sites.values():
        rng = random.Random(f"{seed}:site:{site.key}")
        planned = []  # (story, kind, dt, updated)
        for wid, (st, date, hosts) in wires.items():
            if site.key in hosts:
                dt = (
                    date if hosts[0] == site.key else date + timedelta(minutes=rng.randint(10, 420))
                )
                planned.append((st, "syndicated" if len(hosts) > 1 else "local", dt, None))
        n_live = len(LIVE_PLAN) if site.key == "capital" else 0
        n_dup = 1 if site.key == "bayport" else 0
        n_upd = 1 if site.key in ("westpfalz", "bytewire") else 0
        n_local = site.n - len(planned) - n_live - n_dup - n_upd
        gen = generic["tech"] if site.key == "bytewire" else generic[site.lang]
        names = []
        while len(names) < n_local:
            chunk = list(site.topics)
            rng.shuffle(chunk)
            names += chunk
        names = names[:n_local]
        lengths = []
        for _ in range(n_local):
            x = rng.random()
            lengths.append("short" if x < 0.1 else "long" if x < 0.3 else "normal")
        if n_local >= 10:
            if "short" not in lengths:
                lengths[0] = "short"
            while lengths.count("long") < 2:
                lengths[rng.randrange(1, n_local)] = "long"
        locals_ = []
        for i, (name, length) in enumerate(zip(names, lengths)):
            dt = random_dt(rng)
            sid = f"{site.key}-s{i + 1:02d}"
            st = gen_story(
                rng,
                sid,
                T(site.lang, name),
                gen,
                REGIONS[site.region],
                dt,
                site.style,
                used,
                length,
                used_heads,
            )
            # site-specific recurring closing lines that ARE body
            if site.key == "bayport" and st.trap_ok == "company" and rng.random() < 0.9:
                st.paras.append(BAYPORT_TRAP)
            if site.key == "elmwood" and name in ("housing", "schools", "transit"):
                st.paras.append(ELMWOOD_TRAP)
            if site.key == "westpfalz" and (
                name in ("polizei", "unfall") or (name == "feuerwehr" and rng.random() < 0.5)
            ):
                st.paras.append(WESTPFALZ_TRAP)
            apply_style(st, site.style)
            upd = dt + timedelta(minutes=rng.randint(30, 400)) if rng.random() < 0.3 else None
            planned.append((st, "local", dt, upd))
            locals_.append((st, dt))
        for i in range(n_live):
            dt = random_dt(rng)
            sid = f"{site.key}-live{i + 1:02d}"
            st = gen_live(
                rng, sid, T("en", LIVE_PLAN[i]), REGIONS[site.region], dt, used, used_heads
            )
            planned.append((st, "local", dt, None))
        if n_dup:
            cands = [(s, d) for s, d in locals_ if d < END - timedelta(days=3) and not s.live]
            st, d = rng.choice(cands)
            planned.append(
                (
                    st,
                    "duplicate-identical",
                    d + timedelta(days=rng.randint(2, 9), hours=rng.randint(1, 5)),
                    None,
                )
            )
        if n_upd:
            cands = [(s, d) for s, d in locals_ if len(s.paras) >= 4]
            st, d = rng.choice(cands)
            new = make_update(rng, st, used, gen)
            d2 = d + timedelta(minutes=rng.randint(120, 1500))
            planned.append(
                (new, "duplicate-updated", d2, d2 + timedelta(minutes=rng.randint(15, 200)))
            )
        assert len(planned) == site.n, (site.key, len(planned), site.n)
        planned.sort(key=lambda x: x[2])
        site.headlines = list(dict.fromkeys(p[0].headline for p in planned))
        for i, (st, kind, dt, upd) in enumerate(planned, 1):
            prng = random.Random(f"{seed}:page:{site.key}:{i}")
            pg = Page(site, st, kind, dt, prng)
            pg.id = f"{site.key}-{i:03d}"
            pg.updated = upd
            label, crumb = site.section_of(st.sec)
            if kind == "duplicate-identical":
                label, crumb = (
                    ("News", "News > Top Stories") if label != "News" else ("Local", "News > Local")
                )
            pg.section, pg.crumb = label, crumb.replace("{place}", st.place) if crumb else label
            slug = slugify(st.headline)
            if kind == "duplicate-updated":
                slug += "-update"
            pg.url = f"https://{site.host}/{slugify(label, 3)}/{dt:%Y/%m/%d}/{slug}"
            if site.reporters:
                k = 1
                if st.live:
                    k = min(len(site.reporters), rng.randint(2, 3))
                elif len(site.reporters) >= 3 and prng.random() < 0.15:
                    k = 2
                exact = [r for r in site.reporters if r["secs"] and st.sec in r["secs"]]
                wild = [r for r in site.reporters if not r["secs"] or "*" in r["secs"]]
                pool = exact or wild or site.reporters
                if st.live and len(pool) < k:
                    pool = pool + [
                        r for r in wild + site.reporters if all(r is not q for q in pool)
                    ]
                    pool = [r for i, r in enumerate(pool) if all(r is not q for q in pool[:i])]
                pg.reporters = prng.sample(pool, min(k, len(pool)))
            pg.variant = prng.randint(0, 1)
            site.pages.append(pg)
            all_pages.append(pg)
        site.extras = make_extras(
            random.Random(f"{seed}:extras:{site.key}"), site, topics, used_heads, 30
        )

    # ---- render and write
    corpus, manifest, sites_json = [], {}, {}
    for site in sites.values():
        sites_json[site.host] = {"pages": len(site.pages), "single": len(site.pages) == 1}
        for pg in site.pages:
            blocks, body = site.render(site, pg)
            text = finish(site, pg, blocks)
            pg.text, pg.body = text, body
            corpus.append({"id": pg.id, "url": pg.url, "text": text})
            manifest[pg.id] = {"host": site.host, "story": pg.story.sid, "kind": pg.kind}
            with open(out_dir / f"{pg.id}.txt", "w", encoding="utf-8", newline="") as fh:
                fh.write(text)
            with open(out_dir / f"{pg.id}.expected.txt", "w", encoding="utf-8", newline="") as fh:
                fh.write("\n".join(body) + "\n")
    with open(out_dir / "corpus.jsonl", "w", encoding="utf-8", newline="\n") as fh:
        for rec in corpus:
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    with open(out_dir / "sites.json", "w", encoding="utf-8") as fh:
        json.dump(sites_json, fh, indent=2, ensure_ascii=False)
        fh.write("\n")
    with open(out_dir / "manifest.json", "w", encoding="utf-8") as fh:
        json.dump(manifest, fh, indent=2, ensure_ascii=False)
        fh.write("\n")
    stats = validate(sites, all_pages)
    stats["seconds"] = round(time.time() - t_start, 2)
    return stats


def validate(sites, pages):
    ids = [p.id for p in pages]
    assert len(ids) == len(set(ids)), "duplicate ids"
    urls = [p.url for p in pages]
    assert len(urls) == len(set(urls)), "duplicate urls"
    line_pages = {}
    for p in pages:
        lines = p.text.replace("\r\n", "\n").split("\n")
        stripped = [l.strip() for l in lines]
        sset = set(stripped)
        for b in p.body:
            assert b.strip() == b and b, (p.id, repr(b))
            assert b in sset, f"{p.id}: expected line missing from dump: {b[:80]!r}"
        assert long_sentences(p.body) >= 3, f"{p.id}: fewer than 3 long sentences"
        for b in set(p.body):
            line_pages.setdefault(b, set()).add(p.story.sid)
        p.dup_in_page = sum(1 for b in set(p.body) if stripped.count(b) > 1)
    recurring = {b: s for b, s in line_pages.items() if len(s) > 1}
    nparas = [len(p.body) - len(p.story.subheads) for p in pages]
    hosts = {}
    for p in pages:
        hosts.setdefault(p.site.host, 0)
        hosts[p.site.host] += 1
    wire_ids = {p.story.sid for p in pages if p.kind == "syndicated"}
    return {
        "pages": len(pages),
        "hosts": len(hosts),
        "single_hosts": sum(1 for v in hosts.values() if v == 1),
        "stories": len({p.story.sid for p in pages}),
        "syndicated_stories": len(wire_ids),
        "syndicated_pages": sum(1 for p in pages if p.kind == "syndicated"),
        "kinds": {
            k: sum(1 for p in pages if p.kind == k)
            for k in ("local", "syndicated", "duplicate-identical", "duplicate-updated")
        },
        "live_pages": sum(1 for p in pages if p.story.live),
        "crlf_pages": sum(1 for p in pages if "\r\n" in p.text),
        "blank_line_pages": sum(1 for p in pages if "\n\n" in p.text.replace("\r\n", "\n")),
        "mean_chars": round(sum(len(p.text) for p in pages) / len(pages)),
        "min_chars": min(len(p.text) for p in pages),
        "max_chars": max(len(p.text) for p in pages),
        "paras_min": min(nparas),
        "paras_max": max(nparas),
        "paras_mean": round(sum(nparas) / len(nparas), 1),
        "short_pages": sum(1 for n in nparas if n == 2),
        "long_pages": sum(1 for n in nparas if n >= 12),
        "recurring_body_lines": len(recurring),
        "recurring": sorted(((len(s), b) for b, s in recurring.items()), reverse=True),
        "pages_with_body_line_repeated_in_dump": sum(1 for p in pages if p.dup_in_page),
        "per_host": hosts,
    }


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("out_dir")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--stats", action="store_true", help="print detailed statistics")
    a = ap.parse_args(argv)
    stats = build(Path(a.out_dir), seed=a.seed)
    rec = stats.pop("recurring")
    print(json.dumps(stats, indent=2, ensure_ascii=False))
    if a.stats:
        print("recurring body lines (stories, line):")
        for n, b in rec[:60]:
            print(f"  {n:3d}  {b[:110]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
