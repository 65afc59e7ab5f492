/* plx-comparison.h: one comparison: a corpus, its alignment and its ledger
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "plx-alignment.h"
#include "plx-corrections.h"
#include "plx-ledger.h"
#include "plx-loader.h"

G_BEGIN_DECLS

/**
 * PlxComparisonState:
 * @PLX_COMPARISON_IDLE: nothing in progress
 * @PLX_COMPARISON_LOADING: reading the articles of a corpus
 * @PLX_COMPARISON_ALIGNING: aligning them and building the ledger
 */
typedef enum
{
  PLX_COMPARISON_IDLE,
  PLX_COMPARISON_LOADING,
  PLX_COMPARISON_ALIGNING,
} PlxComparisonState;

/**
 * PlxComparisonLoadFlags:
 * @PLX_COMPARISON_LOAD_NONE: no flags
 * @PLX_COMPARISON_LOAD_KEEP_IF_EMPTY: a reload: if the location yields no
 *   article (deleted, unmounted, emptied) while the comparison has some,
 *   keep them and fail with %PLX_ERROR_NOTHING_LOADED
 */
typedef enum
{
  PLX_COMPARISON_LOAD_NONE          = 0,
  PLX_COMPARISON_LOAD_KEEP_IF_EMPTY = 1 << 0,
} PlxComparisonLoadFlags;

#define PLX_TYPE_COMPARISON (plx_comparison_get_type ())

G_DECLARE_FINAL_TYPE (PlxComparison, plx_comparison, PLX, COMPARISON, GObject)

PlxComparison      *plx_comparison_new             (void);
PlxComparison      *plx_comparison_new_for_corpus  (PlxCorpus              *corpus);

GFile              *plx_comparison_get_location    (PlxComparison          *self);
PlxCorpus          *plx_comparison_get_corpus      (PlxComparison          *self);
PlxAlignment       *plx_comparison_get_alignment   (PlxComparison          *self);
PlxLedger          *plx_comparison_get_ledger      (PlxComparison          *self);
PlxComparisonState  plx_comparison_get_state       (PlxComparison          *self);
GFile              *plx_comparison_get_file        (PlxComparison          *self);
PlxCorrections     *plx_comparison_get_corrections (PlxComparison          *self);
void                plx_comparison_set_corrections (PlxComparison          *self,
                                                    PlxCorrections         *corrections);
gboolean            plx_comparison_get_modified    (PlxComparison          *self);
gboolean            plx_comparison_save            (PlxComparison          *self,
                                                    GFile                  *file,
                                                    GCancellable           *cancellable,
                                                    GError                **error);

gboolean            plx_comparison_load            (PlxComparison          *self,
                                                    GFile                  *location,
                                                    GCancellable           *cancellable,
                                                    GError                **error);
gboolean            plx_comparison_align           (PlxComparison          *self,
                                                    const PlxAlignOptions  *options,
                                                    GCancellable           *cancellable,
                                                    GError                **error);

void                plx_comparison_load_async      (PlxComparison          *self,
                                                    GFile                  *location,
                                                    const PlxAlignOptions  *options,
                                                    PlxComparisonLoadFlags  flags,
                                                    GCancellable           *cancellable,
                                                    PlxProgressFunc         progress,
                                                    gpointer                progress_data,
                                                    GDestroyNotify          progress_data_destroy,
                                                    GAsyncReadyCallback     callback,
                                                    gpointer                user_data);
gboolean            plx_comparison_load_finish     (PlxComparison          *self,
                                                    GAsyncResult           *result,
                                                    GError                **error);
void                plx_comparison_align_async     (PlxComparison          *self,
                                                    const PlxAlignOptions  *options,
                                                    GCancellable           *cancellable,
                                                    GAsyncReadyCallback     callback,
                                                    gpointer                user_data);
gboolean            plx_comparison_align_finish    (PlxComparison          *self,
                                                    GAsyncResult           *result,
                                                    GError                **error);

G_END_DECLS
