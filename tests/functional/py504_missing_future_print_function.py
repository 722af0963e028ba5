"""Command-line entry point (Python 2.7)."""
import sys  # [missing-future-print-function]


def main(argv):
    print("usage: serve PORT")
    if len(argv) < 2:
        print >>sys.stderr, "missing port"
        return 2
    print "serving on", argv[1]
    return 0
