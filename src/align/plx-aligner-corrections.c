/* plx-aligner-corrections.c: the editor's corrections, applied to rows
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "plx-aligner-private.h"
#include "plx-article.h"
#include "plx-corpus.h"
#include "plx-tokens.h"

/* The corrections are applied to the rows the aligner made, after it
 * made them, so that they change no other row: a sentence that must be
 * together with another moves into that one's row, alone; of a pair
 * that must be apart but shares a row, the second sentence leaves it
 * for a row of its own. Its old row keeps its other sentences. */

static gboolean
find_item (Aligner *aligner,
           guint    article_index,
           guint    sentence,
           guint   *item)
{
  guint lo = 0, hi = aligner->items->len;

  while (lo < hi)
    {
      guint mid = lo + (hi - lo) / 2;
      const Item *x = &g_array_index (aligner->items, Item, mid);

      if (x->article_index < article_index || (x->article_index == article_index && x->sentence < sentence))
        lo = mid + 1;
      else
        hi = mid;
    }

  if (lo < aligner->items->len &&
      g_array_index (aligner->items, Item, lo).article_index == article_index &&
      g_array_index (aligner->items, Item, lo).sentence == sentence)
    {
      *item = lo;
      return TRUE;
    }

  return FALSE;
}

static void
warn_missing (PlxAlignment         *alignment,
              const PlxSentenceRef *ref,
              gboolean              in_corpus)
{
  g_autofree char *what = plx_sentence_ref_describe (ref);
  g_autofree char *message = NULL;

  if (in_corpus)
    /* Translators: %s names a sentence, as in “sentence 3 of “reuters” (“The talks…”)” */
    message = g_strdup_printf (_("%s is not a sentence of the article’s body: its correction is left out"), what);
  else
    /* Translators: %s names a sentence, as in “sentence 3 of “reuters” (“The talks…”)” */
    message = g_strdup_printf (_("%s is no longer in the corpus: its correction is left out"), what);
  plx_alignment_add_warning (alignment, message);
}

/* The item @ref names, or FALSE (and a warning). */
static gboolean
resolve_item (Aligner              *aligner,
              PlxCorpus            *corpus,
              const PlxSentenceRef *ref,
              PlxAlignment         *alignment,
              guint                *item)
{
  guint article_index, sentence;

  if (!plx_sentence_ref_resolve (ref, corpus, &article_index, &sentence))
    {
      warn_missing (alignment, ref, FALSE);
      return FALSE;
    }
  if (!find_item (aligner, article_index, sentence, item))
    {
      warn_missing (alignment, ref, TRUE);
      return FALSE;
    }

  return TRUE;
}

/* Takes item @i out of its row into a row of its own. */
static void
detach (Aligner *aligner,
        guint    i)
{
  guint root = plx_aligner_find_root (aligner, i);
  GArray *cluster = aligner->clusters[root];

  if (cluster->len == 1)
    return;

  for (guint m = 0; m < cluster->len; m++)
    if (g_array_index (cluster, guint, m) == i)
      {
        g_array_remove_index (cluster, m);
        break;
      }

  if (root == i)
    {
      root = g_array_index (cluster, guint, 0);
      aligner->clusters[root] = cluster;
    }
  /* What is left points at its root directly: a path may have led
   * through @i. */
  for (guint m = 0; m < cluster->len; m++)
    aligner->parent[g_array_index (cluster, guint, m)] = root;
  aligner->corrected[g_array_index (cluster, guint, 0)] = TRUE;

  aligner->clusters[i] = g_array_new (FALSE, FALSE, sizeof (guint));
  g_array_append_val (aligner->clusters[i], i);
  aligner->parent[i] = i;
  aligner->corrected[i] = TRUE;
}

/* Moves item @i, alone, into the row of item @target. */
static void
move_to (Aligner *aligner,
         guint    i,
         guint    target)
{
  guint root;

  if (plx_aligner_find_root (aligner, i) == plx_aligner_find_root (aligner, target))
    return;

  detach (aligner, i);
  root = plx_aligner_find_root (aligner, target);
  g_array_append_val (aligner->clusters[root], i);
  g_clear_pointer (&aligner->clusters[i], g_array_unref);
  aligner->parent[i] = root;
  aligner->corrected[i] = TRUE;
}

/**
 * plx_aligner_apply_corrections:
 * @corrections: (nullable): the editor's corrections
 * @alignment: where warnings go, for the corrections left out
 *
 * Changes the aligner's rows as @corrections say; a reference that
 * names no body sentence of @corpus is left out with a warning.
 */
void
plx_aligner_apply_corrections (Aligner        *aligner,
                               PlxCorpus      *corpus,
                               PlxCorrections *corrections,
                               PlxAlignment   *alignment)
{
  GPtrArray *together, *apart;

  if (corrections == NULL)
    return;

  together = plx_corrections_get_together (corrections);
  for (guint g = 0; g < together->len; g++)
    {
      GPtrArray *group = g_ptr_array_index (together, g);
      gboolean have_target = FALSE;
      guint target = 0;

      for (guint r = 0; r < group->len; r++)
        {
          guint item;

          if (!resolve_item (aligner, corpus, g_ptr_array_index (group, r), alignment, &item))
            continue;
          if (!have_target)
            {
              target = item;
              have_target = TRUE;
            }
          else
            move_to (aligner, item, target);
        }
    }

  apart = plx_corrections_get_apart (corrections);
  for (guint p = 0; p < apart->len; p++)
    {
      GPtrArray *pair = g_ptr_array_index (apart, p);
      guint a, b;

      if (!resolve_item (aligner, corpus, g_ptr_array_index (pair, 0), alignment, &a) ||
          !resolve_item (aligner, corpus, g_ptr_array_index (pair, 1), alignment, &b))
        continue;
      if (plx_aligner_find_root (aligner, a) == plx_aligner_find_root (aligner, b))
        detach (aligner, b);
    }
}

/**
 * plx_aligner_apply_notes:
 *
 * Puts each note of @corrections on the row of the first of its
 * sentences still found; a note whose sentences are all gone is left
 * out with a warning.
 */
void
plx_aligner_apply_notes (PlxCorpus      *corpus,
                         PlxCorrections *corrections,
                         PlxAlignment   *alignment)
{
  GPtrArray *notes;

  if (corrections == NULL)
    return;

  notes = plx_corrections_get_notes (corrections);
  for (guint n = 0; n < notes->len; n++)
    {
      const PlxRowNote *note = g_ptr_array_index (notes, n);
      PlxRow *row = NULL;

      for (guint r = 0; r < note->sentences->len && row == NULL; r++)
        {
          guint article_index, sentence;

          if (plx_sentence_ref_resolve (g_ptr_array_index (note->sentences, r), corpus, &article_index, &sentence))
            row = plx_alignment_find_row (alignment, plx_corpus_get_article (corpus, article_index), sentence);
        }

      if (row != NULL)
        plx_row_set_note (row, note->text);
      else
        {
          g_autofree char *opening = plx_text_opening (note->text, 40);
          g_autofree char *message = NULL;

          /* Translators: %s is the opening of the editor's note on a row */
          message = g_strdup_printf (_("The note “%s” is on sentences no longer in the corpus: it is left out"), opening);
          plx_alignment_add_warning (alignment, message);
        }
    }
}
