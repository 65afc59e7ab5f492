/* plx-match.h: how one outlet's sentence in a row compares with the
 * row's reference, as the comparison and the article pane show it
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "plx-diff.h"
#include "plx-row.h"

G_BEGIN_DECLS

/**
 * PlxMatch:
 * @PLX_MATCH_NONE: the outlet does not carry the row ("not reported")
 * @PLX_MATCH_REFERENCE: the sentence the others are compared with
 * @PLX_MATCH_IDENTICAL: worded as the reference is
 * @PLX_MATCH_REWORDED: other words, nothing factual
 * @PLX_MATCH_CONFLICTING: a quote, number, date or title that differs
 * @PLX_MATCH_ONLY_HERE: no other outlet carries the row
 *
 * The match classes, ordered from the weakest: a cell holding several
 * sentences of one outlet takes the strongest of theirs.
 */
typedef enum
{
  PLX_MATCH_NONE,
  PLX_MATCH_REFERENCE,
  PLX_MATCH_IDENTICAL,
  PLX_MATCH_REWORDED,
  PLX_MATCH_CONFLICTING,
  PLX_MATCH_ONLY_HERE,
} PlxMatch;

gboolean    plx_match_hunk_is_conflict (const PlxDiffHunk  *hunk);
PlxMatch    plx_match_of_member        (const PlxRowMember *member);
PlxMatch    plx_match_of_article       (PlxRow             *row,
                                        PlxArticle         *article);
guint       plx_match_count_outlets    (PlxRow             *row);
gboolean    plx_match_row_differs      (PlxRow             *row);
const char *plx_match_label            (PlxMatch            match);

G_END_DECLS
