/* bare-window.c — a bare libadwaita window, the start-up baseline
 *
 * Copyright 2026 The Vendorbench developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Prints the time from VB_STARTUP_T0 (CLOCK_MONOTONIC, microseconds, taken by
 * the harness just before exec) to the first frame drawn (the frame clock's
 * first after-paint that follows a render of the surface), and quits.
 */

#include <stdio.h>
#include <stdlib.h>
#include <adwaita.h>

/* GdkSurface::render is emitted when the surface is really drawn. GTK's
 * own handler stops the emission, so a hook (which runs first) sees it. */
static gboolean
on_surface_render_hook (GSignalInvocationHint *hint,
                        guint                  n_params,
                        const GValue          *params,
                        gpointer               data)
{
  GObject *surface = g_value_get_object (&params[0]);

  g_object_set_data (surface, "vb-rendered", GINT_TO_POINTER (1));
  return TRUE;
}

static void
on_after_paint_cb (GdkFrameClock *clock,
                   GtkWidget     *window)
{
  const char *t0 = g_getenv ("VB_STARTUP_T0");
  GdkSurface *surface = gtk_native_get_surface (GTK_NATIVE (window));

  if (surface == NULL || g_object_get_data (G_OBJECT (surface), "vb-rendered") == NULL)
    return;
  g_signal_handlers_disconnect_by_func (clock, on_after_paint_cb, window);
  if (t0)
    printf ("%.3f\n", (g_get_monotonic_time () - g_ascii_strtoll (t0, NULL, 10)) / 1000.0);
  fflush (stdout);
  g_application_quit (G_APPLICATION (gtk_window_get_application (GTK_WINDOW (window))));
}

static void
on_map_cb (GtkWidget    *window,
           GApplication *app)
{
  g_signal_add_emission_hook (g_signal_lookup ("render", GDK_TYPE_SURFACE), 0,
                              on_surface_render_hook, NULL, NULL);
  g_signal_connect (gtk_widget_get_frame_clock (window), "after-paint", G_CALLBACK (on_after_paint_cb), window);
}

static void
on_activate_cb (GApplication *app)
{
  GtkWidget *window = adw_application_window_new (GTK_APPLICATION (app));
  GtkWidget *status = adw_status_page_new ();

  adw_status_page_set_title (ADW_STATUS_PAGE (status), "Bare window");
  adw_application_window_set_content (ADW_APPLICATION_WINDOW (window), status);
  gtk_window_set_default_size (GTK_WINDOW (window), 1100, 740);
  g_signal_connect (window, "map", G_CALLBACK (on_map_cb), app);
  gtk_window_present (GTK_WINDOW (window));
}

int
main (int argc, char **argv)
{
  g_autoptr(AdwApplication) app = adw_application_new ("io.github.vendorbench.BareWindow", G_APPLICATION_NON_UNIQUE);

  g_signal_connect (app, "activate", G_CALLBACK (on_activate_cb), NULL);
  return g_application_run (G_APPLICATION (app), argc, argv);
}
