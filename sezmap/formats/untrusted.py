"""Untrusted text (tenants, project names, reasons, actors, ids, zone names) on its way out.

The values in a project come from whoever edited it, with any program. Each kind of output
makes them harmless in its own way, here, in one place:

* ``spreadsheet_cell``: a CSV cell that a spreadsheet would read as a formula gets a leading
  single quote (OWASP's rule for CSV injection: a cell starting with ``=``, ``+``, ``-``,
  ``@``, a tab or a carriage return, or the full-width and small forms of the first four).
  Spreadsheets in comma-decimal locales (Russian, Kazakh)
  split a line at ``;`` too, so the same applies after each ``;`` inside a cell. A cell that
  is a plain number (``-5``, ``+1.5e3``) is left as it is: it cannot be a formula.
* ``terminal_text``: control characters and escape sequences (ESC, CR, DEL, the C1 controls,
  line and paragraph separators, bidirectional overrides) shown as visible escapes such as
  ``\\x1b`` or ``\\u202e``, so that data printed to a terminal cannot move the cursor, recolour,
  retitle the window, hide text or reorder a line.
* ``json_text``: JSON whose strings hold those characters only as ``\\uXXXX`` escapes (the
  same value for any JSON reader, harmless on a terminal).
* ``xml_text``: text with the characters XML 1.0 forbids (C0 controls but tab and line
  breaks, U+FFFE, U+FFFF) as U+FFFD, so that a file holding it stays well-formed XML (Qt's
  SVG writer escapes ``<``, ``>``, ``&`` and quotes but copies control characters).
* ``script_json``: JSON to inline in an HTML ``<script>`` element: ``<``, ``>``, ``&`` and
  U+2028/U+2029 as ``\\uXXXX`` escapes, so that no ``</script>`` or ``<!--`` in the data
  can end the element or change how the browser reads it.
"""

from __future__ import annotations

import csv
import html
import io
import json
import re
from collections.abc import Iterable, Sequence

# OWASP's six, and their full-width and small forms (U+FF1D ＝, U+FF0B ＋, U+FF0D －, U+FF20 ＠,
# U+FE66, U+FE62, U+FE63, U+FE6B), which spreadsheets in East Asian locales take as the ASCII ones
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r", "\uff1d", "\uff0b", "\uff0d", "\uff20",
                  "\ufe66", "\ufe62", "\ufe63", "\ufe6b")
_PLAIN_NUMBER = re.compile(r"[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?")
_FORMULA_AT = re.compile("(^|;)(?=[" + re.escape("".join(FORMULA_STARTS)) + "])")

# C0 controls, DEL, C1 controls, the line/paragraph separators and the bidirectional
# embeddings, overrides, isolates and marks
_CONTROL = re.compile("[\x00-\x1f\x7f-\x9f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]")
# what json.dumps leaves raw inside strings (it escapes the C0 controls; a raw tab or line
# break in its output is layout, outside any string)
_JSON_RAW = re.compile("[\x7f-\x9f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]")
_XML_FORBIDDEN = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
_NAMED = {"\t": "\\t", "\n": "\\n", "\r": "\\r"}
_SCRIPT_UNSAFE = {"<": "\\u003c", ">": "\\u003e", "&": "\\u0026", "\u2028": "\\u2028", "\u2029": "\\u2029"}


def spreadsheet_cell(value):
    """``value`` as a CSV cell no spreadsheet reads as a formula (non-text values as they are)."""
    if not isinstance(value, str) or not value or _PLAIN_NUMBER.fullmatch(value):
        return value
    return _FORMULA_AT.sub(r"\1'", value)


def spreadsheet_csv(header: Sequence[str], rows: Iterable[Sequence], raw: bool = False, bom: bool = False) -> str:
    """CSV text: ``header``, then one line per row; None is an empty cell. A cell a spreadsheet
    would take for a formula starts with ``'`` (``spreadsheet_cell``) unless ``raw``; with
    ``bom`` the text starts with a UTF-8 byte order mark (Excel then reads it as UTF-8)."""
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\n")
    # the csv module quotes a value holding "\n" (the line terminator) but not one holding a
    # lone "\r", which readers take for a line break: such a row is quoted whole
    quoted = csv.writer(buf, lineterminator="\n", quoting=csv.QUOTE_ALL)
    writer.writerow(list(header))
    for row in rows:
        cells = ["" if v is None else v for v in row]
        if not raw:
            cells = [spreadsheet_cell(v) for v in cells]
        (quoted if any(isinstance(v, str) and "\r" in v for v in cells) else writer).writerow(cells)
    return ("\ufeff" if bom else "") + buf.getvalue()


def _escape(ch: str) -> str:
    code = ord(ch)
    return _NAMED.get(ch) or (f"\\x{code:02x}" if code < 256 else f"\\u{code:04x}")


def terminal_text(text: str, keep: str = "\n\t") -> str:
    """``text`` with its control characters (but those in ``keep``) as visible escapes:
    ``\\t``, ``\\n``, ``\\r``, ``\\xNN``, ``\\uNNNN``."""
    return _CONTROL.sub(lambda m: m.group(0) if m.group(0) in keep else _escape(m.group(0)), str(text))


def _json_escape(match: re.Match) -> str:
    return f"\\u{ord(match.group(0)):04x}"


def json_text(value, **options) -> str:
    """``json.dumps(value, ensure_ascii=False, **options)`` with every control, separator and
    bidirectional character as a ``\\uXXXX`` escape (they occur only inside strings)."""
    return json_escaped(json.dumps(value, ensure_ascii=False, **options))


def json_escaped(text: str) -> str:
    """JSON text written with ``ensure_ascii=False`` as ``json_text`` writes it."""
    return _JSON_RAW.sub(_json_escape, text)


def xml_text(text: str) -> str:
    """``text`` with each character XML 1.0 forbids replaced by U+FFFD."""
    return _XML_FORBIDDEN.sub("\ufffd", text)


def script_json(value, **options) -> str:
    """JSON safe to put between ``<script>`` and ``</script>`` (also as a JavaScript literal)."""
    text = json_text(value, **options)
    return re.sub("[<>&\u2028\u2029]", lambda m: _SCRIPT_UNSAFE[m.group(0)], text)


def markdown_cell(text) -> str:
    """A Markdown table cell: ``|`` escaped, line breaks as spaces, HTML characters as entities
    (a Markdown viewer shows them as written, never as markup)."""
    return html.escape(str(text), quote=False).replace("|", "\\|").replace("\r", " ").replace("\n", " ")
