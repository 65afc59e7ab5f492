/* plx-comparison-private.h: the parts of PlxComparison its files share
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "plx-comparison.h"

G_BEGIN_DECLS

struct _PlxComparison
{
  GObject             parent_instance;

  GFile              *location;
  PlxCorpus          *corpus;
  PlxAlignment       *alignment;
  PlxLedger          *ledger;
  GFile              *file;          /* the .parallax file, if any */
  PlxCorrections     *corrections;   /* never NULL; replaced, never changed */
  PlxCorrections     *saved;         /* as last read or saved */

  guint               load_serial;   /* bumped by every load */
  guint               align_serial;  /* bumped by every load and alignment */
  PlxComparisonState  load_phase;    /* of the latest load */
  guint               n_aligning;    /* alignments started by align_async() still running */
  PlxComparisonState  state;
};

enum {
  PROP_0,
  PROP_LOCATION,
  PROP_CORPUS,
  PROP_ALIGNMENT,
  PROP_STATE,
  PROP_FILE,
  PROP_CORRECTIONS,
  PROP_MODIFIED,
  N_PROPS
};

extern GParamSpec *plx_comparison_properties[N_PROPS];

void plx_comparison_take_corrections (PlxComparison  *self,
                                      GFile          *file,
                                      PlxCorrections *corrections,
                                      gboolean        saved);

G_END_DECLS
