"""Regenerate docs/_static/seed-render.png, the tutorial's picture of the seed article rendered.

The picture is a screenshot of the real output of ``copydesk parse --format html`` taken
with headless Chromium (on Debian: ``apt-get install chromium``), never drawn by hand. Run it
from the top folder of a checkout after changing how copydesk renders, then look at the
picture before committing it. CI does not run it: it needs Chromium.

    python docs/screenshot.py [--chromium PATH] [--dark]
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "000_8b8a93bd28dc7ebf.txt"
PICTURE = ROOT / "docs" / "_static" / "seed-render.png"
#: Wide enough for the text's measure, tall enough for the whole seed article.
WINDOW = "1200,1400"


def main() -> int:
    arguments = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    arguments.add_argument("--chromium", default=shutil.which("chromium") or "chromium")
    arguments.add_argument("--dark", action="store_true", help="the dark colour scheme")
    arguments.add_argument("--output", type=Path, default=PICTURE)
    args = arguments.parse_args()
    page = subprocess.run(
        [
            sys.executable,
            "-m",
            "copydesk",
            "parse",
            "--format",
            "html",
            str(SEED.relative_to(ROOT)),
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    with tempfile.TemporaryDirectory() as folder:
        view = Path(folder) / "view.html"
        view.write_text(page, encoding="ascii")
        command = [
            args.chromium,
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            f"--user-data-dir={folder}/profile",
            f"--screenshot={args.output.resolve()}",
            f"--window-size={WINDOW}",
            *(
                ["--force-dark-mode", "--blink-settings=preferredColorScheme=0"]
                if args.dark
                else []
            ),
            view.as_uri(),
        ]
        subprocess.run(command, check=True, capture_output=True)
    print(f"wrote {args.output} ({args.output.stat().st_size:,} bytes)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
