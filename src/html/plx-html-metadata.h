/* plx-html-metadata.h: what a saved page's markup says about its article
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>
#include <libxml/tree.h>

G_BEGIN_DECLS

/**
 * PlxHtmlMetadata:
 * @headline: (nullable): the article's headline
 * @outlet: (nullable): the publication's name
 * @published: (nullable): the publication time as the page states it,
 *   ISO 8601 ("2019-11-19T10:03:00-05:00" or "2019-11-19")
 * @date: (nullable): the publication day, "2019-11-19"
 * @url: (nullable): the canonical address
 * @language: (nullable): the language code ("en", "pt-BR")
 * @body: (nullable): the schema.org articleBody from JSON-LD, when given
 *
 * The metadata a page states in its markup: Open Graph and article
 * meta tags, schema.org JSON-LD, <link rel=canonical>, <html lang>,
 * <time datetime>, its <h1> and <title>.
 */
typedef struct
{
  char *headline;
  char *outlet;
  char *published;
  char *date;
  char *url;
  char *language;
  char *body;
} PlxHtmlMetadata;

PlxHtmlMetadata *plx_html_metadata_read      (xmlDoc          *doc);
char            *plx_html_metadata_normalise_date (const char *value);
void             plx_html_metadata_free      (PlxHtmlMetadata *metadata);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PlxHtmlMetadata, plx_html_metadata_free)

G_END_DECLS
