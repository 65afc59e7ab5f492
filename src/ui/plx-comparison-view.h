/* plx-comparison-view.h: an aligned corpus, one column per outlet
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "plx-alignment.h"

G_BEGIN_DECLS

#define PLX_TYPE_COMPARISON_VIEW (plx_comparison_view_get_type ())

G_DECLARE_FINAL_TYPE (PlxComparisonView, plx_comparison_view, PLX, COMPARISON_VIEW, GtkWidget)

GtkWidget     *plx_comparison_view_new                (void);
PlxAlignment  *plx_comparison_view_get_alignment      (PlxComparisonView *self);
void           plx_comparison_view_set_alignment      (PlxComparisonView *self,
                                                       PlxAlignment      *alignment);
GtkColumnView *plx_comparison_view_get_column_view    (PlxComparisonView *self);
guint          plx_comparison_view_get_selected       (PlxComparisonView *self);
gboolean       plx_comparison_view_row_has_difference (PlxComparisonView *self,
                                                       guint              position);
gboolean       plx_comparison_view_select_row         (PlxComparisonView *self,
                                                       guint              position);
gboolean       plx_comparison_view_go_to_difference   (PlxComparisonView *self,
                                                       gboolean           forward);

G_END_DECLS
