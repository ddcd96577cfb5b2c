#!/usr/bin/env python3
"""The flatpak manifest parses and builds our app with meson."""
import json
import sys

path = sys.argv[1]
with open(path, encoding='utf-8') as f:
    manifest = json.load(f)

errors = []
if manifest.get('app-id', manifest.get('id')) != 'io.github.vendorbench.Vendorbench':
    errors.append('app-id is not io.github.vendorbench.Vendorbench')
if manifest.get('command') != 'vendorbench':
    errors.append('command is not vendorbench')
if not str(manifest.get('runtime', '')).startswith('org.gnome.Platform'):
    errors.append('runtime is not the GNOME runtime')
modules = manifest.get('modules', [])
ours = [m for m in modules if isinstance(m, dict) and m.get('name') == 'vendorbench']
if not ours:
    errors.append('no module named vendorbench')
elif ours[-1].get('buildsystem') != 'meson':
    errors.append('the vendorbench module is not built with meson')
elif ours is not modules[-1:]:
    if modules[-1] is not ours[-1]:
        errors.append('the vendorbench module must be the last one')
for e in errors:
    print(e)
print('manifest ok' if not errors else f'{len(errors)} problems')
sys.exit(1 if errors else 0)
