/* plx-update-check.h: the saved pages of a corpus folder checked for updates
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "plx-fetch-batch.h"

G_BEGIN_DECLS

/**
 * PlxUpdateStatus:
 * @PLX_UPDATE_PENDING: not checked yet
 * @PLX_UPDATE_UNCHANGED: its article is as saved: nothing written
 * @PLX_UPDATE_CHANGED: its article changed: saved as a new file
 * @PLX_UPDATE_FAILED: could not be checked (the error says why)
 * @PLX_UPDATE_NO_ADDRESS: skipped: no web address is known for it
 * @PLX_UPDATE_EARLIER_VERSION: skipped: an earlier version of another
 *   page of the folder at the same address, which is checked instead
 */
typedef enum
{
  PLX_UPDATE_PENDING,
  PLX_UPDATE_UNCHANGED,
  PLX_UPDATE_CHANGED,
  PLX_UPDATE_FAILED,
  PLX_UPDATE_NO_ADDRESS,
  PLX_UPDATE_EARLIER_VERSION,
} PlxUpdateStatus;

#define PLX_TYPE_UPDATE_CHECK (plx_update_check_get_type ())

G_DECLARE_FINAL_TYPE (PlxUpdateCheck, plx_update_check, PLX, UPDATE_CHECK, GObject)

PlxUpdateCheck  *plx_update_check_new           (GFile               *folder);
GFile           *plx_update_check_get_folder    (PlxUpdateCheck      *self);

guint            plx_update_check_get_n_pages   (PlxUpdateCheck      *self);
guint            plx_update_check_get_n_done    (PlxUpdateCheck      *self);
guint            plx_update_check_count         (PlxUpdateCheck      *self,
                                                 PlxUpdateStatus      status);
goffset          plx_update_check_get_received  (PlxUpdateCheck      *self);
double           plx_update_check_get_fraction  (PlxUpdateCheck      *self);

GFile           *plx_update_check_get_file      (PlxUpdateCheck      *self,
                                                 guint                index);
const char      *plx_update_check_get_address   (PlxUpdateCheck      *self,
                                                 guint                index);
PlxUpdateStatus  plx_update_check_get_status    (PlxUpdateCheck      *self,
                                                 guint                index);
GFile           *plx_update_check_get_new_file  (PlxUpdateCheck      *self,
                                                 guint                index);
GFile           *plx_update_check_get_later_version (PlxUpdateCheck  *self,
                                                 guint                index);
const GError    *plx_update_check_get_error     (PlxUpdateCheck      *self,
                                                 guint                index);
const char * const *
                 plx_update_check_get_warnings  (PlxUpdateCheck      *self);

void             plx_update_check_run_async     (PlxUpdateCheck      *self,
                                                 GCancellable        *cancellable,
                                                 GAsyncReadyCallback  callback,
                                                 gpointer             user_data);
gboolean         plx_update_check_run_finish    (PlxUpdateCheck      *self,
                                                 GAsyncResult        *result,
                                                 GError             **error);

G_END_DECLS
