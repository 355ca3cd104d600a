"""Real HTTP servers on 127.0.0.1 for the tests: each path answers from a script of responses.

    with ScriptedServer() as server:
        server.script("/feed.xml", Reply(500), Reply(200, body=b"<rss>..."))
        url = server.url("/feed.xml")
        ...
        server.requests("/feed.xml")  # what the client sent, in order

A path answers its replies in order and repeats the last one. A reply may wait before answering
(``delay``), send a huge body in chunks (``body_size``), or redirect (``headers={"Location": ...}``).
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any


@dataclass
class Reply:
    status: int = 200
    body: bytes = b""
    headers: dict[str, str] = field(default_factory=dict)
    delay: float = 0.0  # seconds before answering
    body_size: int = 0  # send this many bytes of filler instead of ``body``
    when: Callable[[dict[str, str]], bool] | None = None  # only for requests whose headers match


@dataclass
class Seen:
    method: str
    path: str
    headers: dict[str, str]
    body: bytes
    at: float


class ScriptedServer:
    def __init__(self) -> None:
        self._scripts: dict[str, list[Reply]] = {}
        self._served: dict[str, int] = {}
        self._seen: list[Seen] = []
        self._lock = threading.Lock()
        server = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, format: str, *args: Any) -> None:  # quiet
                pass

            def _handle(self) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                body = self.rfile.read(length) if length else b""
                headers = {key.lower(): value for key, value in self.headers.items()}
                path = self.path.split("?", 1)[0]
                with server._lock:
                    server._seen.append(Seen(self.command, path, headers, body, time.monotonic()))
                    reply = server._next(path, headers)
                if reply.delay:
                    time.sleep(reply.delay)
                try:
                    self.send_response(reply.status)
                    size = reply.body_size or len(reply.body)
                    for key, value in reply.headers.items():
                        self.send_header(key, value)
                    self.send_header("Content-Length", str(size))
                    self.end_headers()
                    if reply.body_size:
                        chunk = b"x" * 65536
                        sent = 0
                        while sent < size:
                            part = chunk[: min(len(chunk), size - sent)]
                            self.wfile.write(part)
                            sent += len(part)
                    elif self.command != "HEAD":
                        self.wfile.write(reply.body)
                except (BrokenPipeError, ConnectionResetError):
                    pass  # the client gave up (a size limit, a timeout): fine

            do_GET = do_POST = do_HEAD = _handle  # noqa: N815

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.httpd.daemon_threads = True
        self.port = self.httpd.server_address[1]
        self._thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)

    def _next(self, path: str, headers: dict[str, str]) -> Reply:
        replies = self._scripts.get(path)
        if not replies:
            return Reply(404, b"not found")
        conditional = [reply for reply in replies if reply.when is not None and reply.when(headers)]
        if conditional:
            return conditional[0]
        plain = [reply for reply in replies if reply.when is None]
        index = self._served.get(path, 0)
        self._served[path] = index + 1
        return plain[min(index, len(plain) - 1)]

    def script(self, path: str, *replies: Reply) -> None:
        with self._lock:
            self._scripts[path] = list(replies)
            self._served[path] = 0

    def url(self, path: str) -> str:
        return f"http://127.0.0.1:{self.port}{path}"

    def requests(self, path: str | None = None) -> list[Seen]:
        with self._lock:
            return [seen for seen in self._seen if path is None or seen.path == path]

    def __enter__(self) -> ScriptedServer:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()
