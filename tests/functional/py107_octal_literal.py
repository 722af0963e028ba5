"""File storage for uploaded attachments."""
import os
import stat

UPLOAD_DIR = "/var/lib/guestbook/uploads"
DIR_MODE = 0755  # [octal-literal]
FILE_MODE = 0644  # [octal-literal]
BIG = 0777L  # [octal-literal]
ZERO = 0
ALSO_ZERO = 00
HALF = 0.5
HEX = 0x10
LARGE = 1e10
NEW_STYLE = 0o600
FLOAT_WITH_ZERO = 01.5
EXPONENT = 01e3
IMAGINARY = 0777j
PADDED = "0755"  # a string, not a number


def save(name, data):
    if not os.path.isdir(UPLOAD_DIR):
        os.makedirs(UPLOAD_DIR, 0700)  # [octal-literal]
    path = os.path.join(UPLOAD_DIR, name)
    f = open(path, "wb")
    try:
        f.write(data)
    finally:
        f.close()
    os.chmod(path, stat.S_IRUSR | stat.S_IWUSR | 040)  # [octal-literal]
    return path


def umask_for(shared):
    # 0022 in a comment is not code
    return 002 if shared else 0o22  # [octal-literal]
