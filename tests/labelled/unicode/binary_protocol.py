"""Client for a small length-prefixed binary protocol."""
import socket
import struct

HEADER = struct.Struct('>BH')
MAGIC = b'\x17'


def frame(kind, payload):
    return HEADER.pack(kind, len(payload)) + payload


def ping(sock):
    sock.sendall('PING\r\n')  # [text-passed-as-bytes]
    reply = sock.recv(64)
    return reply.startswith(b'PONG')


def read_frame(sock):
    head = sock.recv(3)
    if head[0] == '\x17':  # [bytes-text-comparison]
        return None
    kind, length = HEADER.unpack(head)
    return kind, sock.recv(length)


def version(sock):
    sock.sendall(MAGIC + b'V')
    data = sock.recv(4)
    (number,) = struct.unpack('>I', data)
    return number


def legacy_header():
    return struct.unpack('>HH', '\x00\x01\x00\x02')  # [text-passed-as-bytes]


def connect(host, port):
    sock = socket.create_connection((host, port), timeout=5)
    sock.sendall(b'HELLO\r\n')
    return sock
