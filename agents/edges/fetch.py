"""Safe HTTP for newswatch: one ``httpx.AsyncClient`` behind the feed ingester and webhook delivery.

Every request goes through :class:`SafeHttp`, which

* allows only http and https, and follows redirects itself (at most five), checking each hop;
* refuses hosts that resolve to private, loopback, link-local (cloud metadata), shared, reserved or
  multicast addresses, unless ``NEWSWATCH_FETCH_ALLOW_PRIVATE`` is on or the address is in
  ``NEWSWATCH_FETCH_ALLOWED_NETWORKS``; the connection then goes to the address that was checked (the
  host name stays in the Host header and TLS SNI), so a DNS answer cannot change in between;
* applies the timeout, reads at most ``max_bytes`` of a body (gzip and deflate are decoded by httpx),
  limits requests in flight per host and spaces them by the per-host delay;
* retries connection errors, timeouts, 5xx and 429 with exponential backoff and jitter, waiting as
  long as a Retry-After header asks (up to a bound).

Outcomes are the metric labels of ``newswatch_feed_fetches_total``: ok, not_modified, http_error,
timeout, connection_error, refused, too_large (and not_a_feed and malformed, which the ingester decides).
"""

from __future__ import annotations

import asyncio
import email.utils
import ipaddress
import logging
import random
import socket
import time
from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Final
from urllib.parse import urljoin, urlsplit, urlunsplit

import httpx

from agents.runtime.settings import Settings

logger = logging.getLogger(__name__)

MAX_REDIRECTS: Final = 5
MAX_RETRY_AFTER: Final = 300.0  # seconds: a longer Retry-After ends this attempt instead of waiting
RETRY_STATUSES: Final = frozenset({429, 500, 502, 503, 504})
_NAT64: Final = ipaddress.ip_network("64:ff9b::/96")


class FetchError(Exception):
    """A request that did not give a usable response; ``outcome`` is the metric label."""

    def __init__(self, outcome: str, message: str, status: int | None = None) -> None:
        super().__init__(message)
        self.outcome = outcome
        self.status = status


@dataclass(frozen=True, slots=True)
class Response:
    status: int
    url: str  # after redirects
    headers: Mapping[str, str]
    body: bytes
    attempts: int

    @property
    def not_modified(self) -> bool:
        return self.status == 304


@dataclass
class _Host:
    slots: asyncio.Semaphore
    lock: asyncio.Lock = field(default_factory=asyncio.Lock)
    last_start: float = 0.0


class SafeHttp:
    """``await http.request("GET", url)``; raises :class:`FetchError`. Close with ``await http.aclose()``."""

    def __init__(
        self,
        settings: Settings,
        *,
        timeout: float | None = None,
        max_bytes: int | None = None,
        retries: int | None = None,
        backoff: float | None = None,
        per_host_delay: float | None = None,
    ) -> None:
        self.timeout = timeout if timeout is not None else settings.fetch_timeout_seconds
        self.max_bytes = max_bytes if max_bytes is not None else settings.fetch_max_bytes
        self.retries = retries if retries is not None else settings.fetch_retries
        self.backoff = backoff if backoff is not None else settings.fetch_backoff_seconds
        self.per_host_delay = per_host_delay if per_host_delay is not None else settings.fetch_per_host_delay_seconds
        self.per_host_concurrency = settings.fetch_per_host_concurrency
        self.allow_private = settings.fetch_allow_private
        self.allowed_networks = settings.fetch_allowed_networks
        self.user_agent = settings.fetch_user_agent
        self._hosts: dict[str, _Host] = {}
        self.sleep: Callable[[float], Awaitable[None]] = asyncio.sleep  # tests record the waits here
        self.client = httpx.AsyncClient(
            timeout=httpx.Timeout(self.timeout),
            follow_redirects=False,
            headers={"User-Agent": self.user_agent, "Accept-Encoding": "gzip, deflate"},
            trust_env=False,  # no proxies or .netrc from the environment: only the addresses we check
        )

    async def aclose(self) -> None:
        await self.client.aclose()

    async def request(
        self,
        method: str,
        url: str,
        *,
        headers: Mapping[str, str] | None = None,
        content: bytes | None = None,
        retry_statuses: frozenset[int] = RETRY_STATUSES,
    ) -> Response:
        """One request with retries; a 2xx, 304 or non-retried status is returned, others raise."""
        attempt = 0
        while True:
            attempt += 1
            try:
                response = await self._follow(method, url, headers or {}, content)
            except FetchError as exc:
                if exc.outcome in ("timeout", "connection_error") and attempt <= self.retries:
                    await self.sleep(self.backoff_delay(attempt))
                    continue
                raise
            if response.status in retry_statuses:
                if attempt <= self.retries:
                    wait = self.retry_after(response.headers)
                    if wait is None or wait <= MAX_RETRY_AFTER:
                        await self.sleep(max(wait or 0.0, self.backoff_delay(attempt)))
                        continue
                raise FetchError("http_error", f"HTTP {response.status} after {attempt} attempts", response.status)
            return Response(response.status, response.url, response.headers, response.body, attempt)

    def backoff_delay(self, attempt: int) -> float:
        base = float(self.backoff * 2 ** (attempt - 1))
        return min(60.0, base + random.uniform(0, base))

    @staticmethod
    def retry_after(headers: Mapping[str, str]) -> float | None:
        value = headers.get("retry-after")
        if not value:
            return None
        try:
            return max(0.0, float(value))
        except ValueError:
            pass
        try:
            when = email.utils.parsedate_to_datetime(value)
        except (TypeError, ValueError, IndexError):
            return None
        if when.tzinfo is None:
            when = when.replace(tzinfo=UTC)
        return max(0.0, (when - datetime.now(UTC)).total_seconds())

    async def _follow(self, method: str, url: str, headers: Mapping[str, str], content: bytes | None) -> Response:
        for _ in range(MAX_REDIRECTS + 1):
            response = await self._once(method, url, headers, content)
            if response.status in (301, 302, 303, 307, 308) and "location" in response.headers:
                url = urljoin(url, response.headers["location"])
                if response.status == 303:
                    method, content = "GET", None
                continue
            return response
        raise FetchError("http_error", f"more than {MAX_REDIRECTS} redirects")

    async def _once(self, method: str, url: str, headers: Mapping[str, str], content: bytes | None) -> Response:
        parts = urlsplit(url)
        if parts.scheme not in ("http", "https") or not parts.hostname:
            raise FetchError("refused", f"only http and https URLs are fetched, not {url[:100]!r}")
        target, extensions, host_header = url, {}, None
        if not self.allow_private:
            port = parts.port or (443 if parts.scheme == "https" else 80)
            address = await self._checked_address(parts.hostname, port)
            netloc = f"[{address}]" if ":" in address else address
            if parts.port:
                netloc += f":{parts.port}"
            target = urlunsplit((parts.scheme, netloc, parts.path, parts.query, ""))
            host_header = parts.netloc.rsplit("@", 1)[-1]
            if parts.scheme == "https":
                extensions["sni_hostname"] = parts.hostname
        request_headers = dict(headers)
        if host_header:
            request_headers["Host"] = host_header
        host = self._host(parts.hostname)
        async with host.slots:
            async with host.lock:
                wait = host.last_start + self.per_host_delay - time.monotonic()
                if wait > 0:
                    await self.sleep(wait)
                host.last_start = time.monotonic()
            return await self._send(method, target, url, request_headers, content, extensions)

    async def _send(
        self,
        method: str,
        target: str,
        url: str,
        headers: Mapping[str, str],
        content: bytes | None,
        extensions: dict[str, str],
    ) -> Response:
        request = self.client.build_request(method, target, headers=headers, content=content, extensions=extensions)
        try:
            response = await self.client.send(request, stream=True)
        except httpx.TimeoutException:
            raise FetchError("timeout", f"no answer within {self.timeout:g} s") from None
        except httpx.HTTPError as exc:
            raise FetchError("connection_error", f"{type(exc).__name__}: {exc}") from None
        try:
            declared = response.headers.get("content-length")
            if declared and declared.isdigit() and int(declared) > self.max_bytes:
                raise FetchError("too_large", f"the body is {declared} bytes, over the limit of {self.max_bytes}")
            body = bytearray()
            try:
                async for chunk in response.aiter_bytes():
                    body += chunk
                    if len(body) > self.max_bytes:
                        raise FetchError("too_large", f"the body is over the limit of {self.max_bytes} bytes")
            except httpx.TimeoutException:
                raise FetchError("timeout", f"the body did not arrive within {self.timeout:g} s") from None
            except httpx.HTTPError as exc:
                raise FetchError("connection_error", f"{type(exc).__name__}: {exc}") from None
        finally:
            await response.aclose()
        headers_out = {key.lower(): value for key, value in response.headers.items()}
        return Response(response.status_code, url, headers_out, bytes(body), 1)

    def _host(self, name: str) -> _Host:
        host = self._hosts.get(name)
        if host is None:
            host = self._hosts[name] = _Host(asyncio.Semaphore(self.per_host_concurrency))
        return host

    async def _checked_address(self, hostname: str, port: int) -> str:
        """An address of ``hostname`` we may connect to; raises FetchError(refused) if any is forbidden."""
        try:
            literal = ipaddress.ip_address(hostname.strip("[]"))
            addresses = [literal]
        except ValueError:
            try:
                infos = await asyncio.get_running_loop().getaddrinfo(hostname, port, type=socket.SOCK_STREAM)
            except OSError as exc:
                raise FetchError("connection_error", f"cannot resolve {hostname}: {exc}") from None
            addresses = [ipaddress.ip_address(info[4][0]) for info in infos]
        if not addresses:
            raise FetchError("connection_error", f"{hostname} has no address")
        for address in addresses:
            if not self._allowed(address):
                raise FetchError("refused", f"{hostname} resolves to {address}, a private or reserved address")
        return str(addresses[0])

    def _allowed(self, address: ipaddress.IPv4Address | ipaddress.IPv6Address) -> bool:
        if any(address in network for network in self.allowed_networks):
            return True
        if isinstance(address, ipaddress.IPv6Address):
            # IPv6 forms that carry an IPv4 address (mapped, 6to4, Teredo, NAT64) are judged by it.
            embedded = address.ipv4_mapped or address.sixtofour or (address.teredo or (None, None))[1]
            if embedded is None and address in _NAT64:
                embedded = ipaddress.IPv4Address(int(address) & 0xFFFFFFFF)
            if embedded is not None:
                return self._allowed(embedded)
        return address.is_global and not address.is_multicast
