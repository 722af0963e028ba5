# py3ready: expect=nothing
from __future__ import print_function
import sys

print("x", file=sys.stderr)
print
x = print
print(x, "a call, not a statement")
print(x, "still a call")
