/* plx-ledger-item.h: one line of the ledger sidebar: a section's
 * heading, a figure, an event or a quotation
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "plx-ledger.h"

G_BEGIN_DECLS

/**
 * PlxLedgerItemKind:
 * @PLX_LEDGER_ITEM_HEADING: the heading of a section, with an optional
 *   note under it
 * @PLX_LEDGER_ITEM_TARIFF: a figure (a #PlxTariffEntry)
 * @PLX_LEDGER_ITEM_EVENT: a dated event (a #PlxEventEntry)
 * @PLX_LEDGER_ITEM_QUOTE: a quotation (a #PlxQuoteEntry)
 */
typedef enum
{
  PLX_LEDGER_ITEM_HEADING,
  PLX_LEDGER_ITEM_TARIFF,
  PLX_LEDGER_ITEM_EVENT,
  PLX_LEDGER_ITEM_QUOTE,
} PlxLedgerItemKind;

#define PLX_TYPE_LEDGER_ITEM (plx_ledger_item_get_type ())

G_DECLARE_FINAL_TYPE (PlxLedgerItem, plx_ledger_item, PLX, LEDGER_ITEM, GObject)

PlxLedgerItem        *plx_ledger_item_new_heading     (const char           *title,
                                                       const char           *note);
PlxLedgerItem        *plx_ledger_item_new_tariff      (const PlxTariffEntry *entry);
PlxLedgerItem        *plx_ledger_item_new_event       (const PlxEventEntry  *entry);
PlxLedgerItem        *plx_ledger_item_new_quote       (const PlxQuoteEntry  *entry);
PlxLedgerItemKind     plx_ledger_item_get_kind        (PlxLedgerItem        *self);
const char           *plx_ledger_item_get_title       (PlxLedgerItem        *self);
const char           *plx_ledger_item_get_note        (PlxLedgerItem        *self);
const PlxTariffEntry *plx_ledger_item_get_tariff      (PlxLedgerItem        *self);
const PlxEventEntry  *plx_ledger_item_get_event       (PlxLedgerItem        *self);
const PlxQuoteEntry  *plx_ledger_item_get_quote       (PlxLedgerItem        *self);
GArray               *plx_ledger_item_get_mentions    (PlxLedgerItem        *self);
gboolean              plx_ledger_item_get_highlighted (PlxLedgerItem        *self);
void                  plx_ledger_item_set_highlighted (PlxLedgerItem        *self,
                                                       gboolean              highlighted);

G_END_DECLS
