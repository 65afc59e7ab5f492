/* plx-comparison-view.c: an aligned corpus, one column per outlet
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "plx-article.h"
#include "plx-corpus.h"
#include "plx-comparison-cell.h"
#include "plx-comparison-view-private.h"
#include "plx-discrepancy.h"
#include "plx-match.h"
#include "plx-marks.h"
#include "plx-mention.h"
#include "plx-row-menu.h"

G_DEFINE_FINAL_TYPE (PlxComparisonView, plx_comparison_view, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_ALIGNMENT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

enum {
  CELL_ACTIVATED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* @needle is casefolded: so is each sentence, so that "pax silica"
 * finds "Pax Silica".
 */
static gboolean
row_contains (PlxRow     *row,
              const char *needle)
{
  for (guint i = 0; i < plx_row_get_n_members (row); i++)
    {
      const char *text = plx_row_member_get_text (plx_row_get_member (row, i));
      g_autofree char *folded = NULL;

      if (text == NULL)
        continue;

      folded = g_utf8_casefold (text, -1);
      if (strstr (folded, needle) != NULL)
        return TRUE;
    }

  return FALSE;
}

static gboolean
row_matches_filter (PlxComparisonView *self,
                    PlxRow            *row)
{
  switch (self->row_filter)
    {
    case PLX_ROW_FILTER_DIFFERENCES:
      return plx_match_row_differs (row);

    case PLX_ROW_FILTER_DISCREPANCIES:
      return g_hash_table_contains (self->discrepancies, GUINT_TO_POINTER (plx_row_get_id (row)));

    case PLX_ROW_FILTER_IN_ALL:
      return plx_row_get_kind (row) == PLX_ROW_IN_ALL;

    case PLX_ROW_FILTER_IN_ONE:
      return plx_row_get_kind (row) == PLX_ROW_IN_ONE;

    case PLX_ROW_FILTER_ALL:
    default:
      return TRUE;
    }
}

/* The filter and the search both have to let a row through. */
static gboolean
row_is_shown (gpointer item,
              gpointer user_data)
{
  PlxComparisonView *self = user_data;
  PlxRow *row = item;

  if (!row_matches_filter (self, row))
    return FALSE;

  return self->search == NULL || row_contains (row, self->search);
}

static void
plx_comparison_view_index_discrepancies (PlxComparisonView *self,
                                         GPtrArray         *discrepancies)
{
  g_hash_table_remove_all (self->discrepancies);
  self->n_discrepancies = 0;
  if (self->alignment == NULL || discrepancies == NULL)
    return;

  self->n_discrepancies = discrepancies->len;
  for (guint i = 0; i < discrepancies->len; i++)
    {
      const PlxDiscrepancy *discrepancy = g_ptr_array_index (discrepancies, i);
      gpointer key = GUINT_TO_POINTER (discrepancy->row);
      const char *previous = g_hash_table_lookup (self->discrepancies, key);

      if (previous != NULL)
        g_hash_table_insert (self->discrepancies, key,
                             g_strconcat (previous, "\n", discrepancy->summary, NULL));
      else
        g_hash_table_insert (self->discrepancies, key, g_strdup (discrepancy->summary));
    }
}

static void
plx_comparison_view_update_summary (PlxComparisonView *self)
{
  g_autofree char *rows_text = NULL;
  g_autofree char *all_text = NULL;
  g_autofree char *discrepancies_text = NULL;
  g_autofree char *text = NULL;
  guint n_rows = 0;
  guint n_in_all = 0;

  if (self->alignment != NULL)
    {
      n_rows = g_list_model_get_n_items (G_LIST_MODEL (self->alignment));
      for (guint i = 0; i < n_rows; i++)
        {
          if (plx_row_get_kind (plx_alignment_get_row (self->alignment, i)) == PLX_ROW_IN_ALL)
            n_in_all++;
        }
    }

  if (self->filtered != NULL &&
      (self->row_filter != PLX_ROW_FILTER_ALL || self->search != NULL))
    {
      guint n_shown = g_list_model_get_n_items (G_LIST_MODEL (self->filtered));

      /* Translators: the number of rows a filter or a search lets
       * through, of all the rows, for instance "12 of 108 rows shown"
       */
      rows_text = g_strdup_printf (ngettext ("%u of %u row shown", "%u of %u rows shown", n_rows),
                                   n_shown, n_rows);
    }
  else
    /* Translators: the first part of the summary under the comparison,
     * "112 rows · 4 in all outlets · 4 discrepancies"
     */
    rows_text = g_strdup_printf (ngettext ("%u row", "%u rows", n_rows), n_rows);
  /* Translators: the second part of that summary: how many rows every
   * outlet carries
   */
  all_text = g_strdup_printf (ngettext ("%u in all outlets", "%u in all outlets", n_in_all), n_in_all);
  /* Translators: the third part of that summary: quotes, numbers, dates
   * or titles that outlets state differently
   */
  discrepancies_text = g_strdup_printf (ngettext ("%u discrepancy", "%u discrepancies", self->n_discrepancies),
                                        self->n_discrepancies);
  /* Translators: the summary under the comparison, for instance
   * "112 rows · 4 in all outlets · 4 discrepancies"
   */
  text = g_strdup_printf (_("%s · %s · %s"), rows_text, all_text, discrepancies_text);
  gtk_label_set_text (self->summary_label, text);
}

/* The key to the marks, in the marks themselves. */
static void
plx_comparison_view_build_key (PlxComparisonView *self)
{
  g_autoptr(GString) key = g_string_new (NULL);
  g_autoptr(PangoAttrList) attrs = pango_attr_list_new ();

  /* Translators: the key under the comparison: words an outlet adds to
   * the reference sentence, words it leaves out, words it changes, and
   * a quote, number, date or title it states otherwise
   */
  plx_marks_append (key, attrs, PLX_MARK_INSERT, _("added"));
  g_string_append (key, "   ");
  plx_marks_append (key, attrs, PLX_MARK_DELETE, _("left out"));
  g_string_append (key, "   ");
  plx_marks_append (key, attrs, PLX_MARK_REPLACE, _("reworded"));
  g_string_append (key, "   ");
  plx_marks_append (key, attrs, PLX_MARK_CONFLICT, _("quote, number, date or title differs"));

  gtk_label_set_text (self->key_label, key->str);
  gtk_label_set_attributes (self->key_label, attrs);
}

/**
 * plx_comparison_view_set_alignment:
 * @self: a #PlxComparisonView
 * @alignment: (nullable): the alignment to show
 * @discrepancies: (nullable) (element-type PlxDiscrepancy): what the
 *   outlets of its rows state differently (its ledger's)
 *
 * Shows @alignment: a column per article of its corpus, a row per
 * statement, with its discrepancies marked.
 */
void
plx_comparison_view_set_alignment (PlxComparisonView *self,
                                   PlxAlignment      *alignment,
                                   GPtrArray         *discrepancies)
{
  g_autoptr(PlxCorpus) old_corpus = NULL;
  PlxCorpus *corpus = NULL;

  g_return_if_fail (PLX_IS_COMPARISON_VIEW (self));
  g_return_if_fail (alignment == NULL || PLX_IS_ALIGNMENT (alignment));

  if (self->alignment != NULL)
    old_corpus = g_object_ref (plx_alignment_get_corpus (self->alignment));

  if (!g_set_object (&self->alignment, alignment))
    return;

  gtk_column_view_set_model (self->column_view, NULL);
  g_clear_object (&self->selection);
  g_clear_object (&self->filtered);
  plx_comparison_view_index_discrepancies (self, discrepancies);
  plx_comparison_view_set_mentions (self, NULL);

  if (alignment != NULL)
    corpus = plx_alignment_get_corpus (alignment);

  /* The same corpus aligned to another pivot keeps its columns, and
   * with them the widths and the outlets hidden.
   */
  if (corpus == NULL || corpus != old_corpus)
    {
      plx_comparison_view_clear_columns (self);
      self->n_articles = 0;
    }

  if (alignment != NULL)
    {
      if (corpus != old_corpus)
        {
          g_autoptr(GHashTable) chosen = NULL;
          guint position = 0;

          self->n_articles = g_list_model_get_n_items (G_LIST_MODEL (corpus));
          chosen = plx_comparison_view_choose_columns (self, corpus);

          plx_comparison_view_add_column (self, NULL, position++);
          for (guint i = 0; i < self->n_articles; i++)
            {
              PlxArticle *article = plx_corpus_get_article (corpus, i);

              if (g_hash_table_contains (chosen, article))
                plx_comparison_view_add_column (self, article, position++);
            }
        }

      self->filtered = gtk_filter_list_model_new (g_object_ref (G_LIST_MODEL (alignment)),
                                                  g_object_ref (GTK_FILTER (self->filter)));
      g_signal_connect_object (self->filtered, "items-changed",
                               G_CALLBACK (plx_comparison_view_update_summary),
                               self, G_CONNECT_SWAPPED);

      /* Nothing selected at first: the first difference is the
       * first row with one, not the one after the first row.
       */
      self->selection = g_object_new (GTK_TYPE_SINGLE_SELECTION,
                                      "autoselect", FALSE,
                                      "can-unselect", TRUE,
                                      "model", self->filtered,
                                      NULL);
      gtk_column_view_set_model (self->column_view, GTK_SELECTION_MODEL (self->selection));
      plx_comparison_view_update_titles (self);
    }

  plx_comparison_view_update_summary (self);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ALIGNMENT]);
}

/**
 * plx_comparison_view_get_alignment:
 * @self: a #PlxComparisonView
 *
 * Returns: (transfer none) (nullable): the alignment shown
 */
PlxAlignment *
plx_comparison_view_get_alignment (PlxComparisonView *self)
{
  g_return_val_if_fail (PLX_IS_COMPARISON_VIEW (self), NULL);

  return self->alignment;
}

/**
 * plx_comparison_view_get_column_view:
 * @self: a #PlxComparisonView
 *
 * Returns: (transfer none): the column view: the gutter, then a column
 *   per article
 */
GtkColumnView *
plx_comparison_view_get_column_view (PlxComparisonView *self)
{
  g_return_val_if_fail (PLX_IS_COMPARISON_VIEW (self), NULL);

  return self->column_view;
}

/**
 * plx_comparison_view_get_selected:
 * @self: a #PlxComparisonView
 *
 * Returns: the position of the selected row, or
 *   %GTK_INVALID_LIST_POSITION
 */
guint
plx_comparison_view_get_selected (PlxComparisonView *self)
{
  g_return_val_if_fail (PLX_IS_COMPARISON_VIEW (self), GTK_INVALID_LIST_POSITION);

  if (self->selection == NULL)
    return GTK_INVALID_LIST_POSITION;

  return gtk_single_selection_get_selected (self->selection);
}

/**
 * plx_comparison_view_row_has_difference:
 * @self: a #PlxComparisonView
 * @position: a row shown
 *
 * Returns: whether an outlet words the row at @position otherwise than
 *   its reference
 */
gboolean
plx_comparison_view_row_has_difference (PlxComparisonView *self,
                                        guint              position)
{
  PlxRow *row;

  g_return_val_if_fail (PLX_IS_COMPARISON_VIEW (self), FALSE);

  row = plx_comparison_view_get_row (self, position);

  return row != NULL && plx_match_row_differs (row);
}

/* The column view scrolls through the list view inside it, which has
 * had the "list.scroll-to-item" action since GTK 4.0;
 * gtk_column_view_scroll_to() only came with 4.12.
 */
static void
plx_comparison_view_scroll_to (PlxComparisonView *self,
                               guint              position)
{
  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self->column_view));
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      if (GTK_IS_LIST_VIEW (child))
        {
          gtk_widget_activate_action (child, "list.scroll-to-item", "u", position);
          return;
        }
    }
}

/**
 * plx_comparison_view_select_row:
 * @self: a #PlxComparisonView
 * @position: a row
 *
 * Selects the row shown at @position and scrolls to it.
 *
 * Returns: whether there was such a row
 */
gboolean
plx_comparison_view_select_row (PlxComparisonView *self,
                                guint              position)
{
  g_return_val_if_fail (PLX_IS_COMPARISON_VIEW (self), FALSE);

  if (self->selection == NULL ||
      position >= g_list_model_get_n_items (G_LIST_MODEL (self->selection)))
    return FALSE;

  gtk_single_selection_set_selected (self->selection, position);
  plx_comparison_view_scroll_to (self, position);

  return TRUE;
}

/**
 * plx_comparison_view_go_to_difference:
 * @self: a #PlxComparisonView
 * @forward: whether to look after the selected row rather than before
 *
 * Selects the nearest row after (or before) the selected one that has a
 * difference, and scrolls to it.
 *
 * Returns: whether there was such a row
 */
gboolean
plx_comparison_view_go_to_difference (PlxComparisonView *self,
                                      gboolean           forward)
{
  guint selected;
  guint n_rows;
  gint64 position;

  g_return_val_if_fail (PLX_IS_COMPARISON_VIEW (self), FALSE);

  if (self->alignment == NULL)
    return FALSE;

  /* Positions among the rows shown: a row a filter hides is skipped. */
  n_rows = plx_comparison_view_get_n_shown (self);
  selected = plx_comparison_view_get_selected (self);
  if (selected != GTK_INVALID_LIST_POSITION)
    position = selected;
  else if (forward)
    position = -1;
  else
    position = n_rows;

  for (position += forward ? 1 : -1;
       position >= 0 && position < n_rows;
       position += forward ? 1 : -1)
    {
      if (plx_comparison_view_row_has_difference (self, position))
        {
          plx_comparison_view_select_row (self, position);
          return TRUE;
        }
    }

  return FALSE;
}

/* Scrolling up to a row aligns it with the top of the view, and
 * scrolling down with the bottom: so down to the last row first, then up
 * to the one wanted, a frame later, once the view is laid out.
 */
static gboolean
plx_comparison_view_scroll_to_top_cb (GtkWidget     *widget,
                                      GdkFrameClock *frame_clock,
                                      gpointer       user_data)
{
  PlxComparisonView *self = PLX_COMPARISON_VIEW (widget);
  guint n_rows = plx_comparison_view_get_n_shown (self);

  if (gtk_widget_get_height (GTK_WIDGET (self->column_view)) == 0)
    return G_SOURCE_CONTINUE;

  if (self->top_position >= n_rows)
    {
      self->top_tick_id = 0;
      return G_SOURCE_REMOVE;
    }

  if (!self->top_scrolled_down)
    {
      plx_comparison_view_scroll_to (self, n_rows - 1);
      self->top_scrolled_down = TRUE;
      return G_SOURCE_CONTINUE;
    }

  plx_comparison_view_scroll_to (self, self->top_position);
  self->top_tick_id = 0;

  return G_SOURCE_REMOVE;
}

static void
plx_comparison_view_scroll_to_top (PlxComparisonView *self,
                                   guint              position)
{
  self->top_position = position;
  self->top_scrolled_down = FALSE;
  if (self->top_tick_id == 0)
    self->top_tick_id = gtk_widget_add_tick_callback (GTK_WIDGET (self),
                                                      plx_comparison_view_scroll_to_top_cb,
                                                      NULL, NULL);
}

/**
 * plx_comparison_view_go_to_first_discrepancy:
 * @self: a #PlxComparisonView
 *
 * Selects the first row shown that holds a discrepancy and scrolls it to
 * the top of the view, the first thing an editor must not miss; without
 * one, selects the first row.
 *
 * Returns: whether a row with a discrepancy was found
 */
gboolean
plx_comparison_view_go_to_first_discrepancy (PlxComparisonView *self)
{
  guint n_rows;

  g_return_val_if_fail (PLX_IS_COMPARISON_VIEW (self), FALSE);

  n_rows = plx_comparison_view_get_n_shown (self);
  for (guint position = 0; position < n_rows; position++)
    {
      PlxRow *row = g_list_model_get_item (G_LIST_MODEL (self->filtered), position);
      gboolean found = g_hash_table_contains (self->discrepancies, GUINT_TO_POINTER (plx_row_get_id (row)));

      g_object_unref (row);
      if (!found)
        continue;

      gtk_single_selection_set_selected (self->selection, position);
      plx_comparison_view_scroll_to_top (self, position);
      return TRUE;
    }

  plx_comparison_view_select_row (self, 0);

  return FALSE;
}

/**
 * plx_comparison_view_get_scroll:
 * @self: a #PlxComparisonView
 *
 * Returns: how far down the rows the view is scrolled, in pixels
 */
double
plx_comparison_view_get_scroll (PlxComparisonView *self)
{
  GtkAdjustment *adjustment;

  g_return_val_if_fail (PLX_IS_COMPARISON_VIEW (self), 0);

  adjustment = gtk_scrollable_get_vadjustment (GTK_SCROLLABLE (self->column_view));

  return adjustment != NULL ? gtk_adjustment_get_value (adjustment) : 0;
}

/* The rows of a new alignment are measured over the next frames, and
 * the adjustment reaches far enough down only then: the scroll position
 * is set again on each frame until it holds.
 */
#define RESTORE_MAX_FRAMES 120
#define RESTORE_HELD_FRAMES 3

static gboolean
plx_comparison_view_restore_tick_cb (GtkWidget     *widget,
                                     GdkFrameClock *frame_clock,
                                     gpointer       user_data)
{
  PlxComparisonView *self = PLX_COMPARISON_VIEW (widget);
  GtkAdjustment *adjustment = gtk_scrollable_get_vadjustment (GTK_SCROLLABLE (self->column_view));

  if (adjustment == NULL || ++self->restore_frames >= RESTORE_MAX_FRAMES)
    {
      self->restore_tick_id = 0;
      return G_SOURCE_REMOVE;
    }

  /* Held for a few frames in a row: the rows around it are measured. */
  if (G_APPROX_VALUE (gtk_adjustment_get_value (adjustment), self->restore_scroll, 0.5))
    {
      if (++self->restore_held >= RESTORE_HELD_FRAMES)
        {
          self->restore_tick_id = 0;
          return G_SOURCE_REMOVE;
        }
    }
  else
    {
      self->restore_held = 0;
      gtk_adjustment_set_value (adjustment, self->restore_scroll);
    }

  return G_SOURCE_CONTINUE;
}

/**
 * plx_comparison_view_restore:
 * @self: a #PlxComparisonView
 * @selected: a row position, or %GTK_INVALID_LIST_POSITION
 * @scroll: a value of plx_comparison_view_get_scroll()
 *
 * Comes back to where the view was, after its alignment was replaced by
 * one of the same corpus read again.
 */
void
plx_comparison_view_restore (PlxComparisonView *self,
                             guint              selected,
                             double             scroll)
{
  g_return_if_fail (PLX_IS_COMPARISON_VIEW (self));

  if (self->selection != NULL &&
      selected < g_list_model_get_n_items (G_LIST_MODEL (self->selection)))
    gtk_single_selection_set_selected (self->selection, selected);

  self->restore_scroll = scroll;
  self->restore_frames = 0;
  self->restore_held = 0;
  if (self->restore_tick_id == 0)
    self->restore_tick_id = gtk_widget_add_tick_callback (GTK_WIDGET (self),
                                                          plx_comparison_view_restore_tick_cb,
                                                          NULL, NULL);
}

/**
 * plx_comparison_view_get_n_shown:
 * @self: a #PlxComparisonView
 *
 * Returns: how many rows the filter and the search let through
 */
guint
plx_comparison_view_get_n_shown (PlxComparisonView *self)
{
  g_return_val_if_fail (PLX_IS_COMPARISON_VIEW (self), 0);

  if (self->filtered == NULL)
    return 0;

  return g_list_model_get_n_items (G_LIST_MODEL (self->filtered));
}

/**
 * plx_comparison_view_get_row:
 * @self: a #PlxComparisonView
 * @position: a position among the rows shown
 *
 * Returns: (transfer none) (nullable): the row shown at @position
 */
PlxRow *
plx_comparison_view_get_row (PlxComparisonView *self,
                             guint              position)
{
  g_autoptr(PlxRow) row = NULL;

  g_return_val_if_fail (PLX_IS_COMPARISON_VIEW (self), NULL);

  if (self->filtered == NULL)
    return NULL;

  row = g_list_model_get_item (G_LIST_MODEL (self->filtered), position);

  /* The alignment keeps its own reference. */
  return row;
}

/**
 * plx_comparison_view_select_item:
 * @self: a #PlxComparisonView
 * @row: a row of the alignment
 *
 * Selects @row and scrolls to it.
 *
 * Returns: whether @row is shown, and so could be selected
 */
gboolean
plx_comparison_view_select_item (PlxComparisonView *self,
                                 PlxRow            *row)
{
  guint n_shown;

  g_return_val_if_fail (PLX_IS_COMPARISON_VIEW (self), FALSE);
  g_return_val_if_fail (PLX_IS_ROW (row), FALSE);

  n_shown = plx_comparison_view_get_n_shown (self);
  for (guint i = 0; i < n_shown; i++)
    {
      if (plx_comparison_view_get_row (self, i) == row)
        return plx_comparison_view_select_row (self, i);
    }

  return FALSE;
}

/**
 * plx_comparison_view_set_mentions:
 * @self: a #PlxComparisonView
 * @mentions: (nullable) (element-type PlxMention): where a ledger entry
 *   is stated, or %NULL
 *
 * Outlines the cells whose sentences are among @mentions, until other
 * mentions or another alignment are set.
 */
void
plx_comparison_view_set_mentions (PlxComparisonView *self,
                                  GArray            *mentions)
{
  GHashTableIter iter;
  gpointer cell;

  g_return_if_fail (PLX_IS_COMPARISON_VIEW (self));

  g_clear_pointer (&self->mentions, g_hash_table_unref);
  g_hash_table_remove_all (self->mentioned_rows);

  for (guint i = 0; mentions != NULL && i < mentions->len; i++)
    {
      const PlxMention *mention = &g_array_index (mentions, PlxMention, i);
      GHashTable *sentences;
      PlxRow *row;

      if (self->mentions == NULL)
        self->mentions = g_hash_table_new_full (NULL, NULL, NULL, (GDestroyNotify) g_hash_table_unref);
      sentences = g_hash_table_lookup (self->mentions, mention->article);
      if (sentences == NULL)
        {
          sentences = g_hash_table_new (NULL, NULL);
          g_hash_table_insert (self->mentions, mention->article, sentences);
        }
      g_hash_table_add (sentences, GUINT_TO_POINTER (mention->sentence + 1));

      row = self->alignment != NULL ? plx_alignment_find_row (self->alignment, mention->article, mention->sentence) : NULL;
      if (row != NULL)
        g_hash_table_add (self->mentioned_rows, row);
    }

  g_hash_table_iter_init (&iter, self->bound_cells);
  while (g_hash_table_iter_next (&iter, &cell, NULL))
    plx_comparison_cell_set_mentioned (cell,
                                       plx_comparison_view_cell_is_mentioned (self,
                                                                              plx_comparison_cell_get_row (cell),
                                                                              plx_comparison_cell_get_article (cell)));
}

/**
 * plx_comparison_view_go_to_mention:
 * @self: a #PlxComparisonView
 * @next: %TRUE for the next row holding a mention after the one
 *   selected (from the top again after the last), %FALSE for the first
 *
 * Selects a row shown that holds one of the mentions set with
 * plx_comparison_view_set_mentions(), and scrolls it to the top.
 *
 * Returns: whether a row shown holds one
 */
gboolean
plx_comparison_view_go_to_mention (PlxComparisonView *self,
                                   gboolean           next)
{
  guint n_shown;
  guint selected;
  guint start = 0;

  g_return_val_if_fail (PLX_IS_COMPARISON_VIEW (self), FALSE);

  if (g_hash_table_size (self->mentioned_rows) == 0)
    return FALSE;

  n_shown = plx_comparison_view_get_n_shown (self);
  selected = plx_comparison_view_get_selected (self);
  if (next && selected != GTK_INVALID_LIST_POSITION)
    start = selected + 1;

  for (guint i = 0; i < n_shown; i++)
    {
      guint position = (start + i) % n_shown;

      if (g_hash_table_contains (self->mentioned_rows, plx_comparison_view_get_row (self, position)))
        {
          /* At the top, so that a long row shows from its start. */
          gtk_single_selection_set_selected (self->selection, position);
          plx_comparison_view_scroll_to_top (self, position);
          return TRUE;
        }
    }

  return FALSE;
}

/**
 * plx_comparison_view_get_filter:
 * @self: a #PlxComparisonView
 *
 * Returns: which rows are shown
 */
PlxRowFilter
plx_comparison_view_get_filter (PlxComparisonView *self)
{
  g_return_val_if_fail (PLX_IS_COMPARISON_VIEW (self), PLX_ROW_FILTER_ALL);

  return self->row_filter;
}

/**
 * plx_comparison_view_set_filter:
 * @self: a #PlxComparisonView
 * @filter: which rows to show
 *
 * Shows only the rows that @filter lets through (and the search, if
 * any). The filter stays when the alignment changes.
 */
void
plx_comparison_view_set_filter (PlxComparisonView *self,
                                PlxRowFilter       filter)
{
  g_return_if_fail (PLX_IS_COMPARISON_VIEW (self));

  if (self->row_filter == filter)
    return;

  self->row_filter = filter;
  gtk_filter_changed (GTK_FILTER (self->filter), GTK_FILTER_CHANGE_DIFFERENT);
  plx_comparison_view_update_summary (self);
}

/**
 * plx_comparison_view_set_search:
 * @self: a #PlxComparisonView
 * @text: (nullable): words to look for, or %NULL or "" to show all rows
 *
 * Shows only the rows where some outlet's sentence contains @text,
 * whatever its case. The search stays when the alignment changes.
 */
void
plx_comparison_view_set_search (PlxComparisonView *self,
                                const char        *text)
{
  g_autofree char *folded = NULL;

  g_return_if_fail (PLX_IS_COMPARISON_VIEW (self));

  if (text != NULL && *text != '\0')
    folded = g_utf8_casefold (text, -1);

  if (g_strcmp0 (folded, self->search) == 0)
    return;

  g_free (self->search);
  self->search = g_steal_pointer (&folded);
  gtk_filter_changed (GTK_FILTER (self->filter), GTK_FILTER_CHANGE_DIFFERENT);
  plx_comparison_view_update_summary (self);
}

/* A cell of @row in the column of @article was activated. */
void
plx_comparison_view_cell_activated (PlxComparisonView *self,
                                    PlxRow            *row,
                                    PlxArticle        *article)
{
  g_signal_emit (self, signals[CELL_ACTIVATED], 0, row, article);
}

/* Enter on a row, or a double click on its gutter, which names no
 * outlet: the row's reference stands for it, the one sentence every
 * row has and the one the other cells are compared with.
 */
static void
plx_comparison_view_activate_cb (PlxComparisonView *self,
                                 guint              position,
                                 GtkColumnView     *column_view)
{
  PlxRow *row = plx_comparison_view_get_row (self, position);
  const PlxRowMember *reference;

  if (row == NULL || plx_row_get_n_members (row) == 0)
    return;

  reference = plx_row_get_member (row, plx_row_get_reference (row));
  g_signal_emit (self, signals[CELL_ACTIVATED], 0, row, reference->article);
}

static void
plx_comparison_view_dispose (GObject *object)
{
  PlxComparisonView *self = (PlxComparisonView *)object;
  GtkWidget *child;

  plx_row_menu_dismiss (GTK_WIDGET (self));
  if (self->restore_tick_id != 0)
    {
      gtk_widget_remove_tick_callback (GTK_WIDGET (self), self->restore_tick_id);
      self->restore_tick_id = 0;
    }
  if (self->top_tick_id != 0)
    {
      gtk_widget_remove_tick_callback (GTK_WIDGET (self), self->top_tick_id);
      self->top_tick_id = 0;
    }

  if (self->column_view != NULL)
    {
      gtk_column_view_set_model (self->column_view, NULL);
      plx_comparison_view_clear_columns (self);
    }

  gtk_widget_dispose_template (GTK_WIDGET (self), PLX_TYPE_COMPARISON_VIEW);

  /* GTK 4.8 only lets go of the children bound to fields. */
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);

  g_clear_object (&self->selection);
  g_clear_object (&self->filtered);
  g_clear_object (&self->filter);
  g_clear_object (&self->alignment);
  g_clear_pointer (&self->discrepancies, g_hash_table_unref);
  g_clear_pointer (&self->columns, g_hash_table_unref);
  g_clear_pointer (&self->bound_cells, g_hash_table_unref);
  g_clear_pointer (&self->mentions, g_hash_table_unref);
  g_clear_pointer (&self->mentioned_rows, g_hash_table_unref);
  g_clear_pointer (&self->search, g_free);

  G_OBJECT_CLASS (plx_comparison_view_parent_class)->dispose (object);
}

static void
plx_comparison_view_get_property (GObject    *object,
                                  guint       prop_id,
                                  GValue     *value,
                                  GParamSpec *pspec)
{
  PlxComparisonView *self = PLX_COMPARISON_VIEW (object);

  switch (prop_id)
    {
    case PROP_ALIGNMENT:
      g_value_set_object (value, self->alignment);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
plx_comparison_view_class_init (PlxComparisonViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = plx_comparison_view_dispose;
  object_class->get_property = plx_comparison_view_get_property;

  /**
   * PlxComparisonView:alignment:
   *
   * The alignment shown, or %NULL. It is set with its discrepancies, by
   * plx_comparison_view_set_alignment().
   */
  properties[PROP_ALIGNMENT] =
    g_param_spec_object ("alignment", NULL, NULL,
                         PLX_TYPE_ALIGNMENT,
                         (G_PARAM_READABLE |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * PlxComparisonView::cell-activated:
   * @self: the view
   * @row: the row of the cell
   * @article: the article of the cell's column
   *
   * A cell was double-clicked, or Enter pressed on a row: @article is
   * then the article of the row's reference.
   */
  signals[CELL_ACTIVATED] =
    g_signal_new ("cell-activated",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 2,
                  PLX_TYPE_ROW,
                  PLX_TYPE_ARTICLE);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/newsparallax/Parallax/ui/plx-comparison-view.ui");
  gtk_widget_class_bind_template_child (widget_class, PlxComparisonView, column_view);
  gtk_widget_class_bind_template_child (widget_class, PlxComparisonView, summary_label);
  gtk_widget_class_bind_template_child (widget_class, PlxComparisonView, key_label);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BOX_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "comparisonview");
}

/* Shift+F10 or the Menu key: the menu of the selected row, for each of
 * its outlets, as a right click on a cell gives it for one. */
static gboolean
plx_comparison_view_menu_cb (GtkWidget *widget,
                             GVariant  *args,
                             gpointer   user_data)
{
  PlxComparisonView *self = PLX_COMPARISON_VIEW (user_data);
  guint position = plx_comparison_view_get_selected (self);
  PlxRow *row = position != GTK_INVALID_LIST_POSITION ? plx_comparison_view_get_row (self, position) : NULL;

  if (row == NULL)
    return FALSE;

  plx_row_menu_popup (GTK_WIDGET (self), row, NULL, -1, -1);

  return TRUE;
}

static void
plx_comparison_view_init (PlxComparisonView *self)
{
  GtkLayoutManager *layout;

  gtk_widget_init_template (GTK_WIDGET (self));

  layout = gtk_widget_get_layout_manager (GTK_WIDGET (self));
  gtk_orientable_set_orientation (GTK_ORIENTABLE (layout), GTK_ORIENTATION_VERTICAL);

  self->discrepancies = g_hash_table_new_full (NULL, NULL, NULL, g_free);
  self->columns = g_hash_table_new (NULL, NULL);
  self->bound_cells = g_hash_table_new (NULL, NULL);
  self->mentioned_rows = g_hash_table_new (NULL, NULL);
  self->filter = gtk_custom_filter_new (row_is_shown, self, NULL);
  g_signal_connect_object (self->column_view, "activate",
                           G_CALLBACK (plx_comparison_view_activate_cb),
                           self, G_CONNECT_SWAPPED);

  {
    GtkEventController *shortcuts = gtk_shortcut_controller_new ();
    GtkShortcutAction *action = gtk_callback_action_new (plx_comparison_view_menu_cb, self, NULL);

    gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (shortcuts),
                                          gtk_shortcut_new (gtk_alternative_trigger_new (gtk_keyval_trigger_new (GDK_KEY_F10, GDK_SHIFT_MASK),
                                                                                         gtk_keyval_trigger_new (GDK_KEY_Menu, 0)),
                                                            action));
    gtk_widget_add_controller (GTK_WIDGET (self->column_view), shortcuts);
  }

  plx_comparison_view_build_key (self);
  plx_comparison_view_update_summary (self);
}

/**
 * plx_comparison_view_new:
 *
 * Returns: (transfer floating): a new view showing no alignment
 */
GtkWidget *
plx_comparison_view_new (void)
{
  return g_object_new (PLX_TYPE_COMPARISON_VIEW, NULL);
}
