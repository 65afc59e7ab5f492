/* plx-html-page.h: a saved web page read as an article
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "plx-html-metadata.h"
#include "plx-types.h"

G_BEGIN_DECLS

/**
 * PlxHtmlPage:
 * @text: the page's visible text, a block a line
 * @blocks: (element-type PlxBlock): the blocks of @text with their roles
 * @metadata: what the markup says about the article
 *
 * A saved page, read: its text, with the article's body, headings and
 * title told apart from the page's furniture.
 */
typedef struct
{
  char            *text;
  GArray          *blocks;
  PlxHtmlMetadata *metadata;
} PlxHtmlPage;

gboolean     plx_html_is_page_name      (const char   *name);
PlxHtmlPage *plx_html_page_read         (const char   *data,
                                         gsize         length,
                                         gboolean      compressed,
                                         char        **warning,
                                         GError      **error);
guint        plx_html_page_count_role   (PlxHtmlPage  *page,
                                         PlxRole       role);
void         plx_html_page_apply        (PlxHtmlPage  *page,
                                         PlxArticle   *article);
void         plx_html_page_free         (PlxHtmlPage  *page);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PlxHtmlPage, plx_html_page_free)

G_END_DECLS
