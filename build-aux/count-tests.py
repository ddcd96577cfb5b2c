#!/usr/bin/env python3
"""Count what ran, honestly: every test case once, per build and suite.

Usage: count-tests.py LABEL=BUILD_DIR|LABEL=fuzz:RESULTS […]

Reads each build's meson-logs/testlog.json (written by `meson test`). A TAP
program counts its subtests: each "ok" passes, each "not ok" fails, each
"# SKIP" is skipped; a TAP program that fails without a "not ok" (it
crashed, timed out or stopped early, or its plan promised more cases than
ran) counts one more failure. Any other test counts as one case. A build
with no log (it did not build, or its tests did not run) counts one failure.
A fuzz:RESULTS file (written by build-aux/fuzz.sh) counts each fuzz target
as one case, failed when it crashed or ran nothing; no file, one failure.
Prints a line per build and suite, then, last, "N passed, N failed".
"""
import json
import re
import sys
from collections import defaultdict
from pathlib import Path

OK = re.compile(r'^ok\b(.*)$')
NOT_OK = re.compile(r'^not ok\b(.*)$')
PLAN = re.compile(r'^1\.\.(\d+)')


def count_tap(stdout):
    passed = failed = skipped = 0
    planned = None
    for line in stdout.splitlines():
        m = PLAN.match(line)
        if m:
            planned = int(m.group(1))
            continue
        m = NOT_OK.match(line)
        if m:
            if '# TODO' in m.group(1):
                skipped += 1
            else:
                failed += 1
            continue
        m = OK.match(line)
        if m:
            if '# SKIP' in m.group(1).upper():
                skipped += 1
            else:
                passed += 1
    seen = passed + failed + skipped
    if planned is None and seen == 0:
        return None
    return passed, failed, skipped, planned if planned is not None else seen


def count_fuzz(label, results):
    if not results.exists():
        return 0, 1, f'{label}: no results in {results} (the fuzz targets did not build or run): 1 failed'
    passed = failed = 0
    runs = []
    for raw in results.read_text(encoding='utf-8', errors='replace').splitlines():
        fields = raw.split('\t')
        if len(fields) != 4:
            continue
        target, outcome, executions, crashes = fields
        if outcome == 'ok':
            passed += 1
        else:
            failed += 1
        runs.append(f'{target} {executions} runs, {crashes} crashes')
    if passed + failed == 0:
        return 0, 1, f'{label}: {results} lists no fuzz target: 1 failed'
    return passed, failed, f'{label}: fuzz targets: {passed} passed, {failed} failed ({"; ".join(runs)})'


def main():
    total_passed = total_failed = 0
    lines = []
    for arg in sys.argv[1:]:
        label, _, build = arg.partition('=')
        if build.startswith('fuzz:'):
            passed, failed, line = count_fuzz(label, Path(build[len('fuzz:'):]))
            total_passed += passed
            total_failed += failed
            lines.append(line)
            continue
        log = Path(build) / 'meson-logs' / 'testlog.json'
        if not log.exists():
            lines.append(f'{label}: no test log in {build} (the build or its tests did not run): 1 failed')
            total_failed += 1
            continue
        suites = defaultdict(lambda: [0, 0, 0])
        for raw in log.read_text(encoding='utf-8', errors='replace').splitlines():
            if not raw.strip():
                continue
            entry = json.loads(raw)
            name = entry.get('name', '?')
            suite = name.split(':', 1)[1].split('/', 1)[0].strip() if ':' in name else 'tests'
            result = entry.get('result', 'ERROR')
            tap = count_tap(entry.get('stdout') or '')
            counts = suites[suite]
            if tap is None:
                if result == 'OK':
                    counts[0] += 1
                elif result in ('SKIP', 'EXPECTEDFAIL'):
                    counts[2] += 1
                else:
                    counts[1] += 1
                continue
            passed, failed, skipped, planned = tap
            counts[0] += passed
            counts[1] += failed
            counts[2] += skipped
            # a crash, a timeout or a short run: one more failure
            if failed == 0 and (result != 'OK' or passed + skipped < planned):
                counts[1] += 1
        for suite in sorted(suites):
            p, f, s = suites[suite]
            total_passed += p
            total_failed += f
            extra = f', {s} skipped' if s else ''
            lines.append(f'{label}: {suite}: {p} passed, {f} failed{extra}')
    for line in lines:
        print(line)
    print(f'{total_passed} passed, {total_failed} failed')
    return 1 if total_failed else 0


if __name__ == '__main__':
    sys.exit(main())
