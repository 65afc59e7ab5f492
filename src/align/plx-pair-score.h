/* plx-pair-score.h: the same-statement and same-event scores of a pair
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "plx-similarity.h"

G_BEGIN_DECLS

/**
 * PlxPairModel:
 * @PLX_PAIR_STATEMENT: the two sentences state the same thing (a
 *   paraphrase)
 * @PLX_PAIR_EVENT: the two sentences tell of the same event (looser)
 *
 * Which of the logistic models of data/rules/pair-model.json scores.
 */
typedef enum
{
  PLX_PAIR_STATEMENT,
  PLX_PAIR_EVENT,
} PlxPairModel;

#define PLX_PAIR_N_FEATURES 41

const char *const *plx_pair_feature_names    (void);
void               plx_pair_features         (PlxSimilarity     *similarity,
                                              const PlxFeatures *a,
                                              const PlxFeatures *b,
                                              double            *values);
double             plx_pair_score_values     (PlxPairModel       model,
                                              const double      *values);
double             plx_pair_score            (PlxSimilarity     *similarity,
                                              PlxPairModel       model,
                                              const PlxFeatures *a,
                                              const PlxFeatures *b);
double             plx_pair_threshold        (PlxPairModel       model);

G_END_DECLS
