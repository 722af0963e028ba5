"""Database access for the guestbook app."""
import socket
import sys


def connect(dsn):
    try:
        return socket.create_connection(dsn)
    except socket.error, exc:  # [except-comma]
        sys.stderr.write("cannot connect: %s\n" % exc)
    except (IOError, OSError), exc:  # [except-comma]
        sys.stderr.write("io problem: %s\n" % exc)
    except ValueError,exc:  # [except-comma]
        raise


def parse_port(text):
    try:
        return int(text)
    except ValueError, (message,):  # [except-comma]
        return message
    except EnvironmentError, (errno, strerror):  # [except-comma]
        return errno, strerror


def confused(text):
    try:
        return int(text)
    except KeyError, ValueError:  # [except-comma]
        return None


class Store(object):
    def save(self, row):
        try:
            self.rows.append(row)
        except AttributeError, self.last_error:  # [except-comma]
            self.rows = [row]


def already_ported(text):
    # except ValueError, e:  <- a comment
    message = "except ValueError, e: is Python 2 syntax"
    try:
        return int(text)
    except (ValueError, TypeError) as exc:
        return message, exc
    except KeyError:
        return None
    except:
        raise


def tuple_without_target(text):
    try:
        return int(text)
    except (ValueError, TypeError):
        return None
