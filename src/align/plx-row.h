/* plx-row.h: one statement as the outlets that carry it report it
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "plx-types.h"

G_BEGIN_DECLS

/**
 * PlxRowKind:
 * @PLX_ROW_IN_ALL: every outlet of the corpus carries the statement
 * @PLX_ROW_IN_SOME: more than one outlet, but not all
 * @PLX_ROW_IN_ONE: one outlet only
 */
typedef enum
{
  PLX_ROW_IN_ALL,
  PLX_ROW_IN_SOME,
  PLX_ROW_IN_ONE,
} PlxRowKind;

/**
 * PlxRowMember:
 * @article: (transfer none): the article
 * @sentence: the sentence's index in the article
 * @score: its similarity to the row's reference sentence (1 for the
 *   reference itself)
 * @diff: (element-type PlxDiffHunk) (nullable): the word diff from the
 *   reference to this sentence; %NULL for the reference
 */
typedef struct
{
  PlxArticle *article;
  guint       sentence;
  double      score;
  GArray     *diff;
} PlxRowMember;

#define PLX_TYPE_ROW (plx_row_get_type ())

G_DECLARE_FINAL_TYPE (PlxRow, plx_row, PLX, ROW, GObject)

PlxRow             *plx_row_new              (guint               id);
guint               plx_row_get_id           (PlxRow             *self);
void                plx_row_set_id           (PlxRow             *self,
                                              guint               id);
PlxRowKind          plx_row_get_kind         (PlxRow             *self);
void                plx_row_set_kind         (PlxRow             *self,
                                              PlxRowKind          kind);
void                plx_row_add_member       (PlxRow             *self,
                                              PlxArticle         *article,
                                              guint               sentence,
                                              double              score);
guint               plx_row_get_n_members    (PlxRow             *self);
PlxRowMember       *plx_row_get_member       (PlxRow             *self,
                                              guint               position);
const PlxRowMember *plx_row_find_member      (PlxRow             *self,
                                              PlxArticle         *article);
char               *plx_row_dup_article_text (PlxRow             *self,
                                              PlxArticle         *article);
guint               plx_row_get_reference    (PlxRow             *self);
void                plx_row_set_reference    (PlxRow             *self,
                                              guint               position);
const char         *plx_row_member_get_text  (const PlxRowMember *member);
gboolean            plx_row_get_corrected    (PlxRow             *self);
void                plx_row_set_corrected    (PlxRow             *self,
                                              gboolean            corrected);
const char         *plx_row_get_note         (PlxRow             *self);
void                plx_row_set_note         (PlxRow             *self,
                                              const char         *note);
const char         *plx_row_kind_to_string   (PlxRowKind          kind);

G_END_DECLS
