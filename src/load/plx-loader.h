/* plx-loader.h: read a corpus from a folder, a corpus.json or an export
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "plx-types.h"

G_BEGIN_DECLS

/**
 * PlxProgressFunc:
 * @fraction: how much of the corpus is read, from 0 to 1
 * @user_data: closure data
 *
 * Reports loading progress. For plx_corpus_load_async() it is called on
 * the thread-default main context of the caller, at most every 50 ms.
 */
typedef void (*PlxProgressFunc) (double   fraction,
                                 gpointer user_data);

PlxCorpus *plx_corpus_load        (GFile               *location,
                                   GCancellable        *cancellable,
                                   GError             **error);
void       plx_corpus_load_async  (GFile               *location,
                                   GCancellable        *cancellable,
                                   PlxProgressFunc      progress,
                                   gpointer             progress_data,
                                   GDestroyNotify       progress_data_destroy,
                                   GAsyncReadyCallback  callback,
                                   gpointer             user_data);
PlxCorpus *plx_corpus_load_finish (GAsyncResult        *result,
                                   GError             **error);

G_END_DECLS
