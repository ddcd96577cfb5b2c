# sample_pilot.py — the pilot and onboarding stages of the sample project
#
# Copyright 2026 The Vendorbench developers
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Part of make-sample.py (which imports it): the pilot with BrightDesk, the
# service levels it is measured on, the workflows and escalation paths,
# the transition checklist (templates/transition.xml, its keys kept) and
# six weeks of results.
#
# The story: the pilot runs for six weeks from Monday 5 October 2026 on a
# quarter of the chat and email volume of the UK shop. Chat answers well
# in 60 seconds until the first weeks of November, when the run-up to the
# winter peak pushes the service level into the "not quite" band: the one
# SLA at risk. Everything else meets its target. The hand-over is in the
# reverse-shadowing phase (the pilot); cut-over is planned for January.

import datetime
import xml.etree.ElementTree as ET

PILOT_START = '2026-10-05'       # a Monday
# the day the sample's story is told: its checks judge due dates as of this day
SAMPLE_AS_OF = '2026-11-30'
WEEKS = ['2026-10-05', '2026-10-12', '2026-10-19', '2026-10-26', '2026-11-02', '2026-11-09']

# chat: offered a week, and the share answered within 60 seconds
CHAT_OFFERED = [610, 655, 690, 720, 880, 960]
CHAT_IN_TIME_PCT = [83.1, 84.0, 82.2, 80.6, 78.1, 76.9]      # target 80, threshold 75: at risk from week 5
CHAT_ABANDONED = [14, 17, 19, 22, 33, 41]
EMAIL_FIRST_RESPONSE_HOURS = [3.1, 2.8, 3.4, 3.6, 3.9, 3.8]  # median; target 4 h
SURVEY = [(212, 188), (230, 203), (241, 213), (236, 209), (268, 233), (281, 241)]   # answers, satisfied
FCR = [(980, 712), (1040, 759), (1101, 808), (1150, 838), (1330, 962), (1422, 1020)]  # contacts, first-contact
QA = [(40, 3488), (40, 3512), (40, 3436), (40, 3504), (40, 3456), (40, 3448)]        # evaluations, points


def _stamp(day, seconds):
    h, rest = divmod(9 * 3600 + seconds, 3600)
    m, s = divmod(rest, 60)
    return f'{day}T{h:02d}:{m:02d}:{s:02d}.{(seconds * 6007) % 1000000:06d}Z'


def _load_transition(path):
    """The phases of templates/transition.xml: (key, name, entry, exit, items)"""
    root = ET.parse(path).getroot()
    phases = []
    for p in root.findall('phase'):
        items = [(i.get('key'), i.findtext('title'), i.findtext('owner') or '', i.findtext('notes') or '')
                 for i in p.findall('item')]
        phases.append((p.get('key'), p.findtext('name'), p.findtext('entry'), p.findtext('exit'), items))
    return phases


# Where the hand-over stands: (status, due date, owner on our side, notes) by item key
PROGRESS = {
    'named-owners': ('done', '2026-09-04', 'Priya Shah', 'Priya Shah and Hannah Whitfield; weekly call on Tuesdays.'),
    'go-no-go-per-phase': ('done', '2026-09-08', 'Priya Shah', ''),
    'document-workflows': ('done', '2026-09-15', 'Daniel Brooks', 'The two workflows on the Workflows page.'),
    'list-systems': ('done', '2026-09-15', 'Daniel Brooks', 'Gorgias, Shopify admin (orders only), the returns portal.'),
    'define-slas': ('done', '2026-09-18', 'Priya Shah', ''),
    'gather-training-material': ('done', '2026-09-22', 'Sam Carter', '41 help articles and the returns policy.'),
    'tone-of-voice-guide': ('done', '2026-09-22', 'Sam Carter', 'Two pages: warm, plain, no exclamation marks.'),
    'sample-interaction-review': ('done', '2026-09-25', 'Priya Shah', 'Twenty chats and emails, good and bad.'),
    'organise-data-access': ('done', '2026-09-29', 'Daniel Brooks', 'Agents see orders, not card details.'),
    'sandbox-access': ('done', '2026-09-29', 'Daniel Brooks', ''),
    'escalation-contacts': ('done', '2026-09-30', 'Priya Shah', ''),
    'vendor-shadows': ('done', '2026-10-02', 'Sam Carter', ''),
    'knowledge-check': ('done', '2026-10-02', 'Sam Carter', 'All six agents passed at the second try.'),
    'run-pilot': ('done', '2026-11-15', 'Priya Shah', 'Weeks 5 and 6: chat slower with the peak starting.'),
    'joint-quality-review': ('in-progress', '2026-11-27', 'Priya Shah',
                             'Thirty chats of weeks 5 and 6 read with BrightDesk; their notes are still to come.'),
    'cut-over-plan': ('todo', '2026-12-11', 'Daniel Brooks', 'Phone stays with us until after Christmas.'),
    'daily-check-ins': ('todo', '2027-01-15', 'Priya Shah', ''),
    'iterate-on-feedback': ('todo', '2027-01-29', 'Priya Shah', ''),
    'regular-reviews': ('todo', '2027-02-26', 'Priya Shah', ''),
}


def add_pilot(b, vendor_rows, templates_dir):
    """Adds the rows; returns them by kind for the activity log"""
    out = {}
    day = '2026-09-07'
    n = 0

    def at():
        nonlocal n
        n += 1
        return _stamp(day, 41 * n)

    bright = vendor_rows['BrightDesk Customer Care']['uuid']
    objectives = {o['kind']: o['uuid'] for o in b.rows['objective']}

    # ---- the pilot ---------------------------------------------------------
    pilot = b.add('pilot', at(), vendor_id=bright, channels=['chat', 'email'], region='United Kingdom',
                  product_line='Jackets, fleeces and walking boots',
                  contact_types='Order status, returns and exchanges, sizing questions',
                  volume_share_pct=25.0, start_date=PILOT_START, end_date='2026-11-15',
                  team_ours='Priya Shah (owner), Daniel Brooks (operations), Sam Carter (knowledge base)',
                  team_vendor='Hannah Whitfield (account director), a team leader and six agents in Leeds',
                  checkin_weekday=2, checkin_every_weeks=1, checkin_time='10:00', checkin_minutes=45,
                  checkin_notes='The week’s figures, ten chats and emails read together, and what to change.',
                  reporting='BrightDesk’s Gorgias dashboard, shared with read access, and a report every Monday',
                  exit_notes='Either side may end the pilot with 14 days’ notice and no fee; our customer data '
                             'is returned and deleted within 30 days.')
    out['pilot'] = pilot

    # ---- service levels ----------------------------------------------------
    day = '2026-09-18'
    sla_specs = [
        ('chat-sl', dict(kpi_key='service-level', channel='chat', objective_id=objectives['faster-response'],
                         target=80.0, answer_seconds=60.0, threshold=75.0,
                         method='Chats answered within 60 seconds ÷ chats offered, hang-ups within 5 seconds left out',
                         data_source='Gorgias live-chat report', cadence='Weekly, every Monday',
                         credit='2% of the month’s invoice for each full point under 75%')),
        ('email-frt', dict(kpi_key='first-response-median', channel='email',
                           objective_id=objectives['faster-response'], target=14400.0, threshold=21600.0,
                           method='Median time to the first human reply, in business hours 08:00–20:00',
                           data_source='Gorgias ticket export', cadence='Weekly, every Monday', credit='')),
        ('chat-abandon', dict(kpi_key='abandonment-rate', channel='chat',
                              objective_id=objectives['faster-response'], target=5.0, threshold=8.0,
                              method='Chats left before an answer ÷ chats offered',
                              data_source='Gorgias live-chat report', cadence='Weekly, every Monday', credit='')),
        ('csat', dict(kpi_key='csat', channel='', objective_id=objectives['lower-cost'], target=85.0,
                      threshold=80.0, method='Answers 4 or 5 to the one-question survey after each contact',
                      data_source='Gorgias satisfaction survey', cadence='Weekly, every Monday',
                      credit='1% of the month’s invoice below 80%')),
        ('fcr', dict(kpi_key='fcr', channel='', objective_id=objectives['lower-cost'], target=70.0, threshold=65.0,
                     method='Contacts with no repeat from the same customer within 7 days',
                     data_source='Gorgias ticket export', cadence='Weekly, every Monday', credit='')),
        ('qa', dict(kpi_key='qa-score', channel='', objective_id=objectives['lower-cost'], target=85.0,
                    threshold=80.0, method='Our scorecard, 10 chats and 10 emails a week; a wrong refund scores 0',
                    data_source='Joint quality review', cadence='Weekly, every Monday', credit='')),
    ]
    slas = {}
    for key, values in sla_specs:
        slas[key] = b.add('sla', at(), example=False, **values)
    out['slas'] = list(slas.values())

    out['criteria'] = [
        b.add('pilot_criterion', at(), pilot_id=pilot['uuid'], sla_id=slas['chat-sl']['uuid'],
              condition='Chat service level met over the last two weeks'),
        b.add('pilot_criterion', at(), pilot_id=pilot['uuid'], sla_id=slas['csat']['uuid'],
              condition='Satisfaction at 85% or more'),
        b.add('pilot_criterion', at(), pilot_id=pilot['uuid'], sla_id=slas['email-frt']['uuid'],
              condition='Emails answered within 4 hours (median)'),
        b.add('pilot_criterion', at(), pilot_id=pilot['uuid'],
              condition='No customer data used outside Gorgias and the returns portal', met='met'),
    ]

    # ---- workflows and escalation ------------------------------------------
    day = '2026-09-15'
    workflows = [
        ('Where is my order?', 'An email or chat asks where an order is, or why it has not arrived.',
         'Gorgias, Shopify admin (orders), the carrier’s tracking page', 'https://help.northwind.example/kb/delivery',
         [('Find the order in Shopify from the email address or order number', 'BrightDesk agent', 'Shopify admin'),
          ('Check the tracking; if it is late more than 3 working days, open a claim with the carrier',
           'BrightDesk agent', 'Carrier portal'),
          ('Reply with the tracking link and the expected date, in our tone of voice', 'BrightDesk agent',
           'Gorgias macro “Delivery update”'),
          ('Lost parcels over £150 go to tier 2 before a replacement is sent', 'BrightDesk team leader',
           'Gorgias “Escalate” view')]),
        ('Return or exchange', 'A customer asks to return or exchange an item within 60 days.',
         'Gorgias, the returns portal', 'https://help.northwind.example/kb/returns',
         [('Check the order date and that the item is unworn (photos for footwear)', 'BrightDesk agent',
           'Returns portal'),
          ('Send the prepaid label from the returns portal', 'BrightDesk agent', 'Returns portal'),
          ('Exchanges for another size: reserve the size before the return arrives', 'BrightDesk agent',
           'Shopify admin'),
          ('Faulty items and claims for damage stay with us: hand over to tier 3', 'BrightDesk agent',
           'Gorgias “Northwind” team')]),
    ]
    out['workflows'] = []
    for name, trigger, systems, links, steps in workflows:
        w = b.add('workflow', at(), name=name, trigger=trigger, systems=systems, training_links=links, example=False)
        out['workflows'].append(w)
        for description, owner, tool in steps:
            b.add('workflow_step', w['modified'], workflow_id=w['uuid'], description=description, owner=owner,
                  tool=tool, example=False)

    for level, handles in ((1, 'Every chat and email of the pilot: orders, delivery, returns, sizing'),
                           (2, 'Refunds over £150, lost parcels, angry customers, anything the macros do not cover'),
                           (3, 'Faulty items, damage claims, press and social-media complaints, data requests')):
        b.add('escalation_tier', at(), level=level, handles=handles)
    paths = [
        b.add('escalation_path', at(), trigger='A refund over £150, or a customer who asks for a manager',
              from_tier=1, contact_name='Ravi Patel', contact_role='BrightDesk team leader',
              phone='+44 113 496 0721', email='ravi.patel@brightdesk.example', response_minutes=30.0),
        b.add('escalation_path', at(), trigger='A faulty item, a damage claim or anything about our policy',
              from_tier=2, contact_name='Sam Carter', contact_role='Northwind customer experience',
              phone='+44 161 496 0388', email='sam@northwind.example', response_minutes=240.0),
        b.add('escalation_path', at(), trigger='Customer data sent to the wrong person, or a security incident',
              from_tier=None, contact_name='Daniel Brooks', contact_role='Northwind operations manager',
              phone='+44 7700 900412', email='daniel@northwind.example', response_minutes=15.0),
    ]
    out['paths'] = paths
    project = b.rows['project'][0]
    project['emergency_definition'] = ('Customer data seen by someone who should not see it, a security incident '
                                       'at BrightDesk, or chat and email both down for more than an hour.')
    project['emergency_path_id'] = paths[2]['uuid']

    # ---- transition checklist ----------------------------------------------
    day = '2026-09-04'
    out['phases'] = []
    out['items'] = []
    for key, name, entry, exit_, items in _load_transition(templates_dir / 'transition.xml'):
        phase = b.add('transition_phase', at(), key=key, name=name, entry_criteria=entry, exit_criteria=exit_,
                      example=False)
        out['phases'].append(phase)
        for item_key, title, owner, notes in items:
            status, due, who, progress = PROGRESS[item_key]
            modified = _stamp(due, 3600 * 7) if status == 'done' else phase['modified']
            out['items'].append(b.add('transition_item', modified, phase_id=phase['uuid'], key=item_key,
                                      title=title, owner=who, due_date=due, status=status,
                                      notes=progress or notes, example=False))

    # ---- six weeks of results ----------------------------------------------
    out['results'] = []
    for w, week in enumerate(WEEKS):
        # entered on the Monday after the week
        stamp = _stamp((datetime.date.fromisoformat(week) + datetime.timedelta(days=7)).isoformat(), 60 * w)

        def result(kpi, channel, value=None, counts=(), notes=''):
            row = dict(kpi_key=kpi, channel=channel, week_start=week, value=value, notes=notes)
            for name, count in zip(('count_a', 'count_b', 'count_c', 'count_d'), counts):
                row[name] = float(count)
            out['results'].append(b.add('kpi_result', stamp, **row))

        offered = CHAT_OFFERED[w]
        result('service-level', 'chat',
               counts=(round(offered * CHAT_IN_TIME_PCT[w] / 100), offered, 0),
               notes='Two agents off sick on the Thursday and Friday.' if w == 5 else '')
        result('abandonment-rate', 'chat', counts=(CHAT_ABANDONED[w], offered))
        result('first-response-median', 'email', value=EMAIL_FIRST_RESPONSE_HOURS[w] * 3600)
        result('csat', '', counts=(SURVEY[w][1], SURVEY[w][0]))
        result('fcr', '', counts=(FCR[w][1], FCR[w][0]))
        result('qa-score', '', counts=(QA[w][1], QA[w][0]))
    return out
