/* plx-export-json.c: the JSON export document
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "plx-alignment.h"
#include "plx-article.h"
#include "plx-corpus.h"
#include "plx-export-json.h"
#include "plx-ledger.h"
#include "plx-sentence.h"

/* The export document, version 1 (README.md, "Export format"):
 *
 *   {"parallax": 1,
 *    "corpus": {"name": "...", "path": "..."},
 *    "articles": [{"id", "file", "outlet", "title", "date", "published",
 *                  "language", "url", "sentences": [{"index", "role", "text",
 *                                        "start", "end"}]}]}
 *
 * With an alignment, the document also has
 *
 *   "rows": [{"id", "kind": "all|some|one", "sources": N, "corrected": true (only when the editor
 *             corrected the row), "note": "..." (only when it has one),
 *             "members": [{"article", "sentence", "score"}],
 *             "diffs": [{"article", "ops": [{"op", "text", "old", "class"}]}]}],
 *   "discrepancies": [{"kind", "row", "summary",
 *                      "mentions": [{"article", "sentence", "text"}]}]
 *
 * (the discrepancies of the ledger, or, without one, of the alignment).
 *
 * With a ledger, "facts": {"tariffs": [...], "events": [...],
 * "conflicts": [...], "anchor"} (src/README.md, "Ledger"), and who said
 * what: "quotes": [{"speaker", "text", "wording": "same|shortened|
 * worded", "mentions": [{"article", "sentence", "text", "start", "end",
 * "attribution"}]}] and "terms": [{"text", "mentions"}] (`parallax-cli
 * facts --format=json` prints them inside its "facts" object).
 *
 * Unknown values are null. Offsets count bytes of the article's text
 * after decoding to UTF-8. A document like this reopens as a corpus. */

/* Names and paths come from the file system, whose bytes need not be
 * UTF-8 (a folder named in Latin-1); a JSON document must be, or it does
 * not even reopen. Texts are UTF-8 already, from the decoder. */
static void
add_string_value (JsonBuilder *builder,
                  const char  *value)
{
  g_autofree char *valid = NULL;

  if (!g_utf8_validate (value, -1, NULL))
    value = valid = g_utf8_make_valid (value, -1);
  json_builder_add_string_value (builder, value);
}

static void
add_nullable_string (JsonBuilder *builder,
                     const char  *member,
                     const char  *value)
{
  json_builder_set_member_name (builder, member);
  if (value != NULL)
    add_string_value (builder, value);
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
add_article (JsonBuilder   *builder,
             PlxArticle    *article,
             const PlxCopy *copy,
             PlxArticle    *previous_version)
{
  guint n_sentences = plx_article_get_n_sentences (article);

  json_builder_begin_object (builder);
  add_nullable_string (builder, "id", plx_article_get_id (article));
  add_nullable_string (builder, "file", plx_article_get_file (article));
  add_nullable_string (builder, "outlet", plx_article_get_name (article) != NULL ? plx_article_get_name (article)
                                                                                : plx_article_get_outlet (article));
  add_nullable_string (builder, "title", plx_article_get_title (article));
  add_nullable_string (builder, "date", plx_article_get_date (article));
  add_nullable_string (builder, "published", plx_article_get_published (article));
  add_nullable_string (builder, "language", plx_article_get_language (article));
  add_nullable_string (builder, "url", plx_article_get_url (article));
  if (previous_version != NULL)
    add_nullable_string (builder, "version_of", plx_article_get_id (previous_version));
  if (copy != NULL)
    {
      json_builder_set_member_name (builder, "copy_of");
      json_builder_begin_object (builder);
      add_nullable_string (builder, "article", plx_article_get_id (copy->original));
      json_builder_set_member_name (builder, "share");
      json_builder_add_double_value (builder, (double) (gint64) (copy->share * 1000 + 0.5) / 1000);
      json_builder_end_object (builder);
    }

  json_builder_set_member_name (builder, "sentences");
  json_builder_begin_array (builder);
  for (guint i = 0; i < n_sentences; i++)
    add_sentence (builder, plx_article_get_sentence (article, i));
  json_builder_end_array (builder);

  json_builder_end_object (builder);
}

static void
add_hunk (JsonBuilder       *builder,
          const PlxDiffHunk *hunk)
{
  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "op");
  json_builder_add_string_value (builder, plx_diff_op_to_string (hunk->op));
  add_nullable_string (builder, "text", hunk->text);
  if (hunk->old != NULL)
    add_nullable_string (builder, "old", hunk->old);
  if (hunk->op != PLX_DIFF_EQUAL)
    {
      json_builder_set_member_name (builder, "class");
      json_builder_add_string_value (builder, plx_diff_class_to_string (hunk->klass));
    }
  json_builder_end_object (builder);
}

static void
add_row (JsonBuilder  *builder,
         PlxAlignment *alignment,
         PlxRow       *row)
{
  guint n = plx_row_get_n_members (row);

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "id");
  json_builder_add_int_value (builder, plx_row_get_id (row));
  json_builder_set_member_name (builder, "kind");
  json_builder_add_string_value (builder, plx_row_kind_to_string (plx_row_get_kind (row)));
  json_builder_set_member_name (builder, "sources");
  json_builder_add_int_value (builder, plx_alignment_count_sources (alignment, row));
  if (plx_row_get_corrected (row))
    {
      json_builder_set_member_name (builder, "corrected");
      json_builder_add_boolean_value (builder, TRUE);
    }
  if (plx_row_get_note (row) != NULL)
    {
      json_builder_set_member_name (builder, "note");
      json_builder_add_string_value (builder, plx_row_get_note (row));
    }

  json_builder_set_member_name (builder, "members");
  json_builder_begin_array (builder);
  for (guint i = 0; i < n; i++)
    {
      const PlxRowMember *member = plx_row_get_member (row, i);

      json_builder_begin_object (builder);
      add_nullable_string (builder, "article", plx_article_get_id (member->article));
      json_builder_set_member_name (builder, "sentence");
      json_builder_add_int_value (builder, member->sentence);
      json_builder_set_member_name (builder, "score");
      json_builder_add_double_value (builder, (double) (gint64) (member->score * 1000 + 0.5) / 1000);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);

  json_builder_set_member_name (builder, "reference");
  add_string_value (builder, plx_article_get_id (plx_row_get_member (row, plx_row_get_reference (row))->article));

  json_builder_set_member_name (builder, "diffs");
  json_builder_begin_array (builder);
  for (guint i = 0; i < n; i++)
    {
      const PlxRowMember *member = plx_row_get_member (row, i);

      if (member->diff == NULL)
        continue;
      json_builder_begin_object (builder);
      add_nullable_string (builder, "article", plx_article_get_id (member->article));
      json_builder_set_member_name (builder, "ops");
      json_builder_begin_array (builder);
      for (guint h = 0; h < member->diff->len; h++)
        add_hunk (builder, &g_array_index (member->diff, PlxDiffHunk, h));
      json_builder_end_array (builder);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);

  json_builder_end_object (builder);
}

/* "article", "sentence", "text": where an outlet states something. */
static void
add_mention_members (JsonBuilder *builder,
                     PlxArticle  *article,
                     guint        sentence,
                     const char  *text)
{
  add_nullable_string (builder, "article", plx_article_get_id (article));
  json_builder_set_member_name (builder, "sentence");
  json_builder_add_int_value (builder, sentence);
  add_nullable_string (builder, "text", text);
}

static void
add_mentions (JsonBuilder *builder,
              GArray      *mentions)
{
  json_builder_set_member_name (builder, "mentions");
  json_builder_begin_array (builder);
  for (guint i = 0; i < mentions->len; i++)
    {
      const PlxMention *mention = &g_array_index (mentions, PlxMention, i);

      json_builder_begin_object (builder);
      add_mention_members (builder, mention->article, mention->sentence, mention->text);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
}

static void
add_discrepancy (JsonBuilder          *builder,
                 const PlxDiscrepancy *discrepancy)
{
  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "kind");
  json_builder_add_string_value (builder, plx_diff_class_to_string (discrepancy->kind));
  json_builder_set_member_name (builder, "row");
  json_builder_add_int_value (builder, discrepancy->row);
  add_nullable_string (builder, "summary", discrepancy->summary);
  add_mentions (builder, discrepancy->mentions);
  json_builder_end_object (builder);
}

static void
add_alignment (JsonBuilder  *builder,
               PlxAlignment *alignment,
               GPtrArray    *discrepancies)
{
  json_builder_set_member_name (builder, "pivot");
  if (plx_alignment_get_pivot (alignment) != NULL)
    add_string_value (builder, plx_article_get_id (plx_alignment_get_pivot (alignment)));
  else
    json_builder_add_null_value (builder);

  json_builder_set_member_name (builder, "rows");
  json_builder_begin_array (builder);
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (alignment)); i++)
    add_row (builder, alignment, plx_alignment_get_row (alignment, i));
  json_builder_end_array (builder);

  json_builder_set_member_name (builder, "discrepancies");
  json_builder_begin_array (builder);
  for (guint i = 0; i < discrepancies->len; i++)
    add_discrepancy (builder, g_ptr_array_index (discrepancies, i));
  json_builder_end_array (builder);
}

static void add_quotes (JsonBuilder *builder,
                        PlxLedger   *ledger);

/* The "facts" object; with @quotes, the quotations and terms too (which
 * the export document holds at its top level). */
static void
add_ledger (JsonBuilder *builder,
            PlxLedger   *ledger,
            gboolean     quotes)
{
  GPtrArray *tariffs = plx_ledger_get_tariffs (ledger);
  GPtrArray *events = plx_ledger_get_events (ledger);
  GPtrArray *conflicts = plx_ledger_get_conflicts (ledger);

  json_builder_begin_object (builder);

  json_builder_set_member_name (builder, "tariffs");
  json_builder_begin_array (builder);
  for (guint i = 0; i < tariffs->len; i++)
    {
      const PlxTariffEntry *entry = g_ptr_array_index (tariffs, i);

      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "value");
      json_builder_add_double_value (builder, entry->value);
      add_nullable_string (builder, "unit", entry->unit);
      add_nullable_string (builder, "kind", plx_figure_kind_to_string (entry->kind));
      add_nullable_string (builder, "scope", entry->scope);
      add_nullable_string (builder, "status", plx_figure_status_to_string (entry->status));
      add_nullable_string (builder, "label", entry->label);
      add_mentions (builder, entry->mentions);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);

  json_builder_set_member_name (builder, "events");
  json_builder_begin_array (builder);
  for (guint i = 0; i < events->len; i++)
    {
      const PlxEventEntry *entry = g_ptr_array_index (events, i);

      json_builder_begin_object (builder);
      add_nullable_string (builder, "date", entry->date);
      add_nullable_string (builder, "precision", plx_date_precision_to_string (entry->precision));
      add_nullable_string (builder, "kind", plx_event_kind_to_string (entry->kind));
      add_nullable_string (builder, "label", entry->label);
      add_nullable_string (builder, "anchor", plx_ledger_get_anchor (ledger));
      add_mentions (builder, entry->mentions);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);

  json_builder_set_member_name (builder, "conflicts");
  json_builder_begin_array (builder);
  for (guint i = 0; i < conflicts->len; i++)
    {
      const PlxDiscrepancy *conflict = g_ptr_array_index (conflicts, i);

      json_builder_begin_object (builder);
      add_nullable_string (builder, "kind", plx_ledger_conflict_kind_to_string (conflict->kind));
      add_nullable_string (builder, "summary", conflict->summary);
      add_mentions (builder, conflict->mentions);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);

  json_builder_set_member_name (builder, "anchor");
  if (plx_ledger_get_anchor (ledger) != NULL)
    json_builder_add_string_value (builder, plx_ledger_get_anchor (ledger));
  else
    json_builder_add_null_value (builder);

  if (quotes)
    add_quotes (builder, ledger);

  json_builder_end_object (builder);
}

static void
add_quote_mentions (JsonBuilder *builder,
                    GArray      *mentions)
{
  json_builder_set_member_name (builder, "mentions");
  json_builder_begin_array (builder);
  for (guint m = 0; m < mentions->len; m++)
    {
      const PlxQuoteMention *mention = &g_array_index (mentions, PlxQuoteMention, m);

      json_builder_begin_object (builder);
      add_mention_members (builder, mention->article, mention->sentence, mention->text);
      json_builder_set_member_name (builder, "start");
      json_builder_add_int_value (builder, mention->start);
      json_builder_set_member_name (builder, "end");
      json_builder_add_int_value (builder, mention->end);
      add_nullable_string (builder, "attribution", mention->attribution);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
}

/* "quotes": [{"speaker", "text", "wording", "mentions": [{"article",
 * "sentence", "text", "start", "end", "attribution"}]}] and "terms":
 * [{"text", "mentions"}], members of the object being built. */
static void
add_quotes (JsonBuilder *builder,
            PlxLedger   *ledger)
{
  GPtrArray *quotes = plx_ledger_get_quotes (ledger);
  GPtrArray *terms = plx_ledger_get_terms (ledger);

  json_builder_set_member_name (builder, "quotes");
  json_builder_begin_array (builder);
  for (guint i = 0; i < quotes->len; i++)
    {
      const PlxQuoteEntry *entry = g_ptr_array_index (quotes, i);

      json_builder_begin_object (builder);
      add_nullable_string (builder, "speaker", entry->speaker);
      add_nullable_string (builder, "text", entry->text);
      add_nullable_string (builder, "wording", plx_quote_wording_to_string (entry->wording));
      add_quote_mentions (builder, entry->mentions);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);

  json_builder_set_member_name (builder, "terms");
  json_builder_begin_array (builder);
  for (guint i = 0; i < terms->len; i++)
    {
      const PlxTermEntry *entry = g_ptr_array_index (terms, i);

      json_builder_begin_object (builder);
      add_nullable_string (builder, "text", entry->text);
      add_quote_mentions (builder, entry->mentions);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
}

/**
 * plx_export_json_build_facts:
 * @ledger: a ledger
 *
 * Returns: (transfer full): the "facts" member of the export document
 *   alone, with the quotations and terms: what `parallax-cli facts
 *   --format=json` prints
 */
JsonNode *
plx_export_json_build_facts (PlxLedger *ledger)
{
  g_autoptr(JsonBuilder) builder = json_builder_new_immutable ();

  g_return_val_if_fail (ledger != NULL, NULL);

  add_ledger (builder, ledger, TRUE);

  return json_builder_get_root (builder);
}

/**
 * plx_export_json_build:
 * @comparison: a #PlxComparison with a corpus; once aligned, its rows,
 *   discrepancies and facts are exported too
 *
 * Returns: (transfer full): the export document as a JSON tree
 */
JsonNode *
plx_export_json_build (PlxComparison *comparison)
{
  g_autoptr(JsonBuilder) builder = json_builder_new_immutable ();
  PlxCorpus *corpus;
  PlxAlignment *alignment;
  PlxLedger *ledger;
  guint n_articles;

  g_return_val_if_fail (PLX_IS_COMPARISON (comparison), NULL);
  corpus = plx_comparison_get_corpus (comparison);
  g_return_val_if_fail (PLX_IS_CORPUS (corpus), NULL);
  alignment = plx_comparison_get_alignment (comparison);
  ledger = plx_comparison_get_ledger (comparison);

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
    {
      PlxArticle *article = plx_corpus_get_article (corpus, i);

      add_article (builder, article,
                   alignment != NULL ? plx_alignment_find_copy (alignment, article) : NULL,
                   alignment != NULL ? plx_alignment_find_previous_version (alignment, article) : NULL);
    }
  json_builder_end_array (builder);

  if (alignment != NULL && ledger != NULL)
    {
      add_alignment (builder, alignment, plx_ledger_get_discrepancies (ledger));
      json_builder_set_member_name (builder, "facts");
      add_ledger (builder, ledger, FALSE);
      add_quotes (builder, ledger);
    }

  json_builder_end_object (builder);

  return json_builder_get_root (builder);
}

/**
 * plx_export_json:
 * @comparison: a #PlxComparison with a corpus
 * @pretty: whether to indent the document
 * @length: (out) (optional): the length of the document
 *
 * Returns: (transfer full): the export document as UTF-8 JSON
 */
char *
plx_export_json (PlxComparison *comparison,
                 gboolean       pretty,
                 gsize         *length)
{
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autoptr(JsonNode) root = NULL;

  g_return_val_if_fail (PLX_IS_COMPARISON (comparison), NULL);

  root = plx_export_json_build (comparison);
  json_generator_set_root (generator, root);
  json_generator_set_pretty (generator, pretty);
  json_generator_set_indent (generator, 2);

  return json_generator_to_data (generator, length);
}
