"""`python -m pipeline ...`: see `pipeline.cli`."""
import sys

from .cli import main

if __name__ == "__main__":  # not when a worker process re-imports the main module
    sys.exit(main())
