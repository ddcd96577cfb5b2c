/* vb-signing-checklist.c — the pre-signing checklist
 *
 * Copyright 2026 The Vendorbench developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The six checks of DOMAIN.md "Before signing" (the same six the decision
 * issue lists), each met from the project's data where it can be, plus
 * two the user confirms: the references were called and someone read the
 * contract. Keys are stable: the file stores them.
 */

#define G_LOG_DOMAIN "vb-signing-checklist"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "vb-signing-checklist.h"

static const VbSigningCheck checks[] = {
  { "priority-channels-covered", N_("The vendor covers your priority channels"),
    N_("Met when the selected vendor works on every channel of the tasks you chose to outsource."), TRUE },
  { "smb-case-studies", N_("The vendor showed case studies from businesses like yours"),
    N_("Met when a requirement on case studies from small and medium businesses is answered as met."), TRUE },
  { "slas-tied-to-objectives", N_("Service levels are defined and each serves a goal"),
    N_("Met when there is at least one service level with a target, and each one is tied to an objective."), TRUE },
  { "no-high-risk-gap", N_("No high-risk security gap is left open"),
    N_("Met when the selected vendor gave the expected answer to every high-risk question, or an exception was accepted."), TRUE },
  { "pilot-with-exit", N_("A pilot with dates and an exit clause is planned"),
    N_("Met when the pilot has a start and an end date and an exit clause."), TRUE },
  { "visible-reporting", N_("You can see the reporting yourself"),
    N_("Met when the pilot names the shared reporting or dashboard you will have."), TRUE },
  { "references-called", N_("You called the vendor’s references"),
    N_("Met when at least one reference call of the selected vendor is recorded."), TRUE },
  { "contract-read", N_("Someone you trust read the whole contract"),
    N_("Tick it yourself when the term, notice, exit fees and price changes are understood."), FALSE },
};

guint
vb_signing_checklist_get_n (void)
{
  return G_N_ELEMENTS (checks);
}

const VbSigningCheck *
vb_signing_checklist_get (guint index)
{
  g_return_val_if_fail (index < G_N_ELEMENTS (checks), NULL);
  return &checks[index];
}

const VbSigningCheck *
vb_signing_checklist_lookup (const char *key)
{
  for (guint i = 0; key && i < G_N_ELEMENTS (checks); i++)
    if (g_str_equal (checks[i].key, key))
      return &checks[i];
  return NULL;
}

const char *
vb_signing_check_get_label (const VbSigningCheck *check)
{
  g_return_val_if_fail (check != NULL, NULL);
  return g_dgettext (GETTEXT_PACKAGE, check->label);
}

const char *
vb_signing_check_get_hint (const VbSigningCheck *check)
{
  g_return_val_if_fail (check != NULL, NULL);
  return g_dgettext (GETTEXT_PACKAGE, check->hint);
}
