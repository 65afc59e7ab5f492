/* test-corrections.c: the editor's corrections and the .parallax file
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "plx-comparison-file.h"
#include "plx-test-util.h"

/* ---- Helpers ---------------------------------------------------------- */

static gint
compare_strings (gconstpointer a,
                    gconstpointer b)
{
  return g_strcmp0 (*(char * const *) a, *(char * const *) b);
}

/* A row as the set of its sentences, "article:sentence" sorted. */
static char *
row_key (PlxRow *row)
{
  g_autoptr(GPtrArray) parts = g_ptr_array_new_with_free_func (g_free);

  for (guint m = 0; m < plx_row_get_n_members (row); m++)
    {
      const PlxRowMember *member = plx_row_get_member (row, m);

      g_ptr_array_add (parts, g_strdup_printf ("%s:%u", plx_article_get_id (member->article), member->sentence));
    }
  g_ptr_array_sort (parts, (GCompareFunc) compare_strings);
  g_ptr_array_add (parts, NULL);

  return g_strjoinv (" ", (char **) parts->pdata);
}

static GHashTable *
row_keys (PlxComparison *comparison)
{
  PlxAlignment *alignment = plx_comparison_get_alignment (comparison);
  GHashTable *keys = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  for (guint r = 0; r < g_list_model_get_n_items (G_LIST_MODEL (alignment)); r++)
    g_hash_table_add (keys, row_key (plx_alignment_get_row (alignment, r)));

  return keys;
}

/* The keys of @a that @b lacks, sorted and joined by " | ". */
static char *
keys_only_in (GHashTable *a,
              GHashTable *b)
{
  g_autoptr(GPtrArray) only = g_ptr_array_new ();
  GHashTableIter iter;
  gpointer key;

  g_hash_table_iter_init (&iter, a);
  while (g_hash_table_iter_next (&iter, &key, NULL))
    if (!g_hash_table_contains (b, key))
      g_ptr_array_add (only, key);
  g_ptr_array_sort (only, (GCompareFunc) compare_strings);
  g_ptr_array_add (only, NULL);

  return g_strjoinv (" | ", (char **) only->pdata);
}

static PlxComparison *
open_aligned (const char *path,
              GError    **error)
{
  g_autoptr(PlxComparison) comparison = plx_comparison_new ();
  g_autoptr(GFile) location = g_file_new_for_path (path);

  if (!plx_comparison_load (comparison, location, NULL, error) ||
      !plx_comparison_align (comparison, NULL, NULL, error))
    return NULL;

  return g_steal_pointer (&comparison);
}

static void
add_ref (JsonBuilder *builder,
         PlxArticle  *article,
         guint        sentence)
{
  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "article");
  json_builder_add_string_value (builder, plx_article_get_id (article));
  json_builder_set_member_name (builder, "sentence");
  json_builder_add_int_value (builder, sentence);
  json_builder_set_member_name (builder, "text");
  json_builder_add_string_value (builder, plx_sentence_get_text (plx_article_get_sentence (article, sentence)));
  json_builder_end_object (builder);
}

static void
add_pair (JsonBuilder        *builder,
          const PlxRowMember *a,
          const PlxRowMember *b)
{
  json_builder_begin_array (builder);
  add_ref (builder, a->article, a->sentence);
  add_ref (builder, b->article, b->sentence);
  json_builder_end_array (builder);
}

static char *
builder_text (JsonBuilder *builder)
{
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autoptr(JsonNode) root = json_builder_get_root (builder);

  json_generator_set_root (generator, root);
  json_generator_set_pretty (generator, TRUE);

  return json_generator_to_data (generator, NULL);
}

/* ---- Tests -------------------------------------------------------------- */

/* The acceptance case: a .parallax file for the sample names two
 * outlets, joins two sentences the aligner keeps apart and parts two it
 * puts together; the rows change exactly so, and neither the file nor
 * the corpus is written. */
static void
test_corrections_sample (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PlxComparison) plain = open_aligned (plx_test_sample_dir (), &error);
  g_autoptr(PlxComparison) corrected = NULL;
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autoptr(GHashTable) before = NULL;
  g_autoptr(GHashTable) after = NULL;
  g_autofree char *dir = plx_test_make_dir ();
  g_autofree char *path = g_build_filename (dir, "sample.parallax", NULL);
  g_autofree char *text = NULL;
  g_autofree char *read_back = NULL;
  g_autofree char *corpus_before = plx_test_snapshot_tree (plx_test_sample_dir ());
  g_autofree char *corpus_after = NULL;
  g_autofree char *expected_gone = NULL;
  g_autofree char *expected_new = NULL;
  g_autofree char *gone = NULL;
  g_autofree char *added = NULL;
  g_autofree char *json = NULL;
  g_autofree char *csv = NULL;
  g_autofree char *html = NULL;
  PlxRow *single_a, *single_b, *pair;
  PlxCorpus *corpus;
  PlxArticle *first, *second;
  gsize length;

  g_assert_no_error (error);
  corpus = plx_comparison_get_corpus (plain);
  first = plx_corpus_get_article (corpus, 0);
  second = plx_corpus_get_article (corpus, 1);
  plx_test_choose_rows (plx_comparison_get_alignment (plain), &single_a, &single_b, &pair);

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "parallax-comparison");
  json_builder_add_int_value (builder, 1);
  json_builder_set_member_name (builder, "corpus");
  json_builder_add_string_value (builder, plx_test_sample_dir ());
  json_builder_set_member_name (builder, "outlets");
  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, plx_article_get_id (first));
  json_builder_add_string_value (builder, "The Daily Ledger");
  json_builder_set_member_name (builder, plx_article_get_id (second));
  json_builder_add_string_value (builder, "Rundschau & Co");
  json_builder_end_object (builder);
  json_builder_set_member_name (builder, "together");
  json_builder_begin_array (builder);
  add_pair (builder, plx_row_get_member (single_a, 0), plx_row_get_member (single_b, 0));
  json_builder_end_array (builder);
  json_builder_set_member_name (builder, "apart");
  json_builder_begin_array (builder);
  add_pair (builder, plx_row_get_member (pair, 0), plx_row_get_member (pair, 1));
  json_builder_end_array (builder);
  json_builder_end_object (builder);
  text = builder_text (builder);
  plx_test_write_file (dir, "sample.parallax", text, -1);

  corrected = open_aligned (path, &error);
  g_assert_no_error (error);

  /* Exactly the three rows changed, into the three expected. */
  before = row_keys (plain);
  after = row_keys (corrected);
  gone = keys_only_in (before, after);
  added = keys_only_in (after, before);
  {
    g_autofree char *a = row_key (single_a);
    g_autofree char *b = row_key (single_b);
    g_autofree char *p = row_key (pair);
    const PlxRowMember *p0 = plx_row_get_member (pair, 0);
    const PlxRowMember *p1 = plx_row_get_member (pair, 1);
    g_autofree char *p0_key = g_strdup_printf ("%s:%u", plx_article_get_id (p0->article), p0->sentence);
    g_autofree char *p1_key = g_strdup_printf ("%s:%u", plx_article_get_id (p1->article), p1->sentence);
    g_autofree char *ab = g_strcmp0 (a, b) < 0 ? g_strdup_printf ("%s %s", a, b) : g_strdup_printf ("%s %s", b, a);
    const char *keys[] = { a, b, p, NULL };
    const char *new_keys[] = { ab, p0_key, p1_key, NULL };

    qsort (keys, 3, sizeof (char *), compare_strings);
    qsort (new_keys, 3, sizeof (char *), compare_strings);
    expected_gone = g_strjoinv (" | ", (char **) keys);
    expected_new = g_strjoinv (" | ", (char **) new_keys);
  }
  g_assert_cmpstr (gone, ==, expected_gone);
  g_assert_cmpstr (added, ==, expected_new);

  /* The outlets are named, in the window's headers and the exports. */
  g_assert_cmpstr (plx_article_get_display_name (plx_corpus_get_article (plx_comparison_get_corpus (corrected), 0)),
                   ==, "The Daily Ledger");
  json = plx_export_json (corrected, FALSE, &length);
  g_assert_nonnull (strstr (json, "\"outlet\":\"The Daily Ledger\""));
  g_assert_nonnull (strstr (json, "\"corrected\":true"));
  csv = plx_export_csv (corrected, &length);
  g_assert_nonnull (strstr (csv, "The Daily Ledger"));
  g_assert_nonnull (strstr (csv, "Rundschau & Co"));
  g_assert_nonnull (strstr (csv, ",corrected,note\r\n"));
  g_assert_nonnull (strstr (csv, ",yes,\r\n"));
  html = plx_export_html (corrected);
  g_assert_nonnull (strstr (html, "Rundschau &amp; Co"));
  g_assert_nonnull (strstr (html, " corrected\">"));

  /* Nothing was written: not the file, not the corpus. */
  g_file_get_contents (path, &read_back, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (read_back, ==, text);
  g_assert_false (plx_comparison_get_modified (corrected));
  corpus_after = plx_test_snapshot_tree (plx_test_sample_dir ());
  g_assert_cmpstr (corpus_after, ==, corpus_before);

  plx_test_remove_tree (dir);
}

static const char *article_a =
  "Ministers from both countries met in Geneva on Tuesday to discuss tariffs.\n\n"
  "The talks lasted four hours and ended without a joint statement.\n\n"
  "A spokesman said further meetings were planned for March.\n";
static const char *article_b =
  "Trade ministers held talks in Geneva on Tuesday about tariffs.\n\n"
  "Farmers protested outside the building during the meeting.\n\n"
  "Officials said more meetings would follow in March.\n";

static char *
make_two_article_corpus (void)
{
  char *dir = plx_test_make_dir ();

  plx_test_write_file (dir, "corpus/a.txt", article_a, -1);
  plx_test_write_file (dir, "corpus/b.txt", article_b, -1);

  return dir;
}

/* Bad files fail with the file's name and the problem; bad entries are
 * left out with a warning naming them, and the rest is applied. */
static void
test_corrections_bad_input (void)
{
  g_autofree char *dir = make_two_article_corpus ();
  g_autofree char *path = g_build_filename (dir, "bad.parallax", NULL);
  g_autoptr(PlxComparison) comparison = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  PlxAlignment *alignment;
  PlxCorpus *corpus;
  PlxRow *row;

  plx_test_write_file (dir, "bad.parallax", "{\"parallax-comparison\": 1, \"corpus\": ", -1);
  comparison = open_aligned (path, &error);
  g_assert_null (comparison);
  g_assert_error (error, PLX_ERROR, PLX_ERROR_COMPARISON_FILE);
  g_assert_nonnull (strstr (error->message, "bad.parallax"));
  g_assert_nonnull (strstr (error->message, "not JSON"));
  g_clear_error (&error);

  /* The parser quotes what it stopped at, cut to a few bytes, here in
   * the middle of a character: the message stays UTF-8. */
  plx_test_write_file (dir, "bad.parallax", "{\"a\": 1, \"xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx”yy\" 2}", -1);
  comparison = open_aligned (path, &error);
  g_assert_error (error, PLX_ERROR, PLX_ERROR_COMPARISON_FILE);
  g_assert_true (g_utf8_validate (error->message, -1, NULL));
  g_clear_error (&error);

  plx_test_write_file (dir, "bad.parallax", "[1, 2]", -1);
  comparison = open_aligned (path, &error);
  g_assert_error (error, PLX_ERROR, PLX_ERROR_COMPARISON_FILE);
  g_assert_nonnull (strstr (error->message, "not a Parallax comparison"));
  g_clear_error (&error);

  plx_test_write_file (dir, "bad.parallax", "{\"parallax-comparison\": 1, \"corpus\": \"elsewhere\"}", -1);
  comparison = open_aligned (path, &error);
  g_assert_error (error, PLX_ERROR, PLX_ERROR_COMPARISON_FILE);
  g_assert_nonnull (strstr (error->message, "elsewhere"));
  g_assert_nonnull (strstr (error->message, "missing"));
  g_clear_error (&error);

  /* Good: a.txt's sentence 1 with b.txt's sentence 1 (the talks, the
   * farmers: kept apart by the aligner). Bad: an unknown article, a
   * sentence past the end, a pair both together and apart, a pair of
   * one, an outlet name that is not text. */
  plx_test_write_file (dir, "bad.parallax",
                       "{\"parallax-comparison\": 1, \"corpus\": \"corpus\","
                       " \"outlets\": {\"a\": \"Agence\", \"b\": 7},"
                       " \"together\": [[{\"article\": \"a\", \"sentence\": 1}, {\"article\": \"b\", \"sentence\": 1}],"
                       "                [{\"article\": \"nobody\", \"sentence\": 0}, {\"article\": \"a\", \"sentence\": 40}]],"
                       " \"apart\": [[{\"article\": \"a\", \"sentence\": 1}, {\"article\": \"b\", \"sentence\": 1}],"
                       "             [{\"article\": \"a\", \"sentence\": 0}]],"
                       " \"threshold\": \"high\"}", -1);
  before = plx_test_snapshot_tree (dir);
  comparison = open_aligned (path, &error);
  g_assert_no_error (error);
  corpus = plx_comparison_get_corpus (comparison);
  alignment = plx_comparison_get_alignment (comparison);

  g_assert_true (plx_test_has_warning (corpus, "bad.parallax", "listed both together and apart"));
  g_assert_true (plx_test_has_warning (corpus, "bad.parallax", "“apart”, entry 2"));
  g_assert_true (plx_test_has_warning (corpus, "bad.parallax", "“b” is not a text"));
  g_assert_true (plx_test_has_warning (corpus, "bad.parallax", "“threshold”"));
  g_assert_true (g_strv_contains (plx_alignment_get_warnings (alignment),
                                  "sentence 0 of “nobody” is no longer in the corpus: its correction is left out"));
  g_assert_true (g_strv_contains (plx_alignment_get_warnings (alignment),
                                  "sentence 40 of “a” is no longer in the corpus: its correction is left out"));

  /* The rest applied. */
  row = plx_alignment_find_row (alignment, plx_corpus_find_article (corpus, "a"), 1);
  g_assert_true (row == plx_alignment_find_row (alignment, plx_corpus_find_article (corpus, "b"), 1));
  g_assert_true (plx_row_get_corrected (row));
  g_assert_cmpstr (plx_article_get_display_name (plx_corpus_find_article (corpus, "a")), ==, "Agence");
  g_assert_cmpstr (plx_article_get_display_name (plx_corpus_find_article (corpus, "b")), ==, "b");

  after = plx_test_snapshot_tree (dir);
  g_assert_cmpstr (after, ==, before);
  plx_test_remove_tree (dir);
}

/* A sentence is found by its text when the article changed on disk. */
static void
test_corrections_article_changed (void)
{
  g_autofree char *dir = make_two_article_corpus ();
  g_autofree char *path = g_build_filename (dir, "moved.parallax", NULL);
  g_autofree char *changed = g_strconcat ("A new opening paragraph was added on Wednesday.\n\n", article_a, NULL);
  g_autoptr(PlxComparison) comparison = NULL;
  g_autoptr(GError) error = NULL;
  PlxCorpus *corpus;
  PlxRow *row;

  plx_test_write_file (dir, "corpus/a.txt", changed, -1);
  plx_test_write_file (dir, "moved.parallax",
                       "{\"parallax-comparison\": 1, \"corpus\": \"corpus\","
                       " \"together\": [[{\"article\": \"a\", \"sentence\": 1,"
                       "                  \"text\": \"The talks lasted four hours and ended without a joint statement.\"},"
                       "                 {\"article\": \"b\", \"sentence\": 1}]]}", -1);
  comparison = open_aligned (path, &error);
  g_assert_no_error (error);
  corpus = plx_comparison_get_corpus (comparison);
  row = plx_alignment_find_row (plx_comparison_get_alignment (comparison), plx_corpus_find_article (corpus, "a"), 2);
  g_assert_nonnull (row);
  g_assert_true (row == plx_alignment_find_row (plx_comparison_get_alignment (comparison),
                                                plx_corpus_find_article (corpus, "b"), 1));
  g_assert_cmpuint (plx_alignment_get_warnings (plx_comparison_get_alignment (comparison))[0] == NULL, ==, TRUE);

  plx_test_remove_tree (dir);
}

/* Edits through the API: join, take out, note and name; saved, the file
 * reopens to the same rows; edits mark the comparison modified. */
static void
test_corrections_save_reopen (void)
{
  g_autofree char *dir = make_two_article_corpus ();
  g_autofree char *corpus_path = g_build_filename (dir, "corpus", NULL);
  g_autofree char *path = g_build_filename (dir, "saved.parallax", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(PlxComparison) comparison = open_aligned (corpus_path, NULL);
  g_autoptr(PlxComparison) reopened = NULL;
  g_autoptr(PlxCorrections) edit = NULL;
  g_autoptr(GHashTable) rows = NULL;
  g_autoptr(GHashTable) rows_reopened = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *saved = NULL;
  g_autofree char *only = NULL;
  PlxCorpus *corpus = plx_comparison_get_corpus (comparison);
  PlxArticle *a = plx_corpus_find_article (corpus, "a");
  PlxArticle *b = plx_corpus_find_article (corpus, "b");
  PlxAlignment *alignment;
  PlxRow *row;

  g_assert_false (plx_comparison_get_modified (comparison));

  edit = plx_corrections_copy (plx_comparison_get_corrections (comparison));
  plx_corrections_join (edit, plx_alignment_find_row (plx_comparison_get_alignment (comparison), a, 1), b, 1);
  plx_corrections_set_outlet_name (edit, "b", "  Wire Service ");
  plx_comparison_set_corrections (comparison, edit);
  g_assert_true (plx_comparison_get_modified (comparison));
  g_assert_cmpstr (plx_article_get_display_name (b), ==, "Wire Service");
  g_assert_true (plx_comparison_align (comparison, NULL, NULL, &error));
  alignment = plx_comparison_get_alignment (comparison);
  row = plx_alignment_find_row (alignment, a, 1);
  g_assert_true (row == plx_alignment_find_row (alignment, b, 1));

  /* Take the joined sentence out again, and note the row it leaves. */
  g_clear_object (&edit);
  edit = plx_corrections_copy (plx_comparison_get_corrections (comparison));
  plx_corrections_take_out (edit, row, b, 1);
  plx_corrections_set_note (edit, row, "Checked with the ministry.");
  plx_comparison_set_corrections (comparison, edit);
  g_assert_true (plx_comparison_align (comparison, NULL, NULL, &error));
  alignment = plx_comparison_get_alignment (comparison);
  g_assert_false (plx_alignment_find_row (alignment, a, 1) == plx_alignment_find_row (alignment, b, 1));
  g_assert_cmpstr (plx_row_get_note (plx_alignment_find_row (alignment, a, 1)), ==, "Checked with the ministry.");

  g_assert_true (plx_comparison_save (comparison, file, NULL, &error));
  g_assert_no_error (error);
  g_assert_false (plx_comparison_get_modified (comparison));
  g_assert_true (g_file_equal (plx_comparison_get_file (comparison), file));
  g_file_get_contents (path, &saved, NULL, &error);
  g_assert_no_error (error);
  g_assert_nonnull (strstr (saved, "\"corpus\" : \"corpus\""));

  reopened = open_aligned (path, &error);
  g_assert_no_error (error);
  rows = row_keys (comparison);
  rows_reopened = row_keys (reopened);
  only = keys_only_in (rows, rows_reopened);
  g_assert_cmpstr (only, ==, "");
  g_clear_pointer (&only, g_free);
  only = keys_only_in (rows_reopened, rows);
  g_assert_cmpstr (only, ==, "");
  g_assert_cmpstr (plx_article_get_display_name (plx_corpus_find_article (plx_comparison_get_corpus (reopened), "b")),
                   ==, "Wire Service");
  g_assert_cmpstr (plx_row_get_note (plx_alignment_find_row (plx_comparison_get_alignment (reopened),
                                                             plx_corpus_find_article (plx_comparison_get_corpus (reopened), "a"), 1)),
                   ==, "Checked with the ministry.");
  g_assert_true (plx_corrections_equal (plx_comparison_get_corrections (reopened),
                                        plx_comparison_get_corrections (comparison)));

  plx_test_remove_tree (dir);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/corrections/sample", test_corrections_sample);
  g_test_add_func ("/corrections/bad-input", test_corrections_bad_input);
  g_test_add_func ("/corrections/article-changed", test_corrections_article_changed);
  g_test_add_func ("/corrections/save-reopen", test_corrections_save_reopen);

  return g_test_run ();
}
