import sys

print "hello"  # [print-statement]
print "a", "b",  # [print-statement]
print >>sys.stderr, "oops"  # [print-statement]
print  # [print-statement]
print("same on both")
x = 1; print x  # [print-statement]


def log(message):
    if message:
        print message  # [print-statement]
    return message


printer = log
printer("not a print statement")
