/* plx-marks.h: the differences inside a sentence, marked as Pango
 * attributes over its text
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <pango/pango.h>

#include "plx-row.h"

#include "plx-match.h"

G_BEGIN_DECLS

/**
 * PlxMark:
 * @PLX_MARK_INSERT: words the reference does not have
 * @PLX_MARK_DELETE: the reference's words this sentence leaves out
 * @PLX_MARK_REPLACE: words said otherwise
 * @PLX_MARK_CONFLICT: a quote, number, date or title said otherwise
 * @PLX_MARK_CONFLICT_DELETE: a quote, number, date or title left out
 *
 * The marks of a word difference.
 */
typedef enum
{
  PLX_MARK_INSERT,
  PLX_MARK_DELETE,
  PLX_MARK_REPLACE,
  PLX_MARK_CONFLICT,
  PLX_MARK_CONFLICT_DELETE,
} PlxMark;

void plx_marks_append         (GString            *text,
                               PangoAttrList      *attrs,
                               PlxMark             mark,
                               const char         *words);
void plx_marks_append_diff    (GString            *text,
                               PangoAttrList      *attrs,
                               const char         *sentence,
                               GArray             *diff,
                               gboolean            show_replaced);
void plx_marks_append_member  (GString            *text,
                               PangoAttrList      *attrs,
                               const PlxRowMember *member);
void plx_marks_append_tooltip (GString            *tooltip,
                               const PlxRowMember *member);

const char *plx_match_css_class (PlxMatch match);

G_END_DECLS
