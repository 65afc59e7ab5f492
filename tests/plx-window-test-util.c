/* plx-window-test-util.c: what the window tests share
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>
#include <string.h>

#include "plx-window-private.h"
#include "plx-window-test-util.h"

const char * const plx_test_three_articles[] = {
  "alpha.txt",
  "Steel Tariffs Rise to 25 Percent\n\n"
  "The government raised tariffs on imported steel on Monday. "
  "Officials said the measure takes effect in March.\n",
  "beta.txt",
  "New Steel Duties Announced\n\n"
  "Ministers announced higher duties on foreign steel. "
  "Industry groups welcomed the decision.\n",
  "gamma.txt",
  "Tariff Increase Hits Steel Importers\n\n"
  "Importers warned that prices would climb after the tariff increase. "
  "The change was announced on Monday.\n\n"
  "Leave a Reply\n",
  NULL
};

/**
 * plx_test_dup_sample:
 *
 * The sample corpus of the source tree, which the build always provides
 * (tests/meson.build passes SAMPLE_DIR): its absence is a broken set-up,
 * and fails the test.
 *
 * Returns: (transfer full): the sample corpus folder
 */
GFile *
plx_test_dup_sample (void)
{
  if (!g_file_test (SAMPLE_DIR, G_FILE_TEST_IS_DIR))
    g_test_message ("The sample corpus %s is not a folder", SAMPLE_DIR);
  g_assert_true (g_file_test (SAMPLE_DIR, G_FILE_TEST_IS_DIR));

  return g_file_new_for_path (SAMPLE_DIR);
}

/**
 * plx_test_dup_schema:
 *
 * The window's GSettings schema, compiled by the build into the folder
 * that tests/meson.build names in GSETTINGS_SCHEMA_DIR: its absence is a
 * broken set-up, and fails the test.
 *
 * Returns: (transfer full): the schema
 */
GSettingsSchema *
plx_test_dup_schema (void)
{
  GSettingsSchemaSource *source = g_settings_schema_source_get_default ();
  GSettingsSchema *schema = NULL;

  if (source != NULL)
    schema = g_settings_schema_source_lookup (source, PLX_TEST_SCHEMA_ID, TRUE);
  if (schema == NULL)
    g_test_message ("The GSettings schema %s is not found (GSETTINGS_SCHEMA_DIR=%s)",
                    PLX_TEST_SCHEMA_ID, g_getenv ("GSETTINGS_SCHEMA_DIR"));
  g_assert_nonnull (schema);

  return schema;
}

/* The schema is found, and @window took its settings from it. */
void
plx_test_assert_settings (PlxWindow *window)
{
  g_autoptr(GSettingsSchema) schema = plx_test_dup_schema ();

  g_assert_nonnull (window->settings);
}

static gboolean
wake_up_cb (gpointer data)
{
  return G_SOURCE_CONTINUE;
}

/**
 * plx_test_wait_until:
 *
 * Runs the main loop until @predicate holds, or the timeout passes.
 *
 * Returns: whether @predicate came to hold
 */
gboolean
plx_test_wait_until (PlxTestPredicate predicate,
                     gpointer         data)
{
  gint64 deadline = g_get_monotonic_time () + PLX_TEST_TIMEOUT_SECONDS * G_USEC_PER_SEC;
  guint wake_up_id = g_timeout_add (10, wake_up_cb, NULL);
  gboolean reached;

  while (!(reached = predicate (data)) && g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, TRUE);

  g_source_remove (wake_up_id);

  return reached;
}

typedef struct
{
  PlxWindow  *window;
  const char *page;
} PageWait;

static gboolean
page_is_visible (gpointer data)
{
  PageWait *wait = data;

  return g_strcmp0 (plx_window_get_visible_page_name (wait->window), wait->page) == 0;
}

void
plx_test_wait_for_page (PlxWindow  *window,
                        const char *page)
{
  PageWait wait = { window, page };

  if (!plx_test_wait_until (page_is_visible, &wait))
    g_error ("Timed out waiting for page “%s”, showing “%s”",
             page, plx_window_get_visible_page_name (window));
}

/* Whether a load (reading or aligning) is under way. */
gboolean
plx_test_window_loading (gpointer window)
{
  return PLX_WINDOW (window)->cancellable != NULL;
}

gboolean
plx_test_window_idle (gpointer window)
{
  return PLX_WINDOW (window)->cancellable == NULL;
}

/**
 * plx_test_make_corpus:
 * @files: pairs of name and contents, then %NULL
 *
 * Writes @files to a new folder called @name inside a new temporary
 * folder.
 *
 * Returns: the folder
 */
char *
plx_test_make_corpus (const char         *name,
                      const char * const *files)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *tmp = NULL;
  char *dir;

  tmp = g_dir_make_tmp ("parallax-test-window-XXXXXX", &error);
  g_assert_no_error (error);

  dir = g_build_filename (tmp, name, NULL);
  g_assert_cmpint (g_mkdir (dir, 0700), ==, 0);

  for (guint i = 0; files != NULL && files[i] != NULL; i += 2)
    {
      g_autofree char *path = g_build_filename (dir, files[i], NULL);

      g_file_set_contents (path, files[i + 1], -1, &error);
      g_assert_no_error (error);
    }

  return dir;
}

/* Removes the folder plx_test_make_corpus() made, and its temporary
 * parent. */
void
plx_test_remove_corpus (const char *dir)
{
  g_autofree char *parent = g_path_get_dirname (dir);
  g_autoptr(GDir) handle = g_dir_open (dir, 0, NULL);
  const char *name;

  while (handle != NULL && (name = g_dir_read_name (handle)) != NULL)
    {
      g_autofree char *path = g_build_filename (dir, name, NULL);

      g_unlink (path);
    }

  g_rmdir (dir);
  g_rmdir (parent);
}

/**
 * plx_test_open_window:
 *
 * Opens a new window on @dir, shows it, and waits until the load ends
 * on @page.
 *
 * Returns: (transfer full): the window
 */
PlxWindow *
plx_test_open_window (const char *dir,
                      const char *page)
{
  g_autoptr(GFile) location = g_file_new_for_path (dir);
  PlxWindow *window;

  window = g_object_ref (plx_window_new (NULL));
  gtk_window_present (GTK_WINDOW (window));
  plx_window_open (window, location);
  g_assert_cmpstr (plx_window_get_visible_page_name (window), ==, "loading");

  plx_test_wait_for_page (window, page);

  return window;
}

/* Closes a window of plx_test_open_window(), and checks that nothing
 * keeps it alive. */
void
plx_test_close_window (PlxWindow *window)
{
  gtk_window_destroy (GTK_WINDOW (window));
  g_assert_finalize_object (window);
}

/* The first label under @widget whose text contains @text. */
GtkWidget *
plx_test_find_label (GtkWidget  *widget,
                     const char *text)
{
  if (GTK_IS_LABEL (widget) &&
      strstr (gtk_label_get_text (GTK_LABEL (widget)), text) != NULL)
    return widget;

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = plx_test_find_label (child, text);

      if (found != NULL)
        return found;
    }

  return NULL;
}

/* A PlxTestPredicate: is a mapped label under wait->root saying
 * wait->text? It is kept in wait->found. */
gboolean
plx_test_label_is_shown (gpointer data)
{
  PlxTestLabelWait *wait = data;

  wait->found = plx_test_find_label (wait->root, wait->text);

  return wait->found != NULL && gtk_widget_get_mapped (wait->found);
}

/* The list views create their rows once they are allocated: waits for
 * a mapped label saying @text. */
GtkWidget *
plx_test_wait_for_label (GtkWidget  *root,
                         const char *text)
{
  PlxTestLabelWait wait = { root, text, NULL };

  if (!plx_test_wait_until (plx_test_label_is_shown, &wait))
    g_error ("Timed out waiting for a label saying “%s”", text);

  return wait.found;
}

/* A PlxTestPredicate: whether a label saying wait->text lies within the
 * view's height: on screen, not just created above or below it.
 */
gboolean
plx_test_label_in_view (gpointer data)
{
  PlxTestInViewWait *wait = data;
  GtkWidget *label = plx_test_find_label (wait->view, wait->text);
  graphene_rect_t bounds;

  if (label == NULL || !gtk_widget_get_mapped (label) ||
      !gtk_widget_compute_bounds (label, wait->view, &bounds))
    return FALSE;

  return bounds.size.height > 0 && bounds.origin.y >= 0 &&
         bounds.origin.y + bounds.size.height <= gtk_widget_get_height (wait->view);
}

/* A window on the sample corpus, showing its comparison. */
PlxWindow *
plx_test_open_sample (void)
{
  g_autoptr(GFile) sample = plx_test_dup_sample ();

  return plx_test_open_window (g_file_peek_path (sample), "comparison");
}

/* The sentence's box in its cell carries the class of the match. */
GtkWidget *
plx_test_cell_of (GtkWidget *label)
{
  return gtk_widget_get_parent (label);
}

/* The window opens with its first discrepancy selected; some tests
 * start from no selection.
 */
void
plx_test_clear_selection (PlxComparisonView *view)
{
  GtkSelectionModel *model = gtk_column_view_get_model (plx_comparison_view_get_column_view (view));

  gtk_single_selection_set_selected (GTK_SINGLE_SELECTION (model), GTK_INVALID_LIST_POSITION);
  g_assert_cmpuint (plx_comparison_view_get_selected (view), ==, GTK_INVALID_LIST_POSITION);
}

/* Whether one of @row's sentences contains @text. */
gboolean
plx_test_row_contains (PlxRow     *row,
                       const char *text)
{
  for (guint i = 0; i < plx_row_get_n_members (row); i++)
    {
      if (strstr (plx_row_member_get_text (plx_row_get_member (row, i)), text) != NULL)
        return TRUE;
    }

  return FALSE;
}

static void
painted_cb (GdkFrameClock *clock,
            guint         *n_paints)
{
  ++*n_paints;
}

static gboolean
painted_twice (gpointer data)
{
  return *(guint *) data >= 2;
}

/* Waits until @window has painted two frames from now, as it is. */
void
plx_test_wait_for_paint (PlxWindow *window)
{
  GdkFrameClock *clock = gtk_widget_get_frame_clock (GTK_WIDGET (window));
  guint n_paints = 0;
  gulong handler;

  handler = g_signal_connect (clock, "after-paint", G_CALLBACK (painted_cb), &n_paints);
  gtk_widget_queue_draw (GTK_WIDGET (window));
  gdk_frame_clock_begin_updating (clock);
  if (!plx_test_wait_until (painted_twice, &n_paints))
    g_error ("The window paints no frames");
  gdk_frame_clock_end_updating (clock);
  g_signal_handler_disconnect (clock, handler);
}
