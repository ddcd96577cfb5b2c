#!/usr/bin/env python3
"""Start-up to the first drawn frame: Vendorbench's welcome window, the
sample project, and a bare libadwaita window, run alternately under one X
server. The clock starts at a CLOCK_MONOTONIC timestamp taken just before
exec and passed in VB_STARTUP_T0; each program prints the milliseconds to
its frame clock's first after-paint and quits.

  dbus-run-session -- xvfb-run -a python3 bench/startup.py BUILDDIR [RUNS]
"""
import os
import statistics
import subprocess
import sys
import tempfile
import time

build = os.path.abspath(sys.argv[1] if len(sys.argv) > 1 else 'build')
runs = int(sys.argv[2]) if len(sys.argv) > 2 else 15
app = os.path.join(build, 'src', 'gui', 'vendorbench')
bare = os.path.join(build, 'bench', 'vb-bare-window')

env = dict(os.environ)
env.setdefault('GSETTINGS_BACKEND', 'memory')
env['GSETTINGS_SCHEMA_DIR'] = os.path.join(build, 'data')
env.setdefault('GSK_RENDERER', 'cairo')
env['GTK_A11Y'] = 'none'
env['XDG_CACHE_HOME'] = tempfile.mkdtemp(prefix='vb-startup-cache-')
env['XDG_DATA_HOME'] = tempfile.mkdtemp(prefix='vb-startup-data-')

launcher = ('import os, sys, time\n'
            'os.environ["VB_STARTUP_T0"] = str(int(time.clock_gettime(time.CLOCK_MONOTONIC) * 1e6))\n'
            'os.execv(sys.argv[1], sys.argv[1:])\n')


def once(argv, extra=None):
    e = dict(env)
    if extra:
        e.update(extra)
    out = subprocess.run([sys.executable, '-c', launcher] + argv, env=e, capture_output=True,
                         text=True, timeout=60)
    for line in out.stdout.splitlines():
        try:
            return float(line.strip())
        except ValueError:
            continue
    raise RuntimeError(f'{argv[0]} printed no time: {out.stdout!r} {out.stderr[-500:]!r}')


samples = {'bare libadwaita window': [], 'vendorbench welcome': [], 'vendorbench sample project': []}
once([bare]); once([app])  # warm the caches of both alike
for _ in range(runs):
    samples['bare libadwaita window'].append(once([bare]))
    samples['vendorbench welcome'].append(once([app]))
    samples['vendorbench sample project'].append(once([app], {'VB_STARTUP_OPEN_SAMPLE': '1'}))

# The machine's speed drifts during a run (a shared virtual machine): each
# round runs the three programs back to back, so the median of the
# per-round ratio and difference compares like with like.
bare_s = samples['bare libadwaita window']
welcome_s = samples['vendorbench welcome']
sample_s = samples['vendorbench sample project']
med = {k: statistics.median(v) for k, v in samples.items()}
for k, v in samples.items():
    print(f'{k:30} median {med[k]:8.1f} ms   min {min(v):8.1f}   max {max(v):8.1f}   ({len(v)} runs)')
ratio = statistics.median(w / b for w, b in zip(welcome_s, bare_s))
extra = statistics.median(s - w for s, w in zip(sample_s, welcome_s))
print(f'{"welcome / bare":30} {ratio:8.2f} x   (median of {runs} rounds; target <= 1.2 x)')
print(f'{"sample - welcome":30} {extra:8.1f} ms  (median of {runs} rounds; target < 150 ms)')
