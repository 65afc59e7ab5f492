/* bench-many-files.c: a folder of 100,000 empty files and one article
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Usage: bench-many-files [N]
 *
 * Makes a folder in the temporary directory holding N empty .txt files
 * (default 100,000) and one real article, loads it as the window and
 * parallax-cli do, and prints the time, the peak memory (getrusage) and
 * the warnings: how many, how many bytes they take, and the first and
 * last. Removes the folder. Prints figures; asserts nothing.
 */

#include "config.h"

#include <glib/gstdio.h>
#include <stdio.h>
#include <string.h>
#include <sys/resource.h>

#include "parallax-core.h"

#define ARTICLE "Ministers met in Geneva on Friday. They agreed to meet again.\n"

static glong
peak_rss_kib (void)
{
  struct rusage usage;

  getrusage (RUSAGE_SELF, &usage);

  return usage.ru_maxrss;
}

static void
make_folder (const char *dir,
             guint       n_files)
{
  g_autofree char *article = g_build_filename (dir, "article.txt", NULL);

  g_file_set_contents (article, ARTICLE, -1, NULL);
  for (guint i = 0; i < n_files; i++)
    {
      char name[32];
      g_autofree char *path = NULL;
      FILE *file;

      g_snprintf (name, sizeof name, "empty-%06u.txt", i);
      path = g_build_filename (dir, name, NULL);
      file = fopen (path, "wb");
      if (file == NULL || fclose (file) != 0)
        g_error ("%s: cannot be written", path);
    }
}

static void
remove_folder (const char *dir)
{
  g_autoptr(GDir) handle = g_dir_open (dir, 0, NULL);
  const char *name;

  while (handle != NULL && (name = g_dir_read_name (handle)) != NULL)
    {
      g_autofree char *path = g_build_filename (dir, name, NULL);

      g_remove (path);
    }
  g_rmdir (dir);
}

int
main (int   argc,
      char *argv[])
{
  guint n_files = argc > 1 ? (guint) g_ascii_strtoull (argv[1], NULL, 10) : 100000;
  g_autofree char *dir = g_dir_make_tmp ("parallax-bench-XXXXXX", NULL);
  g_autoptr(GFile) location = NULL;
  g_autoptr(PlxCorpus) corpus = NULL;
  g_autoptr(GError) error = NULL;
  const char * const *warnings;
  gsize warning_bytes = 0;
  guint n_warnings;
  glong rss_before;
  gint64 start;

  if (dir == NULL)
    g_error ("cannot make a temporary folder");
  start = g_get_monotonic_time ();
  make_folder (dir, n_files);
  g_print ("%u empty files and one article written in %.2f s\n", n_files,
           (g_get_monotonic_time () - start) / 1e6);

  location = g_file_new_for_path (dir);
  rss_before = peak_rss_kib ();
  start = g_get_monotonic_time ();
  corpus = plx_corpus_load (location, NULL, &error);
  if (corpus == NULL)
    g_error ("%s", error->message);
  g_print ("loaded in %.2f s: %u article(s); peak RSS %ld MiB (%ld MiB before loading)\n",
           (g_get_monotonic_time () - start) / 1e6, g_list_model_get_n_items (G_LIST_MODEL (corpus)),
           peak_rss_kib () / 1024, rss_before / 1024);

  warnings = plx_corpus_get_warnings (corpus);
  n_warnings = plx_corpus_get_n_warnings (corpus);
  for (guint i = 0; i < n_warnings; i++)
    warning_bytes += strlen (warnings[i]) + 1;
  g_print ("%u warnings, %.1f MB of text (what parallax-cli prints, and the window's Loading Problems dialog shows)\n",
           n_warnings, warning_bytes / 1e6);
  if (n_warnings > 0)
    g_print ("  first: %s\n  last:  %s\n", warnings[0], warnings[n_warnings - 1]);

  remove_folder (dir);

  return 0;
}
