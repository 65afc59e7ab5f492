/* plx-cli.c: parallax-cli, the headless tool
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <locale.h>
#include <stdio.h>

#include "plx-cli.h"

typedef struct
{
  const char *name;
  int       (*run) (int argc, char **argv);
  const char *summary;
} Command;

static const Command commands[] = {
  /* Translators: summary of the "export" command in parallax-cli --help */
  { "export", plx_cli_export, N_("Write the corpus, its sentences and their roles as JSON") },
  /* Translators: summary of the "segment" command in parallax-cli --help */
  { "segment", plx_cli_segment, N_("Split a text into sentences") },
  /* Translators: summary of the "facts" command in parallax-cli --help */
  { "facts", plx_cli_facts, N_("Print the ledger of figures, dated events and conflicts") },
  /* Translators: summary of the "similarity" command in parallax-cli --help */
  { "similarity", plx_cli_similarity, N_("Score sentence pairs read from standard input") },
  /* Translators: summary of the "fetch" command in parallax-cli --help */
  { "fetch", plx_cli_fetch, N_("Download web pages into a corpus folder") },
};

static void
print_usage (FILE *stream)
{
  fprintf (stream, "%s\n  parallax-cli %s\n\n%s\n",
           /* Translators: the usage of parallax-cli: COMMAND, OPTION and
            * CORPUS name what to type; keep them in capitals and translate
            * them the same way in the other messages
            */
           _("Usage:"), _("COMMAND [OPTION…] CORPUS"), _("Commands:"));
  for (guint i = 0; i < G_N_ELEMENTS (commands); i++)
    fprintf (stream, "  %-10s %s\n", commands[i].name, _(commands[i].summary));
  fprintf (stream, "\n%s\n%s\n\n%s\n",
           _("CORPUS is a folder of .txt files, a corpus.json manifest, a JSON export or a .parallax comparison."),
           /* Translators: keep “parallax-cli” and “--help”; COMMAND as in
            * the usage line
            */
           _("Run “parallax-cli COMMAND --help” for the options of a command."),
           _("Exit status: 0 on success (also when some files were skipped with a warning), "
             "1 when nothing could be loaded, 2 on bad usage."));
}

/**
 * plx_cli_parse_options:
 * @argc: (inout): the command's arguments, its name first
 * @argv: (inout): the arguments; the options are taken out
 * @usage: what follows the command in the usage line (translated)
 * @description: (nullable): the text after the options in --help
 *   (translated)
 * @entries: the command's options
 *
 * Parses a command's options, in the gettext domain of Parallax; --help
 * prints the usage and exits.
 *
 * Returns: %PLX_EXIT_OK, or %PLX_EXIT_USAGE after saying what is wrong
 *   on standard error
 */
int
plx_cli_parse_options (int                *argc,
                       char             ***argv,
                       const char         *usage,
                       const char         *description,
                       const GOptionEntry *entries)
{
  g_autoptr(GOptionContext) context = g_option_context_new (usage);
  g_autoptr(GError) error = NULL;

  g_option_context_set_translation_domain (context, GETTEXT_PACKAGE);
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  if (description != NULL)
    g_option_context_set_description (context, description);

  if (!g_option_context_parse (context, argc, argv, &error))
    return plx_cli_usage_error (error->message);

  return PLX_EXIT_OK;
}

/**
 * plx_cli_usage_error:
 * @message: what is wrong
 *
 * Returns: %PLX_EXIT_USAGE, after saying what is wrong on standard error
 */
int
plx_cli_usage_error (const char *message)
{
  g_printerr ("parallax-cli: %s\n", message);
  g_printerr (_("Run “parallax-cli --help” for usage."));
  g_printerr ("\n");

  return PLX_EXIT_USAGE;
}

/**
 * plx_cli_load:
 * @path: the corpus's path, as the user gave it
 * @exit_status: (out): the status to exit with when this returns %NULL
 *
 * Loads a corpus into a new comparison, not aligned yet, printing
 * warnings and errors on standard error.
 *
 * Returns: (transfer full) (nullable): the comparison, or %NULL if no
 *   article could be loaded
 */
PlxComparison *
plx_cli_load (const char *path,
              int        *exit_status)
{
  g_autoptr(GFile) location = g_file_new_for_commandline_arg (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(PlxComparison) comparison = plx_comparison_new ();
  const char * const *warnings;
  PlxCorpus *corpus;

  if (!plx_comparison_load (comparison, location, NULL, &error))
    {
      g_printerr ("parallax-cli: %s\n", error->message);
      *exit_status = PLX_EXIT_NOTHING_LOADED;
      return NULL;
    }

  corpus = plx_comparison_get_corpus (comparison);
  warnings = plx_corpus_get_warnings (corpus);
  for (guint i = 0; warnings[i] != NULL; i++)
    /* Translators: prefix of a warning about one file of a corpus */
    g_printerr ("parallax-cli: %s %s\n", _("warning:"), warnings[i]);

  if (g_list_model_get_n_items (G_LIST_MODEL (corpus)) == 0)
    {
      g_printerr ("parallax-cli: %s: %s\n", path, _("no article could be loaded"));
      *exit_status = PLX_EXIT_NOTHING_LOADED;
      return NULL;
    }

  *exit_status = PLX_EXIT_OK;

  return g_steal_pointer (&comparison);
}

/**
 * plx_cli_align:
 * @options: (nullable): how to align
 *
 * Aligns the comparison's corpus, printing on standard error the
 * corrections of a comparison file that could not be applied.
 *
 * Returns: whether it was aligned (if not, the error was printed)
 */
gboolean
plx_cli_align (PlxComparison         *comparison,
               const PlxAlignOptions *options)
{
  g_autoptr(GError) error = NULL;
  const char * const *warnings;

  if (!plx_comparison_align (comparison, options, NULL, &error))
    {
      g_printerr ("parallax-cli: %s\n", error->message);
      return FALSE;
    }

  warnings = plx_alignment_get_warnings (plx_comparison_get_alignment (comparison));
  for (guint i = 0; warnings[i] != NULL; i++)
    g_printerr ("parallax-cli: %s %s\n", _("warning:"), warnings[i]);

  return TRUE;
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);
  g_set_prgname ("parallax-cli");

  if (argc < 2)
    {
      print_usage (stderr);
      return PLX_EXIT_USAGE;
    }

  if (g_str_equal (argv[1], "--help") || g_str_equal (argv[1], "-h") || g_str_equal (argv[1], "help"))
    {
      print_usage (stdout);
      return PLX_EXIT_OK;
    }

  if (g_str_equal (argv[1], "--version"))
    {
      g_print ("parallax-cli %s\n", PACKAGE_VERSION);
      return PLX_EXIT_OK;
    }

  for (guint i = 0; i < G_N_ELEMENTS (commands); i++)
    {
      if (g_str_equal (argv[1], commands[i].name))
        return commands[i].run (argc - 1, argv + 1);
    }

  g_printerr ("parallax-cli: ");
  /* Translators: %s is what the user typed as a command */
  g_printerr (_("unknown command “%s”"), argv[1]);
  g_printerr ("\n\n");
  print_usage (stderr);

  return PLX_EXIT_USAGE;
}
