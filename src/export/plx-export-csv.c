/* plx-export-csv.c: the rows and the ledger as spreadsheets (CSV)
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "plx-alignment.h"
#include "plx-article.h"
#include "plx-copies.h"
#include "plx-corpus.h"
#include "plx-export-csv.h"
#include "plx-mention.h"

/* RFC 4180: fields separated by commas, records by CRLF; a field that
 * holds a comma, a quotation mark, a line break or leading or trailing
 * space is put in double quotes, its double quotes doubled. The file is
 * UTF-8 and starts with a byte order mark, without which spreadsheet
 * programs take it for their own legacy encoding. Values that name a
 * kind ("all", "imposed", "worded") are the JSON export's, so that a
 * sheet can be filtered on them in any language; the column headings
 * likewise.
 *
 * A field that a spreadsheet would run as a formula (starting with "=",
 * "+", "@", or "-" not followed by a space: a scraped page may hold
 * "=HYPERLINK(…)") is written after an apostrophe, which spreadsheet
 * programs read as "text follows" (OWASP's advice on CSV injection);
 * "- Pax Silica Invitation: …" stays as it is. */

#define BOM "\xEF\xBB\xBF"

static void
append_field (GString    *csv,
              const char *value,
              gboolean    first)
{
  g_autofree char *valid = NULL;
  gboolean formula;

  if (!first)
    g_string_append_c (csv, ',');
  if (value == NULL || *value == '\0')
    return;

  /* Names from the file system need not be UTF-8; the file must be. */
  if (!g_utf8_validate (value, -1, NULL))
    value = valid = g_utf8_make_valid (value, -1);

  formula = value[0] == '=' || value[0] == '+' || value[0] == '@' ||
            (value[0] == '-' && value[1] != ' ' && value[1] != '\0');

  if (strpbrk (value, ",\"\r\n") == NULL && !g_ascii_isspace (value[0]) &&
      !g_ascii_isspace (value[strlen (value) - 1]))
    {
      if (formula)
        g_string_append_c (csv, '\'');
      g_string_append (csv, value);
      return;
    }

  g_string_append_c (csv, '"');
  if (formula)
    g_string_append_c (csv, '\'');
  for (const char *p = value; *p != '\0'; p++)
    {
      if (*p == '"')
        g_string_append_c (csv, '"');
      g_string_append_c (csv, *p);
    }
  g_string_append_c (csv, '"');
}

static void
end_record (GString *csv)
{
  g_string_append (csv, "\r\n");
}

static char *
finish (GString *csv,
        gsize   *length)
{
  if (length != NULL)
    *length = csv->len;

  return g_string_free (csv, FALSE);
}

/**
 * plx_export_csv:
 * @comparison: an aligned #PlxComparison
 * @length: (out) (optional): the length of the result in bytes
 *
 * The rows as a spreadsheet: a heading line ("kind", then each outlet's
 * name), then one line per row in the comparison's order: the row's
 * kind (`all`, `some`, `one`: how many outlets carry it), then each
 * outlet's sentence (both halves of a statement it split in two, joined
 * by a space), empty where it does not report it. When the editor
 * corrected rows or wrote notes, two more columns: "corrected" (`yes`
 * for a row a correction changed) and "note". When some outlets are
 * copies or versions of another's article, a copy's heading says so
 * ("Repost (copy of Reuters, 100%)", as in the window) and a column
 * "sources" counts each row's independent sources.
 *
 * Returns: (transfer full): the CSV text
 */
char *
plx_export_csv (PlxComparison *comparison,
                gsize         *length)
{
  PlxCorpus *corpus;
  PlxAlignment *alignment;
  GString *csv;
  guint n_articles, n_rows;
  gboolean edited = FALSE;
  gboolean copies;

  g_return_val_if_fail (PLX_IS_COMPARISON (comparison), NULL);
  corpus = plx_comparison_get_corpus (comparison);
  alignment = plx_comparison_get_alignment (comparison);
  g_return_val_if_fail (corpus != NULL && alignment != NULL, NULL);

  csv = g_string_new (BOM);
  n_articles = g_list_model_get_n_items (G_LIST_MODEL (corpus));
  n_rows = g_list_model_get_n_items (G_LIST_MODEL (alignment));

  for (guint r = 0; r < n_rows && !edited; r++)
    edited = plx_row_get_corrected (plx_alignment_get_row (alignment, r)) ||
             plx_row_get_note (plx_alignment_get_row (alignment, r)) != NULL;

  copies = plx_alignment_has_copies (alignment);

  append_field (csv, "kind", TRUE);
  for (guint a = 0; a < n_articles; a++)
    {
      PlxArticle *article = plx_corpus_get_article (corpus, a);
      g_autofree char *heading = plx_copy_dup_heading (article, plx_alignment_find_copy (alignment, article));

      append_field (csv, heading, FALSE);
    }
  if (copies)
    append_field (csv, "sources", FALSE);
  if (edited)
    {
      append_field (csv, "corrected", FALSE);
      append_field (csv, "note", FALSE);
    }
  end_record (csv);

  for (guint r = 0; r < n_rows; r++)
    {
      PlxRow *row = plx_alignment_get_row (alignment, r);

      append_field (csv, plx_row_kind_to_string (plx_row_get_kind (row)), TRUE);
      for (guint a = 0; a < n_articles; a++)
        {
          g_autofree char *text = plx_row_dup_article_text (row, plx_corpus_get_article (corpus, a));

          append_field (csv, text, FALSE);
        }
      if (copies)
        {
          g_autofree char *sources = g_strdup_printf ("%u", plx_alignment_count_sources (alignment, row));

          append_field (csv, sources, FALSE);
        }
      if (edited)
        {
          append_field (csv, plx_row_get_corrected (row) ? "yes" : "", FALSE);
          append_field (csv, plx_row_get_note (row), FALSE);
        }
      end_record (csv);
    }

  return finish (csv, length);
}

/* One line of the ledger's sheet: what the entry is, then where one
 * outlet states it. */
typedef struct
{
  const char *type;
  const char *entry;
  const char *date;
  const char *value;
  const char *unit;
  const char *status;
  const char *speaker;
  const char *wording;
} Entry;

static void
append_mention (GString     *csv,
                const Entry *entry,
                PlxArticle  *article,
                guint        sentence,
                const char  *text)
{
  g_autofree char *index = g_strdup_printf ("%u", sentence);

  append_field (csv, entry->type, TRUE);
  append_field (csv, entry->entry, FALSE);
  append_field (csv, entry->date, FALSE);
  append_field (csv, entry->value, FALSE);
  append_field (csv, entry->unit, FALSE);
  append_field (csv, entry->status, FALSE);
  append_field (csv, entry->speaker, FALSE);
  append_field (csv, entry->wording, FALSE);
  append_field (csv, plx_article_get_display_name (article), FALSE);
  append_field (csv, plx_article_get_id (article), FALSE);
  append_field (csv, index, FALSE);
  append_field (csv, text, FALSE);
  end_record (csv);
}

static void
append_mentions (GString     *csv,
                 const Entry *entry,
                 GArray      *mentions)
{
  for (guint m = 0; m < mentions->len; m++)
    {
      const PlxMention *mention = &g_array_index (mentions, PlxMention, m);

      append_mention (csv, entry, mention->article, mention->sentence, mention->text);
    }
}

static void
append_quote_mentions (GString     *csv,
                       const Entry *entry,
                       GArray      *mentions)
{
  for (guint m = 0; m < mentions->len; m++)
    {
      const PlxQuoteMention *mention = &g_array_index (mentions, PlxQuoteMention, m);

      append_mention (csv, entry, mention->article, mention->sentence, mention->text);
    }
}

/**
 * plx_export_facts_csv:
 * @ledger: a ledger
 * @length: (out) (optional): the length of the result in bytes
 *
 * The ledger as a spreadsheet, one line per mention: `type` (`figure`,
 * `event`, `period`, `conflict`, `quote`, `term`), `entry` (the figure's
 * or event's label, the conflict's summary, the quotation), `date` (ISO
 * 8601 to its precision), `value` and `unit` (a figure's), `status` (a
 * figure's, or a conflict's kind), `speaker` and `wording` (a
 * quotation's), then the mention: `outlet`, `article` (its id),
 * `sentence` (its index) and `text` (the outlet's words; empty for an
 * event an outlet reports without a date).
 *
 * Returns: (transfer full): the CSV text
 */
char *
plx_export_facts_csv (PlxLedger *ledger,
                      gsize     *length)
{
  static const char *const headings[] = {
    "type", "entry", "date", "value", "unit", "status", "speaker", "wording",
    "outlet", "article", "sentence", "text",
  };
  GPtrArray *tariffs, *events, *conflicts, *quotes, *terms;
  GString *csv;

  g_return_val_if_fail (ledger != NULL, NULL);

  csv = g_string_new (BOM);
  for (guint h = 0; h < G_N_ELEMENTS (headings); h++)
    append_field (csv, headings[h], h == 0);
  end_record (csv);

  tariffs = plx_ledger_get_tariffs (ledger);
  for (guint i = 0; i < tariffs->len; i++)
    {
      const PlxTariffEntry *tariff = g_ptr_array_index (tariffs, i);
      char value[G_ASCII_DTOSTR_BUF_SIZE];
      Entry entry = { "figure", tariff->label, NULL,
                      g_ascii_dtostr (value, sizeof value, tariff->value), tariff->unit,
                      plx_figure_status_to_string (tariff->status), NULL, NULL };

      append_mentions (csv, &entry, tariff->mentions);
    }

  events = plx_ledger_get_events (ledger);
  for (guint i = 0; i < events->len; i++)
    {
      const PlxEventEntry *event = g_ptr_array_index (events, i);
      Entry entry = { plx_event_kind_to_string (event->kind), event->label, event->date,
                      NULL, NULL, NULL, NULL, NULL };

      append_mentions (csv, &entry, event->mentions);
    }

  conflicts = plx_ledger_get_conflicts (ledger);
  for (guint i = 0; i < conflicts->len; i++)
    {
      const PlxDiscrepancy *conflict = g_ptr_array_index (conflicts, i);
      Entry entry = { "conflict", conflict->summary, NULL, NULL, NULL,
                      plx_ledger_conflict_kind_to_string (conflict->kind), NULL, NULL };

      append_mentions (csv, &entry, conflict->mentions);
    }

  quotes = plx_ledger_get_quotes (ledger);
  for (guint i = 0; quotes != NULL && i < quotes->len; i++)
    {
      const PlxQuoteEntry *quote = g_ptr_array_index (quotes, i);
      Entry entry = { "quote", quote->text, NULL, NULL, NULL, NULL, quote->speaker,
                      plx_quote_wording_to_string (quote->wording) };

      append_quote_mentions (csv, &entry, quote->mentions);
    }

  terms = plx_ledger_get_terms (ledger);
  for (guint i = 0; terms != NULL && i < terms->len; i++)
    {
      const PlxTermEntry *term = g_ptr_array_index (terms, i);
      Entry entry = { "term", term->text, NULL, NULL, NULL, NULL, NULL, NULL };

      append_quote_mentions (csv, &entry, term->mentions);
    }

  return finish (csv, length);
}
