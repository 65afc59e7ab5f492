/* fuzz-manifest.c: a corpus.json (or a Parallax export) as someone may
 * share it: parsed, loaded as a corpus, aligned and exported
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>
#include <stdlib.h>
#include <string.h>

#include "fuzz-common.h"

/* The loader reads the document from disk: a folder of our own, in
 * $TMPDIR (tests/fuzz/run.sh points it at /dev/shm). */
static char *folder;
static char *manifest_path;

static void
remove_folder (void)
{
  g_remove (manifest_path);
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
  manifest_path = g_build_filename (folder, "corpus.json", NULL);
  atexit (remove_folder);

  return 0;
}

/* Whether loading would only read inside our folder. A manifest that
 * names files elsewhere ("/dev/zero", "../../etc") is parsed, but not
 * loaded: the fuzzer must not wander through the machine's files. */
static gboolean
stays_inside (PlxManifest *manifest)
{
  if (manifest->is_export)
    return TRUE;

  for (guint i = 0; i < manifest->entries->len; i++)
    {
      const PlxManifestEntry *entry = g_ptr_array_index (manifest->entries, i);

      if (entry->file != NULL && entry->text == NULL &&
          (g_path_is_absolute (entry->file) || strstr (entry->file, "..") != NULL ||
           entry->file[0] == '~'))
        return FALSE;
    }

  return TRUE;
}

static void
check_manifest (PlxManifest *manifest,
                GPtrArray   *warnings)
{
  plx_fuzz_check_string (manifest->name, TRUE);
  for (guint i = 0; i < warnings->len; i++)
    plx_fuzz_check_string (g_ptr_array_index (warnings, i), FALSE);

  for (guint i = 0; i < manifest->entries->len; i++)
    {
      const PlxManifestEntry *entry = g_ptr_array_index (manifest->entries, i);

      g_assert (entry->file != NULL || entry->text != NULL || entry->sentences != NULL);
      plx_fuzz_check_string (entry->label, FALSE);
      plx_fuzz_check_string (entry->date, TRUE);
    }
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autoptr(GPtrArray) warnings = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GError) error = NULL;
  g_autoptr(PlxManifest) manifest = NULL;
  g_autoptr(GFile) file = NULL;
  g_autoptr(PlxCorpus) corpus = NULL;
  g_autoptr(PlxComparison) comparison = NULL;
  g_autofree char *document = NULL;

  manifest = plx_manifest_parse ((const char *) data, size, "corpus.json", warnings, &error);
  if (manifest == NULL)
    {
      g_assert (error != NULL);
      plx_fuzz_check_string (error->message, FALSE);
      return 0;
    }
  g_assert (error == NULL);
  check_manifest (manifest, warnings);
  if (!stays_inside (manifest))
    return 0;

  g_file_set_contents (manifest_path, (const char *) data, size, &error);
  g_assert_no_error (error);
  file = g_file_new_for_path (manifest_path);
  corpus = plx_corpus_load (file, NULL, &error);
  g_assert (corpus != NULL && error == NULL);

  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (corpus)); i++)
    plx_fuzz_check_article (plx_corpus_get_article (corpus, i));
  for (guint i = 0; i < plx_corpus_get_n_warnings (corpus); i++)
    plx_fuzz_check_string (plx_corpus_get_warnings (corpus)[i], FALSE);

  comparison = plx_comparison_new_for_corpus (corpus);
  g_assert (plx_comparison_align (comparison, NULL, NULL, NULL));
  document = plx_export_json (comparison, FALSE, NULL);
  g_assert (g_utf8_validate (document, -1, NULL));

  return 0;
}
