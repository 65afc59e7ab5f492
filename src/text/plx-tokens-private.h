/* plx-tokens-private.h: the tokenizer's state, shared by its passes
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>
#include <string.h>

#include "plx-tokens.h"

G_BEGIN_DECLS

typedef enum
{
  LEX_WORD,       /* letters, marks, digits: "he's", "H-1B" */
  LEX_NUMERIC,    /* digits and hyphens, no letters: "2024-25" */
  LEX_DIGITS,     /* a figure: "1,500", "2.5" */
  LEX_ORDINAL,    /* "13th" */
  LEX_SCALED,     /* a figure with a scale: "3m", "4bn" */
  LEX_ACRONYM,    /* "U.S." */
  LEX_PUNCT,
} LexKind;

typedef struct
{
  gsize          start;
  gsize          end;
  gsize          figure_end;   /* LEX_ORDINAL, LEX_SCALED: end of the digits */
  LexKind        kind;
  PlxTokenFlags  flags;
  char          *norm;
} Lexeme;

typedef struct
{
  const char *text;
  gsize       length;
  const char *language;        /* "en", "de", "fr", "es", "hi" or NULL */
  int         language_index;  /* _plx_tokens_language_index (language) */
  gboolean    stemmed;         /* whether the language has a stemmer */
  gboolean    comma_decimal;   /* "2,5" is two and a half */
  GArray     *lexemes;
  GArray     *tokens;
} Tokenizer;

static inline Lexeme *
lexeme_at (const Tokenizer *tz,
           guint            i)
{
  if (i >= tz->lexemes->len)
    return NULL;

  return &g_array_index (tz->lexemes, Lexeme, i);
}

static inline gboolean
lexeme_is (const Lexeme *lx,
           const char   *norm)
{
  return lx != NULL && lx->norm != NULL && strcmp (lx->norm, norm) == 0;
}

/* A no-break, narrow no-break or thin space groups thousands in French
 * typography ("2 500 000"): between digits, before exactly three. */
static inline gboolean
is_group_space (gunichar c)
{
  return c == 0x00A0 || c == 0x202F || c == 0x2009;
}

/* ---- plx-word-lists.c: languages, stop words, date names ------------ */

typedef struct
{
  const char    *full;
  PlxTokenFlags  flag;
  gboolean       abbreviation;
  gboolean       ambiguous;
} DateName;

/* The names of one language: data/rules/dates-LL.json. */
typedef struct
{
  GHashTable *names;           /* form -> DateName */
  gboolean    any_case;        /* "le 13 janvier": names in lower case count */
  gboolean    ordinal_dot;     /* "13. Jan.": a day is written with a full stop */
} DateNames;

int                _plx_tokens_language_index   (const char *language);
const char        *_plx_tokens_resolve_language (const char *language,
                                                 const char *text,
                                                 gsize       length);
GHashTable        *_plx_tokens_stop_words       (int         i);
const DateNames   *_plx_tokens_date_names       (int         i);

/* ---- plx-amounts.c: "$2.5 billion", "50 per cent" ----------------- */

char              *_plx_tokens_figure_norm      (const char      *s,
                                                 gsize            length);
char              *_plx_tokens_parse_amount     (const Tokenizer *tz,
                                                 guint            i,
                                                 guint           *next);

G_END_DECLS
