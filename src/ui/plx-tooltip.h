/* plx-tooltip.h: tooltips for widgets made by the thousand
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

void        plx_tooltip_set_text (GtkWidget  *widget,
                                  const char *text);
const char *plx_tooltip_get_text (GtkWidget  *widget);

G_END_DECLS
