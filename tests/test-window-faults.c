/* test-window-faults.c: the window when the disk misbehaves: files
 * deleted or changed while they load or while they are shown, a corpus
 * on a read-only file system or on one that is unmounted, the window
 * closed while the articles are being aligned, thousands of loading
 * problems
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The mount tests run in a mount namespace of their own (unshare(2)),
 * so what they mount disappears with the test; where the system does
 * not allow one (no privilege), they are skipped and say why.
 */

#define _GNU_SOURCE /* unshare() */

#include "config.h"

#include <errno.h>
#include <glib/gstdio.h>
#include <sched.h>
#include <string.h>
#include <sys/mount.h>
#include <unistd.h>

#include "parallax-core.h"
#include "plx-test-util.h"
#include "plx-window-private.h"
#include "plx-window-test-util.h"

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
  "The change was announced on Monday.\n",
  NULL
};

/* Why the mount tests cannot run, or NULL when they can. */
static char *no_mounts_reason;

static gboolean
is_null (gpointer data)
{
  return *(gpointer *)data == NULL;
}

static gboolean
read_started (gpointer data)
{
  PlxWindow *window = data;

  return gtk_progress_bar_get_fraction (window->progress_bar) > 0.0 ||
         !plx_test_window_loading (window);
}

static guint
n_articles (PlxWindow *window)
{
  return g_list_model_get_n_items (G_LIST_MODEL (plx_window_get_corpus (window)));
}

/* The text of the article read from @file, or NULL. */
static const char *
article_text (PlxWindow  *window,
              const char *file)
{
  GListModel *corpus = G_LIST_MODEL (plx_window_get_corpus (window));

  for (guint i = 0; i < g_list_model_get_n_items (corpus); i++)
    {
      g_autoptr(PlxArticle) article = g_list_model_get_item (corpus, i);

      if (g_strcmp0 (plx_article_get_file (article), file) == 0)
        return plx_article_get_text (article);
    }

  return NULL;
}

/* Some megabytes of prose, so that reading the first file of a corpus
 * takes long enough to change the others behind the loader's back. */
static char *
long_article (gsize size)
{
  static const char *subjects[] = { "The ministry", "Exporters", "The central bank", "Analysts", "Port officials" };
  static const char *verbs[] = { "reported", "disputed", "confirmed", "questioned", "welcomed" };
  GString *text = g_string_new ("A Long Report on Trade\n\n");

  for (guint i = 0; text->len < size; i++)
    {
      g_string_append_printf (text, "%s %s the figure of %u tonnes shipped in week %u. ",
                              subjects[i % G_N_ELEMENTS (subjects)],
                              verbs[(i / 5) % G_N_ELEMENTS (verbs)], 1000 + i * 7, i % 52 + 1);
      if (i % 6 == 5)
        g_string_append (text, "\n\n");
    }

  return g_string_free (text, FALSE);
}

/* The loader lists a folder, then reads its files one by one. Files
 * deleted, emptied, overwritten with binary data or grown after the
 * listing: each is reported by name or read as it now is, the others
 * load, and the window ends on the comparison. */
static void
test_faults_changed_while_loading (void)
{
  g_autofree char *big = long_article (3 * 512 * 1024);
  const char *files[] = {
    "a-long.txt", big,
    "b-deleted.txt", three_articles[1],
    "c-emptied.txt", three_articles[3],
    "d-binary.txt", three_articles[5],
    "e-grown.txt", three_articles[1],
    "f-kept.txt", three_articles[3],
    NULL
  };
  static const char binary[] = "\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x10";
  g_autofree char *dir = plx_test_make_corpus ("changing", files);
  g_autofree char *deleted = g_build_filename (dir, "b-deleted.txt", NULL);
  g_autofree char *emptied = g_build_filename (dir, "c-emptied.txt", NULL);
  g_autofree char *overwritten = g_build_filename (dir, "d-binary.txt", NULL);
  g_autofree char *grown = g_build_filename (dir, "e-grown.txt", NULL);
  g_autofree char *grown_text = g_strconcat (three_articles[1],
                                             "Late update: the port closed for the night.\n", NULL);
  g_autoptr(GFile) location = g_file_new_for_path (dir);
  g_autoptr(GError) error = NULL;
  PlxCorpus *corpus;
  PlxWindow *window;

  window = g_object_ref (plx_window_new (NULL));
  gtk_window_present (GTK_WINDOW (window));
  plx_window_open (window, location);

  /* The listing is done once the first file is being read. */
  g_assert_true (plx_test_wait_until (read_started, window));
  g_assert_true (plx_test_window_loading (window));

  /* Last file first, and without waiting for the disk (no fsync), so
   * that all is done before the loader gets past the long article. */
  g_file_set_contents_full (grown, grown_text, -1, G_FILE_SET_CONTENTS_NONE, 0644, &error);
  g_assert_no_error (error);
  g_file_set_contents_full (overwritten, binary, sizeof binary - 1, G_FILE_SET_CONTENTS_NONE, 0644, &error);
  g_assert_no_error (error);
  g_assert_cmpint (truncate (emptied, 0), ==, 0);
  g_assert_cmpint (g_unlink (deleted), ==, 0);

  /* Reading the long article takes a while in a sanitized build on a
   * loaded machine: more than one of the helpers' usual waits. */
  for (guint i = 0; i < 9 && plx_test_window_loading (window); i++)
    plx_test_wait_until (plx_test_window_idle, window);
  g_assert_cmpstr (plx_window_get_visible_page_name (window), ==, "comparison");
  corpus = plx_window_get_corpus (window);

  g_assert_true (plx_test_has_warning (corpus, "b-deleted.txt", "does not exist"));
  g_assert_true (plx_test_has_warning (corpus, "c-emptied.txt", "empty"));
  g_assert_true (plx_test_has_warning (corpus, "d-binary.txt", "binary"));
  g_assert_cmpuint (n_articles (window), ==, 3);
  g_assert_nonnull (article_text (window, "a-long.txt"));
  g_assert_nonnull (article_text (window, "f-kept.txt"));
  /* The grown file is read as it is now, whole. */
  g_assert_cmpstr (article_text (window, "e-grown.txt"), ==, grown_text);

  plx_test_close_window (window);
  plx_test_remove_corpus (dir);
}

/* One file of the corpus shown is deleted: the window reads the folder
 * again and shows the others; a file that changes shows its new text. */
static void
test_faults_changed_while_shown (void)
{
  g_autofree char *dir = plx_test_make_corpus ("shown", three_articles);
  g_autofree char *beta = g_build_filename (dir, "beta.txt", NULL);
  g_autofree char *gamma = g_build_filename (dir, "gamma.txt", NULL);
  PlxWindow *window = plx_test_open_window (dir, "comparison");
  g_autoptr(GError) error = NULL;

  g_assert_cmpuint (plx_window_get_n_columns (window), ==, 3);

  g_assert_cmpint (g_unlink (beta), ==, 0);
  if (!plx_test_wait_until (plx_test_window_loading, window))
    g_error ("The deleted file did not make the window read the folder again");
  g_assert_true (plx_test_wait_until (plx_test_window_idle, window));
  g_assert_cmpstr (plx_window_get_visible_page_name (window), ==, "comparison");
  g_assert_cmpuint (n_articles (window), ==, 2);
  g_assert_cmpuint (plx_window_get_n_columns (window), ==, 2);

  g_file_set_contents (gamma,
                       "Tariff Increase Hits Steel Importers\n\n"
                       "Importers said shipments stopped at the border on Tuesday.\n",
                       -1, &error);
  g_assert_no_error (error);
  plx_test_wait_for_label (GTK_WIDGET (plx_window_get_comparison_view (window)), "shipments stopped");
  g_assert_cmpuint (n_articles (window), ==, 2);

  plx_test_close_window (window);
  plx_test_remove_corpus (dir);
}

/* The first GtkTextView inside @widget, or NULL. */
static GtkWidget *
find_text_view (GtkWidget *widget)
{
  if (GTK_IS_TEXT_VIEW (widget))
    return widget;

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_text_view (child);

      if (found != NULL)
        return found;
    }

  return NULL;
}

static gboolean
shows_lines (gpointer data)
{
  GdkRectangle visible;

  gtk_text_view_get_visible_rect (GTK_TEXT_VIEW (data), &visible);

  return gtk_widget_get_mapped (data) && visible.height > 100 && visible.width > 100;
}

static gboolean
dialog_mapped (gpointer data)
{
  GtkWidget **dialog = data;
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWidget) toplevel = g_list_model_get_item (toplevels, i);

      if (ADW_IS_MESSAGE_DIALOG (toplevel) && gtk_widget_get_mapped (toplevel))
        {
          *dialog = toplevel;
          return TRUE;
        }
    }

  return FALSE;
}

/* A folder of thousands of empty files has as many warnings. The
 * Loading Problems dialog lists them all in a text view, which lays out
 * what it shows first: one label of every line took the window minutes
 * to lay out (100,000 lines are 4.5 MB of text). */
static void
test_faults_many_warnings (void)
{
  const guint n_empty = 3000;
  g_autofree char *dir = plx_test_make_corpus ("many-warnings", three_articles);
  PlxWindow *window;
  GtkWidget *dialog = NULL;
  GtkWidget *view;
  GtkTextBuffer *buffer;
  GtkTextIter start, end;
  g_autofree char *first = NULL;

  for (guint i = 0; i < n_empty; i++)
    {
      g_autofree char *name = g_strdup_printf ("empty-%04u.txt", i);

      plx_test_write_file (dir, name, "", 0);
    }

  window = plx_test_open_window (dir, "comparison");
  g_assert_cmpuint (n_articles (window), ==, 3);
  g_assert_cmpuint (plx_corpus_get_n_warnings (plx_window_get_corpus (window)), ==, n_empty);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-warnings", NULL));
  g_assert_true (plx_test_wait_until (dialog_mapped, &dialog));

  view = find_text_view (dialog);
  g_assert_nonnull (view);
  buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (view));
  g_assert_cmpint (gtk_text_buffer_get_line_count (buffer), ==, n_empty);
  gtk_text_buffer_get_iter_at_line (buffer, &start, 0);
  end = start;
  gtk_text_iter_forward_to_line_end (&end);
  first = gtk_text_iter_get_text (&start, &end);
  g_assert_cmpstr (first, ==, "empty-0000.txt: the file is empty; skipped");
  /* On screen, with room for lines. */
  g_assert_true (plx_test_wait_until (shows_lines, view));

  gtk_window_destroy (GTK_WINDOW (dialog));
  plx_test_close_window (window);
  plx_test_remove_corpus (dir);
}

static char *
many_articles_corpus (guint n)
{
  /* Each statement is split around a figure that varies by outlet. */
  static const char *events[][2] = {
    { "The government raised tariffs on imported steel to", "percent on Monday." },
    { "Officials said the measure on", "products takes effect in March." },
    { "Industry groups warned that", "jobs were at risk." },
    { "Exporters said shipments fell by", "percent in the first week." },
    { "The opposition called the", "page decree rushed." },
  };
  g_autofree char *dir = plx_test_make_dir ();
  char *corpus = g_build_filename (dir, "many", NULL);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GString) text = g_string_new (NULL);
      g_autofree char *name = g_strdup_printf ("outlet-%03u.txt", i);

      g_string_append_printf (text, "Report %u on the Steel Tariffs\n\n", i);
      for (guint j = 0; j < 12; j++)
        {
          guint k = (i + j) % G_N_ELEMENTS (events);

          g_string_append_printf (text, "%s %u %s ", events[k][0], 10 + (i * 13 + j) % 40, events[k][1]);
        }
      plx_test_write_file (corpus, name, text->str, -1);
    }

  return corpus;
}

static gboolean
aligning (gpointer data)
{
  PlxWindow *window = data;

  return g_strcmp0 (gtk_label_get_text (window->loading_title), "Aligning…") == 0 ||
         !plx_test_window_loading (window);
}

/* Closing the window while its articles are being aligned in another
 * thread: the alignment stops, and the window is freed once the thread
 * has reported back, without a crash or a leak. */
static void
test_faults_close_while_aligning (void)
{
  g_autofree char *dir = many_articles_corpus (400);
  g_autofree char *parent = g_path_get_dirname (dir);
  g_autoptr(GFile) location = g_file_new_for_path (dir);
  PlxWindow *window = plx_window_new (NULL);

  g_object_add_weak_pointer (G_OBJECT (window), (gpointer *)&window);
  gtk_window_present (GTK_WINDOW (window));
  plx_window_open (window, location);

  g_assert_true (plx_test_wait_until (aligning, window));
  if (!plx_test_window_loading (window))
    g_error ("The alignment ended before the window could be closed during it");
  gtk_window_destroy (GTK_WINDOW (window));

  g_assert_true (plx_test_wait_until (is_null, &window));
  plx_test_remove_tree (parent);
}

/* A tmpfs mounted on a new temporary folder, holding @files. */
static char *
mount_corpus (const char * const *files)
{
  g_autofree char *mount_point = plx_test_make_dir ();

  if (mount ("parallax-test", mount_point, "tmpfs", 0, "size=8m,mode=0755") != 0)
    g_error ("mount tmpfs on %s: %s", mount_point, g_strerror (errno));

  for (guint i = 0; files[i] != NULL; i += 2)
    plx_test_write_file (mount_point, files[i], files[i + 1], -1);

  return g_steal_pointer (&mount_point);
}

/* A corpus on a read-only file system opens as any other, with no
 * message: Parallax has nothing to write there. */
static void
test_faults_read_only_mount (void)
{
  g_autofree char *dir = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  PlxWindow *window;

  if (no_mounts_reason != NULL)
    {
      g_test_skip (no_mounts_reason);
      return;
    }

  dir = mount_corpus (three_articles);
  g_assert_cmpint (mount (NULL, dir, NULL, MS_REMOUNT | MS_RDONLY, NULL), ==, 0);
  g_assert_cmpint (g_access (dir, W_OK) != 0 || errno == EROFS, ==, TRUE);
  before = plx_test_snapshot_tree (dir);

  window = plx_test_open_window (dir, "comparison");
  g_assert_cmpuint (plx_window_get_n_columns (window), ==, 3);
  g_assert_cmpuint (plx_corpus_get_n_warnings (plx_window_get_corpus (window)), ==, 0);
  plx_test_close_window (window);

  after = plx_test_snapshot_tree (dir);
  g_assert_cmpstr (before, ==, after);

  g_assert_cmpint (umount (dir), ==, 0);
  g_assert_cmpint (g_rmdir (dir), ==, 0);
}

/* The disk that holds the corpus shown goes away (a USB stick pulled,
 * a network share dropped): the window notices, keeps the comparison
 * as last read, and says so. */
static void
test_faults_mount_vanishes (void)
{
  g_autofree char *dir = NULL;
  PlxAlignment *shown;
  PlxWindow *window;

  if (no_mounts_reason != NULL)
    {
      g_test_skip (no_mounts_reason);
      return;
    }

  dir = mount_corpus (three_articles);
  window = plx_test_open_window (dir, "comparison");
  shown = plx_window_get_alignment (window);

  g_assert_cmpint (umount2 (dir, MNT_DETACH), ==, 0);
  if (!plx_test_wait_until (plx_test_window_loading, window))
    g_error ("The window did not notice that its disk went away");
  g_assert_true (plx_test_wait_until (plx_test_window_idle, window));

  g_assert_cmpstr (plx_window_get_visible_page_name (window), ==, "comparison");
  g_assert_true (plx_window_get_alignment (window) == shown);
  g_assert_cmpuint (n_articles (window), ==, 3);
  plx_test_wait_for_label (GTK_WIDGET (window), "showing them as last read");

  plx_test_close_window (window);
  g_assert_cmpint (g_rmdir (dir), ==, 0);
}

/* A mount namespace of this process's own, so that the test's mounts
 * are private and vanish with it. unshare() must come before any thread
 * starts, so before GTK. */
static void
enter_mount_namespace (void)
{
  if (unshare (CLONE_NEWNS) != 0)
    {
      no_mounts_reason = g_strdup_printf ("Cannot make a mount namespace (%s): mount tests skipped",
                                          g_strerror (errno));
      return;
    }

  if (mount (NULL, "/", NULL, MS_REC | MS_PRIVATE, NULL) != 0)
    no_mounts_reason = g_strdup_printf ("Cannot make the mounts private (%s): mount tests skipped",
                                        g_strerror (errno));
}

int
main (int   argc,
      char *argv[])
{
  enter_mount_namespace ();

  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  g_test_add_func ("/window-faults/changed-while-loading", test_faults_changed_while_loading);
  g_test_add_func ("/window-faults/changed-while-shown", test_faults_changed_while_shown);
  g_test_add_func ("/window-faults/close-while-aligning", test_faults_close_while_aligning);
  g_test_add_func ("/window-faults/many-warnings", test_faults_many_warnings);
  g_test_add_func ("/window-faults/read-only-mount", test_faults_read_only_mount);
  g_test_add_func ("/window-faults/mount-vanishes", test_faults_mount_vanishes);

  return g_test_run ();
}
