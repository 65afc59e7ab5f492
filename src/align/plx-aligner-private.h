/* plx-aligner-private.h: the aligner's working state, shared by its files
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "plx-alignment.h"
#include "plx-similarity.h"

G_BEGIN_DECLS

/* A body sentence taking part in the alignment. Items are in corpus
 * order: by article, then by sentence. */
typedef struct
{
  PlxArticle  *article;
  guint        article_index;
  guint        sentence;
  PlxFeatures *features;
} Item;

typedef struct
{
  GArray     *items;      /* Item */
  GHashTable *scores;     /* pair key -> score, for linkage */
  guint      *parent;     /* union-find */
  GArray    **clusters;   /* root -> item indices */
  gboolean   *corrected;  /* item -> moved by, or left by, a correction */
} Aligner;

guint plx_aligner_find_root          (Aligner        *aligner,
                                      guint           i);
void  plx_aligner_apply_corrections  (Aligner        *aligner,
                                      PlxCorpus      *corpus,
                                      PlxCorrections *corrections,
                                      PlxAlignment   *alignment);
void  plx_aligner_apply_notes        (PlxCorpus      *corpus,
                                      PlxCorrections *corrections,
                                      PlxAlignment   *alignment);

G_END_DECLS
