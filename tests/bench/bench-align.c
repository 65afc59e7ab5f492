/* bench-align.c: load, align and export a corpus; print time and memory
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Usage:
 *   bench-align                 the seeds, then ../shared/eval/ecbplus as
 *                               one corpus at 1x, 2x and 4x (each in its
 *                               own process, so peak memory is its own)
 *   bench-align PATH [COPIES]   one corpus, COPIES times (copies are
 *                               perturbed: words swapped, ids renamed)
 *
 * Prints figures; asserts nothing. Speed targets are judged by a person
 * reading them (README.md, "Benchmarks").
 */

#include "config.h"

#include <string.h>
#include <sys/resource.h>

#include "parallax-core.h"

static PlxCorpus *
with_copies (PlxCorpus *corpus,
             guint      copies)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (corpus));

  for (guint c = 1; c < copies; c++)
    for (guint i = 0; i < n; i++)
      {
        PlxArticle *original = plx_corpus_get_article (corpus, i);
        g_autofree char *id = g_strdup_printf ("%s~%u", plx_article_get_id (original), c);
        g_autofree char *text = g_strdup (plx_article_get_text (original));
        g_autoptr(PlxArticle) copy = NULL;

        /* Perturb: swap two letters in every 17th word-ish position. */
        gsize length = strlen (text);

        for (gsize k = 17 * c; k + 1 < length; k += 97)
          if (g_ascii_isalpha (text[k]) && g_ascii_isalpha (text[k + 1]))
            {
              char t = text[k];

              text[k] = text[k + 1];
              text[k + 1] = t;
            }
        copy = plx_article_new (id, text);
        plx_analyse_article (copy, NULL, NULL, NULL, NULL);
        plx_corpus_append (corpus, copy);
      }

  return corpus;
}

static int
run_one (const char *path,
         guint       copies)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(PlxCorpus) corpus = NULL;
  g_autoptr(PlxComparison) comparison = NULL;
  PlxAlignment *alignment;
  g_autofree char *document = NULL;
  gint64 start, loaded, copied, aligned, exported;
  struct rusage usage;
  gsize length = 0;
  guint n_sentences = 0;
  g_autofree char *base = NULL;
  g_autofree char *label = NULL;

  start = g_get_monotonic_time ();
  corpus = plx_corpus_load (file, NULL, &error);
  if (corpus == NULL)
    {
      g_printerr ("bench-align: %s\n", error->message);
      return 1;
    }
  loaded = g_get_monotonic_time ();
  with_copies (corpus, copies);
  copied = g_get_monotonic_time ();
  comparison = plx_comparison_new_for_corpus (corpus);
  if (!plx_comparison_align (comparison, NULL, NULL, &error))
    {
      g_printerr ("bench-align: %s\n", error->message);
      return 1;
    }
  alignment = plx_comparison_get_alignment (comparison);
  aligned = g_get_monotonic_time ();
  document = plx_export_json (comparison, FALSE, &length);
  exported = g_get_monotonic_time ();

  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (corpus)); i++)
    n_sentences += plx_article_count_role (plx_corpus_get_article (corpus, i), PLX_ROLE_BODY);
  getrusage (RUSAGE_SELF, &usage);
  base = g_path_get_basename (path);
  label = copies > 1 ? g_strdup_printf ("%s x%u", base, copies) : g_strdup (base);

  g_print ("%-28s %5u articles %7u body sentences %6u rows  load %7.1f ms  align %7.1f ms  export %6.1f ms  "
           "total %7.1f ms (without copying)  peak %6.1f MB\n",
           label,
           g_list_model_get_n_items (G_LIST_MODEL (corpus)), n_sentences,
           g_list_model_get_n_items (G_LIST_MODEL (alignment)),
           (loaded - start) / 1000.0, (aligned - copied) / 1000.0, (exported - aligned) / 1000.0,
           ((loaded - start) + (exported - copied)) / 1000.0, usage.ru_maxrss / 1024.0);

  return 0;
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *ecbplus = NULL;

  if (argc >= 2)
    return run_one (argv[1], argc >= 3 ? (guint) g_ascii_strtoull (argv[2], NULL, 10) : 1);

  /* The driver: each measurement in a process of its own. */
  {
    const char *seeds = SAMPLE_DIR;
    const char *args[] = { argv[0], seeds, NULL };

    g_spawn_sync (NULL, (char **) args, NULL, G_SPAWN_CHILD_INHERITS_STDIN, NULL, NULL, NULL, NULL, NULL, NULL);
  }

  ecbplus = g_build_filename (SHARED_EVAL_DIR, "ecbplus", NULL);
  if (!g_file_test (ecbplus, G_FILE_TEST_IS_DIR))
    {
      g_print ("bench-align: %s is absent; the ecbplus measurements are skipped\n", ecbplus);
      return 0;
    }

  for (guint copies = 1; copies <= 4; copies *= 2)
    {
      g_autofree char *n = g_strdup_printf ("%u", copies);
      const char *args[] = { argv[0], ecbplus, n, NULL };

      g_spawn_sync (NULL, (char **) args, NULL, G_SPAWN_CHILD_INHERITS_STDIN, NULL, NULL, NULL, NULL, NULL, NULL);
    }

  return 0;
}
