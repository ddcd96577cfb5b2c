# sample_decision.py — the decision stages of the sample project
#
# Copyright 2026 The Vendorbench developers
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Part of make-sample.py (which imports it): the forecast, the finalists'
# quotes, the return on the change, and the weighted criteria with the
# evaluators' scores for Northwind Outdoor.
#
# The story: the phone and email volume peaks from October to January
# (Christmas and the winter sales). BrightDesk prices phone per minute
# (after-contact work billed too) and email per message, in pounds, with
# its one-time fees listed; Polyglot Hub prices every hour an agent is
# signed in, in euros, and has not been asked about one-time fees or
# what ending early costs yet. The in-house cost comes from the task
# inventory. Two evaluators and an outside advisor (whose scores count)
# score the judged criteria; they disagree on Polyglot Hub's tone of
# voice, and the team agreed a score after listening to call recordings
# together. BrightDesk leads on the weighted scores and is selected: the
# decision is recorded with its checklist, two items of which (the pilot
# and its service levels) wait for the pilot stages, confirmed as such.

# Contacts a month, January … December
PHONE = [900, 700, 650, 650, 700, 700, 750, 800, 900, 1300, 1900, 2300]
EMAIL = [1100, 800, 750, 700, 750, 800, 850, 900, 1000, 1400, 2000, 2500]


def _stamp(day, seconds):
    """A time on @day, @seconds after 09:00"""
    h, rest = divmod(9 * 3600 + seconds, 3600)
    m, s = divmod(rest, 60)
    return f'{day}T{h:02d}:{m:02d}:{s:02d}.{(seconds * 7919) % 1000000:06d}Z'


def add_decision(b, vendor_rows):
    """Adds the rows; returns them by kind for the activity log"""
    out = {}
    day = '2026-08-03'
    n = 0

    def at():
        nonlocal n
        n += 1
        return _stamp(day, 37 * n)

    # ---- forecast ----------------------------------------------------------
    phone = b.add('forecast_channel', at(), channel='phone', live=True, aht_seconds=360.0,
                  open_hours_per_week=45.0, service_level_pct=80.0, service_seconds=20.0,
                  shrinkage_pct=30.0)
    email = b.add('forecast_channel', at(), channel='email', live=False, aht_seconds=420.0,
                  open_hours_per_week=45.0, service_level_pct=90.0, shrinkage_pct=30.0,
                  response_hours=24.0)
    for channel, volumes in ((phone, PHONE), (email, EMAIL)):
        for month, volume in enumerate(volumes, start=1):
            b.add('forecast_month', channel['modified'], channel_id=channel['uuid'], month=month,
                  volume=float(volume))
    out['forecast'] = [phone, email]

    # ---- quotes ------------------------------------------------------------
    day = '2026-08-10'
    bright = vendor_rows['BrightDesk Customer Care']['uuid']
    poly = vendor_rows['Polyglot Hub']['uuid']
    q1 = b.add('quote', at(), vendor_id=bright, setup_fee=2500.0, training_per_agent=180.0,
               integration_fee=0.0, minimum_monthly_fee=3000.0, term_months=12, termination_fee=1500.0,
               notes='Flex pods from October; the minimum applies in every month.')
    b.add('quote_line', q1['modified'], quote_id=q1['uuid'], channel='phone', model='per-minute', rate=0.95,
          acw_billed=True)
    b.add('quote_line', q1['modified'], quote_id=q1['uuid'], channel='email', model='per-contact', rate=2.6)
    q2 = b.add('quote', at(), vendor_id=poly, currency='EUR', exchange_rate=0.86, term_months=12,
               notes='Per hour signed in, a minimum of 4 agents. Setup and training fees not discussed yet.')
    b.add('quote_line', q2['modified'], quote_id=q2['uuid'], channel='', model='per-hour', rate=24.5,
          hour_basis='logged-in')
    out['quotes'] = [q1, q2]

    # ---- return on the change ----------------------------------------------
    out['benefits'] = [b.add('roi_benefit', at(), description='Fewer customers lost when the Christmas peak '
                                                                'leaves phones unanswered', annual_amount=6000.0)]
    out['transition'] = [b.add('transition_cost', at(), description='Our time to write the knowledge base and '
                                                                    'train the vendor’s agents', amount=3500.0)]

    # ---- criteria: local weights, each group summing to 100 ----------------
    day = '2026-08-17'
    tree = [
        ('Service quality', 45.0, [('Quality of answers', 'judged', 50.0),
                                   ('Tone of voice', 'judged', 30.0),
                                   ('References', 'reference', 20.0)]),
        ('Languages and cover', 20.0, [('German and French', 'judged', 60.0),
                                       ('Peak-season flexibility', 'judged', 40.0)]),
        ('Security and compliance', 10.0, [('Compliance score', 'compliance', 100.0)]),
        ('Cost', 25.0, [('Price', 'price', 100.0)]),
    ]
    criteria = {}
    for name, weight, children in tree:
        category = b.add('criterion', at(), kind='category', name=name, weight=weight)
        for child, kind, w in children:
            criteria[child] = b.add('criterion', category['modified'], parent_id=category['uuid'], kind=kind,
                                    name=child, weight=w, cost=kind == 'price')
    out['criteria'] = criteria

    # ---- evaluators and their scores ---------------------------------------
    evaluators = [
        b.add('evaluator', at(), name='Priya Shah', role='Head of Customer Experience'),
        b.add('evaluator', at(), name='Daniel Brooks', role='Operations Manager'),
        b.add('evaluator', at(), name='Mei Lin', role='Outside customer-service advisor', is_advisor=True),
    ]
    out['evaluators'] = evaluators
    day = '2026-08-24'
    scores = {
        # criterion: {vendor: (Priya, Daniel, Mei)}
        'Quality of answers': {bright: (4, 4, 4), poly: (4, 3, 4)},
        'Tone of voice': {bright: (5, 4, 4), poly: (4, 4, 2)},
        'German and French': {bright: (2, 2, 3), poly: (5, 5, 5)},
        'Peak-season flexibility': {bright: (4, 5, 4), poly: (3, 4, 3)},
    }
    comments = {
        ('Tone of voice', poly, 2): 'Friendly but scripted: two of the five test calls read the policy '
                                    'out word for word.',
        ('German and French', bright, 0): 'Only through the Dublin partner, and only on weekdays.',
    }
    out['scores'] = []
    for criterion, by_vendor in scores.items():
        for vendor, values in by_vendor.items():
            for e, value in enumerate(values):
                out['scores'].append(b.add('score', at(), evaluator_id=evaluators[e]['uuid'], vendor_id=vendor,
                                           criterion_id=criteria[criterion]['uuid'], score=value,
                                           comment=comments.get((criterion, vendor, e), '')))
    out['consensus'] = [b.add('consensus', _stamp('2026-08-26', 1800), vendor_id=poly,
                              criterion_id=criteria['Tone of voice']['uuid'], score=3,
                              reason='Agreed after listening to the ten test-call recordings together: '
                                     'warm on chat, stiff on the phone.',
                              decided_by='Priya Shah, Daniel Brooks and Mei Lin')]

    # ---- the decision and its checklist ------------------------------------
    day = '2026-09-01'
    vendor_rows['BrightDesk Customer Care']['status'] = 'selected'
    vendor_rows['BrightDesk Customer Care']['modified'] = at()
    out['checklist'] = [
        b.add('checklist_item', at(), item_key='smb-case-studies', met=True,
              note='Two case studies: an outdoor-clothing shop of 30 people and a bike retailer; '
                   'we spoke to both (see References).'),
        b.add('checklist_item', at(), item_key='contract-read', met=True,
              note='Read by our solicitor on 28 August: 12 months, 60 days’ notice, the 1,500 exit '
                   'fee, prices fixed for the term.'),
    ]
    decision = b.add('decision', at(), vendor_id=bright, status='recorded', decided_on='2026-09-01',
                     decided_by='Priya Shah and Daniel Brooks',
                     rationale='BrightDesk leads on the weighted scores (82 against 77) and on the '
                               'quality of answers, and it is the cheaper of the two finalists over the '
                               'year. Its German and French cover through the Dublin partner is the weak '
                               'spot: the pilot tests it on the winter peak before the full launch.',
                     unmet_confirmed=True)
    out['decision'] = decision
    out['rejections'] = [
        b.add('decision_rejection', decision['modified'], decision_id=decision['uuid'], vendor_id=poly,
              reason='The best languages, but stiff on the phone in our test calls, and its setup and '
                     'training fees were still not quoted.'),
    ]
    return out
