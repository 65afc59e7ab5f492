/* test-window-preferences.c: the preferences: similarity threshold,
 * palette, text size, and the Preferences window
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>

#include "parallax-core.h"
#include "plx-preferences-window.h"
#include "plx-similarity.h"
#include "plx-window-private.h"
#include "plx-window-test-util.h"

/* The window aligns as parallax-cli does until the user says otherwise:
 * the setting's default is the engine's threshold.
 */
static void
test_window_threshold_default (void)
{
  g_autoptr(GSettingsSchema) schema = plx_test_dup_schema ();
  g_autoptr(GSettingsSchemaKey) key = NULL;
  g_autoptr(GVariant) value = NULL;

  key = g_settings_schema_get_key (schema, "similarity-threshold");
  value = g_settings_schema_key_get_default_value (key);
  g_assert_cmpfloat_with_epsilon (g_variant_get_double (value), PLX_SIMILARITY_THRESHOLD, 1e-9);
}

static void
test_window_palette (void)
{
  PlxWindow *window = g_object_ref (plx_window_new (NULL));

  gtk_window_present (GTK_WINDOW (window));
  plx_test_assert_settings (window);

  g_assert_false (gtk_widget_has_css_class (GTK_WIDGET (window), "palette-colour-blind"));
  g_settings_set_string (window->settings, "palette", "colour-blind");
  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (window), "palette-colour-blind"));
  g_settings_set_string (window->settings, "palette", "default");
  g_assert_false (gtk_widget_has_css_class (GTK_WIDGET (window), "palette-colour-blind"));

  g_settings_reset (window->settings, "palette");
  plx_test_close_window (window);
}

typedef struct
{
  GtkWidget *label;
  int        height;
} HeightWait;

static int
natural_height (GtkWidget *label)
{
  int natural;

  /* At a fixed width, so that only the size of the letters counts. */
  gtk_widget_measure (label, GTK_ORIENTATION_VERTICAL, 200, NULL, &natural, NULL, NULL);

  return natural;
}

static gboolean
height_grows (gpointer data)
{
  HeightWait *wait = data;

  return natural_height (wait->label) > wait->height;
}

static gboolean
height_shrinks (gpointer data)
{
  HeightWait *wait = data;

  return natural_height (wait->label) < wait->height;
}

static void
test_window_text_scale (void)
{
  g_autofree char *dir = plx_test_make_corpus ("steel", plx_test_three_articles);
  PlxWindow *window = plx_test_open_window (dir, "comparison");
  GtkWidget *view = GTK_WIDGET (plx_window_get_comparison_view (window));
  HeightWait wait;
  double scale;

  plx_test_assert_settings (window);

  wait.label = plx_test_wait_for_label (view, "Importers warned");
  wait.height = natural_height (wait.label);
  g_assert_cmpfloat (plx_window_get_text_scale (window), ==, 1.0);

  /* Larger text takes more lines at the same width. */
  g_settings_set_double (window->settings, "text-scale", 1.5);
  g_assert_cmpfloat (plx_window_get_text_scale (window), ==, 1.5);
  g_assert_true (plx_test_wait_until (height_grows, &wait));

  /* Ctrl+plus goes on to the largest size, and no further. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.zoom-in", NULL));
  scale = g_settings_get_double (window->settings, "text-scale");
  g_assert_cmpfloat_with_epsilon (scale, 1.6, 0.001);
  gtk_widget_activate_action (GTK_WIDGET (window), "win.zoom-in", NULL);
  g_assert_cmpfloat_with_epsilon (g_settings_get_double (window->settings, "text-scale"), 1.6, 0.001);

  /* Ctrl+0 gives the normal size back; Ctrl+minus makes it smaller. */
  wait.height = natural_height (wait.label);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.zoom-reset", NULL));
  g_assert_cmpfloat (g_settings_get_double (window->settings, "text-scale"), ==, 1.0);
  g_assert_true (plx_test_wait_until (height_shrinks, &wait));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.zoom-out", NULL));
  g_assert_cmpfloat_with_epsilon (plx_window_get_text_scale (window), 0.9, 0.001);

  g_settings_reset (window->settings, "text-scale");
  plx_test_close_window (window);
  plx_test_remove_corpus (dir);
}

typedef struct
{
  PlxWindow    *window;
  PlxAlignment *before;
} AlignmentWait;

static gboolean
alignment_changes (gpointer data)
{
  AlignmentWait *wait = data;

  return plx_window_get_alignment (wait->window) != wait->before;
}

static void
test_window_threshold (void)
{
  PlxWindow *window = plx_test_open_sample ();
  AlignmentWait wait;
  guint n_rows;
  guint n_strict;
  g_autofree char *pivot = NULL;

  plx_test_assert_settings (window);

  n_rows = g_list_model_get_n_items (G_LIST_MODEL (plx_window_get_alignment (window)));
  g_object_get (window, "pivot", &pivot, NULL);

  /* A stricter threshold pairs fewer sentences: more rows, each with
   * fewer outlets. The window aligns again in the background.
   */
  wait = (AlignmentWait) { window, plx_window_get_alignment (window) };
  g_settings_set_double (window->settings, "similarity-threshold", 0.9);
  g_assert_true (plx_test_wait_until (alignment_changes, &wait));
  n_strict = g_list_model_get_n_items (G_LIST_MODEL (plx_window_get_alignment (window)));
  g_assert_cmpuint (n_strict, >, n_rows);
  g_assert_cmpuint (plx_comparison_view_get_n_shown (plx_window_get_comparison_view (window)), ==, n_strict);

  /* The pivot stays. */
  g_assert_cmpstr (plx_article_get_id (plx_alignment_get_pivot (plx_window_get_alignment (window))), ==, pivot);

  wait.before = plx_window_get_alignment (window);
  g_settings_reset (window->settings, "similarity-threshold");
  g_assert_true (plx_test_wait_until (alignment_changes, &wait));
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (plx_window_get_alignment (window))), ==, n_rows);

  plx_test_close_window (window);
}

static GtkWindow *
find_preferences (void)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWindow) toplevel = g_list_model_get_item (toplevels, i);

      if (PLX_IS_PREFERENCES_WINDOW (toplevel))
        return toplevel;
    }

  return NULL;
}

static void
test_window_preferences (void)
{
  PlxWindow *window = g_object_ref (plx_window_new (NULL));
  GtkWindow *preferences;

  gtk_window_present (GTK_WINDOW (window));
  plx_test_assert_settings (window);

  g_assert_null (find_preferences ());
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.preferences", NULL));
  preferences = find_preferences ();
  g_assert_nonnull (preferences);
  g_assert_true (gtk_window_get_transient_for (preferences) == GTK_WINDOW (window));

  /* Asked again, the same window. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.preferences", NULL));
  g_assert_true (find_preferences () == preferences);

  /* It goes with its window. */
  g_object_add_weak_pointer (G_OBJECT (preferences), (gpointer *)&preferences);
  plx_test_close_window (window);
  g_assert_null (preferences);
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  g_test_add_func ("/window/threshold-default", test_window_threshold_default);
  g_test_add_func ("/window/palette", test_window_palette);
  g_test_add_func ("/window/text-scale", test_window_text_scale);
  g_test_add_func ("/window/threshold", test_window_threshold);
  g_test_add_func ("/window/preferences", test_window_preferences);

  return g_test_run ();
}
