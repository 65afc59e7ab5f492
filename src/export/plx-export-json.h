/* plx-export-json.h: the JSON export document
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <json-glib/json-glib.h>

#include "plx-comparison.h"

G_BEGIN_DECLS

#define PLX_EXPORT_VERSION 1

JsonNode *plx_export_json_build       (PlxComparison *comparison);
JsonNode *plx_export_json_build_facts (PlxLedger     *ledger);
char     *plx_export_json             (PlxComparison *comparison,
                                       gboolean       pretty,
                                       gsize         *length);

G_END_DECLS
