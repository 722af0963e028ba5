"""A module that gives its own exceptions a message attribute: low confidence."""


class ValidationError(Exception):
    def __init__(self, message, field=None):
        Exception.__init__(self, message)
        self.message = message
        self.field = field


def validate(form):
    try:
        form.check()
    except ValidationError as error:
        return {'field': error.field, 'error': error.message}  # [exception-message-attribute]
    return {}
