/* plx-export-csv.h: the rows and the ledger as spreadsheets (CSV)
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "plx-comparison.h"
#include "plx-ledger.h"

G_BEGIN_DECLS

char *plx_export_csv       (PlxComparison *comparison,
                            gsize         *length);
char *plx_export_facts_csv (PlxLedger     *ledger,
                            gsize         *length);

G_END_DECLS
