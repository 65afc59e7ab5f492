/* plx-corpus.h: a set of articles on one story, as a GListModel
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "plx-types.h"

G_BEGIN_DECLS

#define PLX_TYPE_CORPUS (plx_corpus_get_type ())

G_DECLARE_FINAL_TYPE (PlxCorpus, plx_corpus, PLX, CORPUS, GObject)

PlxCorpus   *plx_corpus_new            (const char  *name,
                                        const char  *path);
const char  *plx_corpus_get_name       (PlxCorpus   *self);
void         plx_corpus_set_name       (PlxCorpus   *self,
                                        const char  *name);
const char  *plx_corpus_get_path       (PlxCorpus   *self);
void         plx_corpus_append         (PlxCorpus   *self,
                                        PlxArticle  *article);
PlxArticle  *plx_corpus_get_article    (PlxCorpus   *self,
                                        guint        position);
PlxArticle  *plx_corpus_find_article   (PlxCorpus   *self,
                                        const char  *id);
void         plx_corpus_add_warning    (PlxCorpus   *self,
                                        const char  *message);
const char * const *
             plx_corpus_get_warnings   (PlxCorpus   *self);
guint        plx_corpus_get_n_warnings (PlxCorpus   *self);

G_END_DECLS
