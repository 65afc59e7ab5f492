/* plx-article-view.h: one article read whole, its sentences tinted by
 * how they compare with the other outlets
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "plx-alignment.h"
#include "plx-article.h"

G_BEGIN_DECLS

#define PLX_TYPE_ARTICLE_VIEW (plx_article_view_get_type ())

G_DECLARE_FINAL_TYPE (PlxArticleView, plx_article_view, PLX, ARTICLE_VIEW, GtkWidget)

GtkWidget    *plx_article_view_new                  (void);
void          plx_article_view_show_article         (PlxArticleView *self,
                                                     PlxAlignment   *alignment,
                                                     PlxArticle     *article,
                                                     guint           sentence);
void          plx_article_view_set_alignment        (PlxArticleView *self,
                                                     PlxAlignment   *alignment);
void          plx_article_view_clear                (PlxArticleView *self);
PlxArticle   *plx_article_view_get_article          (PlxArticleView *self);
guint         plx_article_view_get_selected_sentence (PlxArticleView *self);
gboolean      plx_article_view_get_show_boilerplate (PlxArticleView *self);
void          plx_article_view_set_show_boilerplate (PlxArticleView *self,
                                                     gboolean        show_boilerplate);

/* For the tests */
GtkListView  *plx_article_view_get_list_view        (PlxArticleView *self);
guint         plx_article_view_get_n_shown          (PlxArticleView *self);
const char   *plx_article_view_get_title            (PlxArticleView *self);
const char   *plx_article_view_get_subtitle         (PlxArticleView *self);

G_END_DECLS
