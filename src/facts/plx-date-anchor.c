/* plx-date-anchor.c: the day a corpus was written, from its dates
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "plx-dates-private.h"
#include "plx-tokens.h"

/* ---- The anchor of a corpus --------------------------------------- */

typedef struct
{
  int month;
  int day;
  int weekday;                 /* 0: none written */
} Yearless;

typedef struct
{
  guint32 julian;
  int     score;
  guint   order;
} Candidate;

/* Votes of a full date with a year: 2, and one more when a weekday
 * written with it agrees (a weekday that disagrees is a typo; no vote). */
static void
vote_full (GHashTable           *candidates,
           const PlxDateMention *mention,
           int                   weekday)
{
  GDate date;
  Candidate *candidate;
  guint32 julian;

  if (!g_date_valid_dmy (mention->day, mention->month, mention->year))
    return;
  date_set (&date, mention->year, mention->month, mention->day);
  if (weekday != 0 && (int) g_date_get_weekday (&date) != weekday)
    return;
  julian = g_date_get_julian (&date);
  candidate = g_hash_table_lookup (candidates, GUINT_TO_POINTER (julian));
  if (candidate == NULL)
    {
      candidate = g_new0 (Candidate, 1);
      candidate->julian = julian;
      candidate->order = g_hash_table_size (candidates);
      g_hash_table_insert (candidates, GUINT_TO_POINTER (julian), candidate);
    }
  candidate->score += 2 + (weekday != 0);
}

/* A day without a year counts for a full date with its month and day
 * (and its weekday, when it has one). */
static int
yearless_votes (GArray      *yearless,
                const GDate *date)
{
  int votes = 0;

  for (guint k = 0; k < yearless->len; k++)
    {
      const Yearless *entry = &g_array_index (yearless, Yearless, k);

      if (entry->month == (int) g_date_get_month (date) && entry->day == g_date_get_day (date)
          && (entry->weekday == 0 || entry->weekday == (int) g_date_get_weekday (date)))
        votes += 1 + (entry->weekday != 0);
    }

  return votes;
}

/* A day needs a figure or a month's name: most sentences have neither,
 * and need no reading. */
static gboolean
may_state_day (GArray *tokens)
{
  for (guint t = 0; t < tokens->len; t++)
    {
      const PlxToken *token = &g_array_index (tokens, PlxToken, t);

      if (token->kind == PLX_TOKEN_NUMBER || (token->flags & PLX_TOKEN_FLAG_MONTH) != 0)
        return TRUE;
    }

  return FALSE;
}

static void
collect_votes (const char * const *sentences,
               GArray * const     *tokens,
               const char * const *languages,
               GHashTable         *candidates,
               GArray             *yearless)
{
  for (guint s = 0; sentences[s] != NULL; s++)
    {
      g_autoptr(GArray) weekdays = NULL;
      g_autoptr(GArray) mentions = NULL;

      if (tokens != NULL && !may_state_day (tokens[s]))
        continue;
      mentions = _plx_dates_extract (sentences[s], tokens != NULL ? tokens[s] : NULL,
                                                       NULL, languages != NULL ? languages[s] : NULL,
                                                       TRUE, &weekdays);

      for (guint m = 0; m < mentions->len; m++)
        {
          const PlxDateMention *mention = &g_array_index (mentions, PlxDateMention, m);
          int weekday = g_array_index (weekdays, int, m);

          Yearless entry = { mention->month, mention->day, weekday };

          /* Without an anchor, only days without a year are relative. */
          if (mention->precision != PLX_PRECISION_DAY)
            continue;
          if (mention->year != 0)
            vote_full (candidates, mention, weekday);
          else
            g_array_append_val (yearless, entry);
        }
    }
}

/**
 * plx_infer_anchor:
 * @sentences: (array zero-terminated=1): every body sentence of a corpus
 *
 * The date of the story's main event, to resolve relative words
 * against: the full date (day, month and year) the corpus states most,
 * where a full date counts 2, one written with its weekday 3, and each
 * day written without a year ("Tuesday (January 13)") 1 or, with its
 * weekday, 2 toward the full date with the same month and day. Ties go
 * to the date stated first.
 *
 * Returns: (transfer full) (nullable): the date, free with
 *   g_date_free(); %NULL when the corpus states no full date
 */
GDate *
plx_infer_anchor (const char * const *sentences)
{
  g_return_val_if_fail (sentences != NULL, NULL);

  return plx_infer_anchor_from_tokens (sentences, NULL, NULL);
}

/**
 * plx_infer_anchor_from_tokens:
 * @sentences: (array zero-terminated=1): every body sentence of a corpus
 * @tokens: (array) (element-type PlxToken) (nullable): for each
 *   sentence, its tokens as plx_tokenize() gives them for its language,
 *   or %NULL to tokenise them
 * @languages: (array) (nullable): for each sentence, its language
 *   ("13. Januar 2026" is a date in German), %NULL for one read as
 *   English; or %NULL to read every sentence as English
 *
 * plx_infer_anchor() for sentences already tokenised.
 *
 * Returns: (transfer full) (nullable): the date, free with g_date_free()
 */
GDate *
plx_infer_anchor_from_tokens (const char * const *sentences,
                              GArray * const     *tokens,
                              const char * const *languages)
{
  g_autoptr(GHashTable) candidates = g_hash_table_new_full (NULL, NULL, NULL, g_free);
  g_autoptr(GArray) yearless = g_array_new (FALSE, FALSE, sizeof (Yearless));
  const Candidate *best = NULL;
  int best_score = 0;
  GHashTableIter iter;
  gpointer value;

  g_return_val_if_fail (sentences != NULL, NULL);

  collect_votes (sentences, tokens, languages, candidates, yearless);
  g_hash_table_iter_init (&iter, candidates);
  while (g_hash_table_iter_next (&iter, NULL, &value))
    {
      const Candidate *candidate = value;
      GDate date;
      int score;

      g_date_clear (&date, 1);
      g_date_set_julian (&date, candidate->julian);
      score = candidate->score + yearless_votes (yearless, &date);
      if (best == NULL || score > best_score
          || (score == best_score && candidate->order < best->order))
        {
          best = candidate;
          best_score = score;
        }
    }

  return best != NULL ? g_date_new_julian (best->julian) : NULL;
}
