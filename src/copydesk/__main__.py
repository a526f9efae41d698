"""``python -m copydesk`` runs the command line."""

from copydesk.cli import main

raise SystemExit(main())
