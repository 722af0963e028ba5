"""Content-Length of text instead of bytes."""


def application(environ, start_response):
    text = u'<p>Caf\xe9</p>'
    start_response('200 OK', [('Content-Type', 'text/html; charset=utf-8'),
                              ('Content-Length', str(len(text)))])  # [wsgi-content-length-of-text]
    return [text.encode('utf-8')]


def native_then_encoded(environ, start_response):
    page = '<p>%s</p>' % environ.get('QUERY_STRING', '')
    headers = [('Content-Type', 'text/html')]
    headers.append(('Content-Length', '%d' % len(page)))  # [wsgi-content-length-of-text]
    start_response('200 OK', headers)
    return [page.encode('utf-8')]


def ported(environ, start_response):
    body = u'<p>Caf\xe9</p>'.encode('utf-8')
    start_response('200 OK', [('Content-Type', 'text/html; charset=utf-8'),
                              ('Content-Length', str(len(body)))])
    return [body]


def ascii_literal(environ, start_response):
    body = 'OK'
    start_response('200 OK', [('Content-Length', str(len(body)))])
    return [b'OK']
