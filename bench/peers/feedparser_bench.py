"""Peer for `npm run bench:parse`: times Debian's python3-feedparser on the same feeds, in memory.

Run with /usr/bin/python3 (Debian's interpreter, where python3-feedparser lives):
    /usr/bin/python3 bench/peers/feedparser_bench.py LIST_FILE WARMUP

LIST_FILE is JSON: {"sets": [{"name": str, "files": [[path, base_url], ...]}, ...]}. Every file is read into memory and
WARMUP untimed rounds are run first; then one JSON line {"ready": true, "version", "python", "sets": [{"name", "files",
"bytes"}]} is printed. After that, each line "round" on stdin runs one timed round and prints
{"sets": [{"name", "ms", "items", "failed"}]}; end of input ends the process. The driver interleaves these rounds with
its own, so that both see the same machine load. Timings cover only feedparser.parse() over in-memory bytes: no
interpreter start-up, no file reading. Items are len(result.entries), the items feedparser returned.
"""

import io
import json
import sys
import time

import feedparser


def parse_all(feeds):
    items = 0
    failed = 0
    for blob, url in feeds:
        try:
            # The same base URL the JS parsers get, for resolving relative links (feedparser reads Content-Location).
            items += len(feedparser.parse(io.BytesIO(blob), response_headers={"content-location": url}).entries)
        except Exception:  # noqa: BLE001 - a crash counts as a failed file, as for the JS parsers
            failed += 1
    return items, failed


def emit(value):
    sys.stdout.write(json.dumps(value) + "\n")
    sys.stdout.flush()


def main():
    list_file, warmup = sys.argv[1], int(sys.argv[2])
    with open(list_file, encoding="utf-8") as handle:
        spec = json.load(handle)
    sets = []
    for entry in spec["sets"]:
        feeds = []
        for path, url in entry["files"]:
            with open(path, "rb") as handle:
                feeds.append((handle.read(), url))
        sets.append({"name": entry["name"], "feeds": feeds})

    for _ in range(warmup):
        for entry in sets:
            parse_all(entry["feeds"])

    emit(
        {
            "ready": True,
            "version": feedparser.__version__,
            "python": sys.version.split()[0],
            "sets": [
                {"name": e["name"], "files": len(e["feeds"]), "bytes": sum(len(blob) for blob, _ in e["feeds"])}
                for e in sets
            ],
        }
    )
    for line in sys.stdin:
        if line.strip() != "round":
            continue
        results = []
        for entry in sets:
            started = time.perf_counter()
            items, failed = parse_all(entry["feeds"])
            elapsed = (time.perf_counter() - started) * 1000
            results.append({"name": entry["name"], "ms": elapsed, "items": items, "failed": failed})
        emit({"sets": results})


if __name__ == "__main__":
    main()
