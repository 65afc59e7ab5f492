/* plx-corrections.h: the editor's corrections to an alignment
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <json-glib/json-glib.h>

#include "plx-row.h"
#include "plx-types.h"

G_BEGIN_DECLS

/**
 * PlxSentenceRef:
 * @article: the article's id
 * @sentence: the sentence's index in the article
 * @text: (nullable): the sentence's text when it was referred to, which
 *   finds it again when the article has changed
 */
typedef struct
{
  char  *article;
  guint  sentence;
  char  *text;
} PlxSentenceRef;

/**
 * PlxRowNote:
 * @sentences: (element-type PlxSentenceRef): the row's sentences when the
 *   note was written; the note belongs to the row of the first that is
 *   still found
 * @text: the editor's note
 */
typedef struct
{
  GPtrArray *sentences;
  char      *text;
} PlxRowNote;

PlxSentenceRef *plx_sentence_ref_new      (const char           *article,
                                           guint                 sentence,
                                           const char           *text);
void            plx_sentence_ref_free     (PlxSentenceRef       *ref);
gboolean        plx_sentence_ref_equal    (const PlxSentenceRef *a,
                                           const PlxSentenceRef *b);
char           *plx_sentence_ref_describe (const PlxSentenceRef *ref);
gboolean        plx_sentence_ref_resolve  (const PlxSentenceRef *ref,
                                           PlxCorpus            *corpus,
                                           guint                *article_index,
                                           guint                *sentence);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PlxSentenceRef, plx_sentence_ref_free)

#define PLX_TYPE_CORRECTIONS (plx_corrections_get_type ())

G_DECLARE_FINAL_TYPE (PlxCorrections, plx_corrections, PLX, CORRECTIONS, GObject)

PlxCorrections *plx_corrections_new               (void);
PlxCorrections *plx_corrections_copy              (PlxCorrections *self);
gboolean        plx_corrections_equal             (PlxCorrections *self,
                                                   PlxCorrections *other);
PlxCorrections *plx_corrections_new_from_json     (JsonObject     *object,
                                                   GPtrArray      *warnings);
void            plx_corrections_to_json           (PlxCorrections *self,
                                                   JsonBuilder    *builder);

const char     *plx_corrections_get_outlet_name   (PlxCorrections *self,
                                                   const char     *article);
void            plx_corrections_set_outlet_name   (PlxCorrections *self,
                                                   const char     *article,
                                                   const char     *name);
void            plx_corrections_apply_outlet_names (PlxCorrections *self,
                                                   PlxCorpus      *corpus);
const char     *plx_corrections_get_pivot         (PlxCorrections *self);
void            plx_corrections_set_pivot         (PlxCorrections *self,
                                                   const char     *pivot);
double          plx_corrections_get_threshold     (PlxCorrections *self);
void            plx_corrections_set_threshold     (PlxCorrections *self,
                                                   double          threshold);

GPtrArray      *plx_corrections_get_together      (PlxCorrections *self);
GPtrArray      *plx_corrections_get_apart         (PlxCorrections *self);
GPtrArray      *plx_corrections_get_notes         (PlxCorrections *self);

void            plx_corrections_join              (PlxCorrections *self,
                                                   PlxRow         *row,
                                                   PlxArticle     *article,
                                                   guint           sentence);
void            plx_corrections_take_out          (PlxCorrections *self,
                                                   PlxRow         *row,
                                                   PlxArticle     *article,
                                                   guint           sentence);
void            plx_corrections_set_note          (PlxCorrections *self,
                                                   PlxRow         *row,
                                                   const char     *text);

G_END_DECLS
