/* plx-tokens.h: words, numbers and punctuation of a sentence, normalised
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>
#include <json-glib/json-glib.h>

G_BEGIN_DECLS

/**
 * PlxTokenKind:
 * @PLX_TOKEN_WORD: a word (letters, with inner apostrophes and hyphens)
 * @PLX_TOKEN_NUMBER: a number, an amount, a percentage, a date figure;
 *   "50 per cent", "$2.5 billion" and "fifty percent" are one token each
 * @PLX_TOKEN_PUNCT: punctuation, including quotation marks
 */
typedef enum
{
  PLX_TOKEN_WORD,
  PLX_TOKEN_NUMBER,
  PLX_TOKEN_PUNCT,
} PlxTokenKind;

/**
 * PlxTokenFlags:
 * @PLX_TOKEN_FLAG_NONE: nothing special
 * @PLX_TOKEN_FLAG_QUOTED: inside quotation marks
 * @PLX_TOKEN_FLAG_STOP: a stop word of the text's language
 * @PLX_TOKEN_FLAG_CAPITALISED: starts with a capital letter (names)
 * @PLX_TOKEN_FLAG_MONTH: a month name ("Jan", "January")
 * @PLX_TOKEN_FLAG_WEEKDAY: a weekday name ("Tuesday")
 * @PLX_TOKEN_FLAG_OPEN_QUOTE: a quotation mark that opens a quote
 * @PLX_TOKEN_FLAG_CLOSE_QUOTE: a quotation mark that closes a quote
 */
typedef enum
{
  PLX_TOKEN_FLAG_NONE        = 0,
  PLX_TOKEN_FLAG_QUOTED      = 1 << 0,
  PLX_TOKEN_FLAG_STOP        = 1 << 1,
  PLX_TOKEN_FLAG_CAPITALISED = 1 << 2,
  PLX_TOKEN_FLAG_MONTH       = 1 << 3,
  PLX_TOKEN_FLAG_WEEKDAY     = 1 << 4,
  PLX_TOKEN_FLAG_OPEN_QUOTE  = 1 << 5,
  PLX_TOKEN_FLAG_CLOSE_QUOTE = 1 << 6,
} PlxTokenFlags;

/**
 * PlxToken:
 * @start: byte offset of the token in the text given to plx_tokenize()
 * @end: byte offset just past it
 * @kind: what it is
 * @flags: #PlxTokenFlags
 * @norm: the normalised form: NFKC, case-folded, quotes and dashes
 *   unified, month names in full ("jan" -> "january"), numbers in a
 *   canonical form ("50 per cent", "50%", "fifty percent" -> "50%";
 *   "$100,000", "100000 USD" -> "100000 usd"; "$2.5 billion" ->
 *   "2500000000 usd")
 * @stem: the stem of @norm (Porter2 for English, of its American
 *   spelling: "defence" and "defense" share "defens", see
 *   plx_variant_spelling(); a light stemmer for German, French, Spanish
 *   and Hindi; @norm itself for numbers, punctuation and languages
 *   without a stemmer)
 *
 * One token. Strings are owned by the array plx_tokenize() returns.
 */
typedef struct
{
  gsize          start;
  gsize          end;
  PlxTokenKind   kind;
  PlxTokenFlags  flags;
  char          *norm;
  char          *stem;
} PlxToken;

GArray     *plx_tokenize          (const char *text,
                                   gssize      length,
                                   const char *language);
const char *plx_tokenize_language (const char *text,
                                   gssize      length,
                                   const char *language);
char       *plx_text_opening      (const char *text,
                                   glong       n_chars);
char       *plx_normalise_text    (const char *text,
                                   gssize      length);
GHashTable *plx_word_set_from_json (JsonObject *object,
                                    const char *member);
const char *plx_string_set_intern (GHashTable *set,
                                   const char *string);
gboolean    plx_is_stop_word      (const char *norm,
                                   const char *language);
char       *plx_stem              (const char *norm,
                                   const char *language);

G_END_DECLS
