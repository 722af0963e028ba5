"""A setup script run from the console (Python 2)."""
import sys


def ask_port():
    port = input("Port: ")  # [input-builtin]
    return port + 1


def ask_name():
    return raw_input("Name: ")


def ask_expression():
    return eval(input("Expression: "))


def ask_stripped():
    return input("Host: ").strip()  # [input-builtin]


def with_parameter(input):
    return input("ignored")


class Form(object):
    def input(self, name):
        return name

    def render(self):
        return self.input("user")
