/* plx-article-column.h: one article shown as a column of sentences
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "plx-article.h"

G_BEGIN_DECLS

#define PLX_TYPE_ARTICLE_COLUMN (plx_article_column_get_type ())

G_DECLARE_FINAL_TYPE (PlxArticleColumn, plx_article_column, PLX, ARTICLE_COLUMN, GtkWidget)

GtkWidget  *plx_article_column_new            (PlxArticle *article);
PlxArticle *plx_article_column_get_article    (PlxArticleColumn *self);
const char *plx_article_column_role_css_class (PlxRole     role);

G_END_DECLS
