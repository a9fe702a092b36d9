"""A PDF's pages read for the tests by qpdf, a reader of its own, not by expressions shaped like
the writer's (render.pdf_forms): a test that found the streams as the writer writes them could
share the writer's mistakes.

qpdf's JSON (``--json=2``) gives the file's objects as qpdf reads them: the latest definition of
each (pdf_forms appends an incremental update that redefines its placeholders as forms), the
pages in order with their content streams. ``--show-object=N --filtered-stream-data`` gives a
stream's bytes decoded. Only the operators of a content stream are read here (``operators``),
by PDF's rules for its tokens (PDF 32000-1, 7.2 and 7.8.2).

Use::

    pdf_reading.content(path, 1)        # page 1's content streams, decoded, in order
    pdf_reading.forms(path, 1)          # the form XObjects it can draw: object number -> stream
    pdf_reading.images(path, 1)         # the images it and its forms can draw, with their pixels
    pdf_reading.operators(stream)       # [(operator, operands), ...]

A page number is counted from 1; a page the file does not have is an error. qpdf missing: the
test skips (fails in CI, tests/needs.py).
"""

from __future__ import annotations

import json
import subprocess
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from tests import needs

COMPONENTS = {"/DeviceGray": 1, "/DeviceRGB": 3, "/DeviceCMYK": 4}
WHITE = b"\x00\t\n\x0c\r "
DELIMITERS = b"()<>[]{}/%"


@dataclass(frozen=True)
class Image:
    """An image XObject, decoded: ``pixels`` (height, width, components) uint8, its samples as
    written (a component of 1 bit as 0 or 1; its /Decode not applied); ``filters`` as the file
    has them (a JPEG's pixels are as qpdf decodes them: ``filters`` tells a lossy one); ``mask`` the image of its soft mask (/SMask) or of its stencil mask (/Mask)."""

    number: int
    width: int
    height: int
    bits: int
    colour_space: str
    filters: tuple[str, ...]
    pixels: np.ndarray
    mask: Image | None


def qpdf(*args: str) -> bytes:
    exe = needs.command("qpdf", "qpdf")
    done = subprocess.run([exe, *args], capture_output=True, check=False)
    if done.returncode != 0:  # (3: warnings, which a sound file does not give)
        raise AssertionError(f"qpdf {' '.join(args)}: exit {done.returncode}: {done.stderr.decode(errors='replace')}")
    return done.stdout


class _File:
    """The objects and pages of a PDF as qpdf reads it."""

    def __init__(self, path: Path | str):
        self.path = str(path)
        found = json.loads(qpdf("--json=2", "--json-key=pages", "--json-key=qpdf", self.path))
        self.pages = found["pages"]
        self.objects = found["qpdf"][1]

    def page(self, number: int) -> dict[str, Any]:
        if not 1 <= number <= len(self.pages):
            raise IndexError(f"{self.path} has {len(self.pages)} pages, not a page {number}")
        return self.pages[number - 1]

    def entry(self, ref: str) -> dict[str, Any]:
        """The object ``ref`` ("N G R") as qpdf's JSON has it: {"value": ...} or {"stream": {"dict": ...}}."""
        return self.objects[f"obj:{ref}"]

    def resolve(self, value: Any) -> Any:
        """A direct value, or the value (a stream's dictionary) of the object it refers to."""
        if _is_ref(value):
            obj = self.entry(value)
            return obj["stream"]["dict"] if "stream" in obj else obj["value"]
        return value

    def stream(self, ref: str) -> bytes:
        """The stream of the object ``ref``, decoded."""
        number, generation, _ = ref.split()
        return qpdf(f"--show-object={number},{generation}", "--filtered-stream-data", self.path)

    def resources(self, page: dict[str, Any]) -> dict[str, Any]:
        """The page's resources (inherited from a parent where it has none)."""
        node = self.resolve(page["object"])
        while "/Resources" not in node and "/Parent" in node:
            node = self.resolve(node["/Parent"])
        return self.resolve(node.get("/Resources", {}))

    def xobjects(self, number: int) -> list[tuple[str, dict[str, Any]]]:
        """(ref, dictionary) of each XObject page ``number`` can draw: those of its resources and
        then, for each form among them, those of the form's resources; each once."""
        out: list[tuple[str, dict[str, Any]]] = []
        seen: set[str] = set()

        def visit(resources: dict[str, Any]) -> None:
            named = self.resolve(resources.get("/XObject", {}))
            for name in sorted(named):
                ref = named[name]
                if not _is_ref(ref) or ref in seen:
                    continue
                seen.add(ref)
                head = self.resolve(ref)
                out.append((ref, head))
                if head.get("/Subtype") == "/Form":
                    visit(self.resolve(head.get("/Resources", {})))

        visit(self.resources(self.page(number)))
        return out

    def image(self, ref: str, head: dict[str, Any]) -> Image:
        w, h = (int(self.resolve(head[k])) for k in ("/Width", "/Height"))
        if self.resolve(head.get("/ImageMask", False)):  # (a stencil: 1 bit, no colour space)
            space, bits = "/DeviceGray", 1
        else:
            space, bits = self.resolve(head["/ColorSpace"]), int(self.resolve(head["/BitsPerComponent"]))
        if isinstance(space, list) and space and space[0] == "/ICCBased":
            components = int(self.resolve(self.resolve(space[1])["/N"]))
            space = f"/ICCBased {components}"
        elif space in COMPONENTS:
            components = COMPONENTS[space]
        else:
            raise ValueError(f"{self.path}: image {ref}: colour space {space} is not read here")
        filters = self.resolve(head.get("/Filter", []))
        filters = tuple(filters) if isinstance(filters, list) else (filters,)
        data = np.frombuffer(self.stream(ref), np.uint8)
        if bits == 8:
            if data.size != h * w * components:
                raise AssertionError(f"{self.path}: image {ref}: {data.size} bytes for {w} x {h} x {components}")
            pixels = data.reshape(h, w, components)
        elif bits == 1:
            row = (w * components + 7) // 8
            if data.size != h * row:
                raise AssertionError(f"{self.path}: image {ref}: {data.size} bytes for {h} rows of {row}")
            pixels = np.unpackbits(data.reshape(h, row), axis=1)[:, :w * components].reshape(h, w, components)
        else:
            raise ValueError(f"{self.path}: image {ref}: {bits} bits a component are not read here")
        masks = [m for m in (head.get("/SMask"), head.get("/Mask")) if _is_ref(m)]  # (/Mask may be colours)
        mask = self.image(masks[0], self.resolve(masks[0])) if masks else None
        return Image(int(ref.split()[0]), w, h, bits, space, filters, pixels, mask)


def _is_ref(value: Any) -> bool:
    parts = value.split() if isinstance(value, str) else []
    return len(parts) == 3 and parts[0].isdigit() and parts[1].isdigit() and parts[2] == "R"


def page_count(path: Path | str) -> int:
    return int(qpdf("--show-npages", str(path)))


def content(path: Path | str, page: int) -> bytes:
    """Page ``page``'s content streams (its /Contents), decoded, in order, one after another with a
    newline between them (as a reader reads them: one stream)."""
    f = _File(path)
    return b"\n".join(f.stream(ref) for ref in f.page(page)["contents"])


def forms(path: Path | str, page: int) -> dict[int, bytes]:
    """The streams, decoded, of the form XObjects page ``page`` can draw (its resources' and theirs),
    by object number."""
    f = _File(path)
    return {int(ref.split()[0]): f.stream(ref) for ref, head in f.xobjects(page) if head.get("/Subtype") == "/Form"}


def images(path: Path | str, page: int) -> list[Image]:
    """The image XObjects page ``page`` can draw (its resources' and its forms'), decoded; their soft
    masks are their ``mask``, not in the list."""
    f = _File(path)
    return [f.image(ref, head) for ref, head in f.xobjects(page) if head.get("/Subtype") == "/Image"]


def operators(stream: bytes) -> list[tuple[str, list[bytes]]]:
    """(operator, its operands' bytes) of each operator of a content stream, in order. An array or
    a dictionary is one operand; a comment is skipped. Inline images (BI ... ID ... EI) are not read."""
    out: list[tuple[str, list[bytes]]] = []
    operands: list[bytes] = []
    depth, start, i, n = 0, 0, 0, len(stream)
    while i < n:
        c = stream[i:i + 1]
        at = i
        if c in WHITE:
            i += 1
            continue
        if c == b"%":
            while i < n and stream[i:i + 1] not in b"\r\n":
                i += 1
            continue
        if stream.startswith((b"<<", b">>"), i) or c in b"[]":
            i += 1 if c in b"[]" else 2
            if c in b"[<":
                start, depth = (at if depth == 0 else start), depth + 1
                continue
            depth -= 1
            if depth < 0:
                raise ValueError(f"{c!r} at {at} closes nothing")
            if depth == 0:
                operands.append(stream[start:i])
            continue
        if c == b"(":
            i = _after_string(stream, i)
        elif c == b"<":
            i = stream.find(b">", i)
            if i < 0:
                raise ValueError(f"a hex string at {at} is not closed")
            i += 1
        elif c == b"/":
            i = _after_regular(stream, i + 1)
        elif c in DELIMITERS:
            raise ValueError(f"{c!r} at {at}")
        else:
            i = _after_regular(stream, i)
            word = stream[at:i]
            if depth == 0 and not _is_operand(word):
                if word in (b"BI", b"ID"):
                    raise ValueError(f"an inline image at {at} is not read here")
                out.append((word.decode("latin-1"), operands))
                operands = []
                continue
        if depth == 0:
            operands.append(stream[at:i])
    if depth or operands:
        raise ValueError(f"the stream ends inside an operand or with operands but no operator: {operands}")
    return out


def _after_regular(data: bytes, i: int) -> int:
    while i < len(data) and data[i:i + 1] not in WHITE and data[i:i + 1] not in DELIMITERS:
        i += 1
    return i


def _after_string(data: bytes, i: int) -> int:
    """Where the literal string at ``i`` ("(" ... ")", balanced, with escapes) ends."""
    depth = 0
    while i < len(data):
        c = data[i:i + 1]
        if c == b"\\":
            i += 2
            continue
        depth += {b"(": 1, b")": -1}.get(c, 0)
        i += 1
        if depth == 0:
            return i
    raise ValueError("a string is not closed")


def _is_operand(word: bytes) -> bool:
    """A number or true, false, null (any other bare word is an operator)."""
    number = word.lstrip(b"+-")
    return word in (b"true", b"false", b"null") or (
        number.replace(b".", b"", 1).isdigit() and len(number) >= len(word) - 1)
