"""CSV import and export for the back office."""
import csv
import io

import unicodecsv


def export_orders(orders, path):
    with open(path, 'wb') as handle:
        writer = csv.writer(handle)  # [csv-binary-mode]
        writer.writerow(['id', 'customer', 'total'])
        for order in orders:
            writer.writerow([order.id, order.customer, order.total])


def import_prices(path):
    prices = {}
    with open(path, 'rb') as handle:
        for row in csv.DictReader(handle):  # [csv-binary-mode]
            prices[row['sku']] = row['price']
    return prices


def export_unicode(rows, path):
    with open(path, 'wb') as handle:
        unicodecsv.writer(handle, encoding='utf-8').writerows(rows)


def read_text(path):
    with open(path) as handle:
        return list(csv.reader(handle))


def in_memory(rows):
    out = io.BytesIO()
    csv.writer(out).writerows(rows)  # [csv-binary-mode]
    return out.getvalue()
