/* test-window.c: the main window, driven as a user would see it
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>
#include <glib/gstdio.h>

#include "plx-article-column.h"
#include "plx-window-private.h"

/* Generous: a loaded CI machine under Xvfb can be slow. */
#define TIMEOUT_SECONDS 20

static const char *three_articles[] = {
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

typedef gboolean (*Predicate) (gpointer data);

static gboolean
wake_up_cb (gpointer data)
{
  return G_SOURCE_CONTINUE;
}

/* Runs the main loop until @predicate holds, or the timeout passes. */
static gboolean
wait_until (Predicate predicate,
            gpointer  data)
{
  gint64 deadline = g_get_monotonic_time () + TIMEOUT_SECONDS * G_USEC_PER_SEC;
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

static void
wait_for_page (PlxWindow  *window,
               const char *page)
{
  PageWait wait = { window, page };

  if (!wait_until (page_is_visible, &wait))
    g_error ("Timed out waiting for page “%s”, showing “%s”",
             page, plx_window_get_visible_page_name (window));
}

/* Writes @files (pairs of name and contents) to a new folder called
 * @name inside a new temporary folder, and returns the folder.
 */
static char *
make_corpus (const char         *name,
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

/* Removes the folder make_corpus() made, and its temporary parent. */
static void
remove_corpus (const char *dir)
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

/* Opens a new window on @dir, shows it, and waits until the load ends
 * on @page. The caller owns a reference to the window.
 */
static PlxWindow *
open_window (const char *dir,
             const char *page)
{
  g_autoptr(GFile) location = g_file_new_for_path (dir);
  PlxWindow *window;

  window = g_object_ref (plx_window_new (NULL));
  gtk_window_present (GTK_WINDOW (window));
  plx_window_open (window, location);
  g_assert_cmpstr (plx_window_get_visible_page_name (window), ==, "loading");

  wait_for_page (window, page);

  return window;
}

static void
close_window (PlxWindow *window)
{
  gtk_window_destroy (GTK_WINDOW (window));
  g_assert_finalize_object (window);
}

static GtkWidget *
find_label (GtkWidget  *widget,
            const char *text)
{
  if (GTK_IS_LABEL (widget) &&
      strstr (gtk_label_get_text (GTK_LABEL (widget)), text) != NULL)
    return widget;

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_label (child, text);

      if (found != NULL)
        return found;
    }

  return NULL;
}

typedef struct
{
  GtkWidget  *root;
  const char *text;
  GtkWidget  *found;
} LabelWait;

static gboolean
label_is_shown (gpointer data)
{
  LabelWait *wait = data;

  wait->found = find_label (wait->root, wait->text);

  return wait->found != NULL && gtk_widget_get_mapped (wait->found);
}

/* The list views create their rows once they are allocated. */
static GtkWidget *
wait_for_label (GtkWidget  *root,
                const char *text)
{
  LabelWait wait = { root, text, NULL };

  if (!wait_until (label_is_shown, &wait))
    g_error ("Timed out waiting for a label saying “%s”", text);

  return wait.found;
}

static void
test_window_columns (void)
{
  g_autofree char *dir = make_corpus ("steel", three_articles);
  PlxWindow *window = open_window (dir, "articles");

  g_assert_cmpuint (plx_window_get_n_columns (window), ==, 3);
  g_assert_true (PLX_IS_ARTICLE_COLUMN (plx_window_get_column (window, 2)));
  g_assert_null (plx_window_get_column (window, 3));

  close_window (window);
  remove_corpus (dir);
}

static void
test_window_empty (void)
{
  static const char *no_text[] = {
    "cover.png", "\x89PNG\r\n\x1a\n\0\0\0\rIHDR",
    NULL
  };
  g_autofree char *dir = make_corpus ("pictures", no_text);
  PlxWindow *window = open_window (dir, "empty");
  AdwStatusPage *status_page = plx_window_get_status_page (window);

  g_assert_cmpuint (plx_window_get_n_columns (window), ==, 0);
  g_assert_cmpstr (adw_status_page_get_title (status_page), ==, "No Readable Articles");
  g_assert_nonnull (adw_status_page_get_description (status_page));
  g_assert_cmpstr (adw_status_page_get_description (status_page), !=, "");

  close_window (window);
  remove_corpus (dir);
}

static void
test_window_roles (void)
{
  g_autofree char *dir = make_corpus ("steel", three_articles);
  PlxWindow *window = open_window (dir, "articles");
  GtkWidget *column = plx_window_get_column (window, 2);
  GtkWidget *label;

  g_assert_nonnull (column);

  label = wait_for_label (column, "Leave a Reply");
  g_assert_true (gtk_widget_has_css_class (label, "sentence"));
  g_assert_true (gtk_widget_has_css_class (label, "boilerplate"));
  g_assert_false (gtk_widget_has_css_class (label, "body"));

  label = wait_for_label (column, "Importers warned");
  g_assert_true (gtk_widget_has_css_class (label, "body"));
  g_assert_false (gtk_widget_has_css_class (label, "boilerplate"));

  close_window (window);
  remove_corpus (dir);
}

static void
test_window_title (void)
{
  g_autofree char *dir = make_corpus ("steel-tariffs", three_articles);
  PlxWindow *window = open_window (dir, "articles");
  PlxCorpus *corpus = plx_window_get_corpus (window);
  const char *name;
  g_autofree char *expected = NULL;

  g_assert_nonnull (corpus);
  name = plx_corpus_get_name (corpus);
  g_assert_nonnull (name);
  g_assert_cmpstr (name, !=, "");

  expected = g_strdup_printf ("%s — Parallax", name);
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (window)), ==, expected);

  close_window (window);
  remove_corpus (dir);
}

static void
test_window_finalize (void)
{
  PlxWindow *window = g_object_ref (plx_window_new (NULL));

  /* Before any corpus, too. */
  gtk_window_present (GTK_WINDOW (window));
  g_assert_cmpstr (plx_window_get_visible_page_name (window), ==, "empty");
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (window)), ==, "Parallax");
  close_window (window);
}

static gboolean
is_null (gpointer data)
{
  return *(gpointer *)data == NULL;
}

static void
test_window_destroy_while_loading (void)
{
  g_autofree char *dir = make_corpus ("steel", three_articles);
  g_autoptr(GFile) location = g_file_new_for_path (dir);
  PlxWindow *window = plx_window_new (NULL);

  /* The load may still be running: once it notices the cancellation
   * and reports back, nothing may keep the window alive.
   */
  g_object_add_weak_pointer (G_OBJECT (window), (gpointer *)&window);
  gtk_window_present (GTK_WINDOW (window));
  plx_window_open (window, location);
  gtk_window_destroy (GTK_WINDOW (window));

  g_assert_true (wait_until (is_null, &window));
  remove_corpus (dir);
}

static void
test_window_cancel (void)
{
  g_autofree char *dir = make_corpus ("steel", three_articles);
  g_autoptr(GFile) location = g_file_new_for_path (dir);
  PlxWindow *window = g_object_ref (plx_window_new (NULL));

  gtk_window_present (GTK_WINDOW (window));
  plx_window_open (window, location);
  g_assert_cmpstr (plx_window_get_visible_page_name (window), ==, "loading");

  /* The Cancel button and Escape activate this action. */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.cancel-load", NULL);
  g_assert_cmpstr (plx_window_get_visible_page_name (window), ==, "empty");
  g_assert_null (plx_window_get_corpus (window));

  /* The window finalises once the cancelled load has reported back. */
  g_object_add_weak_pointer (G_OBJECT (window), (gpointer *)&window);
  gtk_window_destroy (GTK_WINDOW (window));
  g_object_unref (window);
  g_assert_true (wait_until (is_null, &window));
  remove_corpus (dir);
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  g_test_add_func ("/window/columns", test_window_columns);
  g_test_add_func ("/window/empty", test_window_empty);
  g_test_add_func ("/window/roles", test_window_roles);
  g_test_add_func ("/window/title", test_window_title);
  g_test_add_func ("/window/finalize", test_window_finalize);
  g_test_add_func ("/window/destroy-while-loading", test_window_destroy_while_loading);
  g_test_add_func ("/window/cancel", test_window_cancel);

  return g_test_run ();
}
