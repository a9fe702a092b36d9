"""Large fills of a PDF page written by sezmap, not by Qt's PDF engine.

Why. Qt's PDF engine writes a path's every vertex as text into the page's content stream and
compresses that stream with zlib at level 6, a level fixed when Qt is built. The largest zone's
A4 page (1M-plot project) draws 80,000 plots as paths: 3.6 MB of the page's 5.6 MB stream, and
0.40 s of the page's 0.59 s to write, most of it that compression (Python's zlib on the same
bytes: level 6 0.35 s, level 4 0.05 s for a stream 4 % larger). Here numpy writes the plots'
operators and zlib compresses them at level 4: ``docs/benchmarks.md``, "# Exports".

How. While the page is drawn, ``PdfForms.begin(painter)`` draws a placeholder where the fills
go (so they keep their place among the other layers, under the painter's clip and opacity): a
1-bit image, 128 x 1 pixels of a random token, which Qt writes losslessly as an image XObject
stretched over the clip's box. The caller's ``Form.fill`` calls gather the rings in the device's
own whole pixels (as Qt would write them: a fill needs no closing vertex, a whole number is
short). After ``QPainter.end()``, ``PdfForms.attach(path)`` finds each token's image object in
Qt's file and appends an incremental update (PDF 1.7, 7.5.6) that redefines that object as a
Form XObject holding the fills: its ``/Matrix`` maps device pixels onto the image's unit square,
so the fills land where Qt would have drawn them, and its ``/BBox`` is the clip's box. Qt's own
bytes are left as they are.

Use::

    forms = PdfForms()
    # while drawing (a painter on a QPdfWriter whose transform is a scale and a shift):
    form = forms.begin(painter)           # None: not possible here; draw with Qt
    form.fill(px, py, starts, QColor(...))  # px, py in the painter's current coordinates
    painter.end()
    forms.attach(pdf_path)                # PdfFormsLost: the file is not as expected; untouched

A form also draws images (``Form.image``: the plots under a pixel, one pixel each), written
losslessly as RGB with a soft mask at zlib level 1, beside the form's stream: Qt would write such
an image as a JPEG (smearing single pixels) or, told to be lossless, at level 6 (0.07 s more for
the largest zone's page).

``PdfFormsLost`` means the page must be drawn again without forms (``export.static`` does).
"""

from __future__ import annotations

import os
import re
import threading
import zlib
from dataclasses import dataclass, field

import numpy as np
from PySide6.QtCore import QRectF
from PySide6.QtGui import QColor, QImage, QPainter, QTransform

from sezmap.render.qpath import ODD_EVEN, WINDING

TOKEN_BITS = 128  # the placeholder's width in pixels: its random token
LEVEL = 4  # zlib's level for the fills: near level 6's size at a sixth of its time (module doc)
IMAGE_LEVEL = 1  # an image of single pixels on a clear ground: level 1 is within a few % of 6's size


class PdfFormsLost(Exception):
    """The PDF does not hold the placeholders as expected (another PDF writer, a changed Qt)."""


def device_rings(px: np.ndarray, py: np.ndarray, starts: np.ndarray, transform: QTransform):
    """(x, y, starts) of the rings through (px, py) in the device's whole pixels: ``transform``
    (a scale and a shift) applied, rounded, each ring's closing vertex left out (a fill closes a
    ring itself), vertices that are not finite dropped (the next vertex then starts a part)."""
    x = np.rint(np.asarray(px, np.float64) * transform.m11() + transform.dx())
    y = np.rint(np.asarray(py, np.float64) * transform.m22() + transform.dy())
    starts = np.asarray(starts, bool).copy()
    n = len(x)
    if n == 0:
        return np.zeros(0, np.int64), np.zeros(0, np.int64), starts
    starts[0] = True
    first = np.flatnonzero(starts)
    last = np.append(first[1:], n) - 1
    closing = last[(last > first) & (x[last] == x[first]) & (y[last] == y[first])]
    keep = np.isfinite(x) & np.isfinite(y)
    after = np.flatnonzero(~keep) + 1
    starts[after[after < n]] = True
    keep[closing] = False
    return x[keep].astype(np.int64), y[keep].astype(np.int64), starts[keep]


def path_operators(x: np.ndarray, y: np.ndarray, starts: np.ndarray) -> bytes:
    """PDF path operators through integer vertices: "x y m" where a part starts, else "x y l",
    one to a line; written by numpy (each number right-aligned in a field of bytes, the
    padding then dropped), not by a Python loop."""
    n = len(x)
    if n == 0:
        return b""
    xf, yf = _fields(np.asarray(x, np.int64)), _fields(np.asarray(y, np.int64))
    rows = np.zeros((n, xf.shape[1] + yf.shape[1] + 4), np.uint8)
    rows[:, :xf.shape[1]] = xf
    rows[:, xf.shape[1]] = ord(" ")
    rows[:, xf.shape[1] + 1:-3] = yf
    rows[:, -3] = ord(" ")
    rows[:, -2] = np.where(np.asarray(starts, bool), ord("m"), ord("l"))
    rows[:, -1] = ord("\n")
    return rows[rows != 0].tobytes()


def _fields(values: np.ndarray) -> np.ndarray:
    """Each integer's decimal text, right-aligned in a row of bytes (0 where no character)."""
    rest = np.abs(values)
    width = len(str(int(rest.max()))) + 1  # the digits and a sign
    out = np.zeros((len(values), width), np.uint8)
    digits = np.zeros(len(values), np.int64)
    for k in range(width - 1):
        present = (rest > 0) | (k == 0)
        out[:, width - 1 - k] = np.where(present, 48 + rest % 10, 0)
        digits += present
        rest //= 10
    negative = np.flatnonzero(values < 0)
    out[negative, width - 1 - digits[negative]] = ord("-")
    return out


def _number(v: float) -> bytes:
    """A real as PDF writes it: no exponent, enough digits for a float64's place on a page."""
    text = f"{v:.10f}".rstrip("0").rstrip(".")
    return (text if text not in ("", "-0") else "0").encode()


@dataclass
class _Image:
    """An image of a form: ARGB32 words, written as RGB with an 8-bit soft mask."""

    words: np.ndarray
    width: int
    height: int
    rgb: bytes = b""
    alpha: bytes = b""

    def compress(self) -> None:
        w = self.words.reshape(-1)
        rgb = np.empty((len(w), 3), np.uint8)
        rgb[:, 0], rgb[:, 1], rgb[:, 2] = (w >> 16) & 255, (w >> 8) & 255, w & 255
        self.rgb = zlib.compress(rgb.tobytes(), IMAGE_LEVEL)
        self.alpha = zlib.compress(((w >> 24) & 255).astype(np.uint8).tobytes(), IMAGE_LEVEL)

    def objects(self, first: int) -> tuple[bytes, bytes]:
        """The image (object ``first``) and its mask (``first + 1``), as objects."""
        head = b"<< /Type /XObject /Subtype /Image /Width %d /Height %d /BitsPerComponent 8 " % (self.width, self.height)
        mask = (b"%d 0 obj\n" % (first + 1) + head + b"/ColorSpace /DeviceGray /Filter /FlateDecode /Length %d >>\n"
                b"stream\n" % len(self.alpha) + self.alpha + b"\nendstream\nendobj\n")
        image = (b"%d 0 obj\n" % first + head + b"/ColorSpace /DeviceRGB /SMask %d 0 R /Filter /FlateDecode "
                 b"/Length %d >>\nstream\n" % (first + 1, len(self.rgb)) + self.rgb + b"\nendstream\nendobj\n")
        return image, mask


@dataclass
class Form:
    """The fills drawn at one placeholder, in the device's pixels (``box``: x, y, width, height)."""

    token: bytes
    box: tuple[float, float, float, float]
    transform: QTransform
    opacity: float
    chunks: list[bytes] = field(default_factory=list)
    alphas: dict[float, str] = field(default_factory=dict)  # a fill's opacity -> its ExtGState's name
    _compressing: threading.Thread | None = None
    _stream: bytes | None = None
    images: list[_Image] = field(default_factory=list)  # drawn in the form, in order

    def fill(self, px, py, starts, colour: QColor, fill_rule: int = WINDING) -> None:
        """Fill the rings through (px, py) (the painter's coordinates when the form began; a new
        ring wherever ``starts``) in ``colour``, with ``fill_rule`` (qpath's WINDING or ODD_EVEN)."""
        x, y, starts = device_rings(px, py, starts, self.transform)
        if len(x) == 0:
            return
        r, g, b = (_number(c) for c in (colour.redF(), colour.greenF(), colour.blueF()))
        if colour.alpha() < 255:  # (a `gs` sets the opacity, it does not multiply the painter's)
            alpha = round(self.opacity * colour.alphaF(), 6)
            name = self.alphas.setdefault(alpha, f"a{len(self.alphas)}")
            self.chunks.append(b"q /%s gs\n" % name.encode())
        self.chunks.append(b"%s %s %s rg\n" % (r, g, b))
        self.chunks.append(path_operators(x, y, starts))
        self.chunks.append(b"f*\n" if fill_rule == ODD_EVEN else b"f\n")
        if colour.alpha() < 255:
            self.chunks.append(b"Q\n")

    def image(self, words: np.ndarray, rect: QRectF) -> None:
        """Draw an image of ARGB32 words ((h, w) uint32; its alpha 0 or 255) over ``rect`` (the
        painter's coordinates when the form began), losslessly: its colours as they are."""
        d = self.transform.mapRect(rect)
        h, w = words.shape
        self.chunks.append(b"q %s 0 0 %s %s %s cm /I%d Do Q\n" % (
            _number(d.width()), _number(-d.height()), _number(d.x()), _number(d.y() + d.height()), len(self.images)))
        self.images.append(_Image(np.ascontiguousarray(words), w, h))

    def end(self) -> None:
        """No more fills: their stream is compressed meanwhile, on a thread of its own (zlib
        lets go of the GIL), while Qt draws and writes the rest of the page."""
        if self._compressing is None:
            self._compressing = threading.Thread(target=self._compress, name="sezmap-pdf-form", daemon=True)
            self._compressing.start()

    def _compress(self) -> None:
        self._stream = zlib.compress(b"".join(self.chunks), LEVEL)
        self.chunks = []
        for image in self.images:
            image.compress()

    def stream(self) -> bytes:
        """The fills' operators, compressed."""
        self.end()
        assert self._compressing is not None
        self._compressing.join()
        assert self._stream is not None
        return self._stream

    def xobject(self, numbers: list[int]) -> bytes:
        """The Form XObject's dictionary and stream (without ``N 0 obj``); ``numbers``: the
        object numbers of its images (``objects``)."""
        x, y, w, h = self.box
        data = self.stream()
        matrix = b" ".join(_number(v) for v in (1.0 / w, 0.0, 0.0, -1.0 / h, -x / w, (y + h) / h))
        bbox = b" ".join(_number(v) for v in (x, y, x + w, y + h))
        states = b"".join(b"/%s << /ca %s /CA %s >> " % (name.encode(), _number(a), _number(a))
                          for a, name in self.alphas.items())
        images = b"".join(b"/I%d %d 0 R " % (k, n) for k, n in enumerate(numbers))
        resources = (b"<< " + (b"/ExtGState << %s>> " % states if states else b"")
                     + (b"/XObject << %s>> " % images if images else b"") + b">>")
        return (b"<< /Type /XObject /Subtype /Form /FormType 1 /BBox [%s] /Matrix [%s] /Resources %s "
                b"/Filter /FlateDecode /Length %d >>\nstream\n" % (bbox, matrix, resources, len(data))
                + data + b"\nendstream")


class PdfForms:
    """The forms of one PDF file (see the module's doc)."""

    def __init__(self) -> None:
        self.forms: list[Form] = []

    def begin(self, painter: QPainter) -> Form | None:
        """A form for fills and images drawn now with ``painter`` (its placeholder drawn), or None where
        the painter's transform rotates or shears, or it draws nothing (opacity 0)."""
        t = painter.transform()
        if t.type().value > QTransform.TransformationType.TxScale.value or painter.opacity() <= 0.0:
            return None
        device = painter.device()
        box = QRectF(0.0, 0.0, float(device.width()), float(device.height()))
        if painter.hasClipping():
            box = box.intersected(t.mapRect(painter.clipBoundingRect()))
        if box.isEmpty():
            return None
        token = os.urandom(TOKEN_BITS // 8)
        image = QImage(token, TOKEN_BITS, 1, TOKEN_BITS // 8, QImage.Format.Format_Mono).copy()
        image.setColorTable([0xFF000000, 0xFFFFFFFF])
        painter.save()
        painter.resetTransform()
        painter.drawImage(box, image)
        painter.restore()
        form = Form(token, (box.x(), box.y(), box.width(), box.height()), QTransform(t), painter.opacity())
        self.forms.append(form)
        return form

    def attach(self, path) -> None:
        """Put the forms into the PDF Qt wrote at ``path`` (an incremental update appended);
        PdfFormsLost, with the file untouched, where a placeholder is not found once."""
        if not self.forms:
            return
        with open(path, "rb") as f:
            data = f.read()
        found = _token_objects(data)
        numbers = []
        for form in self.forms:
            hits = found.get(form.token, [])
            if len(hits) != 1:
                raise PdfFormsLost(f"{path}: a placeholder was found {len(hits)} times")
            numbers.append(hits[0])
        trailer = _last_trailer(data)
        if trailer is None:
            raise PdfFormsLost(f"{path}: no trailer as Qt writes it")
        update = bytearray()
        offsets = []
        size = trailer.size
        for number, form in sorted(zip(numbers, self.forms, strict=True), key=lambda p: p[0]):
            firsts = [size + 2 * k for k in range(len(form.images))]  # new objects: an image and its mask each
            size += 2 * len(form.images)
            offsets.append((number, len(data) + len(update)))
            update += b"%d 0 obj\n" % number + form.xobject(firsts) + b"\nendobj\n"
            for first, image in zip(firsts, form.images, strict=True):
                for n, obj in enumerate(image.objects(first)):
                    offsets.append((first + n, len(data) + len(update)))
                    update += obj
        xref = len(data) + len(update)
        update += b"xref\n" + b"".join(b"%d 1\n%010d 00000 n \n" % (n, o) for n, o in sorted(offsets))
        update += b"trailer\n<< /Size %d %s /Prev %d >>\nstartxref\n%d\n%%%%EOF\n" % (size, trailer.entries, trailer.xref, xref)
        with open(path, "ab") as f:
            f.write(update)


_HEAD = re.compile(rb"(\d+)\s+0\s+obj\s*<<((?:(?!>>).){0,1000}?)>>\s*stream\r?\n", re.S)


def _token_objects(data: bytes) -> dict[bytes, list[int]]:
    """token -> the numbers of the image objects whose pixels are that token (128 x 1, one bit
    each, Flate-compressed, as Qt writes a 1-bit image)."""
    out: dict[bytes, list[int]] = {}
    at = data.find(b"/Width %d" % TOKEN_BITS)
    while at >= 0:
        # the object's head around its /Width: "N 0 obj << ... >> stream"
        m = _HEAD.search(data, max(0, data.rfind(b" obj", 0, at) - 12), at + 1000)
        at = data.find(b"/Width %d" % TOKEN_BITS, at + 1)
        if m is None:
            continue
        head = m.group(2)
        if not (re.search(rb"/Subtype\s*/Image\b", head) and re.search(rb"/Height\s+1\b", head)
                and re.search(rb"/BitsPerComponent\s+1\b", head) and b"/FlateDecode" in head):
            continue
        length = re.search(rb"/Length\s+(\d+)(\s+0\s+R)?", head)
        if length is None:
            continue
        n = int(length.group(1))
        if length.group(2):  # an indirect length: "n 0 obj L endobj", which Qt writes after the stream
            ref = re.compile(rb"(?<!\d)%d\s+0\s+obj\s*(\d+)\s*endobj" % n)
            found = ref.search(data, m.end()) or ref.search(data)
            if found is None:
                continue
            n = int(found.group(1))
        try:
            pixels = zlib.decompress(data[m.end():m.end() + n])
        except zlib.error:
            continue
        for token in (pixels, bytes(255 - b for b in pixels)):  # (black may be written as 1)
            out.setdefault(token, []).append(int(m.group(1)))
    return out


@dataclass(frozen=True)
class _Trailer:
    size: int  # /Size: one more than the highest object number, the first free one
    entries: bytes  # /Root, /Info and /ID as the last trailer has them
    xref: int  # where its cross-reference table starts


def _last_trailer(data: bytes) -> _Trailer | None:
    tail = data[-4096:]
    at = tail.rfind(b"trailer")
    found = re.search(rb"trailer\s*<<(.*)>>\s*startxref\s*(\d+)\s*%%EOF\s*$", tail[at:], re.S) if at >= 0 else None
    if found is None:
        return None
    body = found.group(1)
    size = re.search(rb"/Size\s+(\d+)", body)
    keep = [m.group(0) for key in (rb"/Root\s+\d+\s+\d+\s+R", rb"/Info\s+\d+\s+\d+\s+R", rb"/ID\s*\[[^\]]*\]")
            if (m := re.search(key, body))]
    if size is None or not any(k.startswith(b"/Root") for k in keep):
        return None
    return _Trailer(int(size.group(1)), b" ".join(keep), int(found.group(2)))
