/* plx-cli-similarity.c: parallax-cli similarity
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <stdio.h>
#include <string.h>

#include "plx-cli.h"
#include "plx-pair-score.h"
#include "plx-similarity.h"

/* Reads "text1<TAB>text2" lines from standard input and prints
 * "score<TAB>decision" for each: the same-statement score, or with --event
 * the same-event score, each with its own decision (plx-pair-score.c; the
 * window's rows are still decided by plx_similarity_score()). --features prints the pair features
 * instead, as TSV with a header, for tests/eval/pair-model.py. The IDF
 * comes from all the sentences read, as in a corpus, and so does the share
 * of their pairs that match (plx_similarity_measure_corpus()). */

static void
print_features (PlxSimilarity     *similarity,
                const PlxFeatures *a,
                const PlxFeatures *b)
{
  double values[PLX_PAIR_N_FEATURES];

  plx_pair_features (similarity, a, b, values);
  for (guint k = 0; k < PLX_PAIR_N_FEATURES; k++)
    printf ("%s%.6g", k > 0 ? "\t" : "", values[k]);
  printf ("\n");
}

int
plx_cli_similarity (int    argc,
                    char **argv)
{
  g_autoptr(PlxSimilarity) similarity = plx_similarity_new ();
  g_autoptr(GPtrArray) features = g_ptr_array_new_with_free_func ((GDestroyNotify) plx_features_free);
  g_autoptr(GPtrArray) corpus = g_ptr_array_new ();
  g_autoptr(GHashTable) seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GString) line = g_string_new (NULL);
  g_autofree char *language = NULL;
  double threshold = -1;
  gboolean event = FALSE, features_only = FALSE;
  PlxPairModel model;
  guint n_pairs = 0;
  int c;
  GOptionEntry entries[] = {
    { "lang", 'l', 0, G_OPTION_ARG_STRING, &language,
      /* Translators: parallax-cli --help; CODE names the option’s value, a
       * language code such as en or de
       */
      N_("Language of the sentences (default: English)"), N_("CODE") },
    { "threshold", 't', 0, G_OPTION_ARG_DOUBLE, &threshold,
      /* Translators: parallax-cli --help; SCORE names the option’s value, a
       * number from 0 to 1
       */
      N_("Score from which two sentences match (default: the model's)"), N_("SCORE") },
    { "event", 'e', 0, G_OPTION_ARG_NONE, &event,
      /* Translators: parallax-cli similarity --help */
      N_("Score whether the sentences tell of the same event, not the same statement"), NULL },
    { "features", 'f', 0, G_OPTION_ARG_NONE, &features_only,
      /* Translators: parallax-cli similarity --help; TSV is tab-separated values */
      N_("Print the pair features as TSV with a header instead of scores"), NULL },
    { NULL }
  };

  /* Translators: the usage line of parallax-cli similarity, which takes no
   * argument, after the options
   */
  if (plx_cli_parse_options (&argc, &argv, _("— score sentence pairs read from standard input"),
                             /* Translators: TEXT1, TEXT2, SCORE and
                              * DECISION name the columns of the input and
                              * output; <TAB> is the tab character.
                              * Translate SCORE as the option value in --help
                              */
                             _("Each input line is TEXT1<TAB>TEXT2; each output line is SCORE<TAB>DECISION,\n"
                               "where DECISION is 1 when the two sentences state the same thing\n"
                               "(with --event: tell of the same event)."),
                             entries) != PLX_EXIT_OK)
    return PLX_EXIT_USAGE;
  if (argc != 1)
    return plx_cli_usage_error (_("similarity: reads standard input and takes no file"));

  /* All sentences first, so that the document frequencies are complete. */
  while ((c = getchar ()) != EOF || line->len > 0)
    {
      if (c != '\n' && c != EOF)
        {
          g_string_append_c (line, (char) c);
          continue;
        }

      {
        char *tab = strchr (line->str, '\t');
        char *texts[2];

        if (line->len > 0 && line->str[line->len - 1] == '\r')
          g_string_truncate (line, line->len - 1);
        if (tab == NULL)
          {
            /* Translators: an error of parallax-cli similarity: “line 4:
             * expected TEXT1<TAB>TEXT2”, where <TAB> is the tab character
             */
            g_printerr ("parallax-cli: %s %u: %s\n", _("line"), n_pairs + 1, _("expected TEXT1<TAB>TEXT2"));
            return PLX_EXIT_USAGE;
          }
        *tab = '\0';
        texts[0] = line->str;
        texts[1] = tab + 1;
        for (guint i = 0; i < 2; i++)
          {
            /* A sentence repeated in many pairs is one sentence of the corpus. */
            if (g_hash_table_add (seen, g_strdup (texts[i])))
              {
                g_ptr_array_add (features, plx_similarity_add_sentence (similarity, texts[i], -1, language));
                g_ptr_array_add (corpus, g_ptr_array_index (features, features->len - 1));
              }
            else
              g_ptr_array_add (features, plx_similarity_describe (similarity, texts[i], -1, language));
          }
        n_pairs++;
        g_string_truncate (line, 0);
      }

      if (c == EOF)
        break;
    }

  /* The articles are not known: any two sentences count. */
  plx_similarity_measure_corpus (similarity, corpus, NULL);

  model = event ? PLX_PAIR_EVENT : PLX_PAIR_STATEMENT;
  /* --features needs no model: it is how a new one is fitted. */
  if (threshold < 0 && !features_only)
    threshold = plx_pair_threshold (model);
  if (features_only)
    {
      g_autofree char *header = g_strjoinv ("\t", (char **) plx_pair_feature_names ());

      printf ("%s\n", header);
    }

  for (guint i = 0; i < n_pairs; i++)
    {
      const PlxFeatures *a = g_ptr_array_index (features, 2 * i);
      const PlxFeatures *b = g_ptr_array_index (features, 2 * i + 1);
      double score;

      if (features_only)
        {
          print_features (similarity, a, b);
          continue;
        }
      score = plx_pair_score (similarity, model, a, b);
      printf ("%.4f\t%d\n", score, score >= threshold);
    }

  return PLX_EXIT_OK;
}
