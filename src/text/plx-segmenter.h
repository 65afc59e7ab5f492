/* plx-segmenter.h: split text into sentences
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/**
 * PlxSpan:
 * @start: byte offset of the first byte
 * @end: byte offset just past the last byte
 *
 * A stretch of a text, in bytes.
 */
typedef struct
{
  gsize start;
  gsize end;
} PlxSpan;

void    plx_segment_span        (const char    *text,
                                 gsize          start,
                                 gsize          end,
                                 const char    *language,
                                 GArray        *spans);
GArray *plx_segment_text        (const char    *text,
                                 gsize          length,
                                 const char    *language);
GArray *plx_segment_paragraphs  (const char    *text,
                                 gsize          length,
                                 const char    *language);
GArray *plx_split_lines         (const char    *text,
                                 gsize          length);
void    plx_span_trim           (const char    *text,
                                 PlxSpan       *span);
char   *plx_span_dup_text       (const char    *text,
                                 const PlxSpan *span);
guint   plx_count_words         (const char    *text,
                                 gsize          length);

G_END_DECLS
