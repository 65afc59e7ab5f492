/* plx-article.h: one article of a corpus
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "plx-types.h"

G_BEGIN_DECLS

#define PLX_TYPE_ARTICLE (plx_article_get_type ())

G_DECLARE_FINAL_TYPE (PlxArticle, plx_article, PLX, ARTICLE, GObject)

PlxArticle  *plx_article_new              (const char  *id,
                                           const char  *text);
const char  *plx_article_get_id           (PlxArticle  *self);
const char  *plx_article_get_text         (PlxArticle  *self);
gsize        plx_article_get_text_length  (PlxArticle  *self);
const char  *plx_article_get_file         (PlxArticle  *self);
void         plx_article_set_file         (PlxArticle  *self,
                                           const char  *file);
const char  *plx_article_get_outlet       (PlxArticle  *self);
void         plx_article_set_outlet       (PlxArticle  *self,
                                           const char  *outlet);
const char  *plx_article_get_title        (PlxArticle  *self);
void         plx_article_set_title        (PlxArticle  *self,
                                           const char  *title);
const char  *plx_article_get_date         (PlxArticle  *self);
void         plx_article_set_date         (PlxArticle  *self,
                                           const char  *date);
const char  *plx_article_get_published    (PlxArticle  *self);
void         plx_article_set_published    (PlxArticle  *self,
                                           const char  *published);
const char  *plx_article_get_language     (PlxArticle  *self);
void         plx_article_set_language     (PlxArticle  *self,
                                           const char  *language);
const char  *plx_article_get_url          (PlxArticle  *self);
void         plx_article_set_url          (PlxArticle  *self,
                                           const char  *url);
const char  *plx_article_get_display_name (PlxArticle  *self);
const char  *plx_article_get_name         (PlxArticle  *self);
void         plx_article_set_name         (PlxArticle  *self,
                                           const char  *name);
GListModel  *plx_article_get_sentences    (PlxArticle  *self);
guint        plx_article_get_n_sentences  (PlxArticle  *self);
PlxSentence *plx_article_get_sentence     (PlxArticle  *self,
                                           guint        index);
void         plx_article_set_sentences    (PlxArticle  *self,
                                           GPtrArray   *sentences);
GArray      *plx_article_get_quote_spans  (PlxArticle  *self,
                                           guint        index);
guint        plx_article_count_role       (PlxArticle  *self,
                                           PlxRole      role);

G_END_DECLS
