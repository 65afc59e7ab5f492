/* plx-event-reports.c: the outlets that tell of an event without dating it
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "plx-article.h"
#include "plx-event-reports.h"
#include "plx-ledger.h"
#include "plx-sentence.h"
#include "plx-tokens.h"

/* An outlet that tells of an event without dating it still reports it,
 * and joins the event's entry with no date words:
 *
 *  - a sentence that shares a row with a dated mention (the same
 *    statement: "India would be invited to join Pax Silica" beside "the
 *    US will invite India next month to join Pax Silica") and states no
 *    date of its own;
 *  - a sentence that tells what the entry's label tells, though the
 *    alignment put it elsewhere: a rare name in common with a dated
 *    mention's sentence (in at most RARE_SHARE of the body sentences,
 *    and RARE_AT_MOST, so that a large corpus is not compared sentence
 *    by sentence: "Silica", not "India"), and LABEL_SHARE of the label's content
 *    stems besides its date's ("next month"), LABEL_WORDS at least ("Gor ... extended an invitation to
 *    India to join the US-led coalition ..., the Pax Silica", told as
 *    part of Gor's first day, beside "The US will invite India next
 *    month to join Pax Silica"), and no date of its own: a day it
 *    counts from another event ("a day after") is that event's, but a
 *    date it states is its event's, and a sentence that says the same
 *    of another month tells of another event (or dates this one
 *    differently: a conflict, plx-ledger-events.c).
 *
 * tests/eval/event-merge.py counts such reports with the dated mentions. */

/* A sentence shares its row with a mention only from this score on: a
 * half of a statement split in two (score 0) or a loose fit is not the
 * same report. */
#define UNDATED_MIN_SCORE 0.3
#define RARE_SHARE        0.05
#define RARE_AT_LEAST     2
#define RARE_AT_MOST      40
#define LABEL_SHARE       0.6
#define LABEL_WORDS       4

/**
 * plx_event_stem_id:
 * @ids: stem -> id, one per string
 * @stem: a stem
 *
 * Stems stand for ids, one per string, from 0, so that comparing two
 * sentences' words is a matter of numbers.
 *
 * Returns: the id of @stem, new when @ids did not have it
 */
guint
plx_event_stem_id (GHashTable *ids,
                   const char *stem)
{
  gpointer id;

  if (!g_hash_table_lookup_extended (ids, stem, NULL, &id))
    {
      id = GUINT_TO_POINTER (g_hash_table_size (ids));
      g_hash_table_insert (ids, g_strdup (stem), id);
    }

  return GPOINTER_TO_UINT (id);
}

/**
 * plx_event_sentence_key:
 * @article: an article
 * @sentence: the index of one of its sentences
 *
 * Returns: (transfer full): a key for the sentence in a hash table of
 *   strings
 */
char *
plx_event_sentence_key (PlxArticle *article,
                        guint       sentence)
{
  return g_strdup_printf ("%p:%u", (gpointer) article, sentence);
}

static void
add_row_reports (GPtrArray    *events,
                 PlxAlignment *alignment,
                 GHashTable   *with_dates)
{
  for (guint e = 0; e < events->len; e++)
    {
      PlxEventEntry *entry = g_ptr_array_index (events, e);
      guint n_dated = entry->mentions->len;

      if (entry->kind != PLX_EVENT_KIND_EVENT)
        continue;
      for (guint m = 0; m < n_dated; m++)
        {
          const PlxMention *mention = &g_array_index (entry->mentions, PlxMention, m);
          PlxRow *row = plx_alignment_find_row (alignment, mention->article, mention->sentence);
          const PlxRowMember *own = row != NULL ? plx_row_find_member (row, mention->article) : NULL;

          if (own == NULL || own->sentence != mention->sentence || own->score < UNDATED_MIN_SCORE)
            continue;
          for (guint r = 0; r < plx_row_get_n_members (row); r++)
            {
              const PlxRowMember *member = plx_row_get_member (row, r);
              g_autofree char *key = plx_event_sentence_key (member->article, member->sentence);

              if (member->score < UNDATED_MIN_SCORE || g_hash_table_contains (with_dates, key) ||
                  plx_mentions_has_article (entry->mentions, member->article))
                continue;
              plx_mentions_add (entry->mentions, member->article, member->sentence, "");
            }
        }
    }
}

/* A body sentence's names (capitalised words past its first) as ids,
 * and, once it is a candidate, its content stems. */
typedef struct
{
  PlxArticle *article;
  guint       index;
  GArray     *names;   /* ids */
  GHashTable *words;   /* KEY (id) -> KEY (id), names among them; NULL until needed */
  gboolean    stating; /* it states a date of its own */
} Words;

static void
words_clear (Words *words)
{
  g_clear_pointer (&words->names, g_array_unref);
  g_clear_pointer (&words->words, g_hash_table_unref);
}

/* A stem's id as a key of a direct hash table: never 0. */
#define KEY(id) GUINT_TO_POINTER ((id) + 1)

static gboolean
is_content (const PlxToken *token)
{
  return token->kind == PLX_TOKEN_WORD && strlen (token->norm) >= 3 &&
         (token->flags & (PLX_TOKEN_FLAG_STOP | PLX_TOKEN_FLAG_MONTH | PLX_TOKEN_FLAG_WEEKDAY)) == 0;
}

static const char *
stem_of (const PlxToken *token)
{
  return token->stem != NULL ? token->stem : token->norm;
}

static GArray *
tokens_of (const Words *words)
{
  const char *language = plx_article_get_language (words->article);

  return plx_sentence_get_tokens (plx_article_get_sentence (words->article, words->index),
                                  language != NULL ? language : "en");
}

static void
read_names (Words      *words,
            GHashTable *ids)
{
  GArray *tokens = tokens_of (words);

  words->names = g_array_new (FALSE, FALSE, sizeof (guint));
  for (guint t = 1; t < tokens->len; t++)
    {
      const PlxToken *token = &g_array_index (tokens, PlxToken, t);
      guint id;
      gboolean seen = FALSE;

      if (!is_content (token) || (token->flags & PLX_TOKEN_FLAG_CAPITALISED) == 0)
        continue;
      id = plx_event_stem_id (ids, stem_of (token));
      for (guint n = 0; n < words->names->len && !seen; n++)
        seen = g_array_index (words->names, guint, n) == id;
      if (!seen)
        g_array_append_val (words->names, id);
    }
}

/* The content stems of @tokens, as KEY (id). */
static GHashTable *
content_set (GArray     *tokens,
             GHashTable *ids)
{
  GHashTable *set = g_hash_table_new (NULL, NULL);

  for (guint t = 0; t < tokens->len; t++)
    {
      const PlxToken *token = &g_array_index (tokens, PlxToken, t);

      if (is_content (token))
        g_hash_table_add (set, KEY (plx_event_stem_id (ids, stem_of (token))));
    }

  return set;
}

/* How many of @label's stems @words's sentence holds. */
static guint
count_common (GHashTable *label,
              Words      *words,
              GHashTable *ids)
{
  GHashTableIter iter;
  gpointer id;
  guint n = 0;

  if (words->words == NULL)
    words->words = content_set (tokens_of (words), ids);
  g_hash_table_iter_init (&iter, label);
  while (g_hash_table_iter_next (&iter, &id, NULL))
    n += g_hash_table_contains (words->words, id);

  return n;
}

/* Takes the words of @mentions' dates ("next month") out of @label: a
 * report that does not date the event cannot share them. */
static void
remove_dates (GHashTable *label,
              GArray     *mentions,
              const char *language,
              GHashTable *ids)
{
  for (guint m = 0; m < mentions->len; m++)
    {
      const PlxMention *mention = &g_array_index (mentions, PlxMention, m);
      g_autoptr(GArray) tokens = NULL;

      if (*mention->text == '\0')
        continue;
      tokens = plx_tokenize (mention->text, -1, language);
      for (guint t = 0; t < tokens->len; t++)
        {
          const PlxToken *token = &g_array_index (tokens, PlxToken, t);

          if (is_content (token))
            g_hash_table_remove (label, KEY (plx_event_stem_id (ids, stem_of (token))));
        }
    }
}

static void
add_named_reports (GPtrArray  *events,
                   GPtrArray  *sentences,
                   GHashTable *stating_dates)
{
  g_autoptr(GHashTable) ids = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GHashTable) by_key = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  /* name id -> the sentences (indices into all) that hold it */
  g_autoptr(GHashTable) holders = g_hash_table_new_full (NULL, NULL, NULL, (GDestroyNotify) g_array_unref);
  g_autoptr(GArray) all = g_array_new (FALSE, TRUE, sizeof (Words));
  guint rare;

  g_array_set_clear_func (all, (GDestroyNotify) words_clear);
  g_array_set_size (all, sentences->len / 2);
  for (guint i = 0; i < all->len; i++)
    {
      Words *words = &g_array_index (all, Words, i);
      g_autofree char *key = NULL;

      words->article = g_ptr_array_index (sentences, 2 * i);
      words->index = GPOINTER_TO_UINT (g_ptr_array_index (sentences, 2 * i + 1));
      read_names (words, ids);
      key = plx_event_sentence_key (words->article, words->index);
      g_hash_table_insert (by_key, g_strdup (key), GUINT_TO_POINTER (i));
      /* A sentence that states a date is no candidate: only a holder of
       * names whose mentions lead to others. */
      if (g_hash_table_contains (stating_dates, key))
        words->stating = TRUE;
      for (guint n = 0; n < words->names->len; n++)
        {
          gpointer id = KEY (g_array_index (words->names, guint, n));
          GArray *list = g_hash_table_lookup (holders, id);

          if (list == NULL)
            g_hash_table_insert (holders, id, list = g_array_new (FALSE, FALSE, sizeof (guint)));
          g_array_append_val (list, i);
        }
    }
  rare = CLAMP ((guint) (all->len * RARE_SHARE), RARE_AT_LEAST, RARE_AT_MOST);

  for (guint e = 0; e < events->len; e++)
    {
      PlxEventEntry *entry = g_ptr_array_index (events, e);
      guint n_mentions = entry->mentions->len;
      g_autoptr(GHashTable) candidates = NULL;
      g_autoptr(GHashTable) label = NULL;
      g_autoptr(GArray) tokens = NULL;
      const char *language;
      GHashTableIter iter;
      gpointer id;
      guint needed;

      if (entry->kind != PLX_EVENT_KIND_EVENT || n_mentions == 0)
        continue;
      /* The sentences with a rare name of a dated mention's. */
      candidates = g_hash_table_new (NULL, NULL);
      for (guint m = 0; m < n_mentions; m++)
        {
          const PlxMention *mention = &g_array_index (entry->mentions, PlxMention, m);
          g_autofree char *key = plx_event_sentence_key (mention->article, mention->sentence);
          gpointer found;
          GArray *names;

          if (*mention->text == '\0' || !g_hash_table_lookup_extended (by_key, key, NULL, &found))
            continue;
          names = g_array_index (all, Words, GPOINTER_TO_UINT (found)).names;
          for (guint n = 0; n < names->len; n++)
            {
              GArray *list = g_hash_table_lookup (holders, KEY (g_array_index (names, guint, n)));

              for (guint h = 0; list->len <= rare && h < list->len; h++)
                g_hash_table_add (candidates, GUINT_TO_POINTER (g_array_index (list, guint, h) + 1));
            }
        }

      language = plx_article_get_language (g_array_index (entry->mentions, PlxMention, 0).article);
      tokens = plx_tokenize (entry->label, -1, language != NULL ? language : "en");
      label = content_set (tokens, ids);
      remove_dates (label, entry->mentions, language != NULL ? language : "en", ids);
      needed = MAX (LABEL_WORDS, (guint) (g_hash_table_size (label) * LABEL_SHARE + 0.999));

      g_hash_table_iter_init (&iter, candidates);
      while (g_hash_table_iter_next (&iter, &id, NULL))
        {
          Words *other = &g_array_index (all, Words, GPOINTER_TO_UINT (id) - 1);

          if (other->stating || plx_mentions_has_article (entry->mentions, other->article) ||
              count_common (label, other, ids) < needed)
            continue;
          plx_mentions_add (entry->mentions, other->article, other->index, "");
        }
    }
}

/**
 * plx_event_reports_add:
 * @events: (element-type PlxEventEntry): the ledger's entries
 * @sentences: the body sentences, as article, index pairs
 * @alignment: (nullable): their alignment
 * @with_dates: the sentences with a dated mention (plx_event_sentence_key())
 * @stating_dates: those of them that state their date, not count it from
 *   another event's
 *
 * Adds to each event entry the outlets that tell of it without dating it.
 */
void
plx_event_reports_add (GPtrArray    *events,
                       GPtrArray    *sentences,
                       PlxAlignment *alignment,
                       GHashTable   *with_dates,
                       GHashTable   *stating_dates)
{
  if (alignment != NULL)
    add_row_reports (events, alignment, with_dates);
  add_named_reports (events, sentences, stating_dates);
}
