/* plx-copies.h: articles that repeat another's text (agency copies)
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "plx-types.h"

G_BEGIN_DECLS

/* From this share of the shorter article's 8-word sequences found in
 * the other, two articles are one text (src/README.md, "Copies"). */
#define PLX_COPY_MIN_SHARE 0.5

/**
 * PlxCopy:
 * @copy: (transfer none): the later article
 * @original: (transfer none): the article it repeats
 * @share: the fraction of @copy's 8-word sequences found in @original
 */
typedef struct
{
  PlxArticle *copy;
  PlxArticle *original;
  double      share;
} PlxCopy;

/**
 * PlxVersion:
 * @article: (transfer none): the later version
 * @previous: (transfer none): the version before it
 */
typedef struct
{
  PlxArticle *article;
  PlxArticle *previous;
} PlxVersion;

GPtrArray *plx_find_copies   (PlxCorpus    *corpus,
                              GCancellable *cancellable);
GPtrArray *plx_find_versions (PlxCorpus    *corpus);
char      *plx_copy_dup_heading (PlxArticle    *article,
                                 const PlxCopy *copy);
char      *plx_address_key   (const char   *url);

G_END_DECLS
