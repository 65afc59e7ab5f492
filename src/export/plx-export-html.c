/* plx-export-html.c: a self-contained, colour-coded HTML report
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "plx-alignment.h"
#include "plx-article.h"
#include "plx-corpus.h"
#include "plx-diff.h"
#include "plx-discrepancies.h"
#include "plx-export-html.h"
#include "plx-ledger.h"

/* One HTML file, no scripts and no remote resources: a table with one
 * column per outlet and one row per aligned statement, each cell marked
 * against the row's reference (insertions, omissions, replacements;
 * quotes, numbers and dates more strongly than wording), then the list
 * of discrepancies. Every text from the corpus is escaped. */

static const char style[] =
  "body{font:15px/1.45 Cantarell,'Noto Sans',sans-serif;margin:2em;color:#1e1e1e;background:#fafafa}"
  "h1{font-size:1.5em}table{border-collapse:collapse;width:100%;table-layout:fixed}"
  "th,td{border:1px solid #ccc;padding:.5em;vertical-align:top;text-align:start;unicode-bidi:isolate}"
  /* A bidirectional override in an article (U+202E) ends with its cell. */
  "li,h1,p{unicode-bidi:isolate}"
  "ol.timeline{list-style:none;padding:0;border-inline-start:3px solid #3584e4}"
  "ol.timeline>li{margin:0 0 1em;padding-inline-start:1em}"
  "ol.timeline time{display:block;font-weight:bold}"
  "ol.timeline .event{font-size:1.1em}ol.timeline .outlets{display:block;color:#555}"
  "p.conflict{color:#a51d2d;margin:.2em 0}"
  "table.quotes q{quotes:'“' '”'}table.quotes td:first-child{font-weight:bold}"
  "table.quotes th:nth-child(1){width:13%}table.quotes th:nth-child(2){width:34%}"
  "table.quotes th:nth-child(3){width:13%}"
  "table.quotes ul{margin:0;padding-inline-start:1em}table.quotes .changes{color:#a51d2d}"
  "table.quotes tr.worded td:nth-child(3){color:#a51d2d;font-weight:bold}"
  "th{background:#eee;position:sticky;top:0}"
  "tr.all td{background:#e8f5e9}tr.some td{background:#fffde7}tr.one td{background:#e3f2fd}"
  "td.missing{color:#777;font-style:italic;background:#f4f4f4!important}"
  "td.reference{box-shadow:inset 3px 0 #3584e4}"
  "tr.corrected td:first-child{border-inline-start:4px solid #9141ac}.corrected-key{border-inline-start:4px solid #9141ac}"
  "tr.note td{background:none;font-style:italic;border-top:none}"
  "ins{background:#b7e4c7;text-decoration:none}del{background:#f6c4c4}"
  "mark{background:#ffe08a}mark.quote,mark.number,mark.date,mark.title{background:#f5a97f;font-weight:bold}"
  ".legend span{display:inline-block;margin-inline-end:1em;padding:0 .4em}"
  /* On paper: the colours kept, a row on one page where it fits, the
   * heading row not stuck to the top. */
  "@media print{body{margin:0;background:none}*{-webkit-print-color-adjust:exact;print-color-adjust:exact}"
  "tr{break-inside:avoid}th{position:static}h2,h3{break-after:avoid}}"
  "@media (prefers-color-scheme:dark){body{background:#1e1e1e;color:#eee}th{background:#333}"
  "th,td{border-color:#555}tr.all td{background:#1f3a26}tr.some td{background:#3a3520}"
  "tr.one td{background:#1d3247}td.missing{background:#2a2a2a!important;color:#aaa}"
  "ins{background:#2f6b45}del{background:#7a2e2e}mark{background:#7a6520}"
  "mark.quote,mark.number,mark.date,mark.title{background:#9a4b1e}"
  "ol.timeline .outlets{color:#bbb}p.conflict{color:#ff7b63}"
  "table.quotes .changes,table.quotes tr.worded td:nth-child(3){color:#ff7b63}}";

static gboolean
has_corrected_row (PlxAlignment *alignment)
{
  for (guint r = 0; r < g_list_model_get_n_items (G_LIST_MODEL (alignment)); r++)
    if (plx_row_get_corrected (plx_alignment_get_row (alignment, r)))
      return TRUE;

  return FALSE;
}

/* Escapes for element content and double-quoted attribute values alike.
 * Names from the file system need not be UTF-8; the report must be. */
static void
append_escaped (GString    *html,
                const char *text)
{
  g_autofree char *valid = NULL;
  g_autofree char *escaped = NULL;

  if (text == NULL)
    return;
  if (!g_utf8_validate (text, -1, NULL))
    text = valid = g_utf8_make_valid (text, -1);
  escaped = g_markup_escape_text (text, -1);
  g_string_append (html, escaped);
}

/* Markup around translated words, which may hold '&' or '<' too. */
static void G_GNUC_PRINTF (2, 3)
append_markup (GString    *html,
               const char *format,
               ...)
{
  g_autofree char *markup = NULL;
  va_list args;

  va_start (args, format);
  markup = g_markup_vprintf_escaped (format, args);
  va_end (args);

  g_string_append (html, markup);
}

static void
append_hunk (GString           *html,
             const PlxDiffHunk *hunk)
{
  const char *klass = plx_diff_class_to_string (hunk->klass);

  switch (hunk->op)
    {
    case PLX_DIFF_EQUAL:
      append_escaped (html, hunk->text);
      break;

    case PLX_DIFF_INSERT:
      g_string_append_printf (html, "<ins class=\"%s\">", klass);
      append_escaped (html, hunk->text);
      g_string_append (html, "</ins>");
      break;

    case PLX_DIFF_DELETE:
      g_string_append_printf (html, "<del class=\"%s\">", klass);
      append_escaped (html, hunk->old);
      g_string_append (html, "</del>");
      break;

    case PLX_DIFF_REPLACE:
    default:
      g_string_append_printf (html, "<mark class=\"%s\" title=\"", klass);
      append_escaped (html, hunk->old);
      g_string_append (html, "\">");
      append_escaped (html, hunk->text);
      g_string_append (html, "</mark>");
      break;
    }
  g_string_append_c (html, ' ');
}

/* One cell for @n_missing outlets in a row that do not report it: a
 * corpus of hundreds of outlets has rows that few carry, and a cell
 * each made its report hundreds of megabytes. */
static void
append_missing (GString *html,
                guint    n_missing)
{
  if (n_missing == 0)
    return;

  if (n_missing == 1)
    g_string_append (html, "<td class=\"missing\">");
  else
    g_string_append_printf (html, "<td class=\"missing\" colspan=\"%u\">", n_missing);
  append_escaped (html, _("not reported"));
  g_string_append (html, "</td>");
}

/* An outlet's cell: its sentence marked against the reference, or both
 * halves of a statement it split in two, in its order. */
static void
append_cell (GString    *html,
             PlxRow     *row,
             PlxArticle *article)
{
  const PlxRowMember *reference = plx_row_get_member (row, plx_row_get_reference (row));
  gboolean first = TRUE;

  g_string_append (html, reference->article == article ? "<td class=\"reference\">" : "<td>");
  for (guint m = 0; m < plx_row_get_n_members (row); m++)
    {
      const PlxRowMember *member = plx_row_get_member (row, m);

      if (member->article != article)
        continue;
      if (!first)
        g_string_append_c (html, ' ');
      first = FALSE;
      if (member->diff == NULL)
        append_escaped (html, plx_row_member_get_text (member));
      else
        for (guint i = 0; i < member->diff->len; i++)
          append_hunk (html, &g_array_index (member->diff, PlxDiffHunk, i));
    }
  g_string_append (html, "</td>");
}

static void
append_mention_list (GString *html,
                     GArray  *mentions)
{
  g_string_append (html, "<ul class=\"mentions\">");
  for (guint i = 0; i < mentions->len; i++)
    {
      const PlxMention *mention = &g_array_index (mentions, PlxMention, i);

      g_string_append (html, "<li><b>");
      append_escaped (html, plx_article_get_display_name (mention->article));
      g_string_append (html, "</b>: ");
      append_escaped (html, plx_event_mention_words (mention));
      g_string_append (html, "</li>");
    }
  g_string_append (html, "</ul>");
}

/* The outlets that state an entry, once each, in the order they do. */
static void
append_outlets (GString *html,
                GArray  *mentions)
{
  g_autoptr(GPtrArray) outlets = plx_mentions_dup_articles (mentions);

  g_string_append (html, "<span class=\"outlets\">");
  /* Translators: before the outlets that report an event in the HTML
   * report's timeline: "3 outlets: Firstpost, The Hindu, Mint"
   */
  append_markup (html, ngettext ("%u outlet: ", "%u outlets: ", outlets->len), outlets->len);
  for (guint i = 0; i < outlets->len; i++)
    {
      if (i > 0)
        g_string_append (html, ", ");
      append_escaped (html, plx_article_get_display_name (g_ptr_array_index (outlets, i)));
    }
  g_string_append (html, "</span>");
}

/* The events in date order: each its date as a reader writes it, what
 * happened, the outlets that report it, a warning where they date it
 * differently, and the words each uses. Periods are the background of
 * events, not events. */
static void
append_timeline (GString   *html,
                 PlxLedger *ledger)
{
  GPtrArray *events = plx_ledger_get_events (ledger);

  /* Translators: a heading of the HTML report: the dated events the
   * articles report, in date order
   */
  append_markup (html, "<h3>%s</h3>", _("Timeline"));
  if (plx_ledger_get_anchor (ledger) != NULL)
    {
      /* Translators: followed by a date such as 2026-01-13 and a full stop:
       * “last week” and “on Tuesday” in the articles are counted from it
       */
      append_markup (html, "<p>%s ", _("Relative dates are read from"));
      append_escaped (html, plx_ledger_get_anchor (ledger));
      g_string_append (html, ".</p>");
    }
  if (plx_ledger_count_events (ledger, PLX_EVENT_KIND_EVENT) == 0)
    {
      /* Translators: the HTML report's timeline when no article dates an event */
      append_markup (html, "<p>%s</p>", _("No article dates an event."));
      return;
    }

  g_string_append (html, "<ol class=\"timeline\">");
  for (guint i = 0; i < events->len; i++)
    {
      const PlxEventEntry *entry = g_ptr_array_index (events, i);
      g_autofree char *when = NULL;
      g_autoptr(GPtrArray) conflicts = NULL;

      if (entry->kind != PLX_EVENT_KIND_EVENT)
        continue;
      when = plx_date_format_readable (entry->date, entry->precision);
      conflicts = plx_ledger_find_conflicts (ledger, entry->mentions);

      /* A machine-readable date: ISO 8601 to its precision; the year of
       * a part of a year ("2025-mid"). */
      g_string_append (html, "<li><time datetime=\"");
      if (entry->precision == PLX_PRECISION_PART_OF_YEAR)
        g_string_append_len (html, entry->date, strcspn (entry->date, "-"));
      else
        append_escaped (html, entry->date);
      g_string_append (html, "\">");
      append_escaped (html, when);
      g_string_append (html, "</time> <span class=\"event\">");
      append_escaped (html, entry->label);
      g_string_append (html, "</span> ");
      append_outlets (html, entry->mentions);
      for (guint c = 0; c < conflicts->len; c++)
        {
          const PlxDiscrepancy *conflict = g_ptr_array_index (conflicts, c);

          /* The summary says it: "Dated differently: …" */
          g_string_append (html, "<p class=\"conflict\">⚠ ");
          append_escaped (html, conflict->summary);
          g_string_append (html, "</p>");
        }
      append_mention_list (html, entry->mentions);
      g_string_append (html, "</li>");
    }
  g_string_append (html, "</ol>");
}

/* The quotations, the most widely carried first: who said it, the
 * fullest version, how the outlets' versions differ, and each outlet's
 * words, with what it changes where it words the quotation otherwise. */
static void
append_quotes (GString   *html,
               PlxLedger *ledger)
{
  GPtrArray *quotes = plx_ledger_get_quotes (ledger);

  /* Translators: a heading of the HTML report: the quotations the
   * articles give, with who said them
   */
  append_markup (html, "<h3>%s</h3>", _("Quotes"));
  if (quotes == NULL || quotes->len == 0)
    {
      /* Translators: the HTML report's quotes when no article quotes anyone */
      append_markup (html, "<p>%s</p>", _("No article quotes anyone."));
      return;
    }

  append_markup (html, "<table class=\"quotes\"><thead><tr><th>%s</th><th>%s</th><th>%s</th><th>%s</th></tr></thead><tbody>",
                 /* Translators: a column of the HTML report's quotes table: who said it */
                 _("Speaker"),
                 /* Translators: a column of the HTML report's quotes table: the words */
                 _("Quotation"),
                 /* Translators: a column of the HTML report's quotes table: same words,
                  * shortened or worded differently
                  */
                 _("Wording"),
                 /* Translators: a column of the HTML report's quotes table: each outlet's words */
                 _("As each outlet gives it"));
  for (guint i = 0; i < quotes->len; i++)
    {
      const PlxQuoteEntry *quote = g_ptr_array_index (quotes, i);

      g_string_append_printf (html, "<tr class=\"%s\"><td>", plx_quote_wording_to_string (quote->wording));
      /* Translators: the speaker of a quotation the articles do not name */
      append_escaped (html, quote->speaker != NULL ? quote->speaker : _("Unknown speaker"));
      g_string_append (html, "</td><td><q>");
      append_escaped (html, quote->text);
      g_string_append (html, "</q></td><td>");
      if (quote->wording == PLX_QUOTE_WORDED)
        g_string_append (html, "⚠ ");
      append_escaped (html, plx_quote_wording_describe (quote->wording));
      g_string_append (html, "</td><td><ul class=\"mentions\">");
      for (guint m = 0; m < quote->mentions->len; m++)
        {
          const PlxQuoteMention *mention = &g_array_index (quote->mentions, PlxQuoteMention, m);
          g_autofree char *changes = NULL;

          g_string_append (html, "<li><b>");
          append_escaped (html, plx_article_get_display_name (mention->article));
          g_string_append (html, "</b>: <q>");
          append_escaped (html, mention->text);
          g_string_append (html, "</q>");
          if (quote->wording == PLX_QUOTE_WORDED)
            changes = plx_quote_changes (quote->text, mention->text,
                                         plx_article_get_language (mention->article));
          if (changes != NULL)
            {
              g_strdelimit (changes, "\n", ';');
              g_string_append (html, " <span class=\"changes\">");
              append_escaped (html, changes);
              g_string_append (html, "</span>");
            }
          g_string_append (html, "</li>");
        }
      g_string_append (html, "</ul></td></tr>\n");
    }
  g_string_append (html, "</tbody></table>");
}

static void
append_ledger (GString   *html,
               PlxLedger *ledger)
{
  GPtrArray *tariffs = plx_ledger_get_tariffs (ledger);
  GPtrArray *conflicts = plx_ledger_get_conflicts (ledger);

  append_markup (html, "<h2>%s</h2>", _("Ledger"));

  if (conflicts->len > 0)
    {
      append_markup (html, "<h3>%s</h3><ul>", _("Conflicts"));
      for (guint i = 0; i < conflicts->len; i++)
        {
          const PlxDiscrepancy *conflict = g_ptr_array_index (conflicts, i);

          g_string_append (html, "<li>");
          append_escaped (html, conflict->summary);
          g_string_append (html, "</li>");
        }
      g_string_append (html, "</ul>");
    }

  append_markup (html, "<h3>%s</h3>", _("Tariffs and figures"));
  for (guint i = 0; i < tariffs->len; i++)
    {
      const PlxTariffEntry *entry = g_ptr_array_index (tariffs, i);

      g_string_append (html, "<div class=\"fact\"><b>");
      append_escaped (html, entry->label);
      g_string_append (html, "</b> — ");
      append_escaped (html, plx_figure_status_to_string (entry->status));
      append_mention_list (html, entry->mentions);
      g_string_append (html, "</div>");
    }

  append_timeline (html, ledger);
  append_quotes (html, ledger);
}

/**
 * plx_export_html:
 * @comparison: an aligned #PlxComparison
 *
 * Returns: (transfer full): the report, a complete HTML document
 */
char *
plx_export_html (PlxComparison *comparison)
{
  GString *html;
  PlxCorpus *corpus;
  PlxAlignment *alignment;
  PlxLedger *ledger;
  GPtrArray *discrepancies;
  guint n_articles, n_rows;

  g_return_val_if_fail (PLX_IS_COMPARISON (comparison), NULL);
  corpus = plx_comparison_get_corpus (comparison);
  alignment = plx_comparison_get_alignment (comparison);
  ledger = plx_comparison_get_ledger (comparison);
  g_return_val_if_fail (corpus != NULL && alignment != NULL && ledger != NULL, NULL);

  html = g_string_new ("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\">");
  n_articles = g_list_model_get_n_items (G_LIST_MODEL (corpus));
  n_rows = g_list_model_get_n_items (G_LIST_MODEL (alignment));
  discrepancies = plx_ledger_get_discrepancies (ledger);

  g_string_append (html, "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">");
  g_string_append (html, "<title>");
  append_escaped (html, plx_corpus_get_name (corpus));
  g_string_append_printf (html, " — Parallax</title><style>%s</style></head><body><h1>", style);
  append_escaped (html, plx_corpus_get_name (corpus));
  g_string_append (html, "</h1><p class=\"legend\">");
  /* Translators: a key of the HTML report: the colour of rows that every
   * outlet carries
   */
  append_markup (html, "<span style=\"background:#e8f5e9;color:#1e1e1e\">%s</span>", _("in all outlets"));
  /* Translators: a key of the HTML report: the colour of rows that some
   * outlets carry
   */
  append_markup (html, "<span style=\"background:#fffde7;color:#1e1e1e\">%s</span>", _("in some"));
  /* Translators: a key of the HTML report: the colour of rows that only one
   * outlet carries
   */
  append_markup (html, "<span style=\"background:#e3f2fd;color:#1e1e1e\">%s</span>", _("in one only"));
  append_markup (html, "<ins>%s</ins> <del>%s</del> <mark>%s</mark> <mark class=\"quote\">%s</mark></p>",
                 /* Translators: a key of the HTML report: words an
                  * outlet adds to the reference sentence, words it
                  * leaves out, words it changes, and a quote,
                  * number or date that contradicts the reference
                  */
                 _("added"), _("left out"), _("reworded"), _("quote, number or date differs"));
  if (has_corrected_row (alignment))
    /* Translators: a key of the HTML report: the mark of rows the editor corrected by hand */
    append_markup (html, "<p class=\"legend\"><span class=\"corrected-key\">%s</span></p>", _("corrected by the editor"));

  if (discrepancies->len > 0)
    {
      /* Translators: a heading of the HTML report: the rows where outlets
       * disagree on a quote, number, date or title
       */
      append_markup (html, "<h2>%s</h2><ul>", _("Discrepancies"));
      for (guint i = 0; i < discrepancies->len; i++)
        {
          const PlxDiscrepancy *discrepancy = g_ptr_array_index (discrepancies, i);

          g_string_append_printf (html, "<li><a href=\"#row-%u\">", discrepancy->row);
          append_escaped (html, discrepancy->summary);
          g_string_append (html, "</a></li>");
        }
      g_string_append (html, "</ul>");
    }

  g_string_append (html, "<table><thead><tr>");
  for (guint a = 0; a < n_articles; a++)
    {
      PlxArticle *article = plx_corpus_get_article (corpus, a);
      g_autofree char *heading = plx_copy_dup_heading (article, plx_alignment_find_copy (alignment, article));

      g_string_append (html, "<th>");
      append_escaped (html, heading);
      g_string_append (html, "</th>");
    }
  g_string_append (html, "</tr></thead><tbody>");

  for (guint r = 0; r < n_rows; r++)
    {
      PlxRow *row = plx_alignment_get_row (alignment, r);

      guint n_missing = 0;

      g_string_append_printf (html, "<tr id=\"row-%u\" class=\"%s%s\">", plx_row_get_id (row),
                              plx_row_kind_to_string (plx_row_get_kind (row)),
                              plx_row_get_corrected (row) ? " corrected" : "");
      for (guint a = 0; a < n_articles; a++)
        {
          const PlxRowMember *member = plx_row_find_member (row, plx_corpus_get_article (corpus, a));

          if (member == NULL)
            {
              n_missing++;
              continue;
            }
          append_missing (html, n_missing);
          n_missing = 0;
          append_cell (html, row, member->article);
        }
      append_missing (html, n_missing);
      g_string_append (html, "</tr>\n");
      if (plx_row_get_note (row) != NULL)
        {
          g_string_append_printf (html, "<tr class=\"note\"><td colspan=\"%u\">", n_articles);
          /* Translators: the HTML report: the editor's note on the row above; %s is the note */
          append_markup (html, _("Note: %s"), plx_row_get_note (row));
          g_string_append (html, "</td></tr>\n");
        }
    }

  g_string_append (html, "</tbody></table>");
  append_ledger (html, ledger);
  g_string_append (html, "</body></html>\n");

  return g_string_free (html, FALSE);
}
