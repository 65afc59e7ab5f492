/* plx-window.h: the main window, showing one corpus
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "plx-corpus.h"

G_BEGIN_DECLS

#define PLX_TYPE_WINDOW (plx_window_get_type ())

G_DECLARE_FINAL_TYPE (PlxWindow, plx_window, PLX, WINDOW, AdwApplicationWindow)

PlxWindow *plx_window_new        (GtkApplication *application);
void       plx_window_open       (PlxWindow      *self,
                                  GFile          *location);
PlxCorpus *plx_window_get_corpus (PlxWindow      *self);

G_END_DECLS
