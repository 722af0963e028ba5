"""py3ready's rules: one fissix fixer per module, ``fix_<symbol>.py``.

Rule ids are ``PY`` plus three digits; the hundreds digit is the category:

- PY0xx tool: a file that cannot be read, decoded or parsed
- PY1xx syntax: code Python 3 refuses to compile
- PY2xx names: removed or renamed builtins, methods, modules and attributes
- PY3xx semantics: code that compiles on Python 3 but behaves differently
- PY4xx unicode: text versus bytes
- PY5xx future: ``__future__`` imports, judged against the project's chosen set
- PY6xx wsgi: PEP 3333's native-string and bytes contract

Every module's docstring is its rule's documentation (``py3ready explain``).
Rules are on by default unless their ``Rule(default=False)`` says otherwise.
"""
