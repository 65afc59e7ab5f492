/* plx-discrepancy.c: something outlets state differently
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "plx-discrepancy.h"

G_DEFINE_BOXED_TYPE (PlxDiscrepancy, plx_discrepancy, plx_discrepancy_ref, plx_discrepancy_unref)

/**
 * plx_discrepancy_new:
 * @kind: what differs: %PLX_DIFF_CLASS_QUOTE, _NUMBER, _DATE or _TITLE
 * @row: the id of the row it is found in, or %PLX_DISCREPANCY_NO_ROW
 * @what: (nullable): what differs, for the summary ("Numbers disagree")
 * @mentions: (element-type PlxMention): what each outlet says; the
 *   discrepancy takes a reference
 *
 * Returns: (transfer full): a discrepancy whose summary is @what followed
 *   by the outlets on each side
 */
PlxDiscrepancy *
plx_discrepancy_new (PlxDiffClass  kind,
                     guint         row,
                     const char   *what,
                     GArray       *mentions)
{
  PlxDiscrepancy *self;

  g_return_val_if_fail (mentions != NULL, NULL);

  self = g_atomic_rc_box_new0 (PlxDiscrepancy);
  self->kind = kind;
  self->row = row;
  self->summary = plx_mentions_summarise (what, mentions);
  self->mentions = g_array_ref (mentions);

  return self;
}

/**
 * plx_discrepancy_ref:
 * @self: a #PlxDiscrepancy
 *
 * Returns: (transfer full): @self
 */
PlxDiscrepancy *
plx_discrepancy_ref (PlxDiscrepancy *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return g_atomic_rc_box_acquire (self);
}

static void
plx_discrepancy_clear (gpointer data)
{
  PlxDiscrepancy *self = data;

  g_clear_pointer (&self->summary, g_free);
  g_clear_pointer (&self->mentions, g_array_unref);
}

/**
 * plx_discrepancy_unref:
 * @self: (transfer full): a #PlxDiscrepancy
 *
 * Drops a reference; the last one frees @self.
 */
void
plx_discrepancy_unref (PlxDiscrepancy *self)
{
  g_return_if_fail (self != NULL);

  g_atomic_rc_box_release_full (self, plx_discrepancy_clear);
}
