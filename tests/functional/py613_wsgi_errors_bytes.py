"""Writing to wsgi.errors."""


def application(environ, start_response):
    environ['wsgi.errors'].write(b'oops\n')  # [wsgi-errors-bytes]
    errors = environ['wsgi.errors']
    errors.write(u'caf\xe9'.encode('utf-8'))  # [wsgi-errors-bytes]
    errors.write('native is fine\n')
    print >>errors, 'x'.encode('ascii')  # [wsgi-errors-bytes]
    print >>errors, 'fine'
    environ.get('wsgi.errors').write(environ['wsgi.input'].read())  # [wsgi-errors-bytes]
    start_response('200 OK', [('Content-Type', 'text/plain')])
    return [b'ok']


def other_stream(stream):
    stream.write(b'binary is fine here')
