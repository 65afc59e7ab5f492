/* plx-comparison-view.h: an aligned corpus, one column per outlet
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "plx-alignment.h"

G_BEGIN_DECLS

/**
 * PlxRowFilter:
 * @PLX_ROW_FILTER_ALL: every row
 * @PLX_ROW_FILTER_DIFFERENCES: rows an outlet words otherwise than the reference
 * @PLX_ROW_FILTER_DISCREPANCIES: rows with a discrepancy
 * @PLX_ROW_FILTER_IN_ALL: rows every outlet carries
 * @PLX_ROW_FILTER_IN_ONE: rows only one outlet carries
 *
 * Which rows the comparison shows.
 */
typedef enum
{
  PLX_ROW_FILTER_ALL,
  PLX_ROW_FILTER_DIFFERENCES,
  PLX_ROW_FILTER_DISCREPANCIES,
  PLX_ROW_FILTER_IN_ALL,
  PLX_ROW_FILTER_IN_ONE,
} PlxRowFilter;

#define PLX_TYPE_COMPARISON_VIEW (plx_comparison_view_get_type ())

G_DECLARE_FINAL_TYPE (PlxComparisonView, plx_comparison_view, PLX, COMPARISON_VIEW, GtkWidget)

GtkWidget     *plx_comparison_view_new                (void);
PlxAlignment  *plx_comparison_view_get_alignment      (PlxComparisonView *self);
void           plx_comparison_view_set_alignment      (PlxComparisonView *self,
                                                       PlxAlignment      *alignment,
                                                       GPtrArray         *discrepancies);
GtkColumnView *plx_comparison_view_get_column_view    (PlxComparisonView *self);
guint          plx_comparison_view_get_selected       (PlxComparisonView *self);
gboolean       plx_comparison_view_row_has_difference (PlxComparisonView *self,
                                                       guint              position);
gboolean       plx_comparison_view_select_row         (PlxComparisonView *self,
                                                       guint              position);
gboolean       plx_comparison_view_go_to_difference   (PlxComparisonView *self,
                                                       gboolean           forward);
gboolean       plx_comparison_view_go_to_first_discrepancy (PlxComparisonView *self);
double         plx_comparison_view_get_scroll         (PlxComparisonView *self);
void           plx_comparison_view_restore            (PlxComparisonView *self,
                                                       guint              selected,
                                                       double             scroll);
PlxRowFilter   plx_comparison_view_get_filter         (PlxComparisonView *self);
void           plx_comparison_view_set_filter         (PlxComparisonView *self,
                                                       PlxRowFilter       filter);
void           plx_comparison_view_set_search         (PlxComparisonView *self,
                                                       const char        *text);
guint          plx_comparison_view_get_n_shown        (PlxComparisonView *self);
PlxRow        *plx_comparison_view_get_row            (PlxComparisonView *self,
                                                       guint              position);
gboolean       plx_comparison_view_select_item        (PlxComparisonView *self,
                                                       PlxRow            *row);
void           plx_comparison_view_set_mentions       (PlxComparisonView *self,
                                                       GArray            *mentions);
gboolean       plx_comparison_view_go_to_mention      (PlxComparisonView *self,
                                                       gboolean           next);
GtkColumnViewColumn *plx_comparison_view_get_article_column (PlxComparisonView *self,
                                                             PlxArticle        *article);
void           plx_comparison_view_set_article_visible (PlxComparisonView *self,
                                                        PlxArticle        *article,
                                                        gboolean           visible);
void           plx_comparison_view_set_show_copies     (PlxComparisonView *self,
                                                        gboolean           show_copies);
gboolean       plx_comparison_view_get_article_visible (PlxComparisonView *self,
                                                        PlxArticle        *article);

G_END_DECLS
