/* test-window-web.c: "Add from Web" in the window, with pages from a
 * server on 127.0.0.1 (tests/plx-test-server.c)
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>
#include <string.h>

#include "parallax-core.h"
#include "plx-test-server.h"
#include "plx-test-util.h"
#include "plx-web-dialog.h"
#include "plx-window-private.h"

/* Generous: a loaded CI machine under Xvfb can be slow. */
#define TIMEOUT_SECONDS 20

typedef gboolean (*Predicate) (gpointer data);

static gboolean
wake_up_cb (gpointer data)
{
  return G_SOURCE_CONTINUE;
}

/* Runs the main loop (the window's and the server's) until @predicate
 * holds; fails the test after TIMEOUT_SECONDS. */
static void
wait_until (Predicate   predicate,
            gpointer    data,
            const char *what)
{
  gint64 deadline = g_get_monotonic_time () + TIMEOUT_SECONDS * G_USEC_PER_SEC;
  guint wake_up_id = g_timeout_add (10, wake_up_cb, NULL);

  while (!predicate (data))
    {
      if (g_get_monotonic_time () > deadline)
        g_error ("Timed out waiting until %s", what);
      g_main_context_iteration (NULL, TRUE);
    }

  g_source_remove (wake_up_id);
}

static gboolean
not_loading (gpointer data)
{
  PlxWindow *window = data;

  return window->cancellable == NULL && window->reload_id == 0;
}

static gboolean
pointer_is_null (gpointer data)
{
  return *(gpointer *) data == NULL;
}

static gboolean
not_busy (gpointer data)
{
  return !plx_web_dialog_is_busy (data);
}

typedef struct
{
  PlxWindow *window;
  guint      n_columns;
} ColumnsWait;

static gboolean
has_columns (gpointer data)
{
  ColumnsWait *wait = data;

  return plx_window_get_n_columns (wait->window) == wait->n_columns &&
         not_loading (wait->window);
}

static void
wait_for_columns (PlxWindow *window,
                  guint      n_columns)
{
  ColumnsWait wait = { window, n_columns };

  wait_until (has_columns, &wait, "the window shows the columns expected");
}

/* A new folder holding @names, pages of tests/data/html/story. */
static char *
make_folder (const char * const *names)
{
  char *dir = plx_test_make_dir ();

  for (guint i = 0; names != NULL && names[i] != NULL; i++)
    {
      g_autofree char *source = g_build_filename (TEST_DATA_DIR, "html", "story", names[i], NULL);
      g_autofree char *contents = NULL;
      gsize length = 0;

      g_assert_true (g_file_get_contents (source, &contents, &length, NULL));
      plx_test_write_file (dir, names[i], contents, length);
    }

  return dir;
}

static PlxWindow *
open_window (const char *dir)
{
  PlxWindow *window = g_object_ref (plx_window_new (NULL));

  gtk_window_present (GTK_WINDOW (window));
  if (dir != NULL)
    {
      g_autoptr(GFile) location = g_file_new_for_path (dir);

      plx_window_open (window, location);
      wait_until (not_loading, window, "the corpus is loaded");
    }

  return window;
}

static void
close_window (PlxWindow *window)
{
  gtk_window_destroy (GTK_WINDOW (window));
  g_assert_finalize_object (window);
}

/* The dialog Add from Web opens. */
static PlxWebDialog *
open_dialog (PlxWindow *window)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.add-from-web", NULL));

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWindow) toplevel = g_list_model_get_item (toplevels, i);

      if (PLX_IS_WEB_DIALOG (toplevel))
        {
          g_assert_true (gtk_window_get_transient_for (toplevel) == GTK_WINDOW (window));
          g_assert_true (gtk_window_get_modal (toplevel));
          return PLX_WEB_DIALOG (toplevel);
        }
    }

  g_error ("Add from Web opened no dialog");
}

static GtkWidget *
find_widget (GtkWidget *widget,
             GType      type)
{
  if (G_TYPE_CHECK_INSTANCE_TYPE (widget, type))
    return widget;

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_widget (child, type);

      if (found != NULL)
        return found;
    }

  return NULL;
}

/* The label inside @widget showing @text, if it is shown. */
static GtkLabel *
find_shown_label (GtkWidget  *widget,
                  const char *text)
{
  if (GTK_IS_LABEL (widget) && strstr (gtk_label_get_text (GTK_LABEL (widget)), text) != NULL)
    return gtk_widget_is_visible (widget) ? GTK_LABEL (widget) : NULL;

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkLabel *found = find_shown_label (child, text);

      if (found != NULL)
        return found;
    }

  return NULL;
}

static GtkTextBuffer *
dialog_buffer (PlxWebDialog *dialog)
{
  GtkWidget *view = find_widget (GTK_WIDGET (dialog), GTK_TYPE_TEXT_VIEW);

  g_assert_nonnull (view);

  return gtk_text_view_get_buffer (GTK_TEXT_VIEW (view));
}

static char *
dialog_text (PlxWebDialog *dialog)
{
  GtkTextIter start;
  GtkTextIter end;

  gtk_text_buffer_get_bounds (dialog_buffer (dialog), &start, &end);

  return gtk_text_buffer_get_text (dialog_buffer (dialog), &start, &end, FALSE);
}

/* The button of @dialog labelled @label ("_Add"). */
static GtkWidget *
find_button (GtkWidget  *widget,
             const char *label)
{
  if (GTK_IS_BUTTON (widget) && g_strcmp0 (gtk_button_get_label (GTK_BUTTON (widget)), label) == 0)
    return widget;

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_button (child, label);

      if (found != NULL)
        return found;
    }

  return NULL;
}

/* Whether the user can press Add. */
static gboolean
can_add (PlxWebDialog *dialog)
{
  GtkWidget *button = find_button (GTK_WIDGET (dialog), "_Add");

  g_assert_nonnull (button);

  return gtk_widget_is_sensitive (button);
}

typedef struct
{
  GtkWidget  *root;
  const char *text;
} LabelWait;

static gboolean
label_shown (gpointer data)
{
  LabelWait *wait = data;

  return find_shown_label (wait->root, wait->text) != NULL;
}

/* Addresses for the server's @paths, one a line. */
static char *
addresses (const char * const *paths)
{
  g_autoptr(GString) text = g_string_new (NULL);

  for (guint i = 0; paths[i] != NULL; i++)
    {
      g_autofree char *url = paths[i][0] == '/' ? plx_test_server_url (paths[i]) : g_strdup (paths[i]);

      g_string_append_printf (text, "%s\n", url);
    }

  return g_string_free (g_steal_pointer (&text), FALSE);
}

/* The corpus shown gets the pages added to its folder: the dialog saves
 * one, names the two that failed and why, and keeps their addresses to
 * try again; the window reads the folder again, with a new column. */
static void
test_web_add_to_corpus (void)
{
  static const char * const pages[] = { "harbour-times.html", "daily-ledger.html", NULL };
  g_autofree char *dir = make_folder (pages);
  g_autoptr(GFile) folder = g_file_new_for_path (dir);
  g_autofree char *missing = plx_test_server_url ("/story/gone.html");
  g_autofree char *text = addresses ((const char * const []) { "/story/coast-post.html", "/story/gone.html",
                                                               "file:///etc/passwd", NULL });
  g_autofree char *left = NULL;
  g_autofree char *names = NULL;
  g_autofree char *expected_left = NULL;
  PlxWindow *window = open_window (dir);
  PlxWebDialog *dialog;

  wait_for_columns (window, 2);
  dialog = open_dialog (window);
  g_object_add_weak_pointer (G_OBJECT (dialog), (gpointer *) &dialog);

  /* The corpus's folder, by default; nothing to add yet. */
  g_assert_true (g_file_equal (plx_web_dialog_get_folder (dialog), folder));
  g_assert_false (can_add (dialog));

  gtk_text_buffer_set_text (dialog_buffer (dialog), text, -1);
  g_assert_true (can_add (dialog));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "web.add", NULL));
  g_assert_true (plx_web_dialog_is_busy (dialog));
  g_assert_false (can_add (dialog));
  wait_until (not_busy, dialog, "the downloads are over");

  /* The failures stay, said, with their addresses to try again. */
  g_assert_nonnull (dialog);
  g_assert_nonnull (find_shown_label (GTK_WIDGET (dialog), "404 Not Found"));
  g_assert_nonnull (find_shown_label (GTK_WIDGET (dialog), missing));
  g_assert_nonnull (find_shown_label (GTK_WIDGET (dialog), "file:///etc/passwd"));
  g_assert_nonnull (find_shown_label (GTK_WIDGET (dialog), "1 page was added"));
  left = dialog_text (dialog);
  expected_left = g_strdup_printf ("%s\nfile:///etc/passwd", missing);
  g_assert_cmpstr (left, ==, expected_left);
  g_assert_true (can_add (dialog));

  /* The page is in the folder, and in the window. */
  names = plx_test_list_dir (dir);
  g_assert_cmpstr (names, ==, "127.0.0.1-coast-post.html daily-ledger.html harbour-times.html");
  wait_for_columns (window, 3);
  g_assert_nonnull (plx_corpus_find_article (plx_window_get_corpus (window), "127.0.0.1-coast-post"));

  /* Cancel, with nothing under way, closes it. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "web.cancel", NULL));
  wait_until (pointer_is_null, &dialog, "the dialog is gone");

  close_window (window);
  plx_test_remove_tree (dir);
}

static gboolean
has_hidden_file (gpointer data)
{
  g_autofree char *names = plx_test_list_dir (data);

  return names[0] == '.';
}

/* Cancel, in the middle of a page, stops the download: the folder is as
 * it was, the address stays to try again, and the dialog says it was
 * cancelled. */
static void
test_web_cancel (void)
{
  static const char * const pages[] = { "harbour-times.html", "daily-ledger.html", NULL };
  g_autofree char *dir = make_folder (pages);
  g_autofree char *stalled = plx_test_server_url ("/stall");
  g_autofree char *text = addresses ((const char * const []) { "/stall", NULL });
  g_autofree char *left = NULL;
  g_autofree char *names = NULL;
  PlxWindow *window = open_window (dir);
  PlxWebDialog *dialog = open_dialog (window);
  LabelWait cancelled = { GTK_WIDGET (dialog), "cancelled" };

  g_object_add_weak_pointer (G_OBJECT (dialog), (gpointer *) &dialog);
  gtk_text_buffer_set_text (dialog_buffer (dialog), text, -1);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "web.add", NULL));

  /* The page has begun to come: its unfinished file is there. */
  wait_until (has_hidden_file, dir, "the download begins");
  g_assert_nonnull (find_shown_label (GTK_WIDGET (dialog), "0 of 1 page downloaded"));
  g_assert_true (plx_web_dialog_is_busy (dialog));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "web.cancel", NULL));
  wait_until (not_busy, dialog, "the download stops");
  wait_until (label_shown, &cancelled, "the dialog says it was cancelled");
  g_assert_nonnull (find_shown_label (GTK_WIDGET (dialog), stalled));

  left = dialog_text (dialog);
  g_assert_cmpstr (left, ==, stalled);
  names = plx_test_list_dir (dir);
  g_assert_cmpstr (names, ==, "daily-ledger.html harbour-times.html");
  g_assert_cmpuint (plx_window_get_n_columns (window), ==, 2);

  gtk_window_close (GTK_WINDOW (dialog));
  wait_until (pointer_is_null, &dialog, "the dialog is gone");
  close_window (window);
  plx_test_remove_tree (dir);
}

/* With no corpus open, the user chooses a folder; once every page is
 * saved, the dialog closes and the window opens the folder. */
static void
test_web_new_corpus (void)
{
  g_autofree char *dir = make_folder (NULL);
  g_autoptr(GFile) folder = g_file_new_for_path (dir);
  g_autofree char *text = addresses ((const char * const []) { "/story/coast-post.html", "/moved",
                                                               "/story/island-wire.html", NULL });
  g_autofree char *names = NULL;
  PlxWindow *window = open_window (NULL);
  PlxWebDialog *dialog = open_dialog (window);

  g_object_add_weak_pointer (G_OBJECT (dialog), (gpointer *) &dialog);
  g_assert_null (plx_web_dialog_get_folder (dialog));
  g_assert_nonnull (find_shown_label (GTK_WIDGET (dialog), "No folder chosen"));

  /* Addresses, but no folder: Add waits for one. */
  gtk_text_buffer_set_text (dialog_buffer (dialog), text, -1);
  g_assert_false (can_add (dialog));
  plx_web_dialog_set_folder (dialog, folder);
  g_assert_nonnull (find_shown_label (GTK_WIDGET (dialog), dir));
  g_assert_true (can_add (dialog));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "web.add", NULL));
  wait_until (pointer_is_null, &dialog, "the dialog closes");

  wait_for_columns (window, 3);
  g_assert_cmpstr (plx_window_get_visible_page_name (window), ==, "comparison");
  names = plx_test_list_dir (dir);
  g_assert_cmpstr (names, ==, "127.0.0.1-coast-post-2.html 127.0.0.1-coast-post.html 127.0.0.1-island-wire.html");

  close_window (window);
  plx_test_remove_tree (dir);
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *base = NULL;
  int status;

  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  base = plx_test_server_start ();
  g_test_message ("Serving on %s", base);

  g_test_add_func ("/window-web/add-to-corpus", test_web_add_to_corpus);
  g_test_add_func ("/window-web/cancel", test_web_cancel);
  g_test_add_func ("/window-web/new-corpus", test_web_new_corpus);

  status = g_test_run ();
  plx_test_server_stop ();

  return status;
}
