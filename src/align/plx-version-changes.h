/* plx-version-changes.h: what a later version of an article changed
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "plx-types.h"

G_BEGIN_DECLS

/**
 * PlxChangeKind:
 * @PLX_CHANGE_EDITED: a sentence reworded, its words compared
 * @PLX_CHANGE_ADDED: a sentence only the later version has
 * @PLX_CHANGE_REMOVED: a sentence only the earlier version has
 */
typedef enum
{
  PLX_CHANGE_EDITED,
  PLX_CHANGE_ADDED,
  PLX_CHANGE_REMOVED,
} PlxChangeKind;

/**
 * PlxSentenceChange:
 * @kind: what happened to the sentence
 * @previous: the sentence's index in the earlier version (edited, removed)
 * @sentence: its index in the later version (edited, added)
 * @diff: (element-type PlxDiffHunk) (nullable): for an edited sentence,
 *   its words against the earlier version's (plx_diff_sentences())
 */
typedef struct
{
  PlxChangeKind  kind;
  guint          previous;
  guint          sentence;
  GArray        *diff;
} PlxSentenceChange;

GArray   *plx_version_changes            (PlxArticle              *previous,
                                          PlxArticle              *article);
gboolean  plx_sentence_change_is_factual (const PlxSentenceChange *change);

G_END_DECLS
