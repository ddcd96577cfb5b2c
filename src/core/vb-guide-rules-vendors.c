/* vb-guide-rules-vendors.c — the guidance rules of the Vendors stage
 *
 * Copyright 2026 The Vendorbench developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The long list, the shortlist and what each shortlisted vendor needs.
 * Their rows are in the one rules table (vb-guide-rules.c).
 */

#define G_LOG_DOMAIN "vb-guide-rules"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "vb-contact.h"
#include "vb-format.h"
#include "vb-guide-rules.h"
#include "vb-vendor.h"
#define MIN_VENDORS 3

/* ------------------------------------------------------------ Vendors */

void
rule_too_few_vendors (VbRuleContext *ctx)
{
  guint n = g_list_model_get_n_items (vb_project_get_vendors (vb_rule_context_get_project (ctx)));
  g_autofree char *fingerprint = NULL;
  g_autofree char *have = NULL;

  if (n >= MIN_VENDORS)
    return;
  fingerprint = g_strdup_printf ("%u", n);
  /* Translators: the second sentence of “Add at least 3 vendors to compare. You have 1 so far.” */
  have = g_strdup_printf (ngettext ("You have %u so far.", "You have %u so far.", n), n);
  vb_rule_context_emit (ctx, NULL, fingerprint, _("Add a vendor"),
                        /* Translators: %d is the least number of vendors; %s the sentence “You have … so far.” */
                        ngettext ("Add at least %d vendor to compare. %s Rejected vendors count: they were "
                                  "considered.",
                                  "Add at least %d vendors to compare. %s Rejected vendors count: they were "
                                  "considered.", MIN_VENDORS),
                        MIN_VENDORS, have);
}

void
rule_no_shortlist (VbRuleContext *ctx)
{
  GListModel *vendors = vb_project_get_vendors (vb_rule_context_get_project (ctx));
  guint n = g_list_model_get_n_items (vendors);
  VbFinding *f;

  if (n < MIN_VENDORS)
    return;
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(VbVendor) v = g_list_model_get_item (vendors, i);
      if (vb_vendor_is_shortlisted (v))
        return;
    }
  f = vb_rule_context_emit (ctx, NULL, NULL, _("Shortlist vendors"),
                            _("Move the most promising vendors from the long list to the shortlist."));
  vb_finding_set_filter (f, VB_VENDOR_STATUS_LONG_LIST);
}

void
rule_vendor_without_contact (VbRuleContext *ctx)
{
  GListModel *vendors = vb_project_get_vendors (vb_rule_context_get_project (ctx));
  guint n = g_list_model_get_n_items (vendors);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(VbVendor) vendor = g_list_model_get_item (vendors, i);

      if (vb_vendor_is_shortlisted (vendor) && g_list_model_get_n_items (vb_vendor_get_contacts (vendor)) == 0)
        vb_rule_context_emit (ctx, vb_record_get_uuid (VB_RECORD (vendor)), NULL, _("Add a contact"),
                              _("Add a contact at “%s”: someone to send the RFP to and ask questions."),
                              vb_vendor_get_display_name (vendor));
    }
}

void
rule_vendor_without_delivery (VbRuleContext *ctx)
{
  GListModel *vendors = vb_project_get_vendors (vb_rule_context_get_project (ctx));
  guint n = g_list_model_get_n_items (vendors);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(VbVendor) vendor = g_list_model_get_item (vendors, i);

      if (vb_vendor_is_shortlisted (vendor) && vb_vendor_get_delivery_model (vendor) == VB_DELIVERY_MODEL_UNSET)
        vb_rule_context_emit (ctx, vb_record_get_uuid (VB_RECORD (vendor)), NULL, _("Set the delivery model"),
                              _("Note where “%s” would work from — onshore, nearshore or offshore: it changes "
                                "cost, time zones and language."), vb_vendor_get_display_name (vendor));
    }
}

/* Only older files and imports can hold this: rejecting asks for the reason */
void
rule_rejected_without_reason (VbRuleContext *ctx)
{
  GListModel *vendors = vb_project_get_vendors (vb_rule_context_get_project (ctx));
  guint n = g_list_model_get_n_items (vendors);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(VbVendor) vendor = g_list_model_get_item (vendors, i);

      if (vb_vendor_get_status (vendor) == VB_VENDOR_STATUS_REJECTED &&
          vb_str_is_blank (vb_vendor_get_rejection_reason (vendor)))
        vb_rule_context_emit (ctx, vb_record_get_uuid (VB_RECORD (vendor)), vb_record_get_modified (VB_RECORD (vendor)),
                              _("Give the reason"),
                              _("“%s” was rejected without a reason. Write it down: when someone asks later why, "
                                "the answer is here."), vb_vendor_get_display_name (vendor));
    }
}

