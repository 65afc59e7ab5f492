/* plx-ledger-sidebar.h: the figures and dated events the outlets state
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "plx-corpus.h"
#include "plx-ledger.h"

G_BEGIN_DECLS

#define PLX_TYPE_LEDGER_SIDEBAR (plx_ledger_sidebar_get_type ())

G_DECLARE_FINAL_TYPE (PlxLedgerSidebar, plx_ledger_sidebar, PLX, LEDGER_SIDEBAR, GtkWidget)

GtkWidget     *plx_ledger_sidebar_new        (void);
void           plx_ledger_sidebar_set_ledger (PlxLedgerSidebar *self,
                                              PlxCorpus        *corpus,
                                              PlxLedger        *ledger);

/* For the tests */
GtkListBox    *plx_ledger_sidebar_get_tariff_list (PlxLedgerSidebar *self);
GtkListBox    *plx_ledger_sidebar_get_event_list  (PlxLedgerSidebar *self);
GtkListBoxRow *plx_ledger_sidebar_find_tariff     (PlxLedgerSidebar *self,
                                                   const char       *value);
guint          plx_ledger_sidebar_row_count_dots  (GtkListBoxRow    *row,
                                                   gboolean          filled);
GArray        *plx_ledger_sidebar_row_get_mentions (GtkListBoxRow   *row);

G_END_DECLS
