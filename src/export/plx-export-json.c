/* plx-export-json.c: the JSON export document
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "plx-article.h"
#include "plx-corpus.h"
#include "plx-export-json.h"
#include "plx-sentence.h"

/* The export document, version 1 (README.md, "Export format"):
 *
 *   {"parallax": 1,
 *    "corpus": {"name": "...", "path": "..."},
 *    "articles": [{"id", "file", "outlet", "title", "date", "language",
 *                  "url", "sentences": [{"index", "role", "text",
 *                                        "start", "end"}]}]}
 *
 * Unknown values are null. Offsets count bytes of the article's text
 * after decoding to UTF-8. A document like this reopens as a corpus. */

static void
add_nullable_string (JsonBuilder *builder,
                     const char  *member,
                     const char  *value)
{
  json_builder_set_member_name (builder, member);
  if (value != NULL)
    json_builder_add_string_value (builder, value);
  else
    json_builder_add_null_value (builder);
}

static void
add_sentence (JsonBuilder *builder,
              PlxSentence *sentence)
{
  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "index");
  json_builder_add_int_value (builder, plx_sentence_get_index (sentence));
  json_builder_set_member_name (builder, "role");
  json_builder_add_string_value (builder, plx_role_to_string (plx_sentence_get_role (sentence)));
  json_builder_set_member_name (builder, "text");
  json_builder_add_string_value (builder, plx_sentence_get_text (sentence));
  json_builder_set_member_name (builder, "start");
  json_builder_add_int_value (builder, (gint64) plx_sentence_get_start (sentence));
  json_builder_set_member_name (builder, "end");
  json_builder_add_int_value (builder, (gint64) plx_sentence_get_end (sentence));
  json_builder_end_object (builder);
}

static void
add_article (JsonBuilder *builder,
             PlxArticle  *article)
{
  guint n_sentences = plx_article_get_n_sentences (article);

  json_builder_begin_object (builder);
  add_nullable_string (builder, "id", plx_article_get_id (article));
  add_nullable_string (builder, "file", plx_article_get_file (article));
  add_nullable_string (builder, "outlet", plx_article_get_outlet (article));
  add_nullable_string (builder, "title", plx_article_get_title (article));
  add_nullable_string (builder, "date", plx_article_get_date (article));
  add_nullable_string (builder, "language", plx_article_get_language (article));
  add_nullable_string (builder, "url", plx_article_get_url (article));

  json_builder_set_member_name (builder, "sentences");
  json_builder_begin_array (builder);
  for (guint i = 0; i < n_sentences; i++)
    add_sentence (builder, plx_article_get_sentence (article, i));
  json_builder_end_array (builder);

  json_builder_end_object (builder);
}

/**
 * plx_export_json_build:
 * @corpus: a #PlxCorpus
 *
 * Returns: (transfer full): the export document as a JSON tree, for
 *   later issues' writers to extend
 */
JsonNode *
plx_export_json_build (PlxCorpus *corpus)
{
  g_autoptr(JsonBuilder) builder = json_builder_new_immutable ();
  guint n_articles;

  g_return_val_if_fail (PLX_IS_CORPUS (corpus), NULL);

  n_articles = g_list_model_get_n_items (G_LIST_MODEL (corpus));

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "parallax");
  json_builder_add_int_value (builder, PLX_EXPORT_VERSION);

  json_builder_set_member_name (builder, "corpus");
  json_builder_begin_object (builder);
  add_nullable_string (builder, "name", plx_corpus_get_name (corpus));
  add_nullable_string (builder, "path", plx_corpus_get_path (corpus));
  json_builder_end_object (builder);

  json_builder_set_member_name (builder, "articles");
  json_builder_begin_array (builder);
  for (guint i = 0; i < n_articles; i++)
    add_article (builder, plx_corpus_get_article (corpus, i));
  json_builder_end_array (builder);

  json_builder_end_object (builder);

  return json_builder_get_root (builder);
}

/**
 * plx_export_json:
 * @corpus: a #PlxCorpus
 * @pretty: whether to indent the document
 * @length: (out) (optional): the length of the document
 *
 * Returns: (transfer full): the export document as UTF-8 JSON
 */
char *
plx_export_json (PlxCorpus *corpus,
                 gboolean   pretty,
                 gsize     *length)
{
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autoptr(JsonNode) root = NULL;

  g_return_val_if_fail (PLX_IS_CORPUS (corpus), NULL);

  root = plx_export_json_build (corpus);
  json_generator_set_root (generator, root);
  json_generator_set_pretty (generator, pretty);
  json_generator_set_indent (generator, 2);

  return json_generator_to_data (generator, length);
}
