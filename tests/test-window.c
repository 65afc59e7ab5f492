/* test-window.c: the main window, driven as a user would see it
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>
#include <glib/gstdio.h>
#include <locale.h>

#include "parallax-core.h"
#include "plx-application.h"
#include "plx-comparison-cell.h"
#include "plx-preferences-window.h"
#include "plx-similarity.h"
#include "plx-tooltip.h"
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
  "The change was announced on Monday.\n\n"
  "Leave a Reply\n",
  NULL
};

static void
test_window_columns (void)
{
  g_autofree char *dir = plx_test_make_corpus ("steel", three_articles);
  PlxWindow *window = plx_test_open_window (dir, "comparison");
  PlxCorpus *corpus = plx_window_get_corpus (window);
  g_autoptr(PlxArticle) article = g_list_model_get_item (G_LIST_MODEL (corpus), 2);
  GtkColumnViewColumn *column;

  g_assert_cmpuint (plx_window_get_n_columns (window), ==, 3);
  column = plx_window_get_column (window, 2);
  g_assert_true (GTK_IS_COLUMN_VIEW_COLUMN (column));
  g_assert_cmpstr (gtk_column_view_column_get_title (column), ==,
                   plx_article_get_display_name (article));
  g_assert_true (gtk_column_view_column_get_resizable (column));
  g_assert_true (gtk_column_view_column_get_expand (column));
  g_assert_null (plx_window_get_column (window, 3));

  plx_test_close_window (window);
  plx_test_remove_corpus (dir);
}

static void
test_window_empty (void)
{
  static const char *no_text[] = {
    "cover.png", "\x89PNG\r\n\x1a\n\0\0\0\rIHDR",
    NULL
  };
  g_autofree char *dir = plx_test_make_corpus ("pictures", no_text);
  PlxWindow *window = plx_test_open_window (dir, "empty");
  AdwStatusPage *status_page = plx_window_get_status_page (window);

  g_assert_cmpuint (plx_window_get_n_columns (window), ==, 0);
  g_assert_cmpstr (adw_status_page_get_title (status_page), ==, "No Readable Articles");
  g_assert_nonnull (adw_status_page_get_description (status_page));
  g_assert_cmpstr (adw_status_page_get_description (status_page), !=, "");

  plx_test_close_window (window);
  plx_test_remove_corpus (dir);
}

/* The sentence's box in its cell carries the class of the match. */
static GtkWidget *
cell_of (GtkWidget *label)
{
  return gtk_widget_get_parent (label);
}

static void
test_window_cells (void)
{
  g_autofree char *dir = plx_test_make_corpus ("steel", three_articles);
  PlxWindow *window = plx_test_open_window (dir, "comparison");
  GtkWidget *view = GTK_WIDGET (plx_window_get_comparison_view (window));
  g_autofree char *spoken = NULL;
  GtkWidget *label;

  /* Only one outlet reports the importers' warning. */
  label = plx_test_wait_for_label (view, "Importers warned");
  g_assert_true (gtk_widget_has_css_class (cell_of (label), "comparison-cell"));
  g_assert_true (gtk_widget_has_css_class (cell_of (label), "only-here"));

  /* A screen reader says so too, and reads the sentence. The check
   * gives the value whenever it is not the one passed.
   */
  spoken = gtk_test_accessible_check_property (GTK_ACCESSIBLE (cell_of (label)),
                                               GTK_ACCESSIBLE_PROPERTY_LABEL, "");
  g_assert_nonnull (spoken);
  g_assert_nonnull (strstr (spoken, "only in this outlet: "));
  g_assert_nonnull (strstr (spoken, "Importers warned"));

  /* The others say so. */
  label = plx_test_wait_for_label (view, "not reported");
  g_assert_true (gtk_widget_has_css_class (cell_of (label), "empty"));

  /* Boilerplate is not compared. */
  g_assert_null (plx_test_find_label (view, "Leave a Reply"));

  plx_test_close_window (window);
  plx_test_remove_corpus (dir);
}

/* Text that would be markup if it went into the labels unescaped: a
 * warning about bad markup would be fatal here.
 */
static void
test_window_markup (void)
{
  static const char *tricky[] = {
    "one.txt",
    "AT&T Results\n\n"
    "Shares of AT&T <b>rose</b> 5% on Monday after the results.\n",
    "two.txt",
    "AT&T Earnings\n\n"
    "Shares of AT&T <b>fell</b> 5% on Monday after the results.\n",
    NULL
  };
  g_autofree char *dir = plx_test_make_corpus ("markup", tricky);
  PlxWindow *window = plx_test_open_window (dir, "comparison");
  GtkWidget *view = GTK_WIDGET (plx_window_get_comparison_view (window));

  plx_test_wait_for_label (view, "<b>");

  plx_test_close_window (window);
  plx_test_remove_corpus (dir);
}

/* The window opens with its first discrepancy selected; some tests
 * start from no selection.
 */
static void
clear_selection (PlxComparisonView *view)
{
  GtkSelectionModel *model = gtk_column_view_get_model (plx_comparison_view_get_column_view (view));

  gtk_single_selection_set_selected (GTK_SINGLE_SELECTION (model), GTK_INVALID_LIST_POSITION);
  g_assert_cmpuint (plx_comparison_view_get_selected (view), ==, GTK_INVALID_LIST_POSITION);
}

static PlxWindow *
open_sample (void)
{
  g_autoptr(GFile) sample = plx_test_dup_sample ();

  return plx_test_open_window (g_file_peek_path (sample), "comparison");
}

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

static void
test_window_sample (void)
{
  PlxWindow *window = open_sample ();
  PlxComparisonView *view;
  GtkColumnView *column_view;
  PlxAlignment *alignment;
  GListModel *columns;


  view = plx_window_get_comparison_view (window);
  column_view = plx_comparison_view_get_column_view (view);
  alignment = plx_window_get_alignment (window);
  g_assert_nonnull (alignment);
  g_assert_true (plx_comparison_view_get_alignment (view) == alignment);

  /* One column per outlet, after the gutter. */
  columns = gtk_column_view_get_columns (column_view);
  g_assert_cmpuint (plx_window_get_n_columns (window), ==, 5);
  g_assert_cmpuint (g_list_model_get_n_items (columns), ==, 6);

  /* One row per row of the alignment. */
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (gtk_column_view_get_model (column_view))),
                    ==, g_list_model_get_n_items (G_LIST_MODEL (alignment)));
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (alignment)), >, 10);

  /* The gutter counts the outlets, and warns of the discrepancies. */
  plx_test_wait_for_label (GTK_WIDGET (view), "/5");
  plx_test_wait_for_label (GTK_WIDGET (view), "rows ·");
  plx_test_wait_for_label (GTK_WIDGET (view), "discrepancies");

  plx_test_close_window (window);
}

/* What a cell's tooltip says. GTK asks the cell for it when the
 * pointer rests there; a screen reader reads the same text as the
 * cell's description, which the test reads back (as in
 * test_window_cells()).
 */
static char *
dup_cell_tooltip (GtkWidget *cell)
{
  GtkTooltip *tooltip = g_object_new (GTK_TYPE_TOOLTIP, NULL);
  gboolean shown = FALSE;

  g_signal_emit_by_name (cell, "query-tooltip", 1, 1, FALSE, tooltip, &shown);
  g_object_unref (tooltip);
  if (!shown)
    return NULL;

  return gtk_test_accessible_check_property (GTK_ACCESSIBLE (cell), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, "");
}

static gboolean
label_is_conflicting (gpointer data)
{
  PlxTestLabelWait *wait = data;

  if (!plx_test_label_is_shown (data))
    return FALSE;

  return gtk_widget_has_css_class (cell_of (wait->found), "conflicting");
}

static void
test_window_next_difference (void)
{
  PlxWindow *window = open_sample ();
  PlxComparisonView *view;
  g_autofree char *tooltip = NULL;
  const PlxDiscrepancy *quote = NULL;
  GPtrArray *discrepancies;
  guint first;
  guint second;
  guint position;
  PlxTestLabelWait wait;


  /* The window opens on the first discrepancy: start from nothing. */
  view = plx_window_get_comparison_view (window);
  clear_selection (view);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.next-difference", NULL));
  first = plx_comparison_view_get_selected (view);
  g_assert_cmpuint (first, !=, GTK_INVALID_LIST_POSITION);
  g_assert_true (plx_comparison_view_row_has_difference (view, first));
  for (guint i = 0; i < first; i++)
    g_assert_false (plx_comparison_view_row_has_difference (view, i));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.next-difference", NULL));
  second = plx_comparison_view_get_selected (view);
  g_assert_cmpuint (second, >, first);
  g_assert_true (plx_comparison_view_row_has_difference (view, second));
  for (guint i = first + 1; i < second; i++)
    g_assert_false (plx_comparison_view_row_has_difference (view, i));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.previous-difference", NULL));
  g_assert_cmpuint (plx_comparison_view_get_selected (view), ==, first);

  /* Walking on reaches the quote that Firstpost words differently
   * ("excellent" for "good"), scrolled into view and marked as such.
   */
  discrepancies = plx_alignment_get_discrepancies (plx_window_get_alignment (window));
  g_assert_nonnull (discrepancies);
  for (guint i = 0; i < discrepancies->len && quote == NULL; i++)
    {
      const PlxDiscrepancy *discrepancy = g_ptr_array_index (discrepancies, i);

      if (discrepancy->kind == PLX_DIFF_CLASS_QUOTE &&
          strstr (discrepancy->summary, "excellent") != NULL)
        quote = discrepancy;
    }
  g_assert_nonnull (quote);
  do
    {
      position = plx_comparison_view_get_selected (view);
      if (plx_row_get_id (plx_alignment_get_row (plx_window_get_alignment (window), position)) == quote->row)
        break;
      gtk_widget_activate_action (GTK_WIDGET (window), "win.next-difference", NULL);
    }
  while (plx_comparison_view_get_selected (view) != position);

  wait = (PlxTestLabelWait) { GTK_WIDGET (view), "a excellent conversation", NULL };
  if (!plx_test_wait_until (label_is_conflicting, &wait))
    g_error ("The changed quote is not shown as a conflict");
  tooltip = dup_cell_tooltip (cell_of (wait.found));
  g_assert_nonnull (tooltip);
  g_assert_nonnull (strstr (tooltip, "good"));

  plx_test_close_window (window);
}

static gboolean row_contains (PlxRow     *row,
                              const char *text);

typedef struct
{
  GtkWidget  *view;
  const char *text;
} InViewWait;

/* Whether a label saying wait->text lies within the view's height: on
 * screen, not just created above or below it.
 */
static gboolean
label_in_view (gpointer data)
{
  InViewWait *wait = data;
  GtkWidget *label = plx_test_find_label (wait->view, wait->text);
  graphene_rect_t bounds;

  if (label == NULL || !gtk_widget_get_mapped (label) ||
      !gtk_widget_compute_bounds (label, wait->view, &bounds))
    return FALSE;

  return bounds.size.height > 0 && bounds.origin.y >= 0 &&
         bounds.origin.y + bounds.size.height <= gtk_widget_get_height (wait->view);
}

/* The first screen of the sample shows the quote that Firstpost words
 * differently, selected and marked as a conflict.
 */
static void
test_window_first_screen (void)
{
  PlxWindow *window = open_sample ();
  PlxComparisonView *view;
  PlxAlignment *alignment;
  GPtrArray *discrepancies;
  const PlxDiscrepancy *first;
  InViewWait in_view;
  PlxTestLabelWait conflict;
  guint selected;


  view = plx_window_get_comparison_view (window);
  alignment = plx_window_get_alignment (window);
  discrepancies = plx_alignment_get_discrepancies (alignment);
  g_assert_nonnull (discrepancies);
  g_assert_cmpuint (discrepancies->len, >, 0);
  first = g_ptr_array_index (discrepancies, 0);
  g_assert_cmpint (first->kind, ==, PLX_DIFF_CLASS_QUOTE);
  g_assert_nonnull (strstr (first->summary, "excellent"));
  g_assert_nonnull (strstr (first->summary, "good"));

  selected = plx_comparison_view_get_selected (view);
  g_assert_cmpuint (selected, !=, GTK_INVALID_LIST_POSITION);
  g_assert_cmpuint (plx_row_get_id (plx_comparison_view_get_row (view, selected)), ==, first->row);

  in_view = (InViewWait) { GTK_WIDGET (plx_comparison_view_get_column_view (view)), "a excellent conversation" };
  if (!plx_test_wait_until (label_in_view, &in_view))
    g_error ("The quote discrepancy is not on the first screen");
  conflict = (PlxTestLabelWait) { GTK_WIDGET (view), "a excellent conversation", NULL };
  g_assert_true (label_is_conflicting (&conflict));

  plx_test_close_window (window);
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
  g_autofree char *dir = plx_test_make_corpus ("dropped", three_articles);
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
  g_autofree char *first = plx_test_make_corpus ("first", three_articles);
  g_autofree char *second = plx_test_make_corpus ("second", three_articles);
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
    InViewWait first = { GTK_WIDGET (plx_comparison_view_get_column_view (view)), "a excellent conversation" };

    g_assert_true (plx_test_wait_until (label_in_view, &first));
  }
  clear_selection (view);
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
      found = row_contains (plx_alignment_get_row (alignment, i), "zebra crossing");
    g_assert_true (found);
  }

  plx_test_close_window (window);
  plx_test_remove_corpus (dir);
}

/* Renders @window as it is on screen into a texture. */
static GdkTexture *
render_window (GtkWidget *window)
{
  g_autoptr(GdkPaintable) paintable = gtk_widget_paintable_new (window);
  g_autoptr(GskRenderNode) node = NULL;
  GtkSnapshot *snapshot = gtk_snapshot_new ();
  int width = gtk_widget_get_width (window);
  int height = gtk_widget_get_height (window);

  gdk_paintable_snapshot (paintable, GDK_SNAPSHOT (snapshot), width, height);
  node = gtk_snapshot_free_to_node (snapshot);
  g_assert_nonnull (node);

  return gsk_renderer_render_texture (gtk_native_get_renderer (GTK_NATIVE (window)), node,
                                      &GRAPHENE_RECT_INIT (0, 0, width, height));
}

/* The mean luminance of @texture, from 0 to 1, and how many distinct
 * colours it has (up to a cap): a blank picture has one or two.
 */
static double
texture_luminance (GdkTexture *texture,
                   guint      *n_colours)
{
  int width = gdk_texture_get_width (texture);
  int height = gdk_texture_get_height (texture);
  g_autofree guchar *pixels = g_malloc ((gsize) width * height * 4);
  g_autoptr(GHashTable) colours = g_hash_table_new (NULL, NULL);
  double total = 0;

  gdk_texture_download (texture, pixels, width * 4);
  for (gsize i = 0; i < (gsize) width * height; i++)
    {
      guint32 pixel = ((guint32 *) pixels)[i];
      /* Cairo's ARGB32 in native order: blue, green, red, alpha. */
      double blue = (pixel & 0xff) / 255.0;
      double green = ((pixel >> 8) & 0xff) / 255.0;
      double red = ((pixel >> 16) & 0xff) / 255.0;

      total += 0.2126 * red + 0.7152 * green + 0.0722 * blue;
      if (g_hash_table_size (colours) < 1000)
        g_hash_table_add (colours, GUINT_TO_POINTER (pixel));
    }

  *n_colours = g_hash_table_size (colours);

  return total / ((double) width * height);
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
static void
wait_for_paint (PlxWindow *window)
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

static gboolean
transition_done (gpointer data)
{
  return !gtk_stack_get_transition_running (GTK_STACK (data));
}

/* Screenshots of the sample in light and dark mode, written to
 * tests/screenshots/ in the build tree (README.md shows such ones): the
 * window has content, and dark mode is dark.
 */
static void
test_window_screenshots (void)
{
  g_autoptr(GtkCssProvider) provider = gtk_css_provider_new ();
  g_autofree char *folder = g_test_build_filename (G_TEST_BUILT, "screenshots", NULL);
  AdwStyleManager *style = adw_style_manager_get_default ();
  PlxWindow *window;
  double luminance[2];
  guint n_colours;

  /* What AdwApplication loads for the application. */
  gtk_css_provider_load_from_resource (provider, "/io/github/newsparallax/Parallax/style.css");
  gtk_style_context_add_provider_for_display (gdk_display_get_default (), GTK_STYLE_PROVIDER (provider),
                                              GTK_STYLE_PROVIDER_PRIORITY_APPLICATION);
  g_assert_cmpint (g_mkdir_with_parents (folder, 0755), ==, 0);

  window = open_sample ();
  gtk_window_set_default_size (GTK_WINDOW (window), 1280, 760);

  for (guint dark = 0; dark <= 1; dark++)
    {
      g_autofree char *path = g_build_filename (folder, dark ? "comparison-dark.png" : "comparison.png", NULL);
      g_autoptr(GdkTexture) texture = NULL;
      InViewWait in_view = { GTK_WIDGET (plx_comparison_view_get_column_view (plx_window_get_comparison_view (window))),
                             "a excellent conversation" };

      adw_style_manager_set_color_scheme (style, dark ? ADW_COLOR_SCHEME_FORCE_DARK : ADW_COLOR_SCHEME_FORCE_LIGHT);
      g_assert_true (plx_test_wait_until (label_in_view, &in_view));
      g_assert_true (plx_test_wait_until (transition_done, window->stack));
      wait_for_paint (window);

      texture = render_window (GTK_WIDGET (window));
      g_assert_true (gdk_texture_save_to_png (texture, path));
      g_test_message ("Wrote %s", path);

      luminance[dark] = texture_luminance (texture, &n_colours);
      g_assert_cmpuint (n_colours, >, 50);
    }

  g_assert_cmpfloat (luminance[0], >, 0.7);
  g_assert_cmpfloat (luminance[1], <, 0.35);

  adw_style_manager_set_color_scheme (style, ADW_COLOR_SCHEME_DEFAULT);
  gtk_style_context_remove_provider_for_display (gdk_display_get_default (), GTK_STYLE_PROVIDER (provider));
  plx_test_close_window (window);
}

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

static gboolean
loading (gpointer data)
{
  return PLX_WINDOW (data)->cancellable != NULL;
}

static gboolean
not_loading (gpointer data)
{
  return PLX_WINDOW (data)->cancellable == NULL;
}

/* The corpus shown is deleted from the disk (or its disk goes away): the
 * window tries to read it again, and keeps the comparison as last read
 * rather than emptying itself.
 */
static void
test_window_corpus_vanishes (void)
{
  g_autofree char *dir = plx_test_make_corpus ("vanishing", three_articles);
  PlxWindow *window = plx_test_open_window (dir, "comparison");
  PlxAlignment *shown = plx_window_get_alignment (window);

  plx_test_remove_corpus (dir);
  if (!plx_test_wait_until (loading, window))
    g_error ("The deleted corpus was not read again");
  g_assert_true (plx_test_wait_until (not_loading, window));

  g_assert_cmpstr (plx_window_get_visible_page_name (window), ==, "comparison");
  g_assert_true (plx_window_get_alignment (window) == shown);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (plx_window_get_corpus (window))), ==, 3);

  plx_test_close_window (window);
}

typedef struct
{
  PlxLedgerSidebar  *sidebar;
  PlxLedgerItemKind  kind;
  const char        *title;
  GtkWidget         *found;
} LedgerRowWait;

static gboolean
ledger_row_is_shown (gpointer data)
{
  LedgerRowWait *wait = data;

  wait->found = plx_ledger_sidebar_find_row (wait->sidebar, wait->kind, wait->title);

  return wait->found != NULL && gtk_widget_get_mapped (wait->found);
}

/* The ledger's list view makes the rows in view: waits for the one of
 * @kind titled @title (any title if %NULL), scrolled to if need be.
 */
static GtkWidget *
wait_for_ledger_row (PlxLedgerSidebar  *sidebar,
                     PlxLedgerItemKind  kind,
                     const char        *title)
{
  GListModel *items = plx_ledger_sidebar_get_items (sidebar);
  LedgerRowWait wait = { sidebar, kind, title, NULL };

  for (guint i = 0; i < g_list_model_get_n_items (items); i++)
    {
      g_autoptr(PlxLedgerItem) item = g_list_model_get_item (items, i);

      if (plx_ledger_item_get_kind (item) == kind)
        {
          gtk_widget_activate_action (GTK_WIDGET (plx_ledger_sidebar_get_list_view (sidebar)),
                                      "list.scroll-to-item", "u", i);
          break;
        }
    }

  if (!plx_test_wait_until (ledger_row_is_shown, &wait))
    g_error ("Timed out waiting for a ledger row “%s”", title != NULL ? title : "(any)");

  return wait.found;
}

/* Selects a row of the ledger as a click does. */
static void
select_ledger_row (GtkWidget *row)
{
  g_assert_true (gtk_widget_activate_action (gtk_widget_get_parent (row), "listitem.select",
                                             "(bb)", FALSE, FALSE));
}

/* The 50% tariff on Indian goods, which every outlet of the sample
 * states, gets a row with a filled dot for each.
 */
static void
test_window_ledger (void)
{
  PlxWindow *window = open_sample ();
  PlxLedgerSidebar *sidebar;
  GtkWidget *row;
  GArray *mentions;
  PlxComparisonView *view;
  PlxAlignment *alignment;
  PlxRow *selected;
  guint position;
  gboolean found = FALSE;


  g_assert_nonnull (plx_window_get_ledger (window));
  sidebar = plx_window_get_ledger_sidebar (window);
  g_assert_cmpuint (plx_ledger_get_tariffs (plx_window_get_ledger (window))->len, >, 0);

  row = wait_for_ledger_row (sidebar, PLX_LEDGER_ITEM_TARIFF, "50%");
  g_assert_cmpuint (plx_ledger_sidebar_row_count_dots (row, TRUE), ==, 5);
  g_assert_cmpuint (plx_ledger_sidebar_row_count_dots (row, FALSE), ==, 0);
  /* Grouped as the locale groups digits: C.UTF-8 does not. */
  wait_for_ledger_row (sidebar, PLX_LEDGER_ITEM_TARIFF,
                       *localeconv ()->thousands_sep != '\0' ? "$100,000" : "$100000");
  wait_for_ledger_row (sidebar, PLX_LEDGER_ITEM_EVENT, NULL);
  plx_test_wait_for_label (GTK_WIDGET (sidebar), "Relative dates read from 13 January 2026");

  /* Selecting it shows a row where one of the outlets states it. */
  view = plx_window_get_comparison_view (window);
  alignment = plx_window_get_alignment (window);
  clear_selection (view);
  row = wait_for_ledger_row (sidebar, PLX_LEDGER_ITEM_TARIFF, "50%");
  select_ledger_row (row);
  position = plx_comparison_view_get_selected (view);
  g_assert_cmpuint (position, !=, GTK_INVALID_LIST_POSITION);

  selected = plx_alignment_get_row (alignment, position);
  mentions = plx_ledger_item_get_mentions (plx_ledger_sidebar_row_get_item (row));
  g_assert_nonnull (mentions);
  for (guint i = 0; i < mentions->len && !found; i++)
    {
      const PlxMention *mention = &g_array_index (mentions, PlxMention, i);

      found = plx_alignment_find_row (alignment, mention->article, mention->sentence) == selected;
    }
  g_assert_true (found);

  /* That row being selected, the entry is highlighted as stated there. */
  g_assert_true (gtk_widget_has_css_class (row, "highlighted"));

  plx_test_close_window (window);
}

/* Selecting a row of the comparison highlights the entries of the
 * ledger stated in it, and only those.
 */
static void
test_window_ledger_highlight (void)
{
  PlxWindow *window = open_sample ();
  PlxLedgerSidebar *sidebar;
  PlxComparisonView *view;
  PlxAlignment *alignment;
  GListModel *items;
  PlxRow *target = NULL;
  guint n_highlighted = 0;
  GtkWidget *row;
  GArray *mentions;
  const PlxMention *first;


  sidebar = plx_window_get_ledger_sidebar (window);
  view = plx_window_get_comparison_view (window);
  alignment = plx_window_get_alignment (window);
  items = plx_ledger_sidebar_get_items (sidebar);

  /* The row of the 50% tariff's first mention. */
  row = wait_for_ledger_row (sidebar, PLX_LEDGER_ITEM_TARIFF, "50%");
  mentions = plx_ledger_item_get_mentions (plx_ledger_sidebar_row_get_item (row));
  first = &g_array_index (mentions, PlxMention, 0);
  target = plx_alignment_find_row (alignment, first->article, first->sentence);
  g_assert_nonnull (target);

  clear_selection (view);
  for (guint i = 0; i < g_list_model_get_n_items (items); i++)
    {
      g_autoptr(PlxLedgerItem) item = g_list_model_get_item (items, i);

      g_assert_false (plx_ledger_item_get_highlighted (item));
    }

  g_assert_true (plx_comparison_view_select_item (view, target));
  for (guint i = 0; i < g_list_model_get_n_items (items); i++)
    {
      g_autoptr(PlxLedgerItem) item = g_list_model_get_item (items, i);
      GArray *stating = plx_ledger_item_get_mentions (item);
      gboolean stated = FALSE;

      for (guint j = 0; stating != NULL && j < stating->len; j++)
        {
          const PlxMention *mention = &g_array_index (stating, PlxMention, j);

          stated |= plx_alignment_find_row (alignment, mention->article, mention->sentence) == target;
        }
      g_assert_cmpint (plx_ledger_item_get_highlighted (item), ==, stated);
      n_highlighted += stated;
    }
  g_assert_cmpuint (n_highlighted, >, 0);
  g_assert_true (gtk_widget_has_css_class (row, "highlighted"));

  /* Nothing selected, nothing highlighted. */
  clear_selection (view);
  g_assert_false (gtk_widget_has_css_class (row, "highlighted"));

  plx_test_close_window (window);
}

/* The comparison's cells that show a row, wherever they are in the
 * column view's widgets. */
static void
collect_cells (GtkWidget *widget,
               GPtrArray *cells)
{
  if (PLX_IS_COMPARISON_CELL (widget))
    {
      if (plx_comparison_cell_get_row (PLX_COMPARISON_CELL (widget)) != NULL)
        g_ptr_array_add (cells, widget);
      return;
    }

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    collect_cells (child, cells);
}

static gboolean
mentions_hold (GArray     *mentions,
               PlxRow     *row,
               PlxArticle *article)
{
  for (guint m = 0; m < plx_row_get_n_members (row); m++)
    {
      const PlxRowMember *member = plx_row_get_member (row, m);

      for (guint i = 0; member->article == article && i < mentions->len; i++)
        {
          const PlxMention *mention = &g_array_index (mentions, PlxMention, i);

          if (mention->article == article && mention->sentence == member->sentence)
            return TRUE;
        }
    }

  return FALSE;
}

/* Every cell shown is outlined exactly when its sentence states the
 * entry; returns how many are. */
static guint
check_outlined_cells (PlxComparisonView *view,
                      GArray            *mentions)
{
  g_autoptr(GPtrArray) cells = g_ptr_array_new ();
  guint n_outlined = 0;

  collect_cells (GTK_WIDGET (plx_comparison_view_get_column_view (view)), cells);
  g_assert_cmpuint (cells->len, >, 0);
  for (guint i = 0; i < cells->len; i++)
    {
      PlxComparisonCell *cell = cells->pdata[i];
      gboolean stated = mentions != NULL &&
                        mentions_hold (mentions, plx_comparison_cell_get_row (cell),
                                       plx_comparison_cell_get_article (cell));

      g_assert_cmpint (plx_comparison_cell_get_mentioned (cell), ==, stated);
      g_assert_cmpint (gtk_widget_has_css_class (GTK_WIDGET (cell), "mentioned"), ==, stated);
      n_outlined += stated;
    }

  return n_outlined;
}

/* Selecting an entry of the ledger outlines every cell that states it,
 * goes to the first of its rows, and Enter on it goes on to the next,
 * from the top again after the last. Another entry moves the outlines.
 */
static void
test_window_ledger_mentions (void)
{
  PlxWindow *window = open_sample ();
  PlxLedgerSidebar *sidebar;
  PlxComparisonView *view;
  PlxAlignment *alignment;
  g_autoptr(GArray) positions = g_array_new (FALSE, FALSE, sizeof (guint));
  GtkWidget *row;
  GtkWidget *event;
  GArray *mentions;
  guint entry;


  sidebar = plx_window_get_ledger_sidebar (window);
  view = plx_window_get_comparison_view (window);
  alignment = plx_window_get_alignment (window);
  g_assert_cmpuint (check_outlined_cells (view, NULL), ==, 0);

  row = wait_for_ledger_row (sidebar, PLX_LEDGER_ITEM_TARIFF, "50%");
  mentions = plx_ledger_item_get_mentions (plx_ledger_sidebar_row_get_item (row));
  /* The rows shown that state it, top to bottom. */
  for (guint p = 0; p < plx_comparison_view_get_n_shown (view); p++)
    {
      PlxRow *shown = plx_comparison_view_get_row (view, p);

      for (guint i = 0; i < mentions->len; i++)
        {
          const PlxMention *mention = &g_array_index (mentions, PlxMention, i);

          if (plx_alignment_find_row (alignment, mention->article, mention->sentence) == shown)
            {
              g_array_append_val (positions, p);
              break;
            }
        }
    }
  g_assert_cmpuint (positions->len, >=, 2);

  clear_selection (view);
  select_ledger_row (row);
  g_assert_cmpuint (plx_comparison_view_get_selected (view), ==, g_array_index (positions, guint, 0));
  wait_for_paint (window);
  g_assert_cmpuint (check_outlined_cells (view, mentions), >, 0);

  /* Enter on the entry: the next row, and round to the first. */
  for (entry = 0; ; entry++)
    {
      g_autoptr(PlxLedgerItem) item = g_list_model_get_item (plx_ledger_sidebar_get_items (sidebar), entry);

      g_assert_nonnull (item);
      if (item == plx_ledger_sidebar_row_get_item (row))
        break;
    }
  for (guint i = 1; i <= positions->len; i++)
    {
      g_assert_true (gtk_widget_activate_action (GTK_WIDGET (plx_ledger_sidebar_get_list_view (sidebar)),
                                                 "list.activate-item", "u", entry));
      g_assert_cmpuint (plx_comparison_view_get_selected (view), ==,
                        g_array_index (positions, guint, i % positions->len));
    }

  /* An event: its cells are outlined, and the tariff's no longer. */
  event = wait_for_ledger_row (sidebar, PLX_LEDGER_ITEM_EVENT, NULL);
  select_ledger_row (event);
  wait_for_paint (window);
  check_outlined_cells (view, plx_ledger_item_get_mentions (plx_ledger_sidebar_row_get_item (event)));

  plx_test_close_window (window);
}

static void
set_filter (PlxWindow  *window,
            const char *filter)
{
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.filter", "s", filter));
}

static void
test_window_filter (void)
{
  PlxWindow *window = open_sample ();
  PlxComparisonView *view;
  PlxAlignment *alignment;
  guint n_rows;
  guint n_shown;
  g_autofree char *expected = NULL;


  view = plx_window_get_comparison_view (window);
  alignment = plx_window_get_alignment (window);
  n_rows = g_list_model_get_n_items (G_LIST_MODEL (alignment));
  g_assert_cmpuint (plx_comparison_view_get_n_shown (view), ==, n_rows);

  /* Only the rows an outlet words otherwise, and not all of them. */
  set_filter (window, "differences");
  n_shown = plx_comparison_view_get_n_shown (view);
  g_assert_cmpuint (n_shown, >, 0);
  g_assert_cmpuint (n_shown, <, n_rows);
  for (guint i = 0; i < n_shown; i++)
    g_assert_true (plx_comparison_view_row_has_difference (view, i));

  /* The legend still counts all the rows, and says how many show. */
  expected = g_strdup_printf ("%u of %u rows shown", n_shown, n_rows);
  plx_test_wait_for_label (GTK_WIDGET (view), expected);

  /* Only rows of one outlet. */
  set_filter (window, "in-one");
  n_shown = plx_comparison_view_get_n_shown (view);
  g_assert_cmpuint (n_shown, >, 0);
  g_assert_cmpuint (n_shown, <, n_rows);
  for (guint i = 0; i < n_shown; i++)
    g_assert_cmpint (plx_row_get_kind (plx_comparison_view_get_row (view, i)), ==, PLX_ROW_IN_ONE);

  set_filter (window, "in-all");
  for (guint i = 0; i < plx_comparison_view_get_n_shown (view); i++)
    g_assert_cmpint (plx_row_get_kind (plx_comparison_view_get_row (view, i)), ==, PLX_ROW_IN_ALL);

  set_filter (window, "discrepancies");
  g_assert_cmpuint (plx_comparison_view_get_n_shown (view), >, 0);
  g_assert_cmpuint (plx_comparison_view_get_n_shown (view), <=,
                    plx_alignment_get_discrepancies (alignment)->len);

  set_filter (window, "all");
  g_assert_cmpuint (plx_comparison_view_get_n_shown (view), ==, n_rows);
  plx_test_wait_for_label (GTK_WIDGET (view), "rows ·");

  plx_test_close_window (window);
}

/* Alt+Down walks the rows shown: with only the differences shown,
 * each step is the next row.
 */
static void
test_window_filter_next_difference (void)
{
  PlxWindow *window = open_sample ();
  PlxComparisonView *view;
  guint n_shown;


  view = plx_window_get_comparison_view (window);
  set_filter (window, "differences");
  n_shown = plx_comparison_view_get_n_shown (view);
  g_assert_cmpuint (n_shown, >, 2);
  clear_selection (view);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.next-difference", NULL));
  g_assert_cmpuint (plx_comparison_view_get_selected (view), ==, 0);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.next-difference", NULL));
  g_assert_cmpuint (plx_comparison_view_get_selected (view), ==, 1);
  g_assert_true (plx_comparison_view_row_has_difference (view, 1));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.previous-difference", NULL));
  g_assert_cmpuint (plx_comparison_view_get_selected (view), ==, 0);

  /* In the rows of one outlet, none differs from its reference. */
  set_filter (window, "in-one");
  for (guint i = 0; i < plx_comparison_view_get_n_shown (view); i++)
    g_assert_false (plx_comparison_view_row_has_difference (view, i));

  plx_test_close_window (window);
}

static gboolean
row_contains (PlxRow     *row,
              const char *text)
{
  for (guint i = 0; i < plx_row_get_n_members (row); i++)
    {
      if (strstr (plx_row_member_get_text (plx_row_get_member (row, i)), text) != NULL)
        return TRUE;
    }

  return FALSE;
}

typedef struct
{
  PlxComparisonView *view;
  guint              n_shown;
} ShownWait;

static gboolean
shown_changes (gpointer data)
{
  ShownWait *wait = data;

  return plx_comparison_view_get_n_shown (wait->view) != wait->n_shown;
}

static void
test_window_search (void)
{
  PlxWindow *window = open_sample ();
  PlxComparisonView *view;
  GtkSearchBar *search_bar;
  GtkSearchEntry *entry;
  ShownWait wait;
  guint n_rows;
  guint n_found;
  guint n_differences;


  view = plx_window_get_comparison_view (window);
  search_bar = plx_window_get_search_bar (window);
  entry = plx_window_get_search_entry (window);
  n_rows = plx_comparison_view_get_n_shown (view);

  /* Ctrl+F */
  g_assert_false (gtk_search_bar_get_search_mode (search_bar));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.search", NULL));
  g_assert_true (gtk_search_bar_get_search_mode (search_bar));

  /* The entry reports the search after a short delay; the case of the
   * words does not matter.
   */
  gtk_editable_set_text (GTK_EDITABLE (entry), "pax silica");
  wait = (ShownWait) { view, n_rows };
  g_assert_true (plx_test_wait_until (shown_changes, &wait));
  n_found = plx_comparison_view_get_n_shown (view);
  g_assert_cmpuint (n_found, >, 0);
  g_assert_cmpuint (n_found, <, n_rows);
  for (guint i = 0; i < n_found; i++)
    g_assert_true (row_contains (plx_comparison_view_get_row (view, i), "Pax Silica"));

  /* With a filter, both must let a row through. */
  set_filter (window, "differences");
  n_differences = plx_comparison_view_get_n_shown (view);
  g_assert_cmpuint (n_differences, <=, n_found);
  for (guint i = 0; i < n_differences; i++)
    {
      g_assert_true (row_contains (plx_comparison_view_get_row (view, i), "Pax Silica"));
      g_assert_true (plx_comparison_view_row_has_difference (view, i));
    }
  set_filter (window, "all");

  /* Escape in the entry (its stop-search signal) closes the search,
   * and every row shows again.
   */
  g_signal_emit_by_name (entry, "stop-search");
  g_assert_false (gtk_search_bar_get_search_mode (search_bar));
  g_assert_cmpuint (plx_comparison_view_get_n_shown (view), ==, n_rows);

  plx_test_close_window (window);
}

static void
test_window_hide_outlet (void)
{
  PlxWindow *window = open_sample ();
  GtkColumnViewColumn *column;


  column = plx_window_get_column (window, 1);
  g_assert_nonnull (column);
  g_assert_cmpuint (plx_window_get_n_columns (window), ==, 5);
  g_assert_cmpstr (gtk_column_view_column_get_title (column), ==,
                   plx_article_get_display_name (plx_corpus_get_article (plx_window_get_corpus (window), 1)));

  /* The check item of the second outlet in the view menu: its column
   * goes, the next one takes its place.
   */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "outlet.show-1", NULL));
  g_assert_cmpuint (plx_window_get_n_columns (window), ==, 4);
  g_assert_cmpstr (gtk_column_view_column_get_title (plx_window_get_column (window, 1)), ==,
                   plx_article_get_display_name (plx_corpus_get_article (plx_window_get_corpus (window), 2)));

  /* Back, in its place. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "outlet.show-1", NULL));
  g_assert_cmpuint (plx_window_get_n_columns (window), ==, 5);
  g_assert_cmpstr (gtk_column_view_column_get_title (plx_window_get_column (window, 1)), ==,
                   plx_article_get_display_name (plx_corpus_get_article (plx_window_get_corpus (window), 1)));

  plx_test_close_window (window);
}

/* Whether the rows of @a and @b have their references at the same
 * sentences, in the same order.
 */
static gboolean
same_references (PlxAlignment *a,
                 PlxAlignment *b)
{
  guint n_rows = g_list_model_get_n_items (G_LIST_MODEL (a));

  if (n_rows != g_list_model_get_n_items (G_LIST_MODEL (b)))
    return FALSE;

  for (guint i = 0; i < n_rows; i++)
    {
      PlxRow *x = plx_alignment_get_row (a, i);
      PlxRow *y = plx_alignment_get_row (b, i);
      const PlxRowMember *rx = plx_row_get_member (x, plx_row_get_reference (x));
      const PlxRowMember *ry = plx_row_get_member (y, plx_row_get_reference (y));

      if (rx->article != ry->article || rx->sentence != ry->sentence)
        return FALSE;
    }

  return TRUE;
}

typedef struct
{
  PlxWindow  *window;
  PlxArticle *pivot;
} PivotWait;

static gboolean
pivot_is (gpointer data)
{
  PivotWait *wait = data;

  return plx_alignment_get_pivot (plx_window_get_alignment (wait->window)) == wait->pivot;
}

static void
test_window_pivot (void)
{
  PlxWindow *window = open_sample ();
  PlxComparisonView *view;
  PlxAlignment *before;
  PlxArticle *old_pivot;
  PlxArticle *new_pivot = NULL;
  GtkColumnViewColumn *column;
  g_autofree char *pivot_id = NULL;
  PivotWait wait;
  PlxRow *first;
  const PlxRowMember *reference;
  guint n_shown;


  view = plx_window_get_comparison_view (window);
  before = g_object_ref (plx_window_get_alignment (window));
  old_pivot = plx_alignment_get_pivot (before);
  g_object_get (window, "pivot", &pivot_id, NULL);
  g_assert_cmpstr (pivot_id, ==, plx_article_get_id (old_pivot));

  /* Another article, which has a sentence in the first row. */
  for (guint i = 0; i < plx_window_get_n_columns (window) && new_pivot == NULL; i++)
    {
      PlxArticle *article = plx_corpus_get_article (plx_window_get_corpus (window), i);

      if (article != old_pivot &&
          plx_article_get_n_sentences (article) > 10)
        new_pivot = article;
    }
  g_assert_nonnull (new_pivot);

  /* A filter and a hidden outlet stay. */
  set_filter (window, "differences");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "outlet.show-0", NULL));
  g_assert_cmpuint (plx_window_get_n_columns (window), ==, 4);
  column = plx_window_get_column (window, 0);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.pivot", "s",
                                             plx_article_get_id (new_pivot)));
  wait = (PivotWait) { window, new_pivot };
  g_assert_true (plx_test_wait_until (pivot_is, &wait));

  g_assert_true (plx_window_get_alignment (window) != before);
  g_assert_true (plx_comparison_view_get_alignment (view) == plx_window_get_alignment (window));
  g_assert_nonnull (plx_window_get_ledger (window));
  g_assert_cmpint (plx_comparison_view_get_filter (view), ==, PLX_ROW_FILTER_DIFFERENCES);
  g_assert_true (plx_window_get_column (window, 0) == column);
  g_assert_cmpuint (plx_window_get_n_columns (window), ==, 4);
  g_assert_false (plx_comparison_view_get_article_visible (view, plx_corpus_get_article (plx_window_get_corpus (window), 0)));
  n_shown = plx_comparison_view_get_n_shown (view);
  g_assert_cmpuint (n_shown, >, 0);
  for (guint i = 0; i < n_shown; i++)
    g_assert_true (plx_comparison_view_row_has_difference (view, i));

  /* The rows follow the new pivot: the first row the new pivot has a
   * sentence in is the reference from it, and comes before any row
   * of a sentence further down that article.
   */
  set_filter (window, "all");
  first = NULL;
  for (guint i = 0; i < plx_comparison_view_get_n_shown (view) && first == NULL; i++)
    {
      PlxRow *row = plx_comparison_view_get_row (view, i);

      if (plx_row_find_member (row, new_pivot) != NULL)
        first = row;
    }
  g_assert_nonnull (first);
  reference = plx_row_get_member (first, plx_row_get_reference (first));
  g_assert_true (reference->article == new_pivot);

  /* The order of the rows is the new pivot's, not the old one's. */
  g_assert_false (same_references (before, plx_window_get_alignment (window)));

  g_object_unref (before);
  plx_test_close_window (window);
}

typedef struct
{
  GListModel *model;
  guint       n_items;
} CountWait;

static gboolean
count_is (gpointer data)
{
  CountWait *wait = data;

  return g_list_model_get_n_items (wait->model) == wait->n_items;
}

/* Types @text in the outlet chooser's search, and waits for the list
 * to hold @n_expected outlets.
 */
static void
search_outlets (PlxOutletChooser *chooser,
                const char       *text,
                guint             n_expected)
{
  CountWait wait = { plx_outlet_chooser_get_shown (chooser), n_expected };

  gtk_editable_set_text (GTK_EDITABLE (plx_outlet_chooser_get_search_entry (chooser)), text);
  if (!plx_test_wait_until (count_is, &wait))
    g_error ("Searching the outlets for “%s” lists %u, not %u", text,
             g_list_model_get_n_items (wait.model), n_expected);
}

/* The outlets in the view menu are a list with a search: typing part
 * of a name, in any case, keeps the outlets whose name holds it; Enter
 * on the one found hides its column, and in the pivot's list aligns
 * the rows to it.
 */
static void
test_window_outlet_search (void)
{
  PlxWindow *window = open_sample ();
  PlxOutletChooser *chooser;
  PlxCorpus *corpus;
  g_autoptr(PlxArticle) shown = NULL;
  const char *name;
  g_autofree char *part = NULL;
  g_autofree char *upper = NULL;
  guint n_matching = 0;
  PivotWait wait;


  corpus = plx_window_get_corpus (window);
  chooser = plx_window_get_outlet_chooser (window, FALSE);
  g_assert_cmpuint (g_list_model_get_n_items (plx_outlet_chooser_get_shown (chooser)), ==, 5);

  /* "Firstpost", searched as "FIRSTP", is the only one found. */
  name = plx_article_get_display_name (plx_corpus_get_article (corpus, 0));
  part = g_utf8_substring (name, 0, 6);
  upper = g_utf8_strup (part, -1);
  for (guint i = 0; i < 5; i++)
    {
      g_autofree char *other = g_utf8_strup (plx_article_get_display_name (plx_corpus_get_article (corpus, i)), -1);

      n_matching += strstr (other, upper) != NULL;
    }
  g_assert_cmpuint (n_matching, ==, 1);
  search_outlets (chooser, upper, 1);
  shown = g_list_model_get_item (plx_outlet_chooser_get_shown (chooser), 0);
  g_assert_true (shown == plx_corpus_get_article (corpus, 0));

  /* Nothing matches: an empty list, which says so. Cleared: all of
   * them again.
   */
  search_outlets (chooser, "no outlet is called this", 0);
  g_assert_nonnull (plx_test_find_label (GTK_WIDGET (chooser), "No outlets found"));
  g_assert_true (gtk_widget_get_visible (plx_test_find_label (GTK_WIDGET (chooser), "No outlets found")));
  search_outlets (chooser, "", 5);
  g_assert_false (gtk_widget_get_visible (plx_test_find_label (GTK_WIDGET (chooser), "No outlets found")));

  /* Enter on the one found hides its column. */
  search_outlets (chooser, upper, 1);
  g_signal_emit_by_name (plx_outlet_chooser_get_list_view (chooser), "activate", 0);
  g_assert_cmpuint (plx_window_get_n_columns (window), ==, 4);
  g_assert_false (plx_comparison_view_get_article_visible (plx_window_get_comparison_view (window),
                                                           plx_corpus_get_article (corpus, 0)));

  /* In the pivot's list, Enter in the search aligns to the one found. */
  chooser = plx_window_get_outlet_chooser (window, TRUE);
  wait = (PivotWait) { window, plx_corpus_get_article (corpus, 2) };
  if (pivot_is (&wait))
    wait.pivot = plx_corpus_get_article (corpus, 3);
  search_outlets (chooser, plx_article_get_display_name (wait.pivot), 1);
  g_signal_emit_by_name (plx_outlet_chooser_get_search_entry (chooser), "activate");
  g_assert_true (plx_test_wait_until (pivot_is, &wait));

  plx_test_close_window (window);
}

static void
test_window_export (void)
{
  PlxWindow *window = open_sample ();
  g_autoptr(GError) error = NULL;
  g_autofree char *tmp = NULL;
  g_autofree char *html_path = NULL;
  g_autofree char *json_path = NULL;
  g_autofree char *other_path = NULL;
  g_autofree char *contents = NULL;
  g_autoptr(GFile) html = NULL;
  g_autoptr(GFile) json = NULL;
  g_autoptr(GFile) other = NULL;
  g_autoptr(JsonParser) parser = json_parser_new ();
  JsonNode *root;


  tmp = g_dir_make_tmp ("parallax-test-export-XXXXXX", &error);
  g_assert_no_error (error);
  html_path = g_build_filename (tmp, "report.html", NULL);
  json_path = g_build_filename (tmp, "report.JSON", NULL);
  other_path = g_build_filename (tmp, "report.txt", NULL);
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

  /* A name that says no format is refused, and nothing is written. */
  g_assert_false (plx_window_export_to_file (window, other, &error));
  g_assert_error (error, PLX_ERROR, PLX_ERROR_UNSUPPORTED);
  g_assert_false (g_file_test (other_path, G_FILE_TEST_EXISTS));

  g_unlink (html_path);
  g_unlink (json_path);
  g_rmdir (tmp);
  plx_test_close_window (window);
}

static void
test_window_show_ledger (void)
{
  PlxWindow *window = open_sample ();
  AdwFlap *flap;
  gboolean shown;


  flap = plx_window_get_flap (window);
  g_assert_true (adw_flap_get_reveal_flap (flap));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-ledger", NULL));
  g_assert_false (adw_flap_get_reveal_flap (flap));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-ledger", NULL));
  g_assert_true (adw_flap_get_reveal_flap (flap));

  /* The action's state follows the flap when it hides by itself. */
  adw_flap_set_reveal_flap (flap, FALSE);
  g_object_get (window, "show-ledger", &shown, NULL);
  g_assert_false (shown);

  plx_test_close_window (window);
}

static void
test_window_title (void)
{
  g_autofree char *dir = plx_test_make_corpus ("steel-tariffs", three_articles);
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
  g_autofree char *dir = plx_test_make_corpus ("steel", three_articles);
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
  g_autofree char *dir = plx_test_make_corpus ("steel", three_articles);
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

/* The article pane */

/* The sentence's row in the article pane: selected when activated. */
static GtkWidget *
list_row_of (GtkWidget *label)
{
  return gtk_widget_get_parent (cell_of (label));
}

/* A double click on the cell, as its click gesture reports it. */
static void
double_click (GtkWidget *cell)
{
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (cell);

  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GtkEventController) controller = g_list_model_get_item (controllers, i);

      if (GTK_IS_GESTURE_CLICK (controller))
        {
          g_signal_emit_by_name (controller, "pressed", 2, 4.0, 4.0);
          return;
        }
    }

  g_error ("The cell has no click gesture");
}

/* Whether @widget shows whole inside @viewport's visible area. */
static gboolean
is_in_view (GtkWidget *widget,
            GtkWidget *viewport)
{
  graphene_rect_t bounds;

  if (!gtk_widget_get_mapped (widget) ||
      !gtk_widget_compute_bounds (widget, viewport, &bounds))
    return FALSE;

  return bounds.origin.y >= 0 &&
         bounds.origin.y + bounds.size.height <= gtk_widget_get_height (viewport);
}

static gboolean
label_is_in_view (gpointer data)
{
  PlxTestLabelWait *wait = data;

  wait->found = plx_test_find_label (wait->root, wait->text);

  return wait->found != NULL && is_in_view (wait->found, wait->root);
}

static guint
find_sentence (PlxArticle *article,
               const char *text)
{
  for (guint i = 0; i < plx_article_get_n_sentences (article); i++)
    {
      if (strstr (plx_sentence_get_text (plx_article_get_sentence (article, i)), text) != NULL)
        return i;
    }

  return G_MAXUINT;
}

static void
test_window_article_pane (void)
{
  g_autofree char *dir = plx_test_make_corpus ("steel", three_articles);
  PlxWindow *window = plx_test_open_window (dir, "comparison");
  GtkWidget *view = GTK_WIDGET (plx_window_get_comparison_view (window));
  PlxArticleView *pane = plx_window_get_article_view (window);
  GtkWidget *text = GTK_WIDGET (plx_article_view_get_list_view (pane));
  GtkRevealer *revealer = plx_window_get_article_revealer (window);
  PlxArticle *gamma = plx_corpus_get_article (plx_window_get_corpus (window), 2);
  GtkWidget *label;
  GtkWidget *title;
  GtkWidget *boilerplate;
  PlxTestLabelWait wait;

  g_assert_false (gtk_revealer_get_reveal_child (revealer));

  /* Double-clicking the importers' warning, which only gamma reports. */
  label = plx_test_wait_for_label (view, "Importers warned");
  double_click (cell_of (label));

  g_assert_true (gtk_revealer_get_reveal_child (revealer));
  g_assert_true (plx_article_view_get_article (pane) == gamma);
  g_assert_cmpstr (plx_article_view_get_title (pane), ==, plx_article_get_display_name (gamma));
  g_assert_cmpstr (plx_article_view_get_subtitle (pane), ==, "Tariff Increase Hits Steel Importers");

  /* The whole article, with that sentence selected, in view, and
   * tinted as its cell is.
   */
  g_assert_cmpuint (plx_article_view_get_selected_sentence (pane), ==,
                    find_sentence (gamma, "Importers warned"));
  wait = (PlxTestLabelWait) { text, "Importers warned", NULL };
  if (!plx_test_wait_until (label_is_in_view, &wait))
    g_error ("The activated sentence is not in view");
  label = wait.found;
  g_assert_true (gtk_widget_get_state_flags (list_row_of (label)) & GTK_STATE_FLAG_SELECTED);
  g_assert_true (gtk_widget_has_css_class (cell_of (label), "only-here"));
  g_assert_true (gtk_widget_has_css_class (cell_of (label), "paragraph-start"));

  /* The headline reads as one; the boilerplate is there, greyed; the
   * sentence after the warning runs on in its paragraph.
   */
  title = plx_test_wait_for_label (text, "Tariff Increase Hits");
  g_assert_true (gtk_widget_has_css_class (cell_of (title), "role-title"));
  boilerplate = plx_test_wait_for_label (text, "Leave a Reply");
  g_assert_true (gtk_widget_has_css_class (cell_of (boilerplate), "role-boilerplate"));
  g_assert_true (gtk_widget_has_css_class (cell_of (boilerplate), "paragraph-start"));
  label = plx_test_wait_for_label (text, "The change was announced");
  g_assert_false (gtk_widget_has_css_class (cell_of (label), "paragraph-start"));

  /* Escape, or the close button's action, closes it. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (pane), "article-view.close", NULL));
  g_assert_false (gtk_revealer_get_reveal_child (revealer));

  plx_test_close_window (window);
  plx_test_remove_corpus (dir);
}

/* Enter on a row opens the article of its reference. */
static void
test_window_article_enter (void)
{
  PlxWindow *window = open_sample ();
  PlxComparisonView *view;
  PlxArticleView *pane;
  const PlxRowMember *reference = NULL;
  PlxRow *row = NULL;
  guint position;


  view = plx_window_get_comparison_view (window);
  pane = plx_window_get_article_view (window);

  /* A row the pivot does not carry, so that its reference is another
   * outlet's: the row of the quote Firstpost words otherwise, say.
   */
  for (position = 0; position < plx_comparison_view_get_n_shown (view); position++)
    {
      row = plx_comparison_view_get_row (view, position);
      reference = plx_row_get_member (row, plx_row_get_reference (row));
      if (reference->article != plx_alignment_get_pivot (plx_window_get_alignment (window)))
        break;
    }
  g_assert_cmpuint (position, <, plx_comparison_view_get_n_shown (view));

  g_assert_true (plx_comparison_view_select_row (view, position));
  g_signal_emit_by_name (plx_comparison_view_get_column_view (view), "activate", position);

  g_assert_true (gtk_revealer_get_reveal_child (plx_window_get_article_revealer (window)));
  g_assert_true (plx_article_view_get_article (pane) == reference->article);
  g_assert_cmpuint (plx_article_view_get_selected_sentence (pane), ==, reference->sentence);

  g_assert_true (plx_window_close_article (window));
  g_assert_false (plx_window_close_article (window));

  plx_test_close_window (window);
}

static void
test_window_article_boilerplate (void)
{
  g_autofree char *dir = plx_test_make_corpus ("steel", three_articles);
  PlxWindow *window = plx_test_open_window (dir, "comparison");
  GtkWidget *view = GTK_WIDGET (plx_window_get_comparison_view (window));
  PlxArticleView *pane = plx_window_get_article_view (window);
  guint n_shown;

  plx_test_assert_settings (window);

  double_click (cell_of (plx_test_wait_for_label (view, "Importers warned")));
  plx_test_wait_for_label (GTK_WIDGET (pane), "Leave a Reply");
  n_shown = plx_article_view_get_n_shown (pane);

  g_settings_set_boolean (window->settings, "show-boilerplate", FALSE);
  g_assert_cmpuint (plx_article_view_get_n_shown (pane), ==, n_shown - 1);
  g_assert_cmpuint (plx_article_view_get_selected_sentence (pane), ==,
                    find_sentence (plx_article_view_get_article (pane), "Importers warned"));
  g_assert_true (plx_test_wait_until (label_is_in_view, &(PlxTestLabelWait) { GTK_WIDGET (pane), "Importers warned", NULL }));
  g_assert_null (plx_test_find_label (GTK_WIDGET (pane), "Leave a Reply"));

  g_settings_reset (window->settings, "show-boilerplate");
  g_assert_cmpuint (plx_article_view_get_n_shown (pane), ==, n_shown);
  plx_test_wait_for_label (GTK_WIDGET (pane), "Leave a Reply");

  plx_test_close_window (window);
  plx_test_remove_corpus (dir);
}

/* The preferences */

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
  g_autofree char *dir = plx_test_make_corpus ("steel", three_articles);
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
  PlxWindow *window = open_sample ();
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

  g_test_add_func ("/window/columns", test_window_columns);
  g_test_add_func ("/window/empty", test_window_empty);
  g_test_add_func ("/window/cells", test_window_cells);
  g_test_add_func ("/window/markup", test_window_markup);
  g_test_add_func ("/window/sample-location", test_window_sample_location);
  g_test_add_func ("/window/sample", test_window_sample);
  g_test_add_func ("/window/threshold-default", test_window_threshold_default);
  g_test_add_func ("/window/first-screen", test_window_first_screen);
  g_test_add_func ("/window/next-difference", test_window_next_difference);
  g_test_add_func ("/window/drop", test_window_drop);
  g_test_add_func ("/window/saved-pages", test_window_saved_pages);
  g_test_add_func ("/window/screenshots", test_window_screenshots);
  g_test_add_func ("/window/recent", test_window_recent);
  g_test_add_func ("/window/reload", test_window_reload);
  g_test_add_func ("/window/corpus-vanishes", test_window_corpus_vanishes);
  g_test_add_func ("/window/ledger", test_window_ledger);
  g_test_add_func ("/window/ledger-highlight", test_window_ledger_highlight);
  g_test_add_func ("/window/ledger-mentions", test_window_ledger_mentions);
  g_test_add_func ("/window/show-ledger", test_window_show_ledger);
  g_test_add_func ("/window/filter", test_window_filter);
  g_test_add_func ("/window/filter-next-difference", test_window_filter_next_difference);
  g_test_add_func ("/window/search", test_window_search);
  g_test_add_func ("/window/hide-outlet", test_window_hide_outlet);
  g_test_add_func ("/window/pivot", test_window_pivot);
  g_test_add_func ("/window/outlet-search", test_window_outlet_search);
  g_test_add_func ("/window/export", test_window_export);
  g_test_add_func ("/window/title", test_window_title);
  g_test_add_func ("/window/finalize", test_window_finalize);
  g_test_add_func ("/window/destroy-while-loading", test_window_destroy_while_loading);
  g_test_add_func ("/window/cancel", test_window_cancel);
  g_test_add_func ("/window/article-pane", test_window_article_pane);
  g_test_add_func ("/window/article-enter", test_window_article_enter);
  g_test_add_func ("/window/article-boilerplate", test_window_article_boilerplate);
  g_test_add_func ("/window/palette", test_window_palette);
  g_test_add_func ("/window/text-scale", test_window_text_scale);
  g_test_add_func ("/window/threshold", test_window_threshold);
  g_test_add_func ("/window/preferences", test_window_preferences);

  return g_test_run ();
}
