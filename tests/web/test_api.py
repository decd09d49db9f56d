"""The JSON API, in process, on a small database built by the tests."""

from __future__ import annotations

import csv
import io

from .conftest import event_id


def test_events_and_filters(client):
    body = client.get("/api/events").json()
    assert body["total"] == len(body["events"]) >= 5
    diyala = client.get("/api/events", params={"admin1": "IQ-DI"}).json()["events"]
    assert {e["admin1_code"] for e in diyala} == {"IQ-DI"} and len(diyala) == 2
    assert client.get("/api/events", params={"since": "2021-07-01", "until": "2021-07-31"}).json()["total"] == 1
    assert client.get("/api/events", params={"actor": "isis"}).json()["events"][0]["actor1_id"] == "isis"
    assert client.get("/api/events", params={"limit": 1}).json()["events"].__len__() == 1


def test_bad_parameters_are_clear_4xx(client):
    r = client.get("/api/events", params={"since": "March"})
    assert r.status_code == 422 and "since" in r.json()["error"]
    assert client.get("/api/events", params={"limit": 10_000}).status_code == 422
    assert client.get("/api/events", params={"status": "rumoured"}).status_code == 422
    assert client.get("/api/events/not-an-id").status_code == 422
    assert client.get("/api/events/e-0000000000000000").status_code == 404


def test_one_event_has_sources_with_evidence(client):
    body = client.get(f"/api/events/{event_id(client, admin1='IQ-DI', since='2021-03-01')}").json()
    (source,) = body["sources"]
    assert source["source_id"] == "diyala"
    assert source["evidence"]["trigger"]["text"] and source["evidence"]["fatalities"]["text"]
    assert body["history"] == []
    reports = client.get(f"/api/clusters/{body['cluster_id']}").json()["reports"]
    assert reports[0]["record"] == "event"


def test_claims_beside_recorded_events(client):
    (claim,) = client.get("/api/claims", params={"actor": "isis"}).json()["claims"]
    assert claim["count_low"] == 21
    assert claim["recorded"]["count"] == 1  # the April bombing in Diyala by ISIS


def test_articles_search_and_detail(client):
    (hit,) = client.get("/api/articles", params={"q": "المقداديه"}).json()["articles"]
    assert hit["source_id"] == "diyala"
    article = client.get(f"/api/articles/{hit['article_id']}").json()
    assert article["events"] and "المقدادية" in article["text"]


def test_stats(client):
    rows = client.get("/api/stats", params={"group": "admin1", "period": "year"}).json()["rows"]
    assert {"period": "2021", "admin1": "Diyala", "events": 1, "fatalities": 3} in rows


def test_exports(client):
    r = client.get("/api/export", params={"format": "acled-csv", "admin1": "IQ-DI"})
    assert r.headers["content-type"].startswith("text/csv")
    rows = list(csv.DictReader(io.StringIO(r.text)))
    assert {row["admin1"] for row in rows} == {"Diyala"}
    assert client.get("/api/export", params={"format": "geojson"}).json()["type"] == "FeatureCollection"
    assert client.get("/api/export", params={"format": "xml"}).status_code == 422


def test_review_needs_a_token_and_is_audited(client, web_store):
    target = event_id(client, admin1="IQ-BA")
    assert client.post(f"/api/events/{target}/review", json={"action": "confirm"}).status_code == 401
    bad = client.post(f"/api/events/{target}/review", json={"action": "confirm"},
                      headers={"Authorization": "Bearer wrong"})
    assert bad.status_code == 401
    auth = {"Authorization": f"Bearer {web_store.token}"}
    assert client.post(f"/api/events/{target}/review", json={"action": "confirm"}, headers=auth).status_code == 200
    edit = client.post(f"/api/events/{target}/review", headers=auth,
                       json={"action": "edit", "changes": {"fatalities_best": 1}})
    assert edit.json()["event"]["fatalities_best"] == 1 and edit.json()["event"]["review"] == "edited"
    wrong = client.post(f"/api/events/{target}/review", headers=auth,
                        json={"action": "edit", "changes": {"sub_event_type": "Suicide bomb"}})
    assert wrong.status_code == 400 and "does not belong to Protests" in wrong.json()["error"]
    history = client.get(f"/api/events/{target}").json()["history"]
    assert [h["action"] for h in history] == ["confirm", "edit"] and history[1]["who"] == "Layla"
    assert history[1]["changed"]["fatalities_best"] == [None, 1]
    # exports reflect reviewed values
    rows = list(csv.DictReader(io.StringIO(client.get("/api/export", params={"format": "acled-csv",
                                                                              "admin1": "IQ-BA"}).text)))
    assert rows[0]["fatalities"] == "1"


def test_rejected_events_leave_the_listings(client, web_store):
    target = event_id(client, admin1="IQ-NI", since="2021-11-01")
    auth = {"Authorization": f"Bearer {web_store.token}"}
    client.post(f"/api/events/{target}/review", json={"action": "reject"}, headers=auth)
    assert target not in {e["cluster_id"] for e in client.get("/api/events").json()["events"]}


def test_openapi_and_limits(client):
    spec = client.get("/api/openapi.json").json()
    assert {"/api/events", "/api/events/{event_id}/review", "/api/export", "/api/stats"} <= set(spec["paths"])
    big = client.post("/api/events/e-0000000000000000/review", content=b"x" * 70_000,
                      headers={"Content-Type": "application/json"})
    assert big.status_code == 413


def test_editing_the_place_and_actors_fills_their_names(client, web_store):
    target = event_id(client, admin1="IQ-DI", since="2021-03-01")
    auth = {"Authorization": f"Bearer {web_store.token}"}
    r = client.post(f"/api/events/{target}/review", headers=auth,
                    json={"action": "edit", "changes": {"admin1_code": "IQ-SD", "actor1_id": "isis"}})
    event = r.json()["event"]
    assert (event["admin1"], event["admin2"], event["lat"], event["geo_precision"]) == ("Salah ad Din", None, None,
                                                                                         "admin1")
    assert event["actor1"] == "Islamic State (ISIS/Daesh)"
    bad = client.post(f"/api/events/{target}/review", headers=auth,
                      json={"action": "edit", "changes": {"actor2_id": "martians"}})
    assert bad.status_code == 400 and "not an actor id" in bad.json()["error"]


def test_editing_the_town_sets_the_whole_location(client, web_store):
    target = client.get("/api/events").json()["events"][-1]["cluster_id"]
    auth = {"Authorization": f"Bearer {web_store.token}"}
    event = client.post(f"/api/events/{target}/review", headers=auth,
                        json={"action": "edit", "changes": {"place_id": "iq-ba-p-shaibah"}}).json()["event"]
    assert (event["admin1_code"], event["admin2"], event["place"], event["geo_precision"]) == (
        "IQ-BA", "Al-Zubair", "Shaibah", "place")
    assert event["lat"] is not None and event["lon"] is not None
    district = client.post(f"/api/events/{target}/review", headers=auth,
                           json={"action": "edit", "changes": {"place_id": "iq-da-d-zakho"}}).json()["event"]
    assert (district["admin1_code"], district["admin2"], district["place"], district["geo_precision"]) == (
        "IQ-DA", "Zakho", None, "admin2")
    bad = client.post(f"/api/events/{target}/review", headers=auth,
                      json={"action": "edit", "changes": {"place_id": "iq-bg"}})
    assert bad.status_code == 400 and "place_id" in bad.json()["error"]


def test_review_of_a_missing_event_is_404(client, web_store):
    auth = {"Authorization": f"Bearer {web_store.token}"}
    missing = client.post("/api/events/k-0000000000000000/review", json={"action": "confirm"}, headers=auth)
    assert missing.status_code == 404 and missing.json() == {"detail": "no event k-0000000000000000"}
    # the token is checked first, and an edit with no changes is still a missing event
    assert client.post("/api/events/k-0000000000000000/review", json={"action": "confirm"}).status_code == 401
    edit = client.post("/api/events/k-0000000000000000/review", json={"action": "edit"}, headers=auth)
    assert edit.status_code == 404 and edit.json() == {"detail": "no event k-0000000000000000"}
