"""Socket and file helpers for a WSGI server (Python 2)."""
import errno
import os
import socket


def connect(address):
    try:
        return socket.create_connection(address)
    except socket.error as e:
        if e[0] == errno.ECONNREFUSED:  # [indexing-exception]
            return None
        raise


def remove(path):
    try:
        os.remove(path)
    except OSError, err:
        code, message = err  # [indexing-exception]
        if code != errno.ENOENT:
            raise


def describe(path):
    try:
        open(path)
    except IOError as exc:
        return "failed: %s" % (exc[1:],)  # [indexing-exception]


def ported(address):
    try:
        return socket.create_connection(address)
    except socket.error as e:
        if e.args[0] == errno.ECONNREFUSED:
            return None
        if e.errno == errno.EPIPE:
            return None
        raise


def rebound(path):
    try:
        open(path)
    except IOError as e:
        e = e.args
        return e[0]


def other_names(items):
    try:
        return items[0]
    except IndexError:
        e = [1, 2]
        return e[0]
