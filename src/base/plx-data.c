/* plx-data.c: the engine's data files (rules, word lists)
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "plx-data.h"
#include "plx-data-resources.h"

#define DATA_PREFIX "/io/github/newsparallax/Parallax/data/"

/* The first lookup builds the resource. GLib 2.74 lets a second thread
 * through before the first has finished building it (it reads a NULL
 * or half-made resource), and the loader looks data up from worker
 * threads: so the first lookup happens once, and the others wait. */
static GResource *
data_resource (void)
{
  static gsize resource;

  if (g_once_init_enter (&resource))
    g_once_init_leave (&resource, (gsize) plx_data_get_resource ());

  return (GResource *) resource;
}

/**
 * plx_data_lookup:
 * @name: a file name under data/rules, e.g. "furniture.json"
 *
 * The data files are compiled into the library. Looking them up through
 * the resource itself, rather than the global registry, keeps them
 * reachable from a static library whose constructor was dropped.
 *
 * Returns: (transfer full): the file's bytes
 */
GBytes *
plx_data_lookup (const char *name)
{
  g_autofree char *path = g_strconcat (DATA_PREFIX, name, NULL);
  g_autoptr(GError) error = NULL;
  GBytes *bytes;

  bytes = g_resource_lookup_data (data_resource (), path,
                                  G_RESOURCE_LOOKUP_FLAGS_NONE, &error);
  if (bytes == NULL)
    g_error ("Parallax data file %s is missing: %s", name, error->message);

  return bytes;
}

/**
 * plx_data_load_words:
 * @name: a word-list file: one entry a line, '#' starts a comment
 *
 * Returns: (transfer full): a set of the entries
 */
GHashTable *
plx_data_load_words (const char *name)
{
  g_autoptr(GBytes) bytes = plx_data_lookup (name);
  g_autofree char *copy = g_strndup (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));
  g_auto(GStrv) lines = g_strsplit (copy, "\n", -1);
  GHashTable *set = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  for (guint i = 0; lines[i] != NULL; i++)
    {
      char *word = g_strstrip (lines[i]);

      if (*word == '\0' || *word == '#')
        continue;
      g_hash_table_add (set, g_strdup (word));
    }

  return set;
}

/**
 * plx_data_load_json:
 * @name: the name of a bundled JSON file, such as "languages.json"
 *
 * Parses one of the bundled rules files. They are part of the program,
 * checked by the tests: a missing or broken one is a bug in the build,
 * and stops the program with a message naming it.
 *
 * Returns: (transfer full): the file's root object
 */
JsonObject *
plx_data_load_json (const char *name)
{
  g_autoptr(GBytes) bytes = plx_data_lookup (name);
  g_autoptr(JsonParser) parser = json_parser_new_immutable ();
  g_autoptr(GError) error = NULL;
  JsonNode *root;

  if (!json_parser_load_from_data (parser, g_bytes_get_data (bytes, NULL),
                                   (gssize) g_bytes_get_size (bytes), &error))
    g_error ("Parallax data file %s is broken: %s", name, error->message);

  root = json_parser_get_root (parser);
  if (root == NULL || !JSON_NODE_HOLDS_OBJECT (root))
    g_error ("Parallax data file %s is broken: not a JSON object", name);

  return json_object_ref (json_node_get_object (root));
}

/**
 * plx_data_load_languages:
 * @name: the name of a bundled JSON file whose members are languages
 *   ("en": {...}, "de": {...}), beside other members such as "about"
 * @read: reads one language's object
 *
 * Returns: (transfer full): each language code -> what @read made of its
 *   object; kept for the program's life
 */
GHashTable *
plx_data_load_languages (const char          *name,
                         PlxDataReadLanguage  read)
{
  g_autoptr(JsonObject) root = plx_data_load_json (name);
  GHashTable *languages = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GList) members = json_object_get_members (root);

  for (GList *l = members; l != NULL; l = l->next)
    {
      JsonNode *node = json_object_get_member (root, l->data);

      if (JSON_NODE_HOLDS_OBJECT (node))
        g_hash_table_insert (languages, g_strdup (l->data), read (json_node_get_object (node)));
    }

  return languages;
}

/**
 * plx_data_for_language:
 * @languages: from plx_data_load_languages()
 * @language: (nullable): a language, "en" or "en-GB"; English when %NULL
 *
 * Returns: (transfer none) (nullable): the part for the language's
 *   two-letter code, or %NULL when the file has none
 */
gconstpointer
plx_data_for_language (GHashTable *languages,
                       const char *language)
{
  char code[3] = "en";

  if (language != NULL && strlen (language) >= 2)
    {
      code[0] = g_ascii_tolower (language[0]);
      code[1] = g_ascii_tolower (language[1]);
    }

  return g_hash_table_lookup (languages, code);
}
