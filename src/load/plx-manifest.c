/* plx-manifest.c: corpus.json manifests and Parallax's own JSON exports
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <json-glib/json-glib.h>
#include <string.h>

#include "plx-error.h"
#include "plx-manifest.h"
#include "plx-metadata.h"
#include "plx-sentence.h"

/* A corpus.json manifest (README.md, "corpus.json"):
 *
 *   {"name": "...", "articles": [{"file": "a.txt", "outlet": "...",
 *     "url": "...", "date": "2026-01-13", "language": "en",
 *     "published": "2026-01-13T09:30:00Z"},
 *    {"id": "b", "text": "inline text", "outlet": "..."}]}
 *
 * A Parallax export ({"parallax": 1, "corpus": {...}, "articles": [...]}
 * with sentences) reads back the same way; its sentences are kept as they
 * were exported. A bad entry is skipped with a warning that names it; a
 * bad field is ignored with a warning; only a document that is not JSON,
 * or not an object with an "articles" array, fails as a whole. */

static void
plx_manifest_entry_free (gpointer data)
{
  PlxManifestEntry *entry = data;

  g_free (entry->id);
  g_free (entry->file);
  g_free (entry->text);
  g_free (entry->outlet);
  g_free (entry->title);
  g_free (entry->url);
  g_free (entry->date);
  g_free (entry->published);
  g_free (entry->language);
  g_clear_pointer (&entry->sentences, g_ptr_array_unref);
  g_free (entry->label);
  g_free (entry);
}

void
plx_manifest_free (PlxManifest *manifest)
{
  if (manifest == NULL)
    return;

  g_free (manifest->name);
  g_clear_pointer (&manifest->entries, g_ptr_array_unref);
  g_free (manifest);
}

static void G_GNUC_PRINTF (3, 4)
warn (GPtrArray  *warnings,
      const char *file_name,
      const char *format,
      ...)
{
  g_autofree char *message = NULL;
  va_list args;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);

  if (warnings != NULL)
    g_ptr_array_add (warnings, g_strdup_printf ("%s: %s", file_name, message));
}

/* json-glib turns an escaped lone surrogate ("\ud800") into bytes that
 * are not UTF-8; everything after the reader expects valid UTF-8, as the
 * decoder gives for files. */
static char *
dup_valid_utf8 (const char *text)
{
  if (g_utf8_validate (text, -1, NULL))
    return g_strdup (text);

  return g_utf8_make_valid (text, -1);
}

/* Reads an optional string member; a member of another type is ignored
 * with a warning. */
static char *
dup_string_member (JsonObject *object,
                   const char *member,
                   const char *file_name,
                   const char *label,
                   GPtrArray  *warnings)
{
  JsonNode *node = json_object_get_member (object, member);

  if (node == NULL || JSON_NODE_HOLDS_NULL (node))
    return NULL;

  if (!JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_STRING)
    {
      /* Translators: the first %s is an entry of a corpus.json ("article 3"), the second a field name */
      warn (warnings, file_name, _("%s: '%s' must be a string; ignored"), label, member);
      return NULL;
    }

  return dup_valid_utf8 (json_node_get_string (node));
}

/* A member's string, or @fallback when it is absent or not a string:
 * json-glib's *_with_default() getters are critical on an object or an
 * array, which a hostile corpus.json may hold anywhere. */
static const char *
string_member (JsonObject *object,
               const char *member,
               const char *fallback)
{
  JsonNode *node = json_object_get_member (object, member);

  if (node == NULL || !JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_STRING)
    return fallback;

  return json_node_get_string (node);
}

/* A member's integer, or @fallback when it is absent or not one. */
static gint64
int_member (JsonObject *object,
            const char *member,
            gint64      fallback)
{
  JsonNode *node = json_object_get_member (object, member);

  if (node == NULL || !JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_INT64)
    return fallback;

  return json_node_get_int (node);
}

static GPtrArray *
parse_sentences (JsonArray  *array,
                 const char *file_name,
                 const char *label,
                 GPtrArray  *warnings)
{
  g_autoptr(GPtrArray) sentences = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      JsonNode *node = json_array_get_element (array, i);
      JsonObject *object = JSON_NODE_HOLDS_OBJECT (node) ? json_node_get_object (node) : NULL;
      const char *text = NULL;
      g_autofree char *valid_text = NULL;
      PlxRole role = PLX_ROLE_BODY;
      gint64 start, end;

      if (object != NULL)
        text = string_member (object, "text", NULL);
      if (text == NULL ||
          !plx_role_from_string (string_member (object, "role", "body"), &role))
        {
          /* Translators: %s names an article of the corpus (“article 3”); a
           * sentence’s role says whether it is part of the story or page
           * furniture
           */
          warn (warnings, file_name, _("%s: sentence %u has no text or an unknown role; skipped"), label, i);
          continue;
        }

      valid_text = dup_valid_utf8 (text);
      start = int_member (object, "start", -1);
      end = int_member (object, "end", -1);
      g_ptr_array_add (sentences,
                       plx_sentence_new (sentences->len, role,
                                         start < 0 ? 0 : (gsize) start,
                                         end < start ? (gsize) MAX (start, 0) : (gsize) end,
                                         valid_text));
    }

  return g_steal_pointer (&sentences);
}

static PlxManifestEntry *
parse_entry (JsonNode   *node,
             guint       position,
             gboolean    is_export,
             const char *file_name,
             GPtrArray  *warnings)
{
  PlxManifestEntry *entry;
  JsonObject *object;
  g_autofree char *date = NULL;
  JsonNode *sentences;

  if (!JSON_NODE_HOLDS_OBJECT (node))
    {
      warn (warnings, file_name, _("article %u: expected an object; skipped"), position + 1);
      return NULL;
    }

  object = json_node_get_object (node);
  entry = g_new0 (PlxManifestEntry, 1);
  /* Translators: how a message names an entry of a corpus.json, counted from 1 */
  entry->label = g_strdup_printf (_("article %u"), position + 1);
  entry->id = dup_string_member (object, "id", file_name, entry->label, warnings);
  entry->file = dup_string_member (object, "file", file_name, entry->label, warnings);
  if (entry->file == NULL)
    entry->file = dup_string_member (object, "path", file_name, entry->label, warnings);
  entry->text = dup_string_member (object, "text", file_name, entry->label, warnings);
  entry->outlet = dup_string_member (object, "outlet", file_name, entry->label, warnings);
  entry->title = dup_string_member (object, "title", file_name, entry->label, warnings);
  entry->url = dup_string_member (object, "url", file_name, entry->label, warnings);
  entry->language = dup_string_member (object, "language", file_name, entry->label, warnings);
  date = dup_string_member (object, "date", file_name, entry->label, warnings);
  entry->published = dup_string_member (object, "published", file_name, entry->label, warnings);
  if (date == NULL && entry->published != NULL)
    date = g_strdup (entry->published);

  if (entry->file != NULL)
    {
      g_autofree char *label = g_steal_pointer (&entry->label);

      entry->label = g_strdup_printf ("%s (%s)", label, entry->file);
    }

  if (date != NULL)
    {
      entry->date = plx_metadata_parse_date (date);
      if (entry->date == NULL)
        /* Translators: %s names an article of the corpus (“article 3”), then
         * the date as written in corpus.json
         */
        warn (warnings, file_name, _("%s: date '%s' is not a date such as 2026-01-13; ignored"),
              entry->label, date);
    }

  sentences = json_object_get_member (object, "sentences");
  if (is_export && sentences != NULL && JSON_NODE_HOLDS_ARRAY (sentences))
    entry->sentences = parse_sentences (json_node_get_array (sentences), file_name, entry->label, warnings);

  if (entry->file == NULL && entry->text == NULL && entry->sentences == NULL)
    {
      /* Translators: “file” and “text” are field names of corpus.json: do
       * not translate them
       */
      warn (warnings, file_name, _("%s: needs a 'file' or a 'text'; skipped"), entry->label);
      plx_manifest_entry_free (entry);
      return NULL;
    }

  return entry;
}

/* json-glib 1.6 parses arrays and objects by recursion, a few stack
 * frames a level, with no limit: 100,000 nested '[' overflow a thread's
 * stack. A manifest or export is six levels deep at most, so a cheap scan
 * refuses anything nested deeper than MAX_JSON_DEPTH before json-glib
 * sees it. The scan skips strings, so brackets in text do not count. */
#define MAX_JSON_DEPTH 256

static gboolean
json_nesting_fits (const char *data,
                   gsize       length,
                   guint       max_depth)
{
  guint depth = 0;
  gboolean in_string = FALSE;

  for (gsize i = 0; i < length; i++)
    {
      char c = data[i];

      if (in_string)
        {
          if (c == '\\')
            i++;
          else if (c == '"')
            in_string = FALSE;
        }
      else if (c == '"')
        in_string = TRUE;
      else if (c == '[' || c == '{')
        {
          if (++depth > max_depth)
            return FALSE;
        }
      else if ((c == ']' || c == '}') && depth > 0)
        depth--;
    }

  return TRUE;
}

/* json-glib says "<data>:3:14: Parse error: ..."; users want the line.
 * Compiled once, shared by the threads that load corpora. */
static GRegex *
get_parse_error_regex (void)
{
  static GRegex *regex;

  if (g_once_init_enter (&regex))
    {
      GRegex *compiled = g_regex_new ("^<?[^:]*>?:(\\d+):(\\d+):\\s*(?:Parse error:\\s*)?(.*)$",
                                      G_REGEX_DOTALL, 0, NULL);
      g_assert (compiled != NULL);
      g_once_init_leave (&regex, compiled);
    }

  return regex;
}

static void
set_parse_error (GError     **error,
                 const char  *file_name,
                 const GError *parse_error)
{
  GRegex *regex = get_parse_error_regex ();
  g_autoptr(GMatchInfo) match = NULL;
  /* json-glib quotes the bad string as it found it, invalid UTF-8 too. */
  g_autofree char *message = dup_valid_utf8 (parse_error->message);

  if (g_regex_match (regex, message, 0, &match))
    {
      g_autofree char *line = g_match_info_fetch (match, 1);
      g_autofree char *column = g_match_info_fetch (match, 2);
      g_autofree char *what = g_match_info_fetch (match, 3);

      /* Translators: "corpus.json: line 4, column 12: unexpected character" */
      g_set_error (error, PLX_ERROR, PLX_ERROR_MANIFEST, _("%s: line %s, column %s: %s"),
                   file_name, line, column, what);
    }
  else
    g_set_error (error, PLX_ERROR, PLX_ERROR_MANIFEST, _("%s: not valid JSON: %s"),
                 file_name, message);
}

/**
 * plx_manifest_parse:
 * @data: the document
 * @length: its length, or -1 if nul-terminated
 * @file_name: how messages name the document
 * @warnings: (element-type utf8) (nullable): where to add warnings
 * @error: a location for a #GError
 *
 * Returns: (transfer full) (nullable): the manifest, or %NULL if the
 *   document is not a corpus.json or an export
 */
PlxManifest *
plx_manifest_parse (const char  *data,
                    gssize       length,
                    const char  *file_name,
                    GPtrArray   *warnings,
                    GError     **error)
{
  g_autoptr(JsonParser) parser = json_parser_new_immutable ();
  g_autoptr(PlxManifest) manifest = NULL;
  g_autoptr(GError) parse_error = NULL;
  JsonNode *root;
  JsonObject *object;
  JsonNode *articles;

  g_return_val_if_fail (data != NULL, NULL);
  g_return_val_if_fail (file_name != NULL, NULL);

  if (!json_nesting_fits (data, length < 0 ? strlen (data) : (gsize) length, MAX_JSON_DEPTH))
    {
      g_set_error (error, PLX_ERROR, PLX_ERROR_MANIFEST,
                   /* Translators: %s is a file name (corpus.json), %d a number of levels */
                   _("%s: arrays or objects nested more than %d levels deep; not a corpus.json or a Parallax export"),
                   file_name, MAX_JSON_DEPTH);
      return NULL;
    }

  if (!json_parser_load_from_data (parser, data, length, &parse_error))
    {
      set_parse_error (error, file_name, parse_error);
      return NULL;
    }

  root = json_parser_get_root (parser);
  object = root != NULL && JSON_NODE_HOLDS_OBJECT (root) ? json_node_get_object (root) : NULL;
  articles = object != NULL ? json_object_get_member (object, "articles") : NULL;
  if (articles == NULL || !JSON_NODE_HOLDS_ARRAY (articles))
    {
      g_set_error (error, PLX_ERROR, PLX_ERROR_MANIFEST,
                   /* Translators: “articles” is a field name of corpus.json:
                    * do not translate it. “corpus.json” is a section of the
                    * README
                    */
                   _("%s: expected an object with an \"articles\" array (see “corpus.json” in the README)"),
                   file_name);
      return NULL;
    }

  manifest = g_new0 (PlxManifest, 1);
  manifest->entries = g_ptr_array_new_with_free_func (plx_manifest_entry_free);
  manifest->is_export = json_object_has_member (object, "parallax");
  manifest->name = dup_string_member (object, "name", file_name, "corpus", warnings);
  if (manifest->name == NULL && json_object_has_member (object, "corpus"))
    {
      JsonNode *corpus = json_object_get_member (object, "corpus");

      if (JSON_NODE_HOLDS_OBJECT (corpus))
        manifest->name = dup_string_member (json_node_get_object (corpus), "name", file_name, "corpus", warnings);
    }

  for (guint i = 0; i < json_array_get_length (json_node_get_array (articles)); i++)
    {
      JsonNode *node = json_array_get_element (json_node_get_array (articles), i);
      PlxManifestEntry *entry = parse_entry (node, i, manifest->is_export, file_name, warnings);

      if (entry != NULL)
        g_ptr_array_add (manifest->entries, entry);
    }

  return g_steal_pointer (&manifest);
}
