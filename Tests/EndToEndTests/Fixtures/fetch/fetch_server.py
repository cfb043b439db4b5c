"""The server the fetch tests download from: loopback only, recorded replies by path.

  python3 fetch_server.py REQUEST_LOG EXPECTED_KEY

Binds 127.0.0.1 on a free port and prints the port on its first line. Each request appends one
JSON line to REQUEST_LOG: the path (never the query), If-None-Match, If-Modified-Since, and for
/keyed.csv whether its apiKey was EXPECTED_KEY. The paths:

  /good.csv          rnd_population.csv with an ETag and Last-Modified; 304 to a request that
                     sends the ETag back
  /plain.csv         rnd_population.csv, no ETag or Last-Modified
  /flaky.csv         500 to the first request, then as /plain.csv
  /always-500.csv    500, always
  /missing.csv       404
  /cut-short.csv     declares the whole file's length, sends half of it and closes
  /slow.csv          waits 3 s, then as /plain.csv
  /html.csv          200 with an HTML page (a login page)
  /kosis-error.csv   200 with KOSIS OpenAPI's error reply
  /header-only.csv   the file's header line alone
  /keyed.csv         as /plain.csv when apiKey is EXPECTED_KEY, else 401
"""
import http.server
import json
import os
import socket
import sys
import threading
import time
import urllib.parse

HERE = os.path.dirname(os.path.abspath(__file__))
with open(os.path.join(HERE, "rnd_population.csv"), "rb") as f:
    GOOD = f.read()
ETAG = '"rnd-population-2015-2020"'
LAST_MODIFIED = "Tue, 01 Jul 2025 00:00:00 GMT"
HTML = b"<!DOCTYPE html>\n<html><head><title>Login</title></head><body>Sign in</body></html>\n"
KOSIS_ERROR = '{"err":"30","errMsg":"데이터가 존재하지 않습니다."}'.encode("utf-8")
SLOW_SECONDS = 3

log_path, expected_key = sys.argv[1], sys.argv[2]
lock = threading.Lock()
counts = {}


class Handler(http.server.BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def log_message(self, *args):
        pass

    def answer(self, status, body, headers=()):
        self.send_response(status)
        for name, value in headers:
            self.send_header(name, value)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def do_GET(self):
        url = urllib.parse.urlsplit(self.path)
        query = urllib.parse.parse_qs(url.query)
        entry = {
            "path": url.path,
            "if_none_match": self.headers.get("If-None-Match"),
            "if_modified_since": self.headers.get("If-Modified-Since"),
        }
        if url.path == "/keyed.csv":
            entry["key_ok"] = query.get("apiKey") == [expected_key]
        with lock:
            counts[url.path] = counts.get(url.path, 0) + 1
            count = counts[url.path]
            with open(log_path, "a", encoding="utf-8") as log:
                log.write(json.dumps(entry) + "\n")
        try:
            self.route(url.path, count, entry)
        except (BrokenPipeError, ConnectionResetError):
            pass

    def route(self, path, count, entry):
        csv = [("Content-Type", "text/csv; charset=utf-8")]
        if path == "/good.csv":
            validators = [("ETag", ETAG), ("Last-Modified", LAST_MODIFIED)]
            if entry["if_none_match"] == ETAG:
                self.send_response(304)
                for name, value in validators:
                    self.send_header(name, value)
                self.end_headers()
            else:
                self.answer(200, GOOD, csv + validators)
        elif path == "/plain.csv" or (path == "/flaky.csv" and count > 1):
            self.answer(200, GOOD, csv)
        elif path in ("/flaky.csv", "/always-500.csv"):
            self.answer(500, b"internal error\n")
        elif path == "/cut-short.csv":
            self.send_response(200)
            self.send_header("Content-Length", str(len(GOOD)))
            self.end_headers()
            self.wfile.write(GOOD[: len(GOOD) // 2])
            self.wfile.flush()
            self.close_connection = True
            self.connection.shutdown(socket.SHUT_RDWR)
        elif path == "/slow.csv":
            time.sleep(SLOW_SECONDS)
            self.answer(200, GOOD, csv)
        elif path == "/html.csv":
            self.answer(200, HTML, [("Content-Type", "text/html")])
        elif path == "/kosis-error.csv":
            self.answer(200, KOSIS_ERROR, [("Content-Type", "application/json;charset=UTF-8")])
        elif path == "/header-only.csv":
            self.answer(200, GOOD.split(b"\r\n")[0] + b"\r\n", csv)
        elif path == "/keyed.csv":
            if entry["key_ok"]:
                self.answer(200, GOOD, csv)
            else:
                self.answer(401, b"bad key\n")
        else:
            self.answer(404, b"not found\n")


server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
server.daemon_threads = True
print(server.server_address[1], flush=True)
server.serve_forever()
