/* plx-discrepancy.h: something outlets state differently
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "plx-diff.h"
#include "plx-mention.h"

G_BEGIN_DECLS

/* The row of a discrepancy found across rows: the ledger's dates that
 * differ for one event. */
#define PLX_DISCREPANCY_NO_ROW G_MAXUINT

/**
 * PlxDiscrepancy:
 * @kind: %PLX_DIFF_CLASS_QUOTE, _NUMBER, _DATE or _TITLE
 * @row: the id of the row it is found in, or %PLX_DISCREPANCY_NO_ROW
 * @summary: one line for the user, naming the outlets on each side
 * @mentions: (element-type PlxMention): what each outlet says
 *
 * Something an editor must not miss: outlets that quote, count, date or
 * title the same thing differently. Reference counted and not changed
 * once made, so that the ledger's discrepancies and its conflicts share
 * one.
 */
typedef struct
{
  PlxDiffClass  kind;
  guint         row;
  char         *summary;
  GArray       *mentions;
} PlxDiscrepancy;

#define PLX_TYPE_DISCREPANCY (plx_discrepancy_get_type ())

GType           plx_discrepancy_get_type (void) G_GNUC_CONST;
PlxDiscrepancy *plx_discrepancy_new      (PlxDiffClass    kind,
                                          guint           row,
                                          const char     *what,
                                          GArray         *mentions);
PlxDiscrepancy *plx_discrepancy_ref      (PlxDiscrepancy *self);
void            plx_discrepancy_unref    (PlxDiscrepancy *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PlxDiscrepancy, plx_discrepancy_unref)

G_END_DECLS
