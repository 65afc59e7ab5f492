/* plx-match.c: how one outlet's sentence in a row compares with the
 * row's reference: the one definition of "identical", "reworded",
 * "conflicting" and of a row that differs, for the window and the exports
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "plx-match.h"

/* Only a few words replaced by a few others read as one quote, figure,
 * date or title stated differently; a longer replacement that happens
 * to touch one is the sentence said another way, and is marked as
 * rewording, not as a conflict.
 */
#define CONFLICT_MAX_TOKENS 6


/**
 * plx_match_hunk_is_conflict:
 * @hunk: a hunk of a word diff
 *
 * Returns: whether @hunk states a quote, number, date or title otherwise
 *   than the reference, and is short enough to read as that one fact
 */
gboolean
plx_match_hunk_is_conflict (const PlxDiffHunk *hunk)
{
  switch (hunk->klass)
    {
    case PLX_DIFF_CLASS_QUOTE:
    case PLX_DIFF_CLASS_NUMBER:
    case PLX_DIFF_CLASS_DATE:
    case PLX_DIFF_CLASS_TITLE:
      return hunk->ref_end - hunk->ref_start <= CONFLICT_MAX_TOKENS &&
             hunk->end - hunk->start <= CONFLICT_MAX_TOKENS;

    case PLX_DIFF_CLASS_NONE:
    case PLX_DIFF_CLASS_WORDING:
    case PLX_DIFF_CLASS_ADDITION:
    case PLX_DIFF_CLASS_OMISSION:
    default:
      return FALSE;
    }
}

/**
 * plx_match_of_member:
 * @member: a member of a row
 *
 * Returns: how @member's sentence compares with its row's reference,
 *   from its word diff alone: identical, reworded or conflicting
 */
PlxMatch
plx_match_of_member (const PlxRowMember *member)
{
  PlxMatch match = PLX_MATCH_IDENTICAL;

  for (guint i = 0; member->diff != NULL && i < member->diff->len; i++)
    {
      const PlxDiffHunk *hunk = &g_array_index (member->diff, PlxDiffHunk, i);

      if (plx_match_hunk_is_conflict (hunk))
        return PLX_MATCH_CONFLICTING;
      if (hunk->op != PLX_DIFF_EQUAL)
        match = PLX_MATCH_REWORDED;
    }

  return match;
}

/**
 * plx_match_row_differs:
 * @row: a row
 *
 * Returns: whether any sentence of @row is worded otherwise than its
 *   reference
 */
gboolean
plx_match_row_differs (PlxRow *row)
{
  for (guint i = 0; i < plx_row_get_n_members (row); i++)
    {
      const PlxRowMember *member = plx_row_get_member (row, i);

      if (plx_match_of_member (member) != PLX_MATCH_IDENTICAL)
        return TRUE;
    }

  return FALSE;
}

/**
 * plx_match_count_outlets:
 * @row: a row
 *
 * Returns: how many articles carry @row; an article that splits the
 *   statement over two sentences counts once
 */
guint
plx_match_count_outlets (PlxRow *row)
{
  g_autoptr(GPtrArray) seen = g_ptr_array_new ();

  for (guint i = 0; i < plx_row_get_n_members (row); i++)
    {
      PlxArticle *article = plx_row_get_member (row, i)->article;

      if (!g_ptr_array_find (seen, article, NULL))
        g_ptr_array_add (seen, article);
    }

  return seen->len;
}

/**
 * plx_match_of_article:
 * @row: a row
 * @article: an article of the corpus
 *
 * Returns: how @article's cell of @row compares: %PLX_MATCH_NONE when
 *   @article does not carry the row, %PLX_MATCH_ONLY_HERE when no other
 *   article does, %PLX_MATCH_REFERENCE for the reference's article, else
 *   the strongest class of its sentences
 */
PlxMatch
plx_match_of_article (PlxRow     *row,
                      PlxArticle *article)
{
  const PlxRowMember *reference = plx_row_get_member (row, plx_row_get_reference (row));
  PlxMatch match = PLX_MATCH_NONE;
  gboolean is_reference = FALSE;

  for (guint i = 0; i < plx_row_get_n_members (row); i++)
    {
      const PlxRowMember *member = plx_row_get_member (row, i);

      if (member->article != article)
        continue;

      match = MAX (match, plx_match_of_member (member));
      is_reference |= member == reference;
    }

  if (match == PLX_MATCH_NONE)
    return PLX_MATCH_NONE;
  if (plx_row_get_kind (row) == PLX_ROW_IN_ONE || plx_match_count_outlets (row) == 1)
    return PLX_MATCH_ONLY_HERE;
  if (is_reference)
    return PLX_MATCH_REFERENCE;

  return match;
}

/**
 * plx_match_label:
 * @match: a match class
 *
 * Returns: the class's name as the legend and screen readers say it
 */
const char *
plx_match_label (PlxMatch match)
{
  switch (match)
    {
    case PLX_MATCH_NONE:
      /* Translators: a cell of an outlet that does not carry the row */
      return _("not reported");
    case PLX_MATCH_REFERENCE:
      /* Translators: the sentence of the row the others are compared with */
      return _("reference");
    case PLX_MATCH_IDENTICAL:
      /* Translators: worded as the reference sentence is */
      return _("identical");
    case PLX_MATCH_REWORDED:
      /* Translators: the same statement in other words */
      return _("reworded");
    case PLX_MATCH_CONFLICTING:
      /* Translators: a quote, number, date or title differs from the reference */
      return _("conflicting");
    case PLX_MATCH_ONLY_HERE:
      /* Translators: no other outlet carries this statement */
      return _("only in this outlet");
    default:
      g_return_val_if_reached (NULL);
    }
}
