# sample_selection.py — the vendor-selection stages of the sample project
#
# Copyright 2026 The Vendorbench developers
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Part of make-sample.py (which imports it): the rows of Requirements,
# Security & Compliance, Responses and References for Northwind Outdoor.
# The lists come from the built-in templates, read here as the program
# reads them (src/core/vb-template-selection.c): the customer-support
# template's RFP sections, requirements and own call-sheet prompts,
# templates/questionnaire.xml and templates/call-sheet.xml. The keys are
# the template's, so rules find "exit-clause" here as in a new project;
# every row is one the user has looked at and confirmed or edited
# (example = false, as the whole sample), a few are the user's own
# (custom, no key).
#
# The story: Northwind chose the Lite questionnaire and switched card
# payments out of the score (they take no payments by phone or chat). Two
# finalists answered everything: BrightDesk (onshore, nearly compliant;
# German and French only on weekdays through a partner, accepted) and
# Polyglot Hub (nearshore, native speakers; an open high-risk gap on
# removing leavers' access in Kraków, and no one-week pilot, a must-have,
# accepted as a four-week pilot). Two shortlisted vendors have answered
# part of the request. Each finalist has references with the call sheet
# filled in; one BrightDesk reference raised a red flag and is unsure
# whether they would choose BrightDesk again.

import xml.etree.ElementTree as ET

# ------------------------------------------------------------ templates

def _text(node, tag):
    """A child's text with white space collapsed, as xgettext and the
    program's loader collapse it (vb-template.c); '' when absent"""
    child = node.find(tag)
    if child is None or child.text is None:
        return ''
    return ' '.join(child.text.split())


def load_requirement_sections(path):
    root = ET.parse(path).getroot()
    sections = []
    for s in root.findall('requirement-section'):
        sections.append(dict(
            key=s.get('key'), title=_text(s, 'title'), description=_text(s, 'description'),
            requirements=[dict(key=r.get('key'), priority=r.get('priority'), text=_text(r, 'text'))
                          for r in s.findall('requirement')]))
    return sections


def load_prompts(path):
    root = ET.parse(path).getroot()
    return [dict(key=p.get('key'), text=_text(p, 'text'), hint=_text(p, 'hint'))
            for p in root.findall('prompt')]


def load_questionnaire(path):
    root = ET.parse(path).getroot()
    domains = []
    for d in root.findall('domain'):
        domains.append(dict(
            key=d.get('key'), code=d.get('code'), title=_text(d, 'title'),
            questions=[dict(key=q.get('key'), expected=q.get('answer'), weight=float(q.get('weight')),
                            high_risk=q.get('high-risk') == 'yes', lite=q.get('lite') == 'yes',
                            text=_text(q, 'text'), guidance=_text(q, 'guidance'),
                            frameworks=[' '.join(f.text.split()) for f in q.findall('framework')])
                       for q in d.findall('question')]))
    return domains


# ------------------------------------------------------- what the user did

# Sections out of the RFP: the team keeps phone (wholesale partners) and
# social media (marketing), and there is no outbound work
SECTIONS_OUT = ('inbound-phone', 'social-media', 'outbound')
# Requirements out of the RFP: no card payments, no telephony in scope
REQUIREMENTS_OUT = ('card-payments', 'telephony')
# Requirements the user reworded (the key stays) or re-prioritised
REWORDED = {
    'hours-languages': 'Describe how you will cover chat 08:00–23:00 UK time seven days a week, and email '
                       'in English, German and French on weekdays, and from which sites.',
    'seasonal-peaks': 'Describe how you will staff our peak from October to January (about two and a half '
                      'times the usual contacts), and how much notice you need to add or release agents.',
}
REPRIORITISED = {'agent-profiles': 'should', 'dedicated-team': 'must'}
NOTES = {
    'seasonal-peaks': 'The question that matters most: last December we had 6-minute chat waits.',
    'one-week-pilot-plan': 'Pilot on evening chat only, before 1 October.',
    'exit-clause': 'Ask our solicitor to read the proposed clause before the final round.',
}
# The user's own requirements, after the template item named
CUSTOM_REQUIREMENTS = {
    'hours-languages': dict(
        priority='must',
        text='Describe how you will answer German and French customers with native speakers: how many, '
             'at which sites, and who checks the quality of their written replies.'),
    'chat-tools': dict(
        priority='should',
        text='Describe how you will give sizing and product advice from our fit guide and fabric charts, '
             'and when a question goes to our own team.'),
}
CUSTOM_PROMPT = dict(
    text='Did your German- or French-speaking customers notice that they were talking to an outside team?',
    hint='Listen for native speakers who know the product, not translators reading a script.')


# ---------------------------------------------------------- the responses
#
# Per finalist, what differs from a plain compliant answer: an entry is
# (answer, details, evidence, follow-up, exception reason). Requirements
# not listed "meet" with the proposal's section named as evidence;
# questions not listed get the compliant answer.

BRIGHTDESK_REQUIREMENTS = {
    'company-profile': ('meets', 'Founded 2009, owned by its two founders; 240 agents in Leeds and Sheffield; '
                                 'customer support is 85% of their work, the rest order processing.', '', '', ''),
    'case-studies-small-business': ('meets', 'Three case studies: a running shop, a kitchenware brand and a '
                                             'pet-food subscription, all under 100 staff.', 'Appendix B', '', ''),
    'client-references': ('meets', 'Three names given; Lantern Home Goods started with them in March.', '', '', ''),
    'lost-client': ('partly', 'Named the sector (furniture) but not the client; the account was lost after a '
                              'missed peak forecast in 2024.', '', 'resolved', ''),
    'hours-languages': ('partly', 'English chat and email from Leeds 08:00–23:00 every day. German and French '
                                  'from their partner LinguaDesk in Dublin, weekdays 09:00–18:00 only.',
                        'Proposal §2.1', 'resolved',
                        'Accepted: our German and French work is weekday email, which their partner covers. '
                        'The Dublin agents join the pilot so that we can judge them ourselves.'),
    'seasonal-peaks': ('meets', 'Seasonal “flex pod” of 8–12 agents from 1 October, trained for four weeks '
                                'before; 30 days’ notice to add agents, 14 to release them.', 'Proposal §2.3', '', ''),
    'chat-response': ('meets', '80% of chats answered within 45 seconds, measured every half hour.', '', '', ''),
    'email-backlog': ('meets', 'Backlog over one working day triggers overtime the same evening.', '', '', ''),
    'ai-tools': ('meets', 'Suggested replies in Gorgias, approved by the agent; no bot speaks to customers.', '', '', ''),
    'sample-training-schedule': ('meets', 'Four-week schedule: product, tone of voice, systems, then two weeks '
                                          'of nesting with a coach.', 'Attachment 3 (PDF)', '', ''),
    'nesting-gates': ('meets', '85% on the product quiz and 90% QA score over 50 contacts before working alone.',
                      '', '', ''),
    'attrition': ('meets', 'Agent turnover 31% a year on retail accounts; team leaders stay three years on average.',
                  '', 'open', ''),
    'qa-audit-template': ('meets', 'Scorecard of 14 items with “critical” items that fail the contact.',
                          'Attachment 4 (XLSX)', '', ''),
    'qa-calibration': ('meets', 'Monthly calibration call with our team lead, 10 contacts scored by both sides.',
                       '', '', ''),
    'sla-credits': ('partly', 'Credits offered on answer times only, capped at 5% of the monthly invoice.',
                    '', 'open', ''),
    'raw-data': ('partly', 'Weekly CSV export; no direct access to their reporting database.', '', '', ''),
    'pricing-model': ('meets', '£24.80 per productive hour for English, £31.50 for German and French.',
                      'Price sheet, tab 1', '', ''),
    'minimums-surcharges': ('meets', 'Minimum of 2 agents outside the peak; 15% surcharge on bank holidays.',
                            '', '', ''),
    'one-week-pilot-plan': ('meets', 'One week of evening chat with 3 agents; daily call at 09:30 to review '
                                     'the previous evening.', 'Attachment 5', '', ''),
    'exit-clause': ('meets', '90 days’ notice; ending for poor service after two missed months in a row.',
                    'Draft contract §18', '', ''),
}
BRIGHTDESK_CUSTOM = {
    'hours-languages': ('meets', 'Four German and two French native speakers at LinguaDesk; a German-speaking '
                                 'quality lead checks 5% of their emails.', '', '', ''),
    'chat-tools': ('meets', 'Fit guide loaded into their knowledge base; expedition kit questions go to our '
                            'product team by a Gorgias macro.', '', '', ''),
}
BRIGHTDESK_QUESTIONS = {
    'ps-personal-phones': ('yes', 'Phones are allowed at the desk on retail accounts; a locker policy only for '
                                  'payment work.', '', 'open', ''),
    'hr-security-training': ('partly', 'Privacy training before the first shift; the yearly refresher started '
                                       'only this year.', '', '', ''),
    'rd-single-deletion': ('no', 'Deleting one customer across every system takes up to 30 days because of '
                                 'backups.', '', 'open', ''),
    'bc-recovery-time': ('partly', 'Four hours for chat; email and the help desk within one working day.', '',
                         '', ''),
    'sp-list': ('partly', 'Listed LinguaDesk and their tools; the telephony supplier is still missing.', '',
                'resolved', ''),
    'hr-background-checks': ('yes', 'Basic DBS check and right-to-work check for every agent.', 'Security pack p. 4',
                             '', ''),
    'ir-contact-any-hour': ('partly', 'Security team on weekdays; out of hours through the duty manager, who '
                                      'calls the security lead.', '', 'resolved', ''),
    'bc-plan-tested': ('partly', 'Last full test in April 2025; the next one is planned for November.', '',
                       'open', ''),
    'sp-due-diligence': ('partly', 'Checked when a sub-processor is chosen; no yearly review yet.', '', 'open', ''),
    'ai-inventory': ('yes', 'Gorgias suggested replies and Otter transcription of QA calls; nothing else.', '',
                     '', ''),
    'pci-no-cvv-stored': ('not-applicable', 'No card payments in our scope.', '', '', ''),
    'pci-cards-written-down': ('not-applicable', '', '', '', ''),
    'pci-keypad-masking': ('not-applicable', '', '', '', ''),
    'pci-compliance-status': ('yes', 'Attestation of compliance for their phone payments service, dated May 2026.',
                              '', '', ''),
}

POLYGLOT_REQUIREMENTS = {
    'company-profile': ('meets', 'Founded 2014 in Lisbon, second site in Kraków since 2019; 410 agents in 11 '
                                 'languages, all in customer support.', '', '', ''),
    'case-studies-small-business': ('meets', 'Two case studies from apparel brands (one outdoor) and a '
                                             'bike maker, each under 150 staff.', 'Appendix A', '', ''),
    'lost-client': ('does-not-meet', 'Declined: “client confidentiality”.', '', 'open', ''),
    'hours-languages': ('meets', 'Chat 08:00–23:00 UK time every day from Lisbon; German and French email on '
                                 'weekdays from Lisbon and Kraków.', 'Proposal p. 6', '', ''),
    'seasonal-peaks': ('meets', 'Peak team planned from August; minimum of 4 agents all year, 6 weeks’ notice '
                                'to add agents.', 'Proposal p. 8', '', ''),
    'forecasting': ('partly', 'They forecast weekly, not by half hour, outside the peak.', '', '', ''),
    'email-templates': ('meets', 'Templates written in each language by native speakers, not translated.', '',
                        '', ''),
    'ai-tools': ('meets', 'Machine translation is never used for customer replies; AI only for QA sampling.',
                 '', '', ''),
    'ai-quality': ('partly', 'The AI scoring of QA samples has not been checked against human scores yet.', '',
                   'open', ''),
    'sample-training-schedule': ('meets', 'Three-week schedule, product training in each language.',
                                 'Attachment 2', '', ''),
    'attrition': ('meets', 'Agent turnover 24% a year; bonus for agents who stay through a peak.', '', '', ''),
    'dedicated-team': ('meets', 'The same team every peak: agents are offered the next season first.', '', '', ''),
    'qa-audit-template': ('meets', 'Scorecard of 12 items, scored per language by a native speaker.',
                          'Attachment 3', '', ''),
    'live-dashboard': ('meets', 'Power BI dashboard refreshed every 15 minutes.', '', '', ''),
    'raw-data': ('partly', 'Data export on request, within two working days.', '', '', ''),
    'certifications': ('meets', 'ISO 27001 certificate for Lisbon, renewed in March 2026; Kraków is in scope '
                                'from the next audit (February 2027).', 'Certificate PDF', 'open', ''),
    'pricing-model': ('meets', '£19.50 per productive hour in every language.', 'Price sheet', '', ''),
    'minimums-surcharges': ('meets', 'Minimum of 4 agents all year; no surcharge for languages or weekends.',
                            '', '', ''),
    'one-week-pilot-plan': ('does-not-meet', 'Their smallest pilot is four weeks with four agents: they say one '
                                             'week is too short to train and measure fairly.', 'Proposal p. 14',
                            'resolved',
                            'Accepted: a four-week pilot on evening chat from 1 September still ends before our '
                            'peak, at the hourly rate they quoted.'),
    'parallel-run': ('partly', 'Two weeks alongside our team, but only during UK office hours.', '', '', ''),
    'exit-assistance': ('meets', 'Up to 60 days of hand-over help at the contract rates.', '', '', ''),
}
POLYGLOT_CUSTOM = {
    'hours-languages': ('meets', '14 native German and 9 native French speakers; a language lead checks 10 '
                                 'emails per agent each week.', '', '', ''),
    'chat-tools': ('meets', 'Agents trained on the fit guide in each language; gear questions go to our team.',
                   '', '', ''),
}
POLYGLOT_QUESTIONS = {
    'hr-security-training': ('partly', 'Yearly training in Lisbon; Kraków agents train before the first shift '
                                       'only.', '', '', ''),
    'rd-retention-schedule': ('partly', 'Chat transcripts are kept for two years unless we ask otherwise.', '',
                              'open', ''),
    'ir-plan': ('partly', 'Written plan, last tested as a desk exercise in 2024.', '', '', ''),
    'ir-contact-any-hour': ('no', 'The security team works Lisbon office hours; outside them, the duty manager '
                                  'takes a message.', '', 'open', ''),
    'bc-plan-tested': ('no', 'Not tested since the Kraków site opened; a test is planned for the autumn.', '',
                       'open', ''),
    'sp-due-diligence': ('no', 'Sub-processors are checked when chosen, never again.', '', 'open', ''),
    'ac-leaver-removal': ('partly', 'Lisbon removes access the same day. In Kraków leavers are removed at the '
                                    'monthly access review, so a login can stay active for up to 30 days.',
                          'Security answers, row 4', 'open', ''),
    'hr-background-checks': ('yes', 'Identity and right to work everywhere; criminal record where Portuguese and '
                                    'Polish law allow it.', '', '', ''),
    'ps-personal-phones': ('no', 'Phones stay in lockers on the floor.', '', '', ''),
    'sp-list': ('partly', 'Listed their tools, but not the Kraków cleaning and IT support companies.', '',
                'open', ''),
    'bc-recovery-time': ('partly', 'Chat moves to Lisbon within 4 hours; email within one working day.', '',
                         'resolved', ''),
    'ir-past-breaches': ('yes', 'One lost laptop in 2024, encrypted; reported to the client within a day.', '',
                         '', ''),
    'ai-inventory': ('partly', 'Named the QA scoring tool; the translation checker was only mentioned on the call.',
                     '', 'open', ''),
    'pci-no-cvv-stored': ('not-applicable', 'No card payments in our scope.', '', '', ''),
    'pci-cards-written-down': ('not-applicable', '', '', '', ''),
    'pci-keypad-masking': ('not-applicable', '', '', '', ''),
    'pci-compliance-status': ('not-applicable', '', '', '', ''),
}

# The shortlisted vendors have answered part of the request so far
HARBOUR_SECTIONS = ('company-references', 'scope-volumes', 'inbound-chat', 'inbound-email')
HARBOUR_REQUIREMENTS = {
    'hours-languages': ('partly', 'Belfast covers chat until 20:00 on weekdays; no evenings at weekends yet.',
                        '', 'open', ''),
}
HARBOUR_CUSTOM = {}   # not answered yet: “we would hire German and French speakers for you”
SUMMIT_SECTIONS = ('company-references', 'scope-volumes', 'inbound-chat', 'inbound-email', 'ai-assisted-care',
                   'staffing-training')
SUMMIT_DOMAINS = ('access-control', 'hr-security', 'physical-security', 'data-handling')
SUMMIT_REQUIREMENTS = {
    'case-studies-small-business': ('partly', 'One case study, from a client of 400 staff.', '', 'open', ''),
}
SUMMIT_CUSTOM = {
    'hours-languages': ('partly', 'German from a small Glasgow team; French “planned for next year”.', '',
                        'open', ''),
}
SUMMIT_QUESTIONS = {
    'ps-personal-phones': ('no', '', '', '', ''),
    'dh-copy-out': ('no', 'USB ports blocked; web mail and file sharing blocked on the floor.', '', '', ''),
    'hr-security-training': ('partly', 'Training before the first shift; no yearly refresher.', '', 'open', ''),
}


# ------------------------------------------------------------ references

REFERENCES = {
    'BrightDesk Customer Care': [
        dict(company='Fellside Running Co.', contact_name='Gemma Hartley',
             relationship='Client for three years: chat and email, a flex team every autumn',
             called_on='2026-07-28', callback_days=1.0, rating=4, would_choose_again='yes',
             notes='Online running shop in Kendal, about 40 staff: close to our size.',
             modified='2026-07-28 15:42:10.118306',
             answers=[
                 'Client since 2023. I signed the contract myself; no discount for taking reference calls.',
                 'Chat and email in English, 7 days until 22:00. About 3,000 contacts a month, 7,000 in November.',
                 'They were the only ones who showed a real training plan. We also looked at two offshore firms.',
                 'That our returns policy needed writing down properly before they could apply it.',
                 'Live one week late because our help desk access was not ready; they told us a fortnight ahead.',
                 'Good and steady. Same team leader for two years; most agents come back each autumn.',
                 'Black Friday 2024: chat queues of 10 minutes for one evening. They called us first and added '
                 'two agents the next day.',
                 'About what we expected. The bank holiday surcharge surprised us the first year.',
                 'The account manager answers the same day, usually within the hour.',
                 'Weekly report and a live dashboard; the CSAT figures match our own survey.',
                 '4. A 5 if they sent reports without us asking for the raw data.',
                 'Yes, without hesitation.',
                 'They recruit the autumn team in August and run a practice week in September. Best peak we have had.',
                 'We only have English customers.',
             ]),
        dict(company='Kettle & Crumb', contact_name='Daniel Price',
             relationship='Client for 14 months: email and phone',
             called_on='2026-07-30', callback_days=6.0, rating=3, would_choose_again='unsure',
             red_flags='Three team leaders in 14 months; quality fell after the first peak, and the account '
                       'manager acted only once they threatened to leave.',
             notes='Kitchenware brand in Bristol. Took six days and two reminders to call back.',
             modified='2026-07-30 11:20:47.655912',
             answers=[
                 'Client since May 2025, after our previous vendor closed its UK site.',
                 'Email and phone in English, weekdays 08:00–20:00, about 2,000 contacts a month.',
                 'Speed: they could start within six weeks. Honestly we did not compare many.',
                 'To ask who exactly would lead our team, and to put that name in the contract.',
                 'Yes, the start was on time and the first three months were very good.',
                 'It dropped after Christmas. We have had three team leaders and many new agents since January.',
                 'In February refunds were delayed for two weeks because new agents did not know the process. '
                 'We found out from customer complaints, not from them.',
                 'Cost is as agreed, but I spend four or five hours a week checking their work now.',
                 'Hard to get past the account manager. It took a threat to leave to meet their operations director.',
                 'Monthly report only. Their CSAT looked fine while our reviews got worse.',
                 '3. Better again since April, but I do not trust it yet.',
                 'I am not sure. Ask me again after this Christmas.',
                 'First peak was fine. The problems started when the temporary agents left.',
                 'Not applicable.',
             ]),
        dict(company='Lantern Home Goods', contact_name='Sophie Marsh',
             relationship='Client since March 2026: chat',
             notes='Left a voicemail on 31 July; she is on holiday until 17 August.',
             modified='2026-07-31 09:05:33.270418', answers=[]),
    ],
    'Polyglot Hub': [
        dict(company='Alpenwerk Bikes GmbH', contact_name='Katrin Vogel',
             relationship='Client for two years: German, Austrian and Swiss chat and email',
             called_on='2026-07-29', callback_days=2.0, rating=5, would_choose_again='yes',
             notes='E-bike maker in Munich, about 120 staff. The call was in English.',
             modified='2026-07-29 16:08:54.902741',
             answers=[
                 'We have been a client since summer 2024; they took over from our in-house team.',
                 'German chat and email, 08:00–22:00, about 4,500 contacts a month, twice that in spring.',
                 'Native German speakers who actually ride bikes. We also met two German contact centres.',
                 'That their minimum of four agents applies in the quiet months too.',
                 'A four-week pilot first, then live on the planned date.',
                 'Very good. Most of our agents have been with us since the start.',
                 'A Lisbon power cut in March 2025: chat was down for three hours. They moved it to Kraków and '
                 'sent a written report the next day.',
                 'Cheaper than our own team; our effort is about one hour a week.',
                 'Easy. The operations manager is on our Teams channel.',
                 'Yes, we see their dashboard live and it matches our shop system.',
                 '5.',
                 'Yes.',
                 'Spring is our peak. They start extra agents in February and the service level held.',
                 'No. Customers think they are talking to us in Munich.',
             ]),
        dict(company='Maison Lumière', contact_name='Julien Marchand',
             relationship='Client since March 2025: French and English email, a peak programme',
             called_on='2026-08-03', callback_days=3.0, rating=4, would_choose_again='yes',
             notes='Candle and home-fragrance brand in Lyon, about 60 staff.',
             modified='2026-08-03 10:31:16.384529',
             answers=[
                 'Client for 16 months, for French and English email.',
                 'Email in French and English, weekdays, around 1,200 emails a month and 3,000 in December.',
                 'Written French of good quality. The other vendor we met used translators.',
                 'To agree the hand-off of complaints in writing from the first day.',
                 'Mostly: the start moved by two weeks because they were still hiring French speakers.',
                 'Good. One agent changed, the team leader is the same.',
                 'An email backlog of three days in our first December. They apologised and added two agents '
                 'for the rest of the month.',
                 'As expected, apart from the minimum in the quiet summer months.',
                 'Good; the account manager answers within a day.',
                 'Monthly report and a shared dashboard. The numbers match.',
                 '4. The first December cost them the fifth point.',
                 'Yes.',
                 'The second December went well: they planned it from September.',
                 'No. Our French customers write to them as if to us.',
             ]),
    ],
}


# -------------------------------------------------------------- builders

def _stamp(day, seconds):
    """A deterministic timestamp on @day, @seconds after 10:00 (the
    microseconds come from the seconds, so rows differ)"""
    h, rest = divmod(10 * 3600 + seconds, 3600)
    m, s = divmod(rest, 60)
    return f'{day}T{h:02d}:{m:02d}:{s:02d}.{(seconds * 7919 + 318204) % 1000000:06d}Z'


def add_selection(b, templates_dir, vendor_rows, ts):
    """Add the vendor-selection rows to @b; returns what the activity log
    names"""
    sections = load_requirement_sections(templates_dir / 'customer-support.xml')
    domains = load_questionnaire(templates_dir / 'questionnaire.xml')
    prompts = load_prompts(templates_dir / 'call-sheet.xml') + load_prompts(templates_dir / 'customer-support.xml')

    # ---- Requirements: reviewed section by section on 16 June ------------
    section_rows, requirement_rows, custom_rows = {}, {}, {}
    for i, s in enumerate(sections):
        at = _stamp('2026-06-16', 300 * i)
        section_rows[s['key']] = b.add('requirement_section', at, key=s['key'], title=s['title'],
                                       description=s['description'], included=s['key'] not in SECTIONS_OUT)
        for j, r in enumerate(s['requirements']):
            edited = r['key'] in REWORDED or r['key'] in REPRIORITISED or r['key'] in NOTES
            requirement_rows[r['key']] = b.add(
                'requirement', _stamp('2026-06-16', 300 * i + 20 * j + (120 if edited else 0)),
                section_id=section_rows[s['key']]['uuid'], key=r['key'],
                text=REWORDED.get(r['key'], r['text']), priority=REPRIORITISED.get(r['key'], r['priority']),
                included=r['key'] not in REQUIREMENTS_OUT, notes=NOTES.get(r['key'], ''))
            if r['key'] in CUSTOM_REQUIREMENTS:
                c = CUSTOM_REQUIREMENTS[r['key']]
                custom_rows[r['key']] = b.add(
                    'requirement', _stamp('2026-06-16', 300 * i + 200),
                    section_id=section_rows[s['key']]['uuid'], key='', text=c['text'],
                    priority=c['priority'], custom=True)

    # ---- Security & Compliance: the Lite screen, chosen on 17 June -------
    chosen = _stamp('2026-06-17', 0)
    domain_rows, question_rows = {}, {}
    for d in domains:
        counts = d['key'] != 'pci-dss'
        domain_rows[d['key']] = b.add('question_domain', chosen if counts else _stamp('2026-06-17', 540),
                                      key=d['key'], code=d['code'], title=d['title'], included=counts)
        for q in d['questions']:
            row = b.add('question', chosen, domain_id=domain_rows[d['key']]['uuid'], key=q['key'],
                        text=q['text'], expected_answer=q['expected'], weight=q['weight'],
                        high_risk=q['high_risk'], guidance=q['guidance'], included=q['lite'], lite=q['lite'])
            question_rows[q['key']] = (row, q)
            for tag in q['frameworks']:
                b.add('question_framework', chosen, question_id=row['uuid'], tag=tag)

    # ---- the call sheet, and one prompt of the user's own ----------------
    prompt_rows = [b.add('call_prompt', _stamp('2026-07-20', 10 * i), key=p['key'], text=p['text'], hint=p['hint'])
                   for i, p in enumerate(prompts)]
    prompt_rows.append(b.add('call_prompt', _stamp('2026-07-20', 600), key='', text=CUSTOM_PROMPT['text'],
                             hint=CUSTOM_PROMPT['hint']))

    # ---- Responses ---------------------------------------------------------
    def in_rfp(section, requirement):
        return section['key'] not in SECTIONS_OUT and requirement['key'] not in REQUIREMENTS_OUT

    def respond(vendor, day, requirements, custom, questions, only_sections=None, only_domains=None):
        vendor_id = vendor_rows[vendor]['uuid']
        n = 0
        for i, s in enumerate(sections):
            if only_sections is not None and s['key'] not in only_sections:
                continue
            for r in s['requirements']:
                if not in_rfp(s, r):
                    continue
                answer, text, evidence, followup, exception = requirements.get(
                    r['key'], ('meets', '', f'Proposal, section {i + 1}', '', ''))
                b.add('response', _stamp(day, 15 * n), vendor_id=vendor_id,
                      requirement_id=requirement_rows[r['key']]['uuid'], answer=answer, text=text,
                      evidence=evidence, followup=followup, exception_reason=exception)
                n += 1
                if r['key'] in custom_rows and r['key'] in custom:
                    answer, text, evidence, followup, exception = custom[r['key']]
                    b.add('response', _stamp(day, 15 * n), vendor_id=vendor_id,
                          requirement_id=custom_rows[r['key']]['uuid'], answer=answer, text=text,
                          evidence=evidence, followup=followup, exception_reason=exception)
                    n += 1
        for d in domains:
            if only_domains is not None and d['key'] not in only_domains:
                continue
            for q in d['questions']:
                if not q['lite']:
                    continue   # not asked
                row = question_rows[q['key']][0]
                answer, text, evidence, followup, exception = questions.get(
                    q['key'], (q['expected'], '', '', '', ''))
                b.add('response', _stamp(day, 15 * n), vendor_id=vendor_id, question_id=row['uuid'],
                      answer=answer, text=text, evidence=evidence, followup=followup,
                      exception_reason=exception)
                n += 1

    respond('BrightDesk Customer Care', '2026-07-24', BRIGHTDESK_REQUIREMENTS, BRIGHTDESK_CUSTOM,
            BRIGHTDESK_QUESTIONS)
    respond('Polyglot Hub', '2026-07-27', POLYGLOT_REQUIREMENTS, POLYGLOT_CUSTOM, POLYGLOT_QUESTIONS)
    respond('Harbour & Pine Support', '2026-07-22', HARBOUR_REQUIREMENTS, HARBOUR_CUSTOM, {},
            only_sections=HARBOUR_SECTIONS, only_domains=())
    respond('SummitReach CX', '2026-07-23', SUMMIT_REQUIREMENTS, SUMMIT_CUSTOM, SUMMIT_QUESTIONS,
            only_sections=SUMMIT_SECTIONS, only_domains=SUMMIT_DOMAINS)

    # ---- References --------------------------------------------------------
    reference_rows = []
    for vendor, references in REFERENCES.items():
        for r in references:
            r = dict(r)
            answers = r.pop('answers')
            modified = ts(r.pop('modified'))
            row = b.add('reference', modified, vendor_id=vendor_rows[vendor]['uuid'], **r)
            reference_rows.append(row)
            assert not answers or len(answers) == len(prompt_rows), r['company']
            for prompt, answer in zip(prompt_rows, answers):
                b.add('reference_answer', modified, reference_id=row['uuid'], prompt_id=prompt['uuid'],
                      answer=answer)

    return dict(sections=section_rows, domains=domain_rows, custom=custom_rows, chosen=chosen,
                references=reference_rows, responses=b.rows['response'])
