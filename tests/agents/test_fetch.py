"""SafeHttp against real HTTP servers on 127.0.0.1: retries, limits, refusals."""

from __future__ import annotations

import gzip
from collections.abc import AsyncIterator, Iterator

import pytest

from agents.edges.fetch import FetchError, SafeHttp
from agents.runtime.settings import load_settings
from tests.http_servers import Reply, ScriptedServer

LOOPBACK = {
    "NEWSWATCH_FETCH_ALLOWED_NETWORKS": "127.0.0.0/8",
    "NEWSWATCH_FETCH_BACKOFF_SECONDS": "0.01",
    "NEWSWATCH_FETCH_PER_HOST_DELAY_SECONDS": "0",
    "NEWSWATCH_FETCH_TIMEOUT_SECONDS": "1",
    "NEWSWATCH_FETCH_MAX_BYTES": "1000000",
    "NEWSWATCH_FETCH_RETRIES": "3",
}


@pytest.fixture
def server() -> Iterator[ScriptedServer]:
    with ScriptedServer() as running:
        yield running


class RecordingHttp(SafeHttp):
    """The client, with its backoff waits recorded instead of slept."""

    def __init__(self) -> None:
        super().__init__(load_settings(LOOPBACK))
        self.waits: list[float] = []
        self.sleep = self.record

    async def record(self, seconds: float) -> None:
        self.waits.append(seconds)


@pytest.fixture
async def http() -> AsyncIterator[RecordingHttp]:
    client = RecordingHttp()
    yield client
    await client.aclose()


async def test_conditional_get_gives_not_modified(server: ScriptedServer, http: RecordingHttp) -> None:
    server.script(
        "/feed", Reply(200, b"<rss/>", {"ETag": '"v1"'}), Reply(304, when=lambda h: h.get("if-none-match") == '"v1"')
    )
    first = await http.request("GET", server.url("/feed"))
    assert (first.status, first.headers["etag"]) == (200, '"v1"')
    second = await http.request("GET", server.url("/feed"), headers={"If-None-Match": '"v1"'})
    assert second.not_modified


async def test_server_errors_are_retried_until_success(server: ScriptedServer, http: RecordingHttp) -> None:
    server.script("/flaky", Reply(500), Reply(503), Reply(200, b"ok"))
    response = await http.request("GET", server.url("/flaky"))
    assert (response.status, response.body, response.attempts) == (200, b"ok", 3)
    assert len(http.waits) == 2
    assert http.waits[1] > http.waits[0] * 0.99  # backoff grows


async def test_429_waits_as_long_as_retry_after_says(server: ScriptedServer, http: RecordingHttp) -> None:
    server.script("/busy", Reply(429, headers={"Retry-After": "7"}), Reply(200, b"ok"))
    response = await http.request("GET", server.url("/busy"))
    assert response.status == 200
    assert http.waits == [pytest.approx(7, abs=0.1)]


async def test_giving_up_after_the_retries(server: ScriptedServer, http: RecordingHttp) -> None:
    server.script("/down", Reply(502))
    with pytest.raises(FetchError) as failure:
        await http.request("GET", server.url("/down"))
    assert (failure.value.outcome, failure.value.status) == ("http_error", 502)
    assert len(server.requests("/down")) == 4  # one try and three retries


async def test_a_slow_answer_times_out(server: ScriptedServer, http: RecordingHttp) -> None:
    server.script("/slow", Reply(200, b"late", delay=3))
    http.retries = 0
    with pytest.raises(FetchError) as failure:
        await http.request("GET", server.url("/slow"))
    assert failure.value.outcome == "timeout"


async def test_a_huge_body_is_cut_off(server: ScriptedServer, http: RecordingHttp) -> None:
    server.script("/huge", Reply(200, body_size=50_000_000))
    with pytest.raises(FetchError) as failure:
        await http.request("GET", server.url("/huge"))
    assert failure.value.outcome == "too_large"


async def test_gzip_is_decoded(server: ScriptedServer, http: RecordingHttp) -> None:
    server.script(
        "/zipped", Reply(200, gzip.compress(b"<rss>" + b"a" * 5000 + b"</rss>"), {"Content-Encoding": "gzip"})
    )
    response = await http.request("GET", server.url("/zipped"))
    assert response.body.startswith(b"<rss>")
    assert len(response.body) == 5011


@pytest.mark.parametrize(
    "target",
    [
        "http://169.254.169.254/latest/meta-data/",  # cloud metadata
        "http://10.1.2.3/internal",
        "http://[::1]:9/",  # loopback, but not in the allowed 127.0.0.0/8
        "http://[::ffff:192.168.0.1]/",
        "file:///etc/passwd",
        "ftp://127.0.0.1/feed",
    ],
)
async def test_redirects_to_refused_addresses_are_not_followed(
    server: ScriptedServer, http: RecordingHttp, target: str
) -> None:
    server.script("/jump", Reply(302, headers={"Location": target}))
    with pytest.raises(FetchError) as failure:
        await http.request("GET", server.url("/jump"))
    assert failure.value.outcome == "refused"


async def test_private_addresses_are_refused_unless_allowed(server: ScriptedServer) -> None:
    server.script("/feed", Reply(200, b"<rss/>"))
    strict = SafeHttp(load_settings({}))
    with pytest.raises(FetchError) as failure:
        await strict.request("GET", server.url("/feed"))
    await strict.aclose()
    assert failure.value.outcome == "refused"
    assert server.requests("/feed") == []  # refused before connecting
    open_network = SafeHttp(load_settings({"NEWSWATCH_FETCH_ALLOW_PRIVATE": "true"}))
    assert (await open_network.request("GET", server.url("/feed"))).status == 200
    await open_network.aclose()


@pytest.mark.parametrize(
    "address",
    [
        "10.0.0.1",
        "10.255.255.254",
        "172.16.0.1",
        "172.31.255.1",
        "192.168.1.1",
        "127.0.0.1",
        "127.8.8.8",
        "169.254.169.254",  # AWS, GCP, Azure metadata
        "169.254.170.2",  # ECS task metadata
        "100.100.100.200",  # Alibaba metadata (shared address space)
        "100.64.0.1",
        "0.0.0.0",
        "0.1.2.3",
        "192.0.0.1",
        "192.0.2.1",
        "198.18.0.1",
        "198.51.100.1",
        "203.0.113.1",
        "224.0.0.1",
        "239.255.255.250",
        "240.0.0.1",
        "255.255.255.255",
        "::1",
        "::",
        "fc00::1",
        "fd00:ec2::254",
        "fe80::1",
        "ff02::1",
        "2001:db8::1",
        "64:ff9b::a00:1",
        "::ffff:10.0.0.1",
        "::ffff:127.0.0.1",
        "::ffff:169.254.169.254",
    ],
)
async def test_every_private_and_metadata_range_is_refused(address: str) -> None:
    strict = SafeHttp(load_settings({}))
    with pytest.raises(FetchError) as failure:
        await strict.request("GET", f"http://{address if ':' not in address else f'[{address}]'}/latest/meta-data/")
    await strict.aclose()
    assert failure.value.outcome == "refused"


async def test_public_addresses_pass_the_check() -> None:
    strict = SafeHttp(load_settings({}))
    assert await strict._checked_address("93.184.216.34", 80) == "93.184.216.34"
    assert await strict._checked_address("2606:4700:4700::1111", 443) == "2606:4700:4700::1111"
    await strict.aclose()
