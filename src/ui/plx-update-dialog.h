/* plx-update-dialog.h: "Check for Updates", the saved web pages of a
 * corpus folder downloaded again and compared
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define PLX_TYPE_UPDATE_DIALOG (plx_update_dialog_get_type ())

G_DECLARE_FINAL_TYPE (PlxUpdateDialog, plx_update_dialog, PLX, UPDATE_DIALOG, AdwWindow)

GtkWidget *plx_update_dialog_new           (GtkWindow       *parent,
                                            GFile           *folder);
GFile     *plx_update_dialog_get_folder    (PlxUpdateDialog *self);
gboolean   plx_update_dialog_is_busy       (PlxUpdateDialog *self);
guint      plx_update_dialog_get_n_changed (PlxUpdateDialog *self);

G_END_DECLS
