/* plx-quotations.h: who said what, across outlets
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "plx-types.h"

G_BEGIN_DECLS

/**
 * PlxQuoteWording:
 * @PLX_QUOTE_SAME: every outlet gives the same words (quotation marks
 *   and case aside)
 * @PLX_QUOTE_SHORTENED: an outlet gives part of another's words (over an
 *   ellipsis or an editor's brackets too)
 * @PLX_QUOTE_WORDED: an outlet gives other words in the span they share:
 *   the difference that matters
 */
typedef enum
{
  PLX_QUOTE_SAME,
  PLX_QUOTE_SHORTENED,
  PLX_QUOTE_WORDED,
} PlxQuoteWording;

/**
 * PlxQuoteMention:
 * @article: (transfer none): the article
 * @sentence: the index of the sentence the quote opens in
 * @text: the words inside the quotation marks as the outlet gives them
 *   (the parts of a quote interrupted by its attribution, or running on
 *   into the next sentence, joined by a space)
 * @start: byte offset in the article's text of the first byte inside
 *   the marks
 * @end: byte offset just past the last byte inside them
 * @attribution: (nullable): the words naming the speaker ("Gor said")
 */
typedef struct
{
  PlxArticle *article;
  guint       sentence;
  char       *text;
  gsize       start;
  gsize       end;
  char       *attribution;
} PlxQuoteMention;

/**
 * PlxQuoteEntry:
 * @speaker: (nullable): who said it ("S Jaishankar"), %NULL when unknown
 * @text: the fullest version
 * @wording: how the outlets' versions differ
 * @mentions: (element-type PlxQuoteMention): each outlet's version
 */
typedef struct
{
  char            *speaker;
  char            *text;
  PlxQuoteWording  wording;
  GArray          *mentions;
} PlxQuoteEntry;

/**
 * PlxTermEntry:
 * @text: a word or two in quotation marks used as a term ("reciprocal")
 * @mentions: (element-type PlxQuoteMention): where outlets use it
 */
typedef struct
{
  char   *text;
  GArray *mentions;
} PlxTermEntry;

void        plx_quotations_find             (GPtrArray       *sentences,
                                             GPtrArray       *quotes,
                                             GPtrArray       *terms);
void        plx_quote_entry_free            (gpointer         entry);
guint       plx_quote_entry_count_outlets   (const PlxQuoteEntry *entry);
void        plx_term_entry_free             (gpointer         entry);
const char *plx_quote_wording_to_string     (PlxQuoteWording  wording);
const char *plx_quote_wording_describe      (PlxQuoteWording  wording);

G_END_DECLS
