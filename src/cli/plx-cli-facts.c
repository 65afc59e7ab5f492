/* plx-cli-facts.c: parallax-cli facts
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <errno.h>

#include <glib/gi18n-lib.h>
#include <stdio.h>
#include <string.h>

#include "plx-cli.h"
#include "plx-comparison.h"
#include "plx-export-csv.h"
#include "plx-export-json.h"

/* Prints only the ledger: as JSON (the "facts" member of the export),
 * or as text to read in a terminal. */

static void
print_mentions (GArray *mentions)
{
  for (guint i = 0; i < mentions->len; i++)
    {
      const PlxMention *mention = &g_array_index (mentions, PlxMention, i);

      g_print ("    %-24s %s\n", plx_article_get_display_name (mention->article),
               plx_event_mention_words (mention));
    }
}

/* Who said what: each quotation, its speaker, how the outlets word it,
 * and each outlet's words. */
static void
print_quotes (PlxLedger *ledger)
{
  GPtrArray *quotes = plx_ledger_get_quotes (ledger);

  /* Translators: a heading of the plain-text ledger, in capitals like
   * “EVENTS” and “CONFLICTS”
   */
  g_print ("\n%s\n\n", _("QUOTES"));
  for (guint i = 0; i < quotes->len; i++)
    {
      const PlxQuoteEntry *entry = g_ptr_array_index (quotes, i);

      /* Translators: a ledger line of parallax-cli facts: the speaker
       * (or “unknown speaker”), then how the outlets word the quote
       * (“same”, “shortened” or “worded”, which stay in English)
       */
      g_print (_("  %s [%s]: “%s”\n"), entry->speaker != NULL ? entry->speaker : _("unknown speaker"),
               plx_quote_wording_to_string (entry->wording), entry->text);
      for (guint m = 0; m < entry->mentions->len; m++)
        {
          const PlxQuoteMention *mention = &g_array_index (entry->mentions, PlxQuoteMention, m);

          g_print ("    %-24s “%s”\n", plx_article_get_display_name (mention->article), mention->text);
        }
    }
}

static void
print_text (PlxLedger *ledger)
{
  GPtrArray *tariffs = plx_ledger_get_tariffs (ledger);
  GPtrArray *events = plx_ledger_get_events (ledger);
  GPtrArray *conflicts = plx_ledger_get_conflicts (ledger);

  /* Translators: a heading of the plain-text ledger, in capitals like
   * “EVENTS” and “CONFLICTS”
   */
  g_print ("%s\n\n", _("TARIFFS AND FIGURES"));
  for (guint i = 0; i < tariffs->len; i++)
    {
      const PlxTariffEntry *entry = g_ptr_array_index (tariffs, i);

      /* Translators: a ledger line: figure label, status, number of outlets */
      g_print ("  %s  [%s]  ", entry->label, plx_figure_status_to_string (entry->status));
      /* Translators: in a ledger line of parallax-cli facts: how many
       * sentences of the corpus state the entry
       */
      g_print (ngettext ("%u mention", "%u mentions", entry->mentions->len), entry->mentions->len);
      g_print ("\n");
      print_mentions (entry->mentions);
    }

  g_print ("\n%s", _("EVENTS"));
  if (plx_ledger_get_anchor (ledger) != NULL)
    /* Translators: %s is a date such as 2026-01-13 */
    g_print (_(" (relative dates read from %s)"), plx_ledger_get_anchor (ledger));
  g_print ("\n\n");
  for (guint i = 0; i < events->len; i++)
    {
      const PlxEventEntry *entry = g_ptr_array_index (events, i);

      /* Periods are the background of events, not events (--json
       * lists them, with their kind). */
      if (entry->kind != PLX_EVENT_KIND_EVENT)
        continue;
      g_print ("  %-10s  %s\n", entry->date, entry->label);
      print_mentions (entry->mentions);
    }

  g_print ("\n%s\n\n", _("CONFLICTS"));
  for (guint i = 0; i < conflicts->len; i++)
    g_print ("  %s\n", ((PlxDiscrepancy *) g_ptr_array_index (conflicts, i))->summary);

  print_quotes (ledger);
}

static void
print_json (PlxLedger *ledger)
{
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autoptr(JsonNode) root = plx_export_json_build_facts (ledger);
  g_autofree char *document = NULL;

  json_generator_set_root (generator, root);
  json_generator_set_pretty (generator, TRUE);
  document = json_generator_to_data (generator, NULL);
  g_print ("%s\n", document);
}

int
plx_cli_facts (int    argc,
               char **argv)
{
  g_autoptr(PlxComparison) comparison = NULL;
  g_autoptr(GError) error = NULL;
  PlxLedger *ledger;
  g_autofree char *format = NULL;
  int status = PLX_EXIT_OK;
  GOptionEntry entries[] = {
    { "format", 'f', 0, G_OPTION_ARG_STRING, &format,
      /* Translators: parallax-cli --help; “text”, “json” and “csv” are
       * values to type: do not translate them
       */
      N_("Output format: text (the default), json or csv (one line per mention, for spreadsheets)"), N_("FORMAT") },
    { NULL }
  };

  /* Translators: the usage line of parallax-cli facts, after the command
   * name; keep CORPUS as in “COMMAND [OPTION…] CORPUS”
   */
  if (plx_cli_parse_options (&argc, &argv, _("CORPUS — print the ledger of figures, dated events and conflicts"),
                             NULL,
                             entries) != PLX_EXIT_OK)
    return PLX_EXIT_USAGE;
  if (format != NULL && !g_str_equal (format, "json") && !g_str_equal (format, "text") &&
      !g_str_equal (format, "csv"))
    {
      g_autofree char *message = g_strdup_printf (_("unknown format “%s”: use text, json or csv"), format);

      return plx_cli_usage_error (message);
    }
  if (argc != 2)
    return plx_cli_usage_error (_("facts: name one corpus"));

  comparison = plx_cli_load (argv[1], &status);
  if (comparison == NULL)
    return status;

  if (!plx_cli_align (comparison, NULL))
    return PLX_EXIT_NOTHING_LOADED;
  ledger = plx_comparison_get_ledger (comparison);

  if (g_strcmp0 (format, "json") == 0)
    print_json (ledger);
  else if (g_strcmp0 (format, "csv") == 0)
    {
      gsize length;
      g_autofree char *csv = plx_export_facts_csv (ledger, &length);

      if (fwrite (csv, 1, length, stdout) != length || fflush (stdout) != 0)
        {
          g_printerr ("parallax-cli: %s: %s\n", _("cannot write the export"), g_strerror (errno));
          return PLX_EXIT_NOTHING_LOADED;
        }
    }
  else
    print_text (ledger);

  return PLX_EXIT_OK;
}
