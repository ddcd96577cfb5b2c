-- The schema of project files of version 4, as that version wrote it
-- (dumped from sqlite_schema of a new file made by vendorbench-cli at
-- commit 536b00f): kept to verify a version-4 file exactly before it is
-- migrated (DESIGN.md §3). Never edit: it describes files on users' disks.

CREATE TABLE project (
  uuid TEXT NOT NULL PRIMARY KEY CHECK (length(uuid) = 36),
  name TEXT NOT NULL DEFAULT '' CHECK (length(name) <= 65536),
  description TEXT NOT NULL DEFAULT '' CHECK (length(description) <= 65536),
  template TEXT NOT NULL DEFAULT 'blank' CHECK (template IN ('blank', 'customer-support', 'back-office', 'it-help-desk')),
  currency TEXT NOT NULL DEFAULT '' CHECK (length(currency) <= 65536),
  is_sample INTEGER NOT NULL DEFAULT 0 CHECK (is_sample IN (0, 1)),
  created TEXT NOT NULL DEFAULT '' CHECK (length(created) <= 40),
  paid_hours_per_fte REAL NOT NULL DEFAULT 160 CHECK (paid_hours_per_fte BETWEEN 1 AND 744),
  outsource_threshold_hours REAL NOT NULL DEFAULT 40 CHECK (outsource_threshold_hours BETWEEN 0 AND 1000000000),
  team_days INTEGER NOT NULL DEFAULT 0 CHECK (team_days BETWEEN 0 AND 127),
  team_from INTEGER NOT NULL DEFAULT 540 CHECK (team_from BETWEEN 0 AND 1440),
  team_to INTEGER NOT NULL DEFAULT 1020 CHECK (team_to BETWEEN 0 AND 1440),
  team_timezone TEXT NOT NULL DEFAULT '' CHECK (length(team_timezone) <= 65536),
  team_languages TEXT NOT NULL DEFAULT '' CHECK (length(team_languages) <= 65536),
  weighting TEXT NOT NULL DEFAULT 'direct' CHECK (weighting IN ('direct', 'smart', 'ahp')),
  combination TEXT NOT NULL DEFAULT 'mean' CHECK (combination IN ('mean', 'median')),
  disagreement_sd REAL NOT NULL DEFAULT 1 CHECK (disagreement_sd BETWEEN 0 AND 4),
  critical_margin_pct REAL NOT NULL DEFAULT 5 CHECK (critical_margin_pct BETWEEN 0 AND 100),
  questionnaire TEXT NOT NULL DEFAULT '' CHECK (questionnaire IN ('', 'lite', 'full', 'custom')),
  notes TEXT NOT NULL DEFAULT '' CHECK (length(notes) <= 65536),
  team_example INTEGER NOT NULL DEFAULT 0 CHECK (team_example IN (0, 1)),
  inhouse_annual_cost REAL CHECK (inhouse_annual_cost BETWEEN 0 AND 1000000000000),
  emergency_definition TEXT NOT NULL DEFAULT '' CHECK (length(emergency_definition) <= 65536),
  emergency_path_id TEXT REFERENCES escalation_path (uuid) ON DELETE SET NULL,
  modified TEXT NOT NULL DEFAULT '' CHECK (length(modified) <= 40)
) STRICT;

CREATE INDEX project_emergency_path_id_idx ON project (emergency_path_id);

CREATE TABLE objective (
  uuid TEXT NOT NULL PRIMARY KEY CHECK (length(uuid) = 36),
  kind TEXT NOT NULL DEFAULT 'faster-response' CHECK (kind IN ('faster-response', 'lower-cost', 'longer-cover', 'more-languages', 'loyalty', 'other')),
  title TEXT NOT NULL DEFAULT '' CHECK (length(title) <= 65536),
  target TEXT NOT NULL DEFAULT '' CHECK (length(target) <= 65536),
  notes TEXT NOT NULL DEFAULT '' CHECK (length(notes) <= 65536),
  example INTEGER NOT NULL DEFAULT 0 CHECK (example IN (0, 1)),
  position INTEGER NOT NULL DEFAULT 0,
  modified TEXT NOT NULL DEFAULT '' CHECK (length(modified) <= 40)
) STRICT;

CREATE TABLE task (
  uuid TEXT NOT NULL PRIMARY KEY CHECK (length(uuid) = 36),
  name TEXT NOT NULL DEFAULT '' CHECK (length(name) <= 65536),
  function TEXT NOT NULL DEFAULT '' CHECK (length(function) <= 65536),
  channel TEXT NOT NULL DEFAULT 'phone' CHECK (channel IN ('phone', 'chat', 'email', 'sms', 'social', 'in-app', 'back-office', 'other')),
  work_kind TEXT NOT NULL DEFAULT '' CHECK (work_kind IN ('', 'routine', 'judgment', 'technical', 'strategic')),
  monthly_volume REAL CHECK (monthly_volume BETWEEN 0 AND 1000000000),
  handle_minutes REAL CHECK (handle_minutes BETWEEN 0 AND 100000),
  cover_days INTEGER NOT NULL DEFAULT 0 CHECK (cover_days BETWEEN 0 AND 127),
  cover_from INTEGER NOT NULL DEFAULT 540 CHECK (cover_from BETWEEN 0 AND 1440),
  cover_to INTEGER NOT NULL DEFAULT 1020 CHECK (cover_to BETWEEN 0 AND 1440),
  cover_timezone TEXT NOT NULL DEFAULT '' CHECK (length(cover_timezone) <= 65536),
  languages TEXT NOT NULL DEFAULT '' CHECK (length(languages) <= 65536),
  annual_cost REAL CHECK (annual_cost BETWEEN 0 AND 1000000000000),
  needs_engineering INTEGER NOT NULL DEFAULT 0 CHECK (needs_engineering IN (0, 1)),
  brand_critical INTEGER NOT NULL DEFAULT 0 CHECK (brand_critical IN (0, 1)),
  regulated INTEGER NOT NULL DEFAULT 0 CHECK (regulated IN (0, 1)),
  decision TEXT NOT NULL DEFAULT '' CHECK (decision IN ('', 'outsource', 'keep', 'hybrid')),
  decision_note TEXT NOT NULL DEFAULT '' CHECK (length(decision_note) <= 65536),
  notes TEXT NOT NULL DEFAULT '' CHECK (length(notes) <= 65536),
  example INTEGER NOT NULL DEFAULT 0 CHECK (example IN (0, 1)),
  position INTEGER NOT NULL DEFAULT 0,
  modified TEXT NOT NULL DEFAULT '' CHECK (length(modified) <= 40)
) STRICT;

CREATE TABLE vendor (
  uuid TEXT NOT NULL PRIMARY KEY CHECK (length(uuid) = 36),
  name TEXT NOT NULL DEFAULT '' CHECK (length(name) <= 65536),
  status TEXT NOT NULL DEFAULT 'long-list' CHECK (status IN ('long-list', 'shortlist', 'finalist', 'selected', 'rejected')),
  rejection_reason TEXT NOT NULL DEFAULT '' CHECK (length(rejection_reason) <= 65536),
  delivery_model TEXT NOT NULL DEFAULT '' CHECK (delivery_model IN ('', 'onshore', 'nearshore', 'offshore', 'mixed')),
  website TEXT NOT NULL DEFAULT '' CHECK (length(website) <= 65536),
  locations TEXT NOT NULL DEFAULT '' CHECK (length(locations) <= 65536),
  channels TEXT NOT NULL DEFAULT '' CHECK (length(channels) <= 1000),
  languages TEXT NOT NULL DEFAULT '' CHECK (length(languages) <= 65536),
  notes TEXT NOT NULL DEFAULT '' CHECK (length(notes) <= 65536),
  position INTEGER NOT NULL DEFAULT 0,
  modified TEXT NOT NULL DEFAULT '' CHECK (length(modified) <= 40)
) STRICT;

CREATE UNIQUE INDEX vendor_one_status_idx ON vendor (status) WHERE status = 'selected';

CREATE TABLE contact (
  uuid TEXT NOT NULL PRIMARY KEY CHECK (length(uuid) = 36),
  vendor_id TEXT NOT NULL REFERENCES vendor (uuid) ON DELETE CASCADE,
  name TEXT NOT NULL DEFAULT '' CHECK (length(name) <= 65536),
  role TEXT NOT NULL DEFAULT '' CHECK (length(role) <= 65536),
  email TEXT NOT NULL DEFAULT '' CHECK (length(email) <= 65536),
  phone TEXT NOT NULL DEFAULT '' CHECK (length(phone) <= 65536),
  is_primary INTEGER NOT NULL DEFAULT 0 CHECK (is_primary IN (0, 1)),
  position INTEGER NOT NULL DEFAULT 0,
  modified TEXT NOT NULL DEFAULT '' CHECK (length(modified) <= 40)
) STRICT;

CREATE INDEX contact_vendor_id_idx ON contact (vendor_id);

CREATE UNIQUE INDEX contact_one_is_primary_idx ON contact (vendor_id) WHERE is_primary = 1;

CREATE TABLE requirement_section (
  uuid TEXT NOT NULL PRIMARY KEY CHECK (length(uuid) = 36),
  key TEXT NOT NULL DEFAULT '' CHECK (length(key) <= 65536),
  title TEXT NOT NULL DEFAULT '' CHECK (length(title) <= 65536),
  description TEXT NOT NULL DEFAULT '' CHECK (length(description) <= 65536),
  included INTEGER NOT NULL DEFAULT 1 CHECK (included IN (0, 1)),
  custom INTEGER NOT NULL DEFAULT 0 CHECK (custom IN (0, 1)),
  example INTEGER NOT NULL DEFAULT 0 CHECK (example IN (0, 1)),
  position INTEGER NOT NULL DEFAULT 0,
  modified TEXT NOT NULL DEFAULT '' CHECK (length(modified) <= 40)
) STRICT;

CREATE TABLE requirement (
  uuid TEXT NOT NULL PRIMARY KEY CHECK (length(uuid) = 36),
  section_id TEXT NOT NULL REFERENCES requirement_section (uuid) ON DELETE CASCADE,
  key TEXT NOT NULL DEFAULT '' CHECK (length(key) <= 65536),
  text TEXT NOT NULL DEFAULT '' CHECK (length(text) <= 65536),
  priority TEXT NOT NULL DEFAULT 'should' CHECK (priority IN ('should', 'must', 'nice')),
  included INTEGER NOT NULL DEFAULT 1 CHECK (included IN (0, 1)),
  custom INTEGER NOT NULL DEFAULT 0 CHECK (custom IN (0, 1)),
  notes TEXT NOT NULL DEFAULT '' CHECK (length(notes) <= 65536),
  example INTEGER NOT NULL DEFAULT 0 CHECK (example IN (0, 1)),
  position INTEGER NOT NULL DEFAULT 0,
  modified TEXT NOT NULL DEFAULT '' CHECK (length(modified) <= 40)
) STRICT;

CREATE INDEX requirement_section_id_idx ON requirement (section_id);

CREATE TABLE question_domain (
  uuid TEXT NOT NULL PRIMARY KEY CHECK (length(uuid) = 36),
  key TEXT NOT NULL DEFAULT '' CHECK (length(key) <= 65536),
  code TEXT NOT NULL DEFAULT '' CHECK (length(code) <= 65536),
  title TEXT NOT NULL DEFAULT '' CHECK (length(title) <= 65536),
  included INTEGER NOT NULL DEFAULT 1 CHECK (included IN (0, 1)),
  example INTEGER NOT NULL DEFAULT 0 CHECK (example IN (0, 1)),
  position INTEGER NOT NULL DEFAULT 0,
  modified TEXT NOT NULL DEFAULT '' CHECK (length(modified) <= 40)
) STRICT;

CREATE TABLE question (
  uuid TEXT NOT NULL PRIMARY KEY CHECK (length(uuid) = 36),
  domain_id TEXT NOT NULL REFERENCES question_domain (uuid) ON DELETE CASCADE,
  key TEXT NOT NULL DEFAULT '' CHECK (length(key) <= 65536),
  text TEXT NOT NULL DEFAULT '' CHECK (length(text) <= 65536),
  expected_answer TEXT NOT NULL DEFAULT 'yes' CHECK (expected_answer IN ('yes', 'no')),
  weight REAL NOT NULL DEFAULT 1 CHECK (weight BETWEEN 0 AND 100),
  high_risk INTEGER NOT NULL DEFAULT 0 CHECK (high_risk IN (0, 1)),
  guidance TEXT NOT NULL DEFAULT '' CHECK (length(guidance) <= 65536),
  included INTEGER NOT NULL DEFAULT 1 CHECK (included IN (0, 1)),
  lite INTEGER NOT NULL DEFAULT 0 CHECK (lite IN (0, 1)),
  example INTEGER NOT NULL DEFAULT 0 CHECK (example IN (0, 1)),
  position INTEGER NOT NULL DEFAULT 0,
  modified TEXT NOT NULL DEFAULT '' CHECK (length(modified) <= 40)
) STRICT;

CREATE INDEX question_domain_id_idx ON question (domain_id);

CREATE TABLE question_framework (
  uuid TEXT NOT NULL PRIMARY KEY CHECK (length(uuid) = 36),
  question_id TEXT NOT NULL REFERENCES question (uuid) ON DELETE CASCADE,
  tag TEXT NOT NULL DEFAULT '' CHECK (length(tag) <= 65536),
  position INTEGER NOT NULL DEFAULT 0,
  modified TEXT NOT NULL DEFAULT '' CHECK (length(modified) <= 40)
) STRICT;

CREATE INDEX question_framework_question_id_idx ON question_framework (question_id);

CREATE TABLE response (
  uuid TEXT NOT NULL PRIMARY KEY CHECK (length(uuid) = 36),
  vendor_id TEXT NOT NULL REFERENCES vendor (uuid) ON DELETE CASCADE,
  requirement_id TEXT REFERENCES requirement (uuid) ON DELETE CASCADE,
  question_id TEXT REFERENCES question (uuid) ON DELETE CASCADE,
  answer TEXT NOT NULL DEFAULT '' CHECK (answer IN ('', 'meets', 'partly', 'does-not-meet', 'not-applicable', 'yes', 'no')),
  text TEXT NOT NULL DEFAULT '' CHECK (length(text) <= 65536),
  evidence TEXT NOT NULL DEFAULT '' CHECK (length(evidence) <= 65536),
  followup TEXT NOT NULL DEFAULT '' CHECK (followup IN ('', 'open', 'resolved')),
  exception_reason TEXT NOT NULL DEFAULT '' CHECK (length(exception_reason) <= 65536),
  modified TEXT NOT NULL DEFAULT '' CHECK (length(modified) <= 40),
  CHECK ((requirement_id IS NULL) <> (question_id IS NULL)),
  CHECK (requirement_id IS NULL OR answer IN ('', 'meets', 'partly', 'does-not-meet', 'not-applicable')),
  CHECK (question_id IS NULL OR answer IN ('', 'partly', 'not-applicable', 'yes', 'no'))
) STRICT;

CREATE INDEX response_vendor_id_idx ON response (vendor_id);

CREATE INDEX response_requirement_id_idx ON response (requirement_id);

CREATE INDEX response_question_id_idx ON response (question_id);

CREATE TABLE call_prompt (
  uuid TEXT NOT NULL PRIMARY KEY CHECK (length(uuid) = 36),
  key TEXT NOT NULL DEFAULT '' CHECK (length(key) <= 65536),
  text TEXT NOT NULL DEFAULT '' CHECK (length(text) <= 65536),
  hint TEXT NOT NULL DEFAULT '' CHECK (length(hint) <= 65536),
  example_answer TEXT NOT NULL DEFAULT '' CHECK (length(example_answer) <= 65536),
  example INTEGER NOT NULL DEFAULT 0 CHECK (example IN (0, 1)),
  position INTEGER NOT NULL DEFAULT 0,
  modified TEXT NOT NULL DEFAULT '' CHECK (length(modified) <= 40)
) STRICT;

CREATE TABLE reference (
  uuid TEXT NOT NULL PRIMARY KEY CHECK (length(uuid) = 36),
  vendor_id TEXT NOT NULL REFERENCES vendor (uuid) ON DELETE CASCADE,
  company TEXT NOT NULL DEFAULT '' CHECK (length(company) <= 65536),
  contact_name TEXT NOT NULL DEFAULT '' CHECK (length(contact_name) <= 65536),
  relationship TEXT NOT NULL DEFAULT '' CHECK (length(relationship) <= 65536),
  called_on TEXT NOT NULL DEFAULT '' CHECK (called_on = '' OR called_on GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'),
  callback_days REAL CHECK (callback_days BETWEEN 0 AND 10000),
  rating INTEGER CHECK (rating BETWEEN 1 AND 5),
  would_choose_again TEXT NOT NULL DEFAULT '' CHECK (would_choose_again IN ('', 'yes', 'no', 'unsure')),
  red_flags TEXT NOT NULL DEFAULT '' CHECK (length(red_flags) <= 65536),
  notes TEXT NOT NULL DEFAULT '' CHECK (length(notes) <= 65536),
  position INTEGER NOT NULL DEFAULT 0,
  modified TEXT NOT NULL DEFAULT '' CHECK (length(modified) <= 40)
) STRICT;

CREATE INDEX reference_vendor_id_idx ON reference (vendor_id);

CREATE TABLE reference_answer (
  uuid TEXT NOT NULL PRIMARY KEY CHECK (length(uuid) = 36),
  reference_id TEXT NOT NULL REFERENCES reference (uuid) ON DELETE CASCADE,
  prompt_id TEXT NOT NULL REFERENCES call_prompt (uuid) ON DELETE CASCADE,
  answer TEXT NOT NULL DEFAULT '' CHECK (length(answer) <= 65536),
  position INTEGER NOT NULL DEFAULT 0,
  modified TEXT NOT NULL DEFAULT '' CHECK (length(modified) <= 40)
) STRICT;

CREATE INDEX reference_answer_reference_id_idx ON reference_answer (reference_id);

CREATE INDEX reference_answer_prompt_id_idx ON reference_answer (prompt_id);

CREATE TABLE forecast_channel (
  uuid TEXT NOT NULL PRIMARY KEY CHECK (length(uuid) = 36),
  channel TEXT NOT NULL DEFAULT 'phone' CHECK (channel IN ('phone', 'chat', 'email', 'sms', 'social', 'in-app', 'back-office', 'other')),
  live INTEGER NOT NULL DEFAULT 0 CHECK (live IN (0, 1)),
  aht_seconds REAL CHECK (aht_seconds BETWEEN 0 AND 1000000),
  open_hours_per_week REAL CHECK (open_hours_per_week BETWEEN 0 AND 168),
  service_level_pct REAL CHECK (service_level_pct BETWEEN 0 AND 100),
  service_seconds REAL CHECK (service_seconds BETWEEN 0 AND 10000000),
  shrinkage_pct REAL CHECK (shrinkage_pct BETWEEN 0 AND 99),
  occupancy_pct REAL CHECK (occupancy_pct BETWEEN 1 AND 100),
  interval_minutes INTEGER NOT NULL DEFAULT 30 CHECK (interval_minutes BETWEEN 5 AND 240),
  peak_factor REAL NOT NULL DEFAULT 1.5 CHECK (peak_factor BETWEEN 1 AND 20),
  concurrency REAL CHECK (concurrency BETWEEN 1 AND 20),
  response_hours REAL CHECK (response_hours BETWEEN 0 AND 100000),
  position INTEGER NOT NULL DEFAULT 0,
  modified TEXT NOT NULL DEFAULT '' CHECK (length(modified) <= 40)
) STRICT;

CREATE TABLE forecast_month (
  uuid TEXT NOT NULL PRIMARY KEY CHECK (length(uuid) = 36),
  channel_id TEXT NOT NULL REFERENCES forecast_channel (uuid) ON DELETE CASCADE,
  month INTEGER NOT NULL DEFAULT 1 CHECK (month BETWEEN 1 AND 12),
  volume REAL NOT NULL DEFAULT 0 CHECK (volume BETWEEN 0 AND 1000000000),
  modified TEXT NOT NULL DEFAULT '' CHECK (length(modified) <= 40)
) STRICT;

CREATE INDEX forecast_month_channel_id_idx ON forecast_month (channel_id);

CREATE TABLE quote (
  uuid TEXT NOT NULL PRIMARY KEY CHECK (length(uuid) = 36),
  vendor_id TEXT NOT NULL REFERENCES vendor (uuid) ON DELETE CASCADE,
  currency TEXT NOT NULL DEFAULT '' CHECK (length(currency) <= 65536),
  exchange_rate REAL CHECK (exchange_rate BETWEEN 9.9999999999999995e-07 AND 1000000),
  fixed_monthly REAL CHECK (fixed_monthly BETWEEN 0 AND 1000000000000),
  setup_fee REAL CHECK (setup_fee BETWEEN 0 AND 1000000000000),
  training_per_agent REAL CHECK (training_per_agent BETWEEN 0 AND 1000000000000),
  integration_fee REAL CHECK (integration_fee BETWEEN 0 AND 1000000000000),
  monthly_extras REAL CHECK (monthly_extras BETWEEN 0 AND 1000000000000),
  minimum_monthly_fee REAL CHECK (minimum_monthly_fee BETWEEN 0 AND 1000000000000),
  minimum_hours REAL CHECK (minimum_hours BETWEEN 0 AND 1000000000),
  minimum_fte REAL CHECK (minimum_fte BETWEEN 0 AND 1000000000),
  term_months INTEGER CHECK (term_months BETWEEN 1 AND 120),
  termination_fee REAL CHECK (termination_fee BETWEEN 0 AND 1000000000000),
  notes TEXT NOT NULL DEFAULT '' CHECK (length(notes) <= 65536),
  modified TEXT NOT NULL DEFAULT '' CHECK (length(modified) <= 40)
) STRICT;

CREATE INDEX quote_vendor_id_idx ON quote (vendor_id);

CREATE TABLE quote_line (
  uuid TEXT NOT NULL PRIMARY KEY CHECK (length(uuid) = 36),
  quote_id TEXT NOT NULL REFERENCES quote (uuid) ON DELETE CASCADE,
  channel TEXT NOT NULL DEFAULT '' CHECK (channel IN ('', 'phone', 'chat', 'email', 'sms', 'social', 'in-app', 'back-office', 'other')),
  model TEXT NOT NULL DEFAULT 'per-fte' CHECK (model IN ('per-fte', 'per-hour', 'per-minute', 'per-contact', 'outcome', 'blended')),
  rate REAL CHECK (rate BETWEEN 0 AND 1000000000000),
  hour_basis TEXT NOT NULL DEFAULT 'logged-in' CHECK (hour_basis IN ('logged-in', 'productive')),
  acw_billed INTEGER NOT NULL DEFAULT 0 CHECK (acw_billed IN (0, 1)),
  outcome_unit TEXT NOT NULL DEFAULT '' CHECK (length(outcome_unit) <= 65536),
  surcharge_pct REAL CHECK (surcharge_pct BETWEEN 0 AND 1000),
  surcharge_share_pct REAL CHECK (surcharge_share_pct BETWEEN 0 AND 100),
  position INTEGER NOT NULL DEFAULT 0,
  modified TEXT NOT NULL DEFAULT '' CHECK (length(modified) <= 40)
) STRICT;

CREATE INDEX quote_line_quote_id_idx ON quote_line (quote_id);

CREATE TABLE roi_benefit (
  uuid TEXT NOT NULL PRIMARY KEY CHECK (length(uuid) = 36),
  description TEXT NOT NULL DEFAULT '' CHECK (length(description) <= 65536),
  annual_amount REAL CHECK (annual_amount BETWEEN -1000000000000 AND 1000000000000),
  position INTEGER NOT NULL DEFAULT 0,
  modified TEXT NOT NULL DEFAULT '' CHECK (length(modified) <= 40)
) STRICT;

CREATE TABLE transition_cost (
  uuid TEXT NOT NULL PRIMARY KEY CHECK (length(uuid) = 36),
  description TEXT NOT NULL DEFAULT '' CHECK (length(description) <= 65536),
  amount REAL CHECK (amount BETWEEN 0 AND 1000000000000),
  position INTEGER NOT NULL DEFAULT 0,
  modified TEXT NOT NULL DEFAULT '' CHECK (length(modified) <= 40)
) STRICT;

CREATE TABLE criterion (
  uuid TEXT NOT NULL PRIMARY KEY CHECK (length(uuid) = 36),
  parent_id TEXT REFERENCES criterion (uuid) ON DELETE SET NULL,
  kind TEXT NOT NULL DEFAULT 'judged' CHECK (kind IN ('judged', 'price', 'compliance', 'reference', 'category')),
  name TEXT NOT NULL DEFAULT '' CHECK (length(name) <= 65536),
  description TEXT NOT NULL DEFAULT '' CHECK (length(description) <= 65536),
  weight REAL NOT NULL DEFAULT 0 CHECK (weight BETWEEN 0 AND 100),
  cost INTEGER NOT NULL DEFAULT 0 CHECK (cost IN (0, 1)),
  smart_points REAL CHECK (smart_points BETWEEN 0 AND 100),
  position INTEGER NOT NULL DEFAULT 0,
  modified TEXT NOT NULL DEFAULT '' CHECK (length(modified) <= 40)
) STRICT;

CREATE INDEX criterion_parent_id_idx ON criterion (parent_id);

CREATE TABLE evaluator (
  uuid TEXT NOT NULL PRIMARY KEY CHECK (length(uuid) = 36),
  name TEXT NOT NULL DEFAULT '' CHECK (length(name) <= 65536),
  role TEXT NOT NULL DEFAULT '' CHECK (length(role) <= 65536),
  is_advisor INTEGER NOT NULL DEFAULT 0 CHECK (is_advisor IN (0, 1)),
  advisory INTEGER NOT NULL DEFAULT 0 CHECK (advisory IN (0, 1)),
  position INTEGER NOT NULL DEFAULT 0,
  modified TEXT NOT NULL DEFAULT '' CHECK (length(modified) <= 40)
) STRICT;

CREATE TABLE score (
  uuid TEXT NOT NULL PRIMARY KEY CHECK (length(uuid) = 36),
  evaluator_id TEXT NOT NULL REFERENCES evaluator (uuid) ON DELETE CASCADE,
  vendor_id TEXT NOT NULL REFERENCES vendor (uuid) ON DELETE CASCADE,
  criterion_id TEXT NOT NULL REFERENCES criterion (uuid) ON DELETE CASCADE,
  score INTEGER CHECK (score BETWEEN 1 AND 5),
  comment TEXT NOT NULL DEFAULT '' CHECK (length(comment) <= 65536),
  modified TEXT NOT NULL DEFAULT '' CHECK (length(modified) <= 40)
) STRICT;

CREATE INDEX score_evaluator_id_idx ON score (evaluator_id);

CREATE INDEX score_vendor_id_idx ON score (vendor_id);

CREATE INDEX score_criterion_id_idx ON score (criterion_id);

CREATE TABLE ahp_judgement (
  uuid TEXT NOT NULL PRIMARY KEY CHECK (length(uuid) = 36),
  criterion_a TEXT NOT NULL REFERENCES criterion (uuid) ON DELETE CASCADE,
  criterion_b TEXT NOT NULL REFERENCES criterion (uuid) ON DELETE CASCADE,
  value REAL NOT NULL DEFAULT 1 CHECK (value BETWEEN 0.1111 AND 9),
  evaluator_id TEXT REFERENCES evaluator (uuid) ON DELETE CASCADE,
  modified TEXT NOT NULL DEFAULT '' CHECK (length(modified) <= 40)
) STRICT;

CREATE INDEX ahp_judgement_criterion_a_idx ON ahp_judgement (criterion_a);

CREATE INDEX ahp_judgement_criterion_b_idx ON ahp_judgement (criterion_b);

CREATE INDEX ahp_judgement_evaluator_id_idx ON ahp_judgement (evaluator_id);

CREATE TABLE consensus (
  uuid TEXT NOT NULL PRIMARY KEY CHECK (length(uuid) = 36),
  vendor_id TEXT NOT NULL REFERENCES vendor (uuid) ON DELETE CASCADE,
  criterion_id TEXT NOT NULL REFERENCES criterion (uuid) ON DELETE CASCADE,
  score INTEGER CHECK (score BETWEEN 1 AND 5),
  reason TEXT NOT NULL DEFAULT '' CHECK (length(reason) <= 65536),
  decided_by TEXT NOT NULL DEFAULT '' CHECK (length(decided_by) <= 65536),
  modified TEXT NOT NULL DEFAULT '' CHECK (length(modified) <= 40)
) STRICT;

CREATE INDEX consensus_vendor_id_idx ON consensus (vendor_id);

CREATE INDEX consensus_criterion_id_idx ON consensus (criterion_id);

CREATE TABLE decision (
  uuid TEXT NOT NULL PRIMARY KEY CHECK (length(uuid) = 36),
  vendor_id TEXT REFERENCES vendor (uuid) ON DELETE SET NULL,
  rationale TEXT NOT NULL DEFAULT '' CHECK (length(rationale) <= 65536),
  decided_on TEXT NOT NULL DEFAULT '' CHECK (decided_on = '' OR decided_on GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'),
  decided_by TEXT NOT NULL DEFAULT '' CHECK (length(decided_by) <= 65536),
  status TEXT NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'recorded')),
  unmet_confirmed INTEGER NOT NULL DEFAULT 0 CHECK (unmet_confirmed IN (0, 1)),
  modified TEXT NOT NULL DEFAULT '' CHECK (length(modified) <= 40)
) STRICT;

CREATE INDEX decision_vendor_id_idx ON decision (vendor_id);

CREATE UNIQUE INDEX decision_one_row_idx ON decision ((0));

CREATE TABLE decision_rejection (
  uuid TEXT NOT NULL PRIMARY KEY CHECK (length(uuid) = 36),
  decision_id TEXT NOT NULL REFERENCES decision (uuid) ON DELETE CASCADE,
  vendor_id TEXT NOT NULL REFERENCES vendor (uuid) ON DELETE CASCADE,
  reason TEXT NOT NULL DEFAULT '' CHECK (length(reason) <= 65536),
  position INTEGER NOT NULL DEFAULT 0,
  modified TEXT NOT NULL DEFAULT '' CHECK (length(modified) <= 40)
) STRICT;

CREATE INDEX decision_rejection_decision_id_idx ON decision_rejection (decision_id);

CREATE INDEX decision_rejection_vendor_id_idx ON decision_rejection (vendor_id);

CREATE TABLE kpi (
  uuid TEXT NOT NULL PRIMARY KEY CHECK (length(uuid) = 36),
  key TEXT NOT NULL DEFAULT '' CHECK (length(key) <= 65536),
  name TEXT NOT NULL DEFAULT '' CHECK (length(name) <= 65536),
  unit TEXT NOT NULL DEFAULT '' CHECK (length(unit) <= 65536),
  direction TEXT NOT NULL DEFAULT 'higher' CHECK (direction IN ('higher', 'lower')),
  definition TEXT NOT NULL DEFAULT '' CHECK (length(definition) <= 65536),
  formula TEXT NOT NULL DEFAULT '' CHECK (length(formula) <= 65536),
  example INTEGER NOT NULL DEFAULT 0 CHECK (example IN (0, 1)),
  position INTEGER NOT NULL DEFAULT 0,
  modified TEXT NOT NULL DEFAULT '' CHECK (length(modified) <= 40)
) STRICT;

CREATE UNIQUE INDEX kpi_unique_key_idx ON kpi (nullif(key, ''));

CREATE TABLE sla (
  uuid TEXT NOT NULL PRIMARY KEY CHECK (length(uuid) = 36),
  kpi_key TEXT NOT NULL DEFAULT '' CHECK (length(kpi_key) <= 65536),
  channel TEXT NOT NULL DEFAULT '' CHECK (channel IN ('', 'phone', 'chat', 'email', 'sms', 'social', 'in-app', 'back-office', 'other')),
  objective_id TEXT REFERENCES objective (uuid) ON DELETE SET NULL,
  target REAL CHECK (target BETWEEN -1000000000 AND 1000000000),
  answer_seconds REAL CHECK (answer_seconds BETWEEN 0 AND 10000000),
  threshold REAL CHECK (threshold BETWEEN -1000000000 AND 1000000000),
  method TEXT NOT NULL DEFAULT '' CHECK (length(method) <= 65536),
  data_source TEXT NOT NULL DEFAULT '' CHECK (length(data_source) <= 65536),
  cadence TEXT NOT NULL DEFAULT '' CHECK (length(cadence) <= 65536),
  credit TEXT NOT NULL DEFAULT '' CHECK (length(credit) <= 65536),
  example INTEGER NOT NULL DEFAULT 0 CHECK (example IN (0, 1)),
  position INTEGER NOT NULL DEFAULT 0,
  modified TEXT NOT NULL DEFAULT '' CHECK (length(modified) <= 40)
) STRICT;

CREATE INDEX sla_objective_id_idx ON sla (objective_id);

CREATE TABLE pilot (
  uuid TEXT NOT NULL PRIMARY KEY CHECK (length(uuid) = 36),
  vendor_id TEXT REFERENCES vendor (uuid) ON DELETE SET NULL,
  channels TEXT NOT NULL DEFAULT '' CHECK (length(channels) <= 1000),
  region TEXT NOT NULL DEFAULT '' CHECK (length(region) <= 65536),
  product_line TEXT NOT NULL DEFAULT '' CHECK (length(product_line) <= 65536),
  contact_types TEXT NOT NULL DEFAULT '' CHECK (length(contact_types) <= 65536),
  volume_share_pct REAL CHECK (volume_share_pct BETWEEN 0 AND 100),
  start_date TEXT NOT NULL DEFAULT '' CHECK (start_date = '' OR start_date GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'),
  end_date TEXT NOT NULL DEFAULT '' CHECK (end_date = '' OR end_date GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'),
  team_ours TEXT NOT NULL DEFAULT '' CHECK (length(team_ours) <= 65536),
  team_vendor TEXT NOT NULL DEFAULT '' CHECK (length(team_vendor) <= 65536),
  checkin_weekday INTEGER CHECK (checkin_weekday BETWEEN 1 AND 7),
  checkin_every_weeks INTEGER CHECK (checkin_every_weeks BETWEEN 1 AND 52),
  checkin_time TEXT NOT NULL DEFAULT '' CHECK (length(checkin_time) <= 65536),
  checkin_minutes INTEGER CHECK (checkin_minutes BETWEEN 1 AND 1440),
  checkin_notes TEXT NOT NULL DEFAULT '' CHECK (length(checkin_notes) <= 65536),
  automation_share_pct REAL CHECK (automation_share_pct BETWEEN 0 AND 100),
  reporting TEXT NOT NULL DEFAULT '' CHECK (length(reporting) <= 65536),
  exit_notes TEXT NOT NULL DEFAULT '' CHECK (length(exit_notes) <= 65536),
  modified TEXT NOT NULL DEFAULT '' CHECK (length(modified) <= 40)
) STRICT;

CREATE INDEX pilot_vendor_id_idx ON pilot (vendor_id);

CREATE TABLE pilot_criterion (
  uuid TEXT NOT NULL PRIMARY KEY CHECK (length(uuid) = 36),
  pilot_id TEXT NOT NULL REFERENCES pilot (uuid) ON DELETE CASCADE,
  sla_id TEXT REFERENCES sla (uuid) ON DELETE SET NULL,
  condition TEXT NOT NULL DEFAULT '' CHECK (length(condition) <= 65536),
  met TEXT NOT NULL DEFAULT '' CHECK (met IN ('', 'met', 'not-met')),
  position INTEGER NOT NULL DEFAULT 0,
  modified TEXT NOT NULL DEFAULT '' CHECK (length(modified) <= 40)
) STRICT;

CREATE INDEX pilot_criterion_pilot_id_idx ON pilot_criterion (pilot_id);

CREATE INDEX pilot_criterion_sla_id_idx ON pilot_criterion (sla_id);

CREATE TABLE workflow (
  uuid TEXT NOT NULL PRIMARY KEY CHECK (length(uuid) = 36),
  name TEXT NOT NULL DEFAULT '' CHECK (length(name) <= 65536),
  trigger TEXT NOT NULL DEFAULT '' CHECK (length(trigger) <= 65536),
  systems TEXT NOT NULL DEFAULT '' CHECK (length(systems) <= 65536),
  training_links TEXT NOT NULL DEFAULT '' CHECK (length(training_links) <= 65536),
  example INTEGER NOT NULL DEFAULT 0 CHECK (example IN (0, 1)),
  position INTEGER NOT NULL DEFAULT 0,
  modified TEXT NOT NULL DEFAULT '' CHECK (length(modified) <= 40)
) STRICT;

CREATE TABLE workflow_step (
  uuid TEXT NOT NULL PRIMARY KEY CHECK (length(uuid) = 36),
  workflow_id TEXT NOT NULL REFERENCES workflow (uuid) ON DELETE CASCADE,
  description TEXT NOT NULL DEFAULT '' CHECK (length(description) <= 65536),
  owner TEXT NOT NULL DEFAULT '' CHECK (length(owner) <= 65536),
  tool TEXT NOT NULL DEFAULT '' CHECK (length(tool) <= 65536),
  example INTEGER NOT NULL DEFAULT 0 CHECK (example IN (0, 1)),
  position INTEGER NOT NULL DEFAULT 0,
  modified TEXT NOT NULL DEFAULT '' CHECK (length(modified) <= 40)
) STRICT;

CREATE INDEX workflow_step_workflow_id_idx ON workflow_step (workflow_id);

CREATE TABLE escalation_tier (
  uuid TEXT NOT NULL PRIMARY KEY CHECK (length(uuid) = 36),
  level INTEGER NOT NULL DEFAULT 1 CHECK (level BETWEEN 1 AND 3),
  handles TEXT NOT NULL DEFAULT '' CHECK (length(handles) <= 65536),
  position INTEGER NOT NULL DEFAULT 0,
  modified TEXT NOT NULL DEFAULT '' CHECK (length(modified) <= 40)
) STRICT;

CREATE TABLE escalation_path (
  uuid TEXT NOT NULL PRIMARY KEY CHECK (length(uuid) = 36),
  trigger TEXT NOT NULL DEFAULT '' CHECK (length(trigger) <= 65536),
  from_tier INTEGER CHECK (from_tier BETWEEN 1 AND 3),
  contact_name TEXT NOT NULL DEFAULT '' CHECK (length(contact_name) <= 65536),
  contact_role TEXT NOT NULL DEFAULT '' CHECK (length(contact_role) <= 65536),
  phone TEXT NOT NULL DEFAULT '' CHECK (length(phone) <= 65536),
  email TEXT NOT NULL DEFAULT '' CHECK (length(email) <= 65536),
  response_minutes REAL CHECK (response_minutes BETWEEN 0 AND 1000000),
  position INTEGER NOT NULL DEFAULT 0,
  modified TEXT NOT NULL DEFAULT '' CHECK (length(modified) <= 40)
) STRICT;

CREATE TABLE transition_phase (
  uuid TEXT NOT NULL PRIMARY KEY CHECK (length(uuid) = 36),
  key TEXT NOT NULL DEFAULT '' CHECK (length(key) <= 65536),
  name TEXT NOT NULL DEFAULT '' CHECK (length(name) <= 65536),
  entry_criteria TEXT NOT NULL DEFAULT '' CHECK (length(entry_criteria) <= 65536),
  exit_criteria TEXT NOT NULL DEFAULT '' CHECK (length(exit_criteria) <= 65536),
  example INTEGER NOT NULL DEFAULT 0 CHECK (example IN (0, 1)),
  position INTEGER NOT NULL DEFAULT 0,
  modified TEXT NOT NULL DEFAULT '' CHECK (length(modified) <= 40)
) STRICT;

CREATE TABLE transition_item (
  uuid TEXT NOT NULL PRIMARY KEY CHECK (length(uuid) = 36),
  phase_id TEXT NOT NULL REFERENCES transition_phase (uuid) ON DELETE CASCADE,
  key TEXT NOT NULL DEFAULT '' CHECK (length(key) <= 65536),
  title TEXT NOT NULL DEFAULT '' CHECK (length(title) <= 65536),
  owner TEXT NOT NULL DEFAULT '' CHECK (length(owner) <= 65536),
  due_date TEXT NOT NULL DEFAULT '' CHECK (due_date = '' OR due_date GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'),
  status TEXT NOT NULL DEFAULT 'todo' CHECK (status IN ('todo', 'in-progress', 'done', 'blocked')),
  notes TEXT NOT NULL DEFAULT '' CHECK (length(notes) <= 65536),
  example INTEGER NOT NULL DEFAULT 0 CHECK (example IN (0, 1)),
  position INTEGER NOT NULL DEFAULT 0,
  modified TEXT NOT NULL DEFAULT '' CHECK (length(modified) <= 40)
) STRICT;

CREATE INDEX transition_item_phase_id_idx ON transition_item (phase_id);

CREATE TABLE ticket_import (
  uuid TEXT NOT NULL PRIMARY KEY CHECK (length(uuid) = 36),
  file_name TEXT NOT NULL DEFAULT '' CHECK (length(file_name) <= 65536),
  preset TEXT NOT NULL DEFAULT '' CHECK (length(preset) <= 65536),
  header_key TEXT NOT NULL DEFAULT '' CHECK (length(header_key) <= 65536),
  imported_at TEXT NOT NULL DEFAULT '' CHECK (length(imported_at) <= 40),
  tickets INTEGER NOT NULL DEFAULT 0 CHECK (tickets BETWEEN 0 AND 1000000000),
  first_week TEXT NOT NULL DEFAULT '' CHECK (first_week = '' OR first_week GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'),
  last_week TEXT NOT NULL DEFAULT '' CHECK (last_week = '' OR last_week GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'),
  modified TEXT NOT NULL DEFAULT '' CHECK (length(modified) <= 40)
) STRICT;

CREATE TABLE ticket_mapping (
  uuid TEXT NOT NULL PRIMARY KEY CHECK (length(uuid) = 36),
  header_key TEXT NOT NULL DEFAULT '' CHECK (length(header_key) <= 65536),
  preset TEXT NOT NULL DEFAULT '' CHECK (length(preset) <= 65536),
  fields TEXT NOT NULL DEFAULT '' CHECK (length(fields) <= 65536),
  duration_unit TEXT NOT NULL DEFAULT 'minutes' CHECK (duration_unit IN ('minutes', 'hours', 'hms')),
  business_hours INTEGER NOT NULL DEFAULT 0 CHECK (business_hours IN (0, 1)),
  modified TEXT NOT NULL DEFAULT '' CHECK (length(modified) <= 40)
) STRICT;

CREATE UNIQUE INDEX ticket_mapping_unique_header_key_idx ON ticket_mapping (nullif(header_key, ''));

CREATE TABLE ticket_channel_word (
  uuid TEXT NOT NULL PRIMARY KEY CHECK (length(uuid) = 36),
  mapping_id TEXT NOT NULL REFERENCES ticket_mapping (uuid) ON DELETE CASCADE,
  word TEXT NOT NULL DEFAULT '' CHECK (length(word) <= 65536),
  channel TEXT NOT NULL DEFAULT 'phone' CHECK (channel IN ('phone', 'chat', 'email', 'sms', 'social', 'in-app', 'back-office', 'other')),
  modified TEXT NOT NULL DEFAULT '' CHECK (length(modified) <= 40)
) STRICT;

CREATE INDEX ticket_channel_word_mapping_id_idx ON ticket_channel_word (mapping_id);

CREATE TABLE kpi_result (
  uuid TEXT NOT NULL PRIMARY KEY CHECK (length(uuid) = 36),
  kpi_key TEXT NOT NULL DEFAULT '' CHECK (length(kpi_key) <= 65536),
  channel TEXT NOT NULL DEFAULT '' CHECK (channel IN ('', 'phone', 'chat', 'email', 'sms', 'social', 'in-app', 'back-office', 'other')),
  week_start TEXT NOT NULL DEFAULT '' CHECK (week_start = '' OR week_start GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'),
  value REAL CHECK (value BETWEEN -1000000000000 AND 1000000000000),
  count_a REAL CHECK (count_a BETWEEN 0 AND 1000000000000),
  count_b REAL CHECK (count_b BETWEEN 0 AND 1000000000000),
  count_c REAL CHECK (count_c BETWEEN 0 AND 1000000000000),
  count_d REAL CHECK (count_d BETWEEN 0 AND 1000000000000),
  business_hours INTEGER NOT NULL DEFAULT 0 CHECK (business_hours IN (0, 1)),
  import_id TEXT REFERENCES ticket_import (uuid) ON DELETE CASCADE,
  notes TEXT NOT NULL DEFAULT '' CHECK (length(notes) <= 65536),
  modified TEXT NOT NULL DEFAULT '' CHECK (length(modified) <= 40)
) STRICT;

CREATE INDEX kpi_result_import_id_idx ON kpi_result (import_id);

CREATE UNIQUE INDEX kpi_result_unique_kpi_key_idx ON kpi_result (nullif(kpi_key, ''), channel, week_start, ifnull(import_id, ''));

CREATE TABLE checklist_item (
  uuid TEXT NOT NULL PRIMARY KEY CHECK (length(uuid) = 36),
  item_key TEXT NOT NULL DEFAULT '' CHECK (length(item_key) <= 65536),
  met INTEGER NOT NULL DEFAULT 0 CHECK (met IN (0, 1)),
  note TEXT NOT NULL DEFAULT '' CHECK (length(note) <= 65536),
  modified TEXT NOT NULL DEFAULT '' CHECK (length(modified) <= 40)
) STRICT;

CREATE TABLE dismissal (
  uuid TEXT NOT NULL PRIMARY KEY CHECK (length(uuid) = 36),
  rule_id TEXT NOT NULL DEFAULT '' CHECK (length(rule_id) <= 65536),
  subject TEXT NOT NULL DEFAULT '' CHECK (length(subject) <= 65536),
  fingerprint TEXT NOT NULL DEFAULT '' CHECK (length(fingerprint) <= 65536),
  reason TEXT NOT NULL DEFAULT '' CHECK (length(reason) <= 65536),
  dismissed_by TEXT NOT NULL DEFAULT '' CHECK (length(dismissed_by) <= 65536),
  modified TEXT NOT NULL DEFAULT '' CHECK (length(modified) <= 40)
) STRICT;

CREATE TABLE tombstone (
  uuid TEXT NOT NULL PRIMARY KEY CHECK (length(uuid) = 36),
  table_name TEXT NOT NULL DEFAULT '' CHECK (length(table_name) <= 65536),
  deleted_at TEXT NOT NULL DEFAULT '' CHECK (length(deleted_at) <= 40),
  modified TEXT NOT NULL DEFAULT '' CHECK (length(modified) <= 40)
) STRICT;

CREATE TABLE activity (
  uuid TEXT NOT NULL PRIMARY KEY CHECK (length(uuid) = 36),
  at TEXT NOT NULL DEFAULT '' CHECK (length(at) <= 40),
  author TEXT NOT NULL DEFAULT '' CHECK (length(author) <= 65536),
  action TEXT NOT NULL DEFAULT 'create' CHECK (action IN ('create', 'add', 'edit', 'delete', 'undo', 'redo', 'import', 'merge', 'dismiss', 'restore', 'rename', 'confirm')),
  table_name TEXT NOT NULL DEFAULT '' CHECK (length(table_name) <= 65536),
  row_uuid TEXT NOT NULL DEFAULT '' CHECK (length(row_uuid) <= 65536),
  summary TEXT NOT NULL DEFAULT '' CHECK (length(summary) <= 65536),
  modified TEXT NOT NULL DEFAULT '' CHECK (length(modified) <= 40)
) STRICT;

