/* test-large.c: a corpus of 5,000 articles loads and aligns with progress,
 * and can be cancelled at any moment without a crash or a leak (the
 * sanitized suite checks the leaks)
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <gio/gio.h>

#include "parallax-core.h"
#include "plx-test-util.h"

#define N_ARTICLES 5000

/* 5,000 short articles on a handful of stories, made up at run time. */
static char *
make_large_corpus (void)
{
  /* Five stories; each article tells two, with its own figures. */
  static const char *stories[] = {
    "The port authority raised docking fees by NUMBER per cent on Monday.",
    "Officials said the new bridge will open in March after NUMBER months of work.",
    "The central bank held its main rate at NUMBER.5 per cent, as expected.",
    "Farmers protested outside parliament over a NUMBER per cent cut in subsidies.",
    "The ministry reported NUMBER new cases of the virus in the capital.",
  };
  char *dir = plx_test_make_dir ();

  for (guint i = 0; i < N_ARTICLES; i++)
    {
      g_autofree char *name = g_strdup_printf ("article-%04u.txt", i);
      g_autofree char *a = g_strdup_printf ("%u", 5 + i % 7);
      g_autofree char *b = g_strdup_printf ("%u", 10 + i % 3);
      g_autoptr(GString) first = g_string_new (stories[i % G_N_ELEMENTS (stories)]);
      g_autoptr(GString) second = g_string_new (stories[(i + 1) % G_N_ELEMENTS (stories)]);
      g_autofree char *text = NULL;

      g_string_replace (first, "NUMBER", a, 1);
      g_string_replace (second, "NUMBER", b, 1);
      text = g_strdup_printf ("Story %u\n\n%s Reporters from outlet %u asked for comment. %s\n",
                              i, first->str, i, second->str);
      plx_test_write_file (dir, name, text, -1);
    }

  return dir;
}

static char *corpus_dir;

static void
on_progress (double   fraction,
             gpointer user_data)
{
  GArray *fractions = user_data;

  g_array_append_val (fractions, fraction);
}

typedef struct
{
  GAsyncResult *result;
  GArray       *fractions;
  GCancellable *cancellable;
  double        cancel_at;   /* a fraction, or > 1 not to cancel */
} Load;

static void
on_loaded (GObject      *source,
           GAsyncResult *result,
           gpointer      user_data)
{
  Load *load = user_data;

  load->result = g_object_ref (result);
}

static void
on_progress_cancel (double   fraction,
                    gpointer user_data)
{
  Load *load = user_data;

  on_progress (fraction, load->fractions);
  if (fraction >= load->cancel_at)
    g_cancellable_cancel (load->cancellable);
}

static PlxCorpus *
load_corpus (Load    *load,
             GError **error)
{
  g_autoptr(GFile) location = g_file_new_for_path (corpus_dir);
  PlxCorpus *corpus;

  plx_corpus_load_async (location, load->cancellable, on_progress_cancel, load, NULL, on_loaded, load);
  while (load->result == NULL)
    g_main_context_iteration (NULL, TRUE);

  corpus = plx_corpus_load_finish (load->result, error);
  g_clear_object (&load->result);

  return corpus;
}

/* All 5,000 load, the progress rising to the end, then align. */
static void
test_large_load_and_align (void)
{
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autoptr(GArray) fractions = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(PlxCorpus) corpus = NULL;
  g_autoptr(PlxAlignment) alignment = NULL;
  g_autoptr(GError) error = NULL;
  Load load = { NULL, fractions, cancellable, 2.0 };
  gint64 start = g_get_monotonic_time ();

  corpus = load_corpus (&load, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (corpus)), ==, N_ARTICLES);
  g_assert_cmpuint (fractions->len, >=, 2);
  for (guint i = 1; i < fractions->len; i++)
    g_assert_cmpfloat (g_array_index (fractions, double, i), >=, g_array_index (fractions, double, i - 1));
  g_assert_cmpfloat (g_array_index (fractions, double, fractions->len - 1), ==, 1.0);
  g_test_message ("5,000 articles loaded in %.1f s", (g_get_monotonic_time () - start) / 1e6);

  start = g_get_monotonic_time ();
  alignment = plx_align_corpus (corpus, NULL, NULL);
  g_assert_nonnull (alignment);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (alignment)), >, 0);
  g_test_message ("aligned in %.1f s", (g_get_monotonic_time () - start) / 1e6);
}

/* Cancelled at a tenth, half way and near the end: the load stops with
 * "cancelled" and no corpus, every time.
 */
static void
test_large_cancel_load (void)
{
  static const double moments[] = { 0.0, 0.1, 0.5, 0.9 };

  for (guint i = 0; i < G_N_ELEMENTS (moments); i++)
    {
      g_autoptr(GCancellable) cancellable = g_cancellable_new ();
      g_autoptr(GArray) fractions = g_array_new (FALSE, FALSE, sizeof (double));
      g_autoptr(PlxCorpus) corpus = NULL;
      g_autoptr(GError) error = NULL;
      Load load = { NULL, fractions, cancellable, moments[i] };

      if (moments[i] == 0.0)
        g_cancellable_cancel (cancellable);

      corpus = load_corpus (&load, &error);
      g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
      g_assert_null (corpus);
    }
}

typedef struct
{
  GCancellable *cancellable;
  gulong        delay_us;
} Canceller;

static gpointer
cancel_after (gpointer data)
{
  Canceller *canceller = data;

  g_usleep (canceller->delay_us);
  g_cancellable_cancel (canceller->cancellable);

  return NULL;
}

/* Aligning 5,000 articles with the cancellable already cancelled gives
 * no alignment: an aligner that ignored cancellation would return one.
 * plx_align_corpus() reports neither progress nor an error, so "no
 * alignment" is what a caller (the window's align thread) can see; the
 * window turns it into G_IO_ERROR_CANCELLED with
 * g_task_return_error_if_cancelled().
 *
 * Then cancelled from another thread at several moments, for the
 * sanitized suite (no crash, no leak, whichever step the cancel lands
 * in): where the moment falls is a race, so each run may stop with no
 * alignment or finish if it was quicker, and only a finished alignment
 * that is empty, or no alignment without a cancel, is a failure.
 */
static void
test_large_cancel_align (void)
{
  g_autoptr(GFile) location = g_file_new_for_path (corpus_dir);
  g_autoptr(GCancellable) cancelled = g_cancellable_new ();
  g_autoptr(PlxCorpus) corpus = NULL;
  g_autoptr(PlxAlignment) none = NULL;
  g_autoptr(GError) error = NULL;
  static const gulong delays[] = { 20000, 100000, 300000 };

  corpus = plx_corpus_load (location, NULL, &error);
  g_assert_no_error (error);

  g_cancellable_cancel (cancelled);
  none = plx_align_corpus (corpus, NULL, cancelled);
  g_assert_null (none);

  for (guint i = 0; i < G_N_ELEMENTS (delays); i++)
    {
      g_autoptr(GCancellable) cancellable = g_cancellable_new ();
      g_autoptr(PlxAlignment) alignment = NULL;
      Canceller canceller = { cancellable, delays[i] };
      GThread *thread = g_thread_new ("cancel", cancel_after, &canceller);

      alignment = plx_align_corpus (corpus, NULL, cancellable);
      g_thread_join (thread);
      if (alignment == NULL)
        g_assert_true (g_cancellable_is_cancelled (cancellable));
      else
        g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (alignment)), >, 0);
      g_test_message ("cancelled after %lu ms: %s", delays[i] / 1000,
                      alignment == NULL ? "stopped" : "had finished");
    }
}

int
main (int   argc,
      char *argv[])
{
  int status;

  g_test_init (&argc, &argv, NULL);

  corpus_dir = make_large_corpus ();

  g_test_add_func ("/large/load-and-align", test_large_load_and_align);
  g_test_add_func ("/large/cancel-load", test_large_cancel_load);
  g_test_add_func ("/large/cancel-align", test_large_cancel_align);

  status = g_test_run ();

  plx_test_remove_tree (corpus_dir);
  g_free (corpus_dir);

  return status;
}
