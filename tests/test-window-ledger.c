/* test-window-ledger.c: the ledger sidebar: its figures, events and
 * quotations, what they highlight and outline in the comparison, showing
 * and hiding it
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>
#include <locale.h>
#include <string.h>

#include "parallax-core.h"
#include "plx-comparison-cell.h"
#include "plx-window-private.h"
#include "plx-window-test-util.h"

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
  PlxWindow *window = plx_test_open_sample ();
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
  plx_test_clear_selection (view);
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
  PlxWindow *window = plx_test_open_sample ();
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

  plx_test_clear_selection (view);
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
  plx_test_clear_selection (view);
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
  PlxWindow *window = plx_test_open_sample ();
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

  plx_test_clear_selection (view);
  select_ledger_row (row);
  g_assert_cmpuint (plx_comparison_view_get_selected (view), ==, g_array_index (positions, guint, 0));
  plx_test_wait_for_paint (window);
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
  plx_test_wait_for_paint (window);
  check_outlined_cells (view, plx_ledger_item_get_mentions (plx_ledger_sidebar_row_get_item (event)));

  plx_test_close_window (window);
}

/* A quotation's row among those shown: the first of @wording said by
 * more than one outlet. */
static GtkWidget *
find_quote_row (PlxLedgerSidebar *sidebar,
                PlxQuoteWording   wording)
{
  for (GtkWidget *list_row = gtk_widget_get_first_child (GTK_WIDGET (plx_ledger_sidebar_get_list_view (sidebar)));
       list_row != NULL;
       list_row = gtk_widget_get_next_sibling (list_row))
    {
      GtkWidget *row = gtk_widget_get_first_child (list_row);
      PlxLedgerItem *item = row != NULL ? plx_ledger_sidebar_row_get_item (row) : NULL;
      const PlxQuoteEntry *quote = item != NULL ? plx_ledger_item_get_quote (item) : NULL;

      if (quote != NULL && quote->wording == wording && plx_quote_entry_count_outlets (quote) > 1)
        return row;
    }

  return NULL;
}

/* Jaishankar's post on X, which four outlets quote, one of them as "a
 * excellent conversation": one entry under its speaker, a filled dot for
 * each of the four, a warning that says which outlet changed which
 * words; selecting it outlines the cells that quote it. A quotation
 * every outlet gives in the same words has no warning.
 */
static void
test_window_ledger_quotes (void)
{
  PlxWindow *window = plx_test_open_sample ();
  PlxLedgerSidebar *sidebar = plx_window_get_ledger_sidebar (window);
  PlxComparisonView *view = plx_window_get_comparison_view (window);
  PlxAlignment *alignment = plx_window_get_alignment (window);
  const PlxQuoteEntry *quote;
  const char *warning;
  GtkWidget *row;
  GArray *mentions;
  PlxRow *selected;
  gboolean found = FALSE;


  plx_test_wait_for_label (GTK_WIDGET (sidebar), "Quotes");
  row = wait_for_ledger_row (sidebar, PLX_LEDGER_ITEM_QUOTE, "S. Jaishankar");
  quote = plx_ledger_item_get_quote (plx_ledger_sidebar_row_get_item (row));
  g_assert_nonnull (quote);
  g_assert_true (g_str_has_prefix (quote->text, "Just concluded a good conversation"));
  g_assert_cmpint (quote->wording, ==, PLX_QUOTE_WORDED);
  g_assert_cmpuint (plx_ledger_sidebar_row_count_dots (row, TRUE), ==, 4);
  g_assert_cmpuint (plx_ledger_sidebar_row_count_dots (row, FALSE), ==, 1);
  warning = plx_ledger_sidebar_row_get_warning (row);
  g_assert_nonnull (warning);
  g_assert_nonnull (strstr (warning, "Firstpost: “excellent” instead of “good”"));

  /* Selecting it goes to a row that quotes it, and outlines its cells. */
  plx_test_clear_selection (view);
  select_ledger_row (row);
  g_assert_cmpuint (plx_comparison_view_get_selected (view), !=, GTK_INVALID_LIST_POSITION);
  selected = plx_alignment_get_row (alignment, plx_comparison_view_get_selected (view));
  mentions = plx_ledger_item_get_mentions (plx_ledger_sidebar_row_get_item (row));
  for (guint i = 0; i < mentions->len && !found; i++)
    {
      const PlxMention *mention = &g_array_index (mentions, PlxMention, i);

      found = plx_alignment_find_row (alignment, mention->article, mention->sentence) == selected;
    }
  g_assert_true (found);
  plx_test_wait_for_paint (window);
  g_assert_cmpuint (check_outlined_cells (view, mentions), >, 0);

  row = find_quote_row (sidebar, PLX_QUOTE_SAME);
  g_assert_nonnull (row);
  g_assert_null (plx_ledger_sidebar_row_get_warning (row));

  plx_test_close_window (window);
}

static void
test_window_show_ledger (void)
{
  PlxWindow *window = plx_test_open_sample ();
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

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  g_test_add_func ("/window/ledger", test_window_ledger);
  g_test_add_func ("/window/ledger-highlight", test_window_ledger_highlight);
  g_test_add_func ("/window/ledger-mentions", test_window_ledger_mentions);
  g_test_add_func ("/window/ledger-quotes", test_window_ledger_quotes);
  g_test_add_func ("/window/show-ledger", test_window_show_ledger);

  return g_test_run ();
}
