"""HTML to article text: paragraphs kept, scripts and styles dropped, title/date/url from metadata."""

from __future__ import annotations

import re

from bs4 import BeautifulSoup

_BLOCKS = ("p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "tr", "article", "section", "blockquote",
           "header", "footer", "figcaption", "pre", "table", "ul", "ol")
_DROP = ("script", "style", "noscript", "template", "iframe", "svg", "nav", "form", "button")
_DATE_META = ("article:published_time", "og:published_time", "pubdate", "publishdate", "date", "dc.date",
              "dcterms.created", "datepublished", "sailthru.date", "parsely-pub-date")


def html_to_article_fields(markup: str) -> dict[str, str | None]:
    """``text``, ``title``, ``published``, ``url`` of an HTML page."""
    soup = BeautifulSoup(markup, "lxml")
    meta: dict[str, str] = {}
    for tag in soup.find_all("meta"):
        key = (tag.get("property") or tag.get("name") or tag.get("itemprop") or "").lower()
        if key and tag.get("content"):
            meta.setdefault(key, tag["content"].strip())
    title = meta.get("og:title") or (soup.title.get_text(strip=True) if soup.title else None)
    published = next((meta[k] for k in _DATE_META if k in meta), None)
    if published is None:
        time_tag = soup.find("time", attrs={"datetime": True})
        published = time_tag["datetime"] if time_tag else None
    canonical = soup.find("link", rel="canonical")
    url = meta.get("og:url") or (canonical.get("href") if canonical else None)
    for tag in soup(_DROP):
        tag.decompose()
    for br in soup.find_all("br"):
        br.replace_with("\n")
    for block in soup.find_all(_BLOCKS):
        block.insert_after("\n\n")
    body = soup.body or soup
    text = body.get_text()
    text = re.sub(r"[ \t\r\f\v]+\n", "\n", text)
    text = re.sub(r"\n{3,}", "\n\n", text).strip()
    published = published[:10] if published and re.match(r"\d{4}-\d{2}-\d{2}", published) else None
    return {"text": text, "title": title, "published": published, "url": url}


def looks_like_html(text: str) -> bool:
    """Whether plain input is really HTML (an <html> or <body> tag near the start)."""
    head = text[:2000].lower()
    return "<html" in head or "<body" in head or "<!doctype html" in head
