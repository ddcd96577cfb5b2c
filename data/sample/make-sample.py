#!/usr/bin/env python3
# make-sample.py — generate the sample project and the JSON Schema
#
# Copyright 2026 The Vendorbench developers
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Writes, from the table description the program itself prints
# (`vendorbench-cli describe-schema`, a hidden command):
#   data/sample/sample.json               the worked sample project ("Open the
#                                         Sample Project"), in the current
#                                         interchange format, byte for byte as
#                                         `vendorbench-cli export --format json`
#                                         writes it
#   data/vendorbench-project.schema.json  the JSON Schema (draft 2020-12) of
#                                         the current interchange format
#
# Usage: python3 data/sample/make-sample.py --cli BUILD/src/cli/vendorbench-cli [--check]
#   --cli PATH  the vendorbench-cli to read the description from (or set
#               VENDORBENCH_CLI); it also proves the sample: import, export
#               again (the same bytes), check, guide
#   --check     write nothing; exit 1 if either file differs from what would
#               be written (the "sample-current" validate test runs this)
#
# Nothing here parses C: the columns, their kinds, ranges, enumeration words,
# formats, references and invariants all come from the description, so a
# change to src/core/vb-schema-tables.c or src/core/vb-enums.c shows up here
# (and fails the test) until this script is re-run. Standard library only.
# Deterministic: UUIDs come from a fixed seed and all timestamps are fixed,
# so a re-run gives the same bytes. After changing a stage's tables, add that
# stage's rows below (the sample shows every stage complete but the transition) and re-run;
# then rebuild (the sample is a compiled-in resource of core).

import argparse
import difflib
import json
import math
import os
import random
import re
import subprocess
import sys
import tempfile
import uuid
import datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
TEMPLATES = ROOT / 'data' / 'templates'

sys.dont_write_bytecode = True   # no __pycache__ in the source tree
sys.path.insert(0, str(HERE))
import sample_selection  # noqa: E402  (the vendor-selection stages)
import sample_decision  # noqa: E402  (the decision stages)
import sample_pilot  # noqa: E402  (the pilot and onboarding stages)
SAMPLE_JSON = HERE / 'sample.json'
SCHEMA_JSON = ROOT / 'data' / 'vendorbench-project.schema.json'

UUID_PATTERN = '^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$'
# the DDL's GLOB (vb-schema.c); a real calendar date is checked on import
DATE_PATTERN = '^([0-9]{4}-[01][0-9]-[0-3][0-9])?$'
# vb_currency_code_is_valid () (src/core/vb-text.c)
CURRENCY_PATTERN = '^[A-Z]{3}$'
# vb_timezone_is_valid (): empty, a UTC offset, or the shape of a name of the
# time-zone database (which must also name a zone of the system's database)
TIMEZONE_PART = '[A-Za-z0-9_+][A-Za-z0-9_+-]*'
TIMEZONE_PATTERN = ('^(|UTC|Z|[+-][0-9]{2}([0-9]{2}|:[0-9]{2})?|'
                    f'{TIMEZONE_PART}(/{TIMEZONE_PART})*)$')
TIMEZONE_MAX_BYTES = 64


def fail(message):
    print(f'make-sample.py: {message}', file=sys.stderr)
    sys.exit(2)


# ---------------------------------------------------------------- schema
#
# `vendorbench-cli describe-schema` prints the current version's table
# description (src/cli/vb-cli.c): every table in schema order, every column
# in column order with the implicit ones (uuid first, position for ordered
# tables, modified last), the limits, and each table's invariants. Defaults
# are printed as the SQL literals of the description; an enumeration's
# default is its first word, as in the DDL (vb-schema.c).

class Column:
    def __init__(self, d):
        self.name = d['name']
        self.kind = d['kind']
        self.nullable = d['nullable']
        self.format = d.get('format')
        self.values = d.get('values')
        self.ref = d.get('ref')
        self.on_delete = d.get('on_delete')
        self.lo = d.get('min')
        self.hi = d.get('max')
        self.label = d['label']
        self.default = self._default(d.get('default'))

    def _default(self, sql):
        kind = self.kind
        if kind == 'enum':
            return self.values[0]
        if sql is None:
            return None
        if kind in ('text', 'time', 'date', 'set'):
            if sql != "''":
                raise SystemExit(f'column {self.name}: unexpected default {sql!r}')
            return [] if kind == 'set' else ''
        if kind == 'bool':
            if sql not in ('0', '1'):
                raise SystemExit(f'column {self.name}: unexpected default {sql!r}')
            return sql == '1'
        if kind == 'int':
            return int(sql)
        if kind == 'real':
            return float(sql)
        raise SystemExit(f'column {self.name}: a default for a {kind} column: {sql!r}')

    def has_range(self):
        # as vb_value_check (): a range only when min < max (then printed)
        return self.lo is not None and self.hi is not None and self.lo < self.hi

    def set_words(self):
        # an empty word can never be part of a set (vb_enum_set_from_string)
        return [v for v in self.values if v]


class Table:
    def __init__(self, d):
        self.name = d['name']
        self.single_row = d['single_row']
        self.ordered = d['ordered']
        self.internal = d['internal']
        self.label = d['label']
        self.columns = [Column(c) for c in d['columns']]
        self.uniques = d['uniques']
        # rules over several columns (table-level CHECKs): "exactly-one" of
        # two columns is set; "values-if-set": while column is set, other
        # is one of values
        self.checks = d['checks']
        self.by_name = {c.name: c for c in self.columns}

    def column_names(self):
        return [c.name for c in self.columns]


class Description:
    def __init__(self, d):
        self.format = d['format']
        self.format_version = d['format_version']
        self.schema_version = d['schema_version']
        self.text_max_bytes = d['text_max_bytes']
        self.time_max_bytes = d['time_max_bytes']
        self.set_max_bytes = d['set_max_bytes']
        self.languages_max = d['languages_max']
        self.language_max_bytes = d['language_max_bytes']
        self.tables = [Table(t) for t in d['tables']]
        self.by_name = {t.name: t for t in self.tables}

    def table(self, name):
        return self.by_name[name]


def run_cli(cli, *args, check=True):
    try:
        result = subprocess.run([cli, *args], capture_output=True, env=dict(os.environ, LC_ALL='C.UTF-8'))
    except OSError as e:
        fail(f'cannot run {cli}: {e.strerror}')
    if check and result.returncode != 0:
        fail(f'`vendorbench-cli {" ".join(args)}` failed ({result.returncode}): '
             + result.stderr.decode('utf-8', 'replace').strip())
    return result


def load_description(cli):
    result = run_cli(cli, 'describe-schema')
    try:
        d = json.loads(result.stdout.decode('utf-8'))
        return Description(d)
    except (ValueError, KeyError) as e:
        fail(f'`{cli} describe-schema` did not print the table description this script reads '
             f'({e.__class__.__name__}: {e}); is it the vendorbench-cli of this source tree?')


def find_cli(option):
    cli = option or os.environ.get('VENDORBENCH_CLI')
    if not cli:
        fail('the table description comes from the program itself: build it\n'
             '  meson setup build && ninja -C build\n'
             'and pass the CLI: make-sample.py --cli build/src/cli/vendorbench-cli '
             '(or set VENDORBENCH_CLI)')
    path = Path(cli)
    if not path.is_file() or not os.access(path, os.X_OK):
        fail(f'{cli} is not a program (build vendorbench-cli first: ninja -C BUILD src/cli/vendorbench-cli)')
    return str(path.resolve())   # the hints below name it from anywhere


# ---------------------------------------------------------- JSON Schema

def number_literal(value):
    # 1000000000.0 → 1000000000 (the schema reads better); 0.1111 stays
    if isinstance(value, float) and value.is_integer() and abs(value) < 1e15:
        return int(value)
    return value


def text_schema(desc, column):
    fmt = column.format
    if fmt == 'currency':
        return {'type': 'string', 'pattern': CURRENCY_PATTERN,
                'description': 'An ISO 4217 currency code: three capital letters, such as "EUR" or "GBP".'}
    if fmt == 'currency-or-empty':
        return {'type': 'string', 'pattern': '^$|' + CURRENCY_PATTERN,
                'description': 'An ISO 4217 currency code, such as "EUR", or empty for the project\'s currency.'}
    if fmt == 'timezone':
        return {'type': 'string', 'maxLength': TIMEZONE_MAX_BYTES, 'pattern': TIMEZONE_PATTERN,
                'description': 'A time zone of the time-zone database, such as "Europe/London", a UTC '
                               'offset such as "+05:30", or empty. On import the name must be a zone '
                               'of the importing system\'s database.'}
    if fmt == 'languages':
        n, size = desc.languages_max, desc.language_max_bytes
        entry = f'[^,\\u0000-\\u001f\\u007f]{{0,{size}}}'
        return {'type': 'string', 'maxLength': desc.text_max_bytes,
                'pattern': f'^{entry}(,{entry}){{0,{n - 1}}}$',
                'description': f'Languages separated by commas, such as "German, English": at most {n} '
                               f'entries of at most {size} bytes of UTF-8 each, no control characters.'}
    if fmt == 'plain':
        return {'type': 'string', 'maxLength': desc.text_max_bytes,
                'description': f'Text, at most {desc.text_max_bytes} bytes of UTF-8.'}
    raise SystemExit(f'column {column.name}: unknown text format {fmt!r}')


def column_schema(desc, table, column):
    kind = column.kind
    if kind == 'uuid':
        s = {'$ref': '#/$defs/uuid'}
    elif kind == 'ref':
        what = f'The UUID of a row of "{column.ref}" in the same file'
        if column.nullable:
            s = {'anyOf': [{'$ref': '#/$defs/uuid'}, {'type': 'null'}],
                 'description': f'{what}, or null for none.'}
        else:
            s = {'$ref': '#/$defs/uuid', 'description': f'{what}.'}
    elif kind == 'text':
        s = text_schema(desc, column)
    elif kind == 'time':
        s = {'$ref': '#/$defs/time'}
    elif kind == 'date':
        s = {'$ref': '#/$defs/date'}
    elif kind == 'bool':
        s = {'type': 'boolean'}
    elif kind == 'enum':
        s = {'type': 'string', 'enum': list(column.values)}
    elif kind == 'set':
        words = column.set_words()
        s = {'type': 'array', 'items': {'type': 'string', 'enum': words}, 'uniqueItems': True,
             'maxItems': len(words),
             'description': 'A set: each word at most once, in the order of this list ('
                            + ', '.join(words) + ').'}
    elif kind in ('int', 'real'):
        base = 'integer' if kind == 'int' else 'number'
        s = {'type': [base, 'null'] if column.nullable else base}
        if column.has_range():
            s['minimum'] = number_literal(column.lo)
            s['maximum'] = number_literal(column.hi)
        if column.name == 'position' and table.ordered:
            s['description'] = 'The row\'s place in its list: 0, 1, 2 …'
        elif column.nullable:
            s['description'] = 'null when not filled in.'
    else:
        raise SystemExit(f'{table.name}.{column.name}: unknown column kind {kind!r}')
    out = {'title': column.label}
    out.update(s)
    # the description's default, unless the column's format refuses it (a
    # currency's '' only fills the column until the project row is written)
    if column.default is not None and not (kind == 'text' and column.format == 'currency'):
        out['default'] = column.default
    return out


def table_schema(desc, table):
    row = {
        'type': 'object',
        'properties': {c.name: column_schema(desc, table, c) for c in table.columns},
        'required': table.column_names(),
        'additionalProperties': False,
    }
    s = {'title': table.label, 'type': 'array', 'items': row}
    notes = []
    if table.single_row:
        s['minItems'] = 1
        s['maxItems'] = 1
        notes.append('exactly one row')
    if table.ordered:
        notes.append('rows carry a "position"')
    if table.internal:
        notes.append('bookkeeping: restored as it was on import')
    checks = []
    for u in table.uniques:
        notes.append(u['rule'])
        if 'where_column' not in u:
            if not u['columns']:
                # at most one row: expressible here
                s['maxItems'] = 1
            # a key over columns: checked on import
        elif u['columns'] == [u['where_column']]:
            # at most one row holds the value: expressible here
            checks.append({'contains': {'properties': {u['where_column']: {'const': u['where_value']}},
                                        'required': [u['where_column']]},
                           'minContains': 0, 'maxContains': 1})
        # otherwise one per group (a vendor's contacts): checked on import
    if len(checks) == 1:
        s.update(checks[0])
    elif checks:
        s['allOf'] = checks
    row_rules = []
    for c in table.checks:
        notes.append(c['rule'])
        if c['kind'] == 'exactly-one':
            row_rules.append({'if': {'properties': {c['column']: {'type': 'null'}}},
                              'then': {'properties': {c['other']: {'not': {'type': 'null'}}}},
                              'else': {'properties': {c['other']: {'type': 'null'}}}})
        elif c['kind'] == 'values-if-set':
            row_rules.append({'if': {'properties': {c['column']: {'not': {'type': 'null'}}},
                                     'required': [c['column']]},
                              'then': {'properties': {c['other']: {'enum': list(c['values'])}}}})
        else:
            raise SystemExit(f'{table.name}: unknown kind of rule {c["kind"]!r}')
    if row_rules:
        row['allOf'] = row_rules
    if notes:
        text = '; '.join(notes)
        s['description'] = text[0].upper() + text[1:] + '.'
    return s


def json_schema(desc):
    fv, sv = desc.format_version, desc.schema_version
    return {
        '$schema': 'https://json-schema.org/draft/2020-12/schema',
        '$id': f'https://vendorbench.github.io/schema/vendorbench-project-{fv}-{sv}.schema.json',
        'title': 'Vendorbench project (JSON interchange format)',
        'description': (
            f'A whole Vendorbench project as written by `vendorbench-cli export --format json`: '
            f'format version {fv}, schema version {sv}. Every table of the schema, in schema order '
            '(parents before children), each a list of rows; every row has every column, in column '
            'order. An enumeration is one of its words; a set is a list of words, each once, in the '
            'order the schema lists them. Not expressible here and checked on import: UUIDs are unique '
            'in the file, every reference names a row of the right table, a set\'s words are in that '
            'order, dates are real calendar dates, a time zone is one the system knows, text limits '
            'count bytes of UTF-8 (JSON Schema counts characters), integer columns are written without '
            'a fraction or exponent, and the invariants per group (a vendor has at most one primary '
            'contact). Generated by data/sample/make-sample.py from the table description of the '
            'program (`vendorbench-cli describe-schema`); see docs/json-format.md.'),
        'type': 'object',
        'properties': {
            'format': {'const': desc.format},
            'format_version': {'const': fv},
            'schema_version': {'const': sv},
            'tables': {
                'type': 'object',
                'properties': {t.name: table_schema(desc, t) for t in desc.tables},
                'required': [t.name for t in desc.tables],
                'additionalProperties': False,
            },
        },
        'required': ['format', 'format_version', 'schema_version', 'tables'],
        'additionalProperties': False,
        '$defs': {
            'uuid': {'type': 'string', 'pattern': UUID_PATTERN,
                     'description': 'A UUID such as "3f6c1f0e-8a51-4d2b-9c07-5e2a41d7b9c3". A row\'s own '
                                    'uuid is unique in the whole file.'},
            'time': {'type': 'string', 'maxLength': desc.time_max_bytes,
                     'description': 'A UTC timestamp such as "2026-06-08T09:12:44.318204Z", or empty.'},
            'date': {'type': 'string', 'pattern': DATE_PATTERN,
                     'description': 'A date (YYYY-MM-DD), or empty.'},
        },
    }


# ------------------------------------------------- export-exact writer
#
# vb_json_export () in src/core/vb-json.c, mirrored: 2-space indentation,
# one key per line, numbers of real columns as vb_json_append_double () writes
# them (the shortest exact decimal, always with a fraction or an exponent:
# 160.0, 6.5), a set as ["phone", "chat"], non-ASCII text as UTF-8 with only
# '"', '\\', control characters (C0, DEL, C1) and U+2028/U+2029 escaped. The
# round trip through the CLI (prove () below) catches any difference.

def json_string(text):
    out = ['"']
    for ch in text:
        o = ord(ch)
        if ch == '"':
            out.append('\\"')
        elif ch == '\\':
            out.append('\\\\')
        elif ch == '\n':
            out.append('\\n')
        elif ch == '\r':
            out.append('\\r')
        elif ch == '\t':
            out.append('\\t')
        elif ch == '\b':
            out.append('\\b')
        elif ch == '\f':
            out.append('\\f')
        elif o < 0x20 or 0x7f <= o <= 0x9f or o in (0x2028, 0x2029):
            out.append('\\u%04x' % o)
        else:
            out.append(ch)
    out.append('"')
    return ''.join(out)


def json_double(d):
    """vb_json_append_double ()"""
    d = float(d)
    assert math.isfinite(d)
    if d == 0:
        return '-0.0' if math.copysign(1, d) < 0 else '0.0'
    digits = 17
    for p in range(1, 18):
        if float('%.*g' % (p, d)) == d:
            digits = p
            break
    exponent = math.floor(math.log10(abs(d)))
    if -5 <= exponent < 17:
        decimals = max(0, digits - 1 - exponent)
        buf = '%.*f' % (decimals, d)
        if float(buf) != d:
            buf = '%.*f' % (decimals + 1, d)
        if float(buf) != d:
            buf = '%.17g' % d
    else:
        buf = '%.*g' % (digits, d)
    if not any(c in buf for c in '.eE'):
        buf += '.0'
    return buf


def json_value(column, value):
    if value is None:
        return 'null'
    if column.kind == 'bool':
        return 'true' if value else 'false'
    if column.kind == 'real':
        return json_double(value)
    if column.kind == 'int':
        return '%d' % value
    if column.kind == 'set':
        return '[' + ', '.join(json_string(w) for w in value) + ']'
    return json_string(value)


def export_text(desc, rows_by_table):
    out = ['{\n  "format": "%s",\n  "format_version": %d,\n  "schema_version": %d,\n  "tables": {\n'
           % (desc.format, desc.format_version, desc.schema_version)]
    for t, table in enumerate(desc.tables):
        rows = rows_by_table.get(table.name, [])
        out.append('    "%s": [' % table.name)
        for r, row in enumerate(rows):
            out.append('\n      {\n' if r == 0 else ',\n      {\n')
            for i, column in enumerate(table.columns):
                out.append('        "%s": %s' % (column.name, json_value(column, row[column.name])))
                out.append(',\n' if i + 1 < len(table.columns) else '\n')
            out.append('      }')
        out.append(']' if not rows else '\n    ]')
        out.append(',\n' if t + 1 < len(desc.tables) else '\n')
    out.append('  }\n}\n')
    return ''.join(out)


# ------------------------------------------------------- the sample data

RNG = random.Random(20261005)   # fixed seed: the same UUIDs on every run


def new_uuid():
    return str(uuid.UUID(int=RNG.getrandbits(128), version=4))


def ts(text):
    """'2026-06-08 09:12:44.318204' → '2026-06-08T09:12:44.318204Z'"""
    date, time = text.split(' ')
    if '.' not in time:
        time += '.000000'
    return f'{date}T{time}Z'


def hm(text):
    """'17:30' → 1050 (minutes after midnight); '24:00' → 1440"""
    h, m = text.split(':')
    return int(h) * 60 + int(m)


MON, TUE, WED, THU, FRI, SAT, SUN = (1 << d for d in range(7))
MON_FRI = MON | TUE | WED | THU | FRI
MON_SAT = MON_FRI | SAT
EVERY_DAY = MON_SAT | SUN

AUTHOR = 'Priya Shah'
PROJECT_NAME = 'Northwind Outdoor'
CREATED = ts('2026-06-08 09:12:44.318204')


class Builder:
    """Rows per table, filled with the column defaults, positions counted."""

    def __init__(self, desc):
        self.desc = desc
        self.rows = {t.name: [] for t in desc.tables}

    def add(self, name, modified, /, **values):
        table = self.desc.table(name)
        row = {}
        for column in table.columns:
            if column.name == 'uuid':
                row['uuid'] = values.pop('uuid', None) or new_uuid()
            elif column.name == 'position' and table.ordered:
                row['position'] = len(self.rows[name])
            elif column.name == 'modified':
                row['modified'] = modified
            elif column.name in values:
                row[column.name] = values.pop(column.name)
            elif column.nullable or column.kind == 'ref':
                row[column.name] = None
            else:
                row[column.name] = column.default
            if column.kind == 'set':
                row[column.name] = canonical_set(table, column, row[column.name])
        if values:
            raise SystemExit(f'unknown columns of {name}: {", ".join(values)}')
        self.rows[name].append(row)
        return row

    # What the core writes in the activity log (src/core/vb-edit.c,
    # default_summary (); vb-project-io.c for the creation), in the labels of
    # the description: a summary never shows a schema identifier.
    def added(self, table_name, row):
        return f'Added {self.desc.table(table_name).label} “{row_label(row)}”'

    def changed(self, table_name, column, row):
        table = self.desc.table(table_name)
        what = table.by_name[column].label
        if table.single_row:
            return f'Changed the {what}'
        return f'Changed the {what} of {table.label} “{row_label(row)}”'


# vb_record_get_label (): the first of these columns the table has
LABEL_COLUMNS = ('name', 'title', 'company', 'text', 'description', 'condition', 'summary', 'kpi_key',
                 'item_key')


def row_label(row):
    for column in LABEL_COLUMNS:
        if column in row:
            return row[column] or ''
    return ''


def canonical_set(table, column, words):
    """A set as the file holds it: each word once, in the enumeration's order"""
    order = column.set_words()
    unknown = [w for w in words if w not in order]
    if unknown or len(set(words)) != len(words):
        raise SystemExit(f'{table.name}.{column.name}: {words!r} is not a set of {order!r}')
    return sorted(words, key=order.index)


def build_sample(desc):
    b = Builder(desc)

    # ---- the project (stage 0) -------------------------------------------
    project = b.add(
        'project', ts('2026-06-17 10:00:00.318204'),   # the questionnaire chosen
        name=PROJECT_NAME,
        description=(
            'Northwind Outdoor sells waterproof jackets, fleeces, walking boots and camping gear through '
            'its online shop. Our support team of six in Manchester works Monday to Friday, 09:00–17:30, '
            'in English. From October to January contacts run at about two and a half times the rest of '
            'the year, chat goes unanswered in the evenings, and German and French orders (now 14% of '
            'sales) get slow, machine-translated replies. This project chooses a partner to take '
            'peak-season chat and email, cover chat in the evenings and at weekends, and answer our '
            'German and French customers in their own language — while the team keeps complaints, '
            'warranty claims and our wholesale partners.'),
        template='customer-support',
        currency='GBP',
        is_sample=True,
        created=CREATED,
        paid_hours_per_fte=160,
        outsource_threshold_hours=40,
        team_days=MON_FRI,
        team_from=hm('09:00'),
        team_to=hm('17:30'),
        team_timezone='Europe/London',
        team_languages='English',
        # the Lite screen: the work is chat and email, no card payments
        questionnaire='lite',
        # hand-made, not a template's: no example marks here, on the
        # objectives or on the tasks (self_check () holds every one false)
        team_example=False,
    )

    # ---- Goals & scope: objectives ---------------------------------------
    seeded = ts('2026-06-08 09:12:44.320117')
    objectives = [
        dict(kind='faster-response', title='Answer peak-season customers faster',
             target='Chats answered within 60 seconds and emails within 4 working hours, '
                    'October to January as in the rest of the year',
             notes='Last December chats waited 6 minutes on average and the email backlog reached '
                   '3 working days; 11% of chats were abandoned.',
             modified=ts('2026-06-08 09:40:12.551230')),
        dict(kind='longer-cover', title='Be there in the evenings and at weekends',
             target='Live chat open 08:00–23:00 UK time, seven days a week, from 1 October',
             notes='A third of our web orders are placed after 18:00; chat shows “offline” from 17:30.',
             modified=ts('2026-06-08 09:44:58.107664')),
        dict(kind='more-languages', title='Answer German and French customers in their own language',
             target='German and French emails answered by native speakers within 8 working hours, '
                    'with CSAT no lower than for English',
             notes='Germany, Austria and France are our fastest-growing markets. Today a freelancer '
                   'answers German two mornings a week; French goes through machine translation.',
             modified=ts('2026-06-08 09:52:31.880412')),
        dict(kind='lower-cost', title='Keep peak season affordable without hurting satisfaction',
             target='Peak-season cost per contact under £3.50, with CSAT at 85% or more and no temporary '
                    'hires or overtime rota',
             notes='Last peak we paid £38,000 in overtime and agency temps and still missed our targets.',
             modified=ts('2026-06-08 09:58:03.264198')),
    ]
    for o in objectives:
        b.add('objective', o.pop('modified') or seeded, **o)

    # ---- Goals & scope: tasks --------------------------------------------
    # Monthly volumes are the average month; October–January runs at about
    # 2.5 × that. Annual cost is what the task costs in-house today (GBP).
    london = 'Europe/London'
    tasks = [
        dict(name='Order status and delivery questions', function='Customer service',
             channel='chat', work_kind='routine', monthly_volume=2600, handle_minutes=5.5,
             cover_days=MON_SAT, cover_from=hm('08:00'), cover_to=hm('20:00'), cover_timezone=london,
             languages='English', annual_cost=62900,
             decision='outsource',
             decision_note='As suggested: the largest block of routine work, and the first to swamp the '
                           'team in November. The vendor answers from our order-tracking screens.',
             notes='About 6,500 chats a month from October to January. “Where is my order?” is 60% of them.',
             modified=ts('2026-06-08 10:06:19.731550')),
        dict(name='Returns, exchanges and refunds', function='Customer service',
             channel='email', work_kind='routine', monthly_volume=1500, handle_minutes=7,
             cover_days=MON_FRI, cover_from=hm('09:00'), cover_to=hm('17:30'), cover_timezone=london,
             languages='English', annual_cost=46200,
             decision='hybrid',
             decision_note='Overrides the suggestion (outsource): the vendor handles standard returns and '
                           'exchanges, but refunds over £150 and returns of faulty goods stay with our team, '
                           'because they feed the warranty process and need our judgment on goodwill.',
             notes='January is the peak: Christmas gifts come back. Refunds are issued in Shopify by us.',
             modified=ts('2026-06-09 14:22:40.018833')),
        dict(name='Evening and weekend chat', function='Customer service',
             channel='chat', work_kind='routine', monthly_volume=300, handle_minutes=6,
             cover_days=EVERY_DAY, cover_from=hm('17:30'), cover_to=hm('23:00'), cover_timezone=london,
             languages='English', annual_cost=11900,
             decision='outsource',
             decision_note='As suggested: cover our team does not give. Today two people work a paid '
                           'overtime rota until 20:00 in peak season only.',
             notes='Volume counts only the chats we answer today; a further 700 a month are missed or '
                   'arrive as emails the next morning.',
             modified=ts('2026-06-08 10:14:52.604118')),
        dict(name='German-speaking customers', function='Customer service',
             channel='email', work_kind='routine', monthly_volume=260, handle_minutes=8,
             cover_days=MON_FRI, cover_from=hm('10:00'), cover_to=hm('17:30'), cover_timezone='Europe/Berlin',
             languages='German', annual_cost=14500,
             decision='outsource',
             decision_note='As suggested: nobody on the team speaks German. Customers in Germany and Austria '
                           'expect a reply in German within the working day.',
             notes='Order status, returns and sizing questions from Germany and Austria. A freelancer '
                   'answers two mornings a week (£28/hour).',
             modified=ts('2026-06-08 10:21:37.945021')),
        dict(name='French-speaking customers', function='Customer service',
             channel='email', work_kind='routine', monthly_volume=180, handle_minutes=8,
             cover_days=MON_FRI, cover_from=hm('10:00'), cover_to=hm('17:30'), cover_timezone='Europe/Paris',
             languages='French', annual_cost=8600,
             decision='outsource',
             decision_note='As suggested: a language the team lacks. Machine-translated replies have the '
                           'lowest CSAT of any queue (71%).',
             notes='France and Belgium. Handled today with machine translation, checked by the team.',
             modified=ts('2026-06-08 10:26:05.372840')),
        dict(name='Product and sizing advice', function='Customer service',
             channel='chat', work_kind='judgment', monthly_volume=700, handle_minutes=9,
             cover_days=MON_SAT, cover_from=hm('08:00'), cover_to=hm('20:00'), cover_timezone=london,
             languages='English', annual_cost=32800,
             decision='outsource',
             decision_note='Overrides the suggestion (hybrid): nearly all of these questions are answered '
                           'from our fit guide and fabric charts, which the vendor will be trained on. '
                           'Technical questions about kit for expeditions go to our team through the '
                           'escalation path.',
             notes='“Which size?”, “Is this jacket warm enough for the Alps in February?”. Drives '
                   'conversion: 1 in 4 of these chats ends in an order.',
             modified=ts('2026-06-09 14:31:18.226095')),
        dict(name='Complaints and goodwill gestures', function='Customer service',
             channel='email', work_kind='judgment', monthly_volume=140, handle_minutes=15,
             cover_days=MON_FRI, cover_from=hm('09:00'), cover_to=hm('17:30'), cover_timezone=london,
             languages='English', annual_cost=13700, brand_critical=True,
             decision='keep',
             decision_note='As suggested: how we put things right is what reviewers write about.',
             notes='Includes Trustpilot replies. Goodwill up to £50 without asking a manager.',
             modified=ts('2026-06-08 10:33:49.512764')),
        dict(name='Warranty claims and faulty gear', function='Product support',
             channel='email', work_kind='technical', monthly_volume=90, handle_minutes=25,
             cover_days=MON_FRI, cover_from=hm('09:00'), cover_to=hm('17:30'), cover_timezone=london,
             languages='English', annual_cost=16200, needs_engineering=True,
             decision='keep',
             decision_note='As suggested: each claim needs photos checked against our fabric specs and '
                           'often a word with the product team and the factory.',
             notes='Delamination, zips and seams. The findings go back to product development each month.',
             modified=ts('2026-06-08 10:38:26.093317')),
        dict(name='Wholesale and retail partner accounts', function='Account management',
             channel='phone', work_kind='strategic', monthly_volume=60, handle_minutes=20,
             cover_days=MON_FRI, cover_from=hm('09:00'), cover_to=hm('17:30'), cover_timezone=london,
             languages='English', annual_cost=10800,
             decision='keep',
             decision_note='As suggested: 24 independent outdoor shops and two chains; the relationship is ours.',
             notes='Stock questions, re-orders, co-op marketing.',
             modified=ts('2026-06-08 10:42:10.687452')),
        dict(name='Social media replies', function='Marketing',
             channel='social', work_kind='routine', monthly_volume=500, handle_minutes=5,
             cover_days=EVERY_DAY, cover_from=hm('08:00'), cover_to=hm('22:00'), cover_timezone=london,
             languages='English', annual_cost=13200, brand_critical=True,
             decision='keep',
             decision_note='Overrides the suggestion (hybrid): our Instagram voice is run by the marketing '
                           'team with the community of trail runners who tag us. We look again after the '
                           'pilot, once the vendor has learned our tone of voice on chat.',
             notes='Instagram and Facebook comments and DMs. Order questions arriving here are moved to chat.',
             modified=ts('2026-06-09 14:40:55.410679')),
    ]
    task_rows = [b.add('task', t.pop('modified'), **t) for t in tasks]

    # ---- Vendors -----------------------------------------------------------
    vendors = [
        dict(name='BrightDesk Customer Care', status='finalist', delivery_model='onshore',
             website='https://brightdesk.example', locations='Leeds and Sheffield, United Kingdom',
             channels=['chat', 'email', 'phone', 'social'], languages='English',
             notes='UK contact centre of about 240 agents, mostly retail and e-commerce clients. Offers '
                   'seasonal “flex pods” from October with four weeks of training beforehand. Strong chat '
                   'quality programme; German and French only through a partner in Dublin.',
             modified=ts('2026-07-14 16:05:33.781204')),
        dict(name='Polyglot Hub', status='finalist', delivery_model='nearshore',
             website='https://polyglothub.example', locations='Lisbon, Portugal; Kraków, Poland',
             channels=['chat', 'email', 'phone'], languages='English, German, French, Spanish, Italian, Portuguese, Polish',
             notes='Multilingual hub with native German and French speakers; Lisbon covers chat until 23:00 '
                   'UK time. Runs peak-season programmes for two other apparel brands. Prices per hour '
                   'with a minimum of 4 agents.',
             modified=ts('2026-07-14 16:07:48.129955')),
        dict(name='Harbour & Pine Support', status='shortlist', delivery_model='onshore',
             website='https://harbourpine.example', locations='Belfast, United Kingdom',
             channels=['chat', 'email', 'phone'], languages='English, Irish',
             notes='Boutique team of about 60 agents who work inside the client’s own help desk (they '
                   'already use Gorgias). Asks for a minimum of 3 agents all year, not only at peak.',
             modified=ts('2026-07-02 11:48:20.664391')),
        dict(name='SummitReach CX', status='shortlist', delivery_model='mixed',
             website='https://summitreach.example', locations='Glasgow, United Kingdom; Cape Town, South Africa',
             channels=['chat', 'email', 'social'], languages='English, German, Afrikaans',
             notes='Follow-the-sun: Cape Town (UK time + 1 or 2 hours) covers our evenings at lower rates. '
                   'German from a small Glasgow team; no French yet, “planned for next year”.',
             modified=ts('2026-07-02 11:52:07.385116')),
        dict(name='Tidewater Outsourcing', status='long-list', delivery_model='offshore',
             website='https://tidewater.example', locations='Manila, Philippines',
             channels=['phone', 'chat', 'email', 'back-office'], languages='English',
             notes='Found on the trade association’s supplier list. Large and low cost; not contacted yet. '
                   'Keep in mind for year-round back-office work later.',
             modified=ts('2026-06-15 15:20:41.902586')),
        dict(name='QuickServe Global', status='rejected', delivery_model='offshore',
             rejection_reason='Minimum commitment of 15 full-time agents for 24 months — far more than our '
                              'peak needs — and no German or French speakers.',
             website='https://quickserve.example', locations='Cebu, Philippines; Bengaluru, India',
             channels=['phone', 'chat', 'email'], languages='English, Hindi',
             notes='Introductory call on 2 July with their UK sales office. Good tooling, but built for '
                   'large year-round programmes.',
             modified=ts('2026-07-02 15:36:12.047730')),
    ]
    vendor_rows = {v['name']: b.add('vendor', v.pop('modified'), **v) for v in vendors}

    contacts = [
        ('BrightDesk Customer Care', 'Hannah Whitfield', 'Client Solutions Director',
         'hannah.whitfield@brightdesk.example', '+44 113 496 0412', True, '2026-06-22 10:02:15.338710'),
        ('BrightDesk Customer Care', 'Tom Okafor', 'Head of Retail Accounts',
         'tom.okafor@brightdesk.example', '+44 113 496 0587', False, '2026-07-06 09:47:51.750082'),
        ('Polyglot Hub', 'Inês Carvalho', 'Business Development Manager (UK & Ireland)',
         'ines.carvalho@polyglothub.example', '+44 20 7946 0731', True, '2026-06-22 10:09:44.916537'),
        ('Polyglot Hub', 'Marek Nowak', 'Operations Manager, Kraków',
         'marek.nowak@polyglothub.example', '+44 20 7946 0732', False, '2026-07-06 09:55:02.402164'),
        ('Harbour & Pine Support', 'Ciara McAllister', 'Account Director',
         'ciara.mcallister@harbourpine.example', '+44 28 9649 6120', True, '2026-06-22 10:15:30.087291'),
        ('SummitReach CX', 'Jordan Ellis', 'Sales Lead, UK',
         'jordan.ellis@summitreach.example', '+44 141 496 0274', True, '2026-06-22 10:21:08.573940'),
    ]
    contact_rows = []
    for vendor, name, role, email, phone, primary, modified in contacts:
        contact_rows.append(b.add('contact', ts(modified), vendor_id=vendor_rows[vendor]['uuid'], name=name,
                                  role=role, email=email, phone=phone, is_primary=primary))

    # ---- Requirements, Security & Compliance, Responses, References -------
    selection = sample_selection.add_selection(b, TEMPLATES, vendor_rows, ts)

    # ---- Pricing & ROI, Scoring -------------------------------------------
    decision = sample_decision.add_decision(b, vendor_rows)

    # ---- Pilot, SLAs, Workflows & Escalation, Transition, Results --------
    pilot = sample_pilot.add_pilot(b, vendor_rows, TEMPLATES)
    # Tombstones stay empty (nothing deleted).

    # ---- activity log ------------------------------------------------------
    def log(at, action, table, row, summary):
        b.add('activity', at, at=at, author=AUTHOR, action=action, table_name=table,
              row_uuid=row['uuid'], summary=summary)

    log(CREATED, 'create', 'project', project, f'Created the project “{PROJECT_NAME}”')
    log(ts('2026-06-08 09:31:07.402915'), 'edit', 'project', project,
        b.changed('project', 'description', project))
    for o in b.rows['objective']:
        log(o['modified'], 'edit', 'objective', o, b.changed('objective', 'target', o))
    for t in task_rows[3:5]:
        log(t['modified'], 'add', 'task', t, b.added('task', t))
    for t in (task_rows[1], task_rows[5], task_rows[9]):
        log(t['modified'], 'edit', 'task', t, b.changed('task', 'decision', t))
    tidewater = vendor_rows['Tidewater Outsourcing']
    log(tidewater['modified'], 'add', 'vendor', tidewater, b.added('vendor', tidewater))
    for c in contact_rows[:1]:
        log(c['modified'], 'add', 'contact', c, b.added('contact', c))
    for name in ('QuickServe Global', 'BrightDesk Customer Care', 'Polyglot Hub'):
        v = vendor_rows[name]
        log(v['modified'], 'edit', 'vendor', v, b.changed('vendor', 'status', v))

    for key in sample_selection.SECTIONS_OUT:
        s = selection['sections'][key]
        log(s['modified'], 'edit', 'requirement_section', s, b.changed('requirement_section', 'included', s))
    for r in selection['custom'].values():
        log(r['modified'], 'add', 'requirement', r, b.added('requirement', r))
    log(project['modified'], 'edit', 'project', project, b.changed('project', 'questionnaire', project))
    pci = selection['domains']['pci-dss']
    log(pci['modified'], 'edit', 'question_domain', pci, b.changed('question_domain', 'included', pci))
    for r in selection['references']:
        log(r['modified'], 'add', 'reference', r, b.added('reference', r))
    for q in decision['quotes']:
        log(q['modified'], 'add', 'quote', q, b.added('quote', q))
    for e in decision['evaluators']:
        log(e['modified'], 'add', 'evaluator', e, b.added('evaluator', e))
    for c in decision['consensus']:
        log(c['modified'], 'add', 'consensus', c, b.added('consensus', c))
    bright = vendor_rows['BrightDesk Customer Care']
    log(bright['modified'], 'edit', 'vendor', bright, b.changed('vendor', 'status', bright))
    for c in decision['checklist']:
        log(c['modified'], 'edit', 'checklist_item', c, b.changed('checklist_item', 'met', c))
    d = decision['decision']
    log(d['modified'], 'edit', 'decision', d, 'Recorded the decision for BrightDesk Customer Care')
    log(pilot['pilot']['modified'], 'add', 'pilot', pilot['pilot'], 'Added the pilot')
    for r in pilot['slas'] + pilot['workflows']:
        table = 'sla' if r in pilot['slas'] else 'workflow'
        log(r['modified'], 'add', table, r, b.added(table, r))
    for item in pilot['items']:
        if item['status'] == 'done':
            log(item['modified'], 'edit', 'transition_item', item, b.changed('transition_item', 'status', item))
    for r in pilot['results'][::6]:
        log(r['modified'], 'add', 'kpi_result', r, f'Entered the results of the week of {r["week_start"]}')
    for r in selection['responses']:
        if r['exception_reason']:
            at = r['modified'][:11] + '17:45:12.530981Z'
            r['modified'] = at
            log(at, 'edit', 'response', r, b.changed('response', 'exception_reason', r))

    b.rows['activity'].sort(key=lambda r: r['at'])   # the log is in time order
    return b.rows



# --------------------------------------------------------------- checks

def self_check(desc, rows):
    """What the importer checks, so a mistake fails here with a clear
    message and not later in the app; the round trip proves the rest."""
    seen = {}
    for table in desc.tables:
        table_rows = rows[table.name]
        if table.single_row:
            assert len(table_rows) == 1, f'{table.name} must have exactly one row'
        for row in table_rows:
            where = f'{table.name} “{row_label(row) or row["uuid"]}”'
            assert list(row) == table.column_names(), where
            u = row['uuid']
            assert re.fullmatch(UUID_PATTERN, u) and u == u.lower() and uuid.UUID(u).version == 4, u
            assert u not in seen, f'duplicate UUID {u}'
            seen[u] = table.name
            for c in table.columns:
                v = row[c.name]
                what = f'{where}: {c.name} = {v!r}'
                if v is None:
                    assert c.nullable, f'{what}: cannot be null'
                    continue
                if c.kind == 'int':
                    assert isinstance(v, int) and not isinstance(v, bool), what
                elif c.kind == 'real':
                    assert isinstance(v, (int, float)) and not isinstance(v, bool) and math.isfinite(v), what
                elif c.kind == 'bool':
                    assert isinstance(v, bool), what
                    # a hand-made project: nothing is a template's example
                    if c.name == 'example' or c.name.endswith('_example'):
                        assert v is False, f'{what}: the sample holds no examples'
                elif c.kind == 'enum':
                    assert v in c.values, what
                elif c.kind == 'set':
                    assert v == canonical_set(table, c, v), what
                    assert len(','.join(v).encode()) <= desc.set_max_bytes, what
                elif c.kind == 'ref':
                    pass   # below, once every UUID is known
                elif c.kind == 'date':
                    assert v == '' or (re.fullmatch(DATE_PATTERN, v) and datetime.date.fromisoformat(v)), what
                elif c.kind == 'time':
                    assert len(v.encode()) <= desc.time_max_bytes, what
                elif c.kind == 'text':
                    assert len(v.encode()) <= desc.text_max_bytes, what
                    if c.format == 'currency':
                        assert re.fullmatch(CURRENCY_PATTERN, v), what
                    elif c.format == 'currency-or-empty':
                        assert v == '' or re.fullmatch(CURRENCY_PATTERN, v), what
                    elif c.format == 'timezone':
                        assert re.fullmatch(TIMEZONE_PATTERN, v) and len(v) <= TIMEZONE_MAX_BYTES, what
                    elif c.format == 'languages':
                        entries = v.split(',')
                        assert len(entries) <= desc.languages_max, what
                        assert all(len(e.encode()) <= desc.language_max_bytes for e in entries), what
                if c.has_range():
                    assert c.lo <= v <= c.hi, f'{what}: not between {c.lo} and {c.hi}'
    for table in desc.tables:
        for row in rows[table.name]:
            for c in table.columns:
                if c.kind == 'ref' and row[c.name] is not None:
                    assert seen.get(row[c.name]) == c.ref, f'{table.name}.{c.name} names no {c.ref}'
        for u in table.uniques:
            holders = [r for r in rows[table.name]
                       if 'where_column' not in u or r[u['where_column']] == u['where_value']]
            groups = [tuple('' if r[k] is None else r[k] for k in u['columns']) for r in holders]
            assert len(groups) == len(set(groups)), f'{table.name}: {u["rule"]}'
        for c in table.checks:
            for row in rows[table.name]:
                where = f'{table.name} {row["uuid"]}: {c["rule"]}'
                if c['kind'] == 'exactly-one':
                    assert (row[c['column']] is None) != (row[c['other']] is None), where
                elif row[c['column']] is not None:
                    assert row[c['other']] in c['values'], where


def sample_shows(desc, rows):
    """What the dashboard and guidance show for the sample (the lead's
    list): one vendor selected, with its decision recorded"""
    vendor_status = desc.table('vendor').by_name['status']
    assert 'selected' in vendor_status.values
    selected = [v for v in rows['vendor'] if v['status'] == 'selected']
    assert len(selected) == 1, 'the sample has one vendor selected'
    assert [d['vendor_id'] for d in rows['decision'] if d['status'] == 'recorded'] == [selected[0]['uuid']], \
        'the selected vendor has the recorded decision'


def pilot_shows(kpis_json):
    """What Pilot Results shows for the sample (`kpis --json`): six weeks of
    every SLA, all met but one that is at risk in its latest week"""
    problems = []
    slas = json.loads(kpis_json)['slas']
    for s in slas:
        if len(s['weeks']) != 6:
            problems.append(f'SLA {s["kpi"]} on {s["channel"] or "all channels"}: {len(s["weeks"])} weeks, not 6')
    latest = [s['weeks'][-1]['status'] for s in slas if s['weeks']]
    if latest.count('at-risk') != 1 or latest.count('met') != len(latest) - 1:
        problems.append(f'the sample shows one SLA at risk and the others met in the latest week; it has {latest}')
    return problems


def selection_shows(info_json):
    """What the vendor list shows for the sample (`info --json`): every
    finalist scored, compliance 70–95, a reference score, and one knock-out
    in all, with its exception accepted"""
    problems = []
    vendors = json.loads(info_json)['vendors']
    finalists = [v for v in vendors if v['status'] == 'finalist']
    for v in finalists:
        c, r = v['compliance_score'], v['reference_score']
        if c is None or not 70 <= c <= 95:
            problems.append(f'finalist {v["name"]}: compliance score {c}, not 70–95')
        if r is None:
            problems.append(f'finalist {v["name"]}: no reference called')
    knockouts = [k for v in vendors for k in v['knockouts']]
    if len(knockouts) != 1 or not knockouts[0]['accepted']:
        problems.append(f'the sample shows one knock-out, with an accepted exception; it has {knockouts}')
    return problems


def prove(cli, desc, text, check):
    """The CLI imports the sample, exports the same bytes, finds the file
    sound, and its guidance shows every stage complete but the transition, with the
    journey not finished. With --check the files are current, so the CLI's
    compiled-in sample (`new --sample`) must be these bytes too."""
    problems = []
    with tempfile.TemporaryDirectory(prefix='make-sample-') as tmp:
        source = Path(tmp) / 'sample.json'
        project = Path(tmp) / 'sample.vendorbench'
        source.write_text(text, encoding='utf-8')
        result = run_cli(cli, 'import', str(source), '-o', str(project), check=False)
        if result.returncode != 0:
            return ['`vendorbench-cli import` refuses the sample: '
                    + result.stderr.decode('utf-8', 'replace').strip()]
        exported = run_cli(cli, 'export', '--format', 'json', str(project)).stdout.decode('utf-8')
        if exported != text:
            diff = difflib.unified_diff(text.splitlines(), exported.splitlines(),
                                        'make-sample.py', 'vendorbench-cli export', lineterm='', n=1)
            problems.append('the export of the imported sample is not the same bytes:\n'
                            + '\n'.join(list(diff)[:40]))
        result = run_cli(cli, 'check', str(project), check=False)
        if result.returncode != 0:
            problems.append('`vendorbench-cli check` finds the imported sample unsound: '
                            + (result.stdout + result.stderr).decode('utf-8', 'replace').strip())
        # the sample's story is told as of sample_pilot.SAMPLE_AS_OF, mid-transition: every stage is
        # complete but the Transition Checklist, whose joint quality review is overdue (a next step,
        # whatever day it is now), so that its progress stays below 100 %; its cut-over task, due
        # after that day, is overdue too once the calendar passes it
        guide = json.loads(run_cli(cli, 'guide', '--json', '--today', sample_pilot.SAMPLE_AS_OF, str(project)).stdout)
        open_stages = [s['stage'] for s in guide['stages'] if s['available'] and not s['complete']]
        if open_stages != ['transition']:
            problems.append('the sample must show every stage complete but the transition; open: '
                            + (', '.join(open_stages) or 'none')
                            + ' (add that stage\'s rows to build_sample ())')
        overdue = [f['rule'] for f in guide['findings'] if f['rule'] == 'transition.overdue']
        if len(overdue) != 1:
            problems.append(f'the sample shows one overdue transition task as of {sample_pilot.SAMPLE_AS_OF}; '
                            f'it has {len(overdue)}')
        problems += selection_shows(run_cli(cli, 'info', '--json', str(project)).stdout)
        problems += pilot_shows(run_cli(cli, 'kpis', '--json', str(project)).stdout)
        if not guide['progress'] < 1:
            problems.append(f'the sample\'s progress is {guide["progress"]}: it must stay below 100 %')
        if check:
            bundled = Path(tmp) / 'bundled.vendorbench'
            result = run_cli(cli, 'new', '--sample', str(bundled), check=False)
            exported = None
            if result.returncode == 0:
                exported = run_cli(cli, 'export', '--format', 'json', str(bundled)).stdout.decode('utf-8')
            if exported != text:
                problems.append('`vendorbench-cli new --sample` does not write this sample'
                                + (' (' + result.stderr.decode('utf-8', 'replace').strip() + ')'
                                   if result.returncode else '')
                                + ': rebuild, so that the compiled-in resource is data/sample/sample.json')
    return problems


def main():
    parser = argparse.ArgumentParser(description='Generate data/sample/sample.json and '
                                                 'data/vendorbench-project.schema.json from the program.')
    parser.add_argument('--cli', help='the vendorbench-cli to read the table description from '
                                      '(default: $VENDORBENCH_CLI)')
    parser.add_argument('--check', action='store_true',
                        help='write nothing; exit 1 if a file would change or the proof fails')
    args = parser.parse_args()

    cli = find_cli(args.cli)
    desc = load_description(cli)
    rows = build_sample(desc)
    self_check(desc, rows)
    sample_shows(desc, rows)
    outputs = {
        SAMPLE_JSON: export_text(desc, rows),
        SCHEMA_JSON: json.dumps(json_schema(desc), indent=2, ensure_ascii=False) + '\n',
    }
    stale = False
    for path, text in outputs.items():
        old = path.read_text(encoding='utf-8') if path.exists() else None
        if old == text:
            continue
        stale = True
        if args.check:
            print(f'{path.relative_to(ROOT)} is out of date: run '
                  f'{Path(__file__).relative_to(ROOT)} --cli {cli}', file=sys.stderr)
        else:
            path.write_text(text, encoding='utf-8')
            print(f'wrote {path.relative_to(ROOT)}')
    problems = prove(cli, desc, outputs[SAMPLE_JSON], args.check and not stale)
    for p in problems:
        print(f'make-sample.py: {p}', file=sys.stderr)
    return 1 if problems or (args.check and stale) else 0


if __name__ == '__main__':
    sys.exit(main())
