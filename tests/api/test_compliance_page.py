"""The T&S pages in a real headless browser, served by a real server process on loopback.

Needs /usr/bin/chromium (``apt-get install chromium``) and the ``playwright`` package;
skips with the reason when either is missing. No browser download: Playwright drives the
system Chromium.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from api.db import make_engine, upgrade
from api.keys import create_key
from tests.api.fixtures_compliance import PERIOD, RANKING, seed
from tests.api.served import running_server

CHROMIUM = "/usr/bin/chromium"

pytestmark = pytest.mark.slow


@pytest.fixture
def server(tmp_path):
    """A seeded SQLite database, a reviewer key, and ``flask run`` on a loopback port."""
    url = f"sqlite:///{tmp_path}/pages.sqlite3"
    engine = make_engine(url)
    upgrade(engine)
    seed(engine)
    _, key = create_key(engine, "reviewer", "browser-test")
    engine.dispose()
    env = {
        "DATABASE_URL": url,
        "MODERATION_MODEL": "none",
        "MODERATION_LOG_LEVEL": "WARNING",
        "MODERATION_RATE_LIMIT_PER_S": "0",
    }
    with running_server(["flask", "--app", "api", "run", "--host", "127.0.0.1"], env, tmp_path) as base:
        yield base, key


@pytest.fixture
def browser():
    if not Path(CHROMIUM).exists():
        pytest.skip(f"{CHROMIUM} is missing (apt-get install -y chromium)")
    playwright_sync = pytest.importorskip("playwright.sync_api", reason="playwright is not installed")
    with playwright_sync.sync_playwright() as p:
        b = p.chromium.launch(
            executable_path=CHROMIUM,
            args=[
                "--no-sandbox",
                "--disable-gpu",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
            ],
        )
        try:
            yield b
        finally:
            b.close()


def test_ranking_and_seller_pages_render_in_a_browser(server, browser, tmp_path):
    base, key = server
    query = f"?from={PERIOD['from']}&to={PERIOD['to']}"

    anonymous = browser.new_context()  # a page would stop at the browser's sign-in prompt
    refused = anonymous.request.get(base + "/sellers")
    assert refused.status == 401 and refused.headers["www-authenticate"].startswith("Basic")
    anonymous.close()

    context = browser.new_context(http_credentials={"username": "ts", "password": key})
    page = context.new_page()
    resp = page.goto(base + "/sellers" + query)
    assert resp is not None and resp.status == 200
    rows = page.locator("tr.seller-row")
    assert rows.count() == len(RANKING)
    assert [rows.nth(i).get_attribute("data-seller-id") for i in range(rows.count())] == RANKING
    assert "flagged" in rows.nth(0).inner_text()
    page.screenshot(path=str(tmp_path / "sellers.png"), full_page=True)

    page.click("a:text-is('s-alpha')")  # the link keeps the period
    page.wait_for_selector("svg.history-chart")
    assert page.url.startswith(base + "/sellers/s-alpha?")
    assert page.locator("#checked").inner_text() == "8"
    chart = page.locator("svg.history-chart")
    assert chart.locator("polyline").count() == 4
    box = chart.bounding_box()
    assert box is not None and box["width"] > 300 and box["height"] > 100  # drawn, not just present
    assert page.locator("tr.history-row").count() == 7
    page.screenshot(path=str(tmp_path / "seller.png"), full_page=True)
    assert all((tmp_path / n).stat().st_size > 1000 for n in ("sellers.png", "seller.png"))
    if os.environ.get("SCREENSHOT_DIR"):  # keep them for a person to look at
        for name in ("sellers.png", "seller.png"):
            shutil.copy(tmp_path / name, Path(os.environ["SCREENSHOT_DIR"]) / name)
    context.close()
