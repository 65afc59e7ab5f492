/* plx-version-changes.c: what a later version of an article changed
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The two versions' sentences (page furniture left out) are compared as
 * sequences of normalised texts (plx_myers_mark()). Between two runs of
 * sentences both versions have, the earlier version's sentences that
 * changed and the later one's are paired by the words they share: a
 * pair is an edited sentence, whose words are compared as in a row
 * (plx_diff_sentences()); the rest were removed or added. A sentence
 * that only moved is no change.
 */

#include "config.h"

#include "plx-version-changes.h"

#include "plx-article.h"
#include "plx-diff.h"
#include "plx-match.h"
#include "plx-myers.h"
#include "plx-sentence.h"
#include "plx-tokens.h"

/* Two changed sentences are one sentence edited from this share (Dice)
 * of their words in common. */
#define EDITED_MIN_SHARE 0.5

typedef struct
{
  PlxArticle *article;
  GArray     *indices;   /* guint: the sentences compared */
  GArray     *keys;      /* guint: their texts, interned */
  GPtrArray  *words;     /* GHashTable: each one's words, normalised */
  guint8     *changed;
} Side;

static void
change_clear (gpointer data)
{
  PlxSentenceChange *change = data;

  g_clear_pointer (&change->diff, g_array_unref);
}

/* The words of a normalised sentence. */
static GHashTable *
word_set (const char *norm)
{
  GHashTable *words = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_auto(GStrv) parts = g_strsplit_set (norm, " ,.;:!?\"'()", -1);

  for (guint i = 0; parts[i] != NULL; i++)
    if (*parts[i] != '\0')
      g_hash_table_add (words, g_strdup (parts[i]));

  return words;
}

static void
side_init (Side       *side,
           PlxArticle *article,
           GHashTable *texts)
{
  guint n = plx_article_get_n_sentences (article);

  side->article = article;
  side->indices = g_array_new (FALSE, FALSE, sizeof (guint));
  side->keys = g_array_new (FALSE, FALSE, sizeof (guint));
  side->words = g_ptr_array_new_with_free_func ((GDestroyNotify) g_hash_table_unref);
  for (guint i = 0; i < n; i++)
    {
      PlxSentence *sentence = plx_article_get_sentence (article, i);
      char *norm;
      gpointer key;
      guint id;

      if (plx_sentence_get_role (sentence) == PLX_ROLE_BOILERPLATE)
        continue;

      norm = plx_normalise_text (plx_sentence_get_text (sentence), -1);
      g_ptr_array_add (side->words, word_set (norm));
      if (!g_hash_table_lookup_extended (texts, norm, NULL, &key))
        {
          key = GUINT_TO_POINTER (g_hash_table_size (texts));
          g_hash_table_insert (texts, norm, key);
        }
      else
        g_free (norm);

      g_array_append_val (side->indices, i);
      id = GPOINTER_TO_UINT (key);
      g_array_append_val (side->keys, id);
    }
  side->changed = g_new0 (guint8, side->keys->len + 1);
}

static void
side_clear (Side *side)
{
  g_clear_pointer (&side->indices, g_array_unref);
  g_clear_pointer (&side->keys, g_array_unref);
  g_clear_pointer (&side->words, g_ptr_array_unref);
  g_clear_pointer (&side->changed, g_free);
}

/* How many words two sets share, over their sizes (Dice). */
static double
words_shared (GHashTable *a_words,
              GHashTable *b_words)
{
  GHashTableIter iter;
  gpointer word;
  guint shared = 0;
  guint total = g_hash_table_size (a_words) + g_hash_table_size (b_words);

  g_hash_table_iter_init (&iter, a_words);
  while (g_hash_table_iter_next (&iter, &word, NULL))
    shared += g_hash_table_contains (b_words, word);

  return total > 0 ? 2.0 * shared / total : 0.0;
}

static void
append_change (GArray        *changes,
               PlxChangeKind  kind,
               guint          previous,
               guint          sentence,
               GArray        *diff)
{
  PlxSentenceChange change = { kind, previous, sentence, diff };

  g_array_append_val (changes, change);
}

/* The earlier version's unpaired sentences before @until, where they
 * stood. */
static void
append_removed (GArray     *changes,
                const Side *old,
                guint       a_start,
                guint      *next,
                guint       until,
                const int  *paired_with)
{
  for (; *next < until; (*next)++)
    if (paired_with[*next - a_start] < 0)
      append_change (changes, PLX_CHANGE_REMOVED, g_array_index (old->indices, guint, *next), G_MAXUINT, NULL);
}

/* The changed sentences of one stretch, old[a_start, a_end) and
 * new[b_start, b_end): each new one paired with the old one it shares
 * most words with, if enough. */
static void
compare_stretch (GArray     *changes,
                 const Side *old,
                 guint       a_start,
                 guint       a_end,
                 const Side *new,
                 guint       b_start,
                 guint       b_end)
{
  g_autofree int *paired_with = g_new (int, a_end - a_start + 1);
  g_autofree int *pair_of = g_new (int, b_end - b_start + 1);
  const char *language = plx_article_get_language (new->article);
  guint next_removed = a_start;

  for (guint a = a_start; a < a_end; a++)
    paired_with[a - a_start] = -1;

  for (guint b = b_start; b < b_end; b++)
    {
      double best_share = EDITED_MIN_SHARE;
      int best = -1;

      for (guint a = a_start; a < a_end; a++)
        {
          double share;

          if (paired_with[a - a_start] >= 0)
            continue;
          share = words_shared (g_ptr_array_index (old->words, a), g_ptr_array_index (new->words, b));
          if (share >= best_share)
            {
              best_share = share;
              best = a;
            }
        }

      pair_of[b - b_start] = best;
      if (best >= 0)
        paired_with[best - a_start] = b;
    }

  /* In the later version's order, each removed sentence before the
   * first sentence paired with one after it. */
  for (guint b = b_start; b < b_end; b++)
    {
      guint sentence = g_array_index (new->indices, guint, b);
      int a = pair_of[b - b_start];
      guint previous;
      const char *old_text, *new_text;

      if (a < 0)
        {
          append_change (changes, PLX_CHANGE_ADDED, G_MAXUINT, sentence, NULL);
          continue;
        }

      append_removed (changes, old, a_start, &next_removed, a, paired_with);
      previous = g_array_index (old->indices, guint, a);
      old_text = plx_sentence_get_text (plx_article_get_sentence (old->article, previous));
      new_text = plx_sentence_get_text (plx_article_get_sentence (new->article, sentence));
      append_change (changes, PLX_CHANGE_EDITED, previous, sentence,
                     plx_diff_sentences (old_text, new_text, language));
    }
  append_removed (changes, old, a_start, &next_removed, a_end, paired_with);
}

/* A sentence removed in one place and added in another only moved. */
static void
drop_moves (GArray     *changes,
            const Side *old,
            const Side *new)
{
  g_autoptr(GHashTable) removed = g_hash_table_new (NULL, NULL);
  g_autoptr(GHashTable) added = g_hash_table_new (NULL, NULL);
  g_autoptr(GHashTable) old_keys = g_hash_table_new (NULL, NULL);
  g_autoptr(GHashTable) new_keys = g_hash_table_new (NULL, NULL);

  for (guint i = 0; i < old->indices->len; i++)
    g_hash_table_insert (old_keys, GUINT_TO_POINTER (g_array_index (old->indices, guint, i) + 1),
                         GUINT_TO_POINTER (g_array_index (old->keys, guint, i) + 1));
  for (guint i = 0; i < new->indices->len; i++)
    g_hash_table_insert (new_keys, GUINT_TO_POINTER (g_array_index (new->indices, guint, i) + 1),
                         GUINT_TO_POINTER (g_array_index (new->keys, guint, i) + 1));

  for (guint i = 0; i < changes->len; i++)
    {
      const PlxSentenceChange *change = &g_array_index (changes, PlxSentenceChange, i);

      if (change->kind == PLX_CHANGE_REMOVED)
        g_hash_table_add (removed, g_hash_table_lookup (old_keys, GUINT_TO_POINTER (change->previous + 1)));
      else if (change->kind == PLX_CHANGE_ADDED)
        g_hash_table_add (added, g_hash_table_lookup (new_keys, GUINT_TO_POINTER (change->sentence + 1)));
    }

  for (guint i = changes->len; i-- > 0;)
    {
      const PlxSentenceChange *change = &g_array_index (changes, PlxSentenceChange, i);
      gpointer key = NULL;

      if (change->kind == PLX_CHANGE_REMOVED)
        key = g_hash_table_lookup (old_keys, GUINT_TO_POINTER (change->previous + 1));
      else if (change->kind == PLX_CHANGE_ADDED)
        key = g_hash_table_lookup (new_keys, GUINT_TO_POINTER (change->sentence + 1));

      if (key != NULL && g_hash_table_contains (removed, key) && g_hash_table_contains (added, key))
        g_array_remove_index (changes, i);
    }
}

/**
 * plx_version_changes:
 * @previous: an earlier version of @article
 * @article: the later version
 *
 * Compares two versions of one article sentence by sentence: the
 * sentences edited (with their word diff), added and removed, in the
 * order of the later version, removed sentences where they stood.
 * Page furniture and sentences that only moved are left out.
 *
 * Returns: (transfer full) (element-type PlxSentenceChange): the
 *   changes, empty if the two say the same
 */
GArray *
plx_version_changes (PlxArticle *previous,
                     PlxArticle *article)
{
  g_autoptr(GHashTable) texts = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  GArray *changes = g_array_new (FALSE, TRUE, sizeof (PlxSentenceChange));
  Side old, new;
  guint a = 0, b = 0;

  g_return_val_if_fail (PLX_IS_ARTICLE (previous), changes);
  g_return_val_if_fail (PLX_IS_ARTICLE (article), changes);

  g_array_set_clear_func (changes, change_clear);
  side_init (&old, previous, texts);
  side_init (&new, article, texts);
  plx_myers_mark ((const guint *) old.keys->data, old.keys->len,
                  (const guint *) new.keys->data, new.keys->len,
                  old.changed, new.changed);

  for (;;)
    {
      guint a_end = a, b_end = b;

      while (a_end < old.keys->len && old.changed[a_end])
        a_end++;
      while (b_end < new.keys->len && new.changed[b_end])
        b_end++;

      if (a_end > a || b_end > b)
        compare_stretch (changes, &old, a, a_end, &new, b, b_end);

      /* Past the stretch, a sentence both versions have. */
      if (a_end >= old.keys->len || b_end >= new.keys->len)
        break;
      a = a_end + 1;
      b = b_end + 1;
    }

  drop_moves (changes, &old, &new);
  side_clear (&old);
  side_clear (&new);

  return changes;
}

/**
 * plx_sentence_change_is_factual:
 * @change: a change of plx_version_changes()
 *
 * Returns: whether @change, an edited sentence, states a quote, number,
 *   date or title otherwise (plx_match_hunk_is_conflict())
 */
gboolean
plx_sentence_change_is_factual (const PlxSentenceChange *change)
{
  g_return_val_if_fail (change != NULL, FALSE);

  for (guint i = 0; change->diff != NULL && i < change->diff->len; i++)
    if (plx_match_hunk_is_conflict (&g_array_index (change->diff, PlxDiffHunk, i)))
      return TRUE;

  return FALSE;
}
