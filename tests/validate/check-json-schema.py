#!/usr/bin/env python3
"""data/vendorbench-project.schema.json is a JSON Schema and the sample
project validates against it."""
import json
import sys

schema_path, sample_path = sys.argv[1], sys.argv[2]
schema = json.load(open(schema_path, encoding='utf-8'))
sample = json.load(open(sample_path, encoding='utf-8'))
try:
    import jsonschema
except ImportError:
    print('python3-jsonschema is missing (apt-get install python3-jsonschema)')
    sys.exit(1)
cls = jsonschema.validators.validator_for(schema)
cls.check_schema(schema)
errors = sorted(cls(schema).iter_errors(sample), key=lambda e: list(e.path))
for e in errors[:20]:
    print('/'.join(str(p) for p in e.path), e.message)
print('sample valid' if not errors else f'{len(errors)} errors')
sys.exit(1 if errors else 0)
