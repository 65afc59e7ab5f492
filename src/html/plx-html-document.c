/* plx-html-document.c: a saved web page's bytes, decoded and parsed
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <gio/gio.h>
#include <glib/gi18n-lib.h>
#include <string.h>

#include "plx-decode.h"
#include "plx-error.h"
#include "plx-html-document.h"
#include "plx-html-node.h"

/* How a saved page's bytes become a tree:
 *
 *  1. A byte-order mark decides the encoding (plx_decode_text()).
 *  2. Else the page's own declaration: <meta charset> or <meta
 *     http-equiv="Content-Type" content="...; charset=...">, found by
 *     parsing the page's start with libxml2's HTML parser, read as
 *     Latin-1 so that every byte survives whatever the encoding.
 *     "iso-8859-1" and "us-ascii" mean Windows-1252, as browsers read
 *     them. A declaration the bytes contradict is ignored.
 *  3. Else the text engine's own detection (plx_decode_text()).
 *
 * The decoded UTF-8 text is then parsed with libxml2's HTML parser in
 * recovery mode, told to ignore the page's declaration, and never to
 * reach the network. */

#define PRESCAN_LENGTH   (64 * 1024)
#define MAX_PAGE_SIZE    ((gsize) 256 * 1024 * 1024)
#define PARSE_OPTIONS    (HTML_PARSE_RECOVER | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING | \
                          HTML_PARSE_NONET | HTML_PARSE_COMPACT)

/**
 * plx_html_gunzip:
 * @data: gzip-compressed bytes (a saved page ending in .gz)
 * @length: the number of bytes
 * @out_length: (out): the length of the result
 * @error: a location for a #GError
 *
 * Returns: (transfer full) (nullable): the uncompressed bytes, with a
 *   NUL byte after them, or %NULL if @data is not gzip data
 */
char *
plx_html_gunzip (const char  *data,
                 gsize        length,
                 gsize       *out_length,
                 GError     **error)
{
  g_autoptr(GZlibDecompressor) decompressor = g_zlib_decompressor_new (G_ZLIB_COMPRESSOR_FORMAT_GZIP);
  g_autoptr(GInputStream) raw = g_memory_input_stream_new_from_data (data, length, NULL);
  g_autoptr(GInputStream) stream = g_converter_input_stream_new (raw, G_CONVERTER (decompressor));
  g_autoptr(GByteArray) out = g_byte_array_new ();
  g_autoptr(GError) local_error = NULL;
  guint8 buffer[16384];
  gssize n;

  g_return_val_if_fail (out_length != NULL, NULL);

  while ((n = g_input_stream_read (stream, buffer, sizeof buffer, NULL, &local_error)) > 0)
    {
      if (out->len + (gsize) n > MAX_PAGE_SIZE)
        {
          g_set_error (error, PLX_ERROR, PLX_ERROR_FAILED,
                       _("the compressed page is larger than %u MB once uncompressed"),
                       (guint) (MAX_PAGE_SIZE / (1024 * 1024)));
          return NULL;
        }
      g_byte_array_append (out, buffer, n);
    }

  if (n < 0)
    {
      g_set_error (error, PLX_ERROR, PLX_ERROR_ENCODING,
                   _("the file is not valid gzip data: %s"), local_error->message);
      return NULL;
    }

  *out_length = out->len;
  g_byte_array_append (out, (const guint8 *) "", 1);

  return (char *) g_byte_array_free (g_steal_pointer (&out), FALSE);
}

/* "text/html; charset=Shift_JIS" -> "Shift_JIS" */
static char *
charset_from_content_type (const char *content)
{
  const char *at;
  const char *end;
  g_autofree char *lower = NULL;

  if (content == NULL)
    return NULL;

  lower = g_ascii_strdown (content, -1);
  at = strstr (lower, "charset");
  if (at == NULL)
    return NULL;
  at += strlen ("charset");
  while (g_ascii_isspace (*at))
    at++;
  if (*at != '=')
    return NULL;
  at++;
  while (g_ascii_isspace (*at) || *at == '"' || *at == '\'')
    at++;
  for (end = at; *end != '\0' && !g_ascii_isspace (*end) && strchr ("\"';,", *end) == NULL; end++)
    ;

  return end > at ? g_strndup (at, end - at) : NULL;
}

static char *
find_declared_charset (xmlNode *node)
{
  for (; node != NULL; node = node->next)
    {
      char *charset = NULL;

      if (node->type != XML_ELEMENT_NODE)
        continue;

      if (plx_html_node_is (node, "meta"))
        {
          g_autofree char *declared = plx_html_node_get_attribute (node, "charset");
          g_autofree char *http_equiv = plx_html_node_get_attribute (node, "http-equiv");

          if (declared != NULL)
            charset = g_strstrip (g_steal_pointer (&declared));
          else if (http_equiv != NULL && g_ascii_strcasecmp (g_strstrip (http_equiv), "content-type") == 0)
            {
              g_autofree char *content = plx_html_node_get_attribute (node, "content");

              charset = charset_from_content_type (content);
            }
        }
      else if (!plx_html_node_is (node, "body"))
        charset = find_declared_charset (node->children);

      if (charset != NULL && *charset != '\0')
        return charset;
      g_free (charset);
    }

  return NULL;
}

static char *
prescan_charset (const char *data,
                 gsize       length)
{
  g_autoptr(xmlDoc) doc = htmlReadMemory (data, (int) MIN (length, PRESCAN_LENGTH), NULL, "ISO-8859-1",
                                          PARSE_OPTIONS | HTML_PARSE_IGNORE_ENC | HTML_PARSE_NOIMPLIED);
  char *charset;

  if (doc == NULL)
    return NULL;

  charset = find_declared_charset (xmlDocGetRootElement (doc));
  if (charset == NULL)
    return NULL;

  /* As browsers read them (the WHATWG Encoding standard). */
  if (g_ascii_strcasecmp (charset, "iso-8859-1") == 0 || g_ascii_strcasecmp (charset, "latin1") == 0 ||
      g_ascii_strcasecmp (charset, "us-ascii") == 0 || g_ascii_strcasecmp (charset, "ascii") == 0)
    {
      g_free (charset);
      charset = g_strdup ("WINDOWS-1252");
    }
  else if (g_ascii_strcasecmp (charset, "utf8") == 0 || g_ascii_strncasecmp (charset, "utf-16", 6) == 0)
    {
      /* Bytes read as ASCII-compatible cannot be UTF-16: the page was
       * saved as UTF-8 with its old declaration. */
      g_free (charset);
      charset = g_strdup ("UTF-8");
    }

  return charset;
}

static char *
decode_page (const char  *data,
             gsize        length,
             char       **warning,
             GError     **error)
{
  const guchar *bytes = (const guchar *) data;
  gboolean has_bom = (length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF) ||
                     (length >= 2 && ((bytes[0] == 0xFF && bytes[1] == 0xFE) || (bytes[0] == 0xFE && bytes[1] == 0xFF)));
  g_autofree char *charset = NULL;

  if (!has_bom)
    charset = prescan_charset (data, length);

  if (charset != NULL && g_ascii_strcasecmp (charset, "UTF-8") != 0)
    {
      char *text = g_convert (data, length, "UTF-8", charset, NULL, NULL, NULL);

      if (text != NULL)
        return text;
      /* Translators: %s is a character encoding such as ISO-8859-1 */
      *warning = g_strdup_printf (_("the page says it is %s, but it is not; its encoding was guessed"), charset);
    }

  {
    g_autofree char *decode_warning = NULL;
    char *text = plx_decode_text (data, length, &decode_warning, error);

    if (*warning == NULL)
      *warning = g_steal_pointer (&decode_warning);

    return text;
  }
}

/**
 * plx_html_document_parse:
 * @data: a saved page's bytes
 * @length: the number of bytes
 * @warning: (out) (optional) (nullable): a message for the user when the
 *   page's encoding had to be guessed or repaired, else %NULL
 * @error: a location for a #GError
 *
 * Decodes and parses a saved web page (see the comment at the top of
 * this file). Malformed markup is repaired as browsers repair it.
 *
 * Returns: (transfer full) (nullable): the tree, free with xmlFreeDoc(),
 *   or %NULL with @error set when the page is empty or not text
 */
xmlDoc *
plx_html_document_parse (const char  *data,
                         gsize        length,
                         char       **warning,
                         GError     **error)
{
  g_autofree char *local_warning = NULL;
  g_autofree char *text = NULL;
  xmlDoc *doc;

  g_return_val_if_fail (data != NULL || length == 0, NULL);

  if (length > MAX_PAGE_SIZE)
    {
      g_set_error (error, PLX_ERROR, PLX_ERROR_FAILED, _("the page is larger than %u MB"),
                   (guint) (MAX_PAGE_SIZE / (1024 * 1024)));
      return NULL;
    }

  text = decode_page (data, length, &local_warning, error);
  if (text == NULL)
    return NULL;

  doc = htmlReadMemory (text, (int) strlen (text), NULL, "UTF-8", PARSE_OPTIONS | HTML_PARSE_IGNORE_ENC);
  if (doc == NULL || xmlDocGetRootElement (doc) == NULL)
    {
      g_clear_pointer (&doc, xmlFreeDoc);
      g_set_error_literal (error, PLX_ERROR, PLX_ERROR_EMPTY, _("the page holds no markup that can be read"));
      return NULL;
    }

  if (warning != NULL)
    *warning = g_steal_pointer (&local_warning);

  return doc;
}
