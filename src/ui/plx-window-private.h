/* plx-window-private.h: what the tests may look at inside a PlxWindow
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "plx-comparison-view.h"
#include "plx-ledger-sidebar.h"
#include "plx-window.h"

G_BEGIN_DECLS

guint                plx_window_get_n_columns         (PlxWindow *self);
GtkColumnViewColumn *plx_window_get_column            (PlxWindow *self,
                                                       guint      position);
const char          *plx_window_get_visible_page_name (PlxWindow *self);
AdwStatusPage       *plx_window_get_status_page       (PlxWindow *self);
PlxComparisonView   *plx_window_get_comparison_view   (PlxWindow *self);
PlxAlignment        *plx_window_get_alignment         (PlxWindow *self);
PlxLedger           *plx_window_get_ledger            (PlxWindow *self);
PlxLedgerSidebar    *plx_window_get_ledger_sidebar    (PlxWindow *self);
AdwFlap             *plx_window_get_flap              (PlxWindow *self);
GtkSearchBar        *plx_window_get_search_bar        (PlxWindow *self);
GtkSearchEntry      *plx_window_get_search_entry      (PlxWindow *self);
gboolean             plx_window_export_to_file        (PlxWindow  *self,
                                                       GFile      *file,
                                                       GError    **error);

G_END_DECLS
