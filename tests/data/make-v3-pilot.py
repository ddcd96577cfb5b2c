#!/usr/bin/env python3
# make-v3-pilot.py — how tests/data/v3-pilot.json was made
#
# Copyright 2026 The Vendorbench developers
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Reads the JSON export of `vendorbench-cli new --sample` made by the
# version-3 code and fills the decision and pilot tables with the rows the
# migration to version 4 converts. The result is imported by that same CLI
# (`vendorbench-cli import -o v3-pilot.vendorbench`) and exported again, so
# the fixture is a file the version-3 code wrote.

import json
import sys

d = json.load(open(sys.argv[1]))
t = d['tables']
vendors = [v['uuid'] for v in t['vendor']]
objectives = [o['uuid'] for o in t['objective']]
n = [0]


def uid():
    n[0] += 1
    return '3a000000-0000-4000-8000-%012d' % n[0]


def add(table, row, pos=None, when='2026-07-01T10:00:00.000Z'):
    row = dict(uuid=uid(), **row)
    if pos is not None:
        row['position'] = pos
    row['modified'] = when
    t[table].append(row)
    return row['uuid']


fc_chat = add('forecast_channel', dict(channel='chat', live=True, aht_seconds=420.0, busiest_share_pct=14.0,
                                       open_hours_per_week=105.0, service_level_pct=80.0, service_seconds=60.0,
                                       shrinkage_pct=30.0, occupancy_pct=85.0), 0)
fc_mail = add('forecast_channel', dict(channel='email', live=False, aht_seconds=360.0, busiest_share_pct=None,
                                       open_hours_per_week=60.0, service_level_pct=90.0, service_seconds=14400.0,
                                       shrinkage_pct=30.0, occupancy_pct=None), 1)
for m, vol in enumerate([5200, 3900, 3600, 3500, 3600, 3700, 3800, 4000, 4400, 7900, 11800, 13100], start=1):
    add('forecast_month', dict(channel_id=fc_chat, month=m, volume=float(vol)))
    add('forecast_month', dict(channel_id=fc_mail, month=m, volume=float(vol // 2)))

q_base = dict(fixed_monthly=None, setup_fee=2500.0, training_per_agent=180.0, integration_fee=None,
              monthly_extras=120.0, minimum_monthly_fee=None, minimum_hours=None, minimum_fte=None,
              term_months=12, termination_fee=None, notes='')
add('quote', dict(vendor_id=vendors[0], model='per-hour', rate=17.5, **q_base))
add('quote', dict(vendor_id=vendors[1], model='per-contact', rate=2.9,
                  **dict(q_base, setup_fee=0.0, notes='Per resolved chat or email; no setup fee')))

cat = add('criterion', dict(parent_id=None, kind='category', name='Service quality', description='', weight=60.0,
                            cost=False), 0)
c_lang = add('criterion', dict(parent_id=cat, kind='judged', name='Native German and French', description='',
                               weight=30.0, cost=False), 1)
c_peak = add('criterion', dict(parent_id=cat, kind='judged', name='Peak-season ramp-up', description='',
                               weight=30.0, cost=False), 2)
c_price = add('criterion', dict(parent_id=None, kind='price', name='Price', description='', weight=40.0,
                                cost=True), 3)
e1 = add('evaluator', dict(name='Sarah Okafor', role='Owner', is_advisor=False), 0)
e2 = add('evaluator', dict(name='Tom Reilly', role='Advisor', is_advisor=True), 1)
for e, s in ((e1, 4), (e2, 2)):
    add('score', dict(evaluator_id=e, vendor_id=vendors[0], criterion_id=c_lang, score=s, comment=''))
add('ahp_judgement', dict(criterion_a=c_lang, criterion_b=c_peak, value=3.0))
add('consensus', dict(vendor_id=vendors[0], criterion_id=c_lang, score=3, reason='Agreed after the call',
                      decided_by='Sarah Okafor'))
# two decisions: the older is superseded by the migration
add('decision', dict(vendor_id=vendors[1], rationale='Cheapest per contact', decided_on='2026-07-10',
                     decided_by='Sarah Okafor'), when='2026-07-10T15:00:00.000Z')
add('decision', dict(vendor_id=vendors[0], rationale='Native speakers and a tested peak plan',
                     decided_on='2026-07-24', decided_by='Sarah Okafor'), when='2026-07-24T16:30:00.000Z')
add('checklist_item', dict(item_key='exit-clause', met=True, note='Clause 14, 60 days'))

add('kpi', dict(key='service-level', name='Custom service level', unit='%', direction='higher',
                definition='A custom KPI whose key clashes with a built-in one'), 0)
add('kpi', dict(key='refund-accuracy', name='Refund accuracy', unit='%', direction='higher',
                definition='Refunds issued for the right amount'), 1)
sla_chat = add('sla', dict(kpi_key='service-level', channel='Chat', objective_id=objectives[0], target=80.0,
                           threshold=75.0, method='80 % in 60 s', data_source='Chat platform', cadence='weekly',
                           credit='2 % of the monthly fee'), 0)
sla_mail = add('sla', dict(kpi_key='csat', channel='e-mail', objective_id=None, target=None, threshold=None,
                           method='Survey after closing', data_source='Help desk', cadence='monthly', credit=''), 1)
sla_odd = add('sla', dict(kpi_key='fcr', channel='carrier pigeon', objective_id=None, target=70.0,
                          threshold=65.0, method='Ticket reopen rate', data_source='', cadence='', credit=''), 2)
pilot = add('pilot', dict(vendor_id=vendors[0], channels=['chat', 'email'], region='Germany', product_line='Jackets',
                          contact_types='Orders, returns', volume_share_pct=20.0, start_date='2026-09-01',
                          end_date='2026-10-13', team='Sarah (lead), Priya (QA); BrightDesk: Jonas',
                          checkin_cadence='Weekly, Tuesdays 10:00', reporting='Shared dashboard',
                          exit_notes='30 days notice during the pilot'))
add('pilot_criterion', dict(pilot_id=pilot, sla_id=sla_chat, condition='', met=''), 0)
add('pilot_criterion', dict(pilot_id=pilot, sla_id=None, condition='Tone of voice approved', met='met'), 1)
wf = add('workflow', dict(name='Refund request', trigger='An email tagged refund', systems='Zendesk, Shopify',
                          training_links='https://example.org/refunds'), 0)
add('workflow_step', dict(workflow_id=wf, description='Check the order', owner='Tier 1', tool='Shopify'), 0)
add('escalation_tier', dict(level=1, handles='Orders, delivery'), 0)
add('escalation_path', dict(trigger='Chargeback threat', from_tier=1, contact_name='Priya Shah',
                            contact_role='Team lead', phone='+44 161 555 0101', email='priya@example.org',
                            response_minutes=60.0, is_emergency=False), 0)
add('escalation_path', dict(trigger='Site down', from_tier=2, contact_name='Dev on call', contact_role='Engineer',
                            phone='+44 161 555 0199', email='', response_minutes=15.0, is_emergency=True), 1)
add('escalation_path', dict(trigger='Data breach', from_tier=None, contact_name='Sarah Okafor',
                            contact_role='Owner', phone='+44 161 555 0100', email='', response_minutes=30.0,
                            is_emergency=True), 2)
ph = add('transition_phase', dict(name='Knowledge transfer', entry_criteria='Contract signed',
                                  exit_criteria='Agents pass the quiz'), 0)
add('transition_item', dict(phase_id=ph, title='Tone-of-voice guide', owner='Sarah', due_date='2026-08-20',
                            status='in-progress', notes=''), 0)
add('kpi_result', dict(sla_id=sla_chat, week_start='2026-09-07', value=78.5, numerator=None, denominator=None,
                       notes=''))
add('kpi_result', dict(sla_id=sla_mail, week_start='2026-09-07', value=None, numerator=172.0, denominator=190.0,
                       notes='survey'))
add('kpi_result', dict(sla_id=sla_odd, week_start='2026-09-14', value=71.0, numerator=None, denominator=None,
                       notes=''))
d['tables']['project'][0]['name'] = 'Northwind Outdoor (decision and pilot)'
json.dump(d, open(sys.argv[2], 'w'), indent=2, ensure_ascii=False)
