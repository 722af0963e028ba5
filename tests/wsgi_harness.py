"""Run a WSGI app for real and print what it answered, one JSON line per request.

Usage::

    python wsgi_harness.py APP_DIR MODULE:CALLABLE REQUESTS_JSON

Runs under Python 2.7 and Python 3 alike (it is started as a subprocess with
the interpreter under test). APP_DIR is put first on sys.path and
MODULE:CALLABLE imported from it. REQUESTS_JSON is a JSON list (inline, or
``@file``) of requests::

    {"method": "GET", "path": "/tag/caf%C3%A9", "query": "page=2",
     "body": "sku=A100", "headers": {"Content-Type": "..."},
     "cookies": {"sid": "abc"}}

``path`` is percent-decoded into PATH_INFO the way a server does (bytes on
Python 2, latin-1 decoded text on Python 3: PEP 3333). ``body`` is UTF-8
encoded; ``body_b64`` gives raw bytes instead. Cookies set by the app are kept
and sent back on later requests, like a browser.

Each request goes through ``wsgiref.validate.validator`` and
``wsgiref.handlers.SimpleHandler``. The first output line describes the
import; then one line per request with the status, headers, body (base64 and
UTF-8 text), the exception the app raised, the error by which wsgiref (its
validator, or the handler's own checks) rejected what the app did, the
validator's warnings, and what was written to stderr and ``wsgi.errors``. An
import failure (a SyntaxError on Python 3, say) is a JSON line too.

Each described exception or validator error also has ``frames``: the
traceback frames inside APP_DIR, outermost first, as ``[path, line]`` with the
path relative to APP_DIR in POSIX form (for a SyntaxError, the offending line).
The innermost one is the app line where the failure surfaced; an empty list
means it surfaced in the standard library alone (a validator check of the
body, say).
"""

from __future__ import print_function

import base64
import binascii
import importlib
import json
import os
import sys
import traceback
import warnings
from io import BytesIO
from wsgiref.handlers import SimpleHandler
from wsgiref.util import setup_testing_defaults
from wsgiref.validate import validator

PY2 = sys.version_info[0] == 2
APP_DIR = [None]  # the served app's directory, absolute; set by main()


class Capture(object):
    """A stream that keeps whatever is written: bytes or text, on 2 or 3."""

    def __init__(self):
        self.parts = []

    def write(self, data):
        self.parts.append(data)

    def writelines(self, lines):
        for line in lines:
            self.write(line)

    def flush(self):
        pass

    def getvalue(self):
        out = []
        for part in self.parts:
            if isinstance(part, bytes):
                part = part.decode("utf-8", "replace")
            out.append(part)
        return u"".join(out)


def text(value):
    """A printable text form of an exception message or other value."""
    try:
        if PY2:
            try:
                data = str(value)  # bytes on Python 2
            except UnicodeError:  # an exception with a unicode message
                return u"%s" % (value,)
            return data.decode("utf-8", "replace")
        return str(value)
    except Exception:  # a broken __str__
        return repr(value)


def app_path(filename):
    """``filename`` relative to the app directory (POSIX), or None outside it."""
    if not filename or APP_DIR[0] is None:
        return None
    path = os.path.realpath(os.path.abspath(filename))
    if not path.startswith(APP_DIR[0] + os.sep):
        return None
    return path[len(APP_DIR[0]) + 1:].replace(os.sep, "/")


def describe(exc_type, exc_value, exc_tb=None):
    info = {"type": exc_type.__name__, "message": text(exc_value), "frames": []}
    if exc_tb is not None:
        frames = traceback.extract_tb(exc_tb)
        if frames:
            info["file"] = os.path.basename(frames[-1][0])
            info["line"] = frames[-1][1]
        info["frames"] = [[app_path(frame[0]), frame[1]] for frame in frames
                          if app_path(frame[0])]
    if isinstance(exc_value, SyntaxError):
        info["file"] = os.path.basename(exc_value.filename or "")
        info["line"] = exc_value.lineno
        if app_path(exc_value.filename):
            info["frames"].append([app_path(exc_value.filename), exc_value.lineno])
    return info


def from_wsgiref(exc_type, exc_tb):
    """True for an AssertionError that wsgiref itself raised.

    That is the validator (or, on Python 2, the handler's own type checks)
    catching the app breaking PEP 3333, rather than the app failing.
    """
    frames = traceback.extract_tb(exc_tb)
    return (issubclass(exc_type, AssertionError) and bool(frames)
            and os.path.basename(os.path.dirname(frames[-1][0])) == "wsgiref")


def percent_decode(path):
    """The bytes that a percent-encoded URL path stands for."""
    raw = path.encode("utf-8") if not isinstance(path, bytes) else path
    out = bytearray()
    i = 0
    while i < len(raw):
        char = raw[i:i + 1]
        if char == b"%" and len(raw[i + 1:i + 3]) == 2:
            try:
                out.extend(binascii.unhexlify(raw[i + 1:i + 3]))
                i += 3
                continue
            except (binascii.Error, TypeError, ValueError):
                pass
        out.extend(char)
        i += 1
    return bytes(out)


def native(data):
    """PEP 3333 native string: bytes on Python 2, latin-1 text on Python 3.

    Text is sent as UTF-8, as a browser sends a non-ASCII cookie value.
    """
    if not isinstance(data, bytes):
        data = data.encode("utf-8")
    return data if PY2 else data.decode("latin-1")


class RecordingHandler(SimpleHandler):
    """SimpleHandler that records the exception instead of only logging it."""

    origin_server = False  # "Status:" line and no Date header: stable output

    def __init__(self, *args, **kwargs):
        SimpleHandler.__init__(self, *args, **kwargs)
        self.os_environ = {}  # do not leak this process's environment
        self.exc_info = None

    def log_exception(self, exc_info):
        self.exc_info = exc_info
        SimpleHandler.log_exception(self, exc_info)


def build_environ(request, jar):
    body = request.get("body")
    if "body_b64" in request:
        body = base64.b64decode(request["body_b64"])
    elif body is None:
        body = b""
    elif not isinstance(body, bytes):
        body = body.encode("utf-8")
    environ = {}
    setup_testing_defaults(environ)
    environ.pop("wsgi.input", None)
    environ.pop("wsgi.errors", None)
    environ["REQUEST_METHOD"] = native(request.get("method", "GET"))
    environ["PATH_INFO"] = native(percent_decode(request.get("path", "/")))
    environ["QUERY_STRING"] = native(request.get("query", ""))
    environ["CONTENT_LENGTH"] = native(str(len(body)) if body else "")
    if body and environ["REQUEST_METHOD"] in ("POST", "PUT", "PATCH"):
        environ["CONTENT_TYPE"] = native("application/x-www-form-urlencoded")
    for name, value in sorted(request.get("headers", {}).items()):
        key = name.upper().replace("-", "_")
        if key not in ("CONTENT_TYPE", "CONTENT_LENGTH"):
            key = "HTTP_" + key
        environ[native(key)] = native(value)
    cookies = dict(jar)
    cookies.update(request.get("cookies", {}))
    if cookies:
        environ["HTTP_COOKIE"] = native(
            "; ".join("%s=%s" % item for item in sorted(cookies.items())))
    return environ, body


def parse_output(raw):
    head, _, body = raw.partition(b"\r\n\r\n")
    status, headers = None, []
    for line in head.split(b"\r\n"):
        if not line:
            continue
        name, _, value = line.decode("latin-1").partition(":")
        value = value.strip()
        if name.lower() == "status" and status is None:
            status = value
        else:
            headers.append([name, value])
    return status, headers, body


def run_request(app, request, jar):
    environ, body = build_environ(request, jar)
    stdout, errors, stderr = BytesIO(), Capture(), Capture()
    handler = RecordingHandler(BytesIO(body), stdout, errors, environ,
                               multithread=False, multiprocess=False)
    saved = sys.stderr
    sys.stderr = stderr
    try:
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            handler.run(validator(app))
    finally:
        sys.stderr = saved
    status, headers, payload = parse_output(stdout.getvalue())
    result = {
        "event": "request",
        "method": request.get("method", "GET"),
        "path": request.get("path", "/"),
        "status": status,
        "headers": headers,
        "body": payload.decode("utf-8", "replace"),
        "body_b64": base64.b64encode(payload).decode("ascii"),
        "exception": None,
        "validator_error": None,
        "validator_warnings": [text(w.message) for w in caught],
        "stderr": stderr.getvalue(),
        "wsgi_errors": errors.getvalue(),
    }
    if handler.exc_info is not None:
        exc_type, exc_value, exc_tb = handler.exc_info
        if from_wsgiref(exc_type, exc_tb):
            result["validator_error"] = describe(exc_type, exc_value, exc_tb)
            # where it was raised is wsgiref itself: keep only the app frames
            for key in ("file", "line"):
                result["validator_error"].pop(key, None)
        else:
            result["exception"] = describe(exc_type, exc_value, exc_tb)
    for name, value in headers:
        if name.lower() == "set-cookie":
            pair = value.split(";", 1)[0]
            key, _, val = pair.partition("=")
            jar[key.strip()] = val.strip()
    return result


def load_app(app_dir, target):
    module_name, _, attr = target.partition(":")
    APP_DIR[0] = os.path.realpath(os.path.abspath(app_dir))
    sys.path.insert(0, os.path.abspath(app_dir))
    module = importlib.import_module(module_name)
    return getattr(module, attr or "application")


def emit(record):
    print(json.dumps(record, sort_keys=True))
    sys.stdout.flush()


def main(argv):
    if len(argv) != 4:
        print(__doc__.strip().split("\n\n")[1], file=sys.stderr)
        return 2
    app_dir, target, requests = argv[1:]
    if requests.startswith("@"):
        with open(requests[1:], "rb") as handle:
            requests = handle.read().decode("utf-8")
    requests = json.loads(requests)
    sys.dont_write_bytecode = True  # never litter the app directory
    version = "%d.%d.%d" % sys.version_info[:3]
    stderr = Capture()
    saved = sys.stderr
    sys.stderr = stderr
    try:
        app = load_app(app_dir, target)
    except BaseException:
        sys.stderr = saved
        exc_type, exc_value, exc_tb = sys.exc_info()
        emit({"event": "import", "ok": False, "python": version, "target": target,
              "exception": describe(exc_type, exc_value, exc_tb),
              "stderr": stderr.getvalue()})
        return 0
    sys.stderr = saved
    emit({"event": "import", "ok": True, "python": version, "target": target,
          "exception": None, "stderr": stderr.getvalue()})
    jar = {}
    for request in requests:
        emit(run_request(app, request, jar))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
