/* test-loader.c: corpus formats and bad input (hostile input, made to
 * break the loader, is in test-hostile-files.c, test-hostile-paths.c and
 * test-hostile-manifest.c)
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "plx-test-util.h"

/* Each bad-input test writes a corpus with one bad file beside one good
 * one, loads it, and checks: the good article loads, the warning names
 * the bad file, and no file of the corpus changed. */
typedef struct
{
  char *dir;
  char *before;
} Fixture;

static void
fixture_setup (Fixture       *fixture,
               gconstpointer  data)
{
  fixture->dir = plx_test_make_dir ();
  plx_test_write_file (fixture->dir, "good.txt", PLX_TEST_GOOD_TEXT, -1);
}

static void
fixture_teardown (Fixture       *fixture,
                  gconstpointer  data)
{
  g_autofree char *after = plx_test_snapshot_tree (fixture->dir);

  /* Nothing in the corpus was written, moved or touched. */
  if (fixture->before != NULL)
    g_assert_cmpstr (after, ==, fixture->before);

  plx_test_remove_tree (fixture->dir);
  g_free (fixture->dir);
  g_free (fixture->before);
}

static PlxCorpus *
fixture_load (Fixture *fixture)
{
  fixture->before = plx_test_snapshot_tree (fixture->dir);

  return plx_test_load (fixture->dir);
}

static void
assert_good_loaded (PlxCorpus *corpus)
{
  PlxArticle *good = plx_corpus_find_article (corpus, "good");

  g_assert_nonnull (good);
  g_assert_cmpuint (plx_article_get_n_sentences (good), ==, 2);
}

static void
test_folder_of_seeds (void)
{
  g_autoptr(PlxCorpus) corpus = plx_test_load (plx_test_sample_dir ());
  PlxArticle *first;

  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (corpus)), ==, 5);
  g_assert_cmpuint (plx_corpus_get_n_warnings (corpus), ==, 0);
  g_assert_cmpstr (plx_corpus_get_name (corpus), ==, "sample");

  first = plx_corpus_get_article (corpus, 0);
  g_assert_cmpstr (plx_article_get_id (first), ==, "000_c04e2a96f8778bf5");
  g_assert_cmpstr (plx_article_get_file (first), ==, "000_c04e2a96f8778bf5.txt");
  g_assert_cmpstr (plx_article_get_outlet (first), ==, "Firstpost");
  g_assert_cmpstr (plx_article_get_language (first), ==, "en");
  /* The text never says when it was published: no date is invented. */
  g_assert_null (plx_article_get_date (first));

  /* Outlets the text does not name stay unknown. */
  for (guint i = 1; i < 5; i++)
    g_assert_null (plx_article_get_outlet (plx_corpus_get_article (corpus, i)));
}

static void
test_offsets_are_exact (void)
{
  g_autoptr(PlxCorpus) corpus = plx_test_load (plx_test_sample_dir ());

  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (corpus)); i++)
    {
      PlxArticle *article = plx_corpus_get_article (corpus, i);
      const char *text = plx_article_get_text (article);
      gsize previous_end = 0;

      for (guint j = 0; j < plx_article_get_n_sentences (article); j++)
        {
          PlxSentence *sentence = plx_article_get_sentence (article, j);
          gsize start = plx_sentence_get_start (sentence);
          gsize end = plx_sentence_get_end (sentence);

          g_assert_cmpuint (plx_sentence_get_index (sentence), ==, j);
          g_assert_cmpuint (start, >=, previous_end);
          g_assert_cmpuint (end, <=, plx_article_get_text_length (article));
          g_assert_cmpint (strncmp (text + start, plx_sentence_get_text (sentence), end - start), ==, 0);
          previous_end = end;
        }
    }
}

static void
test_outlet_from_file_name (Fixture *fixture, gconstpointer data)
{
  g_autoptr(PlxCorpus) corpus = NULL;

  plx_test_write_file (fixture->dir, "02-the-daily-ledger.txt", PLX_TEST_GOOD_TEXT, -1);
  corpus = fixture_load (fixture);
  g_assert_cmpstr (plx_article_get_outlet (plx_corpus_find_article (corpus, "02-the-daily-ledger")), ==, "The Daily Ledger");
  /* "good" is a word, not an outlet we can vouch for... but it is a name-shaped stem. */
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (corpus)), ==, 2);
}

static void
test_empty_folder (void)
{
  g_autofree char *dir = plx_test_make_dir ();
  g_autoptr(PlxCorpus) corpus = plx_test_load (dir);

  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (corpus)), ==, 0);
  g_assert_true (plx_test_has_warning (corpus, "no text files", NULL));
  plx_test_remove_tree (dir);
}

static void
test_folder_without_text_files (void)
{
  g_autofree char *dir = plx_test_make_dir ();
  g_autoptr(PlxCorpus) corpus = NULL;

  plx_test_write_file (dir, "photo.jpg", "\xff\xd8\xff\xe0", 4);
  plx_test_write_file (dir, "notes.md", "# notes", -1);
  corpus = plx_test_load (dir);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (corpus)), ==, 0);
  g_assert_true (plx_test_has_warning (corpus, "no text files", NULL));
  plx_test_remove_tree (dir);
}

static void
on_progress (double   fraction,
             gpointer user_data)
{
  g_array_append_val ((GArray *) user_data, fraction);
}

static void
on_loaded (GObject      *object,
           GAsyncResult *result,
           gpointer      user_data)
{
  *(GAsyncResult **) user_data = g_object_ref (result);
}

static void
test_large_file_with_progress (Fixture *fixture, gconstpointer data)
{
  g_autoptr(GString) big = g_string_new (NULL);
  g_autoptr(GFile) location = g_file_new_for_path (fixture->dir);
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(PlxCorpus) corpus = NULL;
  g_autoptr(GError) error = NULL;
  GArray *fractions = g_array_new (FALSE, FALSE, sizeof (double));
  PlxArticle *article;

  while (big->len < 50 * 1024 * 1024)
    g_string_append (big, "The committee met again on Thursday to review the 50 per cent tariff. "
                          "Members said the talks would continue next week in Delhi.\n");
  plx_test_write_file (fixture->dir, "huge.txt", big->str, big->len);
  fixture->before = plx_test_snapshot_tree (fixture->dir);

  plx_corpus_load_async (location, NULL, on_progress, fractions, NULL, on_loaded, &result);
  while (result == NULL)
    g_main_context_iteration (NULL, TRUE);

  corpus = plx_corpus_load_finish (result, &error);
  g_assert_no_error (error);
  assert_good_loaded (corpus);
  article = plx_corpus_find_article (corpus, "huge");
  g_assert_nonnull (article);
  g_assert_cmpuint (plx_article_get_n_sentences (article), >, 500000);

  /* Progress came in steps and reached the end. */
  g_assert_cmpuint (fractions->len, >=, 2);
  for (guint i = 1; i < fractions->len; i++)
    g_assert_cmpfloat (g_array_index (fractions, double, i), >=, g_array_index (fractions, double, i - 1));
  g_assert_cmpfloat (g_array_index (fractions, double, fractions->len - 1), ==, 1.0);
  g_array_unref (fractions);
}

static void
test_cancel (Fixture *fixture, gconstpointer data)
{
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autoptr(GFile) location = g_file_new_for_path (fixture->dir);
  g_autoptr(GError) error = NULL;
  g_autoptr(PlxCorpus) corpus = NULL;

  g_cancellable_cancel (cancellable);
  corpus = plx_corpus_load (location, cancellable, &error);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_assert_null (corpus);
}

static void
test_manifest (Fixture *fixture, gconstpointer data)
{
  g_autoptr(PlxCorpus) corpus = NULL;
  PlxArticle *article;

  plx_test_write_file (fixture->dir, "a.txt", "Officials met on Monday. They spoke for an hour.\n", -1);
  plx_test_write_file (fixture->dir, "corpus.json",
                       "{\"name\": \"Geneva talks\", \"articles\": [\n"
                       " {\"file\": \"a.txt\", \"outlet\": \"The Daily Ledger\", \"url\": \"https://example.org/a\",\n"
                       "  \"date\": \"2026-01-13\", \"language\": \"en\"},\n"
                       " {\"id\": \"wire\", \"text\": \"Inline text arrives here. It has two sentences.\", \"outlet\": \"Wire\"},\n"
                       " {\"file\": \"missing.txt\", \"outlet\": \"Ghost\"},\n"
                       " {\"file\": \"good.txt\", \"outlet\": 42, \"date\": \"next Tuesday\"},\n"
                       " {\"outlet\": \"Nothing\"}\n"
                       "]}\n", -1);
  corpus = fixture_load (fixture);

  g_assert_cmpstr (plx_corpus_get_name (corpus), ==, "Geneva talks");
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (corpus)), ==, 3);

  article = plx_corpus_find_article (corpus, "a");
  g_assert_nonnull (article);
  g_assert_cmpstr (plx_article_get_outlet (article), ==, "The Daily Ledger");
  g_assert_cmpstr (plx_article_get_url (article), ==, "https://example.org/a");
  g_assert_cmpstr (plx_article_get_date (article), ==, "2026-01-13");
  g_assert_cmpstr (plx_article_get_file (article), ==, "a.txt");

  article = plx_corpus_find_article (corpus, "wire");
  g_assert_nonnull (article);
  g_assert_cmpuint (plx_article_get_n_sentences (article), ==, 2);
  g_assert_null (plx_article_get_file (article));

  assert_good_loaded (corpus);
  g_assert_null (plx_article_get_date (plx_corpus_find_article (corpus, "good")));

  g_assert_true (plx_test_has_warning (corpus, "missing.txt", "does not exist"));
  g_assert_true (plx_test_has_warning (corpus, "article 4", "'outlet' must be a string"));
  g_assert_true (plx_test_has_warning (corpus, "article 4", "next Tuesday"));
  g_assert_true (plx_test_has_warning (corpus, "article 5", "needs a 'file' or a 'text'"));
}

/* Found by fuzzing (tests/fuzz/seeds/manifest/lone-surrogate.json):
 * json-glib reads an escaped lone surrogate as bytes that are not UTF-8,
 * and inline text skips the decoder. Everything the manifest gives is
 * valid UTF-8, as the window's labels need. */
static void
test_manifest_lone_surrogate (Fixture       *fixture,
                              gconstpointer  data)
{
  g_autoptr(PlxCorpus) corpus = NULL;
  PlxArticle *article;

  plx_test_write_file (fixture->dir, "corpus.json",
                       "{\"name\": \"Talks \\udfff here\", \"articles\": [\n"
                       "  {\"id\": \"a\", \"text\": \"Talks resumed \\ud800 in Geneva.\", \"outlet\": \"\\ud83d AP\"},\n"
                       "  {\"file\": \"good.txt\"}\n]}\n", -1);
  corpus = fixture_load (fixture);
  assert_good_loaded (corpus);
  g_assert_true (g_utf8_validate (plx_corpus_get_name (corpus), -1, NULL));

  article = plx_corpus_find_article (corpus, "a");
  g_assert_nonnull (article);
  g_assert_true (g_utf8_validate (plx_article_get_text (article), -1, NULL));
  g_assert_true (g_utf8_validate (plx_article_get_outlet (article), -1, NULL));
  /* json-glib takes the character after a lone surrogate with it. */
  g_assert_true (g_str_has_prefix (plx_article_get_text (article), "Talks resumed \xef\xbf\xbd"));
  g_assert_true (g_str_has_suffix (plx_article_get_text (article), "in Geneva."));
}

/* Found by fuzzing (tests/fuzz/seeds/manifest/parse-error-surrogate.json):
 * json-glib's parse error quotes the bad string as it read it. */
static void
test_manifest_error_is_utf8 (Fixture       *fixture,
                             gconstpointer  data)
{
  g_autofree char *path = g_build_filename (fixture->dir, "corpus.json", NULL);
  g_autoptr(GFile) location = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(PlxCorpus) corpus = NULL;

  plx_test_write_file (fixture->dir, "corpus.json", "{\"articles\": [{\"text\": \"x \\ud800 y\"}{]}", -1);
  fixture->before = plx_test_snapshot_tree (fixture->dir);
  corpus = plx_corpus_load (location, NULL, &error);
  g_assert_null (corpus);
  g_assert_error (error, PLX_ERROR, PLX_ERROR_MANIFEST);
  g_assert_true (g_utf8_validate (error->message, -1, NULL));
  g_assert_nonnull (strstr (error->message, "line 1"));
}

/* Found by fuzzing (tests/fuzz/seeds/manifest/export-text-sentences.json):
 * an export with a "text" beside "sentences" whose offsets lie outside
 * it; the aligner read the text at those offsets, past its end. The
 * text is split afresh instead. */
static void
test_export_sentences_outside_text (Fixture       *fixture,
                                    gconstpointer  data)
{
  g_autoptr(PlxCorpus) corpus = NULL;
  g_autoptr(PlxAlignment) alignment = NULL;
  PlxArticle *article;

  plx_test_write_file (fixture->dir, "corpus.json",
                       "{\"parallax\": 1, \"articles\": [\n"
                       "  {\"id\": \"a\", \"text\": \"Short text. \\\"A quote\\\" here.\",\n"
                       "   \"sentences\": [{\"role\": \"body\", \"text\": \"Short text. \\\"A quote\\\" here. And more\",\n"
                       "                  \"start\": 5000, \"end\": 5035}]},\n"
                       "  {\"id\": \"b\", \"text\": \"Short text. \\\"A quote\\\" here.\"}\n]}\n", -1);
  corpus = fixture_load (fixture);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (corpus)), ==, 2);

  article = plx_corpus_find_article (corpus, "a");
  g_assert_cmpuint (plx_article_get_n_sentences (article), >, 0);
  for (guint i = 0; i < plx_article_get_n_sentences (article); i++)
    {
      PlxSentence *sentence = plx_article_get_sentence (article, i);

      g_assert_cmpuint (plx_sentence_get_end (sentence), <=, plx_article_get_text_length (article));
      g_assert_cmpint (strncmp (plx_article_get_text (article) + plx_sentence_get_start (sentence),
                                plx_sentence_get_text (sentence),
                                plx_sentence_get_end (sentence) - plx_sentence_get_start (sentence)), ==, 0);
    }

  /* Quotes are read from the text at the sentences' offsets. */
  alignment = plx_align_corpus (corpus, NULL, NULL);
  g_assert_nonnull (alignment);
}

/* Found by fuzzing in CI: a sentence of an export whose "start" is an
 * array made json-glib's getter critical (a crash where warnings are
 * fatal). Members of the wrong kind are taken as absent: the sentence
 * with an object for its text is skipped with a warning, the others
 * keep their text. */
static void
test_export_sentence_members_of_other_kinds (Fixture       *fixture,
                                             gconstpointer  data)
{
  g_autoptr(PlxCorpus) corpus = NULL;
  PlxArticle *article;

  plx_test_write_file (fixture->dir, "corpus.json",
                       "{\"parallax\": 1, \"articles\": [\n"
                       "  {\"id\": \"a\", \"sentences\": [\n"
                       "    {\"text\": \"Tariffs rose on Monday.\", \"start\": [1], \"end\": {\"x\": 2}},\n"
                       "    {\"text\": {\"nested\": true}, \"start\": 0},\n"
                       "    {\"text\": \"Markets fell.\", \"role\": [\"body\"], \"start\": \"3\"}]},\n"
                       "  {\"id\": \"b\", \"text\": \"Tariffs rose on Monday.\"}\n]}\n", -1);
  corpus = fixture_load (fixture);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (corpus)), ==, 2);

  article = plx_corpus_find_article (corpus, "a");
  g_assert_nonnull (article);
  g_assert_nonnull (strstr (plx_article_get_text (article), "Tariffs rose on Monday."));
  g_assert_nonnull (strstr (plx_article_get_text (article), "Markets fell."));
  g_assert_true (plx_test_has_warning (corpus, "sentence 1", "no text"));
}

static void
test_missing_location (void)
{
  g_autoptr(GFile) location = g_file_new_for_path ("/nonexistent/parallax/corpus");
  g_autoptr(GError) error = NULL;
  g_autoptr(PlxCorpus) corpus = plx_corpus_load (location, NULL, &error);

  g_assert_null (corpus);
  g_assert_error (error, PLX_ERROR, PLX_ERROR_FAILED);
  g_assert_nonnull (strstr (error->message, "/nonexistent/parallax/corpus"));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_setup, func, fixture_teardown)
  g_test_add_func ("/loader/folder-of-seeds", test_folder_of_seeds);
  g_test_add_func ("/loader/offsets-are-exact", test_offsets_are_exact);
  ADD ("/loader/outlet-from-file-name", test_outlet_from_file_name);
  ADD ("/loader/manifest", test_manifest);
  g_test_add_func ("/loader/missing-location", test_missing_location);
  g_test_add_func ("/loader/bad/empty-folder", test_empty_folder);
  g_test_add_func ("/loader/bad/folder-without-text-files", test_folder_without_text_files);
  ADD ("/loader/bad/large-file-with-progress", test_large_file_with_progress);
  ADD ("/loader/bad/cancel", test_cancel);
  ADD ("/loader/bad/manifest-lone-surrogate", test_manifest_lone_surrogate);
  ADD ("/loader/bad/manifest-error-is-utf8", test_manifest_error_is_utf8);
  ADD ("/loader/bad/export-sentences-outside-text", test_export_sentences_outside_text);
  ADD ("/loader/bad/export-sentence-members-of-other-kinds", test_export_sentence_members_of_other_kinds);
#undef ADD

  return g_test_run ();
}
