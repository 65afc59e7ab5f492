/* fuzz-html.c: a saved web page's bytes through the HTML reader
 * (libxml2, the article extractor, the metadata) and the analysis that
 * turns its blocks into sentences, as the loader reads a page
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "fuzz-common.h"
#include "plx-html-page.h"

int
LLVMFuzzerInitialize (int    *argc,
                      char ***argv)
{
  plx_fuzz_init ();
  return 0;
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autoptr(PlxHtmlPage) page = NULL;
  g_autoptr(PlxArticle) article = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *warning = NULL;
  gsize previous_end = 0;
  gsize length;

  /* The first byte says whether the rest is read as gzip, as a
   * ".html.gz" file would be.
   */
  if (size == 0)
    return 0;
  page = plx_html_page_read ((const char *) data + 1, size - 1, data[0] & 1, &warning, &error);
  if (page == NULL)
    {
      /* Refused, with a reason for the user. */
      g_assert (error != NULL && error->message != NULL);
      g_assert (g_utf8_validate (error->message, -1, NULL));
      return 0;
    }
  g_assert (error == NULL);
  plx_fuzz_check_string (warning, TRUE);

  /* The text is UTF-8, and the blocks tile it in order. */
  length = strlen (page->text);
  g_assert (g_utf8_validate (page->text, length, NULL));
  for (guint i = 0; i < page->blocks->len; i++)
    {
      const PlxBlock *block = &g_array_index (page->blocks, PlxBlock, i);

      g_assert (block->start <= block->end && block->end <= length);
      g_assert (block->start >= previous_end);
      g_assert (g_utf8_validate (page->text + block->start, block->end - block->start, NULL));
      previous_end = block->end;
    }

  /* What the metadata says is text fit for a label. */
  plx_fuzz_check_string (page->metadata->headline, TRUE);
  plx_fuzz_check_string (page->metadata->published, TRUE);
  plx_fuzz_check_string (page->metadata->outlet, TRUE);
  plx_fuzz_check_string (page->metadata->date, TRUE);
  plx_fuzz_check_string (page->metadata->url, TRUE);
  plx_fuzz_check_string (page->metadata->language, TRUE);

  /* And it becomes an article as a loaded page does. */
  article = plx_article_new ("fuzz", page->text);
  plx_html_page_apply (page, article);
  g_assert (plx_analyse_blocks (article, page->blocks, NULL, NULL));
  plx_fuzz_check_article (article);

  return 0;
}
