"""End to end in a real headless Chromium (Debian's chromium and chromium-driver, no browser download):
the overview, a governorate filter, an event's highlighted evidence, Arabic right-to-left, and a review."""

from __future__ import annotations

import os
import shutil
import socket
import threading
import time

import pytest
import uvicorn

from marsad.web.app import create_app

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
DRIVER = shutil.which("chromedriver") or "/usr/bin/chromedriver"


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def site(web_store, knowledge):
    port = _free_port()
    server = uvicorn.Server(uvicorn.Config(create_app(store=web_store, knowledge=knowledge), host="127.0.0.1",
                                           port=port, log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not server.started and time.monotonic() < deadline:
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    server.should_exit = True
    thread.join(timeout=10)


@pytest.fixture(scope="module")
def browser(tmp_path_factory):
    if not (os.path.exists(CHROMIUM) and os.path.exists(DRIVER)):
        if os.environ.get("CI"):
            pytest.fail("chromium and chromium-driver are missing: .ci/run installs them from Debian")
        pytest.skip("chromium and chromium-driver are not installed (apt-get install chromium chromium-driver)")
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for flag in ("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync",
                 "--disable-dev-shm-usage", f"--user-data-dir={tmp_path_factory.mktemp('chromium')}",
                 "--window-size=1280,1000"):
        options.add_argument(flag)
    driver = webdriver.Chrome(service=Service(DRIVER), options=options)
    driver.set_page_load_timeout(30)
    yield driver
    driver.quit()


def test_overview_filter_event_arabic_review(site, browser, web_store):
    from selenium.common.exceptions import NoSuchElementException, StaleElementReferenceException
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import Select, WebDriverWait

    def wait(condition):
        # a check may run while the next page replaces the current one: its elements then go stale
        WebDriverWait(browser, 10, ignored_exceptions=(NoSuchElementException, StaleElementReferenceException)
                      ).until(condition)

    browser.get(site + "/")
    assert browser.find_element(By.CSS_SELECTOR, "svg.map")
    everything = int(browser.find_element(By.ID, "total").text)

    # filter to one governorate
    Select(browser.find_element(By.ID, "filter-admin1")).select_by_value("IQ-DI")
    browser.find_element(By.ID, "apply-filters").click()
    wait(lambda b: "admin1=IQ-DI" in b.current_url)
    assert 0 < int(browser.find_element(By.ID, "total").text) < everything

    # open an event and see its evidence highlighted in the article
    browser.find_elements(By.CSS_SELECTOR, "a.event-link")[0].click()
    wait(lambda b: "/events/" in b.current_url)
    marks = browser.find_elements(By.CSS_SELECTOR, ".article-text mark.ev-trigger")
    assert marks and marks[0].is_displayed()
    event_url = browser.current_url

    # switch to Arabic: the page is right to left
    browser.find_element(By.ID, "lang-switch").click()
    wait(lambda b: b.find_element(By.TAG_NAME, "html").get_attribute("dir") == "rtl")
    assert browser.execute_script("return getComputedStyle(document.body).direction") == "rtl"

    # sign in as a reviewer, confirm the event, see the audit entry
    browser.find_element(By.ID, "lang-switch").click()
    browser.get(site + "/login?next=" + event_url.removeprefix(site))
    browser.find_element(By.ID, "token").send_keys(web_store.token)
    browser.find_element(By.ID, "sign-in").click()
    wait(lambda b: b.current_url == event_url)
    browser.find_element(By.ID, "confirm").click()
    wait(lambda b: b.find_element(By.ID, "review-state").text == "confirmed")
    entry = browser.find_element(By.CSS_SELECTOR, "#history li").text
    assert "Layla" in entry and "confirm" in entry
