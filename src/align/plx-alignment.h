/* plx-alignment.h: a corpus aligned into rows
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "plx-copies.h"
#include "plx-corrections.h"
#include "plx-diff.h"
#include "plx-mention.h"
#include "plx-row.h"
#include "plx-types.h"

G_BEGIN_DECLS

/**
 * PlxAlignOptions:
 * @pivot: (nullable): the id of the article whose order the rows follow;
 *   %NULL for the article with the most body sentences
 * @threshold: the similarity from which two sentences share a row; 0
 *   for the default
 */
/**
 * PlxAlignOptions:
 * @pivot: (nullable): the id of the article the rows follow
 * @threshold: the score from which two sentences share a row, or 0 for
 *   the default
 * @corrections: (nullable): the editor's corrections to apply
 */
typedef struct
{
  const char     *pivot;
  double          threshold;
  PlxCorrections *corrections;
} PlxAlignOptions;

#define PLX_TYPE_ALIGNMENT (plx_alignment_get_type ())

G_DECLARE_FINAL_TYPE (PlxAlignment, plx_alignment, PLX, ALIGNMENT, GObject)

PlxAlignment *plx_align_corpus                 (PlxCorpus             *corpus,
                                                const PlxAlignOptions *options,
                                                GCancellable          *cancellable);
PlxAlignment *plx_alignment_new                (PlxCorpus             *corpus,
                                                PlxArticle            *pivot);
PlxCorpus    *plx_alignment_get_corpus         (PlxAlignment          *self);
PlxArticle   *plx_alignment_get_pivot          (PlxAlignment          *self);
void          plx_alignment_append_row         (PlxAlignment          *self,
                                                PlxRow                *row);
PlxRow       *plx_alignment_get_row            (PlxAlignment          *self,
                                                guint                  position);
PlxRow       *plx_alignment_find_row           (PlxAlignment          *self,
                                                PlxArticle            *article,
                                                guint                  sentence);
void          plx_alignment_add_warning        (PlxAlignment          *self,
                                                const char            *message);
const char * const *
              plx_alignment_get_warnings       (PlxAlignment          *self);
void          plx_alignment_set_copies         (PlxAlignment          *self,
                                                GPtrArray             *copies);
const PlxCopy *
              plx_alignment_find_copy          (PlxAlignment          *self,
                                                PlxArticle            *article);
guint         plx_alignment_count_sources      (PlxAlignment          *self,
                                                PlxRow                *row);
gboolean      plx_alignment_has_copies         (PlxAlignment          *self);
PlxArticle   *plx_alignment_get_source         (PlxAlignment          *self,
                                                PlxArticle            *article);
void          plx_alignment_set_versions       (PlxAlignment          *self,
                                                GPtrArray             *versions);
PlxArticle   *plx_alignment_find_previous_version (PlxAlignment       *self,
                                                PlxArticle            *article);

G_END_DECLS
