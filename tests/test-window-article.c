/* test-window-article.c: the article pane: a whole article, opened from
 * a row of the comparison
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>

#include "parallax-core.h"
#include "plx-window-private.h"
#include "plx-window-test-util.h"

/* The sentence's row in the article pane: selected when activated. */
static GtkWidget *
list_row_of (GtkWidget *label)
{
  return gtk_widget_get_parent (plx_test_cell_of (label));
}

/* A double click on the cell, as its click gesture reports it. */
static void
double_click (GtkWidget *cell)
{
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (cell);

  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GtkEventController) controller = g_list_model_get_item (controllers, i);

      /* The primary button's: the secondary's opens the cell's menu. */
      if (GTK_IS_GESTURE_CLICK (controller) &&
          gtk_gesture_single_get_button (GTK_GESTURE_SINGLE (controller)) != GDK_BUTTON_SECONDARY)
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
  g_autofree char *dir = plx_test_make_corpus ("steel", plx_test_three_articles);
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
  double_click (plx_test_cell_of (label));

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
  g_assert_true (gtk_widget_has_css_class (plx_test_cell_of (label), "only-here"));
  g_assert_true (gtk_widget_has_css_class (plx_test_cell_of (label), "paragraph-start"));

  /* The headline reads as one; the boilerplate is there, greyed; the
   * sentence after the warning runs on in its paragraph.
   */
  title = plx_test_wait_for_label (text, "Tariff Increase Hits");
  g_assert_true (gtk_widget_has_css_class (plx_test_cell_of (title), "role-title"));
  boilerplate = plx_test_wait_for_label (text, "Leave a Reply");
  g_assert_true (gtk_widget_has_css_class (plx_test_cell_of (boilerplate), "role-boilerplate"));
  g_assert_true (gtk_widget_has_css_class (plx_test_cell_of (boilerplate), "paragraph-start"));
  label = plx_test_wait_for_label (text, "The change was announced");
  g_assert_false (gtk_widget_has_css_class (plx_test_cell_of (label), "paragraph-start"));

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
  PlxWindow *window = plx_test_open_sample ();
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
  g_autofree char *dir = plx_test_make_corpus ("steel", plx_test_three_articles);
  PlxWindow *window = plx_test_open_window (dir, "comparison");
  GtkWidget *view = GTK_WIDGET (plx_window_get_comparison_view (window));
  PlxArticleView *pane = plx_window_get_article_view (window);
  guint n_shown;

  plx_test_assert_settings (window);

  double_click (plx_test_cell_of (plx_test_wait_for_label (view, "Importers warned")));
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

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  g_test_add_func ("/window/article-pane", test_window_article_pane);
  g_test_add_func ("/window/article-enter", test_window_article_enter);
  g_test_add_func ("/window/article-boilerplate", test_window_article_boilerplate);

  return g_test_run ();
}
