"""Allow ``python -m py3ready``."""

from py3ready.cli import main

if __name__ == "__main__":  # pragma: no cover - exercised through a subprocess
    main(prog_name="py3ready")
