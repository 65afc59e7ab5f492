/* plx-changes-window.h: what a later version of an article changed
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "plx-article.h"

G_BEGIN_DECLS

#define PLX_TYPE_CHANGES_WINDOW (plx_changes_window_get_type ())

G_DECLARE_FINAL_TYPE (PlxChangesWindow, plx_changes_window, PLX, CHANGES_WINDOW, AdwWindow)

GtkWidget *plx_changes_window_new          (GtkWindow        *parent,
                                            PlxArticle       *previous,
                                            PlxArticle       *article);

/* For the tests */
guint      plx_changes_window_get_n_changes (PlxChangesWindow *self);
guint      plx_changes_window_get_n_factual (PlxChangesWindow *self);
const char *plx_changes_window_get_text     (PlxChangesWindow *self,
                                             guint             index);

G_END_DECLS
