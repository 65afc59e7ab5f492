/* test-copies.c: agency copies found, independent reports left alone
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "plx-test-util.h"

/* One wire story, ten paragraphs. */
static const char * const story[] = {
  "Port workers walked out at dawn on Monday, halting the loading of grain ships at the country's largest harbour.",
  "The union said the strike would last at least three days unless the port authority reopened talks on night-shift pay.",
  "About 4,000 dockers joined the stoppage, according to the union, while the authority put the number at 2,600.",
  "Twelve vessels were waiting at anchor by midday, and two container lines said they would divert ships to smaller ports.",
  "The transport minister called the strike irresponsible and urged both sides to return to the table before the harvest peak.",
  "Grain traders warned that a long stoppage could delay exports worth several hundred million dollars this month alone.",
  "Talks broke down last week after the authority offered a four per cent rise, half of what the union had demanded.",
  "Police were deployed at the harbour gates, but the picket lines remained calm throughout the morning, witnesses said.",
  "The port handled a record 48 million tonnes of cargo last year, much of it wheat and maize bound for North Africa.",
  "A spokesman for the authority said it remained open to mediation and hoped for an agreement within days.",
  NULL
};

/* The story as one article: @headline, then paragraphs @from to @to
 * (exclusive), then @extra when not NULL. */
static char *
article (const char *headline,
         const char *intro,
         guint       from,
         guint       to,
         const char *extra)
{
  GString *text = g_string_new (headline);

  g_string_append (text, "\n\n");
  if (intro != NULL)
    g_string_append_printf (text, "%s\n\n", intro);
  for (guint i = from; i < to; i++)
    g_string_append_printf (text, "%s\n\n", story[i]);
  if (extra != NULL)
    g_string_append_printf (text, "%s\n", extra);

  return g_string_free (text, FALSE);
}

static guint
find_root (GHashTable *parent,
           PlxArticle *article)
{
  PlxArticle *up;

  while ((up = g_hash_table_lookup (parent, article)) != NULL)
    article = up;

  return GPOINTER_TO_UINT (article);
}

static void
test_copies_found (void)
{
  g_autofree char *original = article ("Dockers strike halts grain exports", NULL, 0, 10, NULL);
  g_autofree char *new_headline = article ("Port paralysed as dock workers walk out", NULL, 0, 10, NULL);
  g_autofree char *cut = article ("Dockers strike halts grain exports", NULL, 0, 10, NULL);
  g_autofree char *intro = article ("Strike at the port", "Our correspondent adds: the mood at the gates was tense but orderly as the first shift ended.",
                                    0, 10, NULL);
  g_autofree char *short_cut = article ("Dock strike", NULL, 0, 4, "(Reporting by Ana Ruiz; Editing by Tom Hale)");
  const char *independent =
    "Harbour at a standstill\n\n"
    "Nothing moved on the quays on Monday morning as dock workers stayed away in a dispute over pay for night shifts.\n\n"
    "Ship captains waiting offshore told this newspaper they had been given no idea when loading might resume.\n\n"
    "The minister for transport, visiting a factory in the north, said the walkout was damaging the whole economy.\n\n"
    "Farmers' groups fear that wheat and maize will pile up in silos if the dispute is not settled before the harvest.\n";
  const char *texts[7];
  g_autoptr(PlxCorpus) corpus = NULL;
  g_autoptr(PlxAlignment) alignment = NULL;
  g_autoptr(GHashTable) parent = g_hash_table_new (NULL, NULL);
  char *paragraph_cut;
  guint root;

  /* A sentence cut: the fifth paragraph goes. */
  paragraph_cut = strstr (cut, story[4]);
  memmove (paragraph_cut, paragraph_cut + strlen (story[4]) + 2, strlen (paragraph_cut + strlen (story[4]) + 2) + 1);

  texts[0] = original;
  texts[1] = new_headline;
  texts[2] = cut;
  texts[3] = intro;
  texts[4] = short_cut;
  texts[5] = independent;
  texts[6] = NULL;
  alignment = plx_test_align_texts (texts, &corpus);

  for (guint a = 0; a < 6; a++)
    {
      PlxArticle *item = plx_corpus_get_article (corpus, a);
      const PlxCopy *copy = plx_alignment_find_copy (alignment, item);

      if (copy == NULL)
        continue;
      g_assert_true (copy->copy == item);
      g_assert_true (copy->original != item);
      g_assert_cmpfloat (copy->share, >=, 0.6);
      g_assert_cmpfloat (copy->share, <=, 1.0);
      g_hash_table_insert (parent, item, copy->original);
    }

  /* The five versions of the story are one group; the shortest, a 40%
   * cut with a credit line, is a copy (it is the shorter of any pair). */
  root = find_root (parent, plx_corpus_get_article (corpus, 0));
  for (guint a = 1; a < 5; a++)
    g_assert_cmpuint (find_root (parent, plx_corpus_get_article (corpus, a)), ==, root);
  g_assert_nonnull (plx_alignment_find_copy (alignment, plx_corpus_get_article (corpus, 4)));

  /* The outlet that told the story in its own words is no copy, and
   * nothing copies it. */
  g_assert_null (plx_alignment_find_copy (alignment, plx_corpus_get_article (corpus, 5)));
  for (guint a = 0; a < 5; a++)
    {
      const PlxCopy *copy = plx_alignment_find_copy (alignment, plx_corpus_get_article (corpus, a));

      g_assert_true (copy == NULL || copy->original != plx_corpus_get_article (corpus, 5));
    }
}

/* Of two dated versions, the later is the copy, whatever their lengths. */
static void
test_copies_dated (void)
{
  g_autofree char *longer = article ("Dockers strike halts grain exports", NULL, 0, 10, NULL);
  g_autofree char *shorter = article ("Dockers strike", NULL, 0, 8, NULL);
  const char *texts[] = { longer, shorter, NULL };
  g_autoptr(PlxCorpus) corpus = NULL;
  g_autoptr(PlxAlignment) alignment = NULL;
  const PlxCopy *copy;

  alignment = plx_test_align_texts (texts, &corpus);
  copy = plx_alignment_find_copy (alignment, plx_corpus_get_article (corpus, 1));
  g_assert_nonnull (copy);
  g_assert_true (copy->original == plx_corpus_get_article (corpus, 0));

  /* The shorter, published first, is the original. */
  plx_article_set_published (plx_corpus_get_article (corpus, 0), "2026-03-02T10:00:00Z");
  plx_article_set_published (plx_corpus_get_article (corpus, 1), "2026-03-02T08:00:00Z");
  g_clear_object (&alignment);
  alignment = plx_align_corpus (corpus, NULL, NULL);
  g_assert_null (plx_alignment_find_copy (alignment, plx_corpus_get_article (corpus, 1)));
  copy = plx_alignment_find_copy (alignment, plx_corpus_get_article (corpus, 0));
  g_assert_nonnull (copy);
  g_assert_true (copy->original == plx_corpus_get_article (corpus, 1));
  g_assert_cmpfloat (copy->share, <, 0.9);
}

/* Loads a corpus.json of @n entries, each with an id, a text, an
 * address and, when @dates is not NULL, a date. */
static PlxCorpus *
load_manifest (const char * const *ids,
               const char * const *texts,
               const char * const *urls,
               const char * const *dates,
               guint               n)
{
  g_autofree char *dir = plx_test_make_dir ();
  g_autofree char *path = g_build_filename (dir, "corpus.json", NULL);
  g_autofree char *manifest = NULL;
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autoptr(JsonNode) root = NULL;
  PlxCorpus *corpus;

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "articles");
  json_builder_begin_array (builder);
  for (guint i = 0; i < n; i++)
    {
      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "id");
      json_builder_add_string_value (builder, ids[i]);
      json_builder_set_member_name (builder, "text");
      json_builder_add_string_value (builder, texts[i]);
      json_builder_set_member_name (builder, "url");
      json_builder_add_string_value (builder, urls[i]);
      if (dates != NULL)
        {
          json_builder_set_member_name (builder, "date");
          json_builder_add_string_value (builder, dates[i]);
        }
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
  json_builder_end_object (builder);
  root = json_builder_get_root (builder);
  json_generator_set_root (generator, root);
  manifest = json_generator_to_data (generator, NULL);
  plx_test_write_file (dir, "corpus.json", manifest, -1);

  corpus = plx_test_load (path);
  plx_test_remove_tree (dir);

  return corpus;
}

/* A corpus.json with two entries at one address, the later edited: the
 * later is a version of the earlier, and no copy; the same text twice
 * at one address is a duplicate, and no version. */
static void
test_copies_versions (void)
{
  g_autofree char *first = article ("Dockers strike halts grain exports", NULL, 0, 6, NULL);
  g_autofree char *edited = article ("Dockers strike halts grain exports", NULL, 0, 6,
                                     "Update: the union and the authority agreed on Tuesday evening to resume talks.");
  g_autoptr(PlxCorpus) corpus = NULL;
  g_autoptr(PlxAlignment) alignment = NULL;
  const char *ids[] = { "v2", "v1", "v1-again", "other" };
  const char *texts[] = { edited, first, first, first };
  const char *urls[] = { "https://news.example/strike#top", "http://news.example/strike/",
                         "https://news.example/strike", "https://other.example/strike" };
  const char *dates[] = { "2026-03-02", "2026-03-01", "2026-03-01", "2026-03-01" };

  corpus = load_manifest (ids, texts, urls, dates, G_N_ELEMENTS (ids));
  alignment = plx_align_corpus (corpus, NULL, NULL);

  /* The edited one (dated later, listed first) follows v1-again, the
   * last of the two identical earlier ones. */
  g_assert_true (plx_alignment_find_previous_version (alignment, plx_corpus_find_article (corpus, "v2")) ==
                 plx_corpus_find_article (corpus, "v1-again"));
  g_assert_null (plx_alignment_find_previous_version (alignment, plx_corpus_find_article (corpus, "v1-again")));
  g_assert_null (plx_alignment_find_previous_version (alignment, plx_corpus_find_article (corpus, "v1")));
  g_assert_null (plx_alignment_find_previous_version (alignment, plx_corpus_find_article (corpus, "other")));
  /* The same text twice at one address is a duplicate: one source. */
  {
    const PlxCopy *duplicate = plx_alignment_find_copy (alignment, plx_corpus_find_article (corpus, "v1-again"));

    g_assert_nonnull (duplicate);
    g_assert_true (duplicate->original == plx_corpus_find_article (corpus, "v1"));
    g_assert_cmpfloat (duplicate->share, ==, 1.0);
  }
  /* Versions are no copies; an article elsewhere with the same text is. */
  g_assert_null (plx_alignment_find_copy (alignment, plx_corpus_find_article (corpus, "v2")));
  g_assert_nonnull (plx_alignment_find_copy (alignment, plx_corpus_find_article (corpus, "other")));
}

/* A page saved again by Check for Updates: "story-2" beside "story",
 * undated or of one date, is the later version, though the folder lists
 * it first. */
static void
test_copies_numbered_versions (void)
{
  g_autofree char *first = article ("Dockers strike halts grain exports", NULL, 0, 6, NULL);
  g_autofree char *edited = article ("Dockers strike halts grain exports", NULL, 0, 6,
                                     "Update: the union and the authority agreed on Tuesday evening to resume talks.");
  g_autofree char *third = article ("Dockers strike halts grain exports", NULL, 0, 5, NULL);
  const char *ids[] = { "story-10", "story-2", "story", "other-2" };
  const char *texts[] = { third, edited, first, edited };
  const char *urls[] = { "https://news.example/strike", "https://news.example/strike",
                         "https://news.example/strike", "https://other.example/strike" };
  const char *dates[] = { "2026-03-01", "2026-03-01", "2026-03-01", "2026-03-01" };

  for (guint dated = 0; dated < 2; dated++)
    {
      g_autoptr(PlxCorpus) corpus = load_manifest (ids, texts, urls, dated ? dates : NULL, G_N_ELEMENTS (ids));
      g_autoptr(PlxAlignment) alignment = plx_align_corpus (corpus, NULL, NULL);

      g_assert_true (plx_alignment_find_previous_version (alignment, plx_corpus_find_article (corpus, "story-2")) ==
                     plx_corpus_find_article (corpus, "story"));
      g_assert_true (plx_alignment_find_previous_version (alignment, plx_corpus_find_article (corpus, "story-10")) ==
                     plx_corpus_find_article (corpus, "story-2"));
      g_assert_null (plx_alignment_find_previous_version (alignment, plx_corpus_find_article (corpus, "story")));
      g_assert_null (plx_alignment_find_previous_version (alignment, plx_corpus_find_article (corpus, "other-2")));
    }
}

/* What a later version changed: a figure edited (flagged as a fact), a
 * paragraph cut, one added; two paragraphs that swapped places are no
 * change. */
static void
test_copies_changes (void)
{
  g_autofree char *first = article ("Dockers strike halts grain exports", NULL, 0, 8, NULL);
  GString *later = g_string_new ("Dockers strike halts grain exports\n\n");
  g_autofree char *edited = NULL;
  g_autofree char *later_text = NULL;
  g_autoptr(PlxCorpus) corpus = NULL;
  g_autoptr(PlxAlignment) alignment = NULL;
  g_autoptr(GArray) changes = NULL;
  const char *ids[] = { "v1", "v2" };
  const char *texts[2];
  const char *urls[] = { "https://news.example/strike", "https://news.example/strike" };
  PlxArticle *v1, *v2;
  guint n_edited = 0, n_added = 0, n_removed = 0;

  edited = g_strdup (story[2]);
  memcpy (strstr (edited, "4,000"), "5,000", 5);
  g_string_append_printf (later, "%s\n\n%s\n\n%s\n\n%s\n\n", story[1], story[0], edited, story[3]);
  for (guint i = 5; i < 8; i++)
    g_string_append_printf (later, "%s\n\n", story[i]);
  g_string_append (later, "Update: the union and the authority agreed on Tuesday evening to resume talks.\n");
  later_text = g_string_free (later, FALSE);
  texts[0] = first;
  texts[1] = later_text;

  corpus = load_manifest (ids, texts, urls, NULL, 2);
  alignment = plx_align_corpus (corpus, NULL, NULL);
  v1 = plx_corpus_find_article (corpus, "v1");
  v2 = plx_corpus_find_article (corpus, "v2");
  /* Undated: the order of the corpus decides which came later. */
  g_assert_true (plx_alignment_find_previous_version (alignment, v2) == v1);

  changes = plx_version_changes (v1, v2);
  for (guint i = 0; i < changes->len; i++)
    {
      const PlxSentenceChange *change = &g_array_index (changes, PlxSentenceChange, i);

      switch (change->kind)
        {
        case PLX_CHANGE_EDITED:
          n_edited++;
          g_assert_nonnull (strstr (plx_sentence_get_text (plx_article_get_sentence (v1, change->previous)), "4,000"));
          g_assert_nonnull (strstr (plx_sentence_get_text (plx_article_get_sentence (v2, change->sentence)), "5,000"));
          g_assert_true (plx_sentence_change_is_factual (change));
          break;
        case PLX_CHANGE_ADDED:
          n_added++;
          g_assert_nonnull (strstr (plx_sentence_get_text (plx_article_get_sentence (v2, change->sentence)), "resume talks"));
          break;
        case PLX_CHANGE_REMOVED:
          n_removed++;
          g_assert_cmpstr (plx_sentence_get_text (plx_article_get_sentence (v1, change->previous)), ==, story[4]);
          break;
        default:
          g_assert_not_reached ();
        }
    }
  g_assert_cmpuint (n_edited, ==, 1);
  g_assert_cmpuint (n_added, ==, 1);
  g_assert_cmpuint (n_removed, ==, 1);

  /* A version against itself changed nothing. */
  g_clear_pointer (&changes, g_array_unref);
  changes = plx_version_changes (v2, v2);
  g_assert_cmpuint (changes->len, ==, 0);
}

/* Claims that would go round in a circle: two undated entries at one
 * address, the first a cut of the second. By length the first would be
 * a copy of the second, which as the later version revises the first:
 * versions are never copies of each other, so only the version holds. */
static void
test_copies_circular (void)
{
  g_autofree char *cut = article ("Dockers strike halts grain exports", NULL, 0, 6, NULL);
  g_autofree char *whole = article ("Dockers strike halts grain exports", NULL, 0, 10, NULL);
  g_autoptr(PlxCorpus) corpus = NULL;
  g_autoptr(PlxAlignment) alignment = NULL;
  const char *ids[] = { "first", "second" };
  const char *texts[] = { cut, whole };
  const char *urls[] = { "https://news.example/strike", "https://news.example/strike/" };
  PlxArticle *first, *second;

  corpus = load_manifest (ids, texts, urls, NULL, 2);
  alignment = plx_align_corpus (corpus, NULL, NULL);
  first = plx_corpus_find_article (corpus, "first");
  second = plx_corpus_find_article (corpus, "second");

  g_assert_true (plx_alignment_find_previous_version (alignment, second) == first);
  g_assert_null (plx_alignment_find_previous_version (alignment, first));
  g_assert_null (plx_alignment_find_copy (alignment, first));
  g_assert_null (plx_alignment_find_copy (alignment, second));

  /* Every row the two share is one source. */
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (alignment)); i++)
    {
      g_autoptr(PlxRow) row = g_list_model_get_item (G_LIST_MODEL (alignment), i);

      g_assert_cmpuint (plx_alignment_count_sources (alignment, row), ==, 1);
    }
}

/* A copy of a copy: the wire story, a cut of it and a cut of the cut
 * are one source wherever they meet. */
static void
test_copies_chain (void)
{
  g_autofree char *wire = article ("Dockers strike halts grain exports", NULL, 0, 10, NULL);
  g_autofree char *cut = article ("Dock strike halts exports", NULL, 0, 9, NULL);
  g_autofree char *cut_again = article ("Dock strike", NULL, 0, 8, NULL);
  const char *texts[] = { wire, cut, cut_again, NULL };
  g_autoptr(PlxCorpus) corpus = NULL;
  g_autoptr(PlxAlignment) alignment = NULL;
  guint n_shared = 0;

  alignment = plx_test_align_texts (texts, &corpus);
  g_assert_null (plx_alignment_find_copy (alignment, plx_corpus_get_article (corpus, 0)));
  g_assert_nonnull (plx_alignment_find_copy (alignment, plx_corpus_get_article (corpus, 1)));
  g_assert_nonnull (plx_alignment_find_copy (alignment, plx_corpus_get_article (corpus, 2)));

  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (alignment)); i++)
    {
      g_autoptr(PlxRow) row = g_list_model_get_item (G_LIST_MODEL (alignment), i);

      if (plx_row_get_n_members (row) == 3)
        n_shared++;
      g_assert_cmpuint (plx_alignment_count_sources (alignment, row), ==, 1);
    }
  g_assert_cmpuint (n_shared, >=, 8);
}

/* The exports count sources as the window does: each row's in the JSON,
 * and in the spreadsheet, whose heading names the copy. */
static void
test_copies_exports (void)
{
  g_autofree char *wire = article ("Dockers strike halts grain exports", NULL, 0, 10, NULL);
  g_autofree char *cut = article ("Dock strike halts exports", NULL, 0, 8, NULL);
  const char *texts[] = { wire, cut, NULL };
  g_autoptr(PlxCorpus) corpus = NULL;
  g_autoptr(PlxAlignment) alignment = plx_test_align_texts (texts, &corpus);
  g_autoptr(PlxComparison) comparison = plx_test_compare (corpus, TRUE);
  g_autofree char *json = plx_export_json (comparison, FALSE, NULL);
  g_autofree char *csv = plx_export_csv (comparison, NULL);
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;
  JsonArray *rows;
  guint n_shared = 0;

  json_parser_load_from_data (parser, json, -1, &error);
  g_assert_no_error (error);
  rows = json_object_get_array_member (json_node_get_object (json_parser_get_root (parser)), "rows");
  for (guint i = 0; i < json_array_get_length (rows); i++)
    {
      JsonObject *row = json_array_get_object_element (rows, i);

      g_assert_cmpint (json_object_get_int_member (row, "sources"), ==, 1);
      n_shared += json_array_get_length (json_object_get_array_member (row, "members")) == 2;
    }
  g_assert_cmpuint (n_shared, >=, 8);

  g_assert_nonnull (strstr (csv, "(copy of "));
  g_assert_nonnull (strstr (csv, ",sources\r\n"));
  g_assert_nonnull (strstr (csv, ",1\r\n"));
  g_assert_null (strstr (csv, ",2\r\n"));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/copies/found", test_copies_found);
  g_test_add_func ("/copies/dated", test_copies_dated);
  g_test_add_func ("/copies/versions", test_copies_versions);
  g_test_add_func ("/copies/numbered-versions", test_copies_numbered_versions);
  g_test_add_func ("/copies/changes", test_copies_changes);
  g_test_add_func ("/copies/circular", test_copies_circular);
  g_test_add_func ("/copies/chain", test_copies_chain);
  g_test_add_func ("/copies/exports", test_copies_exports);

  return g_test_run ();
}
