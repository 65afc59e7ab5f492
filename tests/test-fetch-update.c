/* test-fetch-update.c: saved pages checked for updates (src/load/plx-update-check.c)
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "plx-test-server.h"
#include "plx-test-util.h"

/* Every page comes from tests/plx-test-server.c, on 127.0.0.1, at paths
 * each test sets and changes between the saving and the check. */

/* Generous: a loaded machine can be slow; no test should come near it. */
#define TIMEOUT_SECONDS 60

/* @paragraphs with the one at @index replaced by @text. */
static const char **
edited (const char * const *paragraphs,
        guint               index,
        const char         *text)
{
  guint n = g_strv_length ((char **) paragraphs);
  const char **copy = g_new0 (const char *, n + 1);

  memcpy (copy, paragraphs, n * sizeof *copy);
  copy[index] = text;

  return copy;
}

typedef struct
{
  char *dir;
  char *before;       /* plx_test_snapshot_tree() of the folder as saved */
  char *changes;      /* the addresses */
  char *stays;
  char *gone;
  char *moved;
  char *new_home;
  char *changed_html; /* what the server serves now at changes */
  char *moved_html;   /* and at new_home */
} Folder;

/* The folder of the tests, its paths under @prefix on the server:
 *
 *   changes.html  its article is edited on the server (a figure)
 *   stays.html    the advertisement, the most-read list and the time
 *                 in a script change; the article does not
 *   gone.html     names its address as its canonical one only (no
 *                 attribute): the server has removed it (404)
 *   moved.html    the server redirects to a new address, where the
 *                 article has a new paragraph
 *   notes.txt     a text file: no address known
 */
static void
folder_setup (Folder     *folder,
              const char *prefix)
{
  g_autofree char *changes_path = g_strconcat (prefix, "/changes", NULL);
  g_autofree char *stays_path = g_strconcat (prefix, "/stays", NULL);
  g_autofree char *gone_path = g_strconcat (prefix, "/gone", NULL);
  g_autofree char *moved_path = g_strconcat (prefix, "/moved", NULL);
  g_autofree char *new_home_path = g_strconcat (prefix, "/new-home", NULL);
  g_autofree char *gone_html = NULL;
  g_autofree char *stays_html = NULL;
  g_autofree const char **changed = NULL;
  g_autofree const char **longer = NULL;
  const char *added[G_N_ELEMENTS (plx_test_harbour_story) + 1] = { NULL };

  folder->dir = plx_test_make_dir ();
  folder->changes = plx_test_server_url (changes_path);
  folder->stays = plx_test_server_url (stays_path);
  folder->gone = plx_test_server_url (gone_path);
  folder->moved = plx_test_server_url (moved_path);
  folder->new_home = plx_test_server_url (new_home_path);

  plx_test_save_page (folder->dir, "changes.html", "Docking fees rise 12% after harbour vote", plx_test_harbour_story, "Cheap flights to Oslo", folder->changes);
  plx_test_save_page (folder->dir, "stays.html", "Harbour board meets on fees", plx_test_harbour_story, "Visit the winter market", folder->stays);
  plx_test_save_page (folder->dir, "moved.html", "Fishing boats face higher costs", plx_test_harbour_story, "Buy a boat today", folder->moved);
  gone_html = plx_test_news_page ("Pontoons to be replaced", plx_test_harbour_story, "Sail to Bergen", folder->gone);
  plx_test_write_file (folder->dir, "gone.html", gone_html, -1);
  plx_test_write_file (folder->dir, "notes.txt", "Harbour notes\n\nThe board meets on Tuesday to discuss docking fees.\n", -1);
  folder->before = plx_test_snapshot_tree (folder->dir);

  /* Now the server: a figure corrected... */
  changed = edited (plx_test_harbour_story, 0, "Boat owners at the marina reacted with dismay after the harbour board voted on Tuesday "
                                "to raise docking fees by 15%, the first rise since 2020.");
  folder->changed_html = plx_test_news_page ("Docking fees rise 12% after harbour vote", changed, "Hotels in Oslo", NULL);
  plx_test_server_set_page (changes_path, "text/html", folder->changed_html);

  /* ...everything but the article changed... */
  stays_html = plx_test_news_page ("Harbour board meets on fees", plx_test_harbour_story, "Ski rental at half price", NULL);
  plx_test_server_set_page (stays_path, "text/html", stays_html);

  /* ...a page gone, another moved and lengthened. */
  plx_test_server_unset (gone_path);
  memcpy (added, plx_test_harbour_story, sizeof plx_test_harbour_story);
  added[G_N_ELEMENTS (plx_test_harbour_story) - 1] = "Owners who pay for the whole year in advance will keep the old rate until the end of March, the board said.";
  longer = edited (added, 0, plx_test_harbour_story[0]);
  folder->moved_html = plx_test_news_page ("Fishing boats face higher costs", longer, "Buy a boat today", NULL);
  plx_test_server_set_page (new_home_path, "text/html", folder->moved_html);
  plx_test_server_set_redirect (moved_path, new_home_path);
}

static void
folder_teardown (Folder *folder)
{
  plx_test_remove_tree (folder->dir);
  g_free (folder->dir);
  g_free (folder->before);
  g_free (folder->changes);
  g_free (folder->stays);
  g_free (folder->gone);
  g_free (folder->moved);
  g_free (folder->new_home);
  g_free (folder->changed_html);
  g_free (folder->moved_html);
}

/* The snapshot of @dir without the lines of @new_names: the files that
 * were there before, as they are now. */
static char *
snapshot_without (const char         *dir,
                  const char * const *new_names)
{
  g_autofree char *now = plx_test_snapshot_tree (dir);
  g_auto(GStrv) lines = g_strsplit (now, "\n", -1);
  GString *kept = g_string_new (NULL);

  for (guint i = 0; lines[i] != NULL; i++)
    {
      gboolean is_new = FALSE;

      for (guint j = 0; new_names[j] != NULL; j++)
        {
          g_autofree char *start = g_strconcat (new_names[j], " ", NULL);

          is_new |= g_str_has_prefix (lines[i], start);
        }
      if (is_new)
        continue;
      g_string_append (kept, lines[i]);
      if (lines[i + 1] != NULL)
        g_string_append_c (kept, '\n');
    }

  return g_string_free (kept, FALSE);
}

static void
assert_file_has (const char *dir,
                 const char *name,
                 const char *expected)
{
  g_autofree char *path = g_build_filename (dir, name, NULL);
  g_autofree char *contents = NULL;
  gsize length = 0;

  g_assert_true (g_file_get_contents (path, &contents, &length, NULL));
  g_assert_cmpmem (contents, length, expected, strlen (expected));
}

/* Where a saved file came from, or NULL where the file system keeps no
 * extended attributes. */
static char *
origin_of (const char *dir,
           const char *name)
{
  g_autofree char *path = g_build_filename (dir, name, NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GFileInfo) info = g_file_query_info (file, PLX_FETCH_ORIGIN_ATTRIBUTE, G_FILE_QUERY_INFO_NONE, NULL, NULL);

  return info != NULL ? g_strdup (g_file_info_get_attribute_string (info, PLX_FETCH_ORIGIN_ATTRIBUTE)) : NULL;
}

static gboolean
timed_out_cb (gpointer user_data)
{
  g_error ("A check for updates did not end within %d seconds", TIMEOUT_SECONDS);
  return G_SOURCE_REMOVE;
}

/* ---- The engine -------------------------------------------------------- */

typedef struct
{
  gboolean  done;
  gboolean  result;
  GError   *error;
  GString  *order;          /* the pages announced, "0 1 2 " */
  gboolean  cancel_on_progress;
  GCancellable *cancellable;
} Checked;

static void
checked_page_done_cb (PlxUpdateCheck *check,
                      guint           index,
                      Checked        *checked)
{
  g_assert_cmpint (plx_update_check_get_status (check, index), !=, PLX_UPDATE_PENDING);
  g_string_append_printf (checked->order, "%u ", index);
}

static void
checked_progress_cb (PlxUpdateCheck *check,
                     Checked        *checked)
{
  double fraction = plx_update_check_get_fraction (check);

  g_assert_cmpfloat (fraction, >=, 0);
  g_assert_cmpfloat (fraction, <=, 1);
  if (checked->cancel_on_progress && plx_update_check_get_n_pages (check) > 0)
    g_cancellable_cancel (checked->cancellable);
}

static void
checked_cb (GObject      *source_object,
            GAsyncResult *result,
            gpointer      user_data)
{
  Checked *checked = user_data;

  g_assert_false (checked->done);
  checked->result = plx_update_check_run_finish (PLX_UPDATE_CHECK (source_object), result, &checked->error);
  checked->done = TRUE;
}

static PlxUpdateCheck *
check_folder (const char *dir,
              Checked    *checked)
{
  g_autoptr(GFile) folder = g_file_new_for_path (dir);
  PlxUpdateCheck *check = plx_update_check_new (folder);
  guint timeout_id = g_timeout_add_seconds (TIMEOUT_SECONDS, timed_out_cb, NULL);

  checked->order = g_string_new (NULL);
  g_signal_connect (check, "page-done", G_CALLBACK (checked_page_done_cb), checked);
  g_signal_connect (check, "progress", G_CALLBACK (checked_progress_cb), checked);
  plx_update_check_run_async (check, checked->cancellable, checked_cb, checked);
  while (!checked->done)
    g_main_context_iteration (NULL, TRUE);
  g_source_remove (timeout_id);

  return check;
}

static void
checked_clear (Checked *checked)
{
  g_clear_error (&checked->error);
  if (checked->order != NULL)
    g_string_free (checked->order, TRUE);
  g_clear_object (&checked->cancellable);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Checked, checked_clear)

static guint
find_page (PlxUpdateCheck *check,
           const char     *dir,
           const char     *name)
{
  g_autofree char *path = g_build_filename (dir, name, NULL);

  for (guint i = 0; i < plx_update_check_get_n_pages (check); i++)
    if (g_str_equal (g_file_peek_path (plx_update_check_get_file (check, i)), path))
      return i;

  g_error ("%s is not among the pages checked", name);
}

/* The four pages and a text file: a new file beside the page whose
 * article changed and the one that moved, nothing for the page whose
 * furniture alone changed, a 404 for the page gone, the text file
 * skipped; the files there before are as they were. */
static void
test_update_folder (void)
{
  Folder folder = { 0 };
  g_auto(Checked) checked = { 0 };
  g_autoptr(PlxUpdateCheck) check = NULL;
  g_autofree char *names = NULL;
  g_autofree char *after = NULL;
  g_autofree char *origin = NULL;
  const GError *error;
  guint i;

  folder_setup (&folder, "/engine");
  check = check_folder (folder.dir, &checked);
  g_assert_no_error (checked.error);
  g_assert_true (checked.result);

  /* Every file, in order, announced once. */
  g_assert_cmpuint (plx_update_check_get_n_pages (check), ==, 5);
  g_assert_cmpstr (checked.order->str, ==, "0 1 2 3 4 ");
  g_assert_cmpfloat (plx_update_check_get_fraction (check), ==, 1);

  i = find_page (check, folder.dir, "changes.html");
  g_assert_cmpint (plx_update_check_get_status (check, i), ==, PLX_UPDATE_CHANGED);
  g_assert_cmpstr (plx_update_check_get_address (check, i), ==, folder.changes);
  g_assert_nonnull (strstr (g_file_peek_path (plx_update_check_get_new_file (check, i)), "/changes-2.html"));

  i = find_page (check, folder.dir, "stays.html");
  g_assert_cmpint (plx_update_check_get_status (check, i), ==, PLX_UPDATE_UNCHANGED);
  g_assert_null (plx_update_check_get_new_file (check, i));

  i = find_page (check, folder.dir, "gone.html");
  g_assert_cmpint (plx_update_check_get_status (check, i), ==, PLX_UPDATE_FAILED);
  g_assert_cmpstr (plx_update_check_get_address (check, i), ==, folder.gone);
  error = plx_update_check_get_error (check, i);
  g_assert_error (error, PLX_FETCH_ERROR, PLX_FETCH_ERROR_STATUS);
  g_test_message ("%s", error->message);
  g_assert_nonnull (strstr (error->message, "gone.html"));
  g_assert_nonnull (strstr (error->message, "404 Not Found"));

  i = find_page (check, folder.dir, "moved.html");
  g_assert_cmpint (plx_update_check_get_status (check, i), ==, PLX_UPDATE_CHANGED);
  g_assert_nonnull (strstr (g_file_peek_path (plx_update_check_get_new_file (check, i)), "/moved-2.html"));

  i = find_page (check, folder.dir, "notes.txt");
  g_assert_cmpint (plx_update_check_get_status (check, i), ==, PLX_UPDATE_NO_ADDRESS);

  g_assert_cmpuint (plx_update_check_count (check, PLX_UPDATE_CHANGED), ==, 2);
  g_assert_cmpuint (plx_update_check_count (check, PLX_UPDATE_FAILED), ==, 1);

  /* The only change: two new files, holding what the server sent. */
  names = plx_test_list_dir (folder.dir);
  g_assert_cmpstr (names, ==, "changes-2.html changes.html gone.html moved-2.html moved.html notes.txt stays.html");
  after = snapshot_without (folder.dir, (const char * const []) { "changes-2.html", "moved-2.html", NULL });
  g_assert_cmpstr (after, ==, folder.before);
  assert_file_has (folder.dir, "changes-2.html", folder.changed_html);
  assert_file_has (folder.dir, "moved-2.html", folder.moved_html);

  /* The page that moved records where it was found. */
  origin = origin_of (folder.dir, "moved-2.html");
  if (origin != NULL)
    g_assert_cmpstr (origin, ==, folder.new_home);

  folder_teardown (&folder);
}

/* A second check right after the first finds nothing new: each address
 * is asked for its latest file, the earlier ones skipped, and a page
 * whose text is already saved is not saved again. */
static void
test_update_twice (void)
{
  Folder folder = { 0 };
  g_auto(Checked) first = { 0 };
  g_auto(Checked) second = { 0 };
  g_autoptr(PlxUpdateCheck) check = NULL;
  g_autoptr(PlxUpdateCheck) again = NULL;
  g_autofree char *names = NULL;
  g_autofree char *names_again = NULL;
  g_autofree char *later = NULL;
  guint i;

  folder_setup (&folder, "/twice");
  check = check_folder (folder.dir, &first);
  g_assert_no_error (first.error);
  names = plx_test_list_dir (folder.dir);

  again = check_folder (folder.dir, &second);
  g_assert_no_error (second.error);
  names_again = plx_test_list_dir (folder.dir);
  g_assert_cmpstr (names_again, ==, names);

  i = find_page (again, folder.dir, "changes.html");
  g_assert_cmpint (plx_update_check_get_status (again, i), ==, PLX_UPDATE_EARLIER_VERSION);
  later = g_file_get_basename (plx_update_check_get_later_version (again, i));
  g_assert_cmpstr (later, ==, "changes-2.html");
  i = find_page (again, folder.dir, "changes-2.html");
  g_assert_cmpint (plx_update_check_get_status (again, i), ==, PLX_UPDATE_UNCHANGED);
  g_assert_cmpuint (plx_update_check_count (again, PLX_UPDATE_CHANGED), ==, 0);

  /* Edited again: the next file is changes-3.html, beside the others. */
  plx_test_server_set_page ("/twice/changes", "text/html", "<html><head><title>Docking fees</title></head><body>"
                            "<article><h1>Docking fees rise 15% after harbour vote</h1><p>Boat owners at the marina "
                            "reacted with dismay after the harbour board voted on Tuesday to raise docking fees by 15%, "
                            "the first rise since 2020, and the board said it would not reconsider.</p></article></body></html>");
  {
    g_auto(Checked) third = { 0 };
    g_autoptr(PlxUpdateCheck) last = check_folder (folder.dir, &third);

    i = find_page (last, folder.dir, "changes-2.html");
    g_assert_cmpint (plx_update_check_get_status (last, i), ==, PLX_UPDATE_CHANGED);
    g_assert_nonnull (strstr (g_file_peek_path (plx_update_check_get_new_file (last, i)), "/changes-3.html"));
  }

  folder_teardown (&folder);
}

/* Cancelled once the pages are listed: every page checked ends as
 * cancelled, and the folder is as it was, with no hidden download. */
static void
test_update_cancel (void)
{
  Folder folder = { 0 };
  g_auto(Checked) checked = { 0 };
  g_autoptr(PlxUpdateCheck) check = NULL;
  g_autofree char *after = NULL;

  folder_setup (&folder, "/cancel");
  checked.cancellable = g_cancellable_new ();
  checked.cancel_on_progress = TRUE;
  check = check_folder (folder.dir, &checked);
  g_assert_error (checked.error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_assert_cmpuint (plx_update_check_count (check, PLX_UPDATE_CHANGED), ==, 0);
  g_assert_cmpuint (plx_update_check_get_n_done (check), ==, 5);

  after = plx_test_snapshot_tree (folder.dir);
  g_assert_cmpstr (after, ==, folder.before);

  folder_teardown (&folder);
}

/* ---- parallax-cli fetch --update ---------------------------------------- */

/* A line per file, in the order of the files: on standard output the
 * pages checked, on standard error the page gone (naming its file and
 * the 404) and the file without an address; exit status 1. */
static void
test_update_cli (void)
{
  Folder folder = { 0 };
  g_auto(PlxTestCliRun) run = { 0 };
  g_auto(PlxTestCliRun) usage = { 0 };
  g_autofree char *expected = NULL;
  g_autofree char *after = NULL;
  g_autofree char *gone_line = NULL;
  g_autofree char *notes_line = NULL;

  folder_setup (&folder, "/cli");
  plx_test_run_cli ((const char * const []) { "fetch", "--update", folder.dir, NULL }, &run);
  g_assert_cmpint (run.status, ==, 1);
  expected = g_strdup_printf ("%s/changes.html: changed, saved as %s/changes-2.html\n"
                              "%s/moved.html: changed, saved as %s/moved-2.html\n"
                              "%s/stays.html: unchanged\n",
                              folder.dir, folder.dir, folder.dir, folder.dir, folder.dir);
  g_assert_cmpstr (run.out, ==, expected);

  gone_line = g_strdup_printf ("parallax-cli: %s/gone.html: %s: the server answered 404 Not Found\n",
                               folder.dir, folder.gone);
  g_assert_nonnull (strstr (run.err, gone_line));
  notes_line = g_strdup_printf ("%s/notes.txt: no web address known", folder.dir);
  g_assert_nonnull (strstr (run.err, notes_line));

  after = snapshot_without (folder.dir, (const char * const []) { "changes-2.html", "moved-2.html", NULL });
  g_assert_cmpstr (after, ==, folder.before);

  /* --update takes neither addresses nor --into. */
  plx_test_run_cli ((const char * const []) { "fetch", "--update", folder.dir, folder.stays, NULL }, &usage);
  g_assert_cmpint (usage.status, ==, 2);

  folder_teardown (&folder);
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *base = NULL;
  int status;

  g_test_init (&argc, &argv, NULL);

  base = plx_test_server_start ();
  g_test_message ("Serving on %s", base);

  g_test_add_func ("/fetch-update/folder", test_update_folder);
  g_test_add_func ("/fetch-update/twice", test_update_twice);
  g_test_add_func ("/fetch-update/cancel", test_update_cancel);
  g_test_add_func ("/fetch-update/cli", test_update_cli);

  status = g_test_run ();
  plx_test_server_stop ();

  return status;
}
