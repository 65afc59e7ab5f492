/* bench-analysis.c: the analysis the window runs (load, segment, align,
 * ledger), timed on the seeds and on ../shared/eval/ecbplus as one corpus
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Usage:
 *   bench-analysis [RUNS]        (a) the seeds, median of RUNS (21) runs in
 *                                one process; (b) the 772 articles of
 *                                ../shared/eval/ecbplus/ * /articles copied
 *                                into one temporary folder, as one corpus;
 *                                (c) the same with a changed copy of each
 *                                article beside it (one word a sentence),
 *                                and its ratio to (b). (b) and (c) each run
 *                                in a process of its own, so that their
 *                                peak memory (getrusage) is their own.
 *                                (d) ecbplus and six changed copies of each
 *                                article, 5,404 articles: the loading, and
 *                                finding the copies and versions, timed.
 *   bench-analysis --one FOLDER  one run over FOLDER; prints "SECONDS CPU-SECONDS MB"
 *   bench-analysis --copies FOLDER  load FOLDER, find its copies; prints
 *                                "LOAD-SECONDS COPIES-SECONDS N-COPIES MB"
 *
 * Prints figures; asserts nothing (tests/README.md, "Benchmarks"). Nothing
 * is written into ../shared: the copies go to a temporary folder, removed
 * at the end.
 */

#include "config.h"

#include <glib/gstdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>

#include "parallax-core.h"

static double
cpu_seconds (void)
{
  struct rusage usage;

  getrusage (RUSAGE_SELF, &usage);
  return usage.ru_utime.tv_sec + usage.ru_stime.tv_sec +
         (usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}

/* Load, segment, align and build the ledger, as the window does; returns
 * the wall time in seconds, the loading's in @load_s and the CPU time
 * in @cpu_s (on a shared machine, the steadier figure). */
static double
analyse (const char *path,
         double     *load_s,
         double     *cpu_s)
{
  double cpu_start = cpu_seconds ();

  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(PlxComparison) comparison = plx_comparison_new ();
  g_autoptr(GError) error = NULL;
  gint64 start, loaded, done;

  start = g_get_monotonic_time ();
  if (!plx_comparison_load (comparison, file, NULL, &error))
    g_error ("bench-analysis: %s", error->message);
  loaded = g_get_monotonic_time ();
  if (!plx_comparison_align (comparison, NULL, NULL, &error))
    g_error ("bench-analysis: %s", error->message);
  done = g_get_monotonic_time ();

  if (load_s != NULL)
    *load_s = (loaded - start) / 1e6;
  if (cpu_s != NULL)
    *cpu_s = cpu_seconds () - cpu_start;
  return (done - start) / 1e6;
}

static int
compare_double (gconstpointer a,
                gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return (x > y) - (x < y);
}

static void
bench_seeds (guint runs)
{
  g_autoptr(GArray) totals = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) loads = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) cpus = g_array_new (FALSE, FALSE, sizeof (double));
  double first = 0;

  for (guint i = 0; i <= runs; i++)
    {
      double load_s, cpu_s;
      double total = analyse (SAMPLE_DIR, &load_s, &cpu_s);

      /* The first run also reads the bundled word lists and rules, once a
       * process: shown apart, left out of the median. */
      if (i == 0)
        {
          first = total;
          continue;
        }
      g_array_append_val (totals, total);
      g_array_append_val (loads, load_s);
      g_array_append_val (cpus, cpu_s);
    }
  g_array_sort (totals, compare_double);
  g_array_sort (loads, compare_double);
  g_array_sort (cpus, compare_double);
  g_print ("(a) seeds, 5 articles: median %.1f ms over %u runs (load %.1f ms, align and ledger %.1f ms); "
           "fastest %.1f ms; CPU time median %.1f ms; first run of the process %.1f ms (target: under 50 ms)\n",
           g_array_index (totals, double, runs / 2) * 1e3, runs,
           g_array_index (loads, double, runs / 2) * 1e3,
           (g_array_index (totals, double, runs / 2) - g_array_index (loads, double, runs / 2)) * 1e3,
           g_array_index (totals, double, 0) * 1e3, g_array_index (cpus, double, runs / 2) * 1e3,
           first * 1e3);
}

/* One word of each sentence replaced: the first word of five letters or
 * more after each sentence start (line start, or ". "), in turn by one
 * of a few words (from the @variant-th), so that the copy reads as
 * another outlet's near copy. */
static char *
changed_copy (const char *text,
              guint       variant)
{
  static const char *const words[] = { "reportedly", "officials", "meanwhile", "statement", "according" };
  GString *out = g_string_sized_new (strlen (text) + 256);
  gboolean sentence_start = TRUE;
  guint turn = variant;
  const char *p = text;

  while (*p != '\0')
    {
      if (sentence_start && g_ascii_isalpha (*p))
        {
          const char *q = p;

          while (g_ascii_isalpha (*q))
            q++;
          if (q - p >= 5)
            {
              g_string_append (out, words[turn++ % G_N_ELEMENTS (words)]);
              sentence_start = FALSE;
            }
          else
            g_string_append_len (out, p, q - p);
          p = q;
          continue;
        }
      if (*p == '\n' || ((*p == '.' || *p == '!' || *p == '?') && p[1] == ' '))
        sentence_start = TRUE;
      g_string_append_c (out, *p);
      p++;
    }

  return g_string_free (out, FALSE);
}

/* Copies every ecbplus article into @folder (its name prefixed with its
 * topic's), and @n_changed changed copies of it. Returns the count. */
static guint
copy_articles (const char *ecbplus,
               const char *folder,
               guint       n_changed)
{
  g_autoptr(GDir) topics = g_dir_open (ecbplus, 0, NULL);
  const char *topic;
  guint n = 0;

  while (topics != NULL && (topic = g_dir_read_name (topics)) != NULL)
    {
      g_autofree char *articles_path = g_build_filename (ecbplus, topic, "articles", NULL);
      g_autoptr(GDir) articles = g_dir_open (articles_path, 0, NULL);
      const char *name;

      while (articles != NULL && (name = g_dir_read_name (articles)) != NULL)
        {
          g_autofree char *from = g_build_filename (articles_path, name, NULL);
          g_autofree char *text = NULL;
          g_autofree char *to_name = g_strdup_printf ("%s-%s", topic, name);
          g_autofree char *to = g_build_filename (folder, to_name, NULL);
          g_autoptr(GError) error = NULL;

          if (!g_str_has_suffix (name, ".txt") || !g_file_get_contents (from, &text, NULL, NULL))
            continue;
          if (!g_file_set_contents (to, text, -1, &error))
            g_error ("bench-analysis: %s", error->message);
          n++;
          for (guint v = 0; v < n_changed; v++)
            {
              g_autofree char *copy = changed_copy (text, v);
              g_autofree char *copy_name = v == 0 ? g_strdup_printf ("%s-%s~changed.txt", topic, name)
                                                  : g_strdup_printf ("%s-%s~changed-%u.txt", topic, name, v + 1);
              g_autofree char *copy_path = g_build_filename (folder, copy_name, NULL);

              if (!g_file_set_contents (copy_path, copy, -1, &error))
                g_error ("bench-analysis: %s", error->message);
              n++;
            }
        }
    }

  return n;
}

static void
remove_folder (const char *folder)
{
  g_autoptr(GDir) dir = g_dir_open (folder, 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *path = g_build_filename (folder, name, NULL);

      g_unlink (path);
    }
  g_rmdir (folder);
}

/* Runs "--one @folder" in a process of its own; returns its seconds and
 * peak megabytes. */
static gboolean
run_child (const char *self,
           const char *folder,
           double     *seconds,
           double     *cpu_s,
           double     *megabytes)
{
  const char *args[] = { self, "--one", folder, NULL };
  g_autofree char *out = NULL;
  int status = 0;

  if (!g_spawn_sync (NULL, (char **) args, NULL, G_SPAWN_CHILD_INHERITS_STDIN, NULL, NULL,
                     &out, NULL, &status, NULL)
      || !g_spawn_check_wait_status (status, NULL))
    return FALSE;

  return sscanf (out, "%lf %lf %lf", seconds, cpu_s, megabytes) == 3;
}

/* Loads @path, tokenises it and finds its copies and versions, as the
 * aligner does; prints "LOAD-SECONDS COPIES-SECONDS N-COPIES MB". */
static void
find_copies_once (const char *path)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(PlxCorpus) corpus = NULL;
  g_autoptr(GPtrArray) copies = NULL;
  g_autoptr(GPtrArray) versions = NULL;
  g_autoptr(GError) error = NULL;
  struct rusage usage;
  gint64 start, loaded, done;

  start = g_get_monotonic_time ();
  corpus = plx_corpus_load (file, NULL, &error);
  if (corpus == NULL)
    g_error ("bench-analysis: %s", error->message);
  /* The tokens, which the aligner reads first and every later step
   * shares, apart. */
  for (guint a = 0; a < g_list_model_get_n_items (G_LIST_MODEL (corpus)); a++)
    {
      PlxArticle *article = plx_corpus_get_article (corpus, a);

      for (guint i = 0; i < plx_article_get_n_sentences (article); i++)
        plx_sentence_get_tokens (plx_article_get_sentence (article, i), plx_article_get_language (article));
    }
  loaded = g_get_monotonic_time ();
  copies = plx_find_copies (corpus, NULL);
  versions = plx_find_versions (corpus);
  done = g_get_monotonic_time ();

  getrusage (RUSAGE_SELF, &usage);
  g_print ("%.4f %.4f %u %.1f\n", (loaded - start) / 1e6, (done - loaded) / 1e6, copies->len,
           usage.ru_maxrss / 1024.0);
}

/* (d) Copies at scale: ecbplus and six changed copies of each article,
 * 5,404 articles, every copy to be found through the shingle index. */
static void
bench_copies (const char *self,
              const char *ecbplus)
{
  g_autofree char *folder = g_dir_make_tmp ("bench-analysis-XXXXXX", NULL);
  const char *args[] = { self, "--copies", folder, NULL };
  g_autofree char *out = NULL;
  double load_s, copies_s, megabytes;
  guint n, n_copies;
  int status = 0;

  n = copy_articles (ecbplus, folder, 6);
  if (g_spawn_sync (NULL, (char **) args, NULL, G_SPAWN_CHILD_INHERITS_STDIN, NULL, NULL,
                    &out, NULL, &status, NULL) &&
      g_spawn_check_wait_status (status, NULL) &&
      sscanf (out, "%lf %lf %u %lf", &load_s, &copies_s, &n_copies, &megabytes) == 4)
    g_print ("(d) copies at scale: ecbplus and six changed copies of each article, %u articles: "
             "loaded and tokenised in %.2f s; copies and versions found in %.2f s (%.0f%% of that), "
             "%u copies; peak %.0f MB\n",
             n, load_s, copies_s, 100 * copies_s / load_s, n_copies, megabytes);
  remove_folder (folder);
}

static int
bench_ecbplus (const char *self)
{
  g_autofree char *ecbplus = g_build_filename (SHARED_EVAL_DIR, "ecbplus", NULL);
  g_autofree char *one = NULL;
  g_autofree char *two = NULL;
  guint n_one, n_two;
  double s1, cpu1, mb1, s2, cpu2, mb2;

  if (!g_file_test (ecbplus, G_FILE_TEST_IS_DIR))
    {
      g_print ("bench-analysis: %s is absent; (b) and (c), the ecbplus measurements, are skipped\n", ecbplus);
      return 0;
    }

  one = g_dir_make_tmp ("bench-analysis-XXXXXX", NULL);
  two = g_dir_make_tmp ("bench-analysis-XXXXXX", NULL);
  n_one = copy_articles (ecbplus, one, 0);
  n_two = copy_articles (ecbplus, two, 1);

  if (run_child (self, one, &s1, &cpu1, &mb1))
    g_print ("(b) ecbplus, the %u articles of its %s folders as one corpus: %.2f s (CPU %.2f s), peak %.0f MB "
             "(target: under 1.5 s and 300 MB)\n", n_one, "*/articles", s1, cpu1, mb1);
  if (run_child (self, two, &s2, &cpu2, &mb2))
    g_print ("(c) ecbplus and a changed copy of each article (one word a sentence), %u articles: "
             "%.2f s (CPU %.2f s), peak %.0f MB; %.2f times (b), CPU %.2f times (target: at most 2.2)\n",
             n_two, s2, cpu2, mb2, s2 / s1, cpu2 / cpu1);

  remove_folder (one);
  remove_folder (two);

  bench_copies (self, ecbplus);

  return 0;
}

int
main (int   argc,
      char *argv[])
{
  if (argc == 3 && g_str_equal (argv[1], "--one"))
    {
      struct rusage usage;
      double cpu_s;
      double seconds = analyse (argv[2], NULL, &cpu_s);

      getrusage (RUSAGE_SELF, &usage);
      g_print ("%.4f %.4f %.1f\n", seconds, cpu_s, usage.ru_maxrss / 1024.0);
      return 0;
    }

  if (argc == 3 && g_str_equal (argv[1], "--copies"))
    {
      find_copies_once (argv[2]);
      return 0;
    }

  bench_seeds (argc >= 2 ? (guint) MAX (1, g_ascii_strtoull (argv[1], NULL, 10)) : 21);

  return bench_ecbplus (argv[0]);
}
