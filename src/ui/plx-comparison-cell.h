/* plx-comparison-cell.h: one outlet's sentences of a row, in the
 * comparison
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "plx-article.h"
#include "plx-row.h"

G_BEGIN_DECLS

#define PLX_TYPE_COMPARISON_CELL (plx_comparison_cell_get_type ())

G_DECLARE_FINAL_TYPE (PlxComparisonCell, plx_comparison_cell, PLX, COMPARISON_CELL, GtkWidget)

GtkWidget *plx_comparison_cell_new  (void);
void       plx_comparison_cell_bind (PlxComparisonCell *self,
                                     PlxRow            *row,
                                     PlxArticle        *article);
PlxRow     *plx_comparison_cell_get_row       (PlxComparisonCell *self);
PlxArticle *plx_comparison_cell_get_article   (PlxComparisonCell *self);
void        plx_comparison_cell_set_mentioned (PlxComparisonCell *self,
                                               gboolean           mentioned);
gboolean    plx_comparison_cell_get_mentioned (PlxComparisonCell *self);

G_END_DECLS
