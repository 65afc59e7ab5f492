/* plx-aligner.c: n-way alignment of a corpus into rows
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "plx-aligner-private.h"
#include "plx-alignment.h"
#include "plx-article.h"
#include "plx-corpus.h"
#include "plx-diff.h"
#include "plx-sentence.h"
#include "plx-similarity.h"
#include "plx-tokens.h"

/* How rows are made (src/README.md, "Alignment"):
 *
 *  1. Every body sentence of every article is described once
 *     (plx-similarity.c); titles, headings and boilerplate take no part.
 *  2. Candidate pairs come from an inverted index of content stems: two
 *     sentences of different articles are compared only when they share
 *     stems that are not too common (a document frequency above DF_CAP
 *     is skipped), and each sentence scores only its MAX_CANDIDATES
 *     best candidates by shared IDF weight, so the cost grows with the
 *     corpus, not with its square.
 *  3. Pairs that score at least the threshold are merged into rows,
 *     strongest first, never putting two sentences of one article in a
 *     row (but two neighbours: a statement split in two), and only when
 *     the two rows being merged agree with each other on the whole
 *     (average linkage), so that A~B and B~C do not chain into a row
 *     where A and C say different things. Then a sentence left alone
 *     joins its neighbour's row when it matches another outlet's
 *     sentence there: that outlet split the statement in two.
 *  4. Rows follow the pivot article's order; a row the pivot lacks goes
 *     after the row of its outlet's nearest preceding aligned sentence.
 *     Reordering between outlets is the normal case.
 *  5. Each row's reference is the pivot's sentence, else the member most
 *     like the others; every other member gets a word diff against it. */

#define DF_CAP          128
#define MAX_CANDIDATES  24
#define CANDIDATE_FLOOR 0.15
#define SCORE_FLOOR     0.10

typedef struct
{
  guint  a;
  guint  b;
  double score;
} Pair;

/* g_int64_hash() folds the two halves with XOR, which makes (a, b) and
 * (b, a)-like keys collide wholesale: mix the bits instead. */
static guint
pair_hash (gconstpointer key)
{
  guint64 x = *(const guint64 *) key;

  x ^= x >> 33;
  x *= G_GUINT64_CONSTANT (0xff51afd7ed558ccd);
  x ^= x >> 33;

  return (guint) x;
}

static guint64
pair_key (guint a,
          guint b)
{
  return a < b ? ((guint64) a << 32) | b : ((guint64) b << 32) | a;
}

static double
pair_score (Aligner *aligner,
            guint    a,
            guint    b)
{
  guint64 key = pair_key (a, b);
  gpointer value = g_hash_table_lookup (aligner->scores, &key);

  return value != NULL ? *(double *) value : 0;
}

static void
collect_items (Aligner      *aligner,
               PlxCorpus    *corpus,
               PlxSimilarity *similarity)
{
  guint n_articles = g_list_model_get_n_items (G_LIST_MODEL (corpus));

  for (guint a = 0; a < n_articles; a++)
    {
      PlxArticle *article = plx_corpus_get_article (corpus, a);

      for (guint s = 0; s < plx_article_get_n_sentences (article); s++)
        {
          PlxSentence *sentence = plx_article_get_sentence (article, s);
          const char *language = plx_article_get_language (article);
          Item item = { article, a, s, NULL };

          if (plx_sentence_get_role (sentence) != PLX_ROLE_BODY)
            continue;
          item.features = plx_similarity_add_tokens (similarity, plx_sentence_get_tokens (sentence, language),
                                                     language);
          g_array_append_val (aligner->items, item);
        }
    }
}

static int
compare_pairs (gconstpointer a,
               gconstpointer b)
{
  const Pair *x = a, *y = b;

  if (x->score != y->score)
    return x->score > y->score ? -1 : 1;
  if (x->a != y->a)
    return x->a < y->a ? -1 : 1;
  return x->b < y->b ? -1 : x->b > y->b;
}

/* The MAX_CANDIDATES sentences of @touched that overlap most, into
 * @best, largest first and ties in their order in @touched. A sentence
 * of a large corpus touches hundreds: sorting them all to keep a few
 * took 8% of the alignment's instructions on ecbplus. */
static void
select_candidates (const guint  *touched,
                   guint         n_touched,
                   const double *overlap,
                   GArray       *best)
{
  g_array_set_size (best, 0);
  for (guint k = 0; k < n_touched; k++)
    {
      guint j = touched[k];
      guint at = best->len;

      /* After every kept one that overlaps as much. */
      while (at > 0 && overlap[g_array_index (best, guint, at - 1)] < overlap[j])
        at--;
      if (at >= MAX_CANDIDATES)
        continue;
      g_array_insert_val (best, at, j);
      if (best->len > MAX_CANDIDATES)
        g_array_set_size (best, MAX_CANDIDATES);
    }
}

/* Candidates through the inverted index, the best of them scored. */
static GArray *
score_candidates (Aligner       *aligner,
                  PlxSimilarity *similarity,
                  GCancellable  *cancellable)
{
  guint n_items = aligner->items->len;
  guint n_terms = plx_similarity_get_n_terms (similarity);
  g_autofree GArray **postings = g_new0 (GArray *, n_terms + 1);
  g_autofree double *overlap = g_new0 (double, MAX (n_items, 1));
  /* The sentences that share a term with the current one, each once. */
  g_autofree guint *touched = g_new (guint, MAX (n_items, 1));
  guint n_touched = 0;
  g_autoptr(GArray) best = g_array_sized_new (FALSE, FALSE, sizeof (guint), MAX_CANDIDATES + 1);
  GArray *pairs = g_array_new (FALSE, FALSE, sizeof (Pair));
  guint cap = DF_CAP;

  for (guint i = 0; i < n_items; i++)
    {
      const PlxFeatures *f = g_array_index (aligner->items, Item, i).features;

      for (guint t = 0; t < f->n_terms; t++)
        {
          if (postings[f->terms[t]] == NULL)
            postings[f->terms[t]] = g_array_new (FALSE, FALSE, sizeof (guint));
          g_array_append_val (postings[f->terms[t]], i);
        }
    }

  for (guint i = 0; i < n_items && !g_cancellable_is_cancelled (cancellable); i++)
    {
      const Item *item = &g_array_index (aligner->items, Item, i);
      const PlxFeatures *f = item->features;
      double weight = 0;

      for (guint t = 0; t < f->n_terms; t++)
        {
          GArray *list = postings[f->terms[t]];
          double idf = plx_similarity_idf (similarity, f->terms[t]);

          weight += idf;
          if (list->len > cap)
            continue;
          for (guint p = 0; p < list->len; p++)
            {
              guint j = g_array_index (list, guint, p);

              if (j <= i || g_array_index (aligner->items, Item, j).article_index == item->article_index)
                continue;
              if (overlap[j] == 0)
                touched[n_touched++] = j;
              overlap[j] += idf;
            }
        }

      /* Only the best few candidates of each sentence are scored, so
       * that the work stays proportional to the number of sentences. */
      select_candidates (touched, n_touched, overlap, best);

      for (guint k = 0; k < best->len; k++)
        {
          guint j = g_array_index (best, guint, k);

          if (overlap[j] >= CANDIDATE_FLOOR * weight)
            {
              Pair pair = { i, j, plx_similarity_score (similarity, f, g_array_index (aligner->items, Item, j).features) };

              /* Weak pairs neither make rows nor sway the linkage. */
              if (pair.score >= SCORE_FLOOR)
                {
                  guint64 *key = g_new (guint64, 1);
                  double *value = g_new (double, 1);

                  *key = pair_key (i, j);
                  *value = pair.score;
                  g_hash_table_insert (aligner->scores, key, value);
                  g_array_append_val (pairs, pair);
                }
            }
        }
      for (guint k = 0; k < n_touched; k++)
        overlap[touched[k]] = 0;
      n_touched = 0;
    }

  for (guint t = 0; t <= n_terms; t++)
    g_clear_pointer (&postings[t], g_array_unref);

  g_array_sort (pairs, compare_pairs);
  return pairs;
}

guint
plx_aligner_find_root (Aligner *aligner,
                       guint    i)
{
  while (aligner->parent[i] != i)
    {
      aligner->parent[i] = aligner->parent[aligner->parent[i]];
      i = aligner->parent[i];
    }

  return i;
}

/* May the rows of @ra and @rb become one? On average their members must
 * match, and no article may be in both, but for one pair of neighbouring
 * sentences: an outlet that splits a statement in two (its halves each
 * matched another outlet's whole sentence first) still joins the row. */
static gboolean
can_merge (Aligner *aligner,
           guint    ra,
           guint    rb,
           double   threshold)
{
  GArray *a = aligner->clusters[ra];
  GArray *b = aligner->clusters[rb];
  double total = 0;
  guint n_pairs = 0;
  guint n_neighbours = 0;

  for (guint i = 0; i < a->len; i++)
    for (guint j = 0; j < b->len; j++)
      {
        const Item *x = &g_array_index (aligner->items, Item, g_array_index (a, guint, i));
        const Item *y = &g_array_index (aligner->items, Item, g_array_index (b, guint, j));

        if (x->article_index == y->article_index)
          {
            if (x->sentence + 1 != y->sentence && y->sentence + 1 != x->sentence)
              return FALSE;
            if (++n_neighbours > 1)
              return FALSE;
            continue;
          }
        total += pair_score (aligner, g_array_index (a, guint, i), g_array_index (b, guint, j));
        n_pairs++;
      }

  return n_pairs > 0 && total / n_pairs >= threshold * 0.75;
}

static void
cluster (Aligner *aligner,
         GArray  *pairs,
         double   threshold)
{
  guint n_items = aligner->items->len;

  aligner->parent = g_new (guint, MAX (n_items, 1));
  aligner->clusters = g_new0 (GArray *, MAX (n_items, 1));
  for (guint i = 0; i < n_items; i++)
    {
      aligner->parent[i] = i;
      aligner->clusters[i] = g_array_new (FALSE, FALSE, sizeof (guint));
      g_array_append_val (aligner->clusters[i], i);
    }

  for (guint p = 0; p < pairs->len; p++)
    {
      const Pair *pair = &g_array_index (pairs, Pair, p);
      guint ra, rb;

      if (pair->score < threshold)
        break;
      ra = plx_aligner_find_root (aligner, pair->a);
      rb = plx_aligner_find_root (aligner, pair->b);
      if (ra == rb || !can_merge (aligner, ra, rb, threshold))
        continue;

      if (aligner->clusters[ra]->len < aligner->clusters[rb]->len)
        {
          guint swap = ra;

          ra = rb;
          rb = swap;
        }
      g_array_append_vals (aligner->clusters[ra], aligner->clusters[rb]->data, aligner->clusters[rb]->len);
      g_clear_pointer (&aligner->clusters[rb], g_array_unref);
      aligner->parent[rb] = ra;
    }
}

static guint
count_in_row (Aligner *aligner,
              GArray  *row,
              guint    article_index)
{
  guint n = 0;

  for (guint m = 0; m < row->len; m++)
    if (g_array_index (aligner->items, Item, g_array_index (row, guint, m)).article_index == article_index)
      n++;

  return n;
}

/* An outlet may split one statement over two sentences: a sentence left
 * alone whose neighbour in its article sits in a row, and which itself
 * matches another outlet's sentence of that row, joins the row (a row
 * holds at most two sentences of an outlet). */
static void
attach_split_statements (Aligner *aligner,
                         double   threshold)
{
  for (guint y = 0; y < aligner->items->len; y++)
    {
      const Item *item = &g_array_index (aligner->items, Item, y);
      guint root_y = plx_aligner_find_root (aligner, y);

      if (aligner->clusters[root_y]->len != 1)
        continue;

      for (int step = -1; step <= 1; step += 2)
        {
          guint x = y + step;
          guint root_x;
          GArray *row;
          gboolean matches = FALSE;

          if ((int) y + step < 0 || x >= aligner->items->len ||
              g_array_index (aligner->items, Item, x).article != item->article ||
              (int) g_array_index (aligner->items, Item, x).sentence != (int) item->sentence + step)
            continue;

          root_x = plx_aligner_find_root (aligner, x);
          row = aligner->clusters[root_x];
          if (row->len < 2 || count_in_row (aligner, row, item->article_index) > 1)
            continue;

          for (guint m = 0; m < row->len && !matches; m++)
            {
              guint z = g_array_index (row, guint, m);

              matches = g_array_index (aligner->items, Item, z).article != item->article &&
                        pair_score (aligner, y, z) >= threshold;
            }
          if (!matches)
            continue;

          g_array_append_val (row, y);
          g_clear_pointer (&aligner->clusters[root_y], g_array_unref);
          aligner->parent[root_y] = root_x;
          break;
        }
    }
}

/* The article the others are aligned to, when none is asked for: the
 * one with the most sentences of its own reporting, among those that
 * are neither a copy nor superseded by a later version (if any is). */
static PlxArticle *
choose_pivot (PlxCorpus  *corpus,
              const char *pivot_id,
              GPtrArray  *copies,
              GPtrArray  *versions)
{
  g_autoptr(GHashTable) passed_over = g_hash_table_new (NULL, NULL);
  PlxArticle *best = NULL;
  guint best_count = 0;
  gboolean best_passed_over = TRUE;

  if (pivot_id != NULL && plx_corpus_find_article (corpus, pivot_id) != NULL)
    return plx_corpus_find_article (corpus, pivot_id);

  for (guint i = 0; copies != NULL && i < copies->len; i++)
    g_hash_table_add (passed_over, ((PlxCopy *) g_ptr_array_index (copies, i))->copy);
  for (guint i = 0; versions != NULL && i < versions->len; i++)
    g_hash_table_add (passed_over, ((PlxVersion *) g_ptr_array_index (versions, i))->previous);

  for (guint a = 0; a < g_list_model_get_n_items (G_LIST_MODEL (corpus)); a++)
    {
      PlxArticle *article = plx_corpus_get_article (corpus, a);
      guint count = plx_article_count_role (article, PLX_ROLE_BODY);
      gboolean is_passed_over = g_hash_table_contains (passed_over, article);

      if (best == NULL || (best_passed_over && !is_passed_over) ||
          (is_passed_over == best_passed_over && count > best_count))
        {
          best = article;
          best_count = count;
          best_passed_over = is_passed_over;
        }
    }

  return best;
}

typedef struct
{
  PlxRow *row;
  double  position;   /* where the row goes: pivot sentence index, or a neighbour's plus a fraction */
  guint   order;      /* a stable tie-break */
} PlacedRow;

static int
compare_placed (gconstpointer a,
                gconstpointer b)
{
  const PlacedRow *x = a, *y = b;

  if (x->position != y->position)
    return x->position < y->position ? -1 : 1;
  return x->order < y->order ? -1 : x->order > y->order;
}

/* The item's position in the pivot's order: its own row's pivot sentence,
 * else (recursively) that of the nearest preceding sentence of its
 * article that is aligned with the pivot. */
static double
place_row (Aligner    *aligner,
           GArray     *members,
           PlxArticle *pivot,
           guint      *item_root_pivot_sentence)
{
  double best = G_MAXDOUBLE;

  for (guint m = 0; m < members->len; m++)
    {
      const Item *item = &g_array_index (aligner->items, Item, g_array_index (members, guint, m));

      if (item->article == pivot)
        return item->sentence;
    }

  /* A neighbour: walk back through the member's article. */
  for (guint m = 0; m < members->len; m++)
    {
      guint index = g_array_index (members, guint, m);
      const Item *item = &g_array_index (aligner->items, Item, index);
      guint distance = 1;

      for (guint k = index; k-- > 0; distance++)
        {
          const Item *before = &g_array_index (aligner->items, Item, k);
          guint anchor;

          if (before->article != item->article)
            break;
          anchor = item_root_pivot_sentence[plx_aligner_find_root (aligner, k)];
          if (anchor != G_MAXUINT)
            {
              best = MIN (best, anchor + 1.0 - 1.0 / (distance + 1));
              break;
            }
        }
    }

  return best;
}

static void
choose_reference (Aligner    *aligner,
                  PlxRow     *row,
                  GArray     *members,
                  PlxArticle *pivot)
{
  guint best = 0;
  double best_total = -1;

  for (guint m = 0; m < members->len; m++)
    {
      guint x = g_array_index (members, guint, m);
      double total = 0;

      if (g_array_index (aligner->items, Item, x).article == pivot)
        {
          best = m;
          break;
        }
      for (guint n = 0; n < members->len; n++)
        if (n != m)
          total += pair_score (aligner, x, g_array_index (members, guint, n));
      if (total > best_total)
        {
          best = m;
          best_total = total;
        }
    }

  plx_row_set_reference (row, best);
}

static GArray *
member_tokens (const PlxRowMember *member)
{
  PlxSentence *sentence = plx_article_get_sentence (member->article, member->sentence);

  return plx_sentence_get_tokens (sentence, plx_article_get_language (member->article));
}

/* Marks the reference tokens that @diff keeps (equal hunks). */
static void
mark_kept (GArray   *diff,
           gboolean *kept,
           guint     n_reference)
{
  for (guint h = 0; diff != NULL && h < diff->len; h++)
    {
      const PlxDiffHunk *hunk = &g_array_index (diff, PlxDiffHunk, h);

      if (hunk->op == PLX_DIFF_EQUAL)
        for (guint t = hunk->ref_start; t < hunk->ref_end && t < n_reference; t++)
          kept[t] = TRUE;
    }
}

/* One half of a statement an outlet split in two does not leave out
 * what the other half says: a deletion mostly kept by the other half
 * is no deletion. */
static void
drop_other_halfs_deletions (GArray         *diff,
                            const gboolean *kept_by_other,
                            guint           n_reference)
{
  for (guint h = diff->len; h-- > 0; )
    {
      const PlxDiffHunk *hunk = &g_array_index (diff, PlxDiffHunk, h);
      guint kept = 0;

      if (hunk->op != PLX_DIFF_DELETE || hunk->ref_end <= hunk->ref_start)
        continue;
      for (guint t = hunk->ref_start; t < hunk->ref_end && t < n_reference; t++)
        kept += kept_by_other[t];
      if (2 * kept >= hunk->ref_end - hunk->ref_start)
        g_array_remove_index (diff, h);
    }
}

static void
diff_split_halves (PlxRow *row,
                   guint   n_reference)
{
  for (guint m = 0; m + 1 < plx_row_get_n_members (row); m++)
    for (guint n = m + 1; n < plx_row_get_n_members (row); n++)
      {
        PlxRowMember *a = plx_row_get_member (row, m);
        PlxRowMember *b = plx_row_get_member (row, n);
        g_autofree gboolean *kept_a = NULL;
        g_autofree gboolean *kept_b = NULL;

        if (a->article != b->article || a->diff == NULL || b->diff == NULL)
          continue;
        kept_a = g_new0 (gboolean, n_reference + 1);
        kept_b = g_new0 (gboolean, n_reference + 1);
        mark_kept (a->diff, kept_a, n_reference);
        mark_kept (b->diff, kept_b, n_reference);
        drop_other_halfs_deletions (a->diff, kept_b, n_reference);
        drop_other_halfs_deletions (b->diff, kept_a, n_reference);
      }
}

static void
add_diffs (PlxRow *row)
{
  PlxRowMember *reference = plx_row_get_member (row, plx_row_get_reference (row));
  const char *reference_text = plx_row_member_get_text (reference);
  GArray *reference_tokens = member_tokens (reference);

  for (guint m = 0; m < plx_row_get_n_members (row); m++)
    {
      PlxRowMember *member = plx_row_get_member (row, m);

      if (member == reference)
        continue;
      member->diff = plx_diff_tokens (reference_text, reference_tokens,
                                      plx_row_member_get_text (member), member_tokens (member));
    }
  diff_split_halves (row, reference_tokens->len);
}

static int
compare_items_by_article (gconstpointer a,
                          gconstpointer b,
                          gpointer      user_data)
{
  Aligner *aligner = user_data;
  const Item *x = &g_array_index (aligner->items, Item, *(const guint *) a);
  const Item *y = &g_array_index (aligner->items, Item, *(const guint *) b);

  if (x->article_index != y->article_index)
    return x->article_index < y->article_index ? -1 : 1;
  return x->sentence < y->sentence ? -1 : x->sentence > y->sentence;
}

static PlxRow *
build_row (Aligner    *aligner,
           GArray     *members,
           guint       n_articles,
           PlxArticle *pivot)
{
  PlxRow *row = plx_row_new (0);
  guint n = members->len;

  g_array_sort_with_data (members, compare_items_by_article, aligner);
  for (guint m = 0; m < n; m++)
    {
      const Item *item = &g_array_index (aligner->items, Item, g_array_index (members, guint, m));

      plx_row_add_member (row, item->article, item->sentence, 1.0);
    }

  plx_row_set_kind (row, n == 1 ? PLX_ROW_IN_ONE : n >= n_articles ? PLX_ROW_IN_ALL : PLX_ROW_IN_SOME);
  choose_reference (aligner, row, members, pivot);

  {
    guint reference = g_array_index (members, guint, plx_row_get_reference (row));

    for (guint m = 0; m < n; m++)
      {
        guint x = g_array_index (members, guint, m);

        plx_row_get_member (row, m)->score = x == reference ? 1.0 : pair_score (aligner, x, reference);
      }
  }

  add_diffs (row);
  return row;
}

static guint
count_articles_with_body (Aligner *aligner)
{
  guint n = 0;
  guint last = G_MAXUINT;

  for (guint i = 0; i < aligner->items->len; i++)
    {
      guint a = g_array_index (aligner->items, Item, i).article_index;

      if (a != last)
        n++;
      last = a;
    }

  return n;
}

static void
aligner_clear (Aligner *aligner)
{
  for (guint i = 0; i < aligner->items->len; i++)
    {
      plx_features_free (g_array_index (aligner->items, Item, i).features);
      g_clear_pointer (&aligner->clusters[i], g_array_unref);
    }
  g_array_unref (aligner->items);
  g_hash_table_unref (aligner->scores);
  g_free (aligner->parent);
  g_free (aligner->clusters);
  g_free (aligner->corrected);
}

/**
 * plx_align_corpus:
 * @corpus: a loaded corpus
 * @options: (nullable): a pivot and a threshold, or %NULL for the defaults
 * @cancellable: (nullable): a #GCancellable
 *
 * Aligns the body sentences of @corpus into rows (see the comment at the
 * top of this file) and diffs each row against its reference.
 *
 * Returns: (transfer full) (nullable): the alignment, or %NULL if
 *   cancelled
 */
PlxAlignment *
plx_align_corpus (PlxCorpus             *corpus,
                  const PlxAlignOptions *options,
                  GCancellable          *cancellable)
{
  g_autoptr(PlxSimilarity) similarity = plx_similarity_new ();
  g_autoptr(PlxAlignment) alignment = NULL;
  g_autoptr(GArray) pairs = NULL;
  g_autoptr(GArray) placed = g_array_new (FALSE, FALSE, sizeof (PlacedRow));
  g_autofree guint *root_pivot_sentence = NULL;
  double threshold = options != NULL && options->threshold > 0 ? options->threshold : PLX_SIMILARITY_THRESHOLD;
  g_autoptr(GPtrArray) copies = NULL;
  g_autoptr(GPtrArray) versions = NULL;
  PlxArticle *pivot;
  Aligner aligner = { 0 };
  guint n_articles;

  g_return_val_if_fail (PLX_IS_CORPUS (corpus), NULL);

  copies = plx_find_copies (corpus, cancellable);
  versions = plx_find_versions (corpus);
  pivot = choose_pivot (corpus, options != NULL ? options->pivot : NULL, copies, versions);
  alignment = plx_alignment_new (corpus, pivot);
  plx_alignment_set_copies (alignment, g_steal_pointer (&copies));
  plx_alignment_set_versions (alignment, g_steal_pointer (&versions));

  aligner.items = g_array_new (FALSE, FALSE, sizeof (Item));
  aligner.scores = g_hash_table_new_full (pair_hash, g_int64_equal, g_free, g_free);
  collect_items (&aligner, corpus, similarity);
  pairs = score_candidates (&aligner, similarity, cancellable);
  cluster (&aligner, pairs, threshold);
  attach_split_statements (&aligner, threshold);
  aligner.corrected = g_new0 (gboolean, MAX (aligner.items->len, 1));
  plx_aligner_apply_corrections (&aligner, corpus, options != NULL ? options->corrections : NULL, alignment);
  n_articles = count_articles_with_body (&aligner);

  /* Which pivot sentence each row holds, for placing the others. */
  root_pivot_sentence = g_new (guint, MAX (aligner.items->len, 1));
  for (guint i = 0; i < aligner.items->len; i++)
    root_pivot_sentence[i] = G_MAXUINT;
  for (guint i = 0; i < aligner.items->len; i++)
    {
      const Item *item = &g_array_index (aligner.items, Item, i);

      if (item->article == pivot)
        root_pivot_sentence[plx_aligner_find_root (&aligner, i)] = item->sentence;
    }

  for (guint i = 0; i < aligner.items->len && !g_cancellable_is_cancelled (cancellable); i++)
    {
      PlacedRow entry;

      if (aligner.clusters[i] == NULL)
        continue;
      entry.position = place_row (&aligner, aligner.clusters[i], pivot, root_pivot_sentence);
      entry.order = i;
      entry.row = build_row (&aligner, aligner.clusters[i], n_articles, pivot);
      for (guint m = 0; m < aligner.clusters[i]->len; m++)
        if (aligner.corrected[g_array_index (aligner.clusters[i], guint, m)])
          plx_row_set_corrected (entry.row, TRUE);
      g_array_append_val (placed, entry);
    }

  g_array_sort (placed, compare_placed);
  for (guint i = 0; i < placed->len; i++)
    {
      PlxRow *row = g_array_index (placed, PlacedRow, i).row;

      plx_row_set_id (row, i);
      plx_alignment_append_row (alignment, row);
      g_object_unref (row);
    }

  aligner_clear (&aligner);

  if (g_cancellable_is_cancelled (cancellable))
    return NULL;

  plx_aligner_apply_notes (corpus, options != NULL ? options->corrections : NULL, alignment);

  return g_steal_pointer (&alignment);
}
