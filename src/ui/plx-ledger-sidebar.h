/* plx-ledger-sidebar.h: the figures, dated events and quotations the
 * outlets state
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "plx-corpus.h"
#include "plx-ledger.h"
#include "plx-ledger-item.h"
#include "plx-row.h"

G_BEGIN_DECLS

#define PLX_TYPE_LEDGER_SIDEBAR (plx_ledger_sidebar_get_type ())

G_DECLARE_FINAL_TYPE (PlxLedgerSidebar, plx_ledger_sidebar, PLX, LEDGER_SIDEBAR, GtkWidget)

GtkWidget     *plx_ledger_sidebar_new           (void);
void           plx_ledger_sidebar_set_ledger    (PlxLedgerSidebar  *self,
                                                 PlxCorpus         *corpus,
                                                 PlxAlignment      *alignment,
                                                 PlxLedger         *ledger);
void           plx_ledger_sidebar_highlight_row (PlxLedgerSidebar  *self,
                                                 PlxRow            *row);

/* For the tests */
GtkListView   *plx_ledger_sidebar_get_list_view  (PlxLedgerSidebar  *self);
GListModel    *plx_ledger_sidebar_get_items      (PlxLedgerSidebar  *self);
GtkWidget     *plx_ledger_sidebar_find_row       (PlxLedgerSidebar  *self,
                                                  PlxLedgerItemKind  kind,
                                                  const char        *title);
guint          plx_ledger_sidebar_row_count_dots (GtkWidget         *row,
                                                  gboolean           filled);
PlxLedgerItem *plx_ledger_sidebar_row_get_item   (GtkWidget         *row);
const char    *plx_ledger_sidebar_row_get_warning (GtkWidget        *row);

G_END_DECLS
