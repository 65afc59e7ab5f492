/* fuzz-comparison.c: a .parallax comparison file as someone may share it:
 * read, its corrections applied to a small corpus, exported
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>
#include <stdlib.h>
#include <string.h>

#include "fuzz-common.h"
#include "plx-comparison-file.h"

/* A folder of our own, in $TMPDIR (tests/fuzz/run.sh points it at
 * /dev/shm), with the file and a corpus of three articles beside it:
 * "corpus" in the file finds them. */
static char *folder;
static char *corpus_dir;
static char *file_path;

static const char *articles[][2] = {
  { "a.txt", "Ministers met in Geneva on Tuesday to discuss tariffs.\n\n"
             "The talks lasted four hours and ended without a joint statement.\n\n"
             "“We will meet again in March,” the spokesman said.\n" },
  { "b.txt", "Trade ministers held talks in Geneva on Tuesday about tariffs.\n\n"
             "Farmers protested outside the building during the meeting.\n\n"
             "Officials said more meetings would follow in March.\n" },
  { "c.txt", "Die Minister trafen sich am Dienstag in Genf.\n\nDie Gespräche dauerten vier Stunden.\n" },
};

static void
remove_folder (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (articles); i++)
    {
      g_autofree char *path = g_build_filename (corpus_dir, articles[i][0], NULL);

      g_remove (path);
    }
  g_rmdir (corpus_dir);
  g_remove (file_path);
  g_rmdir (folder);
}

int
LLVMFuzzerInitialize (int    *argc,
                      char ***argv)
{
  g_autoptr(GError) error = NULL;

  plx_fuzz_init ();
  folder = g_dir_make_tmp ("parallax-fuzz-XXXXXX", &error);
  g_assert_no_error (error);
  corpus_dir = g_build_filename (folder, "corpus", NULL);
  g_assert (g_mkdir (corpus_dir, 0755) == 0);
  for (guint i = 0; i < G_N_ELEMENTS (articles); i++)
    {
      g_autofree char *path = g_build_filename (corpus_dir, articles[i][0], NULL);

      g_file_set_contents (path, articles[i][1], -1, &error);
      g_assert_no_error (error);
    }
  file_path = g_build_filename (folder, "fuzz.parallax", NULL);
  atexit (remove_folder);

  return 0;
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autoptr(GPtrArray) warnings = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GFile) file = g_file_new_for_path (file_path);
  g_autoptr(GFile) expected = g_file_new_for_path (corpus_dir);
  g_autoptr(GFile) corpus_location = NULL;
  g_autoptr(PlxCorrections) corrections = NULL;
  g_autoptr(PlxComparison) comparison = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *document = NULL;
  g_autofree char *html = NULL;
  const char * const *alignment_warnings;

  g_file_set_contents (file_path, (const char *) data, size, &error);
  g_assert_no_error (error);

  if (!plx_comparison_file_read (file, &corpus_location, &corrections, warnings, NULL, &error))
    {
      g_assert (error != NULL);
      plx_fuzz_check_string (error->message, FALSE);
      return 0;
    }
  for (guint i = 0; i < warnings->len; i++)
    plx_fuzz_check_string (g_ptr_array_index (warnings, i), FALSE);
  /* Only our corpus is read: the fuzzer must not wander through the
   * machine's files. */
  if (!g_file_equal (corpus_location, expected))
    return 0;

  comparison = plx_comparison_new ();
  g_assert (plx_comparison_load (comparison, file, NULL, &error));
  g_assert (plx_comparison_align (comparison, NULL, NULL, &error));
  alignment_warnings = plx_alignment_get_warnings (plx_comparison_get_alignment (comparison));
  for (guint i = 0; alignment_warnings[i] != NULL; i++)
    plx_fuzz_check_string (alignment_warnings[i], FALSE);

  document = plx_export_json (comparison, FALSE, NULL);
  g_assert (g_utf8_validate (document, -1, NULL));
  html = plx_export_html (comparison);
  g_assert (g_utf8_validate (html, -1, NULL));

  /* Saved again, it reads back to the same corrections. */
  {
    g_autoptr(PlxCorrections) again = NULL;
    g_autoptr(GFile) again_location = NULL;

    g_assert (plx_comparison_save (comparison, file, NULL, &error));
    g_assert (plx_comparison_file_read (file, &again_location, &again, NULL, NULL, &error));
    g_assert (plx_corrections_equal (again, plx_comparison_get_corrections (comparison)));
  }

  return 0;
}
