/* plx-pair-score.c: the same-statement and same-event scores of a pair
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>
#include <string.h>

#include "plx-data.h"
#include "plx-pair-score.h"

/* Two scores of a sentence pair, each a logistic model over the pair
 * features below (after Madnani, Tetreault and Chodorow, NAACL 2012: MT
 * metrics and logistic regression):
 *
 *   same statement  the two sentences state the same thing (a paraphrase,
 *                   fitted on MSRP); the aligner does not use it yet:
 *                   its rows need looser matches (src/README.md, "The
 *                   two pair scores");
 *   same event      the two tell of the same event (looser, fitted on the
 *                   ECB+ event coreference pairs).
 *
 * p = 1 / (1 + e^-(bias + sum w_k (x_k - mean_k) / scale_k)); the weights,
 * means, scales and decision thresholds are data, written by
 * tests/eval/pair-model.py --write into data/rules/pair-model.json.
 *
 * The features, over the word sequences (lowercased norms) unless said:
 * the old similarity (plx-similarity.c) and its parts; n-gram F-measure
 * for n = 1..4 and the unigram/bigram precision and recall (the lower and
 * the higher of the two directions: pairs have no order); a METEOR-like
 * alignment (exact norm, then stem, then a shared WordNet sense) with its
 * fragmentation (chunks / matches); the word edit rate (Levenshtein over
 * stems / mean length, like TER without shifts) and the longest common
 * subsequence over the longer length; the lengths; numbers and names
 * shared and in one sentence only; a negation in one sentence only
 * (data/rules/negation.txt); quoted words; content words and their IDF
 * (from the corpus's own sentences) matched in each direction, and the
 * rarest content word left unmatched; two interactions with length; the
 * shared words' document frequencies (how much of the corpus holds them);
 * and the corpus's focus (plx_similarity_get_focus()), the old similarity
 * times it, the log of the number of sentences and the share of its pairs
 * of sentences across articles that match (plx_similarity_get_match_share()). */

#define MAX_WORDS 256

/* A sentence and its denial ("it would close" / "it would not close")
 * never state the same thing: the statement score of a pair with a
 * negation word in one sentence only, and at least DENIAL_OVERLAP of each
 * sentence's content words in the other, is at most NEGATED_CAP of the
 * threshold. MSRP holds too few such pairs for the fit to learn it (its
 * weight alone leaves "it would close" / "it would not close" at 0.99).
 * The cap is kept to denials: MSRP's annotators call most pairs that
 * differ in a negation and in other words too the same statement ("some
 * of the passengers were thrown out" / "no passenger was ejected, but
 * some were thrown out"), and capping every such pair cost 0.45 points of
 * accuracy; at 0.9 it costs 0.05 (seen on all of MSRP, so the cross-
 * validated figure of tests/eval/pair-model.py, which applies the same
 * cap, is that much optimistic). */
#define NEGATED_CAP 0.9
#define DENIAL_OVERLAP 0.9
#define FEATURE_NEGATION_MISMATCH 24
#define FEATURE_CONTENT_MIN 27

static const char *const feature_names[] = {
  "similarity", "trigram_dice", "idf_dice", "concept_dice",
  "ngram1_f", "ngram2_f", "ngram3_f", "ngram4_f",
  "ngram1_min", "ngram1_max", "ngram2_min",
  "meteor", "fragmentation", "meteor_min",
  "edit_rate", "lcs_ratio",
  "length_ratio", "length_diff", "log_length",
  "numbers_shared", "numbers_only", "numbers_disjoint",
  "names_shared", "names_only",
  "negation_mismatch", "quote_dice", "quotes_both",
  "content_min", "content_max", "idf_min", "idf_max",
  "unmatched_max_idf", "shared_log", "idf_shared_norm",
  "idf_dice_x_length", "meteor_x_length", "shared_df",
  "focus", "similarity_x_focus", "log_sentences", "corpus_matches",
  NULL
};

G_STATIC_ASSERT (G_N_ELEMENTS (feature_names) == PLX_PAIR_N_FEATURES + 1);
G_STATIC_ASSERT (FEATURE_NEGATION_MISMATCH < PLX_PAIR_N_FEATURES);

typedef struct
{
  double bias;
  double threshold;
  double weights[PLX_PAIR_N_FEATURES];
  double means[PLX_PAIR_N_FEATURES];
  double scales[PLX_PAIR_N_FEATURES];
} Model;

typedef struct
{
  Model models[2];
} Data;

/**
 * plx_pair_feature_names:
 *
 * Returns: (transfer none): the names of the pair features, in the order
 *   plx_pair_features() gives them, %NULL-terminated
 */
const char *const *
plx_pair_feature_names (void)
{
  return feature_names;
}

static void
read_numbers (JsonObject *object,
              const char *member,
              const char *model,
              double     *values)
{
  JsonArray *array = json_object_get_array_member (object, member);

  if (array == NULL || json_array_get_length (array) != PLX_PAIR_N_FEATURES)
    g_error ("Parallax data file pair-model.json is broken: %s.%s needs %d numbers",
             model, member, PLX_PAIR_N_FEATURES);
  for (guint i = 0; i < PLX_PAIR_N_FEATURES; i++)
    values[i] = json_array_get_double_element (array, i);
}

static void
read_model (JsonObject *root,
            const char *name,
            Model      *model)
{
  JsonObject *object = json_object_get_object_member (root, name);

  if (object == NULL)
    g_error ("Parallax data file pair-model.json is broken: no model %s", name);
  model->bias = json_object_get_double_member (object, "bias");
  model->threshold = json_object_get_double_member_with_default (object, "threshold", 0.5);
  read_numbers (object, "weights", name, model->weights);
  read_numbers (object, "means", name, model->means);
  read_numbers (object, "scales", name, model->scales);
}

static gpointer
load_data (gpointer unused)
{
  g_autoptr(JsonObject) root = plx_data_load_json ("pair-model.json");
  JsonArray *names = json_object_get_array_member (root, "features");
  Data *data = g_new0 (Data, 1);

  /* The model must be fitted on the features this program computes. */
  if (names == NULL || json_array_get_length (names) != PLX_PAIR_N_FEATURES)
    g_error ("Parallax data file pair-model.json is broken: it needs the %d features of plx-pair-score.c",
             PLX_PAIR_N_FEATURES);
  for (guint i = 0; i < PLX_PAIR_N_FEATURES; i++)
    if (g_strcmp0 (json_array_get_string_element (names, i), feature_names[i]) != 0)
      g_error ("Parallax data file pair-model.json is broken: feature %u is %s, not %s",
               i, json_array_get_string_element (names, i), feature_names[i]);

  g_assert (strcmp (feature_names[FEATURE_NEGATION_MISMATCH], "negation_mismatch") == 0);
  g_assert (strcmp (feature_names[FEATURE_CONTENT_MIN], "content_min") == 0);
  read_model (root, "statement", &data->models[PLX_PAIR_STATEMENT]);
  read_model (root, "event", &data->models[PLX_PAIR_EVENT]);

  return data;
}

static const Data *
get_data (void)
{
  static GOnce once = G_ONCE_INIT;

  return g_once (&once, load_data, NULL);
}

static gpointer
load_negations (gpointer unused)
{
  return plx_data_load_words ("negation.txt");
}

/* Apart from the model, so that the features can be computed (and a new
 * model fitted on them) while pair-model.json is stale. */
static GHashTable *
get_negations (void)
{
  static GOnce once = G_ONCE_INIT;

  return g_once (&once, load_negations, NULL);
}

/* Hashes of the n-grams of @words, sorted. */
static GArray *
ngrams (const guint *words,
        guint        n_words,
        guint        n)
{
  GArray *hashes = g_array_new (FALSE, FALSE, sizeof (guint64));

  for (guint i = 0; i + n <= n_words; i++)
    {
      guint64 hash = 1469598103934665603ull;

      for (guint k = 0; k < n; k++)
        hash = (hash ^ words[i + k]) * 1099511628211ull;
      g_array_append_val (hashes, hash);
    }

  return hashes;
}

static int
compare_uint64 (gconstpointer a,
                gconstpointer b)
{
  guint64 x = *(const guint64 *) a;
  guint64 y = *(const guint64 *) b;

  return x < y ? -1 : x > y;
}

/* The clipped count of n-grams the two share: a multiset intersection. */
static guint
shared_ngrams (const PlxFeatures *a,
               const PlxFeatures *b,
               guint              n,
               guint             *n_a,
               guint             *n_b)
{
  g_autoptr(GArray) x = ngrams (a->words, MIN (a->n_words, MAX_WORDS), n);
  g_autoptr(GArray) y = ngrams (b->words, MIN (b->n_words, MAX_WORDS), n);
  guint i = 0, j = 0, shared = 0;

  g_array_sort (x, compare_uint64);
  g_array_sort (y, compare_uint64);
  while (i < x->len && j < y->len)
    {
      guint64 p = g_array_index (x, guint64, i), q = g_array_index (y, guint64, j);

      if (p < q)
        i++;
      else if (q < p)
        j++;
      else
        shared++, i++, j++;
    }

  *n_a = x->len;
  *n_b = y->len;
  return shared;
}

static double
harmonic (double p,
          double r)
{
  return p + r > 0 ? 2 * p * r / (p + r) : 0;
}

static gboolean
share_sense (const PlxFeatures *a,
             guint              i,
             const PlxFeatures *b,
             guint              j)
{
  guint a_end = i + 1 < a->n_words ? a->sense_starts[i + 1] : a->n_senses;
  guint b_end = j + 1 < b->n_words ? b->sense_starts[j + 1] : b->n_senses;

  for (guint s = a->sense_starts[i]; s < a_end; s++)
    for (guint t = b->sense_starts[j]; t < b_end; t++)
      if (a->senses[s] == b->senses[t])
        return TRUE;

  return FALSE;
}

/* METEOR's alignment, greedy: exact norms, then stems, then WordNet
 * senses, each word matched once. Returns the matches; @chunks is the
 * number of runs that are contiguous and in order in both. */
static guint
meteor_align (const PlxFeatures *a,
              const PlxFeatures *b,
              guint              n_a,
              guint              n_b,
              guint             *chunks)
{
  int match[MAX_WORDS];
  gboolean taken[MAX_WORDS] = { FALSE };
  guint matches = 0;

  for (guint i = 0; i < n_a; i++)
    match[i] = -1;

  for (guint stage = 0; stage < 3; stage++)
    for (guint i = 0; i < n_a; i++)
      {
        if (match[i] >= 0)
          continue;
        for (guint j = 0; j < n_b; j++)
          {
            gboolean same;

            if (taken[j])
              continue;
            if (stage == 0)
              same = a->words[i] == b->words[j];
            else if (stage == 1)
              same = a->word_stems[i] == b->word_stems[j];
            else
              same = share_sense (a, i, b, j);
            if (same)
              {
                match[i] = (int) j;
                taken[j] = TRUE;
                matches++;
                break;
              }
          }
      }

  *chunks = 0;
  for (guint i = 0; i < n_a; i++)
    if (match[i] >= 0 && (i == 0 || match[i - 1] < 0 || match[i - 1] + 1 != match[i]))
      (*chunks)++;

  return matches;
}

/* Levenshtein distance and longest common subsequence over the stems. */
static void
edit_and_lcs (const PlxFeatures *a,
              const PlxFeatures *b,
              guint              n_a,
              guint              n_b,
              guint             *distance,
              guint             *lcs)
{
  g_autofree guint *d = g_new (guint, 2 * (n_b + 1));
  g_autofree guint *l = g_new (guint, 2 * (n_b + 1));

  for (guint j = 0; j <= n_b; j++)
    d[j] = j, l[j] = 0;
  for (guint i = 1; i <= n_a; i++)
    {
      guint *dp = d + ((i - 1) % 2) * (n_b + 1), *dc = d + (i % 2) * (n_b + 1);
      guint *lp = l + ((i - 1) % 2) * (n_b + 1), *lc = l + (i % 2) * (n_b + 1);

      dc[0] = i;
      lc[0] = 0;
      for (guint j = 1; j <= n_b; j++)
        {
          gboolean same = a->word_stems[i - 1] == b->word_stems[j - 1];

          dc[j] = MIN (MIN (dp[j] + 1, dc[j - 1] + 1), dp[j - 1] + (same ? 0 : 1));
          lc[j] = same ? lp[j - 1] + 1 : MAX (lp[j], lc[j - 1]);
        }
    }

  *distance = d[(n_a % 2) * (n_b + 1) + n_b];
  *lcs = l[(n_a % 2) * (n_b + 1) + n_b];
}

static gboolean
contains (const guint *set,
          guint        n,
          guint        id)
{
  guint lo = 0, hi = n;

  while (lo < hi)
    {
      guint mid = (lo + hi) / 2;

      if (set[mid] == id)
        return TRUE;
      if (set[mid] < id)
        lo = mid + 1;
      else
        hi = mid;
    }

  return FALSE;
}

typedef struct
{
  double idf_shared;
  double idf_total;
  guint  shared;
  guint  total;
  double unmatched_max;
} Side;

/* @a's content terms: how many (and how much IDF) @b has too. */
static Side
side_overlap (PlxSimilarity *similarity,
              const guint   *a,
              guint          n_a,
              const guint   *b,
              guint          n_b)
{
  Side side = { 0 };

  for (guint i = 0; i < n_a; i++)
    {
      double idf = plx_similarity_idf (similarity, a[i]);

      side.total++;
      side.idf_total += idf;
      if (contains (b, n_b, a[i]))
        side.shared++, side.idf_shared += idf;
      else
        side.unmatched_max = MAX (side.unmatched_max, idf);
    }

  return side;
}

static guint
count_negations (PlxSimilarity     *similarity,
                 const PlxFeatures *f)
{
  GHashTable *negations = get_negations ();
  guint n = 0;

  for (guint i = 0; i < f->n_words; i++)
    {
      const char *word = plx_similarity_get_string (similarity, f->words[i]);

      if (g_hash_table_contains (negations, word) ||
          g_str_has_suffix (word, "n't") || g_str_has_suffix (word, "n’t"))
        n++;
    }

  return n;
}

static guint
count_flagged (const PlxFeatures *f,
               guint              flag)
{
  guint n = 0;

  for (guint i = 0; i < f->n_words; i++)
    n += (f->word_flags[i] & flag) != 0;

  return n;
}

/* Quoted content stems of @a that @b quotes too, and how many @a quotes. */
static guint
shared_quoted (const PlxFeatures *a,
               const PlxFeatures *b,
               guint             *n_a)
{
  guint shared = 0;

  *n_a = 0;
  for (guint i = 0; i < a->n_quoted; i++)
    {
      (*n_a)++;
      shared += contains (b->quoted, b->n_quoted, a->quoted[i]);
    }

  return shared;
}

static guint
count_common (const guint *a,
              guint        n_a,
              const guint *b,
              guint        n_b)
{
  guint shared = 0;

  for (guint i = 0; i < n_a; i++)
    shared += contains (b, n_b, a[i]);

  return shared;
}

/* The shared concepts' document frequencies over the number of
 * sentences, summed: IDF's opposite. Words that most sentences of the
 * corpus hold are the story's own ("rehab", "quake", the name of the man
 * hired), so two sentences that share them likely tell of its event. */
static double
shared_df (PlxSimilarity     *similarity,
           const PlxFeatures *a,
           const PlxFeatures *b)
{
  double n_docs = MAX (1, plx_similarity_get_n_docs (similarity));
  double sum = 0;

  for (guint i = 0; i < a->n_concepts; i++)
    if (contains (b->concepts, b->n_concepts, a->concepts[i]))
      sum += MIN (1.0, plx_similarity_get_df (similarity, a->concepts[i]) / n_docs);

  return sum;
}

static double
ratio (double x,
       double y)
{
  return y > 0 ? x / y : 0;
}

/**
 * plx_pair_features:
 * @similarity: the #PlxSimilarity that described both sentences
 * @a: a sentence's features
 * @b: another's
 * @values: (out caller-allocates) (array fixed-size=41): the pair
 *   features, in the order of plx_pair_feature_names()
 *
 * Computes the features both scores weigh (see the top of this file).
 */
void
plx_pair_features (PlxSimilarity     *similarity,
                   const PlxFeatures *a,
                   const PlxFeatures *b,
                   double            *values)
{
  guint n_a = MIN (a->n_words, MAX_WORDS), n_b = MIN (b->n_words, MAX_WORDS);
  double max_idf = log (2.0 + plx_similarity_get_n_docs (similarity));
  double mean_length = (n_a + n_b) / 2.0;
  double log_length = log1p (mean_length);
  double focus = plx_similarity_get_focus (similarity);
  Side ta = side_overlap (similarity, a->terms, a->n_terms, b->terms, b->n_terms);
  Side tb = side_overlap (similarity, b->terms, b->n_terms, a->terms, a->n_terms);
  Side ca = side_overlap (similarity, a->concepts, a->n_concepts, b->concepts, b->n_concepts);
  Side cb = side_overlap (similarity, b->concepts, b->n_concepts, a->concepts, a->n_concepts);
  guint shared_grams = count_common (a->grams, a->n_grams, b->grams, b->n_grams);
  guint shared_numbers = count_common (a->numbers, a->n_numbers, b->numbers, b->n_numbers);
  guint shared_names = count_common (a->names, a->n_names, b->names, b->n_names);
  guint quoted_a, quoted_b, quoted_shared = shared_quoted (a, b, &quoted_a);
  guint matches, chunks, distance, lcs, neg_a, neg_b;
  double ngram_p[3] = { 0 }, ngram_r[3] = { 0 }, p, r, meteor_f, idf_dice;
  guint k = 0;

  (void) shared_quoted (b, a, &quoted_b);

  values[k++] = plx_similarity_score (similarity, a, b);
  values[k++] = ratio (2.0 * shared_grams, a->n_grams + b->n_grams);
  idf_dice = ratio (ta.idf_shared + tb.idf_shared, ta.idf_total + tb.idf_total);
  values[k++] = idf_dice;
  values[k++] = ratio (ca.idf_shared + cb.idf_shared, ca.idf_total + cb.idf_total);

  for (guint n = 1; n <= 4; n++)
    {
      guint count_a, count_b, shared = shared_ngrams (a, b, n, &count_a, &count_b);

      p = ratio (shared, count_a);
      r = ratio (shared, count_b);
      if (n <= 2)
        ngram_p[n] = p, ngram_r[n] = r;
      values[k++] = harmonic (p, r);
    }
  values[k++] = MIN (ngram_p[1], ngram_r[1]);
  values[k++] = MAX (ngram_p[1], ngram_r[1]);
  values[k++] = MIN (ngram_p[2], ngram_r[2]);

  matches = meteor_align (a, b, n_a, n_b, &chunks);
  p = ratio (matches, n_a);
  r = ratio (matches, n_b);
  meteor_f = harmonic (p, r) * (1.0 - 0.5 * pow (ratio (chunks, matches), 3));
  values[k++] = meteor_f;
  values[k++] = matches > 0 ? (double) chunks / matches : 1.0;
  values[k++] = MIN (p, r);

  edit_and_lcs (a, b, n_a, n_b, &distance, &lcs);
  values[k++] = ratio (distance, mean_length);
  values[k++] = ratio (lcs, MAX (n_a, n_b));

  values[k++] = ratio (MIN (n_a, n_b), MAX (n_a, n_b));
  values[k++] = log1p (ABS ((int) n_a - (int) n_b));
  values[k++] = log_length;

  values[k++] = log1p (shared_numbers);
  values[k++] = log1p (a->n_numbers + b->n_numbers - 2 * shared_numbers);
  values[k++] = a->n_numbers > 0 && b->n_numbers > 0 && shared_numbers == 0;

  values[k++] = log1p (shared_names);
  values[k++] = log1p (a->n_names + b->n_names - 2 * shared_names);

  neg_a = count_negations (similarity, a);
  neg_b = count_negations (similarity, b);
  values[k++] = (neg_a > 0) != (neg_b > 0);
  values[k++] = ratio (2.0 * quoted_shared, quoted_a + quoted_b);
  values[k++] = count_flagged (a, PLX_WORD_QUOTED) > 0 && count_flagged (b, PLX_WORD_QUOTED) > 0;

  values[k++] = MIN (ratio (ta.shared, ta.total), ratio (tb.shared, tb.total));
  values[k++] = MAX (ratio (ta.shared, ta.total), ratio (tb.shared, tb.total));
  values[k++] = MIN (ratio (ta.idf_shared, ta.idf_total), ratio (tb.idf_shared, tb.idf_total));
  values[k++] = MAX (ratio (ta.idf_shared, ta.idf_total), ratio (tb.idf_shared, tb.idf_total));
  values[k++] = MAX (ta.unmatched_max, tb.unmatched_max) / max_idf;
  values[k++] = log1p (ca.shared);
  values[k++] = ta.idf_shared / max_idf;
  values[k++] = idf_dice * log_length;
  values[k++] = meteor_f * log_length;
  values[k++] = shared_df (similarity, a, b);

  /* The corpus: how focused it is and how large. Constant within one
   * corpus, they let the event model read a pair's overlap against how
   * much any two sentences of this corpus share (in a corpus about one
   * event, most pairs tell of it): last, the share of its pairs across
   * articles that match (plx_similarity_measure_corpus()). */
  values[k++] = focus;
  values[k++] = values[0] * focus;
  values[k++] = log1p (plx_similarity_get_n_docs (similarity));
  values[k++] = plx_similarity_get_match_share (similarity);

  g_assert (k == PLX_PAIR_N_FEATURES);
}

/**
 * plx_pair_score_values:
 * @model: which score
 * @values: (array fixed-size=41): features from plx_pair_features()
 *
 * Returns: the probability, in [0, 1], that the pair is the same
 *   statement (or event)
 */
double
plx_pair_score_values (PlxPairModel  model,
                       const double *values)
{
  const Model *m = &get_data ()->models[model];
  double z = m->bias, p;

  for (guint i = 0; i < PLX_PAIR_N_FEATURES; i++)
    if (m->scales[i] > 0)
      z += m->weights[i] * (values[i] - m->means[i]) / m->scales[i];
  p = 1.0 / (1.0 + exp (-z));

  if (model == PLX_PAIR_STATEMENT && values[FEATURE_NEGATION_MISMATCH] > 0 &&
      values[FEATURE_CONTENT_MIN] >= DENIAL_OVERLAP)
    p = MIN (p, NEGATED_CAP * m->threshold);

  return p;
}

/**
 * plx_pair_score:
 * @similarity: the #PlxSimilarity that described both sentences
 * @model: which score
 * @a: a sentence's features
 * @b: another's
 *
 * Returns: the score of the pair, in [0, 1]; it matches from
 *   plx_pair_threshold()
 */
double
plx_pair_score (PlxSimilarity     *similarity,
                PlxPairModel       model,
                const PlxFeatures *a,
                const PlxFeatures *b)
{
  double values[PLX_PAIR_N_FEATURES];

  plx_pair_features (similarity, a, b, values);

  return plx_pair_score_values (model, values);
}

/**
 * plx_pair_threshold:
 * @model: which score
 *
 * Returns: the score from which the pair is the same statement (or
 *   event): the model's documented decision
 */
double
plx_pair_threshold (PlxPairModel model)
{
  return get_data ()->models[model].threshold;
}
