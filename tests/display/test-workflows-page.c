/* test-workflows-page.c — the Workflows & Escalation page, driven as a user would
 *
 * Copyright 2026 The Vendorbench developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The fixture is a customer-support project: the template gives it tiers
 * 1–3 and two example workflows with their steps, and no escalation path.
 * The tests click and type on the page and read the result back through
 * core, from the file on disk and through a fresh open.
 *
 * Promises tested: a workflow added with Add Workflow opens with the
 * cursor in its name, and its name, trigger, systems and training links
 * typed reach the file, the group shows its name and trigger, and the
 * links are links; Add Step adds a numbered step whose description,
 * owner and tool reach the file; Move Down / Move Up reorder the steps in
 * the file and in the numbering; removing a step or a workflow shows an
 * Undo toast and undo brings it back; an example workflow is tagged until
 * kept; a tier with no path up is tagged "No way up" (word and icon) until
 * a path from it is added, and the guidance's "Add a path" for it adds
 * one from that tier in one undo step; a path's fields, its tier chosen in its
 * drop-down and its response time ("within 1 h 30 min") show and reach
 * the file, a contact with neither phone nor email is tagged so, in words
 * and to a screen reader; the emergency's definition and the path chosen
 * for it reach the file and survive removing and restoring the path; a
 * blank project shows the empty state with Add Workflow; a read-only file
 * is shown, not changed.
 */

#define G_LOG_DOMAIN "vb-test-workflows"

#include "config.h"

#include <string.h>
#include <adwaita.h>

#include "vb-escalation-path.h"
#include "vb-escalation-tier.h"
#include "vb-field.h"
#include "vb-format.h"
#include "vb-stage-page.h"
#include "vb-workflow-step.h"
#include "vb-workflow.h"
#include "vb-workflows-page.h"
#include "vb-display-window.h"

static VbApplication *app;
static char *tmp_root;

#define OK(call) G_STMT_START { g_autoptr(GError) _e = NULL; GError **error = &_e; gboolean _ok = (call); \
                                g_assert_no_error (_e); g_assert_true (_ok); } G_STMT_END

static char *
fixture (const char *name)
{
  g_autofree char *folder = g_build_filename (tmp_root, "projects", NULL);

  return vbd_make_project (folder, name, VB_PROJECT_TEMPLATE_CUSTOMER_SUPPORT);
}

/* ------------------------------------------------------------ helpers */

static GtkWidget *
child_of (GtkWidget  *page,
          const char *name)
{
  GObject *w = gtk_widget_get_template_child (page, VB_TYPE_WORKFLOWS_PAGE, name);

  if (w == NULL)
    g_error ("the workflows page has no template child “%s”", name);
  return GTK_WIDGET (w);
}

static gpointer
item_of (GListModel *model,
         guint       i)
{
  g_autoptr(GObject) item = g_list_model_get_item (model, i);

  g_assert_nonnull (item);
  return item;   /* the project holds it */
}

static GtkWidget *
group_of (GtkWidget  *page,
          VbWorkflow *workflow)
{
  for (GtkWidget *g = gtk_widget_get_first_child (child_of (page, "workflows_box")); g;
       g = gtk_widget_get_next_sibling (g))
    if (g_object_get_data (G_OBJECT (g), "vb-record") == workflow)
      return g;
  return NULL;
}

static GtkWidget *
row_in (GtkWidget *list,
        gpointer   record)
{
  for (int i = 0;; i++)
    {
      GtkListBoxRow *row = gtk_list_box_get_row_at_index (GTK_LIST_BOX (list), i);

      if (row == NULL)
        return NULL;
      if (g_object_get_data (G_OBJECT (row), "vb-record") == record)
        return GTK_WIDGET (row);
    }
}

static GtkWidget *
step_row (GtkWidget      *page,
          VbWorkflowStep *step)
{
  GtkWidget *group = group_of (page, vb_workflow_step_get_workflow (step));

  g_assert_nonnull (group);
  return row_in (g_object_get_data (G_OBJECT (group), "vb-list"), step);
}

static GtkWidget *
focused (VbdProjectWindow *pw)
{
  return gtk_root_get_focus (GTK_ROOT (pw->window));
}

static gboolean
has_focus_in (VbdProjectWindow *pw,
              GtkWidget        *field)
{
  GtkWidget *f = focused (pw);

  return f == field || (f && gtk_widget_is_ancestor (f, field));
}

static void
assert_named (GtkWidget  *widget,
              const char *part)
{
  g_autofree char *wrong = NULL;
  char *label = NULL;

  /* the whole name is not known here: check that it holds @part */
  wrong = gtk_test_accessible_check_property (GTK_ACCESSIBLE (widget), GTK_ACCESSIBLE_PROPERTY_LABEL, "");
  label = wrong;
  if (label == NULL || strstr (label, part) == NULL)
    g_error ("the %s is named “%s”, which does not say “%s”", G_OBJECT_TYPE_NAME (widget), label ? label : "", part);
}

static void
open_expander (GtkWidget *row)
{
  adw_expander_row_set_expanded (ADW_EXPANDER_ROW (row), TRUE);
  vbd_iterate (400);   /* the row's reveal */
}

static char *
step_order_on_disk (const char *path,
                    VbWorkflow *workflow)
{
  g_autofree char *sql = g_strdup_printf ("SELECT group_concat(description, ',') FROM (SELECT description FROM "
                                          "workflow_step WHERE workflow_id = '%s' ORDER BY position)",
                                          vb_record_get_uuid (VB_RECORD (workflow)));

  return vbd_db_text (path, sql);
}

/* ------------------------------------------------------------ workflows */

static void
test_workflows_and_steps (void)
{
  g_autofree char *path = fixture ("Workflows");
  VbdProjectWindow pw = { 0 };
  GtkWidget *page, *group, *details, *links, *row;
  VbWorkflow *workflow;
  VbWorkflowStep *steps[3];
  g_autofree char *uuid = NULL;
  g_autofree char *step_uuid = NULL;
  const char *texts[3][3] = {
    { "Find the order", "Tier 1 agent", "Shop admin" },
    { "Check the tracking", "Tier 1 agent", "Carrier portal" },
    { "Reply with the date", "Team leader", "Help desk macro" },
  };
  guint n_before;

  vbd_open (&pw, app, path, 1200, 900);
  page = vbd_show_stage (&pw, VB_STAGE_WORKFLOWS);
  g_assert_true (VB_IS_WORKFLOWS_PAGE (page));
  g_assert_false (gtk_widget_get_visible (child_of (page, "empty_page")));
  n_before = g_list_model_get_n_items (vb_project_get_workflows (pw.project));
  g_assert_cmpuint (n_before, ==, 2);
  for (guint i = 0; i < n_before; i++)
    g_assert_nonnull (group_of (page, item_of (vb_project_get_workflows (pw.project), i)));

  /* Add Workflow: a new group, its details open, the cursor in its name */
  vbd_click (child_of (page, "add_workflow_button"));
  vbd_iterate (50);
  g_assert_cmpuint (g_list_model_get_n_items (vb_project_get_workflows (pw.project)), ==, n_before + 1);
  workflow = item_of (vb_project_get_workflows (pw.project), n_before);
  uuid = g_strdup (vb_record_get_uuid (VB_RECORD (workflow)));
  g_assert_false (vb_record_get_example (VB_RECORD (workflow)));
  group = group_of (page, workflow);
  g_assert_nonnull (group);
  details = vbd_by_name (group, "details");
  g_assert_true (adw_expander_row_get_expanded (ADW_EXPANDER_ROW (details)));
  g_assert_true (has_focus_in (&pw, vb_field_find (details, "name")));

  vbd_type_and_enter (vb_field_find (details, "name"), "Damaged parcel");
  vbd_type_and_enter (vb_field_find (details, "trigger"), "A customer writes that a parcel arrived damaged");
  vbd_type_and_enter (vb_field_find (details, "systems"), "Help desk, shop admin");
  vbd_type_and_enter (vb_field_find (details, "training-links"),
                      "https://kb.example/damage and https://kb.example/claims.");
  {
    g_autofree char *sql = g_strdup_printf ("SELECT name || '|' || trigger || '|' || systems || '|' || training_links "
                                            "FROM workflow WHERE uuid = '%s'", uuid);
    g_autofree char *disk = vbd_db_text (pw.path, sql);

    g_assert_cmpstr (disk, ==, "Damaged parcel|A customer writes that a parcel arrived damaged|Help desk, shop admin|"
                               "https://kb.example/damage and https://kb.example/claims.");
  }
  g_assert_cmpstr (adw_preferences_group_get_title (ADW_PREFERENCES_GROUP (group)), ==, "Damaged parcel");
  g_assert_cmpstr (adw_preferences_group_get_description (ADW_PREFERENCES_GROUP (group)), ==,
                   "When: A customer writes that a parcel arrived damaged");
  g_assert_cmpstr (adw_expander_row_get_subtitle (ADW_EXPANDER_ROW (details)), ==, "Systems: Help desk, shop admin");
  /* the training material's addresses are links (the full stop is not the address's) */
  links = vbd_by_name (group, "links-label");
  g_assert_nonnull (strstr (gtk_label_get_label (GTK_LABEL (links)),
                            "<a href=\"https://kb.example/damage\">https://kb.example/damage</a>"));
  g_assert_nonnull (strstr (gtk_label_get_label (GTK_LABEL (links)),
                            "<a href=\"https://kb.example/claims\">https://kb.example/claims</a>."));

  /* three steps through Add Step, each typed in its open row */
  for (guint i = 0; i < 3; i++)
    {
      vbd_click (vbd_action_button (group, "workflows.add-step", uuid));
      vbd_iterate (50);
      g_assert_cmpuint (g_list_model_get_n_items (vb_workflow_get_steps (workflow)), ==, i + 1);
      steps[i] = item_of (vb_workflow_get_steps (workflow), i);
      row = step_row (page, steps[i]);
      g_assert_nonnull (row);
      g_assert_true (adw_expander_row_get_expanded (ADW_EXPANDER_ROW (row)));
      g_assert_true (has_focus_in (&pw, vb_field_find (row, "description")));
      vbd_type_and_enter (vb_field_find (row, "description"), texts[i][0]);
      vbd_type_and_enter (vb_field_find (row, "owner"), texts[i][1]);
      vbd_type_and_enter (vb_field_find (row, "tool"), texts[i][2]);
    }
  {
    g_autofree char *sql = g_strdup_printf ("SELECT owner || '|' || tool FROM workflow_step WHERE uuid = '%s'",
                                            vb_record_get_uuid (VB_RECORD (steps[2])));
    g_autofree char *disk = vbd_db_text (pw.path, sql);
    g_autofree char *order = step_order_on_disk (pw.path, workflow);

    g_assert_cmpstr (disk, ==, "Team leader|Help desk macro");
    g_assert_cmpstr (order, ==, "Find the order,Check the tracking,Reply with the date");
  }
  row = step_row (page, steps[2]);
  g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)), ==, "3. Reply with the date");
  g_assert_cmpstr (adw_expander_row_get_subtitle (ADW_EXPANDER_ROW (row)), ==, "Team leader · Help desk macro");
  assert_named (row, "Step 3. Reply with the date: Team leader · Help desk macro");

  /* Move Down on the first step, then Move Up on the last */
  row = step_row (page, steps[0]);
  g_assert_false (gtk_widget_is_sensitive (vbd_by_name (row, "step-up")));
  vbd_click (vbd_action_button (row, "workflows.step-down", vb_record_get_uuid (VB_RECORD (steps[0]))));
  {
    g_autofree char *order = step_order_on_disk (pw.path, workflow);

    g_assert_cmpstr (order, ==, "Check the tracking,Find the order,Reply with the date");
  }
  g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (step_row (page, steps[0]))), ==,
                   "2. Find the order");
  g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (step_row (page, steps[1]))), ==,
                   "1. Check the tracking");
  row = step_row (page, steps[2]);
  open_expander (row);
  g_assert_false (gtk_widget_is_sensitive (vbd_by_name (row, "step-down")));
  vbd_click (vbd_action_button (row, "workflows.step-up", vb_record_get_uuid (VB_RECORD (steps[2]))));
  {
    g_autofree char *order = step_order_on_disk (pw.path, workflow);

    g_assert_cmpstr (order, ==, "Check the tracking,Reply with the date,Find the order");
  }
  g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (step_row (page, steps[0]))), ==,
                   "3. Find the order");

  /* a step removed: a toast offers Undo, and undo brings it back */
  step_uuid = g_strdup (vb_record_get_uuid (VB_RECORD (steps[1])));
  gtk_widget_activate_action (page, "workflows.remove-step", "s", step_uuid);
  vbd_iterate (30);
  g_assert_null (vb_project_find_row (pw.project, step_uuid, VB_TYPE_WORKFLOW_STEP));
  g_assert_cmpuint (g_list_model_get_n_items (vb_workflow_get_steps (workflow)), ==, 2);
  g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (step_row (page, steps[0]))), ==,
                   "2. Find the order");
  g_assert_nonnull (vbd_wait_toast (&pw, "Removed “Check the tracking”", 500));
  gtk_widget_activate_action (GTK_WIDGET (pw.window), "win.undo", NULL);
  vbd_iterate (50);
  steps[1] = vb_project_find_row (pw.project, step_uuid, VB_TYPE_WORKFLOW_STEP);
  g_assert_nonnull (steps[1]);
  g_assert_nonnull (step_row (page, steps[1]));
  {
    g_autofree char *order = step_order_on_disk (pw.path, workflow);

    g_assert_cmpstr (order, ==, "Check the tracking,Reply with the date,Find the order");
  }

  /* the workflow removed with its Remove button: undo brings it back with its steps */
  open_expander (vbd_by_name (group_of (page, workflow), "details"));
  vbd_click (vbd_action_button (group_of (page, workflow), "workflows.remove-workflow", uuid));
  vbd_iterate (30);
  g_assert_null (vb_project_find_row (pw.project, uuid, VB_TYPE_WORKFLOW));
  g_assert_cmpuint (g_list_model_get_n_items (vb_project_get_workflows (pw.project)), ==, n_before);
  g_assert_nonnull (vbd_wait_toast (&pw, "Removed “Damaged parcel”", 1500));
  gtk_widget_activate_action (GTK_WIDGET (pw.window), "win.undo", NULL);
  vbd_iterate (50);
  workflow = vb_project_find_row (pw.project, uuid, VB_TYPE_WORKFLOW);
  g_assert_nonnull (workflow);
  g_assert_nonnull (group_of (page, workflow));
  g_assert_cmpuint (g_list_model_get_n_items (vb_workflow_get_steps (workflow)), ==, 3);
  vbd_close (&pw);

  /* reopened: the same */
  vbd_open (&pw, app, path, 1200, 900);
  page = vbd_show_stage (&pw, VB_STAGE_WORKFLOWS);
  workflow = vb_project_find_row (pw.project, uuid, VB_TYPE_WORKFLOW);
  g_assert_nonnull (workflow);
  g_assert_cmpstr (vb_workflow_get_name (workflow), ==, "Damaged parcel");
  g_assert_cmpstr (vb_workflow_get_systems (workflow), ==, "Help desk, shop admin");
  g_assert_cmpstr (vb_workflow_step_get_description (item_of (vb_workflow_get_steps (workflow), 1)), ==,
                   "Reply with the date");
  g_assert_nonnull (group_of (page, workflow));
  vbd_close (&pw);
}

/* A workflow from the template is an example until kept */
static void
test_examples (void)
{
  g_autofree char *path = fixture ("Examples");
  VbdProjectWindow pw = { 0 };
  GtkWidget *page, *group, *details;
  VbWorkflow *workflow;

  vbd_open (&pw, app, path, 1200, 900);
  page = vbd_show_stage (&pw, VB_STAGE_WORKFLOWS);
  workflow = item_of (vb_project_get_workflows (pw.project), 0);
  g_assert_true (vb_record_get_example (VB_RECORD (workflow)));
  group = group_of (page, workflow);
  g_assert_true (gtk_widget_get_visible (g_object_get_data (G_OBJECT (group), "vb-tag")));
  details = vbd_by_name (group, "details");
  open_expander (details);
  vbd_click (vbd_action_button (details, "workflows.confirm", vb_record_get_uuid (VB_RECORD (workflow))));
  vbd_iterate (20);
  g_assert_false (vb_record_get_example (VB_RECORD (workflow)));
  g_assert_false (gtk_widget_get_visible (g_object_get_data (G_OBJECT (group), "vb-tag")));
  vbd_close (&pw);
}

/* ------------------------------------------------------------ escalation */

static GtkWidget *
tier_row (GtkWidget *page,
          int        level)
{
  GtkWidget *list = child_of (page, "tiers_list");

  for (int i = 0;; i++)
    {
      GtkListBoxRow *row = gtk_list_box_get_row_at_index (GTK_LIST_BOX (list), i);

      if (row == NULL)
        g_error ("no row for tier %d", level);
      if (vb_escalation_tier_get_level (g_object_get_data (G_OBJECT (row), "vb-record")) == level)
        return GTK_WIDGET (row);
    }
}

static gboolean
no_way_up_shown (GtkWidget *page,
                 int        level)
{
  GtkWidget *tag = vbd_by_name (tier_row (page, level), "no-way-up-tag");

  if (gtk_widget_get_visible (tag))
    g_assert_nonnull (vbd_find_label (tag, "No way up"));
  return gtk_widget_get_visible (tag);
}

static void
test_escalation (void)
{
  g_autofree char *path = fixture ("Escalation");
  VbdProjectWindow pw = { 0 };
  GtkWidget *page, *row, *tag, *combo, *view;
  VbEscalationPath *esc;
  g_autofree char *uuid = NULL;

  vbd_open (&pw, app, path, 1200, 900);
  page = vbd_show_stage (&pw, VB_STAGE_WORKFLOWS);

  /* tiers 1–3 from the template, what each handles; no path yet: 1 and 2 have no way up */
  g_assert_cmpuint (g_list_model_get_n_items (vb_project_get_escalation_tiers (pw.project)), ==, 3);
  g_assert_cmpuint (g_list_model_get_n_items (vb_project_get_escalation_paths (pw.project)), ==, 0);
  g_assert_true (no_way_up_shown (page, 1));
  g_assert_true (no_way_up_shown (page, 2));
  g_assert_false (no_way_up_shown (page, 3));
  view = vbd_by_type (tier_row (page, 2), GTK_TYPE_TEXT_VIEW);
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (GTK_TEXT_VIEW (view)), "Refunds over the limit", -1);
  vbd_iterate (VB_FIELD_IDLE_MS + 300);   /* a text area commits when the typing stops */
  {
    g_autofree char *disk = vbd_db_text (pw.path, "SELECT handles FROM escalation_tier WHERE level = 2");

    g_assert_cmpstr (disk, ==, "Refunds over the limit");
  }

  /* Add Escalation: a new row, open, the cursor in its trigger */
  vbd_click (child_of (page, "add_path_button"));
  vbd_iterate (50);
  g_assert_cmpuint (g_list_model_get_n_items (vb_project_get_escalation_paths (pw.project)), ==, 1);
  esc = item_of (vb_project_get_escalation_paths (pw.project), 0);
  uuid = g_strdup (vb_record_get_uuid (VB_RECORD (esc)));
  row = row_in (child_of (page, "paths_list"), esc);
  g_assert_nonnull (row);
  g_assert_true (adw_expander_row_get_expanded (ADW_EXPANDER_ROW (row)));
  g_assert_true (has_focus_in (&pw, vb_field_find (row, "trigger")));
  vbd_type_and_enter (vb_field_find (row, "trigger"), "A refund over 150 EUR");
  combo = vb_field_find (row, "from-tier");
  g_assert_true (ADW_IS_COMBO_ROW (combo));
  adw_combo_row_set_selected (ADW_COMBO_ROW (combo), 1);   /* “Tier 1” */
  vbd_iterate (20);
  g_assert_cmpint (vb_escalation_path_get_from_tier (esc), ==, 1);
  vbd_type_and_enter (vb_field_find (row, "contact-name"), "Ravi Patel");
  vbd_type_and_enter (vb_field_find (row, "contact-role"), "Team leader");
  vbd_type_and_enter (vb_field_find (row, "response-minutes"), "90");

  /* a path from tier 1: its way up; tier 2 still has none */
  g_assert_false (no_way_up_shown (page, 1));
  g_assert_true (no_way_up_shown (page, 2));

  /* neither phone nor email: tagged in words, and said to a screen reader */
  tag = vbd_by_name (row, "unreachable-tag");
  g_assert_true (gtk_widget_get_visible (tag));
  g_assert_nonnull (vbd_find_label (tag, "No phone or email"));
  assert_named (row, "Cannot be reached: no phone or email");
  g_assert_cmpstr (adw_expander_row_get_subtitle (ADW_EXPANDER_ROW (row)), ==,
                   "Tier 1 to Ravi Patel (Team leader) · within 1 h 30 min · no phone or email");
  vbd_type_and_enter (vb_field_find (row, "phone"), "+44 113 496 0721");
  g_assert_false (gtk_widget_get_visible (tag));
  vbd_type_and_enter (vb_field_find (row, "email"), "ravi@vendor.example");
  g_assert_cmpstr (adw_expander_row_get_subtitle (ADW_EXPANDER_ROW (row)), ==,
                   "Tier 1 to Ravi Patel (Team leader) · within 1 h 30 min · +44 113 496 0721 · ravi@vendor.example");
  {
    g_autofree char *sql = g_strdup_printf ("SELECT trigger || '|' || from_tier || '|' || contact_name || '|' || "
                                            "contact_role || '|' || phone || '|' || email || '|' || response_minutes "
                                            "FROM escalation_path WHERE uuid = '%s'", uuid);
    g_autofree char *disk = vbd_db_text (pw.path, sql);

    g_assert_cmpstr (disk, ==, "A refund over 150 EUR|1|Ravi Patel|Team leader|+44 113 496 0721|"
                               "ravi@vendor.example|90.0");
  }

  /* the emergency: what counts as one, typed; who is called, chosen from the paths */
  view = vbd_by_type (child_of (page, "emergency_group"), GTK_TYPE_TEXT_VIEW);
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (GTK_TEXT_VIEW (view)), "The shop is down for an hour", -1);
  vbd_iterate (VB_FIELD_IDLE_MS + 300);   /* a text area commits when the typing stops */
  combo = vbd_by_name (child_of (page, "emergency_group"), "emergency-path");
  g_assert_cmpuint (g_list_model_get_n_items (adw_combo_row_get_model (ADW_COMBO_ROW (combo))), ==, 2);
  g_assert_cmpuint (adw_combo_row_get_selected (ADW_COMBO_ROW (combo)), ==, 0);
  adw_combo_row_set_selected (ADW_COMBO_ROW (combo), 1);
  vbd_iterate (20);
  g_assert_true (vb_project_get_emergency_path (pw.project) == esc);
  {
    g_autofree char *sql = g_strdup_printf ("SELECT emergency_definition || '|' || (emergency_path_id = '%s') "
                                            "FROM project", uuid);
    g_autofree char *disk = vbd_db_text (pw.path, sql);

    g_assert_cmpstr (disk, ==, "The shop is down for an hour|1");
  }

  /* removed with its Remove button: Undo brings it back, the emergency's contact too */
  vbd_click (vbd_action_button (row, "workflows.remove-path", uuid));
  vbd_iterate (30);
  g_assert_null (vb_project_find_row (pw.project, uuid, VB_TYPE_ESCALATION_PATH));
  g_assert_null (vb_project_get_emergency_path (pw.project));
  g_assert_cmpuint (adw_combo_row_get_selected (ADW_COMBO_ROW (combo)), ==, 0);
  g_assert_true (no_way_up_shown (page, 1));
  g_assert_nonnull (vbd_wait_toast (&pw, "Removed the escalation “Tier 1 to Ravi Patel (Team leader)”", 500));
  gtk_widget_activate_action (GTK_WIDGET (pw.window), "win.undo", NULL);
  vbd_iterate (50);
  esc = vb_project_find_row (pw.project, uuid, VB_TYPE_ESCALATION_PATH);
  g_assert_nonnull (esc);
  g_assert_nonnull (row_in (child_of (page, "paths_list"), esc));
  g_assert_true (vb_project_get_emergency_path (pw.project) == esc);
  g_assert_cmpuint (adw_combo_row_get_selected (ADW_COMBO_ROW (combo)), ==, 1);
  g_assert_false (no_way_up_shown (page, 1));
  vbd_close (&pw);

  /* reopened: the same */
  vbd_open (&pw, app, path, 1200, 900);
  page = vbd_show_stage (&pw, VB_STAGE_WORKFLOWS);
  esc = vb_project_find_row (pw.project, uuid, VB_TYPE_ESCALATION_PATH);
  g_assert_nonnull (esc);
  g_assert_cmpstr (vb_escalation_path_get_email (esc), ==, "ravi@vendor.example");
  g_assert_cmpfloat (vb_escalation_path_get_response_minutes (esc), ==, 90.0);
  g_assert_cmpstr (vb_project_get_emergency_definition (pw.project), ==, "The shop is down for an hour");
  g_assert_true (vb_project_get_emergency_path (pw.project) == esc);
  combo = vbd_by_name (child_of (page, "emergency_group"), "emergency-path");
  g_assert_cmpuint (adw_combo_row_get_selected (ADW_COMBO_ROW (combo)), ==, 1);
  vbd_close (&pw);
}

/* A blank project: no workflows, tiers or paths; the empty state offers Add Workflow */
/* The guidance's "Add a path" for a tier with no way up adds a path from
 * that tier, open at its trigger, in one undo step */
static void
test_add_path_finding (void)
{
  g_autofree char *path = fixture ("Add a path");
  VbdProjectWindow pw = { 0 };
  GtkWidget *page, *row;
  VbEscalationTier *tier = NULL;
  VbEscalationPath *esc;
  g_autofree char *target = NULL;
  GListModel *tiers;

  vbd_open (&pw, app, path, 1200, 900);
  page = vbd_show_stage (&pw, VB_STAGE_WORKFLOWS);
  tiers = vb_project_get_escalation_tiers (pw.project);
  for (guint i = 0; i < g_list_model_get_n_items (tiers); i++)
    if (vb_escalation_tier_get_level (item_of (tiers, i)) == 2)
      tier = item_of (tiers, i);
  g_assert_nonnull (tier);
  g_assert_true (no_way_up_shown (page, 2));

  target = g_strconcat ("workflows.tier-without-path", VB_FINDING_TARGET_SEPARATOR,
                        vb_record_get_uuid (VB_RECORD (tier)), NULL);
  vbd_click (vbd_action_button (child_of (page, "footer_box"), "win.show-finding", target));
  vbd_iterate (100);
  g_assert_cmpuint (g_list_model_get_n_items (vb_project_get_escalation_paths (pw.project)), ==, 1);
  esc = item_of (vb_project_get_escalation_paths (pw.project), 0);
  g_assert_cmpint (vb_escalation_path_get_from_tier (esc), ==, 2);
  {
    g_autofree char *disk = vbd_db_text (pw.path, "SELECT from_tier FROM escalation_path");

    g_assert_cmpstr (disk, ==, "2");
  }
  row = row_in (child_of (page, "paths_list"), esc);
  g_assert_nonnull (row);
  g_assert_true (adw_expander_row_get_expanded (ADW_EXPANDER_ROW (row)));
  g_assert_true (has_focus_in (&pw, vb_field_find (row, "trigger")));
  g_assert_false (no_way_up_shown (page, 2));
  g_assert_null (vbd_find_action (child_of (page, "footer_box"), "win.show-finding", target));

  /* one undo step takes it away whole */
  OK (vb_project_undo (pw.project, error));
  vbd_iterate (50);
  g_assert_cmpuint (g_list_model_get_n_items (vb_project_get_escalation_paths (pw.project)), ==, 0);
  g_assert_true (no_way_up_shown (page, 2));
  vbd_close (&pw);
}

static void
test_empty (void)
{
  g_autofree char *folder = g_build_filename (tmp_root, "projects", NULL);
  g_autofree char *path = vbd_make_project (folder, "Blank", VB_PROJECT_TEMPLATE_BLANK);
  VbdProjectWindow pw = { 0 };
  GtkWidget *page;

  vbd_open (&pw, app, path, 1200, 900);
  page = vbd_show_stage (&pw, VB_STAGE_WORKFLOWS);
  g_assert_true (gtk_widget_get_visible (child_of (page, "empty_page")));
  g_assert_false (gtk_widget_get_visible (child_of (page, "content_box")));
  vbd_click (child_of (page, "add_first_button"));
  vbd_iterate (50);
  g_assert_cmpuint (g_list_model_get_n_items (vb_project_get_workflows (pw.project)), ==, 1);
  g_assert_false (gtk_widget_get_visible (child_of (page, "empty_page")));
  g_assert_true (gtk_widget_get_visible (child_of (page, "content_box")));
  g_assert_nonnull (group_of (page, item_of (vb_project_get_workflows (pw.project), 0)));

  /* Add Tier gives tier 1, then 2 and 3, and no more */
  for (int level = 1; level <= 3; level++)
    {
      vbd_click (vbd_action_button (child_of (page, "tiers_group"), "workflows.add-tier", NULL));
      g_assert_cmpint (vb_escalation_tier_get_level (item_of (vb_project_get_escalation_tiers (pw.project),
                                                              (guint) level - 1)), ==, level);
    }
  g_assert_false (gtk_widget_get_visible (child_of (page, "add_tier_button")));
  g_assert_true (no_way_up_shown (page, 1));
  vbd_close (&pw);
}

/* A file that cannot be written to: shown, not changed */
static void
test_read_only (void)
{
  g_autofree char *path = fixture ("Locked");
  VbdProjectWindow pw = { 0 };
  GtkWidget *page, *group, *details;
  VbWorkflow *workflow;
  g_autofree char *before = NULL, *after = NULL;
  const char *sql = "SELECT (SELECT count(*) FROM workflow) || '|' || (SELECT count(*) FROM workflow_step) || '|' || "
                    "(SELECT group_concat(name) FROM workflow)";

  before = vbd_db_text (path, sql);
  g_assert_true (vbd_app_set_immutable (path, TRUE));
  vbd_open (&pw, app, path, 1200, 900);
  g_assert_true (vb_project_get_read_only (pw.project));
  page = vbd_show_stage (&pw, VB_STAGE_WORKFLOWS);
  workflow = item_of (vb_project_get_workflows (pw.project), 0);
  group = group_of (page, workflow);
  g_assert_nonnull (group);
  g_assert_false (gtk_widget_is_sensitive (child_of (page, "add_workflow_button")));
  g_assert_false (gtk_widget_is_sensitive (vbd_action_button (group, "workflows.add-step",
                                                             vb_record_get_uuid (VB_RECORD (workflow)))));
  g_assert_false (gtk_widget_is_sensitive (child_of (page, "add_path_button")));
  g_assert_false (gtk_widget_is_sensitive (vbd_by_name (child_of (page, "emergency_group"), "emergency-path")));
  details = vbd_by_name (group, "details");
  open_expander (details);
  g_assert_false (gtk_editable_get_editable (GTK_EDITABLE (vb_field_find (details, "name"))));
  g_assert_false (gtk_widget_is_sensitive (vbd_action_button (details, "workflows.remove-workflow",
                                                             vb_record_get_uuid (VB_RECORD (workflow)))));
  /* the action itself refuses too */
  gtk_widget_activate_action (page, "workflows.add-workflow", NULL);
  vbd_iterate (30);
  vbd_close (&pw);
  g_assert_true (vbd_app_set_immutable (path, FALSE));
  after = vbd_db_text (path, sql);
  g_assert_cmpstr (after, ==, before);
}

int
main (int   argc,
      char *argv[])
{
  int ret;

  app = vbd_app_start (&argc, &argv, "workflows", &tmp_root);

  g_test_add_func ("/workflows/workflows-and-steps", test_workflows_and_steps);
  g_test_add_func ("/workflows/examples", test_examples);
  g_test_add_func ("/workflows/escalation", test_escalation);
  g_test_add_func ("/workflows/add-path-finding", test_add_path_finding);
  g_test_add_func ("/workflows/empty", test_empty);
  g_test_add_func ("/workflows/read-only", test_read_only);

  ret = g_test_run ();
  vbd_app_stop (&app, &tmp_root);
  return ret;
}
