/* fuzz-export.c: the JSON and HTML exports of a corpus of up to four
 * articles (the input cut at NUL bytes). The JSON must parse back with
 * json-glib to exactly the strings that went in, and reopen as a
 * corpus; the HTML must pass the strict check of plx-html-check.c.
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "fuzz-common.h"
#include "plx-html-check.h"

int
LLVMFuzzerInitialize (int    *argc,
                      char ***argv)
{
  plx_fuzz_init ();
  return 0;
}

/* A member holds exactly @expected, or null when it is NULL. */
static void
check_member (JsonObject *object,
              const char *member,
              const char *expected)
{
  JsonNode *node = json_object_get_member (object, member);

  g_assert (node != NULL);
  if (expected == NULL)
    g_assert (JSON_NODE_HOLDS_NULL (node));
  else
    g_assert (g_strcmp0 (json_node_get_string (node), expected) == 0);
}

static void
check_mentions (JsonObject *object,
                GArray     *mentions)
{
  JsonArray *array = json_object_get_array_member (object, "mentions");

  g_assert (json_array_get_length (array) == mentions->len);
  for (guint i = 0; i < mentions->len; i++)
    check_member (json_array_get_object_element (array, i), "text",
                  g_array_index (mentions, PlxMention, i).text);
}

static void
check_articles (JsonObject *root,
                PlxCorpus  *corpus)
{
  JsonArray *articles = json_object_get_array_member (root, "articles");
  guint n_articles = g_list_model_get_n_items (G_LIST_MODEL (corpus));
  g_autofree char *name = g_utf8_make_valid (plx_corpus_get_name (corpus), -1);

  check_member (json_object_get_object_member (root, "corpus"), "name", name);
  g_assert (json_array_get_length (articles) == n_articles);

  for (guint a = 0; a < n_articles; a++)
    {
      PlxArticle *article = plx_corpus_get_article (corpus, a);
      JsonObject *object = json_array_get_object_element (articles, a);
      JsonArray *sentences = json_object_get_array_member (object, "sentences");

      check_member (object, "id", plx_article_get_id (article));
      check_member (object, "outlet", plx_article_get_outlet (article));
      check_member (object, "title", plx_article_get_title (article));
      check_member (object, "date", plx_article_get_date (article));
      check_member (object, "language", plx_article_get_language (article));
      check_member (object, "url", plx_article_get_url (article));

      g_assert (json_array_get_length (sentences) == plx_article_get_n_sentences (article));
      for (guint s = 0; s < plx_article_get_n_sentences (article); s++)
        {
          PlxSentence *sentence = plx_article_get_sentence (article, s);
          JsonObject *exported = json_array_get_object_element (sentences, s);

          check_member (exported, "text", plx_sentence_get_text (sentence));
          g_assert (json_object_get_int_member (exported, "start") == (gint64) plx_sentence_get_start (sentence));
          g_assert (json_object_get_int_member (exported, "end") == (gint64) plx_sentence_get_end (sentence));
        }
    }
}

static void
check_rows (JsonObject   *root,
            PlxAlignment *alignment,
            PlxLedger    *ledger)
{
  JsonArray *rows = json_object_get_array_member (root, "rows");
  GPtrArray *discrepancies = plx_ledger_get_discrepancies (ledger);
  JsonArray *exported_discrepancies = json_object_get_array_member (root, "discrepancies");

  g_assert (json_array_get_length (rows) == g_list_model_get_n_items (G_LIST_MODEL (alignment)));
  for (guint r = 0; r < json_array_get_length (rows); r++)
    {
      PlxRow *row = plx_alignment_get_row (alignment, r);
      JsonArray *diffs = json_object_get_array_member (json_array_get_object_element (rows, r), "diffs");
      guint d = 0;

      for (guint m = 0; m < plx_row_get_n_members (row); m++)
        {
          const PlxRowMember *member = plx_row_get_member (row, m);
          JsonArray *ops;

          if (member->diff == NULL)
            continue;
          ops = json_object_get_array_member (json_array_get_object_element (diffs, d++), "ops");
          g_assert (json_array_get_length (ops) == member->diff->len);
          for (guint h = 0; h < member->diff->len; h++)
            {
              const PlxDiffHunk *hunk = &g_array_index (member->diff, PlxDiffHunk, h);
              JsonObject *op = json_array_get_object_element (ops, h);

              check_member (op, "text", hunk->text);
              if (hunk->old != NULL)
                check_member (op, "old", hunk->old);
            }
        }
      g_assert (d == json_array_get_length (diffs));
    }

  g_assert (json_array_get_length (exported_discrepancies) == discrepancies->len);
  for (guint i = 0; i < discrepancies->len; i++)
    {
      const PlxDiscrepancy *discrepancy = g_ptr_array_index (discrepancies, i);
      JsonObject *object = json_array_get_object_element (exported_discrepancies, i);

      check_member (object, "summary", discrepancy->summary);
      check_mentions (object, discrepancy->mentions);
    }
}

static void
check_facts (JsonObject *root,
             PlxLedger  *ledger)
{
  JsonObject *facts = json_object_get_object_member (root, "facts");
  GPtrArray *tariffs = plx_ledger_get_tariffs (ledger);
  GPtrArray *events = plx_ledger_get_events (ledger);
  GPtrArray *conflicts = plx_ledger_get_conflicts (ledger);
  JsonArray *array;

  check_member (facts, "anchor", plx_ledger_get_anchor (ledger));

  array = json_object_get_array_member (facts, "tariffs");
  g_assert (json_array_get_length (array) == tariffs->len);
  for (guint i = 0; i < tariffs->len; i++)
    {
      const PlxTariffEntry *entry = g_ptr_array_index (tariffs, i);

      check_member (json_array_get_object_element (array, i), "label", entry->label);
      check_mentions (json_array_get_object_element (array, i), entry->mentions);
    }

  array = json_object_get_array_member (facts, "events");
  g_assert (json_array_get_length (array) == events->len);
  for (guint i = 0; i < events->len; i++)
    {
      const PlxEventEntry *entry = g_ptr_array_index (events, i);

      check_member (json_array_get_object_element (array, i), "label", entry->label);
      check_mentions (json_array_get_object_element (array, i), entry->mentions);
    }

  array = json_object_get_array_member (facts, "conflicts");
  g_assert (json_array_get_length (array) == conflicts->len);
  for (guint i = 0; i < conflicts->len; i++)
    {
      const PlxDiscrepancy *conflict = g_ptr_array_index (conflicts, i);

      check_member (json_array_get_object_element (array, i), "summary", conflict->summary);
      check_mentions (json_array_get_object_element (array, i), conflict->mentions);
    }
}

/* The export reopens as a corpus with the same articles and sentences. */
static void
check_reopens (const char *document,
               gsize       length,
               JsonObject *root,
               PlxCorpus  *corpus)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PlxManifest) manifest = plx_manifest_parse (document, length, "export.json", NULL, &error);
  guint n_articles = g_list_model_get_n_items (G_LIST_MODEL (corpus));

  g_assert (manifest != NULL && error == NULL);
  g_assert (manifest->is_export);
  g_assert (g_strcmp0 (manifest->name, json_object_get_string_member (json_object_get_object_member (root, "corpus"), "name")) == 0);
  g_assert (manifest->entries->len == n_articles);

  for (guint a = 0; a < n_articles; a++)
    {
      PlxArticle *article = plx_corpus_get_article (corpus, a);
      const PlxManifestEntry *entry = g_ptr_array_index (manifest->entries, a);
      guint n_sentences = plx_article_get_n_sentences (article);

      g_assert (g_strcmp0 (entry->id, plx_article_get_id (article)) == 0);
      g_assert (g_strcmp0 (entry->outlet, plx_article_get_outlet (article)) == 0);
      g_assert (g_strcmp0 (entry->url, plx_article_get_url (article)) == 0);
      g_assert (entry->sentences != NULL && entry->sentences->len == n_sentences);
      for (guint s = 0; s < n_sentences; s++)
        g_assert (g_str_equal (plx_sentence_get_text (g_ptr_array_index (entry->sentences, s)),
                               plx_sentence_get_text (plx_article_get_sentence (article, s))));
    }
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autoptr(GPtrArray) parts = plx_fuzz_split (data, size, 4);
  g_autoptr(PlxCorpus) corpus = plx_fuzz_corpus (parts);
  guint n_articles = g_list_model_get_n_items (G_LIST_MODEL (corpus));
  g_autoptr(PlxComparison) comparison = NULL;
  PlxAlignment *alignment;
  PlxLedger *ledger;
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *document = NULL;
  g_autofree char *html = NULL;
  g_autofree char *problem = NULL;
  gsize length = 0;
  JsonObject *root;

  /* Any text the decoder lets through may also be an outlet or a URL. */
  for (guint a = 0; a < n_articles; a++)
    {
      PlxArticle *article = plx_corpus_get_article (corpus, a);

      plx_article_set_url (article, plx_article_get_text (article));
    }
  /* A name comes from the file system: any bytes but NUL and '/'. */
  {
    gsize first_length = 0;
    const char *first = g_bytes_get_data (g_ptr_array_index (parts, 0), &first_length);
    g_autofree char *name = g_strndup (first != NULL ? first : "", first_length);

    plx_corpus_set_name (corpus, name);
  }

  comparison = plx_comparison_new_for_corpus (corpus);
  g_assert (plx_comparison_align (comparison, NULL, NULL, NULL));
  alignment = plx_comparison_get_alignment (comparison);
  ledger = plx_comparison_get_ledger (comparison);
  /* Every article refused: nothing to align, and nothing the window or
   * parallax-cli would export. */
  if (alignment == NULL)
    {
      g_assert (g_list_model_get_n_items (G_LIST_MODEL (corpus)) == 0);
      return 0;
    }

  document = plx_export_json (comparison, size % 2 == 0, &length);
  g_assert (length == strlen (document));
  g_assert (g_utf8_validate (document, length, NULL));
  json_parser_load_from_data (parser, document, length, &error);
  g_assert (error == NULL);
  root = json_node_get_object (json_parser_get_root (parser));
  check_articles (root, corpus);
  check_rows (root, alignment, ledger);
  check_facts (root, ledger);
  check_reopens (document, length, root, corpus);

  html = plx_export_html (comparison);
  if (!plx_html_check (html, strlen (html), &problem))
    {
      g_printerr ("HTML report: %s\n", problem);
      g_assert_not_reached ();
    }

  return 0;
}
