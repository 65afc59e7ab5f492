/* plx-fetch-batch.h: a list of web pages downloaded into a corpus folder
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "plx-fetcher.h"

G_BEGIN_DECLS

#define PLX_TYPE_FETCH_BATCH (plx_fetch_batch_get_type ())

G_DECLARE_FINAL_TYPE (PlxFetchBatch, plx_fetch_batch, PLX, FETCH_BATCH, GObject)

PlxFetchBatch *plx_fetch_batch_new          (PlxFetcher          *fetcher,
                                             GFile               *folder,
                                             const char * const  *addresses);
guint          plx_fetch_batch_add          (PlxFetchBatch       *self,
                                             const char          *address,
                                             GFile               *folder,
                                             const char          *name,
                                             PlxFetchKeepFunc     keep,
                                             gpointer             keep_data,
                                             GDestroyNotify       keep_data_destroy);
PlxFetcher    *plx_fetch_batch_get_fetcher  (PlxFetchBatch       *self);
GFile         *plx_fetch_batch_get_folder   (PlxFetchBatch       *self);

guint          plx_fetch_batch_get_n_pages  (PlxFetchBatch       *self);
guint          plx_fetch_batch_get_n_done   (PlxFetchBatch       *self);
guint          plx_fetch_batch_get_n_saved  (PlxFetchBatch       *self);
guint          plx_fetch_batch_get_n_failed (PlxFetchBatch       *self);
guint          plx_fetch_batch_get_n_dropped (PlxFetchBatch      *self);
goffset        plx_fetch_batch_get_received (PlxFetchBatch       *self);
double         plx_fetch_batch_get_fraction (PlxFetchBatch       *self);

const char    *plx_fetch_batch_get_address  (PlxFetchBatch       *self,
                                             guint                index);
gboolean       plx_fetch_batch_is_done      (PlxFetchBatch       *self,
                                             guint                index);
gboolean       plx_fetch_batch_is_dropped   (PlxFetchBatch       *self,
                                             guint                index);
GFile         *plx_fetch_batch_get_file     (PlxFetchBatch       *self,
                                             guint                index);
const GError  *plx_fetch_batch_get_error    (PlxFetchBatch       *self,
                                             guint                index);

void           plx_fetch_batch_run_async    (PlxFetchBatch       *self,
                                             GCancellable        *cancellable,
                                             GAsyncReadyCallback  callback,
                                             gpointer             user_data);
gboolean       plx_fetch_batch_run_finish   (PlxFetchBatch       *self,
                                             GAsyncResult        *result,
                                             GError             **error);

G_END_DECLS
