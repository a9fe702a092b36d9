"""A label's texts: a name without its parenthesised part, and a name on two lines (no Qt)."""

from __future__ import annotations

import re


def short_name(text: str) -> str:
    """The name without its parenthesised parts ("X route (Y highway)" -> "X route")."""
    out = re.sub(r"\s*\([^()]*\)", "", text)
    out = re.sub(r"\s+,", ",", out)
    out = re.sub(r"\s{2,}", " ", out).strip(" ,;–-")
    return out if out and out != text else ""


_ACRONYM = re.compile(r"\(([^\W\d_]{2,6})\)")  # "(NIPT)", "(ШЫХО)": letters, capitals (checked below)
_QUOTED = re.compile(r"«[^«»]+»")


def short_label(text: str) -> str:
    """A name's shortest form for a crowded map, or "" when it has none shorter: its quoted
    name and the acronym it gives in brackets, as the Kazakh names put a kind after the name
    ("«Қорғас» шекара маңы … орталығы (ШЫХО)" -> "«Қорғас» ШЫХО"), else the name without its
    parenthesised parts ("ICBC Khorgos (International Center …)" -> "ICBC Khorgos")."""
    acronym, quoted = _ACRONYM.search(text), _QUOTED.search(text)
    forms = [short_name(text)]
    if acronym and acronym.group(1).isupper() and quoted:
        forms.append(f"{quoted.group(0)} {acronym.group(1)}")
    forms = [f for f in forms if f and len(f) < len(text)]
    return min(forms, key=len) if forms else ""


def two_lines(text: str) -> str:
    """The text broken at the space nearest its middle ("Park of Innovative\\nTechnologies SEZ"),
    or "" for a single word."""
    words = text.split()
    if len(words) < 2:
        return ""
    best = min(range(1, len(words)),
               key=lambda k: max(len(" ".join(words[:k])), len(" ".join(words[k:]))))
    return " ".join(words[:best]) + "\n" + " ".join(words[best:])


# the words that say "border crossing" in a crossing's name (en, ru, kk): a country map names
# the crossing by its places, the marker and the legend say what it is
_CROSSING_WORDS = re.compile(
    r"\b(?:rail(?:way)?|road|border\s+crossing|checkpoint)\b"
    r"|Погранпереход|Пограничный\s+переход|Пункт\s+пропуска|\bКПП\b|Автомобильный|Железнодорожный"
    r"|темір\s+жол|өткізу\s+пункті|шекара", re.IGNORECASE)


def place_pair(text: str) -> str:
    """A border crossing's name as its places ("Semey – Lokot rail border crossing (KZ–RU)"
    -> "Semey – Lokot", "Пункт пропуска «Хоргос» (КЗ – КНР)" -> "Хоргос"), or the short
    name when it has no such words."""
    out = short_name(text) or text
    out = _CROSSING_WORDS.sub(" ", out).replace("«", "").replace("»", "")
    out = re.sub(r"\s{2,}", " ", out).strip(" ,;–-")
    return out or short_name(text) or text
