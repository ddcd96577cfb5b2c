#!/usr/bin/env python3
"""data/vendorbench-project.schema.json is a JSON Schema (draft 2020-12),
the sample project validates against it, and so does the export of a new
project from every template; a few broken copies of the sample do not.

Usage: check-json-schema.py SCHEMA SAMPLE [--cli VENDORBENCH_CLI]
Without --cli only the sample and the broken copies are checked."""
import argparse
import copy
import json
import subprocess
import sys
import tempfile
from pathlib import Path

parser = argparse.ArgumentParser()
parser.add_argument('schema')
parser.add_argument('sample')
parser.add_argument('--cli')
args = parser.parse_args()

schema = json.load(open(args.schema, encoding='utf-8'))
sample = json.load(open(args.sample, encoding='utf-8'))
try:
    import jsonschema
except ImportError:
    print('python3-jsonschema is missing (apt-get install python3-jsonschema)')
    sys.exit(1)

failed = False


def report(what, ok, detail=''):
    global failed
    print(('ok    ' if ok else 'FAIL  ') + what + (f': {detail}' if detail else ''))
    failed |= not ok


if schema.get('$schema') != 'https://json-schema.org/draft/2020-12/schema':
    report('the schema declares draft 2020-12', False, repr(schema.get('$schema')))
cls = jsonschema.validators.validator_for(schema)
cls.check_schema(schema)
validator = cls(schema)


def errors_of(instance):
    return sorted(validator.iter_errors(instance), key=lambda e: list(e.path))


def expect_valid(what, instance):
    errors = errors_of(instance)
    for e in errors[:20]:
        print('      ' + '/'.join(str(p) for p in e.path), e.message[:200])
    report(what, not errors, f'{len(errors)} errors' if errors else '')


expect_valid('the sample', sample)

# A new project of every template, exported by the program
if args.cli:
    templates = schema['properties']['tables']['properties']['project']['items']['properties']['template']['enum']
    with tempfile.TemporaryDirectory(prefix='check-json-schema-') as tmp:
        for template in templates:
            path = Path(tmp) / f'{template}.vendorbench'
            subprocess.run([args.cli, 'new', '--template', template, str(path)], check=True,
                           stdout=subprocess.DEVNULL)
            out = subprocess.run([args.cli, 'export', '--format', 'json', str(path)], check=True,
                                 capture_output=True).stdout
            expect_valid(f'a new project of the template “{template}”', json.loads(out))


# Broken copies the schema must refuse (each one a rule the schema states);
# with --cli, the import must refuse each of them too: the two agree
scratch = tempfile.TemporaryDirectory(prefix='check-json-schema-')


def imports(instance):
    source = Path(scratch.name) / 'broken.json'
    target = Path(scratch.name) / 'broken.vendorbench'
    source.write_text(json.dumps(instance, ensure_ascii=False), encoding='utf-8')
    target.unlink(missing_ok=True)
    result = subprocess.run([args.cli, 'import', str(source), '-o', str(target)], capture_output=True)
    imports.message = result.stderr.decode('utf-8', 'replace').strip()
    return result.returncode == 0


def broken(what, change):
    instance = copy.deepcopy(sample)
    change(instance['tables'])
    refused = bool(errors_of(instance))
    if args.cli and imports(instance):
        report(f'refused: {what}', False, 'vendorbench-cli import accepts it')
    else:
        report(f'refused: {what}', refused)


def set_field(table, column, value, row=0):
    def change(tables):
        tables[table][row][column] = value
    return change


vendors = sample['tables']['vendor']
assert vendors and sample['tables']['project'], 'the sample has a project and vendors'
broken('a set written as text', set_field('vendor', 'channels', 'Chat, Email'))
broken('a word that is not a channel', set_field('vendor', 'channels', ['chat', 'fax']))
broken('a channel twice', set_field('vendor', 'channels', ['chat', 'chat']))
broken('a status that is not one', set_field('vendor', 'status', 'pending'))
broken('two selected vendors', lambda t: [v.update(status='selected') for v in t['vendor'][:2]])
broken('a second project row', lambda t: t['project'].append(copy.deepcopy(t['project'][0])))
broken('a missing column', lambda t: t['vendor'][0].pop('channels'))
broken('an unknown column', set_field('vendor', 'colour', 'red'))
broken('a number out of range', set_field('project', 'team_days', 128))
broken('a fraction in an integer column', set_field('project', 'team_from', 540.5))
broken('a currency that is not a code', set_field('project', 'currency', 'pounds'))
broken('an example mark that is not a boolean', set_field('project', 'team_example', 0))
broken('a reference that is not a UUID', set_field('contact', 'vendor_id', 'BrightDesk'))
broken('a timestamp that is too long', set_field('project', 'created', 'x' * 41))
broken('a time zone that is a path', set_field('project', 'team_timezone', '../../etc/passwd'))

# A response answers exactly one item, with a word of that item's kind: rows
# made from the schema's own defaults (the sample holds no responses yet)
TABLES = schema['properties']['tables']['properties']
made = iter(range(1, 1000))


def new_row(tables, table, **values):
    props = TABLES[table]['items']['properties']
    row = {}
    for name, prop in props.items():
        if name == 'uuid':
            row[name] = '00000000-0000-4000-8000-%012d' % next(made)
        elif name == 'position':
            row[name] = len(tables[table])
        elif name in values:
            row[name] = values[name]
        elif 'default' in prop:
            row[name] = prop['default']
        else:
            row[name] = None
    tables[table].append(row)
    return row


def with_response(requirement, question, answer):
    def change(tables):
        section = new_row(tables, 'requirement_section', modified='')
        item = new_row(tables, 'requirement', section_id=section['uuid'], modified='')
        domain = new_row(tables, 'question_domain', modified='')
        q = new_row(tables, 'question', domain_id=domain['uuid'], modified='')
        new_row(tables, 'response', vendor_id=tables['vendor'][0]['uuid'],
                requirement_id=item['uuid'] if requirement else None,
                question_id=q['uuid'] if question else None, answer=answer, modified='')
    return change


broken('a response to no item', with_response(False, False, ''))
broken('a response to a requirement and a question', with_response(True, True, 'partly'))
broken('a requirement answered “yes”', with_response(True, False, 'yes'))
broken('a question answered “meets”', with_response(False, True, 'meets'))
for requirement, answer in ((True, 'does-not-meet'), (False, 'no')):
    instance = copy.deepcopy(sample)
    with_response(requirement, not requirement, answer)(instance['tables'])
    expect_valid(f'a response to a {"requirement" if requirement else "question"} answered “{answer}”', instance)
    if args.cli:
        report(f'… and it imports', imports(instance), imports.message)

if args.cli:
    report('the sample imports (the broken copies fail for their own reason)', imports(sample), imports.message)
scratch.cleanup()
print('schema valid' if not failed else 'errors')
sys.exit(1 if failed else 0)
