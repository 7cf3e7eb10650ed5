"""E-mail text the way mail clients show it: charsets, encoded headers, HTML as text.

- Charset labels follow the WHATWG Encoding Standard that browsers and mail clients use:
  ``iso-8859-1`` and ``us-ascii`` mean Windows-1252 (so € and ’ come out), ``gb2312`` means
  GB18030, and so on. An unknown or wrong label falls back to UTF-8, then to a detected
  charset (charset-normalizer), then to Windows-1252, which decodes any byte: no text is
  ever dropped.
- Headers: RFC 2047 encoded words in any charset, and raw 8-bit headers.
- HTML: converted to readable text with the standard library's parser (entities decoded,
  paragraphs and lists kept, links kept as "text <url>").
"""

from __future__ import annotations

import codecs
import email.header
import html
import re
from html.parser import HTMLParser

# WHATWG labels whose Python codec differs from what mail clients really decode.
_WHATWG = {
    "us-ascii": "cp1252", "ascii": "cp1252", "iso-8859-1": "cp1252", "iso8859-1": "cp1252",
    "latin1": "cp1252", "latin-1": "cp1252", "l1": "cp1252", "cp819": "cp1252",
    "ibm819": "cp1252", "iso_8859-1": "cp1252", "windows-1252": "cp1252", "x-cp1252": "cp1252",
    "iso-8859-9": "cp1254", "latin5": "cp1254", "iso-8859-11": "cp874", "tis-620": "cp874",
    "gb2312": "gb18030", "gbk": "gb18030", "x-gbk": "gb18030", "gb_2312-80": "gb18030",
    "chinese": "gb18030", "euc-cn": "gb18030",
    "ks_c_5601-1987": "cp949", "euc-kr": "cp949", "korean": "cp949",
    "shift_jis": "cp932", "x-sjis": "cp932", "sjis": "cp932", "windows-31j": "cp932",
    "big5": "big5hkscs", "x-unicode20utf8": "utf-8", "unicode-1-1-utf-8": "utf-8",
    "utf8": "utf-8", "x-user-defined": "cp1252",
}
DETECT_MIN = 200  # bytes: charset detection on a few words guesses wrong more than right


def _c1_as_latin1(exc: UnicodeDecodeError):
    # Windows-1252 leaves 0x81, 0x8D, 0x8F, 0x90 and 0x9D undefined; WHATWG maps them to
    # the C1 control of the same number instead of failing.
    return "".join(chr(b) for b in exc.object[exc.start:exc.end]), exc.end


codecs.register_error("bonusdesk-latin1", _c1_as_latin1)


def codec_for(label: str | None) -> str | None:
    """The Python codec for a MIME charset label, or None when it is unknown."""
    label = (label or "").strip().strip('"').lower()
    if not label:
        return None
    label = _WHATWG.get(label, label)
    try:
        return codecs.lookup(label).name
    except LookupError:
        return None


def decode_bytes(data: bytes, label: str | None = None) -> str:
    """Text from bytes labelled ``label`` (maybe wrongly, maybe not at all); never fails."""
    codec = codec_for(label)
    if codec:
        try:
            return data.decode(codec)
        except UnicodeDecodeError:
            pass  # mislabelled: most often Windows-1252 sent as UTF-8
    if codec != "utf-8":
        try:
            return data.decode("utf-8")
        except UnicodeDecodeError:
            pass
    guess = _detect(data) if len(data) >= DETECT_MIN else None
    return guess if guess is not None else data.decode("cp1252", "bonusdesk-latin1")


def _detect(data: bytes) -> str | None:
    from charset_normalizer import from_bytes

    best = from_bytes(data[:200_000]).best()
    if best is None or best.encoding in ("ascii", "utf_8"):
        return None
    try:
        return data.decode(best.encoding)
    except (UnicodeDecodeError, LookupError):
        return None


def decode_header(raw) -> str:
    """A header value as text: RFC 2047 words in any charset, raw 8-bit bytes, folding."""
    if raw is None:
        return ""
    if not isinstance(raw, str | email.header.Header):
        raw = str(raw)
    out = []
    try:
        chunks = email.header.decode_header(raw)
    except (ValueError, LookupError):  # binascii.Error is a ValueError
        chunks = [(raw, None)]
    for value, charset in chunks:
        if isinstance(value, str):
            value = value.encode("utf-8", "surrogateescape")
        out.append(decode_bytes(value, charset) if charset else decode_bytes(value, "utf-8"))
    text = "".join(out)
    text = re.sub(r"\r?\n[ \t]+", " ", text)  # unfold
    return "".join(c if c.isprintable() or c == " " else " " for c in text).strip()


# -- HTML to text -------------------------------------------------------------------
_BLOCK = {"p", "div", "section", "article", "header", "footer", "table", "tr", "ul", "ol",
          "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "address", "center",
          "form", "hr", "dl", "dt", "dd", "main", "nav", "aside", "figure"}
_SKIP = {"script", "style", "head", "title", "template", "noscript", "svg"}


class _TextMaker(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.out: list[str] = []
        self.skip = 0
        self.pre = 0
        self.quote = 0
        self.links: list[tuple[str, int]] = []  # (href, position in out) of open <a>

    def _newline(self, blank: bool = False) -> None:
        self.out.append("\n\n" if blank else "\n")

    def handle_starttag(self, tag, attrs):
        if tag in _SKIP:
            self.skip += 1
        elif tag == "br":
            self._newline()
        elif tag == "li":
            self._newline()
            self.out.append("• ")
        elif tag in ("td", "th"):
            self.out.append("\t")
        elif tag == "img":
            alt = dict(attrs).get("alt") or ""
            if alt.strip():
                self.out.append(f"[{alt.strip()}]")
        elif tag == "a":
            self.links.append((dict(attrs).get("href") or "", len(self.out)))
        elif tag in _BLOCK:
            self._newline(blank=tag not in ("tr", "dt", "dd"))
            if tag == "pre":
                self.pre += 1
            elif tag == "blockquote":
                self.quote += 1
                self.out.append("\x00quote+")

    def handle_endtag(self, tag):
        if tag in _SKIP:
            self.skip = max(0, self.skip - 1)
        elif tag == "a" and self.links:
            href, at = self.links.pop()
            label = "".join(self.out[at:]).strip()
            if href.startswith(("http:", "https:", "mailto:")):
                target = href.removeprefix("mailto:")
                if target.rstrip("/") != label.rstrip("/"):
                    self.out.append(f" <{target}>")
        elif tag in _BLOCK:
            self._newline(blank=tag not in ("tr", "dt", "dd"))
            if tag == "pre":
                self.pre = max(0, self.pre - 1)
            elif tag == "blockquote":
                self.quote = max(0, self.quote - 1)
                self.out.append("\x00quote-")

    def handle_data(self, data):
        if self.skip:
            return
        if not self.pre:
            data = re.sub(r"[ \t\r\n\f]+", " ", data)
        self.out.append(data)


def html_to_text(markup: str) -> str:
    """Readable text from an HTML e-mail body: entities decoded, structure kept, links kept."""
    maker = _TextMaker()
    try:
        maker.feed(markup)
        maker.close()
    except (AssertionError, ValueError):  # html.parser gives up on some broken markup
        return html.unescape(re.sub(r"<[^>]+>", " ", markup))
    lines, depth = [], 0
    for piece in "".join(maker.out).split("\n"):
        while "\x00quote" in piece:
            i = piece.index("\x00quote")
            depth += 1 if piece[i + 6] == "+" else -1
            piece = piece[:i] + piece[i + 7:]
        line = piece.replace("\xa0", " ").strip(" ")
        line = re.sub(r" {2,}", " ", line).strip("\t ")
        lines.append(("> " * max(depth, 0) + line) if line else "")
    text = "\n".join(lines)
    return re.sub(r"\n{3,}", "\n\n", text).strip()
