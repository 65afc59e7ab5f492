/* test-hostile-manifest.c: hostile corpus.json files: malformed, huge,
 * nested too deep, naming files outside its folder (issue 8, part 3)
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "plx-test-util.h"

/* Every test writes a corpus with one good article beside the hostile
 * input and checks what a user would notice (PlxTestCorpusFixture, in
 * plx-test-util.h). The table of hostile corpora in tests/README.md lists these
 * tests. */

/* Loading a corpus.json of @document fails with a message that starts
 * "corpus.json: ", gives @line and a column if @line is not %NULL, and
 * says @says if that is not %NULL. */
static void
assert_manifest_error (PlxTestCorpusFixture *fixture,
                       const char           *document,
                       gssize                length,
                       const char           *line,
                       const char           *says)
{
  g_autofree char *path = g_build_filename (fixture->dir, "corpus.json", NULL);
  g_autoptr(GFile) location = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(PlxCorpus) corpus = NULL;
  g_autofree char *after = NULL;

  plx_test_write_file (fixture->dir, "corpus.json", document, length);
  g_clear_pointer (&fixture->before, g_free);
  fixture->before = plx_test_snapshot_tree (fixture->dir);
  corpus = plx_corpus_load (location, NULL, &error);
  g_assert_null (corpus);
  g_assert_error (error, PLX_ERROR, PLX_ERROR_MANIFEST);
  g_test_message ("error: %s", error->message);
  g_assert_true (g_utf8_validate (error->message, -1, NULL));
  g_assert_true (g_str_has_prefix (error->message, "corpus.json: "));
  if (line != NULL)
    {
      g_assert_nonnull (strstr (error->message, line));
      g_assert_nonnull (strstr (error->message, ", column "));
    }
  if (says != NULL)
    g_assert_nonnull (strstr (error->message, says));

  after = plx_test_snapshot_tree (fixture->dir);
  g_assert_cmpstr (after, ==, fixture->before);
}

static void
test_manifest_malformed (PlxTestCorpusFixture *fixture, gconstpointer data)
{
  g_autoptr(PlxCorpus) corpus = NULL;

  /* Fatal: the document is not JSON. The message gives line and column. */
  assert_manifest_error (fixture, "{\"articles\": [\n  {\"file\": \"good.txt\"},\n  {\"file\": \"a.txt\" \"outlet\": \"x\"}\n]}\n",
                         -1, "line 3, column", NULL);
  assert_manifest_error (fixture, "{\"articles\": [\n  {\"file\": \"good.txt\",}\n]}\n", -1, "line 2, column", NULL);
  assert_manifest_error (fixture, "{\"articles\": [\n  {\"file\": \"good.txt\"}", -1, "line 2, column", NULL);
  assert_manifest_error (fixture, "{\"articles\": [{\"text\": \"never ends\n\n", -1, NULL, NULL);
  assert_manifest_error (fixture, "{\"articles\": [{\"text\": \"caf\xe9\"}]}", -1, NULL, NULL);
  assert_manifest_error (fixture, "{\"articles\"\0: []}", 17, NULL, NULL);
  assert_manifest_error (fixture, "", 0, NULL, NULL);
  assert_manifest_error (fixture, "[1, 2, 3]", -1, NULL, "articles");
  assert_manifest_error (fixture, "{\"articles\": {\"file\": \"good.txt\"}}", -1, NULL, NULL);

  /* Not fatal: entries of the wrong shape are skipped, named, and the
   * good article still loads. */
  plx_test_write_file (fixture->dir, "corpus.json",
                       "{\"name\": [\"not\", \"a\", \"name\"], \"articles\": [\n"
                       "  42,\n"
                       "  {\"file\": 7},\n"
                       "  {\"file\": \"good.txt\", \"outlet\": {\"x\": 1}, \"date\": \"yesterday\"},\n"
                       "  null\n]}\n", -1);
  corpus = plx_test_fixture_load (fixture, NULL);
  plx_test_print_warnings (corpus);
  plx_test_assert_good_loaded (corpus);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (corpus)), ==, 1);
  g_assert_true (plx_test_has_warning (corpus, "corpus.json: article 1", "expected an object"));
  g_assert_true (plx_test_has_warning (corpus, "corpus.json: article 2", "'file' must be a string"));
  g_assert_true (plx_test_has_warning (corpus, "corpus.json: article 3", "'outlet' must be a string"));
  g_assert_true (plx_test_has_warning (corpus, "corpus.json: article 4", "expected an object"));
  g_assert_true (plx_test_has_warning (corpus, "corpus.json: corpus", "'name' must be a string"));
}

/* 100 MB of corpus.json: a good entry, then 1,000 short articles that
 * each carry 100 kB of a field the loader does not use. */
#define HUGE_MANIFEST_SIZE (100 * 1024 * 1024)
#define PEAK_RSS_LIMIT_KIB (1024 * 1024)

static void
run_huge_manifest_check (const char *dir)
{
  g_autofree char *path = g_build_filename (dir, "corpus.json", NULL);
  g_autoptr(GFile) location = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(PlxCorpus) corpus = NULL;
  gsize before = plx_test_peak_rss_kib ();
  gint64 start = g_get_monotonic_time ();
  gsize peak;

  corpus = plx_corpus_load (location, NULL, &error);
  peak = plx_test_peak_rss_kib ();
  /* A child's g_test_message() is not shown: a TAP comment on stdout. */
  g_print ("# 100 MB corpus.json: %s in %.1f s, peak RSS %zu MiB (%zu MiB before)\n",
                  corpus != NULL ? "loaded" : "refused", plx_test_elapsed_seconds (start), peak / 1024, before / 1024);
  /* Either outcome is fine, in bounded memory. */
  g_assert_cmpuint (peak, <, PEAK_RSS_LIMIT_KIB);
  if (corpus == NULL)
    {
      g_assert_error (error, PLX_ERROR, PLX_ERROR_MANIFEST);
      g_assert_nonnull (strstr (error->message, "corpus.json"));
    }
  else
    {
      plx_test_print_warnings (corpus);
      plx_test_assert_good_loaded (corpus);
      g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (corpus)), ==, 1001);
    }
}

static void
test_manifest_huge (PlxTestCorpusFixture *fixture, gconstpointer data)
{
  g_autofree char *path = g_build_filename (fixture->dir, "corpus.json", NULL);

  /* Peak RSS counts a process's whole life: measured in a child. */
  if (g_test_subprocess ())
    {
      plx_test_fixture_forget (fixture);
      run_huge_manifest_check (g_getenv ("PLX_TEST_DIR"));
      return;
    }

    {
      g_autoptr(GString) document = g_string_sized_new (HUGE_MANIFEST_SIZE + 256 * 1024);
      g_autofree char *padding = g_strnfill (HUGE_MANIFEST_SIZE / 1000, 'x');
      guint n = 0;

      g_string_append (document, "{\"name\": \"huge\", \"articles\": [\n  {\"file\": \"good.txt\"}");
      while (n < 1000)
        {
          n++;
          g_string_append_printf (document, ",\n  {\"id\": \"brief-%u\", \"text\": \"Brief %u was filed.\", \"notes\": \"%s\"}",
                                  n, n, padding);
        }
      g_string_append (document, "\n]}\n");
      g_assert_cmpuint (document->len, >, HUGE_MANIFEST_SIZE);
      plx_test_write_quickly (path, document->str, document->len);
    }

  fixture->before = plx_test_snapshot_tree (fixture->dir);
  g_setenv ("PLX_TEST_DIR", fixture->dir, TRUE);
  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_INHERIT_STDOUT | G_TEST_SUBPROCESS_INHERIT_STDERR);
  g_test_trap_assert_passed ();
}

static void
test_manifest_deep (PlxTestCorpusFixture *fixture, gconstpointer data)
{
  g_autoptr(GString) document = g_string_new (NULL);
  g_autoptr(PlxCorpus) corpus = NULL;
  g_autofree char *brackets = NULL;

  /* 100,000 levels of arrays: json-glib 1.6 would recurse until the
   * stack overflows; it is refused before parsing. */
  for (guint i = 0; i < 100000; i++)
    g_string_append_c (document, '[');
  for (guint i = 0; i < 100000; i++)
    g_string_append_c (document, ']');
  assert_manifest_error (fixture, document->str, document->len, NULL, NULL);

  /* The same inside an article, and unclosed. */
  g_string_assign (document, "{\"articles\": [{\"file\": \"good.txt\", \"extra\": ");
  for (guint i = 0; i < 100000; i++)
    g_string_append (document, "{\"a\":[");
  assert_manifest_error (fixture, document->str, document->len, NULL, NULL);

  /* Brackets inside strings are text, not nesting: this loads. */
  brackets = g_strnfill (100000, '[');
  g_string_printf (document, "{\"articles\": [{\"file\": \"good.txt\"}, {\"id\": \"b\", \"text\": \"Odd text %s here.\"}]}",
                   brackets);
  plx_test_write_file (fixture->dir, "corpus.json", document->str, document->len);
  corpus = plx_test_fixture_load (fixture, NULL);
  plx_test_assert_good_loaded (corpus);
  g_assert_nonnull (plx_corpus_find_article (corpus, "b"));
}

static void
test_manifest_outside (PlxTestCorpusFixture *fixture, gconstpointer data)
{
  g_autofree char *corpus_dir = g_build_filename (fixture->dir, "shared", NULL);
  g_autofree char *secret = g_build_filename (fixture->dir, "secret.txt", NULL);
  g_autofree char *document = NULL;
  g_autoptr(PlxCorpus) corpus = NULL;
  g_autoptr(PlxCorpus) outer = NULL;
  const char *refused[] = {
    "../secret.txt", "sub/../../secret.txt", "/etc/hostname", "link.txt", "up/secret.txt", "sub/deep-link.txt",
  };

  plx_test_write_file (fixture->dir, "secret.txt", "PRIVATE diary entry. Nobody reads this.\n", -1);
  plx_test_write_file (corpus_dir, "good.txt", PLX_TEST_GOOD_TEXT, -1);
  plx_test_write_file (corpus_dir, "sub/inside.txt", PLX_TEST_GOOD_TEXT, -1);
  plx_test_make_link ("../secret.txt", corpus_dir, "link.txt");
  plx_test_make_link ("..", corpus_dir, "up");
  plx_test_make_link (secret, corpus_dir, "sub/deep-link.txt");
  /* Links that stay inside are fine. */
  plx_test_make_link ("sub/inside.txt", corpus_dir, "alias.txt");
  document = g_strdup_printf ("{\"articles\": [\n"
                              "  {\"file\": \"../secret.txt\"},\n"
                              "  {\"file\": \"sub/../../secret.txt\"},\n"
                              "  {\"file\": \"/etc/hostname\"},\n"
                              "  {\"file\": \"%s\", \"id\": \"absolute\"},\n"
                              "  {\"file\": \"link.txt\"},\n"
                              "  {\"file\": \"up/secret.txt\"},\n"
                              "  {\"file\": \"sub/deep-link.txt\"},\n"
                              "  {\"file\": \"good.txt\"},\n"
                              "  {\"file\": \"./sub/../sub/inside.txt\"},\n"
                              "  {\"file\": \"alias.txt\"},\n"
                              "  {\"path\": \"%s/good.txt\", \"id\": \"absolute-inside\"}\n"
                              "]}\n", secret, corpus_dir);
  plx_test_write_file (corpus_dir, "corpus.json", document, -1);

  corpus = plx_test_fixture_load (fixture, "shared");
  plx_test_print_warnings (corpus);
  plx_test_assert_good_loaded (corpus);
  plx_test_assert_good_loaded_as (corpus, "inside");
  plx_test_assert_good_loaded_as (corpus, "alias");
  plx_test_assert_good_loaded_as (corpus, "absolute-inside");
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (corpus)), ==, 4);
  g_assert_false (plx_test_any_text_contains (corpus, "PRIVATE"));
  for (guint i = 0; i < G_N_ELEMENTS (refused); i++)
    g_assert_true (plx_test_has_warning (corpus, refused[i], "outside the folder of the corpus.json; refused"));
  g_assert_true (plx_test_has_warning (corpus, secret, "outside the folder"));
  g_assert_cmpuint (plx_corpus_get_n_warnings (corpus), ==, G_N_ELEMENTS (refused) + 1);

  /* The user opens the outer folder: its files are theirs to compare. */
  outer = plx_test_fixture_load (fixture, NULL);
  plx_test_assert_good_loaded (outer);
  g_assert_nonnull (plx_corpus_find_article (outer, "secret"));
  g_assert_true (plx_test_any_text_contains (outer, "PRIVATE"));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  PLX_TEST_ADD_CORPUS ("/hostile/manifest-malformed", test_manifest_malformed);
  PLX_TEST_ADD_CORPUS ("/hostile/manifest-huge", test_manifest_huge);
  PLX_TEST_ADD_CORPUS ("/hostile/manifest-deep", test_manifest_deep);
  PLX_TEST_ADD_CORPUS ("/hostile/manifest-outside", test_manifest_outside);

  return g_test_run ();
}
