/* plx-diff.h: word-level differences between two sentences
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/**
 * PlxDiffOp:
 * @PLX_DIFF_EQUAL: the same words in both
 * @PLX_DIFF_INSERT: words only in the other sentence
 * @PLX_DIFF_DELETE: words only in the reference
 * @PLX_DIFF_REPLACE: words of the reference replaced by others
 */
typedef enum
{
  PLX_DIFF_EQUAL,
  PLX_DIFF_INSERT,
  PLX_DIFF_DELETE,
  PLX_DIFF_REPLACE,
} PlxDiffOp;

/**
 * PlxDiffClass:
 * @PLX_DIFF_CLASS_NONE: no difference (equal hunks)
 * @PLX_DIFF_CLASS_WORDING: other words for the same thing
 * @PLX_DIFF_CLASS_QUOTE: a difference inside quotation marks
 * @PLX_DIFF_CLASS_NUMBER: a number or amount that differs
 * @PLX_DIFF_CLASS_DATE: a date or weekday that differs
 * @PLX_DIFF_CLASS_TITLE: a title or role ("ambassador" / "ambassador-designate")
 * @PLX_DIFF_CLASS_ADDITION: words the other sentence adds
 * @PLX_DIFF_CLASS_OMISSION: words the other sentence leaves out
 */
typedef enum
{
  PLX_DIFF_CLASS_NONE,
  PLX_DIFF_CLASS_WORDING,
  PLX_DIFF_CLASS_QUOTE,
  PLX_DIFF_CLASS_NUMBER,
  PLX_DIFF_CLASS_DATE,
  PLX_DIFF_CLASS_TITLE,
  PLX_DIFF_CLASS_ADDITION,
  PLX_DIFF_CLASS_OMISSION,
} PlxDiffClass;

/**
 * PlxDiffHunk:
 * @op: what happened
 * @klass: the kind of difference
 * @ref_start: first token of the hunk in the reference
 * @ref_end: one past its last token in the reference
 * @start: first token of the hunk in the other sentence
 * @end: one past its last token in the other sentence
 * @text: the other sentence's words for this hunk, as written (equal,
 *   insert and replace; "" for delete)
 * @old: the reference's words, as written (delete and replace; NULL
 *   otherwise)
 *
 * One stretch of an edit script from the reference to the other
 * sentence. Strings are owned by the array.
 */
typedef struct
{
  PlxDiffOp     op;
  PlxDiffClass  klass;
  guint         ref_start;
  guint         ref_end;
  guint         start;
  guint         end;
  char         *text;
  char         *old;
} PlxDiffHunk;

GArray     *plx_diff_sentences    (const char *reference,
                                   const char *other,
                                   const char *language);
GArray     *plx_diff_tokens       (const char *reference,
                                   GArray     *reference_tokens,
                                   const char *other,
                                   GArray     *other_tokens);
gboolean    plx_diff_names_title  (const char *words);
const char *plx_diff_op_to_string    (PlxDiffOp    op);
const char *plx_diff_class_to_string (PlxDiffClass klass);

G_END_DECLS
