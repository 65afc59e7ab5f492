/* test-window-provenance.c: copies and versions in the window
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "plx-changes-window.h"
#include "plx-test-util.h"
#include "plx-window-private.h"
#include "plx-window-test-util.h"

static const char story[] =
  "Port workers walked out at dawn on March 2, 2026, halting the loading of grain ships at the country's largest harbour.\n\n"
  "The union said the strike would last at least three days unless the port authority reopened talks on night-shift pay.\n\n"
  "About 4,000 dockers joined the stoppage, according to the union, while the authority put the number at 2,600.\n\n"
  "Twelve vessels were waiting at anchor by midday, and two container lines said they would divert ships.\n\n";

static const char independent[] =
  "Harbour at a standstill\n\n"
  "Nothing moved on the quays on Monday morning as dock workers stayed away in a dispute over pay for night shifts.\n\n"
  "Ship captains waiting offshore said they had been given no idea when loading might resume.\n";

/* The position of the article @id in the corpus shown. */
static guint
position_of (PlxWindow  *window,
             const char *id)
{
  PlxCorpus *corpus = plx_window_get_corpus (window);

  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (corpus)); i++)
    if (g_str_equal (plx_article_get_id (plx_corpus_get_article (corpus, i)), id))
      return i;

  g_assert_not_reached ();
}

static gboolean
has_column (PlxWindow  *window,
            const char *id)
{
  return plx_comparison_view_get_article_visible (plx_window_get_comparison_view (window),
                                                  plx_corpus_find_article (plx_window_get_corpus (window), id));
}

/* The preference that hides copies: live, at the next corpus, and the
 * outlet chooser's check item follows. */
static void
test_provenance_hide_copies (void)
{
  g_autofree char *wire = g_strconcat ("Dockers strike halts grain exports\n\n", story,
                                       "A spokesman for the authority said it hoped for an agreement within days.\n", NULL);
  g_autofree char *copy = g_strconcat ("Port paralysed as dock workers walk out\n\n", story, NULL);
  const char *files[] = { "reuters.txt", wire, "repost.txt", copy, "herald.txt", independent, NULL };
  g_autofree char *dir = plx_test_make_corpus ("copies", files);
  PlxWindow *window = plx_test_open_window (dir, "comparison");
  g_autofree char *action = NULL;

  g_assert_true (g_settings_get_boolean (window->settings, "show-copies"));
  g_assert_true (has_column (window, "repost"));
  g_assert_cmpuint (plx_window_get_n_columns (window), ==, 3);

  /* The ledger's entries that the wire story and its copy state come
   * from one source. */
  {
    PlxTestLabelWait wait = { GTK_WIDGET (plx_window_get_ledger_sidebar (window)), "1 source", NULL };

    g_assert_true (plx_test_wait_until (plx_test_label_is_shown, &wait));
    g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (wait.found)), ==, "1 source");
  }
  /* So do the rows they carry: the gutter counts the sources under the
   * outlets. */
  {
    PlxTestLabelWait wait = { GTK_WIDGET (plx_window_get_comparison_view (window)), "2/3\n1 source", NULL };

    g_assert_true (plx_test_wait_until (plx_test_label_is_shown, &wait));
  }

  g_settings_set_boolean (window->settings, "show-copies", FALSE);
  g_assert_false (has_column (window, "repost"));
  g_assert_true (has_column (window, "reuters"));
  g_assert_true (has_column (window, "herald"));
  g_assert_cmpuint (plx_window_get_n_columns (window), ==, 2);

  /* The check item says the column is hidden: choosing it shows it. */
  action = g_strdup_printf ("outlet.show-%u", position_of (window, "repost"));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), action, NULL));
  g_assert_true (has_column (window, "repost"));
  plx_test_close_window (window);

  /* A corpus opened while copies are hidden opens without them. */
  window = plx_test_open_window (dir, "comparison");
  g_assert_false (has_column (window, "repost"));
  g_assert_cmpuint (plx_window_get_n_columns (window), ==, 2);
  g_settings_set_boolean (window->settings, "show-copies", TRUE);
  g_assert_true (has_column (window, "repost"));
  g_settings_reset (window->settings, "show-copies");
  plx_test_close_window (window);

  plx_test_remove_corpus (dir);
}

static gboolean
menu_has_action (GMenuModel *menu,
                 const char *action)
{
  for (int i = 0; menu != NULL && i < g_menu_model_get_n_items (menu); i++)
    {
      g_autofree char *name = NULL;

      if (g_menu_model_get_item_attribute (menu, i, G_MENU_ATTRIBUTE_ACTION, "s", &name) &&
          g_str_equal (name, action))
        return TRUE;
    }

  return FALSE;
}

static PlxChangesWindow *
find_changes_window (void)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GObject) toplevel = g_list_model_get_item (toplevels, i);

      if (PLX_IS_CHANGES_WINDOW (toplevel))
        return PLX_CHANGES_WINDOW (toplevel);
    }

  return NULL;
}

/* A corpus.json with two entries at one address, the later edited: the
 * window shows the later one, and on request what it changed. */
static void
test_provenance_versions (void)
{
  g_autofree char *first = g_strconcat ("Dockers strike halts grain exports\n\n", story, NULL);
  g_autofree char *later = NULL;
  g_autofree char *edited = g_strdup (story);
  const char *manifest =
    "{\"articles\": ["
    " {\"file\": \"v1.txt\", \"outlet\": \"Daily News\", \"url\": \"https://news.example/strike\", \"date\": \"2026-03-02\"},"
    " {\"file\": \"herald.txt\", \"outlet\": \"Herald\"},"
    " {\"file\": \"v2.txt\", \"outlet\": \"Daily News\", \"url\": \"https://news.example/strike/\", \"date\": \"2026-03-03\"}"
    "]}";
  g_autofree char *dir = NULL;
  g_autofree char *path = NULL;
  PlxWindow *window;
  PlxChangesWindow *changes;
  GtkColumnViewColumn *column;
  gboolean found = FALSE;

  memcpy (strstr (edited, "4,000"), "5,000", 5);
  later = g_strconcat ("Dockers strike halts grain exports\n\n", edited,
                       "Talks resumed on Tuesday evening, the union said.\n", NULL);
  {
    const char *all[] = { "corpus.json", manifest, "v1.txt", first, "herald.txt", independent, "v2.txt", later, NULL };

    dir = plx_test_make_corpus ("versions", all);
  }
  path = g_build_filename (dir, "corpus.json", NULL);
  window = plx_test_open_window (path, "comparison");

  /* The latest version has the outlet's column; the earlier one has
   * none until the outlet chooser shows it. */
  g_assert_true (has_column (window, "v2"));
  g_assert_false (has_column (window, "v1"));
  g_assert_true (has_column (window, "herald"));

  /* Its header's menu offers its changes. */
  column = plx_comparison_view_get_article_column (plx_window_get_comparison_view (window),
                                                   plx_corpus_find_article (plx_window_get_corpus (window), "v2"));
  g_assert_true (menu_has_action (gtk_column_view_column_get_header_menu (column), "win.show-changes"));
  column = plx_comparison_view_get_article_column (plx_window_get_comparison_view (window),
                                                   plx_corpus_find_article (plx_window_get_corpus (window), "herald"));
  g_assert_false (menu_has_action (gtk_column_view_column_get_header_menu (column), "win.show-changes"));

  g_assert_null (find_changes_window ());
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-changes", "s", "v2"));
  changes = find_changes_window ();
  g_assert_nonnull (changes);
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (changes)), ==, "Changes in Daily News");
  /* The figure edited, flagged; the sentence added. */
  g_assert_cmpuint (plx_changes_window_get_n_changes (changes), ==, 2);
  g_assert_cmpuint (plx_changes_window_get_n_factual (changes), ==, 1);
  for (guint i = 0; i < plx_changes_window_get_n_changes (changes); i++)
    {
      const char *text = plx_changes_window_get_text (changes, i);

      /* An edited sentence shows the new figure and, struck through,
       * the old one. */
      if (strstr (text, "5,000") != NULL)
        {
          g_assert_nonnull (strstr (text, "4,000"));
          found = TRUE;
        }
      else
        g_assert_nonnull (strstr (text, "Talks resumed"));
    }
  g_assert_true (found);
  gtk_window_destroy (GTK_WINDOW (changes));

  /* Nothing to show for an article that is no later version. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-changes", "s", "herald"));
  g_assert_null (find_changes_window ());

  plx_test_close_window (window);
  plx_test_remove_corpus (dir);
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  g_test_add_func ("/window/provenance/hide-copies", test_provenance_hide_copies);
  g_test_add_func ("/window/provenance/versions", test_provenance_versions);

  return g_test_run ();
}
