/* plx-segmenter-private.h: what the sentence splitter's files share
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "plx-segmenter.h"

G_BEGIN_DECLS

/* Longer words are not looked up as abbreviations or openers. */
#define MAX_WORD 64

typedef enum
{
  ABBREVIATION_NONE,
  ABBREVIATION_PLAIN,
  ABBREVIATION_TITLE,
  ABBREVIATION_NUMBER,
  ABBREVIATION_WORD,
  ABBREVIATION_TIME,
} AbbreviationKind;

/* What the segmenter knows of one language; never freed. */
typedef struct
{
  GHashTable *abbreviations; /* word -> AbbreviationKind */
  GHashTable *openers;       /* set of words */
  GHashTable *time_words;    /* set of words */
  GArray     *terminators;   /* gunichar */
  gboolean    ordinals;
} Rules;

/* ------------------------------------------------------------------ */
/* Characters                                                           */

static inline gunichar
char_at (const char *text,
         gsize       pos)
{
  return g_utf8_get_char (text + pos);
}

static inline gsize
after_char (const char *text,
            gsize       pos)
{
  return g_utf8_next_char (text + pos) - text;
}

static inline gsize
before_char (const char *text,
             gsize       pos)
{
  return g_utf8_prev_char (text + pos) - text;
}

/* Terminators of scripts written without spaces between sentences, and
 * others that never stand inside one. */
static inline gboolean
is_strong_terminator (gunichar c)
{
  switch (c)
    {
    case 0x0964: case 0x0965:              /* । ॥ */
    case 0x061F: case 0x06D4:              /* ؟ ۔ */
    case 0x104B:                           /* ။ */
    case 0x1362: case 0x1367: case 0x1368: /* ። ፧ ፨ */
    case 0x3002: case 0xFF01: case 0xFF1F: case 0xFF61: /* 。！？｡ */
      return TRUE;
    default:
      return FALSE;
    }
}

static inline gboolean
is_language_terminator (const Rules *rules,
                        gunichar     c)
{
  for (guint i = 0; i < rules->terminators->len; i++)
    {
      if (g_array_index (rules->terminators, gunichar, i) == c)
        return TRUE;
    }

  return FALSE;
}

static inline gboolean
is_terminator (const Rules *rules,
               gunichar     c)
{
  switch (c)
    {
    case '.': case '!': case '?':
    case 0x2026:                                        /* … */
    case 0x203C: case 0x2047: case 0x2048: case 0x2049: /* ‼ ⁇ ⁈ ⁉ */
    case 0x037E:                                        /* Greek question mark */
    case 0x0589:                                        /* Armenian full stop */
      return TRUE;
    default:
      return is_strong_terminator (c) || is_language_terminator (rules, c);
    }
}

/* Double quotation marks, counted to know whether a quotation is open. */
static inline gboolean
is_double_quote (gunichar c)
{
  switch (c)
    {
    case '"':
    case 0x201C: case 0x201D: case 0x201E: case 0x201F: /* “ ” „ ‟ */
    case 0x00AB: case 0x00BB: case 0xFF02:              /* « » ＂ */
      return TRUE;
    default:
      return FALSE;
    }
}

static inline gboolean
is_quote (gunichar c)
{
  switch (c)
    {
    case '\'':
    case 0x2018: case 0x2019: case 0x201A: case 0x201B: /* ‘ ’ ‚ ‛ */
    case 0x2039: case 0x203A:                           /* ‹ › */
    case 0x300C: case 0x300D: case 0x300E: case 0x300F: /* 「 」 『 』 */
      return TRUE;
    default:
      return is_double_quote (c);
    }
}

static inline gboolean
is_closing_bracket (gunichar c)
{
  switch (c)
    {
    case ')': case ']': case '}':
    case 0xFF09: case 0xFF3D: case 0xFF5D: /* ） ］ ｝ */
    case 0x3011: case 0x3015: case 0x3009: case 0x300B: /* 】 〕 〉 》 */
      return TRUE;
    default:
      return FALSE;
    }
}

static inline gboolean
is_opening_bracket (gunichar c)
{
  switch (c)
    {
    case '(': case '[': case '{':
    case 0xFF08: case 0xFF3B: case 0xFF5B: /* （ ［ ｛ */
    case 0x3010: case 0x3014: case 0x3008: case 0x300A: /* 【 〔 〈 《 */
      return TRUE;
    default:
      return FALSE;
    }
}

static inline gboolean
is_comma (gunichar c)
{
  return c == ',' || c == 0x060C || c == 0x055D || c == 0x3001 || c == 0xFF0C; /* ، ՝ 、 ， */
}

static inline gboolean
is_bullet (gunichar c)
{
  switch (c)
    {
    case 0x2022: case 0x2023: case 0x2043: /* • ‣ ⁃ */
    case 0x25E6: case 0x25AA: case 0x25CF: /* ◦ ▪ ● */
      return TRUE;
    default:
      return FALSE;
    }
}

static inline gboolean
is_dash (gunichar c)
{
  return c == '-' || (c >= 0x2010 && c <= 0x2015) || c == 0x2212;
}

/* Directional marks and other invisible characters: skipped over. */
static inline gboolean
is_format (gunichar c)
{
  return g_unichar_type (c) == G_UNICODE_FORMAT;
}

/* Letters of scripts written without spaces (Han, kana, Hangul). */
static inline gboolean
is_wide_letter (gunichar c)
{
  return g_unichar_iswide (c) && g_unichar_isalpha (c);
}

static inline gboolean
can_open_sentence (gunichar c)
{
  if (is_quote (c) || is_opening_bracket (c) || is_bullet (c) || is_dash (c))
    return TRUE;

  switch (c)
    {
    case '*': case '.': case 0x2026: /* an ellipsis: "...and then" */
    case 0x00BF: case 0x00A1:        /* ¿ ¡ */
      return TRUE;
    default:
      break;
    }

  /* Capitals, digits and letters of scripts without case. */
  return g_unichar_isdigit (c) || (g_unichar_isalpha (c) && !g_unichar_islower (c));
}

/* ------------------------------------------------------------------ */
/* The scanner                                                          */

typedef struct
{
  const char  *text;
  gsize        start;          /* of the paragraph */
  gsize        end;
  const Rules *rules;
  GArray      *spans;
  gsize        pos;            /* the next character to look at */
  gsize        sentence_start;
  guint        quotes;         /* double quotation marks passed: odd inside a quotation */
  guint        marker;         /* the last list marker: 1 for "1." or "a)", 0 if none */
  guint        marker_style;
} Scanner;

/* plx-segmenter-rules.c */
const Rules      *_plx_segmenter_get_rules                   (const char  *language);
AbbreviationKind  _plx_segmenter_lookup_abbreviation         (const Rules *rules,
                                                              const char  *word);

/* plx-segmenter-stops.c */
gboolean          _plx_segmenter_word_before                 (Scanner     *s,
                                                              gsize        dot,
                                                              char         word[MAX_WORD],
                                                              gsize       *word_start);
gboolean          _plx_segmenter_abbreviation_ends_sentence  (Scanner     *s,
                                                              gsize        dot,
                                                              gsize        next);
gboolean          _plx_segmenter_stop_ends_sentence          (Scanner     *s,
                                                              gsize        dot,
                                                              gsize        next);
gboolean          _plx_segmenter_glued_sentence_at           (Scanner     *s,
                                                              gsize        dot);

G_END_DECLS
