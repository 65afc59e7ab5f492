/* plx-analysis.h: from an article's text to its sentences and metadata
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "plx-types.h"

G_BEGIN_DECLS

/**
 * PlxBytesDoneFunc:
 * @bytes_done: how many bytes of the article's text have been read
 * @user_data: closure data
 *
 * Reports progress through one article (called from the loading thread).
 */
typedef void (*PlxBytesDoneFunc) (gsize    bytes_done,
                                  gpointer user_data);

/**
 * PlxBlock:
 * @role: what the block is: title, heading, body or boilerplate
 * @start: byte offset of its first byte in the article's text
 * @end: byte offset just past its last byte
 *
 * A stretch of an article's text whose role is already known, as a
 * saved web page's markup tells it (src/html).
 */
typedef struct
{
  PlxRole role;
  gsize   start;
  gsize   end;
} PlxBlock;

gboolean plx_analyse_blocks  (PlxArticle        *article,
                              GArray            *blocks,
                              PlxFurnitureRules *rules,
                              GCancellable      *cancellable);
gboolean plx_analyse_article (PlxArticle        *article,
                              PlxFurnitureRules *rules,
                              GCancellable      *cancellable,
                              PlxBytesDoneFunc   progress,
                              gpointer           progress_data);

G_END_DECLS
