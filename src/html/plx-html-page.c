/* plx-html-page.c: a saved web page read as an article
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "plx-analysis.h"
#include "plx-article.h"
#include "plx-html-document.h"
#include "plx-html-extract.h"
#include "plx-html-page.h"

/* The steps: decompress (.html.gz), decode and parse
 * (plx-html-document.c), read the metadata before anything is set aside
 * (plx-html-metadata.c), find the article (plx-html-extract.c). When
 * the headline is not a block of the page (it is only in <title> or a
 * meta tag), it opens the text as a line of its own, so that the article
 * has a title as a text file's first line gives one. */

/**
 * plx_html_is_page_name:
 * @name: a file name
 *
 * Returns: whether @name is a saved web page: .html, .htm, .xhtml,
 *   or one of those compressed with gzip (.html.gz)
 */
gboolean
plx_html_is_page_name (const char *name)
{
  g_autofree char *lower = g_ascii_strdown (name, -1);

  if (g_str_has_suffix (lower, ".gz"))
    lower[strlen (lower) - 3] = '\0';

  return g_str_has_suffix (lower, ".html") || g_str_has_suffix (lower, ".htm") ||
         g_str_has_suffix (lower, ".xhtml");
}

static gboolean
has_title (GArray *blocks)
{
  for (guint i = 0; i < blocks->len; i++)
    {
      if (g_array_index (blocks, PlxBlock, i).role == PLX_ROLE_TITLE)
        return TRUE;
    }

  return FALSE;
}

static void
prepend_title (GString    *text,
               GArray     *blocks,
               const char *headline)
{
  gsize shift = strlen (headline) + 1;
  PlxBlock title = { PLX_ROLE_TITLE, 0, strlen (headline) };

  for (guint i = 0; i < blocks->len; i++)
    {
      g_array_index (blocks, PlxBlock, i).start += shift;
      g_array_index (blocks, PlxBlock, i).end += shift;
    }
  g_string_prepend_c (text, '\n');
  g_string_prepend (text, headline);
  g_array_prepend_val (blocks, title);
}

/**
 * plx_html_page_read:
 * @data: the file's bytes
 * @length: the number of bytes
 * @compressed: whether @data is gzip-compressed
 * @warning: (out) (optional) (nullable): a message for the user when the
 *   page's encoding had to be guessed or repaired
 * @error: a location for a #GError
 *
 * Returns: (transfer full) (nullable): the page, or %NULL with @error set
 *   when it cannot be read at all. A page without an article is not an
 *   error: all its blocks are boilerplate.
 */
PlxHtmlPage *
plx_html_page_read (const char  *data,
                    gsize        length,
                    gboolean     compressed,
                    char       **warning,
                    GError     **error)
{
  g_autofree char *uncompressed = NULL;
  g_autoptr(xmlDoc) doc = NULL;
  g_autoptr(GString) text = g_string_new (NULL);
  PlxHtmlPage *page;

  g_return_val_if_fail (data != NULL || length == 0, NULL);

  if (compressed)
    {
      uncompressed = plx_html_gunzip (data, length, &length, error);
      if (uncompressed == NULL)
        return NULL;
      data = uncompressed;
    }

  doc = plx_html_document_parse (data, length, warning, error);
  if (doc == NULL)
    return NULL;

  page = g_new0 (PlxHtmlPage, 1);
  page->metadata = plx_html_metadata_read (doc);
  page->blocks = plx_html_extract (doc, page->metadata->headline, page->metadata->body, text);
  if (page->metadata->headline != NULL && !has_title (page->blocks))
    prepend_title (text, page->blocks, page->metadata->headline);
  page->text = g_string_free (g_steal_pointer (&text), FALSE);

  return page;
}

guint
plx_html_page_count_role (PlxHtmlPage *page,
                          PlxRole      role)
{
  guint n = 0;

  g_return_val_if_fail (page != NULL, 0);

  for (guint i = 0; i < page->blocks->len; i++)
    n += g_array_index (page->blocks, PlxBlock, i).role == role;

  return n;
}

/**
 * plx_html_page_apply:
 * @page: a page
 * @article: the article made of @page's text
 *
 * Gives @article the page's metadata, where it has none yet (a manifest
 * comes first).
 */
void
plx_html_page_apply (PlxHtmlPage *page,
                     PlxArticle  *article)
{
  const PlxHtmlMetadata *metadata;

  g_return_if_fail (page != NULL);
  g_return_if_fail (PLX_IS_ARTICLE (article));

  metadata = page->metadata;
  if (plx_article_get_title (article) == NULL)
    plx_article_set_title (article, metadata->headline);
  if (plx_article_get_outlet (article) == NULL)
    plx_article_set_outlet (article, metadata->outlet);
  if (plx_article_get_date (article) == NULL)
    plx_article_set_date (article, metadata->date);
  if (plx_article_get_published (article) == NULL)
    plx_article_set_published (article, metadata->published);
  if (plx_article_get_url (article) == NULL)
    plx_article_set_url (article, metadata->url);
  if (plx_article_get_language (article) == NULL)
    plx_article_set_language (article, metadata->language);
}

void
plx_html_page_free (PlxHtmlPage *page)
{
  if (page == NULL)
    return;

  g_free (page->text);
  g_clear_pointer (&page->blocks, g_array_unref);
  g_clear_pointer (&page->metadata, plx_html_metadata_free);
  g_free (page);
}
