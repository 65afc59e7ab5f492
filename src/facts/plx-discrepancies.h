/* plx-discrepancies.h: what the outlets of a row state differently
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "plx-alignment.h"
#include "plx-discrepancy.h"

G_BEGIN_DECLS

GPtrArray *plx_discrepancies_find (PlxAlignment *alignment);
char      *plx_quote_changes      (const char   *quoted,
                                   const char   *other,
                                   const char   *language);

G_END_DECLS
