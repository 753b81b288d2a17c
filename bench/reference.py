#!/usr/bin/env python3
"""The Python baseline: read and parse every model with tomllib on one
process and count models by field and level (what `dvk tally --by
field,level` does, minus validation and derived keys). As dvk does, a
model registered after the as-of date (today) is left out.

Usage: bench/reference.py REGISTER
Prints `field,level,count` lines, sorted.
"""
import collections
import datetime
import os
import sys
import tomllib

today = datetime.date.today()

counts = collections.Counter()
for folder, dirs, files in os.walk(os.path.join(sys.argv[1], "models")):
    dirs[:] = [d for d in dirs if not d.startswith((".", "_"))]
    for name in files:
        if name.endswith(".toml") and not name.startswith((".", "_")):
            with open(os.path.join(folder, name), "rb") as f:
                model = tomllib.load(f)
            if model["registered"] <= today:
                counts[(model["field"], model["level"])] += 1
for (field, level), n in sorted(counts.items()):
    print(f"{field},{level},{n}")
