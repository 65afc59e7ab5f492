/* plx-comparison-view-private.h: the inside of a PlxComparisonView,
 * shared by the files of the class (plx-comparison-view.c,
 * plx-comparison-view-columns.c)
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "plx-comparison-view.h"
#include "plx-corpus.h"

G_BEGIN_DECLS

struct _PlxComparisonView
{
  GtkWidget           parent_instance;

  PlxAlignment       *alignment;
  GtkFilterListModel *filtered;       /* the rows shown, of the alignment */
  GtkCustomFilter    *filter;
  GtkSingleSelection *selection;      /* over the rows shown */
  PlxRowFilter        row_filter;
  char               *search;         /* casefolded, or NULL */
  GHashTable         *discrepancies;  /* row id -> summaries, one a line */
  guint               n_discrepancies; /* for the summary */
  GHashTable         *columns;        /* article -> its column, if shown */
  GHashTable         *bound_cells;    /* the PlxComparisonCells showing a row */
  GHashTable         *mentions;       /* article -> sentence + 1 -> itself, or NULL */
  GHashTable         *mentioned_rows; /* the rows holding a mention */
  guint               n_articles;
  gboolean            hide_copies;    /* copies get no column at first */

  /* Template widgets */
  GtkColumnView      *column_view;
  GtkLabel           *summary_label;
  double              restore_scroll;   /* where plx_comparison_view_restore() goes */
  guint               restore_frames;
  guint               restore_held;
  guint               restore_tick_id;
  guint               top_position;     /* where plx_comparison_view_scroll_to_top() goes */
  gboolean            top_scrolled_down;
  guint               top_tick_id;
  GtkLabel           *key_label;
};

/* plx-comparison-view.c */
void                 plx_comparison_view_cell_activated    (PlxComparisonView *self,
                                                            PlxRow            *row,
                                                            PlxArticle        *article);

/* plx-comparison-view-columns.c: the columns and their cells */
void                 plx_comparison_view_update_titles     (PlxComparisonView *self);
GtkColumnViewColumn *plx_comparison_view_add_column        (PlxComparisonView *self,
                                                            PlxArticle        *article,
                                                            guint              position);
void                 plx_comparison_view_clear_columns     (PlxComparisonView *self);
GHashTable          *plx_comparison_view_choose_columns    (PlxComparisonView *self,
                                                            PlxCorpus         *corpus);
gboolean             plx_comparison_view_cell_is_mentioned (PlxComparisonView *self,
                                                            PlxRow            *row,
                                                            PlxArticle        *article);

G_END_DECLS
