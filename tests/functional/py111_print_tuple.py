"""Command-line tool that loads fixtures into the guestbook database."""
import sys


def main(argv):
    if len(argv) < 2:
        print("usage:", argv[0], "FILE")  # [print-tuple]
        return 2
    print()  # [print-tuple]
    print(argv[1])
    print("loading %s" % argv[1])
    print("%s rows from %s" % (10, argv[1]))
    print((argv[0], argv[1]))
    print(argv[1],)  # [print-tuple]
    print(name for name in argv)
    print ("spaced", "out")  # [print-tuple]
    print(  # [print-tuple]
        "multi",
        "line",
    )
    # print("in", "a comment") is not code
    text = 'print("in", "a string")'
    sys.stdout.write(text + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
