/* plx-mention.h: where an outlet states something
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "plx-types.h"

G_BEGIN_DECLS

/**
 * PlxMention:
 * @article: (transfer none): the article
 * @sentence: the sentence's index
 * @text: the words of the sentence that state the thing
 */
typedef struct
{
  PlxArticle *article;
  guint       sentence;
  char       *text;
} PlxMention;

GArray    *plx_mentions_new          (void);
void       plx_mentions_add          (GArray     *mentions,
                                      PlxArticle *article,
                                      guint       sentence,
                                      const char *text);
gboolean   plx_mentions_has_article  (GArray     *mentions,
                                      PlxArticle *article);
GPtrArray *plx_mentions_dup_articles (GArray     *mentions);
char      *plx_mentions_summarise    (const char *what,
                                      GArray     *mentions);

G_END_DECLS
