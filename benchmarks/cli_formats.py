"""Time of each ``copydesk parse --format`` writer on an article of one unbroken token.

A scraped page can hold megabytes without a space (a data URI, a minified script). The
parse of such a text is cheap; this measures what printing it costs, per format, at growing
sizes, so that a writer taking time quadratic in a token's length shows as a growth far
above 1 (seconds per MB at the largest size over the smallest).

Run from the repository root::

    PYTHONPATH=src python benchmarks/cli_formats.py [--sizes 1 2 4 6]
"""

from __future__ import annotations

import argparse
import time

import copydesk
from copydesk._formats import FORMATS


def main() -> None:
    options = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    options.add_argument("--sizes", type=float, nargs="+", default=[1.0, 2.0, 4.0, 6.0])
    args = options.parse_args()
    print(f"{'format':<10}" + "".join(f"{f'{size:g} MB':>10}" for size in args.sizes) + "  growth")
    articles = [copydesk.parse("Headline\n\n" + "x" * int(size * 1_000_000)) for size in args.sizes]
    for name, output_format in FORMATS.items():
        seconds = []
        for article in articles:
            started = time.process_time()
            output_format.write(article, title=None)
            seconds.append(time.process_time() - started)
        per_mb = [s / size for s, size in zip(seconds, args.sizes, strict=True)]
        growth = per_mb[-1] / max(per_mb[0], 1e-9)
        print(f"{name:<10}" + "".join(f"{s:>9.2f}s" for s in seconds) + f"  {growth:6.2f}")


if __name__ == "__main__":
    main()
