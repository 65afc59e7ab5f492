/* test-pair-score.c: the same-statement and same-event scores of a pair
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>

#include "plx-data.h"
#include "plx-pair-score.h"
#include "plx-test-util.h"

/* Pairs a reader would judge at a glance, in each language the engine
 * reads: the same statement in other words, an unrelated statement of
 * the same corpus, and the statement denied. The sentences of one
 * language are one corpus (their IDF), as in parallax-cli similarity. */
typedef enum
{
  SAME,
  UNRELATED,
  NEGATED,
} Expect;

typedef struct
{
  const char *language;
  const char *a;
  const char *b;
  Expect      expect;
} Pair;

static const Pair pairs[] = {
  { "en", "The minister said the talks would resume in Geneva next week.",
    "Talks will resume in Geneva next week, the minister said.", SAME },
  { "en", "The minister said the talks would resume in Geneva next week.",
    "Heavy rain flooded several roads in the north of the country.", UNRELATED },
  { "en", "The company said it would close the factory in March.",
    "The company said it would not close the factory in March.", NEGATED },
  { "en", "The company said it would close the factory in March.",
    "The factory will close in March, the company said.", SAME },

  { "de", "Der Zoll auf indische Stahlimporte sinkt damit von 25 Prozent auf 12 Prozent.",
    "Der Zoll auf Stahlimporte aus Indien sinkt von 25 Prozent auf 12 Prozent.", SAME },
  { "de", "Der Zoll auf indische Stahlimporte sinkt damit von 25 Prozent auf 12 Prozent.",
    "Kritiker in Frankreich und Italien warnen vor billigen Importen.", UNRELATED },
  { "de", "Die Regierung sagte, sie werde das Werk im März schließen.",
    "Die Regierung sagte, sie werde das Werk im März nicht schließen.", NEGATED },

  { "hi", "भारत और यूरोपीय संघ ने मंगलवार को इस्पात पर लगने वाले शुल्क में बड़ी कटौती पर सहमति जताई।",
    "यूरोपीय संघ और भारत ने मंगलवार को इस्पात पर लगने वाले शुल्क में बड़ी कटौती पर सहमति जताई।", SAME },
  { "hi", "भारत और यूरोपीय संघ ने मंगलवार को इस्पात पर लगने वाले शुल्क में बड़ी कटौती पर सहमति जताई।",
    "उद्योग जगत ने इस फैसले का स्वागत किया है।", UNRELATED },
  { "hi", "सरकार ने कहा कि वह मार्च में कारखाना बंद करेगी।",
    "सरकार ने कहा कि वह मार्च में कारखाना बंद नहीं करेगी।", NEGATED },
};

/* The same statement with the same figure, and with another: outlets
 * that disagree on a number state less nearly the same thing. */
typedef struct
{
  const char *language;
  const char *a;
  const char *same;
  const char *other;
} Numbers;

static const Numbers numbers[] = {
  { "en", "The tariff on Indian steel falls from 25 percent to 12 percent.",
    "The duty on steel from India drops from 25 percent to 12 percent.",
    "The duty on steel from India drops from 25 percent to 10 percent." },
  { "de", "Der Zoll auf indische Stahlimporte sinkt damit von 25 Prozent auf 12 Prozent.",
    "Der Zoll auf Stahlimporte aus Indien sinkt von 25 Prozent auf 12 Prozent.",
    "Der Zoll auf Stahlimporte aus Indien sinkt von 25 Prozent auf 10 Prozent." },
  { "hi", "भारतीय इस्पात पर शुल्क 25 प्रतिशत से घटकर 12 प्रतिशत हो जाएगा।",
    "भारतीय इस्पात पर लगने वाला शुल्क 25 प्रतिशत से घटकर 12 प्रतिशत होगा।",
    "भारतीय इस्पात पर लगने वाला शुल्क 25 प्रतिशत से घटकर 10 प्रतिशत होगा।" },
};

/* One language's corpus: every sentence of the tables in it, once. */
typedef struct
{
  PlxSimilarity *similarity;
  GHashTable    *features;  /* text -> PlxFeatures */
} Corpus;

static void
corpus_add (Corpus     *corpus,
            const char *text,
            const char *language)
{
  if (!g_hash_table_contains (corpus->features, text))
    g_hash_table_insert (corpus->features, (gpointer) text,
                         plx_similarity_add_sentence (corpus->similarity, text, -1, language));
}

static Corpus *
corpus_new (const char *language)
{
  Corpus *corpus = g_new0 (Corpus, 1);
  g_autoptr(GPtrArray) sentences = g_ptr_array_new ();
  GHashTableIter iter;
  gpointer value;

  corpus->similarity = plx_similarity_new ();
  corpus->features = g_hash_table_new_full (g_str_hash, g_str_equal, NULL,
                                            (GDestroyNotify) plx_features_free);
  for (guint i = 0; i < G_N_ELEMENTS (pairs); i++)
    if (g_str_equal (pairs[i].language, language))
      {
        corpus_add (corpus, pairs[i].a, language);
        corpus_add (corpus, pairs[i].b, language);
      }
  for (guint i = 0; i < G_N_ELEMENTS (numbers); i++)
    if (g_str_equal (numbers[i].language, language))
      {
        corpus_add (corpus, numbers[i].a, language);
        corpus_add (corpus, numbers[i].same, language);
        corpus_add (corpus, numbers[i].other, language);
      }

  /* As parallax-cli similarity: any two sentences are of two articles. */
  g_hash_table_iter_init (&iter, corpus->features);
  while (g_hash_table_iter_next (&iter, NULL, &value))
    g_ptr_array_add (sentences, value);
  plx_similarity_measure_corpus (corpus->similarity, sentences, NULL);

  return corpus;
}

static void
corpus_free (Corpus *corpus)
{
  g_hash_table_unref (corpus->features);
  plx_similarity_free (corpus->similarity);
  g_free (corpus);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (Corpus, corpus_free)

static double
score (Corpus       *corpus,
       PlxPairModel  model,
       const char   *a,
       const char   *b)
{
  const PlxFeatures *x = g_hash_table_lookup (corpus->features, a);
  const PlxFeatures *y = g_hash_table_lookup (corpus->features, b);
  double value;

  g_assert_nonnull (x);
  g_assert_nonnull (y);
  value = plx_pair_score (corpus->similarity, model, x, y);
  /* Pairs have no order. */
  g_assert_cmpfloat_with_epsilon (value, plx_pair_score (corpus->similarity, model, y, x), 1e-9);

  return value;
}

/* The paraphrase matches; the unrelated and the denied statement do not. */
static void
test_decisions (gconstpointer data)
{
  const char *language = data;
  g_autoptr(Corpus) corpus = corpus_new (language);
  double threshold = plx_pair_threshold (PLX_PAIR_STATEMENT);
  guint tested = 0;

  for (guint i = 0; i < G_N_ELEMENTS (pairs); i++)
    {
      const Pair *pair = &pairs[i];
      double value;

      if (!g_str_equal (pair->language, language))
        continue;
      value = score (corpus, PLX_PAIR_STATEMENT, pair->a, pair->b);
      g_test_message ("%s: %.4f for “%s” / “%s”", language, value, pair->a, pair->b);
      if (pair->expect == SAME)
        g_assert_cmpfloat (value, >=, threshold);
      else
        g_assert_cmpfloat (value, <, threshold);
      tested++;
    }

  g_assert_cmpuint (tested, >=, 3);
}

static void
test_numbers (gconstpointer data)
{
  const char *language = data;
  g_autoptr(Corpus) corpus = corpus_new (language);

  for (guint i = 0; i < G_N_ELEMENTS (numbers); i++)
    {
      const Numbers *n = &numbers[i];
      double same, other;

      if (!g_str_equal (n->language, language))
        continue;
      same = score (corpus, PLX_PAIR_STATEMENT, n->a, n->same);
      other = score (corpus, PLX_PAIR_STATEMENT, n->a, n->other);
      g_test_message ("%s: %.4f with the same figure, %.4f with another", language, same, other);
      g_assert_cmpfloat (same, >=, plx_pair_threshold (PLX_PAIR_STATEMENT));
      g_assert_cmpfloat (other, <, same - 0.005);
    }
}

/* Whatever the pair, both scores are probabilities and every feature a
 * number: the empty sentence, punctuation, one word, the same sentence. */
static void
test_range (void)
{
  static const char *const texts[] = {
    "", "…", "Yes.", "12", "“Not now,” she said.",
    "The minister said the talks would resume in Geneva next week.",
    "The minister said the talks would resume in Geneva next week.",
    "No, no, no, not ever, never, nobody, nothing.",
  };
  g_autoptr(PlxSimilarity) similarity = plx_similarity_new ();
  g_autoptr(GPtrArray) features = g_ptr_array_new_with_free_func ((GDestroyNotify) plx_features_free);

  for (guint i = 0; i < G_N_ELEMENTS (texts); i++)
    g_ptr_array_add (features, plx_similarity_add_sentence (similarity, texts[i], -1, "en"));

  for (guint i = 0; i < features->len; i++)
    for (guint j = 0; j < features->len; j++)
      {
        double values[PLX_PAIR_N_FEATURES];

        plx_pair_features (similarity, features->pdata[i], features->pdata[j], values);
        for (guint k = 0; k < PLX_PAIR_N_FEATURES; k++)
          g_assert_true (isfinite (values[k]));
        for (PlxPairModel model = PLX_PAIR_STATEMENT; model <= PLX_PAIR_EVENT; model++)
          {
            double value = plx_pair_score_values (model, values);

            g_assert_cmpfloat (value, >=, 0.0);
            g_assert_cmpfloat (value, <=, 1.0);
          }
      }
}

/* The same event reported in other words outranks an unrelated
 * sentence of the same corpus. */
static void
test_event (void)
{
  g_autoptr(Corpus) corpus = corpus_new ("en");
  const char *a = pairs[0].a;

  g_assert_cmpfloat (score (corpus, PLX_PAIR_EVENT, a, pairs[0].b), >,
                     score (corpus, PLX_PAIR_EVENT, a, pairs[1].b) + 0.05);
  g_assert_cmpfloat (score (corpus, PLX_PAIR_EVENT, a, pairs[0].b), >=, plx_pair_threshold (PLX_PAIR_EVENT));
}

static double
match_share (const char *const *texts,
             guint              n_texts,
             const guint       *articles)
{
  g_autoptr(PlxSimilarity) similarity = plx_similarity_new ();
  g_autoptr(GPtrArray) features = g_ptr_array_new_with_free_func ((GDestroyNotify) plx_features_free);

  for (guint i = 0; i < n_texts; i++)
    g_ptr_array_add (features, plx_similarity_add_sentence (similarity, texts[i], -1, "en"));
  plx_similarity_measure_corpus (similarity, features, articles);

  return plx_similarity_get_match_share (similarity);
}

/* The share of a corpus's pairs of sentences across articles that match
 * (a feature of the event score): higher in reports of one event than in
 * a mixed corpus; pairs within an article never count; past 20,000
 * pairs, a sample tells the same. */
static void
test_corpus_matches (void)
{
  static const char *const focused[] = {
    "An earthquake of magnitude 6.1 struck northern Chile on Tuesday.",
    "A magnitude 6.1 earthquake hit northern Chile on Tuesday, officials said.",
    "The earthquake struck northern Chile on Tuesday morning.",
    "Tuesday's earthquake in northern Chile had a magnitude of 6.1.",
  };
  static const char *const mixed[] = {
    "An earthquake of magnitude 6.1 struck northern Chile on Tuesday.",
    "The minister said the talks would resume in Geneva next week.",
    "Heavy rain flooded several roads in the north of the country.",
    "The company said it would close the factory in March.",
  };
  static const char *const twins[] = {
    "The minister said the talks would resume in Geneva next week.",
    "The minister said the talks would resume in Geneva next week.",
    "Heavy rain flooded several roads in the north of the country.",
  };
  static const guint twin_articles[] = { 0, 0, 1 };
  const char *many[300];
  guint many_articles[300];

  g_assert_cmpfloat (match_share (focused, G_N_ELEMENTS (focused), NULL), >,
                     match_share (mixed, G_N_ELEMENTS (mixed), NULL) + 0.5);
  g_assert_cmpfloat_with_epsilon (match_share (twins, G_N_ELEMENTS (twins), NULL), 1.0 / 3, 1e-9);
  g_assert_cmpfloat (match_share (twins, G_N_ELEMENTS (twins), twin_articles), ==, 0.0);

  for (guint i = 0; i < G_N_ELEMENTS (many); i++)
    {
      many[i] = i % 2 == 0 ? twins[0] : twins[2];
      many_articles[i] = i % 3;
    }
  g_assert_cmpfloat_with_epsilon (match_share (many, G_N_ELEMENTS (many), many_articles), 0.5, 0.02);
}

static guint
count_nonzero (JsonObject *model,
               const char *member)
{
  JsonArray *array = json_object_get_array_member (model, member);
  guint n = 0;

  g_assert_cmpuint (json_array_get_length (array), ==, PLX_PAIR_N_FEATURES);
  for (guint i = 0; i < PLX_PAIR_N_FEATURES; i++)
    n += json_array_get_double_element (array, i) != 0;

  return n;
}

/* The bundled model is fitted (not the all-zero placeholder, which scores
 * every pair 0.5) on the features this build computes, in their order. */
static void
test_model_file (void)
{
  g_autoptr(JsonObject) root = plx_data_load_json ("pair-model.json");
  JsonArray *names = json_object_get_array_member (root, "features");
  const char *const *expected = plx_pair_feature_names ();

  g_assert_cmpuint (json_array_get_length (names), ==, PLX_PAIR_N_FEATURES);
  g_assert_cmpuint (g_strv_length ((char **) expected), ==, PLX_PAIR_N_FEATURES);
  for (guint i = 0; i < PLX_PAIR_N_FEATURES; i++)
    g_assert_cmpstr (json_array_get_string_element (names, i), ==, expected[i]);

  for (PlxPairModel model = PLX_PAIR_STATEMENT; model <= PLX_PAIR_EVENT; model++)
    {
      JsonObject *object = json_object_get_object_member (root, model == PLX_PAIR_STATEMENT ? "statement" : "event");
      double threshold = plx_pair_threshold (model);

      g_assert_nonnull (object);
      /* The statement model weighs every pair feature, the event model a
       * few chosen ones (tests/eval/pair-model.py). */
      g_assert_cmpuint (count_nonzero (object, "weights"), >=, model == PLX_PAIR_STATEMENT ? 30 : 5);
      g_assert_cmpuint (count_nonzero (object, "scales"), ==, PLX_PAIR_N_FEATURES);
      g_assert_cmpfloat (threshold, >, 0.0);
      g_assert_cmpfloat (threshold, <, 1.0);
    }
}

int
main (int   argc,
      char *argv[])
{
  static const char *const languages[] = { "en", "de", "hi" };

  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/pair-score/model-file", test_model_file);
  g_test_add_func ("/pair-score/range", test_range);
  g_test_add_func ("/pair-score/event", test_event);
  g_test_add_func ("/pair-score/corpus-matches", test_corpus_matches);
  for (guint i = 0; i < G_N_ELEMENTS (languages); i++)
    {
      g_autofree char *decisions = g_strdup_printf ("/pair-score/decisions/%s", languages[i]);
      g_autofree char *figures = g_strdup_printf ("/pair-score/numbers/%s", languages[i]);

      g_test_add_data_func (decisions, languages[i], test_decisions);
      g_test_add_data_func (figures, languages[i], test_numbers);
    }

  return g_test_run ();
}
