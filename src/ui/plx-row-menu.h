/* plx-row-menu.h: the context menu of a row, or of one outlet's cell
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "plx-row.h"

G_BEGIN_DECLS

GMenuModel *plx_row_menu_new   (PlxRow     *row,
                                PlxArticle *article);
void        plx_row_menu_dismiss (GtkWidget *parent);
void        plx_row_menu_popup (GtkWidget  *parent,
                                PlxRow     *row,
                                PlxArticle *article,
                                double      x,
                                double      y);

G_END_DECLS
