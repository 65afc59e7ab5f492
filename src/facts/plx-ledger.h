/* plx-ledger.h: the ledger of figures, dated events, discrepancies and conflicts
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "plx-alignment.h"
#include "plx-dates.h"
#include "plx-discrepancy.h"
#include "plx-figures.h"
#include "plx-quotations.h"
#include "plx-types.h"

G_BEGIN_DECLS

/**
 * PlxTariffEntry:
 * @value: the figure
 * @unit: "percent" or a currency code
 * @kind: what it is
 * @scope: (nullable): what it applies to
 * @status: where it stands, as most outlets state it
 * @label: a short description ("50% tariff on indian goods")
 * @mentions: (element-type PlxMention): the outlets stating it
 */
typedef struct
{
  double           value;
  char            *unit;
  PlxFigureKind    kind;
  char            *scope;
  PlxFigureStatus  status;
  char            *label;
  GArray          *mentions;
} PlxTariffEntry;

/**
 * PlxEventKind:
 * @PLX_EVENT_KIND_EVENT: something that happened, or will, on the date
 * @PLX_EVENT_KIND_PERIOD: a span the story's events sit in ("through
 *   2025", "since the beginning of 2025", "in the coming weeks"): their
 *   background, not an event of its own
 */
typedef enum
{
  PLX_EVENT_KIND_EVENT,
  PLX_EVENT_KIND_PERIOD,
} PlxEventKind;

/**
 * PlxEventEntry:
 * @date: the date, ISO 8601 to its precision ("2026-01-13", "2026-02")
 * @precision: how precise
 * @label: what happened, from the first mention's main clause
 * @mentions: (element-type PlxMention): the outlets dating it
 * @kind: an event or a period
 */
typedef struct
{
  char             *date;
  PlxDatePrecision  precision;
  char             *label;
  GArray           *mentions;
  PlxEventKind      kind;
} PlxEventEntry;

PlxLedger  *plx_ledger_build                   (PlxCorpus    *corpus,
                                                PlxAlignment *alignment);
void        plx_ledger_free                    (PlxLedger    *ledger);
GPtrArray  *plx_ledger_get_tariffs             (PlxLedger    *ledger);
GPtrArray  *plx_ledger_get_events              (PlxLedger    *ledger);
GPtrArray  *plx_ledger_get_quotes              (PlxLedger    *ledger);
GPtrArray  *plx_ledger_get_terms               (PlxLedger    *ledger);
guint       plx_ledger_count_events            (PlxLedger    *ledger,
                                                PlxEventKind  kind);
GPtrArray  *plx_ledger_get_discrepancies       (PlxLedger    *ledger);
GPtrArray  *plx_ledger_get_conflicts           (PlxLedger    *ledger);
GPtrArray  *plx_ledger_find_conflicts          (PlxLedger    *ledger,
                                                GArray       *mentions);
const char *plx_ledger_get_anchor              (PlxLedger    *ledger);
gboolean    plx_ledger_anchor_is_inferred      (PlxLedger    *ledger);
const char *plx_ledger_conflict_kind_to_string (PlxDiffClass  kind);
const char *plx_event_kind_to_string           (PlxEventKind  kind);
const char *plx_event_mention_words            (const PlxMention *mention);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PlxLedger, plx_ledger_free)

G_END_DECLS
