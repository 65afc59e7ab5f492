/* test-window-comparison.c: the comparison: columns and cells, walking
 * the differences, filters, search, outlets and pivot, and how it looks
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>
#include <glib/gstdio.h>

#include "parallax-core.h"
#include "plx-window-private.h"
#include "plx-window-test-util.h"

static void
test_window_columns (void)
{
  g_autofree char *dir = plx_test_make_corpus ("steel", plx_test_three_articles);
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

static void
test_window_cells (void)
{
  g_autofree char *dir = plx_test_make_corpus ("steel", plx_test_three_articles);
  PlxWindow *window = plx_test_open_window (dir, "comparison");
  GtkWidget *view = GTK_WIDGET (plx_window_get_comparison_view (window));
  g_autofree char *spoken = NULL;
  GtkWidget *label;

  /* Only one outlet reports the importers' warning. */
  label = plx_test_wait_for_label (view, "Importers warned");
  g_assert_true (gtk_widget_has_css_class (plx_test_cell_of (label), "comparison-cell"));
  g_assert_true (gtk_widget_has_css_class (plx_test_cell_of (label), "only-here"));

  /* A screen reader says so too, and reads the sentence. The check
   * gives the value whenever it is not the one passed.
   */
  spoken = gtk_test_accessible_check_property (GTK_ACCESSIBLE (plx_test_cell_of (label)),
                                               GTK_ACCESSIBLE_PROPERTY_LABEL, "");
  g_assert_nonnull (spoken);
  g_assert_nonnull (strstr (spoken, "only in this outlet: "));
  g_assert_nonnull (strstr (spoken, "Importers warned"));

  /* The others say so. */
  label = plx_test_wait_for_label (view, "not reported");
  g_assert_true (gtk_widget_has_css_class (plx_test_cell_of (label), "empty"));

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

static void
test_window_sample (void)
{
  PlxWindow *window = plx_test_open_sample ();
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

  return gtk_widget_has_css_class (plx_test_cell_of (wait->found), "conflicting");
}

static void
test_window_next_difference (void)
{
  PlxWindow *window = plx_test_open_sample ();
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
  plx_test_clear_selection (view);

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
  discrepancies = plx_ledger_get_discrepancies (plx_window_get_ledger (window));
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
  tooltip = dup_cell_tooltip (plx_test_cell_of (wait.found));
  g_assert_nonnull (tooltip);
  g_assert_nonnull (strstr (tooltip, "good"));

  plx_test_close_window (window);
}

/* The first screen of the sample shows the quote that Firstpost words
 * differently, selected and marked as a conflict.
 */
static void
test_window_first_screen (void)
{
  PlxWindow *window = plx_test_open_sample ();
  PlxComparisonView *view;
  GPtrArray *discrepancies;
  const PlxDiscrepancy *first;
  PlxTestInViewWait in_view;
  PlxTestLabelWait conflict;
  guint selected;


  view = plx_window_get_comparison_view (window);
  discrepancies = plx_ledger_get_discrepancies (plx_window_get_ledger (window));
  g_assert_nonnull (discrepancies);
  g_assert_cmpuint (discrepancies->len, >, 0);
  first = g_ptr_array_index (discrepancies, 0);
  g_assert_cmpint (first->kind, ==, PLX_DIFF_CLASS_QUOTE);
  g_assert_nonnull (strstr (first->summary, "excellent"));
  g_assert_nonnull (strstr (first->summary, "good"));

  selected = plx_comparison_view_get_selected (view);
  g_assert_cmpuint (selected, !=, GTK_INVALID_LIST_POSITION);
  g_assert_cmpuint (plx_row_get_id (plx_comparison_view_get_row (view, selected)), ==, first->row);

  in_view = (PlxTestInViewWait) { GTK_WIDGET (plx_comparison_view_get_column_view (view)), "a excellent conversation" };
  if (!plx_test_wait_until (plx_test_label_in_view, &in_view))
    g_error ("The quote discrepancy is not on the first screen");
  conflict = (PlxTestLabelWait) { GTK_WIDGET (view), "a excellent conversation", NULL };
  g_assert_true (label_is_conflicting (&conflict));

  plx_test_close_window (window);
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

  window = plx_test_open_sample ();
  gtk_window_set_default_size (GTK_WINDOW (window), 1280, 760);

  for (guint dark = 0; dark <= 1; dark++)
    {
      g_autofree char *path = g_build_filename (folder, dark ? "comparison-dark.png" : "comparison.png", NULL);
      g_autoptr(GdkTexture) texture = NULL;
      PlxTestInViewWait in_view = { GTK_WIDGET (plx_comparison_view_get_column_view (plx_window_get_comparison_view (window))),
                                    "a excellent conversation" };

      adw_style_manager_set_color_scheme (style, dark ? ADW_COLOR_SCHEME_FORCE_DARK : ADW_COLOR_SCHEME_FORCE_LIGHT);
      g_assert_true (plx_test_wait_until (plx_test_label_in_view, &in_view));
      g_assert_true (plx_test_wait_until (transition_done, window->stack));
      plx_test_wait_for_paint (window);

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

static void
set_filter (PlxWindow  *window,
            const char *filter)
{
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.filter", "s", filter));
}

static void
test_window_filter (void)
{
  PlxWindow *window = plx_test_open_sample ();
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
                    plx_ledger_get_discrepancies (plx_window_get_ledger (window))->len);

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
  PlxWindow *window = plx_test_open_sample ();
  PlxComparisonView *view;
  guint n_shown;


  view = plx_window_get_comparison_view (window);
  set_filter (window, "differences");
  n_shown = plx_comparison_view_get_n_shown (view);
  g_assert_cmpuint (n_shown, >, 2);
  plx_test_clear_selection (view);

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
  PlxWindow *window = plx_test_open_sample ();
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
    g_assert_true (plx_test_row_contains (plx_comparison_view_get_row (view, i), "Pax Silica"));

  /* With a filter, both must let a row through. */
  set_filter (window, "differences");
  n_differences = plx_comparison_view_get_n_shown (view);
  g_assert_cmpuint (n_differences, <=, n_found);
  for (guint i = 0; i < n_differences; i++)
    {
      g_assert_true (plx_test_row_contains (plx_comparison_view_get_row (view, i), "Pax Silica"));
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
  PlxWindow *window = plx_test_open_sample ();
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
  PlxWindow *window = plx_test_open_sample ();
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
  PlxWindow *window = plx_test_open_sample ();
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

/* An outlet that re-runs another's text says so in its header, and a
 * row's gutter counts its independent sources. */
static void
test_window_copies (void)
{
  static const char story[] =
    "Port workers walked out at dawn on Monday, halting the loading of grain ships at the country's largest harbour. "
    "The union said the strike would last at least three days unless the port authority reopened talks on night-shift pay.\n\n"
    "About 4,000 dockers joined the stoppage, according to the union, while the authority put the number at 2,600. "
    "Twelve vessels were waiting at anchor by midday, and two container lines said they would divert ships.\n";
  g_autofree char *wire = g_strconcat ("Dockers strike halts grain exports\n\n", story,
                                       "A spokesman for the authority said it hoped for an agreement within days.\n", NULL);
  g_autofree char *copy = g_strconcat ("Port paralysed as dock workers walk out\n\n", story, NULL);
  const char *files[] = { "reuters.txt", wire, "repost.txt", copy, NULL };
  g_autofree char *dir = plx_test_make_corpus ("copies", files);
  PlxWindow *window = plx_test_open_window (dir, "comparison");
  PlxAlignment *alignment = plx_window_get_alignment (window);
  gboolean found = FALSE;

  {
    const char *first = gtk_column_view_column_get_title (plx_window_get_column (window, 0));
    const char *second = gtk_column_view_column_get_title (plx_window_get_column (window, 1));

    g_assert_true ((g_str_equal (first, "Reuters") && g_str_equal (second, "Repost (copy of Reuters, 100%)")) ||
                   (g_str_equal (second, "Reuters") && g_str_equal (first, "Repost (copy of Reuters, 100%)")));
  }

  /* Every row both carry comes from one source. */
  for (guint r = 0; r < g_list_model_get_n_items (G_LIST_MODEL (alignment)); r++)
    {
      PlxRow *row = plx_alignment_get_row (alignment, r);

      if (plx_row_get_n_members (row) == 2)
        {
          g_assert_cmpuint (plx_alignment_count_sources (alignment, row), ==, 1);
          found = TRUE;
        }
    }
  g_assert_true (found);

  plx_test_close_window (window);
  plx_test_remove_corpus (dir);
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
  g_test_add_func ("/window/sample", test_window_sample);
  g_test_add_func ("/window/first-screen", test_window_first_screen);
  g_test_add_func ("/window/next-difference", test_window_next_difference);
  g_test_add_func ("/window/screenshots", test_window_screenshots);
  g_test_add_func ("/window/filter", test_window_filter);
  g_test_add_func ("/window/filter-next-difference", test_window_filter_next_difference);
  g_test_add_func ("/window/search", test_window_search);
  g_test_add_func ("/window/hide-outlet", test_window_hide_outlet);
  g_test_add_func ("/window/pivot", test_window_pivot);
  g_test_add_func ("/window/outlet-search", test_window_outlet_search);

  g_test_add_func ("/window/copies", test_window_copies);

  return g_test_run ();
}
