/* test-window-files.c: the corpus on disk: opening (dropped, recent,
 * saved web pages), reading again when it changes or vanishes,
 * exporting, and the window's life around a load
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>
#include <glib/gstdio.h>

#include "parallax-core.h"
#include "plx-application.h"
#include "plx-window-private.h"
#include "plx-window-test-util.h"

/* Started without a corpus, the application shows a sample: run from
 * the build tree, it finds one (the source tree's, or an installed copy,
 * or $PARALLAX_SAMPLE_DIR). The other tests read the source tree's
 * through plx_test_dup_sample().
 */
static void
test_window_sample_location (void)
{
  g_autoptr(GFile) sample = plx_application_dup_sample_location ();

  g_assert_nonnull (sample);
  g_assert_cmpint (g_file_query_file_type (sample, G_FILE_QUERY_INFO_NONE, NULL), ==, G_FILE_TYPE_DIRECTORY);
}

/* Emits a drop of @paths on the window, as a file manager would. */
static gboolean
drop_files (PlxWindow          *window,
            const char * const *paths)
{
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (GTK_WIDGET (window));
  GtkDropTarget *target = NULL;
  g_autoslist(GFile) files = NULL;
  g_auto(GValue) value = G_VALUE_INIT;
  gboolean accepted = FALSE;

  for (guint i = 0; i < g_list_model_get_n_items (controllers) && target == NULL; i++)
    {
      g_autoptr(GObject) controller = g_list_model_get_item (controllers, i);

      if (GTK_IS_DROP_TARGET (controller))
        target = GTK_DROP_TARGET (controller);
    }
  g_assert_nonnull (target);

  for (guint i = 0; paths[i] != NULL; i++)
    files = g_slist_append (files, g_file_new_for_path (paths[i]));

  g_value_init (&value, GDK_TYPE_FILE_LIST);
  g_value_take_boxed (&value, gdk_file_list_new_from_list (files));
  g_signal_emit_by_name (target, "drop", &value, 10.0, 10.0, &accepted);

  return accepted;
}

typedef struct
{
  PlxWindow  *window;
  const char *name;
} CorpusWait;

static gboolean
corpus_is (gpointer data)
{
  CorpusWait *wait = data;
  PlxCorpus *corpus = plx_window_get_corpus (wait->window);

  return corpus != NULL &&
         g_strcmp0 (plx_corpus_get_name (corpus), wait->name) == 0 &&
         plx_window_get_alignment (wait->window) != NULL &&
         g_strcmp0 (plx_window_get_visible_page_name (wait->window), "comparison") == 0;
}

/* A folder dropped on the window opens; several files at once do not,
 * and say why, leaving the corpus shown.
 */
static void
test_window_drop (void)
{
  g_autofree char *dir = plx_test_make_corpus ("dropped", plx_test_three_articles);
  g_autofree char *alpha = g_build_filename (dir, "alpha.txt", NULL);
  g_autofree char *beta = g_build_filename (dir, "beta.txt", NULL);
  const char *folder[] = { dir, NULL };
  const char *two_files[] = { alpha, beta, NULL };
  PlxWindow *window = g_object_ref (plx_window_new (NULL));
  CorpusWait wait = { window, "dropped" };

  gtk_window_present (GTK_WINDOW (window));
  g_assert_true (drop_files (window, folder));
  if (!plx_test_wait_until (corpus_is, &wait))
    g_error ("The dropped folder did not open");
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (plx_window_get_corpus (window))), ==, 3);

  g_assert_false (drop_files (window, two_files));
  g_assert_cmpstr (plx_window_get_visible_page_name (window), ==, "comparison");
  g_assert_cmpstr (plx_corpus_get_name (plx_window_get_corpus (window)), ==, "dropped");

  plx_test_close_window (window);
  plx_test_remove_corpus (dir);
}

/* Each corpus opened goes to the top of Open Recent; one opens from it. */
static void
test_window_recent (void)
{
  g_autofree char *first = plx_test_make_corpus ("first", plx_test_three_articles);
  g_autofree char *second = plx_test_make_corpus ("second", plx_test_three_articles);
  PlxWindow *window;
  g_autoptr(GVariant) target = NULL;
  CorpusWait wait;

  window = plx_test_open_window (first, "comparison");
  plx_test_assert_settings (window);

  g_settings_set_strv (window->settings, "recent-corpora", NULL);
  {
    g_autoptr(GFile) location = g_file_new_for_path (first);

    plx_window_open (window, location);
    wait = (CorpusWait) { window, "first" };
    g_assert_true (plx_test_wait_until (corpus_is, &wait));
  }
  {
    g_autoptr(GFile) location = g_file_new_for_path (second);

    plx_window_open (window, location);
    wait = (CorpusWait) { window, "second" };
    g_assert_true (plx_test_wait_until (corpus_is, &wait));
  }

  /* Newest first, by name. */
  g_assert_cmpuint (g_menu_model_get_n_items (G_MENU_MODEL (window->recent_section)), ==, 2);
  {
    g_autofree char *label = NULL;

    g_menu_model_get_item_attribute (G_MENU_MODEL (window->recent_section), 0,
                                     G_MENU_ATTRIBUTE_LABEL, "s", &label);
    g_assert_cmpstr (label, ==, "second");
  }

  target = g_menu_model_get_item_attribute_value (G_MENU_MODEL (window->recent_section), 1,
                                                  G_MENU_ATTRIBUTE_TARGET, G_VARIANT_TYPE_STRING);
  g_assert_nonnull (target);
  g_assert_true (gtk_widget_activate_action_variant (GTK_WIDGET (window), "win.open-recent", target));
  wait = (CorpusWait) { window, "first" };
  if (!plx_test_wait_until (corpus_is, &wait))
    g_error ("Open Recent did not open the corpus");

  /* A corpus that has gone is not offered. */
  plx_test_remove_corpus (second);
  {
    g_auto(GStrv) recent = g_settings_get_strv (window->settings, "recent-corpora");

    g_settings_set_strv (window->settings, "recent-corpora", NULL);
    g_settings_set_strv (window->settings, "recent-corpora", (const char * const *) recent);
  }
  g_assert_cmpuint (g_menu_model_get_n_items (G_MENU_MODEL (window->recent_section)), ==, 1);

  plx_test_close_window (window);
  plx_test_remove_corpus (first);
}

typedef struct
{
  PlxWindow    *window;
  PlxAlignment *old;
} ReloadWait;

static gboolean
realigned (gpointer data)
{
  ReloadWait *wait = data;
  PlxAlignment *alignment = plx_window_get_alignment (wait->window);

  return alignment != NULL && alignment != wait->old;
}

typedef struct
{
  PlxComparisonView *view;
  double             scroll;
} ScrollWait;

/* The list view places its rows from estimates, then from their real
 * heights as it creates them: a position is compared within a few
 * lines.
 */
static gboolean
scrolled_to (gpointer data)
{
  ScrollWait *wait = data;

  return G_APPROX_VALUE (plx_comparison_view_get_scroll (wait->view), wait->scroll, 60.0);
}

/* Whether the view has stayed at one place for a few turns of the main
 * loop, which wait->scroll then holds.
 */
static gboolean
scroll_settled (gpointer data)
{
  ScrollWait *wait = data;
  static guint n_same;
  double now = plx_comparison_view_get_scroll (wait->view);

  g_usleep (20000);
  n_same = G_APPROX_VALUE (now, wait->scroll, 0.5) ? n_same + 1 : 0;
  wait->scroll = now;

  return n_same >= 5;
}

/* An article changed on disk while shown: the comparison is read again,
 * shows the change, and stays where the reader was.
 */
static void
test_window_reload (void)
{
  g_autoptr(GFile) sample = plx_test_dup_sample ();
  g_autofree char *dir = NULL;
  g_autofree char *changed = NULL;
  g_autofree char *contents = NULL;
  g_autoptr(GDir) handle = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GString) more = NULL;
  PlxComparisonView *view;
  GtkAdjustment *adjustment;
  PlxWindow *window;
  ReloadWait reload;
  ScrollWait scroll;
  const char *name;
  guint selected;

  /* A copy of the sample, to change. */
  dir = plx_test_make_corpus ("changing", NULL);
  handle = g_dir_open (g_file_peek_path (sample), 0, &error);
  g_assert_no_error (error);
  while ((name = g_dir_read_name (handle)) != NULL)
    {
      g_autofree char *from = g_build_filename (g_file_peek_path (sample), name, NULL);
      g_autofree char *to = g_build_filename (dir, name, NULL);
      g_autofree char *text = NULL;

      g_file_get_contents (from, &text, NULL, &error);
      g_assert_no_error (error);
      g_file_set_contents (to, text, -1, &error);
      g_assert_no_error (error);
      if (changed == NULL)
        changed = g_steal_pointer (&to);
    }

  window = plx_test_open_window (dir, "comparison");
  view = plx_window_get_comparison_view (window);
  adjustment = gtk_scrollable_get_vadjustment (GTK_SCROLLABLE (plx_comparison_view_get_column_view (view)));

  /* Somewhere down the rows, with a row selected, once the window has
   * shown its first discrepancy.
   */
  {
    PlxTestInViewWait first = { GTK_WIDGET (plx_comparison_view_get_column_view (view)), "a excellent conversation" };

    g_assert_true (plx_test_wait_until (plx_test_label_in_view, &first));
  }
  plx_test_clear_selection (view);
  g_assert_true (gtk_selection_model_select_item (gtk_column_view_get_model (plx_comparison_view_get_column_view (view)), 5, TRUE));
  gtk_adjustment_set_value (adjustment, 1500);
  scroll = (ScrollWait) { view, 0 };
  g_assert_true (plx_test_wait_until (scroll_settled, &scroll));
  g_assert_cmpfloat (scroll.scroll, >, 1000);
  selected = plx_comparison_view_get_selected (view);

  /* An editor adds a sentence to one article. */
  g_file_get_contents (changed, &contents, NULL, &error);
  g_assert_no_error (error);
  more = g_string_new (contents);
  g_string_append (more, "\n\nThe zebra crossing outside the ministry was repainted purple overnight.\n");
  g_file_set_contents (changed, more->str, -1, &error);
  g_assert_no_error (error);

  reload = (ReloadWait) { window, plx_window_get_alignment (window) };
  if (!plx_test_wait_until (realigned, &reload))
    g_error ("The changed corpus was not read again");
  g_assert_cmpstr (plx_window_get_visible_page_name (window), ==, "comparison");
  g_assert_cmpuint (plx_comparison_view_get_selected (view), ==, selected);
  if (!plx_test_wait_until (scrolled_to, &scroll))
    g_error ("The reload lost the scroll position: %g, was %g",
             plx_comparison_view_get_scroll (view), scroll.scroll);

  /* The new sentence is a row of its own. */
  {
    PlxAlignment *alignment = plx_window_get_alignment (window);
    gboolean found = FALSE;

    for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (alignment)) && !found; i++)
      found = plx_test_row_contains (plx_alignment_get_row (alignment, i), "zebra crossing");
    g_assert_true (found);
  }

  plx_test_close_window (window);
  plx_test_remove_corpus (dir);
}

/* Five saved web pages on one story open as text files do: a column per
 * outlet, named from the pages, and "on Tuesday" dated from each page's
 * own publication date (the Daily Ledger's, a week later, is another
 * Tuesday).
 */
static void
test_window_saved_pages (void)
{
  g_autofree char *dir = g_build_filename (TEST_DATA_DIR, "html", "story", NULL);
  const char *outlets[] = { "Bay News", "The Coast Post", "The Daily Ledger", "The Harbour Times", "Island Wire" };
  PlxWindow *window = plx_test_open_window (dir, "comparison");
  PlxLedger *ledger = plx_window_get_ledger (window);
  GPtrArray *events = plx_ledger_get_events (ledger);
  gboolean found_13 = FALSE;
  gboolean found_20 = FALSE;

  g_assert_cmpuint (plx_window_get_n_columns (window), ==, G_N_ELEMENTS (outlets));
  for (guint i = 0; i < G_N_ELEMENTS (outlets); i++)
    g_assert_cmpstr (gtk_column_view_column_get_title (plx_window_get_column (window, i)), ==, outlets[i]);

  for (guint i = 0; events != NULL && i < events->len; i++)
    {
      const PlxEventEntry *event = g_ptr_array_index (events, i);

      for (guint j = 0; j < event->mentions->len; j++)
        {
          const PlxMention *mention = &g_array_index (event->mentions, PlxMention, j);
          g_autofree char *text = g_utf8_strdown (mention->text, -1);

          if (strstr (text, "tuesday") == NULL)
            continue;
          if (g_strcmp0 (plx_article_get_outlet (mention->article), "The Daily Ledger") == 0)
            found_20 |= g_strcmp0 (event->date, "2026-01-20") == 0;
          else
            found_13 |= g_strcmp0 (event->date, "2026-01-13") == 0;
        }
    }
  g_assert_true (found_13);
  g_assert_true (found_20);

  plx_test_close_window (window);
}

/* The corpus shown is deleted from the disk (or its disk goes away): the
 * window tries to read it again, and keeps the comparison as last read
 * rather than emptying itself.
 */
static void
test_window_corpus_vanishes (void)
{
  g_autofree char *dir = plx_test_make_corpus ("vanishing", plx_test_three_articles);
  PlxWindow *window = plx_test_open_window (dir, "comparison");
  PlxAlignment *shown = plx_window_get_alignment (window);

  plx_test_remove_corpus (dir);
  if (!plx_test_wait_until (plx_test_window_loading, window))
    g_error ("The deleted corpus was not read again");
  g_assert_true (plx_test_wait_until (plx_test_window_idle, window));

  g_assert_cmpstr (plx_window_get_visible_page_name (window), ==, "comparison");
  g_assert_true (plx_window_get_alignment (window) == shown);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (plx_window_get_corpus (window))), ==, 3);

  plx_test_close_window (window);
}

static void
test_window_export (void)
{
  PlxWindow *window = plx_test_open_sample ();
  g_autoptr(GError) error = NULL;
  g_autofree char *tmp = NULL;
  g_autofree char *html_path = NULL;
  g_autofree char *json_path = NULL;
  g_autofree char *other_path = NULL;
  g_autofree char *contents = NULL;
  g_autoptr(GFile) html = NULL;
  g_autoptr(GFile) json = NULL;
  g_autoptr(GFile) other = NULL;
  g_autoptr(GFile) csv = NULL;
  g_autofree char *csv_path = NULL;
  guint n_lines;
  g_autoptr(JsonParser) parser = json_parser_new ();
  JsonNode *root;


  tmp = g_dir_make_tmp ("parallax-test-export-XXXXXX", &error);
  g_assert_no_error (error);
  html_path = g_build_filename (tmp, "report.html", NULL);
  json_path = g_build_filename (tmp, "report.JSON", NULL);
  other_path = g_build_filename (tmp, "report.txt", NULL);
  csv_path = g_build_filename (tmp, "rows.csv", NULL);
  csv = g_file_new_for_path (csv_path);
  html = g_file_new_for_path (html_path);
  json = g_file_new_for_path (json_path);
  other = g_file_new_for_path (other_path);

  g_assert_true (plx_window_export_to_file (window, html, &error));
  g_assert_no_error (error);
  g_file_get_contents (html_path, &contents, NULL, &error);
  g_assert_no_error (error);
  g_assert_true (g_str_has_prefix (contents, "<!DOCTYPE html>"));

  g_assert_true (plx_window_export_to_file (window, json, &error));
  g_assert_no_error (error);
  json_parser_load_from_file (parser, json_path, &error);
  g_assert_no_error (error);
  root = json_parser_get_root (parser);
  g_assert_true (JSON_NODE_HOLDS_OBJECT (root));
  g_assert_true (json_object_has_member (json_node_get_object (root), "rows"));

  /* A spreadsheet: a heading and a line per row, UTF-8 with its BOM. */
  g_assert_true (plx_window_export_to_file (window, csv, &error));
  g_assert_no_error (error);
  g_clear_pointer (&contents, g_free);
  g_file_get_contents (csv_path, &contents, NULL, &error);
  g_assert_no_error (error);
  g_assert_true (g_str_has_prefix (contents, "\xEF\xBB\xBF" "kind,"));
  n_lines = 0;
  for (const char *p = contents; (p = strstr (p, "\r\n")) != NULL; p += 2)
    n_lines++;
  g_assert_cmpuint (n_lines, ==, g_list_model_get_n_items (G_LIST_MODEL (plx_window_get_alignment (window))) + 1);

  /* A name that says no format is refused, and nothing is written. */
  g_assert_false (plx_window_export_to_file (window, other, &error));
  g_assert_error (error, PLX_ERROR, PLX_ERROR_UNSUPPORTED);
  g_assert_false (g_file_test (other_path, G_FILE_TEST_EXISTS));

  g_unlink (html_path);
  g_unlink (json_path);
  g_unlink (csv_path);
  g_rmdir (tmp);
  plx_test_close_window (window);
}

static void
test_window_title (void)
{
  g_autofree char *dir = plx_test_make_corpus ("steel-tariffs", plx_test_three_articles);
  PlxWindow *window = plx_test_open_window (dir, "comparison");
  PlxCorpus *corpus = plx_window_get_corpus (window);
  const char *name;
  g_autofree char *expected = NULL;

  g_assert_nonnull (corpus);
  name = plx_corpus_get_name (corpus);
  g_assert_nonnull (name);
  g_assert_cmpstr (name, !=, "");

  expected = g_strdup_printf ("%s — Parallax", name);
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (window)), ==, expected);

  plx_test_close_window (window);
  plx_test_remove_corpus (dir);
}

static void
test_window_finalize (void)
{
  PlxWindow *window = g_object_ref (plx_window_new (NULL));

  /* Before any corpus, too. */
  gtk_window_present (GTK_WINDOW (window));
  g_assert_cmpstr (plx_window_get_visible_page_name (window), ==, "empty");
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (window)), ==, "Parallax");
  plx_test_close_window (window);
}

static gboolean
is_null (gpointer data)
{
  return *(gpointer *)data == NULL;
}

static void
test_window_destroy_while_loading (void)
{
  g_autofree char *dir = plx_test_make_corpus ("steel", plx_test_three_articles);
  g_autoptr(GFile) location = g_file_new_for_path (dir);
  PlxWindow *window = plx_window_new (NULL);

  /* The load may still be running: once it notices the cancellation
   * and reports back, nothing may keep the window alive.
   */
  g_object_add_weak_pointer (G_OBJECT (window), (gpointer *)&window);
  gtk_window_present (GTK_WINDOW (window));
  plx_window_open (window, location);
  gtk_window_destroy (GTK_WINDOW (window));

  g_assert_true (plx_test_wait_until (is_null, &window));
  plx_test_remove_corpus (dir);
}

static void
test_window_cancel (void)
{
  g_autofree char *dir = plx_test_make_corpus ("steel", plx_test_three_articles);
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
  g_assert_true (plx_test_wait_until (is_null, &window));
  plx_test_remove_corpus (dir);
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  g_test_add_func ("/window/sample-location", test_window_sample_location);
  g_test_add_func ("/window/drop", test_window_drop);
  g_test_add_func ("/window/saved-pages", test_window_saved_pages);
  g_test_add_func ("/window/recent", test_window_recent);
  g_test_add_func ("/window/reload", test_window_reload);
  g_test_add_func ("/window/corpus-vanishes", test_window_corpus_vanishes);
  g_test_add_func ("/window/export", test_window_export);
  g_test_add_func ("/window/title", test_window_title);
  g_test_add_func ("/window/finalize", test_window_finalize);
  g_test_add_func ("/window/destroy-while-loading", test_window_destroy_while_loading);
  g_test_add_func ("/window/cancel", test_window_cancel);

  return g_test_run ();
}
