/* plx-cli-fetch.c: parallax-cli fetch
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib-unix.h>
#include <glib/gi18n-lib.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include "plx-cli.h"
#include "plx-fetch-batch.h"
#include "plx-update-check.h"

/* The pages are fetched together (a PlxFetchBatch, PLX_FETCH_MAX_PARALLEL
 * at a time) and reported in the order given, each as soon as it and
 * those before it are done. On a terminal, a line on standard error
 * counts them. Ctrl+C cancels the downloads, which then leave nothing
 * behind. With --update, the saved pages of a folder are checked for
 * updates (a PlxUpdateCheck, src/load), reported alike in the order of
 * the files. */

typedef struct
{
  gboolean show_progress;
  gboolean done;
  gboolean failed;
} Run;

/* On a terminal, a line on standard error counts the pages. */
static void
print_progress (Run     *run,
                guint    n_done,
                guint    n_pages,
                goffset  received)
{
  g_autofree char *size = NULL;

  if (!run->show_progress || n_pages == 0 || n_done == n_pages)
    return;

  size = g_format_size (received);

  g_printerr ("\r\033[K");
  /* Translators: progress of parallax-cli fetch on a terminal: the pages
   * done, the pages asked for, and what has come, “2 of 5 pages, 1.2 MB”
   */
  g_printerr (ngettext ("%u of %u page, %s", "%u of %u pages, %s", n_pages),
              n_done, n_pages, size);
}

static void
progress_cb (PlxFetchBatch *batch,
             gpointer       user_data)
{
  print_progress (user_data, plx_fetch_batch_get_n_done (batch),
                  plx_fetch_batch_get_n_pages (batch), plx_fetch_batch_get_received (batch));
}

/* Prints a page done, in the order of the addresses. */
static void
page_done_cb (PlxFetchBatch *batch,
              guint          index,
              gpointer       user_data)
{
  Run *run = user_data;
  GFile *file = plx_fetch_batch_get_file (batch, index);
  g_autofree char *path = NULL;

  if (run->show_progress)
    g_printerr ("\r\033[K");

  if (file == NULL)
    {
      g_printerr ("parallax-cli: %s\n", plx_fetch_batch_get_error (batch, index)->message);
      return;
    }

  path = g_file_get_path (file);
  /* Translators: a web address, then the file its page was saved as */
  g_print (_("%s: saved as %s"), plx_fetch_batch_get_address (batch, index), path);
  g_print ("\n");
  fflush (stdout);
}

static void
fetched_cb (GObject      *source_object,
            GAsyncResult *result,
            gpointer      user_data)
{
  Run *run = user_data;

  /* Cancelled or not, each page said how it ended. */
  plx_fetch_batch_run_finish (PLX_FETCH_BATCH (source_object), result, NULL);
  run->done = TRUE;
}

/* ---- --update ---------------------------------------------------------- */

static void
update_progress_cb (PlxUpdateCheck *check,
                    gpointer        user_data)
{
  print_progress (user_data, plx_update_check_get_n_done (check),
                  plx_update_check_get_n_pages (check), plx_update_check_get_received (check));
}

/* Prints a page checked, in the order of the files. */
static void
update_page_done_cb (PlxUpdateCheck *check,
                     guint           index,
                     gpointer        user_data)
{
  Run *run = user_data;
  const char *path = g_file_peek_path (plx_update_check_get_file (check, index));
  GFile *other;

  if (run->show_progress)
    g_printerr ("\r\033[K");

  switch (plx_update_check_get_status (check, index))
    {
    case PLX_UPDATE_UNCHANGED:
      /* Translators: a saved page whose article is as it was saved */
      g_print (_("%s: unchanged"), path);
      g_print ("\n");
      break;

    case PLX_UPDATE_CHANGED:
      other = plx_update_check_get_new_file (check, index);
      /* Translators: a saved page whose article changed, then the new
       * file its new version was saved as
       */
      g_print (_("%s: changed, saved as %s"), path, g_file_peek_path (other));
      g_print ("\n");
      break;

    case PLX_UPDATE_FAILED:
      g_printerr ("parallax-cli: %s\n", plx_update_check_get_error (check, index)->message);
      break;

    case PLX_UPDATE_NO_ADDRESS:
      g_printerr ("parallax-cli: %s ", _("warning:"));
      /* Translators: a file of a corpus folder that cannot be checked for
       * updates, since nothing says where it came from
       */
      g_printerr (_("%s: no web address known (it was not downloaded by Parallax and names no canonical "
                    "address); skipped"), path);
      g_printerr ("\n");
      break;

    case PLX_UPDATE_EARLIER_VERSION:
      other = plx_update_check_get_later_version (check, index);
      /* Translators: a saved page, then a later version of it (a file of
       * the same address); the later one is checked for updates instead
       */
      g_print (_("%s: an earlier version of %s, checked with it"), path, g_file_peek_path (other));
      g_print ("\n");
      break;

    case PLX_UPDATE_PENDING:
    default:
      g_assert_not_reached ();
    }
  fflush (stdout);
}

static void
updated_cb (GObject      *source_object,
            GAsyncResult *result,
            gpointer      user_data)
{
  Run *run = user_data;
  g_autoptr(GError) error = NULL;

  /* The pages said how each ended; only a folder that could not be read
   * has more to say. */
  if (!plx_update_check_run_finish (PLX_UPDATE_CHECK (source_object), result, &error) &&
      !g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    {
      g_printerr ("parallax-cli: %s\n", error->message);
      run->failed = TRUE;
    }
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    run->failed = TRUE;
  run->done = TRUE;
}

static gboolean interrupted_cb (gpointer user_data);

static int
check_for_updates (const char *path,
                   gboolean    show_progress)
{
  g_autoptr(GFile) folder = g_file_new_for_commandline_arg (path);
  g_autoptr(PlxUpdateCheck) check = plx_update_check_new (folder);
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  const char * const *warnings;
  guint interrupt_id;
  guint terminate_id;
  Run run = { 0 };

  run.show_progress = show_progress;
  g_signal_connect (check, "page-done", G_CALLBACK (update_page_done_cb), &run);
  g_signal_connect (check, "progress", G_CALLBACK (update_progress_cb), &run);

  interrupt_id = g_unix_signal_add (SIGINT, interrupted_cb, cancellable);
  terminate_id = g_unix_signal_add (SIGTERM, interrupted_cb, cancellable);

  plx_update_check_run_async (check, cancellable, updated_cb, &run);
  while (!run.done)
    g_main_context_iteration (NULL, TRUE);

  g_source_remove (interrupt_id);
  g_source_remove (terminate_id);

  warnings = plx_update_check_get_warnings (check);
  for (guint i = 0; warnings[i] != NULL; i++)
    g_printerr ("parallax-cli: %s %s\n", _("warning:"), warnings[i]);
  if (!run.failed && plx_update_check_get_n_pages (check) == 0)
    {
      g_printerr ("parallax-cli: %s ", _("warning:"));
      /* Translators: %s is the folder given to fetch --update */
      g_printerr (_("%s: the folder holds no text files (.txt) or saved web pages (.html) to check"), path);
      g_printerr ("\n");
    }

  return run.failed || plx_update_check_count (check, PLX_UPDATE_FAILED) > 0 ? PLX_EXIT_FAILED : PLX_EXIT_OK;
}

/* ---- fetch ------------------------------------------------------------- */

static gboolean
interrupted_cb (gpointer user_data)
{
  g_cancellable_cancel (user_data);

  return G_SOURCE_CONTINUE;
}

/* The folder to save into, made if need be. */
static GFile *
prepare_folder (const char  *path,
                GError     **error)
{
  g_autoptr(GFile) folder = g_file_new_for_commandline_arg (path);
  g_autoptr(GError) local_error = NULL;

  if (!g_file_make_directory_with_parents (folder, NULL, &local_error) &&
      !g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_EXISTS))
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return NULL;
    }

  if (g_file_query_file_type (folder, G_FILE_QUERY_INFO_NONE, NULL) != G_FILE_TYPE_DIRECTORY)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_DIRECTORY,
                   /* Translators: %s is the path given with --into */
                   _("%s is not a folder"), path);
      return NULL;
    }

  return g_steal_pointer (&folder);
}

int
plx_cli_fetch (int    argc,
               char **argv)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PlxFetchBatch) batch = NULL;
  g_autoptr(GFile) folder = NULL;
  g_autoptr(GCancellable) cancellable = NULL;
  g_autofree const char **addresses = NULL;
  g_autofree char *into = NULL;
  g_autofree char *update = NULL;
  g_autofree char *limit = NULL;
  g_autofree char *description = NULL;
  g_autofree char *full_description = NULL;
  guint interrupt_id;
  guint terminate_id;
  Run run = { 0 };
  GOptionEntry entries[] = {
    { "into", 'i', 0, G_OPTION_ARG_FILENAME, &into,
      /* Translators: parallax-cli --help; FOLDER names the option’s value:
       * keep it in capitals
       */
      N_("The corpus folder to save the pages in (made if need be)"), N_("FOLDER") },
    { "update", 'u', 0, G_OPTION_ARG_FILENAME, &update,
      /* Translators: parallax-cli --help; FOLDER names the option’s value:
       * keep it in capitals
       */
      N_("Download the saved pages of FOLDER again, and save those whose article changed as new files"),
      N_("FOLDER") },
    { NULL }
  };

  limit = g_format_size (PLX_FETCH_MAX_SIZE);
  description = g_strdup_printf (_("Each page is saved as a new file of FOLDER, named from its address\n"
                                   "(example.com-story.html, or .txt for plain text); a file already there\n"
                                   "is never replaced: the page is saved as example.com-story-2.html instead.\n"
                                   "Only http:// and https:// addresses, only web pages and plain text; at\n"
                                   "most %s a page, %u redirects, and %u seconds without a word from\n"
                                   "the server. A line per address, in order: the file on standard output,\n"
                                   "or the error on standard error.\n"
                                   "Exit status: 0 when every page was saved, 1 when any could not be,\n"
                                   "2 on bad usage."),
                                 limit, PLX_FETCH_MAX_REDIRECTS, PLX_FETCH_TIMEOUT);
  full_description = g_strconcat (description, "\n\n",
                                  /* Translators: parallax-cli fetch --help; keep
                                   * “--update” and FOLDER
                                   */
                                  _("With --update FOLDER, each saved page of FOLDER is asked again at the\n"
                                    "address it came from (else its canonical address): a page whose article\n"
                                    "changed is saved beside it as a new file (story-2.html); one whose article\n"
                                    "is the same is reported unchanged, and nothing is written. Nothing is\n"
                                    "replaced or deleted. A line per file; exit status 1 when any page could\n"
                                    "not be checked."),
                                  NULL);

  /* Translators: the usage line of parallax-cli fetch, after the command
   * name; URL and FOLDER are what to type: keep them in capitals
   */
  if (plx_cli_parse_options (&argc, &argv, _("URL… --into FOLDER — save web pages in a corpus folder"),
                             full_description,
                             entries) != PLX_EXIT_OK)
    return PLX_EXIT_USAGE;

  if (update != NULL && (into != NULL || argc > 1))
    return plx_cli_usage_error (_("fetch: --update FOLDER takes no web addresses and no --into"));
  if (update != NULL)
    return check_for_updates (update, isatty (STDERR_FILENO));

  if (into == NULL)
    return plx_cli_usage_error (_("fetch: say where to save the pages with --into FOLDER"));
  if (argc < 2)
    return plx_cli_usage_error (_("fetch: name at least one web address"));

  folder = prepare_folder (into, &error);
  if (folder == NULL)
    {
      g_printerr ("parallax-cli: %s\n", error->message);
      return PLX_EXIT_FAILED;
    }

  /* The addresses are the arguments left, argv[1] on. */
  addresses = g_new0 (const char *, argc);
  memcpy (addresses, &argv[1], (argc - 1) * sizeof *addresses);
  batch = plx_fetch_batch_new (NULL, folder, addresses);
  cancellable = g_cancellable_new ();
  run.show_progress = isatty (STDERR_FILENO);
  g_signal_connect (batch, "page-done", G_CALLBACK (page_done_cb), &run);
  g_signal_connect (batch, "progress", G_CALLBACK (progress_cb), &run);

  interrupt_id = g_unix_signal_add (SIGINT, interrupted_cb, cancellable);
  terminate_id = g_unix_signal_add (SIGTERM, interrupted_cb, cancellable);

  plx_fetch_batch_run_async (batch, cancellable, fetched_cb, &run);
  while (!run.done)
    g_main_context_iteration (NULL, TRUE);

  g_source_remove (interrupt_id);
  g_source_remove (terminate_id);

  return plx_fetch_batch_get_n_failed (batch) > 0 ? PLX_EXIT_FAILED : PLX_EXIT_OK;
}
