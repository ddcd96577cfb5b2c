#!/usr/bin/env python3
"""Every file with translatable strings is listed in po/POTFILES.in, and
every listed file exists."""
import os
import re
import sys

src = sys.argv[1]
listed = set()
with open(os.path.join(src, 'po', 'POTFILES.in'), encoding='utf-8') as f:
    for line in f:
        line = line.strip()
        if line and not line.startswith('#'):
            listed.add(line)

C_MARKS = re.compile(r'\b(_|N_|C_|NC_|ngettext|g_dngettext)\s*\(\s*"')
problems = []
for path in sorted(listed):
    if not os.path.exists(os.path.join(src, path)):
        problems.append(f'listed but missing: {path}')

for top in ('src', 'ui', 'data'):
    for root, _dirs, files in os.walk(os.path.join(src, top)):
        for name in files:
            full = os.path.join(root, name)
            rel = os.path.relpath(full, src)
            try:
                text = open(full, encoding='utf-8').read()
            except (UnicodeDecodeError, OSError):
                continue
            needs = False
            if name.endswith('.c'):
                needs = bool(C_MARKS.search(text))
            elif name.endswith('.ui'):
                needs = 'translatable="yes"' in text
            elif name.endswith(('.desktop.in', '.metainfo.xml.in', '.gschema.xml')):
                needs = True
            elif rel.startswith(os.path.join('data', 'templates')) and name.endswith('.xml'):
                needs = True
            if needs and rel not in listed:
                problems.append(f'has translatable strings but is not in po/POTFILES.in: {rel}')

for p in problems:
    print(p)
print(f'{len(listed)} files listed, {len(problems)} problems')
sys.exit(1 if problems else 0)
