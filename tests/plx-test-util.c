/* plx-test-util.c: helpers shared by the test programs
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include "plx-test-util.h"

char *
plx_test_make_dir (void)
{
  g_autoptr(GError) error = NULL;
  char *dir = g_dir_make_tmp ("parallax-test-XXXXXX", &error);

  g_assert_no_error (error);

  return dir;
}

void
plx_test_write_file (const char *dir,
                     const char *name,
                     const char *data,
                     gssize      length)
{
  g_autofree char *path = g_build_filename (dir, name, NULL);
  g_autofree char *parent = g_path_get_dirname (path);
  g_autoptr(GError) error = NULL;

  g_assert_cmpint (g_mkdir_with_parents (parent, 0755), ==, 0);
  g_file_set_contents (path, data, length, &error);
  g_assert_no_error (error);
}

void
plx_test_remove_tree (const char *dir)
{
  g_autoptr(GDir) handle = g_dir_open (dir, 0, NULL);
  const char *name;

  if (handle == NULL)
    {
      g_remove (dir);
      return;
    }

  while ((name = g_dir_read_name (handle)) != NULL)
    {
      g_autofree char *path = g_build_filename (dir, name, NULL);

      if (g_file_test (path, G_FILE_TEST_IS_DIR) && !g_file_test (path, G_FILE_TEST_IS_SYMLINK))
        plx_test_remove_tree (path);
      else
        g_remove (path);
    }
  g_rmdir (dir);
}

static int
compare_names (gconstpointer a,
               gconstpointer b)
{
  return g_strcmp0 (*(const char * const *) a, *(const char * const *) b);
}

#define SNAPSHOT_MAX_READ (G_GINT64_CONSTANT (256) * 1024 * 1024)

static void
snapshot_into (GString    *out,
               const char *dir,
               const char *prefix)
{
  g_autoptr(GDir) handle = g_dir_open (dir, 0, NULL);
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  const char *name;

  if (handle == NULL)
    return;
  while ((name = g_dir_read_name (handle)) != NULL)
    g_ptr_array_add (names, g_strdup (name));
  g_ptr_array_sort (names, compare_names);

  for (guint i = 0; i < names->len; i++)
    {
      g_autofree char *path = g_build_filename (dir, names->pdata[i], NULL);
      GStatBuf st;

      if (g_lstat (path, &st) != 0)
        continue;
      g_string_append_printf (out, "%s%s mode=%o size=%" G_GINT64_FORMAT " mtime=%" G_GINT64_FORMAT,
                              prefix, (char *) names->pdata[i], (guint) st.st_mode,
                              (gint64) st.st_size, (gint64) st.st_mtime);
      /* A file of gigabytes (a sparse one, say) is known by its size
       * and time alone: reading it would take longer than the test. */
      if (S_ISREG (st.st_mode) && (st.st_mode & 0444) != 0 && st.st_size <= SNAPSHOT_MAX_READ)
        {
          g_autofree char *contents = NULL;
          gsize length = 0;

          if (g_file_get_contents (path, &contents, &length, NULL))
            {
              g_autofree char *sum = g_compute_checksum_for_data (G_CHECKSUM_SHA256, (guchar *) contents, length);

              g_string_append_printf (out, " sha256=%s", sum);
            }
        }
      g_string_append_c (out, '\n');

      if (S_ISDIR (st.st_mode))
        {
          g_autofree char *sub = g_strconcat (prefix, names->pdata[i], "/", NULL);

          snapshot_into (out, path, sub);
        }
    }
}

/* Names, modes, sizes, modification times and checksums of everything
 * under @dir: compare two snapshots to prove nothing was touched. */
char *
plx_test_snapshot_tree (const char *dir)
{
  GString *out = g_string_new (NULL);

  snapshot_into (out, dir, "");

  return g_string_free (out, FALSE);
}

/* The names in @dir, hidden ones too, sorted and joined by spaces: ""
 * for an empty folder. */
char *
plx_test_list_dir (const char *dir)
{
  g_autoptr(GDir) handle = g_dir_open (dir, 0, NULL);
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  const char *name;

  g_assert_nonnull (handle);
  while ((name = g_dir_read_name (handle)) != NULL)
    g_ptr_array_add (names, g_strdup (name));
  g_ptr_array_sort (names, compare_names);
  g_ptr_array_add (names, NULL);

  return g_strjoinv (" ", (char **) names->pdata);
}

PlxCorpus *
plx_test_load (const char *path)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  PlxCorpus *corpus;

  corpus = plx_corpus_load (file, NULL, &error);
  g_assert_no_error (error);
  g_assert_nonnull (corpus);

  return corpus;
}

PlxArticle *
plx_test_analyse_text (const char *text)
{
  PlxArticle *article = plx_article_new ("test", text);

  g_assert_true (plx_analyse_article (article, NULL, NULL, NULL, NULL));

  return article;
}

/* A corpus of @texts, one article each ("outlet-0", "outlet-1"...),
 * aligned; the corpus goes to @corpus_out. */
PlxAlignment *
plx_test_align_texts (const char * const  *texts,
                      PlxCorpus          **corpus_out)
{
  g_autoptr(PlxCorpus) corpus = plx_corpus_new ("test", NULL);

  for (guint i = 0; texts[i] != NULL; i++)
    {
      g_autofree char *id = g_strdup_printf ("outlet-%u", i);
      g_autoptr(PlxArticle) article = plx_article_new (id, texts[i]);

      g_assert_true (plx_analyse_article (article, NULL, NULL, NULL, NULL));
      plx_corpus_append (corpus, article);
    }

  *corpus_out = g_object_ref (corpus);
  return plx_align_corpus (corpus, NULL, NULL);
}

gboolean
plx_test_has_warning (PlxCorpus  *corpus,
                      const char *needle1,
                      const char *needle2)
{
  const char * const *warnings = plx_corpus_get_warnings (corpus);

  for (guint i = 0; warnings[i] != NULL; i++)
    {
      if (strstr (warnings[i], needle1) != NULL && (needle2 == NULL || strstr (warnings[i], needle2) != NULL))
        return TRUE;
    }

  return FALSE;
}

const char *
plx_test_sample_dir (void)
{
  return SAMPLE_DIR;
}

/* The hostile-input tests' fixture (tests/test-hostile-*.c): a folder
 * holding one good article, to which each test adds its hostile input. */
void
plx_test_fixture_setup (PlxTestCorpusFixture *fixture,
                        gconstpointer         data)
{
  fixture->dir = plx_test_make_dir ();
  plx_test_write_file (fixture->dir, "good.txt", PLX_TEST_GOOD_TEXT, -1);
}

void
plx_test_fixture_teardown (PlxTestCorpusFixture *fixture,
                           gconstpointer         data)
{
  g_autofree char *after = plx_test_snapshot_tree (fixture->dir);

  /* Nothing in the corpus was written, moved or touched. */
  g_assert_nonnull (fixture->before);
  g_assert_cmpstr (after, ==, fixture->before);

  plx_test_remove_tree (fixture->dir);
  g_free (fixture->dir);
  g_free (fixture->before);
}

/* Loads @sub (a path under the fixture's folder, or %NULL for the folder
 * itself), the snapshot taken just before. */
PlxCorpus *
plx_test_fixture_load (PlxTestCorpusFixture *fixture,
                       const char           *sub)
{
  g_autofree char *path = g_build_filename (fixture->dir, sub, NULL);

  g_clear_pointer (&fixture->before, g_free);
  fixture->before = plx_test_snapshot_tree (fixture->dir);

  return plx_test_load (path);
}

/* A child of g_test_trap_subprocess() works on its parent's folder
 * (PLX_TEST_DIR): its own fixture folder goes while it is still root. */
void
plx_test_fixture_forget (PlxTestCorpusFixture *fixture)
{
  plx_test_remove_tree (fixture->dir);
  g_free (fixture->before);
  fixture->before = g_strdup ("");
}

/* The article of PLX_TEST_GOOD_TEXT loaded, as @id, whole. */
void
plx_test_assert_good_loaded_as (PlxCorpus  *corpus,
                                const char *id)
{
  PlxArticle *good = plx_corpus_find_article (corpus, id);

  g_assert_nonnull (good);
  g_assert_cmpuint (plx_article_get_n_sentences (good), ==, 2);
  g_assert_cmpstr (plx_sentence_get_text (plx_article_get_sentence (good, 1)), ==, "They agreed to meet again.");
}

void
plx_test_assert_good_loaded (PlxCorpus *corpus)
{
  plx_test_assert_good_loaded_as (corpus, "good");
}

void
plx_test_print_warnings (PlxCorpus *corpus)
{
  const char * const *warnings = plx_corpus_get_warnings (corpus);

  for (guint i = 0; warnings[i] != NULL; i++)
    g_test_message ("warning: %s", warnings[i]);
}

gboolean
plx_test_any_text_contains (PlxCorpus  *corpus,
                            const char *needle)
{
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (corpus)); i++)
    {
      if (strstr (plx_article_get_text (plx_corpus_get_article (corpus, i)), needle) != NULL)
        return TRUE;
    }

  return FALSE;
}

/* Faster than plx_test_write_file() for thousands of files. */
void
plx_test_write_quickly (const char *path,
                        const char *data,
                        gsize       length)
{
  FILE *file = fopen (path, "wb");

  g_assert_nonnull (file);
  g_assert_cmpuint (fwrite (data, 1, length, file), ==, length);
  g_assert_cmpint (fclose (file), ==, 0);
}

/* A symbolic link @name in @dir, to @target. */
void
plx_test_make_link (const char *target,
                    const char *dir,
                    const char *name)
{
  g_autofree char *path = g_build_filename (dir, name, NULL);

  g_assert_cmpint (symlink (target, path), ==, 0);
}

double
plx_test_elapsed_seconds (gint64 start)
{
  return (double) (g_get_monotonic_time () - start) / G_USEC_PER_SEC;
}

/* The most memory this process has held since it started its program:
 * VmHWM of /proc/self/status. Not getrusage()'s ru_maxrss, which Linux
 * carries across exec: a g_test_trap_subprocess() child would count the
 * memory of the test program that forked it (hundreds of MB under
 * AddressSanitizer, whose allocator keeps freed memory in quarantine). */
gsize
plx_test_peak_rss_kib (void)
{
  g_autofree char *status = NULL;
  const char *line;
  gsize kib = 0;

  g_assert_true (g_file_get_contents ("/proc/self/status", &status, NULL, NULL));
  line = strstr (status, "\nVmHWM:");
  g_assert_nonnull (line);
  g_assert_cmpint (sscanf (line + strlen ("\nVmHWM:"), "%zu", &kib), ==, 1);

  return kib;
}

/**
 * plx_test_compare:
 * @corpus: a corpus
 * @align: whether to align it (with the default options)
 *
 * Returns: (transfer full): a comparison of @corpus, as the window and
 *   parallax-cli make one
 */
PlxComparison *
plx_test_compare (PlxCorpus *corpus,
                  gboolean   align)
{
  PlxComparison *comparison = plx_comparison_new_for_corpus (corpus);
  g_autoptr(GError) error = NULL;

  if (align)
    {
      plx_comparison_align (comparison, NULL, NULL, &error);
      g_assert_no_error (error);
    }

  return comparison;
}

/* The JSON export of @corpus, aligned or not. */
char *
plx_test_export_json (PlxCorpus *corpus,
                      gboolean   align,
                      gboolean   pretty,
                      gsize     *length)
{
  g_autoptr(PlxComparison) comparison = plx_test_compare (corpus, align);

  return plx_export_json (comparison, pretty, length);
}

/* The HTML report of @corpus, aligned. */
char *
plx_test_export_html (PlxCorpus *corpus)
{
  g_autoptr(PlxComparison) comparison = plx_test_compare (corpus, TRUE);

  return plx_export_html (comparison);
}

/* The ledger of a corpus made of @texts, one article each, aligned;
 * @corpus keeps the articles its mentions point to. */
PlxLedger *
plx_test_ledger_of_texts (const char * const  *texts,
                          PlxCorpus          **corpus)
{
  g_autoptr(PlxAlignment) aligned = plx_test_align_texts (texts, corpus);

  return plx_ledger_build (*corpus, aligned);
}

/* Two rows of one sentence each, from different articles; a row of two
 * sentences from different articles. */
void
plx_test_choose_rows (PlxAlignment  *alignment,
                      PlxRow       **single_a,
                      PlxRow       **single_b,
                      PlxRow       **pair)
{
  *single_a = *single_b = *pair = NULL;

  for (guint r = 0; r < g_list_model_get_n_items (G_LIST_MODEL (alignment)); r++)
    {
      PlxRow *row = plx_alignment_get_row (alignment, r);
      guint n = plx_row_get_n_members (row);

      if (n == 1 && *single_a == NULL)
        *single_a = row;
      else if (n == 1 && *single_b == NULL &&
               plx_row_get_member (row, 0)->article != plx_row_get_member (*single_a, 0)->article)
        *single_b = row;
      else if (n == 2 && *pair == NULL &&
               plx_row_get_member (row, 0)->article != plx_row_get_member (row, 1)->article)
        *pair = row;
    }

  g_assert_nonnull (*single_a);
  g_assert_nonnull (*single_b);
  g_assert_nonnull (*pair);
}
