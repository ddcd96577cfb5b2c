#!/usr/bin/env python3
# make-sample.py — generate the sample project and the JSON Schema
#
# Copyright 2026 The Vendorbench developers
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Writes, from the schema description in src/core/vb-schema-tables.c:
#   data/sample/sample.json               the worked sample project ("Open the
#                                         Sample Project"), in the interchange
#                                         format, byte for byte as
#                                         `vendorbench-cli export --format json`
#                                         writes it
#   data/vendorbench-project.schema.json  the JSON Schema (draft 2020-12) of
#                                         the interchange format
#
# Usage: python3 data/sample/make-sample.py [--check]
#   --check  write nothing; exit 1 if either file differs from what would be
#            written (for a test or a pre-commit hook)
#
# Standard library only. Deterministic: UUIDs come from a fixed seed and all
# timestamps are fixed, so a re-run gives the same bytes. After changing a
# stage's tables, add that stage's rows below (the sample shows every stage
# filled in) and re-run; then rebuild (the sample is a compiled-in resource).

import json
import random
import re
import sys
import uuid
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
TABLES_C = ROOT / 'src' / 'core' / 'vb-schema-tables.c'
SAMPLE_JSON = HERE / 'sample.json'
SCHEMA_JSON = ROOT / 'data' / 'vendorbench-project.schema.json'

FORMAT = 'vendorbench-project'       # VB_JSON_FORMAT (src/core/vb-json.h)
FORMAT_VERSION = 1                   # VB_JSON_FORMAT_VERSION
TEXT_MAX_BYTES = 64 * 1024           # VB_TEXT_MAX_BYTES (src/core/vb-schema.h)
TIME_MAX_BYTES = 40                  # vb_value_check ()
UUID_PATTERN = '^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$'
DATE_PATTERN = '^([0-9]{4}-[0-9]{2}-[0-9]{2})?$'


# ---------------------------------------------------------------- schema
#
# A small parser for vb-schema-tables.c: the enum value lists, the column
# arrays written with the TEXT/TIME/DATE/BOOL/ENUM/INT/INT_OPT/REAL/REAL_OPT/
# REF/REF_OPT macros, and the TABLE list of the current version. It knows
# exactly the shapes that file uses and fails loudly on anything else.

class Column:
    def __init__(self, name, kind, nullable=False, default=None, values=None,
                 ref=None, lo=0, hi=0):
        self.name, self.kind, self.nullable = name, kind, nullable
        self.default, self.values, self.ref = default, values, ref
        self.lo, self.hi = lo, hi


class Table:
    def __init__(self, name, columns, flags):
        self.name, self.flags = name, flags
        self.ordered = 'VB_TABLE_ORDERED' in flags
        self.single_row = 'VB_TABLE_SINGLE_ROW' in flags
        self.internal = 'VB_TABLE_INTERNAL' in flags
        # the implicit columns (vb-schema.c): uuid first, position for
        # ordered tables just before modified, modified last
        self.columns = [Column('uuid', 'UUID')] + columns
        if self.ordered:
            self.columns.append(Column('position', 'INT', default=0))
        self.columns.append(Column('modified', 'TIME', default=''))

    def column_names(self):
        return [c.name for c in self.columns]


def strip_comments(text):
    text = re.sub(r'/\*.*?\*/', ' ', text, flags=re.S)
    return re.sub(r'//[^\n]*', ' ', text)


def parse_number(token, defines):
    token = token.strip()
    if token in defines:
        return defines[token]
    value = float(token)
    return int(value) if value.is_integer() and 'e' not in token.lower() and '.' not in token else value


def split_args(text):
    args, depth, cur, in_str = [], 0, '', False
    for ch in text:
        if in_str:
            cur += ch
            if ch == '"':
                in_str = False
            continue
        if ch == '"':
            in_str = True
        elif ch == '(':
            depth += 1
        elif ch == ')':
            depth -= 1
        elif ch == ',' and depth == 0:
            args.append(cur.strip())
            cur = ''
            continue
        cur += ch
    if cur.strip():
        args.append(cur.strip())
    return args


def unquote(token):
    if not (token.startswith('"') and token.endswith('"')):
        raise SystemExit(f'{TABLES_C}: expected a string, found {token!r}')
    return token[1:-1]


def parse_schema():
    text = strip_comments(TABLES_C.read_text(encoding='utf-8'))

    defines = {}
    for name, value in re.findall(r'^#define\s+([A-Z_]+)\s+([0-9.eE+-]+)\s*$', text, flags=re.M):
        defines[name] = float(value)

    enums = {}
    for name, body in re.findall(r'static const char \*const (\w+)\[\]\s*=\s*\{(.*?)\};', text, flags=re.S):
        values = [unquote(v) for v in split_args(body) if v != 'NULL']
        enums[name] = values

    column_lists = {}
    for name, body in re.findall(r'static const VbColumn (\w+)\[\]\s*=\s*\{(.*?)\};', text, flags=re.S):
        columns = []
        for macro, args in re.findall(r'\b([A-Z_]+)\s*\((.*?)\)\s*,', body, flags=re.S):
            a = split_args(args)
            n = unquote(a[0])
            if macro in ('TEXT', 'TIME', 'DATE'):
                columns.append(Column(n, macro, default=''))
            elif macro == 'BOOL':
                columns.append(Column(n, 'BOOL', default=bool(int(a[1]))))
            elif macro == 'ENUM':
                values = enums[a[1]]
                columns.append(Column(n, 'ENUM', default=values[0], values=values))
            elif macro in ('INT', 'REAL'):
                columns.append(Column(n, macro, default=parse_number(a[1], defines),
                                      lo=parse_number(a[2], defines), hi=parse_number(a[3], defines)))
            elif macro in ('INT_OPT', 'REAL_OPT'):
                columns.append(Column(n, macro[:-4], nullable=True,
                                      lo=parse_number(a[1], defines), hi=parse_number(a[2], defines)))
            elif macro == 'REF':
                columns.append(Column(n, 'REF', ref=unquote(a[1])))
            elif macro == 'REF_OPT':
                columns.append(Column(n, 'REF', nullable=True, ref=unquote(a[1])))
            else:
                raise SystemExit(f'{TABLES_C}: unknown column macro {macro} in {name}')
        column_lists[name] = columns

    m = re.search(r'static const VbSchema schema_v\d+\s*=\s*\{\s*(\d+)\s*,\s*(\w+)\s*,', text)
    if not m:
        raise SystemExit(f'{TABLES_C}: no current schema found')
    version, tables_name = int(m.group(1)), m.group(2)
    body = re.search(r'static const VbTable ' + tables_name + r'\[\]\s*=\s*\{(.*?)\};', text, flags=re.S).group(1)
    tables = []
    for args in re.findall(r'TABLE\s*\((.*?)\)\s*,', body, flags=re.S):
        a = split_args(args)
        tables.append(Table(unquote(a[0]), list(column_lists[a[1]]), a[2]))
    return version, tables


# ---------------------------------------------------------- JSON Schema

def number_literal(value):
    if isinstance(value, float) and value.is_integer() and abs(value) < 1e15:
        return int(value)
    return value


def column_schema(table, column):
    kind = column.kind
    s = {}
    if kind == 'UUID':
        s = {'type': 'string', 'pattern': UUID_PATTERN,
             'description': 'The row\'s identity: a UUID, unique in the whole file.'}
    elif kind == 'REF':
        s = {'type': ['string', 'null'] if column.nullable else 'string', 'pattern': UUID_PATTERN,
             'description': f'The UUID of a row of "{column.ref}" in the same file'
                            + (' (null: none).' if column.nullable else '.')}
    elif kind == 'TEXT':
        s = {'type': 'string', 'maxLength': TEXT_MAX_BYTES,
             'description': f'Text, at most {TEXT_MAX_BYTES} bytes of UTF-8.'}
    elif kind == 'TIME':
        s = {'type': 'string', 'maxLength': TIME_MAX_BYTES,
             'description': 'A UTC timestamp such as "2026-06-08T09:12:44.318204Z", or empty.'}
    elif kind == 'DATE':
        s = {'type': 'string', 'pattern': DATE_PATTERN,
             'description': 'A date (YYYY-MM-DD), or empty.'}
    elif kind == 'BOOL':
        s = {'type': 'boolean'}
    elif kind == 'ENUM':
        s = {'type': 'string', 'enum': list(column.values)}
    elif kind in ('INT', 'REAL'):
        base = 'integer' if kind == 'INT' else 'number'
        s = {'type': [base, 'null'] if column.nullable else base}
        if column.lo < column.hi:   # as vb_value_check (): no range when lo == hi
            s['minimum'] = number_literal(column.lo)
            s['maximum'] = number_literal(column.hi)
        if column.name == 'position':
            s['description'] = 'The row\'s place in its list: 0, 1, 2 …'
    else:
        raise AssertionError(kind)
    if column.default is not None and kind not in ('UUID', 'REF'):
        s['default'] = column.default
    return s


def table_schema(table):
    row = {
        'type': 'object',
        'properties': {c.name: column_schema(table, c) for c in table.columns},
        'required': table.column_names(),
        'additionalProperties': False,
    }
    s = {'type': 'array', 'items': row}
    if table.single_row:
        s['minItems'] = 1
        s['maxItems'] = 1
    notes = []
    if table.single_row:
        notes.append('exactly one row')
    if table.ordered:
        notes.append('rows carry a "position"')
    if table.internal:
        notes.append('internal: restored as it was on import')
    if notes:
        s['description'] = '; '.join(notes).capitalize() + '.'
    return s


def json_schema(version, tables):
    return {
        '$schema': 'https://json-schema.org/draft/2020-12/schema',
        '$id': 'https://vendorbench.github.io/schema/vendorbench-project-'
               f'{FORMAT_VERSION}-{version}.schema.json',
        'title': 'Vendorbench project (JSON interchange format)',
        'description': (
            f'A whole Vendorbench project as written by `vendorbench-cli export --format json`: '
            f'format version {FORMAT_VERSION}, schema version {version}. Every table of the schema, in '
            'schema order (parents before children), each a list of rows; every row has every column, '
            'in column order. Not expressible here and checked on import: UUIDs are unique in the file, '
            'every reference names a row of the right table, dates are real calendar dates, text limits '
            'count bytes of UTF-8 (JSON Schema counts characters), and integer columns must be written '
            'without a fraction or exponent. Generated by data/sample/make-sample.py from '
            'src/core/vb-schema-tables.c; see docs/json-format.md.'),
        'type': 'object',
        'properties': {
            'format': {'const': FORMAT},
            'format_version': {'const': FORMAT_VERSION},
            'schema_version': {'const': version},
            'tables': {
                'type': 'object',
                'properties': {t.name: table_schema(t) for t in tables},
                'required': [t.name for t in tables],
                'additionalProperties': False,
            },
        },
        'required': ['format', 'format_version', 'schema_version', 'tables'],
        'additionalProperties': False,
    }


# ------------------------------------------------- export-exact writer
#
# vb_json_export () in src/core/vb-json.c, mirrored: 2-space indentation,
# one key per line, numbers of REAL columns as g_ascii_dtostr () writes them
# ("%.17g": 160.0 → 160, 6.5 → 6.5), non-ASCII text written as UTF-8, only
# '"', '\\' and control characters escaped.

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
        elif o < 0x20:
            out.append('\\u%04x' % o)
        else:
            out.append(ch)
    out.append('"')
    return ''.join(out)


def json_value(column, value):
    if value is None:
        return 'null'
    if column.kind == 'BOOL':
        return 'true' if value else 'false'
    if column.kind == 'REAL':
        return '%.17g' % float(value)
    if column.kind == 'INT':
        return '%d' % value
    return json_string(value)


def export_text(version, tables, rows_by_table):
    out = ['{\n  "format": "%s",\n  "format_version": %d,\n  "schema_version": %d,\n  "tables": {\n'
           % (FORMAT, FORMAT_VERSION, version)]
    for t, table in enumerate(tables):
        rows = rows_by_table.get(table.name, [])
        out.append('    "%s": [' % table.name)
        for r, row in enumerate(rows):
            out.append('\n      {\n' if r == 0 else ',\n      {\n')
            for i, column in enumerate(table.columns):
                out.append('        "%s": %s' % (column.name, json_value(column, row[column.name])))
                out.append(',\n' if i + 1 < len(table.columns) else '\n')
            out.append('      }')
        out.append(']' if not rows else '\n    ]')
        out.append(',\n' if t + 1 < len(tables) else '\n')
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

    def __init__(self, tables):
        self.tables = {t.name: t for t in tables}
        self.rows = {t.name: [] for t in tables}

    def add(self, table, modified, **values):
        table_name = table
        table = self.tables[table_name]
        row = {}
        for column in table.columns:
            if column.name == 'uuid':
                row['uuid'] = values.pop('uuid', None) or new_uuid()
            elif column.name == 'position':
                row['position'] = len(self.rows[table_name])
            elif column.name == 'modified':
                row['modified'] = modified
            elif column.name in values:
                row[column.name] = values.pop(column.name)
            elif column.nullable or column.kind == 'REF':
                row[column.name] = None
            else:
                row[column.name] = column.default
        if values:
            raise SystemExit(f'unknown columns of {table_name}: {", ".join(values)}')
        self.rows[table_name].append(row)
        return row


def build_sample(tables):
    b = Builder(tables)

    # ---- the project (stage 0) -------------------------------------------
    project = b.add(
        'project', ts('2026-06-08 09:31:07.402915'),
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
             channels='Chat, Email, Phone, Social', languages='English',
             notes='UK contact centre of about 240 agents, mostly retail and e-commerce clients. Offers '
                   'seasonal “flex pods” from October with four weeks of training beforehand. Strong chat '
                   'quality programme; German and French only through a partner in Dublin.',
             modified=ts('2026-07-14 16:05:33.781204')),
        dict(name='Polyglot Hub', status='finalist', delivery_model='nearshore',
             website='https://polyglothub.example', locations='Lisbon, Portugal; Kraków, Poland',
             channels='Chat, Email, Phone', languages='English, German, French, Spanish, Italian, Portuguese, Polish',
             notes='Multilingual hub with native German and French speakers; Lisbon covers chat until 23:00 '
                   'UK time. Runs peak-season programmes for two other apparel brands. Prices per hour '
                   'with a minimum of 4 agents.',
             modified=ts('2026-07-14 16:07:48.129955')),
        dict(name='Harbour & Pine Support', status='shortlist', delivery_model='onshore',
             website='https://harbourpine.example', locations='Belfast, United Kingdom',
             channels='Chat, Email, Phone', languages='English, Irish',
             notes='Boutique team of about 60 agents who work inside the client’s own help desk (they '
                   'already use Gorgias). Asks for a minimum of 3 agents all year, not only at peak.',
             modified=ts('2026-07-02 11:48:20.664391')),
        dict(name='SummitReach CX', status='shortlist', delivery_model='mixed',
             website='https://summitreach.example', locations='Glasgow, United Kingdom; Cape Town, South Africa',
             channels='Chat, Email, Social', languages='English, German, Afrikaans',
             notes='Follow-the-sun: Cape Town (UK time + 1 or 2 hours) covers our evenings at lower rates. '
                   'German from a small Glasgow team; no French yet, “planned for next year”.',
             modified=ts('2026-07-02 11:52:07.385116')),
        dict(name='Tidewater Outsourcing', status='long-list', delivery_model='offshore',
             website='https://tidewater.example', locations='Manila, Philippines',
             channels='Phone, Chat, Email, Back office', languages='English',
             notes='Found on the trade association’s supplier list. Large and low cost; not contacted yet. '
                   'Keep in mind for year-round back-office work later.',
             modified=ts('2026-06-15 15:20:41.902586')),
        dict(name='QuickServe Global', status='rejected', delivery_model='offshore',
             rejection_reason='Minimum commitment of 15 full-time agents for 24 months — far more than our '
                              'peak needs — and no German or French speakers.',
             website='https://quickserve.example', locations='Cebu, Philippines; Bengaluru, India',
             channels='Phone, Chat, Email', languages='English, Hindi',
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

    # ---- later stages ------------------------------------------------------
    # Requirements, security, responses, references, pricing, scoring, pilot,
    # SLAs, workflows, transition and results arrive with their stages: their
    # tables stay empty until then. Tombstones stay empty (nothing deleted).

    # ---- activity log ------------------------------------------------------
    def log(at, action, table, row, summary):
        b.add('activity', at, at=at, author=AUTHOR, action=action, table_name=table,
              row_uuid=row['uuid'], summary=summary)

    def changed(column, table, row):
        label = row.get('name') or row.get('title') or ''
        return f'Changed the {column.replace("_", " ")} of {table} “{label}”'

    log(CREATED, 'create', 'project', project, f'Created the project “{PROJECT_NAME}”')
    log(project['modified'], 'edit', 'project', project, changed('description', 'project', project))
    for o in b.rows['objective']:
        log(o['modified'], 'edit', 'objective', o, changed('target', 'objective', o))
    for t in task_rows[3:5]:
        log(t['modified'], 'add', 'task', t, f'Added task “{t["name"]}”')
    for t in (task_rows[1], task_rows[5], task_rows[9]):
        log(t['modified'], 'edit', 'task', t, changed('decision', 'task', t))
    log(vendor_rows['Tidewater Outsourcing']['modified'], 'add', 'vendor', vendor_rows['Tidewater Outsourcing'],
        'Added vendor “Tidewater Outsourcing”')
    for c in contact_rows[:1]:
        log(c['modified'], 'add', 'contact', c, f'Added contact “{c["name"]}”')
    for name in ('QuickServe Global', 'BrightDesk Customer Care', 'Polyglot Hub'):
        v = vendor_rows[name]
        log(v['modified'], 'edit', 'vendor', v, changed('status', 'vendor', v))

    b.rows['activity'].sort(key=lambda r: r['at'])   # the log is in time order
    for i, row in enumerate(b.rows['activity']):
        assert 'position' not in row
    return b.rows


# --------------------------------------------------------------- checks

def self_check(tables, rows):
    """What the importer checks, so a mistake fails here and not in the app."""
    seen = set()
    by_table = {}
    for table in tables:
        for row in rows[table.name]:
            assert list(row) == table.column_names(), table.name
            u = row['uuid']
            assert re.fullmatch(UUID_PATTERN, u) and u == u.lower() and uuid.UUID(u).version == 4, u
            assert u not in seen, f'duplicate UUID {u}'
            seen.add(u)
            by_table[u] = table.name
            for c in table.columns:
                v = row[c.name]
                if v is None:
                    assert c.nullable, f'{table.name}.{c.name} is null'
                elif c.kind in ('INT', 'REAL') and c.lo < c.hi:
                    assert c.lo <= v <= c.hi, f'{table.name}.{c.name} = {v}'
                elif c.kind == 'ENUM':
                    assert v in c.values, f'{table.name}.{c.name} = {v!r}'
                elif c.kind == 'TEXT':
                    assert len(v.encode('utf-8')) <= TEXT_MAX_BYTES
    for table in tables:
        for row in rows[table.name]:
            for c in table.columns:
                if c.kind == 'REF' and row[c.name] is not None:
                    assert by_table.get(row[c.name]) == c.ref, f'{table.name}.{c.name}'
    for table in tables:
        if table.single_row:
            assert len(rows[table.name]) == 1, table.name


def main():
    check = '--check' in sys.argv[1:]
    version, tables = parse_schema()
    rows = build_sample(tables)
    self_check(tables, rows)
    outputs = {
        SAMPLE_JSON: export_text(version, tables, rows),
        SCHEMA_JSON: json.dumps(json_schema(version, tables), indent=2, ensure_ascii=False) + '\n',
    }
    stale = False
    for path, text in outputs.items():
        old = path.read_text(encoding='utf-8') if path.exists() else None
        if old == text:
            continue
        stale = True
        if check:
            print(f'{path.relative_to(ROOT)} is out of date: run {Path(__file__).relative_to(ROOT)}')
        else:
            path.write_text(text, encoding='utf-8')
            print(f'wrote {path.relative_to(ROOT)}')
    return 1 if check and stale else 0


if __name__ == '__main__':
    sys.exit(main())
