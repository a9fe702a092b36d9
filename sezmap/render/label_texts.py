"""A label's texts: a name without its parenthesised part, and a name on two lines (no Qt)."""

from __future__ import annotations

import re


def short_name(text: str) -> str:
    """The name without its parenthesised parts ("X route (Y highway)" -> "X route")."""
    out = re.sub(r"\s*\([^()]*\)", "", text)
    out = re.sub(r"\s+,", ",", out)
    out = re.sub(r"\s{2,}", " ", out).strip(" ,;–-")
    return out if out and out != text else ""


def two_lines(text: str) -> str:
    """The text broken at the space nearest its middle ("Park of Innovative\\nTechnologies SEZ"),
    or "" for a single word."""
    words = text.split()
    if len(words) < 2:
        return ""
    best = min(range(1, len(words)),
               key=lambda k: max(len(" ".join(words[:k])), len(" ".join(words[k:]))))
    return " ".join(words[:best]) + "\n" + " ".join(words[best:])
