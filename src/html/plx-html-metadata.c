/* plx-html-metadata.c: what a saved page's markup says about its article
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <json-glib/json-glib.h>
#include <string.h>

#include "plx-html-metadata.h"
#include "plx-html-node.h"
#include "plx-metadata.h"

/* Each field takes the first source that gives it, in this order:
 *
 *   headline   og:title, JSON-LD headline, twitter:title, the first <h1>,
 *              <title>; a trailing " | Outlet" is cut off
 *   outlet     og:site_name, JSON-LD publisher.name, application-name,
 *              the suffix of <title>
 *   published  article:published_time and its kin in meta tags, JSON-LD
 *              datePublished, <time datetime> (itemprop="datePublished"
 *              or pubdate first)
 *   url        <link rel=canonical>, og:url, JSON-LD url
 *   language   <html lang>, Content-Language, og:locale, JSON-LD
 *              inLanguage
 *
 * JSON-LD objects are read whether they stand alone, in an array or in
 * an "@graph"; only objects whose @type is an article (NewsArticle,
 * BlogPosting, ReportageNewsArticle...) give a headline, date or body. */

typedef struct
{
  GHashTable *meta;          /* lower-case property or name -> first content */
  char       *canonical;
  char       *html_lang;
  char       *h1;
  char       *title;
  char       *time_published;
  char       *time_any;
  char       *ld_headline;
  char       *ld_published;
  char       *ld_publisher;
  char       *ld_url;
  char       *ld_language;
  char       *ld_body;
} Sources;

static void
sources_clear (Sources *sources)
{
  g_clear_pointer (&sources->meta, g_hash_table_unref);
  g_clear_pointer (&sources->canonical, g_free);
  g_clear_pointer (&sources->html_lang, g_free);
  g_clear_pointer (&sources->h1, g_free);
  g_clear_pointer (&sources->title, g_free);
  g_clear_pointer (&sources->time_published, g_free);
  g_clear_pointer (&sources->time_any, g_free);
  g_clear_pointer (&sources->ld_headline, g_free);
  g_clear_pointer (&sources->ld_published, g_free);
  g_clear_pointer (&sources->ld_publisher, g_free);
  g_clear_pointer (&sources->ld_url, g_free);
  g_clear_pointer (&sources->ld_language, g_free);
  g_clear_pointer (&sources->ld_body, g_free);
}

/* Keeps the first value given, white space collapsed; empty values do
 * not count. */
static void
set_once (char       **field,
          const char  *value)
{
  GString *clean;

  if (*field != NULL || value == NULL)
    return;

  clean = g_string_new (NULL);
  plx_html_append_collapsed (clean, value);
  g_strstrip (clean->str);
  if (clean->str[0] != '\0')
    *field = g_strdup (clean->str);
  g_string_free (clean, TRUE);
}

/* ---- JSON-LD --------------------------------------------------------- */

static const char *
string_member (JsonObject *object,
               const char *name)
{
  JsonNode *node = json_object_get_member (object, name);

  if (node == NULL)
    return NULL;
  if (JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == G_TYPE_STRING)
    return json_node_get_string (node);
  /* "url": {"@id": "..."}, "publisher": [{"name": ...}] */
  if (JSON_NODE_HOLDS_ARRAY (node) && json_array_get_length (json_node_get_array (node)) > 0)
    node = json_array_get_element (json_node_get_array (node), 0);
  if (JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == G_TYPE_STRING)
    return json_node_get_string (node);
  if (JSON_NODE_HOLDS_OBJECT (node))
    {
      JsonObject *inner = json_node_get_object (node);

      if (json_object_has_member (inner, "name"))
        return string_member (inner, "name");
      if (json_object_has_member (inner, "@id"))
        return string_member (inner, "@id");
    }

  return NULL;
}

static gboolean
type_matches (JsonObject  *object,
              const char  *needle)
{
  JsonNode *node = json_object_get_member (object, "@type");

  if (node == NULL)
    return FALSE;
  if (JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == G_TYPE_STRING)
    return strstr (json_node_get_string (node), needle) != NULL;
  if (JSON_NODE_HOLDS_ARRAY (node))
    {
      JsonArray *types = json_node_get_array (node);

      for (guint i = 0; i < json_array_get_length (types); i++)
        {
          JsonNode *type = json_array_get_element (types, i);

          if (JSON_NODE_HOLDS_VALUE (type) && json_node_get_value_type (type) == G_TYPE_STRING &&
              strstr (json_node_get_string (type), needle) != NULL)
            return TRUE;
        }
    }

  return FALSE;
}

static gboolean
is_article_type (JsonObject *object)
{
  return type_matches (object, "Article") || type_matches (object, "BlogPosting") ||
         type_matches (object, "NewsArticle") || type_matches (object, "Report");
}

static void read_json_ld_node (Sources *sources, JsonNode *node, guint depth);

static void
read_json_ld_object (Sources    *sources,
                     JsonObject *object,
                     guint       depth)
{
  if (is_article_type (object))
    {
      set_once (&sources->ld_headline, string_member (object, "headline"));
      set_once (&sources->ld_published, string_member (object, "datePublished"));
      set_once (&sources->ld_publisher, string_member (object, "publisher"));
      set_once (&sources->ld_url, string_member (object, "url"));
      set_once (&sources->ld_language, string_member (object, "inLanguage"));
      if (sources->ld_body == NULL && string_member (object, "articleBody") != NULL)
        sources->ld_body = g_strdup (string_member (object, "articleBody"));
    }

  if (json_object_has_member (object, "@graph"))
    read_json_ld_node (sources, json_object_get_member (object, "@graph"), depth + 1);
  if (json_object_has_member (object, "mainEntity"))
    read_json_ld_node (sources, json_object_get_member (object, "mainEntity"), depth + 1);
}

static void
read_json_ld_node (Sources  *sources,
                   JsonNode *node,
                   guint     depth)
{
  if (node == NULL || depth > 8)
    return;

  if (JSON_NODE_HOLDS_OBJECT (node))
    read_json_ld_object (sources, json_node_get_object (node), depth);
  else if (JSON_NODE_HOLDS_ARRAY (node))
    {
      JsonArray *array = json_node_get_array (node);

      for (guint i = 0; i < json_array_get_length (array); i++)
        read_json_ld_node (sources, json_array_get_element (array, i), depth + 1);
    }
}

static void
read_json_ld (Sources *sources,
              xmlNode *script)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autofree char *type = plx_html_node_get_attribute (script, "type");
  xmlChar *content;

  if (type == NULL || g_ascii_strcasecmp (g_strstrip (type), "application/ld+json") != 0)
    return;

  content = xmlNodeGetContent (script);
  if (content != NULL && json_parser_load_from_data (parser, (const char *) content, -1, NULL))
    read_json_ld_node (sources, json_parser_get_root (parser), 0);
  xmlFree (content);
}

/* ---- Elements -------------------------------------------------------- */

static void
read_meta (Sources *sources,
           xmlNode *node)
{
  static const char * const keys[] = { "property", "name", "itemprop", "http-equiv" };
  g_autofree char *content = plx_html_node_get_attribute (node, "content");

  if (content == NULL)
    return;

  for (guint i = 0; i < G_N_ELEMENTS (keys); i++)
    {
      g_autofree char *key = plx_html_node_get_attribute (node, keys[i]);
      g_autofree char *lower = NULL;

      if (key == NULL)
        continue;
      lower = g_ascii_strdown (g_strstrip (key), -1);
      if (!g_hash_table_contains (sources->meta, lower))
        g_hash_table_insert (sources->meta, g_steal_pointer (&lower), g_strdup (content));
    }
}

static void
read_link (Sources *sources,
           xmlNode *node)
{
  g_autofree char *rel = plx_html_node_get_attribute (node, "rel");

  if (rel != NULL && g_ascii_strcasecmp (g_strstrip (rel), "canonical") == 0)
    {
      g_autofree char *href = plx_html_node_get_attribute (node, "href");

      set_once (&sources->canonical, href);
    }
}

static void
read_time (Sources *sources,
           xmlNode *node)
{
  g_autofree char *datetime = plx_html_node_get_attribute (node, "datetime");
  g_autofree char *itemprop = NULL;

  if (datetime == NULL)
    return;

  itemprop = plx_html_node_get_attribute (node, "itemprop");
  if ((itemprop != NULL && g_ascii_strcasecmp (itemprop, "datePublished") == 0) ||
      xmlHasProp (node, (const xmlChar *) "pubdate") != NULL)
    set_once (&sources->time_published, datetime);
  set_once (&sources->time_any, datetime);
}

static void
walk (Sources *sources,
      xmlNode *node)
{
  for (; node != NULL; node = node->next)
    {
      if (node->type != XML_ELEMENT_NODE)
        continue;

      if (plx_html_node_is (node, "script"))
        read_json_ld (sources, node);
      else if (plx_html_node_is (node, "meta"))
        read_meta (sources, node);
      else if (plx_html_node_is (node, "link"))
        read_link (sources, node);
      else if (plx_html_node_is (node, "time"))
        read_time (sources, node);
      else if (plx_html_node_is (node, "title") && sources->title == NULL)
        sources->title = plx_html_node_dup_text (node);
      else if (plx_html_node_is (node, "h1") && sources->h1 == NULL)
        {
          g_autofree char *text = plx_html_node_dup_text (node);

          if (*text != '\0')
            sources->h1 = g_steal_pointer (&text);
        }

      if (!plx_html_node_is (node, "script") && !plx_html_node_is (node, "style") &&
          !plx_html_node_is (node, "svg"))
        walk (sources, node->children);
    }
}

/* ---- Fields ---------------------------------------------------------- */

#define MIN_YEAR 1900
#define MAX_YEAR 2200

static const char *
first_meta (Sources            *sources,
            const char * const *keys)
{
  for (guint i = 0; keys[i] != NULL; i++)
    {
      const char *value = g_hash_table_lookup (sources->meta, keys[i]);

      if (value != NULL && *g_strstrip ((char *) value) != '\0')
        return value;
    }

  return NULL;
}

/* "Headline | Outlet" and "Headline - Outlet" when the outlet is known. */
static char *
strip_outlet_suffix (const char *headline,
                     const char *outlet)
{
  g_autofree char *split_outlet = NULL;
  g_autofree char *split = NULL;
  gsize length = strlen (headline);

  if (outlet != NULL && length > strlen (outlet) + 3 && g_str_has_suffix (headline, outlet))
    {
      static const char * const separators[] = { "|", "-", "–", "—", ":", "·", "•", "::" };
      g_autofree char *rest = g_strchomp (g_strndup (headline, length - strlen (outlet)));

      /* Only a separator makes it a suffix: "New CEO at Experience" is
       * a headline that happens to end with the outlet's name. */
      for (guint i = 0; i < G_N_ELEMENTS (separators); i++)
        {
          if (g_str_has_suffix (rest, separators[i]))
            {
              rest[strlen (rest) - strlen (separators[i])] = '\0';
              g_strchomp (rest);
              if (*rest != '\0')
                return g_steal_pointer (&rest);
              break;
            }
        }
    }

  split = plx_metadata_split_title_outlet (headline, &split_outlet);

  return g_steal_pointer (&split);
}

/**
 * plx_html_metadata_normalise_date:
 * @value: a date as a page's markup writes it
 *
 * Returns: (transfer full) (nullable): the day, "2019-11-19", or %NULL
 */
char *
plx_html_metadata_normalise_date (const char *value)
{
  int y, m, d;

  if (value == NULL)
    return NULL;
  while (g_ascii_isspace (*value))
    value++;

  if (strlen (value) >= 10 && g_ascii_isdigit (value[0]) && value[4] == '-' && value[7] == '-')
    {
      /* Content systems write "0001-01-01T00:00:00Z" for no date. */
      if (sscanf (value, "%4d-%2d-%2d", &y, &m, &d) == 3 && g_date_valid_dmy (d, m, y) &&
          y >= MIN_YEAR && y <= MAX_YEAR)
        return g_strdup_printf ("%04d-%02d-%02d", y, m, d);
      return NULL;
    }

  return plx_metadata_parse_date (value);
}

static void
choose_published (PlxHtmlMetadata *metadata,
                  Sources         *sources)
{
  static const char * const keys[] = {
    "article:published_time", "og:article:published_time", "article:published", "datepublished",
    "published_time", "publish-date", "publishdate", "pubdate", "date", "dc.date.issued", "dc.date",
    "dcterms.created", "sailthru.date", "parsely-pub-date", "og:published_time", NULL,
  };
  const char *candidates[] = {
    first_meta (sources, keys), sources->ld_published, sources->time_published, sources->time_any,
  };

  for (guint i = 0; i < G_N_ELEMENTS (candidates); i++)
    {
      g_autofree char *date = plx_html_metadata_normalise_date (candidates[i]);

      if (date != NULL)
        {
          metadata->published = g_strstrip (g_strdup (candidates[i]));
          metadata->date = g_steal_pointer (&date);
          return;
        }
    }
}

static void
choose_fields (PlxHtmlMetadata *metadata,
               Sources         *sources)
{
  static const char * const title_keys[] = { "og:title", NULL };
  static const char * const late_title_keys[] = { "twitter:title", "headline", NULL };
  static const char * const outlet_keys[] = { "og:site_name", NULL };
  static const char * const late_outlet_keys[] = { "application-name", "apple-mobile-web-app-title", "twitter:site", NULL };
  static const char * const url_keys[] = { "og:url", NULL };
  static const char * const language_keys[] = { "content-language", "og:locale", "language", "dc.language", NULL };
  g_autofree char *title_outlet = NULL;
  g_autofree char *headline = NULL;
  const char *outlet;
  const char *language;

  outlet = first_meta (sources, outlet_keys);
  if (outlet == NULL)
    outlet = sources->ld_publisher;
  if (outlet == NULL)
    outlet = first_meta (sources, late_outlet_keys);
  if (outlet != NULL && *outlet == '@')   /* twitter:site "@reuters" */
    outlet = NULL;
  if (outlet == NULL && sources->title != NULL)
    {
      g_free (plx_metadata_split_title_outlet (sources->title, &title_outlet));
      outlet = title_outlet;
    }
  set_once (&metadata->outlet, outlet);

  headline = g_strdup (first_meta (sources, title_keys));
  if (headline == NULL)
    headline = g_strdup (sources->ld_headline);
  if (headline == NULL)
    headline = g_strdup (first_meta (sources, late_title_keys));
  if (headline == NULL)
    headline = g_strdup (sources->h1);
  if (headline == NULL)
    headline = g_strdup (sources->title);
  if (headline != NULL)
    {
      g_autofree char *stripped = strip_outlet_suffix (headline, metadata->outlet);

      set_once (&metadata->headline, stripped);
    }

  choose_published (metadata, sources);

  set_once (&metadata->url, sources->canonical);
  set_once (&metadata->url, first_meta (sources, url_keys));
  set_once (&metadata->url, sources->ld_url);

  language = sources->html_lang;
  if (language == NULL)
    language = first_meta (sources, language_keys);
  if (language == NULL)
    language = sources->ld_language;
  if (language != NULL)
    {
      /* The engine's language data is keyed by the primary subtag:
       * "en-US", "en_GB" and "EN" are all "en". */
      g_autofree char *copy = g_strdup (language);
      g_autofree char *code = g_ascii_strdown (g_strstrip (copy), -1);

      code[strcspn (code, "-_ ")] = '\0';
      if (strlen (code) >= 2 && strlen (code) <= 3)
        set_once (&metadata->language, code);
    }

  metadata->body = g_steal_pointer (&sources->ld_body);
}

/**
 * plx_html_metadata_read:
 * @doc: a parsed page
 *
 * Reads what the page's markup says about its article (see the comment
 * at the top of this file). Call it before the page is cleaned: it
 * reads <script type="application/ld+json"> and <head>.
 *
 * Returns: (transfer full): the metadata; fields the page does not give
 *   are %NULL
 */
PlxHtmlMetadata *
plx_html_metadata_read (xmlDoc *doc)
{
  PlxHtmlMetadata *metadata = g_new0 (PlxHtmlMetadata, 1);
  xmlNode *root;
  Sources sources = { 0 };

  g_return_val_if_fail (doc != NULL, metadata);

  root = xmlDocGetRootElement (doc);
  if (root == NULL)
    return metadata;

  sources.meta = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  sources.html_lang = plx_html_node_get_attribute (root, "lang");
  if (sources.html_lang == NULL)
    sources.html_lang = plx_html_node_get_attribute (root, "xml:lang");
  if (sources.html_lang != NULL && *g_strstrip (sources.html_lang) == '\0')
    g_clear_pointer (&sources.html_lang, g_free);

  walk (&sources, root);
  choose_fields (metadata, &sources);
  sources_clear (&sources);

  return metadata;
}

void
plx_html_metadata_free (PlxHtmlMetadata *metadata)
{
  if (metadata == NULL)
    return;

  g_free (metadata->headline);
  g_free (metadata->outlet);
  g_free (metadata->published);
  g_free (metadata->date);
  g_free (metadata->url);
  g_free (metadata->language);
  g_free (metadata->body);
  g_free (metadata);
}
