/* plx-sentence.h: one sentence of an article, with its place in the text
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "plx-types.h"

G_BEGIN_DECLS

#define PLX_TYPE_SENTENCE (plx_sentence_get_type ())

G_DECLARE_FINAL_TYPE (PlxSentence, plx_sentence, PLX, SENTENCE, GObject)

PlxSentence *plx_sentence_new       (guint        index,
                                     PlxRole      role,
                                     gsize        start,
                                     gsize        end,
                                     const char  *text);
guint        plx_sentence_get_index (PlxSentence *self);
PlxRole      plx_sentence_get_role  (PlxSentence *self);
gsize        plx_sentence_get_start (PlxSentence *self);
gsize        plx_sentence_get_end   (PlxSentence *self);
const char  *plx_sentence_get_text  (PlxSentence *self);
GArray      *plx_sentence_get_tokens (PlxSentence *self,
                                      const char  *language);

G_END_DECLS
