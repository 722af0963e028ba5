"""Reading settings from INI files and the environment."""
import base64
import hashlib
import os
from ConfigParser import SafeConfigParser

TRUE = ('1', 'true', 'yes', 'on')


def load(path):
    parser = SafeConfigParser()
    parser.read(path)
    settings = dict(parser.items('app'))
    settings['debug'] = settings.get('debug', '').strip().lower() in TRUE
    settings['env'] = os.environ.get('APP_ENV', 'development')
    return settings


def secret(settings):
    return base64.b64decode(settings['secret']).decode('utf-8')


def fingerprint(path):
    with open(path, 'rb') as handle:
        return hashlib.md5(handle.read()).hexdigest()


def raw_lines(path):
    text = open(path).read()
    return [line for line in text.split('\n') if line and not line.startswith('#')]


def is_production():
    return os.environ.get('APP_ENV') == 'production'
