/* plx-cli-export.c: parallax-cli export
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
#include "plx-export-html.h"
#include "plx-export-json.h"

int
plx_cli_export (int    argc,
                char **argv)
{
  g_autoptr(PlxComparison) comparison = NULL;
  g_autoptr(GError) error = NULL;
  PlxAlignOptions options = { NULL, 0 };
  PlxCorpus *corpus;
  g_autofree char *format = NULL;
  g_autofree char *pivot = NULL;
  double threshold = 0;
  g_autofree char *document = NULL;
  gboolean compact = FALSE;
  int status = PLX_EXIT_OK;
  gsize length = 0;
  GOptionEntry entries[] = {
    { "format", 'f', 0, G_OPTION_ARG_STRING, &format,
      /* Translators: parallax-cli --help; FORMAT names the option’s value:
       * keep it in capitals. “json”, “html” and “csv” are values to type:
       * do not translate them
       */
      N_("Output format: json (the default), html (a colour-coded report) or csv (the rows, for spreadsheets)"), N_("FORMAT") },
    { "compact", 0, 0, G_OPTION_ARG_NONE, &compact,
      N_("Write JSON on one line, without indentation"), NULL },
    { "pivot", 'p', 0, G_OPTION_ARG_STRING, &pivot,
      /* Translators: parallax-cli --help; ID names the option’s value, the
       * id of an article
       */
      N_("Order the rows after this article (default: the one with the most sentences)"), N_("ID") },
    { "threshold", 't', 0, G_OPTION_ARG_DOUBLE, &threshold,
      /* Translators: parallax-cli --help; SCORE names the option’s value, a
       * number from 0 to 1
       */
      N_("Similarity from which sentences share a row (default: 0.35)"), N_("SCORE") },
    { NULL }
  };

  /* Translators: the usage line of parallax-cli export, after the command
   * name; CORPUS is the argument to type, keep it in capitals and translate
   * it as in “COMMAND [OPTION…] CORPUS”
   */
  if (plx_cli_parse_options (&argc, &argv, _("CORPUS — write a corpus as JSON on standard output"),
                             _("CORPUS is a folder of .txt files, a corpus.json manifest, a JSON export or a .parallax comparison.\n"
                               "Warnings about skipped files go to standard error."),
                             entries) != PLX_EXIT_OK)
    return PLX_EXIT_USAGE;

  if (format != NULL && !g_str_equal (format, "json") && !g_str_equal (format, "html") &&
      !g_str_equal (format, "csv"))
    {
      g_autofree char *message = g_strdup_printf (_("unknown format “%s”: use json, html or csv"), format);

      return plx_cli_usage_error (message);
    }

  if (argc != 2)
    return plx_cli_usage_error (argc < 2 ? _("export: name one corpus to export")
                                         : _("export: name only one corpus"));

  comparison = plx_cli_load (argv[1], &status);
  if (comparison == NULL)
    return status;
  corpus = plx_comparison_get_corpus (comparison);

  if (pivot != NULL && plx_corpus_find_article (corpus, pivot) == NULL)
    {
      g_autofree char *message = g_strdup_printf (_("no article has the id “%s”"), pivot);

      return plx_cli_usage_error (message);
    }

  options.pivot = pivot;
  options.threshold = threshold;
  /* --threshold wins over a comparison file's own. */
  if (threshold > 0)
    {
      g_autoptr(PlxCorrections) corrections = plx_corrections_copy (plx_comparison_get_corrections (comparison));

      plx_corrections_set_threshold (corrections, threshold);
      plx_comparison_set_corrections (comparison, corrections);
    }
  if (!plx_cli_align (comparison, &options))
    return PLX_EXIT_NOTHING_LOADED;

  if (g_strcmp0 (format, "html") == 0)
    {
      document = plx_export_html (comparison);
      length = strlen (document);
    }
  else if (g_strcmp0 (format, "csv") == 0)
    document = plx_export_csv (comparison, &length);
  else
    document = plx_export_json (comparison, !compact, &length);
  /* A CSV file ends with its last record's line break. */
  if (fwrite (document, 1, length, stdout) != length ||
      (g_strcmp0 (format, "csv") != 0 && fputc ('\n', stdout) == EOF) || fflush (stdout) != 0)
    {
      g_printerr ("parallax-cli: %s: %s\n", _("cannot write the export"), g_strerror (errno));
      return PLX_EXIT_NOTHING_LOADED;
    }

  return PLX_EXIT_OK;
}
