/* test-window-updates.c: "Check for Updates" in the window, with the
 * pages from a server on 127.0.0.1 (tests/plx-test-server.c)
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
#include "plx-update-dialog.h"
#include "plx-window-private.h"
#include "plx-window-test-util.h"

/* Saves a page of @paragraphs as @name in @dir, as fetched from the
 * test server's @path. */
static void
save_page (const char         *dir,
           const char         *name,
           const char         *headline,
           const char * const *paragraphs,
           const char         *path)
{
  g_autofree char *address = plx_test_server_url (path);

  plx_test_save_page (dir, name, headline, paragraphs, "Cheap flights to Oslo", address);
}

static gboolean
pointer_is_null (gpointer data)
{
  return *(gpointer *) data == NULL;
}

static gboolean
not_busy (gpointer data)
{
  return !plx_update_dialog_is_busy (data);
}

static void
wait_for (PlxTestPredicate  predicate,
          gpointer          data,
          const char       *what)
{
  if (!plx_test_wait_until (predicate, data))
    g_error ("Timed out waiting until %s", what);
}

/* The dialog the action opened, if any. */
static PlxUpdateDialog *
find_dialog (PlxWindow *window)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWindow) toplevel = g_list_model_get_item (toplevels, i);

      if (PLX_IS_UPDATE_DIALOG (toplevel))
        {
          g_assert_true (gtk_window_get_transient_for (toplevel) == GTK_WINDOW (window));
          g_assert_true (gtk_window_get_modal (toplevel));
          return PLX_UPDATE_DIALOG (toplevel);
        }
    }

  return NULL;
}

static PlxUpdateDialog *
open_dialog (PlxWindow *window)
{
  PlxUpdateDialog *dialog;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.check-updates", NULL));
  dialog = find_dialog (window);
  g_assert_nonnull (dialog);

  return dialog;
}

/* The label under @root showing @text, if it is shown. */
static GtkWidget *
find_shown_label (GtkWidget  *root,
                  const char *text)
{
  GtkWidget *label = plx_test_find_label (root, text);

  return label != NULL && gtk_widget_is_drawable (label) ? label : NULL;
}

/* The row of the page @name, under @widget. */
static AdwActionRow *
find_row (GtkWidget  *widget,
          const char *name)
{
  if (ADW_IS_ACTION_ROW (widget) &&
      g_strcmp0 (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (widget)), name) == 0)
    return ADW_ACTION_ROW (widget);

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      AdwActionRow *found = find_row (child, name);

      if (found != NULL)
        return found;
    }

  return NULL;
}

/* The subtitle of the row of the page @name: what became of it. */
static const char *
outcome_of (PlxUpdateDialog *dialog,
            const char      *name)
{
  AdwActionRow *row = find_row (GTK_WIDGET (dialog), name);

  return row != NULL && gtk_widget_is_drawable (GTK_WIDGET (row)) ? adw_action_row_get_subtitle (row) : NULL;
}

/* The snapshot of @dir without the file @new_name: the files that were
 * there before, as they are now. */
static char *
snapshot_without (const char *dir,
                  const char *new_name)
{
  g_autofree char *now = plx_test_snapshot_tree (dir);
  g_auto(GStrv) lines = g_strsplit (now, "\n", -1);
  g_autofree char *start = g_strconcat (new_name, " ", NULL);
  g_autoptr(GPtrArray) kept = g_ptr_array_new ();

  for (guint i = 0; lines[i] != NULL; i++)
    if (!g_str_has_prefix (lines[i], start))
      g_ptr_array_add (kept, lines[i]);
  g_ptr_array_add (kept, NULL);

  return g_strjoinv ("\n", (char **) kept->pdata);
}

typedef struct
{
  PlxWindow *window;
  const char *later;
  const char *earlier;
} VersionWait;

/* The corpus shown has @later, aligned as a later version of @earlier. */
static gboolean
is_later_version (gpointer data)
{
  VersionWait *wait = data;
  PlxCorpus *corpus = plx_window_get_corpus (wait->window);
  PlxArticle *later;
  PlxArticle *earlier;

  if (corpus == NULL || wait->window->alignment == NULL || plx_test_window_loading (wait->window))
    return FALSE;

  later = plx_corpus_find_article (corpus, wait->later);
  earlier = plx_corpus_find_article (corpus, wait->earlier);

  return later != NULL && earlier != NULL &&
         plx_alignment_find_previous_version (wait->window->alignment, later) == earlier;
}

/* A folder of three saved pages: on the server, one changed (a figure
 * corrected), one is the same (only its advertisement changed), one is
 * gone (404). The dialog lists each; once it closes, the window shows
 * the new version as a later version of the old; the files that were
 * there are as they were. */
static void
test_updates_check (void)
{
  g_autofree const char **corrected = g_memdup2 (plx_test_harbour_story, sizeof plx_test_harbour_story);
  g_autofree char *dir = plx_test_make_dir ();
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autofree char *names = NULL;
  g_autofree char *changed_html = NULL;
  g_autofree char *stays_html = NULL;
  PlxWindow *window;
  PlxUpdateDialog *dialog;
  const char *outcome;
  VersionWait versions;

  save_page (dir, "changes.html", "Docking fees rise 12% after harbour vote", plx_test_harbour_story, "/updates/changes");
  save_page (dir, "stays.html", "Harbour board meets on fees", plx_test_harbour_story, "/updates/stays");
  save_page (dir, "gone.html", "Pontoons to be replaced", plx_test_harbour_story, "/updates/gone");
  before = plx_test_snapshot_tree (dir);

  corrected[0] = "Boat owners at the marina reacted with dismay after the harbour board voted on Tuesday "
                 "to raise docking fees by 15%, the first rise since 2020.";
  changed_html = plx_test_news_page ("Docking fees rise 12% after harbour vote", corrected, "Hotels in Oslo", NULL);
  plx_test_server_set_page ("/updates/changes", "text/html", changed_html);
  stays_html = plx_test_news_page ("Harbour board meets on fees", plx_test_harbour_story, "Ski rental at half price", NULL);
  plx_test_server_set_page ("/updates/stays", "text/html", stays_html);
  plx_test_server_unset ("/updates/gone");

  window = plx_test_open_window (dir, "comparison");
  dialog = open_dialog (window);
  g_object_add_weak_pointer (G_OBJECT (dialog), (gpointer *) &dialog);
  g_assert_true (plx_update_dialog_is_busy (dialog));
  wait_for (not_busy, dialog, "the check is over");

  /* Each page, with what became of it. */
  g_assert_cmpstr (outcome_of (dialog, "changes.html"), ==, "Changed: saved as changes-2.html");
  g_assert_cmpstr (outcome_of (dialog, "stays.html"), ==, "Unchanged");
  outcome = outcome_of (dialog, "gone.html");
  g_assert_nonnull (outcome);
  g_assert_nonnull (strstr (outcome, "gone.html"));
  g_assert_nonnull (strstr (outcome, "404"));
  g_assert_null (outcome_of (dialog, "changes-2.html"));
  g_assert_nonnull (find_shown_label (GTK_WIDGET (dialog), "1 page changed"));
  g_assert_cmpuint (plx_update_dialog_get_n_changed (dialog), ==, 1);

  /* Only a new file: nothing replaced, nothing deleted. */
  names = plx_test_list_dir (dir);
  g_assert_cmpstr (names, ==, "changes-2.html changes.html gone.html stays.html");
  after = snapshot_without (dir, "changes-2.html");
  g_assert_cmpstr (after, ==, before);

  /* Done closes it; the window shows the new version, as a later
   * version of the page it came from. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "update.done", NULL));
  wait_for (pointer_is_null, &dialog, "the dialog is gone");
  versions = (VersionWait) { window, "changes-2", "changes" };
  wait_for (is_later_version, &versions, "the window shows the new version");

  plx_test_close_window (window);
  plx_test_remove_tree (dir);
}

static gboolean
has_hidden_file (gpointer data)
{
  g_autofree char *names = plx_test_list_dir (data);

  return names[0] == '.';
}

/* Cancel, in the middle of a page, stops the check: the folder is as it
 * was, the dialog says so, and Escape then closes it. */
static void
test_updates_cancel (void)
{
  g_autofree char *dir = plx_test_make_dir ();
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  PlxWindow *window;
  PlxUpdateDialog *dialog;

  save_page (dir, "stalls.html", "Docking fees rise 12% after harbour vote", plx_test_harbour_story, "/stall");
  save_page (dir, "stays.html", "Harbour board meets on fees", plx_test_harbour_story, "/updates/still");
  plx_test_server_set_page ("/updates/still", "text/html", "<p>Not this one</p>");
  before = plx_test_snapshot_tree (dir);

  window = plx_test_open_window (dir, "comparison");
  dialog = open_dialog (window);
  g_object_add_weak_pointer (G_OBJECT (dialog), (gpointer *) &dialog);

  /* The page has begun to come: its unfinished file is there. */
  wait_for (has_hidden_file, dir, "the download begins");
  g_assert_true (plx_update_dialog_is_busy (dialog));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "update.cancel", NULL));
  wait_for (not_busy, dialog, "the check stops");
  g_assert_nonnull (find_shown_label (GTK_WIDGET (dialog), "Cancelled"));
  g_assert_cmpuint (plx_update_dialog_get_n_changed (dialog), ==, 0);

  after = plx_test_snapshot_tree (dir);
  g_assert_cmpstr (after, ==, before);

  /* Nothing under way: Escape (update.cancel) closes. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "update.cancel", NULL));
  wait_for (pointer_is_null, &dialog, "the dialog is gone");

  plx_test_close_window (window);
  plx_test_remove_tree (dir);
}

/* A folder of text files: no saved web page, said plainly. */
static void
test_updates_no_pages (void)
{
  g_autofree char *dir = plx_test_make_corpus ("updates", plx_test_three_articles);
  g_autofree char *before = plx_test_snapshot_tree (dir);
  g_autofree char *after = NULL;
  PlxWindow *window = plx_test_open_window (dir, "comparison");
  PlxUpdateDialog *dialog = open_dialog (window);
  PlxTestLabelWait empty = { GTK_WIDGET (dialog), "No Saved Web Pages", NULL };

  g_object_add_weak_pointer (G_OBJECT (dialog), (gpointer *) &dialog);
  wait_for (not_busy, dialog, "the check is over");
  wait_for (plx_test_label_is_shown, &empty, "the dialog says there is nothing to check");
  g_assert_nonnull (find_shown_label (GTK_WIDGET (dialog), "holds no page downloaded from the web"));
  g_assert_null (find_shown_label (GTK_WIDGET (dialog), "Skipped"));

  after = plx_test_snapshot_tree (dir);
  g_assert_cmpstr (after, ==, before);

  gtk_window_close (GTK_WINDOW (dialog));
  wait_for (pointer_is_null, &dialog, "the dialog is gone");
  plx_test_close_window (window);
  plx_test_remove_corpus (dir);
}

/* A folder read through its corpus.json has no check: the manifest
 * would not list the new files. */
static void
test_updates_manifest (void)
{
  g_autofree char *dir = plx_test_make_corpus ("updates", plx_test_three_articles);
  PlxWindow *window;

  plx_test_write_file (dir, "corpus.json",
                       "{\"articles\": [{\"file\": \"alpha.txt\"}, {\"file\": \"beta.txt\"}]}", -1);
  window = plx_test_open_window (dir, "comparison");
  gtk_widget_activate_action (GTK_WIDGET (window), "win.check-updates", NULL);
  g_assert_null (find_dialog (window));

  plx_test_close_window (window);
  plx_test_remove_corpus (dir);
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

  g_test_add_func ("/window-updates/check", test_updates_check);
  g_test_add_func ("/window-updates/cancel", test_updates_cancel);
  g_test_add_func ("/window-updates/no-pages", test_updates_no_pages);
  g_test_add_func ("/window-updates/manifest", test_updates_manifest);

  status = g_test_run ();
  plx_test_server_stop ();

  return status;
}
