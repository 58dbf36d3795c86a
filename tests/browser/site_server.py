"""Serve the built site on 127.0.0.1 the way a static host does: gzip, caching, a 404 page.

    python tests/browser/site_server.py [--port 8000] [--root build/html] [--prefix /]

The browser checks and the Lighthouse run start it in a thread with :func:`serve`.
"""

from __future__ import annotations

import argparse
import gzip
import http.server
import mimetypes
import sys
import threading
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from functools import cache
from pathlib import Path
from urllib.parse import unquote, urlsplit

ROOT = Path(__file__).resolve().parents[2]
HTML = ROOT / "build" / "html"

# What hosts compress: text. Fonts (woff2) and images are compressed already.
COMPRESSIBLE = {
    "text/html",
    "text/css",
    "text/javascript",
    "application/javascript",
    "application/json",
    "application/xml",
    "text/xml",
    "image/svg+xml",
    "text/plain",
    "text/x-python",
}
TYPES = {".js": "text/javascript", ".py": "text/x-python", ".inv": "application/octet-stream"}


@cache
def _gzipped(path: Path, mtime_ns: int) -> bytes:
    return gzip.compress(path.read_bytes(), compresslevel=6, mtime=0)


class SiteHandler(http.server.BaseHTTPRequestHandler):
    root: Path = HTML
    prefix: str = "/"
    protocol_version = "HTTP/1.1"

    def log_message(self, format: str, *args) -> None:
        pass

    def _resolve(self, url_path: str) -> Path | None:
        if not url_path.startswith(self.prefix):
            return None
        relative = unquote(url_path[len(self.prefix) :])
        path = (self.root / relative).resolve()
        if not path.is_relative_to(self.root.resolve()):
            return None
        if path.is_dir() and url_path.endswith("/"):
            path = path / "index.html"
        return path if path.exists() else None

    def do_HEAD(self) -> None:
        self._respond(head=True)

    def do_GET(self) -> None:
        self._respond(head=False)

    def _respond(self, head: bool) -> None:
        url_path = urlsplit(self.path).path
        path = self._resolve(url_path)
        if path is not None and path.is_dir():  # a folder without its slash, as hosts do
            self.send_response(301)
            self.send_header("Location", url_path + "/")
            self.send_header("Content-Length", "0")
            self.end_headers()
            return
        status = 200
        if path is None:
            status = 404
            path = self.root / "404.html"
        content_type = TYPES.get(path.suffix) or mimetypes.guess_type(path.name)[0]
        content_type = content_type or "application/octet-stream"
        body = path.read_bytes() if path.is_file() else b"Not found"
        self.send_response(status)
        charset = "; charset=utf-8" if content_type.startswith("text/") else ""
        self.send_header("Content-Type", content_type + charset)
        accepts_gzip = "gzip" in self.headers.get("Accept-Encoding", "")
        if content_type in COMPRESSIBLE and path.is_file():
            self.send_header("Vary", "Accept-Encoding")
            if accepts_gzip:
                body = _gzipped(path, path.stat().st_mtime_ns)
                self.send_header("Content-Encoding", "gzip")
        # What GitHub Pages sends; the theme's assets carry a digest in their URL.
        self.send_header("Cache-Control", "max-age=600")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if not head:
            self.wfile.write(body)


class _Server(http.server.ThreadingHTTPServer):
    daemon_threads = True

    def handle_error(self, request, client_address) -> None:
        # A browser that closes a connection it no longer needs is not an error of the site.
        if not isinstance(sys.exc_info()[1], ConnectionError):
            super().handle_error(request, client_address)


@contextmanager
def serve(root: Path = HTML, prefix: str = "/", port: int = 0) -> Iterator[str]:
    """Serve ``root`` at ``http://127.0.0.1:PORT{prefix}`` in a thread; yield that address."""
    handler = type("Handler", (SiteHandler,), {"root": root, "prefix": prefix})
    server = _Server(("127.0.0.1", port), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}{prefix}"
    finally:
        server.shutdown()
        server.server_close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--port", type=int, default=8000)
    parser.add_argument("--root", type=Path, default=HTML)
    parser.add_argument("--prefix", default="/")
    args = parser.parse_args()
    with serve(args.root, args.prefix, args.port) as url:
        print(f"Serving {args.root} at {url} (Ctrl+C stops)", flush=True)
        with suppress(KeyboardInterrupt):
            threading.Event().wait()


if __name__ == "__main__":
    main()
