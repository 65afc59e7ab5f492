/* plx-comparison-file.c: the .parallax file of a comparison
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "plx-comparison-file.h"
#include "plx-error.h"

/* A `.parallax` file is JSON (src/README.md, "Comparison files"):
 *
 *   {"parallax-comparison": 1,
 *    "corpus": "<folder or corpus.json, relative to the file or absolute>",
 *    "outlets": {...}, "together": [...], "apart": [...],
 *    "pivot": ..., "threshold": ..., "notes": [...]}
 *
 * Only the corpus is needed; everything else is the editor's
 * corrections (PlxCorrections). Parallax writes this file only when
 * the editor saves, and never writes to the corpus. */

#define FORMAT_VERSION 1
#define MAX_LEVELS_UP  3

/**
 * plx_comparison_file_is:
 *
 * Returns: whether @file is named as a comparison file (`*.parallax`)
 */
gboolean
plx_comparison_file_is (GFile *file)
{
  g_autofree char *name = g_file_get_basename (file);

  return name != NULL && g_str_has_suffix (name, PLX_COMPARISON_FILE_SUFFIX);
}

static gboolean
fail (GError     **error,
      GFile       *file,
      const char  *problem)
{
  g_autofree char *name = g_file_get_parse_name (file);
  /* The JSON parser quotes the bytes it stopped at, which need not be
   * UTF-8. */
  g_autofree char *valid = g_utf8_make_valid (problem, -1);

  /* Translators: %s is a .parallax file, the second %s what is wrong with it */
  g_set_error (error, PLX_ERROR, PLX_ERROR_COMPARISON_FILE, _("%s: %s"), name, valid);

  return FALSE;
}

/**
 * plx_comparison_file_read:
 * @file: a `.parallax` file
 * @corpus: (out): the corpus it compares
 * @corrections: (out): the editor's corrections
 * @warnings: (element-type utf8) (nullable): a message for each entry
 *   left out
 *
 * Reads a comparison file. A file that is not JSON, is not a comparison
 * or names a corpus that is missing is an error; an entry that is not as
 * it should be is left out with a warning, and the rest is read.
 *
 * Returns: whether the file could be read
 */
gboolean
plx_comparison_file_read (GFile           *file,
                          GFile          **corpus,
                          PlxCorrections **corrections,
                          GPtrArray       *warnings,
                          GCancellable    *cancellable,
                          GError         **error)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) local_error = NULL;
  g_autoptr(GFile) parent = NULL;
  g_autoptr(GFile) location = NULL;
  g_autofree char *contents = NULL;
  g_autofree char *problem = NULL;
  JsonObject *object;
  JsonNode *node;
  gsize length;

  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  if (!g_file_load_contents (file, cancellable, &contents, &length, NULL, &local_error))
    return fail (error, file, local_error->message);

  if (!json_parser_load_from_data (parser, contents, length, &local_error))
    {
      /* Translators: %s is the JSON parser's message */
      problem = g_strdup_printf (_("not a Parallax comparison: not JSON (%s)"), local_error->message);
      return fail (error, file, problem);
    }

  node = json_parser_get_root (parser);
  object = node != NULL && JSON_NODE_HOLDS_OBJECT (node) ? json_node_get_object (node) : NULL;
  node = object != NULL ? json_object_get_member (object, "parallax-comparison") : NULL;
  if (node == NULL || json_node_get_value_type (node) != G_TYPE_INT64)
    return fail (error, file, _("not a Parallax comparison (no “parallax-comparison” version)"));
  if (json_node_get_int (node) > FORMAT_VERSION)
    return fail (error, file, _("saved by a newer version of Parallax; update Parallax to open it"));

  node = json_object_get_member (object, "corpus");
  if (node == NULL || json_node_get_value_type (node) != G_TYPE_STRING || *json_node_get_string (node) == '\0')
    return fail (error, file, _("it names no corpus (“corpus”: a folder or a corpus.json)"));

  parent = g_file_get_parent (file);
  if (g_path_is_absolute (json_node_get_string (node)) || parent == NULL)
    location = g_file_new_for_path (json_node_get_string (node));
  else
    location = g_file_resolve_relative_path (parent, json_node_get_string (node));

  if (!g_file_query_exists (location, cancellable))
    {
      g_autofree char *where = g_file_get_parse_name (location);

      /* Translators: %s is the folder or corpus.json a comparison file names */
      problem = g_strdup_printf (_("its corpus “%s” is missing (moved or deleted?)"), where);
      return fail (error, file, problem);
    }

  *corrections = plx_corrections_new_from_json (object, warnings);
  *corpus = g_steal_pointer (&location);

  return TRUE;
}

/* @corpus as the file names it: relative to @file's folder when that is
 * near, else absolute. */
static char *
corpus_path (GFile *file,
             GFile *corpus)
{
  g_autoptr(GFile) base = g_file_get_parent (file);
  g_autoptr(GString) path = g_string_new (NULL);

  for (guint up = 0; base != NULL && up <= MAX_LEVELS_UP; up++)
    {
      g_autofree char *relative = NULL;
      GFile *next;

      if (g_file_equal (base, corpus))
        {
          if (path->len == 0)
            g_string_append (path, ".");
          else
            g_string_truncate (path, path->len - 1);
          return g_string_free (g_steal_pointer (&path), FALSE);
        }

      relative = g_file_get_relative_path (base, corpus);
      if (relative != NULL)
        {
          g_string_append (path, relative);
          return g_string_free (g_steal_pointer (&path), FALSE);
        }

      g_string_append (path, "../");
      next = g_file_get_parent (base);
      g_object_unref (base);
      base = next;
    }

  return g_file_get_path (corpus);
}

/**
 * plx_comparison_file_write:
 * @file: where to save
 * @corpus: the corpus compared
 * @corrections: the editor's corrections
 *
 * Saves the comparison to @file, replacing it whole (never half
 * written).
 *
 * Returns: whether it was saved
 */
gboolean
plx_comparison_file_write (GFile           *file,
                           GFile           *corpus,
                           PlxCorrections  *corrections,
                           GCancellable    *cancellable,
                           GError         **error)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autoptr(JsonNode) root = NULL;
  g_autoptr(GError) local_error = NULL;
  g_autofree char *path = corpus_path (file, corpus);
  g_autofree char *data = NULL;
  gsize length;

  g_return_val_if_fail (G_IS_FILE (file), FALSE);
  g_return_val_if_fail (PLX_IS_CORRECTIONS (corrections), FALSE);

  if (path == NULL)
    return fail (error, file, _("the corpus is not a local file and cannot be saved in a comparison"));

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "parallax-comparison");
  json_builder_add_int_value (builder, FORMAT_VERSION);
  json_builder_set_member_name (builder, "corpus");
  json_builder_add_string_value (builder, path);
  plx_corrections_to_json (corrections, builder);
  json_builder_end_object (builder);

  root = json_builder_get_root (builder);
  json_generator_set_root (generator, root);
  json_generator_set_pretty (generator, TRUE);
  json_generator_set_indent (generator, 2);
  data = json_generator_to_data (generator, &length);

  if (!g_file_replace_contents (file, data, length, NULL, FALSE, G_FILE_CREATE_NONE,
                                NULL, cancellable, &local_error))
    return fail (error, file, local_error->message);

  return TRUE;
}
