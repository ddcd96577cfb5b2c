/* test-stages.c — the stage pages, driven as a user would, in a real window
 *
 * Copyright 2026 The Vendorbench developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Every page is built from its template inside a project window of the
 * application; the tests click buttons, type into fields and press Enter,
 * pick choices and answer dialogs, then read the result back from the
 * project file on disk through a SQLite connection of their own. The core
 * API is used only to make fixtures and to read results (the guide's
 * progress, which the dashboard must show).
 *
 * The promises of issue 14 each have a test here: progress that tells the
 * truth (examples), a new or targeted row shown and focused in a small
 * window, empty states with their action, a finding readable at every
 * width; and the vendor pipeline and the task editor through the UI.
 */

#define G_LOG_DOMAIN "vb-test-stages"

#include "config.h"

#include <math.h>
#include <adwaita.h>
#include <sqlite3.h>

#include "vb-channel-forecast.h"
#include "vb-contact.h"
#include "vb-criterion.h"
#include "vb-dashboard-page.h"
#include "vb-decision-record.h"
#include "vb-escalation-path.h"
#include "vb-evaluator.h"
#include "vb-field.h"
#include "vb-finding-row.h"
#include "vb-format.h"
#include "vb-goals-page.h"
#include "vb-guide.h"
#include "vb-objective.h"
#include "vb-go-criterion.h"
#include "vb-pilot.h"
#include "vb-project-settings.h"
#include "vb-question-domain.h"
#include "vb-question.h"
#include "vb-requirement-section.h"
#include "vb-reference.h"
#include "vb-requirement.h"
#include "vb-response.h"
#include "vb-stage-footer.h"
#include "vb-stage-pages.h"
#include "vb-task-editor.h"
#include "vb-task.h"
#include "vb-vendor.h"
#include "vb-vendor-quote.h"
#include "vb-vendors-page.h"
#include "vb-display-window.h"

static VbApplication *app;
static char *tmp_root;

/* ------------------------------------------------------------ helpers */

static char *
project_in (const char        *name,
            VbProjectTemplate  template_id)
{
  g_autofree char *folder = g_build_filename (tmp_root, "projects", NULL);

  return vbd_make_project (folder, name, template_id);
}

static GtkWidget *
child_of (GtkWidget  *page,
          GType       type,
          const char *name)
{
  GObject *w = gtk_widget_get_template_child (page, type, name);

  if (w == NULL)
    g_error ("the %s has no template child “%s”", g_type_name (type), name);
  return GTK_WIDGET (w);
}

static GtkWidget *
footer_of (GtkWidget *page)
{
  GtkWidget *box = child_of (page, G_OBJECT_TYPE (page), "footer_box");

  return vbd_by_type (box, VB_TYPE_STAGE_FOOTER);
}

static char *
sql (const char *format,
     ...) G_GNUC_PRINTF (1, 2);

static char *
sql (const char *format,
     ...)
{
  va_list args;
  char *s;

  va_start (args, format);
  s = g_strdup_vprintf (format, args);
  va_end (args);
  return s;
}

static gint64
disk_int (VbdProjectWindow *pw,
          const char       *query)
{
  return vbd_db_int (pw->path, query);
}

static char *
disk_text (VbdProjectWindow *pw,
           const char       *query)
{
  return vbd_db_text (pw->path, query);
}

static gint64
activity_count (VbdProjectWindow *pw)
{
  return disk_int (pw, "SELECT count(*) FROM activity");
}

/* The rows of a list box, in order */
static GPtrArray *
rows_of (GtkWidget *list)
{
  GPtrArray *rows = g_ptr_array_new ();

  for (int i = 0;; i++)
    {
      GtkListBoxRow *row = gtk_list_box_get_row_at_index (GTK_LIST_BOX (list), i);

      if (row == NULL)
        break;
      if (gtk_widget_get_child_visible (GTK_WIDGET (row)))
        g_ptr_array_add (rows, row);
    }
  return rows;
}

static gboolean
match_css (GtkWidget    *w,
           gconstpointer data)
{
  return gtk_widget_has_css_class (w, data);
}

/* The row's “Example” tag, shown or not */
static gboolean
example_tag_shown (GtkWidget *row)
{
  GtkWidget *tag = vbd_find (row, match_css, "vb-tag-example");

  g_assert_nonnull (tag);
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (tag)), ==, "Example");
  return gtk_widget_is_drawable (tag);
}

static gboolean
match_icon (GtkWidget    *w,
            gconstpointer data)
{
  return GTK_IS_IMAGE (w) && g_strcmp0 (gtk_image_get_icon_name (GTK_IMAGE (w)), data) == 0;
}

/* The sidebar marks @stage complete (its check is shown) */
static gboolean
sidebar_says_complete (VbdProjectWindow *pw,
                       VbStage           stage)
{
  GtkWidget *check = vbd_find (vbd_sidebar_row (pw, stage), match_icon, "object-select-symbolic");

  g_assert_nonnull (check);
  return gtk_widget_get_visible (check);
}

/* The dashboard's row of @stage */
static GtkWidget *
dashboard_stage_row (VbdProjectWindow *pw,
                     VbStage           stage)
{
  GtkWidget *list = child_of (vb_window_get_stage_page (pw->window, VB_STAGE_DASHBOARD), VB_TYPE_DASHBOARD_PAGE,
                              "stage_list");

  for (int i = 0;; i++)
    {
      GtkListBoxRow *row = gtk_list_box_get_row_at_index (GTK_LIST_BOX (list), i);

      g_assert_nonnull (row);
      if (GPOINTER_TO_INT (g_object_get_data (G_OBJECT (row), "vb-stage")) == (int) stage)
        return GTK_WIDGET (row);
    }
}

static const char *
dashboard_progress (VbdProjectWindow *pw)
{
  GtkWidget *page = vb_window_get_stage_page (pw->window, VB_STAGE_DASHBOARD);

  return gtk_label_get_text (GTK_LABEL (child_of (page, VB_TYPE_DASHBOARD_PAGE, "progress_label")));
}

/* The progress the dashboard shows, which must be the guide's; in percent */
static double
shown_progress (VbdProjectWindow *pw)
{
  double progress = vb_guide_get_progress (vb_window_get_guide (pw->window));
  g_autofree char *expected = vb_format_percent (100 * progress, 0);

  g_assert_cmpstr (dashboard_progress (pw), ==, expected);
  return 100 * progress;
}

static gboolean
footer_says_complete (GtkWidget *page)
{
  return vbd_find_label (footer_of (page), "This stage is complete.") != NULL;
}

/* The footer's fix button of the finding of @rule_id (about @subject) */
static GtkWidget *
finding_button (GtkWidget  *page,
                const char *rule_id,
                const char *subject)
{
  g_autofree char *target = g_strconcat (rule_id, VB_FINDING_TARGET_SEPARATOR, subject ? subject : "", NULL);

  return vbd_action_button (footer_of (page), "win.show-finding", target);
}

static GtkWindow *
shown_task_editor (void)
{
  GtkWindow *editor = vbd_shown_toplevel (VB_TYPE_TASK_EDITOR);

  g_assert_nonnull (editor);
  return editor;
}

static void
close_task_editor (void)
{
  GtkWindow *editor = shown_task_editor ();

  gtk_window_close (editor);
  vbd_iterate (50);
  g_assert_null (vbd_shown_toplevel (VB_TYPE_TASK_EDITOR));
}

static const char *
uuid_of (gpointer record)
{
  return vb_record_get_uuid (VB_RECORD (record));
}

static gpointer
record_of_row (GtkWidget *row)
{
  gpointer record = g_object_get_data (G_OBJECT (row), "vb-record");

  g_assert_nonnull (record);
  return record;
}

/* ------------------------------------------------------------ the table of pages */

/* Every built stage has a page in vb-stage-pages.c's table and every page
 * there has a built stage; every page implements VbStagePage and builds
 * from its template in a project window, for every template. */
static void
test_table (void)
{
  const VbProjectTemplate templates[] = { VB_PROJECT_TEMPLATE_BLANK, VB_PROJECT_TEMPLATE_CUSTOMER_SUPPORT };
  gboolean has_page[VB_N_STAGES] = { FALSE };
  guint n, n_available = 0;
  const VbStagePageEntry *pages = vb_stage_pages (&n);

  for (guint i = 0; i < n; i++)
    {
      VbStage stage = pages[i].stage;
      GType type = pages[i].get_type ();
      g_autoptr(GTypeClass) klass = NULL;
      VbStagePageInterface *iface;

      g_assert_cmpint (stage, <, VB_N_STAGES);
      if (!vb_stage_is_available (stage))
        g_error ("the page %s shows the stage “%s”, which core does not mark available",
                 g_type_name (type), vb_stage_get_id (stage));
      if (has_page[stage])
        g_error ("the stage “%s” has two pages in the table", vb_stage_get_id (stage));
      has_page[stage] = TRUE;
      g_assert_true (g_type_is_a (type, GTK_TYPE_WIDGET));
      if (!g_type_is_a (type, VB_TYPE_STAGE_PAGE))
        g_error ("the page %s does not implement VbStagePage", g_type_name (type));
      for (guint j = 0; j < i; j++)
        g_assert_true (pages[j].get_type () != type);
      g_assert_true (vb_stage_page_type_for (stage) == type);

      klass = g_type_class_ref (type);
      iface = g_type_interface_peek (klass, VB_TYPE_STAGE_PAGE);
      g_assert_nonnull (iface);
      g_assert_nonnull (iface->show_finding);
      g_assert_nonnull (iface->set_writable);
      g_assert_nonnull (iface->get_initial_focus);
    }
  for (VbStage s = 0; s < VB_N_STAGES; s++)
    {
      if (vb_stage_is_available (s) && !has_page[s])
        g_error ("the stage “%s” is marked available but has no page in vb-stage-pages.c", vb_stage_get_id (s));
      if (!vb_stage_is_available (s))
        g_assert_true (vb_stage_page_type_for (s) == G_TYPE_NONE);
      n_available += vb_stage_is_available (s);
    }
  g_assert_cmpuint (n_available, ==, n);

  for (guint t = 0; t < G_N_ELEMENTS (templates); t++)
    {
      g_autofree char *path = project_in ("Table", templates[t]);
      VbdProjectWindow pw = { 0 };

      vbd_open (&pw, app, path, 1200, 800);
      for (VbStage s = 0; s < VB_N_STAGES; s++)
        {
          GtkWidget *page;

          if (!vb_stage_is_available (s))
            {
              g_assert_null (vb_window_get_stage_page (pw.window, s));
              continue;
            }
          page = vbd_show_stage (&pw, s);
          g_assert_nonnull (page);
          g_assert_true (G_TYPE_CHECK_INSTANCE_TYPE (page, vb_stage_page_type_for (s)));
          g_assert_true (VB_IS_STAGE_PAGE (page));
          g_assert_true (vb_stage_page_get_context (VB_STAGE_PAGE (page)) == vb_window_get_context (pw.window));
          /* built from its template: it has its content, and it is on screen */
          g_assert_nonnull (gtk_widget_get_first_child (page));
          g_assert_true (gtk_widget_get_mapped (page));
          g_assert_cmpint (gtk_widget_get_width (page), >, 0);
          /* the sidebar has a row for it */
          g_assert_true (gtk_widget_get_visible (vbd_sidebar_row (&pw, s)));
        }
      vbd_close (&pw);
    }
}

/* ------------------------------------------------------------ point 2: progress tells the truth */

static GtkWidget *
goals_list (GtkWidget  *page,
            const char *name)
{
  return child_of (page, VB_TYPE_GOALS_PAGE, name);
}

/* @vendor meets every requirement and gives the safe answer to every question */
static void
answer_everything (VbProject *project,
                   VbVendor  *vendor)
{
  GListModel *sections = vb_project_get_requirement_sections (project);
  GListModel *domains = vb_project_get_question_domains (project);

  for (guint i = 0; i < g_list_model_get_n_items (sections); i++)
    {
      g_autoptr(VbRequirementSection) section = g_list_model_get_item (sections, i);
      GListModel *items = vb_requirement_section_get_requirements (section);

      for (guint j = 0; j < g_list_model_get_n_items (items); j++)
        {
          g_autoptr(VbRequirement) r = g_list_model_get_item (items, j);

          g_assert_true (vb_requirement_record_answer (r, vendor, VB_ANSWER_MEETS, NULL));
        }
    }
  for (guint i = 0; i < g_list_model_get_n_items (domains); i++)
    {
      g_autoptr(VbQuestionDomain) domain = g_list_model_get_item (domains, i);
      GListModel *items = vb_question_domain_get_questions (domain);

      for (guint j = 0; j < g_list_model_get_n_items (items); j++)
        {
          g_autoptr(VbQuestion) q = g_list_model_get_item (items, j);
          VbAnswer safe = vb_question_get_expected_answer (q) == VB_YES_NO_YES ? VB_ANSWER_YES : VB_ANSWER_NO;

          g_assert_true (vb_question_record_answer (q, vendor, safe, NULL));
        }
    }
}

static void
assert_progress_not_below (VbdProjectWindow *pw,
                           double           *last,
                           const char       *after)
{
  double now = shown_progress (pw);

  if (now < *last)
    g_error ("progress dropped from %.0f %% to %.0f %% after %s", *last, now, after);
  *last = now;
}

/* A new Customer support project: its template rows are examples, shown
 * as such; Goals & Scope is not complete and progress counts only the
 * stages with nothing to do yet before the user does anything. Keeping or changing each example moves Goals toward
 * complete, and progress never drops on the way; the dashboard never says
 * there is nothing to do while the journey is unfinished. */
static void
test_progress_examples (void)
{
  g_autofree char *path = project_in ("Support", VB_PROJECT_TEMPLATE_CUSTOMER_SUPPORT);
  VbdProjectWindow pw = { 0 };
  GtkWidget *page, *objectives, *tasks, *row;
  g_autoptr(GPtrArray) objective_rows = NULL;
  g_autoptr(GPtrArray) task_rows = NULL;
  double last = 0;
  g_autofree char *idle_text = NULL;
  guint idle = 0;

  vbd_open (&pw, app, path, 1200, 800);

  /* before anything: only the stages with nothing to do yet count (References:
   * no finalist to call), Goals not complete, everywhere it is shown */
  for (VbStage s = VB_STAGE_GOALS; s < VB_N_STAGES; s++)
    if (vb_guide_stage_is_complete (vb_window_get_guide (pw.window), s))
      {
        g_assert_cmpint (s, !=, VB_STAGE_GOALS);
        g_assert_cmpint (s, !=, VB_STAGE_VENDORS);
        idle++;
      }
  idle_text = vb_format_percent (100.0 * idle / (VB_N_STAGES - 1), 0);
  g_assert_cmpint (vb_window_get_visible_stage (pw.window), ==, VB_STAGE_DASHBOARD);
  g_assert_cmpstr (dashboard_progress (&pw), ==, idle_text);
  g_assert_cmpfloat_with_epsilon (shown_progress (&pw), 100.0 * idle / (VB_N_STAGES - 1), 1e-9);
  last = shown_progress (&pw);
  g_assert_false (sidebar_says_complete (&pw, VB_STAGE_GOALS));
  g_assert_cmpstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (dashboard_stage_row (&pw, VB_STAGE_GOALS))), !=,
                   "Complete");
  g_assert_cmpint (disk_int (&pw, "SELECT count(*) FROM objective WHERE example = 0"), ==, 0);
  g_assert_cmpint (disk_int (&pw, "SELECT count(*) FROM task WHERE example = 0"), ==, 0);
  g_assert_cmpint (disk_int (&pw, "SELECT team_example FROM project"), ==, 1);

  page = vbd_show_stage (&pw, VB_STAGE_GOALS);
  g_assert_false (footer_says_complete (page));
  objectives = goals_list (page, "objectives_list");
  tasks = goals_list (page, "tasks_list");
  objective_rows = rows_of (objectives);
  task_rows = rows_of (tasks);
  g_assert_cmpuint (objective_rows->len, ==, disk_int (&pw, "SELECT count(*) FROM objective"));
  g_assert_cmpuint (task_rows->len, ==, disk_int (&pw, "SELECT count(*) FROM task"));
  g_assert_cmpuint (objective_rows->len, >=, 2);
  g_assert_cmpuint (task_rows->len, >=, 2);
  for (guint i = 0; i < objective_rows->len; i++)
    g_assert_true (example_tag_shown (objective_rows->pdata[i]));
  for (guint i = 0; i < task_rows->len; i++)
    g_assert_true (example_tag_shown (task_rows->pdata[i]));
  g_assert_true (gtk_widget_is_drawable (vbd_by_name (page, "confirm-team")));

  /* an objective of the user's own, with its target: no drop */
  vbd_click (vbd_action_button (page, "goals.add-objective", NULL));
  g_assert_cmpint (disk_int (&pw, "SELECT count(*) FROM objective"), ==, objective_rows->len + 1);
  row = vbd_last_row (objectives);
  g_assert_false (example_tag_shown (row));
  vbd_type_and_enter (vb_field_find (row, "title"), "Fewer repeat contacts");
  vbd_type_and_enter (vb_field_find (row, "target"), "Repeat contacts under 10 %");
  assert_progress_not_below (&pw, &last, "adding an objective");

  /* each example objective: the last is changed (replaced), the others kept */
  for (guint i = 0; i < objective_rows->len; i++)
    {
      g_autofree char *q = NULL;
      VbObjective *objective;

      row = objective_rows->pdata[i];
      objective = record_of_row (row);
      adw_expander_row_set_expanded (ADW_EXPANDER_ROW (row), TRUE);
      vbd_iterate (30);
      if (i + 1 < objective_rows->len)
        vbd_click (vbd_by_name (row, "confirm-example"));
      else
        vbd_type_and_enter (vb_field_find (row, "title"), "Answer customers within the hour");
      q = sql ("SELECT example FROM objective WHERE uuid = '%s'", uuid_of (objective));
      g_assert_cmpint (disk_int (&pw, q), ==, 0);
      g_assert_false (example_tag_shown (row));
      g_assert_false (gtk_widget_get_visible (vbd_by_name (row, "confirm-example")));
      adw_expander_row_set_expanded (ADW_EXPANDER_ROW (row), FALSE);
      assert_progress_not_below (&pw, &last, i + 1 < objective_rows->len ? "keeping an example objective"
                                                                         : "changing an example objective");
    }
  g_assert_false (sidebar_says_complete (&pw, VB_STAGE_GOALS));

  /* the team's hours */
  vbd_click (vbd_by_name (page, "confirm-team"));
  g_assert_cmpint (disk_int (&pw, "SELECT team_example FROM project"), ==, 0);
  g_assert_false (gtk_widget_is_drawable (vbd_find (page, vbd_match_name, "confirm-team")));
  assert_progress_not_below (&pw, &last, "keeping the team's hours");

  /* each example task, in its editor: the first is changed, the others kept */
  for (guint i = 0; i < task_rows->len; i++)
    {
      g_autofree char *q = NULL;
      VbTask *task;
      GtkWindow *editor;

      row = task_rows->pdata[i];
      task = record_of_row (row);
      g_assert_false (sidebar_says_complete (&pw, VB_STAGE_GOALS));
      vbd_click (row);
      editor = shown_task_editor ();
      g_assert_true (vb_task_editor_get_task (VB_TASK_EDITOR (editor)) == task);
      if (i == 0)
        vbd_type_and_enter (vb_field_find (GTK_WIDGET (editor), "monthly-volume"), "2900");
      else
        vbd_click (vbd_by_name (GTK_WIDGET (editor), "confirm-example"));
      close_task_editor ();
      q = sql ("SELECT example FROM task WHERE uuid = '%s'", uuid_of (task));
      g_assert_cmpint (disk_int (&pw, q), ==, 0);
      g_assert_false (example_tag_shown (row));
      assert_progress_not_below (&pw, &last, i == 0 ? "changing an example task" : "keeping an example task");
    }
  g_assert_cmpint (disk_int (&pw, "SELECT monthly_volume FROM task ORDER BY position LIMIT 1"), ==, 2900);

  /* now Goals & Scope is complete, everywhere it is shown */
  g_assert_true (vb_guide_stage_is_complete (vb_window_get_guide (pw.window), VB_STAGE_GOALS));
  g_assert_true (footer_says_complete (page));
  g_assert_true (sidebar_says_complete (&pw, VB_STAGE_GOALS));
  g_assert_cmpstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (dashboard_stage_row (&pw, VB_STAGE_GOALS))), ==,
                   "Complete");
  g_assert_cmpfloat (shown_progress (&pw), >, 0);
  g_assert_cmpfloat (shown_progress (&pw), <, 100);

  /* the dashboard never says there is nothing to do while the journey is
   * unfinished: with Vendors complete too (a fixture), nothing is open in
   * the stages this version has — it names the next stage of the journey */
  {
    VbVendor *v[3];
    VbStage next;
    GtkWidget *dashboard, *findings, *placeholder;
    const char *text;

    for (guint i = 0; i < G_N_ELEMENTS (v); i++)
      {
        g_autofree char *name = g_strdup_printf ("Vendor %u", i + 1);

        v[i] = vb_project_add_vendor (pw.project, NULL);
        g_assert_true (vb_vendor_set_name (v[i], name, NULL));
      }
    g_assert_true (vb_vendor_set_status (v[0], VB_VENDOR_STATUS_SHORTLIST, NULL, NULL));
    g_assert_true (vb_vendor_set_delivery_model (v[0], VB_DELIVERY_MODEL_NEARSHORE, NULL));
    g_assert_nonnull (vb_vendor_add_contact (v[0], NULL));
    vbd_iterate (50);
    g_assert_true (vb_guide_stage_is_complete (vb_window_get_guide (pw.window), VB_STAGE_VENDORS));
    /* and Responses: a finalist that answered everything the safe way */
    g_assert_true (vb_vendor_set_status (v[0], VB_VENDOR_STATUS_FINALIST, NULL, NULL));
    answer_everything (pw.project, v[0]);
    vbd_iterate (50);
    g_assert_true (vb_guide_stage_is_complete (vb_window_get_guide (pw.window), VB_STAGE_RESPONSES));
    /* and References: one of its references called (no warning left) */
    {
      VbReference *reference = vb_vendor_add_reference (v[0], NULL);

      g_assert_true (vb_reference_set_called_on (reference, "2026-11-20", NULL));
      g_assert_true (vb_reference_set_rating (reference, 4, NULL));
      vbd_iterate (50);
    }
    /* and Pricing & ROI: a forecast, and the finalist's quote with its fees asked */
    {
      VbVendorQuote *quote = vb_vendor_add_quote (v[0], NULL);

      g_assert_nonnull (vb_project_add_channel_forecast (pw.project, VB_CHANNEL_PHONE, NULL));
      g_assert_nonnull (quote);
      g_assert_true (vb_vendor_quote_set_no_fees (quote, NULL));
      vbd_iterate (50);
      g_assert_true (vb_guide_stage_is_complete (vb_window_get_guide (pw.window), VB_STAGE_PRICING));
    }
    assert_progress_not_below (&pw, &last, "completing Vendors");
    /* and Scoring & Decision: the template's criteria weighed, each judged one
     * scored, the decision recorded */
    {
      g_autoptr(GPtrArray) top = vb_project_get_top_criteria (pw.project);
      VbEvaluator *evaluator = vb_project_add_evaluator (pw.project, "Owner", NULL);

      if (top->len == 0)
        g_ptr_array_add (top, vb_project_add_criterion_category (pw.project, "Service", NULL));
      g_assert_true (vb_criterion_set_weight_balanced (top->pdata[0], 100.0 / top->len, NULL));
      for (guint i = 0; i < top->len; i++)
        {
          GListModel *children = vb_criterion_get_children (top->pdata[i]);
          guint n = g_list_model_get_n_items (children);

          if (n == 0)
            g_assert_nonnull (vb_criterion_add_criterion (top->pdata[i], VB_CRITERION_KIND_JUDGED, "Quality", NULL));
          n = g_list_model_get_n_items (children);
          for (guint j = 0; j < n; j++)
            {
              g_autoptr(VbCriterion) c = g_list_model_get_item (children, j);

              if (j == 0)
                g_assert_true (vb_criterion_set_weight_balanced (c, 100.0 / n, NULL));
              if (vb_criterion_get_kind (c) == VB_CRITERION_KIND_JUDGED)
                g_assert_true (vb_evaluator_set_score (evaluator, v[0], c, 4, NULL, NULL));
            }
        }
      g_assert_true (vb_vendor_select (v[0], NULL));
      g_assert_true (vb_decision_record (vb_project_get_decision (pw.project), "The best fit", "2026-11-30", "Owner",
                                         NULL, TRUE, NULL));
      vbd_iterate (50);
      g_assert_true (vb_guide_stage_is_complete (vb_window_get_guide (pw.window), VB_STAGE_SCORING));
      assert_progress_not_below (&pw, &last, "completing Scoring & Decision");
    }
    /* and the selection stages: the template's RFP kept, a questionnaire chosen */
    {
      GListModel *sections = vb_project_get_requirement_sections (pw.project);

      for (guint i = 0; i < g_list_model_get_n_items (sections); i++)
        {
          g_autoptr(VbRequirementSection) section = g_list_model_get_item (sections, i);

          g_assert_true (vb_requirement_section_confirm_all (section, NULL));
        }
      g_assert_true (vb_project_settings_choose_questionnaire (vb_project_get_settings (pw.project),
                                                               VB_QUESTIONNAIRE_LITE, NULL));
      vbd_iterate (50);
      assert_progress_not_below (&pw, &last, "completing the selection stages");
    }
    /* and the pilot: planned with dates, a scope and a go / no-go criterion */
    {
      VbPilot *pilot = vb_project_add_pilot (pw.project, NULL);
      VbGoCriterion *criterion;

      g_assert_nonnull (pilot);
      g_assert_true (vb_pilot_set_start_date (pilot, "2026-12-07", NULL));
      g_assert_true (vb_pilot_set_end_date (pilot, "2027-01-29", NULL));
      g_assert_true (vb_pilot_set_region (pilot, "UK", NULL));
      criterion = vb_pilot_add_criterion (pilot, NULL);
      g_assert_nonnull (criterion);
      g_assert_true (vb_go_criterion_set_condition (criterion, "Customers notice no change", NULL));
      vbd_iterate (50);
      g_assert_true (vb_guide_stage_is_complete (vb_window_get_guide (pw.window), VB_STAGE_PILOT));
      assert_progress_not_below (&pw, &last, "planning the pilot");
    }
    /* and Workflows & Escalation: tiers 1 and 2 a way up each, reachable,
     * the emergency defined and its contact chosen */
    {
      VbEscalationPath *paths[2];

      for (int level = 1; level <= 2; level++)
        {
          paths[level - 1] = vb_project_add_escalation_path (pw.project, NULL);
          g_assert_nonnull (paths[level - 1]);
          g_assert_true (vb_escalation_path_set_from_tier (paths[level - 1], level, NULL));
          g_assert_true (vb_escalation_path_set_contact_name (paths[level - 1], "Sam Carter", NULL));
          g_assert_true (vb_escalation_path_set_phone (paths[level - 1], "+44 161 496 0388", NULL));
          g_assert_true (vb_escalation_path_set_email (paths[level - 1], "sam@example.com", NULL));
        }
      g_assert_true (vb_project_set_emergency_definition (pw.project, "The shop is down", NULL));
      g_assert_true (vb_project_set_emergency_path (pw.project, paths[1], NULL));
      vbd_iterate (50);
      g_assert_true (vb_guide_stage_is_complete (vb_window_get_guide (pw.window), VB_STAGE_WORKFLOWS));
      assert_progress_not_below (&pw, &last, "setting up the escalation");
    }

    dashboard = vbd_show_stage (&pw, VB_STAGE_DASHBOARD);
    findings = child_of (dashboard, VB_TYPE_DASHBOARD_PAGE, "findings_list");
    g_assert_null (gtk_list_box_get_row_at_index (GTK_LIST_BOX (findings), 0));
    placeholder = gtk_widget_get_first_child (findings);
    g_assert_true (GTK_IS_LABEL (placeholder));
    g_assert_true (gtk_widget_is_drawable (placeholder));
    text = gtk_label_get_text (GTK_LABEL (placeholder));
    /* every stage has its page and every one is complete now: the whole
     * journey, and the dashboard says what that means */
    g_assert_false (vb_guide_get_next_stage (vb_window_get_guide (pw.window), &next));
    for (VbStage s = VB_STAGE_DASHBOARD + 1; s < VB_N_STAGES; s++)
      if (!vb_guide_stage_is_complete (vb_window_get_guide (pw.window), s))
        g_error ("%s is not complete", vb_stage_get_id (s));
    g_assert_cmpstr (text, ==, "Every stage is complete: the hand-over is planned.");
    g_assert_null (strstr (text, "Nothing to do"));
    g_assert_null (strstr (text, "Well done"));
    g_assert_cmpfloat_with_epsilon (shown_progress (&pw), 100, 1e-9);
    g_assert_cmpstr (dashboard_progress (&pw), ==, "100%");
  }

  vbd_close (&pw);
}

/* ------------------------------------------------------------ point 3: a new or targeted row is shown */

static GtkWidget *
editor_field (GtkWindow  *editor,
              const char *property)
{
  GtkWidget *field = vb_field_find (GTK_WIDGET (editor), property);

  if (field == NULL)
    g_error ("the task editor has no field for “%s”", property);
  return field;
}

/* The task editor of @task is shown with the cursor in the field of
 * @property, and that field is in view */
static void
assert_task_editor_at (VbTask     *task,
                       const char *property)
{
  GtkWindow *editor = shown_task_editor ();
  GtkWidget *field;

  g_assert_true (vb_task_editor_get_task (VB_TASK_EDITOR (editor)) == task);
  field = editor_field (editor, property);
  vbd_assert_focus_in (editor, field);
  vbd_assert_in_view (field);
}

/* In a small window with the row below the visible area, Add Task and a
 * finding's “Complete the task” open that task's editor with the cursor
 * inside it, on a field in view; the same for an objective (an expander
 * row) and for the vendor editor. */
static void
test_reveal_goals (void)
{
  g_autofree char *path = project_in ("Small", VB_PROJECT_TEMPLATE_CUSTOMER_SUPPORT);
  VbdProjectWindow pw = { 0 };
  GtkWidget *page, *tasks, *objectives, *row, *button, *field;
  GListModel *task_model;
  VbTask *task, *technical = NULL;
  VbObjective *objective;

  vbd_open (&pw, app, path, 360, 600);
  page = vbd_show_stage (&pw, VB_STAGE_GOALS);
  tasks = goals_list (page, "tasks_list");
  objectives = goals_list (page, "objectives_list");
  task_model = vb_project_get_tasks (pw.project);

  /* Add Task: the user scrolls to the button; the new row starts far below */
  button = vbd_action_button (page, "goals.add-task", NULL);
  gtk_widget_grab_focus (button);   /* what Tab does on the way */
  vbd_assert_in_view (button);
  row = vbd_last_row (tasks);
  g_assert_false (vbd_in_view (row));
  vbd_click (button);
  g_assert_cmpint (disk_int (&pw, "SELECT count(*) FROM task"), ==, g_list_model_get_n_items (task_model));
  task = g_list_model_get_item (task_model, g_list_model_get_n_items (task_model) - 1);
  g_object_unref (task);   /* the project holds it */
  assert_task_editor_at (task, "name");
  /* and the page shows the new row behind the editor */
  row = vbd_last_row (tasks);
  g_assert_true (record_of_row (row) == task);
  vbd_assert_in_view (row);
  close_task_editor ();

  /* “Complete the task” from the foot of the page: the field it needs */
  vbd_scroll_to (page, 1);
  button = finding_button (page, "goals.task-incomplete", uuid_of (task));
  g_assert_cmpstr (gtk_button_get_label (GTK_BUTTON (button)), ==, "Complete the task");
  vbd_assert_in_view (button);
  vbd_click (button);
  assert_task_editor_at (task, "work-kind");
  close_task_editor ();

  /* a warning's fix, on a field far down in the editor: the decision of a
   * task outsourced against the rule (a fixture) */
  for (guint i = 0; i < g_list_model_get_n_items (task_model); i++)
    {
      g_autoptr(VbTask) t = g_list_model_get_item (task_model, i);

      if (vb_task_get_work_kind (t) == VB_WORK_KIND_TECHNICAL)
        technical = t;
    }
  g_assert_nonnull (technical);
  g_assert_true (vb_task_set_decision (technical, VB_SOURCING_OUTSOURCE, NULL));
  vbd_iterate (50);
  vbd_scroll_to (page, 1);
  button = finding_button (page, "goals.outsource-against-rule", uuid_of (technical));
  vbd_click (button);
  assert_task_editor_at (technical, "decision");
  close_task_editor ();

  /* Add Objective: the new row goes below the last, out of view */
  vbd_scroll_to (page, 0);
  button = vbd_action_button (page, "goals.add-objective", NULL);
  vbd_assert_in_view (button);
  vbd_click (button);
  row = vbd_last_row (objectives);
  objective = record_of_row (row);
  g_assert_cmpint (disk_int (&pw, "SELECT count(*) FROM objective"), ==,
                   g_list_model_get_n_items (vb_project_get_objectives (pw.project)));
  g_assert_true (adw_expander_row_get_expanded (ADW_EXPANDER_ROW (row)));
  field = vb_field_find (row, "title");
  vbd_assert_focus_in (pw.window, field);
  vbd_assert_in_view (field);

  /* its “Set a target” from the foot of the page: the row is far above */
  adw_expander_row_set_expanded (ADW_EXPANDER_ROW (row), FALSE);
  vbd_scroll_to (page, 1);
  g_assert_false (vbd_in_view (row));
  vbd_click (finding_button (page, "goals.objective-without-target", uuid_of (objective)));
  g_assert_true (adw_expander_row_get_expanded (ADW_EXPANDER_ROW (row)));
  field = vb_field_find (row, "target");
  vbd_assert_focus_in (pw.window, field);
  vbd_assert_in_view (field);

  vbd_close (&pw);
}

static GtkWidget *
vendor_editor_box (GtkWidget *page)
{
  return child_of (page, VB_TYPE_VENDORS_PAGE, "editor_box");
}

static GtkWidget *
vendor_editor_field (GtkWidget  *page,
                     const char *property)
{
  GtkWidget *field = vb_field_find (vendor_editor_box (page), property);

  if (field == NULL)
    g_error ("the vendor editor has no field for “%s”", property);
  return field;
}

static void
test_reveal_vendors (void)
{
  g_autofree char *path = project_in ("Small vendors", VB_PROJECT_TEMPLATE_BLANK);
  VbdProjectWindow pw = { 0 };
  GtkWidget *page, *leaflet, *field, *contacts, *row;
  VbVendor *vendor;

  vbd_open (&pw, app, path, 360, 600);
  page = vbd_show_stage (&pw, VB_STAGE_VENDORS);
  leaflet = child_of (page, VB_TYPE_VENDORS_PAGE, "leaflet");
  g_assert_true (adw_leaflet_get_folded (ADW_LEAFLET (leaflet)));

  /* Add Vendor: the editor slides in with the cursor in the name */
  vbd_click (vbd_action_button (page, "vendors.add-vendor", NULL));
  g_assert_cmpint (disk_int (&pw, "SELECT count(*) FROM vendor"), ==, 1);
  field = vendor_editor_field (page, "name");
  vbd_assert_focus_in (pw.window, field);
  vbd_assert_in_view (field);
  g_assert_true (adw_leaflet_get_visible_child (ADW_LEAFLET (leaflet)) == child_of (page, VB_TYPE_VENDORS_PAGE, "editor_stack"));
  vbd_type_and_enter (field, "Acme Support");
  vendor = g_list_model_get_item (vb_project_get_vendors (pw.project), 0);
  g_object_unref (vendor);
  vbd_click (vbd_by_name (vendor_editor_box (page), "status-forward"));
  g_assert_cmpint (vb_vendor_get_status (vendor), ==, VB_VENDOR_STATUS_SHORTLIST);

  /* back to the list; from its foot, “Add a contact”: the new contact's
   * name, far down in the editor, comes into view with the cursor */
  gtk_widget_activate_action (GTK_WIDGET (pw.window), "win.back", NULL);
  vbd_iterate (50);
  g_assert_true (adw_leaflet_get_visible_child (ADW_LEAFLET (leaflet)) == child_of (page, VB_TYPE_VENDORS_PAGE, "list_pane"));
  vbd_scroll_to (child_of (page, VB_TYPE_VENDORS_PAGE, "list_pane"), 1);
  vbd_click (finding_button (page, "vendors.no-contact", uuid_of (vendor)));
  g_assert_cmpint (disk_int (&pw, "SELECT count(*) FROM contact"), ==, 1);
  contacts = vbd_by_name (vendor_editor_box (page), "contacts");
  row = vbd_last_row (contacts);
  field = vb_field_find (row, "name");
  vbd_assert_focus_in (pw.window, field);
  vbd_assert_in_view (field);

  /* and “Set the delivery model” goes to its row */
  gtk_widget_activate_action (GTK_WIDGET (pw.window), "win.back", NULL);
  vbd_iterate (50);
  vbd_scroll_to (child_of (page, VB_TYPE_VENDORS_PAGE, "list_pane"), 1);
  vbd_click (finding_button (page, "vendors.no-delivery-model", uuid_of (vendor)));
  field = vendor_editor_field (page, "delivery-model");
  vbd_assert_focus_in (pw.window, field);
  vbd_assert_in_view (field);

  vbd_close (&pw);
}

/* ------------------------------------------------------------ point 5: empty states */

/* Every empty state offers its primary action as a button that works */
static void
test_empty_states (void)
{
  g_autofree char *path = project_in ("Empty", VB_PROJECT_TEMPLATE_BLANK);
  VbdProjectWindow pw = { 0 };
  GtkWidget *page, *list, *stack, *row;

  vbd_open (&pw, app, path, 1200, 800);

  /* no objectives */
  page = vbd_show_stage (&pw, VB_STAGE_GOALS);
  list = goals_list (page, "objectives_list");
  g_assert_cmpuint (vbd_count_rows (list), ==, 0);
  vbd_click (vbd_action_button (list, "goals.add-objective", NULL));
  g_assert_cmpint (disk_int (&pw, "SELECT count(*) FROM objective"), ==, 1);
  row = vbd_last_row (list);
  vbd_assert_focus_in (pw.window, vb_field_find (row, "title"));
  g_assert_null (vbd_find_action (list, "goals.add-objective", NULL));   /* the empty state went */

  /* no tasks */
  list = goals_list (page, "tasks_list");
  g_assert_cmpuint (vbd_count_rows (list), ==, 0);
  vbd_click (vbd_action_button (list, "goals.add-task", NULL));
  g_assert_cmpint (disk_int (&pw, "SELECT count(*) FROM task"), ==, 1);
  vbd_assert_focus_in (shown_task_editor (), editor_field (shown_task_editor (), "name"));
  close_task_editor ();

  /* no vendors */
  page = vbd_show_stage (&pw, VB_STAGE_VENDORS);
  list = child_of (page, VB_TYPE_VENDORS_PAGE, "vendors_list");
  stack = child_of (page, VB_TYPE_VENDORS_PAGE, "editor_stack");
  g_assert_cmpuint (vbd_count_rows (list), ==, 0);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (GTK_STACK (stack)), ==, "empty");
  vbd_click (vbd_action_button (list, "vendors.add-vendor", NULL));
  g_assert_cmpint (disk_int (&pw, "SELECT count(*) FROM vendor"), ==, 1);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (GTK_STACK (stack)), ==, "editor");
  vbd_assert_focus_in (pw.window, vendor_editor_field (page, "name"));

  /* no contacts */
  list = vbd_by_name (vendor_editor_box (page), "contacts");
  g_assert_cmpuint (vbd_count_rows (list), ==, 0);
  vbd_click (vbd_action_button (list, "vendors.add-contact", NULL));
  g_assert_cmpint (disk_int (&pw, "SELECT count(*) FROM contact"), ==, 1);
  vbd_assert_focus_in (pw.window, vb_field_find (vbd_last_row (list), "name"));

  /* no vendor open: after the only one is removed */
  vbd_click (vbd_by_name (vendor_editor_box (page), "remove-vendor"));
  g_assert_cmpint (disk_int (&pw, "SELECT count(*) FROM vendor"), ==, 0);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (GTK_STACK (stack)), ==, "empty");
  vbd_click (vbd_action_button (stack, "vendors.add-vendor", NULL));
  g_assert_cmpint (disk_int (&pw, "SELECT count(*) FROM vendor"), ==, 1);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (GTK_STACK (stack)), ==, "editor");
  vbd_assert_focus_in (pw.window, vendor_editor_field (page, "name"));

  vbd_close (&pw);
}

/* The bottom of @w is above the top of @below, in @page's coordinates */
static gboolean
is_above (GtkWidget *w,
          GtkWidget *below,
          GtkWidget *page)
{
  graphene_rect_t a, b;

  g_assert_true (gtk_widget_compute_bounds (w, page, &a));
  g_assert_true (gtk_widget_compute_bounds (below, page, &b));
  return a.origin.y + a.size.height <= b.origin.y + 1;
}

/* A list's add action is reachable without scrolling: above its list,
 * and for the vendors at the top of the page however long the list */
static void
test_add_reachable (void)
{
  g_autofree char *path = project_in ("Long list", VB_PROJECT_TEMPLATE_CUSTOMER_SUPPORT);
  VbdProjectWindow pw = { 0 };
  GtkWidget *page, *button, *list;
  g_autoptr(VbProject) project = NULL;

  /* a fixture: twelve vendors */
  project = vb_project_open (path, NULL);
  for (guint i = 0; i < 12; i++)
    {
      g_autofree char *name = g_strdup_printf ("Vendor %02u", i + 1);
      VbVendor *v = vb_project_add_vendor (project, NULL);

      g_assert_true (vb_vendor_set_name (v, name, NULL));
    }
  vb_project_close (project);

  vbd_open (&pw, app, path, 800, 600);
  page = vbd_show_stage (&pw, VB_STAGE_VENDORS);
  list = child_of (page, VB_TYPE_VENDORS_PAGE, "vendors_list");
  g_assert_cmpuint (vbd_count_rows (list), ==, 12);
  g_assert_false (vbd_in_view (vbd_last_row (list)));
  button = vbd_action_button (child_of (page, VB_TYPE_VENDORS_PAGE, "list_pane"), "vendors.add-vendor", NULL);
  vbd_assert_in_view (button);
  g_assert_true (is_above (button, list, page));

  page = vbd_show_stage (&pw, VB_STAGE_GOALS);
  vbd_scroll_to (page, 0);
  list = goals_list (page, "objectives_list");
  button = vbd_action_button (page, "goals.add-objective", NULL);
  vbd_assert_in_view (button);
  g_assert_true (is_above (button, list, page));
  list = goals_list (page, "tasks_list");
  button = vbd_action_button (page, "goals.add-task", NULL);
  g_assert_true (is_above (button, list, page));

  vbd_close (&pw);
}

/* ------------------------------------------------------------ point 1: a finding reads at every width */

static guint
count_words (const char *text)
{
  g_auto(GStrv) words = g_strsplit_set (text, " \u00a0", -1);
  guint n = 0;

  for (guint i = 0; words[i]; i++)
    n += *words[i] != '\0';
  return n;
}

/* The finding row's sentence takes the width; its button is beside it
 * (@stacked FALSE) or below it (TRUE) */
static void
assert_finding_layout (GtkWidget *w,
                       gboolean   stacked)
{
  VbFindingRow *row = VB_FINDING_ROW (w);
  GtkWidget *button = vb_finding_row_get_button (row);
  GtkWidget *label = vbd_find (w, vbd_match_type, GSIZE_TO_POINTER (GTK_TYPE_LABEL));
  graphene_rect_t lb, bb;
  const char *text;
  int lines, width = gtk_widget_get_width (w);
  guint words;

  g_assert_nonnull (button);
  g_assert_nonnull (label);
  vbd_wait_drawable (label);
  text = gtk_label_get_text (GTK_LABEL (label));
  g_assert_cmpstr (text, ==, vb_finding_get_message (vb_finding_row_get_finding (row)));
  g_assert_true (gtk_widget_compute_bounds (label, w, &lb));
  g_assert_true (gtk_widget_compute_bounds (button, w, &bb));
  if (vb_finding_row_get_stacked (row) != stacked)
    g_error ("at %d px the finding “%s” has its button %s the sentence", width, text, stacked ? "beside" : "below");
  if (stacked)
    {
      g_assert_cmpfloat (bb.origin.y, >=, lb.origin.y + lb.size.height - 1);
      /* the sentence has the row's width, less the icon */
      g_assert_cmpfloat (lb.size.width, >=, 0.75 * width);
    }
  else
    {
      g_assert_cmpfloat (bb.origin.x, >=, lb.origin.x + lb.size.width - 1);
      g_assert_cmpfloat (lb.size.width, >=, 280);
      g_assert_cmpfloat (bb.origin.y, <, lb.origin.y + lb.size.height);
    }
  /* never a column of one word a line */
  lines = pango_layout_get_line_count (gtk_label_get_layout (GTK_LABEL (label)));
  words = count_words (text);
  if (words >= 6 && (guint) lines * 3 > words)
    g_error ("at %d px the finding “%s” runs %d lines of %u words", width, text, lines, words);
}

static void
check_findings_at (int         width,
                   VbStage     stage,
                   gboolean    stacked)
{
  g_autofree char *path = project_in ("Widths", VB_PROJECT_TEMPLATE_BLANK);
  VbdProjectWindow pw = { 0 };
  GtkWidget *page, *footer;
  guint n = 0;

  vbd_open (&pw, app, path, width, 700);
  page = vbd_show_stage (&pw, stage);
  footer = stage == VB_STAGE_DASHBOARD ? child_of (page, VB_TYPE_DASHBOARD_PAGE, "findings_list") : footer_of (page);
  for (GtkWidget *w = vbd_find (footer, vbd_match_type, GSIZE_TO_POINTER (VB_TYPE_FINDING_ROW)); w;
       w = gtk_widget_get_next_sibling (w))
    if (VB_IS_FINDING_ROW (w))
      {
        assert_finding_layout (w, stacked);
        n++;
      }
  if (stage == VB_STAGE_DASHBOARD)
    for (int i = 1;; i++)
      {
        GtkListBoxRow *row = gtk_list_box_get_row_at_index (GTK_LIST_BOX (footer), i);

        if (row == NULL)
          break;
        assert_finding_layout (gtk_list_box_row_get_child (row), stacked);
        n++;
      }
  g_assert_cmpuint (n, >, 0);
  vbd_close (&pw);
}

/* At 360 px a finding puts its button below the sentence, at 1200 beside
 * it; the sentence is never squeezed into a column of single words */
static void
test_finding_widths (void)
{
  check_findings_at (360, VB_STAGE_VENDORS, TRUE);
  check_findings_at (360, VB_STAGE_GOALS, TRUE);
  check_findings_at (360, VB_STAGE_DASHBOARD, TRUE);
  check_findings_at (1200, VB_STAGE_GOALS, FALSE);
  check_findings_at (1200, VB_STAGE_DASHBOARD, FALSE);
}

/* ------------------------------------------------------------ the vendor pipeline */

static GtkWidget *
vendor_row_or_null (GtkWidget  *page,
                    const char *name)
{
  GtkWidget *list = child_of (page, VB_TYPE_VENDORS_PAGE, "vendors_list");

  for (int i = 0;; i++)
    {
      GtkListBoxRow *row = gtk_list_box_get_row_at_index (GTK_LIST_BOX (list), i);

      if (row == NULL)
        return NULL;
      if (g_strcmp0 (vb_vendor_get_name (record_of_row (GTK_WIDGET (row))), name) == 0)
        return GTK_WIDGET (row);
    }
}

static GtkWidget *
vendor_row (GtkWidget  *page,
            const char *name)
{
  GtkWidget *row = vendor_row_or_null (page, name);

  if (row == NULL)
    g_error ("no row for the vendor “%s”", name);
  return row;
}

static void
open_vendor_row (GtkWidget  *page,
                 const char *name)
{
  vbd_click (vendor_row (page, name));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (vendor_editor_field (page, "name"))), ==, name);
}

static void
add_vendor (VbdProjectWindow *pw,
            GtkWidget        *page,
            const char       *name)
{
  vbd_click (vbd_action_button (child_of (page, VB_TYPE_VENDORS_PAGE, "list_pane"), "vendors.add-vendor", NULL));
  vbd_type_and_enter (vendor_editor_field (page, "name"), name);
}

static char *
vendor_state (VbdProjectWindow *pw,
              const char       *name)
{
  g_autofree char *q = sql ("SELECT status || '|' || rejection_reason FROM vendor WHERE name = '%s'", name);

  return disk_text (pw, q);
}

#define assert_vendor(pw, name, expected) \
  G_STMT_START { \
    g_autofree char *vbd_state_ = vendor_state (pw, name); \
    g_assert_cmpstr (vbd_state_, ==, expected); \
  } G_STMT_END

static GtkWidget *
forward_button (GtkWidget *page)
{
  return vbd_by_name (vendor_editor_box (page), "status-forward");
}

/* The action of the item labelled @label in the editor's “More choices”
 * menu, activated as the menu does */
static void
choose_more (GtkWidget  *page,
             const char *label)
{
  GtkWidget *more = vbd_by_name (vendor_editor_box (page), "status-more");
  GMenuModel *menu = gtk_menu_button_get_menu_model (GTK_MENU_BUTTON (more));

  g_assert_true (gtk_widget_is_drawable (more));
  for (int i = 0; i < g_menu_model_get_n_items (menu); i++)
    {
      g_autofree char *item_label = NULL, *action = NULL;
      g_autoptr(GVariant) target = NULL;

      g_menu_model_get_item_attribute (menu, i, G_MENU_ATTRIBUTE_LABEL, "s", &item_label);
      if (g_strcmp0 (item_label, label) != 0)
        continue;
      g_assert_true (g_menu_model_get_item_attribute (menu, i, G_MENU_ATTRIBUTE_ACTION, "s", &action));
      target = g_menu_model_get_item_attribute_value (menu, i, G_MENU_ATTRIBUTE_TARGET, NULL);
      g_assert_true (gtk_widget_activate_action_variant (more, action, target));
      vbd_iterate (50);
      return;
    }
  g_error ("the menu has no item “%s”", label);
}

static AdwMessageDialog *
shown_dialog (void)
{
  GtkWindow *dialog = vbd_shown_toplevel (ADW_TYPE_MESSAGE_DIALOG);

  g_assert_nonnull (dialog);
  return ADW_MESSAGE_DIALOG (dialog);
}

static GtkWidget *
dialog_entry (AdwMessageDialog *dialog)
{
  GtkWidget *entry = adw_message_dialog_get_extra_child (dialog);

  g_assert_true (GTK_IS_EDITABLE (entry));
  return entry;
}

static gboolean
match_button_label (GtkWidget    *w,
                    gconstpointer data)
{
  return GTK_IS_BUTTON (w) && g_strcmp0 (gtk_button_get_label (GTK_BUTTON (w)), data) == 0;
}

/* The dialog's response button labelled @label (with its mnemonic) */
static GtkWidget *
dialog_button (AdwMessageDialog *dialog,
               const char       *label)
{
  GtkWidget *button = vbd_find (GTK_WIDGET (dialog), match_button_label, label);

  if (button == NULL)
    g_error ("the dialog has no button “%s”", label);
  return button;
}

static gboolean
no_dialog_cb (gpointer data)
{
  return vbd_shown_toplevel (ADW_TYPE_MESSAGE_DIALOG) == NULL;
}

/* A toast whose title holds every one of @parts (NULL-terminated) */
static GtkWidget *
toast_with (VbdProjectWindow *pw,
            const char       *first,
            ...)
{
  GtkWidget *toast = vbd_wait_toast (pw, first, 2000);
  va_list args;

  if (toast == NULL)
    g_error ("no toast says “%s”", first);
  /* it came in alone: no toast before it is still leaving (vb-gui-util.c) */
  g_assert_cmpuint (vbd_count_toasts (pw), ==, 1);
  va_start (args, first);
  for (const char *part = va_arg (args, const char *); part; part = va_arg (args, const char *))
    if (vbd_find_label (toast, part) == NULL)
      g_error ("the toast “…%s…” does not say “%s”", first, part);
  va_end (args);
  return toast;
}

/* Clicks the toast's Undo as soon as it is there, as a quick person does.
 * libadwaita 1.2.2 crashes (a bad unref in an animation's "done", or
 * "assertion failed: (!info->widget)") when a toast's button is clicked
 * while that toast is still replacing another; the window's toast queue
 * (vb-gui-util.c) never lets a toast replace another, so no wait here. */
static void
click_toast_undo (GtkWidget *toast)
{
  GtkWidget *button = vbd_toast_button (toast);

  g_assert_cmpstr (gtk_actionable_get_action_name (GTK_ACTIONABLE (button)), ==, "win.undo");
  vbd_click (button);
  vbd_iterate (400);
}

/* The vendor pipeline through the UI: shortlist, finalist, select (the one
 * selected before goes back, a toast says so), reject with a reason
 * (Enter accepts) and undo from the toast, reconsider, one primary
 * contact, removal with an undo toast and focus on the neighbour, and the
 * filter's counts */
static void
test_vendor_pipeline (void)
{
  g_autofree char *path = project_in ("Pipeline", VB_PROJECT_TEMPLATE_BLANK);
  VbdProjectWindow pw = { 0 };
  GtkWidget *page, *list, *filter, *contacts, *first, *second, *toast, *focus;
  AdwMessageDialog *dialog;
  gint64 before;

  vbd_open (&pw, app, path, 1200, 800);
  page = vbd_show_stage (&pw, VB_STAGE_VENDORS);
  list = child_of (page, VB_TYPE_VENDORS_PAGE, "vendors_list");
  add_vendor (&pw, page, "Acme Support");
  add_vendor (&pw, page, "Brightdesk");
  add_vendor (&pw, page, "Callwise");
  g_assert_cmpuint (vbd_count_rows (list), ==, 3);
  {
    g_autofree char *all = disk_text (&pw, "SELECT group_concat(name || ':' || status, ',') FROM "
                                           "(SELECT * FROM vendor ORDER BY position)");
    g_assert_cmpstr (all, ==, "Acme Support:long-list,Brightdesk:long-list,Callwise:long-list");
  }

  /* Brightdesk along the pipeline, one suggested step at a time */
  open_vendor_row (page, "Brightdesk");
  g_assert_cmpstr (gtk_button_get_label (GTK_BUTTON (forward_button (page))), ==, "Move to Shortlist");
  g_assert_true (gtk_widget_has_css_class (forward_button (page), "suggested-action"));
  vbd_click (forward_button (page));
  assert_vendor (&pw, "Brightdesk", "shortlist|");
  g_assert_cmpstr (gtk_button_get_label (GTK_BUTTON (forward_button (page))), ==, "Move to Finalists");
  vbd_click (forward_button (page));
  assert_vendor (&pw, "Brightdesk", "finalist|");
  g_assert_cmpstr (gtk_button_get_label (GTK_BUTTON (forward_button (page))), ==, "Select This Vendor");
  vbd_click (forward_button (page));
  assert_vendor (&pw, "Brightdesk", "selected|");
  /* longer than a new undo toast waits for the old one to leave */
  g_assert_null (vbd_wait_toast (&pw, "went back", 1000));

  /* selecting Callwise puts Brightdesk back among the finalists, in one
   * edit, and a toast says so */
  open_vendor_row (page, "Callwise");
  vbd_click (forward_button (page));
  vbd_click (forward_button (page));
  assert_vendor (&pw, "Callwise", "finalist|");
  before = activity_count (&pw);
  vbd_click (forward_button (page));
  assert_vendor (&pw, "Callwise", "selected|");
  assert_vendor (&pw, "Brightdesk", "finalist|");
  g_assert_cmpint (activity_count (&pw), ==, before + 1);
  toast_with (&pw, "went back to the finalists", "Callwise", "Brightdesk", NULL);
  g_assert_cmpint (disk_int (&pw, "SELECT count(*) FROM vendor WHERE status = 'selected'"), ==, 1);

  /* reject asks why; Cancel changes nothing */
  open_vendor_row (page, "Acme Support");
  before = activity_count (&pw);
  choose_more (page, "Reject…");
  dialog = shown_dialog ();
  g_assert_false (adw_message_dialog_get_response_enabled (dialog, "accept"));
  vbd_assert_focus_in (GTK_WINDOW (dialog), dialog_entry (dialog));
  gtk_editable_set_text (GTK_EDITABLE (dialog_entry (dialog)), "No weekend cover");
  vbd_click (dialog_button (dialog, "_Cancel"));
  g_assert_true (vbd_wait_for (no_dialog_cb, NULL, 2000));
  assert_vendor (&pw, "Acme Support", "long-list|");
  g_assert_cmpint (activity_count (&pw), ==, before);

  /* … a reason typed and Enter rejects, in one edit, with a toast */
  choose_more (page, "Reject…");
  dialog = shown_dialog ();
  gtk_editable_set_text (GTK_EDITABLE (dialog_entry (dialog)), "No weekend cover");
  g_assert_true (adw_message_dialog_get_response_enabled (dialog, "accept"));
  vbd_press_enter (dialog_entry (dialog));
  g_assert_true (vbd_wait_for (no_dialog_cb, NULL, 2000));
  assert_vendor (&pw, "Acme Support", "rejected|No weekend cover");
  g_assert_cmpint (activity_count (&pw), ==, before + 1);
  toast = toast_with (&pw, "Rejected", "Acme Support", NULL);
  g_assert_true (gtk_widget_is_visible (vendor_editor_field (page, "rejection-reason")));
  /* focus stays with the vendor acted on */
  vbd_assert_focus_in (pw.window, vendor_editor_box (page));

  /* the toast's Undo takes the rejection back */
  click_toast_undo (toast);
  assert_vendor (&pw, "Acme Support", "long-list|");

  /* reject again, then reconsider: the reason goes */
  choose_more (page, "Reject…");
  dialog = shown_dialog ();
  gtk_editable_set_text (GTK_EDITABLE (dialog_entry (dialog)), "Too expensive");
  vbd_press_enter (dialog_entry (dialog));
  g_assert_true (vbd_wait_for (no_dialog_cb, NULL, 2000));
  assert_vendor (&pw, "Acme Support", "rejected|Too expensive");
  g_assert_cmpstr (gtk_button_get_label (GTK_BUTTON (forward_button (page))), ==, "Reconsider");
  g_assert_false (gtk_widget_has_css_class (forward_button (page), "suggested-action"));
  vbd_click (forward_button (page));
  assert_vendor (&pw, "Acme Support", "long-list|");
  g_assert_false (gtk_widget_is_visible (vendor_editor_field (page, "rejection-reason")));
  choose_more (page, "Reject…");
  dialog = shown_dialog ();
  gtk_editable_set_text (GTK_EDITABLE (dialog_entry (dialog)), "No weekend cover");
  vbd_press_enter (dialog_entry (dialog));
  g_assert_true (vbd_wait_for (no_dialog_cb, NULL, 2000));

  /* one primary contact per vendor: switching it on for one switches it
   * off for the other, in one edit */
  open_vendor_row (page, "Callwise");
  contacts = vbd_by_name (vendor_editor_box (page), "contacts");
  vbd_click (vbd_by_name (vendor_editor_box (page), "add-contact"));
  first = vbd_last_row (contacts);
  vbd_type_and_enter (vb_field_find (first, "name"), "Ann");
  vbd_click (vbd_by_name (vendor_editor_box (page), "add-contact"));
  second = vbd_last_row (contacts);
  g_assert_true (first != second);
  vbd_type_and_enter (vb_field_find (second, "name"), "Ben");
  {
    GtkWidget *first_switch = vbd_by_type (vb_field_find (first, "is-primary"), GTK_TYPE_SWITCH);
    GtkWidget *second_switch = vbd_by_type (vb_field_find (second, "is-primary"), GTK_TYPE_SWITCH);
    g_autofree char *one = NULL, *two = NULL;

    gtk_switch_set_active (GTK_SWITCH (first_switch), TRUE);
    vbd_iterate (30);
    one = disk_text (&pw, "SELECT group_concat(name || ':' || is_primary, ',') FROM (SELECT * FROM contact ORDER BY name)");
    g_assert_cmpstr (one, ==, "Ann:1,Ben:0");
    before = activity_count (&pw);
    gtk_switch_set_active (GTK_SWITCH (second_switch), TRUE);
    vbd_iterate (30);
    two = disk_text (&pw, "SELECT group_concat(name || ':' || is_primary, ',') FROM (SELECT * FROM contact ORDER BY name)");
    g_assert_cmpstr (two, ==, "Ann:0,Ben:1");
    g_assert_cmpint (activity_count (&pw), ==, before + 1);
    g_assert_false (gtk_switch_get_active (GTK_SWITCH (first_switch)));
  }

  /* the filter counts each status, and shows those only */
  filter = child_of (page, VB_TYPE_VENDORS_PAGE, "filter");
  {
    GListModel *labels = gtk_drop_down_get_model (GTK_DROP_DOWN (filter));
    const char *expected[] = { "All vendors (3)", "Long list (0)", "Shortlist (0)", "Finalists (1)", "Selected (1)",
                               "Rejected (1)" };

    g_assert_cmpuint (g_list_model_get_n_items (labels), ==, G_N_ELEMENTS (expected));
    for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
      {
        const char *label = gtk_string_list_get_string (GTK_STRING_LIST (labels), i);

        /* the status's own label, its count from the file */
        g_assert_nonnull (strstr (label, "("));
        if (i > 0)
          {
            g_autofree char *q = sql ("SELECT count(*) FROM vendor WHERE status = '%s'",
                                      vb_enum_get_nick (VB_TYPE_VENDOR_STATUS, (int) i - 1));
            g_autofree char *count = g_strdup_printf ("(%" G_GINT64_FORMAT ")", disk_int (&pw, q));
            g_assert_true (g_str_has_suffix (label, count));
          }
        else
          g_assert_cmpstr (label, ==, expected[0]);
      }
    gtk_drop_down_set_selected (GTK_DROP_DOWN (filter), 1 + VB_VENDOR_STATUS_REJECTED);
    vbd_iterate (30);
    g_assert_cmpuint (vbd_count_rows (list), ==, 1);
    g_assert_true (gtk_widget_get_child_visible (vendor_row (page, "Acme Support")));
    gtk_drop_down_set_selected (GTK_DROP_DOWN (filter), 1 + VB_VENDOR_STATUS_FINALIST);
    vbd_iterate (30);
    g_assert_cmpuint (vbd_count_rows (list), ==, 1);
    gtk_drop_down_set_selected (GTK_DROP_DOWN (filter), 0);
    vbd_iterate (30);
    g_assert_cmpuint (vbd_count_rows (list), ==, 3);
  }

  /* remove Callwise (the last row): its contacts go with it, a toast
   * offers Undo, focus goes to the neighbour row; Undo brings both back */
  open_vendor_row (page, "Callwise");
  vbd_click (vbd_by_name (vendor_editor_box (page), "remove-vendor"));
  g_assert_null (vbd_shown_toplevel (ADW_TYPE_MESSAGE_DIALOG));   /* no confirmation */
  g_assert_cmpint (disk_int (&pw, "SELECT count(*) FROM vendor"), ==, 2);
  g_assert_cmpint (disk_int (&pw, "SELECT count(*) FROM contact"), ==, 0);
  g_assert_cmpuint (vbd_count_rows (list), ==, 2);
  toast = toast_with (&pw, "Removed", "Callwise", NULL);
  focus = gtk_root_get_focus (GTK_ROOT (pw.window));
  vbd_assert_focus_in (pw.window, vendor_row (page, "Brightdesk"));
  (void) focus;
  click_toast_undo (toast);
  g_assert_cmpint (disk_int (&pw, "SELECT count(*) FROM vendor"), ==, 3);
  g_assert_cmpint (disk_int (&pw, "SELECT count(*) FROM contact"), ==, 2);
  g_assert_cmpuint (vbd_count_rows (list), ==, 3);

  /* remove Acme (the first row): focus goes to the row that takes its place */
  open_vendor_row (page, "Acme Support");
  vbd_click (vbd_by_name (vendor_editor_box (page), "remove-vendor"));
  g_assert_cmpint (disk_int (&pw, "SELECT count(*) FROM vendor"), ==, 2);
  toast_with (&pw, "Removed", "Acme Support", NULL);
  vbd_assert_focus_in (pw.window, vendor_row (page, "Brightdesk"));

  vbd_close (&pw);
}

/* Removals in quick succession, each with its undo toast, and Undo clicked
 * as soon as the toast is there: each toast names the latest removal and
 * its Undo takes back that one. libadwaita 1.2.2 crashes (a bad unref, or
 * "assertion failed: (!info->widget)") when a toast shown while another
 * is leaving is dismissed within 200 ms — here by the quick click on
 * Undo. Before the toast queue of vb-gui-util.c this test crashed in about
 * one run in six (under MALLOC_PERTURB_); toast_with asserts that each
 * toast comes in alone. */
static void
test_toasts_in_a_row (void)
{
  g_autofree char *path = project_in ("Toasts", VB_PROJECT_TEMPLATE_BLANK);
  const char *names[] = { "Acme Support", "Brightdesk", "Callwise", "Dunmore", "Eastgate" };
  VbdProjectWindow pw = { 0 };
  GtkWidget *page, *toast;

  vbd_open (&pw, app, path, 1200, 800);
  page = vbd_show_stage (&pw, VB_STAGE_VENDORS);
  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    add_vendor (&pw, page, names[i]);
  g_assert_cmpint (disk_int (&pw, "SELECT count(*) FROM vendor"), ==, 5);

  open_vendor_row (page, "Acme Support");
  vbd_click (vbd_by_name (vendor_editor_box (page), "remove-vendor"));
  vbd_iterate (100);
  open_vendor_row (page, "Brightdesk");
  vbd_click (vbd_by_name (vendor_editor_box (page), "remove-vendor"));
  g_assert_cmpint (disk_int (&pw, "SELECT count(*) FROM vendor"), ==, 3);
  /* the toast that names the latest removal, clicked as soon as it is there */
  vbd_iterate (100);
  toast = toast_with (&pw, "Brightdesk", "Removed", NULL);
  vbd_click (vbd_toast_button (toast));
  vbd_iterate (400);
  g_assert_cmpint (disk_int (&pw, "SELECT count(*) FROM vendor"), ==, 4);
  g_assert_nonnull (vendor_row (page, "Brightdesk"));
  g_assert_null (vendor_row_or_null (page, "Acme Support"));

  open_vendor_row (page, "Callwise");
  vbd_click (vbd_by_name (vendor_editor_box (page), "remove-vendor"));
  vbd_iterate (100);
  open_vendor_row (page, "Dunmore");
  vbd_click (vbd_by_name (vendor_editor_box (page), "remove-vendor"));
  vbd_iterate (500);
  toast = toast_with (&pw, "Dunmore", "Removed", NULL);
  vbd_click (vbd_toast_button (toast));
  vbd_iterate (400);
  g_assert_cmpint (disk_int (&pw, "SELECT count(*) FROM vendor"), ==, 3);
  g_assert_nonnull (vendor_row (page, "Dunmore"));

  vbd_close (&pw);
}

/* ------------------------------------------------------------ the task editor */

static gboolean
activity_grew_cb (gpointer data)
{
  VbdProjectWindow *pw = data;

  return activity_count (pw) > (gint64) GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (pw->window), "before"));
}

/* The task editor: a text field commits once (one undo step per finished
 * edit), the editor follows undo and redo, Remove is undone by a toast */
static void
test_task_editor (void)
{
  g_autofree char *path = project_in ("Editor", VB_PROJECT_TEMPLATE_CUSTOMER_SUPPORT);
  VbdProjectWindow pw = { 0 };
  GtkWidget *page, *tasks, *row, *name, *kind, *toast;
  GtkWindow *editor;
  VbTask *task;
  const char *word = "Refunds";
  g_autofree char *uuid = NULL;
  g_autofree char *q = NULL;
  gint64 before, n_tasks;

  vbd_open (&pw, app, path, 1200, 800);
  page = vbd_show_stage (&pw, VB_STAGE_GOALS);
  tasks = goals_list (page, "tasks_list");
  row = GTK_WIDGET (gtk_list_box_get_row_at_index (GTK_LIST_BOX (tasks), 0));
  task = record_of_row (row);
  uuid = g_strdup (uuid_of (task));
  q = sql ("SELECT name FROM task WHERE uuid = '%s'", uuid);
  vbd_click (row);
  editor = shown_task_editor ();
  name = editor_field (editor, "name");
  vbd_assert_focus_in (editor, name);

  /* typing commits nothing until Enter; then one edit */
  before = activity_count (&pw);
  for (gsize i = 1; i <= strlen (word); i++)
    {
      g_autofree char *prefix = g_strndup (word, i);

      gtk_editable_set_text (GTK_EDITABLE (name), prefix);
      vbd_iterate (50);   /* typing, well under VB_FIELD_IDLE_MS apart */
    }
  g_assert_cmpint (activity_count (&pw), ==, before);
  vbd_press_enter (name);
  g_assert_cmpint (activity_count (&pw), ==, before + 1);
  {
    g_autofree char *value = disk_text (&pw, q);
    g_assert_cmpstr (value, ==, "Refunds");
  }
  /* Enter again with nothing new: no edit */
  vbd_press_enter (name);
  g_assert_cmpint (activity_count (&pw), ==, before + 1);
  /* the editor's title follows the name, and so does the list's row */
  g_assert_cmpstr (gtk_window_get_title (editor), ==, "Refunds");
  g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)), ==, "Refunds");

  /* a pause in typing commits on its own, once */
  gtk_editable_set_text (GTK_EDITABLE (name), "Refunds and returns");
  g_object_set_data (G_OBJECT (pw.window), "before", GSIZE_TO_POINTER (before + 1));
  g_assert_true (vbd_wait_for (activity_grew_cb, &pw, 4 * VB_FIELD_IDLE_MS));
  vbd_iterate (VB_FIELD_IDLE_MS);
  g_assert_cmpint (activity_count (&pw), ==, before + 2);
  {
    g_autofree char *value = disk_text (&pw, q);
    g_assert_cmpstr (value, ==, "Refunds and returns");
  }

  /* a choice is one edit */
  kind = editor_field (editor, "work-kind");
  adw_combo_row_set_selected (ADW_COMBO_ROW (kind), VB_WORK_KIND_JUDGMENT);
  vbd_iterate (30);
  g_assert_cmpint (activity_count (&pw), ==, before + 3);
  {
    g_autofree char *k = sql ("SELECT work_kind FROM task WHERE uuid = '%s'", uuid);
    g_autofree char *value = disk_text (&pw, k);
    g_assert_cmpstr (value, ==, "judgment");
  }

  /* undo in the editor (its Ctrl+Z): the editor follows, field by field */
  gtk_widget_activate_action (GTK_WIDGET (editor), "win.undo", NULL);
  vbd_iterate (30);
  g_assert_cmpuint (adw_combo_row_get_selected (ADW_COMBO_ROW (kind)), ==, VB_WORK_KIND_ROUTINE);
  gtk_widget_activate_action (GTK_WIDGET (editor), "win.undo", NULL);
  vbd_iterate (30);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (name)), ==, "Refunds");
  {
    g_autofree char *value = disk_text (&pw, q);
    g_assert_cmpstr (value, ==, "Refunds");
  }
  gtk_widget_activate_action (GTK_WIDGET (editor), "win.redo", NULL);
  vbd_iterate (30);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (name)), ==, "Refunds and returns");
  g_assert_cmpstr (gtk_window_get_title (editor), ==, "Refunds and returns");

  /* Remove: no confirmation; the editor closes, a toast in the project
   * window offers Undo, which brings the same task back */
  n_tasks = disk_int (&pw, "SELECT count(*) FROM task");
  vbd_click (vbd_by_name (GTK_WIDGET (editor), "remove-task"));
  g_assert_null (vbd_shown_toplevel (VB_TYPE_TASK_EDITOR));
  g_assert_null (vbd_shown_toplevel (ADW_TYPE_MESSAGE_DIALOG));
  g_assert_cmpint (disk_int (&pw, "SELECT count(*) FROM task"), ==, n_tasks - 1);
  toast = toast_with (&pw, "Removed", "Refunds and returns", NULL);
  click_toast_undo (toast);
  g_assert_cmpint (disk_int (&pw, "SELECT count(*) FROM task"), ==, n_tasks);
  {
    g_autofree char *value = disk_text (&pw, q);
    g_assert_cmpstr (value, ==, "Refunds and returns");
  }

  /* the editor of a task whose adding is undone closes by itself */
  vbd_click (vbd_action_button (page, "goals.add-task", NULL));
  editor = shown_task_editor ();
  gtk_widget_activate_action (GTK_WIDGET (editor), "win.undo", NULL);
  vbd_iterate (50);
  g_assert_null (vbd_shown_toplevel (VB_TYPE_TASK_EDITOR));
  g_assert_cmpint (disk_int (&pw, "SELECT count(*) FROM task"), ==, n_tasks);

  vbd_close (&pw);
}

int
main (int   argc,
      char *argv[])
{
  int ret;

  app = vbd_app_start (&argc, &argv, "stages", &tmp_root);

  g_test_add_func ("/stages/table", test_table);
  g_test_add_func ("/stages/progress-examples", test_progress_examples);
  g_test_add_func ("/stages/reveal/goals", test_reveal_goals);
  g_test_add_func ("/stages/reveal/vendors", test_reveal_vendors);
  g_test_add_func ("/stages/empty-states", test_empty_states);
  g_test_add_func ("/stages/add-reachable", test_add_reachable);
  g_test_add_func ("/stages/finding-widths", test_finding_widths);
  g_test_add_func ("/stages/vendors/pipeline", test_vendor_pipeline);
  g_test_add_func ("/stages/vendors/toasts-in-a-row", test_toasts_in_a_row);
  g_test_add_func ("/stages/goals/task-editor", test_task_editor);

  ret = g_test_run ();
  vbd_app_stop (&app, &tmp_root);
  return ret;
}
