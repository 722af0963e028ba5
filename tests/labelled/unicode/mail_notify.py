"""Order confirmation e-mails."""
import base64
import smtplib
from email.mime.text import MIMEText

SENDER = 'shop@example.com'


def encoded_subject(subject):
    data = base64.b64encode(subject.encode('utf-8'))
    return '=?utf-8?b?%s?=' % data  # [str-of-bytes]


def encoded_subject_ok(subject):
    data = base64.b64encode(subject.encode('utf-8')).decode('ascii')
    return '=?utf-8?b?%s?=' % data


def message(order):
    text = u'Merci pour votre commande n\xb0 %d' % order.id
    msg = MIMEText(text.encode('utf-8'), 'plain', 'utf-8')
    msg['Subject'] = encoded_subject(u'Commande %d' % order.id)
    msg['From'] = SENDER
    msg['To'] = order.email
    return msg


def send(order, host='localhost'):
    server = smtplib.SMTP(host)
    try:
        server.sendmail(SENDER, [order.email], message(order).as_string())
    finally:
        server.quit()
