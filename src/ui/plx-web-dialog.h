/* plx-web-dialog.h: "Add from Web", web pages downloaded into a corpus
 * folder
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define PLX_TYPE_WEB_DIALOG (plx_web_dialog_get_type ())

G_DECLARE_FINAL_TYPE (PlxWebDialog, plx_web_dialog, PLX, WEB_DIALOG, AdwWindow)

GtkWidget *plx_web_dialog_new        (GtkWindow    *parent,
                                      GFile        *folder);
GFile     *plx_web_dialog_get_folder (PlxWebDialog *self);
void       plx_web_dialog_set_folder (PlxWebDialog *self,
                                      GFile        *folder);
gboolean   plx_web_dialog_is_busy    (PlxWebDialog *self);

G_END_DECLS
