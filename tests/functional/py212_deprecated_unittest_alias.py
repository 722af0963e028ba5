"""Tests for the shop's price helpers (Python 2.7, unittest)."""
import unittest
from unittest import TestCase

import numpy.testing as npt
from numpy.testing import assert_


def price(amount):
    return round(amount, 2)


class PriceTests(unittest.TestCase):
    def test_rounding(self):
        self.assertEquals(price(1.005), 1.0)  # [deprecated-unittest-alias]
        self.assertNotEquals(price(2), 3)  # [deprecated-unittest-alias]
        self.assert_(price(1) > 0)  # [deprecated-unittest-alias]
        self.failUnless(price(1))  # [deprecated-unittest-alias]
        self.failIf(price(0))  # [deprecated-unittest-alias]

    def test_close(self):
        self.assertAlmostEquals(price(0.1 + 0.2), 0.3)  # [deprecated-unittest-alias]
        self.failUnlessAlmostEqual(price(1.0), 1.0)  # [deprecated-unittest-alias]
        self.assertNotAlmostEquals(price(1.0), 2.0)  # [deprecated-unittest-alias]
        self.failIfAlmostEqual(price(1.0), 2.0)  # [deprecated-unittest-alias]

    def test_equal(self):
        self.failUnlessEqual(price(1), 1)  # [deprecated-unittest-alias]
        self.failIfEqual(price(1), 2)  # [deprecated-unittest-alias]
        self.assertItemsEqual([price(1), price(2)], [2, 1])  # [deprecated-unittest-alias]
        self.assertDictContainsSubset({'a': 1}, {'a': 1, 'b': 2})  # [deprecated-unittest-alias]

    def test_errors(self):
        self.failUnlessRaises(TypeError, price, 'x')  # [deprecated-unittest-alias]
        self.assertRaisesRegexp(TypeError, 'float', price, 'x')  # [deprecated-unittest-alias]
        self.assertRegexpMatches('1.00', r'\d+\.\d\d')  # [deprecated-unittest-alias]
        self.assertNotRegexpMatches('1.00', r'[a-z]')  # [deprecated-unittest-alias]

    def test_unbound(self):
        TestCase.assertEquals(self, price(1), 1)  # [deprecated-unittest-alias]

    def test_current_names(self):
        # the current names work on 2.7 and 3
        self.assertEqual(price(1), 1)
        self.assertTrue(price(1))
        self.assertRaises(TypeError, price, 'x')
        self.assertAlmostEqual(price(0.5), 0.5)


class ArrayTests(unittest.TestCase):
    def test_numpy(self):
        # numpy's own assert_ is a module function, not the TestCase alias
        npt.assert_(price(1) == 1)
        assert_(price(2) == 2)
        self.assertTrue(npt.assert_equal(1, 1) is None)


def helper(case):
    case.assertEquals(price(1), 1)  # [deprecated-unittest-alias]
