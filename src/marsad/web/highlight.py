"""Evidence highlighted in an article's original text, safely: the text is escaped, only our marks are HTML."""

from __future__ import annotations

from markupsafe import Markup, escape


def highlight(text: str, spans: dict[str, dict]) -> Markup:
    """The article text as HTML, each evidence span (field -> {start, end}) wrapped in <mark>.

    Overlapping spans nest: the text is cut at every span boundary and each piece carries the classes
    of all the spans that cover it."""
    cuts = {0, len(text)}
    marks = []
    for field, span in spans.items():
        start, end = max(0, int(span["start"])), min(len(text), int(span["end"]))
        if start < end:
            cuts.update((start, end))
            marks.append((start, end, field))
    points = sorted(cuts)
    out = []
    for a, b in zip(points, points[1:]):
        piece = escape(text[a:b])
        covering = sorted(f for s, e, f in marks if s <= a and b <= e)
        if covering:
            classes = " ".join(f"ev-{f}" for f in covering)
            title = escape(", ".join(covering))
            out.append(Markup(f'<mark class="{classes}" title="{title}">') + piece + Markup("</mark>"))
        else:
            out.append(piece)
    return Markup("").join(out)
