/* bench-diff.c: the word diff on two long documents, against git and dwdiff
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Usage:
 *   bench-diff REFERENCE OTHER [RUNS]
 *       tokenises and diffs the two files as two (very long) sentences,
 *       the best of RUNS (default 5); then times `git diff --no-index
 *       --word-diff` and `dwdiff` on the same files, when installed.
 *   bench-diff --generate DIR [WORDS]
 *       writes DIR/reference.txt and DIR/other.txt: paragraphs of the
 *       sample corpus drawn at random up to WORDS words (default
 *       50000), and a copy with a word replaced, dropped or added about
 *       once every 300 words.
 *
 * Prints figures; asserts nothing.
 */

#include "config.h"

#include <errno.h>
#include <stdlib.h>

#include "plx-diff.h"
#include "plx-tokens.h"

#ifndef SAMPLE_DIR
#define SAMPLE_DIR "data/sample"
#endif

#define EDIT_EVERY 300

static double
ms_since (gint64 start)
{
  return (g_get_monotonic_time () - start) / 1000.0;
}

/* Generating a pair --------------------------------------------------- */

static GPtrArray *
sample_paragraphs (void)
{
  g_autoptr(GDir) dir = g_dir_open (SAMPLE_DIR, 0, NULL);
  GPtrArray *paragraphs = g_ptr_array_new_with_free_func (g_free);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *path = g_build_filename (SAMPLE_DIR, name, NULL);
      g_autofree char *contents = NULL;
      g_auto(GStrv) lines = NULL;

      if (!g_file_get_contents (path, &contents, NULL, NULL))
        continue;
      lines = g_strsplit (contents, "\n", -1);
      for (guint i = 0; lines[i] != NULL; i++)
        {
          if (*g_strstrip (lines[i]) != '\0')
            g_ptr_array_add (paragraphs, g_strdup (lines[i]));
        }
    }

  return paragraphs;
}

/* Copies @paragraph into @reference and, edited now and then, into
 * @other; returns the number of words. */
static guint
add_paragraph (GString    *reference,
               GString    *other,
               const char *paragraph,
               GRand      *rand)
{
  g_auto(GStrv) words = g_strsplit (paragraph, " ", -1);
  guint n = 0;

  for (; words[n] != NULL; n++)
    {
      const char *space = n > 0 ? " " : "";

      g_string_append_printf (reference, "%s%s", space, words[n]);
      switch (g_rand_int_range (rand, 0, EDIT_EVERY))
        {
        case 0:
          g_string_append_printf (other, "%saltered", space);
          break;
        case 1:
          break;
        case 2:
          g_string_append_printf (other, "%snewly %s", space, words[n]);
          break;
        default:
          g_string_append_printf (other, "%s%s", space, words[n]);
          break;
        }
    }
  g_string_append_c (reference, '\n');
  g_string_append_c (other, '\n');

  return n;
}

static int
generate (const char *dir,
          guint       n_words)
{
  g_autoptr(GPtrArray) paragraphs = sample_paragraphs ();
  g_autoptr(GRand) rand = g_rand_new_with_seed (14);
  g_autoptr(GString) reference = g_string_new (NULL);
  g_autoptr(GString) other = g_string_new (NULL);
  g_autofree char *reference_path = g_build_filename (dir, "reference.txt", NULL);
  g_autofree char *other_path = g_build_filename (dir, "other.txt", NULL);
  g_autoptr(GError) error = NULL;
  guint words = 0;

  if (paragraphs->len == 0)
    {
      g_printerr ("bench-diff: no sample corpus in %s\n", SAMPLE_DIR);
      return 1;
    }
  while (words < n_words)
    {
      guint i = g_rand_int_range (rand, 0, paragraphs->len);

      words += add_paragraph (reference, other, paragraphs->pdata[i], rand);
    }

  if (g_mkdir_with_parents (dir, 0755) != 0
      || !g_file_set_contents (reference_path, reference->str, reference->len, &error)
      || !g_file_set_contents (other_path, other->str, other->len, &error))
    {
      g_printerr ("bench-diff: cannot write to %s: %s\n", dir,
                  error != NULL ? error->message : g_strerror (errno));
      return 1;
    }

  g_print ("%s, %s: %u words\n", reference_path, other_path, words);
  return 0;
}

/* Timing -------------------------------------------------------------- */

typedef struct
{
  double   tokenise_ms;
  double   diff_ms;
  guint    n_tokens;
  guint    n_changes;
} Run;

static void
run_parallax (const char *reference,
              const char *other,
              Run        *run)
{
  g_autoptr(GArray) reference_tokens = NULL;
  g_autoptr(GArray) other_tokens = NULL;
  g_autoptr(GArray) hunks = NULL;
  gint64 start = g_get_monotonic_time ();

  reference_tokens = plx_tokenize (reference, -1, "en");
  other_tokens = plx_tokenize (other, -1, "en");
  run->tokenise_ms = ms_since (start);

  start = g_get_monotonic_time ();
  hunks = plx_diff_tokens (reference, reference_tokens, other, other_tokens);
  run->diff_ms = ms_since (start);

  run->n_tokens = reference_tokens->len + other_tokens->len;
  run->n_changes = 0;
  for (guint i = 0; i < hunks->len; i++)
    run->n_changes += g_array_index (hunks, PlxDiffHunk, i).op != PLX_DIFF_EQUAL;
}

/* Wall time of the best of @runs runs of @argv, its output thrown away;
 * a negative number when it cannot be run. */
static double
time_command (const char * const *argv,
              guint               runs)
{
  double best = -1;

  for (guint i = 0; i < runs; i++)
    {
      gint64 start = g_get_monotonic_time ();
      int status;

      if (!g_spawn_sync (NULL, (char **) argv, NULL,
                         G_SPAWN_SEARCH_PATH | G_SPAWN_STDOUT_TO_DEV_NULL
                         | G_SPAWN_STDERR_TO_DEV_NULL,
                         NULL, NULL, NULL, NULL, &status, NULL))
        return -1;
      if (best < 0 || ms_since (start) < best)
        best = ms_since (start);
    }

  return best;
}

static void
print_command (const char         *label,
               const char * const *argv,
               guint               runs)
{
  g_autofree char *path = g_find_program_in_path (argv[0]);
  double ms = path != NULL ? time_command (argv, runs) : -1;

  if (ms < 0)
    g_print ("%-28s not installed\n", label);
  else
    g_print ("%-28s %9.1f ms\n", label, ms);
}

static int
bench (const char *reference_path,
       const char *other_path,
       guint       runs)
{
  g_autofree char *reference = NULL;
  g_autofree char *other = NULL;
  g_autoptr(GError) error = NULL;
  Run best = { 0 };

  if (!g_file_get_contents (reference_path, &reference, NULL, &error)
      || !g_file_get_contents (other_path, &other, NULL, &error))
    {
      g_printerr ("bench-diff: %s\n", error->message);
      return 1;
    }

  for (guint i = 0; i < runs; i++)
    {
      Run run;

      run_parallax (reference, other, &run);
      if (i == 0 || run.tokenise_ms + run.diff_ms < best.tokenise_ms + best.diff_ms)
        best = run;
    }

  g_print ("tokens (both files)          %9u\n", best.n_tokens);
  g_print ("changes found                %9u\n", best.n_changes);
  g_print ("parallax tokenise            %9.1f ms\n", best.tokenise_ms);
  g_print ("parallax diff                %9.1f ms  (%.2f M tokens/s)\n",
           best.diff_ms, best.n_tokens / (best.diff_ms * 1000.0));
  g_print ("parallax tokenise + diff     %9.1f ms  (%.2f M tokens/s)\n",
           best.tokenise_ms + best.diff_ms,
           best.n_tokens / ((best.tokenise_ms + best.diff_ms) * 1000.0));

  print_command ("git diff --word-diff",
                 (const char * const[]) { "git", "diff", "--no-index", "--no-color",
                                          "--word-diff", reference_path, other_path, NULL },
                 runs);
  print_command ("dwdiff",
                 (const char * const[]) { "dwdiff", reference_path, other_path, NULL },
                 runs);

  return 0;
}

int
main (int   argc,
      char *argv[])
{
  if (argc >= 3 && g_strcmp0 (argv[1], "--generate") == 0)
    return generate (argv[2], argc > 3 ? (guint) atoi (argv[3]) : 50000);
  if (argc == 3 || argc == 4)
    return bench (argv[1], argv[2], argc == 4 ? MAX (atoi (argv[3]), 1) : 5);

  g_printerr ("Usage: bench-diff REFERENCE OTHER [RUNS]\n"
              "       bench-diff --generate DIR [WORDS]\n");
  return 2;
}
