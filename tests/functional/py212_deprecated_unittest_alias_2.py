"""A test base class with a Python 2.6 backport of assertItemsEqual: low confidence."""
import unittest


class BaseTest(unittest.TestCase):
    def assertItemsEqual(self, first, second):
        self.assertEqual(sorted(first), sorted(second))


class RouteTests(BaseTest):
    def test_routes(self):
        self.assertItemsEqual(['/b', '/a'], ['/a', '/b'])  # [deprecated-unittest-alias]
