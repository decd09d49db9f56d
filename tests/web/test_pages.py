"""The pages: both languages complete, evidence highlighted, article text never executed."""

from __future__ import annotations

import re

from marsad.web.i18n import messages

from .conftest import event_id


def test_every_message_has_both_languages():
    table = messages()
    assert set(table["en"]) == set(table["ar"]) and len(table["en"]) > 40


def test_pages_render_in_english_and_arabic(client):
    for path in ("/", "/events", "/claims", "/search?q=%D8%B9%D8%A8%D9%88%D8%A9", "/login"):
        en = client.get(path)
        ar = client.get(path, params={"lang": "ar"}) if "?" not in path else client.get(path + "&lang=ar")
        assert en.status_code == ar.status_code == 200
        assert '<html lang="en" dir="ltr">' in en.text and '<html lang="ar" dir="rtl">' in ar.text
        assert "نظرة عامة" in ar.text


def test_overview_map_links_each_governorate(client):
    page = client.get("/").text
    assert 'data-code="IQ-DI"' in page and "admin1=IQ-DI" in page
    assert "<svg" in page and "Diyala 2" in page


def test_event_page_highlights_evidence(client):
    page = client.get(f"/events/{event_id(client, admin1='IQ-DI', since='2021-03-01')}").text
    assert re.search(r'<mark class="[^"]*ev-trigger[^"]*"', page)
    assert re.search(r'<mark class="[^"]*ev-fatalities[^"]*"[^>]*>[^<]*ثلاثة', page)


def test_article_text_is_escaped_never_executed(client):
    page = client.get(f"/events/{event_id(client, admin1='IQ-NI', since='2021-08-01', until='2021-08-31')}")
    assert page.status_code == 200
    assert "<script>alert" not in page.text and "&lt;script&gt;" in page.text
    assert "<img src=x" not in page.text and 'href="javascript:' not in page.text
    assert "script-src 'self'" in page.headers["content-security-policy"]


def test_review_form_needs_sign_in(client, web_store):
    target = event_id(client, admin1="IQ-DI", since="2021-03-01")
    assert client.post(f"/events/{target}/review", data={"action": "confirm"}).status_code == 401
    assert "bad_token" in client.post("/login", data={"token": "nope"}, follow_redirects=False).headers["location"]
    signed = client.post("/login", data={"token": web_store.token, "next": f"/events/{target}"},
                         follow_redirects=False)
    assert signed.status_code == 303 and signed.headers["location"] == f"/events/{target}"
    page = client.post(f"/events/{target}/review", data={"action": "confirm"}).text
    assert "Layla" in page and 'id="review-state">confirmed' in page
    assert 'list="place-ids"' in page and 'value="iq-di-d-baquba"' in page  # the town picker
    client.post(f"/events/{target}/review", data={"action": "edit", "place_id": "iq-di-d-baquba"})
    assert client.get(f"/api/events/{target}").json()["admin2"] == "Baquba"
    missing = client.post("/events/k-0000000000000000/review", data={"action": "confirm"}, follow_redirects=False)
    assert missing.status_code == 404 and missing.json() == {"detail": "no such event"}
    client.post("/logout")


def test_redirects_stay_on_this_site(client):
    r = client.get("/lang/ar", params={"next": "https://elsewhere.example/"}, follow_redirects=False)
    assert r.headers["location"] == "/"


def test_empty_filter_fields_mean_no_filter_and_bad_dates_say_so(client):
    assert client.get("/", params={"since": "", "until": "", "admin1": "IQ-DI", "type": ""}).status_code == 200
    bad = client.get("/events", params={"since": "yesterday"})
    assert bad.status_code == 400 and "since" in bad.text
